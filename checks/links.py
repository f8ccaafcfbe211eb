"""Is this link the real site, or a fake one? Judged from the text of the link alone, never by opening it.

``check_link`` reads one link (or the first link of a text) and returns findings whose verdict follows
``checks.result.verdict_of``. ``find_links`` (re-exported from ``checks.url_parse``) locates links inside a
message. No DNS, no HTTP: the site is never contacted, so a link that looks ordinary stays "inconclusive".
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any, Literal, NamedTuple
from urllib.parse import unquote

from pydantic import BaseModel, ConfigDict
from rapidfuzz.distance import OSA
from tldextract.tldextract import ExtractResult

from checks import link_model
from checks.lookalike import (
    MAX_STRAY,
    MIN_INSIDE_LEN,
    BrandHit,
    BrandIndex,
    HeadTypos,
    Imitation,
    NearNames,
    Segmenter,
    TypoReader,
    brand_fragments,
    confusable_forms,
    describe_typo,
    one_letter_off,
    scripts,
    trie_pattern,
)
from checks.result import CheckResult, Finding, Verdict, finding, verdict_of
from checks.url_parse import (
    EXTRACT,
    LinkMatch,
    ParsedLink,
    PublicSuffixes,
    defang,
    find_links,
    has_space,
    parse_link,
    split_host,
)
from knowledge import link_signals, organisations, wording
from knowledge.base import Status
from knowledge.wording import FindingText, placeholders, render

__all__ = ["LinkInfo", "LinkMatch", "LinkResult", "check_link", "find_links"]

MAX_INPUT_ECHO = 2000
_LONG_HOST_LABELS = 6
_LONG_HOST_CHARS = 70
_NUMERIC_HOST_RE = re.compile(r"^(?:0x[0-9a-f]+|\d+)(?:\.(?:0x[0-9a-f]+|\d+)){0,3}$")
# A host written as a number (dotted, decimal or hexadecimal) ends with one of these: others skip the patterns.
_NUMBER_ENDS = frozenset("0123456789abcdef")
_PATH_WORD_RE = re.compile(r"[a-z0-9]+")
_PATH_PART_RE = re.compile(r"[/?#&=._+]+")


class LinkInfo(BaseModel):
    """What was checked. ``display`` is the only form fit to show a user: it is always defanged."""

    model_config = ConfigDict(frozen=True)

    input: str
    display: str
    host: str  # ASCII form (punycode for international names); "" when no host could be read
    domain: str  # the part one owner registers (intrum.fr, conso.gouv.fr, foo.github.io) or the IP
    official_for: str | None
    imitates: str | None


class LinkResult(CheckResult):
    kind: Literal["link"] = "link"
    link: LinkInfo


# --- knowledge, prepared once ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Official:
    organisation: str
    role: str
    domain: str
    reported: bool
    confirmed_alternative: str | None  # a confirmed domain of the same organisation
    unverified: bool = False  # cited by the press only: never a "likely legit" verdict (fact sheet 0.12)
    shown: str = ""  # the organisation's name as shown, every address in it defanged


@dataclass(frozen=True, slots=True)
class _Knowledge:
    officials: dict[str, _Official]
    brands: BrandIndex
    brand_domains: dict[str, str]
    international: frozenset[str]
    shorteners: frozenset[str]
    free_hosting: frozenset[str]
    dynamic_dns: frozenset[str]
    site_builders: frozenset[str]
    platforms: frozenset[str]  # the four lists above together
    abused_tlds: frozenset[str]
    login_words: frozenset[str]
    scenario_words: frozenset[str]
    defensive_tlds: frozenset[str]
    event_words: frozenset[str]
    bait_only_brands: frozenset[str]
    customer_space_words: frozenset[str]  # clientnickel, monespace-agricole: they back a bait-only brand
    skeleton_service_words: frozenset[str]  # service(s): beside filler only, backs a skeleton (servicepypl)
    stray_names: dict[str, tuple[str, ...]]  # strong names by first letter, longest first: bnps, cafibank
    derived: frozenset[str]  # initials, skeletons and cut names: read in the registered name only
    fragments: frozenset[str]  # skeletons and cut names (ppl, prbs, mondial): need a story or bait word
    cuts: frozenset[str]  # cut names (mondial, cartevit): may be ordinary words, need a story word
    account_words: frozenset[str]
    typo_names: dict[int, tuple[str, ...]]  # long strong names and cut names, by the lengths a typo may have
    typo_near: NearNames  # the same names, in order, indexed for a one-letter-off search
    far_names: dict[tuple[int, str, str], tuple[str, ...]]  # _two_letters_off's candidates, by size and ends
    # Those names with one letter dropped, doubled or swapped (chronpost), found inside a longer name at C speed.
    dropped: dict[str, str]  # the misspelt name -> the name
    # Short strong names (amazon, antai) misspelt the typo-squatter's ways, as a word of their own: form -> name.
    short_typos: dict[str, str]
    dropped_re: re.Pattern[str] | None
    # Strong names and long cut names written with look-alike letters (mondiairelay, uiys): form -> (name, how).
    confusables: dict[str, tuple[str, str]]
    confusable_re: re.Pattern[str] | None
    story_or_bait: frozenset[str]  # scenario and bait words: what backs a cut name written with look-alikes
    hosted_lure_re: re.Pattern[str] | None  # a builder customer's name posing (boitevocal, univ, orange)
    hosted_ordinary_re: re.Pattern[str] | None  # ordinary words that contain one of them (univers)
    quiet_name_words: frozenset[str]  # words of ordinary names that never back an ordinary-word brand alone
    own_story_words: dict[str, frozenset[str]]  # a short name's own story (ants: prefecture): backs it
    own_story_unless: dict[str, frozenset[str]]  # words saying the name is something else there (da-vinci)
    state_words: frozenset[str]  # gouv, gov and their look-alikes (g0uv, qouv): a name dressed as the State's
    academy_re: re.Pattern[str] | None  # an académie's name glued or dressed up: acamiens, academieamiens
    # A catalogue name of five letters or more glued at the end of another word (agenceorange, demandevitale):
    # beside the model's caution, the two signs of a fake name.
    glued_name_re: re.Pattern[str] | None
    academies: tuple[str, ...]  # their names, longest first (aix-marseille before a shorter one inside it)
    cheap_tlds: frozenset[str]  # abused and catch-all extensions
    catch_all_tlds: frozenset[str]
    telling_scenario_words: frozenset[str]  # story words that are not also ordinary words of names
    action_words: frozenset[str]  # what a fake page asks you to do (payer, acquitter, actualiser)
    paired_scenario_words: frozenset[str]  # ordinary story words that count next to an action word
    subscription_words: frozenset[str]  # prime, abonnement: a story beside a billing word (annulation-prime)
    billing_words: frozenset[str]  # annulation, facture, refund
    harmless_words: frozenset[str]  # event and glue words: what may sit next to a brand in an event's name
    glue_words: frozenset[str]  # filler of fake names (mon, espace, france, info): no name of their own
    # Names whose official site is a sub-site of another body's domain (mdphenligne.cnsa.fr): the bare name
    # registered elsewhere (mdphenligne.fr) is not a domain the organisation keeps for itself.
    subsite_brands: frozenset[str]
    own_names: frozenset[str]  # the names the official domains carry (sfr, creditagricole, poleemploi)
    # A hyphenated official name -> its domain (ca-paris -> ca-paris.fr, crous-lyon -> crous-lyon.fr): regional sites
    # whose name is no brand token ("ca" and "crous" are too short or too common), read when put in front of a site.
    hyphen_heads: dict[str, str]
    lure_words: frozenset[str]  # the topics of fake names without a brand (recouvrement, retraite, poste…)
    lure_topics: frozenset[str]  # those and the fake summons' words (plainte, casier, judiciaire)
    lure_shapes: frozenset[str]  # a bait name's shapes (ma, votre, espace, en ligne, acces) and action words
    lure_segmenter: Segmenter  # the brand search's words and the lure's
    official_hosts: dict[str, tuple[_HostVerdict, tuple[Finding, ...]]]  # filled once the rest is ready
    shortened: dict[str, str]  # long names without a small inner word (villeparis) -> the name
    # Those forms by the lengths a one-letter typo of them may have.
    shortened_by_len: dict[int, tuple[str, ...]]
    typos: TypoReader  # long known words with one letter off inside a glued name (contrlefiscal)
    # Long names misspelt at the start of a word (rondialrelai), five-letter ones with a letter added (almeli).
    head_typos: HeadTypos
    wording: dict[str, FindingText]  # the link findings' wording, looked up once
    summaries: dict[Verdict, str]  # the one-line summary of each verdict
    never: dict[str, Finding]  # official domain -> what its organisation says it never does
    constants: dict[str, Finding]  # the findings without parameters (plain http, hidden characters…)
    suffixes: PublicSuffixes


_PREPARED: list[_Knowledge] = []


def _knowledge() -> _Knowledge:
    """The lookup tables, built once on first use (start-up work, not a per-input memo)."""
    if not _PREPARED:
        _PREPARED.append(_prepare())
        _PREPARED[0].official_hosts.update(_official_hosts(_PREPARED[0]))
    return _PREPARED[0]


def _official_hosts(know: _Knowledge) -> dict[str, tuple[_HostVerdict, tuple[Finding, ...]]]:
    """Each official domain, bare and with www., judged once at load by the same analysis as any host: the
    sites people check most often (their bank, ameli.fr, impots.gouv.fr) then cost a lookup."""
    out: dict[str, tuple[_HostVerdict, tuple[Finding, ...]]] = {}
    for domain in know.officials:
        for host in (domain, f"www.{domain}"):
            verdict = _analyse_host_now(host, host)
            if verdict.official_for is not None:
                out[host] = (verdict, tuple(_finding(code, params) for code, params in verdict.signals))
    return out


def _prepare() -> _Knowledge:
    directory = organisations.load()
    signals = link_signals.load()
    officials: dict[str, _Official] = {}
    for domain, (org_id, entry) in directory.by_domain.items():
        org = directory.organisations[org_id]
        confirmed = next((d.domain for d in org.domains if d.status is Status.confirmed), None)
        officials[domain] = _Official(
            org.name,
            entry.role,
            domain,
            entry.status is not Status.confirmed,
            confirmed,
            entry.status is Status.unverified,
            _defang_in_text(org.name),
        )
    extra_words = signals.login_words | signals.scenario_words | signals.event_words
    vocabulary = extra_words | signals.bait_words | signals.pretend_suffix_words | signals.glue_words
    initials = _initials(directory, signals.brands)
    fragments = brand_fragments(signals.brands, signals.weak_brands, vocabulary)
    derived = {**fragments, **initials}
    brand_domains = {**{name: signals.brands[brand] for name, brand in fragments.items()}, **signals.brands}
    brand_domains.update((name, domain) for name, domain in initials.items() if name not in brand_domains)
    suffixes = PublicSuffixes()
    dropped = _dropped_letter(brand_domains, signals.weak_brands | frozenset(derived), vocabulary)
    brands = BrandIndex(
        brand_domains,
        signals.bait_words,
        signals.pretend_suffix_words,
        signals.glue_words,
        weak=signals.weak_brands | frozenset(derived),
        extra_words=extra_words,
        ordinary=signals.ordinary_words_with_brands,
    )
    # The lure's words are read by a segmenter of their own: added to the brand search, they would back
    # ordinary-word brands (cnam-formation) and change the filler of story names.
    lure_vocabulary = brands.vocabulary | signals.lure_words | signals.lure_shapes | signals.summons_words
    lure_segmenter = Segmenter(lure_vocabulary)
    shortened = _shortened_names(brand_domains, brands.weak, brands.vocabulary)
    cuts = frozenset(name for name, brand in fragments.items() if brand.startswith(name))
    confusables = confusable_forms(
        sorted(
            {name for name in signals.brands if name not in signals.weak_brands}
            | {name for name in cuts if len(name) >= MIN_CONFUSABLE_CUT}
        ),
        brands.vocabulary | lure_vocabulary,
    )
    return _Knowledge(
        officials=officials,
        brands=brands,
        brand_domains=brand_domains,
        derived=frozenset(derived) - frozenset(signals.brands),
        fragments=frozenset(fragments) - frozenset(signals.brands),
        cuts=cuts,
        confusables=confusables,
        confusable_re=re.compile(trie_pattern(sorted(confusables))) if confusables else None,
        story_or_bait=signals.scenario_words | signals.bait_words,
        hosted_lure_re=_words_re(signals.hosted_lure_words),
        hosted_ordinary_re=_words_re(signals.hosted_ordinary_words),
        quiet_name_words=signals.quiet_name_words,
        own_story_words=signals.own_story_words,
        own_story_unless=signals.own_story_unless,
        state_words=_STATE_WORDS | signals.state_lookalikes,
        academy_re=_academy_re(signals.academies),
        glued_name_re=_glued_name_re(frozenset(signals.brands)),
        academies=tuple(sorted(signals.academies, key=len, reverse=True)),
        account_words=signals.account_words,
        typo_names=_typo_names(brands, fragments),
        typo_near=NearNames(_typo_name_list(brands, fragments)),
        far_names=_far_names(brands.fuzzy, frozenset(derived) - frozenset(signals.brands)),
        dropped=dropped,
        short_typos=_short_typos(
            signals.brands, signals.weak_brands, signals.scenario_words, brands.vocabulary | lure_vocabulary
        ),
        dropped_re=re.compile(trie_pattern(sorted(dropped))) if dropped else None,
        cheap_tlds=frozenset(signals.abused_tlds) | signals.catch_all_tlds,
        international=signals.international_brands,
        shorteners=frozenset(signals.shorteners),
        free_hosting=frozenset(signals.free_hosting),
        dynamic_dns=frozenset(signals.dynamic_dns),
        site_builders=frozenset(signals.site_builders),
        platforms=frozenset(signals.shorteners)
        | frozenset(signals.free_hosting)
        | frozenset(signals.dynamic_dns)
        | frozenset(signals.site_builders),
        abused_tlds=frozenset(signals.abused_tlds),
        login_words=signals.login_words,
        scenario_words=signals.scenario_words,
        defensive_tlds=signals.defensive_tlds,
        event_words=signals.event_words,
        bait_only_brands=signals.bait_only_brands,
        customer_space_words=signals.customer_space_words,
        skeleton_service_words=signals.skeleton_service_words,
        stray_names=_by_first_letter(
            name for name in signals.brands if name not in brands.weak and name.isalpha()
        ),
        catch_all_tlds=signals.catch_all_tlds,
        telling_scenario_words=signals.scenario_words - signals.ordinary_scenario_words,
        action_words=signals.action_words,
        paired_scenario_words=signals.paired_scenario_words,
        subscription_words=signals.subscription_words,
        billing_words=signals.billing_words,
        harmless_words=signals.event_words | signals.glue_words,
        glue_words=signals.glue_words,
        subsite_brands=_subsite_brands(brand_domains, suffixes),
        own_names=frozenset(domain.split(".", 1)[0].replace("-", "") for domain in officials),
        hyphen_heads={
            d.split(".", 1)[0]: d for d in officials if d.count(".") == 1 and "-" in d.split(".", 1)[0]
        },
        lure_words=signals.lure_words,
        lure_topics=signals.lure_words | signals.summons_words,
        lure_shapes=(signals.lure_shapes | signals.action_words) - signals.lure_words - signals.summons_words,
        lure_segmenter=lure_segmenter,
        official_hosts={},
        shortened=shortened,
        shortened_by_len=_by_typo_length(shortened),
        typos=TypoReader(lure_vocabulary - frozenset(brand_domains), lure_vocabulary, lure_segmenter),
        head_typos=HeadTypos(
            (name for name in signals.brands if name not in signals.weak_brands),
            # A name without its small inner word (villeparis) is the shortened-name reading's, under its rules.
            brands.vocabulary | lure_vocabulary | signals.ordinary_typo_forms | frozenset(shortened),
        ),
        wording={code: text for code, text in wording.load().findings.items() if code.startswith("link.")},
        summaries={verdict: wording.text(f"summary.link.{verdict.value}") for verdict in Verdict},
        never=_never_claims(directory),
        suffixes=suffixes,
        constants={
            code: finding(code)
            for code, text in wording.load().findings.items()
            if code.startswith("link.") and not placeholders(text.message)
        },
    )


def _by_first_letter(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name in sorted(set(names), key=lambda n: (-len(n), n)):
        out.setdefault(name[0], []).append(name)
    return {letter: tuple(found) for letter, found in out.items()}


def _glued_name_re(names: frozenset[str]) -> re.Pattern[str] | None:
    """A catalogue name of ``MIN_GLUED_NAME`` letters or more that ends a word after other letters (the end of
    a label or a hyphen or a digit follows): agenceorange, activate-cvitale, not orangeade nor orange-bleue."""
    long = sorted(name for name in names if len(name) >= MIN_GLUED_NAME and name.isalpha())
    return re.compile(f"(?<=[a-z])(?:{trie_pattern(long)})(?![a-z])") if long else None


MIN_GLUED_NAME = 5


def _academy_re(names: frozenset[str]) -> re.Pattern[str] | None:
    """ac-<name> with a digit or without its hyphen (ac6amiens, acamiens), academie<name>, or ac-<name> with
    more after it (ac-paris-webmail); the académie's own label (ac-paris) does not match."""
    if not names:
        return None
    glued = trie_pattern(sorted({name.replace("-", "") for name in names}))
    written = trie_pattern(sorted(names))
    return re.compile(
        rf"^(?:(?:ac\d*|academie)(?:{glued})[a-z0-9-]*|ac\d+-(?:{written})|ac-(?:{written})-[a-z0-9-]+)$"
    )


