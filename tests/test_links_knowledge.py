"""The link knowledge is sourced, consistent with the directory, and bad data fails at load."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import base, link_signals, organisations, wording
from knowledge.base import KnowledgeError, validate

CODE_FILE = Path(__file__).resolve().parents[1] / "checks" / "links.py"


def test_every_link_finding_used_in_code_has_wording() -> None:
    import re

    used = set(re.findall(r'"(link\.[a-z_]+)"', CODE_FILE.read_text(encoding="utf-8")))
    assert used, "the check uses finding codes"
    defined = {code for code in wording.load().findings if code.startswith("link.")}
    assert used <= defined
    assert defined <= used, f"wording never used: {sorted(defined - used)}"


def test_official_public_services_listed_with_sources() -> None:
    directory = organisations.load()
    for domain in [
        "service-public.fr",
        "economie.gouv.fr",
        "signal.conso.gouv.fr",
        "cnil.fr",
        "33700.fr",
        "cybermalveillance.gouv.fr",
        "17cyber.gouv.fr",
        "banque-france.fr",
        "abe-infoservice.fr",
        "antai.gouv.fr",
        "impots.gouv.fr",
        "ameli.fr",
        "internet-signalement.gouv.fr",
        "bloctel.gouv.fr",
        "legifrance.gouv.fr",
        "justice.fr",
        "cresus.org",
        "3114.fr",
        "interieur.gouv.fr",
        "masecurite.interieur.gouv.fr",
    ]:
        owner = directory.owner_of_domain(domain)
        assert owner is not None, domain
        assert owner[1].source.strip()


def test_signals_are_loaded_and_sourced() -> None:
    signals = link_signals.load()
    assert {
        "bit.ly",
        "tinyurl.com",
        "t.co",
        "cutt.ly",
        "is.gd",
        "rebrand.ly",
        "shorturl.at",
        "ow.ly",
        "t.ly",
        "s.id",
    } <= set(signals.shorteners)
    assert {
        "web.app",
        "firebaseapp.com",
        "github.io",
        "sites.google.com",
        "netlify.app",
        "000webhostapp.com",
    } <= set(signals.free_hosting)
    assert "top" in signals.abused_tlds
    assert signals.abused_tlds["top"].source.startswith("https://www.cybercrimeinfocenter.org/")
    assert signals.brands["intrum"] == "intrum.fr"
    assert {"paiement", "amende", "huissier", "recouvrement", "dossier"} <= signals.bait_words


def test_a_brand_pointing_at_an_unlisted_domain_fails_at_load(monkeypatch: pytest.MonkeyPatch) -> None:
    original = base.load_file

    def with_bad_brand(name: str, model: type[link_signals.LinkSignalsFile]) -> link_signals.LinkSignalsFile:
        parsed = original(name, model)
        group = parsed.brands[0]
        bad = group.model_copy(
            update={"names": [link_signals.Brand(name="intrum", domain="intrum-paiement.com")]}
        )
        return parsed.model_copy(update={"brands": [bad]})

    monkeypatch.setattr("knowledge.link_signals.load_file", with_bad_brand)
    link_signals.load.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match=r"link_signals\.toml.*intrum-paiement\.com"):
            link_signals.load()
    finally:
        link_signals.load.cache_clear()


def test_a_malformed_shortener_names_the_file_and_field() -> None:
    raw = {
        "shorteners": [{"domains": ["https://bit.ly"], "source": "x", "checked": "2026-11-22"}],
        "free_hosting": [],
        "abused_tlds": [],
        "brands": [],
        "bait_words": [],
        "pretend_suffix_words": [],
        "glue_words": [],
    }
    with pytest.raises(KnowledgeError, match=r"signals\.toml: shorteners\.0\.domains"):
        validate(Path("signals.toml"), raw, link_signals.LinkSignalsFile)


def test_a_source_is_required() -> None:
    raw = {
        "shorteners": [{"domains": ["bit.ly"], "checked": "2026-11-22"}],
        "free_hosting": [],
        "abused_tlds": [],
        "brands": [],
        "bait_words": [],
        "pretend_suffix_words": [],
        "glue_words": [],
    }
    with pytest.raises(KnowledgeError, match="source"):
        validate(Path("signals.toml"), raw, link_signals.LinkSignalsFile)
