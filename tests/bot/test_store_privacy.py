"""Keyed hashing of ids: stable for one secret, useless without it, never the raw value."""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from bot.privacy import KeyedHasher, keyed_hash, target_key, user_key
from tests.store_support import ALICE, ALICE_ID, SECRET


def test_user_key_is_stable_for_one_secret_and_hides_the_id() -> None:
    assert user_key(ALICE_ID, SECRET) == ALICE
    assert user_key(ALICE_ID, SecretStr(SECRET)) == ALICE == user_key(ALICE_ID, SECRET.encode())
    assert len(ALICE) == 64 and int(ALICE, 16) >= 0
    assert str(ALICE_ID) not in ALICE


def test_another_secret_or_another_user_gives_another_key() -> None:
    assert user_key(ALICE_ID, "another-secret-of-sufficient-length") != ALICE
    assert user_key(ALICE_ID + 1, SECRET) != ALICE


def test_a_user_key_never_equals_a_target_key_for_the_same_digits() -> None:
    """Domain separation: the hash of a user id can never be mistaken for the hash of a number."""
    assert user_key(33948123456, SECRET) != target_key(SECRET, "number", "33948123456")
    assert target_key(SECRET, "number", "x.fr") != target_key(SECRET, "domain", "x.fr")
    assert keyed_hash(SECRET, "user", "1") != keyed_hash(SECRET, "user\x001", "")


def test_the_bound_hasher_agrees_with_the_functions_and_hides_its_secret() -> None:
    hasher = KeyedHasher(SECRET)
    assert hasher.user_key(ALICE_ID) == ALICE
    assert hasher.target_key("domain", "intrum-paiement.fr") == target_key(
        SECRET, "domain", "intrum-paiement.fr"
    )
    assert SECRET not in repr(hasher)


@pytest.mark.parametrize("secret", ["", "court", b"0123456789abcde", SecretStr("x" * 15)])
def test_a_short_secret_is_refused(secret: str | bytes | SecretStr) -> None:
    with pytest.raises(ValueError, match="at least 16 characters"):
        user_key(ALICE_ID, secret)
