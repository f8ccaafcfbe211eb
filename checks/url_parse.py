"""Read a link as people paste it — defanged, without scheme, wrapped in punctuation — without opening it.

Pure string work: no DNS, no HTTP. ``parse_link`` splits one candidate into its parts the way a browser
would (the part before ``@`` is not the host; backslashes count as slashes), ``find_links`` finds the
candidates inside a message, and ``defang`` makes any text unclickable for display.
"""

from __future__ import annotations

import pkgutil
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import idna
import tldextract
from tldextract.suffix_list import extract_tlds_from_suffix_list
from tldextract.tldextract import ExtractResult

from checks.text_normalise import INVISIBLE

__all__ = [
    "EXTRACT",
    "LinkMatch",
    "ParsedLink",
    "PublicSuffixes",
    "defang",
    "find_links",
    "has_space",
    "parse_link",
    "split_host",
]

# Offline only: the bundled Public Suffix List snapshot, no fetch, no cache directory. Built once.
EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

# Zero-width characters and bidirectional controls: invisible, used to fool the eye or filters.
_INVISIBLE = "".join(sorted(INVISIBLE))
_INVISIBLE_TABLE = dict.fromkeys(map(ord, _INVISIBLE))
_DOT_LIKE = "\u3002\uff0e\uff61"  # ideographic and fullwidth full stops: browsers read them as dots
_DOT_TABLE = dict.fromkeys(map(ord, _DOT_LIKE), ".")

_REFANG_RES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)(?<![a-z])h[xt]{2}p(?=s?\[?:)"), "http"),  # a literal: no template to expand
    (re.compile(r"\[:\]//|\[://\]"), "://"),
    (re.compile(r"\[:\]"), ":"),
    (re.compile(r"(?i)\s?(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\})\s?"), "."),
)
_SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]{0,15}):")
_WEB_SCHEMES = frozenset({"http", "https"})
_ASCII_LABEL_RE = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
_ASCII_HOST_RE = re.compile(
    r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$"
)
_LEADING = "([{<«\"'“‘‹"
_TRAILING = ".,;:!?'\"»”’›…"
_CLOSERS = {")": "(", "]": "[", "}": "{", ">": "<"}

MAX_DISPLAY = 300


class ParsedLink(NamedTuple):
    """One candidate link, split as a browser would read it (a named tuple: immutable, and built four times
    faster than a frozen dataclass, once per check)."""

    text: str  # the candidate after trimming (what ``LinkInfo.input`` reports)
    scheme: str  # "http", "https" or "" when none was written
    userinfo: str | None  # what sits before "@" in the address part, if anything
    host: str  # lowercase, refanged, NFKC, no trailing dot; may be non-ASCII
    port: str
    rest: str  # path, query and fragment
    hidden_chars: bool
    is_email: bool  # written like an e-mail address (name@domain, no scheme, no path)


@dataclass(frozen=True, slots=True)
class LinkMatch:
    """A link found inside a message: ``text[start:end] == raw``."""

    start: int
    end: int
    raw: str


_DEFANG_HINT_RE = re.compile(r"[\[({]|(?i:h(?:xx|xt|tx)p)")
_SPACE_RE = re.compile(r"\s")
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")


def refang(text: str) -> str:
    if not _DEFANG_HINT_RE.search(text):
        return text if text.isascii() else text.translate(_DOT_TABLE)  # the look-alike dots are not ASCII
    for pattern, replacement in _REFANG_RES:
        text = pattern.sub(replacement, text)
    return text if text.isascii() else text.translate(_DOT_TABLE)  # as above: 1.8 µs saved on a defanged link


def has_space(text: str) -> bool:
    return _SPACE_RE.search(text) is not None


