"""The young person's websocket (/ws/hulpchat/<organisation id>/): starting, the queue,
messages both ways, resuming after a dropped connection, ending, quick exit and feedback,
and every kind of bad frame. Against the real ASGI application and database."""

from __future__ import annotations

import json
import re

import pytest
from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer

from signaal.web.accounts.models import Organisation
from signaal.web.helpline import services
from signaal.web.helpline.models import Chat, ChatMessage, ChatStatus, Feedback
from tests.web.helpline_setup import Helpline, make_helpline
from tests.web.helpline_ws import (
    Frame,
    Socket,
    layer,  # noqa: F401 - the autouse fixture, used by name
    open_socket,
    ready_console,
    refused,
    started_young,
    young,
)

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]

NOT_YOUR_CHAT = (
    "Dit gesprek hoort niet bij dit tabblad. Begin een nieuw gesprek.",
    "This chat does not belong to this tab. Start a new chat.",
)
NOT_AN_OBJECT = (
    "Dit is geen geldig bericht: verwacht wordt één JSON-object.",
    "This is not a valid frame: one JSON object is expected.",
)
CHAT_ENDED = ("Dit gesprek is afgelopen.", "This chat has ended.")


@pytest.fixture
def h(transactional_db: None) -> Helpline:
    return make_helpline()


@sync_to_async
def stored(chat_id: str) -> list[tuple[int, str, str]]:
    """What the database holds for a chat: (seq, sender, text)."""
    return [
        (m.seq, m.sender, m.text)
        for m in ChatMessage.objects.filter(chat__public_id=chat_id).order_by("seq")
    ]


@sync_to_async
def chat_row(chat_id: str) -> Chat:
    return Chat.objects.get(public_id=chat_id)


async def accepted(h: Helpline, socket: Socket, chat_id: str) -> Socket:
    """The counsellor's console after accepting the chat (the young person saw it)."""
    desk = await ready_console(h.counsellor)
    await desk.send({"type": "availability", "available": True, "max_chats": None})
    await desk.until("availability")
    await desk.send({"type": "accept", "chat_id": chat_id})
    await desk.until("chats")
    note = await socket.until("message")
    assert (note["sender"], note["code"], note["text"]) == ("system", "accepted", None)
    return desk


async def test_a_young_person_starts_a_chat_and_sees_their_place_in_the_queue(h: Helpline) -> None:
    socket = await young(h)
    await socket.send({"type": "start", "age_band": "12_15", "nickname": "", "chat_code": None})
    started = await socket.next()
    assert started["type"] == "started"
    assert started["chat_code"] is None
    assert len(started["token"]) >= 40
    assert await socket.next() == {"type": "queue", "position": 1, "expected_wait_minutes": 0}
    row = await chat_row(started["chat_id"])
    assert (row.status, row.age_band) == (ChatStatus.QUEUED, "12_15")
    await socket.disconnect()


async def test_asking_for_a_new_chat_code_shows_it_once(h: Helpline) -> None:
    socket, started = await started_young(h, chat_code="new", age_band="lt_12", lang="en")
    assert re.fullmatch(r"[a-z]+-[a-z]+-[a-z]+-\d\d", started["chat_code"])
    assert (await chat_row(started["chat_id"])).age_band == "under_12"
    again, second = await started_young(h, chat_code=started["chat_code"])
    assert second["chat_code"] is None  # a kept code is not shown again
    first_key = (await chat_row(started["chat_id"])).visitor_key
    assert (await chat_row(second["chat_id"])).visitor_key == first_key
    await socket.disconnect()
    await again.disconnect()


async def test_the_queue_position_moves_up_when_the_chat_before_is_accepted(h: Helpline) -> None:
    first, one = await started_young(h)
    second = await young(h)
    await second.ask({"type": "start", "age_band": "16_17"}, "started")
    assert await second.next() == {"type": "queue", "position": 2, "expected_wait_minutes": 0}
    desk = await accepted(h, first, one["chat_id"])
    assert await second.until("queue") == {
        "type": "queue",
        "position": 1,
        "expected_wait_minutes": 0,
    }
    for socket in (first, second, desk):
        await socket.disconnect()


