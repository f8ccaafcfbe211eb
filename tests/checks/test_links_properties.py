"""Whatever people paste, the link check answers, and what it shows can never be clicked."""

from __future__ import annotations

import json
import re
import socket
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.links import LinkResult, check_link, find_links
from checks.result import Verdict

_PLAIN_DOT_IN_NAME = re.compile(r"[a-z0-9-]\.[a-z]", re.IGNORECASE)


def assert_valid(result: LinkResult) -> None:
    data = json.loads(json.dumps(result.model_dump(mode="json")))
    assert set(data) == {"kind", "verdict", "findings", "summary", "link"}
    assert data["kind"] == "link"
    assert Verdict(data["verdict"]) in Verdict
    assert data["findings"], "every answer explains itself with at least one finding"
    display = result.link.display
    assert "http://" not in display.lower() and "https://" not in display.lower()
    assert "." not in display.replace("[.]", ""), display
    if "." in result.link.domain:
        assert result.link.domain not in display
    for f in result.findings:
        assert "http://" not in f.message.lower() and "https://" not in f.message.lower()


parts = st.sampled_from(
    [
        "https://",
        "http://",
        "hxxps://",
        "hxxp[:]//",
        "www.",
        "intrum",
        "іntrum",
        "myintrum",
        "-fr",
        "-paiement",
        ".fr",
        "[.]",
        "(.)",
        ".com",
        ".gouv.fr",
        ".top",
        "@",
        "203.0.113.45",
        "/payer",
        "?x=https://a.b",
        ":8080",
        "[",
        "]",
        "\u200b",
        "\u202e",
        "\x00",
        "😀",
        "é",
        "xn--",
        " ",
        ".",
        "..",
        "%2e",
        "\\",
    ]
)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_gives_a_valid_result(text: str) -> None:
    assert_valid(check_link(text))


@settings(max_examples=250, deadline=None)
@given(st.lists(parts, max_size=12).map("".join))
def test_link_shaped_garbage_gives_a_valid_result(text: str) -> None:
    assert_valid(check_link(text))


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_find_links_positions_always_point_at_the_text(text: str) -> None:
    for match in find_links(text):
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.raw


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a" * 100_000,
        "intrum.fr/" + "x" * 100_000,
        ("https://intrum.fr " * 6000)[:100_000],
        "😀" * 1000,
        "\u202eintrum.fr\u202c",
        "\u200b\u200c\u200d\ufeff",
        "\x00\x01\x02 intrum.fr \x00",
        "https://" + "a." * 200 + "fr",
        "http://[::1",
        "http://[zz::1]/",
        "https://intrum.fr:abc/",
        "xn--zzzz.fr",
        "https://xn--.fr",
    ],
)
def test_hostile_inputs_give_a_valid_result(text: str) -> None:
    assert_valid(check_link(text))


def test_the_check_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the link check must never use the network")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for link in [
        "https://www.intrum.fr/",
        "hxxps://myintrum-fr[.]com/payer",
        "bit.ly/3xYz",
        "https://exemple-inconnu.fr",
    ]:
        assert_valid(check_link(link))