def trim(text: str) -> str:
    """Remove the sentence punctuation and quotes around a link, keeping balanced brackets.

    Linear time: bracket counts are updated as characters are cut, never recounted (recounting on every
    pass made a 100 kB paste of ")" or ")." take seconds).
    """
    if text and _untouched_start(text[0]) and _untouched_end(text[-1]):
        return text  # the usual case: nothing to cut, so no bracket needs counting
    counts = {ch: text.count(ch) for ch in (*_CLOSERS, *_CLOSERS.values())}
    start, end = 0, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while True:
        before = (start, end)
        while start < end and text[start] in _LEADING:
            if text[start] in counts:
                counts[text[start]] -= 1
            start += 1
        while end > start and text[end - 1] in _TRAILING:
            end -= 1  # no bracket is trailing punctuation: counts stay right
        last = text[end - 1] if end > start else ""
        if last in _CLOSERS and counts[_CLOSERS[last]] < counts[last]:
            counts[last] -= 1
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if (start, end) == before:
            return text[start:end]


def _untouched_start(ch: str) -> bool:
    return not ch.isspace() and ch not in _LEADING


def _untouched_end(ch: str) -> bool:
    return not ch.isspace() and ch not in _TRAILING and ch not in _CLOSERS


# The usual shape, [http(s)://]name.name[/…] in lowercase ASCII with nothing to trim, refang or unescape: read
# by one match. Anything else (capitals, a port, user@, brackets, a backslash) takes the full reading below,
# which gives the same parts for this shape.
_PLAIN_LINK_RE = re.compile(r"(?:(https?)://)?([a-z0-9_-]+(?:\.[a-z0-9_-]+)+)((?:[/?#][!-\[\]-~]*)?)")
_TRIMMED_ENDS = frozenset(_TRAILING) | frozenset(_CLOSERS)


def parse_link(raw: str) -> ParsedLink | None:
    """Split one candidate; None when no host can be read (the caller reports it kindly)."""
    if raw.isascii() and "@" not in raw and raw and raw[-1] not in _TRIMMED_ENDS:
        plain = _PLAIN_LINK_RE.fullmatch(raw)
        if plain is not None and _DEFANG_HINT_RE.search(raw) is None:
            return ParsedLink(
                raw, plain.group(1) or "", None, plain.group(2), "", plain.group(3), False, False
            )
    return parse_link_fully(raw)


def parse_link_fully(raw: str) -> ParsedLink | None:
    """The full reading every candidate could take: trim, refang, scheme, user@, brackets, port."""
    trimmed = trim(raw)
    hidden = not trimmed.isascii() and _INVISIBLE_RE.search(trimmed) is not None  # all of them are non-ASCII
    text = refang(trimmed.translate(_INVISIBLE_TABLE) if hidden else trimmed).strip()
    if not text or _SPACE_RE.search(text):
        return None
    scheme = ""
    match = _SCHEME_RE.match(text)
    if match and (match.group(1).lower() in _WEB_SCHEMES or text[match.end() : match.end() + 2] == "//"):
        scheme = match.group(1).lower()
        if scheme not in _WEB_SCHEMES:
            return None  # javascript:, data:, ftp:… are not web pages we can judge
        text = text[match.end() :]
    text = text.replace("\\", "/")
    text = text.lstrip("/") if scheme else (text[2:] if text.startswith("//") else text)
    cut = len(text)
    for mark in "/?#":
        at = text.find(mark, 0, cut)
        if at >= 0:
            cut = at
    authority, rest = text[:cut], text[cut:]
    userinfo: str | None = None
    if "@" in authority:
        userinfo, authority = authority.rsplit("@", 1)
    port = ""
    if authority.startswith("["):
        end = authority.find("]")
        if end < 0:
            return None
        host, port = authority[1:end], authority[end + 1 :].lstrip(":")
    else:
        host, _, port = authority.partition(":")
    if port and not (port.isdigit() and len(port) <= 5):
        return None
    if not host.isascii():
        host = unicodedata.normalize("NFKC", host).translate(_DOT_TABLE)
    host = host.lower().rstrip(".")
    if not host:
        return None
    is_email = bool(userinfo) and not scheme and not rest and ":" not in (userinfo or "")
    return ParsedLink(trimmed, scheme, userinfo, host, port, rest, hidden, is_email)


