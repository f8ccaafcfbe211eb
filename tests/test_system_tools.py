"""The system-tool rule: a missing tool fails the test under CI=true, is skipped elsewhere, and is named."""

from __future__ import annotations

import pytest

from tests import system_tools


@pytest.mark.parametrize(
    ("value", "ci"),
    [("true", True), ("1", True), ("TRUE", True), ("", False), ("false", False), ("0", False)],
)
def test_ci_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch, value: str, ci: bool) -> None:
    monkeypatch.setenv("CI", value)
    assert system_tools.in_ci() is ci


def test_no_ci_variable_means_a_developer_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert not system_tools.in_ci()


def _missing_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(system_tools.CHECKS, "tesseract", lambda: "Tesseract is not installed")


def test_a_missing_tool_fails_under_ci_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    _missing_tesseract(monkeypatch)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="Tesseract is not installed"):
        system_tools.require("tesseract")


def test_a_missing_tool_is_skipped_outside_ci_saying_why(monkeypatch: pytest.MonkeyPatch) -> None:
    _missing_tesseract(monkeypatch)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Tesseract is not installed"):
        system_tools.require("tesseract")


def test_a_tool_that_is_there_lets_the_test_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(system_tools.CHECKS, "node", lambda: None)
    monkeypatch.setenv("CI", "true")
    system_tools.require("node")  # neither fails nor skips


def test_an_unknown_tool_name_in_a_marker_is_a_mistake_not_a_skip(request: pytest.FixtureRequest) -> None:
    request.node.add_marker(pytest.mark.needs_tool("tesseract-typo"))
    with pytest.raises(ValueError, match="unknown system tool"):
        system_tools.require_marked(request.node)
