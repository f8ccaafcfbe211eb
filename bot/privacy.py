"""Keyed hashing of identifiers, so the database never holds a Telegram id or a reported number in clear.

HMAC-SHA256 with a secret kept outside the database: a stolen database file alone does not let anyone
recompute ``hash(+33612345678)`` by brute force over the small space of phone numbers. Each use has its own
``purpose`` label (domain separation), so a user key can never equal a target key.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from pathlib import Path

from pydantic import SecretStr

log = logging.getLogger(__name__)

Secret = SecretStr | str | bytes

MIN_SECRET_CHARS = 16


def secret_bytes(secret: Secret) -> bytes:
    if isinstance(secret, SecretStr):
        secret = secret.get_secret_value()
    raw = secret.encode() if isinstance(secret, str) else bytes(secret)
    if len(raw) < MIN_SECRET_CHARS:
        raise ValueError(f"the hash secret must be at least {MIN_SECRET_CHARS} characters long")
    return raw


def keyed_hash(secret: Secret, purpose: str, value: str) -> str:
    """Hex HMAC-SHA256 of ``purpose``, a separator and ``value``."""
    message = purpose.encode() + b"\x00" + value.encode()
    return hmac.new(secret_bytes(secret), message, hashlib.sha256).hexdigest()


def user_key(telegram_user_id: int, secret: Secret) -> str:
    """The only form in which a Telegram user id is ever stored."""
    return keyed_hash(secret, "user", str(int(telegram_user_id)))


def target_key(secret: Secret, target_kind: str, normalised_target: str) -> str:
    """Key of a reported number (E.164) or registered domain."""
    return keyed_hash(secret, f"target:{target_kind}", normalised_target)


class KeyedHasher:
    """A secret bound once, for callers that hash many ids; its repr never shows the secret."""

    __slots__ = ("_secret",)

    def __init__(self, secret: Secret) -> None:
        self._secret = secret_bytes(secret)

    def user_key(self, telegram_user_id: int) -> str:
        return user_key(telegram_user_id, self._secret)

    def target_key(self, target_kind: str, normalised_target: str) -> str:
        return target_key(self._secret, target_kind, normalised_target)

    def __repr__(self) -> str:
        return "KeyedHasher(secret=**********)"


def load_or_create_secret(path: Path) -> SecretStr:
    """A per-install random secret (terminal chat, or a bot given only its token), in ``path``, mode 0600.

    Created atomically (written to a temporary file, then hard-linked into place, so two processes starting
    together agree on one complete secret); an existing file with looser permissions is tightened. The process
    that creates it logs so once, with the path and never the value. Losing the file only unlinks old data
    from its owners (their hashes can no longer be recomputed): the safe direction.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(secrets.token_hex(32) + "\n")
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another process won the race: use its secret
        else:
            log.info(
                "created the per-install hash secret %s (mode 0600): keep and back it up with the database, "
                "losing it detaches stored data from its users",
                path,
            )
        finally:
            tmp.unlink()
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)
    value = path.read_text(encoding="utf-8").strip()
    if len(value) < MIN_SECRET_CHARS:
        raise ValueError(f"{path} does not hold a valid secret; delete it to generate a new one")
    return SecretStr(value)