@lru_cache(maxsize=4096)
def split_host(host: str) -> tuple[str, str] | None:
    """(ASCII form, Unicode form) of a host name, or None when it is not a valid name."""
    if len(host) > 253:
        return None
    if host.isascii() and "xn--" not in host and _ASCII_HOST_RE.match(host):
        return host, host  # the usual case: plain ASCII labels, nothing to encode or decode
    labels = host.split(".")
    ascii_labels: list[str] = []
    unicode_labels: list[str] = []
    for label in labels:
        if label.isascii():
            if not _ASCII_LABEL_RE.match(label):
                return None
            ascii_labels.append(label)
            unicode_labels.append(_decode_label(label))
        else:
            encoded = _encode_label(label)
            if encoded is None:
                return None
            ascii_labels.append(encoded)
            unicode_labels.append(label)
    return ".".join(ascii_labels), ".".join(unicode_labels)


def _encode_label(label: str) -> str | None:
    try:
        encoded = idna.encode(label, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        return None
    return encoded if _ASCII_LABEL_RE.match(encoded) else None


def _decode_label(label: str) -> str:
    if not label.startswith("xn--"):
        return label
    try:
        return idna.decode(label)
    except (idna.IDNAError, UnicodeError, ValueError):
        return label


# "http" written before ":" (or "s:"): replaced by a literal, which re does without expanding a template.
_HTTP_RE = re.compile(r"(?i)http(?=s?\s*:)")
_CONTROL_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})


def defang(text: str) -> str:
    """Unclickable form for display: hxxps://, every dot as [.], no control or invisible character."""
    if not text.isascii() or not text.isprintable():
        text = "".join(ch for ch in text if unicodedata.category(ch) not in _CONTROL_CATEGORIES)
    if len(text) > MAX_DISPLAY:
        text = text[:MAX_DISPLAY] + "…"
    if not text.isascii():
        text = text.translate(_DOT_TABLE)
    if "ttp" in text.lower():
        text = _HTTP_RE.sub("hxxp", text)
    # Idempotent: a dot the user already wrote as "[.]" is not wrapped twice. Without brackets (nearly
    # every host name) a plain replace does the same at a fraction of the cost.
    if "[" not in text and "]" not in text:
        return text.replace(".", "[.]")
    return _BARE_DOT_RE.sub("[.]", text)


_BARE_DOT_RE = re.compile(r"(?<!\[)\.|\.(?!\])")


# --- finding links inside a message -------------------------------------------------------------------

_DOT = r"(?:\.|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))"
_LINK_RE = re.compile(
    r"(?i)"
    r"(?:(?<![a-z])h[tx]{2}ps?(?:\[:\]|:)(?://|\[//\])|(?<![a-z])h[tx]{2}ps?\[://\])[^\s<>\"]+"  # scheme
    r"|(?<![\w@.\-/\[\]])(?:[\w-]+" + _DOT + r")+[^\W\d_][\w-]*"  # name.name
    r"(?::\d{1,5})?(?:[/?#][^\s<>\"]*)?"
)
_SCHEME_START_RE = re.compile(r"(?i)^h[tx]{2}ps?\[?:")
# File names that are also top-level domains: "document.zip" in a message is a file, not a site.
_FILE_TLDS = frozenset({"zip", "mov"})


def find_links(text: str) -> list[LinkMatch]:
    """Every link in ``text`` (with or without scheme, defanged or not), with its position.

    E-mail addresses are left out; sentence punctuation around a link is not part of it.
    """
    matches: list[LinkMatch] = []
    for found in _LINK_RE.finditer(text):
        start, raw = found.start(), found.group(0)
        trimmed = trim(raw)
        if not trimmed:
            continue
        start += raw.find(trimmed)
        end = start + len(trimmed)
        if end < len(text) and text[end] == "@":
            continue  # the name part of an e-mail address
        if _acceptable(trimmed):
            matches.append(LinkMatch(start, end, text[start:end]))
    return matches


