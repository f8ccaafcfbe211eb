"""The letter dialogue: choose a model, answer its fields one by one, see a preview, get the PDF.

The answers (name, address…) live in the state only while the dialogue runs and are dropped when it ends.
A deadline the letter starts (e.g. the month an RGPD answer is due) can become a reminder in the store.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.conversation.env import Env, turn
from bot.conversation.model import Button, Document, Reply, State, Turn
from bot.conversation.services import LetterField, ServiceUnavailable
from bot.conversation.texts import back_row, button, cancel_row, t

MAX_FIELD_CHARS = 500


def french_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


class LetterFlow:
    name = "letter"
    hint_key = "letter.field_optional"

    async def start(self, env: Env, state: State, text: str = "") -> Turn:
        try:
            letters = env.services.letters()
        except ServiceUnavailable:
            letters = []
        if not letters:
            return turn(state.idle(), Reply(text=t("letter.none"), buttons=[back_row()]))
        rows = [[Button(label=c.label, data=f"L:{c.id}")] for c in letters]
        return turn(
            State(flow=self.name, step="choose", last=dict(state.last)),
            Reply(text=t("letter.choose"), buttons=[*rows, cancel_row()]),
        )

    def _fields(self, env: Env, state: State) -> list[LetterField]:
        return env.services.letter_fields(str(state.data["letter"]))

    def _ask(self, field: LetterField) -> Reply:
        lines = [t("letter.field", label=field.label)]
        if field.hint:
            lines.append(t("letter.field_hint", hint=field.hint))
        if not field.required:
            lines.append(t("letter.field_optional"))
        return Reply(text="\n".join(lines), buttons=[cancel_row()])

    async def on_button(self, env: Env, state: State, data: str) -> Turn | None:
        if data.startswith("L:"):
            letter_id = data[2:]
            try:
                fields = env.services.letter_fields(letter_id)
            except (ServiceUnavailable, KeyError, ValueError):
                return None
            nxt = State(
                flow=self.name,
                step="field",
                data={"letter": letter_id, "values": {}, "i": 0},
                last=dict(state.last),
            )
            if not fields:
                return self._preview(env, nxt)
            return turn(nxt, self._ask(fields[0]))
        if state.step == "preview" and data == "l:pdf":
            return self._pdf(env, state)
        if state.step == "preview" and data == "l:restart":
            return await self.on_button(env, state, f"L:{state.data['letter']}")
        if state.step == "reminder" and data in {"rm:yes", "rm:no"}:
            return await self._reminder(env, state, data == "rm:yes")
        return None

    async def on_text(self, env: Env, state: State, text: str) -> Turn | None:
        if state.step != "field":
            return None
        fields = self._fields(env, state)
        index = int(state.data.get("i", 0))
        if index >= len(fields):
            return self._preview(env, state)
        field = fields[index]
        value = text.strip()[:MAX_FIELD_CHARS]
        skipped = value.casefold() == t("letter.skip_word").casefold()
        if skipped and field.required:
            return turn(state, self._ask(field))
        values: dict[str, Any] = dict(state.data.get("values", {}))
        if not skipped:
            values[field.name] = value
        data = {**state.data, "values": values, "i": index + 1}
        nxt = State(flow=self.name, step="field", data=data, last=dict(state.last))
        if index + 1 < len(fields):
            return turn(nxt, self._ask(fields[index + 1]))
        return self._preview(env, nxt)

    def _values(self, state: State) -> dict[str, str]:
        return {str(k): str(v) for k, v in dict(state.data.get("values", {})).items()}

    def _preview(self, env: Env, state: State) -> Turn:
        letter_id = str(state.data["letter"])
        try:
            view = env.services.fill_letter(letter_id, self._values(state), env.ctx.today)
        except ValueError as exc:
            # A field the letter refuses (a date in the future…): ask the letter again from the start.
            restart = State(
                flow=self.name,
                step="field",
                data={"letter": letter_id, "values": {}, "i": 0},
                last=dict(state.last),
            )
            fields = self._fields(env, restart)
            first = [self._ask(fields[0])] if fields else []
            return turn(restart, Reply(text=t("letter.field_bad", problem=str(exc)[:300])), *first)
        rows = [[button("letter.make_pdf", "l:pdf")], [button("letter.restart", "l:restart")], cancel_row()]
        nxt = State(flow=self.name, step="preview", data=dict(state.data), last=dict(state.last))
        return turn(nxt, Reply(text=f"{t('letter.preview')}\n\n{view.preview}", buttons=rows))

    def _pdf(self, env: Env, state: State) -> Turn:
        letter_id = str(state.data["letter"])
        try:
            view = env.services.letter_pdf(letter_id, self._values(state), env.ctx.today)
        except (ServiceUnavailable, ValueError):
            return turn(state, Reply(text=t("letter.pdf_failed"), buttons=[back_row()]))
        document = Document(filename=view.filename, content=view.pdf, mime="application/pdf")
        last = {"kind": "letter", "verdict": "inconclusive", "codes": [f"letter.{letter_id}"]}
        sent = Reply(text=t("letter.pdf_sent"), documents=[document])
        future = [d for d in view.deadlines if d.due > env.ctx.today]
        if not future:
            return turn(State(last=last), sent, Reply(text=t("menu.prompt"), buttons=[back_row()]))
        deadline = future[0]
        nxt = State(
            flow=self.name,
            step="reminder",
            data={"due": deadline.due.isoformat(), "what": deadline.what},
            last=last,
        )
        offer = Reply(
            text=t("letter.reminder_offer", due=french_date(deadline.due), what=deadline.what),
            buttons=[[button("letter.reminder_yes", "rm:yes"), button("letter.reminder_no", "rm:no")]],
        )
        return turn(nxt, sent, offer)

    async def _reminder(self, env: Env, state: State, wanted: bool) -> Turn:
        if not wanted:
            return turn(state.idle(), Reply(text=t("letter.reminder_skipped"), buttons=[back_row()]))
        due = date.fromisoformat(str(state.data["due"]))
        params = {"what": str(state.data["what"]), "due": french_date(due)}
        await env.store.add_reminder(
            env.ctx.user_key, env.ctx.chat_id, due, "bot.letter.reminder_text", params
        )
        return turn(
            state.idle(), Reply(text=t("letter.reminder_set", due=french_date(due)), buttons=[back_row()])
        )