def _words_re(words: frozenset[str]) -> re.Pattern[str] | None:
    return re.compile(trie_pattern(sorted(words))) if words else None


_MAX_INITIALS = 3
MIN_CONFUSABLE_CUT = 7  # mondial (of Mondial Relay) written mondiai; shorter cuts are too many ordinary words


def _subsite_brands(brand_domains: dict[str, str], suffixes: PublicSuffixes) -> frozenset[str]:
    return frozenset(
        name
        for name, domain in brand_domains.items()
        if suffixes.split(domain).top_domain_under_public_suffix not in ("", domain)
    )


def _dropped_letter(
    brands: dict[str, str], weak: frozenset[str], vocabulary: frozenset[str]
) -> dict[str, str]:
    """Each long strong name with one letter dropped, doubled or two letters swapped (chronpost, chronnopost,
    chrnoopost): the commonest typos of fake names, looked for inside labels glued to ordinary words
    (contactchronpost). Forms that are known words or other names are left out."""
    out: dict[str, str] = {}
    for name in sorted(brands):
        if name in weak or len(name) < MIN_TOKEN_TYPO or not name.isalpha():
            continue
        for form in one_letter_off(name):
            if form not in brands and form not in vocabulary:
                out.setdefault(form, name)
    return out


def _short_typos(
    brands: dict[str, str], weak: frozenset[str], story: frozenset[str], vocabulary: frozenset[str]
) -> dict[str, str]:
    """Each strong name of five or six letters (amazon, antai, urssaf) with one letter dropped, doubled, two
    neighbours swapped, or an « i » written « l » and the reverse (amzon, antal): the typo-squatter's edits,
    which keep the first letter a reader glances at. Any other letter changed is left out (party is not darty),
    and so are forms that are known words or names, and the names that are words themselves (amende)."""
    out: dict[str, str] = {}
    for name in sorted(brands):
        if name in weak or name in story or not name.isalpha():
            continue
        if not SHORT_TYPO_MIN <= len(name) < MIN_TOKEN_TYPO:
            continue
        swapped = [name[:at] + _IL_SWAP[ch] + name[at + 1 :] for at, ch in enumerate(name) if ch in _IL_SWAP]
        for form in (*one_letter_off(name), *swapped):
            # Four letters are too few (link, anti, cloud): the form keeps five and the name's first letter.
            if len(form) < SHORT_TYPO_MIN or form[0] != name[0]:
                continue
            if form not in brands and form not in vocabulary:
                out.setdefault(form, name)
    return out


SHORT_TYPO_MIN = 5
_IL_SWAP = {"i": "l", "l": "i"}  # the two letters a glance confuses most in a lower-case name


def _by_typo_length(names: dict[str, str]) -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    for name in sorted(names):
        for size in (len(name) - 1, len(name), len(name) + 1):
            out.setdefault(size, []).append(name)
    return {size: tuple(found) for size, found in out.items()}


def _typo_name_list(brands: BrandIndex, fragments: dict[str, str]) -> list[str]:
    names = [n for n in brands.fuzzy if len(n) >= MIN_TOKEN_TYPO]
    names += [n for n, brand in fragments.items() if brand.startswith(n)]
    return names


def _typo_names(brands: BrandIndex, fragments: dict[str, str]) -> dict[int, tuple[str, ...]]:
    names = _typo_name_list(brands, fragments)
    out: dict[int, list[str]] = {}
    for name in names:
        for size in (len(name) - 1, len(name), len(name) + 1):
            out.setdefault(size, []).append(name)
    return {size: tuple(found) for size, found in out.items()}


def _initials(directory: organisations.Directory, brands: dict[str, str]) -> dict[str, str]:
    """Official names of two or three letters (sg.fr): the initials fakes pair with account words
    (mon-espace-sg). Weak names: like an ordinary word, they need a service word to count."""
    out: dict[str, str] = {}
    for domain in directory.by_domain:
        label = domain.split(".", 1)[0]
        if label.isalpha() and len(label) <= _MAX_INITIALS and label not in brands and domain.count(".") == 1:
            out[label] = domain
    return out


