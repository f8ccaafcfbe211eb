"""When the dates alone would say "prescribed", two situations forbid saying it (fiche juridique 0.2, 0.3, 0.8).

- A seizure or a commandement was reported (event ``enforcement``): it supposes an enforceable title, whose own
  period and the seizure itself may have interrupted the delay; only a judge settles it.
- The creditor is public (debt types of ``[public] sectors`` in ``understanding/sectors.toml``: ``state_tax``,
  ``local_public``; or a public creditor named by the person): the public accountant interrupts the delay by
  acts the person does not see (mise en demeure, SATD).

One place decides, so the calculator (CLI, JSON) and the conversation answer the same way: the code returned is
the one the conversation shows (``prescription.seizure_reported`` / ``prescription.public_unsettled``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge import understanding

SEIZURE_REPORTED = "prescription.seizure_reported"
PUBLIC_UNSETTLED = "prescription.public_unsettled"


def withheld(debt_type: str, event_kinds: Iterable[str], *, public: bool = False) -> str | None:
    """The code said instead of "prescribed", or None when nothing forbids it. Call it only when the dates
    alone say "prescribed" (all of the debt, its older sums, or one end of a vague date)."""
    if "enforcement" in set(event_kinds):
        return SEIZURE_REPORTED
    if public or debt_type in understanding.load_sectors().public_sectors:
        return PUBLIC_UNSETTLED
    return None


# A sentence that still gives a verdict ("S'il s'agit d'une seule somme … elle est prescrite depuis le …").
_VERDICT = re.compile(
    r"\b(?:est|sont) (?:prescrites?|forcloses?) depuis\b|\bsont prescrites\b|\best prescrite\b"
)


def says_prescribed(paragraph: str) -> bool:
    """Whether a paragraph says the debt (or some of its sums) is prescribed or forclosed."""
    return _VERDICT.search(paragraph) is not None
