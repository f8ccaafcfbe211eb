"""What a collector's message names, read as people and collectors really write it: the creditor given by
name ("facture SFR"), the amount in SMS spelling ("89e"), and a number only the press ties to a collector."""

from __future__ import annotations

import pytest

from checks.message import MessageResult, analyse_message


def law_codes(result: MessageResult) -> set[str]:
    return {f.code for f in result.lawfulness_findings}


def missing_message(result: MessageResult) -> str:
    return next(f.message for f in result.lawfulness_findings if f.code == "message.law_missing_mentions")


def test_a_creditor_named_by_its_name_and_an_amount_in_sms_spelling_are_not_said_missing() -> None:
    result = analyse_message(
        "Bonjour, recouvrement amiable pour votre facture SFR 89e impayee. Merci de regler sur intrum.fr"
    )
    assert "message.law_missing_mentions" not in law_codes(result)
    assert "message.law_mentions_present" in law_codes(result)


@pytest.mark.parametrize("amount", ["89e", "89 e", "7,40e", "1250e"])
def test_an_amount_written_with_an_e_counts_as_the_amount(amount: str) -> None:
    result = analyse_message(
        f"Recouvrement amiable : votre facture EDF de {amount} reste impayee, merci de regler."
    )
    assert "message.law_missing_mentions" not in law_codes(result)


@pytest.mark.parametrize("ordinal", ["2e relance", "3e rappel", "15e arrondissement"])
def test_an_ordinal_is_not_an_amount(ordinal: str) -> None:
    result = analyse_message(
        f"Recouvrement amiable, {ordinal} : votre facture EDF est impayee, merci de regler."
    )
    assert "montant" in missing_message(result)


def test_the_collector_itself_is_not_taken_for_the_creditor() -> None:
    result = analyse_message(
        "INTRUM recouvrement : votre dossier de 89e est impaye, merci de regler sous 8 jours."
    )
    assert "créancier" in missing_message(result)


def test_a_number_the_press_ties_to_a_collector_is_said_so_not_unknown() -> None:
    result = analyse_message(
        "Intrum\nBonjour M. Dupont, merci de nous contacter au 04 72 80 14 14 concernant votre dossier."
    )
    found = {f.code: f for f in result.findings}
    assert "message.number_known_unverified" in found
    assert "message.callback_number" not in found
    assert "Intrum" in found["message.number_known_unverified"].message
    assert result.verdict.value == "inconclusive"  # fiche 0.12: never "likely legit" on such a number
