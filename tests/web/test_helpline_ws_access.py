"""Who may use the help chat's websockets: the console only with a counsellor's session
after the second factor, checked again before every event; every console event refused
for a counsellor of another organisation and for one the chat is not assigned to; and a
young person only ever reaches their own chat."""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable

import pytest
from asgiref.sync import sync_to_async
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client

from signaal.web.accounts.models import Role, User
from signaal.web.helpline.models import Chat, ChatMessage, InternalNote
from tests.web.conftest import code_for, submit_code, submit_password
from tests.web.conftest import make_user as make_enrolled_user
from tests.web.helpline_setup import Helpline, make_helpline
from tests.web.helpline_ws import (
    Frame,
    Socket,
    console,
    layer,  # noqa: F401 - the autouse fixture, used by name
    open_socket,
    ready_console,
    refused,
    session_cookie,
    started_young,
)

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]

NOT_LOGGED_IN = ("Log eerst in als hulpverlener.", "Log in as a counsellor first.")
NOT_COUNSELLOR = (
    "Alleen hulpverleners (rol counsellor) kunnen dit doen.",
    "Only counsellors (role counsellor) can do this.",
)
NO_SUCH_CHAT = (
    "Dit gesprek bestaat niet of je mag het niet zien.",
    "This chat does not exist or you may not see it.",
)
NOT_ASSIGNED = ("Dit gesprek is niet aan jou toegewezen.", "This chat is not assigned to you.")
SIGNALS_PANEL = importlib.util.find_spec("signaal.web.helpline.signals_panel") is not None


@pytest.fixture
def h(transactional_db: None) -> Helpline:
    return make_helpline()


async def refused_at_connect(socket: Socket, nl: str, en: str) -> None:
    refused(await socket.next(), "forbidden", "connect", nl, en)
    assert await socket.closed_with() == 4003


@pytest.mark.parametrize("who", ["professional", "coordinator", "admin", "outside_coordinator"])
async def test_the_console_refuses_staff_who_are_not_counsellors(h: Helpline, who: str) -> None:
    socket = await console(getattr(h, who))
    await refused_at_connect(socket, *NOT_COUNSELLOR)


async def test_the_console_refuses_a_visitor_without_a_session(h: Helpline) -> None:
    socket = await open_socket("/ws/console/")
    await refused_at_connect(socket, *NOT_LOGGED_IN)


async def test_the_console_refuses_a_made_up_session_cookie(h: Helpline) -> None:
    socket = await open_socket("/ws/console/", cookie="verzonnen-sessie")
    await refused_at_connect(socket, *NOT_LOGGED_IN)


def password_only(user: User) -> str:
    client = Client()
    response = submit_password(client, email=user.email)
    assert response.status_code == 302
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def password_and_code(user: User) -> str:
    client = Client()
    assert submit_password(client, email=user.email).status_code == 302
    assert submit_code(client, code_for(user)).status_code == 302
    return client.cookies[settings.SESSION_COOKIE_NAME].value


async def test_the_console_needs_the_second_factor_done(h: Helpline) -> None:
    user = await sync_to_async(make_enrolled_user)("tweede@example.test", h.home, Role.COUNSELLOR)
    halfway = await open_socket("/ws/console/", cookie=await sync_to_async(password_only)(user))
    await refused_at_connect(halfway, *NOT_LOGGED_IN)
    done = await open_socket("/ws/console/", cookie=await sync_to_async(password_and_code)(user))
    assert (await done.until("chats"))["active"] == []
    await done.disconnect()


def session_without_login_clocks(user: User) -> str:
    client = Client()
    client.force_login(user)  # no "auth_at": not through the login views
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def expired_session(user: User) -> str:
    client = Client()
    client.force_login(user)
    session = client.session
    session["auth_at"] = session["seen_at"] = time.time() - settings.SESSION_COOKIE_AGE - 60
    session.save()
    return client.cookies[settings.SESSION_COOKIE_NAME].value


@pytest.mark.parametrize("make", [session_without_login_clocks, expired_session])
async def test_the_console_refuses_a_session_the_pages_would_end(
    h: Helpline, make: Callable[[User], str]
) -> None:
    cookie = await sync_to_async(make)(h.counsellor)
    socket = await open_socket("/ws/console/", cookie=cookie)
    await refused_at_connect(socket, *NOT_LOGGED_IN)


def deactivate(user: User) -> None:
    user.is_active = False
    user.save()


def log_out_everywhere(user: User) -> None:
    Session.objects.all().delete()


def make_professional(user: User) -> None:
    user.role = Role.PROFESSIONAL
    user.save()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (deactivate, NOT_LOGGED_IN),
        (log_out_everywhere, NOT_LOGGED_IN),
        (make_professional, NOT_COUNSELLOR),
    ],
    ids=["deactivated", "logged-out", "role-changed"],
)
async def test_every_event_checks_the_account_again_and_closes_when_it_changed(
    h: Helpline, change: Callable[[User], None], message: tuple[str, str]
) -> None:
    young, started = await started_young(h)
    desk = await ready_console(h.counsellor)
    await sync_to_async(change)(h.counsellor)
    await desk.send({"type": "accept", "chat_id": started["chat_id"]})
    refused(await desk.until("error"), "forbidden", "accept", *message)
    assert await desk.closed_with() == 4003
    row = await sync_to_async(Chat.objects.get)(public_id=started["chat_id"])
    assert row.counsellor_id is None  # nothing changed
    await young.disconnect()


