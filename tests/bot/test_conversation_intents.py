"""Free French text routed by the intent rules of knowledge/data/intents.toml."""

from __future__ import annotations

import pytest

from knowledge import guide, intents, wording
from knowledge.intents import Action, fold


def test_every_card_intent_points_to_an_existing_guide_card():
    cards = guide.load().cards
    for intent in intents.load().intents:
        if intent.action is Action.card:
            assert intent.target in cards, intent.id


def test_finding_cards_map_real_finding_codes_to_existing_guide_cards():
    cards = guide.load().cards
    findings = wording.load()
    by_code = intents.load().finding_cards
    assert by_code
    for code, targets in by_code.items():
        findings.finding(code)  # raises on an unknown code
        assert targets and all(t in cards for t in targets), code


def test_distress_outranks_every_other_intent():
    rules = intents.load()
    top = max(i.priority for i in rules.intents)
    assert next(i for i in rules.intents if i.action is Action.distress).priority == top


@pytest.mark.parametrize(
    ("text", "intent_id"),
    [
        ("ma dette est-elle prescrite ?", "prescription"),
        ("Ma dette de 2019 est-elle PRESCRITE", "prescription"),
        ("ils m'appellent le dimanche", "calltime"),
        ("on m'a appelé à 22h, c'est normal ?", "calltime"),
        ("c'est quoi Intrum ?", "collector_identity"),
        ("ils me harcèlent tous les jours", "harassment"),
        ("ils me réclament 40 euros de frais de recouvrement", "fees"),
        ("l'huissier va venir saisir mes meubles ?", "bailiff"),
        ("comment ont-ils eu mon numéro ?", "gdpr"),
        ("je vais être fiché à la banque de france ?", "ficp"),
        ("je ne peux pas payer", "overindebtedness"),
        ("je suis inscrit sur bloctel pourtant", "bloctel"),
        ("ce n'est pas ma dette", "not_my_debt"),
        ("je veux porter plainte", "report"),
        ("je veux un modèle de lettre", "letter"),
        ("c'est une arnaque ?", "scam_check"),
        ("quels sont mes droits", "rights"),
        ("Je n’en peux plus", "distress"),
        ("j'ai envie d'en finir", "distress"),
        ("je pense au suicide", "distress"),
    ],
)
def test_questions_as_people_type_them(text: str, intent_id: str):
    match = intents.load().match(text)
    assert match is not None, text
    assert match.intent.id == intent_id


@pytest.mark.parametrize("text", ["04 72 80 14 14", "xqzt", "😡", "", "\u200b"])
def test_no_intent_for_things_that_are_not_questions(text: str):
    assert intents.load().match(text) is None


def test_phrases_match_whole_words_only():
    rules = intents.load()
    assert rules.match("saisie") is not None
    assert rules.match("dessaisies") is None  # "saisie" inside another word does not count


def test_fold_removes_accents_case_and_invisible_characters():
    assert fold("Ma Dette est\u200b PRESCRITE ?  Très") == "ma dette est prescrite ? tres"
    assert fold("j’en peux plus") == "j'en peux plus"