def _acceptable(candidate: str) -> bool:
    parsed = parse_link(candidate)
    if parsed is None or parsed.is_email:
        return False
    if _SCHEME_START_RE.match(candidate):
        return True
    names = split_host(parsed.host)
    if names is None:
        return False
    extracted = EXTRACT(names[0])
    if not extracted.suffix or not extracted.domain or extracted.suffix in _FILE_TLDS:
        return False
    # "montant.De" or "fin.Il" in a hurried SMS: a capitalised extension is a sentence, unless all caps.
    written_suffix = refang(candidate).split("/")[0].split(":")[0].rstrip(".").rsplit(".", 1)[-1]
    return written_suffix.islower() or candidate.isupper() or not written_suffix.isalpha()


# --- the Public Suffix List, in one pass ---------------------------------------------------------------


class PublicSuffixes:
    """Where the part one owner registers starts in a host, by the Public Suffix List bundled with
    tldextract (the same offline snapshot as ``EXTRACT``), read once into sets of names.

    ``split`` answers like ``EXTRACT(host, include_psl_private_domains=True)`` for a lowercase ASCII host,
    in one walk over its labels and without re-reading the host as a URL; ``registry_suffix`` is the
    suffix under the ICANN rules alone, as tldextract gives it.
    """

    def __init__(self) -> None:
        raw = pkgutil.get_data("tldextract", ".tld_set_snapshot") or b""
        public, private = extract_tlds_from_suffix_list(raw.decode("utf-8"))
        public_rules = set(public)
        private_rules = set(private) - public_rules
        self._ends = frozenset(public_rules | private_rules)
        self._private = frozenset(private_rules)
        nodes: set[str] = set()
        for rule in self._ends:
            labels = rule.split(".")
            nodes.update(".".join(labels[i:]) for i in range(len(labels)))
        self._nodes = frozenset(nodes)

    def split(self, host: str) -> ExtractResult:
        labels = host.split(".")
        # International labels are matched in the form the list writes them (рф, not xn--p1ai).
        names = [_decode_label_lenient(label) for label in labels] if "xn--" in host else labels
        size = len(labels)
        suffix_at = registry_at = size
        private = False
        path = ""  # the suffix matched so far, as a chain of nodes
        at = size
        while at > 0:
            label = names[at - 1]
            candidate = f"{label}.{path}" if path else label
            if candidate in self._nodes:
                at -= 1
                path = candidate
                if candidate in self._ends:
                    suffix_at = at
                    private = candidate in self._private
                    if not private:
                        registry_at = at
                continue
            wildcard = f"*.{path}" if path else "*"
            if wildcard in self._ends:
                exception = (f"!{candidate}") in self._nodes
                suffix_at = at if exception else at - 1
                private = wildcard in self._private
            break
        if suffix_at == size:
            return ExtractResult(".".join(labels[:-1]), labels[-1], "", is_private=False, registry_suffix="")
        suffix = ".".join(labels[suffix_at:])
        return ExtractResult(
            subdomain=".".join(labels[: suffix_at - 1]) if suffix_at >= 2 else "",
            domain=labels[suffix_at - 1] if suffix_at > 0 else "",
            suffix=suffix,
            is_private=private,
            registry_suffix=".".join(labels[registry_at:]) if private else suffix,
        )


def _decode_label_lenient(label: str) -> str:
    """A punycode label in Unicode, as tldextract matches it; left as it is when it does not decode."""
    if not label.startswith("xn--"):
        return label
    try:
        return str(idna.decode(label))
    except (UnicodeError, IndexError, idna.IDNAError):
        return label
