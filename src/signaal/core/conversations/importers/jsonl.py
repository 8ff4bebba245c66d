"""The project's own JSON Lines format (one conversation per line), as in shared/data and as
the conversations are measured in: {"id", "label", "language", "messages": [{"text", ...}]}."""

from __future__ import annotations

import datetime as dt

from signaal.core.conversations.importers.base import Importer, Source, register
from signaal.core.conversations.model import Conversation, Message
from signaal.core.errors import SignaalError
from signaal.core.sources import parse_json

NAME = "jsonl"


def sniff(source: Source) -> float:
    if source.is_zip:
        return 0.0
    first = next((line.strip() for line in source.head.splitlines() if line.strip()), "")
    return 0.9 if first.startswith("{") and '"messages"' in first else 0.0


def _time(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None  # free-form times ("03:20") are kept out of the model, not an error


def read(source: Source) -> list[Conversation]:
    text = source.text()
    out: list[Conversation] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = parse_json(line, name=source.name)
        except SignaalError as exc:
            raise source.fail(NAME, exc.problems[0].message.en.rstrip("."), line=number) from None
        if not isinstance(data, dict):
            raise source.fail(NAME, "each line must be a JSON object", line=number)
        messages = data.get("messages")
        if not isinstance(messages, list):
            raise source.fail(NAME, "'messages' must be a list", line=number)
        parsed = []
        for index, item in enumerate(messages):
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise source.fail(NAME, f"message {index} needs a 'text' string", line=number)
            parsed.append(
                Message(
                    text=item["text"],
                    author=str(item.get("author") or ""),
                    time=_time(item.get("time")),
                    role=str(item.get("role") or ""),
                    where=f"line {number}, message {index}",
                )
            )
        label = data.get("label")
        if label not in (0, 1, None) or isinstance(label, bool):
            raise source.fail(NAME, f"'label' must be 0 or 1, not {label!r}", line=number)
        out.append(
            Conversation(
                id=str(data.get("id") or f"line-{number}"),
                messages=tuple(parsed),
                source=source.name,
                format=NAME,
                label=label,
                language=str(data.get("language") or ""),
                group=str(data.get("group") or ""),
            )
        )
    return out


IMPORTER = register(Importer(NAME, sniff, read))
