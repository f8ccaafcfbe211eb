"""Short guided dialogues: call time, prescription, feedback on a verdict.

Each asks only what changes the answer, accepts plain French dates, and keeps its answers as plain JSON in
``state.data`` so a restart resumes at the same question.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.conversation.env import Env, turn
from bot.conversation.model import Button, Reply, State, Turn
from bot.conversation.render import section_lines
from bot.conversation.services import ServiceUnavailable
from bot.conversation.texts import back_row, button, cancel_row, t
from knowledge.intents import fold


def _after_answer_buttons() -> list[list[Button]]:
    return [
        [button("next.todo", "n:todo")],
        [button("next.report", "n:report"), button("next.letter", "n:letter")],
        [button("next.wrong", "n:wrong"), button("menu.back", "m:menu")],
    ]


class CalltimeFlow:
    """When did they call? One question: the check weighs every regime (collector, canvassing, bailiff)."""

    name = "calltime"

    def hint_key(self, state: State) -> str:
        return "calltime.not_understood"

    async def start(self, env: Env, state: State, text: str = "") -> Turn:
        fresh = State(flow=self.name, step="when", last=dict(state.last))
        if text:
            answered = await self.on_text(env, fresh, text)
            if answered is not None:
                return answered
        return turn(fresh, Reply(text=t("calltime.ask"), buttons=[cancel_row()]))

    async def on_text(self, env: Env, state: State, text: str) -> Turn | None:
        if state.step != "when":
            return None
        moment = env.services.parse_calltime(text, env.ctx.now)
        if moment is None:
            return None
        view = env.services.calltime(moment, env.ctx.now)
        if view.in_future:  # stay on the question: the date is most likely mistyped
            return turn(state, Reply(text=t("calltime.future", when=view.when), buttons=[cancel_row()]))
        text_out = "\n".join([t("calltime.title", when=view.when), *section_lines(view.section)])
        last = {
            "kind": "calltime",
            "verdict": view.section.verdict,
            "codes": [f.code for f in view.section.findings],
        }
        return turn(State(last=last), Reply(text=text_out, buttons=_after_answer_buttons()))

    async def on_button(self, env: Env, state: State, data: str) -> Turn | None:
        return None


# The events that change the answer, as buttons; each is asked with its date. A plain letter or a reminder
# call changes nothing (it does not interrupt), so it is not asked.
_EVENTS_WITH_DATE = ("payment", "acknowledgment", "court_claim", "judgment", "enforcement")
# Typed instead of pressing "Rien de tout ça" / "C'est tout" (folded: lower case, no accents).
_NOTHING_TYPED = frozenset(
    {"non", "nan", "no", "rien", "non rien", "aucun", "aucune", "jamais", "c'est tout", "rien de tout ca"}
)


class PrescriptionFlow:
    """Debt type, then when the unpaid started, then only the events that restart or pause the clock.

    After a seizure or a commandement, the date of the title it rests on is asked (R221-1 CPC exéc.); when the
    answer comes by instalment (rents, bills), the most recent unpaid sum is asked once after it.
    """

    name = "prescription"

    def hint_key(self, state: State) -> str:
        if state.step == "type":
            return "prescription.not_understood_type"
        if state.step == "events":
            return "prescription.not_understood_event"
        return "prescription.date_not_understood"

    async def start(self, env: Env, state: State, text: str = "") -> Turn:
        fresh = State(flow=self.name, step="type", data={"events": []}, last=dict(state.last))
        rows = [[Button(label=c.label, data=f"p:t:{c.id}")] for c in env.services.debt_types()]
        return turn(
            fresh,
            Reply(text=t("prescription.intro")),
            Reply(text=t("prescription.ask_type"), buttons=[*rows, cancel_row()]),
        )

    def _events_reply(self, first: bool, debt_type: str) -> Reply:
        # After a judgment, only what happened since it matters: no court question again.
        asked = [
            e for e in _EVENTS_WITH_DATE if debt_type != "judgment" or e not in {"court_claim", "judgment"}
        ]
        rows = [[button(f"prescription.event_{e}", f"p:e:{e}")] for e in asked]
        last_row = [button("prescription.event_none" if first else "prescription.done_events", "p:e:none")]
        if first:
            last_row.append(button("prescription.event_unsure", "p:e:unsure"))
        return Reply(
            text=t("prescription.ask_events" if first else "prescription.ask_more"), buttons=[*rows, last_row]
        )

    async def on_button(self, env: Env, state: State, data: str) -> Turn | None:
        if data == "p:restart":
            return await self.start(env, state)
        if state.step == "title_date" and data == "p:j:unknown":  # the seizure's title: date not known
            return turn(self._events_state(state, dict(state.data)), self._events_reply(False, _type(state)))
        if state.step == "last_due" and data == "p:l:single":  # one sum: the one due on the start date
            return self._compute(env, state, unsure=False, last_due=str(state.data["start"]))
        if state.step == "type" and data.startswith("p:t:"):
            data_ = {"type": data[4:], "events": []}
            key = "prescription.ask_start_judgment" if data[4:] == "judgment" else "prescription.ask_start"
            nxt = State(flow=self.name, step="start", data=data_, last=dict(state.last))
            return turn(nxt, Reply(text=t(key), buttons=[cancel_row()]))
        if state.step == "events" and data.startswith("p:e:"):
            event = data[4:]
            if event in _EVENTS_WITH_DATE:
                nxt = State(
                    flow=self.name,
                    step="event_date",
                    data={**state.data, "pending": event},
                    last=dict(state.last),
                )
                return turn(nxt, Reply(text=t("prescription.ask_event_date"), buttons=[cancel_row()]))
            if event in {"none", "unsure"}:
                return self._compute(env, state, unsure=event == "unsure")
        return None

    async def on_text(self, env: Env, state: State, text: str) -> Turn | None:
        if state.step == "type":
            return await self._type_typed(env, state, text)
        if state.step == "events" and fold(text).strip(" .!?") in _NOTHING_TYPED:
            return self._compute(env, state, unsure=False)
        if state.step not in {"start", "event_date", "title_date", "last_due"}:
            return None
        when = env.services.parse_date(text, env.ctx.today)
        if when is None:
            return None
        if when > env.ctx.today:
            return turn(state, Reply(text=t("prescription.date_future"), buttons=[cancel_row()]))
        data: dict[str, Any] = dict(state.data)
        if state.step != "start" and when < date.fromisoformat(str(data["start"])):
            key = "last_due_before_start" if state.step == "last_due" else "event_before_start"
            return turn(state, Reply(text=t(f"prescription.{key}"), buttons=[cancel_row()]))
        if state.step == "last_due":
            return self._compute(env, state, unsure=False, last_due=when.isoformat())
        if state.step == "title_date":  # the judgment or deed a seizure rests on (R221-1 CPC exéc.)
            data["events"] = [*data.get("events", []), ["judgment", when.isoformat()]]
            return turn(self._events_state(state, data), self._events_reply(False, _type(state)))
        if state.step == "start":
            data["start"] = when.isoformat()
            first = True
        else:
            pending = data.pop("pending", "payment")
            data["events"] = [*data.get("events", []), [pending, when.isoformat()]]
            first = False
            if pending == "enforcement" and not _has_title(data):
                # A seizure or a commandement rests on a title: its date decides the 10-year period.
                nxt = State(flow=self.name, step="title_date", data=data, last=dict(state.last))
                buttons = [[button("prescription.title_date_unknown", "p:j:unknown")], cancel_row()]
                return turn(nxt, Reply(text=t("prescription.ask_title_date"), buttons=buttons))
        return turn(self._events_state(state, data), self._events_reply(first, str(data.get("type", ""))))

    def _events_state(self, state: State, data: dict[str, Any]) -> State:
        return State(flow=self.name, step="events", data=data, last=dict(state.last))

    async def _type_typed(self, env: Env, state: State, text: str) -> Turn | None:
        """A debt type typed instead of pressed ("télécom", "loyer"): accepted when it names exactly one."""
        typed = fold(text).strip(" .!?")
        if len(typed) < 3:
            return None
        found = [c for c in env.services.debt_types() if typed in fold(c.label) or fold(c.label) in typed]
        if len(found) != 1:
            return None
        return await self.on_button(env, state, f"p:t:{found[0].id}")

    def _compute(self, env: Env, state: State, *, unsure: bool, last_due: str | None = None) -> Turn:
        data = state.data
        events = [(str(kind), date.fromisoformat(str(day))) for kind, day in data.get("events", [])]
        try:
            view = env.services.prescription(
                str(data["type"]),
                date.fromisoformat(str(data["start"])),
                events,
                env.ctx.today,
                date.fromisoformat(last_due) if last_due else None,
            )
        except (ServiceUnavailable, ValueError, KeyError):
            return turn(state.idle(), Reply(text=t("prescription.failed"), buttons=[back_row()]))
        text = view.text + (f"\n\n{t('prescription.unsure_note')}" if unsure else "")
        buttons = [
            [button("next.letter", "n:letter"), button("prescription.restart", "p:restart")],
            [button("next.wrong", "n:wrong"), button("menu.back", "m:menu")],
        ]
        last = {"kind": "prescription", "verdict": "inconclusive", "codes": view.codes}
        if last_due is None and "prescription.by_instalment" in view.codes:
            # Answered by instalment: the most recent unpaid sum tells whether all of it is prescribed.
            ask = State(flow=self.name, step="last_due", data=dict(data), last=last)
            single = [[button("prescription.last_due_single", "p:l:single")], *buttons]
            return turn(ask, Reply(text=text), Reply(text=t("prescription.ask_last_due"), buttons=single))
        return turn(State(last=last), Reply(text=text, buttons=buttons))


def _type(state: State) -> str:
    return str(state.data.get("type", ""))


def _has_title(data: dict[str, Any]) -> bool:
    """A judgment given, or a debt that is itself a judgment: no need to ask for the title's date."""
    return data.get("type") == "judgment" or any(kind == "judgment" for kind, _ in data.get("events", []))


