"""Did a speed change change any answer? Every link we hold, checked before and after, compared output by output.

``python -m bench.link_equivalence write FILE`` records, for every input below, what ``check --jsonl`` answers
(the JSON line: verdict, finding codes, wording, link fields), what ``check_link`` answers with the rules alone
(``model=False``), each first cold (every cache of ``checks`` cleared before the call) and then again warm (from
the caches), in one JSON line per input. ``python -m bench.link_equivalence compare FILE`` computes the same
with the code as it is now and prints how many inputs were compared and every difference (exit 1 if any).

The inputs: every link item of ``tests/realdata/corpora/*.jsonl`` as written, with a scheme and defanged, and
with a sign-in path; every link found in their messages and in the own corpus (``tests/corpus/messages.toml``),
and those messages themselves; the bench's samples (``bench/samples.py``, 3,000 varied links); every string
literal of the link tests (``tests/checks/test_link*.py``), which pin the rules' corner cases; and each brand
name of the catalogue misspelt in six ways (``brand_variants``). Text only: no link is ever opened.
"""

from __future__ import annotations

import ast
import hashlib
import json
import sys
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "tests" / "realdata" / "corpora"
OWN_CORPUS = ROOT / "tests" / "corpus" / "messages.toml"
LINK_TESTS = ROOT / "tests" / "checks"
_MAX_LITERAL = 5000
_SIGN_IN_PATH = "/espace-client/connexion.php?id=1"


def _corpus_items() -> Iterator[dict[str, Any]]:
    for path in sorted(CORPORA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def _own_messages() -> list[str]:
    data = tomllib.loads(OWN_CORPUS.read_text(encoding="utf-8"))
    return [str(entry["text"]) for entry in data.get("message", [])]


def _test_literals() -> list[str]:
    out: list[str] = []
    for path in sorted(LINK_TESTS.glob("test_link*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip():
                out.append(node.value[:_MAX_LITERAL])
    return out


def brand_variants(seed: int = 7) -> list[str]:
    """Each brand name of the catalogue misspelt (a letter changed, added, dropped or two swapped, once or
    twice), glued or hyphenated to a bait word, under an ordinary or a throw-away extension: the typo readers'
    ground, where an index must find what a scan of every name found."""
    import random

    from knowledge import link_signals

    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["", "", "mon", "espace", "suivi", "paiement", "client", "colis", "france", "info", "secure"]
    tlds = ["fr", "com", "net", "info", "top", "xyz", "online", "click", "shop"]
    out: list[str] = []
    for name in sorted(link_signals.load().brands):
        for _ in range(6):
            form = list(name)
            for _ in range(rng.choice((1, 1, 2))):
                at, edit = rng.randrange(len(form)), rng.randrange(4)
                if edit == 0:
                    form[at] = rng.choice(letters)
                elif edit == 1:
                    form.insert(at, rng.choice(letters))
                elif edit == 2 and len(form) > 2:
                    del form[at]
                elif at + 1 < len(form):
                    form[at], form[at + 1] = form[at + 1], form[at]
            word, glue = rng.choice(words), rng.choice(("", "-"))
            label = "".join(form) + (glue + word if word else "")
            out.append(f"{label}.{rng.choice(tlds)}")
    return out


def inputs() -> list[tuple[str, str]]:
    """(kind, text) pairs, each once, in a stable order."""
    from bench import samples
    from checks.url_parse import find_links

    pairs: list[tuple[str, str]] = []
    messages: list[str] = []
    for item in _corpus_items():
        text = item.get("text")
        if not isinstance(text, str):
            continue
        if item.get("kind") == "link":
            bare = text.split("://", 1)[-1]
            pairs += [("link", text), ("link", "hxxps://" + bare.replace(".", "[.]"))]
            pairs.append(("link", f"https://{bare.split('/', 1)[0]}{_SIGN_IN_PATH}"))
        else:
            messages.append(text)
    messages += _own_messages()
    for message in messages:
        pairs.append(("message", message))
        pairs += [("link", found.raw) for found in find_links(message)]
    pairs += [("link", link) for link in samples.LINKS]
    pairs += [("link", link) for link in samples.varied_links(3000)]
    pairs += [("link", literal) for literal in _test_literals()]
    pairs += [("link", link) for link in brand_variants()]
    return list(dict.fromkeys(pairs))


def _answers(pairs: list[tuple[str, str]], *, cold: bool) -> list[dict[str, Any]]:
    from bench.timing import check_caches
    from bot.cli.check import check_line
    from checks.links import check_link

    clears: list[Callable[[], None]] = check_caches() if cold else []
    out: list[dict[str, Any]] = []
    for kind, text in pairs:
        for clear in clears:
            clear()
        jsonl = check_line(json.dumps({"text": text, "kind": kind}, ensure_ascii=False))
        for clear in clears:
            clear()
        rules = check_link(text, model=False).model_dump(mode="json") if kind == "link" else None
        out.append({"kind": kind, "text": text, "jsonl": jsonl, "rules": rules})
    return out


def record() -> list[dict[str, Any]]:
    """Every input's answers, cold then warm (a warm answer must be the cold one: caches change no result)."""
    pairs = inputs()
    cold = _answers(pairs, cold=True)
    warm = _answers(pairs, cold=False)
    for first, second in zip(cold, warm, strict=True):
        if first != second:
            raise SystemExit(f"cold and warm answers differ for {first['kind']} {first['text']!r}")
    return cold


def _line(answer: dict[str, Any]) -> str:
    return json.dumps(answer, ensure_ascii=False, sort_keys=True)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("write", "compare"):
        print("usage: python -m bench.link_equivalence write|compare FILE", file=sys.stderr)
        return 2
    command, path = argv[0], Path(argv[1])
    answers = record()
    lines = [_line(answer) for answer in answers]
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    links = sum(1 for answer in answers if answer["kind"] == "link")
    if command == "write":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} inputs ({links} links) written to {path}; sha256 {digest}")
        return 0
    before = path.read_text(encoding="utf-8").splitlines()
    differences = 0
    if len(before) != len(lines):
        print(f"{len(before)} inputs recorded, {len(lines)} now: the inputs changed, not comparable")
        return 1
    for old, new in zip(before, lines, strict=True):
        if old != new:
            differences += 1
            if differences <= 20:
                print(f"- {old[:600]}\n+ {new[:600]}")
    print(f"{len(lines)} inputs ({links} links) compared, {differences} differences; sha256 {digest}")
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
