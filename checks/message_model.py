"""The statistical layer of message analysis: a word model trained on real scams, explained by its words.

Rules (keyword signals, scenarios, shape) come first; when none of them found a story or a shape, the model of
``knowledge/data/message_model.json`` adds its evidence: the sum of the weights of the features of the message it
knows. At its threshold, with enough known features, one ``message.model`` finding (medium: "suspicious" on its
own, never more) quotes the three words that weighed most. It says what it is — a resemblance to reported scams,
not a proof — and stays silent where a genuine sender is evident (an official link, a warning against scams, "the
number on your card or letter") or where the collector rules judge. It also keeps quiet on a message that only
informs or only sends you to your own channel (``informs_only``, ``own_channel_only``, which the shape and the
scenarios share): a breach notice, an answer to your own message, a bank's alert giving its own confirmed line.

Features (the model file says which kinds it uses, so the training script and this module cannot disagree):
- ``words``: each folded word of two letters or more; ``pairs``: two consecutive words ("votre colis");
- ``grams``: the four-letter pieces of each word of five letters or more, written ``~xxxx`` ("~colis" is not
  needed to know "coliis" or "colissimo"): they survive SMS spelling and misspellings;
- ``signals``: what the hand-written families found, written ``@name``: each keyword signal of
  ``message_signals.toml`` (``@sig_deadline``), each word family of ``lures.toml`` (``@lure_ask_pay``), and the
  shape of the message (``@link``, ``@number``, ``@amount``) with a few pairs of them (``@link_ask``: a link
  and something to do; ``@amount_pay``: a sum and a payment verb). They generalise beyond the words seen.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from checks.message_links import LinkHit
from checks.message_numbers import NumberHit
from checks.message_scan import Hit, advice_masked
from checks.result import Finding, Verdict, finding
from checks.text_normalise import Normalised
from knowledge import lures, message_model, scenarios
from knowledge.lures import Kind

# Words are read in the first screens, like the story and the shape.
MODEL_WINDOW = 8_000
GRAM = 4
_WORD_RE = re.compile(r"[a-z]{2,}")
_SILENCING = ("scam_warning", "collector_context", "court_decision", "own_number", "refer_letter")
_AMOUNT_RE = re.compile(r"\d(?:[\d ]{0,8}(?:[.,]\d{1,2})?) ?(?:€|eur\b|euros?\b)|€ ?\d")
_ASK_KINDS = frozenset({Kind.ask, Kind.details})

# A firm or the State informing you (a breach notice, the advice to stay vigilant, the notice of a contract change, an
# answer to your message, an FR-Alert broadcast, a notice of planned works, a body disowning messages sent in its name):
# quiet when there is nothing to click or call.
# The works notice only quiets the word model and the shape (like the answer to your message), not the scenarios.
NOTICES = (
    "breach_notice",
    "vigilance_advice",
    "contract_change_notice",
    "public_alert",
    "disown_notice",
    "scam_report",
    "local_notice",
)
# 21st round: a report of a completed event ("colis livré", "remboursement effectué") quiets the word model and the shape
# (and, through ``completed_only``, the deadline words and the bare CPF signal); as a NOTICE, quieting the scenarios too,
# it lost held-out scams (docs/detection.md).
INFORMING = (*NOTICES, "reply_to_reader", "works_notice", "completed_notice")
# What a message may not ask beside an official line for it to be only "call your bank on its real number".
_NOT_ONLY_A_CALL = ("card_cvv", "card_number", "sms_code", "password", "identity_docs", "payment_request")
_ASKED_IN_WORDS = ("act",)
_ASKED_WITH_A_VERB = ("identity", "details", "secrets", "pay", "transfer")
_CLICK_RE = re.compile(r"\bcliqu[a-z]{1,6}")
_PAYMENT_CHANNELS = ("coupon", "gift_card", "crypto", "money_transfer", "private_account")
_OWN_CHANNELS = ("in_person_channel", "own_number", "own_app_channel", "own_letter_number")
FULL_LINK_RE = re.compile(r"(?i)://|\[:\]//|^www\d?[.\[]|/")


def to_open(link: LinkHit) -> bool:
    """A link the message invites you to open. A known organisation's site only NAMED in a sentence ("sur le site
    DARTY.COM": cited by the press, written without scheme or path) is the merchant's name, not an address."""
    return not link.official and not (link.unconfirmed and not FULL_LINK_RE.search(link.raw))


def own_channel_only(hits: dict[str, Hit], links: list[LinkHit], numbers: list[NumberHit]) -> bool:
    """The message sends you to a channel you already have (an agency, your app, the number on your card or on the
    letter you received) and gives no number and no link but official ones: it asks nothing of its own."""
    return any(key in hits for key in _OWN_CHANNELS) and not numbers and all(link.official for link in links)


