"""Every data file the bot reads at start-up is shipped with the package: a model or table left out of
``[tool.setuptools.package-data]`` works in the editable install of ``make run`` and breaks a real install."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_knowledge_data_file_is_in_the_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["knowledge"]
    package = ROOT / "knowledge"
    shipped = {path for pattern in patterns for path in package.glob(pattern)}
    needed = {
        path
        for folder in ("data", "fonts")
        for path in (package / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert needed, "no data file found: the test looks in the wrong place"
    missing = sorted(str(path.relative_to(package)) for path in needed - shipped)
    assert not missing, f"not in [tool.setuptools.package-data]: {missing}"
