"""Debts whose prescription follows a regime of its own, outside the dialogue's debt types: a fine (a penalty, Code
pénal) and a Caf overpayment (Code de la sécurité sociale). Loaded from ``data/understanding/regimes.toml``, each with
its sources; a prescription question that names one is answered with its regime, never with a computed date.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field

from knowledge.base import CheckedDate, KnowledgeError, NonBlank, Status, Strict, load_file
from knowledge.cache import loader
from knowledge.message_signals import check_pattern

__all__ = ["Regime", "Regimes", "load"]

_WHERE = "understanding/regimes.toml"
Pattern = Annotated[NonBlank, AfterValidator(check_pattern)]


class Regime(Strict):
    id: NonBlank
    why: NonBlank
    patterns: list[Pattern] = Field(min_length=1)
    lines: list[NonBlank] = Field(min_length=1)
    card: str = ""  # a card of knowledge/data/guide offered under the answer, or none
    # Recovered by a public creditor (a fine: the Trésor public, without a judge; fiche juridique 0.8): naming the
    # regime marks the question's creditor as public, as the words of [public] in understanding/sectors.toml do.
    public: bool = False
    # Any story that names it gets the regime (once scam contacts and letters are answered): its creditor's own acts
    # answer the question, not the cards of a private collector (URSSAF: mise en demeure, contrainte without a judge).
    stories: bool = False
    # The creditor's own acts ("mise en demeure", "contrainte"): something "received" (a message of unknown channel)
    # that names one is that act, answered by the regime, not a message to paste for checking.
    acts: list[Pattern] = []
    sources: list[NonBlank] = Field(min_length=1)
    checked: CheckedDate
    status: Status


class _RegimesFile(Strict):
    regime: list[Regime] = Field(min_length=1)


class Regimes:
    """The regimes in file order, each with its patterns compiled once."""

    def __init__(self, parsed: _RegimesFile) -> None:
        self.regimes: list[tuple[Regime, re.Pattern[str]]] = []
        for regime in parsed.regime:
            try:
                compiled = re.compile("|".join(f"(?:{p})" for p in regime.patterns))
            except re.error as exc:  # each pattern is valid alone (check_pattern); joined, still checked
                raise KnowledgeError(f"{_WHERE} [{regime.id}]: motif invalide : {exc}") from exc
            self.regimes.append((regime, compiled))

    def names_public(self, folded: str) -> bool:
        """Whether the folded text names a regime whose creditor is public (a fine)."""
        return any(regime.public and pattern.search(folded) for regime, pattern in self.regimes)

    def names_act(self, regime: Regime, folded: str) -> bool:
        """Whether the folded text names one of the regime's own acts."""
        return any(re.search(pattern, folded) for pattern in regime.acts)

    def named(self, folded: str) -> Regime | None:
        """The first regime the folded text names, or None."""
        return next((regime for regime, pattern in self.regimes if pattern.search(folded)), None)


@loader
def load() -> Regimes:
    return Regimes(load_file(_WHERE, _RegimesFile))