def _named_in_report(link: LinkHit, hits: dict[str, Hit]) -> bool:
    """A site only NAMED in a warning that reports a scam ("un SMS au nom de la Police ainsi que de Guichet.lu"): a
    bare domain (no scheme, no www., no path) that the link check does not call a trap, in a message telling a scam in
    the third person. It is the name of the body imitated, not an address to open; the rest of ``informs_only`` still
    needs nothing clicked, called, paid or given."""
    return (
        "scam_report" in hits
        and FULL_LINK_RE.search(link.raw) is None
        and link.result.verdict not in (Verdict.suspicious, Verdict.likely_scam)
    )


# What a commune's notice of the town's life (works, events, rules) never needs its link for: a sum, a fine, a payment,
# an aid or a refund. "La police municipale vous informe qu'un avis de contravention a été émis. Consultez-le sur…",
# "la ville informe les habitants qu'une prime de 150 € est disponible. Inscription sur…": the fine and aid scams, in the
# notice's words, with an order the ask words do not know ("consultez-le", "inscription sur").
_MONEY_OR_FINE_RE = re.compile(
    r"\d ?(?:€|eur\b|euros?\b)|€ ?\d|\b(?:amendes?|contraventions?|proces[- ]verba\w{1,3}|pv|infractions?|fourriere"
    r"|majorations?|majoree?s?|sous peine|penalites?|aides?|primes?|allocations?|subventions?|cheques?|indemni\w{1,8}"
    r"|rembours\w{1,7}|paiements?|pay(?:er|ez)|regl(?:er|ez|ement)|factures?|taxes?|impots?|frais|caution)\b"
)
_MONEY_SIGNALS = ("payment_request", "refund_bait", *_PAYMENT_CHANNELS)


def _commune_site(link: LinkHit, hits: dict[str, Hit], folded: str) -> bool:
    """The site a commune's notice gives to read more ("plus d'informations sur www.ville.fr"): communes are in no
    catalogue, so their own site is never "official" here; in a notice that asks nothing, a link the link check does not
    call a trap is where to read more, not an ask (the rest of ``informs_only`` still needs nothing clicked, called, paid
    or given, and ``_as_read`` nothing of the reader's own). Not when the notice speaks of money or a fine (a sum, an
    amende, an aid, a payment, outside a clause of advice): that is the story the fine and aid scams tell, and the
    unknown site stays an address to open."""
    return (
        "local_notice" in hits
        and link.result.verdict not in (Verdict.suspicious, Verdict.likely_scam)
        and not any(key in hits for key in _MONEY_SIGNALS)
        and _MONEY_OR_FINE_RE.search(advice_masked(folded)[:MODEL_WINDOW]) is None
    )


def informs_only(hits: dict[str, Hit], links: list[LinkHit], numbers: list[NumberHit], folded: str) -> bool:
    """Nothing to open, no secret and no payment asked, and either nothing to call (a firm informing you: a breach
    notice, the notice of a price change, an answer to your own message, a commune's notice of planned works) or only lines the catalogue confirms for a
    named organisation ("Alerte LCL… plafonds bloqués, appelez le 0969391133": the bank's own alert line, lcl.fr).
    The word model and the shape resemble such messages to scams; the rules still judge them."""
    hits = _as_read(hits, folded)
    if links and not all(_named_in_report(link, hits) or _commune_site(link, hits, folded) for link in links):
        return False
    if not numbers:
        # A breach notice names the data exposed ("numéro de sécurité sociale", "coordonnées bancaires"): only a verb
        # asking for them beside those words, or a way to pay named (coupon, crypto, transfer), makes it a request.
        if not any(key in hits for key in INFORMING) or any(key in hits for key in _PAYMENT_CHANNELS):
            return False
        if "ask_verb" in hits and any(key in hits for key in _NOT_ONLY_A_CALL):
            return False
        # Nor what the scam scenarios need asked in words ("merci de vérifier votre carte en cliquant", "veuillez
        # confirmer votre identité"), outside a clause of advice. The data a notice says were exposed ("date de
        # naissance", "coordonnées bancaires") are asked only beside a verb asking for them.
        masked = advice_masked(folded)[:MODEL_WINDOW]
        # "l'acheteur a confirmé la réception" tells what was done, it orders no confirmation
        done = hits.get("completed_notice")
        if done is not None:
            masked = masked[: done.start] + " " * (done.end - done.start) + masked[done.end :]
        if _CLICK_RE.search(masked):
            return False
        requests = scenarios.load().requests
        kinds = (*_ASKED_IN_WORDS, *_ASKED_WITH_A_VERB) if "ask_verb" in hits else _ASKED_IN_WORDS
        for kind in kinds:
            match = requests[kind].search(masked)
            if match is not None and match.end() > match.start():
                return False
        return True
    official = all(n.result.verdict is Verdict.likely_legit and n.result.number.known_as for n in numbers)
    return official and not any(key in hits for key in _NOT_ONLY_A_CALL)


