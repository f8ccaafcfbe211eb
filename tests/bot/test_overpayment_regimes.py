"""Benefit overpayments ("trop-perçu", "indu") claimed by the Caf/MSA, France Travail or the Assurance Maladie: each has
its own sourced regime (knowledge/data/understanding/regimes.toml), told as people type it, misspelt and without
accents, with or without a question. The answer says the organisation's own delay and that it recovers without a judge,
that the bot cannot conclude and computes no date, what the person can ask (détail du calcul, recours amiable, remise de
dette) and who helps (Point-justice 3039, France Services, a social worker); never "pay" nor "do not pay". An SMS or
message pasted with a link offering or demanding the "remboursement d'un trop-perçu" still goes through the scam checks.
Today is 22 November 2026 in the harness."""

from __future__ import annotations

import pytest

from knowledge import regimes
from tests.chat_harness import Chat

_BENEFIT_REGIMES = (
    "caf_overpayment",
    "france_travail_overpayment",
    "cpam_overpayment",
    "benefit_overpayment",
)


def _first_line(regime_id: str) -> str:
    found = [regime for regime, _ in regimes.load().regimes if regime.id == regime_id]
    assert found, regime_id
    return found[0].lines[0]


def _regime_given(chat: Chat) -> str | None:
    """The benefit regime one of the replies gives (a letter told gets "its usual channel" first, then the regime)."""
    given = [
        rid for reply in chat.replies for rid in _BENEFIT_REGIMES if reply.text.startswith(_first_line(rid))
    ]
    assert len(given) <= 1, given
    return given[0] if given else None


async def _chat(typed: str) -> Chat:
    chat = Chat()
    await chat.send(typed)
    return chat


def _assert_overpayment_answer(chat: Chat) -> None:
    text = chat.text
    assert "Je ne calcule pas de date" in text  # no computed date
    assert "sans juge" in text  # recovered by deductions or a contrainte, without a judge
    assert (
        "détail du calcul" in text and "recours amiable" in text and "remise de dette" in text
    )  # what to ask
    assert "3039" in text and "France Services" in text and "travailleur social" in text  # who helps
    assert not any(b.startswith("p:t:") for b in chat.buttons())  # no debt type asked or guessed
    lowered = text.lower()
    assert "est prescrite" not in lowered and "prescrite depuis" not in lowered
    for advice in (
        "ne payez pas",
        "ne remboursez pas",
        "vous devez payer",
        "vous devez rembourser",
        "payez ",
    ):
        assert advice not in lowered, advice  # never tells to pay or not to pay


@pytest.mark.parametrize(
    "typed",
    [
        "la caf me reclame un trop percu de 2000 euros c normal ?",
        "trop percu caf prescription ?",
        "remboursement d'un trop percu caf",
        "la caf me reclame un trop-perçu",
        "j ai recu une notification d indu de la caf",
        "la caf me demande de rembourser 1500 euros d apl",
        "la msa me reclame un indu de 2021",
        "la caf m a envoyé un courrier pour un trop percu de rsa",
        "trop perçu de la CAF de 2022 ils veulent tout d un coup",
        "lettre de la caf pour un trop percu c vrai",
        "la caf me fait des retenues sur mes allocs pour un trop percu",
        "tro percu caf 2021",
        "la caf m a fait une contrainte",
    ],
)
async def test_a_caf_overpayment_gets_its_regime_what_to_ask_and_who_helps(typed: str) -> None:
    chat = await _chat(typed)
    assert _regime_given(chat) == "caf_overpayment", chat.text[:200]
    assert "L553-1" in chat.text and "contrainte" in chat.text
    _assert_overpayment_answer(chat)


@pytest.mark.parametrize(
    "typed",
    [
        "france travail me demande de rembourser un indu de 2022",
        "pole emploi me reclame un trop percu de 2021",
        "trop percu pole emploi c prescrit ?",
        "francetravail me reclame 3000e de trop percu d are",
        "jai recu un courrier de france travail pour un trop-perçu",
        "pôle emploi me réclame un indu de 2019 alors que j ai tout declaré",
        "pole emploie me reclame de l argent",
        "pôle emplois me demande de rembourser 2000 euros",
        "france travail me fait des retenues sur mon are",
    ],
)
async def test_a_france_travail_overpayment_gets_its_regime(typed: str) -> None:
    chat = await _chat(typed)
    assert _regime_given(chat) == "france_travail_overpayment", chat.text[:200]
    assert "L5422-5" in chat.text and "10 ans" in chat.text and "médiateur" in chat.text
    _assert_overpayment_answer(chat)


