"""``verif-recouvrement prescription``: is my debt prescribed?

``prescription [--json] --debt-type ID --start YYYY-MM-DD [--last-due YYYY-MM-DD] [--event ID:YYYY-MM-DD]...
[--as-of YYYY-MM-DD]``
``--as-of`` defaults to today: the only place the clock is read. Options are parsed here, not by argparse
types or ``choices``, so every bad value gets a French message and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from checks import prescription_guard as guard
from checks.calendar_fr import french, years_french
from checks.prescription import PrescriptionInputError, PrescriptionResult, compute, parse_date, parse_event
from knowledge import prescription as law
from knowledge.wording import text as t

EXIT_OK = 0
EXIT_INPUT = 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "prescription",
        help="calculer si une dette est prescrite",
        description="Calcule si une dette est prescrite (ou forclose) à une date, d'après sa nature et ses événements.",
    )
    parser.add_argument("--json", action="store_true", help="sortie JSON")
    parser.add_argument("--debt-type", metavar="ID", help="nature de la dette : " + ", ".join(law.DEBT_TYPES))
    parser.add_argument("--start", metavar="AAAA-MM-JJ", help="point de départ (date où la somme était due)")
    parser.add_argument(
        "--last-due",
        metavar="AAAA-MM-JJ",
        help="date de la dernière somme impayée, si la dette en compte plusieurs (loyers, factures)",
    )
    parser.add_argument(
        "--event",
        action="append",
        default=[],
        metavar="ID:AAAA-MM-JJ",
        help="événement daté, répétable : " + ", ".join(law.EVENT_KINDS),
    )
    parser.add_argument("--as-of", metavar="AAAA-MM-JJ", help="date du calcul (par défaut : aujourd'hui)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, today: date | None = None) -> int:
    today = today or date.today()
    try:
        if not args.debt_type:
            raise PrescriptionInputError(t("prescription.error.missing_option", option="--debt-type"))
        if not args.start:
            raise PrescriptionInputError(t("prescription.error.missing_option", option="--start"))
        start = parse_date(args.start)
        as_of = parse_date(args.as_of) if args.as_of else today
        events = [parse_event(spec) for spec in args.event]
        last_due = parse_date(args.last_due) if args.last_due else None
        result = compute(args.debt_type.strip(), start, events, as_of, last_due)
    except PrescriptionInputError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_INPUT
    if as_of > today:
        result = result.model_copy(
            update={"caveats": [t("prescription.cli.future_as_of", as_of=french(as_of)), *result.caveats]}
        )
    if args.json:
        data = result.model_dump(mode="json")
        if data["withheld"] is not None:
            # A tool that reads only "prescribed" must not see a verdict the answer withholds: false means "not
            # established" here, as for the unknown debt type; nor "open_from" (older sums said prescribed).
            data["prescribed"] = False
            data["open_from"] = None
        if data["open_from"] is None:  # the shape other tools know, unless the answer is by instalment
            del data["open_from"]
        if data["withheld"] is None:  # only when a seizure or a public creditor forbids "prescribed"
            del data["withheld"]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(render_text(result, args.debt_type.strip(), start, as_of))
    return EXIT_OK


def render_text(result: PrescriptionResult, debt_type: str, start: date, as_of: date) -> str:
    """Readable French for a terminal: what applies, what each event did, the answer, what to know."""
    lines = [t("prescription.cli.title", label=law.load().rule(debt_type).label)]
    rule = law.load().rule(result.rule.id)  # the governing rule: a served judgment replaces the original one
    if rule.duration is None:
        lines.append(t("prescription.cli.rule_unknown", article=rule.article))
    else:
        lines.append(t("prescription.cli.rule", article=rule.article, duration=years_french(rule.years)))
    lines.append(t("prescription.cli.start_hint", hint=law.load().rule(debt_type).start))
    lines.append(t("prescription.cli.start", start=french(start), as_of=french(as_of)))
    lines.append("")
    if result.steps:
        lines.append(t("prescription.cli.steps"))
        lines.extend(f"  - {step}" for step in result.steps)
    else:
        lines.append(t("prescription.cli.no_steps"))
    lines.extend(["", _verdict(result), "", result.explanation, "", t("prescription.cli.caveats")])
    lines.extend(f"  - {caveat}" for caveat in result.caveats)
    return "\n".join(lines)


def _verdict(result: PrescriptionResult) -> str:
    forclusion = law.load().rule(result.rule.id).nature is law.Nature.forclusion
    if result.rule.id == "unknown":
        return t("prescription.cli.verdict_unknown")
    if result.expiry is None:
        return t("prescription.cli.verdict_no_expiry")
    if result.withheld == guard.SEIZURE_REPORTED:
        return t("prescription.cli.verdict_seizure_reported")
    if result.withheld == guard.PUBLIC_UNSETTLED:
        return t("prescription.cli.verdict_public_unsettled")
    if result.open_from is not None:
        return t("prescription.cli.verdict_partly", open_from=french(result.open_from))
    if result.prescribed:
        key = "verdict_forclosed" if forclusion else "verdict_prescribed"
    else:
        key = "verdict_open_forclusion" if forclusion else "verdict_open"
    return t(f"prescription.cli.{key}", expiry=french(result.expiry))