def _never_claims(directory: organisations.Directory) -> dict[str, Finding]:
    """What each organisation says it never does by SMS or e-mail, with its own source, per official domain."""
    out: dict[str, Finding] = {}
    for domain in directory.by_domain:
        owner = directory.owner_of_domain(domain)
        if owner is None or not owner[0].never:
            continue
        org, claim = owner[0], owner[0].never[0]
        name = _defang_in_text(org.name)
        who = name if claim.status is Status.confirmed else f"une source qui cite {name}"
        found = finding("link.org_never", who=who, says=_defang_in_text(claim.says))
        out[domain] = found.model_copy(update={"source": claim.source})
    return out


# --- host analysis (pure, cached: the same scam link comes back again and again) ----------------------

Signal = tuple[str, tuple[tuple[str, str], ...]]


def _finding(code: str, params: tuple[tuple[str, str], ...] = ()) -> Finding:
    """A finding without parameters is the same every time: prepared once at load."""
    if not params:
        constant = _knowledge().constants.get(code)
        if constant is not None:
            return constant
    return _finding_with(code, params)


@lru_cache(maxsize=8192)
def _finding_with(code: str, params: tuple[tuple[str, str], ...]) -> Finding:
    """Findings are frozen values: the same code and parameters give the same, shareable object.

    Built from the wording looked up once at load.
    """
    text = _knowledge().wording[code]
    values: dict[str, Any] = dict(params)
    fields = {
        "code": code,
        "severity": text.severity,
        "message": text.message.format_map(values) if values else render(text.message, values),
        "source": text.source,
        "evidence": text.evidence,
        "span": None,
    }
    built: Finding = _FINDING_VALIDATOR.validate_python(fields)  # Finding(**fields), twice as fast
    return built


# A model's own validator, called with a dict: the same validation and the same object as ``Model(**fields)``
# without the keyword-argument layer of ``BaseModel.__init__`` (1.4 of 2.8 µs a finding), several times a check.
_FINDING_VALIDATOR = Finding.__pydantic_validator__


class _HostVerdict(NamedTuple):
    """What the host alone says (a named tuple: immutable, and cheap to build once per check)."""

    domain: str
    signals: tuple[Signal, ...]
    official_for: str | None
    imitates: str | None
    bait: tuple[str, ...]  # bait words in the host, reported once together with the path's
    hosted: bool = False  # a page on a free hosting platform or behind a shortener: its path matters


def _signal(code: str, **params: str) -> Signal:
    return code, tuple(params.items())


def _suffixes(host: str, stop: str) -> list[str]:
    """``a.b.c.fr`` -> [a.b.c.fr, b.c.fr, c.fr] down to ``stop`` (the registrable domain) included."""
    out = [host]
    while host != stop and "." in host:
        host = host.split(".", 1)[1]
        out.append(host)
    return out


@lru_cache(maxsize=4096)
def _dn(name: str) -> str:
    """A host shown defanged; cached as one check shows the same names in several findings."""
    return defang(name)


@lru_cache(maxsize=8192)
def _analyse_host(ascii_host: str, unicode_host: str) -> _HostVerdict:
    return _analyse_host_now(ascii_host, unicode_host)


def _analyse_host_now(ascii_host: str, unicode_host: str) -> _HostVerdict:
    know = _knowledge()
    if ":" in ascii_host or (ascii_host[-1:] in _NUMBER_ENDS and _NUMERIC_HOST_RE.match(ascii_host)):
        return _HostVerdict(ascii_host, (_signal("link.raw_ip", host=_dn(ascii_host)),), None, None, ())
    extracted = know.suffixes.split(ascii_host)
    domain = extracted.top_domain_under_public_suffix
    if not domain:
        return _unknown_suffix_verdict(ascii_host, unicode_host, know)
    # Official match on the full host, walking up to the registrable domain: gouv.fr is a public suffix,
    # so signal.conso.gouv.fr must match itself, never "conso.gouv.fr".
    icann_domain = (_icann_domain(ascii_host, extracted) or domain) if extracted.is_private else domain
    for candidate in _suffixes(ascii_host, icann_domain):
        official = know.officials.get(candidate)
        if official is not None:
            return _official_verdict(ascii_host, icann_domain, official)

    if ascii_host.endswith(".gouv.fr"):
        # Only the State registers under gouv.fr: a brand or a bait word there is no imitation.
        return _HostVerdict(domain, (_signal("link.gouv_fr", host=_dn(ascii_host)),), None, None, ())
    platform = _platform_signals(ascii_host, domain, extracted, know)
    imitates, signals, bait = _brand_signals(ascii_host, unicode_host, extracted, know, bool(platform))
    signals.extend(platform)
    if imitates is None and platform and know.hosted_lure_re is not None:
        signals.extend(_hosted_lure(ascii_host, extracted, know))
    signals.extend(_name_signals(ascii_host, unicode_host, domain, imitates))
    shape = _address_shape(extracted, know.brands) if ascii_host == unicode_host else None
    if shape is not None:
        signals.append(_signal("link.address_shape", written=_dn(shape), domain=_dn(domain)))
    else:
        shown = extracted.domain
        if ascii_host != unicode_host:
            shown = _unicode_label(unicode_host, extracted.suffix, extracted.domain)
        fake = _fake_www(shown)
        if fake is not None:
            signals.append(_signal("link.fake_www", written=_dn(fake), domain=_dn(domain)))
    hosted = any(code in _HOSTED_CODES for code, _ in signals)
    return _HostVerdict(domain, tuple(signals), None, imitates, tuple(dict.fromkeys(bait)), hosted)


# A label written as an address, hyphens for dots: a registered name www-<name> (the "doppelgänger" of
# www.<name>), a label in front of another site that spells a whole address (www-<name>-com-update,
# <name>-impots-fr-<more>), or a registered name that goes on where an address would end (<name>.fr-suivi.com
# reads "<name>.fr" on a phone that breaks the line at the hyphen). www-ssl or blog-fr in front of a site's own
# name are its servers and languages, not that trick.
_WWW_LABEL_RE = re.compile(r"^www\d*-[a-z0-9]")
_SUFFIX_TOKENS = frozenset({"com", "fr", "net", "org"})
_SUFFIX_FIRST_RE = re.compile(r"^(?:com|fr|net|org)-")
_ADDRESS_TOKENS = 3


def _address_shape(extracted: ExtractResult, brands: BrandIndex) -> str | None:
    """The part of the host dressed up as another address (www-banque-com-update, impots-gouv-fr.<site>,
    orange.fr-suivi.<tld>), if any: the name before the extension is a brand or "gouv", or comes after www-; a
    language and country pair (shop-fr-be) or a server's name (static-fr-cdn) is not that."""
    label = extracted.domain
    if _WWW_LABEL_RE.match(label):
        return label
    if not extracted.subdomain:
        return None
    subs = [s for s in extracted.subdomain.split(".") if s and s != "www"]
    for sub in subs:
        tokens = sub.split("-")
        www = tokens[0].startswith("www")
        if not www and len(tokens) < _ADDRESS_TOKENS:
            continue
        for at in range(1, len(tokens)):
            if not _ends_an_address(tokens, at):
                continue
            before = tokens[at - 1]
            # www-<name>-fr, or a brand or "gouv" right before the extension (impots-gouv-fr, orange-fr-facture):
            # espace-client-fr or static-fr-cdn may be a site's own servers.
            if (www and at > 1) or before in brands.pretend or brands.brand_in(before) is not None:
                return sub
    if subs and _SUFFIX_FIRST_RE.match(label) and brands.brand_in(subs[-1]) is not None:
        return f"{subs[-1]}.{label}"
    return None


# The "www" of an address inside the registered name itself, which no real site needs: glued to the name
# (wwwdofus, the "www typosquatter" who drops the dot) or written with v's for w's (wvvw-, wvwv-), also in an
# international name (www-đofus). A name of its own never begins with three w's, nor with w's and v's only.
_GLUED_WWW_RE = re.compile(r"^www[a-z0-9]{4,}$")
_WV_HEAD_RE = re.compile(r"^([wv]{3,6})\d*-.")


def _fake_www(label: str) -> str | None:
    """The registered name's fake "www", if any: what is written (wvvw-dofus, wwwdofus); ``www-<name>``
    written as it is belongs to the address-shape sign."""
    if _GLUED_WWW_RE.match(label):
        return label
    found = _WV_HEAD_RE.match(label)
    if found is None or found.group(1).count("w") < _FAKE_WWW_WS:
        return None
    if found.group(1) == "www" and label.isascii():
        return None  # www-<name>: the address-shape sign's own case
    return label


_FAKE_WWW_WS = 2


def _ends_an_address(tokens: list[str], at: int) -> bool:
    """tokens[at] is an extension closing a name written before it (impots-gouv-fr), not half of a language
    and country pair (shop-fr-be, aide-fr-fr)."""
    if tokens[at] not in _SUFFIX_TOKENS:
        return False
    around = (tokens[at - 1], tokens[at + 1] if at + 1 < len(tokens) else "")
    return not any(len(token) == _LOCALE_CHARS and token.isalpha() for token in around)


_LOCALE_CHARS = 2


def _icann_domain(ascii_host: str, extracted: ExtractResult) -> str:
    """The registrable domain under the ICANN rules alone (example.github.io -> github.io), read from the
    same lookup as the private one (its registry suffix) instead of a second one."""
    registry = extracted.registry_suffix
    size = registry.count(".") + 2
    labels = ascii_host.split(".")
    return ".".join(labels[-size:]) if registry and len(labels) >= size else ""


# A page there can be anybody's: its path decides what it pretends to be.
_HOSTED_CODES = frozenset({"link.free_hosting", "link.shortener", "link.dynamic_dns", "link.shared_platform"})


def _hosted_lure(ascii_host: str, extracted: ExtractResult, know: _Knowledge) -> list[Signal]:
    """A customer's name on a site builder or free host that poses as a mailbox, a voicemail, a university or an
    ordinary-word brand (boitevocale561.<builder>, cliqueorange6.<builder>): nobody's real one lives there."""
    assert know.hosted_lure_re is not None
    walk = _suffixes(ascii_host, "")
    shared = next((name for name in walk if name in know.platforms), None)
    if shared is None and extracted.is_private:
        shared = extracted.suffix
    if shared is None or shared == ascii_host:
        return []
    customer = ascii_host[: -len(shared) - 1].replace("-", "").replace("_", "")
    if know.hosted_ordinary_re is not None:
        customer = know.hosted_ordinary_re.sub(".", customer)
    found = know.hosted_lure_re.search(customer)
    if found is None:
        return []
    return [_signal("link.hosted_lure", host=_dn(ascii_host), platform=_dn(shared), word=found.group())]


