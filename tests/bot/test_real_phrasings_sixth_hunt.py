"""What people wrote on public pages in the sixth hunt (02/12/2026, tests/understanding/sixth_hunt_real.toml,
docs/usertest-2026-11-30.md "Sixième chasse"), through the whole conversation: threatening or insulting calls,
a received text opened by "j'ai reçu le texto suivant :" or "jai eu ce sms ->", a number with "qui m'appelle",
where to report, a letter asked for with its subject, an offer "accepted" by phone with a bailiff threat, an old
debt claimed. Each phrasing from a page comes with one typed the way people type, so the rule is a family, not a
string; distress still comes first and alone."""

from __future__ import annotations

import pytest

from tests.chat_harness import Chat

_DISTRESS = "3114"
_NOT_UNDERSTOOD = "pas bien compris"
_CALLS_CARD = "gf:calls_and_harassment"
_ANALYSED = "Message analysé"


async def _chat(typed: str) -> Chat:
    chat = Chat()
    await chat.send(typed)
    return chat


def _first(chat: Chat) -> str:
    return chat.text.split("\n")[0]


# --- 1. Threats, insults, malice said of the calls: the calls card -------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "je recois aussi des appels menacants. est ce normal ?",
        "des messages insultants sur mon repondeur et des menaces quand je decroche, que faire ?",
        "appel telephonique malveillant : que dit le code penal ?",
        "le recouvreur m insulte au tel c normal ??",
        "ils sont super agressifs au telephone",
    ],
)
async def test_threatening_or_insulting_calls_get_the_calls_card(typed: str) -> None:
    chat = await _chat(typed)
    assert _CALLS_CARD in chat.buttons()
    assert _NOT_UNDERSTOOD not in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "j'ai recu une lettre tres menacante d'une societe de recouvrement pour le reglement d'un impaye, que dois je faire ?",
        "jai recu un courrier menacant de intrum",
    ],
)
async def test_a_threatening_letter_without_a_call_stays_the_letter_card(typed: str) -> None:
    chat = await _chat(typed)
    assert "gf:verify_collector" in chat.buttons()
    assert _CALLS_CARD not in chat.buttons()


# --- 2. A received text introduced by the person is analysed -------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "ce matin, j'ai recu le texto suivant : C'est le livreur, je n'ai pas pu acceder a votre boite aux lettres merci"
        " de choisir un relais.",
        "jai recu un sms d'un numero inconnu : Bonjour, vous etes chez vous ?",
        "jai eu ce sms -> CRIT'AIR : Nos agents ont constate que vous n'etiez pas muni de la vignette reglementaire,"
        " veuillez la recuperer via le lien",
        "jai eu ce sms -> Votre colis est en attente, reglez 1,99 EUR sur colis-suivi.info",
    ],
)
async def test_a_text_introduced_as_received_is_analysed(typed: str) -> None:
    chat = await _chat(typed)
    assert _first(chat).startswith("✉️") and _ANALYSED in _first(chat)


async def test_the_persons_own_question_after_a_colon_is_answered_not_analysed() -> None:
    chat = await _chat("j'ai eu un message de l'huissier : il passe demain, il peut saisir ma tele ?")
    assert _ANALYSED not in chat.text
    assert "gf:court_and_enforcement" in chat.buttons()


async def test_despair_inside_an_introduced_sms_comes_first_and_alone() -> None:
    chat = await _chat("jai eu ce sms -> dernier rappel avant huissier. jen peux plus je veux mourir")
    assert _DISTRESS in chat.text
    assert _ANALYSED not in chat.text


# --- 3. A number with "qui m'appelle", and where to report ---------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["le 0754712721 m'appelle et raccroche, qui m'appelle ?", "0970280830 qui m appelle"]
)
async def test_a_number_with_who_is_calling_is_checked_as_a_number(typed: str) -> None:
    chat = await _chat(typed)
    assert _first(chat).startswith("📞 Numéro")


@pytest.mark.parametrize(
    "typed",
    [
        "comment signaler un sms frauduleux ?",
        "ou signaler un sms ou un appel d'arnaque ?",
        "ou signaler ce sms ?",
    ],
)
async def test_where_to_report_opens_the_report_choices(typed: str) -> None:
    chat = await _chat(typed)
    assert "r:p:scam_or_phishing" in chat.buttons()


# --- 4. A letter asked for with its subject opens that letter ------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "lettre de contestation en reponse a une relance de facture injustifiee",
            "justificatifs de la dette",
        ),
        ("modele lettre contestation mise en demeure", "justificatifs de la dette"),
        ("courrier pour demander la preuve de la dette", "justificatifs de la dette"),
        ("modele de lettre pour invoquer la prescription", "calculateur"),
        ("lettre pour demander la preuve de la cession", "justifier la cession"),
        ("ecrire une lettre pour qu'ils arretent de m'appeler", "l'arrêt des appels"),
    ],
)
async def test_a_letter_asked_with_its_subject_opens_that_letter(typed: str, said: str) -> None:
    chat = await _chat(typed)
    assert said in _first(chat) and "Préparons la lettre" in _first(chat)
    assert not [b for b in chat.buttons() if b.startswith("L:")]  # not the list of letters


async def test_a_letter_asked_without_a_subject_still_offers_the_list() -> None:
    chat = await _chat("je veux ecrire une lettre")
    assert "L:contest_debt" in chat.buttons() and "L:invoke_prescription" in chat.buttons()


# --- 5. Stories: an offer "accepted" by phone with a bailiff threat; an old debt; "je leur dois rien" --------------


@pytest.mark.parametrize(
    "typed",
    [
        "au telephone une dame m'affirme que j'ai accepte un coffret voyage par e-mail, je refuse et on me menace"
        " d'huissiers et d'avocats",
        "ils me disent que j'aurais accepte une offre par telephone et menacent du tribunal",
    ],
)
async def test_an_offer_accepted_by_phone_with_a_threat_asks_for_what_to_check(typed: str) -> None:
    chat = await _chat(typed)
    assert "Envoyez-moi le numéro" in chat.text
    assert _NOT_UNDERSTOOD not in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "une societe de recouvrement me relance pour un credit qui date de 20 ans, dois-je payer ou ne pas payer ?",
        "cofidis me reclame un credit de 2012, c'est normal ?",
    ],
)
async def test_an_old_debt_claimed_opens_the_prescription_dialogue(typed: str) -> None:
    chat = await _chat(typed)
    assert "p:t:consumer_credit" in chat.buttons()
    assert "payez" not in chat.text.lower()


@pytest.mark.parametrize(
    "typed",
    [
        "j'ai recu une lettre d'un organisme de recouvrement qui dit que je leur dois 700 euros alors que je sais ne rien"
        " devoir",
        "jai recu un courrier de recouvrement, je leur dois rien",
    ],
)
async def test_a_letter_contested_gets_the_not_me_card(typed: str) -> None:
    chat = await _chat(typed)
    assert "gf:situation_wrong_person" in chat.buttons()
