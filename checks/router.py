"""Complaint router: for a user's problem, the routes to take, most useful first.

Pure: no I/O beyond the cached knowledge load. The order encodes three safety rules:
- distress always puts the 3114 first, whatever else is listed;
- a scam is reported (33700, Pharos, police) — you never write to, or seek mediation with, a scammer, so
  the collector and its mediator are not offered for a scam at all;
- a litigation route (mediator) only comes after writing to the genuine collector.
"""

from __future__ import annotations

from enum import StrEnum

from knowledge import routes as routes_knowledge
from knowledge.routes import Route

__all__ = ["DISTRESS_ROUTE", "ORDER", "ProblemId", "Route", "UnknownProblem", "problem_label", "routes_for"]

DISTRESS_ROUTE = "suicide_prevention_3114"


class ProblemId(StrEnum):
    scam_or_phishing = "scam_or_phishing"  # fake collector, phishing SMS or link, payment to a scammer
    harassment_or_undue_hours = "harassment_or_undue_hours"  # repeated calls, night/Sunday calls, pressure
    undue_fees_or_threats = "undue_fees_or_threats"  # "frais de dossier", 40 €, threats of impossible actions
    disputed_debt = "disputed_debt"  # not mine, wrong amount, already paid, too old
    personal_data_misuse = "personal_data_misuse"  # where did they get my number, relatives called
    seizure_threat = "seizure_threat"  # "huissier demain", "saisie", injonction de payer received
    distress = "distress"  # the user says they are at the end of their rope
    money_difficulties = "money_difficulties"  # owes the money, cannot pay


class UnknownProblem(ValueError):
    """The problem id is not one of ``ProblemId``; the message lists the valid ids."""


ORDER: dict[ProblemId, tuple[str, ...]] = {
    ProblemId.scam_or_phishing: (
        "report_33700",
        "pharos",
        "police_complaint",
        "cyber_17cyber",
        "info_escroqueries",
    ),
    ProblemId.harassment_or_undue_hours: (
        "collector_in_writing",
        "signalconso",
        "police_complaint",
        "reponseconso",
        "consumer_mediator",
    ),
    ProblemId.undue_fees_or_threats: (
        "collector_in_writing",
        "signalconso",
        "reponseconso",
        "consumer_mediator",
        "point_justice",
    ),
    ProblemId.disputed_debt: (
        "collector_in_writing",
        "consumer_mediator",
        "point_justice",
        "reponseconso",
        "signalconso",
    ),
    ProblemId.personal_data_misuse: (
        "collector_in_writing",
        "cnil",
        "signalconso",
    ),
    ProblemId.seizure_threat: (
        "point_justice",
        "collector_in_writing",
        "info_escroqueries",
        "signalconso",
        "banque_de_france",
    ),
    ProblemId.distress: (
        DISTRESS_ROUTE,
        "cresus",
        "banque_de_france",
        "point_justice",
    ),
    ProblemId.money_difficulties: (
        "collector_in_writing",
        "cresus",
        "banque_de_france",
        "point_justice",
        DISTRESS_ROUTE,
    ),
}


def _as_problem(problem: ProblemId | str) -> ProblemId:
    try:
        return ProblemId(problem)
    except ValueError:
        valid = ", ".join(p.value for p in ProblemId)
        raise UnknownProblem(f"problème inconnu {problem!r} ; attendus : {valid}") from None


def routes_for(problem: ProblemId | str) -> list[Route]:
    """The routes for ``problem``, most useful first."""
    wanted = ORDER[_as_problem(problem)]
    if problem == ProblemId.distress and wanted[0] != DISTRESS_ROUTE:  # keep the rule even if ORDER is edited
        wanted = (DISTRESS_ROUTE, *(r for r in wanted if r != DISTRESS_ROUTE))
    known = routes_knowledge.load()
    return [known.route(route_id) for route_id in wanted]


def problem_label(problem: ProblemId | str) -> str:
    """The plain-French menu label of ``problem``."""
    return routes_knowledge.load().problems[_as_problem(problem).value].label
