"""The bot never opens a link it checks: no connection, no DNS lookup, not even one a library would swallow.

Two layers catch an attempt:
- Python's audit hooks (``socket.connect``, ``socket.getaddrinfo``… raised by the C socket module itself, so
  no library can bypass them and no ``except Exception`` can hide them: the hook records before it raises);
- monkeypatched ``socket.socket.connect``, ``socket.create_connection`` and ``socket.getaddrinfo``.
Every attempt is recorded; the test asserts the record is empty, whatever the code did with the exception.

The subprocess test installs the guard before anything is imported, so import-time fetches (a Public Suffix
List download by tldextract, for example) are caught too.
"""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.conversation.core import Conversation
from bot.conversation.default_services import DefaultServices
from bot.conversation.model import UserInput
from checks.dispatch import check_any
from checks.links import check_link, find_links
from checks.message import analyse_message
from tests.chat_harness import memory_store

ROOT = Path(__file__).resolve().parents[2]

LINKS = [
    "https://www.intrum.fr/",
    "intrum.fr",
    "https://intrum-paiement.top/regler",
    "http://intrurn.fr",
    "https://іntrum.fr",  # Cyrillic і
    "https://xn--ntrum-zva.fr",
    "https://intrum.fr.reglement-dossier.com/login",
    "https://www.intrum.fr@evil.example/",
    "hxxps://intrum[.]fr/paiement",
    "https://bit.ly/3xYzAbc",
    "https://tinyurl.com/intrum-dossier",
    "https://t.co/abc",
    "https://cutt.ly/pay",
    "https://is.gd/x",
    "https://intrum-fr.web.app",
    "https://sites.google.com/view/intrum-paiement",
    "http://127.0.0.1:8080/admin",
    "http://localhost/",
    "http://[::1]/",
    "http://169.254.169.254/latest/meta-data/",
    "http://0x7f000001/",
    "http://2130706433/",
    "https://ameli.fr",
    "https://www.impots.gouv.fr",
    "https://amendes-gouv.fr-paiement.xyz",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "ftp://intrum.fr/dossier",
    "mailto:contact@intrum.fr",
    "contact@intrum.fr",
    "https://intrum.fr:99999/",
    "https://" + "a" * 300 + ".fr",
]
MESSAGES = [
    f"Bonjour, réglez votre dossier n°48213 de 245 EUR sous 24h sur {link} sinon saisie. Tel 09 48 12 34 56"
    for link in LINKS
]
AUDITED = {
    "socket.connect",
    "socket.connect_ex",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "socket.sendto",
    "socket.sendmsg",
    "http.client.connect",
    "urllib.Request",
}


class NetworkAttempt(OSError):
    """Raised on any network use; the record is what the test checks, so swallowing it changes nothing."""


class Guard:
    def __init__(self) -> None:
        self.attempts: list[str] = []
        self.active = False

    def audit(self, event: str, args: tuple[Any, ...]) -> None:
        if self.active and event in AUDITED:
            self.attempts.append(f"{event} {args[1:2]!r}"[:200])
            raise NetworkAttempt(event)

    def blocked(self, name: str) -> Any:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            self.attempts.append(f"{name} {args[-1:]!r}"[:200])
            raise NetworkAttempt(name)

        return refuse


_GUARD = Guard()
sys.addaudithook(_GUARD.audit)  # audit hooks cannot be removed; this one only acts while a test is guarded


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[Guard]:
    _GUARD.attempts.clear()
    monkeypatch.setattr(socket.socket, "connect", _GUARD.blocked("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", _GUARD.blocked("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", _GUARD.blocked("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", _GUARD.blocked("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", _GUARD.blocked("gethostbyname"))
    _GUARD.active = True
    try:
        yield _GUARD
    finally:
        _GUARD.active = False


def test_the_guard_catches_an_attempt_even_when_it_is_swallowed(no_network: Guard) -> None:
    """Proof the guard works: a library that hides the error still leaves a record."""
    with socket.socket() as sock:
        for attempt in (
            lambda: socket.getaddrinfo("intrum.fr", 443),
            lambda: socket.create_connection(("intrum.fr", 443), timeout=0.01),
            lambda: sock.connect(("127.0.0.1", 9)),
        ):
            with contextlib.suppress(Exception):  # what a careless library would do
                attempt()
    assert len(no_network.attempts) == 3


def test_checks_never_touch_the_network(no_network: Guard) -> None:
    for link in LINKS:
        check_link(link)
        check_any(link)
        check_any(link, "link")
        find_links(f"voir {link} svp")
    for message in MESSAGES:
        analyse_message(message)
        check_any(message)
    assert no_network.attempts == []


async def test_conversation_core_never_touches_the_network(no_network: Guard) -> None:
    conversation = Conversation(DefaultServices(), await memory_store())
    user = "u-no-network"
    for text in [*LINKS, *MESSAGES[:8]]:
        replies = await conversation.handle(user, UserInput.of_text(text), chat_id=1)
        assert replies
        for data in ("n:report", "r:vote", "n:todo", "n:wrong", "m:menu"):
            await conversation.handle(user, UserInput.of_button(data), chat_id=1)
    assert no_network.attempts == []


_SUBPROCESS = textwrap.dedent(
    """
    import json, socket, sys
    attempts = []
    AUDITED = set(json.loads(sys.argv[1]))

    def hook(event, args):
        if event in AUDITED:
            attempts.append(event)
            raise OSError("network blocked: " + event)

    sys.addaudithook(hook)

    def refuse(*args, **kwargs):
        attempts.append("patched")
        raise OSError("network blocked")

    socket.socket.connect = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    import asyncio
    from checks.dispatch import check_any
    from bot.conversation.core import Conversation
    from bot.conversation.default_services import DefaultServices
    from bot.conversation.model import UserInput
    from bot.store.sqlite import open_store
    import knowledge
    knowledge.load_all()

    links = json.loads(sys.argv[2])
    for link in links:
        check_any(link)
        check_any("Payez sur " + link + " sous 24h, huissier demain")

    async def chat():
        store = await open_store(":memory:", secret="s" * 32)
        conversation = Conversation(DefaultServices(), store)
        for link in links:
            await conversation.handle("u-sub", UserInput.of_text(link), chat_id=1)
        await store.close()  # its thread would keep the process alive

    asyncio.run(chat())
    print(json.dumps(attempts))
    try:  # the guard itself still works at the end (nothing unpatched it)
        socket.getaddrinfo("intrum.fr", 443)
    except OSError:
        pass
    print(json.dumps(attempts))
    """
)


def test_a_whole_process_with_the_network_blocked_from_the_start_makes_no_attempt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SUBPROCESS, json.dumps(sorted(AUDITED)), json.dumps(LINKS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    during, probe = done.stdout.strip().splitlines()[-2:]
    assert json.loads(during) == []
    assert json.loads(probe), "the guard was not active at the end of the run"
