"""``verif-recouvrement calltime [--json] [--department CODE] DATETIME``: was that call at a normal hour?

The clock is read here, at the edge, and passed to the pure check as ``now``.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from knowledge.wording import text

if TYPE_CHECKING:
    from checks.calltime import CallTimeResult

# The check (holidays, time zones: ~0.1 s of imports) is imported when this command runs, not when the
# command line is built: every other sub-command would pay for it.


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "calltime",
        help="dire si l'heure d'un appel est habituelle, et ce que la loi prévoit",
        description=(
            "Dire si l'heure d'un appel est habituelle pour un recouvreur, et si elle serait permise pour du "
            "démarchage commercial ou une mesure d'exécution. Exemples : « 15/03/2025 21h30 », "
            "« 2025-03-15 21:30 », « 2025-03-15T21:30+01:00 »."
        ),
    )
    parser.add_argument("--json", action="store_true", help="afficher le résultat en JSON")
    parser.add_argument("--department", metavar="CODE", help="département du destinataire (75, 2A, 57, 974…)")
    parser.add_argument("datetime", nargs="+", metavar="DATETIME", help="date et heure de l'appel")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, *, now: datetime | None = None) -> int:
    from checks.calltime import CallTimeError, check_calltime, parse_calltime

    raw = " ".join(args.datetime)
    try:
        when = parse_calltime(raw, args.department)
        result = check_calltime(when, args.department, now=now or datetime.now(UTC))
    except CallTimeError as err:
        shown = "".join(ch for ch in err.text if ch.isprintable())[
            :60
        ]  # no control or bidi characters echoed
        print(text(f"calltime.error.{err.code.value}", text=shown), file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.model_dump(mode="json"), ensure_ascii=False))
    else:
        print(render(result))
    return 0


def render(result: CallTimeResult) -> str:
    """The readable French report."""
    from checks.calltime import format_when, utc_offset

    local = datetime.fromisoformat(result.local_time)
    lines = [
        text(
            "calltime.report.title",
            when=format_when(local),
            territory=result.territory,
            offset=utc_offset(local),
        ),
        text("calltime.report.holiday", holiday=result.holiday)
        if result.holiday
        else text("calltime.report.no_holiday"),
        text("calltime.report.usual_yes" if result.usual_hours_ok else "calltime.report.usual_no"),
    ]
    if any(f.code == "calltime.canvassing_consent_required" for f in result.findings):
        lines.append(text("calltime.report.canvassing_consent"))
    elif result.canvassing_allowed is None:
        lines.append(text("calltime.report.canvassing_none"))
    else:
        lines.append(
            text(
                "calltime.report.canvassing_yes"
                if result.canvassing_allowed
                else "calltime.report.canvassing_no"
            )
        )
    lines.append(
        text(
            "calltime.report.enforcement_yes"
            if result.enforcement_allowed
            else "calltime.report.enforcement_no"
        )
    )
    lines.append("")
    lines.append(text("calltime.report.verdict", summary=result.summary))
    for item in result.findings:
        if item.source:
            lines.append(text("calltime.report.finding_source", message=item.message, source=item.source))
        else:
            lines.append(text("calltime.report.finding", message=item.message))
    lines.append("")
    lines.append(text("calltime.report.disclaimer"))
    return "\n".join(lines)
