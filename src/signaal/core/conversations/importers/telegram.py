"""Telegram Desktop's JSON export (result.json): one chat {"name", "type", "id",
"messages": [...]}, or a full export {"chats": {"list": [chat, ...]}} (and "left_chats").

Service messages (joined, pinned, called) are skipped. A message's "text" is a string or a
list of parts, strings or {"type", "text"} objects (links, bold), joined. A message without
text that holds a photo, file or sticker becomes "[media]". The time is "date_unixtime"
(UTC) where the export has it, else "date", the exporting computer's local time (naive).
A message's ``where`` is Telegram's own message id, as written in the file.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from signaal.core.conversations.importers import _jsonexport as js
from signaal.core.conversations.importers.base import Importer, Source, register
from signaal.core.conversations.model import Conversation, Message

NAME = "telegram"
MEDIA_KEYS = ("photo", "file", "media_type", "sticker_emoji")


def sniff(source: Source) -> float:
    if js.looks_like(source, "type", "date", "from_id"):
        return 0.95
    if js.looks_like(source, "chats", "list") and "Telegram" in source.head:
        return 0.9  # a full export, with personal information before the chats
    return 0.0


def _text(source: Source, value: object, what: str) -> str:
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        raise source.fail(NAME, f"'text' of {what} must be text or a list, not {js.kind(value)}")
    parts: list[str] = []
    for number, part in enumerate(value, start=1):
        if isinstance(part, dict):
            part = part.get("text")
        if not isinstance(part, str):
            raise source.fail(NAME, f"part {number} of the text of {what} has no text")
        parts.append(part)
    return "".join(parts)


def _time(source: Source, item: dict[str, Any], what: str) -> dt.datetime:
    unix = item.get("date_unixtime")
    if isinstance(unix, str) and unix.isdigit():
        return js.epoch_time(source, NAME, int(unix), what)
    return js.iso_time(source, NAME, item.get("date"), what)


def _chat(source: Source, chat: dict[str, Any], where: str) -> Conversation:
    raw = js.items(source, NAME, chat.get("messages"), f"'messages' of {where}")
    messages: list[Message] = []
    for index, value in enumerate(raw):
        what = f"message {index + 1} of {where}"
        item = js.obj(source, NAME, value, what)
        if item.get("type") == "service":
            continue
        if "text" not in item:
            raise source.fail(NAME, f"{what} has no 'text'")
        text = _text(source, item["text"], what)
        if not text and any(key in item for key in MEDIA_KEYS):
            text = js.MEDIA
        author = item.get("from")
        if author is not None and not isinstance(author, str):
            raise source.fail(NAME, f"'from' of {what} must be text, not {js.kind(author)}")
        ident = item.get("id")
        messages.append(
            Message(
                text=text,
                author=author or "",
                time=_time(source, item, what),
                where=f"message {ident}" if isinstance(ident, int) else f"message {index + 1}",
            )
        )
    name = chat.get("name")
    ident = name if isinstance(name, str) and name else str(chat.get("id", where))
    return Conversation(id=ident, messages=tuple(messages), source=source.name, format=NAME)


def read(source: Source) -> list[Conversation]:
    data = js.obj(source, NAME, js.load(source, NAME), "the file")
    if "messages" in data:
        return [_chat(source, data, "the chat")]
    if "chats" not in data:
        raise source.fail(NAME, "the file has neither 'messages' (one chat) nor 'chats'")
    out: list[Conversation] = []
    for group in ("chats", "left_chats"):
        if group not in data:
            continue
        chats = js.items(
            source,
            NAME,
            js.obj(source, NAME, data[group], f"'{group}'").get("list"),
            f"'{group}.list'",
        )
        for number, chat in enumerate(chats, start=1):
            where = f"chat {number} of '{group}'"
            out.append(_chat(source, js.obj(source, NAME, chat, where), where))
    return out


IMPORTER = register(Importer(NAME, sniff, read))