async def test_outside_opening_hours_the_chat_does_not_start(h: Helpline) -> None:
    await sync_to_async(services.configure_helpline)(h.home, opening_hours={})
    socket = await young(h)
    answer = await socket.ask({"type": "start", "age_band": "16_17"}, "error")
    refused(answer, "closed", "start", "De chat is nu gesloten.", "The chat is closed now.")
    assert (answer["reason"], answer["next_opening"]) == ("closed", None)
    assert await sync_to_async(Chat.objects.count)() == 0
    await socket.disconnect()


async def test_with_no_counsellor_available_the_chat_does_not_start(h: Helpline) -> None:
    for person in (h.counsellor, h.colleague):
        await sync_to_async(services.set_availability)(person, available=False)
    socket = await young(h)
    answer = await socket.ask({"type": "start", "age_band": "16_17"}, "error")
    refused(
        answer,
        "closed",
        "start",
        "Er is nu geen hulpverlener beschikbaar.",
        "No counsellor is available now.",
    )
    assert (answer["reason"], answer["next_opening"]) == ("no_counsellor", None)
    await socket.disconnect()


async def test_a_start_with_a_bad_age_band_names_the_field(h: Helpline) -> None:
    socket = await young(h)
    answer = await socket.ask({"type": "start", "age_band": "old"}, "error")
    assert (answer["code"], answer["for"], answer["field"]) == ("invalid", "start", "age_band")
    assert answer["message"]["nl"].startswith("Kies een leeftijd uit: under_12, 12_15")
    answer = await socket.ask({"type": "start", "age_band": "12_15", "lang": "fr"}, "error")
    refused(answer, "invalid", "start", "Kies nl of en.", "Choose nl or en.")
    assert answer["field"] == "lang"
    await socket.disconnect()


async def test_an_address_of_no_organisation_is_answered_and_closed(h: Helpline) -> None:
    missing = await sync_to_async(lambda: Organisation.objects.order_by("-pk")[0].pk + 1)()
    socket = await young(h, organisation_id=missing)
    answer = await socket.next()
    refused(
        answer,
        "not_found",
        "connect",
        "Deze hulpchat bestaat niet.",
        "This help chat does not exist.",
    )
    assert await socket.closed_with() == 4004


async def test_a_socket_from_another_site_is_refused(h: Helpline) -> None:
    socket = Socket(f"/ws/hulpchat/{h.home.pk}/", [(b"origin", b"https://elders.example")])
    assert not await socket.connect()


async def test_a_message_is_acknowledged_after_it_is_stored_and_reaches_both_sides(
    h: Helpline,
) -> None:
    socket, started = await started_young(h)
    chat_id = started["chat_id"]
    desk = await accepted(h, socket, chat_id)
    await socket.send({"type": "message", "client_message_id": "m-1", "text": "hoi"})
    ack = await socket.next()
    assert ack == {"type": "ack", "client_message_id": "m-1", "seq": 2, "duplicate": False}
    assert (2, "young", "hoi") in await stored(chat_id)
    own = await socket.until("message")
    seen = await desk.until("message")
    if seen["sender"] == "system":  # the console sees its own acceptance too
        seen = await desk.until("message")
    assert own == seen
    assert (seen["chat_id"], seen["seq"], seen["sender"], seen["text"]) == (
        chat_id,
        2,
        "young",
        "hoi",
    )
    assert seen["code"] is None
    assert seen["client_message_id"] == "m-1"
    await desk.send(
        {"type": "message", "chat_id": chat_id, "client_message_id": "c-1", "text": "hallo"}
    )
    assert (await desk.until("ack"))["seq"] == 3
    reply = await socket.until("message")
    assert (reply["seq"], reply["sender"], reply["text"]) == (3, "counsellor", "hallo")
    assert "author" not in reply
    assert "name" not in reply
    await socket.disconnect()
    await desk.disconnect()


async def test_typing_is_relayed_to_the_other_side_and_not_stored(h: Helpline) -> None:
    socket, started = await started_young(h)
    chat_id = started["chat_id"]
    desk = await accepted(h, socket, chat_id)
    before = await stored(chat_id)
    await socket.send({"type": "typing", "on": True})
    assert await desk.until("typing") == {
        "type": "typing",
        "chat_id": chat_id,
        "sender": "young",
        "on": True,
    }
    assert await socket.quiet()  # not echoed to the one typing
    await desk.send({"type": "typing", "chat_id": chat_id, "on": False})
    assert await socket.until("typing") == {
        "type": "typing",
        "chat_id": chat_id,
        "sender": "counsellor",
        "on": False,
    }
    assert await stored(chat_id) == before
    await socket.disconnect()
    await desk.disconnect()


