"""The calculator's input and output models, shared by ``checks.prescription`` and its engine."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict


class PrescriptionInputError(ValueError):
    """The input cannot be computed; ``str(error)`` is a plain-French message for the user."""


class Event(BaseModel):
    """One dated event; ``kind`` is an id of ``knowledge.prescription.EVENT_KINDS``."""

    model_config = ConfigDict(frozen=True)

    kind: str
    on: date


class RuleRef(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    article: str
    duration: str | None  # ISO 8601 ("P2Y"); None for the unknown debt type (1 to 10 years)


class PrescriptionResult(BaseModel):
    """Serialises (``model_dump(mode="json")``) to the CLI's JSON keys; ``open_from`` only when set.

    ``open_from``: for a debt made of several sums (rents, bills), the first due date whose sum is not
    prescribed at the date of the calculation; the sums due before it are. None when there is no such split.

    ``withheld``: the code said instead of "prescribed" (``prescription.seizure_reported``,
    ``prescription.public_unsettled``, see ``prescription_guard``) when the dates alone say "prescribed" (all or
    part) but a seizure was reported or the creditor is public; ``prescribed``, ``expiry`` and ``open_from`` stay
    what the dates alone give, and the explanation says why no verdict is given. Serialised only when set.

    ``explanation_code``: the stable code of the explanation (its wording key, ``prescription.explanation.<key>``):
    ``open`` (the creditor must still go to court), ``open_title`` (an enforceable title the creditor executes,
    L111-4), ``open_public`` (a public creditor recovers without a judge), ``open_forclusion``, ``prescribed``,
    ``forclosed``, ``by_instalment``, ``all_instalments``, ``withheld_seizure``, ``withheld_public``, ``unknown``…
    """

    model_config = ConfigDict(frozen=True)

    prescribed: bool
    expiry: date | None
    rule: RuleRef
    steps: list[str]
    explanation: str
    explanation_code: str
    caveats: list[str]
    open_from: date | None = None
    withheld: str | None = None
