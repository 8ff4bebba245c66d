"""The help chat's websockets: the young person's chat (``/ws/hulpchat/<organisation id>/``)
and the counsellor's console (``/ws/console/``).

The protocol is fixed in docs/helpline.md ("Websocket protocol"); how it runs is in
"Realtime (Channels)" there. Every event goes through ``signaal.web.helpline.services``,
which decides who may do what; this module only reads frames, calls those functions in
Django's database thread, answers, and tells the other side through the channel layer.

Nothing of a frame's content, a token or a nickname is ever logged. Errors are answered as
``error`` frames (Dutch first, English second) and change nothing.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import math
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta
from typing import Any, ClassVar, cast
from uuid import UUID

from asgiref.sync import async_to_sync
from channels.db import DatabaseSyncToAsync, database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from channels.layers import get_channel_layer
from django.conf import settings
from django.contrib.auth import get_user
from django.contrib.sessions.backends.base import SessionBase
from django.db import connections
from django.http import HttpRequest
from django.utils import timezone

from signaal.core.helpline.visitor import new_chat_code
from signaal.core.i18n import Lang, LocalText
from signaal.web.accounts.middleware import session_ending
from signaal.web.accounts.models import User
from signaal.web.helpline import access, services
from signaal.web.helpline.access import Actor
from signaal.web.helpline.errors import HelplineClosed, HelplineError, HelplinePermissionDenied
from signaal.web.helpline.models import AgeBand, Chat, ChatStatus, Sender
from signaal.web.helpline.services import MessageView, Visitor

# a frame larger than this is refused (the connection stays open); uvicorn closes the
# connection on frames over MAX_TRANSPORT_FRAME (see cli.cmd_serve)
MAX_FRAME = 16 * 1024
# close codes: the young person left with quick exit; the console's session is not (or no
# longer) a counsellor's; the young person's page addressed an organisation that is not there
CLOSE_QUICK_EXIT = 4000
CLOSE_FORBIDDEN = 4003
CLOSE_NOT_FOUND = 4004
# pushes that many events can trigger (queue, chats) are computed at most this often
COALESCE_SECONDS = 0.1
# a waiting young person's place in the queue is computed at most this often
WAITING_COALESCE_SECONDS = 1.0
# a console that only receives is checked again (account, session) at least this often
RECHECK_SECONDS = 30.0

# fields of an event that its error frame repeats (when they are text of at most MAX_ECHO)
ECHOED = ("chat_id", "client_message_id")
MAX_ECHO = 100

# the protocol's age bands, mapped to the stored codes (which are accepted as they are)
AGE_BANDS = {"lt_12": AgeBand.UNDER_12, "18_23": AgeBand.ADULT, "unknown": AgeBand.NOT_SAID}

TOO_LARGE = LocalText(
    f"Dit bericht is te groot (meer dan {MAX_FRAME // 1024} KiB).",
    f"This frame is too large (over {MAX_FRAME // 1024} KiB).",
)
NOT_AN_OBJECT = LocalText(
    "Dit is geen geldig bericht: verwacht wordt één JSON-object.",
    "This is not a valid frame: one JSON object is expected.",
)
UNKNOWN_TYPE = LocalText(
    "Onbekend soort bericht (het veld 'type').", "Unknown kind of frame (the field 'type')."
)
NO_CHAT_YET = LocalText(
    "Begin eerst een gesprek, of ga verder met je gesprek.", "Start a chat, or resume yours, first."
)
NO_SUCH_HELPLINE = LocalText("Deze hulpchat bestaat niet.", "This help chat does not exist.")
ALREADY_CHATTING = LocalText(
    "Je hebt in dit tabblad al een gesprek. Beëindig het eerst.",
    "This tab already has a chat. End it first.",
)
CHAT_NOT_ACTIVE = LocalText(
    "Dit gesprek loopt niet (meer).", "This chat is not (or no longer) going on."
)
# what each kind of field must be, for the message about a missing or wrong field
KINDS = {
    str: ("tekst", "text"),
    int: ("een geheel getal", "a whole number"),
    bool: ("true of false", "true or false"),
}

Frame = dict[str, Any]


class Refused(Exception):
    """An event that cannot be done, answered with an ``error`` frame."""

    def __init__(
        self, code: str, message: LocalText, *, field: str | None = None, **extra: Any
    ) -> None:
        super().__init__(message.en)
        self.code = code
        self.message = message
        self.field = field
        self.extra = extra


def error_frame(
    code: str, for_type: str | None, message: LocalText, field: str | None = None, **extra: Any
) -> Frame:
    frame: Frame = {
        "type": "error",
        "code": code,
        "for": for_type,
        "message": {"nl": message.nl, "en": message.get(Lang.EN)},
    }
    if field is not None:
        frame["field"] = field
    return frame | extra


def refusal(exc: Exception) -> Refused:
    """The error frame's content for what a service raised."""
    if isinstance(exc, Refused):
        return exc
    if isinstance(exc, HelplinePermissionDenied):
        return Refused("forbidden", exc.reason)
    if isinstance(exc, HelplineClosed):
        return Refused(
            "closed",
            exc.problems[0].message,
            reason=exc.reason,
            next_opening=iso(exc.next_opening),
        )
    if isinstance(exc, HelplineError):
        nl = "\n".join(p.message.nl for p in exc.problems)
        en = "\n".join(p.message.get(Lang.EN) for p in exc.problems)
        field = exc.fields[0] if len(exc.problems) == 1 else None
        return Refused("invalid", LocalText(nl, en), field=field)
    raise exc


