"""A port written with digits that are not ASCII ("²", Arabic-Indic digits) is no port: the link check answers
"invalid" instead of crashing (the fuzz test found "0:²")."""

from __future__ import annotations

import pytest

from checks.links import check_link
from checks.result import Verdict


@pytest.mark.parametrize("text", ["0:²", "site.fr:²", "exemple.fr:٣٠/page", "http://a.fr:99999/"])
def test_a_port_that_is_no_number_makes_an_invalid_link_not_a_crash(text: str) -> None:
    result = check_link(text)
    assert [f.code for f in result.findings] == ["link.invalid"]
    assert result.verdict is Verdict.inconclusive


def test_an_ordinary_port_is_still_read() -> None:
    assert check_link("https://intrum.fr:443/").link.domain == "intrum.fr"
