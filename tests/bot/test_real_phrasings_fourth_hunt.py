"""What stressed people typed in the fourth regression hunt (01/12/2026, docs/usertest-2026-11-30.md, "Quatrième
chasse"): contacts told by phone about a bank or the CPF, questions about who calls, letters by post, public
seizures, personal data, years written in words, calls that never stop. Each test is a phrasing that went wrong,
with the behaviour it must get; distress still comes first and alone."""

from __future__ import annotations

import pytest

from knowledge.understanding import fold
from tests.chat_harness import Chat

_DISTRESS = "3114"
_NOT_UNDERSTOOD = "pas bien compris"


async def _chat(*typed: str) -> Chat:
    chat = Chat()
    for text in typed:
        await chat.send(text)
    return chat


def _first(chat: Chat) -> str:
    return chat.text.split("\n")[0]


# --- 1. Contacts told: the fake bank adviser, the CPF, by phone ---------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "on ma appelé en disant que c'etait le service anti fraude de ma banque boursorama",
        "jai eu un appel de quelquun de la banque postale il voulait que je valide une operation sur mon appli",
        "ma grand mere a eu un appel de sa banque credit mutuel ils lui ont demandé ses codes",
        "ma voisine a recu un appel dun soit disant conseiller de la societe generale",
    ],
)
async def test_a_bank_calling_to_validate_or_for_codes_is_the_fake_adviser_story(typed: str) -> None:
    chat = await _chat(typed)
    assert _first(chat).startswith("⚠️") and "alerte bancaire" in _first(chat)
    assert "numéro qui a appelé" in chat.text  # the caller's number is asked for


async def test_a_call_does_not_get_the_banks_rule_about_e_mails() -> None:
    chat = await _chat(
        "jai eu un appel de quelquun de la banque postale il voulait que je valide une operation sur mon appli"
    )
    assert "par e-mail" not in chat.text


async def test_a_cpf_call_told_is_the_cpf_story() -> None:
    chat = await _chat("on ma appeler pour mon cpf il disait que mes droits allait etre perdu")
    assert _first(chat).startswith("⚠️") and "CPF" in _first(chat)
    assert "g:verify_collector" not in chat.buttons()  # not the list of cards


@pytest.mark.parametrize(
    "typed",
    [
        "est ce que les banques appellent pour annuler un virement ??",
        "est ce que la banque postale appelle ses clients ?",
    ],
)
async def test_asked_whether_banks_call_the_first_line_says_what_a_bank_never_asks(typed: str) -> None:
    chat = await _chat(typed)
    assert "ne vous demande jamais" in _first(chat)
    assert _NOT_UNDERSTOOD not in chat.text


@pytest.mark.parametrize(
    ("typed", "story"),
    [
        ("un sms de hsbc nouveau beneficiaire ajouté si c pas vous appelez ce numero", "alerte bancaire"),
        ("un sms soi disant de mon operateur bouygues forfait bloqué", "compte suspendu"),
    ],
)
async def test_a_short_told_sms_names_its_story(typed: str, story: str) -> None:
    chat = await _chat(typed)
    assert _first(chat).startswith("⚠️") and story in _first(chat)


async def test_a_glued_object_pronoun_is_read() -> None:
    chat = await _chat("binance mappelle pour securiser mes cryptos")
    assert _NOT_UNDERSTOOD not in chat.text and "Binance" in chat.text


async def test_a_relative_named_beside_a_bank_alert_is_not_the_calls_card() -> None:
    chat = await _chat("mon fils a recu un sms de son conseiller credit agricole pour un virement suspect")
    assert "gf:calls_and_harassment" not in chat.buttons()
    assert "Crédit Agricole" in chat.text


async def test_a_relative_called_every_day_by_a_creditor_is_still_the_calls_card() -> None:
    chat = await _chat("ma mere recoit des appels d'edf tous les jours")
    assert "calls_and_harassment" in " ".join(chat.buttons())


# --- 2. Letters by post: their usual channel, never a scam, not the collector's fees ------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "jai reçu une lettre des impots par la poste pour une majoration c normal",
        "courrier de lantai avis de contravention pour feu rouge",
        "mon assurance groupama ma envoyé un courrier de resiliation pour impayé",
    ],
)
async def test_a_letter_from_a_public_body_or_an_insurer_is_its_usual_channel(typed: str) -> None:
    chat = await _chat(typed)
    assert chat.text.startswith("📬")
    assert "arnaque" not in _first(chat)
    assert "gf:fees_stay_with_creditor" not in chat.buttons()
    assert "gf:verify_collector" not in chat.buttons()


# --- 3. Seizures, sold debts, personal data, what a seizure leaves -------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "les impots ont bloqué 800e sur mon compte sans prevenir",
        "mon employeur a recu un papier pour saisir mon salaire pour les impots",
    ],
)
async def test_a_public_seizure_told_gets_the_satd_card_and_no_calls_point(typed: str) -> None:
    chat = await _chat(typed)
    assert "gf:public_creditor_seizure" in chat.buttons()
    assert "calls_and_harassment" not in " ".join(chat.buttons())


