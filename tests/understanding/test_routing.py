"""What the person sent and where it goes, measured on labelled real-style messages (tuning / held-out)."""

from __future__ import annotations

import time
import tomllib
from datetime import date
from pathlib import Path

import pytest

from checks.distress import is_distress
from checks.understand import Sent, understand
from tests.strategies import HUGE_INPUTS
from tests.understanding.dataset import Labelled, load
from tests.understanding.report import accuracy, destination

TODAY = date(2026, 11, 30)
ITEMS = load()


def _part(name: str) -> list[Labelled]:
    return [item for item in ITEMS if item.part == name]


def test_the_labelled_set_is_large_and_split_by_the_fixed_hash() -> None:
    assert len(ITEMS) >= 300
    assert len({item.id for item in ITEMS}) == len(ITEMS)
    assert _part("held_out") and _part("tuning")
    assert all(item.source for item in ITEMS)


def test_held_out_routing_reaches_95_percent() -> None:
    good, total, misses = accuracy(_part("held_out"))
    assert good / total >= 0.95, [(m.id, m.route, got) for m, got in misses]


def test_tuning_routing_stays_above_95_percent() -> None:
    good, total, _ = accuracy(_part("tuning"))
    assert good / total >= 0.95


@pytest.mark.parametrize("part", ["tuning", "held_out"])
def test_distress_recall_is_total_on_both_parts(part: str) -> None:
    labelled = [item for item in _part(part) if item.route == "distress"]
    assert labelled
    assert [item.text for item in labelled if not is_distress(item.text)] == []


@pytest.mark.parametrize("part", ["tuning", "held_out"])
def test_false_distress_alarms_stay_at_most_two_percent(part: str) -> None:
    ordinary = [item for item in _part(part) if item.route != "distress"]
    alarms = [item.id for item in ordinary if is_distress(item.text)]
    assert len(alarms) <= 0.02 * len(ordinary), alarms


def test_labelled_sectors_are_guessed() -> None:
    with_sector = [item for item in ITEMS if item.sector]
    assert len(with_sector) >= 20
    wrong = []
    for item in with_sector:
        creditor = understand(item.text, TODAY).facts.creditor
        if creditor is None or creditor.sector != item.sector:
            wrong.append(item.id)
    assert wrong == []


def test_labelled_events_and_threats_are_read() -> None:
    wrong = []
    for item in ITEMS:
        if not item.events and not item.threats:
            continue
        facts = understand(item.text, TODAY).facts
        kinds = {event.kind for event in facts.events}
        if not set(item.events) <= kinds or not set(item.threats) <= set(facts.threats):
            wrong.append((item.id, sorted(kinds), facts.threats))
    assert wrong == []


# ---- the failures quoted in issue 13, one by one


def test_a_question_about_prescription_is_not_analysed_as_a_received_sms() -> None:
    text = (
        "est ce que ma dette est prescrite ? c est une facture edf, j ai arrete de payer il y a 3 ans "
        "mais j ai donne 30e l an dernier"
    )
    seen = understand(text, TODAY)
    assert seen.sent is Sent.question
    assert seen.route == "prescription"
    assert seen.facts.creditor is not None and seen.facts.creditor.sector == "energy"
    kinds = [event.kind for event in seen.facts.events]
    assert kinds == ["stopped_paying", "payment"]
    assert seen.facts.amounts[0].value == 30


def test_must_i_pay_is_a_question_not_an_sms() -> None:
    seen = understand("est ce que je dois payer ?", TODAY)
    assert seen.sent is Sent.question and seen.route == "rights"


def test_a_long_story_gets_every_point_in_order_of_harm() -> None:
    text = (
        "Bouygues 2020, ils me reclament 60 € de frais en plus, le recouvreur dit que l'huissier va passer, "
        "ils donnent un IBAN LT12 1000 0111 0100 1000, c'est prescrit ?"
    )
    seen = understand(text, TODAY)
    assert seen.route == "prescription"
    assert seen.topics[:3] == ["imminent_seizure", "scam_signs", "prescription"]
    assert "fees" in seen.topics
    assert seen.facts.ibans[0].country == "LT"
    assert seen.facts.creditor is not None and seen.facts.creditor.sector == "telecom"


@pytest.mark.parametrize(
    ("text", "route"),
    [
        (
            "credit cofidis pas paye depuis juin 2023, intrum me relance, c est encore valable ?",
            "prescription",
        ),
        ("je veux savoir quelles donnees intrum a sur moi", "gdpr"),
        ("c quoi intrum ?? c une arnaque ou pas", "collector_identity"),
    ],
)
def test_a_collector_named_in_a_question_does_not_override_the_question(text: str, route: str) -> None:
    assert understand(text, TODAY).route == route


