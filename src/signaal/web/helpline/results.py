"""What the help chat services return: plain, frozen values for consumers and pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from signaal.web.helpline.access import Visitor
from signaal.web.helpline.models import Chat


@dataclass(frozen=True, slots=True)
class StartedChat:
    chat: Chat
    # give this to the young person's tab; it is shown once and only its hash is stored
    visitor: Visitor


@dataclass(frozen=True, slots=True)
class HelplineStatus:
    open: bool
    next_opening: datetime | None
    counsellors_available: int
    queue_length: int


@dataclass(frozen=True, slots=True)
class QueueInfo:
    status: str
    # 1 for the first in the queue; None when the chat is no longer queued
    position: int | None
    # a rough estimate (see ``queue_position``); None when it cannot be given
    expected_wait: timedelta | None


@dataclass(frozen=True, slots=True)
class QueueEntry:
    chat_id: UUID
    position: int
    nickname: str
    age_band: str
    waiting_since: datetime


@dataclass(frozen=True, slots=True)
class MessageAck:
    chat_id: UUID
    seq: int
    client_message_id: str
    created_at: datetime
    # True when this client message id was stored before: nothing new was stored
    duplicate: bool


@dataclass(frozen=True, slots=True)
class MessageView:
    seq: int
    sender: str
    text: str
    created_at: datetime
    client_message_id: str | None


@dataclass(frozen=True, slots=True)
class NoteView:
    author: str
    text: str
    created_at: datetime
    id: int


@dataclass(frozen=True, slots=True)
class ChatState:
    """Where a chat stands, for a websocket that (re)connects to it."""

    chat_id: UUID
    organisation_id: int
    status: str


@dataclass(frozen=True, slots=True)
class Colleague:
    """A counsellor of one's own organisation who can take a chat now (for a transfer)."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Transcript:
    chat: Chat
    messages: list[MessageView]
    notes: list[NoteView]
    purged: bool