def field(frame: Frame, name: str, kind: type, *, optional: bool = False) -> Any:
    """A field of the frame, of ``kind`` (None allowed when ``optional``)."""
    value = frame.get(name)
    if value is None and optional:
        return None
    # bool is an int in Python; a JSON true is not a number
    if type(value) is not kind:
        nl, en = KINDS[kind]
        raise Refused(
            "invalid",
            LocalText(
                f"Het veld '{name}' ontbreekt of is geen {nl}.",
                f"The field '{name}' is missing or not {en}.",
            ),
            field=name,
        )
    return value


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def minutes(wait: timedelta | None) -> int | None:
    return None if wait is None else math.ceil(wait.total_seconds() / 60)


def message_frame(chat_id: UUID | str, view: MessageView) -> Frame:
    system = view.sender == Sender.SYSTEM
    return {
        "type": "message",
        "chat_id": str(chat_id),
        "seq": view.seq,
        "sender": view.sender,
        # a system message holds a code, shown by the page in the reader's language
        "text": None if system else view.text,
        "code": view.text if system else None,
        "sent_at": iso(view.created_at),
        "client_message_id": view.client_message_id,
    }


def system_frame(chat_id: UUID, seq: int, code: str, at: datetime | None) -> Frame:
    return message_frame(chat_id, MessageView(seq, Sender.SYSTEM, code, at or timezone.now(), None))


def chat_group(chat_id: UUID | str) -> str:
    return f"helpline.chat.{chat_id}"


def queue_group(organisation_id: int) -> str:
    return f"helpline.queue.{organisation_id}"


def waiting_group(organisation_id: int) -> str:
    return f"helpline.waiting.{organisation_id}"


def user_group(user_id: int) -> str:
    return f"helpline.user.{user_id}"


