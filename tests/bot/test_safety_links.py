"""The last pass on outgoing text: every untrusted link is unclickable, trusted sources stay usable."""

import time

import pytest

from bot.conversation.safety import defang_untrusted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Payez sur evil-paiement.com avant ce soir", "Payez sur evil-paiement[.]com avant ce soir"),
        ("voir https://intrum-paiement.top/payer.", "voir hxxps://intrum-paiement[.]top/payer."),
        ("lien : www.faux-site.fr/x", "lien : www[.]faux-site[.]fr/x"),
        ("site a.evil.com.1/x ici", "site a[.]evil[.]com.1/x ici"),
        ("fin de phrase sur evil.com.", "fin de phrase sur evil[.]com."),
        ("Signalez sur https://signal.conso.gouv.fr/", "Signalez sur https://signal.conso.gouv.fr/"),
        ("c.-à-d. le 1.5 et la version 2.0.1", "c.-à-d. le 1.5 et la version 2.0.1"),
        ("déjà désamorcé : evil[.]com", "déjà désamorcé : evil[.]com"),
    ],
)
def test_untrusted_links_are_defanged_and_the_rest_untouched(text: str, expected: str) -> None:
    assert defang_untrusted(text) == expected


@pytest.mark.parametrize("run", ["a.", "1.", "ab.", "a-"])
def test_long_dotted_runs_take_linear_time(run: str) -> None:
    text = run * 25_000  # 50 kB: the former pattern backtracked for ~20 s on "a." runs
    start = time.perf_counter()
    out = defang_untrusted(text)
    assert time.perf_counter() - start < 2.0
    if run == "ab.":  # "ab" can be a top-level label: the run reads as one long host name, defanged
        assert out.startswith("ab[.]ab[.]")
    else:
        assert out == text


def test_a_link_in_a_reply_is_shown_as_the_link_check_shows_it() -> None:
    from checks.url_parse import defang

    assert defang_untrusted("voir https://evil-paiement.example/payer.html, vite") == (
        "voir " + defang("https://evil-paiement.example/payer.html") + ", vite"
    )
    assert "payer[.]html" in defang_untrusted("voir https://evil-paiement.example/payer.html")
