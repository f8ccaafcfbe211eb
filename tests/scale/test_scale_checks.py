"""The scale run's own checks must be able to fail: a duplicate, a loss, a swap and a stray message are each
seen; and the HAProxy configuration it runs is deploy/haproxy.cfg with the run's ports."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.load.fake_bot_api import Sent
from tests.load.scenario import Expected
from tests.scale.cluster import haproxy_config
from tests.scale.run import Verdict, check_chat
from tests.system_tools import haproxy_binary, require

BLOCKS = [
    [Expected("un", ())],
    [Expected("deux a", ()), Expected("deux b", ("m:menu",))],
    [Expected("trois", ())],
]


def sent(*texts: str) -> list[Sent]:
    return [
        Sent("sendMessage", 1, i, text, ("m:menu",) if text == "deux b" else (), float(i))
        for i, text in enumerate(texts)
    ]


def verdict_of(*texts: str) -> Verdict:
    verdict = Verdict()
    check_chat(1, sent(*texts), BLOCKS, verdict)
    return verdict


def test_every_answer_once_in_order_is_clean() -> None:
    v = verdict_of("un", "deux a", "deux b", "trois")
    assert (v.updates, v.answered_once, v.duplicates, v.lost, v.out_of_order, v.unexpected) == (
        3,
        3,
        0,
        0,
        0,
        0,
    )


def test_a_message_sent_twice_is_a_duplicate_and_not_answered_once() -> None:
    v = verdict_of("un", "deux a", "deux a", "deux b", "trois")
    assert (v.answered_once, v.duplicates, v.lost) == (2, 1, 0)


def test_a_missing_answer_is_lost() -> None:
    v = verdict_of("un", "trois")
    assert (v.answered_once, v.lost) == (2, 1)


def test_answers_swapped_are_out_of_order() -> None:
    v = verdict_of("un", "trois", "deux a", "deux b")
    assert v.out_of_order == 1 and v.lost == 0


def test_a_stray_message_is_unexpected() -> None:
    v = verdict_of("un", "deux a", "deux b", "Une erreur est survenue", "trois")
    assert v.unexpected == 1 and v.answered_once == 3


def test_the_run_uses_the_deploy_configuration_with_its_own_ports(tmp_path: Path) -> None:
    text = haproxy_config(18443, [18081, 18082, 18083])
    assert "bind 127.0.0.1:18443" in text and "server w18082 127.0.0.1:18082 check" in text
    lines = [line.strip() for line in text.splitlines()]
    assert not any(
        line.startswith(("user ", "group ", "daemon", "log /dev/log", "server w8081")) for line in lines
    )
    assert "retry-on conn-failure" in text and "option httpchk GET /healthz" in text
    require("haproxy")
    binary = haproxy_binary()
    assert binary is not None
    config = tmp_path / "haproxy.cfg"
    config.write_text(text)
    checked = subprocess.run([binary, "-c", "-f", str(config)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr
