"""Who may call which help chat service, person by person, with the exact refusal.

The rules: the young person acts only on their own chat (by the token in their tab); a
counsellor sees the queue of their own organisation and acts on the chats assigned to them;
a coordinator sees registrations only; nobody sees another organisation's chats, and such a
chat is refused exactly like one that does not exist. A refused call changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser

from signaal.core.i18n import Lang
from signaal.web.accounts.models import User
from signaal.web.helpline import services
from signaal.web.helpline.access import Visitor
from signaal.web.helpline.errors import HelplinePermissionDenied
from signaal.web.helpline.models import (
    Chat,
    ChatMessage,
    Feedback,
    InternalNote,
    Registration,
    TranscriptAccess,
    Transfer,
)
from tests.web.helpline_setup import COMPLETE, NOW, Helpline, active, make_helpline, start

pytestmark = pytest.mark.django_db

NOT_LOGGED_IN = "Log in as a counsellor first."
NOT_COUNSELLOR = "Only counsellors (role counsellor) can do this."
NO_SUCH_CHAT = "This chat does not exist or you may not see it."
NOT_ASSIGNED = "This chat is not assigned to you."
NOT_YOUR_CHAT = "This chat does not belong to this tab. Start a new chat."
ONLY_YOUNG = "Only the young person of this chat can do this."

Call = Callable[[Any, Any, Helpline], object]

# each service that acts on one chat, called with (actor, chat id, helpline)
CHAT_CALLS: dict[str, Call] = {
    "post_message": lambda a, c, h: services.post_message(
        a, chat_id=c, text="hallo", client_message_id="probe"
    ),
    "messages_since": lambda a, c, h: services.messages_since(a, chat_id=c),
    "end_chat": lambda a, c, h: services.end_chat(a, chat_id=c, now=NOW),
    "add_note": lambda a, c, h: services.add_note(a, chat_id=c, text="notitie"),
    "open_transcript": lambda a, c, h: services.open_transcript(a, chat_id=c),
    "save_registration": lambda a, c, h: services.save_registration(a, chat_id=c, answers=COMPLETE),
    "transfer_chat": lambda a, c, h: services.transfer_chat(
        a, chat_id=c, to_counsellor=h.colleague, now=NOW
    ),
}

# who may not act on an active chat assigned to h.counsellor, and what they are told
REFUSED: dict[str, str] = {
    "nobody": NOT_LOGGED_IN,
    "anonymous": NOT_LOGGED_IN,
    "inactive": NOT_LOGGED_IN,
    "professional": NOT_COUNSELLOR,
    "admin": NOT_COUNSELLOR,
    "coordinator": NOT_COUNSELLOR,
    "colleague": NOT_ASSIGNED,
    "outsider": NO_SUCH_CHAT,
    "outside_coordinator": NOT_COUNSELLOR,
}

# the young person may use these on their own chat; another tab may not
YOUNG_CALLS = ("post_message", "messages_since", "end_chat")


@pytest.fixture
def h() -> Helpline:
    return make_helpline()


def actor(h: Helpline, name: str) -> Any:
    if name == "nobody":
        return None
    if name == "anonymous":
        return AnonymousUser()
    if name == "inactive":
        h.counsellor.is_active = False
        h.counsellor.save()
        return h.counsellor
    return getattr(h, name)


def snapshot() -> dict[str, object]:
    """Everything a call could change."""
    return {
        "chats": list(
            Chat.objects.order_by("pk").values_list(
                "status", "counsellor_id", "ended_at", "closed_at", "last_seq"
            )
        ),
        "messages": ChatMessage.objects.count(),
        "notes": InternalNote.objects.count(),
        "registrations": Registration.objects.count(),
        "transfers": Transfer.objects.count(),
        "accesses": TranscriptAccess.objects.count(),
        "feedback": Feedback.objects.count(),
    }


def refusal(call: Callable[[], object]) -> str:
    with pytest.raises(HelplinePermissionDenied) as caught:
        call()
    return caught.value.render(Lang.EN)


@pytest.mark.parametrize("name", sorted(REFUSED))
@pytest.mark.parametrize("call", sorted(CHAT_CALLS))
def test_it_refuses_everyone_but_the_assigned_counsellor_on_an_active_chat__error(
    h: Helpline, call: str, name: str
) -> None:
    chat = active(h).chat
    who = actor(h, name)
    before = snapshot()
    assert refusal(lambda: CHAT_CALLS[call](who, chat.public_id, h)) == REFUSED[name]
    assert snapshot() == before


@pytest.mark.parametrize("call", sorted(CHAT_CALLS))
def test_it_lets_the_assigned_counsellor_act_on_the_chat(h: Helpline, call: str) -> None:
    chat = active(h).chat
    CHAT_CALLS[call](h.counsellor, chat.public_id, h)  # no exception


@pytest.mark.parametrize("call", sorted(CHAT_CALLS))
def test_it_refuses_another_tab_on_the_young_persons_chat__error(h: Helpline, call: str) -> None:
    mine, other = active(h), start(h)
    strangers = [
        other.visitor,  # a real token, for another chat
        Visitor(mine.chat.public_id, other.visitor.token),  # this chat's id, another token
        Visitor(mine.chat.public_id, "made-up-token"),
    ]
    before = snapshot()
    for stranger in strangers:
        expected = NOT_YOUR_CHAT if call in YOUNG_CALLS else NOT_LOGGED_IN

        def attempt(s: Visitor = stranger) -> object:
            return CHAT_CALLS[call](s, mine.chat.public_id, h)

        assert refusal(attempt) == expected
    assert snapshot() == before


@pytest.mark.parametrize("call", sorted(set(CHAT_CALLS) - set(YOUNG_CALLS)))
def test_it_keeps_the_counsellors_work_from_the_young_person__error(h: Helpline, call: str) -> None:
    started = active(h)
    before = snapshot()
    assert refusal(lambda: CHAT_CALLS[call](started.visitor, started.chat.public_id, h)) == (
        NOT_LOGGED_IN
    )
    assert snapshot() == before


@pytest.mark.parametrize("call", sorted(CHAT_CALLS))
def test_it_refuses_a_chat_that_does_not_exist_like_another_organisations__error(
    h: Helpline, call: str
) -> None:
    missing = uuid.uuid4()
    assert refusal(lambda: CHAT_CALLS[call](h.counsellor, missing, h)) == NO_SUCH_CHAT
    assert refusal(lambda: CHAT_CALLS[call](h.counsellor, "geen-uuid", h)) == NO_SUCH_CHAT


def test_it_accepts_a_chat_id_given_as_text(h: Helpline) -> None:
    started = active(h)
    text_id = str(started.chat.public_id)
    visitor = Visitor(started.visitor.chat_id, started.visitor.token)
    ack = services.post_message(visitor, chat_id=text_id, text="hoi", client_message_id="t")
    assert ack.seq == 2
    assert [m.seq for m in services.messages_since(h.counsellor, chat_id=text_id)] == [1, 2]


# --- the queue ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nobody", NOT_LOGGED_IN),
        ("anonymous", NOT_LOGGED_IN),
        ("professional", NOT_COUNSELLOR),
        ("coordinator", NOT_COUNSELLOR),
        ("admin", NOT_COUNSELLOR),
        ("outsider", NO_SUCH_CHAT),
    ],
)
def test_it_refuses_to_accept_a_queued_chat_to_anyone_but_its_counsellors__error(
    h: Helpline, name: str, expected: str
) -> None:
    started = start(h)
    before = snapshot()
    who = actor(h, name)
    assert refusal(lambda: services.accept_chat(who, chat_id=started.chat.public_id)) == expected
    assert snapshot() == before


def test_it_refuses_the_young_person_accepting_their_own_chat__error(h: Helpline) -> None:
    started = start(h)
    assert (
        refusal(lambda: services.accept_chat(started.visitor, chat_id=started.chat.public_id))
        == NOT_LOGGED_IN
    )


def test_it_lets_any_counsellor_of_the_organisation_see_a_queue_position(h: Helpline) -> None:
    started = start(h)
    for person in (h.counsellor, h.colleague):
        assert services.queue_position(person, chat_id=started.chat.public_id).position == 1


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nobody", NOT_LOGGED_IN),
        ("coordinator", NOT_COUNSELLOR),
        ("outsider", NO_SUCH_CHAT),
    ],
)
def test_it_refuses_a_queue_position_to_others__error(
    h: Helpline, name: str, expected: str
) -> None:
    started = start(h)
    who = actor(h, name)
    assert refusal(lambda: services.queue_position(who, chat_id=started.chat.public_id)) == (
        expected
    )


def test_it_refuses_a_queue_position_to_another_tab__error(h: Helpline) -> None:
    mine, other = start(h), start(h)
    assert (
        refusal(lambda: services.queue_position(other.visitor, chat_id=mine.chat.public_id))
        == NOT_YOUR_CHAT
    )


# --- services without a chat ---------------------------------------------------------------

COUNSELLOR_ONLY: dict[str, Callable[[Any], object]] = {
    "queue": services.queue,
    "my_chats": services.my_chats,
    "unclosed_chats": services.unclosed_chats,
    "canned_responses": lambda a: services.canned_responses(a),
    "set_availability": lambda a: services.set_availability(a, available=True, now=NOW),
}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nobody", NOT_LOGGED_IN),
        ("anonymous", NOT_LOGGED_IN),
        ("inactive", NOT_LOGGED_IN),
        ("professional", NOT_COUNSELLOR),
        ("coordinator", NOT_COUNSELLOR),
        ("admin", NOT_COUNSELLOR),
    ],
)
@pytest.mark.parametrize("call", sorted(COUNSELLOR_ONLY))
def test_it_keeps_the_counsellor_tools_for_counsellors__error(
    h: Helpline, call: str, name: str, expected: str
) -> None:
    who = actor(h, name)
    assert refusal(lambda: COUNSELLOR_ONLY[call](who)) == expected


@pytest.mark.parametrize("call", sorted(COUNSELLOR_ONLY))
def test_it_keeps_the_counsellor_tools_from_the_young_person__error(h: Helpline, call: str) -> None:
    started = start(h)
    assert refusal(lambda: COUNSELLOR_ONLY[call](started.visitor)) == NOT_LOGGED_IN


def test_it_refuses_feedback_from_anyone_but_the_young_person__error(h: Helpline) -> None:
    started = start(h)
    services.end_chat(started.visitor, chat_id=started.chat.public_id, now=NOW)
    people: list[Any] = [None, AnonymousUser(), h.counsellor, h.coordinator, h.outsider]
    for who in people:

        def attempt(w: Any = who) -> object:
            return services.record_feedback(w, chat_id=started.chat.public_id, helped="yes")

        assert refusal(attempt) == ONLY_YOUNG
    other = start(h)
    assert (
        refusal(
            lambda: services.record_feedback(
                other.visitor, chat_id=started.chat.public_id, helped="yes"
            )
        )
        == NOT_YOUR_CHAT
    )
    assert Feedback.objects.count() == 0


def test_it_says_the_refusals_in_dutch_too(h: Helpline) -> None:
    started = active(h)
    with pytest.raises(HelplinePermissionDenied) as caught:
        services.open_transcript(h.outsider, chat_id=started.chat.public_id)
    assert caught.value.render(Lang.NL) == "Dit gesprek bestaat niet of je mag het niet zien."
    assert str(caught.value) == NO_SUCH_CHAT  # English for anything that prints it


def test_it_is_a_django_permission_denied_so_a_view_answers_403(h: Helpline) -> None:
    from django.core.exceptions import PermissionDenied

    assert issubclass(HelplinePermissionDenied, PermissionDenied)


def test_it_treats_a_deactivated_counsellor_as_logged_out(h: Helpline) -> None:
    started = active(h)
    User.objects.filter(pk=h.counsellor.pk).update(is_active=False)
    h.counsellor.refresh_from_db()
    assert (
        refusal(
            lambda: services.post_message(
                h.counsellor, chat_id=started.chat.public_id, text="x", client_message_id="d"
            )
        )
        == NOT_LOGGED_IN
    )
