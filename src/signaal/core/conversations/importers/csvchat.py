"""A plain CSV with a header row: author, time, text (time optional, ISO 8601)."""

from __future__ import annotations

import csv
import datetime as dt
import io

from signaal.core.conversations.importers.base import Importer, Source, register
from signaal.core.conversations.model import Conversation, Message

NAME = "csv"
COLUMNS = ("author", "time", "text")
MAX_FIELD = 64 * 1024  # one message; a longer field is not a chat message


def _header(line: str) -> list[str]:
    return [c.strip().strip('"').lower() for c in line.split(",")]


def sniff(source: Source) -> float:
    if source.is_zip:
        return 0.0
    lines = source.head.splitlines()  # \r\n, \n, and \r alone (old Mac exports)
    first = lines[0].strip() if lines else ""
    return 0.9 if _header(first) == list(COLUMNS) else 0.0


def read(source: Source) -> list[Conversation]:
    text = source.text()
    csv.field_size_limit(MAX_FIELD)
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [c.strip().lower() for c in next(rows)]
    except StopIteration:
        raise source.fail(NAME, "the file has no header row") from None
    except csv.Error as exc:
        raise source.fail(NAME, str(exc), line=1) from None
    if header != list(COLUMNS):
        raise source.fail(
            NAME, f"the header must be {','.join(COLUMNS)}, not {','.join(header)[:80]}", line=1
        )
    messages = []
    try:
        for row in rows:
            line = rows.line_num
            if not row or not any(cell.strip() for cell in row):
                continue
            if len(row) != len(COLUMNS):
                raise source.fail(NAME, f"{len(row)} columns, expected {len(COLUMNS)}", line=line)
            author, when, body = row
            time = None
            if when.strip():
                try:
                    time = dt.datetime.fromisoformat(when.strip())
                except ValueError:
                    raise source.fail(
                        NAME,
                        f"time '{when[:40]}' is not ISO 8601 (for example 2024-05-01 18:22)",
                        line=line,
                    ) from None
            messages.append(
                Message(text=body, author=author.strip(), time=time, where=f"line {line}")
            )
    except csv.Error as exc:
        raise source.fail(NAME, str(exc), line=rows.line_num) from None
    stem = source.name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return [Conversation(id=stem, messages=tuple(messages), source=source.name, format=NAME)]


IMPORTER = register(Importer(NAME, sniff, read))