def test_the_collector_is_kept_as_a_fact() -> None:
    seen = understand(
        "credit cofidis pas paye depuis juin 2023, intrum me relance, c est encore valable ?", TODAY
    )
    assert seen.facts.collector == "Intrum"
    assert seen.facts.creditor is not None and seen.facts.creditor.sector == "consumer_credit"


@pytest.mark.parametrize(
    "text",
    [
        "j'ai des idées suicidaires",
        "jen ai marre de vivre avec ces dettes",
        "je n'en peux plus j'ai envie d'en finir",
    ],
)
def test_distress_comes_first_even_inside_a_dialogue(text: str) -> None:
    for expecting in (None, "date", "events", "debt_type"):
        assert understand(text, TODAY, expecting=expecting).sent is Sent.distress


def test_distress_remembers_where_the_rest_of_the_text_was_going() -> None:
    seen = understand("je craque, est ce que ma dette sfr de 2022 est prescrite ?", TODAY)
    assert seen.sent is Sent.distress
    assert seen.then == "prescription"
    assert seen.topics[0] == "distress"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("l annee derniere en mars j ai verse 50 euros", "events"),
        ("sfr", "debt_type"),
        ("edf", "debt_type"),
        ("mars 2022", "date"),
        ("le 26/12/2025 a 10h30, j habite a strasbourg", "calltime"),
    ],
)
def test_natural_answers_stay_in_the_dialogue(text: str, expecting: str) -> None:
    assert understand(text, TODAY, expecting=expecting).sent is Sent.answer


def test_a_new_question_inside_a_dialogue_is_recognised_as_new() -> None:
    seen = understand("ils m'appellent le dimanche, c'est normal ?", TODAY, expecting="date")
    assert seen.sent is Sent.question and seen.route == "calltime"


def test_a_pasted_received_message_is_a_thing_to_check() -> None:
    text = (
        "bonjour j'ai recu ca : \"Votre dossier n°4482 reste impaye. Reglez 12,88 EUR sous 24h sur "
        "paiement-dossier.com sinon un huissier viendra\" c'est une arnaque ?"
    )
    assert understand(text, TODAY).sent is Sent.check


@pytest.mark.parametrize("text", ["06 12 34 56 78", "intrum.fr", "0612345678 c'est qui ?"])
def test_a_number_or_a_link_is_a_thing_to_check(text: str) -> None:
    assert understand(text, TODAY).route == "check"


def test_the_place_a_person_lives_is_read_for_the_call_time() -> None:
    assert understand("le 26/12/2025 a 10h30, j habite a strasbourg", TODAY).facts.department == "67"
    assert understand("on m'a appele a 21h, je suis a la reunion", TODAY).facts.department == "974"
    assert understand("appel a 21h, j'habite dans le 57", TODAY).facts.department == "57"
    assert understand("appel a 21h le 12", TODAY).facts.department is None


def test_a_100kb_paste_is_understood_within_the_bound() -> None:
    for name, text in HUGE_INPUTS.items():
        started = time.perf_counter()
        understand(text, TODAY)
        assert time.perf_counter() - started < 2.0, name


def test_a_story_without_a_question_mark_about_an_unpaid_debt_goes_to_prescription() -> None:
    seen = understand("depuis 2019 je paye plus mon credit cetelem et eos me relance", TODAY)
    assert seen.sent is Sent.question and seen.route == "prescription"
    assert seen.facts.collector == "EOS France"


def test_thanks_gets_a_welcome_not_a_misunderstanding() -> None:
    assert understand("merci", TODAY).route == "thanks"  # a short welcome (help action), since the 2nd hunt


def test_the_fresh_series_written_after_the_rules_stay_routed() -> None:
    """First measured at 13/20, 12/20 and 18/28 (series 3, questions from public pages) before the rules were
    widened for them (README); tuning data now."""
    fresh = tomllib.loads((Path(__file__).parent / "fresh_routing.toml").read_text(encoding="utf-8"))
    series_3 = [[item["route"], item["text"]] for item in fresh["series_3"]]
    assert len(series_3) >= 25 and all(item["source"].startswith("http") for item in fresh["series_3"])
    pairs = [*fresh["series_1"], *fresh["series_2"], *series_3]
    wrong = [(route, understand(text, TODAY).route, text) for route, text in pairs]
    assert [w for w in wrong if destination(w[0]) != destination(w[1])] == []


@pytest.mark.parametrize(
    "text",
    [
        "intrum peut il me poursuivre en justice ?",
        "faut il repondre a la societe de recouvrement ?",
        "le recouvreur peut aller jusqu'ou ?",
    ],
)
def test_a_question_about_what_a_collector_may_do_gets_the_rights_answer(text: str) -> None:
    seen = understand(text, TODAY)
    assert seen.sent is Sent.question and seen.route == "rights"


def test_a_statement_naming_a_collector_without_a_question_is_not_read_as_a_rights_question() -> None:
    assert understand("la societe de recouvrement", TODAY).route != "rights"
