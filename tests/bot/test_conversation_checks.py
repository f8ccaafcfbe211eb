"""The conversation core with the real checks: verdicts, next steps, guided dialogues, letters, feedback."""

from __future__ import annotations

import io

import pypdf
import pytest

from bot.conversation.state import State
from tests.chat_harness import USER, Chat
from tests.system_tools import needs_tesseract

SCAM_SMS = (
    "Intrum: votre dossier 4587 est transmis à l'huissier. Réglez 245 EUR sous 24h sur "
    "https://intrum-paiement.top sinon saisie de vos biens."
)
NEXT_STEPS = ["n:details", "n:when", "n:todo", "n:report", "n:letter", "n:wrong", "m:menu"]
# A message is received, not a call: no "Quand ont-ils appelé ?" after it.
MESSAGE_NEXT_STEPS = [b for b in NEXT_STEPS if b != "n:when"]


async def test_number_gets_a_verdict_with_reasons_and_next_step_buttons():
    chat = Chat()
    await chat.send("04 72 80 14 14")
    assert "📞 Numéro 04 72 80 14 14" in chat.text
    assert "Intrum France" in chat.text
    assert "usurpé" in chat.text  # a known number never proves who calls
    assert chat.buttons() == NEXT_STEPS


async def test_canvassing_range_number_is_suspicious():
    chat = Chat()
    await chat.send("+33 (0)9 48 12 34 56")
    assert "⚠️ Suspect" in chat.text
    assert "0948" in chat.text


async def test_scam_sms_gets_two_verdicts_and_never_a_live_link():
    chat = Chat()
    await chat.send(SCAM_SMS)
    assert "Qui vous contacte ?" in chat.text
    assert "⛔ Probablement une arnaque" in chat.text
    assert "Ce qu'on vous demande est-il légal ?" in chat.text
    assert "https://intrum-paiement.top" not in chat.text
    assert "intrum-paiement[.]top" in chat.text
    assert chat.buttons() == MESSAGE_NEXT_STEPS


async def test_forwarded_message_mentions_its_origin_and_is_analysed():
    chat = Chat()
    await chat.send(
        "Réglez 245 EUR sous 24h sur https://intrum-paiement.top", forwarded_from="Service Client"
    )
    assert "Message transféré (origine : Service Client)" in chat.text
    assert "Qui vous contacte ?" in chat.text


async def test_link_is_checked_and_shown_defanged():
    chat = Chat()
    await chat.send("https://intrum-paiement.top/payer")
    assert "hxxps://intrum-paiement[.]top/payer" in chat.text
    assert "n:when" not in chat.buttons()  # no call to time for a link


async def test_what_to_do_after_a_scam_verdict_never_says_to_pay():
    chat = Chat()
    await chat.send(SCAM_SMS)
    await chat.press("n:todo")
    assert "Ne payez rien" in chat.text
    assert "33700" in chat.text


@pytest.mark.parametrize(
    ("text", "offered", "not_offered"),
    [
        (SCAM_SMS, "g:court_and_enforcement", "g:fees_stay_with_creditor"),
        (
            "Intrum : vous devez 320 EUR, plus 40 EUR de frais de recouvrement à votre charge. "
            "Appelez le 01 41 91 00 00.",
            "g:fees_stay_with_creditor",
            "g:calls_and_harassment",
        ),
        (
            "Colissimo : votre colis est bloqué, réglez 1,99 EUR de frais de livraison sur "
            "https://colis-suivi.top",
            "g:verify_collector",
            "g:fees_stay_with_creditor",
        ),
    ],
)
async def test_what_to_do_offers_the_guide_cards_the_findings_point_to(text, offered, not_offered):
    chat = Chat()
    await chat.send(text)
    await chat.press("n:todo")
    assert offered in chat.buttons()
    assert not_offered not in chat.buttons()


async def test_report_after_a_scam_link_shows_routes_and_counts_one_vote_per_user():
    chat = Chat()
    await chat.send("https://intrum-paiement.top/payer")
    await chat.press("n:report")
    assert "33700" in chat.text
    await chat.press("r:vote")
    assert "signalé 1 fois" in chat.text
    await chat.send("https://intrum-paiement.top/payer")
    assert "Signalé 1 fois par des utilisateurs" in chat.text
    await chat.press("n:report")
    await chat.press("r:vote")
    assert "déjà signalé" in chat.text