async def test_after_a_dropped_connection_the_chat_resumes_with_nothing_lost_or_doubled(
    h: Helpline,
) -> None:
    socket, started = await started_young(h)
    chat_id, token = started["chat_id"], started["token"]
    desk = await accepted(h, socket, chat_id)
    await socket.send({"type": "message", "client_message_id": "m-1", "text": "eerste"})
    await socket.until("ack")
    await socket.disconnect()  # the phone loses its connection
    await desk.send(
        {
            "type": "message",
            "chat_id": chat_id,
            "client_message_id": "c-1",
            "text": "ben je er nog?",
        }
    )
    await desk.until("ack")

    socket = await young(h)
    state = await socket.ask(
        {"type": "resume", "chat_id": chat_id, "token": token, "after_seq": 2}, "state"
    )
    assert (state["status"], state["queue"], state["chat_id"]) == ("active", None, chat_id)
    assert [(m["seq"], m["sender"], m["text"]) for m in state["messages"]] == [
        (3, "counsellor", "ben je er nog?")
    ]
    # the outbox is sent again: the first message was stored already
    await socket.send({"type": "message", "client_message_id": "m-1", "text": "eerste"})
    ack = await socket.until("ack")
    assert (ack["seq"], ack["duplicate"]) == (2, True)
    await socket.send({"type": "message", "client_message_id": "m-2", "text": "ja"})
    assert (await socket.until("ack"))["seq"] == 4
    assert [(s, who) for s, who, _ in await stored(chat_id)] == [
        (1, "system"),
        (2, "young"),
        (3, "counsellor"),
        (4, "young"),
    ]
    await socket.disconnect()
    await desk.disconnect()


async def test_a_queued_chat_resumes_with_its_queue_position(h: Helpline) -> None:
    socket, started = await started_young(h)
    await socket.send({"type": "message", "client_message_id": "w-1", "text": "ik wacht"})
    await socket.until("ack")
    await socket.disconnect()
    socket = await young(h)
    frame = {
        "type": "resume",
        "chat_id": started["chat_id"],
        "token": started["token"],
        "after_seq": 0,
    }
    state = await socket.ask(frame, "state")
    assert state["status"] == "queued"
    assert state["queue"] == {"position": 1, "expected_wait_minutes": 0}
    assert [m["text"] for m in state["messages"]] == ["ik wacht"]
    await socket.disconnect()


async def test_resuming_needs_the_token_of_exactly_that_chat(h: Helpline) -> None:
    socket, started = await started_young(h)
    other, second = await started_young(h)
    attempts: list[Frame] = [
        {"chat_id": started["chat_id"], "token": "geraden-token"},
        {"chat_id": second["chat_id"], "token": started["token"]},
        {"chat_id": "geen-id", "token": started["token"]},
    ]
    stranger = await young(h)
    for attempt in attempts:
        answer = await stranger.ask({"type": "resume", "after_seq": 0} | attempt, "error")
        refused(answer, "forbidden", "resume", *NOT_YOUR_CHAT)
    # nothing was bound: a message has no chat to go to
    answer = await stranger.ask(
        {"type": "message", "client_message_id": "x", "text": "hoi"}, "error"
    )
    refused(
        answer,
        "invalid",
        "message",
        "Begin eerst een gesprek, of ga verder met je gesprek.",
        "Start a chat, or resume yours, first.",
    )
    for s in (socket, other, stranger):
        await s.disconnect()


async def test_a_chat_cannot_be_resumed_through_another_organisations_address(h: Helpline) -> None:
    socket, started = await started_young(h)
    elsewhere = await young(h, organisation_id=h.other.pk)
    frame = {
        "type": "resume",
        "chat_id": started["chat_id"],
        "token": started["token"],
        "after_seq": 0,
    }
    refused(await elsewhere.ask(frame, "error"), "forbidden", "resume", *NOT_YOUR_CHAT)
    await socket.disconnect()
    await elsewhere.disconnect()


