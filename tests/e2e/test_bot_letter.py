"""The letter dialogue end to end: fields one by one, a preview, then the PDF as a Telegram document."""

from __future__ import annotations

import io

import httpx
from pypdf import PdfReader

from tests.e2e.conftest import BotMessage, BotProcess, Chat, shown

ANSWERS = {  # what the user types when the bot asks (prompt fragment -> answer)
    "nom et prénom": "Camille Martin",
    "votre adresse postale": "12 rue des Lilas\n69003 Lyon",
    "nom du destinataire": "Intrum",
    "adresse du destinataire": "Service clients\n69800 Saint-Priest",
    "ville d'où vous écrivez": "Lyon",
}


async def answer(chat: Chat, prompt: BotMessage) -> None:
    """Answer one question of the dialogue as a hurried user would: type what is asked, skip the optional."""
    text = shown(prompt).casefold()
    for fragment, value in ANSWERS.items():
        if fragment in text:
            await chat.send(value)
            return
    if any("Passer" in label for label, _ in prompt.buttons):
        await chat.press(prompt, "Passer")
        return
    raise AssertionError(f"unexpected question in the letter dialogue: {shown(prompt)[:300]}")


async def test_the_stop_calls_letter_arrives_as_a_pdf(
    bot: BotProcess, bot_chat: Chat, http: httpx.AsyncClient
) -> None:
    await bot_chat.send("/menu")
    menu = await bot_chat.wait_for_reply(lambda m: bool(m.buttons))
    await bot_chat.press(menu, "Écrire une lettre")
    kinds = await bot_chat.wait_for_text("Quelle lettre")
    await bot_chat.press(kinds, "cesser les appels")

    for _ in range(15):
        prompt = await bot_chat.wait_for_reply(lambda m: bool(m.buttons))
        if "Aperçu" in "\n".join(shown(m) for m in bot_chat.replies()):
            break
        await answer(bot_chat, prompt)
    else:
        raise AssertionError("the letter dialogue never showed a preview")
    preview = "\n".join(shown(m) for m in bot_chat.replies())
    assert "Camille Martin" in preview and "Objet" in preview

    await bot_chat.press(prompt, "Créer le PDF")
    sent = await bot_chat.wait_for_reply(lambda m: m.document is not None)
    assert sent.document is not None
    assert sent.document["file_name"].endswith(".pdf")

    info = (await http.post(f"/bot{bot.token}/getFile", data={"file_id": sent.document["file_id"]})).json()
    pdf = (await http.get(f"/file/bot{bot.token}/{info['result']['file_path']}")).content
    assert pdf.startswith(b"%PDF")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Camille Martin" in text
    assert "Saint-Priest" in text
    assert "L121-7" in text