class FeedbackFlow:
    """ "This verdict is wrong": keep the codes; the text only if the user chooses to send it."""

    name = "feedback"

    def hint_key(self, state: State) -> str:
        return "feedback.ask"

    async def start(self, env: Env, state: State, text: str = "") -> Turn:
        if not state.last.get("kind"):
            return turn(state.idle(), Reply(text=t("feedback.nothing"), buttons=[back_row()]))
        rows = [
            [button("feedback.codes_only", "f:codes")],
            [button("feedback.with_text", "f:text")],
            cancel_row(),
        ]
        return turn(
            State(flow=self.name, step="choose", last=dict(state.last)),
            Reply(text=t("feedback.ask"), buttons=rows),
        )

    async def _save(self, env: Env, state: State, text: str | None) -> Turn:
        last = state.last
        await env.store.add_feedback(
            env.ctx.user_key,
            str(last.get("kind", "unknown")),
            str(last.get("verdict", "inconclusive")),
            [str(c) for c in last.get("codes", [])],
            None,
            text,
        )
        return turn(state.idle(), Reply(text=t("feedback.thanks"), buttons=[back_row()]))

    async def on_button(self, env: Env, state: State, data: str) -> Turn | None:
        if state.step != "choose":
            return None
        if data == "f:codes":
            return await self._save(env, state, None)
        if data == "f:text":
            nxt = State(flow=self.name, step="text", last=dict(state.last))
            return turn(nxt, Reply(text=t("feedback.ask_text"), buttons=[cancel_row()]))
        return None

    async def on_text(self, env: Env, state: State, text: str) -> Turn | None:
        if state.step != "text":
            return None
        return await self._save(env, state, text)
