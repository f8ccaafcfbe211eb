"""What people wrote on public pages in the eighth hunt (02/12/2026, tests/understanding/eighth_hunt_real.toml,
docs/usertest-2026-11-30.md "Huitième chasse"), through the whole conversation: an account emptied by a seizure,
codes asked or validated on a caller's word, a link received, a debt claimed "apres N ans" or a bill whose date is
told, the RGPD access request, bread or bills, FICP unlisting, and choking under debts (distress, first and alone).
Each phrasing from a page comes with one typed the way people type, so the rule is a family, not a string."""

from __future__ import annotations

import pytest

from tests.chat_harness import Chat

_NOT_UNDERSTOOD = "pas bien compris"


async def _chat(typed: str) -> Chat:
    chat = Chat()
    await chat.send(typed)
    return chat


@pytest.mark.parametrize(
    "typed",
    [
        "sans prevenir, ma banque a bloque la totalite de mon compte a la suite d'une procedure de saisie. pas un"
        " appel, pas un e-mail. juste un solde a zero",
        "lhuissier a vide mon compte",
    ],
)
async def test_an_account_emptied_by_a_seizure_gets_what_a_seizure_must_leave(typed: str) -> None:
    chat = await _chat(typed)
    assert "gf:seizure_leaves" in chat.buttons()


@pytest.mark.parametrize(
    "typed",
    [
        "il m'a dit que des fraudeurs etaient sur mes comptes, qu'ils etaient en train de faire un virement de 3000"
        " euros, que j'allais recevoir des sms et qu'il fallait tout valider. je lui ai fait confiance",
        "un mec de ma banque ma dit kil fallait tout valider, jlui ai fait confiance",
    ],
)
async def test_codes_validated_on_a_callers_word_get_what_to_do_now(typed: str) -> None:
    chat = await _chat(typed)
    assert chat.text.startswith("J'ai payé ou donné ma carte")


@pytest.mark.parametrize(
    "typed",
    [
        "23 heures, une femme du service fraude de la caisse d'epargne m'appelle, elle veut lister les achats suspects"
        " et me demande de lui communiquer un par un les codes de confirmation que la banque va m'envoyer par sms",
        "jai recu un lien bizarre par sms c normal ?",
    ],
)
async def test_codes_asked_or_a_link_received_is_the_scam_question(typed: str) -> None:
    chat = await _chat(typed)
    assert not any(button.startswith(("gf:", "p:")) for button in chat.buttons())
    assert _NOT_UNDERSTOOD not in chat.text
    assert "payez" not in chat.text.lower()


@pytest.mark.parametrize(
    "typed",
    [
        "dette apres 5 ans : reclamation possible ?",
        "il y a quelques jours, j'ai recu une facture de l'hopital. elle datait du 22 octobre 2012 pour un examen du 20"
        " octobre 2011",
        "g recu une facture qui date de 2019 je comprend pas",
    ],
)
async def test_years_gone_by_or_a_dated_bill_open_the_prescription_dialogue(typed: str) -> None:
    chat = await _chat(typed)
    assert any(button.startswith("p:t:") for button in chat.buttons())


@pytest.mark.parametrize(
    ("typed", "card"),
    [
        (
            "je me demandais chaque jour s'il valait mieux acheter du papier pour l'imprimante ou du pain pour les enfants",
            "gf:money_short",
        ),
        ("delai pour le defichage a la banque de france ?", "gf:ficp"),
        (
            "des operateurs de telephonie m'envoyaient relance sur relance pour des forfaits impayes. je savais qu'il y"
            " avait erreur sur la personne",
            "gf:situation_wrong_person",
        ),
    ],
)
async def test_bread_or_bills_unlisting_or_a_wrong_person_get_their_card(typed: str, card: str) -> None:
    chat = await _chat(typed)
    assert card in chat.buttons()


async def test_the_access_request_opens_the_access_letter() -> None:
    chat = await _chat("lettre type : demande d'acces a mes donnees personnelles")
    assert "article 15 du RGPD" in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "je me reveillais a 3 heures du matin, le coeur battant, incapable de respirer correctement. mes dettes"
        " m'etouffaient",
        "je suffoquais chaque mois. etouffee par ces dettes",
        "jsuis etouffee par les credits",
    ],
)
async def test_choking_under_debts_gets_the_3114_first_and_alone(typed: str) -> None:
    chat = await _chat(typed)
    assert "3114" in chat.text.split("\n")[1]
    assert not any(button.startswith(("gf:", "p:")) for button in chat.buttons())
