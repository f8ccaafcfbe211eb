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
        ("c est l urssaf qui me reclame des cotisations de 2019", "urssaf"),
        ("lurssaf me reclame 2018", "urssaf"),
        ("france travail me demande de rembourser un indu de 2022", "france_travail_overpayment"),
        ("pole emploi me reclame un trop percu de 2021", "france_travail_overpayment"),
        ("la cpam me reclame un indu", "cpam_overpayment"),
        ("trop percu d ij de 2023", "cpam_overpayment"),
        ("ils me reclament un trop percu", "benefit_overpayment"),
        ("on me reclame un indu de 800 euros", "benefit_overpayment"),
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
        "mon employeur me reclame un trop percu de salaire",
        "l agence de recouvrement me reclame des frais indus",
        "ameli ne m a toujours pas rembourse ma consultation",
        "les impots me remboursent un trop percu",
    ],
)
def test_ordinary_debts_name_no_regime(typed: str) -> None:
    assert regimes.load().named(fold(typed)) is None


# "pv" names a fine only where it is a procès-verbal de contravention: "un pv", "mon pv", "pv de stationnement";
# not a procès-verbal of a seizure, a meeting or a delivery, nor "en pv" (a private message) or a solar panel.
@pytest.mark.parametrize(
    "typed",
    [
        "j'ai un pv de 2019 jamais payé c prescrit",
        "mon pv de stationnement date de 2020",
        "pv de stationnement de 2021 jamais payé",
        "g eu 2 pv en 2020 jamais payé",
        "le pv pour exces de vitesse de 2019 est il prescrit",
        "pv majoré de 2018 le tresor public me relance",
        "un procès-verbal de contravention de 2020",
        "mes PV de 2019 sont ils prescrits",
    ],
)
def test_a_pv_meaning_a_ticket_names_the_fine(typed: str) -> None:
    named = regimes.load().named(fold(typed))
    assert named is not None and named.id == "fine"


@pytest.mark.parametrize(
    "typed",
    [
        "j ai recu un pv de saisie sur mon compte pour un credit de 2018",
        "le pv de l'assemblée générale de la copro de 2019",
        "pv d ag de 2020 et charges de copropriete impayées",
        "l huissier a fait un pv de constat en 2021",
        "procès-verbal de saisie-vente pour une dette de 2017",
        "ils m ont envoyé le pv de livraison de 2022",
        "je t envoie le lien en pv",
        "envoie moi ton numero par pv",
        "pose de panneaux pv sur le toit en 2021 la facture est prescrite ?",
        "un pv de carence a ete dresse en 2019",
        "pvc de la fenetre facture de 2020",
    ],
)
def test_a_pv_that_is_not_a_ticket_names_no_regime(typed: str) -> None:
    assert regimes.load().named(fold(typed)) is None


def _regime(regime_id: str) -> regimes.Regime:
    return next(regime for regime, _ in regimes.load().regimes if regime.id == regime_id)


def test_the_urssaf_illegal_work_delay_is_its_sourced_five_years() -> None:
    # Legal debts of 02/12/2026: "plus long" named no period; art. L244-11 CSS brings the delays of L244-3 and
    # L244-8-1 to 5 years when illegal work is recorded by a procès-verbal (text read on a copy of the code).
    urssaf = _regime("urssaf")
    said = " ".join(urssaf.lines)
    assert "plus long" not in said
    assert "5 ans" in said and "L244-11" in said and "procès-verbal" in said
    assert any("L244-11" in source for source in urssaf.sources)
    assert urssaf.status.value == "reported"  # no Légifrance page was reached for it


def test_the_benefit_delays_keep_their_official_text_where_one_was_read() -> None:
    # Légifrance (a consolidated version of 1987) and the Senate's ministerial answer state L553-1's two years.
    caf = _regime("caf_overpayment")
    assert caf.sources[0].startswith("https://circulaire.legifrance.gouv.fr/")
    assert any(source.startswith("https://senat.fr/questions/") for source in caf.sources)
