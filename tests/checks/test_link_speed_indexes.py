"""The link check's speed indexes answer exactly as the scans they replaced.

Each index built at load (names one letter off by size and ends, the far-typo candidates, the model gate's cleared
words, the dotted-quad test) is compared here with the plain scan over the same data, on misspellings of the
catalogue's own names and on random words: a faster answer must be the same answer.
"""

from __future__ import annotations

import ipaddress
import random

from rapidfuzz.distance import OSA

from checks import link_model
from checks.links import FAR_EDITS, MIN_FAR_BRAND, _is_ip, _knowledge, _two_letters_off
from checks.lookalike import NearNames

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _misspellings(names: list[str], seed: int, per_name: int = 8) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    for name in names:
        for _ in range(per_name):
            form = list(name)
            for _ in range(rng.choice((1, 1, 2))):
                at, edit = rng.randrange(len(form)), rng.randrange(4)
                if edit == 0:
                    form[at] = rng.choice(_LETTERS)
                elif edit == 1:
                    form.insert(at, rng.choice(_LETTERS))
                elif edit == 2 and len(form) > 1:
                    del form[at]
                elif at + 1 < len(form):
                    form[at], form[at + 1] = form[at + 1], form[at]
            out.append("".join(form))
    out += ["".join(rng.choice(_LETTERS) for _ in range(rng.randrange(0, 16))) for _ in range(2000)]
    return out


def test_names_one_letter_off_are_found_as_a_scan_of_the_list_finds_them() -> None:
    know = _knowledge()
    for names in (list(know.brands.fuzzy), list(know.typo_near.names), ["ab", "abc", "ba", "abcd"]):
        near = NearNames(names)
        for word in _misspellings(names, seed=len(names)):
            scanned = next((name for name in names if OSA.distance(word, name, score_cutoff=1) <= 1), None)
            assert near.first(word) == scanned, word


def test_a_name_two_letters_off_on_a_cheap_extension_is_the_first_the_scan_finds() -> None:
    know = _knowledge()
    far = [name for name in know.brands.fuzzy if len(name) >= MIN_FAR_BRAND and name not in know.derived]
    for word in _misspellings(far, seed=2, per_name=4):
        flat = word.replace("-", "")
        found = _two_letters_off(word, know)
        if len(flat) < 6 or not flat.isalpha():
            assert found is None
            continue
        scanned = next(
            (
                name
                for name in far
                if abs(len(name) - len(flat)) <= FAR_EDITS
                and flat[0] == name[0]
                and flat[-1] == name[-1]
                and OSA.distance(flat, name, score_cutoff=2) <= FAR_EDITS
            ),
            None,
        )
        assert (found.brand if found else None) == scanned, word


def test_the_model_gate_clears_the_words_the_scan_cleared() -> None:
    cleared = link_model._cleared_words()

    def scanned(word: str) -> bool:
        return (
            word in cleared.weighed
            or any(form in word for form in cleared.ordinary)
            or (len(word) >= 5 and any(word in name and word != name for name in cleared.brand_parts))
            or any(word.startswith(name) for name in cleared.shortened)
        )

    rng = random.Random(3)
    words = ["boulangerie", "amelioration", "generale", "societegenerale", "banque", "recouvrement"]
    for name in (*cleared.brand_parts, *cleared.ordinary):
        for _ in range(6):
            start = rng.randrange(len(name))
            piece = name[start : rng.randrange(start, len(name) + 1)]
            words += [piece, "x" + piece, piece + "zz", name]
    for word in words:
        if word:
            assert link_model._rules_cleared(word, cleared) == scanned(word), word


def test_a_dotted_quad_is_an_address_exactly_when_ipaddress_says_so() -> None:
    rng = random.Random(4)
    octets = ["0", "00", "01", "1", "10", "100", "255", "256", "999", "0000", "٣", "１", "a", "007"]
    hosts = {".".join(rng.choice(octets) for _ in range(rng.choice((3, 4, 4, 5)))) for _ in range(20000)}
    for host in hosts:
        try:
            ipaddress.ip_address(host)
            expected = True
        except ValueError:
            expected = False
        assert _is_ip(host) == expected, host
