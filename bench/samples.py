"""Inputs the benchmarks run on: what people really paste."""

from __future__ import annotations

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


def mixed_lines(count: int) -> list[str]:
    """``count`` JSONL lines cycling through numbers, links and messages."""
    import json

    pool = [json.dumps({"text": item}, ensure_ascii=False) for item in NUMBERS + LINKS + MESSAGES]
    return [pool[i % len(pool)] for i in range(count)]
