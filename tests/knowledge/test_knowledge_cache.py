"""The validated knowledge snapshot: a restart reads it, anything changed or broken makes it validate again."""

from __future__ import annotations

import enum
import os
import pickle
import re
import shutil
import subprocess
import sys
from array import array
from pathlib import Path

import pytest
from pydantic import BaseModel

import knowledge
from knowledge import cache, message_signals, organisations
from knowledge.base import KnowledgeError

PACKAGE = Path(knowledge.__file__).resolve().parent


def _forget_everything() -> None:
    for load in cache.loaders().values():
        load.cache_clear()


def _plain(value: object) -> object:
    """A value in a comparable form: objects as their type and attributes, sets sorted, patterns as text."""
    if isinstance(value, re.Pattern):
        return ("pattern", value.pattern, value.flags, value.groupindex)
    if isinstance(value, dict):
        return sorted(((repr(_plain(k)), _plain(v)) for k, v in value.items()), key=lambda kv: kv[0])
    if isinstance(value, set | frozenset):
        return sorted(repr(_plain(v)) for v in value)
    if isinstance(value, list | tuple | array):
        return [_plain(v) for v in value]
    if isinstance(value, BaseModel):
        return (type(value).__qualname__, _plain(vars(value)), _plain(value.__pydantic_private__ or {}))
    if hasattr(value, "__dict__") and not isinstance(value, type | enum.Enum):
        return (type(value).__qualname__, _plain(vars(value)))
    slots = getattr(type(value), "__slots__", None)
    if slots is not None and not isinstance(value, type | enum.Enum | str | int | float):
        return (type(value).__qualname__, _plain({name: getattr(value, name) for name in slots}))
    return value


def test_a_restart_reads_the_snapshot_and_gets_the_same_knowledge(tmp_path: Path) -> None:
    _forget_everything()
    assert cache.load_validated(tmp_path) is False  # nothing on disk: validated, then written
    validated = {name: load() for name, load in cache.loaders().items()}
    assert list(tmp_path.glob("knowledge-*.pickle"))

    _forget_everything()
    assert cache.load_validated(tmp_path) is True
    restored = {name: load() for name, load in cache.loaders().items()}
    assert _plain(restored) == _plain(validated)
    signals = message_signals.load()
    text = "huissier de justice saisie sur salaire sous 48h, payez par pcs ou carte cadeau"
    for family in signals.families:  # patterns rebuilt from SRE code match as the same text compiled anew
        for pattern in (family.regex.regex, *family.regex.members):
            before = [m.span() for m in re.finditer(pattern.pattern, text, pattern.flags)]
            assert [m.span() for m in pattern.finditer(text)] == before


def test_every_loader_value_is_in_the_snapshot() -> None:
    names = set(cache.loaders())
    assert {"knowledge.organisations.load", "knowledge.arcep.load", "knowledge.wording.load"} <= names
    assert "knowledge.understanding.load_distress" in names  # understanding rules: validated at start too


def test_a_corrupt_or_truncated_snapshot_is_ignored_and_rebuilt(tmp_path: Path) -> None:
    _forget_everything()
    cache.load_validated(tmp_path)
    (path,) = tmp_path.glob("knowledge-*.pickle")
    good = path.read_bytes()
    for damaged in (b"not a pickle", good[: len(good) // 2], pickle.dumps(("other format", "k", {}))):
        path.write_bytes(damaged)
        _forget_everything()
        assert cache.load_validated(tmp_path) is False
        assert path.read_bytes() != damaged  # rewritten for the next start
    _forget_everything()
    assert cache.load_validated(tmp_path) is True


def test_a_snapshot_of_other_data_or_code_is_not_used(tmp_path: Path) -> None:
    copy = tmp_path / "knowledge"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "fonts"))
    key = cache.fingerprint(copy)
    assert cache.fingerprint(copy) == key
    guide = copy / "data" / "guide"
    changed = next(p for p in sorted(guide.rglob("*.toml")))
    changed.write_bytes(changed.read_bytes() + b"\n")
    assert cache.fingerprint(copy) != key
    changed.write_bytes(changed.read_bytes()[:-1])
    assert cache.fingerprint(copy) == key
    (copy / "base.py").write_text((copy / "base.py").read_text() + "\n# changed\n")
    assert cache.fingerprint(copy) != key

    folder = tmp_path / "cache"
    written = cache.write_snapshot(folder, "a" * 64, {"x": 1})
    assert written is not None
    assert cache.read_snapshot(written, "b" * 64, {"x"}) is None  # stale: written for another key
    assert cache.read_snapshot(written, "a" * 64, {"x", "y"}) is None  # a loader missing
    assert cache.read_snapshot(written, "a" * 64, {"x"}) == {"x": 1}


