"""A Telegram message as the conversation's channel-free ``UserInput`` (text, screenshot or unsupported)."""

from __future__ import annotations

from telegram import (
    Message,
    MessageOrigin,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
)

from bot.conversation.model import InputKind, UserInput

MAX_IMAGE_BYTES = 10 * 1024 * 1024


def origin_name(origin: MessageOrigin | None) -> str | None:
    """Who a forwarded message came from, as Telegram shows it (a name, never an id)."""
    if origin is None:
        return None
    if isinstance(origin, MessageOriginUser):
        return origin.sender_user.full_name
    if isinstance(origin, MessageOriginHiddenUser):
        return origin.sender_user_name
    if isinstance(origin, MessageOriginChat):
        return origin.sender_chat.title or origin.sender_chat.full_name or "un groupe"
    if isinstance(origin, MessageOriginChannel):
        return origin.chat.title or "une chaîne"
    return "inconnue"


async def input_of(message: Message) -> UserInput:
    """The channel-free input for a Telegram message."""
    forwarded = origin_name(message.forward_origin)
    if message.text is not None:
        return UserInput.of_text(message.text, forwarded_from=forwarded)
    caption = message.caption or ""
    if message.photo:
        return await _image(
            message, message.photo[-1].file_id, message.photo[-1].file_size, caption, forwarded
        )
    document = message.document
    if document is not None and (document.mime_type or "").startswith("image/"):
        return await _image(message, document.file_id, document.file_size, caption, forwarded)
    if document is not None:
        return UserInput(kind=InputKind.unsupported, detail="document")
    if message.sticker is not None:
        return UserInput(kind=InputKind.unsupported, detail="sticker")
    if message.voice is not None:
        return UserInput(kind=InputKind.unsupported, detail="voice")
    if message.audio is not None:
        return UserInput(kind=InputKind.unsupported, detail="audio")
    if message.video is not None or message.video_note is not None or message.animation is not None:
        return UserInput(kind=InputKind.unsupported, detail="video")
    if caption:
        return UserInput.of_text(caption, forwarded_from=forwarded)
    return UserInput(kind=InputKind.unsupported, detail="other")


async def _image(
    message: Message, file_id: str, size: int | None, caption: str, forwarded: str | None
) -> UserInput:
    if size is not None and size > MAX_IMAGE_BYTES:
        return UserInput(kind=InputKind.image, payload=b"", text=caption, forwarded_from=forwarded)
    file = await message.get_bot().get_file(file_id)
    data = bytes(await file.download_as_bytearray())
    return UserInput(
        kind=InputKind.image, payload=data[:MAX_IMAGE_BYTES], text=caption, forwarded_from=forwarded
    )
