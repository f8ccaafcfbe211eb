"""Global commands and fallbacks: what works in every step, and what answers input no flow takes.
Diagram: docs/flows/general.mmd."""

from __future__ import annotations

import re

from bot.conversation.actions import Act, Command
from bot.conversation.flows import calltime, check, letter, prescription
from bot.conversation.model import Reply
from bot.conversation.table import Call, FlowTable, On, Outcome, Row, Target, done, stay
from bot.conversation.texts import cancel_row, main_menu, menu_reply, t
from bot.conversation.understand import understand

UNSUPPORTED_KINDS = frozenset({"sticker", "voice", "audio", "video", "document"})


async def _start(call: Call) -> Outcome:
    intro = Reply(text=f"{t('start.intro')}\n\n{t('start.keeps')}")
    return done(intro, menu_reply("start.menu_prompt"))


async def _menu(call: Call) -> Outcome:
    return done(menu_reply())


async def _cancel(call: Call) -> Outcome:
    if call.dialogue is None:
        return done(menu_reply("help.nothing_to_cancel"))
    return done(menu_reply("help.cancelled", what=t(f"help.cancelled_{call.dialogue.flow}")))


async def _help(call: Call) -> Outcome:
    return done(Reply(text=t("help.text"), buttons=main_menu()))


async def _verify(call: Call) -> Outcome:
    """``/verifier`` alone (with a text, the router reads the text as typed)."""
    return done(check.prompt())


async def _text(call: Call) -> Outcome:
    return await understand(call, call.text)


async def _unsupported(call: Call) -> Outcome:
    detail = call.inp.detail
    key = detail if detail in UNSUPPORTED_KINDS else "other"
    rows = [cancel_row()] if call.dialogue is not None else main_menu()
    return stay(Reply(text=t(f"unsupported.{key}"), buttons=rows))


async def _stale(call: Call) -> Outcome:
    return done(menu_reply("help.stale_button"))


async def _unknown_command(call: Call) -> Outcome:
    safe = re.sub(r"[^\w]", "", call.inp.command)[:32] or "?"
    return stay(Reply(text=t("help.unknown_command", command=safe), buttons=main_menu()))


TABLE = FlowTable(
    name="general",
    doc="Commands that work in every step, and the answers to input no flow takes.",
    rows=(
        Row(None, Command.start, _start, {Target.idle: "what the bot does and keeps, menu"}),
        Row(None, Command.menu, _menu, {Target.idle: "menu (a running dialogue ends)"}),
        Row(None, Act.menu, _menu, {Target.idle: "menu (a running dialogue ends)"}),
        Row(None, Command.cancel, _cancel, {Target.idle: "cancelled (or nothing to cancel), menu"}),
        Row(None, Act.cancel, _cancel, {Target.idle: "cancelled (or nothing to cancel), menu"}),
        Row(None, Command.help, _help, {Target.idle: "how to use the bot"}),
        Row(None, Command.verify, _verify, {Target.idle: "ask what to check (with a text: read as typed)"}),
        Row(
            None,
            On.text,
            _text,
            {
                Target.idle: "a number, link or message: verdict, follow-ups (or a card, help)",
                calltime.Step.when: "a question about a call: ask when",
                prescription.Step.type: "a question about prescription: ask the debt type",
                letter.Step.choose: "a request for a letter: choose it",
            },
        ),
        Row(None, On.unsupported, _unsupported, {Target.stay: "say what can be read"}),
        Row(None, On.unknown_button, _stale, {Target.idle: "this button is no longer valid, menu"}),
        Row(None, On.unknown_command, _unknown_command, {Target.stay: "unknown command, menu"}),
    ),
)
