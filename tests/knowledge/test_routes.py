"""The complaint router: every route is sourced, and the order puts safety first."""

import pytest

from checks.router import DISTRESS_ROUTE, ORDER, ProblemId, UnknownProblem, problem_label, routes_for
from knowledge.routes import load
from knowledge.wording import placeholders


def ids(problem: ProblemId | str) -> list[str]:
    return [route.id for route in routes_for(problem)]


def test_every_problem_in_code_has_a_label_in_data_and_back() -> None:
    assert {p.value for p in ProblemId} == set(load().problems)
    assert set(ORDER) == set(ProblemId)


@pytest.mark.parametrize("route_id", sorted(load().routes))
def test_each_route_is_sourced_and_reachable(route_id: str) -> None:
    route = load().route(route_id)
    assert route.sources and all(s.url.startswith(("https://", "http://")) for s in route.sources)
    assert route.link or route.phone
    assert route.purpose and route.not_for and route.prepare


@pytest.mark.parametrize("problem", list(ProblemId))
def test_each_problem_gives_several_distinct_known_routes(problem: ProblemId) -> None:
    found = ids(problem)
    assert len(found) >= 3
    assert len(found) == len(set(found))
    assert problem_label(problem)


def test_distress_always_puts_the_3114_first() -> None:
    first = routes_for(ProblemId.distress)[0]
    assert first.id == DISTRESS_ROUTE and first.phone == "3114"
    assert "24h/24" in (first.phone_note or "")


def test_money_difficulties_lead_to_help_and_still_offer_the_3114() -> None:
    found = ids("money_difficulties")
    assert found.index("cresus") < found.index(DISTRESS_ROUTE)
    assert "banque_de_france" in found


def test_a_scam_is_reported_never_mediated() -> None:
    found = ids(ProblemId.scam_or_phishing)
    assert found[:3] == ["report_33700", "pharos", "police_complaint"]
    assert "consumer_mediator" not in found
    assert "collector_in_writing" not in found  # you do not write to a scammer


@pytest.mark.parametrize("problem", list(ProblemId))
def test_the_mediator_is_never_first_and_comes_after_writing_to_the_collector(problem: ProblemId) -> None:
    found = ids(problem)
    assert found[0] != "consumer_mediator"
    if "consumer_mediator" in found:
        assert found.index("collector_in_writing") < found.index("consumer_mediator")


def test_personal_data_goes_to_the_collector_then_the_cnil() -> None:
    assert ids("personal_data_misuse")[:2] == ["collector_in_writing", "cnil"]


def test_a_seizure_threat_points_to_free_legal_advice_first() -> None:
    assert ids("seizure_threat")[0] == "point_justice"


def test_sourced_phone_numbers_are_the_ones_of_the_fact_sheet() -> None:
    routes = load().routes
    assert routes["info_escroqueries"].phone == "0 805 805 817"
    assert routes["reponseconso"].phone == "0 809 540 550"
    assert routes["banque_de_france"].phone == "34 14"
    assert routes["report_33700"].phone == "33700"
    assert routes["cnil"].phone is None  # the CNIL number found was on old pages: not shown


def test_the_mediator_route_says_intrum_s_mediator_was_not_found() -> None:
    caveat = load().route("consumer_mediator").caveat or ""
    assert "pas trouvé" in caveat and "Intrum" in caveat
    assert "2238" in load().route("consumer_mediator").purpose


@pytest.mark.parametrize("bad", ["", "arnaque", "DISTRESS", "distress "])
def test_an_unknown_problem_is_a_clear_error(bad: str) -> None:
    with pytest.raises(UnknownProblem, match="scam_or_phishing"):
        routes_for(bad)


def test_route_texts_are_plain_sentences_without_placeholders() -> None:
    for route in load().routes.values():
        for text in (route.name, route.purpose, route.not_for, route.phone_note or "", route.caveat or ""):
            assert placeholders(text) == set() and "<" not in text
