"""The third hunt's leftovers (docs/usertest-2026-11-30.md, "Left (not fixed here)"): what stressed people told the
bot and did not get the right answer, each with the real phrasing and variants typed as they type (no accents, SMS
spelling). Distress still comes first and alone."""

from __future__ import annotations

import pytest

from knowledge import organisations
from tests.chat_harness import Chat

_DISTRESS = "3114"


async def _chat(*typed: str) -> Chat:
    chat = Chat()
    for text in typed:
        await chat.send(text)
    return chat


def _first(chat: Chat) -> str:
    return chat.text.split("\n")[0]


# --- 1. A summons by SMS or a caller who says he is the police: the fake-summons story, never the judge card ----


@pytest.mark.parametrize(
    "typed",
    [
        "jai recu un sms de la police nationale convocation",
        "jai eu un appel masqué qui disait etre de la gendarmerie",
        "g recu un texto de la gendarmerie pour une convocation",
        "un mec ma appele il dit qu il est de la police et que mon compte sert a une fraude",
        "jai reçu un mail de convocation de police",
        "un faux policier ma appelé",
    ],
)
async def test_a_summons_told_by_sms_or_a_caller_said_to_be_the_police_is_the_fake_summons_story(
    typed: str,
) -> None:
    chat = await _chat(typed)
    first = _first(chat)
    assert first.startswith("⚠️") and "fausse convocation" in first
    assert "gf:court_and_enforcement" not in chat.buttons()  # not the judge card
    # The scenario's advice, or the gendarmerie's own rule when it is named and speaks of written messages.
    assert "commissariat ou la brigade" in chat.text or "ne convoquent jamais par e-mail" in chat.text


async def test_a_police_summons_by_sms_says_how_to_check_it_without_the_message_s_number() -> None:
    chat = await _chat("jai recu un sms de la police nationale convocation")
    assert "ne payez rien" in chat.text and "commissariat ou la brigade" in chat.text


async def test_a_caller_told_gets_the_number_asked_for() -> None:
    chat = await _chat("jai eu un appel masqué qui disait etre de la gendarmerie")
    assert "numéro qui a appelé" in chat.text


async def test_a_collector_threatening_with_the_police_is_not_a_summons_told() -> None:
    chat = await _chat("il m a dit que la police allait venir chez moi")
    assert "fausse convocation" not in chat.text
    assert "prison" in chat.text  # the answer to the fear: no one goes to prison for a debt


async def test_distress_beside_a_fake_summons_still_comes_first_and_alone() -> None:
    chat = await _chat("jai recu un sms de la police convocation, jen peux plus je veux en finir")
    assert _DISTRESS in chat.text
    assert "fausse convocation" not in chat.text


# --- 2. A letter by post from a public body or a bank: its usual channel, never a scam, never a collector card ---


@pytest.mark.parametrize(
    ("typed", "domain"),
    [
        ("jai recu un courrier des impots pour payer ma taxe fonciere", "impots.gouv.fr"),
        ("g recu 1 courier des impot c une arnak ?", "impots.gouv.fr"),
        ("j ai reçu une lettre recommandée de la caf pour un indu", "caf"),
        ("lettre de la caf pour un trop percu c vrai", "caf"),
        ("jai un courrier de l'ANTAI avec un avis de contravention, c normal ?", "antai.gouv.fr"),
        ("jai recu une lettre de la banque postale pour un decouvert", "labanquepostale.fr"),
    ],
)
async def test_a_letter_from_a_public_body_or_a_bank_is_its_usual_channel(typed: str, domain: str) -> None:
    chat = await _chat(typed)
    first = _first(chat)
    assert first.startswith("📬") and "courrier par la poste" in first
    assert domain in chat.text  # checked in one's own online space
    assert "Jamais le numéro, le lien" in chat.text
    assert "arnaque" not in chat.text.lower()
    assert "gf:verify_collector" not in chat.buttons()  # not the collector card


async def test_a_letter_about_a_seizure_keeps_the_seizure_card() -> None:
    chat = await _chat("jai recu un courrier des impots pour une saisie sur mon compte")
    assert "gf:public_creditor_seizure" in chat.buttons()


async def test_a_collector_s_letter_keeps_the_collector_card() -> None:
    chat = await _chat("jai recu un courrier d intrum")
    assert not chat.text.startswith("📬")


# --- 3. Fines and Caf overpayments: their own regime, sourced, never a computed date nor a guessed type ---