@pytest.mark.parametrize(
    ("typed", "card"),
    [
        ("ma dette a été vendue a un fond d investissement c legal ?", "sold_debt"),
        ("intrum a mes donnees alors que je les connais pas, rgpd ?", "rgpd_rights"),
        ("comment savoir d ou intrum a eu mon numero", "rgpd_rights"),
        ("c quoi un titre executoire", "court_and_enforcement"),
        ("ils peuvent me laisser combien sur mon compte", "seizure_leaves"),
        ("c pas moi ils se trompent de personne", "situation_wrong_person"),
        ("efficience recouvrement me reclame 89e pour free", "verify_collector"),
        ("intrum ma appelé 12 fois aujourdhui", "calls_and_harassment"),
        ("non mais serieux ils arretent jamais", "calls_and_harassment"),
        ("on va me couper l electricite si je paye pas edf ?", "energy_cut"),
    ],
)
async def test_the_card_that_answers(typed: str, card: str) -> None:
    chat = await _chat(typed)
    assert f"gf:{card}" in chat.buttons()
    assert "Message analysé" not in chat.text


async def test_letters_for_a_former_tenant_get_the_card_on_someone_who_moved_out() -> None:
    chat = await _chat("ils cherchent l ancien locataire")
    assert _first(chat) == "Des courriers pour quelqu'un qui a déménagé"


async def test_should_i_pay_beside_a_collectors_claim_keeps_the_i_do_not_decide_answer() -> None:
    chat = await _chat("dois je payer ou pas intrum me reclame 450e pour sfr")
    assert "Je ne peux pas décider" in _first(chat)


async def test_an_energy_cut_in_winter_says_the_truce_and_never_whether_to_pay() -> None:
    chat = await _chat("on va me couper l electricite si je paye pas edf ?")
    assert "trêve hivernale" in chat.text and "1er novembre au 31 mars" in chat.text
    assert "payez" not in chat.text.lower() and "ne payez" not in chat.text.lower()


# --- 4. Call hours asked with a glued pronoun or a holiday ----------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["ils mappellent a 7h du mat c legal", "recouvreur qui appelle le 1er janvier c legal"]
)
async def test_call_hours_asked_start_with_the_collectors_rule(typed: str) -> None:
    chat = await _chat(typed)
    assert _first(chat).startswith("Aucune loi ne fixe")


# --- 5. Years written in words ---------------------------------------------------------------------------------------


def test_a_year_in_words_is_read_as_digits_but_an_amount_stays() -> None:
    assert "2019" in fold("au printemps deux mille dix neuf")
    assert "2021" in fold("janvier deux-mille-vingt-et-un")
    assert "2022" in fold("en deux mille vingt deux")
    assert fold("je dois deux mille euros") == "je dois deux mille euros"
    assert "2010" not in fold("deux mille dix euros")


@pytest.mark.parametrize(
    "answer",
    [
        "au printemps deux mille dix neuf",
        "je crois que c'etait en deux mille dix neuf",
        "je sais plus trop, je crois que c'etait au printemps 2019",
    ],
)
async def test_a_start_date_in_words_or_among_words_is_taken(answer: str) -> None:
    chat = await _chat("ma dette est prescrite ?")
    await chat.press("p:t:energy")
    await chat.send(answer)
    assert "p:e:none" in chat.buttons()  # the events step: the date was taken


async def test_a_year_in_words_in_the_first_message_is_noted() -> None:
    chat = await _chat("facture engie impayee depuis janvier deux mille vingt et un c prescrit", "oui")
    assert "2021" in chat.text


# --- 6. Distress still first ------------------------------------------------------------------------------------------


async def test_despair_beside_a_year_in_words_comes_first() -> None:
    chat = await _chat("c prescrit une facture edf de deux mille dix huit ? de toute facon je serai plus la")
    assert _DISTRESS in chat.text.split("\n")[1]
    assert "p:t:energy" not in chat.buttons()


# --- 7. A channel corrected, a prize announced ------------------------------------------------------------------------


async def test_non_en_fait_c_est_un_sms_asks_for_the_sms_never_checks_these_words() -> None:
    chat = await _chat("intrum m'appelle", "non en fait c'est un sms")
    assert "Message analysé" not in chat.text
    assert "Envoyez-moi" in _first(chat)


async def test_a_prize_announced_by_a_call_is_the_prize_story() -> None:
    chat = await _chat("on m'a appelé pour me dire que j'ai gagné un iphone")
    assert _first(chat).startswith("⚠️") and "gain" in _first(chat)


async def test_a_month_read_from_the_first_message_is_said_as_the_first_unpaid_span() -> None:
    chat = await _chat("facture engie impayee depuis janvier deux mille vingt et un c prescrit", "oui")
    assert "premier impayé entre le 1er janvier 2021 et le 31 janvier 2021" in chat.text
    assert "depuis entre" not in chat.text


# --- A number inside a complaint about calls (a leftover of the hunt, fixed by the integrator) ----------------------


@pytest.mark.parametrize(
    "typed",
    [
        "0612457890 c est lui qui me harcele tous les jours",
        "le 07 56 43 21 98 m appelle tout le temps c qui",
    ],
)
async def test_a_number_inside_a_complaint_about_calls_is_checked_then_the_calls_card(typed: str) -> None:
    chat = Chat()
    replies = await chat.send(typed)
    assert replies[0].text.startswith("📞 Numéro")  # what the number is, as when it is typed alone
    assert "n:when" in chat.buttons() and "gf:calls_and_harassment" in chat.buttons()


async def test_a_complaint_about_calls_without_a_number_keeps_the_calls_card_alone() -> None:
    chat = Chat()
    await chat.send("ils m'appellent 10 fois par jour")
    assert chat.text.startswith("Appels") and "📞" not in chat.text
