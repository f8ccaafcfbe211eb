"""The person's own words are not a pasted scam message (user test of 2/12/2026, docs/usertest-2026-11-30.md): a plea
written to the bot in the first person, with no link, no number, no sender line and nothing quoted, is answered as
theirs; real pasted scam messages are still analysed."""

from __future__ import annotations

import pytest

from tests.chat_harness import Chat

_ANALYSED = "Message analysé"


async def _chat(typed: str) -> Chat:
    chat = Chat()
    await chat.send(typed)
    return chat


@pytest.mark.parametrize(
    "typed",
    [
        "bonjour madame monsieur je me permets de vous ecrire car je suis dans une situation tres difficile",
        "Bonjour Madame, Monsieur, je me permets de vous écrire car je suis dans une situation très difficile.",
        "bonjour madame, j'ai besoin d'aide, je suis dans une situation difficile",
        "bonjour monsieur je vous ecris car jai besoin d aide",
        "aidez moi svp je suis dans une situation tres difficile",
        "madame monsieur je suis dans une situation tres difficile et je sais plus quoi faire",
    ],
)
async def test_a_plea_written_to_the_bot_is_answered_as_the_persons_own_words(typed: str) -> None:
    chat = await _chat(typed)
    assert _ANALYSED not in chat.text
    assert "pas bien compris" not in chat.text
    assert "m:check" in chat.buttons() or "m:distress" in chat.buttons()


@pytest.mark.parametrize(
    "typed",
    [
        "Cher client, votre colis est en attente, réglez les frais de 1,99€ sur https://colis-frai.com",
        "Votre colis n'a pas pu etre livre. Confirmez votre adresse sur https://suivi-colis-fr.info",
        "Bonjour madame, votre dossier 4587 est transmis a notre service contentieux, rappelez le 0970280830 sous 48h",
        "coucou maman c'est moi j'ai changé de numéro, tu peux m'envoyer un message sur whatsapp ?",
        "maman j'ai besoin d'aide c'est urgent, mon telephone est cassé, j'ai un nouveau numero, envoie moi un message",
        "Madame, Monsieur, nous vous informons que votre dette est impayée, veuillez régler sous 24h au 0612345678",
    ],
)
async def test_a_pasted_scam_message_is_still_analysed(typed: str) -> None:
    chat = await _chat(typed)
    assert _ANALYSED in chat.text


async def test_a_long_first_person_story_is_routed_as_a_story_not_a_paste() -> None:
    story = "intrum me harcele depuis des mois pour une facture sfr de 2019 que jai deja payer. " * 80
    assert len(story) > 6000
    chat = await _chat(story)
    assert _ANALYSED not in chat.text