def notice_only(hits: dict[str, Hit], links: list[LinkHit], numbers: list[NumberHit], folded: str) -> bool:
    """``informs_only`` for a NOTICE (a breach, the advice to stay vigilant, a contract change, FR-Alert): it also
    quiets the scam scenarios and the deadline words. Not for "suite à votre demande du…" alone: answering a request
    the reader never made is how a scam opens, so that one quiets only the word model and the shape."""
    hits = _as_read(hits, folded)
    return any(key in hits for key in NOTICES) and informs_only(hits, links, numbers, folded)


def completed_only(hits: dict[str, Hit], links: list[LinkHit], numbers: list[NumberHit], folded: str) -> bool:
    """21st round: a short report of a completed event ("colis livré", "remboursement effectué sur votre carte",
    "paiement bien reçu") that asks nothing (``informs_only``) and tells no trouble or condition (``_as_read``). Its
    delay is no deadline and its CPF no scam. The scam scenarios still read it: letting only their bait count there
    lost a held-out scam of the fresh batch (docs/detection.md, 21st round), so "votre pièce d'identité" at a relay
    and "effectué sur votre carte bancaire" are still read as a scenario's ask."""
    return "completed_notice" in _as_read(hits, folded) and informs_only(hits, links, numbers, folded)


# Notices that speak to everyone, never of the reader's own affairs: a warning telling a scam, a commune's notice.
_ABOUT_OTHERS = ("scam_report", "local_notice")


def _as_read(hits: dict[str, Hit], folded: str) -> dict[str, Hit]:
    """``hits`` without ``scam_report`` (or ``local_notice``) when the message, besides telling a scam (or informing the
    residents), asks the reader to act or speaks of the reader's own account (``_told_of_others``): then it is no notice
    to everyone, whatever words it copies ("la mairie vous informe que votre amende…")."""
    if "completed_notice" in hits and (
        len(folded) > _NOTIFICATION_LENGTH
        or "completed_trouble" in hits
        or _asks_what_completes_a_scam(folded)
    ):
        # 21st round: a completed event told beside a trouble or a condition ("remboursement effectué… vous attendent"), or
        # in a long e-mail (the fake order confirmation's receipt): no notification to read as information
        hits = {key: hit for key, hit in hits.items() if key != "completed_notice"}
    if not any(key in hits for key in _ABOUT_OTHERS) or _told_of_others(folded):
        return hits
    return {key: hit for key, hit in hits.items() if key not in _ABOUT_OTHERS}


# What completes a scam by itself whatever it reports before (``decisive`` in scenarios.toml): money to send back, a
# personal premium line, a rental never seen, an operation to validate "to cancel" it. Paying, transferring and secrets
# are left out: "votre virement de 150 € a été exécuté", "effectué sur votre carte bancaire" report one (a code asked is
# caught by ``informs_only``).
# A notification that reports a completed event is a few lines (an SMS, an app push); past this it is an e-mail, the
# form of the fake order or subscription confirmation, and the completed event no longer makes it a notice.
_NOTIFICATION_LENGTH = 480
_DECISIVE_BESIDE_A_REPORT = ("return_money", "premium_personal", "unseen_rental", "validate_to_cancel")


def _asks_what_completes_a_scam(folded: str) -> bool:
    requests = scenarios.load().requests
    masked = advice_masked(folded)[:MODEL_WINDOW]
    for kind in _DECISIVE_BESIDE_A_REPORT:
        request = requests.get(kind)
        match = request.search(masked) if request is not None else None
        if match is not None and match.end() > match.start():
            return True
    return False


# The reader's own things ("votre compte", "vos points", "votre colis"): a warning about OTHERS speaks of none, but of the
# reader's own channels ("appelez votre agence", "votre opérateur ne vous contactera jamais", "à votre porte").
_YOURS_RE = re.compile(
    r"\b(?:votre|vos|ton|tes) (?!(?:agence|banque|conseiller|conseillere|operateur|fournisseur|mairie|medecin|porte|boite"
    r"|entourage|proches|famille|attention|vigilance)\b)[a-z]"
)

