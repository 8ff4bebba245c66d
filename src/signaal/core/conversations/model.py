"""Messages and conversations as frozen data, whatever export they came from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Message:
    """One message. ``author`` may be empty (some exports have no speakers); ``where`` says
    where it came from in the file (for example 'line 12') so a person can check it."""

    text: str
    author: str = ""
    time: dt.datetime | None = None
    role: str = ""  # from labelled data: 'offender', 'decoy' or ''
    where: str = ""


@dataclass(frozen=True, slots=True)
class Conversation:
    id: str
    messages: tuple[Message, ...]
    source: str  # the file it was read from, as given
    format: str  # the importer's name
    label: int | None = None  # 1 grooming, 0 not, None unknown (labelled data only)
    language: str = ""
    group: str = ""  # labelled data: who the conversation belongs to (one offender), for grouping

    @property
    def authors(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for message in self.messages:
            if message.author:
                seen.setdefault(message.author, None)
        return tuple(seen)