async def test_ending_tells_both_sides_and_then_nothing_more_can_be_said(h: Helpline) -> None:
    socket, started = await started_young(h)
    chat_id = started["chat_id"]
    desk = await accepted(h, socket, chat_id)
    await socket.send({"type": "end"})
    assert await socket.until("ended") == {"type": "ended", "chat_id": chat_id, "by": "young"}
    assert await desk.until("ended") == {"type": "ended", "chat_id": chat_id, "by": "young"}
    chats = await desk.until("chats")
    assert chats["active"] == []
    assert [c["chat_id"] for c in chats["to_register"]] == [chat_id]
    answer = await socket.ask(
        {"type": "message", "client_message_id": "m-9", "text": "nog iets"}, "error"
    )
    refused(answer, "invalid", "message", *CHAT_ENDED)
    assert answer["field"] == "chat"
    answer = await socket.ask({"type": "typing", "on": True}, "error")
    refused(
        answer,
        "invalid",
        "typing",
        "Dit gesprek loopt niet (meer).",
        "This chat is not (or no longer) going on.",
    )
    await socket.disconnect()
    await desk.disconnect()


async def test_feedback_is_saved_once_after_the_end(h: Helpline) -> None:
    socket, _started = await started_young(h)
    answer = await socket.ask({"type": "feedback", "helped": "yes", "comment": ""}, "error")
    refused(
        answer,
        "invalid",
        "feedback",
        "Je kunt pas iets over het gesprek zeggen als het is afgelopen.",
        "You can only give feedback once the chat has ended.",
    )
    await socket.send({"type": "end"})
    await socket.until("ended")
    answer = await socket.ask({"type": "feedback", "helped": "heel erg"}, "error")
    assert (answer["code"], answer["field"]) == ("invalid", "helped")
    assert await socket.ask(
        {"type": "feedback", "helped": "a_bit", "comment": "fijn"}, "feedback_saved"
    ) == {"type": "feedback_saved"}
    answer = await socket.ask({"type": "feedback", "helped": "yes"}, "error")
    assert answer["message"]["en"] == "You already gave feedback on this chat. Thank you!"
    found = await sync_to_async(lambda: list(Feedback.objects.values_list("helped", flat=True)))()
    assert found == ["a_bit"]
    await socket.disconnect()


async def test_quick_exit_ends_the_chat_forgets_the_token_and_closes(h: Helpline) -> None:
    socket, started = await started_young(h)
    chat_id, token = started["chat_id"], started["token"]
    desk = await accepted(h, socket, chat_id)
    await socket.send({"type": "quick_exit"})
    assert await socket.closed_with() == 4000
    assert await desk.until("ended") == {"type": "ended", "chat_id": chat_id, "by": "young"}
    row = await chat_row(chat_id)
    assert (row.status, row.ended_by) == (ChatStatus.ENDED, "young")
    again = await young(h)
    frame = {"type": "resume", "chat_id": chat_id, "token": token, "after_seq": 0}
    refused(await again.ask(frame, "error"), "forbidden", "resume", *NOT_YOUR_CHAT)
    # the chat stays for the counsellor's registration
    assert [c["chat_id"] for c in (await desk.until("chats"))["to_register"]] == [chat_id]
    await again.disconnect()
    await desk.disconnect()


async def test_quick_exits_beacon_ends_the_chat_when_the_socket_is_already_down(
    h: Helpline,
) -> None:
    # the tab lost its connection (or the young person is on another page of the site):
    # app.js's beacon with the kept chat id and token ends the chat all the same
    from django.test import Client

    socket, started = await started_young(h)
    chat_id, token = started["chat_id"], started["token"]
    desk = await accepted(h, socket, chat_id)
    await desk.drain()  # the pushes after accepting
    await socket.disconnect()
    data = {"chat_id": chat_id, "token": token}
    response = await sync_to_async(Client().post)(f"/hulpchat/{h.home.pk}/exit/", data)
    assert response.status_code == 204
    ended = await desk.until("message")
    assert (ended["sender"], ended["code"]) == ("system", "ended_by_young")
    assert await desk.until("ended") == {"type": "ended", "chat_id": chat_id, "by": "young"}
    assert [c["chat_id"] for c in (await desk.until("chats"))["to_register"]] == [chat_id]
    again = await young(h)
    frame = {"type": "resume", "chat_id": chat_id, "token": token, "after_seq": 0}
    refused(await again.ask(frame, "error"), "forbidden", "resume", *NOT_YOUR_CHAT)
    await again.disconnect()
    await desk.disconnect()


