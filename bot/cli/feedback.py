"""``verif-recouvrement feedback``: read the "ce verdict est faux" notes users left, newest first.

Users who say a verdict is wrong give the team its best real data; kept and never read, it would only be
personal data held for nothing. This prints them as JSON lines for whoever maintains the detection. The
message text is there only when its sender agreed to share it; nothing identifies the sender.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.settings import Settings
    from bot.store.base import Feedback

DEFAULT_LIMIT = 100


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "feedback",
        help="lire les signalements « ce verdict est faux » laissés par les utilisateurs (JSON, une ligne chacun)",
        description=(
            "Affiche les derniers signalements « ce verdict est faux », du plus récent au plus ancien, une ligne "
            "JSON chacun. Le texte du message n'y figure que si la personne a accepté de le partager."
        ),
    )
    parser.add_argument("--env-file", default=".env", help="fichier d'environnement (défaut : .env)")
    parser.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        help="nombre maximal de signalements affichés (défaut : %(default)s)",
    )
    parser.set_defaults(func=run)


def as_json(item: Feedback) -> dict[str, Any]:
    return {
        "id": item.id,
        "created_at": item.created_at.isoformat(),
        "kind": item.kind,
        "verdict": item.verdict,
        "codes": list(item.codes),
        "comment": item.comment,
        "text": item.text,
    }


def run(args: argparse.Namespace) -> int:
    from bot.settings import SettingsError, load_settings
    from knowledge.wording import text

    if args.limit < 1:
        print(text("feedback.error.bad_limit"), file=sys.stderr)
        return 2
    try:
        settings = load_settings(args.env_file)
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    import asyncio

    from bot.store.base import StoreError

    try:
        items = asyncio.run(_read(settings, args.limit))
    except StoreError as exc:
        print(text("feedback.error.store", reason=str(exc)), file=sys.stderr)
        return 2
    for item in items:
        print(json.dumps(as_json(item), ensure_ascii=False))
    return 0


async def _read(settings: Settings, limit: int) -> list[Feedback]:
    from bot.store.factory import open_configured_store

    store = await open_configured_store(settings, secret=settings.hash_secret())
    try:
        return await store.list_feedback(limit=limit)
    finally:
        await store.close()
