"""The counsellor's websocket (/ws/console/): what it pushes on connect, availability,
accepting, catching up, messages, typing, notes, transfer, ending and the signals panel.
Against the real ASGI application and database; the session is a logged-in one."""

from __future__ import annotations

import pytest
from asgiref.sync import sync_to_async

from signaal.web.helpline import services
from signaal.web.helpline.models import Chat, ChatStatus, InternalNote
from tests.web.helpline_setup import Helpline, make_helpline
from tests.web.helpline_ws import (
    Frame,
    Socket,
    console,
    layer,  # noqa: F401 - the autouse fixture, used by name
    ready_console,
    refused,
)
from tests.web.helpline_ws import started_young as start_young

pytestmark = [pytest.mark.asyncio, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def h(transactional_db: None) -> Helpline:
    return make_helpline()


async def accept(desk: Socket, chat_id: str) -> Frame:
    await desk.send({"type": "accept", "chat_id": chat_id})
    return await desk.until("chats")


async def test_on_connect_the_console_gets_the_queue_its_chats_and_colleagues(h: Helpline) -> None:
    young, started = await start_young(h, nickname="Sam", age_band="16_17")
    desk = await console(h.counsellor)
    queue = await desk.next()
    assert queue["type"] == "queue"
    [entry] = queue["entries"]
    assert entry == {
        "chat_id": started["chat_id"],
        "position": 1,
        "age_band": "16_17",
        "nickname": "Sam",
        "waiting_minutes": 0,
    }
    assert await desk.next() == {"type": "chats", "active": [], "to_register": []}
    colleagues = await desk.next()
    assert colleagues == {
        "type": "colleagues",
        "available": [{"id": h.colleague.pk, "name": h.colleague.email}],
    }
    await young.disconnect()
    await desk.disconnect()


async def test_a_new_chat_in_the_queue_reaches_every_counsellor_of_the_organisation(
    h: Helpline,
) -> None:
    desk = await ready_console(h.counsellor)
    other = await ready_console(h.colleague)
    outsider = await ready_console(h.outsider)
    young, started = await start_young(h)
    for socket in (desk, other):
        queue = await socket.until("queue")
        assert [e["chat_id"] for e in queue["entries"]] == [started["chat_id"]]
    assert await outsider.quiet()
    for socket in (young, desk, other, outsider):
        await socket.disconnect()


async def test_availability_is_answered_and_changes_what_colleagues_see(h: Helpline) -> None:
    desk = await ready_console(h.counsellor)
    other = await ready_console(h.colleague)
    await desk.send({"type": "availability", "available": False, "max_chats": 2})
    assert await desk.until("availability") == {
        "type": "availability",
        "available": False,
        "max_chats": 2,
    }
    assert (await other.until("colleagues"))["available"] == []
    assert await sync_to_async(services.chat_limit)(h.counsellor) == 2
    answer = await desk.ask({"type": "availability", "available": True, "max_chats": 9}, "error")
    assert (answer["code"], answer["for"], answer["field"]) == (
        "invalid",
        "availability",
        "max_chats",
    )
    assert answer["message"]["en"] == "The number of chats at once must be 1 to 3."
    for socket in (desk, other):
        await socket.disconnect()


async def test_accepting_a_chat_tells_the_young_person_and_the_organisations_queue(
    h: Helpline,
) -> None:
    young, started = await start_young(h)
    chat_id = started["chat_id"]
    desk = await ready_console(h.counsellor)
    other = await ready_console(h.colleague)
    chats = await accept(desk, chat_id)
    [active] = chats["active"]
    assert (active["chat_id"], active["last_seq"], chats["to_register"]) == (chat_id, 1, [])
    note = await young.until("message")
    assert (note["seq"], note["sender"], note["code"]) == (1, "system", "accepted")
    assert (await other.until("queue"))["entries"] == []
    answer = await other.ask({"type": "accept", "chat_id": chat_id}, "error")
    refused(
        answer,
        "invalid",
        "accept",
        "Dit gesprek wacht niet meer: een collega heeft het al, of het is afgelopen.",
        "This chat is no longer waiting: a colleague has it, or it has ended.",
    )
    for socket in (young, desk, other):
        await socket.disconnect()


async def test_a_counsellor_cannot_accept_more_than_their_limit(h: Helpline) -> None:
    await sync_to_async(services.set_availability)(h.counsellor, available=True, max_chats=1)
    first, one = await start_young(h)
    second, two = await start_young(h)
    desk = await ready_console(h.counsellor)
    await accept(desk, one["chat_id"])
    answer = await desk.ask({"type": "accept", "chat_id": two["chat_id"]}, "error")
    refused(
        answer,
        "invalid",
        "accept",
        "Je hebt al 1 gesprekken tegelijk; dat is je maximum.",
        "You already have 1 chats at once; that is your maximum.",
    )
    for socket in (first, second, desk):
        await socket.disconnect()


async def test_resume_gives_what_was_said_and_the_notes(h: Helpline) -> None:
    young, started = await start_young(h)
    chat_id = started["chat_id"]
    await young.send({"type": "message", "client_message_id": "w-1", "text": "ben er"})
    await young.until("ack")
    desk = await ready_console(h.counsellor)
    await accept(desk, chat_id)
    note = await desk.ask({"type": "note", "chat_id": chat_id, "text": "eerste contact"}, "note")
    assert (note["chat_id"], note["text"]) == (chat_id, "eerste contact")
    state = await desk.ask({"type": "resume", "chat_id": chat_id, "after_seq": 0}, "state")
    assert (state["chat_id"], state["status"]) == (chat_id, "active")
    assert [(m["seq"], m["sender"], m["text"], m["code"]) for m in state["messages"]] == [
        (1, "young", "ben er", None),
        (2, "system", None, "accepted"),
    ]
    assert [(n["id"], n["text"]) for n in state["notes"]] == [(note["id"], "eerste contact")]
    later = await desk.ask({"type": "resume", "chat_id": chat_id, "after_seq": 2}, "state")
    assert later["messages"] == []
    await young.disconnect()
    await desk.disconnect()


async def test_the_consoles_ack_names_its_chat(h: Helpline) -> None:
    # a console has several chats: console.js finds the chat of an ack by its chat_id
    young, started = await start_young(h)
    chat_id = started["chat_id"]
    desk = await ready_console(h.counsellor)
    await accept(desk, chat_id)
    frame = {"type": "message", "chat_id": chat_id, "client_message_id": "c-1", "text": "hoi"}
    ack = await desk.ask(frame, "ack")
    assert ack == {
        "type": "ack",
        "chat_id": chat_id,
        "client_message_id": "c-1",
        "seq": 2,
        "duplicate": False,
    }
    assert (await desk.ask(frame, "ack"))["chat_id"] == chat_id  # a resend too
    await young.disconnect()
    await desk.disconnect()


async def test_a_note_stays_with_the_counsellor_and_never_reaches_the_young_person(
    h: Helpline,
) -> None:
    young, started = await start_young(h)
    chat_id = started["chat_id"]
    desk = await ready_console(h.counsellor)
    second_tab = await ready_console(h.counsellor)
    await accept(desk, chat_id)
    await young.until("message")
    note = await desk.ask({"type": "note", "chat_id": chat_id, "text": "let op"}, "note")
    assert await second_tab.until("note") == note
    assert await young.quiet()
    texts = await sync_to_async(lambda: [n.text for n in InternalNote.objects.all()])()
    assert texts == ["let op"]
    for socket in (young, desk, second_tab):
        await socket.disconnect()


async def test_a_transferred_chat_goes_on_with_the_colleague(h: Helpline) -> None:
    young, started = await start_young(h)
    chat_id = started["chat_id"]
    desk = await ready_console(h.counsellor)
    other = await ready_console(h.colleague)
    await accept(desk, chat_id)
    await young.until("message")
    await desk.send({"type": "transfer", "chat_id": chat_id, "to_counsellor": h.colleague.pk})
    assert (await desk.until("chats"))["active"] == []
    assert [c["chat_id"] for c in (await other.until("chats"))["active"]] == [chat_id]
    moved = await young.until("message")
    assert (moved["sender"], moved["code"]) == ("system", "transferred")
    await young.send({"type": "message", "client_message_id": "m-1", "text": "hallo?"})
    seen = await other.until("message")
    while seen["sender"] != "young":
        seen = await other.until("message")
    assert seen["text"] == "hallo?"
    # the first counsellor no longer gets the chat
    assert [f for f in await desk.drain() if f["type"] in ("message", "typing")] == []
    answer = await desk.ask(
        {"type": "message", "chat_id": chat_id, "client_message_id": "c-1", "text": "x"}, "error"
    )
    refused(
        answer,
        "forbidden",
        "message",
        "Dit gesprek is niet aan jou toegewezen.",
        "This chat is not assigned to you.",
    )
    # the error names the chat and the message it is about, so the console shows it there
    assert (answer["chat_id"], answer["client_message_id"]) == (chat_id, "c-1")
    for socket in (young, desk, other):
        await socket.disconnect()


async def test_a_transfer_to_someone_who_is_no_colleague_is_refused(h: Helpline) -> None:
    young, started = await start_young(h)
    chat_id = started["chat_id"]
    desk = await ready_console(h.counsellor)
    await accept(desk, chat_id)
    nobody = max(h.outside_coordinator.pk, h.outsider.pk) + 100
    for target in (h.outsider.pk, h.coordinator.pk, h.counsellor.pk, nobody):
        answer = await desk.ask(
            {"type": "transfer", "chat_id": chat_id, "to_counsellor": target}, "error"
        )
        refused(
            answer,
            "invalid",
            "transfer",
            "Je kunt alleen overdragen aan een andere hulpverlener van je organisatie.",
            "You can only transfer to another counsellor of your organisation.",
        )
        assert answer["field"] == "to_counsellor"
    row = await sync_to_async(Chat.objects.get)(public_id=chat_id)
    assert row.counsellor_id == h.counsellor.pk
    await young.disconnect()
    await desk.disconnect()


async def test_the_counsellor_ends_the_chat_and_it_waits_for_registration(h: Helpline) -> None:
    young, started = await start_young(h)
    chat_id = started["chat_id"]
    desk = await ready_console(h.counsellor)
    await accept(desk, chat_id)
    await desk.send({"type": "end", "chat_id": chat_id})
    ended = {"type": "ended", "chat_id": chat_id, "by": "counsellor"}
    assert await desk.until("ended") == ended
    assert await young.until("ended") == ended
    chats = await desk.until("chats")
    assert chats["active"] == []
    assert [c["chat_id"] for c in chats["to_register"]] == [chat_id]
    state = await desk.ask({"type": "resume", "chat_id": chat_id, "after_seq": 0}, "state")
    assert (state["status"], state["messages"], state["notes"]) == ("ended", [], [])
    # ending again is harmless and changes nothing
    assert await desk.ask({"type": "end", "chat_id": chat_id}, "ended") == ended
    row = await sync_to_async(Chat.objects.get)(public_id=chat_id)
    assert (row.status, row.ended_by) == (ChatStatus.ENDED, "counsellor")
    await young.disconnect()
    await desk.disconnect()


async def test_the_signals_panel_answers_the_counsellor_of_the_chat(h: Helpline) -> None:
    young, started = await start_young(h)
    chat_id = started["chat_id"]
    desk = await ready_console(h.counsellor)
    await accept(desk, chat_id)
    for n, text in enumerate(
        ["hoi", "stuur je foto's, zei hij", "hij zei dat ik het aan niemand mocht vertellen"]
    ):
        await young.send({"type": "message", "client_message_id": f"m-{n}", "text": text})
        await young.until("ack")
    await young.drain()  # the young person's own messages, pushed back to their tab
    signals = await desk.ask({"type": "signals", "chat_id": chat_id}, "signals")
    assert signals["chat_id"] == chat_id
    assert set(signals) == {
        "type",
        "chat_id",
        "score",
        "alert",
        "phase",
        "phase_label",
        "behaviours",
    }
    ids = {behaviour["id"] for behaviour in signals["behaviours"]}
    assert {"image_request", "disclosure"} <= ids
    for behaviour in signals["behaviours"]:
        assert set(behaviour["label"]) == {"nl", "en"}
    # never sent to the young person
    assert [f["type"] for f in await young.drain()] == []
    await young.disconnect()
    await desk.disconnect()


@pytest.mark.parametrize(
    ("frame", "missing", "kind_en"),
    [
        ({"type": "availability"}, "available", "true or false"),
        (
            {"type": "availability", "available": True, "max_chats": "2"},
            "max_chats",
            "a whole number",
        ),
        ({"type": "accept"}, "chat_id", "text"),
        ({"type": "resume", "chat_id": "x"}, "after_seq", "a whole number"),
        ({"type": "message", "chat_id": "x", "text": "hoi"}, "client_message_id", "text"),
        ({"type": "typing", "chat_id": "x"}, "on", "true or false"),
        ({"type": "note", "chat_id": "x"}, "text", "text"),
        (
            {"type": "transfer", "chat_id": "x", "to_counsellor": "2"},
            "to_counsellor",
            "a whole number",
        ),
        ({"type": "end"}, "chat_id", "text"),
        ({"type": "signals", "chat_id": 5}, "chat_id", "text"),
    ],
    ids=[
        "availability",
        "max-chats",
        "accept",
        "resume",
        "message",
        "typing",
        "note",
        "transfer",
        "end",
        "signals",
    ],
)
async def test_a_missing_or_mistyped_console_field_is_named(
    h: Helpline, frame: Frame, missing: str, kind_en: str
) -> None:
    desk = await ready_console(h.counsellor)
    answer = await desk.ask(frame, "error")
    assert (answer["code"], answer["for"], answer["field"]) == ("invalid", frame["type"], missing)
    assert answer["message"]["en"] == f"The field '{missing}' is missing or not {kind_en}."
    await desk.disconnect()


@pytest.mark.parametrize("kind", ["start", "quick_exit", "feedback", "ping"])
async def test_young_only_and_unknown_types_are_refused_on_the_console(
    h: Helpline, kind: str
) -> None:
    desk = await ready_console(h.counsellor)
    answer = await desk.ask({"type": kind}, "error")
    assert (answer["code"], answer["for"], answer["field"]) == ("invalid", None, "type")
    await desk.send_text("{kapot")
    assert (await desk.until("error"))["message"]["en"] == (
        "This is not a valid frame: one JSON object is expected."
    )
    assert (await desk.ask({"type": "availability", "available": True}, "availability"))[
        "available"
    ]
    await desk.disconnect()


async def test_an_error_repeats_only_short_text_ids_of_the_event(h: Helpline) -> None:
    desk = await ready_console(h.counsellor)
    long_id = "x" * 101
    answer = await desk.ask(
        {"type": "message", "chat_id": long_id, "client_message_id": 7, "text": "x"}, "error"
    )
    assert answer["for"] == "message"
    assert "chat_id" not in answer
    assert "client_message_id" not in answer
    await desk.disconnect()
