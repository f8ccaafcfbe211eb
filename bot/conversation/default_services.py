"""The real services: the project's checks and knowledge behind the conversation's small view models.

Each feature imports its module lazily and turns an import or data failure into ``ServiceUnavailable``, so a
missing piece disables one button, never the whole bot.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from bot.conversation.services import (
    CalltimeView,
    CardView,
    CheckInputError,
    CheckView,
    Choice,
    Deadline,
    FindingView,
    ImageUnreadable,
    LetterField,
    LetterProblems,
    LetterView,
    PrescriptionView,
    Section,
    ServiceUnavailable,
)
from bot.conversation.texts import t
from checks.detect import detect_kind, strip_invisible
from knowledge import intents as intent_rules

MAX_CHECK_CHARS = 100_000


def findings_of(items: Any) -> list[FindingView]:
    return [
        FindingView(code=f.code, severity=str(f.severity), message=f.message, source=f.source) for f in items
    ]


def section_of(result: Any, title_key: str = "") -> Section:
    return Section(
        title_key=title_key,
        verdict=str(result.verdict),
        summary=str(result.summary),
        findings=findings_of(result.findings),
    )


class DefaultServices:
    """Services backed by checks/ and knowledge/."""

    # --- checks -------------------------------------------------------------------------------------

    def detect(self, text: str) -> Literal["number", "link", "message"]:
        return detect_kind(text)

    def check(self, text: str) -> CheckView:
        if not strip_invisible(text).strip():
            raise CheckInputError("empty")
        if len(text) > MAX_CHECK_CHARS:
            raise CheckInputError("too_long")
        kind = detect_kind(text)
        try:
            if kind == "number":
                from checks.numbers import check_number

                return self._number_view(check_number(text))
            if kind == "link":
                from checks.links import check_link

                return self._link_view(check_link(text))
            from checks.message import analyse_message

            return self._message_view(analyse_message(text))
        except ImportError as exc:
            raise ServiceUnavailable(str(exc)) from exc

    def _number_view(self, result: Any) -> CheckView:
        info = result.number
        e164 = info.e164 or ""
        shown = strip_invisible(info.input).strip()[:40] or e164
        votable = e164.startswith("+")
        return CheckView(
            kind="number",
            subject=shown,
            sections=[section_of(result)],
            target_kind="number" if votable else None,
            target=e164 if votable else "",
            official=bool(info.known_as),
        )

    def _link_view(self, result: Any) -> CheckView:
        info = result.link
        return CheckView(
            kind="link",
            subject=info.display,
            sections=[section_of(result)],
            target_kind="domain" if info.domain else None,
            target=info.domain,
            official=info.official_for is not None,
        )

    def _message_view(self, result: Any) -> CheckView:
        from checks.message import shown_lawfulness
        from knowledge.wording import text as wording_text

        lawfulness, law_findings = shown_lawfulness(result)
        law = Section(
            title_key="check.lawful_title",
            labels="lawfulness",
            verdict=lawfulness,
            summary=wording_text(f"message.lawfulness.{lawfulness}"),
            findings=findings_of(law_findings),
        )
        who = Section(
            title_key="check.who_title",
            verdict=str(result.verdict),
            summary=wording_text(f"message.summary.{result.verdict}"),
            findings=findings_of(result.findings),
        )
        return CheckView(kind="message", sections=[who, law])

    def ocr(self, data: bytes) -> str:
        try:
            from bot.ocr import OcrError, OcrUnavailable, image_to_text
        except ImportError as exc:
            raise ServiceUnavailable(str(exc)) from exc
        try:
            return str(image_to_text(data))
        except OcrUnavailable as exc:
            raise ServiceUnavailable(str(exc)) from exc
        except OcrError as exc:
            raise ImageUnreadable(str(exc)) from exc

    # --- dates and call time ------------------------------------------------------------------------

    def parse_date(self, text: str, today: date) -> date | None:
        from checks.dates import parse_date

        # A DateError keeps a future date in ``value`` so the dialogue can say so; other errors give None.
        return parse_date(text, today).value

    def parse_calltime(self, text: str, now: datetime) -> datetime | None:
        """Full dates ("15/03/2026 à 20h15") as the calltime module reads them; also "dimanche 21h",
        "hier à 7h30", "aujourd'hui 21h": the day is resolved against ``now`` (the most recent such day)."""
        from checks.calltime import parse_spoken_calltime

        return parse_spoken_calltime(text, now)

    def calltime(self, moment: datetime, now: datetime, department: str | None = None) -> CalltimeView:
        """``department``: where the person lives (their holidays and time zone); mainland by default."""
        from checks.calltime import CallTimeError, check_calltime, format_when

        try:
            result = check_calltime(moment, department, now=now)
        except CallTimeError:  # a department the data does not know: the mainland answer, as before
            result = check_calltime(moment, now=now)
        return CalltimeView(
            when=format_when(datetime.fromisoformat(result.local_time)),
            section=section_of(result),
            in_future=result.in_future,
            enforcement_allowed=result.enforcement_allowed,
        )

    # --- prescription -------------------------------------------------------------------------------

    def debt_types(self) -> list[Choice]:
        try:
            from knowledge import prescription as law
        except ImportError as exc:
            raise ServiceUnavailable(str(exc)) from exc
        return [Choice(id=r.id, label=r.short[:1].upper() + r.short[1:]) for r in law.load().rules.values()]

    def prescription(
        self,
        debt_type: str,
        start: date,
        events: list[tuple[str, date]],
        today: date,
        last_due: date | None = None,
    ) -> PrescriptionView:
        try:
            from checks.prescription import Event, PrescriptionInputError, compute
        except ImportError as exc:
            raise ServiceUnavailable(str(exc)) from exc
        try:
            result = compute(debt_type, start, [Event(kind=k, on=d) for k, d in events], today, last_due)
        except PrescriptionInputError as exc:
            raise ValueError(str(exc)) from exc
        parts = [result.explanation, *result.caveats]
        codes = [
            f"prescription.{result.rule.id}",
            "prescription.prescribed" if result.prescribed else "prescription.running",
        ]
        if result.open_from is not None:  # answered by instalment: the most recent sum is worth asking
            codes.append("prescription.by_instalment")
        codes.append(
            result.explanation_code
        )  # "prescription.explanation.open_title"…: which explanation was given
        return PrescriptionView(
            text="\n\n".join(p for p in parts if p.strip()),
            codes=codes,
            prescribed=result.prescribed,
            expiry=result.expiry,
            open_from=result.open_from,
            explanation=result.explanation,
            rule_id=result.rule.id,
            rule=_period(result.rule.duration, result.rule.article),
        )

    # --- guide and routes ---------------------------------------------------------------------------

    def cards(self) -> list[Choice]:
        from knowledge import guide

        return [Choice(id=card.id, label=card.title) for card in guide.load().cards.values()]

    def card(self, card_id: str) -> CardView | None:
        from knowledge import guide

        card = guide.load().cards.get(card_id)
        if card is None:
            return None
        sources = "\n".join(
            f"• {s.label}" + (f" : {s.url}" if getattr(s, "url", None) else "") for s in card.sources
        )
        return CardView(
            id=card.id,
            title=card.title,
            text="\n\n".join([*card.paragraphs, f"{t('rights.sources')}\n{sources}"]),
            summary=card.summary,
        )

    def card_for_topic(self, topic: str) -> CardView | None:
        return self.card(topic)

    def cards_for_codes(self, codes: list[str]) -> list[Choice]:
        from knowledge import guide

        known = guide.load().cards
        by_code = intent_rules.load().finding_cards
        wanted = [card for code in codes for card in by_code.get(code, [])] + ["verify_collector"]
        return [Choice(id=i, label=known[i].title) for i in dict.fromkeys(wanted) if i in known]

    def problems(self) -> list[Choice]:
        from knowledge import routes

        return [Choice(id=p.id, label=p.label) for p in routes.load().problems.values()]

    def routes_text(self, problem: str) -> str:
        from checks.router import routes_for

        blocks = []
        for route in routes_for(problem):
            lines = [f"▸ {route.name}", route.purpose]
            contact = " ; ".join(part for part in (route.phone and f"☎ {route.phone}", route.link) if part)
            if contact:
                lines.append(contact + (f" ({route.phone_note})" if route.phone_note else ""))
            lines.append(f"⚠ {route.not_for}")
            if route.caveat:
                lines.append(route.caveat)
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)

    # --- letters ------------------------------------------------------------------------------------

    def letters(self) -> list[Choice]:
        from checks.letters import letter_ids, template

        return [Choice(id=i, label=template(i).title) for i in letter_ids()]

    def letter_fields(self, letter_id: str) -> list[LetterField]:
        from checks.letters import UnknownLetter, template

        try:
            letter = template(letter_id)
        except UnknownLetter as exc:
            raise KeyError(letter_id) from exc
        return [
            LetterField(
                name=f.name,
                label=f.label,
                hint=f.help or "",
                required=f.required,
                choices=[Choice(id=c.value, label=c.label) for c in f.choices],
            )
            for f in letter.fields
        ]

    def _filled(self, letter_id: str, fields: dict[str, str], today: date) -> Any:
        from checks.letters import LetterValidationError, fill_letter

        try:
            return fill_letter(letter_id, fields, today)
        except LetterValidationError as exc:
            raise LetterProblems({p.field: p.message for p in exc.problems}) from exc

    def fill_letter(self, letter_id: str, fields: dict[str, str], today: date) -> LetterView:
        filled = self._filled(letter_id, fields, today)
        return LetterView(
            preview=filled.text,
            deadlines=[Deadline(due=d.date, what=d.label) for d in filled.deadlines],
        )

    def letter_pdf(self, letter_id: str, fields: dict[str, str], today: date) -> LetterView:
        try:
            from bot.letter_pdf import render_pdf
        except ImportError as exc:
            raise ServiceUnavailable(str(exc)) from exc
        filled = self._filled(letter_id, fields, today)
        return LetterView(
            preview=filled.text,
            deadlines=[Deadline(due=d.date, what=d.label) for d in filled.deadlines],
            pdf=render_pdf(filled),
            filename=f"lettre-{letter_id.replace('_', '-')}-{today.isoformat()}.pdf",
        )


def _period(duration: str | None, article: str) -> str:
    """ "P1Y", "art. L34-2…" -> "1 an (art. L34-2…)"; "" when the period is not known (unknown debt type)."""
    if duration is None or not duration.startswith("P") or duration[-1] not in "YM":
        return ""
    count = duration[1:-1]
    if not count.isdigit():
        return ""
    unit = ("an" if count == "1" else "ans") if duration[-1] == "Y" else "mois"
    return f"{count} {unit} ({article})"
