"""DiscordChatExporter's JSON: {"guild", "channel": {"id", "name"}, "messages": [{"id",
"timestamp", "content", "author": {"name", "nickname"}, "attachments", "stickers"}]}.

The author is the account name ("name"), which is unique, not the changeable nickname. A
message with no content but attachments or stickers becomes "[media]"; a message's
``where`` is its position in the file and Discord's message id.
"""

from __future__ import annotations

from signaal.core.conversations.importers import _jsonexport as js
from signaal.core.conversations.importers.base import Importer, Source, register
from signaal.core.conversations.model import Conversation, Message

NAME = "discord"


def sniff(source: Source) -> float:
    return 0.95 if js.looks_like(source, "guild", "channel") else 0.0


def read(source: Source) -> list[Conversation]:
    data = js.obj(source, NAME, js.load(source, NAME), "the file")
    channel = js.obj(source, NAME, data.get("channel"), "'channel'")
    raw = js.items(source, NAME, data.get("messages"), "'messages'")
    messages: list[Message] = []
    for index, value in enumerate(raw):
        what = f"message {index + 1}"
        item = js.obj(source, NAME, value, what)
        content = js.text(source, NAME, item, "content", what)
        author = js.obj(source, NAME, item.get("author"), f"'author' of {what}")
        name = js.text(source, NAME, author, "name", f"the author of {what}")
        if not content and (item.get("attachments") or item.get("stickers")):
            content = js.MEDIA
        ident = item.get("id")
        messages.append(
            Message(
                text=content,
                author=name,
                time=js.iso_time(source, NAME, item.get("timestamp"), what),
                where=f"{what} (id {ident})" if isinstance(ident, str) else what,
            )
        )
    title = channel.get("name")
    ident = title if isinstance(title, str) and title else str(channel.get("id", source.name))
    return [Conversation(id=ident, messages=tuple(messages), source=source.name, format=NAME)]


IMPORTER = register(Importer(NAME, sniff, read))
