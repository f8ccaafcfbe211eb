"""The thin layer between the conversation and the checks, knowledge and store of the other modules.

The conversation core only sees the small view models below. ``DefaultServices`` fills them from the real
modules (imported lazily, so a module that fails to import only disables its own feature and the bot keeps
answering everything else). Tests use the real services; nothing here is a stub.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal, Protocol

from pydantic import BaseModel, Field

TargetKind = Literal["number", "domain"]


class ServiceUnavailable(RuntimeError):
    """A feature's module is missing or its data failed to load: say so to the user, keep going."""


class ImageUnreadable(ValueError):
    """The image cannot be read (broken, too big, OCR failed); the message is plain French for the user."""


class CheckInputError(ValueError):
    """The text cannot be checked (empty, too long); ``code`` picks the wording."""

    def __init__(self, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.code = code


class Choice(BaseModel):
    id: str
    label: str


class FindingView(BaseModel):
    code: str
    severity: str
    message: str
    source: str | None = None


class Section(BaseModel):
    """One verdict with its reasons; a message has two (who is contacting, is the demand lawful)."""

    title_key: str = ""  # a bot text key, or "" for a check with a single verdict
    labels: Literal["verdict", "lawfulness"] = "verdict"  # which set of verdict labels applies
    verdict: str
    summary: str
    findings: list[FindingView] = Field(default_factory=list)


class CheckView(BaseModel):
    kind: Literal["number", "link", "message"]
    subject: str = ""  # what was checked, safe to show (number formatted, link defanged)
    sections: list[Section]
    target_kind: TargetKind | None = None  # what a community report would be about
    target: str = ""  # normalised E.164 number or registered domain
    official: bool = False  # the target is in the official directory: never voted on
    extra_lines: list[str] = Field(default_factory=list)

    @property
    def verdict(self) -> str:
        """The verdict on who is contacting (the first section); lawfulness is shown, not ranked."""
        return self.sections[0].verdict

    @property
    def codes(self) -> list[str]:
        return [f.code for s in self.sections for f in s.findings]


class CalltimeView(BaseModel):
    when: str  # the moment understood, in words ("dimanche 22 novembre 2026 à 21h00")
    section: Section
    in_future: bool = False  # a call cannot have happened later than now: a typo to ask about
    enforcement_allowed: bool = True  # may a bailiff act at that moment (L141-1): a visit, not a call


class PrescriptionView(BaseModel):
    text: str
    codes: list[str] = Field(default_factory=list)
    # For the short answer: the result itself, and the explanation alone (``text`` adds the caveats).
    prescribed: bool = False
    expiry: date | None = None
    open_from: date | None = None
    explanation: str = ""
    rule_id: str = ""
    rule: str = ""  # the period and its article, in words: "1 an (art. L34-2 du Code…)"


class LetterField(BaseModel):
    name: str
    label: str
    hint: str = ""
    required: bool = True
    choices: list[Choice] = Field(default_factory=list)  # answered with buttons when present


class LetterProblems(ValueError):
    """Some answers do not fit the letter: ``problems`` maps each field name to a French reason."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__("; ".join(problems.values()))
        self.problems = problems


class Deadline(BaseModel):
    due: date
    what: str


class LetterView(BaseModel):
    preview: str
    deadlines: list[Deadline] = Field(default_factory=list)
    pdf: bytes = b""
    filename: str = "lettre.pdf"


class CardView(BaseModel):
    """A guide card: ``summary`` is its answer in a few lines ("" when the card is short enough to send
    whole), ``text`` the whole card with its sources, one button away."""

    id: str
    title: str
    text: str
    summary: str = ""


class Services(Protocol):
    """What the conversation needs from the rest of the project."""

    def check(self, text: str) -> CheckView: ...
    def detect(self, text: str) -> Literal["number", "link", "message"]: ...
    def ocr(self, data: bytes) -> str: ...
    def parse_date(self, text: str, today: date) -> date | None: ...
    def parse_calltime(self, text: str, now: datetime) -> datetime | None: ...
    def calltime(self, moment: datetime, now: datetime, department: str | None = None) -> CalltimeView: ...
    def debt_types(self) -> list[Choice]: ...
    def prescription(
        self,
        debt_type: str,
        start: date,
        events: list[tuple[str, date]],
        today: date,
        last_due: date | None = None,
    ) -> PrescriptionView: ...
    def cards(self) -> list[Choice]: ...
    def card(self, card_id: str) -> CardView | None: ...
    def card_for_topic(self, topic: str) -> CardView | None: ...
    def cards_for_codes(self, codes: list[str]) -> list[Choice]: ...
    def problems(self) -> list[Choice]: ...
    def routes_text(self, problem: str) -> str: ...
    def letters(self) -> list[Choice]: ...
    def letter_fields(self, letter_id: str) -> list[LetterField]: ...
    def fill_letter(self, letter_id: str, fields: dict[str, str], today: date) -> LetterView: ...
    def letter_pdf(self, letter_id: str, fields: dict[str, str], today: date) -> LetterView: ...