def _unknown_suffix_verdict(ascii_host: str, unicode_host: str, know: _Knowledge) -> _HostVerdict:
    """A host under an extension that does not exist (intrum.fr.dossier-recouvrement.example): it may be a
    copying mistake, so that alone is no verdict, but a brand or an official name in it is still a lure."""
    labels = ascii_host.split(".")
    shown = _signal("link.no_suffix", host=_dn(unicode_host))
    if len(labels) < 2:
        return _HostVerdict(ascii_host, (shown,), None, None, ())
    pseudo = ExtractResult(
        subdomain=".".join(labels[:-2]),
        domain=labels[-2],
        suffix=labels[-1],
        is_private=False,
        registry_suffix=labels[-1],
    )
    imitates, signals, bait = _brand_signals(ascii_host, unicode_host, pseudo, know, risky_place=True)
    domain = ".".join(labels[-2:])
    return _HostVerdict(domain, (shown, *signals), None, imitates, tuple(dict.fromkeys(bait)))


def _brand_signals(
    ascii_host: str,
    unicode_host: str,
    extracted: ExtractResult,
    know: _Knowledge,
    risky_place: bool,
) -> tuple[str | None, list[Signal], list[str]]:
    """Which official domain the host imitates, how, and the bait words that come with it.

    ``risky_place``: the host sits on free hosting, dynamic DNS, an abused or unknown extension. A name
    that is also an ordinary word ("orange", "amende") counts only there or next to a bait word.
    """
    signals: list[Signal] = []
    imitates: str | None = None
    brands = know.brands
    domain = extracted.top_domain_under_public_suffix or f"{extracted.domain}.{extracted.suffix}"
    # Brands are looked for in what the reader sees: "café-de-paris" is not "caf" plus "xn--…-deb".
    plain = unicode_host == ascii_host  # the usual case: nothing to fold or to align label by label
    if plain:
        label = extracted.domain
        sub_labels = [s for s in extracted.subdomain.split(".") if s]
    else:
        label = _readable(_unicode_label(unicode_host, extracted.suffix, extracted.domain))
        sub_labels = [_readable(s) for s in _unicode_subdomain(unicode_host, extracted).split(".") if s]
    # One long word misspelt is read set right (contrlefiscal, remboursemnt-edf, verfication-edf), so that the
    # brand and the words around it are seen, unless a strong brand read in the name as written reads no
    # more words that way (caisse-depargne is not caisse-de-epargne, nor caisse-epargnee the bare name). The
    # typo readings of brand names below look at the name as written.
    written, typo = label, None
    hit = brands.brand_in(label)
    corrected, misspelt = _set_right(label, know)
    if corrected != written:
        hit_corrected = brands.brand_in(corrected)
        strong_and_more = (
            hit_corrected is not None
            and not hit_corrected.weak
            and len(hit_corrected.words) > len(hit.words if hit else ())
        )
        if hit is None or hit.weak or strong_and_more:
            label, typo, hit = corrected, misspelt, hit_corrected
    # No name as written: a name written with look-alike letters (paypai, mondiai-relay, uiys-peage) is read
    # restored, under the same rules as the name itself, and said to be a look-alike.
    confused: tuple[str, str] | None = None
    if hit is None and know.confusable_re is not None:
        restored = _confusable_hit(label, know)
        if restored is not None:
            hit, label, confused = restored
    if hit is None:
        hit = _glued_to_lure_topic(label, know)
    if hit is None and (unstrayed := _stray_letter(label, know)) is not None:
        label = unstrayed  # bnps-sequestres, cafibank: the name with a stray letter, read without it
        hit = brands.brand_in(label)
    tokens = [
        t for piece in (*sub_labels, label) for t in piece.replace("_", "-").split("-") if t and t != "www"
    ]
    words = [w for t in tokens for w in brands.words_of(t) or ()]
    bait = [w for w in words if w in brands.bait and w not in brands.brands]
    # Bait phrases split by hyphens count too: espace-client-free, mon-compte-orange.
    bait.extend(a + b for a, b in pairwise(tokens) if a + b in brands.bait)
    pretends = [w for w in words if w in brands.pretend]
    context = risky_place or bool(bait) or bool(pretends)

    # A brand or an official name placed in front of the real site: intrum.fr.secure-pay.com.
    lure = _official_in_labels(sub_labels, know) or _brand_in_labels(
        sub_labels, brands, context, know.derived
    )
    written_across = None
    if lure is None and sub_labels:
        across = _brand_across_dots([*sub_labels, label], brands, know.derived) or _typo_in_labels(
            sub_labels, know
        )
        if across is not None:
            lure, written_across = across
    if lure is not None:
        imitates = know.brand_domains.get(lure, lure)
        shown = written_across or (lure if "." in lure else imitates)
        signals.append(
            _signal("link.brand_in_subdomain", brand=_dn(shown), domain=_dn(domain), official=_dn(imitates))
        )
    # A brand inside the registered name (read above): intrum-paiement.com, myintrum-fr.com, intrum.net.
    backed_copy = confused is not None and bool(set(hit.words if hit else ()) & know.story_or_bait)
    if (
        hit is not None
        and hit.brand in know.derived
        and not backed_copy
        and not _derived_backed(hit, label, risky_place, know)
    ):
        hit = None  # "mondial-assistance", "sg-services": ordinary names
    elif hit is not None and hit.weak and not (context or backed_copy or _weak_name_backed(hit, label, know)):
        hit = None  # "orange-book.com", "ville-orange.fr": an ordinary word, nothing else
    elif hit is not None and hit.weak and typo is not None:
        hit = None  # concour(s)-ants: an ordinary word read through a misspelling is too far a guess
    if hit is not None and hit.glued and brands.imitation(written) is not None:
        hit = None  # "bloctell": one letter too many reads better as a typo of the name
    if hit is not None:
        official_domain = know.brand_domains[hit.brand]
        same_name = label.replace("-", "") == hit.brand  # credit-agricole is the name creditagricole
        if confused is not None or not (same_name and hit.brand in know.international and not context):
            imitates = imitates or official_domain
            plain = lure is None and not context
            # A company registers its own name under other extensions (sfr.net, lcl.com), not a variant of it
            # (relaymondial.net for mondialrelay.fr): only a name one of its sites carries is defensive.
            defensive = (
                extracted.suffix in know.defensive_tlds
                and hit.brand not in know.subsite_brands
                and hit.brand in know.own_names
            )
            if confused is not None:
                code = "link.lookalike"  # paypai.com: the name itself, written to deceive the eye
            elif plain and same_name and defensive:
                code = "link.brand_same_name"  # sfr.net: often the company's own, no sign by itself
            elif plain and not same_name and _event_name(label, hit.brand, know):
                code = "link.brand_event"  # bnpparibasopen.com: an event named after the brand
            else:
                code = "link.brand_other_suffix" if same_name else "link.brand_in_domain"
            if confused is not None:
                how = f"« {confused[0]} » : {confused[1]}"
                signals.append(_signal(code, domain=_dn(domain), official=_dn(official_domain), how=how))
            else:
                signals.append(
                    _signal(code, brand=hit.brand, domain=_dn(domain), official=_dn(official_domain))
                )
            pretend = next((w for w in hit.words if w in brands.pretend), None)
            if pretend is not None:
                signals.append(_signal("link.pretend_suffix", word=pretend, suffix=extracted.suffix))
    elif lure is None:
        copy = brands.imitation(written if plain else _unicode_label(unicode_host, extracted.suffix, label))
        if copy is None and "-" in written:
            copy = brands.imitation(written.replace("-", ""))  # asemblee-nationale: the name, one letter off
        if copy is None:
            copy = _glued_typo(written, know)
        if copy is None:
            copy = _shortened_typo(written, know)
        if copy is None:
            copy = _head_typo(written, know)
        if (
            copy is None
            and len(tokens) > 1
            and (context or any(w in know.telling_scenario_words for w in words))
        ):
            copy = _token_typo(_tokens_of(written) if typo else tokens, know)
        if copy is None:
            copy = _short_token_typo(_tokens_of(written), know)
        if copy is None and extracted.suffix.rsplit(".", 1)[-1] in know.cheap_tlds:
            copy = _two_letters_off(written, know)
        if copy is not None:
            imitates = know.brand_domains[copy.brand]
            if copy.kind == "homoglyph":
                names = {"display_name": _dn(unicode_host), "ascii_name": _dn(ascii_host)}
                signals.append(_signal("link.homoglyph", official=_dn(imitates), **names))
            else:
                code = "link.lookalike" if copy.kind == "lookalike" else "link.typo"
                signals.append(_signal(code, domain=_dn(domain), official=_dn(imitates), how=copy.how))
            if pretends:  # amaeli-remboursement-gouv: dressed as a State address, as the name itself would be
                signals.append(_signal("link.pretend_suffix", word=pretends[0], suffix=extracted.suffix))

    if imitates is None and lure is None and know.academy_re is not None and know.academy_re.match(written):
        # acamiens.fr, academieamiens.com: an académie's webmail is written ac-<name>.fr, nothing else.
        flat = written.replace("-", "")
        city = next(name for name in know.academies if name.replace("-", "") in flat)
        imitates = f"ac-{city}.fr"
        how = "une académie écrit son adresse ac-<ville>.fr, avec le tiret et rien d'autre"
        signals.append(_signal("link.lookalike", domain=_dn(domain), official=_dn(imitates), how=how))
    lure_words: tuple[str, ...] | None = None
    if imitates is None:
        state = next((w for w in pretends if w in know.state_words), None) or _glued_state_word(tokens, know)
        if state is not None:
            # "gouv" written as a word of a name outside gouv.fr (santegouv.fr): the impots-gouv.com trick.
            signals.append(_signal("link.pretend_suffix", word=state, suffix=extracted.suffix))
        scenario = [_singular(w, know) for w in words if _singular(w, know) in know.scenario_words]
        if scenario and (risky_place or pretends):
            signals.append(_signal("link.scenario_host", words=", ".join(dict.fromkeys(scenario))))
        elif scenario and _scenario_name(label, extracted.suffix, know):
            signals.append(_signal("link.scenario_name", words=", ".join(dict.fromkeys(scenario))))
        elif (lure_words := _lure_name(label, typo is not None, know)) is not None:
            signals.append(_signal("link.lure_name", words=", ".join(lure_words)))
        elif bait:
            if state is None and pretends and set(bait) & know.action_words:
                # reglement-fr.com, contentieux-fr.fr: what to do, dressed up as a French address.
                signals.append(_signal("link.pretend_suffix", word=pretends[0], suffix=extracted.suffix))
            signals.append(_signal("link.bait_words", words=", ".join(dict.fromkeys(bait))))
        bait = []
    if typo is not None and signals:  # the misspelling explains a sign found, never one alone
        signals.append(_signal("link.misspelt_word", written=typo[0], word=typo[1]))
    return imitates, signals, bait


