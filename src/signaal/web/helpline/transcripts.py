"""What is said in a chat: messages (stored before they are acknowledged, never doubled),
catching up after a reconnect, internal notes, canned responses, and the logged opening of
a whole transcript."""

from __future__ import annotations

import re
from datetime import datetime
from uuid import UUID

from django.db import IntegrityError, transaction

from signaal.core.i18n import Lang
from signaal.web.accounts.models import User
from signaal.web.helpline import access
from signaal.web.helpline.access import Actor, Visitor
from signaal.web.helpline.counsellors import moment
from signaal.web.helpline.errors import HelplineError, fail
from signaal.web.helpline.models import (
    CannedResponse,
    Chat,
    ChatMessage,
    ChatStatus,
    InternalNote,
    Sender,
    TranscriptAccess,
)
from signaal.web.helpline.results import MessageAck, MessageView, NoteView, Transcript

MAX_MESSAGE = 4000
MAX_NOTE = 4000
# a message id chosen by the sending tab: a resend after a reconnect carries the same id
CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def append(
    chat: Chat,
    *,
    sender: Sender,
    text: str,
    at: datetime,
    author: User | None = None,
    client_message_id: str | None = None,
) -> ChatMessage:
    """Add a message with the chat's next sequence number; the chat row must be locked."""
    chat.last_seq += 1
    chat.save(update_fields=["last_seq"])
    return ChatMessage.objects.create(
        chat=chat,
        seq=chat.last_seq,
        sender=sender,
        author=author,
        text=text,
        client_message_id=client_message_id,
        created_at=at,
    )


def check_text(text: str, *, field: str, limit: int) -> str:
    if not isinstance(text, str) or not text.strip():
        raise fail(field, "Het bericht is leeg.", "The message is empty.")
    if len(text) > limit:
        raise fail(
            field,
            f"Het bericht is langer dan {limit} tekens.",
            f"The message is longer than {limit} characters.",
        )
    if "\x00" in text:
        raise fail(
            field,
            "Het bericht bevat een ongeldig teken.",
            "The message holds an invalid character.",
        )
    return text


def post_message(
    actor: Actor,
    *,
    chat_id: UUID | str,
    text: str,
    client_message_id: str,
    now: datetime | None = None,
) -> MessageAck:
    """Store a message from the young person (queued or active chat) or from the assigned
    counsellor (active chat), and only then return the acknowledgement.

    Idempotent on ``client_message_id`` per chat and sender: a resend after a reconnect
    returns the first acknowledgement with ``duplicate=True`` and stores nothing (the first
    text wins).
    """
    if not isinstance(client_message_id, str) or not CLIENT_ID.match(client_message_id):
        raise fail(
            "client_message_id",
            "Het bericht-id moet 1 tot 64 letters, cijfers, '-' of '_' zijn.",
            "The message id must be 1 to 64 letters, digits, '-' or '_'.",
        )
    check_text(text, field="text", limit=MAX_MESSAGE)
    sender = Sender.YOUNG if isinstance(actor, Visitor) else Sender.COUNSELLOR
    try:
        with transaction.atomic():
            chat = access.chat_for(actor, chat_id, lock=True)
            earlier = ChatMessage.objects.filter(
                chat=chat, sender=sender, client_message_id=client_message_id
            ).first()
            if earlier is not None:
                return _ack(chat, earlier, duplicate=True)
            allowed: tuple[ChatStatus, ...] = (ChatStatus.QUEUED, ChatStatus.ACTIVE)
            if sender is Sender.COUNSELLOR:
                allowed = (ChatStatus.ACTIVE,)
            if chat.status not in allowed:
                raise chat_ended()
            message = append(
                chat,
                sender=sender,
                text=text,
                at=moment(now),
                author=actor if isinstance(actor, User) else None,
                client_message_id=client_message_id,
            )
    except IntegrityError:
        # the same resend arriving twice at once: the other one stored it
        chat = access.chat_for(actor, chat_id)
        earlier = ChatMessage.objects.get(
            chat=chat, sender=sender, client_message_id=client_message_id
        )
        return _ack(chat, earlier, duplicate=True)
    return _ack(chat, message, duplicate=False)


