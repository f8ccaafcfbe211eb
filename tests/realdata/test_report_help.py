"""Asking a report for help prints its usage and measures nothing (no held-out aggregate is shown by mistake)."""

from __future__ import annotations

import pytest

from tests.realdata import blind_report, category_report, fresh_report, links_tuning, messages_report


@pytest.mark.parametrize(
    "report", [blind_report, category_report, fresh_report, links_tuning, messages_report]
)
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_prints_the_usage_and_runs_nothing(
    report: object, flag: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_measure(*_: object, **__: object) -> None:
        raise AssertionError("a report measured on --help")

    for module in (report, fresh_report):
        monkeypatch.setattr(module, "verdicts", no_measure, raising=False)
    monkeypatch.setattr(links_tuning, "check_tuning", no_measure)
    assert report.main([flag]) == 0  # type: ignore[attr-defined]
    out = capsys.readouterr().out
    assert out.strip() == (report.__doc__ or "").strip()  # the usage, no table