def in_thread(func: Callable[..., Any]) -> Callable[..., Awaitable[Any]]:
    """Run ``func`` in a thread of its own (not Django's one database thread), for slow work
    such as the signals panel. The thread's database connection is closed afterwards: such
    work is rare, and a pool thread would otherwise keep an idle connection open."""

    def run_and_close(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        finally:
            connections.close_all()

    return cast(
        Callable[..., Awaitable[Any]], DatabaseSyncToAsync(run_and_close, thread_sensitive=False)
    )


class HelplineSocket(AsyncWebsocketConsumer):  # type: ignore[misc]  # channels has no types
    """What both sockets share: reading frames, answering errors, joining groups, and
    pushes that are computed at most once per ``COALESCE_SECONDS``."""

    handlers: ClassVar[Mapping[str, str]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.groups_joined: set[str] = set()
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.closed = False

    async def send_frame(self, frame: Frame) -> None:
        if not self.closed:
            await self.send(text_data=json.dumps(frame, ensure_ascii=False))

    async def join(self, group: str) -> None:
        if group not in self.groups_joined:
            await self.channel_layer.group_add(group, self.channel_name)
            self.groups_joined.add(group)

    async def leave(self, group: str) -> None:
        if group in self.groups_joined:
            self.groups_joined.discard(group)
            await self.channel_layer.group_discard(group, self.channel_name)

    async def tell(self, group: str, event: str, **content: Any) -> None:
        await self.channel_layer.group_send(group, {"type": event, **content})

    async def shut(self, code: int) -> None:
        if not self.closed:
            self.closed = True
            await self.close(code=code)

    async def disconnect(self, code: int) -> None:
        self.closed = True
        for task in self.pending.values():
            task.cancel()
        for group in list(self.groups_joined):
            await self.leave(group)

    def soon(
        self, name: str, work: Callable[[], Awaitable[None]], wait: float = COALESCE_SECONDS
    ) -> None:
        """Run ``work`` after ``wait`` seconds, once for any number of calls meanwhile."""
        if name in self.pending or self.closed:
            return

        async def later() -> None:
            await asyncio.sleep(wait)
            self.pending.pop(name, None)
            if self.closed:
                return
            try:
                await work()
            except (HelplinePermissionDenied, HelplineError):
                # the chat or the account changed meanwhile: the next event says so
                return

        self.pending[name] = asyncio.ensure_future(later())

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        for_type: str | None = None
        echo: dict[str, str] = {}
        try:
            if text_data is None or len(text_data.encode("utf-8")) > MAX_FRAME:
                raise Refused("invalid", TOO_LARGE if text_data is not None else NOT_AN_OBJECT)
            try:
                frame = json.loads(text_data)
            except ValueError:
                raise Refused("invalid", NOT_AN_OBJECT) from None
            if not isinstance(frame, dict):
                raise Refused("invalid", NOT_AN_OBJECT)
            kind = frame.get("type")
            handler = self.handlers.get(kind) if isinstance(kind, str) else None
            if handler is None:
                raise Refused("invalid", UNKNOWN_TYPE, field="type")
            for_type = cast(str, kind)
            # an error names the chat and the message it is about, so that a console with
            # several chats shows it in the right one and stops resending a refused message
            echo = {
                key: frame[key]
                for key in ECHOED
                if isinstance(frame.get(key), str) and 0 < len(frame[key]) <= MAX_ECHO
            }
            if not await self.allowed(for_type):
                return
            await getattr(self, handler)(frame)
        except (Refused, HelplinePermissionDenied, HelplineError) as exc:
            why = refusal(exc)
            await self.send_frame(
                error_frame(why.code, for_type, why.message, why.field, **(echo | why.extra))
            )

    async def allowed(self, for_type: str) -> bool:
        """Checked before every event; False when the socket was closed because of it."""
        return True

    async def tell_typing(
        self, actor: Actor, chat_id: UUID | str, sender: Sender, on: bool, *refused: str
    ) -> None:
        """Tell the other side of the chat that ``sender`` types (never stored); refused
        while the chat is in one of the ``refused`` states."""
        state = await database_sync_to_async(services.chat_state)(actor, chat_id=chat_id)
        if state.status in refused:
            raise Refused("invalid", CHAT_NOT_ACTIVE, field="chat")
        await self.tell(
            chat_group(state.chat_id),
            "helpline.typing",
            chat_id=str(state.chat_id),
            sender=sender.value,
            on=on,
        )


# --- the young person -------------------------------------------------------------------


class YoungConsumer(HelplineSocket):
    """A young person's tab: no login; the chat's token (from ``started``) proves the chat."""

    handlers: ClassVar[Mapping[str, str]] = {
        "start": "on_start",
        "resume": "on_resume",
        "message": "on_message",
        "typing": "on_typing",
        "end": "on_end",
        "quick_exit": "on_quick_exit",
        "feedback": "on_feedback",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.organisation_id = 0
        self.visitor: Visitor | None = None
        self.status = ""
        self.last_queue: Frame | None = None

    async def connect(self) -> None:
        self.organisation_id = int(self.scope["url_route"]["kwargs"]["organisation_id"])
        await self.accept()
        found = await database_sync_to_async(services.helpline_organisation)(self.organisation_id)
        if found is None:
            await self.send_frame(error_frame("not_found", "connect", NO_SUCH_HELPLINE))
            await self.shut(CLOSE_NOT_FOUND)

    def need_visitor(self) -> Visitor:
        if self.visitor is None:
            raise Refused("invalid", NO_CHAT_YET, field="chat")
        return self.visitor

    async def bind(self, visitor: Visitor, status: str) -> None:
        """This socket now speaks for ``visitor``'s chat."""
        if self.visitor is not None and self.visitor.chat_id != visitor.chat_id:
            await self.leave(chat_group(self.visitor.chat_id))
        self.visitor = visitor
        self.last_queue = None
        await self.join(chat_group(visitor.chat_id))
        await self.set_status(status)

    async def set_status(self, status: str) -> None:
        self.status = status
        if status == ChatStatus.QUEUED:
            await self.join(waiting_group(self.organisation_id))
        else:
            await self.leave(waiting_group(self.organisation_id))

    async def queue_changed(self) -> None:
        await tell_queue_changed(self.channel_layer, self.organisation_id)

    async def on_start(self, frame: Frame) -> None:
        if self.visitor is not None and self.status != ChatStatus.ENDED:
            raise Refused("invalid", ALREADY_CHATTING, field="chat")
        age_band = field(frame, "age_band", str)
        nickname = field(frame, "nickname", str, optional=True) or ""
        chat_code = field(frame, "chat_code", str, optional=True)
        lang = field(frame, "lang", str, optional=True)
        if lang is not None and lang not in Lang.__members__.values():
            raise Refused("invalid", LocalText("Kies nl of en.", "Choose nl or en."), field="lang")
        new_code = new_chat_code() if chat_code == "new" else None

        def start() -> services.StartedChat | None:
            organisation = services.helpline_organisation(self.organisation_id)
            if organisation is None:
                return None
            return services.start_chat(
                organisation=organisation,
                age_band=AGE_BANDS.get(age_band, age_band),
                nickname=nickname,
                chat_code=new_code or chat_code,
            )

        started = await database_sync_to_async(start)()
        if started is None:
            raise Refused("not_found", NO_SUCH_HELPLINE)
        visitor = started.visitor
        await self.send_frame(
            {
                "type": "started",
                "chat_id": str(visitor.chat_id),
                "token": visitor.token,
                "chat_code": new_code,
            }
        )
        await self.bind(visitor, ChatStatus.QUEUED)
        await self.push_queue()
        await self.queue_changed()

    async def on_resume(self, frame: Frame) -> None:
        chat_text = field(frame, "chat_id", str)
        token = field(frame, "token", str)
        after_seq = field(frame, "after_seq", int)
        try:
            visitor = Visitor(UUID(chat_text), token)
        except ValueError:
            raise HelplinePermissionDenied(access.NOT_YOUR_CHAT) from None

        def check() -> services.ChatState:
            state = services.chat_state(visitor, chat_id=visitor.chat_id)
            if state.organisation_id != self.organisation_id:
                raise HelplinePermissionDenied(access.NOT_YOUR_CHAT)
            return state

        def read() -> tuple[services.QueueInfo, list[MessageView]]:
            queue = services.queue_position(visitor, chat_id=visitor.chat_id)
            missed = services.messages_since(visitor, chat_id=visitor.chat_id, after_seq=after_seq)
            return queue, missed

        # join the chat's group before reading what was missed: a message stored in between
        # then comes as a push (and the page keeps each seq once) instead of falling between
        # the read and the join
        state = await database_sync_to_async(check)()
        await self.bind(visitor, state.status)
        queue, missed = await database_sync_to_async(read)()
        if queue.status != state.status:
            await self.set_status(queue.status)
        queue_frame = None
        if queue.status == ChatStatus.QUEUED:
            queue_frame = {
                "position": queue.position,
                "expected_wait_minutes": minutes(queue.expected_wait),
            }
            self.last_queue = {"type": "queue", **queue_frame}
        await self.send_frame(
            {
                "type": "state",
                "chat_id": str(state.chat_id),
                "status": queue.status,
                "queue": queue_frame,
                "messages": [message_frame(visitor.chat_id, m) for m in missed],
            }
        )

    async def on_message(self, frame: Frame) -> None:
        visitor = self.need_visitor()
        client_id = field(frame, "client_message_id", str)
        text = field(frame, "text", str)
        await post_and_tell(self, visitor, visitor.chat_id, client_id, text)

    async def on_typing(self, frame: Frame) -> None:
        visitor = self.need_visitor()
        on = field(frame, "on", bool)
        # the young person may type while still queued
        await self.tell_typing(visitor, visitor.chat_id, Sender.YOUNG, on, ChatStatus.ENDED)

    async def on_end(self, frame: Frame) -> None:
        visitor = self.need_visitor()
        chat = await database_sync_to_async(services.end_chat)(visitor, chat_id=visitor.chat_id)
        await tell_young_left(self.channel_layer, chat)

    async def on_quick_exit(self, frame: Frame) -> None:
        visitor = self.visitor
        if visitor is not None:
            try:
                chat = await database_sync_to_async(services.forget_visitor)(visitor)
            except (HelplinePermissionDenied, HelplineError):
                pass  # already forgotten: leaving must still work
            else:
                await tell_young_left(self.channel_layer, chat)
        self.visitor = None
        await self.shut(CLOSE_QUICK_EXIT)

    async def on_feedback(self, frame: Frame) -> None:
        visitor = self.need_visitor()
        helped = field(frame, "helped", str)
        comment = field(frame, "comment", str, optional=True) or ""
        await database_sync_to_async(services.record_feedback)(
            visitor, chat_id=visitor.chat_id, helped=helped, comment=comment
        )
        await self.send_frame({"type": "feedback_saved"})

    async def push_queue(self) -> None:
        visitor = self.visitor
        if visitor is None or self.status != ChatStatus.QUEUED:
            return
        info = await database_sync_to_async(services.queue_position)(
            visitor, chat_id=visitor.chat_id
        )
        if info.status != ChatStatus.QUEUED:
            await self.set_status(info.status)
            return
        frame = {
            "type": "queue",
            "position": info.position,
            "expected_wait_minutes": minutes(info.expected_wait),
        }
        if frame != self.last_queue:
            self.last_queue = frame
            await self.send_frame(frame)

    # channel layer events
    async def helpline_queue_changed(self, event: Frame) -> None:
        # every waiting tab reads its own place, so a burst of arrivals costs waiting tabs
        # times changes; a place in the queue can wait a second, a counsellor's view cannot
        self.soon("queue", self.push_queue, WAITING_COALESCE_SECONDS)

    async def helpline_message(self, event: Frame) -> None:
        frame = event["frame"]
        if frame["sender"] == Sender.SYSTEM and frame["code"] in ("accepted", "transferred"):
            # the chat is active now, no longer in the queue
            await self.set_status(ChatStatus.ACTIVE)
        await self.send_frame(frame)

    async def helpline_typing(self, event: Frame) -> None:
        if event["sender"] != Sender.YOUNG:
            await self.send_frame(
                {
                    "type": "typing",
                    "chat_id": event["chat_id"],
                    "sender": event["sender"],
                    "on": event["on"],
                }
            )

    async def helpline_ended(self, event: Frame) -> None:
        await self.set_status(ChatStatus.ENDED)
        await self.send_frame({"type": "ended", "chat_id": event["chat_id"], "by": event["by"]})


# --- the counsellor ---------------------------------------------------------------------


def _session_store(session_key: str) -> SessionBase:
    engine = importlib.import_module(settings.SESSION_ENGINE)
    return cast(SessionBase, engine.SessionStore(session_key))


class _SessionOnly:
    """What ``django.contrib.auth.get_user`` reads of a request: its session."""

    def __init__(self, session: SessionBase) -> None:
        self.session = session


def session_counsellor(session_key: str | None) -> User:
    """The counsellor logged in with this session, checked now as every page checks it
    (logged in after the second factor, session not expired, account active) and with the
    role counsellor; else ``HelplinePermissionDenied``. Moves the session's idle clock."""
    if not session_key:
        raise HelplinePermissionDenied(access.NOT_LOGGED_IN)
    session = _session_store(session_key)
    user = get_user(cast(HttpRequest, _SessionOnly(session)))
    if session_ending(session, user) is not None or not isinstance(user, User):
        raise HelplinePermissionDenied(access.NOT_LOGGED_IN)
    counsellor = access.counsellor(user)
    if session.modified:
        session.save()
    return counsellor


class ConsoleConsumer(HelplineSocket):
    """A counsellor's console tab: the logged-in session (2FA done, role counsellor), checked
    at connect and again before every event."""

    handlers: ClassVar[Mapping[str, str]] = {
        "availability": "on_availability",
        "accept": "on_accept",
        "resume": "on_resume",
        "message": "on_message",
        "typing": "on_typing",
        "note": "on_note",
        "transfer": "on_transfer",
        "end": "on_end",
        "signals": "on_signals",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.session_key: str | None = None
        self.user: User | None = None
        self.checked_at = 0.0
        self.active: set[str] = set()
        self.last_queue: Frame | None = None
        self.last_colleagues: Frame | None = None

    async def connect(self) -> None:
        await self.accept()
        session = self.scope.get("session")
        self.session_key = session.session_key if session is not None else None
        if not await self.allowed("connect"):
            return
        user = self.me()
        await self.join(queue_group(user.organisation_id))
        await self.join(user_group(user.pk))
        await self.push_queue()
        await self.push_chats()
        await self.push_colleagues()

    def me(self) -> User:
        if self.user is None:  # allowed() sets it before any event is handled
            raise HelplinePermissionDenied(access.NOT_LOGGED_IN)
        return self.user

    async def allowed(self, for_type: str) -> bool:
        try:
            self.user = await database_sync_to_async(session_counsellor)(self.session_key)
        except HelplinePermissionDenied as exc:
            self.user = None
            await self.send_frame(error_frame("forbidden", for_type, exc.reason))
            await self.shut(CLOSE_FORBIDDEN)
            return False
        self.checked_at = time.monotonic()
        return True

    async def still_allowed(self) -> bool:
        """For pushes: the account and session are checked again now and then."""
        if self.closed:
            return False
        if time.monotonic() - self.checked_at < RECHECK_SECONDS:
            return True
        return await self.allowed("push")

    async def queue_changed(self) -> None:
        await tell_queue_changed(self.channel_layer, self.me().organisation_id)

    async def chats_changed(self, user_id: int) -> None:
        await self.tell(user_group(user_id), "helpline.chats_changed")

    # pushes
    async def push_queue(self) -> None:
        entries = await database_sync_to_async(services.queue)(self.me())
        now = timezone.now()
        frame = {
            "type": "queue",
            "entries": [
                {
                    "chat_id": str(e.chat_id),
                    "position": e.position,
                    "age_band": e.age_band,
                    "nickname": e.nickname,
                    "waiting_minutes": max(0, int((now - e.waiting_since).total_seconds() // 60)),
                }
                for e in entries
            ],
        }
        if frame != self.last_queue:
            self.last_queue = frame
            await self.send_frame(frame)

    async def push_colleagues(self) -> None:
        found = await database_sync_to_async(services.colleagues)(self.me())
        frame = {"type": "colleagues", "available": [{"id": c.id, "name": c.name} for c in found]}
        if frame != self.last_colleagues:
            self.last_colleagues = frame
            await self.send_frame(frame)

    async def push_chats(self) -> None:
        user = self.me()

        def read() -> Frame:
            active = services.my_chats(user)
            ended = services.unclosed_chats(user)
            return {
                "type": "chats",
                "active": [
                    {
                        "chat_id": str(c.public_id),
                        "age_band": c.age_band,
                        "nickname": c.nickname,
                        "accepted_at": iso(c.accepted_at),
                        "last_seq": c.last_seq,
                    }
                    for c in active
                ],
                "to_register": [
                    {
                        "chat_id": str(c.public_id),
                        "age_band": c.age_band,
                        "nickname": c.nickname,
                        "ended_at": iso(c.ended_at),
                    }
                    for c in ended
                ],
            }

        frame = await database_sync_to_async(read)()
        now_active = {c["chat_id"] for c in frame["active"]}
        for chat_id in now_active - self.active:
            await self.join(chat_group(chat_id))
        for chat_id in self.active - now_active:
            await self.leave(chat_group(chat_id))
        self.active = now_active
        await self.send_frame(frame)

    # events from the console
    async def on_availability(self, frame: Frame) -> None:
        available = field(frame, "available", bool)
        max_chats = field(frame, "max_chats", int, optional=True)
        row = await database_sync_to_async(services.set_availability)(
            self.me(), available=available, max_chats=max_chats
        )
        await self.tell(
            user_group(self.me().pk),
            "helpline.availability",
            available=row.available,
            max_chats=row.max_chats,
        )
        await self.queue_changed()

    async def on_accept(self, frame: Frame) -> None:
        chat_id = field(frame, "chat_id", str)
        chat = await database_sync_to_async(services.accept_chat)(self.me(), chat_id=chat_id)
        await self.push_chats()  # joins the chat's group before the young person is told
        await self.tell(
            chat_group(chat.public_id),
            "helpline.message",
            frame=system_frame(chat.public_id, chat.last_seq, "accepted", chat.accepted_at),
        )
        await self.chats_changed(self.me().pk)
        await self.queue_changed()

    async def on_resume(self, frame: Frame) -> None:
        chat_id = field(frame, "chat_id", str)
        after_seq = field(frame, "after_seq", int)
        user = self.me()

        def resume() -> Frame:
            state = services.chat_state(user, chat_id=chat_id)
            if state.status == ChatStatus.ENDED:
                # an ended chat is read through the registration page (logged)
                return {
                    "chat_id": str(state.chat_id),
                    "status": state.status,
                    "messages": [],
                    "notes": [],
                }
            missed = services.messages_since(user, chat_id=chat_id, after_seq=after_seq)
            notes = services.chat_notes(user, chat_id=chat_id)
            return {
                "chat_id": str(state.chat_id),
                "status": state.status,
                "messages": [message_frame(state.chat_id, m) for m in missed],
                "notes": [
                    {
                        "id": n.id,
                        "text": n.text,
                        "created_at": iso(n.created_at),
                        "author": n.author,
                    }
                    for n in notes
                ],
            }

        # join the chat's group before reading what was missed (as the young person's
        # resume does), so that a message stored in between comes as a push
        known = await database_sync_to_async(services.chat_state)(user, chat_id=chat_id)
        if known.status == ChatStatus.ACTIVE and str(known.chat_id) not in self.active:
            self.active.add(str(known.chat_id))
            await self.join(chat_group(str(known.chat_id)))
        state = await database_sync_to_async(resume)()
        await self.send_frame({"type": "state", **state})

    async def on_message(self, frame: Frame) -> None:
        chat_id = field(frame, "chat_id", str)
        client_id = field(frame, "client_message_id", str)
        text = field(frame, "text", str)
        await post_and_tell(self, self.me(), chat_id, client_id, text)

    async def on_typing(self, frame: Frame) -> None:
        chat_id = field(frame, "chat_id", str)
        on = field(frame, "on", bool)
        refused = (ChatStatus.QUEUED, ChatStatus.ENDED)
        await self.tell_typing(self.me(), chat_id, Sender.COUNSELLOR, on, *refused)

    async def on_note(self, frame: Frame) -> None:
        chat_id = field(frame, "chat_id", str)
        text = field(frame, "text", str)
        note = await database_sync_to_async(services.add_note)(
            self.me(), chat_id=chat_id, text=text
        )
        await self.tell(
            user_group(self.me().pk),
            "helpline.note",
            frame={
                "type": "note",
                "chat_id": str(note.chat.public_id),
                "id": note.pk,
                "text": note.text,
                "created_at": iso(note.created_at),
            },
        )

    async def on_transfer(self, frame: Frame) -> None:
        chat_id = field(frame, "chat_id", str)
        to_counsellor = field(frame, "to_counsellor", int)
        transfer = await database_sync_to_async(services.transfer_chat)(
            self.me(), chat_id=chat_id, to_counsellor=to_counsellor
        )
        chat = transfer.chat
        await self.push_chats()  # this tab leaves the chat's group at once
        await self.tell(
            chat_group(chat.public_id),
            "helpline.message",
            frame=system_frame(chat.public_id, chat.last_seq, "transferred", transfer.at),
        )
        await self.chats_changed(self.me().pk)
        await self.chats_changed(transfer.to_counsellor_id)
        await self.queue_changed()

    async def on_end(self, frame: Frame) -> None:
        chat_id = field(frame, "chat_id", str)
        chat = await database_sync_to_async(services.end_chat)(self.me(), chat_id=chat_id)
        await tell_ended(self.channel_layer, chat)
        if str(chat.public_id) not in self.active:
            # ended before: this tab left the chat's group, so it hears it here
            await self.send_frame(
                {"type": "ended", "chat_id": str(chat.public_id), "by": chat.ended_by}
            )
        await self.chats_changed(self.me().pk)
        await self.queue_changed()

    async def on_signals(self, frame: Frame) -> None:
        chat_id = field(frame, "chat_id", str)
        panel = importlib.import_module("signaal.web.helpline.signals_panel")
        signals_for = cast(Callable[[User, str], dict[str, Any]], panel.signals_for)
        payload = await in_thread(signals_for)(self.me(), chat_id)
        await self.send_frame({**payload, "type": "signals", "chat_id": chat_id})

    # channel layer events
    async def helpline_queue_changed(self, event: Frame) -> None:
        async def both() -> None:
            if await self.still_allowed():
                await self.push_queue()
                await self.push_colleagues()

        self.soon("queue", both)

    async def helpline_chats_changed(self, event: Frame) -> None:
        async def chats() -> None:
            if await self.still_allowed():
                await self.push_chats()
                await self.push_colleagues()

        self.soon("chats", chats)

    async def helpline_message(self, event: Frame) -> None:
        frame = event["frame"]
        if frame["chat_id"] in self.active and await self.still_allowed():
            await self.send_frame(frame)

    async def helpline_typing(self, event: Frame) -> None:
        if event["sender"] == Sender.YOUNG and event["chat_id"] in self.active:
            await self.send_frame(
                {
                    "type": "typing",
                    "chat_id": event["chat_id"],
                    "sender": event["sender"],
                    "on": event["on"],
                }
            )

    async def helpline_ended(self, event: Frame) -> None:
        if event["chat_id"] in self.active and await self.still_allowed():
            await self.send_frame({"type": "ended", "chat_id": event["chat_id"], "by": event["by"]})
            await self.helpline_chats_changed(event)

    async def helpline_note(self, event: Frame) -> None:
        await self.send_frame(event["frame"])

    async def helpline_availability(self, event: Frame) -> None:
        await self.send_frame(
            {
                "type": "availability",
                "available": event["available"],
                "max_chats": event["max_chats"],
            }
        )


# --- shared by both sockets -------------------------------------------------------------


async def post_and_tell(
    socket: HelplineSocket, actor: User | Visitor, chat_id: UUID | str, client_id: str, text: str
) -> None:
    """Store the message, acknowledge it (only now: it is committed), then give it to both
    sides. A resend (same ``client_message_id``) is acknowledged as a duplicate and given
    again, so a side that missed it gets it; pages keep each ``seq`` once."""

    def post() -> tuple[services.MessageAck, MessageView | None]:
        ack = services.post_message(actor, chat_id=chat_id, text=text, client_message_id=client_id)
        stored = MessageView(
            ack.seq,
            Sender.YOUNG if isinstance(actor, Visitor) else Sender.COUNSELLOR,
            text,
            ack.created_at,
            ack.client_message_id,
        )
        if ack.duplicate:
            # the first text wins: give the one that was stored
            try:
                earlier = services.messages_since(actor, chat_id=chat_id, after_seq=ack.seq - 1)
            except (HelplinePermissionDenied, HelplineError):
                return ack, None
            stored = earlier[0] if earlier and earlier[0].seq == ack.seq else stored
        return ack, stored

    ack, stored = await database_sync_to_async(post)()
    answer: Frame = {"type": "ack"}
    if not isinstance(actor, Visitor):
        # a console has several chats: it finds the chat of the ack by its id
        answer["chat_id"] = str(ack.chat_id)
    answer |= {
        "client_message_id": ack.client_message_id,
        "seq": ack.seq,
        "duplicate": ack.duplicate,
    }
    await socket.send_frame(answer)
    if stored is not None:
        await socket.tell(
            chat_group(ack.chat_id), "helpline.message", frame=message_frame(ack.chat_id, stored)
        )


async def tell_ended(layer: Any, chat: Chat) -> None:
    """Both sides: the system message that ends the chat, then ``ended``. Ending twice
    tells the same again (same ``seq``), which pages ignore. ``layer`` (here and below): a
    socket's channel layer, or ``get_channel_layer()`` from a page (channels has no types)."""
    code = "ended_by_young" if chat.ended_by == Sender.YOUNG else "ended_by_counsellor"
    group = chat_group(chat.public_id)
    ended = system_frame(chat.public_id, chat.last_seq, code, chat.ended_at)
    await layer.group_send(group, {"type": "helpline.message", "frame": ended})
    await layer.group_send(
        group, {"type": "helpline.ended", "chat_id": str(chat.public_id), "by": chat.ended_by}
    )


async def tell_queue_changed(layer: Any, organisation_id: int) -> None:
    """The organisation's consoles and waiting young people: the queue changed."""
    for group in (queue_group(organisation_id), waiting_group(organisation_id)):
        await layer.group_send(group, {"type": "helpline.queue_changed"})


async def tell_young_left(layer: Any, chat: Chat) -> None:
    """The young person ended the chat (``end``, or quick exit on the socket or by its
    beacon): both sides of the chat, then the organisation's queue."""
    await tell_ended(layer, chat)
    await tell_queue_changed(layer, chat.organisation_id)


def announce_ended(chat: Chat) -> None:
    """From a page rather than a socket (the quick exit beacon): tell what the socket's
    quick exit tells."""
    layer = get_channel_layer()
    if layer is not None:
        async_to_sync(tell_young_left)(layer, chat)
