"""Check: a number, a link, a message (typed, forwarded or in a screenshot) gets its verdict, then the
follow-ups the verdict offers. Diagram: docs/flows/check.mmd.

The verdict is kept as ``LastResult`` for the follow-up buttons; no dialogue runs between them.
"""

from __future__ import annotations

import asyncio
import logging
import re

from bot.conversation.actions import Act
from bot.conversation.flows import calltime, letter
from bot.conversation.model import LastResult, Reply
from bot.conversation.render import (
    check_details,
    check_reply,
    next_step_buttons,
    reason_lines,
    todo_text,
)
from bot.conversation.services import CheckInputError, CheckView, ImageUnreadable, ServiceUnavailable
from bot.conversation.table import Call, FlowTable, On, Outcome, Row, Target, done, stay
from bot.conversation.texts import back_row, button, t
from bot.store.base import StoreError
from checks import understand as understanding
from checks.detect import detect_kind, strip_invisible
from checks.message_links import find_and_check_links
from checks.message_numbers import find_numbers
from knowledge.understanding import fold

log = logging.getLogger(__name__)
OCR_QUOTE_CHARS = 600
# Findings of a message check that are only about the number or link it contains.
_ABOUT_THE_CONTACT = ("message.link_", "message.number_", "message.sender_link_consistent")
_LONGEST_ASKING = 40  # words: beyond this, a text around a number or link is more than a question about it
_MOST_ASKED_ABOUT = 3  # contacts answered one by one; more is a pasted list, answered as a message
_WITHOUT_NUMBERS_RE = re.compile(r"(?:\+|00)?\d(?:[\s.\-]?\d){3,}")


def prompt() -> Reply:
    return Reply(text=t("check.prompt"), buttons=[back_row()])


async def check(call: Call, text: str, *, forwarded_from: str | None = None, typed: bool = True) -> Outcome:
    """The verdict on ``text``, with its reasons and next steps; it becomes the last result. ``typed``:
    the person wrote it (not a forward, not a screenshot), so it may be a question about one contact."""
    try:
        view = call.env.services.check(text)
        things = (
            (_number_and_quote(text) or _things_asked_about(call, text, view))
            if typed and forwarded_from is None
            else []
        )
        views = [call.env.services.check(thing) for thing in things] or [view]
    except CheckInputError as exc:
        key = "check.too_long" if exc.code == "too_long" else "check.empty"
        return done(Reply(text=t(key, limit="100 000"), buttons=[back_row()]))
    except ServiceUnavailable:
        return done(Reply(text=t("check.unavailable"), buttons=[back_row()]))
    # "0612345678 et 0970280830 ils m'appellent tous les deux": each contact gets the answer it gets alone;
    # the last one is the result "Pourquoi ?" and the next steps refer to.
    replies = [
        check_reply(one, forwarded_from=forwarded_from, community=await _community(call, one))
        for one in views
    ]
    # The buttons ("Pourquoi ?", "Signaler"…) act on the last result only, so only the last answer has them.
    replies = [reply.model_copy(update={"buttons": []}) for reply in replies[:-1]] + replies[-1:]
    view = views[-1]
    last = LastResult(
        kind=view.kind,
        verdict=view.verdict,
        codes=view.codes[:50],
        target_kind=view.target_kind,
        target=view.target,
        official=view.official,
        details=check_details(view),
    )
    return done(*replies, last=last)


# "0756432198 il ma envoyé ca : votre dossier est transmis au service contentieux rappelez nous" (third hunt,
# 01/12/2026): a number, a few words saying it sent something, then the words it sent. Both are checked, each as it
# would be alone: the number's allocation, and the quoted text's own signs.
_NUMBER_THEN_QUOTE_RE = re.compile(
    r"^\s*(?P<number>\+?\d[\d .\-]{7,18}\d)\s+(?P<told>[^:\n]{2,50}?)\s*:\s*(?P<quote>\S.{10,})$", re.DOTALL
)
_SENT_RE = re.compile(r"\b(?:envoy\w{0,4}|ecrit|dit|disait|recu|message|sms|texto|mail)\b")


