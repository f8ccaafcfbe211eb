"""The labelled user messages of the understanding layer, with their tuning / held-out part.

Two sources: ``messages.toml`` (real-style questions and stories, each with the public page its phrasing
follows) and the real received messages of ``tests/realdata/corpora/messages_real.jsonl`` — what people
paste or forward, so their route is "check". The part of each item is ``tests.realdata.split.part_of``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from tests.realdata import split

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Labelled:
    id: str
    text: str
    route: str
    source: str
    part: split.Part
    sector: str | None = None
    events: list[str] = field(default_factory=list)
    threats: list[str] = field(default_factory=list)


def load() -> list[Labelled]:
    items: list[Labelled] = []
    raw = tomllib.loads((HERE / "messages.toml").read_text(encoding="utf-8"))
    for entry in raw["message"]:
        items.append(
            Labelled(
                id=entry["id"],
                text=entry["text"],
                route=entry["route"],
                source=entry["source"],
                part=split.part_of(entry["id"]),
                sector=entry.get("sector"),
                events=list(entry.get("events", [])),
                threats=list(entry.get("threats", [])),
            )
        )
    for entry in split.items("messages_real"):
        items.append(
            Labelled(
                id=str(entry["id"]),
                text=str(entry["text"]),
                route="check",
                source=str(entry["source"].get("url") or entry["source"].get("repo", "")),
                part=split.part_of(str(entry["id"])),
            )
        )
    return items