def _confusable_hit(label: str, know: _Knowledge) -> tuple[BrandHit, str, tuple[str, str]] | None:
    """The brand found once look-alike letters are read as the letters they pass for, the label so restored
    and (what is written, how); None when the restored label names no brand there (or another one)."""
    assert know.confusable_re is not None
    found = know.confusable_re.search(label)
    if found is None:
        return None
    name, how = know.confusables[found.group()]
    restored = label[: found.start()] + name + label[found.end() :]
    hit = know.brands.brand_in(restored)
    if hit is None or hit.brand != name:
        return None
    return hit, restored, (found.group(), how)


def _glued_to_lure_topic(label: str, know: _Knowledge) -> BrandHit | None:
    """A strong catalogue name glued to a topic of the lure's vocabulary (droit, plainte, declaration), which the
    brand search does not read: droitcaf, bnpdepotplainte. Every word of the name is the lure's or filler,
    nothing is a word of its own; a name written apart from the topic (caf-droit) is the brand search's."""
    if not know.brands.mentions(label):
        return None  # no catalogue name written at all: the usual case, one pass at C speed
    tokens = _tokens_of(label)
    if not any(know.brands.words_of(token) is None for token in tokens):
        return None  # every word read by the brand search already: nothing glued to a lure topic
    words: list[str] = []
    for token in tokens:
        split = know.lure_segmenter.split(token)
        if split is None:
            return None
        words.extend(split)
    brands = know.brands
    at = next((i for i, w in enumerate(words) if w in brands.brands and w not in brands.weak), None)
    if at is None or not any(w in know.lure_topics and w not in brands.vocabulary for w in words):
        return None
    name = words[at]
    if at and name[0] == "s" and name[1:] in know.lure_segmenter.vocabulary:
        return None  # plaintesfr: the plural of « plaintes » and « fr », not « plainte » and SFR
    return BrandHit(name, tuple(w for i, w in enumerate(words) if i != at), glued=True)


def _stray_letter(label: str, know: _Knowledge) -> str | None:
    """The label read without one stray letter glued right after a strong catalogue name, when the letter is all
    that stops the brand search (bnps-sequestres, cafibank, lclr-compte): the name, the letter, then known
    words only, or the end of the word with a story or bait word elsewhere in the name; every other word of the
    name known too. A word of its own anywhere (bnpx-immobilier) and the letter is the start of something else;
    a mute « e » is never stray (cafe-france is « café ») ; weak names stay as written."""
    if not know.brands.mentions(label):
        return None  # no catalogue name written at all: the usual case, one pass at C speed
    tokens = _tokens_of(label)
    words_of = know.brands.words_of
    for at, token in enumerate(tokens):
        if words_of(token) is not None:
            continue
        others = (*tokens[:at], *tokens[at + 1 :])
        for name in know.stray_names.get(token[0], ()):
            if len(token) <= len(name) or not token.startswith(name):
                continue
            if token[len(name)] == _MUTE_E:
                continue  # cafe, cafes: a French word, not the name and a stray letter
            rest = token[len(name) + 1 :]
            if not (rest or others) or (rest and words_of(rest) is None):
                continue
            read = [words_of(other) for other in others]
            if any(words is None for words in read):
                return None
            if not rest and not any(w in know.story_or_bait for words in read for w in words or ()):
                continue  # sfra-info: the letter ends the name with nothing of a lure around it
            restored = "-".join((*tokens[:at], name + rest, *tokens[at + 1 :]))
            hit = know.brands.brand_in(restored)
            if hit is not None and hit.brand == name and not hit.weak:
                return restored
    return None


_MUTE_E = "e"


def _tokens_of(label: str) -> list[str]:
    return [t for t in label.replace("_", "-").split("-") if t and t != "www"]


def _set_right(label: str, know: _Knowledge) -> tuple[str, tuple[str, str] | None]:
    """The label with one misspelt long word set right (contrle-fiscal -> controle-fiscal), and the
    (written, meant) pair; the label as it is when every piece already reads or none can be set right."""
    tokens = label.replace("_", "-").split("-")
    agreed = False
    for at, token in enumerate(tokens):
        if not token or token.isdigit() or know.brands.segmenter.split(token) is not None:
            continue  # read as it is (the brand search splits the same token next: its split is cached)
        ending = token[:-1]
        if (
            len(ending) >= _STORY_ENDING_MIN
            and ending in know.telling_scenario_words
            and know.brands.words_of(token) is None  # impayee, impayees: the word agreed, read as it is
        ):
            # suivie, impayer: a story word agreed or conjugated by ear, read as the word; not a misspelling
            # that would explain a sign, nor one that makes an ordinary-word name too far a guess. The words
            # after it are still read (colis-suivie-livraisn: the misspelt word is set right as in colis-suivi-…).
            tokens[at] = ending
            agreed = True
            continue
        found = know.typos.read(token)
        if (
            found is not None
            and know.lure_segmenter.split(token) is None  # not the lure's words as they are
            and know.brands.words_of(token) is None  # nor a word cut short (renouv)
        ):
            words, written, meant = found
            tokens[at] = "".join(words)
            return "-".join(tokens), ((written, meant) if written else None)
    return ("-".join(tokens) if agreed else label), None


_STORY_ENDING_MIN = 5


def _lure_name(label: str, misspelt: bool, know: _Knowledge) -> tuple[str, ...] | None:
    """The registered name is made only of the lure's vocabulary (recouvrement, retraite, poste, sante…),
    its bait shapes (ma, votre, espace, en ligne, acces, an action word) and filler, with nothing that names
    a business or a town: maretraitepublic, votre-poste-en-ligne, contentieux-credit-services. At least a
    topic and a shape, three of them in all (a misspelt word counts as a shape: contrlefiscal). A long name
    glued without hyphens, with two topics or more, counts as a shape. Returns the words that make it."""
    tokens = [t for t in label.replace("_", "-").split("-") if t]
    words: list[str] = []
    for token in tokens:
        split = know.lure_segmenter.split(token)
        if split is None:
            return None  # a word of its own: recouvrement-dupont, mairie-villeneuve
        words.extend(w for w in split if not w.isdigit())
    topics = [w for w in dict.fromkeys(words) if w in know.lure_topics]
    if not topics:
        return None
    shapes = [w for w in dict.fromkeys(words) if w in know.lure_shapes]
    outside = [
        w
        for w in words
        if w not in know.lure_topics
        and w not in know.lure_shapes
        and w not in know.glue_words
        and w not in know.brands.pretend
    ]
    if outside:
        return _story_lure_name(tokens, words, topics, outside, know)
    glued = (
        len(tokens) == 1
        and len(words) >= _GLUED_WORDS
        and len(topics) >= _GLUED_TOPICS
        and not _ARTICLES.intersection(words)  # lesclesdelabanque: a title in plain French, not a lure's glue
    )
    shape_count = len(shapes) + misspelt + glued
    if not shape_count or len(topics) + shape_count < _LURE_MIN:
        return _story_lure_name(tokens, words, topics, [], know)
    return (*topics, *shapes)


def _story_lure_name(
    tokens: list[str], words: list[str], topics: list[str], outside: list[str], know: _Knowledge
) -> tuple[str, ...] | None:
    """Three words of the lure's vocabulary or more, filler included (a year counts as one), nothing of its own,
    and two at least that are more than filler: service-sante-public, gestion-espace-sante, assurance-sante-2024,
    logistique-service-colis. The lure's topics here may sit beside a scam story's or a bait word
    (france-carte-grise, finance-alertefraude) but never beside a word of a name's own (sante-dupont)."""
    if any(w not in know.telling_scenario_words and w not in know.brands.bait for w in outside):
        return None  # an event, a word of ordinary names (ma-prime-energie), a word the lure does not use
    # The dressing of an address (dossier-contentieux-fr) is the pretend-suffix sign's, not a word here.
    distinct = [w for w in dict.fromkeys(words) if w not in _ARTICLES and w not in know.brands.pretend]
    year = any(_YEAR_RE.search(t) for t in tokens)
    if len(distinct) + year < _LURE_MIN:
        return None
    telling = [w for w in distinct if w in topics or w in know.lure_shapes or w not in know.glue_words]
    if len(telling) < _STORY_LURE_TELLING:
        return None  # mon-espace-info: filler around one word
    return tuple(distinct)


_LURE_MIN = 3
_STORY_LURE_TELLING = 2
_ARTICLES = frozenset({"le", "la", "les", "du", "de", "des"})
_GLUED_WORDS = 3
_GLUED_TOPICS = 2


def _token_typo(tokens: list[str], know: _Knowledge) -> Imitation | None:
    """One word of a hyphenated name one letter off a long brand name, whole or cut short (securite-cartvit,
    mondialrelai-suivi), next to bait or story words: the next campaign's spelling of the same name."""
    for token in tokens:
        if len(token) < MIN_TOKEN_TYPO or know.brands.words_of(token) is not None:
            continue
        name = know.typo_near.first(token)  # the first of typo_names[len(token)] one letter off
        if name is not None:
            return Imitation(name, "typo", describe_typo(token, name))
    return None


MIN_TOKEN_TYPO = 7


def _short_token_typo(tokens: list[str], know: _Knowledge) -> Imitation | None:
    """A short catalogue name misspelt as one word of a hyphenated name whose other words are all the lure's
    vocabulary or filler (amzon-formulaire, client-antal): nothing in it names anything but the misspelt name.
    A word of its own beside it (antal-immobilier) and the name stays an ordinary one."""
    if len(tokens) < _SHORT_TYPO_WORDS:
        return None
    for at, token in enumerate(tokens):
        name = know.short_typos.get(token)
        if name is None:
            continue
        others = (*tokens[:at], *tokens[at + 1 :])
        if all(know.lure_segmenter.split(other) is not None for other in others):
            return Imitation(name, "typo", describe_typo(token, name))
    return None


_SHORT_TYPO_WORDS = 2


def _glued_typo(label: str, know: _Knowledge) -> Imitation | None:
    """A long name one letter off (dropped, doubled, swapped), glued to known words only (contactchronpost,
    monespace-chronnopost): nothing in the label is a name of its own but the misspelt brand."""
    if know.dropped_re is None:
        return None
    flat = label.replace("-", "")
    found = know.dropped_re.search(flat)
    if found is None or found.group() == flat:
        return None  # the bare misspelt name is the whole-label typo reading's job
    words = know.brands.words_of
    if words(flat[: found.start()]) is None or words(flat[found.end() :]) is None:
        return None
    brand = know.dropped[found.group()]
    return Imitation(brand, "typo", describe_typo(found.group(), brand))


