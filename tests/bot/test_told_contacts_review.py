"""Adversarial review of told contacts (01/12/2026): a creditor's own reminder, a lawyer's e-mail or a security
code sent by one's own bank are what genuine senders send too; telling one is never called a scam story.
Before this review, "edf m'a envoyé un sms pour une facture impayée" got "⚠️ … la fausse facture impayée, une
arnaque courante" and "ma banque m'envoie un code par sms pour valider un paiement" the fake-adviser story.
"""

from __future__ import annotations

import pytest

from knowledge import organisations
from tests.chat_harness import Chat


@pytest.mark.parametrize(
    "typed",
    [
        "edf m'a envoyé un sms pour une facture impayée",
        "jai recu un mail d'edf facture en retard a regler",
        "sfr m'appelle pour une facture impayée de 60 euros",
        "sms de sfr votre facture est impayée merci de regulariser",
        "engie m'a envoyé un mail facture impayee avant coupure",
        "jai recu un mail de cdiscount pour une facture impayée",
        "free m'a envoyé un mail mon abonnement va etre suspendu pour impayé",
        "mon proprio m'a envoyé un sms pour le loyer impayé",
        "jai recu un mail de la caf pour un indu a rembourser",
        "un avocat m'a envoyé un mail pour une facture impayée",
        "ma banque m'envoie un code par sms pour valider un paiement",
        "jai recu un code 3d secure par sms alors que jai rien acheté",
    ],
)
async def test_a_genuine_kind_of_contact_told_is_never_called_a_scam_story(typed: str) -> None:
    chat = Chat()
    await chat.send(typed)
    assert "arnaque courante" not in chat.text
    assert "pas bien compris" not in chat.text


async def test_a_creditor_s_reminder_told_still_gets_the_creditor_s_own_rule() -> None:
    chat = Chat()
    await chat.send("edf m'a envoyé un sms pour une facture impayée")
    assert organisations.load().organisations["edf"].never[0].says in chat.text
    assert "copiez-le ou transférez-le-moi" in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "sms antai amende impayée majorée cliquer sur le lien",  # a debt, but paid through a link
        "on m'a appelé de ma banque pour valider une operation je dois donner le code",  # the code asked FOR
        "jai recu un sms d'un huissier payer 380 euros sinon saisie demain",  # the fake bailiff
    ],
)
async def test_a_debt_or_a_code_told_with_what_only_a_scam_asks_is_still_the_scam_story(typed: str) -> None:
    chat = Chat()
    await chat.send(typed)
    assert chat.text.startswith("⚠️") and "arnaque courante" in chat.text


async def test_a_child_s_broken_tel_and_money_asked_is_the_family_scam_not_the_calls_card() -> None:
    chat = Chat()
    await chat.send("jai recu un sms de mon fils il a cassé son tel et veut que je paie une facture")
    assert chat.text.startswith("⚠️") and "Coucou maman" in chat.text.splitlines()[0]
    assert "gf:calls_and_harassment" not in chat.buttons()


async def test_a_fake_microsoft_call_told_names_the_tech_support_story() -> None:
    chat = Chat()
    await chat.send("un mec m'appelle il dit quil est de microsoft mon ordi est infecté")
    assert chat.text.startswith("⚠️") and "support technique" in chat.text.splitlines()[0]