@pytest.mark.parametrize(
    "typed",
    [
        "la cpam me reclame un indu",
        "ameli me demande de rembourser un trop percu d indemnites journalieres",
        "la secu me reclame un trop percu d ij de 2023",
        "l assurance maladie me reclame un indu de 900 euros",
        "notification d indu cpam c prescrit ?",
        "la secu veut que je rembourse mes indemnites journalieres",
    ],
)
async def test_a_cpam_overpayment_gets_its_regime(typed: str) -> None:
    chat = await _chat(typed)
    assert _regime_given(chat) == "cpam_overpayment", chat.text[:200]
    assert "L332-1" in chat.text and "médiateur" in chat.text
    _assert_overpayment_answer(chat)


@pytest.mark.parametrize(
    "typed",
    [
        "ils me reclament un trop percu",
        "on me reclame un indu de 800 euros c normal",
        "trop percu prescription ?",
        "jai un trop percu de 2021 a rembourser",
    ],
)
async def test_an_overpayment_naming_no_organisation_gets_the_three_regimes(typed: str) -> None:
    chat = await _chat(typed)
    assert _regime_given(chat) == "benefit_overpayment", chat.text[:200]
    assert "L553-1" in chat.text and "L5422-5" in chat.text and "L332-1" in chat.text
    _assert_overpayment_answer(chat)


@pytest.mark.parametrize(
    "typed",
    [
        # pasted messages with a link: the message check (a verdict), never the regime
        "CAF: suite a un trop-percu, regularisez votre situation sur https://caf-regul.info sous 48h",
        "Remboursement d'un trop-perçu : vous avez droit a un remboursement de 245,80 EUR, cliquez ici http://ameli-rembourse.com",
        "France Travail : un trop percu de 312 euros doit etre rembourse avant le 30/11, payez sur https://francetravail-indu.com",
        "Assurance Maladie: remboursement d'un trop-percu en attente, confirmez vos coordonnees bancaires: http://bit.ly/3xYz",
    ],
)
async def test_a_pasted_overpayment_message_with_a_link_still_gets_the_message_check(typed: str) -> None:
    chat = await _chat(typed)
    assert _regime_given(chat) is None, chat.text[:200]
    assert "n:details" in chat.buttons()  # the analysed message's own buttons: a verdict was given


@pytest.mark.parametrize(
    "typed",
    [
        # told contacts by SMS/e-mail with a link or a number: the scam checks of a contact told, not the regime
        "jai recu un sms de la caf pour un trop percu avec un lien",
        "sms ameli remboursement d un trop percu il faut cliquer sur le lien",
        "j ai recu un mail de france travail pour rembourser un trop percu par carte bancaire",
        "un sms me dit de rappeler le 0899 pour un trop percu caf",
    ],
)
async def test_an_overpayment_told_by_sms_or_e_mail_keeps_the_contact_checks(typed: str) -> None:
    chat = await _chat(typed)
    assert _regime_given(chat) is None, chat.text[:200]


@pytest.mark.parametrize(
    "typed",
    [
        "mon employeur me reclame un trop percu de salaire",
        "la caf verse mon apl et j'ai une dette de loyer de 2019",
        "ameli ne m a toujours pas remboursé ma consultation",
        "l agence de recouvrement me reclame des frais indus",
        "edf me doit un trop percu sur ma facture",
        "les impots me remboursent un trop percu",
        "j ai perçu la prime d activite",
        "la caf me verse l apl",
        # another creditor's claim beside the organisation (review, 02/12/2026)
        "la caf a arrete mon apl et mon proprio me reclame 3 mois de loyer",
        "pole emploi m a radie et ma banque me reclame le decouvert",
        "la secu m a pas rembourse et l hopital me reclame la facture",
    ],
)
async def test_neighbours_of_an_overpayment_are_not_its_regime(typed: str) -> None:
    chat = await _chat(typed)
    assert _regime_given(chat) is None, chat.text[:200]


async def test_a_scam_question_about_a_caf_claim_asks_for_the_message_and_gives_the_regime() -> None:
    chat = await _chat("la caf me reclame 300 euros c est une arnaque ?")
    assert (
        chat.replies[0].text != chat.replies[-1].text and len(chat.replies) == 2
    )  # what to send, then the regime
    assert _regime_given(chat) == "caf_overpayment"