def record_broadcasts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Frame]]:
    """What is told through the channel layer from now on: (group, event), in order."""
    told: list[tuple[str, Frame]] = []
    channel_layer = get_channel_layer()
    real = channel_layer.group_send

    async def recording(group: str, message: Frame) -> None:
        told.append((group, message))
        await real(group, message)

    monkeypatch.setattr(channel_layer, "group_send", recording)
    return told


def told_of_exit(told: list[tuple[str, Frame]], chat_id: str) -> list[tuple[str, Frame]]:
    """The broadcasts of a quick exit, with the chat's id and the moment put as ``ID`` and
    ``AT`` so that two chats' exits compare."""
    found = json.loads(json.dumps(told).replace(chat_id, "ID"))
    for _, event in found:
        if "frame" in event:
            event["frame"]["sent_at"] = "AT"
    return [(group, event) for group, event in found]


async def test_quick_exit_tells_the_same_by_the_socket_as_by_its_beacon(
    h: Helpline, monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.test import Client

    told = record_broadcasts(monkeypatch)
    socket, by_socket = await started_young(h)
    told.clear()
    await socket.send({"type": "quick_exit"})
    assert await socket.closed_with() == 4000
    on_socket = told_of_exit(told, by_socket["chat_id"])

    socket, by_beacon = await started_young(h)
    await socket.disconnect()
    told.clear()
    data = {"chat_id": by_beacon["chat_id"], "token": by_beacon["token"]}
    response = await sync_to_async(Client().post)(f"/hulpchat/{h.home.pk}/exit/", data)
    assert response.status_code == 204
    by_page = told_of_exit(told, by_beacon["chat_id"])

    ended = {
        "type": "message",
        "chat_id": "ID",
        "seq": 1,
        "sender": "system",
        "text": None,
        "code": "ended_by_young",
        "sent_at": "AT",
        "client_message_id": None,
    }
    assert (
        on_socket
        == by_page
        == [
            ("helpline.chat.ID", {"type": "helpline.message", "frame": ended}),
            ("helpline.chat.ID", {"type": "helpline.ended", "chat_id": "ID", "by": "young"}),
            (f"helpline.queue.{h.home.pk}", {"type": "helpline.queue_changed"}),
            (f"helpline.waiting.{h.home.pk}", {"type": "helpline.queue_changed"}),
        ]
    )


async def test_quick_exit_right_after_start_ends_the_chat_being_started(h: Helpline) -> None:
    # the young person leaves before 'started' arrived: the frames are handled in order
    socket = await young(h)
    start = {"type": "start", "age_band": "12_15", "nickname": "", "chat_code": None, "lang": "nl"}
    await socket.send(start)
    await socket.send({"type": "quick_exit"})
    started = await socket.until("started")
    assert await socket.closed_with() == 4000
    row = await chat_row(started["chat_id"])
    assert (row.status, row.ended_by) == (ChatStatus.ENDED, "young")


async def test_quick_exit_without_a_chat_still_closes(h: Helpline) -> None:
    socket = await young(h)
    await socket.send({"type": "quick_exit"})
    assert await socket.closed_with() == 4000


@pytest.mark.parametrize(
    ("frame", "code_nl"),
    [
        ("{niet json", NOT_AN_OBJECT[0]),
        ("[1, 2]", NOT_AN_OBJECT[0]),
        ('"start"', NOT_AN_OBJECT[0]),
        (
            '{"type": "message", "text": "' + "a" * 17000 + '"}',
            "Dit bericht is te groot (meer dan 16 KiB).",
        ),
    ],
    ids=["not-json", "array", "string", "over-16-kib"],
)
async def test_a_frame_that_cannot_be_read_is_an_invalid_error_and_the_socket_stays_open(
    h: Helpline, frame: str, code_nl: str
) -> None:
    socket = await young(h)
    await socket.send_text(frame)
    answer = await socket.next()
    assert (answer["type"], answer["code"], answer["for"]) == ("error", "invalid", None)
    assert answer["message"]["nl"] == code_nl
    started = await socket.ask({"type": "start", "age_band": "12_15"}, "started")
    assert started["chat_id"]
    await socket.disconnect()


async def test_a_binary_frame_is_an_invalid_error(h: Helpline) -> None:
    socket = await young(h)
    await socket.send_bytes(b"\x00\x01")
    answer = await socket.next()
    refused(answer, "invalid", None, *NOT_AN_OBJECT)
    await socket.disconnect()


@pytest.mark.parametrize("kind", ["accept", "signals", "note", "transfer", "availability", "", 7])
async def test_an_unknown_or_counsellor_only_type_is_refused(h: Helpline, kind: object) -> None:
    socket, started = await started_young(h)
    answer = await socket.ask({"type": kind, "chat_id": started["chat_id"]}, "error")
    refused(
        answer,
        "invalid",
        None,
        "Onbekend soort bericht (het veld 'type').",
        "Unknown kind of frame (the field 'type').",
    )
    assert answer["field"] == "type"
    await socket.disconnect()


@pytest.mark.parametrize(
    ("frame", "missing", "kind_en"),
    [
        ({"type": "start"}, "age_band", "text"),
        ({"type": "start", "age_band": "12_15", "nickname": 5}, "nickname", "text"),
        ({"type": "resume", "chat_id": "x", "token": "y"}, "after_seq", "a whole number"),
        (
            {"type": "resume", "chat_id": "x", "token": "y", "after_seq": True},
            "after_seq",
            "a whole number",
        ),
        ({"type": "message", "client_message_id": "m"}, "text", "text"),
        ({"type": "message", "text": "hoi"}, "client_message_id", "text"),
        ({"type": "typing", "on": "ja"}, "on", "true or false"),
        ({"type": "feedback"}, "helped", "text"),
    ],
    ids=[
        "start-age",
        "start-nickname",
        "resume-seq",
        "resume-seq-bool",
        "message-text",
        "message-id",
        "typing-on",
        "feedback-helped",
    ],
)
async def test_a_missing_or_mistyped_field_is_named(
    h: Helpline, frame: Frame, missing: str, kind_en: str
) -> None:
    socket = await young(h) if frame["type"] == "start" else (await started_young(h))[0]
    answer = await socket.ask(frame, "error")
    assert (answer["code"], answer["for"], answer["field"]) == ("invalid", frame["type"], missing)
    assert answer["message"]["en"] == f"The field '{missing}' is missing or not {kind_en}."
    assert answer["message"]["nl"].startswith(f"Het veld '{missing}' ontbreekt of is geen ")
    await socket.disconnect()


async def test_an_empty_or_too_long_message_is_refused_and_not_stored(h: Helpline) -> None:
    socket, started = await started_young(h)
    answer = await socket.ask({"type": "message", "client_message_id": "m", "text": "  "}, "error")
    refused(answer, "invalid", "message", "Het bericht is leeg.", "The message is empty.")
    answer = await socket.ask(
        {"type": "message", "client_message_id": "m", "text": "a" * 4001}, "error"
    )
    assert answer["field"] == "text"
    answer = await socket.ask(
        {"type": "message", "client_message_id": "m m", "text": "hoi"}, "error"
    )
    assert answer["field"] == "client_message_id"
    assert await stored(started["chat_id"]) == []
    await socket.disconnect()


async def test_a_second_start_in_the_same_tab_is_refused_while_the_chat_goes_on(
    h: Helpline,
) -> None:
    socket, _started = await started_young(h)
    answer = await socket.ask({"type": "start", "age_band": "12_15"}, "error")
    refused(
        answer,
        "invalid",
        "start",
        "Je hebt in dit tabblad al een gesprek. Beëindig het eerst.",
        "This tab already has a chat. End it first.",
    )
    assert await sync_to_async(Chat.objects.count)() == 1
    await socket.disconnect()


async def test_open_socket_needs_no_cookie(h: Helpline) -> None:
    socket = await open_socket(f"/ws/hulpchat/{h.home.pk}/")
    assert await socket.quiet()
    await socket.disconnect()
