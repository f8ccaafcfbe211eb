"""The one French folding: the fast path for accented Latin letters gives what the full NFKD path gives."""

from __future__ import annotations

import unicodedata

import pytest

from knowledge.text_fold import _APOSTROPHES, drop_invisible, fold


def _slow(text: str) -> str:
    """The folding as it was written first: NFKD of the whole text, every combining mark dropped."""
    text = drop_invisible(text).translate(_APOSTROPHES)
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join(bare.lower().split())


def test_every_character_up_to_cjk_folds_as_the_full_nfkd_path_does() -> None:
    for code in range(0x20, 0x3000):
        ch = chr(code)
        if ch.isspace():
            continue
        text = f"Ab{ch}Cd {ch}\u0301 é"
        assert fold(text) == _slow(text), hex(code)


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Échéance dépassée, RÉGULARISEZ", "echeance depassee, regularisez"),
        ("l’huissier  est   venu", "l'huissier est venu"),
        ("cœur ﬁnal …", "cœur final ..."),
        ("😡 Ça suffit", "😡 ca suffit"),
        ("intr\u200bum", "intrum"),
    ],
)
def test_french_text_as_people_type_it_is_folded(typed: str, folded: str) -> None:
    assert fold(typed) == folded
