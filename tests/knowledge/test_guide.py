"""The legal guide: every card loads, cites a source, fits one Telegram message, and words doubt as doubt."""

from datetime import date
from pathlib import Path

import pytest

from knowledge.base import KnowledgeError, read_toml, validate
from knowledge.guide import Guide, GuideFile, load
from knowledge.wording import placeholders

REQUIRED_CARDS = {
    "verify_collector",
    "fees_stay_with_creditor",
    "receipt_for_every_payment",
    "pay_creditor_directly",
    "payment_plans",
    "sold_debt",
    "court_and_enforcement",
    "ficp",
    "rgpd_rights",
    "bloctel_does_not_cover_collection",
    "situation_wrong_person",
    "situation_already_paid",
    "situation_relative_address",
    "situation_previous_occupant",
    "situation_late_payment",
    "money_short",
    "distress",
    "see_a_lawyer",
    "intrum_facts",
}


def test_the_guide_has_every_card_the_bot_offers() -> None:
    assert set(load().ids()) >= REQUIRED_CARDS


@pytest.mark.parametrize("card_id", sorted(load().cards))
def test_each_card_cites_a_source_and_renders_as_plain_text(card_id: str) -> None:
    card = load().card(card_id)
    assert card.sources and all(s.url.startswith(("https://", "http://")) for s in card.sources)
    assert card.checked <= date.today()
    assert card.paragraphs and all(p.strip() for p in card.paragraphs)
    assert placeholders(card.body) == set()
    rendered = "\n\n".join([card.title, *card.paragraphs, *(f"{s.label} : {s.url}" for s in card.sources)])
    assert len(rendered) < 4096  # one Telegram message


def test_related_cards_point_to_existing_cards() -> None:
    guide = load()
    for card in guide.cards.values():
        assert all(other in guide.cards for other in card.related)


def test_a_card_relating_to_an_unknown_card_fails_at_start_up(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        '[[card]]\nid = "lonely"\ntitle = "T"\nbody = "B"\nchecked = 2026-01-01\nstatus = "confirmed"\n'
        'related = ["nowhere"]\n[[card.sources]]\nlabel = "L"\nurl = "https://example.org"\n',
        encoding="utf-8",
    )
    cards = {c.id: c for c in validate(path, read_toml(path), GuideFile).card}
    with pytest.raises(KnowledgeError, match="nowhere"):
        validate(tmp_path, {"cards": cards}, Guide)


@pytest.mark.parametrize("body", ["<b>gras</b>", "Bonjour {name}", "**gras**"])
def test_markup_or_placeholders_in_a_card_are_refused(tmp_path: Path, body: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        f'[[card]]\nid = "markup"\ntitle = "T"\nbody = "{body}"\nchecked = 2026-01-01\nstatus = "confirmed"\n'
        '[[card.sources]]\nlabel = "L"\nurl = "https://example.org"\n',
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match=r"card\.0\.body"):
        validate(path, read_toml(path), GuideFile)


def test_a_card_without_a_source_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        '[[card]]\nid = "nosource"\ntitle = "T"\nbody = "B"\nchecked = 2026-01-01\nstatus = "confirmed"\n'
        "sources = []\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError, match="sources"):
        validate(path, read_toml(path), GuideFile)


def test_unconfirmed_intrum_facts_are_worded_as_unconfirmed() -> None:
    body = load().card("intrum_facts").body
    assert "Non vérifié" in body and "myintrum.fr" in body
    assert "médiateur" in body and "Non trouvé" in body
    for guide_card in load().cards.values():  # numbers with no reliable source never appear as facts
        assert "04 72 80 14 14" not in guide_card.body and "09 70 28 08 30" not in guide_card.body


def test_the_call_hours_myth_is_not_presented_as_law() -> None:
    body = load().card("calls_and_harassment").body
    assert "aucune loi ne fixe d'horaires" in body
    assert "sans base légale" in body
    assert "pratique professionnelle" not in body  # fact sheet 0.19: "often cited", never practice


def test_guide_corrections_of_issue_14() -> None:
    cards = load()
    assert "sans juge ni commissaire de justice" in cards.card("court_and_enforcement").body  # SATD, 0.8
    relative = cards.card("situation_relative_address").body
    assert "article 220" in relative and "515-4" in relative and "héritiers" in relative  # 0.9
    ficp = cards.card("ficp").body
    assert "7 ans" in ficp and "Préventel" in ficp  # 0.10, 0.11
    assert "doit d'abord vous écrire" not in cards.card("verify_collector").body  # 0.13
    bloctel = cards.card("bloctel_does_not_cover_collection").body
    assert "consentement préalable" in bloctel and "a disparu" in bloctel  # 0.1
    assert "222-33-2-2" in cards.card("calls_and_harassment").body  # 0.17


def test_distress_card_gives_the_3114_free_and_round_the_clock() -> None:
    body = load().card("distress").body
    assert "3114" in body and "24h/24" in body and "gratuit" in body


def test_the_opposition_deadline_cites_article_1416_with_a_checked_source() -> None:
    card = load().card("court_and_enforcement")
    assert "article 1416 du Code de procédure civile" in card.body
    assert any("1416" in s.label for s in card.sources)


def test_fees_card_keeps_the_40_euro_indemnity_to_businesses() -> None:
    body = load().card("fees_stay_with_creditor").body
    assert "40 €" in body and "entre professionnels" in body and "D441-5" in body
