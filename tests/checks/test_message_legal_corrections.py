"""Issue 14 in message analysis: a public creditor's SATD is not an impossible threat (fact sheet 0.8), and a
"fichage" threat is not answered with the FICP only (0.11)."""

from checks.message import Lawfulness, analyse_message


def test_a_dgfip_satd_notice_is_not_called_an_aggressive_practice() -> None:
    text = "DGFIP : avis de saisie administrative a tiers detenteur sur votre compte pour impots impayes"
    result = analyse_message(text)
    law_codes = {f.code for f in result.lawfulness_findings}
    assert not {"message.law_seizure_threat", "message.law_forced_enforcement"} & law_codes
    assert result.lawfulness is not Lawfulness.unlawful


def test_a_private_collector_threatening_a_seizure_still_is() -> None:
    result = analyse_message("Intrum: sans paiement sous 48h nous procederons a la saisie de vos biens")
    assert "message.law_seizure_threat" in {f.code for f in result.lawfulness_findings}
    threat = next(f for f in result.findings if f.code == "message.threat_seizure")
    assert "saisie administrative à tiers détenteur" in threat.message  # the public-creditor exception


def test_a_fichage_threat_mentions_the_operators_file_too() -> None:
    result = analyse_message("Bouygues: regularisez votre facture sinon fichage au fichier des impayes")
    threat = next(f for f in result.findings if f.code == "message.threat_banking_file")
    assert "FICP" in threat.message and "Préventel" in threat.message
