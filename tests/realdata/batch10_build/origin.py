"""Where each message of the tenth batch was received, from the site that quotes it (MESSAGES.md, "Origin").

Most of that batch came from pages outside France (Quebec, Belgium, Switzerland, Africa): the product serves people
in France, so its report shows the French part apart. The sites are the fourteen MESSAGES.md lists under France.
"""

from __future__ import annotations

from typing import Any

FRANCE_SITES = frozenset(
    {
        "www.cfcaexpert.fr",
        "www.france-inverse.com",
        "hespress.org",  # a French fake FPS letter, quoted by a Moroccan site
        "www.universfreebox.com",
        "www.forumphotovoltaique.com",
        "www.journal.re",
        "france3-regions.francetvinfo.fr",
        "www.20minutes.fr",
        "thepoundhub.com",
        "c-fait-maison.fr",
        "www.intramuros.org",
        "vivreaseillons.fr",
        "app.politeiafrance.fr",
        "www.fedelec.fr",
    }
)

#: Phishing of a French-speaking game's players (Ankama's Dofus), not of an organisation people owe money to.
GAME_BRANDS = frozenset({"dofus", "dofuspourlesnoobs"})


def message_origin(entry: dict[str, Any]) -> str:
    """``France`` or ``elsewhere`` for a message of the tenth batch."""
    source = entry.get("source")
    site = source.get("site") if isinstance(source, dict) else None
    return "France" if site in FRANCE_SITES else "elsewhere"


def link_scope(entry: dict[str, Any]) -> str:
    """``game`` for the Dofus look-alikes, ``other`` for the rest."""
    brands = entry.get("brands") or []
    return "game" if brands and str(brands[0]) in GAME_BRANDS else "other"
