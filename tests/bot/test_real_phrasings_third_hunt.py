"""What stressed people type about contacts they TELL rather than paste, public creditors' seizures, and despair
said sideways, as found by the third regression hunt (01/12/2026, docs/usertest-2026-11-30.md): each test is a
phrasing that went wrong, with the behaviour it must get."""

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


def _never(org_id: str) -> str:
    return organisations.load().organisations[org_id].never[0].says


@pytest.mark.parametrize(
    "typed",
    [
        "c prescrit ma dette orange de 2016 ? de toute facon bientot je serai plus là",
        "j en ai marre de tout, je vais pas tenir longtemps comme ça",
        "ma femme dit que je devrais parler a quelqu un mais a quoi bon",
        "ils m'appellent 10 fois par jour et franchement des fois je me dis que ce serait plus simple de plus etre là",
    ],
)
async def test_despair_said_sideways_gets_the_distress_card_first_and_alone(typed: str) -> None:
    chat = await _chat(typed)
    assert _DISTRESS in chat.text.split("\n")[1]
    assert "p:t:telecom" not in chat.buttons()  # no dialogue started beside it
    assert "gf:calls_and_harassment" not in chat.buttons()


@pytest.mark.parametrize(
    "typed",
    [
        "bientot je serai plus la, je demenage a lyon",
        "bientot je serai plus la pour recevoir le courrier",
        "a quoi bon payer 300e de frais",
    ],
)
async def test_ordinary_look_alikes_stay_ordinary(typed: str) -> None:
    chat = await _chat(typed)
    assert _DISTRESS not in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "ma fille ma ecrit coucou maman jai changé de numero ecris moi sur whatsapp",
        "coucou papa c moi jai perdu mon tel",
    ],
)
async def test_coucou_maman_told_or_typed_alone_is_the_scam_story(typed: str) -> None:
    chat = await _chat(typed)
    # Told, it is named as the scam; retold with the scam's own words, it may get the message's verdict instead.
    assert chat.text.startswith("⚠️") or chat.text.startswith("✉️ Message analysé")
    assert "Coucou maman" in chat.text or "Un proche qui aurait changé de numéro" in chat.text
    assert "gf:calls_and_harassment" not in chat.buttons()
    assert "m:check" not in chat.buttons()  # not the help


async def test_a_bank_calling_about_a_hacked_card_is_the_fake_adviser_story() -> None:
    chat = await _chat("on m'a appelé en disant que c'était la banque et que ma carte etait piratée")
    assert chat.text.startswith("⚠️") and "bancaire" in chat.text.split("\n")[0]


async def test_a_rib_asked_for_an_aid_names_the_aid_scenario() -> None:
    chat = await _chat("g recu un sms de la caf ki me demande mon rib pour une aide")
    first = chat.text.split("\n")[0]
    assert first.startswith("⚠️") and "aide" in first


@pytest.mark.parametrize(
    ("typed", "org_id"),
    [
        ("est ce que la caf envoie des sms ?", "caf"),
        ("ameli envoie des mails ?", "ameli"),
        ("est ce que les impots envoient des sms", "impots"),
        ("france travail envoie des sms ?", "france_travail"),
    ],
)
async def test_asking_whether_an_organisation_sends_sms_gets_its_own_rule_first(
    typed: str, org_id: str
) -> None:
    chat = await _chat(typed)
    first = chat.text.split("\n")[0]
    assert first == _never(org_id).replace("caf.fr", "caf[.]fr")
    assert "Sans voir le message" not in chat.text
    assert "m:report" in chat.buttons()


async def test_a_phone_call_does_not_get_a_rule_about_e_mails() -> None:
    chat = await _chat("recu un appel du service fraude de la societe generale ils voulaient mon code")
    assert chat.text.startswith("⚠️")
    assert _never("societe_generale") not in chat.text  # "Un e-mail qui vous demande vos codes…"
    assert "code" in chat.text.split("\n")[1]


async def test_a_received_sms_still_gets_the_organisation_s_rule() -> None:
    chat = await _chat("la banque postale m'a envoyé un sms disant que mon compte est bloqué faut cliquer")
    assert _never("la_banque_postale") in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "les impots vont saisir mon compte ils ont le droit sans juge ?",
        "saisie sur salaire pour une amende c possible sans jugement",
        "la banque a bloqué mon compte pour une saisie du tresor public",
        "le tresor public va saisir ma paye",
        "jai recu un avis de satd",
    ],
)
async def test_a_public_creditor_s_seizure_is_answered_first_without_a_judge(typed: str) -> None:
    chat = await _chat(typed)
    first, second = [line for line in chat.text.split("\n") if line.strip()][:2]
    assert "sans juge" in first and "SATD" in first
    assert "comptable public" in second
    assert "gf:public_creditor_seizure" in chat.buttons()
    assert "payez" not in chat.text.lower()


async def test_a_private_collector_s_seizure_keeps_the_judge_card() -> None:
    chat = await _chat("saisie sur compte par intrum sans jugement c legal ?")
    assert chat.text.startswith("Ce que seuls un juge et un commissaire de justice peuvent faire")


async def test_a_public_creditor_with_a_date_keeps_the_prescription_dialogue() -> None:
    chat = await _chat("facture cantine de 2021 impayée le tresor public a bloqué mon compte")
    assert "gf:public_creditor_seizure" not in chat.buttons()


@pytest.mark.parametrize(
    "typed",
    [
        "je veux pas payer, ils peuvent faire quoi",
        "si je paye pas je risque quoi",
        "intrum peut faire quoi si je paye pas",
        "ils m'ont dit au tel que j'ai une dette chez free et qu'ils vont saisir",
    ],
)
async def test_what_they_can_do_gets_what_only_a_judge_may_do_never_whether_to_pay(typed: str) -> None:
    chat = await _chat(typed)
    assert chat.text.startswith("Ce que seuls un juge et un commissaire de justice peuvent faire")
    assert "pas bien compris" not in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "jai recu une lettre rgpd de intrum",
        "jai recu une lettre rgpd de kruk qui dit qu'ils ont racheté ma creance",
    ],
)
async def test_an_rgpd_notice_received_gets_the_rgpd_card_not_a_letter_to_write(typed: str) -> None:
    chat = await _chat(typed)
    assert chat.text.startswith("Vos données personnelles face au recouvreur")
    assert "Vos nom et prénom ?" not in chat.text


async def test_wanting_an_rgpd_letter_still_opens_it() -> None:
    chat = await _chat("je veux une lettre rgpd pour intrum")
    assert "Vos nom et prénom ?" in chat.text


async def test_not_coping_with_debts_gets_the_money_card() -> None:
    chat = await _chat("je me sens nul je n y arrive plus avec ces dettes")
    assert chat.text.startswith("Quand l'argent manque")


async def test_a_year_typed_at_the_events_step_keeps_the_dialogue() -> None:
    chat = await _chat("box sfr resiliée en 2020 ils me reclament 200e", "oui", "2020")
    assert "Numéro 2020" not in chat.text
    assert "p:e:payment" in chat.buttons()


async def test_a_public_creditor_s_seizure_point_opens_the_satd_card_before_the_dialogue() -> None:
    chat = await _chat("l'hopital me reclame une facture de 2019, c prescrit et ils peuvent saisir ?")
    assert "g:public_creditor_seizure" in chat.buttons()
    assert "g:court_and_enforcement" not in chat.buttons()
    chat = await _chat("ma facture edf de 2019 c prescrit et ils peuvent saisir ?")
    assert "g:court_and_enforcement" in chat.buttons()  # a private creditor: the judge card
