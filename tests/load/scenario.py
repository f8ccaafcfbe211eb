"""What the simulated users send, and the exact messages the bot must answer, computed beforehand.

Each user follows a script of mixed inputs (numbers, links, SMS, questions, button presses, a prescription
dialogue), varied per user so the caches do not answer everything. The oracle runs the same script through
the conversation core in memory and renders each reply the way the Telegram adapter does (``split_html``,
keyboard on the last chunk): the load test then compares, chat by chat, what the bot really sent with what
it should have sent. Nothing lost, nothing doubled, nothing out of order.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.conversation.model import Reply, UserInput
from bot.store.sqlite import open_store
from bot.telegram_app import split_html


@dataclass(frozen=True)
class Step:
    kind: str  # "text" or "button"
    value: str

    def as_input(self) -> UserInput:
        return UserInput.of_text(self.value) if self.kind == "text" else UserInput.of_button(self.value)


@dataclass(frozen=True)
class Expected:
    """One message the bot must send: its HTML text and the callback data of its buttons."""

    text: str
    buttons: tuple[str, ...]


def t(value: str) -> Step:
    return Step("text", value)


def b(value: str) -> Step:
    return Step("button", value)


SMS = (
    "INTRUM: votre dossier n°{n} est transmis à l'huissier. Réglez 389,90 EUR sous 24h sur "
    "https://intrum-reglement{n}.top/payer sinon saisie sur salaire."
)
SMS_CALM = "Bonjour, Intrum vous rappelle votre échéance de {n} euros. Contact : 04 72 80 14 14."


def script(user: int, length: int = 10) -> list[Step]:
    """The inputs of user number ``user``: one of four mixes, details varied by the number."""
    n = user % 100
    scripts = [
        [  # the prescription dialogue, then checks
            t("/start"),
            b("m:prescription"),
            b("p:t:telecom"),
            t("15/03/2022"),
            b("p:e:none"),
            t(f"04 72 80 14 {n:02d}"),
            b("n:todo"),
            t(f"https://intrum-paiement.top/regler{user}"),
            b("m:menu"),
            t("ils m'appellent le dimanche à 21h"),
        ],
        [  # an SMS, then a dialogue typed in words
            t(SMS.format(n=user)),
            b("n:todo"),
            t(f"+33 (0)9 48 12 34 {n:02d}"),
            t(f"http://bit.ly/intrum{user}"),
            t("ma dette est-elle prescrite ?"),
            b("p:t:consumer_credit"),
            t("01/02/2020"),
            b("p:e:payment"),
            t("10/05/2021"),
            b("p:e:none"),
        ],
        [  # numbers and links only
            t(f"06 12 34 56 {n:02d}"),
            t("https://www.intrum.fr"),
            t(f"0899 12 34 {n:02d}"),
            t(f"hxxps://intrum-fr.secure-pay.xyz/{user}"),
            t("04 72 80 14 14"),
            b("n:report"),
            t(f"+33 1 84 80 {n:02d} {n:02d}"),
            t(SMS_CALM.format(n=100 + user)),
            t("/aide"),
            t("merci"),
        ],
        [  # questions and menu buttons
            t("/menu"),
            b("m:rights"),
            t("quels sont mes droits face à un recouvreur ?"),
            t("ils m'appellent le dimanche"),
            t(f"07 81 23 {n:02d} 45"),
            b("n:when"),
            t("hier à 22h"),
            t("/annuler"),
            t(SMS.format(n=10_000 + user)),
            t("/confidentialite"),
        ],
    ]
    chosen = scripts[user % len(scripts)]
    return [chosen[i % len(chosen)] for i in range(length)]


def render(reply: Reply) -> list[Expected]:
    """The messages the Telegram adapter sends for one reply (documents are not used under load)."""
    chunks = split_html(reply.text)
    buttons = tuple(button.data for row in reply.buttons for button in row)
    return [
        Expected(chunk, buttons if index == len(chunks) - 1 and not reply.documents else ())
        for index, chunk in enumerate(chunks)
    ]


async def expected_answers(
    steps: list[Step], services: DefaultServices | None = None
) -> list[list[Expected]]:
    """For each step of a script, the messages the bot must send (same services, a fresh memory store)."""
    store = await open_store(":memory:", secret="o" * 32)
    conversation = Conversation(services or DefaultServices(), store)
    answers: list[list[Expected]] = []
    try:
        for step in steps:
            replies = await conversation.handle("u-oracle" + "0" * 56, step.as_input(), chat_id=1)
            answers.append([message for reply in replies for message in render(reply)])
    finally:
        await store.close()  # also run outside pytest (``tests.load.run``): nothing closes it for us
    return answers
