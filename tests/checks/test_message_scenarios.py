"""Messages judged by scenario: a known scam story plus what the scam needs, in the name of someone we know.

The rule of issue 10: a message in the name of a known organisation that follows a scam scenario is at least
suspicious even when its link was cut off; with an unofficial link or number it is likely a scam. Genuine
messages (a status line, a reminder on the official site, a code you must never share) stay unflagged.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checks.message import MessageResult, analyse_message
from checks.result import Verdict
from checks.text_normalise import normalise
from knowledge import lures, message_signals, organisations, scenarios
from knowledge.base import KnowledgeError, validate
from knowledge.organisations import Directory, Organisation, OrgKind
from knowledge.scenarios import ScenarioFile, literal_keys
from tests.realdata.split import items

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}
# The scenario finding, or an older finding telling the same story in the same words (kept instead of it).
STORY = {
    "message.scenario",
    "message.parcel_fee",
    "message.refund_bait",
    "message.cpf",
    "message.family_emergency",
    "message.account_blocked",
    "message.suspicious_operation",
}


def codes(result: MessageResult) -> set[str]:
    return {f.code for f in result.findings}


# --- A story and a request, even with the link cut off ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour c'est le livreur, votre colis ne rentrait pas dans la boite aux lettres, choisissez un nouveau creneau sur…",
        "Un solde de 6,80 euros reste impaye, merci de regulariser la situation avant le 4 novembre",
        "Votre remboursement d'impot est disponible. Merci de mettre a jour vos informations pour en beneficier",
        "URGENT : vous allez perdre vos droits CPF. Consultez votre solde et reclamez votre formation 100% financee",
        "Coucou maman c moi, g perdu mon tel, ecris moi sur whatsapp a ce numero stp",
        "Nos agents ont constaté que votre véhicule n'était pas équipé de la vignette Crit'Air. Veuillez la récupérer sur le lien ci-joint",
    ],
)
def test_a_scam_story_with_its_request_is_flagged_without_any_link(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict in FLAGGED
    assert STORY & codes(result)


def test_the_finding_names_the_scenario_quotes_the_story_and_says_what_the_real_sender_does() -> None:
    text = "INFO: votre amende de stationnement est impayee, regularisez avant majoration"
    result = analyse_message(text)
    found = next(f for f in result.findings if f.code == "message.scenario")
    assert "amende impayée" in found.message
    assert "amendes.gouv.fr" in found.message  # the advice of the scenario data
    assert found.span is not None and text[found.span[0] : found.span[1]] in found.message


def test_a_known_organisation_with_a_scam_story_and_a_cut_link_is_at_least_suspicious() -> None:
    result = analyse_message(
        "Colissimo : votre colis est bloque, frais de reexpedition 1,99 eur a regler sur…"
    )
    assert result.verdict in FLAGGED
    assert "message.scenario_impersonation" in codes(result) and STORY & codes(result)


def test_a_known_organisation_a_scam_story_and_an_unofficial_number_is_a_scam() -> None:
    text = (
        "Votre banque : un nouvel appareil a ete ajoute a votre compte. Si ce n'est pas vous, appelez votre "
        "conseiller au 09 77 12 34 56"
    )
    result = analyse_message(text)
    assert result.verdict is Verdict.likely_scam
    contact = next(f for f in result.findings if f.code == "message.scenario_unofficial_contact")
    assert contact.span is not None and text[contact.span[0] : contact.span[1]] == "09 77 12 34 56"


def test_a_known_organisation_a_scam_story_and_an_unofficial_link_is_a_scam() -> None:
    result = analyse_message("ameli : votre carte vitale expire, renouvelez la sur ameli-renouvellement.com")
    assert result.verdict is Verdict.likely_scam
    assert {"message.scenario_impersonation", "message.impersonation_link"} <= codes(result)


def test_the_organisations_catalogue_is_where_brand_names_come_from(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new catalogue entry is recognised in messages without touching message_signals.toml."""
    base = organisations.load()
    entry: dict[str, object] = {
        "id": "transporteur_test",
        "name": "Expressolis Livraisons",
        "kind": OrgKind.creditor,
        "description": "Transporteur fictif pour ce test.",
        "source": "test",
        "checked": "2026-11-30",
        "domains": [{"domain": "expressolis.fr", "role": "site", "source": "test", "checked": "2026-11-30"}],
    }
    if "category" in Organisation.model_fields:  # the catalogue groups organisations by category
        entry["category"] = "carrier"
    newcomer = Organisation.model_validate(entry)
    directory = Directory(
        organisations={**base.organisations, newcomer.id: newcomer},
        by_domain=base.by_domain,
        by_number=base.by_number,
    )
    monkeypatch.setattr(organisations, "load", lambda: directory)
    message_signals.load.cache_clear()
    try:
        body = next(b for b in message_signals.load().bodies if b.id == "org_transporteur_test")
        assert body.domains == ["expressolis.fr"]
        assert re.fullmatch(body.patterns[0], "expressolis livraisons")
        result = analyse_message(
            "Expressolis Livraisons : votre colis est bloque, payez 1,99 eur de frais sur…"
        )
        impersonation = next(f for f in result.findings if f.code == "message.scenario_impersonation")
        assert "Expressolis Livraisons" in impersonation.message
    finally:
        monkeypatch.undo()
        message_signals.load.cache_clear()


