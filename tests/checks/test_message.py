"""Message analysis: two answers (who is contacting me, is what they ask lawful), each finding quoting the text."""

from __future__ import annotations

import json

import pytest

from checks.message import Lawfulness, MessageResult, analyse_message, lawfulness_of
from checks.message_iban import find_ibans, mod97_ok
from checks.result import Evidence, Finding, Severity, Verdict
from checks.text_normalise import normalise


def codes(result: MessageResult) -> set[str]:
    return {f.code for f in result.findings}


def law_codes(result: MessageResult) -> set[str]:
    return {f.code for f in result.lawfulness_findings}


def quoted(result: MessageResult, code: str, text: str) -> str:
    found = next(f for f in [*result.findings, *result.lawfulness_findings] if f.code == code)
    assert found.span is not None
    return text[found.span[0] : found.span[1]]


def test_a_fake_intrum_sms_is_a_scam_and_says_why_in_the_users_words() -> None:
    text = "INTRUM: Réglez 245,90€ sous 24h sur https://intrum-paiement.com sinon un huissier passera demain."
    result = analyse_message(text)
    assert result.verdict is Verdict.likely_scam
    assert {"message.deadline", "message.impersonation_link", "message.payment_link"} <= codes(result)
    assert quoted(result, "message.deadline", text) == "sous 24h"
    deadline = next(f for f in result.findings if f.code == "message.deadline")
    assert "« sous 24h »" in deadline.message
    assert result.links and result.links[0].verdict is not Verdict.likely_legit


def test_a_neutral_intrum_sms_pointing_to_intrum_fr_is_legit_and_lawful() -> None:
    text = (
        "Bonjour, Intrum France, pour le compte de SFR : facture impayée de 89,90 €. Merci de contacter "
        "le numéro figurant sur notre courrier ou votre espace client sur intrum.fr."
    )
    result = analyse_message(text)
    assert result.verdict is Verdict.likely_legit
    assert {"message.sender_link_consistent", "message.refers_to_letter", "message.link_official"} <= codes(
        result
    )
    assert result.lawfulness is Lawfulness.lawful


def test_a_domain_only_cited_by_the_press_for_intrum_is_neither_official_nor_foreign() -> None:
    # myintrum.fr is unconfirmed (fact sheet 0.12): no "official site" wording, no impersonation either.
    result = analyse_message("Intrum : réglez votre dossier 45821 sur https://myintrum.fr/paiement")
    assert "message.link_unconfirmed" in codes(result)
    assert not {"message.sender_link_consistent", "message.link_official"} & codes(result)
    assert not {"message.impersonation_link", "message.payment_link"} & codes(result)
    assert result.verdict is Verdict.inconclusive
    reported = next(f for f in result.findings if f.code == "message.link_unconfirmed")
    assert "cité par la presse, non confirmé" in reported.message


def test_a_collector_domain_sourced_in_the_organisations_directory_is_its_own() -> None:
    result = analyse_message("Hoist Finance : votre dossier est consultable sur https://www.hoistfinance.com")
    assert "message.sender_link_consistent" in codes(result)
    assert "message.impersonation_link" not in codes(result)


def test_a_genuine_collector_claiming_recovery_fees_is_unlawful_but_not_a_scam() -> None:
    text = (
        "Cabinet Recouvra, pour le compte de SFR : facture de 60 € + 25 € de frais de recouvrement à régler."
    )
    result = analyse_message(text)
    assert result.verdict is not Verdict.likely_scam
    assert result.lawfulness is Lawfulness.unlawful
    assert quoted(result, "message.law_recovery_fees", text) == "frais de recouvrement"
    fees = next(f for f in result.lawfulness_findings if f.code == "message.law_recovery_fees")
    assert fees.source is not None and "L111-8" in fees.source


def test_the_l111_8_reminder_of_a_real_letter_is_not_a_fee_claim() -> None:
    text = (
        "Pour le compte d'Orange, facture de 61,20 € à régler. Les frais de recouvrement entrepris sans titre "
        "exécutoire restent à la charge du créancier (article L111-8)."
    )
    assert "message.law_recovery_fees" not in law_codes(analyse_message(text))