def test_a_new_snapshot_removes_all_but_the_most_recent_ones(tmp_path: Path) -> None:
    written = []
    for age, key in enumerate("abcd"):
        path = cache.write_snapshot(tmp_path, key * 64, {"x": key})
        assert path is not None
        os.utime(path, (1_000_000 + age, 1_000_000 + age))  # distinct ages, oldest first
        written.append(path)
    assert sorted(tmp_path.glob("knowledge-*.pickle")) == sorted(written[-cache.KEPT :])
    assert not list(tmp_path.glob(".knowledge-*"))  # no temporary file left behind


def test_a_snapshot_someone_else_could_have_written_is_not_read(tmp_path: Path) -> None:
    path = cache.write_snapshot(tmp_path, "a" * 64, {"x": 1})
    assert path is not None and cache.read_snapshot(path, "a" * 64, {"x"}) == {"x": 1}
    path.chmod(0o666)
    assert cache.read_snapshot(path, "a" * 64, {"x"}) is None


def test_an_unwritable_cache_folder_only_means_validating_every_time(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    _forget_everything()
    assert cache.load_validated(blocker / "cache") is False
    assert cache.load_validated(blocker / "cache") is False
    assert organisations.load().organisations


def test_an_empty_cache_setting_turns_the_snapshot_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_DIR, "")
    assert cache.cache_dir() is None
    monkeypatch.setenv(cache.ENV_DIR, "/srv/cache")
    assert cache.cache_dir() == Path("/srv/cache")
    monkeypatch.delenv(cache.ENV_DIR)
    monkeypatch.setenv("XDG_CACHE_HOME", "/home/x/.cache")
    assert cache.cache_dir() == Path("/home/x/.cache/verif-recouvrement")


def test_cache_clear_validates_again_whatever_the_snapshot_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forget_everything()
    cache.load_validated(tmp_path)
    _forget_everything()
    assert cache.load_validated(tmp_path) is True

    def refuse(path: Path, raw: object, model: type[organisations.OrganisationFile]) -> object:
        raise KnowledgeError(f"{path}: organisation.0.name: refusé pour le test")

    monkeypatch.setattr("knowledge.organisations.validate", refuse)
    organisations.load.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match="refusé pour le test"):
            organisations.load()
    finally:
        monkeypatch.undo()
        organisations.load.cache_clear()


def _load_all(copy_root: Path, cache_folder: Path) -> subprocess.CompletedProcess[str]:
    """``knowledge.load_all()`` in a fresh interpreter that imports the copy of the package."""
    env = {**os.environ, "PYTHONPATH": str(copy_root), cache.ENV_DIR: str(cache_folder)}
    return subprocess.run(
        [sys.executable, "-c", "import knowledge; knowledge.load_all(); print(knowledge.__file__)"],
        cwd=copy_root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_data_error_still_fails_at_start_when_a_snapshot_exists(tmp_path: Path) -> None:
    root = tmp_path / "src"
    shutil.copytree(PACKAGE, root / "knowledge", ignore=shutil.ignore_patterns("__pycache__", "fonts"))
    folder = tmp_path / "cache"

    first = _load_all(root, folder)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip().startswith(str(root))  # the copy, not the package under test
    assert list(folder.glob("knowledge-*.pickle"))

    data = root / "knowledge" / "data" / "prescription.toml"
    good = data.read_text(encoding="utf-8")
    data.write_text(good.replace("\nsource = ", "\nsourse = ", 1), encoding="utf-8")
    broken = _load_all(root, folder)
    assert broken.returncode != 0
    assert (
        "KnowledgeError" in broken.stderr
        and "prescription.toml" in broken.stderr
        and "rule.0.sourse" in broken.stderr
    )
    bot = subprocess.run(  # the bot itself refuses to start, naming the file and the field
        [sys.executable, "-m", "bot", "bot", "--terminal", "--env-file", str(tmp_path / "absent.env")],
        cwd=root,
        env={
            **os.environ,
            "PYTHONPATH": str(root),
            cache.ENV_DIR: str(folder),
            "DATABASE_PATH": str(tmp_path / "bot.db"),
        },
        input="",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert bot.returncode == 2
    assert (
        "prescription.toml" in bot.stderr and "rule.0.sourse" in bot.stderr and "Traceback" not in bot.stderr
    )
    assert not (tmp_path / "bot.db").exists()  # nothing started

    data.write_text(good, encoding="utf-8")
    again = _load_all(root, folder)
    assert again.returncode == 0, again.stderr
