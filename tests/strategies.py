"""Shared hypothesis strategies for hostile input: what a stressed user, a broken phone or an attacker sends.

``hostile_text()`` mixes French inputs as people type them with the odd ones (empty, emoji, RTL and bidi
marks, zero-width, NUL and control characters, lone surrogates, combining marks, Cyrillic look-alikes, long
digit runs, nested brackets, %-encodings, SQL, HTML/Markdown, paths). ``HUGE_INPUTS`` are the 100 kB
pastes that expose catastrophic regexes or quadratic loops.
"""

from __future__ import annotations

from hypothesis import strategies as st

# Pieces people really type, and pieces attackers add; joined at random they make plausible odd inputs.
FRENCH = (
    "04 72 80 14 14",
    "+33 (0)9 48 12 34 56",
    "06 12 34 56 7O",
    "0 800 00 00 00",
    "intrum.fr",
    "https://www.intrum.fr/paiement",
    "intrum-paiement.top",
    "hxxps://intrum[.]fr",
    "bit.ly/3xYz",
    "ils m'appellent le dimanche",
    "Réglez 245 EUR sous 24h sinon saisie de vos biens par huissier",
    "Votre dossier n°12345 est transmis au contentieux",
    "FR76 3000 6000 0112 3456 7890 189",
    "15/03/2024",
    "1er mars 2024",
    "il y a 2 ans",
    "21h30",
    "€",
    " ",
    "\n",
)
ODD = (
    "",
    "😡",
    "👨‍👩‍👧",
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2066\u2069",  # isolates
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\ufeff",  # byte-order mark
    "\x00",
    "\x07\x1b[31m",
    "\r\n",
    "\u2028",
    "\ud800",  # lone surrogate: Python str allows it
    "\udfff",
    "e\u0301\u0301\u0301",  # stacked combining marks
    "іntrum.fr",  # Cyrillic і
    "іпtrum",  # Cyrillic і and п
    "ΙΝΤRUΜ",  # Greek capitals
    "ｉｎｔｒｕｍ．ｆｒ",  # fullwidth
    "intrum。fr",  # ideographic full stop
    "0" * 60,
    "9" * 400,
    "(((((((((((",
    "[[[[]]]]",
    "{{{{}}}}",
    "%2e%2e%2f",
    "%00",
    "%E2%80%AE",
    "'); DROP TABLE reports;--",
    '" OR 1=1 --',
    "<script>alert(1)</script>",
    "<b>gras</b>",
    "<a href='https://evil.example'>clic</a>",
    "**gras** _it_ [lien](https://evil.example)",
    "&amp;&lt;",
    "{placeholder}",
    "{0.__class__}",
    "../../etc/passwd",
    "..\\..\\windows\\win32.ini",
    "/dev/zero",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "data:text/html,<script>",
    "user@intrum.fr@evil.example",
    "http://127.0.0.1:99999",
    "http://[::1]/",
    "https://[intrum.fr",  # urllib: "Invalid IPv6 URL"
    "http://a]b[/c",
    "xn--ntrum-zva.fr",
    "1e308",
    "NaN",
    "-0",
)


def hostile_text(max_pieces: int = 12) -> st.SearchStrategy[str]:
    """Short odd strings: curated pieces joined with random unicode (surrogates and controls included)."""
    piece = st.one_of(
        st.sampled_from(FRENCH),
        st.sampled_from(ODD),
        st.text(max_size=20),
        st.text(alphabet=st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=10),
    )
    return st.lists(piece, max_size=max_pieces).map("".join)


def printable_field() -> st.SearchStrategy[str]:
    """A letter field value an attacker could type: markup, braces, paths, SQL, plus random text."""
    return st.one_of(
        st.sampled_from(ODD),
        st.lists(st.sampled_from(ODD + FRENCH), min_size=1, max_size=4).map(" ".join),
        st.text(max_size=80),
    )


# 100 kB inputs that made (or would make) a regex backtrack or a loop go quadratic.
HUGE_INPUTS: dict[str, str] = {
    "letters": "a" * 100_000,
    "spaces": " " * 100_000,
    "zero-space": "0 " * 50_000,
    "digits": "1" * 100_000,
    "http": "http://" * 15_000,
    "hxxp-defanged": "hxxp[:]//" * 11_000,
    "intrum-dots": "intrum." * 15_000,
    "defanged-dots": "[.]" * 30_000,
    "huissier": "huissier " * 10_000,
    "euro": "€" * 100_000,
    "emoji": "😡" * 100_000,
    "zero-width": "\u200b" * 100_000,
    "nul": "\x00" * 100_000,
    "nested-parens": "(" * 50_000 + ")" * 50_000,
    "nested-brackets": "[" * 50_000 + "]" * 50_000,
    "closing-brackets": "]" * 100_000,
    "closer-dot": ")." * 50_000,
    "a-dot": "a." * 50_000,
    "dot-space": ". " * 50_000,
    "dashes": "-" * 100_000,
    "slashes": "/" * 100_000,
    "at-signs": "@" * 100_000,
    "percent": "%41" * 33_000,
    "www": "www." * 25_000,
    "plus33": "+33 " * 25_000,
    "iban-start": "FR76 " * 20_000,
    "path": "x.fr/" * 20_000,
    "combining": "a" + "\u0301" * 99_999,
    "long-host": "https://" + "a" * 100_000 + ".fr",
    "mixed": "0472801414 https://intrum.fr " * 3_000,
    "email-ish": "a@b." * 25_000,
    "number-dots": "1.2." * 25_000,
    "letter-o": "O" * 100_000,
    "rtl": "\u202e" + "\u200f" * 99_999,
    "sql": "'); DROP TABLE reports;-- " * 4_000,
    "html": "<b>" * 33_000,
}
