"""Snapchat 'My Data' chat_history.json: an object mapping each conversation (the partner's
username, or a group's id) to its messages, {"From", "Media Type", "Created", "Content"}
(newer exports add "Conversation Title", "IsSender", "Created(microseconds)").

One conversation per key, in time order ("Created" is UTC); a message whose "Media Type" is
not TEXT (a snap, a sticker, a voice note) becomes "[media]". A TEXT message whose content
Snapchat did not keep ("Content": null) stays, with empty text. The older export with
"Received/Sent Saved Chat History" lists is not this format and is refused.
"""

from __future__ import annotations

import datetime as dt

from signaal.core.conversations.importers import _jsonexport as js
from signaal.core.conversations.importers.base import Importer, Source, register
from signaal.core.conversations.model import Conversation, Message

NAME = "snapchat"


def sniff(source: Source) -> float:
    return 0.95 if js.looks_like(source, "From", "Media Type", "Created") else 0.0


def _created(source: Source, value: object, what: str) -> dt.datetime:
    if isinstance(value, str):
        try:
            naive = dt.datetime.strptime(value, "%Y-%m-%d %H:%M:%S UTC")
        except ValueError:
            pass
        else:
            return naive.replace(tzinfo=dt.UTC)
    raise source.fail(NAME, f"{what} has 'Created' {value!r}, not like '2023-05-01 18:22:10 UTC'")


def read(source: Source) -> list[Conversation]:
    data = js.obj(source, NAME, js.load(source, NAME), "the file")
    if not data:
        raise source.fail(NAME, "the file holds no conversations")
    out: list[Conversation] = []
    for partner, raw in data.items():
        chat = js.items(source, NAME, raw, f"conversation '{partner}'")
        timed: list[tuple[dt.datetime, Message]] = []
        for index, value in enumerate(chat):
            what = f"message {index + 1}"
            where = f"conversation '{partner}', {what}"
            item = js.obj(source, NAME, value, where)
            author = js.text(source, NAME, item, "From", where)
            media = js.text(source, NAME, item, "Media Type", where)
            if media.upper() == "TEXT":
                if "Content" not in item:
                    raise source.fail(NAME, f"{where} has no 'Content'")
                content = item["Content"]
                if content is not None and not isinstance(content, str):
                    raise source.fail(
                        NAME, f"'Content' of {where} must be text, not {js.kind(content)}"
                    )
                text = content or ""
            else:
                text = js.MEDIA
            time = _created(source, item.get("Created"), where)
            timed.append((time, Message(text=text, author=author, time=time, where=what)))
        timed.sort(key=lambda pair: pair[0])  # stable: same-second messages keep file order
        out.append(
            Conversation(
                id=partner,
                messages=tuple(message for _, message in timed),
                source=source.name,
                format=NAME,
            )
        )
    return out


IMPORTER = register(Importer(NAME, sniff, read))
