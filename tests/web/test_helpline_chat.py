"""The young person's side of the help chat, through the services: starting a chat, the
queue, messages that are stored before they are acknowledged and never doubled, resuming
after a reconnect, ending the chat and the feedback question."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from signaal.core.i18n import Lang
from signaal.web.accounts.models import Role
from signaal.web.helpline import services
from signaal.web.helpline.access import Actor, Visitor, token_hash
from signaal.web.helpline.errors import (
    HelplineClosed,
    HelplineError,
    HelplinePermissionDenied,
    fail,
)
from signaal.web.helpline.models import Chat, ChatMessage, ChatStatus, Feedback, Sender
from tests.web.helpline_setup import EVENINGS, NOW, Helpline, active, make_helpline, start
from tests.web.personas import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def h() -> Helpline:
    return make_helpline()


# --- starting a chat -----------------------------------------------------------------------


def test_it_starts_a_queued_chat_with_nickname_and_age_band(h: Helpline) -> None:
    started = start(h, nickname="  Sterre  ", age_band="16_17")
    chat = Chat.objects.get()
    assert chat == started.chat
    assert (chat.organisation, chat.status, chat.nickname, chat.age_band) == (
        h.home,
        ChatStatus.QUEUED,
        "Sterre",
        "16_17",
    )
    assert chat.counsellor is None
    assert chat.created_at == NOW
    assert chat.last_seq == 0
    assert started.visitor.chat_id == chat.public_id


def test_it_keeps_only_a_hash_of_the_resume_token(h: Helpline) -> None:
    started = start(h)
    chat = Chat.objects.get()
    assert len(started.visitor.token) >= 40
    assert chat.resume_token_hash == token_hash(started.visitor.token)
    assert started.visitor.token not in chat.resume_token_hash
    assert started.visitor.token not in repr(started.visitor)


def test_it_gives_every_chat_its_own_token_and_visitor_key_without_a_code(h: Helpline) -> None:
    first, second = start(h), start(h)
    assert first.visitor.token != second.visitor.token
    assert first.chat.visitor_key != second.chat.visitor_key


def test_it_recognises_a_returning_visitor_by_the_code_they_kept(h: Helpline) -> None:
    first = start(h, chat_code="appel-tijger-vos-42")
    later = start(h, chat_code="Appel Tijger Vos 42", at=NOW + timedelta(days=30))
    other = start(h, chat_code="appel-tijger-vos-43")
    assert first.chat.visitor_key == later.chat.visitor_key
    assert other.chat.visitor_key != first.chat.visitor_key


def test_it_counts_the_same_code_as_another_visitor_in_another_year(h: Helpline) -> None:
    december = start(h, chat_code="appel-tijger-vos-42", at=NOW.replace(month=12, day=31))
    january = start(h, chat_code="appel-tijger-vos-42", at=NOW.replace(year=2027, month=1, day=1))
    assert december.chat.visitor_key != january.chat.visitor_key


def test_it_treats_an_empty_code_as_no_code(h: Helpline) -> None:
    assert start(h, chat_code="  ").chat.visitor_key != start(h, chat_code="").chat.visitor_key


def test_it_refuses_a_wrong_chat_code_and_an_unknown_age_band_at_once__error(h: Helpline) -> None:
    with pytest.raises(HelplineError) as caught:
        start(h, chat_code="mijn-code", age_band="14")
    assert caught.value.fields == ("age_band", "chat_code")
    assert caught.value.render(Lang.EN) == (
        "age_band: Choose an age from: under_12, 12_15, 16_17, 18_plus, not_said.\n"
        "chat_code: this chat code is not right. A chat code is three words and a number, "
        "such as 'appel-tijger-vos-42'."
    )
    assert Chat.objects.count() == 0


def test_it_refuses_a_long_nickname__error(h: Helpline) -> None:
    with pytest.raises(HelplineError) as caught:
        start(h, nickname="x" * 31)
    assert str(caught.value) == "nickname: A nickname is at most 30 characters."
    assert caught.value.render(Lang.NL) == "nickname: Een bijnaam is hoogstens 30 tekens."


def test_it_refuses_invisible_characters_in_a_nickname__error(h: Helpline) -> None:
    with pytest.raises(HelplineError) as caught:
        start(h, nickname="Sam\u202eevil")
    assert str(caught.value) == "nickname: A nickname cannot contain invisible characters."


def test_it_refuses_a_chat_outside_opening_hours_and_says_when_it_opens__error(
    h: Helpline,
) -> None:
    services.configure_helpline(h.home, opening_hours=EVENINGS)
    with pytest.raises(HelplineClosed) as caught:
        start(h, at=NOW.replace(hour=15))
    assert caught.value.reason == "closed"
    assert caught.value.next_opening == NOW.replace(hour=19)
    assert str(caught.value) == "chat: The chat is closed now."
    assert caught.value.render(Lang.NL) == "chat: De chat is nu gesloten."
    assert Chat.objects.count() == 0


def test_it_refuses_a_chat_when_no_counsellor_is_available__error(h: Helpline) -> None:
    for person in (h.counsellor, h.colleague):
        services.set_availability(person, available=False, now=NOW)
    with pytest.raises(HelplineClosed) as caught:
        start(h)
    assert caught.value.reason == "no_counsellor"
    assert caught.value.next_opening is None
    assert str(caught.value) == "chat: No counsellor is available now."
    # the other organisation's available counsellor does not count
    assert services.helpline_status(h.home, now=NOW).counsellors_available == 0


def test_it_says_whether_the_help_line_is_open_and_how_busy_it_is(h: Helpline) -> None:
    start(h)
    start(h)
    start(h, organisation=h.other)
    status = services.helpline_status(h.home, now=NOW)
    assert status == services.HelplineStatus(
        open=True, next_opening=NOW, counsellors_available=2, queue_length=2
    )
    services.configure_helpline(h.home, opening_hours=EVENINGS)
    closed = services.helpline_status(h.home, now=NOW.replace(hour=23, minute=30))
    assert (closed.open, closed.next_opening) == (False, NOW.replace(day=24, hour=19, minute=0))


# --- the queue ----------------------------------------------------------------------------


def test_it_gives_queue_positions_in_order_of_arrival(h: Helpline) -> None:
    chats = [start(h, at=NOW + timedelta(seconds=i)) for i in range(3)]
    positions = [
        services.queue_position(c.visitor, chat_id=c.chat.public_id).position for c in chats
    ]
    assert positions == [1, 2, 3]


def test_it_orders_chats_that_arrive_at_the_same_moment_by_arrival(h: Helpline) -> None:
    first, second = start(h), start(h)
    assert services.queue_position(first.visitor, chat_id=first.chat.public_id).position == 1
    assert services.queue_position(second.visitor, chat_id=second.chat.public_id).position == 2


def test_it_expects_no_wait_while_counsellors_have_free_places(h: Helpline) -> None:
    # two counsellors with three places each: six free places
    chats = [start(h, at=NOW + timedelta(seconds=i)) for i in range(6)]
    last = chats[-1]
    info = services.queue_position(last.visitor, chat_id=last.chat.public_id)
    assert info == services.QueueInfo(ChatStatus.QUEUED, 6, timedelta(0))


def test_it_expects_one_typical_chat_of_wait_per_round_of_places(h: Helpline) -> None:
    # the last three chats took 10, 20 and 40 minutes: the median is 20
    for minutes in (10, 20, 40):
        done = active(h, at=NOW - timedelta(hours=2))
        services.end_chat(
            h.counsellor,
            chat_id=done.chat.public_id,
            now=NOW - timedelta(hours=2) + timedelta(minutes=1 + minutes),
        )
    chats = [start(h, at=NOW + timedelta(seconds=i)) for i in range(8)]
    waits = [
        services.queue_position(c.visitor, chat_id=c.chat.public_id).expected_wait for c in chats
    ]
    # places: 3 + 3 = 6, all free; chats 7 and 8 wait one round
    assert waits == [timedelta(0)] * 6 + [timedelta(minutes=20)] * 2


def test_it_gives_no_expected_wait_when_nobody_is_available(h: Helpline) -> None:
    started = start(h)
    for person in (h.counsellor, h.colleague):
        services.set_availability(person, available=False, now=NOW)
    info = services.queue_position(started.visitor, chat_id=started.chat.public_id)
    assert (info.position, info.expected_wait) == (1, None)


def test_it_gives_no_position_once_the_chat_is_accepted(h: Helpline) -> None:
    started = active(h)
    info = services.queue_position(started.visitor, chat_id=started.chat.public_id)
    assert info == services.QueueInfo(ChatStatus.ACTIVE, None, None)


def test_it_moves_the_queue_up_when_a_chat_ahead_leaves(h: Helpline) -> None:
    first, second = start(h), start(h, at=NOW + timedelta(seconds=1))
    services.end_chat(first.visitor, chat_id=first.chat.public_id, now=NOW)
    assert services.queue_position(second.visitor, chat_id=second.chat.public_id).position == 1


def test_it_shows_a_counsellor_the_queue_of_their_own_organisation(h: Helpline) -> None:
    first = start(h, nickname="Noor")
    second = start(h, nickname="", age_band="not_said", at=NOW + timedelta(seconds=5))
    start(h, organisation=h.other, nickname="Elders")
    entries = services.queue(h.counsellor)
    assert entries == [
        services.QueueEntry(first.chat.public_id, 1, "Noor", "12_15", NOW),
        services.QueueEntry(second.chat.public_id, 2, "", "not_said", NOW + timedelta(seconds=5)),
    ]
    assert [e.nickname for e in services.queue(h.outsider)] == ["Elders"]


# --- messages -----------------------------------------------------------------------------


def test_it_stores_a_message_with_the_next_sequence_number_before_acknowledging(
    h: Helpline,
) -> None:
    started = start(h)
    ack = services.post_message(
        started.visitor,
        chat_id=started.chat.public_id,
        text="Hoi, ik wil iets vragen",
        client_message_id="m-1",
        now=NOW,
    )
    assert ack == services.MessageAck(started.chat.public_id, 1, "m-1", NOW, duplicate=False)
    stored = ChatMessage.objects.get()
    assert (stored.seq, stored.sender, stored.text, stored.author) == (
        1,
        Sender.YOUNG,
        "Hoi, ik wil iets vragen",
        None,
    )


def test_it_lets_the_young_person_write_while_waiting_in_the_queue(h: Helpline) -> None:
    started = start(h)
    services.post_message(
        started.visitor, chat_id=started.chat.public_id, text="Ben er nog", client_message_id="a"
    )
    assert Chat.objects.get().status == ChatStatus.QUEUED
    assert ChatMessage.objects.count() == 1


def test_it_stores_a_resent_message_once_and_repeats_the_first_ack(h: Helpline) -> None:
    started = start(h)
    first = services.post_message(
        started.visitor,
        chat_id=started.chat.public_id,
        text="Hallo",
        client_message_id="x7",
        now=NOW,
    )
    again = services.post_message(
        started.visitor,
        chat_id=started.chat.public_id,
        text="Hallo",
        client_message_id="x7",
        now=NOW + timedelta(seconds=5),
    )
    assert first.duplicate is False
    assert again == services.MessageAck(started.chat.public_id, 1, "x7", NOW, duplicate=True)
    assert ChatMessage.objects.count() == 1
    assert Chat.objects.get().last_seq == 1


def test_it_keeps_the_first_text_when_a_resend_differs(h: Helpline) -> None:
    started = start(h)
    for text in ("eerste", "tweede"):
        services.post_message(
            started.visitor, chat_id=started.chat.public_id, text=text, client_message_id="same"
        )
    assert list(ChatMessage.objects.values_list("seq", flat=True)) == [1]
    assert ChatMessage.objects.get().text == "eerste"


def test_it_lets_both_sides_use_the_same_client_message_id(h: Helpline) -> None:
    started = active(h)
    chat_id = started.chat.public_id
    a = services.post_message(started.visitor, chat_id=chat_id, text="hoi", client_message_id="1")
    b = services.post_message(h.counsellor, chat_id=chat_id, text="hallo", client_message_id="1")
    # seq 1 is the system message that the chat was accepted
    assert (a.seq, b.seq, a.duplicate, b.duplicate) == (2, 3, False, False)


def test_it_numbers_messages_per_chat(h: Helpline) -> None:
    one, two = start(h), start(h)
    for i in range(3):
        services.post_message(
            one.visitor, chat_id=one.chat.public_id, text=f"a{i}", client_message_id=f"a{i}"
        )
    ack = services.post_message(
        two.visitor, chat_id=two.chat.public_id, text="b", client_message_id="b"
    )
    assert ack.seq == 1
    assert list(one.chat.messages.values_list("seq", flat=True)) == [1, 2, 3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "text: The message is empty."),
        ("   \n ", "text: The message is empty."),
        ("x" * 4001, "text: The message is longer than 4000 characters."),
        ("a\x00b", "text: The message holds an invalid character."),
    ],
)
def test_it_refuses_an_empty_long_or_broken_message__error(
    h: Helpline, text: str, expected: str
) -> None:
    started = start(h)
    with pytest.raises(HelplineError) as caught:
        services.post_message(
            started.visitor, chat_id=started.chat.public_id, text=text, client_message_id="m"
        )
    assert str(caught.value) == expected
    assert ChatMessage.objects.count() == 0


def test_it_accepts_a_message_of_exactly_the_limit(h: Helpline) -> None:
    started = start(h)
    services.post_message(
        started.visitor, chat_id=started.chat.public_id, text="x" * 4000, client_message_id="m"
    )
    assert len(ChatMessage.objects.get().text) == 4000


@pytest.mark.parametrize("client_id", ["", "a b", "x" * 65, "ä"])
def test_it_refuses_a_bad_client_message_id__error(h: Helpline, client_id: str) -> None:
    started = start(h)
    with pytest.raises(HelplineError) as caught:
        services.post_message(
            started.visitor, chat_id=started.chat.public_id, text="hoi", client_message_id=client_id
        )
    assert str(caught.value) == (
        "client_message_id: The message id must be 1 to 64 letters, digits, '-' or '_'."
    )


def test_it_refuses_a_message_in_an_ended_chat__error(h: Helpline) -> None:
    started = start(h)
    services.end_chat(started.visitor, chat_id=started.chat.public_id, now=NOW)
    with pytest.raises(HelplineError) as caught:
        services.post_message(
            started.visitor, chat_id=started.chat.public_id, text="nog iets", client_message_id="z"
        )
    assert str(caught.value) == "chat: This chat has ended."
    assert caught.value.render(Lang.NL) == "chat: Dit gesprek is afgelopen."


def test_it_still_acknowledges_a_resend_after_the_chat_ended(h: Helpline) -> None:
    # the message was stored, then the connection dropped and the chat ended: the resend
    # must not look like a lost message
    started = start(h)
    chat_id = started.chat.public_id
    services.post_message(started.visitor, chat_id=chat_id, text="hoi", client_message_id="k")
    services.end_chat(started.visitor, chat_id=chat_id, now=NOW)
    again = services.post_message(
        started.visitor, chat_id=chat_id, text="hoi", client_message_id="k"
    )
    assert (again.seq, again.duplicate) == (1, True)


# --- resuming -----------------------------------------------------------------------------


def test_it_gives_a_reconnecting_tab_what_it_missed_in_order(h: Helpline) -> None:
    started = active(h)
    chat_id = started.chat.public_id
    turns: list[tuple[Actor, str]] = [
        (started.visitor, "hoi"),
        (h.counsellor, "Hoi, fijn dat je er bent"),
        (started.visitor, "ik durf het bijna niet te zeggen"),
    ]
    for i, (actor, text) in enumerate(turns):
        services.post_message(
            actor,
            chat_id=chat_id,
            text=text,
            client_message_id=f"c{i}",
            now=NOW + timedelta(minutes=2 + i),
        )
    missed = services.messages_since(started.visitor, chat_id=chat_id, after_seq=2)
    assert [(m.seq, m.sender, m.text) for m in missed] == [
        (3, Sender.COUNSELLOR, "Hoi, fijn dat je er bent"),
        (4, Sender.YOUNG, "ik durf het bijna niet te zeggen"),
    ]
    everything = services.messages_since(started.visitor, chat_id=chat_id)
    assert (everything[0].seq, everything[0].sender, everything[0].text) == (
        1,
        Sender.SYSTEM,
        "accepted",
    )
    assert [m.seq for m in everything] == [1, 2, 3, 4]
    assert services.messages_since(started.visitor, chat_id=chat_id, after_seq=4) == []


def test_it_resumes_after_a_reload_with_nothing_lost_or_doubled(h: Helpline) -> None:
    started = active(h)
    chat_id = started.chat.public_id
    services.post_message(started.visitor, chat_id=chat_id, text="een", client_message_id="u1")
    # the tab reloads: it has seen seq 2, resends its unacknowledged message and catches up
    same_tab = Visitor(started.visitor.chat_id, started.visitor.token)
    services.post_message(same_tab, chat_id=chat_id, text="een", client_message_id="u1")
    services.post_message(same_tab, chat_id=chat_id, text="twee", client_message_id="u2")
    assert [m.text for m in services.messages_since(same_tab, chat_id=chat_id)] == [
        "accepted",
        "een",
        "twee",
    ]


def test_it_lets_the_counsellor_catch_up_on_an_active_chat(h: Helpline) -> None:
    started = active(h)
    services.post_message(
        started.visitor, chat_id=started.chat.public_id, text="hoi", client_message_id="1"
    )
    missed = services.messages_since(h.counsellor, chat_id=started.chat.public_id, after_seq=1)
    assert [m.text for m in missed] == ["hoi"]


def test_it_sends_a_counsellor_to_the_logged_transcript_for_an_ended_chat__error(
    h: Helpline,
) -> None:
    started = active(h)
    services.end_chat(started.visitor, chat_id=started.chat.public_id, now=NOW)
    with pytest.raises(HelplineError) as caught:
        services.messages_since(h.counsellor, chat_id=started.chat.public_id)
    assert str(caught.value) == "chat: This chat has ended."


def test_it_refuses_a_negative_sequence_number__error(h: Helpline) -> None:
    started = start(h)
    with pytest.raises(HelplineError) as caught:
        services.messages_since(started.visitor, chat_id=started.chat.public_id, after_seq=-1)
    assert str(caught.value) == "after_seq: Give a sequence number of 0 or more."


# --- ending -------------------------------------------------------------------------------


def test_it_ends_a_chat_for_the_young_person_with_a_system_message(h: Helpline) -> None:
    started = active(h)
    chat = services.end_chat(
        started.visitor, chat_id=started.chat.public_id, now=NOW + timedelta(minutes=9)
    )
    assert (chat.status, chat.ended_at, chat.ended_by) == (
        ChatStatus.ENDED,
        NOW + timedelta(minutes=9),
        Sender.YOUNG,
    )
    last = ChatMessage.objects.order_by("-seq").first()
    assert last is not None
    assert (last.sender, last.text) == (Sender.SYSTEM, "ended_by_young")
    assert chat.closed_at is None  # no registration yet


def test_it_ends_a_chat_for_the_counsellor(h: Helpline) -> None:
    started = active(h)
    chat = services.end_chat(h.counsellor, chat_id=started.chat.public_id, now=NOW)
    assert (chat.status, chat.ended_by) == (ChatStatus.ENDED, Sender.COUNSELLOR)
    assert ChatMessage.objects.order_by("-seq")[0].text == "ended_by_counsellor"


def test_it_lets_a_young_person_leave_the_queue(h: Helpline) -> None:
    started = start(h)
    chat = services.end_chat(started.visitor, chat_id=started.chat.public_id, now=NOW)
    assert chat.status == ChatStatus.ENDED
    assert services.queue(h.counsellor) == []


def test_it_changes_nothing_when_a_quick_exit_ends_the_chat_twice(h: Helpline) -> None:
    started = active(h)
    chat_id = started.chat.public_id
    services.end_chat(started.visitor, chat_id=chat_id, now=NOW + timedelta(minutes=5))
    again = services.end_chat(started.visitor, chat_id=chat_id, now=NOW + timedelta(minutes=6))
    assert again.ended_at == NOW + timedelta(minutes=5)
    assert ChatMessage.objects.filter(sender=Sender.SYSTEM).count() == 2  # accepted, ended


# --- feedback -----------------------------------------------------------------------------


def test_it_records_the_feedback_after_the_chat(h: Helpline) -> None:
    started = active(h)
    services.end_chat(started.visitor, chat_id=started.chat.public_id, now=NOW)
    feedback = services.record_feedback(
        started.visitor,
        chat_id=started.chat.public_id,
        helped="a_bit",
        comment="  Fijn dat iemand luisterde ",
        now=NOW,
    )
    stored = Feedback.objects.get()
    assert stored == feedback
    assert (stored.helped, stored.comment, stored.created_at) == (
        "a_bit",
        "Fijn dat iemand luisterde",
        NOW,
    )


def test_it_refuses_feedback_before_the_chat_ended__error(h: Helpline) -> None:
    started = active(h)
    with pytest.raises(HelplineError) as caught:
        services.record_feedback(started.visitor, chat_id=started.chat.public_id, helped="yes")
    assert str(caught.value) == "chat: You can only give feedback once the chat has ended."


def test_it_takes_feedback_once__error(h: Helpline) -> None:
    started = start(h)
    services.end_chat(started.visitor, chat_id=started.chat.public_id, now=NOW)
    services.record_feedback(started.visitor, chat_id=started.chat.public_id, helped="no")
    with pytest.raises(HelplineError) as caught:
        services.record_feedback(started.visitor, chat_id=started.chat.public_id, helped="yes")
    assert caught.value.render(Lang.NL) == (
        "chat: Je hebt al gezegd wat je van dit gesprek vond. Dank je wel!"
    )
    assert Feedback.objects.get().helped == "no"


def test_it_refuses_an_unknown_answer_and_a_long_comment__error(h: Helpline) -> None:
    started = start(h)
    services.end_chat(started.visitor, chat_id=started.chat.public_id, now=NOW)
    with pytest.raises(HelplineError) as caught:
        services.record_feedback(
            started.visitor, chat_id=started.chat.public_id, helped="super", comment="x" * 501
        )
    assert caught.value.render(Lang.EN) == (
        "helped: Choose an answer from: yes, a_bit, no.\n"
        "comment: Your comment is longer than 500 characters."
    )


def test_it_takes_feedback_only_from_the_young_person__error(h: Helpline) -> None:
    started = active(h)
    services.end_chat(h.counsellor, chat_id=started.chat.public_id, now=NOW)
    with pytest.raises(HelplinePermissionDenied) as caught:
        services.record_feedback(h.counsellor, chat_id=started.chat.public_id, helped="yes")
    assert caught.value.render(Lang.EN) == "Only the young person of this chat can do this."


# --- the database sees no plain text -----------------------------------------------------


def raw(sql: str) -> list[tuple[object, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return list(cursor.fetchall())


def test_it_stores_message_text_encrypted(h: Helpline) -> None:
    started = start(h, nickname="Sterre")
    services.post_message(
        started.visitor,
        chat_id=started.chat.public_id,
        text="Hij dreigt mijn foto's te delen",
        client_message_id="s1",
    )
    [(stored,)] = raw("SELECT text FROM helpline_chatmessage")
    assert isinstance(stored, str)
    assert stored.startswith("fernet:")
    assert "foto" not in stored
    [(nickname,)] = raw("SELECT nickname FROM helpline_chat")
    assert isinstance(nickname, str)
    assert nickname.startswith("fernet:")
    assert "Sterre" not in nickname
    assert ChatMessage.objects.get().text == "Hij dreigt mijn foto's te delen"


def test_it_stores_the_feedback_comment_encrypted(h: Helpline) -> None:
    started = start(h)
    services.end_chat(started.visitor, chat_id=started.chat.public_id, now=NOW)
    services.record_feedback(
        started.visitor, chat_id=started.chat.public_id, helped="yes", comment="heel fijn"
    )
    [(stored,)] = raw("SELECT comment FROM helpline_feedback")
    assert isinstance(stored, str)
    assert stored.startswith("fernet:")
    assert "fijn" not in stored


def test_a_helpline_error_needs_a_problem_and_renders_each_in_both_languages() -> None:
    with pytest.raises(ValueError, match=r"^a HelplineError needs at least one problem$"):
        HelplineError([])
    error = fail("chat", "Dit gesprek is afgelopen.", "This chat has ended.")
    assert (error.fields, str(error)) == (("chat",), "chat: This chat has ended.")
    assert error.render(Lang.NL) == "chat: Dit gesprek is afgelopen."


def _queries(call: Callable[[], object]) -> int:
    with CaptureQueriesContext(connection) as captured:
        call()
    return len(captured.captured_queries)


def test_the_queue_and_the_transfer_list_cost_the_same_queries_for_any_number_of_counsellors(
    h: Helpline,
) -> None:
    # read for every waiting young person and every console on each change of the queue
    started = start(h)
    few = (
        _queries(lambda: services.queue_position(started.visitor, chat_id=started.chat.public_id)),
        _queries(lambda: services.colleagues(h.counsellor)),
    )
    for n in range(12):
        extra = make_user(f"extra{n}@example.test", h.home, Role.COUNSELLOR)
        services.set_availability(extra, available=True, now=NOW)
    many = (
        _queries(lambda: services.queue_position(started.visitor, chat_id=started.chat.public_id)),
        _queries(lambda: services.colleagues(h.counsellor)),
    )
    assert many == few
    assert len(services.colleagues(h.counsellor)) == 13
