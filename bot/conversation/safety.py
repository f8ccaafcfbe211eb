"""Last line of defence on every outgoing text: links the project does not vouch for are defanged.

A checked link must never become clickable, and Telegram's preview fetcher must never visit it. Findings
already defang what they quote; this pass catches anything else (a link read by OCR, an echoed message).
Links to the official sites the knowledge base cites (gouv.fr, 33700.fr, the guide's sources…) stay usable.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from checks.url_parse import defang  # the one defang: every dot of a link shown as [.], http as hxxp
from knowledge import guide, organisations, routes

# A link with a scheme or "www.", or a whole run of dotted words. The run is matched possessively, in one
# piece, and its top-level label checked afterwards in Python: a pattern that demands "[a-z]{2,24}" after the
# dots backtracks through every label from every start and takes quadratic time on "a.a.a.…" (50 kB: 20 s).
# A run may only start where the previous character cannot belong to it, so a failed start costs O(1).
_URL_RE = re.compile(
    r"(?i)\b(?:(?:https?|ftp)://|www\.)[^\s<>\"']+|(?<![a-z0-9-])(?:[a-z0-9-]++\.)++[a-z0-9-]*+(?:/[^\s<>\"']*+)?"
)
_TLD_RE = re.compile(r"(?i)[a-z]{2,24}")
_TRUSTED_SUFFIXES = (".gouv.fr",)
_PLAIN_WORDS = re.compile(r"(?i)^(?:[a-z]\.)+[a-z]?$")  # "c.-à-d.", "p.ex" are words, not links


@cache
def trusted_domains() -> frozenset[str]:
    """Domains the knowledge base itself cites as official or as a source.

    Knowledge is validated at start-up, so a failure here is a bug to surface, not a reason to trust less.
    """
    found: set[str] = set()
    for org in organisations.load().organisations.values():
        found.update(d.domain for d in org.domains if d.status == "confirmed")
    for route in routes.load().routes.values():
        if route.link:
            found.add(_host(route.link))
        found.update(_host(source.url) for source in route.sources if source.url)
    for card in guide.load().cards.values():
        found.update(_host(source.url) for source in card.sources if source.url)
    found.discard("")
    return frozenset(found)


def _host(url: str) -> str:
    candidate = url if "://" in url else f"http://{url}"
    try:
        host = (urlsplit(candidate).hostname or "").lower()
    except ValueError:  # "https://[x" (urllib: "Invalid IPv6 URL"): unreadable, so never trusted
        return ""
    return host.removeprefix("www.")


def is_trusted(url: str) -> bool:
    host = _host(url)
    if not host:
        return False
    trusted = trusted_domains()
    return host in trusted or host.endswith(_TRUSTED_SUFFIXES) or any(host.endswith("." + d) for d in trusted)


def defang_untrusted(text: str) -> str:
    """Defang every link in ``text`` that does not point to a trusted domain."""

    def repl(match: re.Match[str]) -> str:
        found = match.group(0)
        url, tail = found, ""
        if "://" not in found and not found.lower().startswith("www."):
            url, tail = _split_dotted_run(found)
            if not url:
                return found
        if _PLAIN_WORDS.match(url) or "[.]" in url or is_trusted(url.rstrip(".,;:!?)»")):
            return found
        link = url.rstrip(".,;:!?)»")  # the sentence's punctuation stays as written
        return defang(link) + url[len(link) :] + tail

    return _URL_RE.sub(repl, text)


def _split_dotted_run(run: str) -> tuple[str, str]:
    """Split "a.evil.com.1/x" into the link a chat client would make of it ("a.evil.com") and the rest.

    The link ends at the last label that can be a top-level domain; with none, there is no link ("", run).
    """
    host, slash, path = run.partition("/")
    labels = host.split(".")
    for last in range(len(labels) - 1, 0, -1):
        if _TLD_RE.fullmatch(labels[last]) and all(labels[: last + 1]):
            link = ".".join(labels[: last + 1])
            if last == len(labels) - 1:
                return link + slash + path, ""
            return link, "." + ".".join(labels[last + 1 :]) + slash + path
    return "", run
