"""What the user pasted decides which check runs."""

import pytest

from checks.detect import detect_kind


@pytest.mark.parametrize(
    "text",
    [
        "04 72 80 14 14",
        "+33 (0)9 48 12 34 56",
        "0692 12 34 56",
        "+225 07 12 34 56 78",
        "06.12.34.56.78",
        "0033 1 23 45 67 89",
        "3414",
        "06 12 34 56 7O",
        "  0612345678\u200b ",
    ],
)
def test_a_lone_number_is_a_number(text: str) -> None:
    assert detect_kind(text) == "number"


@pytest.mark.parametrize(
    "text",
    [
        "hxxps://myintrum-fr[.]com/payer",
        "https://www.intrum.fr@203.0.113.45/",
        "intrum.fr",
        "www.intrum.fr",
        "bit.ly/3xYz",
        "https://signal.conso.gouv.fr/",
        "myintrum-fr(.)com",
    ],
)
def test_a_lone_link_is_a_link(text: str) -> None:
    assert detect_kind(text) == "link"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "bonjour",
        "Votre dossier 4521 est en retard, appelez le 09 70 28 08 30",
        "Dernier avis avant saisie : réglez sur intrum-paiement.com",
        "😀😀😀",
        "Le 12/03",
        "15/03/2022",
        "2022-03-15",
        "15.03.2022",
        "21:30",
    ],
)
def test_anything_else_is_a_message(text: str) -> None:
    assert detect_kind(text) == "message"
