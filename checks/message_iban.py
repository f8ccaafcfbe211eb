"""IBANs written in a message: which country's account, and whether the check digits are right.

A French collector or administration is paid on a French account; an IBAN of another country, or one
whose mod-97 key is wrong, is a sign of fraud. Country lengths come from the ISO 13616 registry in
knowledge/, so "FR76 3000 6000 0112 3456 7890 189 avant le 12" is cut at 27 characters, not at "avant".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge import message_signals

# A country code, two check digits, then groups of letters/digits possibly split by single spaces.
# Runs on the normalised (lower-case) text; bounded, so it cannot backtrack without limit.
_CANDIDATE_RE = re.compile(r"(?<![a-z0-9])[a-z]{2}[0-9]{2}(?:[ -]?[a-z0-9]){10,32}")


@dataclass(frozen=True, slots=True)
class IbanMatch:
    start: int  # in the normalised text
    end: int
    iban: str  # compact, upper case
    country: str
    valid: bool  # mod-97 key correct

    @property
    def domestic(self) -> bool:
        return self.country in message_signals.load().iban.domestic


def mod97_ok(iban: str) -> bool:
    """ISO 7064 mod 97-10: move the first four characters to the end, letters to numbers, remainder 1."""
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def find_ibans(folded: str) -> list[IbanMatch]:
    lengths = message_signals.load().iban.lengths
    found: list[IbanMatch] = []
    pos = 0
    while (match := _CANDIDATE_RE.search(folded, pos)) is not None:
        pos = match.start() + 1
        country = match.group()[:2].upper()
        length = lengths.get(country)
        if length is None:
            continue
        # Walk the candidate, keeping exactly ``length`` letters/digits.
        chars: list[str] = []
        end = match.start()
        for offset, ch in enumerate(match.group()):
            if ch.isalnum():
                chars.append(ch)
                if len(chars) == length:
                    end = match.start() + offset + 1
                    break
        if len(chars) != length:
            continue
        iban = "".join(chars).upper()
        if not iban[2:4].isdigit() or not iban.isascii():
            continue
        found.append(IbanMatch(match.start(), end, iban, country, mod97_ok(iban)))
        pos = end
    return found