def chat_ended() -> HelplineError:
    return fail("chat", "Dit gesprek is afgelopen.", "This chat has ended.")


def _ack(chat: Chat, message: ChatMessage, *, duplicate: bool) -> MessageAck:
    return MessageAck(
        chat.public_id, message.seq, message.client_message_id or "", message.created_at, duplicate
    )


def _view(message: ChatMessage) -> MessageView:
    return MessageView(
        message.seq, message.sender, message.text, message.created_at, message.client_message_id
    )


def messages_since(actor: Actor, *, chat_id: UUID | str, after_seq: int = 0) -> list[MessageView]:
    """The messages after sequence number ``after_seq``, in order: what a tab that reconnects
    or reloads has missed. The young person reads their own chat; the assigned counsellor
    reads a chat that has not ended (an ended chat is read through ``open_transcript``,
    which is logged)."""
    if not isinstance(after_seq, int) or after_seq < 0:
        raise fail(
            "after_seq",
            "Geef een volgnummer van 0 of hoger.",
            "Give a sequence number of 0 or more.",
        )
    chat = access.chat_for(actor, chat_id)
    if not isinstance(actor, Visitor) and chat.status == ChatStatus.ENDED:
        raise chat_ended()
    return [_view(m) for m in chat.messages.filter(seq__gt=after_seq).order_by("seq")]


def add_note(
    actor: Actor, *, chat_id: UUID | str, text: str, now: datetime | None = None
) -> InternalNote:
    """An internal note on a chat assigned to the counsellor (also after it ended, while
    registering). The young person never sees notes."""
    user = access.counsellor(actor)
    check_text(text, field="text", limit=MAX_NOTE)
    chat = access.assigned_chat(user, chat_id)
    if chat.transcript_purged_at is not None:
        raise _purged()
    return InternalNote.objects.create(chat=chat, author=user, text=text, created_at=moment(now))


def _purged() -> HelplineError:
    return fail(
        "chat",
        "Het verslag van dit gesprek is al verwijderd (bewaartermijn verstreken).",
        "The transcript of this chat has been removed (retention period passed).",
    )


def canned_responses(actor: Actor, *, language: Lang | None = None) -> list[CannedResponse]:
    """The counsellor's organisation's canned responses, in their order."""
    user = access.counsellor(actor)
    found = CannedResponse.objects.filter(organisation_id=user.organisation_id)
    if language is not None:
        found = found.filter(language=language.value)
    return list(found)


def open_transcript(
    actor: Actor, *, chat_id: UUID | str, now: datetime | None = None
) -> Transcript:
    """The whole chat with its notes, for the counsellor it is assigned to. Every call is
    written to the audit log (TranscriptAccess), also when the transcript was purged."""
    user = access.counsellor(actor)
    chat = access.assigned_chat(user, chat_id)
    TranscriptAccess.objects.create(
        user=user, organisation_id=user.organisation_id, chat=chat, at=moment(now)
    )
    messages = [_view(m) for m in chat.messages.order_by("seq")]
    notes = [_note_view(n) for n in chat.notes.select_related("author")]
    return Transcript(chat, messages, notes, chat.transcript_purged_at is not None)


def _note_view(note: InternalNote) -> NoteView:
    return NoteView(
        note.author.display_name or note.author.email, note.text, note.created_at, note.pk
    )


def chat_notes(actor: Actor, *, chat_id: UUID | str) -> list[NoteView]:
    """The internal notes on a chat, for the counsellor it is assigned to while it has not
    ended (the console shows them beside the chat; an ended chat is read through
    ``open_transcript``, which is logged)."""
    user = access.counsellor(actor)
    chat = access.assigned_chat(user, chat_id)
    if chat.status == ChatStatus.ENDED:
        raise chat_ended()
    return [_note_view(n) for n in chat.notes.select_related("author")]