def _head_typo(label: str, know: _Knowledge) -> Imitation | None:
    """A word of the name that starts with a long brand name one or two letters off (l-mondialerelay,
    rondialrelai, mondialrelai-suivi), or is a five-letter name with a letter added (almeli), when nothing
    else in the name is a word of its own: colisimo-martin or chronopst-horlogerie name a business."""
    tokens = _tokens_of(label)
    for at, token in enumerate(tokens):
        found = know.head_typos.find(token)
        if found is None:
            continue
        imitation, written = found
        # Known words may follow in the same word (securpassrenov); a stray letter or two only as a word of their
        # own (l-mondialerelay): lebonpoint is "le bon point", not leboncoin with a letter changed and one added.
        others = [t for t in (*tokens[:at], *tokens[at + 1 :]) if len(t) > MAX_STRAY]
        words = know.brands.words_of
        if words(token[len(written) :]) is not None and all(words(other) is not None for other in others):
            return imitation
    return None


def _shortened_typo(label: str, know: _Knowledge) -> Imitation | None:
    """A long name written without its small inner word and one letter off (villepariis for villedeparis,
    banquefrannce): the name as people say it, misspelt. The shortened name itself is not looked for inside
    other words (Villeparisis is a town)."""
    flat = label.replace("-", "")
    for short in know.shortened_by_len.get(len(flat), ()):
        if flat != short and OSA.distance(flat, short, score_cutoff=1) <= 1:
            brand = know.shortened[short]
            how = f"« {brand} » écrit sans son petit mot et avec " + describe_typo(flat, short)
            return Imitation(brand, "typo", how)
    return None


def _shortened_names(
    brands: dict[str, str], weak: frozenset[str], vocabulary: frozenset[str]
) -> dict[str, str]:
    """Each strong name without one small inner word (villedeparis -> villeparis), when both sides keep
    four letters at least; forms that are names or known words are left out."""
    out: dict[str, str] = {}
    for name in sorted(brands):
        if name in weak or not name.isalpha():
            continue
        for small in _SMALL_WORDS:
            at = name.find(small, _SIDE_MIN)
            while at >= 0 and len(name) - at - len(small) >= _SIDE_MIN:
                form = name[:at] + name[at + len(small) :]
                if form not in brands and form not in vocabulary:
                    out.setdefault(form, name)
                at = name.find(small, at + 1)
    return out


_SMALL_WORDS = ("de", "du", "des")
_SIDE_MIN = 4


def _two_letters_off(label: str, know: _Knowledge) -> Imitation | None:
    """On a throw-away extension, a name two letters off a long brand name with the same first and last
    letters (bip-n-go for bipandgo): typo-squatters keep the ends a reader glances at."""
    flat = label.replace("-", "")
    if len(flat) < MIN_TOKEN_TYPO - 1 or not flat.isalpha():
        return None
    # The long fuzzy names (not derived) of a size at most two letters off with the same ends, in their order.
    for name in know.far_names.get((len(flat), flat[0], flat[-1]), ()):
        if OSA.distance(flat, name, score_cutoff=2) <= FAR_EDITS:
            return Imitation(name, "typo", "deux lettres de différence")
    return None


MIN_FAR_BRAND = 8
FAR_EDITS = 2


def _far_names(fuzzy: list[str], derived: frozenset[str]) -> dict[tuple[int, str, str], tuple[str, ...]]:
    """The names ``_two_letters_off`` may read, by (size of the label, first letter, last letter), in order."""
    out: dict[tuple[int, str, str], list[str]] = {}
    for name in fuzzy:
        if len(name) < MIN_FAR_BRAND or name in derived:
            continue
        for size in range(len(name) - FAR_EDITS, len(name) + FAR_EDITS + 1):
            out.setdefault((size, name[0], name[-1]), []).append(name)
    return {key: tuple(names) for key, names in out.items()}


def _glued_state_word(tokens: list[str], know: _Knowledge) -> str | None:
    """ "gouv" glued at the end of a word (airgouv, santegouv), or in front of a known word (gouvcarte): a
    name dressed as a government address. Gouvernement or the town of Gouvieux are not that trick. A look-alike
    of it (g0uv, qouv) glued at the end of a known word counts too (permisg0uv); as a word of its own it is a
    pretend word already (permis-g0uv, qouv.fr)."""
    for token in tokens:
        look = next((form for form in know.state_words if form != _GOUV and token.endswith(form)), None)
        if look is not None and token != look and know.brands.words_of(token[: -len(look)]) is not None:
            return look  # permisg0uv: a known word and the look-alike glued after it
        if token == _GOUV or _GOUV not in token:
            continue
        if token.endswith(_GOUV) or (token.startswith(_GOUV) and know.brands.words_of(token[len(_GOUV) :])):
            return _GOUV
    return None


_GOUV = "gouv"


def _derived_backed(hit: BrandHit, label: str, risky_place: bool, know: _Knowledge) -> bool:
    """A brand's initials, skeleton or cut name (sg, ppl, mondial) is read as the brand only with the words
    of a fake page: a scam story's word always; a bait word for the skeleton (ppl-securite); an account or
    sign-in word for initials (mon-espace-sg, sgaccount). A cut name may be an ordinary word (mondial-assistance): a story word only."""
    words = set(hit.words)
    if words & know.telling_scenario_words:
        return True
    if hit.brand in know.cuts:
        return False
    if risky_place or words & know.brands.bait:
        return True
    if hit.brand in know.fragments:
        # fr-services-ppl, servicepypl: a skeleton beside "service" and filler only, a fake help desk's name.
        # Every word of the name is read (service-ppl-dupont names a business).
        return (
            bool(words & know.skeleton_service_words)
            and words <= know.glue_words | know.brands.pretend
            and all(know.brands.words_of(token) is not None for token in _tokens_of(label))
        )
    return bool(words & (know.account_words | know.login_words))


def _scenario_name(label: str, suffix: str, know: _Knowledge) -> bool:
    """The registered name is nothing but the words of a scam story (acheminement-colis,
    renouvellement-2022, cmu-renouv): two story words, a year, or one story word on a catch-all extension
    (.info, .online). A real business name carries a word of its own (suivi-colis-martin, retraite-sportive)."""
    tokens = [t for t in label.replace("_", "-").split("-") if t]
    split = [know.brands.words_of(t) for t in tokens]
    if not tokens or any(words is None for words in split):
        return False
    words = [_singular(w, know) for words in split for w in words or () if not w.isdigit()]
    story = {w for w in words if w in know.scenario_words or w in know.brands.bait}
    if (
        not story & know.telling_scenario_words
        and not (story & know.action_words and story & know.paired_scenario_words)
        and not (story & know.subscription_words and story & know.billing_words)
    ):
        return False  # aide-retraite, la-carte: words of ordinary names too; payer-amande is a story
    year = any(_YEAR_RE.search(t) for t in tokens)
    if len(story) >= _STORY_WORDS or year or suffix.rsplit(".", 1)[-1] in know.catch_all_tlds:
        return True
    # The story word dressed up with filler only (livraison-france-info, renouvellement-assurances): the
    # filler names no one, so nothing in the name is a business of its own.
    others = [w for w in words if w not in story]
    return len(others) >= 1 and all(w in know.glue_words for w in others)


def _singular(word: str, know: _Knowledge) -> str:
    """A story word written in the plural (remboursements, livraisons) read as the story word."""
    if word.endswith("s") and word[:-1] in know.scenario_words:
        return word[:-1]
    return word


_STORY_WORDS = 2
_YEAR_RE = re.compile(r"(?<!\d)20[12]\d(?!\d)")


def _event_name(label: str, brand: str, know: _Knowledge) -> bool:
    """The label is the brand plus only event, sponsorship or harmless words (bnpparibasopen,
    fondation-orange), at least one of them an event word."""
    rest = label.replace("-", "").replace("_", "").replace(brand, "", 1)
    if not any(word in rest for word in know.event_words):
        return False
    words = know.brands.words_of(rest)
    return (
        bool(words)
        and all(w in know.harmless_words for w in words or ())
        and any(w in know.event_words for w in words or ())
    )


def _weak_name_backed(hit: BrandHit, label: str, know: _Knowledge) -> bool:
    """An ordinary-word name is taken for the brand when the label also carries a bait word, a service
    word of four letters or more (mon-espace-orange, orange-messagerie) or a number (orange-mail308).
    An event word (free-jazz-festival) does not: festivals and stadiums use ordinary words too."""
    if set(hit.words) & know.brands.bait:
        return True
    if set(hit.words) & know.own_story_words.get(hit.brand, frozenset()) and not _other_meaning(
        hit, label, know
    ):
        return True  # prefecture-ants, annonce-lbc: the short name beside the words of its own service
    if hit.brand in know.bait_only_brands:
        # chrono24, la-france-agricole: ordinary names; a customer's space (clientnickel) is the brand's.
        return bool(set(hit.words) & know.customer_space_words)
    if any(
        len(word) >= _WEAK_WORD_MIN and word not in know.event_words and word not in know.quiet_name_words
        for word in hit.words
    ):
        return True
    return sum(ch.isdigit() for ch in label) >= _WEAK_DIGITS_MIN


_WEAK_WORD_MIN = 4


def _other_meaning(hit: BrandHit, label: str, know: _Knowledge) -> bool:
    """The name carries a word that gives the short name another meaning (da-vinci-route: the painter)."""
    unless = know.own_story_unless.get(hit.brand)
    return unless is not None and bool(unless.intersection(label.replace("_", "-").split("-")))


_STATE_WORDS = frozenset({"gouv", "gov"})
_WEAK_DIGITS_MIN = 2


def _name_signals(ascii_host: str, unicode_host: str, domain: str, imitates: str | None) -> list[Signal]:
    """International characters and names made long to push the real site out of sight."""
    signals: list[Signal] = []
    names = {"display_name": _dn(unicode_host), "ascii_name": _dn(ascii_host)}
    if ascii_host != unicode_host:
        mixed = [found for part in unicode_host.split(".") if len(found := scripts(part)) > 1]
        if mixed:
            signals.append(_signal("link.mixed_scripts", scripts=" et ".join(mixed[0]), **names))
        elif imitates is None:
            signals.append(_signal("link.idn", **names))
    labels = ascii_host.count(".") + 1
    if labels >= _LONG_HOST_LABELS or len(ascii_host) > _LONG_HOST_CHARS:
        signals.append(
            _signal("link.long_host", labels=str(labels), length=str(len(ascii_host)), domain=_dn(domain))
        )
    return signals


def _official_verdict(ascii_host: str, registrable: str, official: _Official) -> _HostVerdict:
    if official.reported:
        alternative = official.confirmed_alternative
        signal = _signal(
            "link.official_unverified" if official.unverified else "link.official_reported",
            host=_dn(ascii_host),
            role=official.role,
            organisation=official.shown,
            confirmed=_dn(alternative) if alternative else "l'adresse imprimée sur votre courrier",
        )
    else:
        signal = _signal(
            "link.official",
            host=_dn(ascii_host),
            organisation=official.shown,
            role=official.role,
            domain=_dn(official.domain),
        )
    return _HostVerdict(registrable, (signal,), official.organisation, None, ())


