"""A validated snapshot of the knowledge on disk, so a restart skips re-parsing and re-validating it.

Validating every data file (TOML parsing, pydantic, hundreds of regular expressions checked one by one, the
ARCEP table) costs more than half a second; the result only changes when the data, the knowledge code or a
library the validation relies on changes. ``knowledge.load_all()`` therefore:

- computes a key: SHA-256 of every ``knowledge/*.py`` and every file of ``knowledge/data`` (path and bytes),
  the Python build, the SRE bytecode version, and the versions of pydantic, pydantic-core and holidays (its
  subdivision list validates ``calltime.toml``);
- if ``<cache dir>/knowledge-<key>.pickle`` holds a snapshot written for exactly that key, hands each
  loader its value (nothing is re-validated: those bytes were validated when the snapshot was written);
- otherwise runs every loader, which validates everything and fails naming the file and field as before,
  then writes the snapshot atomically (temporary file, then rename). A snapshot that is corrupt, truncated,
  for another key or missing a loader is ignored and rebuilt. When the cache folder cannot be created or
  written (read-only installation), the knowledge is simply validated at every start.

Compiled regular expressions are stored with their compiled SRE code and rebuilt without parsing them again
(``_restore_pattern``); a pattern that cannot be rebuilt that way is compiled from its text.

The folder is ``$KNOWLEDGE_CACHE_DIR`` (empty: no snapshot), else ``$XDG_CACHE_HOME/verif-recouvrement``,
else ``~/.cache/verif-recouvrement``; the three most recent snapshots are kept. A snapshot is a pickle (code,
to Python): it is read only when this user owns it and no one else may write it.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's regex engine (no stubs)
import contextlib
import functools
import hashlib
import importlib
import importlib.util
import io
import os
import pickle
import re
import sys
import tempfile
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

PACKAGE_DIR = Path(__file__).resolve().parent
FORMAT = "verif-recouvrement knowledge snapshot 1"
ENV_DIR = "KNOWLEDGE_CACHE_DIR"

# Every memoised loader whose value belongs to the snapshot, by "module.function".
_LOADERS: dict[str, functools._lru_cache_wrapper[Any]] = {}
# Values read from a snapshot, each handed to its loader on that loader's first call in ``load_validated``.
_PRIMED: dict[str, object] = {}


def loader(func: Callable[[], T]) -> functools._lru_cache_wrapper[T]:
    """Like ``functools.cache`` for a loader without arguments, whose value the snapshot holds.

    ``cache_clear()`` and ``__wrapped__`` behave as with ``functools.cache``: after ``cache_clear()`` the next
    call validates the data again, whatever the snapshot holds.
    """
    name = f"{func.__module__}.{func.__qualname__}"

    @functools.cache
    @functools.wraps(func)
    def load() -> T:
        if name in _PRIMED:
            value: T = _PRIMED.pop(name)  # type: ignore[assignment]
            return value
        return func()

    load.__wrapped__ = func
    _LOADERS[name] = load
    return load


def loaders() -> dict[str, functools._lru_cache_wrapper[Any]]:
    """Every loader of the package: its modules are imported first, since a loader registers on import and
    one module may import another only inside a loader (the snapshot must hold them all)."""
    import pkgutil

    package = PACKAGE_DIR.name
    for info in pkgutil.iter_modules([str(PACKAGE_DIR)]):
        if not info.name.startswith("_"):
            importlib.import_module(f"{package}.{info.name}")
    return dict(sorted(_LOADERS.items()))


def cache_dir() -> Path | None:
    configured = os.environ.get(ENV_DIR)
    if configured is not None:
        return Path(configured) if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "verif-recouvrement"


def _library_versions() -> list[str]:
    import pydantic
    import pydantic_core

    found = [f"pydantic {pydantic.VERSION}", f"pydantic-core {pydantic_core.__version__}"]
    # holidays is not imported at start-up (0.1 s): its version file is read instead.
    spec = importlib.util.find_spec("holidays")
    if spec is not None and spec.origin is not None:
        try:
            found.append((Path(spec.origin).parent / "version.py").read_text(encoding="utf-8"))
        except OSError:
            found.append(f"holidays at {spec.origin}")
    return found


def fingerprint(package_dir: Path = PACKAGE_DIR) -> str:
    """The key of the snapshot: what the validated values depend on (see the module docstring)."""
    digest = hashlib.sha256()
    for part in [
        FORMAT,
        sys.version,
        sys.implementation.cache_tag or "",
        str(_sre.MAGIC),
        *_library_versions(),
    ]:
        digest.update(part.encode("utf-8") + b"\0")
    files = sorted(package_dir.glob("*.py")) + sorted(
        p for p in (package_dir / "data").rglob("*") if p.is_file()
    )
    for path in files:
        digest.update(str(path.relative_to(package_dir)).encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def snapshot_path(folder: Path, key: str) -> Path:
    return folder / f"knowledge-{key[:40]}.pickle"


# --------------------------------------------------------------------------------------- compiled patterns


def _pattern_parts(pattern: re.Pattern[Any]) -> tuple[Any, ...] | None:
    """What ``re`` hands to ``_sre.compile`` for this pattern, or None when it cannot be reproduced."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern.pattern, pattern.flags)
        code = _compiler._code(parsed, pattern.flags)
        flags = pattern.flags | parsed.state.flags
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for group_name, index in groupindex.items():
            indexgroup[index] = group_name
        if flags != pattern.flags or parsed.state.groups - 1 != pattern.groups:
            return None
        return (pattern.pattern, flags, array("I", code), pattern.groups, groupindex, tuple(indexgroup))
    except Exception:  # another Python's internals: the pattern is stored as text instead
        return None


