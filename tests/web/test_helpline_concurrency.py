"""Races that happen in a real help chat, run with threads against the real database: the
same resend arriving twice at once, two counsellors taking the same chat, and one
counsellor taking more chats at once than allowed.

PostgreSQL only: these need row locks between connections (SQLite's in-memory test database
serialises everything, so the race cannot happen there).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import Any

import pytest
from django.db import connection

from signaal.web.helpline import services
from signaal.web.helpline.errors import HelplineError
from signaal.web.helpline.models import Chat, ChatMessage, ChatStatus
from tests.web.helpline_setup import NOW, Helpline, make_helpline, start

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs row locks between connections"
    ),
]


def at_once(calls: list[Callable[[], Any]]) -> list[Any]:
    """Run the calls in threads that start together; each result or exception, in order."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = calls[i]()
        except Exception as exc:  # the test inspects what each call raised
            results[i] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return results


@pytest.fixture
def h() -> Helpline:
    return make_helpline()


def test_it_stores_a_message_once_when_the_same_resend_arrives_eight_times_at_once(
    h: Helpline,
) -> None:
    started = start(h)

    def post() -> services.MessageAck:
        return services.post_message(
            started.visitor, chat_id=started.chat.public_id, text="hoi", client_message_id="r1"
        )

    acks = at_once([post] * 8)
    assert all(isinstance(a, services.MessageAck) for a in acks), acks
    assert {a.seq for a in acks} == {1}
    assert sorted(a.duplicate for a in acks) == [False] + [True] * 7
    assert ChatMessage.objects.count() == 1


def test_it_numbers_different_messages_sent_at_once_without_gaps(h: Helpline) -> None:
    started = start(h)

    def post(i: int) -> Callable[[], services.MessageAck]:
        return lambda: services.post_message(
            started.visitor, chat_id=started.chat.public_id, text=f"m{i}", client_message_id=f"m{i}"
        )

    acks = at_once([post(i) for i in range(8)])
    assert sorted(a.seq for a in acks) == list(range(1, 9))
    assert Chat.objects.get().last_seq == 8


def test_it_gives_a_chat_to_one_counsellor_when_two_accept_at_once(h: Helpline) -> None:
    started = start(h)
    results = at_once(
        [
            lambda: services.accept_chat(h.counsellor, chat_id=started.chat.public_id, now=NOW),
            lambda: services.accept_chat(h.colleague, chat_id=started.chat.public_id, now=NOW),
        ]
    )
    winners = [r for r in results if isinstance(r, Chat)]
    losers = [r for r in results if isinstance(r, HelplineError)]
    assert (len(winners), len(losers)) == (1, 1), results
    assert losers[0].fields == ("chat",)
    chat = Chat.objects.get()
    assert chat.status == ChatStatus.ACTIVE
    assert chat.counsellor_id == winners[0].counsellor_id
    assert chat.messages.count() == 1  # one "accepted" system message


def test_it_keeps_a_counsellor_to_their_limit_when_accepting_several_at_once(
    h: Helpline,
) -> None:
    services.set_availability(h.counsellor, available=True, max_chats=2, now=NOW)
    chats = [start(h) for _ in range(5)]
    results = at_once(
        [
            partial(services.accept_chat, h.counsellor, chat_id=c.chat.public_id, now=NOW)
            for c in chats
        ]
    )
    assert sum(isinstance(r, Chat) for r in results) == 2, results
    assert Chat.objects.filter(counsellor=h.counsellor, status=ChatStatus.ACTIVE).count() == 2