def _number_and_quote(text: str) -> list[str]:
    """The number and the quoted words of "<numéro> il m'a envoyé ça : <texte>", or nothing."""
    match = _NUMBER_THEN_QUOTE_RE.match(text)
    if match is None or _SENT_RE.search(fold(match["told"])) is None:
        return []
    number, quote = match["number"].strip(), match["quote"].strip()
    if detect_kind(number) != "number" or detect_kind(quote) != "message":
        return []
    return [number, quote]


def _things_asked_about(call: Call, text: str, view: CheckView) -> list[str]:
    """ "on m'a envoyé ce lien myintrum.fr c'est normal ?": the person asks about one number or link (or a
    few), so each gets the answer it gets when typed alone. A received message (sender marks), or a text that
    asks for something the lawfulness check has a word on, keeps the message's verdict."""
    if view.kind != "message" or detect_kind(text) != "message" or len(text.split()) > _LONGEST_ASKING:
        return []
    if any(section.findings for section in view.sections[1:]):
        return []
    if not all(code.startswith(_ABOUT_THE_CONTACT) for code in (f.code for f in view.sections[0].findings)):
        return []  # the words around it say something of their own (a scam story, a request)
    seen = understanding.understand(text, call.env.ctx.today)
    # "0612345678 c qui", "+33 6 12 34 56 78 c qui" (fifth hunt, 01/12/2026): a few words beside it ask about it
    few = (
        len(find_and_check_links(text)) + len(find_numbers(text)) >= 1
        and len(_WITHOUT_NUMBERS_RE.sub(" ", text).split()) <= 3
    )
    if seen.shapes or not (seen.own_voice or seen.asks or few):
        return []
    things = [n.raw for n in find_numbers(text)] + [link.checked for link in find_and_check_links(text)]
    return things if 1 <= len(things) <= _MOST_ASKED_ABOUT else []


# Said in the first line of "c'est qui ?" (a shown number or a site's name proves nothing): not repeated.
_WHO_SAID = frozenset({"number.spoofing"})


async def who_is_it(call: Call) -> Outcome:
    """ "0970280830" then "c'est qui ?": what is known of who is behind the number or link last checked
    (its allocation, a press citation, an official owner), first saying that a shown number or a name
    proves nothing. With nothing checked yet, what to send."""
    last = call.last
    if last is not None and last.kind == "message" and not last.target:
        # Nothing single to look up (no number or link, or several): the analysis already said who.
        return done(Reply(text=t("check.who_message"), buttons=next_step_buttons("message", details=True)))
    if last is None or last.target_kind is None or not last.target:
        return done(prompt())
    try:
        view = call.env.services.check(_national(last.target))
    except (CheckInputError, ServiceUnavailable):
        return done(prompt())
    section = view.sections[0]
    kept = section.model_copy(update={"findings": [f for f in section.findings if f.code not in _WHO_SAID]})
    key = "check.who_number" if view.kind == "number" else "check.who_link"
    lines = [t(key, subject=view.subject), *reason_lines(kept, 3)]
    if len(lines) == 1:
        lines.append(t("check.who_nothing"))
    buttons = next_step_buttons(view.kind, details=bool(last.details))
    return done(Reply(text="\n".join(lines), buttons=buttons))


def _national(target: str) -> str:
    """ "+33970280830" as people write it ("09 70 28 08 30"); any other target as it is."""
    if target.startswith("+33") and len(target) == 12 and target[1:].isdigit():
        national = "0" + target[3:]
        return " ".join(national[i : i + 2] for i in range(0, 10, 2))
    return target


async def _community(call: Call, view: CheckView) -> str:
    if view.target_kind is None or not view.target or view.official:
        return ""
    try:
        stats = await call.env.store.report_stats(view.target_kind, view.target)
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