def _restore_pattern(
    source: str | bytes,
    flags: int,
    code: array[int],
    groups: int,
    groupindex: dict[str, int],
    indexgroup: tuple[str | None, ...],
) -> re.Pattern[Any]:
    """The compiled pattern from its stored SRE code (checked by ``_sre``), else compiled from its text."""
    try:
        pattern: re.Pattern[Any] = _sre.compile(source, flags, code.tolist(), groups, groupindex, indexgroup)
    except Exception:
        return re.compile(source, flags)
    return pattern


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is re.Pattern:
            parts = _pattern_parts(obj)
            if parts is not None and array("I").itemsize == _sre.CODESIZE:
                return _restore_pattern, parts
        return NotImplemented


def dumps(values: dict[str, object], key: str) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump((FORMAT, key, values))
    return buffer.getvalue()


def _own_file(status: os.stat_result) -> bool:
    """A snapshot is code to Python's pickle: only one this user wrote, that no one else may change, is read."""
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


def read_snapshot(path: Path, key: str, names: set[str]) -> dict[str, object] | None:
    """The values stored for ``key``, or None when the file is missing, unreadable, corrupt or stale."""
    try:
        with path.open("rb") as handle:
            if not _own_file(os.fstat(handle.fileno())):
                return None
            stored = pickle.loads(handle.read())
    except Exception:  # missing, unreadable, truncated, written by other code: rebuilt
        return None
    if not (isinstance(stored, tuple) and len(stored) == 3 and stored[0] == FORMAT and stored[1] == key):
        return None
    values = stored[2]
    if not isinstance(values, dict) or set(values) != names:
        return None
    return values


def write_snapshot(folder: Path, key: str, values: dict[str, object]) -> Path | None:
    """Write the snapshot atomically and remove older ones; None when the folder is not writable."""
    try:
        blob = dumps(values, key)
    except Exception:  # a value that cannot be pickled: no snapshot, the knowledge is validated every time
        return None
    path = snapshot_path(folder, key)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=".knowledge-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(blob)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return None
    _remove_old_snapshots(folder, keep=path)
    return path


KEPT = (
    3  # snapshots kept: several versions of the code may run from the same account (a worktree, a rollback)
)


def _remove_old_snapshots(folder: Path, keep: Path) -> None:
    with contextlib.suppress(OSError):
        others = [p for p in folder.glob("knowledge-*.pickle") if p != keep]
        others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[KEPT - 1 :]:
            old.unlink(missing_ok=True)


def load_validated(folder: Path | None) -> bool:
    """Give every registered loader its validated value; True when it came from the snapshot in ``folder``.

    Without a usable snapshot, every loader runs (and raises ``KnowledgeError`` on bad data), then the
    snapshot is written for the next start, but only when every value was computed here: a value already
    held in memory may come from a caller that swapped the data (a test), and must not reach the disk.
    """
    registered = loaders()
    key = None
    if folder is not None:
        with contextlib.suppress(OSError):  # a data file that cannot be read: validating names it
            key = fingerprint()
    if folder is not None and key is not None:
        values = read_snapshot(snapshot_path(folder, key), key, set(registered))
        if values is not None:
            _PRIMED.update(values)
            try:
                for load in registered.values():
                    load()
            finally:
                _PRIMED.clear()
            return True
    fresh = all(load.cache_info().currsize == 0 for load in registered.values())
    computed = {name: load() for name, load in registered.items()}
    if folder is not None and key is not None and fresh:
        write_snapshot(folder, key, computed)
    return False
