"""Nothing lost, nothing answered twice: the pending-input journal and the processed-update marks.

Polling confirms an update to Telegram as soon as it is fetched, so each update is written to the store's
pending-input journal as it is queued (``JournalingQueue``, before the next poll confirms it: see
``bot.update_journal``) and removed once its answer (or the error notice) was delivered. What a crash leaves
there is read at the next start (``notify_interrupted``): each chat concerned is asked, once, to send again.

The update id is recorded as processed in the same transaction as the state change it made
(``bot.store.base.handling_update``), or on its own before the answer is sent when it changed nothing
(``record_processed``). An update Telegram hands over again after a crash is then acknowledged, not answered.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from telegram import Bot, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.conversation.model import Reply
from bot.conversation.texts import t
from bot.privacy import KeyedHasher
from bot.store.base import PendingInput, Store, StoreError, UpdateScope, utc_now
from bot.telegram_app.delivery import send_reply

log = logging.getLogger(__name__)


def pending_entry(update: Update, hasher: KeyedHasher) -> PendingInput | None:
    """The journal row for an update the handlers will answer and end, or None for one they ignore.

    Only a button, or a new message in a private chat, is journalled, so none is left pending by design.
    """
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return None
    if update.callback_query is None and (update.message is None or chat.type != ChatType.PRIVATE):
        return None
    return PendingInput(
        update_id=update.update_id,
        user_key=hasher.user_key(user.id),
        chat_id=chat.id,
        received_at=utc_now(),
    )


async def answered_before(store: Store, update_id: int) -> bool:
    """Telegram hands an update over again when a crash came before its confirmation."""
    try:
        return await store.is_processed(update_id)
    except StoreError:
        log.warning("processed-update check failed for %d: answered (at least once)", update_id)
        return False


async def record_processed(store: Store, scope: UpdateScope) -> None:
    """Before anything is sent: an update that changed no state is recorded as processed on its own."""
    if scope.recorded:
        return
    try:
        await store.mark_processed(scope.update_id)
        scope.recorded = True
    except StoreError:
        log.warning("could not record update %d as processed", scope.update_id)


async def notify_interrupted(store: Store, bot: Bot) -> int:
    """At start-up: tell each chat whose input a crash left unanswered to send it again; return chats told.

    One message per chat, however many inputs it lost. An entry may also be an update Telegram had not
    confirmed and hands over again: that chat is asked to resend and gets its answer too (harmless). An entry
    is cleared once its notice was delivered, or when it never can be (the user blocked the bot, the chat is
    gone); if Telegram is unreachable the rest are kept for the next start (the purge drops them after a day).
    """
    try:
        pending = await store.journal_pending()
    except StoreError:
        log.error("pending-input journal: could not be read at start-up")
        return 0
    by_chat: dict[int, list[int]] = {}
    for entry in pending:
        by_chat.setdefault(entry.chat_id, []).append(entry.update_id)
    told = 0
    for chat_id, update_ids in by_chat.items():
        try:
            await send_reply(bot, chat_id, Reply(text=t("error.interrupted")))
            told += 1
        except (Forbidden, BadRequest) as exc:
            log.warning("interrupted-input notice refused by Telegram: %s", type(exc).__name__)
        except TelegramError as exc:
            log.warning("interrupted-input notices stopped: %s; kept for the next start", type(exc).__name__)
            break
        try:
            await store.journal_clear(update_ids)
        except StoreError:
            log.error("pending-input journal: notified entries could not be cleared")
    if pending:
        log.info("restart: %d unanswered inputs, %d chats asked to send again", len(pending), told)
    return told


class JournalingQueue(asyncio.Queue[object]):
    """PTB's update queue, recording each update in the pending-input journal as it is queued.

    The updater queues a fetched batch and only then asks for the next one, whose ``offset`` confirms the
    batch to Telegram; the webhook server queues an update before answering 200. Writing the journal here
    means an update is on disk before Telegram forgets it.
    """

    def __init__(self, received: Callable[[Update], Awaitable[None]]) -> None:
        super().__init__()
        self._received = received

    async def put(self, item: object) -> None:
        if isinstance(item, Update):
            await self._received(item)
        await super().put(item)