# --- Genuine messages stay unflagged -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Votre colis est en attente de distribution et sera livré prochainement",
        "La livraison de votre colis a été reportée pour absence du destinataire",
        "Bonjour, pensez à déclarer vos revenus sur impots.gouv.fr. Besoin d'aide ? Appelez le 0809401401 (appel non surtaxé).",
        "Pour valider votre paiement de 45,90 EUR chez FNAC, saisissez le code 482913. Ne communiquez jamais ce code.",
        "En ce moment, des SMS frauduleux circulent, prétendument envoyés par votre banque et vous alertant d'une "
        "opération suspecte sur votre compte. Méfiez-vous !",
        "Madame, pour le compte de notre client Orange, la facture du 12/03 de 61,20 € reste due. Si vous rencontrez "
        "des difficultés, un échéancier peut vous être proposé.",
        "ALERTE INONDATION. Message de la préfecture de Police. Crue de la Seine",
    ],
)
def test_genuine_messages_that_tell_the_same_stories_are_not_flagged(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict not in FLAGGED, [f.code for f in result.findings]
    assert not (STORY | {"message.scenario_impersonation"}) & codes(result)


def test_one_story_told_twice_in_the_same_words_is_one_reason() -> None:
    result = analyse_message(
        "Colissimo : votre colis est bloque, frais de reexpedition 1,99 eur a regler sur…"
    )
    quoted = [f.span for f in result.findings if f.code in STORY]
    assert len(quoted) == 1


def test_a_notification_whose_links_are_all_official_is_not_judged_by_its_story() -> None:
    result = analyse_message(
        "Impots : votre remboursement de 120 € est disponible sur https://www.impots.gouv.fr/accueil"
    )
    assert "message.scenario" not in codes(result)
    assert result.verdict is not Verdict.likely_scam


# --- The data --------------------------------------------------------------------------------------------------


def test_every_scenario_is_sourced_and_dated_and_asks_for_known_requests() -> None:
    loaded = scenarios.load()
    ids = [c.scenario.id for c in loaded.scenarios]
    assert len(ids) == len(set(ids)) >= 15
    assert {
        "parcel",
        "fine",
        "vitale_card",
        "refund",
        "cpf",
        "bank_alert",
        "account",
        "toll",
        "collector",
        "family_emergency",
        "prize",
        "investment",
        "fake_purchase",
        "marketplace",
    } <= set(ids)
    for compiled in loaded.scenarios:
        assert compiled.scenario.sources and all(
            s.url.startswith("https://") for s in compiled.scenario.sources
        )
        assert set(compiled.scenario.asks) <= set(loaded.requests)


def test_a_scenario_asking_for_an_unknown_request_is_refused() -> None:
    raw = {
        "request": [{"id": "pay", "patterns": ["payer"]}],
        "scenario": [
            {
                "id": "x",
                "label": "x",
                "advice": "x",
                "asks": ["fly"],
                "patterns": ["colis"],
                "sources": [{"url": "https://example.org", "title": "t", "checked": "2026-11-30"}],
            }
        ],
    }
    parsed = validate(Path("scenarios.toml"), raw, ScenarioFile)
    with pytest.raises(KnowledgeError, match="unknown request 'fly'"):
        scenarios._compile(parsed)


def test_an_unbounded_pattern_or_a_source_without_https_is_refused() -> None:
    good_source = {"url": "https://example.org", "title": "t", "checked": "2026-11-30"}
    for scenario in (
        {"patterns": ["colis.*"], "sources": [good_source]},
        {"patterns": ["colis"], "sources": [{**good_source, "url": "http://example.org"}]},
    ):
        raw = {
            "request": [{"id": "pay", "patterns": ["payer"]}],
            "scenario": [{"id": "x", "label": "x", "advice": "x", "asks": ["pay"], **scenario}],
        }
        with pytest.raises(KnowledgeError):
            validate(Path("scenarios.toml"), raw, ScenarioFile)


def test_literal_keys_are_what_every_match_must_contain() -> None:
    assert literal_keys("colis") == {"colis"}
    assert literal_keys("(?:compte|acces) (?:bloque|suspendu)") == {"compte", "acces"}
    assert literal_keys("payez?") == {"paye"}
    assert literal_keys("(?<!pas )repond\\w{1,4}") == {"repond"}
    assert literal_keys("\\d{1,2} eur") == set("0123456789")
    assert literal_keys("(?:vous )?embauche") == {"vous ", "embauche"}
    assert literal_keys("colis|livreur") == {"colis", "livreur"}
    assert literal_keys("colis|\\d{2} eur") == {"colis", *"0123456789"}
    assert literal_keys("\\w{2} eur") is None
    assert literal_keys("(?:vous)?") is None
    assert literal_keys("^bonjour") is None


def test_the_literal_prefilter_never_changes_a_result() -> None:
    """Every matcher gives the same answer with and without its prefilter, on every real message."""
    texts = [str(item["text"]) for name in ("messages_real", "messages_extra") for item in items(name)]
    texts += ["", "a", "5 eur", "l'amende", "+33 6 12", "Coucou maman c'est moi", "x" * 50 + " colis"]
    loaded = scenarios.load()
    matchers = [c.story for c in loaded.scenarios]
    matchers += [c.bait for c in loaded.scenarios if c.bait is not None]
    matchers += list(loaded.requests.values())
    matchers += [family.matcher for family in lures.load().families]
    families = [family.regex for family in message_signals.load().families]
    families.append(message_signals.load().body_regex)
    for text in texts:
        folded = normalise(text).folded
        for matcher in matchers:
            fast = matcher.search(folded)
            slow = matcher.regex.search(folded)
            assert (fast.span() if fast else None) == (slow.span() if slow else None), matcher.regex.pattern[
                :80
            ]
        for family in families:
            found = [match.span() for _, match in family.finditer(folded)]
            assert found == [match.span() for match in family.regex.finditer(folded)], family.regex.pattern[
                :80
            ]
