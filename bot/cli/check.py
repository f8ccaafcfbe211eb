"""``verif-recouvrement check``: check a number, a link or a message from the command line.

``check [--json] TEXT...`` checks one input (the words are joined with spaces, so an unquoted number works);
``check --jsonl`` reads one JSON object a line on stdin and writes one result a line, in the same order;
``check --image FILE`` reads a screenshot with OCR, then analyses the text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from checks.detect import Kind
from checks.dispatch import KINDS, AnyResult, InputError, check_any
from checks.message import MessageResult, shown_lawfulness
from knowledge.wording import text as t

EXIT_OK = 0
EXIT_INPUT = 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="vérifier un numéro, un lien ou un message",
        description="Vérifie un numéro, un lien ou un message (détection automatique).",
    )
    parser.add_argument("text", nargs="*", metavar="TEXT", help="le numéro, le lien ou le message à vérifier")
    parser.add_argument("--json", action="store_true", help="sortie JSON")
    parser.add_argument("--jsonl", action="store_true", help="un objet JSON par ligne sur l'entrée standard")
    parser.add_argument(
        "--kind",
        metavar="TYPE",
        help="forcer le type d'entrée : number (ou phone, numero), link (ou lien, url), message (ou sms)",
    )
    parser.add_argument("--image", type=Path, metavar="FICHIER", help="capture d'écran à lire (OCR)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.jsonl:
        process_jsonl(sys.stdin, sys.stdout)
        return EXIT_OK
    ocr_text: str | None = None
    if args.kind is not None and _as_kind(args.kind) is None:
        print(t("cli.error.bad_kind", kind=str(args.kind)[:50]), file=sys.stderr)
        return EXIT_INPUT
    if args.image is not None:
        try:
            ocr_text = read_image(args.image)
        except FileNotFoundError:
            print(t("cli.error.image_missing", path=str(args.image)), file=sys.stderr)
            return EXIT_INPUT
        except OSError:  # a folder, no permission…: said in French, not as "[Errno 13]"
            print(t("cli.error.image_unopenable", path=str(args.image)), file=sys.stderr)
            return EXIT_INPUT
        except Exception as exc:  # OCR missing, unreadable image: a friendly message, never a traceback
            print(t("cli.error.image_unreadable", reason=str(exc)), file=sys.stderr)
            return EXIT_INPUT
        text, kind = ocr_text, _as_kind("message")
    elif args.text:
        text, kind = " ".join(args.text), _as_kind(args.kind)
    else:
        print(t("cli.error.no_input"), file=sys.stderr)
        return EXIT_INPUT
    try:
        result = check_any(text, kind)
    except InputError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_INPUT
    if args.json:
        print(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        if ocr_text is not None:
            print(f"{t('cli.label.ocr_text')} :\n{ocr_text.strip()}\n")
        print(render_text(result))
    return EXIT_OK


def read_image(path: Path) -> str:
    from bot.ocr import image_to_text

    return image_to_text(path.read_bytes())


def check_line(line: str) -> dict[str, Any]:
    """Check one JSONL line; a bad line becomes an error object, never an exception."""
    try:
        item = json.loads(line)
    except ValueError:
        return _error("bad_json")
    if not isinstance(item, dict):
        return _error("not_object")
    text = item.get("text")
    if not isinstance(text, str):
        return _error("missing_text")
    kind = item.get("kind")
    if kind is not None and _as_kind(kind) is None:
        return _error("bad_kind", kind=str(kind)[:50])
    try:
        return check_any(text, _as_kind(kind)).model_dump(mode="json")
    except InputError as exc:
        return {"error": {"code": exc.code, "message": str(exc)}}
    except Exception:  # a bug on one line must not stop the others
        return _error("internal")


# Other names people give the kinds (French, or "phone" for a number).
_KIND_ALIASES: dict[str, Kind] = {
    "phone": "number",
    "numero": "number",
    "numéro": "number",
    "tel": "number",
    "telephone": "number",
    "téléphone": "number",
    "lien": "link",
    "url": "link",
    "sms": "message",
    "texte": "message",
}


def _as_kind(kind: object) -> Kind | None:
    if not isinstance(kind, str):
        return None
    wanted = kind.strip().lower()
    for known in KINDS:
        if wanted == known:
            return known
    return _KIND_ALIASES.get(wanted)


def _error(code: str, **params: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": t(f"cli.error.{code}", **params)}}


def iter_results(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        # A blank line still gets its (error) line, so output line N answers input line N.
        yield json.dumps(check_line(line.strip()), ensure_ascii=False)


def process_jsonl(stdin: TextIO, stdout: TextIO) -> None:
    interactive = stdin.isatty()
    for out in iter_results(stdin):
        stdout.write(out + "\n")
        if interactive:
            stdout.flush()
    stdout.flush()


def render_text(result: AnyResult) -> str:
    """Plain French rendering of a result for a terminal."""
    lines = [f"{t('cli.label.verdict')} : {t(f'cli.verdict.{result.verdict.value}')}", result.summary]
    findings = list(result.findings)
    if isinstance(result, MessageResult):
        lawfulness, law_findings = shown_lawfulness(result)
        lines.append(f"{t('cli.label.lawfulness')} : {t(f'cli.lawfulness.{lawfulness}')}")
        findings += law_findings
    if findings:
        lines.append(f"\n{t('cli.label.why')} :")
        for finding in findings:
            lines.append(f"  • {finding.message}")
            if finding.source:
                lines.append(f"    ({t('cli.label.source')} : {finding.source})")
    lines.append(f"\n{t('cli.label.disclaimer')}")
    return "\n".join(lines)
