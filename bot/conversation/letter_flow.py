"""The letter dialogue: choose a model, answer its fields one by one, see a preview, get the PDF.

The answers (name, address…) live in the state only while the dialogue runs and are dropped when it ends.
When the letter refuses an answer, only the fields at fault are asked again, with the reason.
A deadline the letter starts (e.g. the month an RGPD answer is due) can become a reminder in the store.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.conversation.env import Env, turn
from bot.conversation.model import Button, Document, Reply, State, Turn
from bot.conversation.services import LetterField, LetterProblems, ServiceUnavailable
from bot.conversation.texts import back_row, button, cancel_row, t

MAX_FIELD_CHARS = 1200


def french_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


class LetterFlow:
    name = "letter"

    def hint_key(self, state: State) -> str:
        return "letter.hint"

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

    # --- asking -------------------------------------------------------------------------------------

    def _fields(self, env: Env, state: State) -> list[LetterField]:
        return env.services.letter_fields(str(state.data["letter"]))

    def _next(self, env: Env, state: State, note: str = "") -> Turn:
        """Ask the first field not answered yet, or show the preview when all are."""
        asked = set(state.data.get("asked", []))
        pending = [f for f in self._fields(env, state) if f.name not in asked]
        if not pending:
            return self._preview(env, state)
        field = pending[0]
        lines = [note] if note else []
        lines.append(t("letter.field", label=field.label))
        if field.hint:
            lines.append(t("letter.field_hint", hint=field.hint))
        if not field.required:
            lines.append(t("letter.field_optional"))
        rows = [[Button(label=c.label[:60], data=f"lc:{i}")] for i, c in enumerate(field.choices)]
        if not field.required:
            rows.append([button("letter.skip_button", "lc:skip")])
        nxt = State(
            flow=self.name, step="field", data={**state.data, "field": field.name}, last=dict(state.last)
        )
        return turn(nxt, Reply(text="\n".join(lines), buttons=[*rows, cancel_row()]))

    def _answer(self, env: Env, state: State, value: str | None) -> Turn:
        name = str(state.data.get("field", ""))
        values: dict[str, Any] = dict(state.data.get("values", {}))
        if value is not None:
            values[name] = value
        asked = [*state.data.get("asked", []), name]
        data = {**state.data, "values": values, "asked": asked}
        return self._next(env, State(flow=self.name, step="field", data=data, last=dict(state.last)))

    def _current(self, env: Env, state: State) -> LetterField | None:
        name = state.data.get("field")
        return next((f for f in self._fields(env, state) if f.name == name), None)

    # --- inputs -------------------------------------------------------------------------------------

    async def on_button(self, env: Env, state: State, data: str) -> Turn | None:
        if data.startswith("L:"):
            letter_id = data[2:]
            try:
                env.services.letter_fields(letter_id)
            except (ServiceUnavailable, KeyError):
                return None
            fresh = State(flow=self.name, step="field", data={"letter": letter_id}, last=dict(state.last))
            return self._next(env, fresh)
        if state.step == "field" and data.startswith("lc:"):
            field = self._current(env, state)
            if field is None:
                return None
            if data == "lc:skip" and not field.required:
                return self._answer(env, state, None)
            index = data[3:]
            if index.isdigit() and int(index) < len(field.choices):
                return self._answer(env, state, field.choices[int(index)].id)
            return None
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
        field = self._current(env, state)
        if field is None or field.choices:
            return None  # a choice is answered with its buttons
        value = text.strip()[:MAX_FIELD_CHARS]
        if value.casefold() == t("letter.skip_word").casefold():
            if field.required:
                return self._next(env, state, t("letter.required"))
            return self._answer(env, state, None)
        return self._answer(env, state, value)

    # --- results ------------------------------------------------------------------------------------

    def _values(self, state: State) -> dict[str, str]:
        return {str(k): str(v) for k, v in dict(state.data.get("values", {})).items()}

    def _ask_again(self, env: Env, state: State, problems: dict[str, str]) -> Turn:
        asked = [n for n in state.data.get("asked", []) if n not in problems]
        values = {k: v for k, v in self._values(state).items() if k not in problems}
        data = {**state.data, "asked": asked, "values": values}
        first = next(iter(problems.values()))
        nxt = State(flow=self.name, step="field", data=data, last=dict(state.last))
        return self._next(env, nxt, t("letter.field_bad", problem=first[:300]))

    def _preview(self, env: Env, state: State) -> Turn:
        letter_id = str(state.data["letter"])
        try:
            view = env.services.fill_letter(letter_id, self._values(state), env.ctx.today)
        except LetterProblems as exc:
            return self._ask_again(env, state, exc.problems)
        rows = [[button("letter.make_pdf", "l:pdf")], [button("letter.restart", "l:restart")], cancel_row()]
        nxt = State(flow=self.name, step="preview", data=dict(state.data), last=dict(state.last))
        return turn(nxt, Reply(text=f"{t('letter.preview')}\n\n{view.preview}", buttons=rows))

    def _pdf(self, env: Env, state: State) -> Turn:
        letter_id = str(state.data["letter"])
        try:
            view = env.services.letter_pdf(letter_id, self._values(state), env.ctx.today)
        except LetterProblems as exc:
            return self._ask_again(env, state, exc.problems)
        except ServiceUnavailable:
            return turn(state, Reply(text=t("letter.pdf_failed"), buttons=[back_row()]))
        document = Document(filename=view.filename, content=view.pdf, mime="application/pdf")
        last = {"kind": "letter", "verdict": "inconclusive", "codes": [f"letter.{letter_id}"]}
        sent = Reply(text=t("letter.pdf_sent"), documents=[document])
        future = [d for d in view.deadlines if d.due > env.ctx.today]
        if not future:
            return turn(State(last=last), sent, Reply(text=t("menu.prompt"), buttons=[back_row()]))
        deadline = future[0]
        data = {"due": deadline.due.isoformat(), "what": deadline.what[:200]}
        offer = Reply(
            text=t("letter.reminder_offer", due=french_date(deadline.due), what=deadline.what),
            buttons=[[button("letter.reminder_yes", "rm:yes"), button("letter.reminder_no", "rm:no")]],
        )
        return turn(State(flow=self.name, step="reminder", data=data, last=last), sent, offer)

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
