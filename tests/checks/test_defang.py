"""Links are always shown unclickable, and a link the user already defanged is not mangled."""

import pytest

from checks.url_parse import defang


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("https://www.intrum.fr/", "hxxps://www[.]intrum[.]fr/"),
        ("hxxps://myintrum-fr[.]com/payer", "hxxps://myintrum-fr[.]com/payer"),
        ("intrum-paiement[.]com.fr", "intrum-paiement[.]com[.]fr"),
    ],
)
def test_defang_shows_every_dot_once_unclickable(raw: str, shown: str) -> None:
    assert defang(raw) == shown
    assert defang(defang(raw)) == shown