async def test_official_number_cannot_be_voted_on():
    chat = Chat()
    await chat.send("04 72 80 14 14")
    await chat.press("n:report")
    assert "r:vote" not in chat.buttons()


async def test_wrong_verdict_feedback_keeps_codes_without_the_text_by_default():
    chat = Chat()
    await chat.send(SCAM_SMS)
    await chat.press("n:wrong")
    await chat.press("f:codes")
    assert "Merci" in chat.text
    [saved] = await chat.store.list_feedback()
    assert saved.kind == "message" and saved.verdict == "likely_scam"
    assert "message.impersonation_link" in saved.codes
    assert saved.text is None


async def test_wrong_verdict_feedback_with_text_only_when_the_user_chooses():
    chat = Chat()
    await chat.send("04 72 80 14 14")
    await chat.press("n:wrong")
    await chat.press("f:text")
    await chat.send("C'était bien Intrum, j'ai vérifié sur mon courrier")
    [saved] = await chat.store.list_feedback()
    assert saved.text == "C'était bien Intrum, j'ai vérifié sur mon courrier"


async def test_when_did_they_call_after_a_number():
    chat = Chat()
    await chat.send("04 72 80 14 14")
    await chat.press("n:when")
    await chat.send("dimanche 21h")
    assert "dimanche 15 novembre 2026 à 21h00" in chat.text


async def test_prescription_dialogue_with_buttons_and_plain_dates():
    chat = Chat()
    await chat.send("ma dette est-elle prescrite ?")
    assert "p:t:telecom" in chat.buttons()
    await chat.press("p:t:telecom")
    await chat.send("mars 2022")
    assert "p:e:payment" in chat.buttons() and "p:e:unsure" in chat.buttons()
    await chat.press("p:e:none")
    assert "prescrite" in chat.text
    assert "1 an" in chat.text and "L34-2" in chat.text
    assert "Point-justice" in chat.text


@pytest.mark.parametrize("typed", ["non", "Non.", "rien", "c'est tout"])
async def test_no_typed_at_the_events_question_means_nothing_happened(typed):
    chat = Chat()
    await chat.send("ma dette est-elle prescrite ?")
    await chat.press("p:t:telecom")
    await chat.send("mars 2022")
    await chat.send(typed)
    assert "L34-2" in chat.text and "pas compris" not in chat.text


async def test_payment_before_expiry_restarts_the_period():
    chat = Chat()
    await chat.send("/menu")
    await chat.press("m:prescription")
    await chat.press("p:t:consumer_goods_services")
    await chat.send("15/03/2022")
    await chat.press("p:e:payment")
    await chat.send("il y a 3 ans")  # 22/11/2023: before the 2-year period ran out
    assert "Autre chose depuis" in chat.text
    await chat.press("p:e:none")
    await chat.press("n:details")
    assert "2025" in chat.text


async def test_prescription_date_not_understood_gets_examples_then_continues():
    chat = Chat()
    await chat.send("/menu")
    await chat.press("m:prescription")
    await chat.press("p:t:rent")
    await chat.send("bof")
    assert "Je n'ai pas compris la réponse" in chat.text and "mars 2022" in chat.text
    await chat.send("je sais plus")  # not a refusal: a rough date is enough (hunt of 30/11/2026)
    assert "à peu près suffit" in chat.text and "pas compris" not in chat.text
    await chat.send("l'année dernière peut-être")
    assert "p:e:none" in chat.buttons()


async def test_prescription_future_date_is_refused_kindly():
    chat = Chat()
    await chat.send("/menu")
    await chat.press("m:prescription")
    await chat.press("p:t:energy")
    await chat.send("15/03/2030")
    assert "futur" in chat.text


async def test_new_number_in_the_middle_of_a_dialogue_is_checked():
    chat = Chat()
    await chat.send("/menu")
    await chat.press("m:prescription")
    await chat.press("p:t:telecom")
    await chat.send("04 72 80 14 14")
    assert "📞 Numéro" in chat.text
    saved = await chat.store.get_state(USER)
    assert saved is not None and State.from_json(saved.data).flow == ""


