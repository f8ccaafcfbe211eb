"""Finding links inside a message: defanged or not, with or without scheme, punctuation left outside."""

from __future__ import annotations

import pytest

from checks.links import find_links


def raws(text: str) -> list[str]:
    return [m.raw for m in find_links(text)]


def test_positions_point_at_the_text() -> None:
    text = (
        "INTRUM: Dernier avis avant saisie. Réglez maintenant sur hxxps://myintrum-fr[.]com/payer "
        "ou sur www.intrum-paiement.fr. Infos : (https://www.intrum.fr/) et intrum.fr."
    )
    matches = find_links(text)
    assert [m.raw for m in matches] == [
        "hxxps://myintrum-fr[.]com/payer",
        "www.intrum-paiement.fr",
        "https://www.intrum.fr/",
        "intrum.fr",
    ]
    for m in matches:
        assert text[m.start : m.end] == m.raw


def test_scheme_less_link_with_a_path() -> None:
    assert raws("Payez ici : x-paiement.com/abc, merci") == ["x-paiement.com/abc"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Allez sur intrum.fr.", ["intrum.fr"]),
        ("Le site (intrum.fr) est le bon", ["intrum.fr"]),
        ("«intrum.fr»", ["intrum.fr"]),
        (
            "voir https://fr.wikipedia.org/wiki/Intrum_(entreprise) !",
            ["https://fr.wikipedia.org/wiki/Intrum_(entreprise)"],
        ),
        ("lien: bit.ly/3xYz?", ["bit.ly/3xYz"]),
        ("hxxp://antai-amende(.)fr/pay", ["hxxp://antai-amende(.)fr/pay"]),
        ("myintrum-fr[dot]com", ["myintrum-fr[dot]com"]),
        ("https[:]//evil.top/x", ["https[:]//evil.top/x"]),
        ("https://www.intrum.fr@203.0.113.45/ vite", ["https://www.intrum.fr@203.0.113.45/"]),
        ("Site : WWW.INTRUM.FR", ["WWW.INTRUM.FR"]),
    ],
)
def test_links_found_in_french_sentences(text: str, expected: list[str]) -> None:
    assert raws(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Écrivez à contact@intrum.fr pour toute question",
        "Montant : 248,90 EUR, soit 12.50 de frais",
        "Rendez-vous le 22.11.2026 à 14h30",
        "Votre dossier est clos.Merci de votre confiance",
        "le montant.De plus vous devez payer",
        "Voir le fichier rapport.pdf ou document.zip",
        "M.Dupont vous rappellera",
        "bonjour",
        "",
    ],
)
def test_no_false_links(text: str) -> None:
    assert raws(text) == []


def test_email_domain_is_not_taken_as_a_link_but_a_real_link_next_to_it_is() -> None:
    assert raws("Écrivez à jean.info@intrum.fr ou allez sur intrum.fr") == ["intrum.fr"]


def test_unicode_and_homoglyph_links_are_found() -> None:
    text = "Payez sur https://\u0456ntrum.fr/payer maintenant"
    assert raws(text) == ["https://\u0456ntrum.fr/payer"]