def _official_in_labels(labels: list[str], know: _Knowledge) -> str | None:
    """An official domain written as labels in front of another site (…intrum.fr.evil.com)."""
    for i in range(len(labels)):
        for j in range(len(labels), i + 1, -1):
            name = ".".join(labels[i:j])
            if name in know.officials:
                return name
    # The official name without its ending, in front of another site (ca-paris.secure-verif.com): review of 2/12.
    return next((know.hyphen_heads[label] for label in labels if label in know.hyphen_heads), None)


def _brand_across_dots(
    labels: list[str], brands: BrandIndex, derived: frozenset[str]
) -> tuple[str, str] | None:
    """A strong brand name cut in two by a dot (finances.publiques.example.fr, mondial.relay-suivi.com): the
    address reads as the name while the dot hands the site to someone else. Returns (name, as written)."""
    for left, right in pairwise(label for label in labels if label != "www"):
        joined = left + right
        if not brands.mentions(joined):
            continue
        hit = brands.brand_in(joined)
        if hit is None or hit.weak or hit.brand in derived or (hit.glued and len(hit.brand) < MIN_INSIDE_LEN):
            continue  # cam.eliot: a short name with stray letters around it is too loose a reading here
        at = joined.replace("_", "").find(hit.brand)
        if 0 <= at < len(left) < at + len(hit.brand):
            return hit.brand, f"{left}.{right}"
    return None


def _typo_in_labels(labels: list[str], know: _Knowledge) -> tuple[str, str] | None:
    """A long brand name misspelt at the start of a label in front of another site (lbonciontransaction.x.fr,
    under the word-start typo reading's rules). Returns (name, the label)."""
    for label in labels:
        if label != "www":
            found = _head_typo(label, know)
            if found is not None:
                return found.brand, label
    return None


def _brand_in_labels(
    labels: list[str], brands: BrandIndex, context: bool, derived: frozenset[str]
) -> str | None:
    """A brand, or a visual copy of one (1egifrance), used as a label in front of the real site. Initials
    and cut names do not count there (sg.example.com is a country's page)."""
    for label in labels:
        if label == "www":
            continue
        hit = brands.brand_in(label)
        if hit is not None and (not hit.weak or context) and hit.brand not in derived:
            return hit.brand
        copy = brands.imitation(label)
        if copy is not None and copy.kind != "typo":
            return copy.brand
    return None


def _readable(label: str) -> str:
    """A label as plain ASCII letters for brand search: accents dropped (é -> e), other scripts kept."""
    if label.isascii():
        return label
    folded = unicodedata.normalize("NFKD", label)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _unicode_subdomain(unicode_host: str, extracted: ExtractResult) -> str:
    """The subdomain part of the host as written (labels aligned with the ASCII form)."""
    if not extracted.subdomain:
        return ""
    count = extracted.subdomain.count(".") + 1
    return ".".join(unicode_host.split(".")[:count])


def _unicode_label(unicode_host: str, suffix: str, ascii_label: str) -> str:
    """The registrable label as written (іntrum for xn--ntrum-m2e), aligned label by label."""
    parts = unicode_host.split(".")
    index = len(parts) - (suffix.count(".") + 1) - 1
    return parts[index] if index >= 0 else ascii_label


def _platform_signals(
    ascii_host: str, domain: str, extracted: ExtractResult, know: _Knowledge
) -> list[Signal]:
    found: list[Signal] = []
    walk = _suffixes(ascii_host, "")
    if know.platforms.isdisjoint(walk):  # the usual case: no platform of our lists, one set test
        shared = extracted.suffix if extracted.is_private else None
        if shared is not None and shared != ascii_host:
            found.append(_signal("link.shared_platform", host=_dn(ascii_host), platform=_dn(shared)))
        tld = extracted.suffix.rsplit(".", 1)[-1]
        if tld in know.abused_tlds:
            found.append(_signal("link.abused_tld", tld=tld))
        return found
    if any(name in know.shorteners for name in walk):
        found.append(_signal("link.shortener", domain=_dn(domain)))
    platform = next((name for name in walk if name in know.free_hosting), None)
    dynamic = next((name for name in walk if name in know.dynamic_dns), None)
    # The platform's own address (github.io) is not a page on it; sites.google.com/… is.
    if platform is not None and (platform != ascii_host or platform != domain):
        found.append(_signal("link.free_hosting", host=_dn(ascii_host), platform=_dn(platform)))
    elif dynamic is not None and dynamic != ascii_host:
        found.append(_signal("link.dynamic_dns", host=_dn(ascii_host), platform=_dn(dynamic)))
    elif platform is None and not found:
        # A provider hands out names under its own domain: the Public Suffix List's private section, or a
        # site builder of our list.
        builder = next((name for name in walk if name in know.site_builders), None)
        shared = extracted.suffix if extracted.is_private else builder
        if shared is not None and shared != ascii_host:
            found.append(_signal("link.shared_platform", host=_dn(ascii_host), platform=_dn(shared)))
    tld = extracted.suffix.rsplit(".", 1)[-1]
    if tld in know.abused_tlds:
        found.append(_signal("link.abused_tld", tld=tld))
    return found


# --- the check ----------------------------------------------------------------------------------------


def check_link(text: str, *, model: bool | None = None) -> LinkResult:
    """Judge one link from its text alone. Never raises on any string; never opens the link.

    ``model``: whether the lexical model may give its opinion on a link the rules leave open (default:
    ``link_model.ENABLED``); ``False`` gives the rules alone, what the model is trained and measured against."""
    candidate = text.strip()
    if not candidate or has_space(candidate):
        matches = find_links(text)
        candidate = matches[0].raw if matches else candidate
    parsed, names, display = _read(candidate)
    if parsed is None or names is None:
        invalid = [_finding("link.invalid")]
        return _result(invalid, _info(candidate, display, "", "", None, None), verdict_of(invalid))
    ascii_host, unicode_host = names
    prepared = _knowledge().official_hosts.get(ascii_host) if ascii_host == unicode_host else None
    if prepared is not None:
        verdict, findings = prepared[0], list(prepared[1])
    else:
        verdict = _analyse_host(ascii_host, unicode_host)
        findings = [_finding(code, params) for code, params in verdict.signals]
    extra, imitates = _per_link_findings(parsed, ascii_host, verdict)
    findings.extend(extra)
    verdict_now = verdict_of(findings)  # the two findings added below are neutral: it does not change
    if imitates is not None and verdict_now in _FLAGGED:
        never = _knowledge().never.get(imitates)
        if never is not None:
            findings.append(never)
    # Nothing conclusive either way: say so, with the advice that holds for any link received by SMS.
    if verdict_now is Verdict.inconclusive and not any(f.code in _SAYS_ENOUGH for f in findings):
        # The lexical model may speak there only, on a host through its gate: at most "suspicious".
        asked = link_model.ENABLED if model is None else model
        opinion = link_model.opinion(ascii_host) if asked and ascii_host else None
        if opinion is not None:
            params: tuple[tuple[str, str], ...] = (
                ("domain", _dn(verdict.domain)),
                ("pieces", ", ".join(opinion.pieces)),
            )
            findings.append(_finding("link.model", params))
            # The model's caution alone is no verdict (it errs on communes' sites), and neither are bait words
            # or a hosting address alone; a name that reads as phishing AND asks to pay, log in or confirm, or
            # that sits on an address anybody can get, is both.
            backed = next((_MODEL_BACKERS[f.code] for f in findings if f.code in _MODEL_BACKERS), None)
            if backed == "link.model_bait" and not _asks_to_act(verdict.signals):
                backed = None  # "espace client" alone: a plumber's customer space is named so too
            if backed is None and (glued := _glued_name(verdict.domain)) is not None:
                backed = (
                    "link.model_brand"  # agenceorange, departementvitale: a name the rules read no further
                )
                params = (*params, ("brand", glued))
            if backed is not None:
                findings.append(_finding(backed, params))
            verdict_now = verdict_of(findings)
        else:
            findings.append(_finding("link.unknown", (("domain", _dn(verdict.domain)),)))
    info = _info(candidate, display, ascii_host, verdict.domain, verdict.official_for, imitates)
    return _result(findings, info, verdict_now)


_FLAGGED = frozenset({Verdict.suspicious, Verdict.likely_scam})
# Signs too weak alone that make the model's caution a reason to be suspicious: what the name asks of you.
_MODEL_BACKERS = {"link.bait_words": "link.model_bait", "link.shared_platform": "link.model_hosted"}


def _glued_name(domain: str) -> str | None:
    """The catalogue name glued at the end of a word of the registered name, if any."""
    pattern = _knowledge().glued_name_re
    found = pattern.search(domain.split(".", 1)[0]) if pattern is not None else None
    return found.group() if found is not None else None


def _asks_to_act(signals: tuple[Signal, ...]) -> bool:
    """The name's bait words ask to pay, sign in, confirm or settle, beyond naming a customer space or account
    (espace-client, moncompte): those alone name many honest firms' pages."""
    know = _knowledge()
    quiet = know.customer_space_words | know.account_words
    for code, params in signals:
        if code == "link.bait_words":
            words = dict(params).get("words", "").split(", ")
            return any(word not in quiet and word not in _ACCOUNT_BAIT for word in words)
    return False


_ACCOUNT_BAIT = frozenset({"compte", "comptes", "moncompte", "espaceclient"})
# Neutral findings that already say what to do: the generic "not in our list" would repeat them.
_SAYS_ENOUGH = frozenset(
    {"link.no_suffix", "link.official_unverified", "link.brand_same_name", "link.brand_event"}
)


# "amendes.gouv.fr" inside a sentence, not the full stop that ends it.
_ADDRESS_IN_TEXT_RE = re.compile(r"(?i)\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\b")


def _defang_in_text(text: str) -> str:
    """Catalogue prose ("Assurance Maladie (ameli.fr)") with every address in it made unclickable."""
    return _ADDRESS_IN_TEXT_RE.sub(lambda m: defang(m.group(0)), text)


_Read = tuple[ParsedLink | None, tuple[str, str] | None, str]
_CACHED_INPUT_CHARS = 1000  # longer inputs are read every time rather than kept in memory


def _read(candidate: str) -> _Read:
    return _read_cached(candidate) if len(candidate) <= _CACHED_INPUT_CHARS else _read_now(candidate)


@lru_cache(maxsize=8192)
def _read_cached(candidate: str) -> _Read:
    return _read_now(candidate)


def _read_now(candidate: str) -> _Read:
    """Parse, name and defang one candidate (pure; cached because the same scam link comes back)."""
    parsed = parse_link(candidate) if candidate else None
    names: tuple[str, str] | None = None
    if parsed is not None and _valid_port(parsed.port):
        names = (parsed.host, parsed.host) if _is_ip(parsed.host) else split_host(parsed.host)
    if names is not None and not _is_address(names[0], parsed):
        names = None  # "bonjour", "12" or "2.5" are not addresses
    if parsed is None or names is None:
        return None, None, defang(candidate)
    return parsed, names, _display(parsed, names[0])


