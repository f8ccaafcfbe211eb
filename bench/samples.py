"""Inputs the benchmarks run on: what people really paste."""

from __future__ import annotations

import json
import random

NUMBERS = [
    "04 72 80 14 14",
    "+33 (0)9 48 12 34 56",
    "0692 12 34 56",
    "+225 07 12 34 56 78",
    "08 99 12 34 56",
    "06.12.34.56.78",
    "0033 1 23 45 67 89",
    "3414",
]

LINKS = [
    "https://www.intrum.fr/",
    "hxxps://myintrum-fr[.]com/payer",
    "https://www.intrum.fr@203.0.113.45/",
    "intrum.fr.secure-paiement.com",
    "bit.ly/3xYz",
    "https://signal.conso.gouv.fr/",
    "https://www.leboncoin.fr/annonce/123",
    "http://antai-amende-paiement.fr",
]
#: The official sites above (bare or ``www.``) are judged once at load; the links no site of the catalogue
#: answers for show what a new, unknown link costs.
UNKNOWN_LINKS = [
    link for link in LINKS if link not in ("https://www.intrum.fr/", "https://signal.conso.gouv.fr/")
]
#: Ordinary sites of no organisation, which the rules leave open: the links the lexical model is asked about.
OPEN_LINKS = [
    "https://www.boulangerie-dupont.fr/contact",
    "cabinet-martin.fr",
    "https://plombier-lyon-7.com",
    "https://www.jardinage-facile.net/conseils",
    "https://www.lemonde.fr/economie/",
    "https://kvx93.click/",
    "zqxv-portal.online/login",
]

# A typical 300-character scam SMS: one number, one link.
SMS = (
    "INTRUM: Dernier avis avant saisie. Votre dossier n°4521-889 reste impayé (248,90 EUR + frais de "
    "recouvrement 40 EUR). Sans règlement sous 24h, un huissier passera demain à votre domicile. Réglez "
    "maintenant sur hxxps://myintrum-fr[.]com/payer ou appelez le 08 99 12 34 56. Ne contactez pas votre banque."
)
SMS_NUMBERS = ["08 99 12 34 56"]
SMS_LINKS = ["hxxps://myintrum-fr[.]com/payer"]

MESSAGES = [
    SMS,
    "Bonjour, Intrum vous informe que votre dossier 88412 (créancier : SFR) reste ouvert. Pour en savoir plus, "
    "connectez-vous sur intrum.fr ou appelez le numéro figurant sur notre courrier.",
    "Coucou c'est maman, j'ai changé de numéro, envoie-moi un message sur WhatsApp au 06 12 34 56 78",
]


def varied_numbers(count: int, seed: int = 1) -> list[str]:
    """Distinct caller numbers in the forms people type (no two alike: no cache hit flatters the figure)."""
    rng = random.Random(seed)
    forms = [
        "0{p} {a} {b} {c} {d}",
        "+33 {p} {a} {b} {c} {d}",
        "+33 (0){p} {a}{b}{c}{d}",
        "0{p}.{a}.{b}.{c}.{d}",
        "0033{p}{a}{b}{c}{d}",
        "+44 20 79{a} {b}{c}",
        "+225 07 {a} {b} {c} {d}",
        "08 9{a1} {b} {c} {d}",
    ]
    out = []
    for _ in range(count):
        nums = {k: f"{rng.randrange(100):02d}" for k in "abcd"}
        out.append(rng.choice(forms).format(p=rng.choice("1234567"), a1=str(rng.randrange(10)), **nums))
    return out


_WORDS = [
    "intrum",
    "paiement",
    "dossier",
    "amende",
    "colis",
    "securite",
    "banque",
    "client",
    "service",
    "dette",
    "mon",
    "espace",
    "reglement",
    "suivi",
    "info",
    "france",
    "gouv",
    "portail",
    "compte",
    "verif",
]
_TLDS = ["fr", "com", "net", "top", "xyz", "info", "online", "shop", "org", "eu"]


def varied_links(count: int, seed: int = 2) -> list[str]:
    """Distinct links: official sites, look-alikes, shorteners, ordinary sites, defanged forms."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        name = "-".join(rng.sample(_WORDS, rng.randrange(1, 4)))
        host = f"{name}{rng.randrange(1000) if rng.random() < 0.3 else ''}.{rng.choice(_TLDS)}"
        path = f"/{rng.choice(_WORDS)}/{rng.randrange(10**6)}"
        form = i % 5
        if form == 0:
            out.append(f"https://www.{host}{path}")
        elif form == 1:
            out.append(f"hxxps://{host.replace('.', '[.]')}{path}")
        elif form == 2:
            out.append(f"{host}{path}")
        elif form == 3:
            out.append(f"https://www.intrum.fr/{rng.randrange(10**6)}")
        else:
            out.append(f"bit.ly/{rng.randrange(36**5):x}")
    return out


def varied_messages(count: int, seed: int = 3) -> list[str]:
    """Distinct SMS built from real patterns, each with its own amount, reference, number and link."""
    rng = random.Random(seed)
    numbers = varied_numbers(count, seed + 10)
    links = varied_links(count, seed + 20)
    templates = [
        SMS.replace("08 99 12 34 56", "{num}").replace("hxxps://myintrum-fr[.]com/payer", "{link}"),
        MESSAGES[1] + " Réf {ref}.",
        MESSAGES[2].replace("06 12 34 56 78", "{num}"),
        "Votre colis est en attente, frais de {amount} EUR à régler sur {link} avant ce soir.",
        "Bonjour, RDV confirmé demain 10h chez le Dr Martin. Pour annuler : {num}.",
    ]
    return [
        rng.choice(templates).format(
            num=numbers[i],
            link=links[i],
            ref=rng.randrange(10**6),
            amount=f"{rng.randrange(1, 99)},{rng.randrange(100):02d}",
        )
        for i in range(count)
    ]


def jsonl(texts: list[str]) -> list[str]:
    return [json.dumps({"text": text}, ensure_ascii=False) for text in texts]


def mixed_number_link_lines(count: int) -> list[str]:
    """Issue 2's workload: numbers and links, half and half, all distinct."""
    nums, links = varied_numbers(count // 2), varied_links(count - count // 2)
    return jsonl([x for pair in zip(nums, links, strict=False) for x in pair])