def chat_events(chat_id: str, colleague_id: int) -> list[Frame]:
    """Every console event that names a chat."""
    events: list[Frame] = [
        {"type": "accept", "chat_id": chat_id},
        {"type": "resume", "chat_id": chat_id, "after_seq": 0},
        {"type": "message", "chat_id": chat_id, "client_message_id": "x-1", "text": "hoi"},
        {"type": "typing", "chat_id": chat_id, "on": True},
        {"type": "note", "chat_id": chat_id, "text": "notitie"},
        {"type": "transfer", "chat_id": chat_id, "to_counsellor": colleague_id},
        {"type": "end", "chat_id": chat_id},
    ]
    if SIGNALS_PANEL:
        events.append({"type": "signals", "chat_id": chat_id})
    return events


def snapshot(chat_id: str) -> tuple[object, ...]:
    chat = Chat.objects.get(public_id=chat_id)
    return (
        chat.status,
        chat.counsellor_id,
        chat.last_seq,
        ChatMessage.objects.filter(chat=chat).count(),
        InternalNote.objects.filter(chat=chat).count(),
    )


async def test_a_counsellor_of_another_organisation_is_refused_every_chat_event(
    h: Helpline,
) -> None:
    queued_young, queued = await started_young(h)
    active_young, active = await started_young(h)
    desk = await ready_console(h.counsellor)
    await desk.ask({"type": "accept", "chat_id": active["chat_id"]}, "chats")
    outsider = await ready_console(h.outsider)
    for chat_id in (queued["chat_id"], active["chat_id"]):
        before = await sync_to_async(snapshot)(chat_id)
        for event in chat_events(chat_id, h.colleague.pk):
            refused(await outsider.ask(event, "error"), "forbidden", event["type"], *NO_SUCH_CHAT)
        assert await sync_to_async(snapshot)(chat_id) == before
    # and it hears nothing of them
    await active_young.send({"type": "message", "client_message_id": "m-1", "text": "geheim"})
    await active_young.until("ack")
    assert [f for f in await outsider.drain() if f["type"] in ("message", "typing")] == []
    for socket in (queued_young, active_young, desk, outsider):
        await socket.disconnect()


async def test_a_counsellor_the_chat_is_not_assigned_to_is_refused_every_chat_event(
    h: Helpline,
) -> None:
    young, started = await started_young(h)
    chat_id = started["chat_id"]
    desk = await ready_console(h.counsellor)
    await desk.ask({"type": "accept", "chat_id": chat_id}, "chats")
    other = await ready_console(h.colleague)
    before = await sync_to_async(snapshot)(chat_id)
    for event in chat_events(chat_id, h.counsellor.pk):
        answer = await other.ask(event, "error")
        if event["type"] == "accept":
            assert (answer["code"], answer["field"]) == ("invalid", "chat")
        elif event["type"] == "signals":
            assert answer["code"] == "forbidden"
        else:
            refused(answer, "forbidden", event["type"], *NOT_ASSIGNED)
    assert await sync_to_async(snapshot)(chat_id) == before
    await young.send({"type": "message", "client_message_id": "m-1", "text": "alleen voor jou"})
    await young.until("ack")
    assert [f for f in await other.drain() if f["type"] in ("message", "typing")] == []
    for socket in (young, desk, other):
        await socket.disconnect()


async def test_a_chat_id_that_is_no_uuid_is_refused_like_a_chat_that_does_not_exist(
    h: Helpline,
) -> None:
    desk = await ready_console(h.counsellor)
    for event in chat_events("../../etc", h.colleague.pk):
        refused(await desk.ask(event, "error"), "forbidden", event["type"], *NO_SUCH_CHAT)
    await desk.disconnect()


async def test_a_young_person_only_ever_writes_to_and_hears_their_own_chat(h: Helpline) -> None:
    first, one = await started_young(h)
    second, two = await started_young(h)
    # a chat id in the frame is ignored: the socket's own chat is the only one it reaches
    frame = {
        "type": "message",
        "chat_id": two["chat_id"],
        "client_message_id": "m-1",
        "text": "hoi",
    }
    await first.ask(frame, "ack")
    counts = await sync_to_async(
        lambda: {
            str(c.public_id): ChatMessage.objects.filter(chat=c).count() for c in Chat.objects.all()
        }
    )()
    assert counts == {one["chat_id"]: 1, two["chat_id"]: 0}
    assert [f for f in await second.drain() if f["type"] in ("message", "typing")] == []
    await first.send({"type": "typing", "on": True})
    assert [f for f in await second.drain() if f["type"] == "typing"] == []
    for socket in (first, second):
        await socket.disconnect()


async def test_a_counsellors_cookie_gives_the_young_persons_socket_no_console_events(
    h: Helpline,
) -> None:
    young, started = await started_young(h)
    cookie = await sync_to_async(session_cookie)(h.counsellor)
    socket = await open_socket(f"/ws/hulpchat/{h.home.pk}/", cookie=cookie)
    answer = await socket.ask({"type": "accept", "chat_id": started["chat_id"]}, "error")
    assert (answer["code"], answer["field"]) == ("invalid", "type")
    row = await sync_to_async(Chat.objects.get)(public_id=started["chat_id"])
    assert row.counsellor_id is None
    await young.disconnect()
    await socket.disconnect()
