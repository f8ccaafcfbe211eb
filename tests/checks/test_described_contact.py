"""A contact told rather than pasted: the channel, the catalogue organisation that states what it never does,
and the scam scenario only when what was asked is told too."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from checks.described_contact import MAX_WORDS, describe, tells_collection
from knowledge import described
from knowledge.base import KnowledgeError


@pytest.mark.parametrize(
    ("typed", "channel", "organisation", "scenario"),
    [
        ("jai recu un sms d'ameli", "sms", "ameli", None),
        (
            "j'ai reçu un sms de l'assurance maladie pour renouveler ma carte vitale",
            "sms",
            "ameli",
            "vitale_card",
        ),
        ("un sms de la poste me demande 1,99 euros pour mon colis", "sms", "la_poste", "parcel"),
        ("sms antai amende a payer arnaque ?", "sms", "antai", "fine"),
        ("jai eu un mail des impots pour un remboursement c vrai ?", "email", "impots", "refund"),
        ("un mec ma appelé soi disant de ma banque pour annuler un virement", "call", None, "bank_alert"),
        ("mon fils m'écrit d'un nouveau numéro et veut de l'argent", "message", None, "family_emergency"),
        ("jai recu un sms de mon compte cpf qui va expirer", "sms", "mon_compte_formation", "cpf"),
    ],
)
def test_what_a_told_contact_names(
    typed: str, channel: str, organisation: str | None, scenario: str | None
) -> None:
    seen = describe(typed)
    assert seen is not None
    assert (seen.channel, seen.organisation, seen.scenario) == (channel, organisation, scenario)


def test_a_genuine_looking_notice_told_without_an_ask_names_no_scenario() -> None:
    seen = describe("j'ai recu un sms de la poste pour mon colis")
    assert seen is not None and seen.organisation == "la_poste" and seen.scenario is None


def test_stories_as_people_tell_them_are_marked_strong() -> None:
    told = describe("un faux conseiller m'a appelé pour valider une opération")
    assert told is not None and told.scenario == "bank_alert" and told.told_story
    seen = describe("jai recu un sms de la poste qui me demande des frais pour mon colis")
    assert seen is not None and seen.scenario == "parcel" and not seen.told_story


@pytest.mark.parametrize(
    "typed",
    ["ma dette est elle prescrite ?", "c quoi intrum", "ils peuvent saisir mon salaire ?", ""],
)
def test_no_contact_told_no_answer(typed: str) -> None:
    assert describe(typed) is None


def test_a_long_paste_is_a_message_not_a_story() -> None:
    assert describe("j'ai reçu un sms de la poste " + "bla " * MAX_WORDS) is None


def test_a_story_tied_to_an_unknown_scenario_fails_at_load() -> None:
    parsed = described._DescribedFile.model_validate(
        {
            "channel": [{"id": "sms", "patterns": ["sms"]}],
            "asks": {"patterns": ["payer"]},
            "story": [{"scenario": "no_such_scenario", "why": "x", "patterns": ["y"]}],
        }
    )
    with pytest.raises(KnowledgeError):
        described.DescribedRules(parsed, {"parcel"})


def test_an_unbounded_quantifier_fails_at_load() -> None:
    with pytest.raises(ValidationError):
        described._DescribedFile.model_validate(
            {"channel": [{"id": "sms", "patterns": ["sms.*"]}], "asks": {"patterns": ["payer"]}}
        )


def test_a_carrier_named_with_a_fee_told_is_the_parcel_story_without_its_words() -> None:
    seen = describe("jai recu un sms de chronopost jdois payer 2€")
    assert seen is not None and seen.scenario == "parcel" and seen.strong
    quiet = describe("jai recu un sms de chronopost")
    assert quiet is not None and quiet.scenario is None and not quiet.strong


def test_a_debt_claimed_by_sms_is_not_the_fake_bailiff_story_unless_told_as_one() -> None:
    plain = describe("j'ai recu un sms qui dit que je dois payer une dette, arnaque ?")
    assert plain is not None and plain.scenario is None
    told = describe("un mail d'huissier avec un lien pour payer, vrai ou faux ?")
    assert told is not None and told.scenario == "collector" and told.told_story


def test_a_collector_s_contact_is_left_to_the_collector_answers() -> None:
    assert describe("iqera m'envoie des sms pour une facture impayée edf") is None
    assert tells_collection("iqera m'envoie des sms pour une facture impayée edf")
    assert not tells_collection("ma dette est elle prescrite")