def test_40_euros_indemnity_claimed_from_a_person_is_unlawful() -> None:
    result = analyse_message(
        "Mandatés par EDF : 132,50 € de facture et l'indemnité forfaitaire de 40 € à payer."
    )
    assert "message.law_flat_indemnity" in law_codes(result)
    assert result.lawfulness is Lawfulness.unlawful


def test_a_seizure_threat_without_a_court_decision_is_questionable_and_with_one_it_is_not() -> None:
    threat = analyse_message(
        "Recouvrement: loyers impayés de 1 450 €. Sans règlement, nous procéderons à la saisie de vos biens."
    )
    assert "message.law_seizure_threat" in law_codes(threat)
    assert threat.lawfulness is Lawfulness.questionable
    judged = analyse_message(
        "En exécution du jugement signifié le 2 avril, réglez 1 240 € pour éviter une saisie."
    )
    assert "message.law_seizure_threat" not in law_codes(judged)


def test_an_sms_without_creditor_is_questioned_carefully() -> None:
    result = analyse_message("Votre dette de 175 € doit être réglée.")
    missing = next(f for f in result.lawfulness_findings if f.code == "message.law_missing_mentions")
    assert "créancier" in missing.message and "un SMS n'est pas cette lettre" in missing.message
    assert result.lawfulness is Lawfulness.questionable


def test_an_ordinary_message_is_inconclusive_and_its_lawfulness_unknown() -> None:
    result = analyse_message("Salut ! On se retrouve toujours demain à 19h au resto ?")
    assert result.verdict is Verdict.inconclusive
    assert result.lawfulness is Lawfulness.unknown
    assert result.findings == [] and result.numbers == [] and result.links == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Réglez votre dette en coupons PCS ou Transcash", "message.payment_coupon"),
        ("payez avec des cartes Google Play et envoyez les codes", "message.payment_gift_card"),
        ("Vous pouvez payer en bitcoin sur ce portefeuille", "message.payment_crypto"),
        ("Envoyez l'argent par Western Union", "message.payment_money_transfer"),
        ("faites un virement au nom de M. Dupont", "message.payment_private_account"),
        ("Confirmez le cryptogramme de votre carte", "message.secret_card_cvv"),
        ("communiquez-nous le code reçu par SMS", "message.secret_sms_code"),
        ("ne contactez pas le numéro de votre courrier, il est désactivé", "message.dont_call_letter_number"),
        ("une plainte pénale sera déposée et vous irez en prison", "message.threat_prison"),
        ("vous serez fiché à la Banque de France", "message.threat_banking_file"),
        ("Coucou maman c'est moi, c'est mon nouveau numéro", "message.family_emergency"),
    ],
)
def test_each_scam_technique_is_named(text: str, code: str) -> None:
    result = analyse_message(text)
    assert code in codes(result)
    assert result.verdict in {Verdict.suspicious, Verdict.likely_scam}


def test_a_bank_otp_that_says_never_share_it_is_not_a_code_request() -> None:
    result = analyse_message(
        "Votre code de validation est 481 223. Ne le communiquez jamais, même à un conseiller."
    )
    assert "message.secret_sms_code" not in codes(result)
    assert "message.never_share_advice" in codes(result)


@pytest.mark.parametrize(
    "text",
    [
        "REGLEZ IMMEDIATEMENT",
        "réglez immédiatement",
        "reglez immediatemment svp",
        "Réglez IMMÉDIATEMENT !!!",
    ],
)
def test_french_as_people_write_it_with_or_without_accents_capitals_or_typos(text: str) -> None:
    result = analyse_message(text)
    assert "message.deadline" in codes(result)
    assert quoted(result, "message.deadline", text).lower().startswith("imm")


def test_sms_spelling_is_expanded_but_the_quote_stays_the_users_own_words() -> None:
    text = "payez ajd ss 24h svp sinon huisier demain"
    result = analyse_message(text)
    assert quoted(result, "message.deadline", text) == "ss 24h"
    assert "message.threat_bailiff_visit" in codes(result)


def test_invisible_characters_are_reported_and_do_not_hide_words() -> None:
    text = "Dernier a\u200bvis : ré\u200bglez votre d\u200bette"
    result = analyse_message(text)
    assert "message.obfuscation_invisible" in codes(result)
    assert "message.deadline" in codes(result)
    assert quoted(result, "message.deadline", text) == "Dernier a\u200bvis"


