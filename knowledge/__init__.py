"""Facts as data: every entry carries its source and the date it was checked.

Each domain module (numbering, collectors, …) exposes a cached ``load()`` that validates its data file
with pydantic. ``load_all()`` runs every one of them, so bad data fails at start-up, never mid-conversation.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

from knowledge.base import KnowledgeError

__all__ = ["KnowledgeError", "load_all"]


def load_all() -> dict[str, Any]:
    """Load and validate every knowledge module; raise KnowledgeError naming the file and field."""
    loaded: dict[str, Any] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_") or info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        loader = getattr(module, "load", None)
        if callable(loader):
            loaded[info.name] = loader()
    return loaded
