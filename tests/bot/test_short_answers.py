"""Short answers (issue 13, item 7): the verdict first, at most three short reasons, the rest behind
"Pourquoi ?"; nothing that reads against the verdict; the same answer for a contact typed alone or asked
about in a sentence; official addresses typeable, the rest defanged."""

from __future__ import annotations

import re

from bot.conversation.render import typeable
from tests.chat_harness import Chat

SCAM = (
    "Intrum: votre dossier 4471 sera transmis a l huissier demain. Reglez 89,90e sous 24h par coupon PCS "
    "au 0899 12 34 56 ou sur https://intrum-paiement.com"
)
_BULLET_RE = re.compile(r"^(?:•|⚠️|❗|⛔) (?!.*(?:Probablement une arnaque|Suspect|Discutable|Contraire) :)")


def _bullets(text: str) -> int:
    """Reason lines (a verdict line starts with the same signs, followed by its label)."""
    return sum(1 for line in text.splitlines() if _BULLET_RE.match(line))


async def test_a_scam_sms_gets_its_verdict_and_at_most_three_reasons_then_the_details_on_demand():
    chat = Chat()
    await chat.send(SCAM)
    short = chat.text
    assert "⛔ Probablement une arnaque" in short
    assert _bullets(short) <= 3
    assert "Aucun signe particulier" not in short
    assert "n:details" in chat.buttons()
    await chat.press("n:details")
    details = chat.text
    assert _bullets(details) > _bullets(short)
    assert "Pourquoi :" in details
    assert "intrum-paiement[.]com" in details and "https://intrum-paiement.com" not in details
    assert "n:todo" in chat.buttons()  # the next steps are still there after the details


async def test_a_scam_verdict_is_never_followed_by_no_sign_found():
    chat = Chat()
    await chat.send("Intrum : reglez 300e par carte cadeau Amazon avant ce soir sinon huissier")
    assert "⛔" in chat.text or "⚠️" in chat.text
    assert "Aucun signe particulier" not in chat.text


async def test_a_link_asked_about_in_a_sentence_gets_the_answer_it_gets_typed_alone():
    alone, asked = Chat(), Chat()
    await alone.send("myintrum.fr")
    await asked.send("on m a envoye ce lien myintrum.fr c est normal ?")
    assert asked.text == alone.text
    assert "Message analysé" not in asked.text


async def test_a_number_asked_about_in_a_sentence_gets_the_answer_it_gets_typed_alone():
    alone, asked = Chat(), Chat()
    await alone.send("+225 07 12 34 56 78")
    await asked.send("jai recu un appel du +225 07 12 34 56 78 c est une arnaque ?")
    assert asked.text == alone.text


async def test_a_received_message_keeps_its_message_verdict():
    chat = Chat()
    await chat.send(SCAM)
    assert "Message analysé" in chat.text


async def test_an_unconfirmed_site_is_never_called_a_site_on_our_official_list():
    chat = Chat()
    await chat.send("myintrum.fr")
    await chat.press("n:details")
    assert "liste de sites officiels" not in chat.text
    assert "non confirmé" in chat.text
    assert "myintrum[.]fr" in chat.text and "myintrum.fr" not in chat.text  # not a site to type


async def test_the_official_site_to_type_is_written_typeable():
    chat = Chat()
    await chat.send("myintrum.fr")
    await chat.press("n:details")
    assert "passez par intrum.fr" in chat.text
    assert "intrum[.]fr," not in chat.text


def test_only_confirmed_official_bare_addresses_become_typeable():
    assert typeable("tapez intrum[.]fr vous-même") == "tapez intrum.fr vous-même"
    assert typeable("hxxps://intrum[.]fr/payer") == "hxxps://intrum[.]fr/payer"  # a link: not to click
    assert typeable("intrum[.]fr[.]secure-paiement[.]com") == "intrum[.]fr[.]secure-paiement[.]com"
    assert typeable("myintrum[.]fr") == "myintrum[.]fr"  # cited by the press only
    assert typeable("intrum-paiement[.]com") == "intrum-paiement[.]com"


async def test_a_prescription_answer_starts_with_the_answer_and_keeps_the_caveats_for_later():
    chat = Chat()
    await chat.send("ma dette est elle prescrite ?")
    await chat.press("p:t:telecom")
    await chat.send("15/03/2022")
    await chat.press("p:e:none")
    await chat.press("p:l:single")
    first_line = chat.text.splitlines()[0]
    assert "prescrite depuis le 16 mars 2023" in first_line
    assert len(chat.text.splitlines()) <= 4  # the answer and at most three short lines
    assert "Mode de calcul" not in chat.text
    await chat.press("n:details")
    assert "Mode de calcul" in chat.text and "pas un conseil juridique" in chat.text


async def test_a_consumer_credit_is_said_foreclosed_not_prescribed():
    chat = Chat()
    await chat.send("ma dette est elle prescrite ?")
    await chat.press("p:t:consumer_credit")
    await chat.send("15/03/2022")
    await chat.press("p:e:none")
    assert "forclusion" in chat.text.splitlines()[0]


async def test_the_details_of_a_sum_among_several_keep_the_question_of_the_most_recent_one():
    chat = Chat()
    await chat.send("ma dette est elle prescrite ?")
    await chat.press("p:t:rent")
    await chat.send("janvier 2022")
    await chat.press("p:e:none")
    await chat.press("n:details")
    assert "p:l:single" in chat.buttons()
    await chat.send("le 5 mars 2023")
    assert "toutes sont prescrites" in chat.text.splitlines()[0]


async def test_a_call_time_answer_is_short_and_does_not_repeat_the_law_four_times():
    chat = Chat()
    await chat.send("on m a appele samedi a 21h30")
    assert "⚠️ Suspect" in chat.text
    assert chat.text.count("L121-6") <= 1
    assert len(chat.text.splitlines()) <= 5  # title, verdict, three short reasons
    await chat.press("n:details")
    assert "L121-6" in chat.text


def test_a_short_reason_is_the_first_sentence_never_cut_inside_an_article_reference():
    from bot.conversation.render import short_reason

    assert short_reason("Délai de 1 an (art. L34-2 CPCE). Ensuite.") == "Délai de 1 an (art. L34-2 CPCE)."
    assert short_reason("Voir art. 2224 du code. Puis.") == "Voir art. 2224 du code."
    long = "mot " * 80
    assert short_reason(long).endswith("…") and len(short_reason(long)) <= 175


async def test_a_scam_story_around_a_link_keeps_the_message_verdict():
    chat = Chat()
    await chat.send("je recois ca : votre colis est bloque, payez 1,99e sur colis-fr.top c est une arnaque ?")
    assert "Message analysé" in chat.text


async def test_a_forwarded_message_with_one_link_keeps_the_message_verdict():
    chat = Chat()
    await chat.send("je vous envoie le lien myintrum.fr", forwarded_from="Service client")
    assert "Message analysé" in chat.text
