"""The link knowledge is sourced, consistent with the directory, and bad data fails at load."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.result import Evidence, finding
from knowledge import link_signals, organisations, wording
from knowledge.base import KnowledgeError, validate

CODE_FILE = Path(__file__).resolve().parents[2] / "checks" / "links.py"


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
    assert {"duckdns.org", "ddns.net"} <= set(signals.dynamic_dns)
    assert {"login", "connexion"} <= signals.login_words
    assert {"colis", "amende", "peage"} <= signals.scenario_words
    assert {"paiement", "amende", "huissier", "recouvrement", "dossier"} <= signals.bait_words


def test_brands_come_from_the_catalogue_and_point_at_its_domains() -> None:
    signals = link_signals.load()
    directory = organisations.load()
    for token, domain in signals.brands.items():
        owner = directory.owner_of_token(token)
        assert owner is not None, token
        assert domain in {d.domain for d in owner.domains}
    assert signals.brands["chronopost"] == "chronopost.fr"
    assert {"orange", "free", "vitale"} <= signals.weak_brands
    assert "intrum" not in signals.weak_brands


def test_a_brand_token_named_by_two_organisations_fails_at_load(monkeypatch: pytest.MonkeyPatch) -> None:
    def with_stolen_token(path: Path, raw: object, model: type[organisations.OrganisationFile]) -> object:
        parsed = validate(path, raw, model)
        if path.name != "carriers.toml":
            return parsed
        first = parsed.organisation[0].model_copy(update={"brand_tokens": ["intrum"]})
        return parsed.model_copy(update={"organisation": [first, *parsed.organisation[1:]]})

    monkeypatch.setattr("knowledge.organisations.validate", with_stolen_token)
    organisations.load.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match=r"brand token 'intrum'"):
            organisations.load()
    finally:
        organisations.load.cache_clear()


def test_a_brand_token_without_an_official_domain_is_refused() -> None:
    raw = {
        "organisation": [
            {
                "id": "x",
                "name": "X",
                "kind": "creditor",
                "category": "bank",
                "description": "d",
                "source": "s",
                "checked": "2026-11-30",
                "brand_tokens": ["xbank"],
            }
        ]
    }
    with pytest.raises(KnowledgeError, match="brand tokens need an official domain"):
        validate(Path("banks.toml"), raw, organisations.OrganisationFile)


def test_a_brand_token_with_a_hyphen_is_refused() -> None:
    raw = {
        "organisation": [
            {
                "id": "x",
                "name": "X",
                "kind": "creditor",
                "category": "bank",
                "description": "d",
                "source": "s",
                "checked": "2026-11-30",
                "domains": [{"domain": "x.fr", "role": "r", "source": "s", "checked": "2026-11-30"}],
                "brand_tokens": ["x-bank"],
            }
        ]
    }
    with pytest.raises(KnowledgeError, match="brand_tokens"):
        validate(Path("banks.toml"), raw, organisations.OrganisationFile)


def test_a_malformed_shortener_names_the_file_and_field() -> None:
    raw = {
        "shorteners": [{"domains": ["https://bit.ly"], "source": "x", "checked": "2026-11-22"}],
        "free_hosting": [],
        "abused_tlds": [],
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
        "bait_words": [],
        "pretend_suffix_words": [],
        "glue_words": [],
    }
    with pytest.raises(KnowledgeError, match="source"):
        validate(Path("signals.toml"), raw, link_signals.LinkSignalsFile)


def test_the_advice_added_after_the_verdict_is_neutral() -> None:
    # check_link reads the verdict once, then adds these two: they must never move it.
    unknown = finding("link.unknown", domain="exemple[.]fr")
    never = finding("link.org_never", who="Orange", says="rien")
    assert unknown.evidence is Evidence.neutral
    assert never.evidence is Evidence.neutral