async def test_letter_dialogue_collects_fields_previews_and_sends_a_pdf_with_a_reminder():
    chat = Chat()
    await chat.send("/menu")
    await chat.press("m:letter")
    await chat.press("L:rgpd_access")
    for answer in [
        "Marie Dupont",
        "12 rue des Lilas\n69003 Lyon",
        "Intrum France",
        "97 allée Alexandre Borodine\n69800 Saint-Priest",
        "Lyon",
    ]:
        await chat.send(answer)
    await chat.press("lc:skip")
    await chat.send("passer")
    assert "Aperçu de votre lettre" in chat.text
    assert "Marie Dupont" in chat.text
    await chat.press("l:pdf")
    [document] = [d for r in chat.replies for d in r.documents]
    assert document.mime == "application/pdf"
    pages = pypdf.PdfReader(io.BytesIO(document.content)).pages
    assert "Marie Dupont" in "".join(p.extract_text() for p in pages)
    assert "rm:yes" in chat.buttons()
    await chat.press("rm:yes")
    assert "22/12/2026" in chat.text
    [reminder] = await chat.store.due_reminders(__import__("datetime").date(2026, 12, 22))
    assert reminder.chat_id == 4242
    saved = await chat.store.get_state(USER)
    assert saved is not None and "Marie" not in str(saved.data)  # answers dropped once done


async def test_letter_refusing_an_answer_asks_only_that_field_again():
    chat = Chat()
    await chat.send("/menu")
    await chat.press("m:letter")
    await chat.press("L:rgpd_access")
    rambling = (
        "Je m'appelle Marie Dupont, j'habite au 12 rue des Lilas a Lyon, mon dossier est le 4587, "
        "c'est pour savoir ce qu'ils ont sur moi merci beaucoup"
    )
    await chat.send(rambling)
    # Refused as soon as it is typed (not one question later), with the reason, and asked again.
    assert "trop long" in chat.text and "nom" in chat.text.lower()
    await chat.send("Marie Dupont")
    for answer in ["12 rue des Lilas\n69003 Lyon", "Intrum France", "97 allée Borodine\n69800 Saint-Priest"]:
        await chat.send(answer)
    await chat.send("Lyon")
    await chat.press("lc:skip")
    await chat.send("passer")
    assert "Aperçu de votre lettre" in chat.text and "12 rue des Lilas" in chat.text


async def test_a_truncated_png_gets_the_reason_in_plain_french():
    chat = Chat()
    await chat.send_image(b"\x89PNG\r\n\x1a\nnot really an image")
    assert "pas une image lisible" in chat.text or "pas disponible" in chat.text


def _screenshot(text: str) -> bytes:
    from pathlib import Path

    from PIL import Image, ImageDraw, ImageFont

    font_path = Path(__file__).resolve().parents[2] / "knowledge" / "fonts" / "DejaVuSans.ttf"
    image = Image.new("RGB", (1200, 60 + 50 * text.count("\n")), "white")
    ImageDraw.Draw(image).multiline_text(
        (20, 20), text, fill="black", font=ImageFont.truetype(str(font_path), 36)
    )
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@needs_tesseract
async def test_screenshot_of_a_scam_sms_is_read_and_analysed():
    chat = Chat()
    await chat.send_image(
        _screenshot(
            "Intrum : votre dossier est transmis\na l'huissier. Reglez 245 EUR sous 24h sur\nhttps://intrum-paiement.top"
        )
    )
    assert "Texte lu dans l'image" in chat.text
    assert "Qui vous contacte ?" in chat.text
    assert "intrum-paiement[.]top" in chat.text
    assert "https://intrum-paiement.top" not in chat.text


async def test_broken_image_gets_the_reason_in_plain_french():
    chat = Chat()
    await chat.send_image(b"GIF89a broken")
    assert "pas une image lisible" in chat.text or "pas disponible" in chat.text


async def test_debt_type_can_be_typed_instead_of_pressed():
    chat = Chat()
    await chat.send("ma dette est-elle prescrite ?")
    await chat.send("je sais pas trop")
    assert "type de dette avec un bouton" in chat.text
    await chat.send("Télécom")
    assert "Depuis quand n'avez-vous plus payé" in chat.text


async def test_after_a_judgment_the_court_questions_are_not_asked_again():
    chat = Chat()
    await chat.send("/menu")
    await chat.press("m:prescription")
    await chat.press("p:t:judgment")
    assert "signifié" in chat.text
    await chat.send("mars 2018")
    assert "p:e:court_claim" not in chat.buttons() and "p:e:judgment" not in chat.buttons()
    assert "p:e:payment" in chat.buttons() and "p:e:enforcement" in chat.buttons()