# An order to act toward someone ("répondez", "cliquez", "contactez le service…", "confirmez"): a warning about others gives
# none, or only toward the reader's own channels ("appelez votre agence", "signalez au 33700": not listed here).
_ASKS_RE = re.compile(
    r"(?<!ne )(?<!n')\b(?:repond|envoy|cliqu|contact|appel|rappel|compos|confirm|valid|pay|regl|vir|transmett|communiqu"
    r"|indiqu|saisiss|renseign|connect|telecharg|install|acced|suiv|donn)ez(?:[- ](?:nous|moi|le|la|les))?"
    r"(?! (?:votre|vos|a votre|aupres de votre|directement votre) (?:agence|banque|conseiller|operateur|mairie|medecin))\b"
)


def _told_of_others(folded: str) -> bool:
    """A scam told in the third person (``scam_report``) informs only when it sends the reader to no one: no "contactez
    le service…", "répondez", "confirmez" outside a clause of advice (what a scam's own ask looks like once its link or
    number is cut; "appelez votre agence" is the reader's own channel), and no
    fraud said to touch the reader's own account or card ("il s'agit d'une fraude sur votre carte")."""
    masked = advice_masked(folded)[:MODEL_WINDOW]
    if _YOURS_RE.search(masked):
        return False
    return _ASKS_RE.search(masked) is None


def features(folded: str, kinds: Iterable[str] = ("words", "pairs")) -> set[str]:
    """The words of a folded text, its pairs of consecutive words and the pieces of its words, each once."""
    kinds = frozenset(kinds)
    words = _WORD_RE.findall(folded[:MODEL_WINDOW])
    found: set[str] = set(words) if "words" in kinds else set()
    if "pairs" in kinds:
        found |= {f"{a} {b}" for a, b in itertools.pairwise(words)}
    if "grams" in kinds:
        found |= {
            f"~{w[i : i + GRAM]}" for w in set(words) if len(w) > GRAM for i in range(len(w) - GRAM + 1)
        }
    return found


def signal_features(masked: str, hits: Iterable[str], link: bool, number: bool) -> set[str]:
    """The ``@`` features: keyword signals, lure families and the shape of the message (see the docstring)."""
    found = {f"@sig_{hit}" for hit in hits}
    asks = False
    for compiled in lures.load().families:
        match = compiled.matcher.search(masked[:MODEL_WINDOW])
        if match is not None and match.end() > match.start():
            found.add(f"@lure_{compiled.family.id}")
            asks = asks or compiled.family.kind in _ASK_KINDS
    amount = _AMOUNT_RE.search(masked[:MODEL_WINDOW]) is not None
    for name, present in (("link", link), ("number", number), ("amount", amount)):
        if present:
            found.add(f"@{name}")
            if asks:
                found.add(f"@{name}_ask")
    if amount and "@lure_ask_pay" in found:
        found.add("@amount_pay")
    return found


def benign(masked: str, family: str | None = None) -> bool:
    """The message is an ordinary notification by the benign families of ``lures.toml`` (a code delivered, a direct
    debit already in place), or by the one named ``family``."""
    for compiled in lures.load().families:
        if compiled.family.kind is Kind.benign and family in (None, compiled.family.id):
            match = compiled.matcher.search(masked[:MODEL_WINDOW])
            if match is not None and match.end() > match.start():
                return True
    return False


def model_findings(
    norm: Normalised,
    hits: dict[str, Hit],
    links: list[LinkHit],
    numbers: list[NumberHit],
    already_found: bool,
) -> list[Finding]:
    if already_found or not norm.folded or any(key in hits for key in _SILENCING):
        return []
    if any(link.official for link in links):
        return []
    if informs_only(hits, links, numbers, norm.folded) or own_channel_only(hits, links, numbers):
        return []
    masked = advice_masked(norm.folded)
    if not any(to_open(link) for link in links) and benign(masked):
        return []  # a one-time code delivered, nothing to click: an ordinary notification (as for the shape)
    model = message_model.load()
    feats = features(masked, model.kinds)
    if "signals" in model.kinds:
        feats |= signal_features(masked, hits, bool(links), bool(numbers))
    known = [(model.weights[f], f) for f in feats if f in model.weights]
    if len(known) < model.min_words or sum(w for w, _ in known) < model.threshold:
        return []
    # The words shown are the telling ones: pairs of words, or words of five letters or more ("veuillez");
    # pieces of words and signals weigh but are not quoted (they are not the reader's words).
    quotable = [item for item in known if item[0] > 0 and item[1][0].isalpha()]
    telling = [item for item in quotable if " " in item[1] or len(item[1]) >= 5]
    top = sorted(telling or quotable, reverse=True)[:3]
    if not top:
        return []
    words = ", ".join(f"« {word} »" for _, word in top)
    where = re.search(rf"(?<![a-z]){re.escape(top[0][1])}(?![a-z])", norm.folded)
    span = norm.quote(*where.span())[1] if where is not None else None
    return [finding("message.model", span=span, words=words)]