@pytest.mark.parametrize(
    "typed",
    [
        "amende de 2021 jamais payée le tresor public m'ecrit, c prescrit ?",
        "une amende de 2019 est elle prescrite",
        "pv de stationnement de 2020 jamais payé c prescrit",
    ],
)
async def test_a_fine_asked_about_gets_the_penalty_regime_and_no_date(typed: str) -> None:
    chat = await _chat(typed)
    assert _first(chat).startswith("Une amende n'a pas le délai d'une facture")
    assert "133-4" in chat.text and "707-1" in chat.text
    assert "sans juge" in chat.text  # a public creditor seizes without a judge (fiche 0.8)
    assert "gf:public_creditor_seizure" in chat.buttons() or "g:public_creditor_seizure" in chat.buttons()
    assert (
        "prescrite le" not in chat.text and "p:t:state_tax" not in chat.buttons()
    )  # no date, no "un impôt" guess


@pytest.mark.parametrize(
    "typed",
    [
        "la caf me reclame un trop percu de 2020 c prescrit",
        "indu caf 2021 prescrit ?",
        "trop-perçu de la caf de 2019 ils ont le droit encore ? c prescrit",
    ],
)
async def test_a_caf_overpayment_asked_about_gets_its_two_years_and_the_fraud_exception(typed: str) -> None:
    chat = await _chat(typed)
    assert _first(chat).startswith("Un trop-perçu de la Caf a son propre délai : 2 ans")
    assert "L553-1" in chat.text and "fraude ou fausse déclaration" in chat.text
    assert "retenues sur vos prestations" in chat.text  # recovered without a judge
    assert "p:t:unknown" not in chat.buttons()  # not the type list


async def test_an_ordinary_prescription_question_keeps_its_dialogue() -> None:
    chat = await _chat("c prescrit ma dette orange de 2016 ?")
    assert "p:t:telecom" in chat.buttons()


async def test_distress_beside_a_fine_question_comes_first_and_alone() -> None:
    chat = await _chat("amende de 2021 c prescrit ? de toute facon bientot je serai plus là")
    assert _DISTRESS in chat.text.split("\n")[1]
    assert "133-4" not in chat.text


# --- 4. The rest: tolls and CPF asked about, Ulys told, a number and its words, the tax route, "jsp" ---


@pytest.mark.parametrize(
    "typed",
    [
        "les peages en flux libre envoient des sms ?",
        "les péages sans barriere envoient des sms ?",
        "le telepeage envoie des mails ?",
    ],
)
async def test_a_question_about_tolls_gets_the_toll_rule_first(typed: str) -> None:
    chat = await _chat(typed)
    assert _first(chat).startswith("Les sociétés d'autoroute ne réclament pas un péage impayé par SMS")


async def test_a_toll_company_with_its_own_rule_keeps_it() -> None:
    chat = await _chat("sanef envoie des sms ?")
    says = organisations.load().organisations["sanef"].never[0].says
    assert _first(chat).startswith(says.split(";")[0])  # the rule itself (its site name is shown defused)


@pytest.mark.parametrize(
    "typed",
    ["cpf est ce qu'ils appellent ?", "le cpf est ce qu'ils telephonent ?", "cpf ils envoient des sms ?"],
)
async def test_a_question_about_the_cpf_says_canvassing_is_forbidden(typed: str) -> None:
    chat = await _chat(typed)
    assert "démarchage CPF par SMS, courriel ou téléphone est interdit" in _first(chat)


@pytest.mark.parametrize(
    "typed",
    [
        "sms d'ulys peage impayé a regler",
        "sms ulys peage impaye a regler svp c vrai",
        "jai recu un sms de sanef j ai un impayé de peage c normal ?",
    ],
)
async def test_an_ulys_toll_sms_told_names_the_toll_scam(typed: str) -> None:
    chat = await _chat(typed)
    # The toll scam named (as a told story or in the message's verdict), not only Ulys's rule.
    assert "scénario du péage" in chat.text or "scénario d'arnaque du péage" in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "0756432198 il ma envoyé ca : votre dossier est transmis au service contentieux rappelez nous",
        "07 56 43 21 98 m a ecrit : votre dossier est transmis au service contentieux",
    ],
)
async def test_a_number_and_the_words_it_sent_are_both_checked(typed: str) -> None:
    chat = await _chat(typed)
    assert chat.text.startswith("📞")  # the number first: its allocation
    assert "ARCEP" in chat.text
    assert "✉️ Message analysé" in chat.text  # then the words it sent
    assert "contentieux" in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "je veux saisir le conciliateur fiscal pour mes impots",
        "conciliateur des impots comment on fait",
        "comment contester mes impots",
    ],
)
async def test_the_tax_conciliator_is_the_complaint_route_not_a_seizure(typed: str) -> None:
    chat = await _chat(typed)
    assert "gf:tax_conciliator" in chat.buttons()
    assert "gf:public_creditor_seizure" not in chat.buttons()
    assert "réclamation" in chat.text


@pytest.mark.parametrize("typed", ["jsp quoi faire", "jsp koi faire", "je sais pas quoi faire"])
async def test_lost_gets_the_help(typed: str) -> None:
    chat = await _chat(typed)
    assert chat.text.startswith("Comment m'utiliser")
    assert "m:check" in chat.buttons()
