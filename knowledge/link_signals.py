"""What the link check looks for: shorteners, free hosting, dynamic DNS, abused TLDs, brand and bait words.

Data in ``data/link_signals.toml``, one sourced group a family. Brand names come from the organisation
catalogue (``data/organisations/``, its ``brand_tokens``): one source of truth, each name pointing at the
official domain of its organisation.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, field_validator

from knowledge import organisations
from knowledge.base import DATA_DIR, KnowledgeError, NonBlank, Sourced, Strict, load_file
from knowledge.cache import loader

_HOSTISH_RE = re.compile(r"^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
_WORD_RE = re.compile(r"^[a-z0-9]{1,40}$")


def _hosts(values: list[str]) -> list[str]:
    cleaned = [value.strip().lower() for value in values]
    for value in cleaned:
        if not _HOSTISH_RE.match(value):
            raise ValueError(f"{value!r} is not a host name or suffix (ASCII, no scheme, no dot at the ends)")
    return cleaned


def _words(values: list[str]) -> list[str]:
    for value in values:
        if not _WORD_RE.match(value):
            raise ValueError(f"{value!r} must be lowercase ASCII letters or digits, without hyphen or accent")
    return values


class HostGroup(Sourced):
    domains: list[NonBlank]

    _check = field_validator("domains")(_hosts)


class SuffixGroup(Sourced):
    suffixes: list[NonBlank]

    _check = field_validator("suffixes")(_hosts)


class TldGroup(Sourced):
    tlds: list[NonBlank]

    _check = field_validator("tlds")(_words)


class WordGroup(Sourced):
    words: list[NonBlank]

    _check = field_validator("words")(_words)


_NAME_RE = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


def _names(values: list[str]) -> list[str]:
    for value in values:
        if not _NAME_RE.match(value):
            raise ValueError(f"{value!r} must be lowercase ASCII words joined by hyphens")
    return values


class NameGroup(Sourced):
    """Names as a site writes them in its address (aix-marseille, orleans-tours)."""

    names: list[NonBlank]

    _check = field_validator("names")(_names)


class OwnStoryGroup(Sourced):
    """Short names of organisations (initials, acronyms) and the words of their own service or story."""

    brands: list[NonBlank]
    words: list[NonBlank]
    # Words of a name that say the short name means something else there (da-vinci, leonard: the painter, not
    # the motorway operator): with one of them in the name, the service words back nothing.
    unless: list[NonBlank] = []

    _check = field_validator("brands", "words", "unless")(_words)


class LinkSignalsFile(Strict):
    shorteners: list[HostGroup]
    free_hosting: list[SuffixGroup]
    dynamic_dns: list[SuffixGroup] = []
    site_builders: list[SuffixGroup] = []
    abused_tlds: list[TldGroup]
    bait_words: list[WordGroup]
    login_words: list[WordGroup] = []
    scenario_words: list[WordGroup] = []
    pretend_suffix_words: list[WordGroup]
    glue_words: list[WordGroup]
    defensive_tlds: list[TldGroup] = []
    event_words: list[WordGroup] = []
    bait_only_brands: list[WordGroup] = []
    catch_all_tlds: list[TldGroup] = []
    ordinary_scenario_words: list[WordGroup] = []
    account_words: list[WordGroup] = []
    customer_space_words: list[WordGroup] = []
    skeleton_service_words: list[WordGroup] = []
    action_words: list[WordGroup] = []
    paired_scenario_words: list[WordGroup] = []
    ordinary_words_with_brands: list[WordGroup] = []
    ordinary_typo_forms: list[WordGroup] = []
    lure_words: list[WordGroup] = []
    lure_shapes: list[WordGroup] = []
    hosted_lure_words: list[WordGroup] = []
    hosted_ordinary_words: list[WordGroup] = []
    quiet_name_words: list[WordGroup] = []
    own_story_words: list[OwnStoryGroup] = []
    state_lookalikes: list[WordGroup] = []
    summons_words: list[WordGroup] = []
    subscription_words: list[WordGroup] = []
    billing_words: list[WordGroup] = []
    academies: list[NameGroup] = []


class LinkSignals(BaseModel):
    """Flattened lookup tables; each value keeps the group it came from for its source."""

    shorteners: dict[str, HostGroup]
    free_hosting: dict[str, SuffixGroup]
    dynamic_dns: dict[str, SuffixGroup]
    site_builders: dict[str, SuffixGroup]
    abused_tlds: dict[str, TldGroup]
    brands: dict[str, str]  # brand name (strong or weak) -> official domain it imitates
    weak_brands: frozenset[str]  # names that are also ordinary words: they need another sign
    international_brands: frozenset[str]  # same name under another extension is the brand's own site
    bait_words: frozenset[str]
    login_words: frozenset[str]  # words of a sign-in or payment page, looked for in the path
    scenario_words: frozenset[str]  # the recurring French scam stories (colis, amende, péage…)
    pretend_suffix_words: frozenset[str]
    glue_words: frozenset[str]
    # Extensions where a company commonly registers its own name to protect it (sfr.net): the bare name
    # there is no sign by itself.
    defensive_tlds: frozenset[str] = frozenset()
    # Events, sponsorship and foundations named after a brand (bnpparibasopen, fondationorange).
    event_words: frozenset[str] = frozenset()
    # Weak names so common in ordinary names (chrono24, la-france-agricole) that only a bait word backs them.
    bait_only_brands: frozenset[str] = frozenset()
    # Generic extensions anyone registers in seconds (.info, .online): a scam-story name there is a sign.
    catch_all_tlds: frozenset[str] = frozenset()
    # Story words common in ordinary names (aide, carte, retraite): they alone never make a scam-story name.
    ordinary_scenario_words: frozenset[str] = frozenset()
    # Words that address a customer about their account (mon-espace, infos-client): with a brand's initials.
    account_words: frozenset[str] = frozenset()
    # A customer's own space (clientnickel, monespace-agricole): backs a bait-only brand as a bait word would.
    customer_space_words: frozenset[str] = frozenset()
    # A "service" written beside a brand's skeleton (fr-services-ppl, servicepypl): the fake help desk's name.
    skeleton_service_words: frozenset[str] = frozenset()
    # What a fake page asks you to do (payer, acquitter, actualiser, redirection): also bait words. With a
    # scam story's word, even an ordinary one (payer-amande, regler-facture), they make a scam-story name.
    action_words: frozenset[str] = frozenset()
    # Ordinary story words that count next to an action word all the same (payer-amande).
    paired_scenario_words: frozenset[str] = frozenset()
    # Beginnings of ordinary French words that start with a brand's name (amelior-, amendement): not the brand.
    ordinary_words_with_brands: frozenset[str] = frozenset()
    # French words (and their beginnings) one or two letters off a brand name (import, discount): never a typo.
    ordinary_typo_forms: frozenset[str] = frozenset()
    # The topics fake sites are named after (recouvrement, credit, retraite, poste, sante…) and the shapes of a
    # bait name (ma, votre, espace, en ligne, acces, securisation): a name made only of them is a lure.
    lure_words: frozenset[str] = frozenset()
    lure_shapes: frozenset[str] = frozenset()
    # What a customer's name on a site builder or free host names when it poses as a mailbox, a voicemail, a
    # university or an organisation (boitevocale, webmail, univ, orange): found anywhere in that name.
    hosted_lure_words: frozenset[str] = frozenset()
    # Ordinary words that contain one of them (univers, orangerie): blanked out before looking.
    hosted_ordinary_words: frozenset[str] = frozenset()
    # Words of ordinary names that never back an ordinary-word brand alone (point-orange, free-dispo).
    quiet_name_words: frozenset[str] = frozenset()
    # A weak name (an organisation's initials or acronym: ants, lbc) -> the words of its own service or story
    # (prefecture, titres; annonce, sequestre). They back that name only; for any other they are quiet words.
    own_story_words: dict[str, frozenset[str]] = {}
    # Such a name -> the words that say it means something else in a name (vinci: da, de, leonard, the painter).
    own_story_unless: dict[str, frozenset[str]] = {}
    # "gouv" written with a look-alike letter or a stray one (g0uv, qouv, gouve): pretend words of their own.
    state_lookalikes: frozenset[str] = frozenset()
    # The fake police or justice summons (plainte, casier judiciaire, procès-verbal, réquisition): topics of a lure
    # name, read by the rules only (the lexical model's gate keeps the lure words it was built with).
    summons_words: frozenset[str] = frozenset()
    # A subscription (prime, abonnement) beside a bill, a refund or a cancellation (annulation-prime, facture-prime):
    # the fake subscription renewal or cancellation story, told by the name alone.
    subscription_words: frozenset[str] = frozenset()
    billing_words: frozenset[str] = frozenset()
    # The académies, as their sites write them (ac-<name>.fr): names glued or dressed up elsewhere are lures.
    academies: frozenset[str] = frozenset()


@loader
def load() -> LinkSignals:
    name = "link_signals.toml"
    raw = load_file(name, LinkSignalsFile)
    path = DATA_DIR / name
    directory = organisations.load()
    brands: dict[str, str] = {}
    weak: set[str] = set()
    international: set[str] = set()
    for org in directory.organisations.values():
        domain = org.main_domain
        if domain is None:
            continue  # validated at load: an organisation without domain has no brand token
        for token in (*org.brand_tokens, *org.weak_tokens):
            brands[token] = domain
            if org.international:
                international.add(token)
        weak.update(org.weak_tokens)
    if stray := sorted({w for g in raw.bait_only_brands for w in g.words} - weak):
        raise KnowledgeError(f"{path}: bait_only_brands {stray} are not weak tokens of data/organisations/")
    if stray := sorted({b for g in raw.own_story_words for b in g.brands} - weak):
        raise KnowledgeError(f"{path}: own_story_words {stray} are not weak tokens of data/organisations/")
    own_story: dict[str, set[str]] = {}
    own_story_unless: dict[str, set[str]] = {}
    for group in raw.own_story_words:
        for brand in group.brands:
            own_story.setdefault(brand, set()).update(group.words)
            own_story_unless.setdefault(brand, set()).update(group.unless)
    if not brands:
        raise KnowledgeError(f"{path}: no brand token in data/organisations/: the link check needs them")
    hosting = {s: g for g in raw.free_hosting for s in g.suffixes}
    dynamic = {s: g for g in raw.dynamic_dns for s in g.suffixes}
    if both := sorted(set(hosting) & set(dynamic)):
        raise KnowledgeError(f"{path}: {both} listed both as free hosting and as dynamic DNS")
    return LinkSignals(
        shorteners={d: g for g in raw.shorteners for d in g.domains},
        free_hosting=hosting,
        dynamic_dns=dynamic,
        site_builders={s: g for g in raw.site_builders for s in g.suffixes},
        abused_tlds={t: g for g in raw.abused_tlds for t in g.tlds},
        brands=brands,
        weak_brands=frozenset(weak),
        international_brands=frozenset(international),
        bait_words=frozenset(w for g in (*raw.bait_words, *raw.action_words) for w in g.words),
        login_words=frozenset(w for g in raw.login_words for w in g.words),
        scenario_words=frozenset(w for g in raw.scenario_words for w in g.words),
        pretend_suffix_words=frozenset(
            w for g in (*raw.pretend_suffix_words, *raw.state_lookalikes) for w in g.words
        ),
        glue_words=frozenset(w for g in raw.glue_words for w in g.words),
        defensive_tlds=frozenset(t for g in raw.defensive_tlds for t in g.tlds),
        event_words=frozenset(w for g in raw.event_words for w in g.words),
        bait_only_brands=frozenset(w for g in raw.bait_only_brands for w in g.words),
        catch_all_tlds=frozenset(t for g in raw.catch_all_tlds for t in g.tlds),
        ordinary_scenario_words=frozenset(w for g in raw.ordinary_scenario_words for w in g.words),
        account_words=frozenset(w for g in raw.account_words for w in g.words),
        customer_space_words=frozenset(w for g in raw.customer_space_words for w in g.words),
        skeleton_service_words=frozenset(w for g in raw.skeleton_service_words for w in g.words),
        action_words=frozenset(w for g in raw.action_words for w in g.words),
        paired_scenario_words=frozenset(w for g in raw.paired_scenario_words for w in g.words),
        ordinary_words_with_brands=frozenset(w for g in raw.ordinary_words_with_brands for w in g.words),
        ordinary_typo_forms=frozenset(w for g in raw.ordinary_typo_forms for w in g.words),
        lure_words=frozenset(w for g in raw.lure_words for w in g.words),
        lure_shapes=frozenset(w for g in raw.lure_shapes for w in g.words),
        hosted_lure_words=frozenset(w for g in raw.hosted_lure_words for w in g.words),
        hosted_ordinary_words=frozenset(w for g in raw.hosted_ordinary_words for w in g.words),
        quiet_name_words=frozenset(w for g in raw.quiet_name_words for w in g.words)
        | frozenset(w for g in raw.own_story_words for w in g.words),
        own_story_words={brand: frozenset(words) for brand, words in own_story.items()},
        own_story_unless={brand: frozenset(words) for brand, words in own_story_unless.items() if words},
        state_lookalikes=frozenset(w for g in raw.state_lookalikes for w in g.words),
        summons_words=frozenset(w for g in raw.summons_words for w in g.words),
        subscription_words=frozenset(w for g in raw.subscription_words for w in g.words),
        billing_words=frozenset(w for g in raw.billing_words for w in g.words),
        academies=frozenset(n for g in raw.academies for n in g.names),
    )