def _valid_port(port: str) -> bool:
    """No port, or one from 1 to 65535 in ASCII digits ("²" passes str.isdigit but int() refuses it)."""
    return not port or (port.isascii() and port.isdigit() and 0 < int(port) < 65536)


_QUAD = 4
_DOTTED_QUAD_RE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")


def _is_address(host: str, parsed: ParsedLink | None) -> bool:
    if host[-1:] not in _NUMBER_ENDS:
        return "." in host  # no number, dotted or hexadecimal, ends with that letter
    if ":" in host or _DOTTED_QUAD_RE.match(host):
        return True
    if _NUMERIC_HOST_RE.match(host):
        return bool(parsed and parsed.scheme)  # http://3405803821/ is an IP; a bare number is not
    return "." in host


def _per_link_findings(
    parsed: ParsedLink, ascii_host: str, verdict: _HostVerdict
) -> tuple[list[Finding], str | None]:
    """What depends on the whole link, not only its host: scheme, user@host, path, invisible characters.

    Also returns the official domain imitated, which a page on a free host can carry in its path.
    """
    out: list[Finding] = []
    know = _knowledge()
    imitates = verdict.imitates
    if parsed.is_email:
        out.append(_finding("link.email", (("domain", _dn(verdict.domain)),)))
    elif parsed.userinfo is not None:
        shown = _dn(parsed.userinfo[:80])
        code = "link.userinfo_trick" if _looks_like_a_site(parsed.userinfo) else "link.userinfo"
        out.append(_finding(code, (("userinfo", shown), ("host", _dn(ascii_host)))))
    if parsed.scheme == "http":
        out.append(_finding("link.plain_http"))
    if parsed.hidden_chars:
        out.append(_finding("link.hidden_chars"))
    if imitates is None and parsed.rest and not verdict.official_for:
        front = _weak_brand_in_front(ascii_host, verdict.domain, parsed.rest, know)
        if front is not None:
            imitates = know.brand_domains[front]
            params = (("brand", _dn(imitates)), ("domain", _dn(verdict.domain)), ("official", _dn(imitates)))
            out.append(_finding("link.brand_in_subdomain", params))
    if imitates is None and parsed.rest and not verdict.official_for:
        found = _path_brand(parsed.rest, parsed.scheme == "http" or verdict.hosted, verdict.hosted, know)
        if found is not None:
            brand, official = found
            imitates = official
            code = "link.brand_in_path" if verdict.hosted else "link.brand_in_path_unofficial"
            params = (("brand", brand), ("host", _dn(ascii_host)), ("official", _dn(official)))
            out.append(_finding(code, params))
    if imitates is not None:
        path_words = [w for w in _PATH_WORD_RE.findall(parsed.rest.lower()) if w in know.brands.bait]
        words = list(dict.fromkeys((*verdict.bait, *path_words)))
        if words:
            out.append(_finding("link.brand_bait_words", (("words", ", ".join(words[:6])),)))
    return out, imitates


_PATH_SEGMENT_RE = re.compile(r"[/?#&=]+")
_MAX_PATH_SEGMENTS = 16
_MAX_SEGMENT_CHARS = 120
_MAX_PATH_CHARS = 2000


def _path_brand(rest: str, risky: bool, hosted: bool, know: _Knowledge) -> tuple[str, str] | None:
    """A brand or an official address written in the path, where it makes a sign-in or payment page.

    A news article about Intrum (/economie/intrum-recouvrement.html) is not flagged: the brand must come
    with the words of a sign-in or payment page, a .php script, plain http or a page on free hosting.
    An official address written in the path (/login.orange.fr/) always counts.
    """
    lowered = unquote(rest[:_MAX_PATH_CHARS]).lower()
    path_only = lowered.split("?", 1)[0].split("#", 1)[0]
    # Only the path names the page: a return link in the query (?continue=https://www.orange.fr/) does not.
    if _PICTURE_RE.search(path_only):
        return None  # a picture (an article's illustration) is not a sign-in or payment page
    if "." not in path_only and not know.brands.mentions(path_only):
        return None  # no site name and no brand name written anywhere in the path
    segments = [seg for seg in _PATH_SEGMENT_RE.split(path_only) if seg][:_MAX_PATH_SEGMENTS]
    in_order = _PATH_WORD_RE.findall(lowered)
    words = set(in_order)
    # Sign-in words split by hyphens count too: espace-client-orange, mon-compte-free.
    login = bool(words & know.login_words) or any(a + b in know.login_words for a, b in pairwise(in_order))
    kit = _KIT_DIR_RE.search(path_only) is not None and _MEDIA_FILE_RE.search(path_only) is None
    signs = risky or ".php" in lowered or login or kit
    for index, segment in enumerate(segments):
        segment = segment[:_MAX_SEGMENT_CHARS]
        if "." in segment:
            official = _official_in_labels(segment.split("."), know)
            named = (official, official) if official is not None else _brand_site_name(segment, know)
            if named is not None:
                return named
        if not signs:
            continue
        # On a page of a hosting platform the first segment is the site's own name (wixsite.com/orange):
        # a brand there, even an ordinary word, is the page pretending to be that brand.
        site_name = hosted and index == 0
        for part in _PATH_PART_RE.split(segment):
            hit = _path_word_brand(part, know.brands) if part else None
            if hit is None or hit.brand in know.derived:  # /en-sg/login is Singapore, not a bank
                continue
            if not hit.weak or login or (site_name and part == segment):
                return hit.brand, know.brand_domains[hit.brand]
            if kit and _names_only(segment, hit.brand, know):
                return hit.brand, know.brand_domains[hit.brand]
    return None


# Folders of a WordPress or CGI installation: a page named after a brand in there is a kit dropped on a
# hacked site, not an article. A picture or a PDF there (an article's illustration) is not a page.
_KIT_DIR_RE = re.compile(r"/(?:wp-content|wp-includes|wp-admin|cgi-bin)/")
_MEDIA_FILE_RE = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|pdf|mp4|css|js)$")
_PICTURE_RE = re.compile(r"\.(?:png|jpe?g|gif|webp|svg)$")


def _names_only(segment: str, brand: str, know: _Knowledge) -> bool:
    """The path segment is the brand alone or with harmless words (/orange/, /espace-orange-fr/)."""
    words = [w for w in re.split(r"[-_.]+", segment) if w and w != brand and not w.isdigit()]
    return all(w in know.brands.pretend or w in know.harmless_words for w in words)


def _weak_brand_in_front(ascii_host: str, domain: str, rest: str, know: _Knowledge) -> str | None:
    """An ordinary-word brand as a label in front of another site (orange.example-sites.com), which the
    host alone leaves open, taken for the brand when the page is a sign-in or payment page."""
    if not ascii_host.endswith("." + domain) or not ascii_host.isascii():
        return None
    labels = ascii_host[: -len(domain) - 1].split(".")
    hits = [
        hit
        for label in labels
        if label != "www"
        and (hit := know.brands.brand_in(label)) is not None
        and hit.brand not in know.derived
    ]
    if not hits:
        return None
    path = unquote(rest[:_MAX_PATH_CHARS]).lower().split("?", 1)[0]
    if not set(_PATH_WORD_RE.findall(path)) & know.login_words:
        return None
    return hits[0].brand


def _path_word_brand(part: str, brands: BrandIndex) -> BrandHit | None:
    """A brand in one word of a path, its plural included (/Oranges/, /impots/): paths are not hosts,
    a trailing "s" there is grammar, not a different name."""
    hit = brands.brand_in(part)
    if hit is None and len(part) > _PLURAL_MIN and part.endswith("s"):
        hit = brands.brand_in(part[:-1])
    return hit


_PLURAL_MIN = 4


def _brand_site_name(segment: str, know: _Knowledge) -> tuple[str, str] | None:
    """A site name written in the path (/amendes.org, /impots-gouv.com/) whose name is a brand: the link
    shows a familiar address while another site opens. Ordinary-word names (orange.co.bw) do not count."""
    if len(segment) > _MAX_SITE_NAME or not segment[0].isalpha():
        return None
    extracted = EXTRACT(segment)
    if not extracted.suffix or not extracted.domain:
        return None
    hit = know.brands.brand_in(extracted.domain)
    if hit is None or hit.weak or hit.glued:
        return None
    return hit.brand, know.brand_domains[hit.brand]


_MAX_SITE_NAME = 80


def _looks_like_a_site(userinfo: str) -> bool:
    name = userinfo.split(":", 1)[0].lower()
    if "." in name and any(ch.isalpha() for ch in name):
        return True
    know = _knowledge()
    return know.brands.brand_in(name) is not None


def _has(findings: list[Finding], code: str) -> bool:
    return any(f.code == code for f in findings)


def _display(parsed: ParsedLink, ascii_host: str) -> str:
    host = f"[{ascii_host}]" if ":" in ascii_host else ascii_host
    parts = [f"{parsed.scheme}://" if parsed.scheme else ""]
    if parsed.userinfo is not None:
        parts.append(f"{parsed.userinfo}@")
    parts.append(host)
    if parsed.port:
        parts.append(f":{parsed.port}")
    parts.append(parsed.rest)
    return defang("".join(parts))


def _info(
    text: str, display: str, host: str, domain: str, official_for: str | None, imitates: str | None
) -> LinkInfo:
    echo = text if len(text) <= MAX_INPUT_ECHO else text[:MAX_INPUT_ECHO] + "…"
    fields = {
        "input": echo,
        "display": display,
        "host": host,
        "domain": domain,
        "official_for": official_for,
        "imitates": imitates,
    }
    info: LinkInfo = LinkInfo.__pydantic_validator__.validate_python(fields)  # LinkInfo(**fields), faster
    return info


def _result(findings: list[Finding], info: LinkInfo, verdict: Verdict) -> LinkResult:
    """``verdict`` is ``verdict_of(findings)``, already computed by the caller; the summary follows it."""
    summary = _knowledge().summaries[verdict]
    fields = {"findings": findings, "summary": summary, "link": info}
    result: LinkResult = LinkResult.__pydantic_validator__.validate_python(fields)  # LinkResult(**fields)
    return result


def _is_ip(host: str) -> bool:
    if ":" not in host and (host[-1:] not in _NUMBER_ENDS or not _NUMERIC_HOST_RE.match(host)):
        return False
    octets = host.split(".")
    if len(octets) == _QUAD and all(o.isascii() and o.isdigit() and len(o) <= 3 for o in octets):
        # A dotted quad answered as ipaddress.ip_address does (0 to 255, no leading zero), in a fifth of its time.
        return all(int(o) <= 255 and (len(o) == 1 or o[0] != "0") for o in octets)
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
