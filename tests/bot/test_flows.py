"""The declared flows: every row of every table is walked to every place it says it leads; the diagrams
in docs/flows are those the tables draw today; every button action and command has a row.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

import pytest

from bot.conversation import router
from bot.conversation.actions import Act, Command
from bot.conversation.context import Context
from bot.conversation.core import Conversation, Turn
from bot.conversation.default_services import DefaultServices
from bot.conversation.diagrams import render_all
from bot.conversation.flows.calltime import CalltimeData
from bot.conversation.flows.calltime import Step as CallStep
from bot.conversation.flows.feedback import FeedbackData
from bot.conversation.flows.feedback import Step as FeedbackStep
from bot.conversation.flows.letter import LetterData
from bot.conversation.flows.letter import Step as LetterStep
from bot.conversation.flows.prescription import DatedEvent, PrescriptionData
from bot.conversation.flows.prescription import Step as PrescStep
from bot.conversation.flows.privacy import PrivacyData
from bot.conversation.model import InputKind, LastResult, UserInput
from bot.conversation.services import LetterField, LetterProblems, LetterView, ServiceUnavailable
from bot.conversation.state import State
from bot.conversation.table import Call, Outcome, Row, Target
from bot.store import Store, open_store

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)  # a Sunday afternoon in Paris
SCAM = LastResult(
    kind="link",
    verdict="likely_scam",
    codes=["link.brand_bait"],
    target_kind="domain",
    target="intrum-paiement.top",
)
ME = {
    "sender_name": "Marie Dupont",
    "sender_address": "12 rue des Lilas\n69003 Lyon",
    "recipient_name": "Intrum France",
    "recipient_address": "97 allée Alexandre Borodine\n69800 Saint-Priest",
    "place": "Lyon",
}
FIVE = list(ME)
ALL_BUT_PHONE = [*FIVE, "file_reference"]  # rgpd_access: only the optional phone number is left


# --- services that fail in the ways a row must survive (everything else is the real thing) ------------


class NoLetters(DefaultServices):
    def letters(self) -> list[object]:  # type: ignore[override]
        raise ServiceUnavailable("letters module missing")


class ReadsAScamSms(DefaultServices):
    """OCR as Tesseract returns it for a screenshot of a scam SMS (the reading itself is tested in test_ocr)."""

    def ocr(self, data: bytes) -> str:
        return "Intrum : reglez 245 EUR sous 24h sur https://intrum-paiement.top"


class LetterWithoutFields(DefaultServices):
    def letter_fields(self, letter_id: str) -> list[LetterField]:
        return []

    def fill_letter(self, letter_id: str, fields: dict[str, str], today: date) -> LetterView:
        return LetterView(preview="Madame, Monsieur, …")


class PdfBroken(DefaultServices):
    def letter_pdf(self, letter_id: str, fields: dict[str, str], today: date) -> LetterView:
        raise ServiceUnavailable("no PDF renderer")


class PdfRefusesTheName(DefaultServices):
    def letter_pdf(self, letter_id: str, fields: dict[str, str], today: date) -> LetterView:
        raise LetterProblems({"sender_name": "Le nom est trop long."})


# --- the walk -------------------------------------------------------------------------------------------


def text(value: str) -> UserInput:
    return UserInput.of_text(value)


def press(act: Act, arg: str = "") -> UserInput:
    return UserInput.of_button(act.value + arg)


def command(name: str, arg: str = "") -> UserInput:
    return UserInput(kind=InputKind.command, command=name, text=arg)


def at_letter(step: LetterStep, letter: str = "rgpd_access", **update: object) -> State:
    data = LetterData(step=step, letter=letter, field="phone_number", asked=ALL_BUT_PHONE, values=ME)
    return State(dialogue=data.model_copy(update=update), last=SCAM)


AT_EVENTS = PrescriptionData(
    step=PrescStep.events, debt_type="telecom", start=date(2022, 3, 1), events=[], pending=""
)
AT_EVENTS_CIVIL = AT_EVENTS.model_copy(update={"debt_type": "civil"})  # one sum: no answer by instalment
AT_SEIZURE = AT_EVENTS_CIVIL.model_copy(update={"step": PrescStep.event_date, "pending": "enforcement"})
AT_TITLE = AT_EVENTS_CIVIL.model_copy(
    update={"step": PrescStep.title_date, "events": [DatedEvent(kind="enforcement", on=date(2023, 6, 1))]}
)
AT_LAST_DUE = AT_EVENTS.model_copy(update={"step": PrescStep.last_due})
# The question said when the unpaid started ("depuis mars 2024"): only the type was still to ask.
KNOWN_START = PrescriptionData(known_start=date(2024, 3, 1), known_start_latest=date(2024, 3, 31))
# ... and told of a seizure, without its date ("on m'a saisi mon compte") or with it ("en 2025").
KNOWN_START_SEIZED = KNOWN_START.model_copy(update={"seizure_undated": True})
KNOWN_START_SEIZED_ON = KNOWN_START.model_copy(
    update={"events": [DatedEvent(kind="enforcement", on=date(2025, 1, 1), latest=date(2025, 12, 31))]}
)
GUESSED_EDF = PrescriptionData(guess="energy")
IDLE = State(last=SCAM)
PRIVACY = State(dialogue=PrivacyData(), last=SCAM)


@dataclass(frozen=True)
class Example:
    state: State
    inp: UserInput
    services: type[DefaultServices] = DefaultServices


# (flow, step or None, trigger) -> {destination: an input that leads there from that state}.
WALK: dict[tuple[str, str | None, str], dict[StrEnum, Example]] = {
    ("general", None, Command.start): {Target.idle: Example(IDLE, command("start"))},
    ("general", None, Command.menu): {Target.idle: Example(IDLE, command("menu"))},
    ("general", None, Act.menu): {Target.idle: Example(IDLE, press(Act.menu))},
    ("general", None, Command.cancel): {
        Target.idle: Example(State(dialogue=CalltimeData()), command("annuler"))
    },
    ("general", None, Act.cancel): {Target.idle: Example(State(dialogue=CalltimeData()), press(Act.cancel))},
    ("general", None, Command.help): {Target.idle: Example(IDLE, command("aide"))},
    ("general", None, Command.verify): {Target.idle: Example(IDLE, command("verifier"))},
    ("general", None, "text"): {
        Target.idle: Example(IDLE, text("04 72 80 14 14")),
        CallStep.when: Example(IDLE, text("ils m'appellent le dimanche")),
        PrescStep.type: Example(IDLE, text("ma dette est elle prescrite")),
        LetterStep.choose: Example(IDLE, text("je veux un modele de lettre")),
    },
    ("general", None, "unsupported"): {
        Target.stay: Example(
            State(dialogue=CalltimeData()), UserInput(kind=InputKind.unsupported, detail="voice")
        )
    },
    ("general", None, "unknown_button"): {Target.idle: Example(IDLE, UserInput.of_button("zz:nope"))},
    ("general", None, "unknown_command"): {Target.stay: Example(IDLE, command("pizza"))},
    ("check", None, Act.open_check): {Target.idle: Example(IDLE, press(Act.open_check))},
    ("check", None, "forwarded"): {
        Target.idle: Example(
            IDLE,
            UserInput.of_text("Reglez 245 EUR sous 24h sur https://intrum-paiement.top", forwarded_from="X"),
        )
    },
    ("check", None, "image"): {
        Target.idle: Example(IDLE, UserInput(kind=InputKind.image, payload=b"png"), ReadsAScamSms),
        Target.stay: Example(
            State(dialogue=CalltimeData()), UserInput(kind=InputKind.image, payload=b"GIF89a broken")
        ),
    },
    ("check", None, Act.next_todo): {Target.idle: Example(IDLE, press(Act.next_todo))},
    ("check", None, Act.next_details): {Target.stay: Example(IDLE, press(Act.next_details))},
    ("check", None, Act.next_when): {CallStep.when: Example(IDLE, press(Act.next_when))},
    ("check", None, Act.next_letter): {
        LetterStep.choose: Example(IDLE, press(Act.next_letter)),
        Target.idle: Example(IDLE, press(Act.next_letter), NoLetters),
    },
    ("calltime", None, Act.open_calltime): {CallStep.when: Example(IDLE, press(Act.open_calltime))},
    ("calltime", "when", "text"): {
        Target.idle: Example(State(dialogue=CalltimeData()), text("samedi 21h30")),
        CallStep.when: Example(State(dialogue=CalltimeData()), text("31/12/2099 a 21h")),
    },
    ("prescription", None, Act.open_prescription): {
        PrescStep.type: Example(IDLE, press(Act.open_prescription))
    },
    ("prescription", None, Act.prescription_restart): {
        PrescStep.type: Example(IDLE, press(Act.prescription_restart))
    },
    ("prescription", "type", Act.debt_type): {
        PrescStep.start: Example(State(dialogue=PrescriptionData()), press(Act.debt_type, "telecom")),
        PrescStep.events: Example(State(dialogue=KNOWN_START), press(Act.debt_type, "telecom")),
        PrescStep.event_date: Example(State(dialogue=KNOWN_START_SEIZED), press(Act.debt_type, "telecom")),
        PrescStep.title_date: Example(State(dialogue=KNOWN_START_SEIZED_ON), press(Act.debt_type, "telecom")),
    },
    ("prescription", "type", "text"): {
        PrescStep.start: Example(State(dialogue=GUESSED_EDF), text("oui")),
        PrescStep.events: Example(State(dialogue=KNOWN_START), text("sfr")),
        PrescStep.event_date: Example(State(dialogue=KNOWN_START_SEIZED), text("sfr")),
        PrescStep.title_date: Example(State(dialogue=KNOWN_START_SEIZED_ON), text("sfr")),
        PrescStep.type: Example(State(dialogue=GUESSED_EDF), text("non")),
    },
    ("prescription", "start", "text"): {
        PrescStep.events: Example(
            State(dialogue=PrescriptionData(step=PrescStep.start, debt_type="rent")), text("mars 2022")
        ),
        PrescStep.start: Example(
            State(dialogue=PrescriptionData(step=PrescStep.start, debt_type="rent")), text("15/03/2030")
        ),
        PrescStep.event_date: Example(
            State(dialogue=PrescriptionData(step=PrescStep.start, debt_type="rent", seizure_undated=True)),
            text("mars 2022"),
        ),
        PrescStep.title_date: Example(
            State(
                dialogue=PrescriptionData(
                    step=PrescStep.start,
                    debt_type="rent",
                    events=[DatedEvent(kind="enforcement", on=date(2025, 6, 1))],
                )
            ),
            text("mars 2022"),
        ),
    },
    ("prescription", "events", Act.event): {
        PrescStep.event_date: Example(State(dialogue=AT_EVENTS), press(Act.event, "payment")),
        Target.idle: Example(State(dialogue=AT_EVENTS_CIVIL), press(Act.event, "unsure")),
        PrescStep.last_due: Example(State(dialogue=AT_EVENTS), press(Act.event, "none")),
    },
    ("prescription", "events", "text"): {
        Target.idle: Example(State(dialogue=AT_EVENTS_CIVIL), text("non rien")),
        PrescStep.last_due: Example(State(dialogue=AT_EVENTS), text("Non.")),
        PrescStep.events: Example(
            State(dialogue=AT_EVENTS), text("l annee derniere en mars j ai verse 50 euros")
        ),
        PrescStep.event_date: Example(
            State(dialogue=AT_EVENTS), text("mon compte est a zero ils ont tout saisi")
        ),
    },
    ("prescription", "event_date", "text"): {
        PrescStep.events: Example(
            State(dialogue=AT_EVENTS.model_copy(update={"step": PrescStep.event_date, "pending": "payment"})),
            text("juin 2023"),
        ),
        PrescStep.title_date: Example(State(dialogue=AT_SEIZURE), text("juin 2023")),
        PrescStep.event_date: Example(
            State(dialogue=AT_EVENTS.model_copy(update={"step": PrescStep.event_date, "pending": "payment"})),
            text("01/01/2020"),  # before the unpaid started
        ),
    },
    ("prescription", "title_date", "text"): {
        PrescStep.events: Example(State(dialogue=AT_TITLE), text("mars 2023")),
        PrescStep.title_date: Example(State(dialogue=AT_TITLE), text("15/03/2030")),
    },
    ("prescription", "title_date", Act.title_unknown): {
        PrescStep.events: Example(State(dialogue=AT_TITLE), press(Act.title_unknown)),
    },
    ("prescription", "last_due", "text"): {
        Target.idle: Example(State(dialogue=AT_LAST_DUE), text("juin 2024")),
        PrescStep.last_due: Example(State(dialogue=AT_LAST_DUE), text("mars 2021")),
    },
    ("prescription", "last_due", Act.last_due_single): {
        Target.idle: Example(State(dialogue=AT_LAST_DUE), press(Act.last_due_single)),
    },
    ("letter", None, Act.open_letter): {
        LetterStep.choose: Example(IDLE, press(Act.open_letter)),
        Target.idle: Example(IDLE, press(Act.open_letter), NoLetters),
    },
    ("letter", None, Act.letter_pick): {
        LetterStep.field: Example(IDLE, press(Act.letter_pick, "stop_calls")),
        LetterStep.preview: Example(IDLE, press(Act.letter_pick, "stop_calls"), LetterWithoutFields),
    },
    ("letter", "field", Act.letter_choice): {
        LetterStep.field: Example(
            at_letter(LetterStep.field, "rgpd_erasure_objection", field="situation"),
            press(Act.letter_choice, "0"),
        ),
        LetterStep.preview: Example(at_letter(LetterStep.field), press(Act.letter_choice, "skip")),
    },
    ("letter", "field", "text"): {
        LetterStep.field: Example(
            at_letter(LetterStep.field, field="sender_name", asked=[], values={}), text("Marie Dupont")
        ),
        LetterStep.preview: Example(at_letter(LetterStep.field), text("passer")),
    },
    ("letter", "preview", Act.letter_restart): {
        LetterStep.field: Example(at_letter(LetterStep.preview), press(Act.letter_restart))
    },
    ("letter", "preview", Act.letter_pdf): {
        LetterStep.reminder: Example(at_letter(LetterStep.preview), press(Act.letter_pdf)),
        Target.idle: Example(at_letter(LetterStep.preview, "stop_calls"), press(Act.letter_pdf)),
        LetterStep.field: Example(at_letter(LetterStep.preview), press(Act.letter_pdf), PdfRefusesTheName),
        Target.stay: Example(at_letter(LetterStep.preview), press(Act.letter_pdf), PdfBroken),
    },
    ("letter", "reminder", Act.reminder_yes): {
        Target.idle: Example(
            at_letter(LetterStep.reminder, due=date(2026, 12, 22), what="réponse RGPD"),
            press(Act.reminder_yes),
        )
    },
    ("letter", "reminder", Act.reminder_no): {
        Target.idle: Example(at_letter(LetterStep.reminder, due=date(2026, 12, 22)), press(Act.reminder_no))
    },
    ("report", None, Act.open_report): {Target.idle: Example(IDLE, press(Act.open_report))},
    ("report", None, Act.next_report): {Target.idle: Example(IDLE, press(Act.next_report))},
    ("report", None, Act.problem): {Target.idle: Example(IDLE, press(Act.problem, "scam_or_phishing"))},
    ("report", None, Act.vote): {Target.idle: Example(IDLE, press(Act.vote))},
    ("feedback", None, Act.next_wrong): {
        FeedbackStep.choose: Example(IDLE, press(Act.next_wrong)),
        Target.idle: Example(State(), press(Act.next_wrong)),
    },
    ("feedback", "choose", Act.feedback_codes): {
        Target.idle: Example(State(dialogue=FeedbackData(), last=SCAM), press(Act.feedback_codes))
    },
    ("feedback", "choose", Act.feedback_text): {
        FeedbackStep.text: Example(State(dialogue=FeedbackData(), last=SCAM), press(Act.feedback_text))
    },
    ("feedback", "text", "text"): {
        Target.idle: Example(
            State(dialogue=FeedbackData(step=FeedbackStep.text), last=SCAM), text("c'etait bien intrum")
        )
    },
    ("rights", None, Act.open_rights): {Target.idle: Example(IDLE, press(Act.open_rights))},
    ("rights", None, Act.card): {Target.idle: Example(IDLE, press(Act.card, "fees_stay_with_creditor"))},
    ("rights", None, Act.card_full): {
        Target.idle: Example(IDLE, press(Act.card_full, "fees_stay_with_creditor"))
    },
    ("privacy", None, Command.policy): {Target.idle: Example(IDLE, command("confidentialite"))},
    ("privacy", None, Command.my_data): {Target.idle: Example(IDLE, command("mesdonnees"))},
    ("privacy", None, Command.forget): {PrivacyData().step: Example(IDLE, command("oubli"))},
    ("privacy", "confirm_forget", Act.forget_yes): {Target.idle: Example(PRIVACY, press(Act.forget_yes))},
    ("privacy", "confirm_forget", Act.forget_no): {Target.idle: Example(PRIVACY, press(Act.forget_no))},
    ("distress", None, "text"): {
        Target.stay: Example(State(dialogue=AT_EVENTS), text("j'ai envie d'en finir")),
    },
    ("distress", None, Act.open_distress): {Target.idle: Example(IDLE, press(Act.open_distress))},
}


def _key(table: str, row: Row) -> tuple[str, str | None, str]:
    return (table, None if row.at is None else str(row.at), str(row.on))


EDGES = [
    pytest.param(table.name, row, place, id=f"{table.name}:{row.at or '*'}:{row.on}->{place}")
    for table in router.TABLES
    for row in table.rows
    for place in row.to
]


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await open_store(tmp_path / "bot.db", secret="s" * 32)
    yield opened
    await opened.close()


def _arrived(before: State, after: State, place: StrEnum) -> bool:
    if place is Target.idle:
        return after.dialogue is None
    if place is Target.stay:
        return after.dialogue == before.dialogue
    return after.dialogue is not None and (after.dialogue.flow, after.dialogue.step) == (
        router.STEP_FLOW[type(place)],
        str(place),
    )


@pytest.mark.parametrize(("flow", "row", "place"), EDGES)
async def test_every_row_leads_where_its_table_says(
    flow: str, row: Row, place: StrEnum, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    examples = WALK.get(_key(flow, row), {})
    assert place in examples, f"no example walks {_key(flow, row)} to {place}: add one to WALK"
    example = examples[place]
    ran: list[Row] = []

    async def spy(call: Call) -> Outcome | None:
        outcome = await row.handler(call)
        if outcome is not None:
            ran.append(row)
        return outcome

    spied = replace(row, handler=spy)
    if row is router.PRE_ROUTE:
        monkeypatch.setattr(router, "PRE_ROUTE", spied)
    for step_key, indexed in list(router.IN_STEP.items()):
        if indexed is row:
            monkeypatch.setitem(router.IN_STEP, step_key, spied)
    for any_key, indexed in list(router.ANYWHERE.items()):
        if indexed is row:
            monkeypatch.setitem(router.ANYWHERE, any_key, spied)
    conversation = Conversation(example.services(), store)
    result: Turn = await conversation.respond(example.state, example.inp, Context(user_key="u-walk", now=NOW))
    assert ran == [row], "another row answered"
    assert result.replies and all(r.text.strip() for r in result.replies)
    assert _arrived(example.state, result.state, place), (result.state.dialogue, place)


def test_every_example_belongs_to_a_row() -> None:
    declared = {(_key(t.name, r), p) for t in router.TABLES for r in t.rows for p in r.to}
    walked = {(key, place) for key, places in WALK.items() for place in places}
    assert walked <= declared, sorted(map(str, walked - declared))


@pytest.mark.parametrize(
    "dialogue",
    [
        CalltimeData(),
        PrescriptionData(),
        PrescriptionData(step=PrescStep.start, debt_type="telecom"),
        AT_EVENTS,
        AT_EVENTS.model_copy(update={"step": PrescStep.event_date, "pending": "payment"}),
        AT_TITLE,
        AT_LAST_DUE,
        LetterData(letter="stop_calls"),
        LetterData(step=LetterStep.preview, letter="stop_calls", values=ME, asked=FIVE),
        FeedbackData(),
        PrivacyData(),
    ],
    ids=lambda d: f"{d.flow}:{d.step}",
)
async def test_in_every_step_a_wrong_answer_gets_the_hint_and_a_new_number_is_checked(
    dialogue: object, store: Store
) -> None:
    conversation = Conversation(DefaultServices(), store)
    ctx = Context(user_key="u-steps", now=NOW)
    state = State.model_validate({"dialogue": dialogue})
    hinted = await conversation.respond(state, text("bof"), ctx)
    assert hinted.state == state and "pas compris la réponse" in hinted.replies[0].text
    checked = await conversation.respond(state, text("04 72 80 14 14"), ctx)
    assert checked.state.dialogue is None and checked.state.last is not None
    assert checked.state.last.kind == "number"
    sad = await conversation.respond(state, text("jen peux plus de ces dettes je suis a bout"), ctx)
    assert len(sad.replies) == 1 and "3114" in sad.replies[0].text
    assert sad.state == state  # the question asked before waits


def test_every_button_action_and_command_has_a_row() -> None:
    triggers = {str(row.on) for table in router.TABLES for row in table.rows}
    assert {str(a) for a in Act} <= triggers
    assert {str(c) for c in Command} <= triggers


def test_the_committed_diagrams_are_those_the_tables_draw() -> None:
    drawn = render_all()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "docs" / "flows").glob("*.mmd")}
    stale = sorted(name for name in drawn if on_disk.get(name) != drawn[name])
    assert not stale, f"run `make diagrams`: stale {stale}"
    assert set(on_disk) == set(drawn), "a diagram without a flow is left in docs/flows"
