"""The verdict is a pure function of the findings; no finding is never 'safe'."""

from checks.result import Evidence, Finding, Severity, Verdict, verdict_of


def f(severity: Severity, evidence: Evidence = Evidence.risk) -> Finding:
    return Finding(code="test.x", severity=severity, message="m", evidence=evidence)


def test_no_finding_is_inconclusive_never_safe() -> None:
    assert verdict_of([]) is Verdict.inconclusive


def test_one_critical_is_enough_for_likely_scam() -> None:
    assert verdict_of([f(Severity.critical)]) is Verdict.likely_scam


def test_one_high_alone_is_only_suspicious() -> None:
    assert verdict_of([f(Severity.high)]) is Verdict.suspicious


def test_two_converging_high_signals_make_likely_scam() -> None:
    assert verdict_of([f(Severity.high), f(Severity.high)]) is Verdict.likely_scam


def test_low_signals_alone_stay_inconclusive() -> None:
    assert verdict_of([f(Severity.low), f(Severity.info, Evidence.neutral)]) is Verdict.inconclusive


def test_legit_evidence_without_risk_is_likely_legit() -> None:
    assert verdict_of([f(Severity.info, Evidence.legit)]) is Verdict.likely_legit


def test_risk_outweighs_legit_evidence() -> None:
    assert verdict_of([f(Severity.info, Evidence.legit), f(Severity.high)]) is Verdict.suspicious


def test_finding_serialises_to_exactly_four_keys() -> None:
    assert set(f(Severity.low).model_dump(mode="json")) == {"code", "severity", "message", "source"}
