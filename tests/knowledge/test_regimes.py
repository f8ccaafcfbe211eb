"""The debts whose prescription has a regime of its own (knowledge/data/understanding/regimes.toml): each is sourced
by public addresses, offers only cards that exist, and is named by the phrasings it was written for and not by their
ordinary neighbours."""

from __future__ import annotations

import pytest

from knowledge import guide, regimes
from knowledge.understanding import fold


def test_each_regime_has_public_sources_and_only_existing_cards() -> None:
    cards = guide.load().cards
    for regime, _ in regimes.load().regimes:
        assert any(source.startswith("https://") for source in regime.sources), regime.id
        assert not regime.card or regime.card in cards, regime.id
        assert "Je ne calcule pas de date" in " ".join(regime.lines), regime.id  # never a computed date


@pytest.mark.parametrize(
    ("typed", "regime_id"),
    [
        ("amende de 2021 jamais payée le tresor public m'ecrit", "fine"),
        ("un pv de 2020 jamais payé", "fine"),
        ("la caf me reclame un trop percu de 2020", "caf_overpayment"),
        ("indu caf 2021", "caf_overpayment"),
        ("dette caf de 2019", "caf_overpayment"),
        ("trop-perçu d'apl de 2018", "caf_overpayment"),
    ],
)
def test_the_phrasings_name_their_regime(typed: str, regime_id: str) -> None:
    named = regimes.load().named(fold(typed))
    assert named is not None and named.id == regime_id


@pytest.mark.parametrize(
    "typed",
    [
        "la caf verse mon apl et j'ai une dette de loyer de 2019",
        "ma dette orange de 2016",
        "une facture edf de 2019",
    ],
)
def test_ordinary_debts_name_no_regime(typed: str) -> None:
    assert regimes.load().named(fold(typed)) is None