async def _forwarded(call: Call) -> Outcome:
    return await check(call, call.text, forwarded_from=call.inp.forwarded_from)


async def _image(call: Call) -> Outcome:
    """Read the screenshot, then check what it says together with its caption."""
    try:
        # Tesseract takes seconds: keep the event loop (other chats) running meanwhile.
        read = await asyncio.to_thread(call.env.services.ocr, call.inp.payload or b"")
    except ServiceUnavailable:
        return stay(Reply(text=t("ocr.unavailable"), buttons=[back_row()]))
    except ImageUnreadable as exc:
        return stay(Reply(text=str(exc), buttons=[back_row()]))
    read = strip_invisible(read).strip()
    caption = call.text
    if not read and not caption:
        return stay(Reply(text=t("ocr.empty"), buttons=[back_row()]))
    combined = "\n".join(part for part in (caption, read) if part)
    result = await check(call, combined, forwarded_from=call.inp.forwarded_from, typed=False)
    if read:
        quoted = read if len(read) <= OCR_QUOTE_CHARS else read[:OCR_QUOTE_CHARS] + "…"
        result.replies.insert(0, Reply(text=f"{t('ocr.read')}\n{quoted}"))
    return result


async def _prompt(call: Call) -> Outcome:
    return done(prompt())


async def _todo(call: Call) -> Outcome:
    """What to do after this verdict, with the guide cards its findings point to."""
    codes = list(call.last.codes) if call.last else []
    try:
        cards = call.env.services.cards_for_codes(codes)
    except ServiceUnavailable:
        cards = []
    rows = [[button(Act.card, c.id, label=c.label)] for c in cards[:4]]
    text = todo_text(call.last.verdict if call.last else "inconclusive")
    return done(Reply(text=text, buttons=[*rows, [button(Act.next_report)], back_row()]))


async def _details(call: Call) -> Outcome:
    """The full reasons of the last answer, with their sources; a dialogue in progress (the prescription's
    "most recent sum?") goes on after them."""
    last = call.last
    if last is None or not last.details:
        return stay(Reply(text=t("next.no_details"), buttons=[back_row()]))
    if last.kind in {"number", "link", "message"}:
        return stay(Reply(text=last.details, buttons=next_step_buttons(last.kind)))
    if last.kind == "prescription":
        rows = [
            [button(Act.next_letter), button(Act.prescription_restart)],
            [button(Act.next_wrong), button(Act.menu)],
        ]
        if call.dialogue is not None and call.dialogue.step == "last_due":
            rows.insert(0, [button(Act.last_due_single)])
        return stay(Reply(text=last.details, buttons=rows))
    return stay(Reply(text=last.details, buttons=calltime.after_answer_buttons()))


async def _when(call: Call) -> Outcome:
    return await calltime.start(call)


async def _letter(call: Call) -> Outcome:
    return await letter.start(call)


TABLE = FlowTable(
    name="check",
    doc="Is this contact genuine? A verdict with its reasons, then the follow-ups it offers.",
    rows=(
        Row(None, Act.open_check, _prompt, {Target.idle: "ask what to check"}),
        Row(None, On.forwarded, _forwarded, {Target.idle: "verdict on the message, its origin named"}),
        Row(
            None,
            On.image,
            _image,
            {
                Target.idle: "text read (quoted), verdict on it and the caption",
                Target.stay: "unreadable or no OCR: said why",
            },
        ),
        Row(
            None,
            Act.next_todo,
            _todo,
            {Target.idle: "what to do for this verdict, the guide cards its findings point to"},
        ),
        Row(
            None,
            Act.next_details,
            _details,
            {Target.stay: "the full reasons of the last answer, with their sources"},
        ),
        Row(None, Act.next_when, _when, {calltime.Step.when: "ask when they called"}),
        Row(
            None,
            Act.next_letter,
            _letter,
            {letter.Step.choose: "choose a letter", Target.idle: "no letters available: said"},
        ),
    ),
)
