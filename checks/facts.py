"""What a person's question or story says: creditor and sector, dates, amounts, events, threats, an IBAN.

"c est une facture edf, j ai arrete de payer il y a 3 ans mais j ai donne 30e l an dernier" holds a
creditor (EDF, so probably an energy bill), a start (about three years ago), a payment of 30 € last year.
The dialogues then ask only what is missing. Pure: ``today`` is a parameter.

Dates are kept as spans: a year or a month alone is never read as the 1st ("2025" is any day from
1 January to 31 December 2025), because a confident wrong date can turn a debt still due into a
"prescribed" one. Events are tied to the date written in the same clause.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

from checks.calendar_fr import add_months
from checks.dates import MONTHS, NUMBER_WORDS, full_year
from checks.message_iban import find_ibans
from checks.numbers import parse_number
from knowledge import regimes, understanding

__all__ = [
    "Amount",
    "CreditorGuess",
    "DateSpan",
    "EventMention",
    "Facts",
    "IbanMention",
    "extract",
    "find_dates",
]

Precision = Literal["day", "month", "year", "approximate"]
EventKind = Literal[
    "stopped_paying",
    "payment",
    "acknowledgment",
    "contact",
    "assignment",
    "court_claim",
    "judgment",
    "commandement",
    "enforcement",
    "moved_out",  # "jai quitté lappart en 2020": a move-out, never the first unpaid rent (its date is not a start)
]
ThreatKind = Literal["seizure", "bailiff_visit", "court", "police_or_prison", "ficp", "fees", "relatives"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class DateSpan(_Frozen):
    """A date as precisely as it was written: ``earliest`` and ``latest`` are equal only for a day."""

    text: str  # the folded words
    earliest: date
    latest: date
    precision: Precision
    since: bool = False  # "depuis 2021"

    @property
    def exact(self) -> bool:
        return self.earliest == self.latest


class Amount(_Frozen):
    text: str
    value: Decimal


class CreditorGuess(_Frozen):
    name: str
    sector: str  # a debt type id; "unknown" for a collector
    sector_label: str
    from_brand: bool  # named by brand ("edf") rather than by sector words ("ma box")


class EventMention(_Frozen):
    kind: EventKind
    text: str
    when: DateSpan | None = None
    amount: Amount | None = None


class IbanMention(_Frozen):
    iban: str
    country: str
    valid: bool


class Facts(_Frozen):
    creditor: CreditorGuess | None = None
    collector: str | None = None
    collector_org: str | None = None  # its id in knowledge/data/organisations/, when known there
    public_creditor: bool = False  # impôts, amende, hôpital public, URSSAF…: a public accountant recovers it
    dates: list[DateSpan] = []
    amounts: list[Amount] = []
    events: list[EventMention] = []
    threats: list[ThreatKind] = []
    ibans: list[IbanMention] = []
    department: str | None = None  # where the person lives, as a department/territory code, when written
    caller_department: str | None = None  # the territory of an overseas number written in the text

    @property
    def start(self) -> DateSpan | None:
        """When the debt fell due, if said: "j'ai arrêté de payer il y a 3 ans", "impayé depuis 2021"."""
        for event in self.events:
            if event.kind == "stopped_paying" and event.when is not None:
                return event.when
        # By its words and first day: a seizure "depuis 2021" runs to today, the same date written once.
        tied = {(event.when.text, event.when.earliest) for event in self.events if event.when is not None}
        loose = [span for span in self.dates if (span.text, span.earliest) not in tied]
        return loose[0] if len(loose) == 1 else None  # "Bouygues 2020": the one date said, if only one

    @property
    def last_payment(self) -> DateSpan | None:
        """The most recent payment told ("50 euros en 2023 puis un autre en 2024" -> 2024): the one that counts."""
        paid = [event.when for event in self.events if event.kind == "payment" and event.when is not None]
        return max(paid, key=lambda span: span.latest) if paid else None


# ---------------------------------------------------------------- dates

# The project's month table and number words (``checks.dates``), less the abbreviations too short to be
# read as months in free prose ("mar" for mardi, "jan", "sep") and "trente" (no story says "il y a trente ans").
_MONTHS = {name: number for name, number in MONTHS.items() if name not in {"jan", "mar", "sep"}}
_NUMBER_WORDS = {word: number for word, number in NUMBER_WORDS.items() if word != "trente"}
_M = "|".join(sorted(_MONTHS, key=len, reverse=True))
_N = r"\d{1,2}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_NOT_MONEY = r"(?!\s?(?:€|e\b|eur\b|euros?\b|balles\b|\d))"

# One alternation, tried left to right; named groups say which form matched. Bounded, no nested repeats.
_DATE_RE = re.compile(
    rf"(?P<since>depuis (?:le |l'|fin |debut )?)?(?:"
    rf"(?P<dmy>(?P<d1>\d{{1,2}})\s?[/.-]\s?(?P<m1>\d{{1,2}})\s?[/.-]\s?(?P<y1>\d{{4}}|\d{{2}})(?!\d))"
    rf"|(?P<iso>(?P<y2>{_YEAR})-(?P<m2>\d{{2}})-(?P<d2>\d{{2}}))"
    rf"|(?P<dm>(?P<d3>\d{{1,2}})(?:er)? (?P<m3>{_M})\.?(?: (?P<y3>{_YEAR}))?)"
    # "en mars l'an dernier" (fifth hunt, 01/12/2026): the month first, then the year
    rf"|(?P<monthlastyear>(?:en |au mois de |au mois d')?(?P<m10>{_M}) (?:de )?l'(?:an|annee) (?:derniere?|passee?))"
    rf"|(?P<lastyear>l'(?:an|annee) (?:derniere?|passee?)(?: (?:en|au mois de|au mois d') (?P<m4>{_M}))?)"
    # "juste avant le covid", "pendant le confinement" (fifth hunt, 01/12/2026): the lockdown of 17 March 2020 as a
    # landmark, always as a wide span; "le covid" without "avant", "pendant"… is not a date
    rf"|(?P<covid>(?P<cv>juste avant|un peu avant|peu avant|peu de temps avant|avant|pendant|au debut du|au debut de|debut du|debut de)"
    rf" (?:le |la |du |l')?(?:premier )?(?P<cvw>covid|covid-19|covid 19|confinement|crise sanitaire|coronavirus|corona))"
    rf"|(?P<lastmonth>(?:en |au mois de |au mois d')?(?P<m5>{_M}) dernier)"
    rf"|(?P<my>(?:en |fin |debut |mi-|mi )?(?P<m6>{_M})\.? (?:de l'annee )?(?P<y6>{_YEAR}))"
    rf"|(?P<mmyy>(?P<m7>\d{{1,2}})/(?P<y7>{_YEAR}))"
    rf"|(?P<ago>il y a (?:environ |presque |plus de |moins de |au moins |a peu pres )?(?P<n8>{_N}) (?P<u8>ans?|annees?|mois|semaines?|jours?))"
    # "ca fait 3 ans que je paie plus", "je paye plus depuis 4 ans" (legal redo, 01/12/2026): a duration up to today;
    # a bare "4 ans" ("un credit sur 4 ans") is no date, so "depuis" (the group ``since``) or "ca fait" is required
    rf"|(?P<dur>(?P<durcue>(?:ca|cela|sa) (?:fait|faisait) |voila )?(?:environ |presque |plus de |bientot |au moins |a peu pres )?"
    rf"(?P<n11>{_N}) (?P<u11>ans?|annees?|mois))"
    rf"|(?P<thisyear>cette annee)"
    rf"|(?P<prevmonth>(?:le|du) mois dernier)"
    # "j'ai payé 20e la semaine derniere" (user test, 02/12/2026): the seven days before this week
    rf"|(?P<lastweek>(?:la |cette )?semaine (?:derniere|passee))"
    rf"|(?P<rel>avant-hier|avant hier|hier|aujourd'hui)"
    rf"|(?P<year>(?:en |de |du |fin |debut |courant |annee |l'annee )?(?P<y9>{_YEAR}){_NOT_MONEY})"
    rf")(?![\w/])"
)


# The first lockdown began on 17 March 2020 and ended on 11 May 2020 (décret n° 2020-260, décret n° 2020-548): wide
# spans around it, since "juste avant le covid" is a memory, not a date. Keyed by (words before, lockdown named).
_LOCKDOWN, _LOCKDOWN_END = date(2020, 3, 17), date(2020, 5, 11)
_JUST_BEFORE = (date(2019, 9, 1), date(2020, 3, 16))
_BEFORE = (date(2019, 1, 1), date(2020, 3, 16))
_DURING_COVID = (_LOCKDOWN, date(2021, 12, 31))
_EARLY_COVID = (_LOCKDOWN, date(2020, 6, 30))
_COVID_SPANS: dict[tuple[str, bool], tuple[date, date]] = {
    **{
        (w, lockdown): _JUST_BEFORE
        for w in ("juste avant", "un peu avant", "peu avant", "peu de temps avant")
        for lockdown in (True, False)
    },
    ("avant", True): _BEFORE,
    ("avant", False): _BEFORE,
    ("pendant", True): (_LOCKDOWN, _LOCKDOWN_END),
    ("pendant", False): _DURING_COVID,
    **{
        (w, lockdown): _EARLY_COVID
        for w in ("au debut du", "au debut de", "debut du", "debut de")
        for lockdown in (True, False)
    },
}


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _most_recent_month(month: int, today: date) -> int:
    """The year of the last ``month`` that has started by ``today`` ("en mars dernier")."""
    return today.year if month < today.month else today.year - 1


def _span(match: re.Match[str], today: date) -> tuple[date, date, Precision] | None:
    g = match.groupdict()
    try:
        if g["dmy"]:
            year = full_year(g["y1"], today, ahead=1)  # a story tells of the past
            day = date(year, int(g["m1"]), int(g["d1"]))
            return day, day, "day"
        if g["iso"]:
            day = date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
            return day, day, "day"
        if g["dm"]:
            month = _MONTHS[g["m3"]]
            year = int(g["y3"]) if g["y3"] else today.year
            day = date(year, month, int(g["d3"]))
            if not g["y3"] and day > today:
                day = date(year - 1, month, int(g["d3"]))
            return day, day, "day"
        if g["monthlastyear"]:
            year, month = today.year - 1, _MONTHS[g["m10"]]
            return date(year, month, 1), _last_day(year, month), "month"
        if g["covid"]:
            return (*_COVID_SPANS[(g["cv"], g["cvw"] == "confinement")], "approximate")
        if g["lastyear"]:
            year = today.year - 1
            if g["m4"]:
                month = _MONTHS[g["m4"]]
                return date(year, month, 1), _last_day(year, month), "month"
            return date(year, 1, 1), date(year, 12, 31), "year"
        if g["lastmonth"]:
            month = _MONTHS[g["m5"]]
            year = _most_recent_month(month, today)
            return date(year, month, 1), _last_day(year, month), "month"
        if g["my"] or g["mmyy"]:
            month = _MONTHS[g["m6"]] if g["my"] else int(g["m7"])
            year = int(g["y6"] or g["y7"])
            return date(year, month, 1), _last_day(year, month), "month"
        if g["dur"] and not (g["durcue"] or g["since"]):
            return None  # "un credit sur 4 ans", "mon fils de 3 ans": a length, not when something happened
        if g["ago"] or g["dur"]:
            count_text, unit = (g["n8"], g["u8"]) if g["ago"] else (g["n11"], g["u11"])
            count = int(count_text) if count_text.isdigit() else _NUMBER_WORDS[count_text]
            if unit.startswith("an"):
                centre = add_months(today, -12 * count)
                return add_months(centre, -6), min(add_months(centre, 6), today), "approximate"
            if unit == "mois":
                centre = add_months(today, -count)
                return (
                    date.fromordinal(centre.toordinal() - 15),
                    min(date.fromordinal(centre.toordinal() + 15), today),
                    "approximate",
                )
            days = count * (7 if unit.startswith("semaine") else 1)
            centre = date.fromordinal(today.toordinal() - days)
            spread = 3 if unit.startswith("semaine") else 0
            return (
                date.fromordinal(centre.toordinal() - spread),
                min(date.fromordinal(centre.toordinal() + spread), today),
                "approximate" if spread else "day",
            )
        if g["thisyear"]:
            return date(today.year, 1, 1), today, "year"
        if g["prevmonth"]:
            first = add_months(today.replace(day=1), -1)
            return first, _last_day(first.year, first.month), "month"
        if g["lastweek"]:
            monday = date.fromordinal(today.toordinal() - today.weekday() - 7)
            return monday, min(date.fromordinal(monday.toordinal() + 6), today), "approximate"
        if g["rel"]:
            back = {"hier": 1, "avant-hier": 2, "avant hier": 2}.get(g["rel"], 0)
            day = date.fromordinal(today.toordinal() - back)
            return day, day, "day"
        if g["year"]:
            year = int(g["y9"])
            return date(year, 1, 1), date(year, 12, 31), "year"
    except (ValueError, OverflowError):
        return None
    return None


def find_dates(folded: str, today: date) -> list[tuple[int, int, DateSpan]]:
    """Every date written in ``folded`` (understanding-folded text), with its position; future ends clipped."""
    found: list[tuple[int, int, DateSpan]] = []
    for match in _DATE_RE.finditer(folded):
        if match.start() > 0 and (folded[match.start() - 1].isalnum() or folded[match.start() - 1] in "+/"):
            continue  # inside a number, a phone number or a reference
        span = _span(match, today)
        if span is None:
            continue
        earliest, latest, precision = span
        if earliest > today:
            continue  # a date after today is not something that happened
        latest = min(latest, today)
        found.append(
            (
                match.start(),
                match.end(),
                DateSpan(
                    text=match.group().strip(),
                    earliest=earliest,
                    latest=latest,
                    precision=precision,
                    since=bool(match.group("since") or match.group("durcue")),
                ),
            )
        )
    return found


# ---------------------------------------------------------------- amounts

_AMOUNT_RE = re.compile(
    r"(?<![\w.,/])(\d{1,3}(?:[ .]\d{3})+|\d+)(?:[.,](\d{1,2}))?\s?(?:€|e\b|eur\b|euros?\b|balles\b)"
    r"(?! (?:lettre|relance|fois|courrier|appel|mise|rappel|sms|mail|message|annee|mois)\b)"
)


def find_amounts(folded: str) -> list[tuple[int, int, Amount]]:
    found: list[tuple[int, int, Amount]] = []
    for match in _AMOUNT_RE.finditer(folded):
        units = match.group(1).replace(" ", "").replace(".", "")
        cents = match.group(2) or "0"
        value = Decimal(units) + Decimal(cents.ljust(2, "0")) / 100
        found.append((match.start(), match.end(), Amount(text=match.group().strip(), value=value)))
    return found


# ---------------------------------------------------------------- events and threats

_EVENTS: list[tuple[EventKind, re.Pattern[str]]] = [
    (
        "stopped_paying",
        re.compile(
            r"\bj?(?:arrete|cesse|stoppe) de (?:payer|rembourser|regler)|\b(?:plus|pas|jamais) (?:rien )?(?:paye|payee|rembourse|regle)"
            # "j'ai rien verse depuis 2021", "j'ai plus rien donne" (legal redo, 01/12/2026): a payment denied is the
            # start of the unpaid, never a payment that restarts the clock
            r"|\b(?:plus|pas|jamais) verse\b"
            r"|\b(?:(?:plus|pas|jamais) )?(?:rien|un centime|un euro|un sou) (?:verse|donne|vire|envoye|paye|rembourse|regle)\b"
            # "j'ai arrete en 2022" (legal redo): stopped, then a date or the end, not "arrete mon abonnement"
            r"|\bj'ai (?:tout )?(?:arrete|cesse|stoppe)(?= (?:en|depuis|il y a|fin|debut|courant|vers|l'an|l'annee|ca fait)\b|\s*$)"
            r"|\bne (?:paye|rembourse|regle) plus|\bje (?:ne )?(?:paye|paie|rembourse|regle) (?:plus|pas)\b|\bimpayee?s?\b|\bpremier impaye|\bdernier (?:paiement|versement|remboursement)"
        ),
    ),
    (
        "payment",
        re.compile(
            r"\b(?:j'ai|on a|j'avais|je leur ai|je lui ai|ai) (?:\w+ )?(?:paye|verse|donne|rembourse|regle|vire|envoye)\b"
            r"|\b(?:un|mon|le) (?:paiement|versement|virement|remboursement)\b|\bpaye (?:\d|une partie|un peu)"
        ),
    ),
    (
        "acknowledgment",
        re.compile(
            r"\b(?:reconnu|reconnais) (?:la|ma|cette) dette|\b(?:signe|accepte|demande) un (?:echeancier|accord|plan)"
            # "j ai signe une reconnaissance de dette en 2023 pour un credit de 2017" (fifth hunt, 01/12/2026)
            r"|\breconnaissance de dette\b"
            r"|\bpromis de (?:payer|rembourser)"
        ),
    ),
    ("commandement", re.compile(r"\bcommandement(?: de payer| aux fins de saisie)?\b")),
    (
        "enforcement",
        re.compile(
            r"\b(?:ont|a|m'ont|m'a|(?<=on )ma|(?<=il )ma|(?<=elle )ma|(?<=ils )mont) (?:\w+ )?saisi\b|\bsaisie (?:sur (?:mon|le) (?:salaire|compte)|attribution|sur salaire|vente)\b"
            r"|\bcompte (?:est )?bloque\b|\bbloque mon compte\b|\bsaisie a ete faite\b"
            # "facture edf de 2019 saisie sur compte en 2022", "le tresor public a fait une saisie en 2023 sur mon
            # salaire" (fifth hunt, 01/12/2026): a seizure told in these words was lost, and the debt then computed
            # as prescribed from its own date
            r"|\bsaisies? (?:(?:en |de |du )?(?:19|20)\d\d )?sur (?:mon |ma |mes |le |la |les |son |sa )?(?:salaire|compte|comptes|paye|paie|retraite|pension|allocations?)\b"
            r"|\b(?:fait|faite|eu|subi|pratique|effectue|recu) (?:une |la |des |un )?(?:saisies?|satd|avis a tiers detenteur)\b"
            # "mon salaire est saisi depuis 2021" (fifth hunt, 01/12/2026): said in the passive
            r"|\b(?:salaire|compte|comptes|paye|paie|retraite|pension|allocations?|rsa|meubles|voiture) (?:est|sont|etait|a ete|ont ete|est deja|sont deja) (?:\w+ )?saisie?s?\b"
            # "j ai recu un pv de saisie pour un credit de 2015" (review, 02/12/2026): the act of the seizure itself,
            # lost before, and the debt then computed as prescribed although a seizure supposes a title (fiche 0.3)
            r"|\b(?:pv|p\.v\.?|proces[- ]verba(?:l|ux)|actes?|denonciation) (?:de |d'une |d'un )?saisies?\b"
        ),
    ),
    (
        "judgment",
        re.compile(r"\bjugement\b|\binjonction de payer\b|\btitre executoire\b|\bcondamne\b|\bordonnance\b"),
    ),
    (
        "court_claim",
        re.compile(
            r"\bassign(?:e|ee|ation)\b|\bconvo(?:que|cation) (?:au|devant le) tribunal\b|\baudience\b"
        ),
    ),
    (
        "assignment",
        re.compile(
            r"\b(?:rachete|cede|revendu|vendu) (?:ma|la|leur|sa)? ?(?:dette|creance)\b|\bcession de creance\b|\bdette (?:a ete )?(?:rachetee|cedee|revendue|vendue)\b"
        ),
    ),
    (
        "contact",
        re.compile(r"\b(?:lettre|courrier|recommande|mise en demeure|relance|relancent|relance|rappel)s?\b"),
    ),
    (
        # "ma dette de loyer est prescrite ? jai quitté lappart en 2020" (user test, 02/12/2026): leaving the home is not
        # a default; its date is kept out of the start, which is then asked
        "moved_out",
        re.compile(
            r"\b(?:quitte|quite|parti de|partie de|sorti de|sortie de|rendu) (?:l'|l |le |mon |ma |la |les )?"
            r"(?:appart\w*|lappart\w*|logement|maison|studio|location|lieux|cles|clefs)\b"
            r"|\bdemenage\w*\b|\betat des lieux de sortie\b|\bfin (?:du|de mon|de ma) (?:bail|location)\b"
        ),
    ),
]
# A seizure told in the present ("ils me saisissent", "on me saisit mon salaire", "saisie en cours sur mon compte"):
# it runs today, and today is its date unless the clause says since when (legal redo, 01/12/2026). A seizure
# interrupts prescription and forclusion alike (art. 2244 C. civ., fiche juridique 0.2).
_PRESENT_SEIZURE = re.compile(
    r"\b(?:me|m'|nous|lui) saisi(?:t|ssent|ssez|sse|s)?\b"
    r"|\bsaisi(?:t|ssent) (?:mon|ma|mes|le|la|les|tout|une partie)\b"
    r"|\bsaisies? (?:\w+ ){0,4}?en cours\b|\b(?:en cours|actuellement) de saisie\b"
    r"|\ben train de (?:me |nous )?saisir\b|\ben train d'etre saisie?s?\b"
    r"|\b(?:est|sont) (?:actuellement |toujours )saisie?s?\b"
)
# "j'ai paye 50 euros en 2023 puis un autre en 2024" (legal redo, 01/12/2026): a clause that only repeats the
# payment told just before, with its own date, is a payment too (the last one is the one that counts).
_REPEATED = re.compile(
    r"^\s*(?:(?:et|puis|aussi) )?(?:encore |de nouveau |a nouveau )?"
    r"(?:(?:un|une) (?:autre|deuxieme|seconde?|2e|2eme|nouvel|nouveau|nouvelle)\b|encore\b|de nouveau\b|a nouveau\b"
    r"|re-?(?:paye|verse)\b|(?:un|une) (?:fois|deuxieme fois) (?:en|le|l')\b)"
)
_THREAT_CUE = re.compile(
    r"\b(?:menace\w*|vont|va|risque\w*|peuvent|pourraient|pourrait|sinon|si je|veulent|parlent de|disent que|dit que|annonce\w*"
    r"|peur|crains|craint"
    # "si ils saisissent mon compte il me reste combien" (legal redo, 01/12/2026): a hypothesis is no seizure
    r"|si ils|s'ils|si on|si elle|s'il|si il|disent qu'\w+|dit qu'\w+|est-ce qu'\w+|est ce qu'\w+"
    r"|avant qu'\w+|eviter|pour pas|pour ne pas)\b"
)
_MY_COMPLAINT = (
    "je porte",
    "je depose",
    "je vais porter",
    "je vais deposer",
    "je peux porter",
    "je peux deposer",
    "j'ai porte",
    "j'ai depose",
    "je veux porter",
    "je veux deposer",
    "je dois porter",
    "je dois deposer",
)
_THREATS: list[tuple[ThreatKind, re.Pattern[str]]] = [
    ("seizure", re.compile(r"\bsaisi(?:e|r|es|ssent)?\b")),
    ("bailiff_visit", re.compile(r"\b(?:huissier|commissaire de justice)\b")),
    ("court", re.compile(r"\btribunal\b|\bpoursuites?\b|\bjustice\b|\bjuge\b|\bproces\b")),
    (
        "police_or_prison",
        # A complaint is a threat when they file it, not when the person does ("si je porte plainte").
        re.compile(
            r"\bprison\b|\bpolice\b|\bgendarme\w*\b|\bpenal\w*\b|\barrestation\b|"
            + "".join(f"(?<!{mine} )" for mine in _MY_COMPLAINT)
            + r"\bplainte\b"
        ),
    ),
    ("ficp", re.compile(r"\bfich(?:e|er|age|ee)\b|\bficp\b|\bbanque de france\b")),
    ("fees", re.compile(r"\bfrais\b|\bpenalites?\b|\bmajoration\b|\bindemnite\b")),
    (
        "relatives",
        re.compile(r"\b(?:ma|mes|mon) (?:famille|parents|mere|pere|employeur|travail|voisins?|patron)\b"),
    ),
]
# Fees claimed and relatives contacted are facts whether or not they come with a threat.
_CLAIMED_WITHOUT_THREAT: frozenset[ThreatKind] = frozenset({"fees", "relatives"})
_CLAUSE_SPLIT = re.compile(
    r"[.;!?\n]+|,|\bmais\b|\bpuis\b|\bet (?=j'|je |on |ils |il |elle )"
    r"|\bet (?=encore |un autre |une autre |de nouveau |a nouveau )"  # a repeated payment keeps its own date
)


def _creditor(folded: str) -> tuple[CreditorGuess | None, understanding.Creditor | None]:
    rules = understanding.load_sectors()
    guess: CreditorGuess | None = None
    if match := rules.creditor_re.search(folded):
        creditor = rules.creditor_of[match.group()]
        sector = rules.sectors[creditor.sector]
        guess = CreditorGuess(
            name=creditor.name, sector=sector.id, sector_label=sector.label, from_brand=True
        )
    elif match := rules.sector_word_re.search(folded):
        sector = rules.sector_of_word[match.group()]
        guess = CreditorGuess(name="", sector=sector.id, sector_label=sector.label, from_brand=False)
    collector = None
    if rules.collector_re is not None and (match := rules.collector_re.search(folded)):
        collector = rules.collector_of[match.group()]
    return guess, collector


_DEPARTMENT_RE = re.compile(
    r"\b(?:dans le|departement|dept|dep)\s?\(?(\d{2}|2a|2b|97[1-8]|98[6-8])\)?(?![\w/.,:h])"
    r"|\b(?:j'habite|je vis|je suis|domicilie\w*|habitant|code postal|cp)\b[^.?!]{0,40}?\b(\d{5})\b"
)


def _department(folded: str) -> str | None:
    """Where the person lives: a place name of the data, "dans le 67", or a postcode after "j'habite"."""
    places = understanding.load_places()
    if match := places.names_re.search(folded):
        return places.department_of[match.group()]
    for match in _DEPARTMENT_RE.finditer(folded):
        if match.group(1):
            return match.group(1).upper()
        postcode = match.group(2)
        return postcode[:3] if postcode.startswith("97") or postcode.startswith("98") else postcode[:2]
    return None


PHONE_RE = re.compile(r"(?<![\w/])(?:\+|00)?\d(?:[\s.\-]?\d){7,13}(?!\d)")


def _caller_department(folded: str) -> str | None:
    """The overseas territory of the first overseas number in the text ("le 0262 12 34 56 m'a appelé")."""
    regions = understanding.load_places().department_of_region
    for match in PHONE_RE.finditer(folded):
        parsed = parse_number(match.group())
        if parsed is not None and parsed.region in regions:
            return regions[parsed.region]
    return None


# Where a new subject starts a new statement in a run-on sentence ("impaye depuis 2021 j'ai paye 30e en 2023").
_NEW_SUBJECT = re.compile(r"(?<=\s)(?=j'|je |on |ils |il |elle )")


def _clauses(folded: str, date_starts: list[int] | None = None) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    last = 0
    for match in _CLAUSE_SPLIT.finditer(folded):
        if match.start() > last:
            bounds.append((last, match.start()))
        last = match.end()
    if last < len(folded):
        bounds.append((last, len(folded)))
    return [part for bound in bounds for part in _split_run_on(folded, bound, date_starts or [])]


def _split_run_on(folded: str, bound: tuple[int, int], date_starts: list[int]) -> list[tuple[int, int]]:
    """A clause with two dates and no punctuation is split where a new subject starts between them after a
    told event, so each statement keeps its own date; a clause with one date keeps it whole ("il y a 3 ans
    j'ai paye"), and so does "en 2021 je paye plus" (the date before its subject)."""
    start, end = bound
    inside = sorted(d for d in date_starts if start <= d < end)
    if len(inside) < 2:
        return [bound]
    cuts = [
        m.start() + start
        for m in _NEW_SUBJECT.finditer(folded[start:end])
        if inside[0] < m.start() + start <= inside[1]
        and any(pattern.search(folded[start : m.start() + start]) for _, pattern in _EVENTS)
    ]
    if not cuts:
        return [bound]
    cut = cuts[-1]
    return [(start, cut), *_split_run_on(folded, (cut, end), date_starts)]


# A date written right after the debt it dates ("un vieux credit de 2012", "facture cantine de 2021") is the
# debt's date, not that of a seizure or commandement told in the same clause.
_DEBT_NOUN_BEFORE = re.compile(
    # "cantine impayée de 2018 saisie … en 2024" (fifth hunt, 01/12/2026): public debts and "impayée" too
    r"\b(?:credits?|prets?|emprunts?|factures?|dettes?|loyers?|abonnements?|forfaits?|impayee?s?|cantines?|amendes?"
    r"|taxes?|impots?|charges?|mensualites?|echeances?|cotisations?)"
    r"(?:\s+[\w'-]+){0,2}\s*$"
)
_DATED_BY_OWN_ACT = frozenset({"enforcement", "commandement"})


def _nearest(
    folded: str, at: int, until: int, inside: list[tuple[int, int, DateSpan]], kind: EventKind
) -> DateSpan | None:
    """The date of ``inside`` nearest to the event words at ``at``..``until``; for an act (not the unpaid), a date
    written right after the debt it dates is skipped when another one is there."""
    candidates = inside
    if kind != "stopped_paying":
        own = [c for c in inside if not _DEBT_NOUN_BEFORE.search(folded[: c[0]])]
        candidates = own or inside

    def distance(c: tuple[int, int, DateSpan]) -> int:
        d0, d1, _ = c
        return d0 - until if d0 >= until else (at - d1 if d1 <= at else 0)

    return min(candidates, key=distance)[2]


def extract(text: str, today: date) -> Facts:
    """The facts of a question or story; nothing is invented: what is not written stays empty."""
    folded = understanding.fold(text)
    creditor, collector = _creditor(folded)
    dates = find_dates(folded, today)
    amounts = find_amounts(folded)
    # A date must not be read inside an amount ("2000 €") or an amount inside a date.
    amounts = [a for a in amounts if not any(d0 <= a[0] < d1 for d0, d1, _ in dates)]
    events: list[EventMention] = []
    threats: list[ThreatKind] = []
    now = DateSpan(text="aujourd'hui", earliest=today, latest=today, precision="day")
    for start, end in _clauses(folded, [d0 for d0, _, _ in dates]):
        clause = folded[start:end]
        inside = [(d0, d1, d) for d0, d1, d in dates if start <= d0 < end]
        dated = next(((d0, d) for d0, _, d in inside), None)
        when = dated[1] if dated is not None else None
        debt_dated = dated is not None and bool(_DEBT_NOUN_BEFORE.search(folded[start : dated[0]]))
        # The seizure's own date, when the debt's came first ("facture de 2019 on m'a saisi en 2022").
        own_date = next((d for d0, _, d in dates if dated is not None and dated[0] < d0 < end), None)
        money = next((a for a0, _, a in amounts if start <= a0 < end), None)
        threatening = bool(_THREAT_CUE.search(clause))
        claimed: set[EventKind] = set()
        for kind, pattern in _EVENTS:
            match = pattern.search(clause)
            if kind == "enforcement" and match is None:
                match = _PRESENT_SEIZURE.search(clause)
            if match is None or (kind == "payment" and "stopped_paying" in claimed):
                continue
            if kind in {"enforcement", "commandement", "judgment"} and threatening:
                continue  # "ils menacent de saisir" is a threat, not a seizure
            claimed.add(kind)
            if debt_dated and kind in _DATED_BY_OWN_ACT:
                event_when = own_date
            elif len(inside) > 1:
                # "depuis 2019 je paye plus mon loyer et le proprio a eu un jugement d expulsion en 2022" (fifth hunt,
                # 01/12/2026): two dates in one clause, each event takes the nearest one (a debt's own date, "credit de
                # 2012", is left to the unpaid)
                event_when = _nearest(folded, start + match.start(), start + match.end(), inside, kind)
            else:
                event_when = when
            if kind == "enforcement" and event_when is not None and event_when.since:
                # "saisi depuis 2021": the seizure still runs today
                event_when = event_when.model_copy(update={"latest": today, "precision": "approximate"})
            elif kind == "enforcement" and _PRESENT_SEIZURE.search(clause):
                event_when = now  # "ils me saisissent": going on today, whatever the debt's own date
            events.append(
                EventMention(
                    kind=kind,
                    text=match.group().strip(),
                    when=event_when,
                    amount=money if kind == "payment" else None,
                )
            )
        if (
            not claimed
            and when is not None
            and events
            and events[-1].kind == "payment"
            and _REPEATED.search(clause)
        ):
            events.append(EventMention(kind="payment", text=clause.strip(), when=when, amount=money))
        for kind_t, pattern in _THREATS:
            wanted = threatening or kind_t in _CLAIMED_WITHOUT_THREAT
            if wanted and kind_t not in threats and pattern.search(clause):
                threats.append(kind_t)
    rules = understanding.load_sectors()
    public = (
        (creditor is not None and creditor.sector in rules.public_sectors)
        or bool(rules.public_re is not None and rules.public_re.search(folded))
        or regimes.load().names_public(folded)  # "un pv de 2020", not "un pv de saisie"
    )
    ibans = [IbanMention(iban=m.iban, country=m.country, valid=m.valid) for m in find_ibans(folded)]
    return Facts(
        creditor=creditor,
        collector=collector.name if collector is not None else None,
        collector_org=(collector.organisation or None) if collector is not None else None,
        public_creditor=public,
        dates=[d for _, _, d in dates],
        amounts=[a for _, _, a in amounts],
        events=events,
        threats=threats,
        ibans=ibans,
        department=_department(folded),
        caller_department=_caller_department(folded),
    )
