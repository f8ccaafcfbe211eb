"""The channel-free conversation: one user input and the saved state in, replies and the next state out.

Order of precedence on every input, whatever dialogue is running:
1. commands (/menu, /annuler, /start…) always work;
2. words of distress are answered first (3114 and help routes), then the rest of the message;
3. a running dialogue gets the input if it is an answer to its question;
4. otherwise the input is understood on its own: a number, a link, a message, a photo, or a question
   routed by the intent rules of knowledge/intents.toml. Nothing is met with silence.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from bot.conversation.context import Context
from bot.conversation.env import Env, Flow, turn
from bot.conversation.flows import CalltimeFlow, FeedbackFlow, PrescriptionFlow
from bot.conversation.letter_flow import LetterFlow
from bot.conversation.model import STATE_VERSION, Button, InputKind, Reply, State, Turn, UserInput
from bot.conversation.render import check_reply, todo_text
from bot.conversation.safety import defang_untrusted
from bot.conversation.services import (
    CheckInputError,
    CheckView,
    ImageUnreadable,
    Services,
    ServiceUnavailable,
)
from bot.conversation.texts import back_row, button, cancel_row, main_menu, menu_reply, t
from bot.store.base import ConversationState, OfficialTargetError, Store, StoreError
from checks.detect import strip_invisible
from knowledge import intents as intent_rules
from knowledge.intents import Action, Match

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 100_000
_ARTEFACT_RE = re.compile(
    r"(?:\d[\s.\-]?){8,}|https?://|hxxps?://|www\.|\b[\w-]+\.(?:fr|com|net|org|info|top|xyz|io|co)\b", re.I
)
_WORD_RE = re.compile(r"\w", re.UNICODE)

FLOWS: dict[str, Flow] = {
    flow.name: flow for flow in (CalltimeFlow(), PrescriptionFlow(), FeedbackFlow(), LetterFlow())
}


class Conversation:
    """The bot's brain, shared by every channel."""

    def __init__(
        self,
        services: Services,
        store: Store,
        *,
        retention_days: int = 30,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.services = services
        self.store = store
        self.retention_days = retention_days
        self.clock = clock
        self.rules = intent_rules.load()

    # --- entry points -------------------------------------------------------------------------------

    async def handle(self, user_key: str, inp: UserInput, *, chat_id: int = 0) -> list[Reply]:
        """Load the chat's state, answer, save the next state (so a restart resumes here)."""
        saved = await self.store.get_state(user_key)
        state = State.from_json(saved.data) if saved and saved.version == STATE_VERSION else State()
        ctx = Context(user_key=user_key, chat_id=chat_id, now=self.clock())
        result = await self.respond(state, inp, ctx)
        replies = [
            reply.model_copy(update={"text": defang_untrusted(reply.text)}) for reply in result.replies
        ]
        if result.state.data.get("forgotten"):
            return replies
        if result.state == State():
            if saved is not None:
                await self.store.clear_state(user_key)
        else:
            await self.store.save_state(
                user_key, ConversationState(data=result.state.to_json(), version=STATE_VERSION)
            )
        return replies

    async def respond(self, state: State, inp: UserInput, ctx: Context) -> Turn:
        try:
            return await self._respond(state, inp, ctx)
        except ServiceUnavailable as exc:
            log.warning("feature unavailable: %s", type(exc).__name__)
            return turn(state.idle(), Reply(text=t("check.unavailable"), buttons=main_menu()))

    async def _respond(self, state: State, inp: UserInput, ctx: Context) -> Turn:
        env = Env(services=self.services, store=self.store, ctx=ctx)
        if inp.kind is InputKind.command:
            return await self._command(env, state, inp)
        if inp.kind is InputKind.button:
            return await self._button(env, state, inp.data)
        if inp.kind is InputKind.unsupported:
            return self._unsupported(state, inp.detail)
        if inp.kind is InputKind.image:
            return await self._image(env, state, inp)
        return await self._text(env, state, inp.text, forwarded_from=inp.forwarded_from)

    # --- commands -----------------------------------------------------------------------------------

    async def _command(self, env: Env, state: State, inp: UserInput) -> Turn:
        name = inp.command
        if name == "start":
            intro = Reply(text=f"{t('start.intro')}\n\n{t('start.keeps')}")
            return turn(state.idle(), intro, menu_reply("start.menu_prompt"))
        if name == "menu":
            return turn(state.idle(), menu_reply())
        if name in {"annuler", "cancel", "stop"}:
            key = "help.cancelled" if state.flow else "help.nothing_to_cancel"
            return turn(state.idle(), menu_reply(key))
        if name in {"aide", "help"}:
            return turn(state.idle(), Reply(text=t("help.text"), buttons=main_menu()))
        if name == "confidentialite":
            return turn(state.idle(), self._policy())
        if name == "mesdonnees":
            return turn(state.idle(), await self._my_data(env))
        if name == "oubli":
            rows = [[button("privacy.forget_yes", "o:yes"), button("privacy.forget_no", "o:no")]]
            return turn(state.idle(), Reply(text=t("privacy.forget_confirm"), buttons=rows))
        if name in {"verifier", "check"} and inp.text:
            return await self._text(env, state.idle(), inp.text, forwarded_from=None)
        safe = re.sub(r"[^\w]", "", name)[:32] or "?"
        return turn(state, Reply(text=t("help.unknown_command", command=safe), buttons=main_menu()))

    def _policy(self) -> Reply:
        return Reply(text=t("privacy.policy", days=self.retention_days), buttons=[back_row()])

    async def _my_data(self, env: Env) -> Reply:
        try:
            summary = await self.store.describe_user_data(env.ctx.user_key)
        except StoreError:
            return Reply(text=t("privacy.failed"), buttons=[back_row()])
        if summary.is_empty:
            return Reply(text=t("privacy.nothing"), buttons=[back_row()])
        lines = [t("privacy.summary")]
        if summary.has_state and summary.state_updated_at:
            lines.append(t("privacy.state_line", when=summary.state_updated_at.strftime("%d/%m/%Y %H:%M")))
        if summary.reports_count:
            lines.append(t("privacy.reports_line", count=summary.reports_count))
        if summary.feedback_count:
            lines.append(
                t(
                    "privacy.feedback_line",
                    count=summary.feedback_count,
                    with_text=summary.feedback_with_text_count,
                )
            )
        for reminder in summary.reminders:
            sent = t("privacy.reminder_sent") if reminder.sent else ""
            lines.append(t("privacy.reminder_line", due=reminder.due.strftime("%d/%m/%Y"), sent=sent))
        lines.append(t("privacy.forget_hint"))
        return Reply(text="\n".join(lines), buttons=[back_row()])

    # --- buttons ------------------------------------------------------------------------------------

    async def _button(self, env: Env, state: State, data: str) -> Turn:
        if data.startswith("m:"):
            return await self._menu(env, state, data[2:])
        if data.startswith("n:"):
            return await self._next_step(env, state, data[2:])
        if data.startswith("g:"):
            return self._card(env, state, data[2:])
        if data == "r:vote":
            return await self._vote(env, state)
        if data.startswith("r:p:"):
            return turn(state.idle(), self._report_reply(env, State(), data[4:]))
        if data in {"o:yes", "o:no"}:
            return await self._forget(env, state, data == "o:yes")
        if data == "p:restart":
            return await FLOWS["prescription"].start(env, state)
        if data.startswith("L:"):
            result = await FLOWS["letter"].on_button(env, state, data)
            if result is not None:
                return result
        flow = FLOWS.get(state.flow)
        if flow is not None:
            result = await flow.on_button(env, state, data)
            if result is not None:
                return result
        return turn(state.idle(), menu_reply("help.stale_button"))

    async def _menu(self, env: Env, state: State, item: str) -> Turn:
        idle = state.idle()
        if item == "check":
            return turn(idle, Reply(text=t("check.prompt"), buttons=[back_row()]))
        if item in FLOWS and item != "feedback":
            return await FLOWS[item].start(env, idle)
        if item == "rights":
            return turn(idle, self._rights_menu(env))
        if item == "report":
            return turn(idle, self._report_reply(env, State()))
        if item == "distress":
            return turn(idle, self._distress_reply())
        if item == "cancel":
            key = "help.cancelled" if state.flow else "help.nothing_to_cancel"
            return turn(idle, menu_reply(key))
        return turn(idle, menu_reply())

    async def _next_step(self, env: Env, state: State, step: str) -> Turn:
        idle = state.idle()
        if step == "when":
            return await FLOWS["calltime"].start(env, idle)
        if step == "todo":
            return turn(idle, self._todo_reply(env, state))
        if step == "report":
            return turn(idle, self._report_reply(env, state))
        if step == "letter":
            return await FLOWS["letter"].start(env, idle)
        if step == "wrong":
            return await FLOWS["feedback"].start(env, idle)
        return turn(idle, menu_reply("help.stale_button"))

    def _todo_reply(self, env: Env, state: State) -> Reply:
        codes = [str(c) for c in state.last.get("codes", [])]
        try:
            cards = env.services.cards_for_codes(codes)
        except ServiceUnavailable:
            cards = []
        rows = [[Button(label=c.label, data=f"g:{c.id}")] for c in cards[:4]]
        text = todo_text(str(state.last.get("verdict", "inconclusive")))
        return Reply(text=text, buttons=[*rows, [button("next.report", "n:report")], back_row()])

    def _report_reply(self, env: Env, state: State, problem: str = "") -> Reply:
        """Where to report: the routes for the problem the last verdict points to, or a choice of problems."""
        rows: list[list[Button]] = []
        target_kind = state.last.get("target_kind")
        if (
            target_kind in {"number", "domain"}
            and state.last.get("target")
            and not state.last.get("official")
        ):
            rows.append([button("report.vote_button", "r:vote", what=t(f"report.vote_{target_kind}"))])
        problem = problem or _problem_of(state.last)
        try:
            if problem:
                return Reply(text=env.services.routes_text(problem), buttons=[*rows, back_row()])
            choices = env.services.problems()
        except (ServiceUnavailable, ValueError, KeyError):
            return Reply(text=t("report.intro"), buttons=[*rows, back_row()])
        rows.extend([Button(label=c.label, data=f"r:p:{c.id}")] for c in choices)
        return Reply(text=t("report.choose"), buttons=[*rows, back_row()])

    async def _vote(self, env: Env, state: State) -> Turn:
        last = state.last
        kind, target = last.get("target_kind"), str(last.get("target", ""))
        if kind not in {"number", "domain"} or not target:
            return turn(state.idle(), Reply(text=t("report.nothing"), buttons=[back_row()]))
        what = t(f"report.vote_{kind}")
        try:
            before = await self.store.report_stats(kind, target, user_key=env.ctx.user_key)
            if before and before.already_reported_by_this_user:
                text = t("report.already", what=what, count=before.count)
            else:
                stats = await self.store.report(
                    env.ctx.user_key, kind, target, official=bool(last.get("official"))
                )
                text = t("report.voted", what=what, count=stats.count)
        except OfficialTargetError:
            text = t("report.official", what=what)
        except (StoreError, ValueError):
            text = t("report.nothing")
        return turn(state.idle(), Reply(text=text, buttons=[back_row()]))

    async def _forget(self, env: Env, state: State, confirmed: bool) -> Turn:
        if not confirmed:
            return turn(state.idle(), menu_reply("privacy.not_forgotten"))
        try:
            summary = await self.store.forget_user(env.ctx.user_key)
        except StoreError:
            return turn(state.idle(), Reply(text=t("privacy.failed"), buttons=[back_row()]))
        gone = State(data={"forgotten": True})
        return turn(gone, Reply(text=t("privacy.forgotten", count=summary.total), buttons=main_menu()))

    # --- cards and organisations ----------------------------------------------------------------------

    def _rights_menu(self, env: Env) -> Reply:
        try:
            cards = env.services.cards()
        except ServiceUnavailable:
            cards = []
        if not cards:
            return Reply(text=t("rights.none"), buttons=[back_row()])
        rows = [[Button(label=c.label, data=f"g:{c.id}")] for c in cards]
        return Reply(text=t("rights.intro"), buttons=[*rows, back_row()])

    def _card(self, env: Env, state: State, card_id: str) -> Turn:
        try:
            card = env.services.card(card_id)
        except ServiceUnavailable:
            card = None
        if card is None:
            return turn(state.idle(), menu_reply("help.stale_button"))
        return turn(state.idle(), self._card_reply(card.title, card.text))

    def _card_reply(self, title: str, text: str) -> Reply:
        rows = [
            [button("menu.rights", "m:rights"), button("menu.letter", "m:letter")],
            back_row(),
        ]
        return Reply(text=f"{title}\n\n{text}", buttons=rows)

    def _distress_reply(self) -> Reply:
        rows = [[button("menu.rights", "m:rights")], back_row()]
        return Reply(text=f"{t('distress.text')}\n\n{t('distress.continue')}", buttons=rows)

    # --- free input -----------------------------------------------------------------------------------

    def _unsupported(self, state: State, detail: str) -> Turn:
        key = detail if detail in {"sticker", "voice", "audio", "video", "document"} else "other"
        rows = [cancel_row()] if state.flow else main_menu()
        return turn(state, Reply(text=t(f"unsupported.{key}"), buttons=rows))

    async def _image(self, env: Env, state: State, inp: UserInput) -> Turn:
        try:
            # Tesseract takes seconds: keep the event loop (other chats) running meanwhile.
            read = await asyncio.to_thread(self.services.ocr, inp.payload or b"")
        except ServiceUnavailable:
            return turn(state, Reply(text=t("ocr.unavailable"), buttons=[back_row()]))
        except ImageUnreadable as exc:
            return turn(state, Reply(text=str(exc), buttons=[back_row()]))
        read = strip_invisible(read).strip()
        caption = inp.text.strip()
        if not read and not caption:
            return turn(state, Reply(text=t("ocr.empty"), buttons=[back_row()]))
        combined = "\n".join(part for part in (caption, read) if part)
        result = await self._text(
            env, state.idle(), combined, forwarded_from=inp.forwarded_from, force_check=True
        )
        if read:
            quoted = read if len(read) <= 600 else read[:600] + "…"
            result.replies.insert(0, Reply(text=f"{t('ocr.read')}\n{quoted}"))
        return result

    async def _text(
        self, env: Env, state: State, raw: str, *, forwarded_from: str | None, force_check: bool = False
    ) -> Turn:
        text = strip_invisible(raw).strip()
        if not text:
            rows = [cancel_row()] if state.flow else [back_row()]
            return turn(state, Reply(text=t("check.empty"), buttons=rows))
        if len(text) > MAX_TEXT_CHARS:
            return turn(state, Reply(text=t("check.too_long", limit="100 000"), buttons=[back_row()]))
        first: list[Reply] = []
        distress = self.rules.is_distress(text)
        if distress:
            first.append(self._distress_reply())
        flow = FLOWS.get(state.flow)
        if flow is not None and not forwarded_from and not force_check:
            answered = await flow.on_text(env, state, text)
            if answered is not None:
                return Turn(replies=[*first, *answered.replies], state=answered.state)
            if not self._looks_new(text) and not distress:
                hint = t("help.in_dialogue", hint=t(flow.hint_key(state)))
                return turn(state, Reply(text=hint, buttons=[cancel_row()]))
        try:
            result = await self._understand(env, state.idle(), text, forwarded_from, force_check, distress)
        except ServiceUnavailable:
            if not first:
                raise
            result = turn(state.idle(), Reply(text=t("check.unavailable"), buttons=main_menu()))
        return Turn(replies=[*first, *result.replies], state=result.state)

    def _looks_new(self, text: str) -> bool:
        """Whether a text typed during a dialogue is a new question rather than a wrong answer."""
        if self.services.detect(text) != "message" or _ARTEFACT_RE.search(text):
            return True
        match = self.rules.match(text)
        return len(text.split()) >= 8 or (match is not None and match.intent.action is not Action.help)

    async def _understand(
        self, env: Env, state: State, text: str, forwarded_from: str | None, force_check: bool, distress: bool
    ) -> Turn:
        kind = self.services.detect(text)
        if kind != "message" or forwarded_from or force_check:
            return await self._check(env, state, text, forwarded_from)
        match = next((m for m in self.rules.match_all(text) if m.intent.action is not Action.distress), None)
        words = len(text.split())
        has_artefact = bool(_ARTEFACT_RE.search(text))
        if match is not None and not has_artefact and words <= 25:
            return await self._intent(env, state, match, text)
        if has_artefact or words >= 6:
            return await self._check(env, state, text, forwarded_from)
        if distress:
            return turn(state)
        if match is not None:
            return await self._intent(env, state, match, text)
        if not _WORD_RE.search(text):
            return turn(state, Reply(text=t("help.emoji_only"), buttons=main_menu()))
        return turn(state, Reply(text=t("help.not_understood"), buttons=main_menu()))

    async def _intent(self, env: Env, state: State, match: Match, text: str) -> Turn:
        action = match.intent.action
        if action is Action.prescription:
            return await FLOWS["prescription"].start(env, state)
        if action is Action.calltime:
            return await FLOWS["calltime"].start(env, state, text)
        if action is Action.letter:
            return await FLOWS["letter"].start(env, state)
        if action is Action.card:
            try:
                card = self.services.card_for_topic(match.intent.target)
            except ServiceUnavailable:
                card = None
            if card is not None:
                return turn(state, self._card_reply(card.title, card.text))
            return turn(state, self._rights_menu(env))
        if action is Action.rights:
            return turn(state, self._rights_menu(env))
        if action is Action.report:
            return turn(state, self._report_reply(env, state))
        if action is Action.privacy:
            return turn(state, self._policy())
        if action is Action.check:
            return turn(state, Reply(text=t("check.prompt"), buttons=[back_row()]))
        return turn(state, Reply(text=t("help.text"), buttons=main_menu()))

    async def _check(self, env: Env, state: State, text: str, forwarded_from: str | None) -> Turn:
        try:
            view = self.services.check(text)
        except CheckInputError as exc:
            key = "check.too_long" if exc.code == "too_long" else "check.empty"
            return turn(state, Reply(text=t(key, limit="100 000"), buttons=[back_row()]))
        except ServiceUnavailable:
            return turn(state, Reply(text=t("check.unavailable"), buttons=[back_row()]))
        community = await self._community(view, env)
        last = {
            "kind": view.kind,
            "verdict": view.verdict,
            "codes": view.codes[:50],
            "target_kind": view.target_kind,
            "target": view.target,
            "official": view.official,
        }
        return turn(State(last=last), check_reply(view, forwarded_from=forwarded_from, community=community))

    async def _community(self, view: CheckView, env: Env) -> str:
        if view.target_kind is None or not view.target or view.official:
            return ""
        try:
            stats = await self.store.report_stats(view.target_kind, view.target)
        except (StoreError, ValueError):
            return ""
        if stats is None or stats.count <= 0:
            return ""
        return t(
            "check.community",
            count=stats.count,
            first=stats.first_seen.strftime("%d/%m/%Y"),
            last=stats.last_seen.strftime("%d/%m/%Y"),
        )


def _problem_of(last: dict[str, object]) -> str:
    """The complaint problem a last verdict points to ("" when nothing was checked)."""
    kind, verdict = last.get("kind"), last.get("verdict")
    if kind == "calltime":
        return "harassment_or_undue_hours"
    if kind in {"number", "link", "message"}:
        return "scam_or_phishing" if verdict in {"likely_scam", "suspicious"} else "disputed_debt"
    return ""


def retention_cutoff(now: datetime, days: int) -> datetime:
    return now - timedelta(days=days)
