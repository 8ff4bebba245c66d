"""Instagram and Facebook Messenger 'Download your information' JSON (message_1.json).

Both apps export the same structure: {"participants": [{"name"}], "title",
"messages": [{"sender_name", "timestamp_ms", "content"}, ...]}, newest message first, so
the messages are reversed into chat order. Meta writes the text's UTF-8 bytes as Latin-1
code points ("Ã©" for "é"); that is undone where it works and kept as is where it does not.
A message without "content" becomes "[media]" if it holds photos, videos, audio, gifs,
files or a sticker; any other message without text (a call, a removed message) is skipped.

The file says nothing about which app made it, so the importer is registered twice, as
"instagram" and "messenger", with the same sniff score and the same reader; only the
conversations' ``format`` differs. Auto-detection breaks the tie by name (base sorts
(score, name) pairs from high to low), so it picks "messenger"; name ``--format instagram``
to have Instagram chats labelled as such.
"""

from __future__ import annotations

from collections.abc import Callable

from signaal.core.conversations.importers import _jsonexport as js
from signaal.core.conversations.importers.base import Importer, Source, register
from signaal.core.conversations.model import Conversation, Message

MEDIA_KEYS = ("photos", "videos", "audio_files", "gifs", "files", "sticker")


def sniff(source: Source) -> float:
    return 0.95 if js.looks_like(source, "participants", "sender_name") else 0.0


def unmangle(text: str) -> str:
    """Undo Meta's mojibake: 'Ã©' -> 'é'; text that is not mangled stays as it is."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text


def _read(source: Source, fmt: str) -> list[Conversation]:
    data = js.obj(source, fmt, js.load(source, fmt), "the file")
    raw = js.items(source, fmt, data.get("messages"), "'messages'")
    total = len(raw)
    messages: list[Message] = []
    for index in range(total - 1, -1, -1):  # the file lists the newest message first
        what = f"message {index + 1}"
        item = js.obj(source, fmt, raw[index], what)
        author = unmangle(js.text(source, fmt, item, "sender_name", what))
        stamp = item.get("timestamp_ms")
        if not isinstance(stamp, int) or isinstance(stamp, bool):
            raise source.fail(
                fmt, f"'timestamp_ms' of {what} must be a number, not {js.kind(stamp)}"
            )
        if "content" in item:
            text = unmangle(js.text(source, fmt, item, "content", what))
        elif any(key in item for key in MEDIA_KEYS):
            text = js.MEDIA
        else:
            continue  # a call, a removed message: nothing to read
        messages.append(
            Message(
                text=text,
                author=author,
                time=js.epoch_time(source, fmt, stamp / 1000, what),
                where=what,
            )
        )
    title = data.get("title")
    if title is not None and not isinstance(title, str):
        raise source.fail(fmt, f"'title' must be text, not {js.kind(title)}")
    ident = unmangle(title) if title else source.name
    return [Conversation(id=ident, messages=tuple(messages), source=source.name, format=fmt)]


def _reader(fmt: str) -> Callable[[Source], list[Conversation]]:
    def read(source: Source) -> list[Conversation]:
        return _read(source, fmt)

    return read


read_instagram = _reader("instagram")
read_messenger = _reader("messenger")
IMPORTER = register(Importer("instagram", sniff, read_instagram))
MESSENGER = register(Importer("messenger", sniff, read_messenger))
