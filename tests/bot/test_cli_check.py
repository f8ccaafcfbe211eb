"""The `check` command line: its JSON shapes are relied on by other tools, so they are pinned here."""

import io
import json
import subprocess
import sys
from typing import Any

import pytest

from bot.cli.check import iter_results
from bot.cli.main import main

RESULT_KEYS = {"kind", "verdict", "findings", "summary"}
FINDING_KEYS = {"code", "severity", "message", "source"}
VERDICTS = {"likely_legit", "suspicious", "likely_scam", "inconclusive"}


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    assert main(["check", "--json", *argv]) == 0
    out: dict[str, Any] = json.loads(capsys.readouterr().out)
    return out


def assert_findings_shape(findings: object) -> None:
    assert isinstance(findings, list)
    for item in findings:
        assert set(item) == FINDING_KEYS


def test_an_unquoted_number_is_checked_as_one_number(capsys: pytest.CaptureFixture[str]) -> None:
    out = run_json(capsys, "04", "72", "80", "14", "14")
    assert set(out) == RESULT_KEYS | {"number"}
    assert out["kind"] == "number" and out["verdict"] in VERDICTS
    assert set(out["number"]) == {"input", "e164", "category", "region", "known_as", "operator", "allocated"}
    assert out["number"]["e164"] == "+33472801414"
    assert_findings_shape(out["findings"])


def test_a_defanged_lookalike_link_is_a_link_and_flagged(capsys: pytest.CaptureFixture[str]) -> None:
    out = run_json(capsys, "hxxps://myintrum-fr[.]com/payer")
    assert set(out) == RESULT_KEYS | {"link"}
    assert set(out["link"]) == {"input", "display", "host", "domain", "official_for", "imitates"}
    assert out["verdict"] in {"suspicious", "likely_scam"}
    assert "http" not in out["link"]["display"].replace("hxxp", "")


def test_a_message_gets_two_verdicts_and_its_numbers_and_links(capsys: pytest.CaptureFixture[str]) -> None:
    sms = "Dernier avis avant saisie : réglez sous 24h sur myintrum-fr.com ou appelez le 08 99 12 34 56"
    out = run_json(capsys, sms)
    assert set(out) == RESULT_KEYS | {"lawfulness", "lawfulness_findings", "numbers", "links"}
    assert out["kind"] == "message"
    assert out["lawfulness"] in {"lawful", "questionable", "unlawful", "unknown"}
    assert out["verdict"] in {"suspicious", "likely_scam"}
    assert [n["number"]["e164"] for n in out["numbers"]] == ["+33899123456"]
    assert len(out["links"]) == 1


def test_kind_can_be_forced(capsys: pytest.CaptureFixture[str]) -> None:
    out = run_json(capsys, "--kind", "message", "04 72 80 14 14")
    assert out["kind"] == "message"


def test_empty_input_is_a_friendly_error_with_exit_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "   "]) == 2
    assert "vide" in capsys.readouterr().err


def test_human_output_is_plain_french(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "+33 (0)9 48 12 34 56"]) == 0
    out = capsys.readouterr().out
    assert "Verdict :" in out and "Pourquoi :" in out and "pas un conseil juridique" in out


def test_jsonl_answers_every_line_in_order_and_bad_lines_get_error_objects() -> None:
    lines = [
        json.dumps({"text": "04 72 80 14 14"}),
        "ceci n'est pas du json",
        json.dumps({"text": "intrum.fr"}),
        json.dumps(["pas", "un", "objet"]),
        json.dumps({"texte": "faute de frappe"}),
        json.dumps({"text": "04 72 80 14 14", "kind": "message"}),
        json.dumps({"text": "x", "kind": "photo"}),
        "",
        json.dumps({"text": ""}),
        json.dumps({"text": "\u202e\u200b😀\x00"}),
        json.dumps({"text": "\u200b\u200f\x00 "}),
    ]
    out = [json.loads(line) for line in iter_results(io.StringIO("\n".join(lines) + "\n"))]
    assert len(out) == len(lines)
    assert out[0]["kind"] == "number"
    assert out[1]["error"]["code"] == "bad_json"
    assert out[2]["kind"] == "link"
    assert out[3]["error"]["code"] == "not_object"
    assert out[4]["error"]["code"] == "missing_text"
    assert out[5]["kind"] == "message"
    assert out[6]["error"]["code"] == "bad_kind"
    assert out[7]["error"]["code"] == "bad_json"
    assert out[8]["error"]["code"] == "empty"
    assert out[9]["verdict"] in VERDICTS
    assert out[10]["error"]["code"] == "empty"
    for item in out:
        if "error" in item:
            assert set(item) == {"error"} and set(item["error"]) == {"code", "message"}


def test_jsonl_through_the_real_console_entry_point() -> None:
    feed = "\n".join(json.dumps({"text": t}) for t in ["0800 12 34 56", "bit.ly/3xYz", "bonjour"]) + "\n"
    done = subprocess.run(
        [sys.executable, "-m", "bot", "check", "--jsonl"],
        input=feed.encode(),
        capture_output=True,
        check=True,
    )
    kinds = [json.loads(line)["kind"] for line in done.stdout.decode().splitlines()]
    assert kinds == ["number", "link", "message"]


def test_output_cut_short_by_the_reader_is_not_a_crash() -> None:
    # "verif-recouvrement check … | head -1": the pipe closes before everything is written.
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "check", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    feed = "\n".join(json.dumps({"text": "0800 12 34 56"}) for _ in range(20_000)) + "\n"
    with proc:  # every pipe closed at the end (warnings are errors)
        proc.stdout.close()  # the reader is gone before the first line
        try:
            proc.stdin.write(feed.encode())
            proc.stdin.close()
        except BrokenPipeError:
            pass
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 0
    assert "Traceback" not in err


def test_press_cited_intrum_contacts_are_never_likely_legit(capsys: pytest.CaptureFixture[str]) -> None:
    # Issue 14 (fact sheet 0.12): myintrum.fr and the two press-cited numbers have no official source.
    for text in ("myintrum.fr", "04 72 80 14 14", "09 70 28 08 30"):
        out = run_json(capsys, text)
        assert out["verdict"] == "inconclusive", text
        assert any("cité par la presse, non confirmé" in f["message"] for f in out["findings"]), text
