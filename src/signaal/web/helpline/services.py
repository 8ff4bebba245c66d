"""The help chat as plain functions, for the websocket consumers, the pages and the CLI.

Import from here; the functions live in modules by concern (counsellors, chats,
transcripts, registrations). Each checks who may call it (``access``) and raises
``HelplinePermissionDenied`` when not, and ``HelplineError`` (or a subclass) for a request
that cannot be done, with every message in Dutch and English. Nothing here logs: chat
content, nicknames and tokens must never reach a log. A message is committed to the
database before ``post_message`` returns, so an acknowledgement always means "stored".

Times: every function that records a moment takes ``now`` (default: the current time), so
that callers and tests can pass the clock.
"""

from __future__ import annotations

from signaal.web.helpline.access import Actor, Visitor
from signaal.web.helpline.chats import (
    accept_chat,
    chat_state,
    colleagues,
    end_chat,
    forget_visitor,
    helpline_organisation,
    helpline_status,
    helpline_statuses,
    my_chats,
    queue,
    queue_position,
    start_chat,
    transfer_chat,
)
from signaal.web.helpline.counsellors import (
    chat_limit,
    configure_helpline,
    helpline_settings,
    opening_hours,
    set_availability,
)
from signaal.web.helpline.registrations import (
    record_feedback,
    save_registration,
    unclosed_chats,
    visible_registrations,
)
from signaal.web.helpline.results import (
    ChatState,
    Colleague,
    HelplineStatus,
    MessageAck,
    MessageView,
    NoteView,
    QueueEntry,
    QueueInfo,
    StartedChat,
    Transcript,
)
from signaal.web.helpline.transcripts import (
    add_note,
    canned_responses,
    chat_notes,
    messages_since,
    open_transcript,
    post_message,
)

__all__ = [
    "Actor",
    "ChatState",
    "Colleague",
    "HelplineStatus",
    "MessageAck",
    "MessageView",
    "NoteView",
    "QueueEntry",
    "QueueInfo",
    "StartedChat",
    "Transcript",
    "Visitor",
    "accept_chat",
    "add_note",
    "canned_responses",
    "chat_limit",
    "chat_notes",
    "chat_state",
    "colleagues",
    "configure_helpline",
    "end_chat",
    "forget_visitor",
    "helpline_organisation",
    "helpline_settings",
    "helpline_status",
    "helpline_statuses",
    "messages_since",
    "my_chats",
    "open_transcript",
    "opening_hours",
    "post_message",
    "queue",
    "queue_position",
    "record_feedback",
    "save_registration",
    "set_availability",
    "start_chat",
    "transfer_chat",
    "unclosed_chats",
    "visible_registrations",
]