def test_cyrillic_letters_inside_french_words_are_reported_and_read_through() -> None:
    text = "Intrum Frаnce : réglez sur intrum-secure.xyz sous 24h"  # Cyrillic "а" in "France"
    result = analyse_message(text)
    assert "message.obfuscation_mixed_script" in codes(result)
    assert quoted(result, "message.obfuscation_mixed_script", text) == "Frаnce"


def test_emoji_joined_with_zero_width_joiners_are_not_obfuscation() -> None:
    assert "message.obfuscation_invisible" not in codes(analyse_message("Bonne fête 👨‍👩‍👧 !"))


def test_a_link_split_by_a_space_or_a_line_break_is_still_checked() -> None:
    spaced = analyse_message("Paiement en ligne: intrum-paiement .com")
    assert [link.link.domain for link in spaced.links] == ["intrum-paiement.com"]
    broken = analyse_message("Réglez ici https://\nintrum-paiement.com")
    assert [link.link.domain for link in broken.links] == ["intrum-paiement.com"]


def test_every_number_is_checked_including_overseas_ones() -> None:
    result = analyse_message("Rappelez le 0899 12 34 56 ou le 0262 12 34 56")
    assert [n.number.region for n in result.numbers] == ["FR", "RE"]
    assert "message.callback_suspicious_number" in codes(result)


def test_iban_of_another_country_and_broken_iban() -> None:
    assert mod97_ok("FR7630006000011234567890189")
    assert not mod97_ok("FR7630006000011234567890188")
    foreign = analyse_message("Virement sur LT12 1000 0111 0100 1000 avant demain")
    assert "message.iban_foreign" in codes(foreign)
    french = analyse_message("Virement sur FR76 3000 6000 0112 3456 7890 189 avant le 12")
    assert not {"message.iban_foreign", "message.iban_invalid"} & codes(french)
    broken = analyse_message("IBAN FR76 3000 6000 0112 3456 7890 188")
    assert "message.iban_invalid" in codes(broken)
    assert [
        m.iban for m in find_ibans(normalise("de89370400440532013000 gb82westa12345698765432").folded)
    ] == [
        "DE89370400440532013000",
        "GB82WESTA1234569876543",
    ]


def test_an_official_public_service_message_stays_legit() -> None:
    result = analyse_message(
        "DGFiP : votre avis d'impôt est disponible dans votre espace particulier sur impots.gouv.fr."
    )
    assert result.verdict is Verdict.likely_legit


def test_json_has_the_agreed_keys_and_values() -> None:
    result = analyse_message("ANTAI: payez votre amende de 35€ sur https://antai-gouv.info sous 24h")
    data = json.loads(json.dumps(result.model_dump(mode="json")))
    assert set(data) == {
        "kind",
        "verdict",
        "findings",
        "summary",
        "lawfulness",
        "lawfulness_findings",
        "numbers",
        "links",
    }
    assert data["kind"] == "message"
    assert data["lawfulness"] in {"lawful", "questionable", "unlawful", "unknown"}
    for item in [*data["findings"], *data["lawfulness_findings"]]:
        assert set(item) == {"code", "severity", "message", "source"}
    assert data["links"][0]["kind"] == "link"
    assert "hxxps://" in json.dumps(data["findings"]) or "[.]" in json.dumps(data["findings"])


def _f(severity: Severity, evidence: Evidence) -> Finding:
    return Finding(code="message.x", severity=severity, message="m", evidence=evidence)


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        ([], Lawfulness.unknown),
        ([_f(Severity.info, Evidence.neutral)], Lawfulness.unknown),
        ([_f(Severity.info, Evidence.legit)], Lawfulness.lawful),
        ([_f(Severity.low, Evidence.risk), _f(Severity.info, Evidence.legit)], Lawfulness.questionable),
        ([_f(Severity.medium, Evidence.risk)], Lawfulness.questionable),
        ([_f(Severity.high, Evidence.risk), _f(Severity.low, Evidence.risk)], Lawfulness.unlawful),
        ([_f(Severity.critical, Evidence.risk)], Lawfulness.unlawful),
    ],
)
def test_the_lawfulness_rule(findings: list[Finding], expected: Lawfulness) -> None:
    assert lawfulness_of(findings) is expected
