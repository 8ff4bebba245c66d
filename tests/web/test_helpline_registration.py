"""The registration after each contact: validated against the versioned form, codes only,
required before the contact counts as closed, and visible to whom it should be."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from signaal.core.errors import ErrorCode
from signaal.core.i18n import Lang
from signaal.web.helpline import services
from signaal.web.helpline.errors import HelplinePermissionDenied, RegistrationInvalid
from signaal.web.helpline.models import Chat, Registration
from tests.web.helpline_setup import COMPLETE, NOW, Helpline, active, make_helpline, start

pytestmark = pytest.mark.django_db


@pytest.fixture
def h() -> Helpline:
    return make_helpline()


def register(h: Helpline, chat: Chat, answers: dict[str, Any], **kwargs: Any) -> Registration:
    return services.save_registration(
        h.counsellor, chat_id=chat.public_id, answers=answers, now=kwargs.get("now", NOW)
    )


def test_it_saves_a_valid_registration_with_its_form_version_and_visitor_key(h: Helpline) -> None:
    started = active(h)
    registration = register(h, started.chat, COMPLETE)
    stored = Registration.objects.get()
    assert stored == registration
    assert (stored.chat, stored.organisation, stored.form_version) == (started.chat, h.home, "1")
    assert stored.answers == COMPLETE
    assert stored.visitor_key == started.chat.visitor_key
    assert stored.contact_date.isoformat() == "2026-11-23"
    assert (stored.registered_by, stored.created_at, stored.updated_at) == (
        h.counsellor,
        NOW,
        NOW,
    )


def test_it_dates_the_contact_in_local_time(h: Helpline) -> None:
    # 23:30 UTC on 23 November is 00:30 on 24 November in Amsterdam
    started = active(h, at=NOW.replace(hour=0, minute=30, day=24))
    assert register(h, started.chat, COMPLETE).contact_date.isoformat() == "2026-11-24"


def test_it_keeps_no_transcript_text_in_a_registration(h: Helpline) -> None:
    started = active(h)
    services.post_message(
        started.visitor, chat_id=started.chat.public_id, text="mijn geheim", client_message_id="1"
    )
    register(h, started.chat, COMPLETE)
    stored = Registration.objects.values().get()
    assert "mijn geheim" not in repr(stored)
    assert set(stored["answers"]) <= set(COMPLETE)


def test_it_refuses_invalid_answers_with_every_problem_and_stores_nothing__error(
    h: Helpline,
) -> None:
    started = active(h)
    answers = dict(COMPLETE, victim="misschien", age=120, notes="vrije tekst")
    del answers["gender"]
    with pytest.raises(RegistrationInvalid) as caught:
        register(h, started.chat, answers)
    assert caught.value.fields == ("victim", "age", "gender", "notes")
    assert [p.code for p in caught.value.form_problems] == [
        ErrorCode.INVALID_VALUE,
        ErrorCode.INVALID_VALUE,
        ErrorCode.MISSING_ANSWER,
        ErrorCode.UNKNOWN_FIELD,
    ]
    assert caught.value.render(Lang.EN).splitlines()[0] == (
        "victim: 'victim' has value 'misschien'; allowed are: yes, no, unknown."
    )
    assert caught.value.render(Lang.NL).splitlines()[2] == (
        "gender: 'gender' (Geslacht) is niet ingevuld; dat is verplicht als contact_type = "
        "substantive en trafficking_question = yes."
    )
    assert Registration.objects.count() == 0


def test_it_accepts_a_silent_contact_with_only_its_type(h: Helpline) -> None:
    started = active(h)
    assert register(h, started.chat, {"contact_type": "silent"}).answers == {
        "contact_type": "silent"
    }


def test_it_replaces_the_answers_when_saved_again(h: Helpline) -> None:
    started = active(h)
    register(h, started.chat, {"contact_type": "test"})
    again = register(h, started.chat, COMPLETE, now=NOW + timedelta(minutes=5))
    assert Registration.objects.count() == 1
    assert again.answers == COMPLETE
    assert (again.created_at, again.updated_at) == (NOW, NOW + timedelta(minutes=5))


# --- closing the contact --------------------------------------------------------------------


def test_it_keeps_an_ended_chat_open_until_it_is_registered(h: Helpline) -> None:
    started = active(h)
    services.end_chat(started.visitor, chat_id=started.chat.public_id, now=NOW)
    assert Chat.objects.get().is_closed is False
    assert [c.pk for c in services.unclosed_chats(h.counsellor)] == [started.chat.pk]
    register(h, started.chat, COMPLETE, now=NOW + timedelta(minutes=10))
    chat = Chat.objects.get()
    assert (chat.is_closed, chat.closed_at) == (True, NOW + timedelta(minutes=10))
    assert services.unclosed_chats(h.counsellor) == []


def test_it_closes_the_contact_when_the_chat_ends_after_registering(h: Helpline) -> None:
    started = active(h)
    register(h, started.chat, COMPLETE)
    assert Chat.objects.get().is_closed is False  # still talking
    services.end_chat(h.counsellor, chat_id=started.chat.public_id, now=NOW + timedelta(hours=1))
    assert Chat.objects.get().closed_at == NOW + timedelta(hours=1)


def test_it_does_not_close_the_contact_when_the_registration_is_invalid__error(
    h: Helpline,
) -> None:
    started = active(h)
    services.end_chat(started.visitor, chat_id=started.chat.public_id, now=NOW)
    with pytest.raises(RegistrationInvalid):
        register(h, started.chat, {"contact_type": "substantive"})
    assert Chat.objects.get().is_closed is False


def test_it_keeps_the_first_closing_time_when_corrected_later(h: Helpline) -> None:
    started = active(h)
    services.end_chat(started.visitor, chat_id=started.chat.public_id, now=NOW)
    register(h, started.chat, {"contact_type": "silent"}, now=NOW + timedelta(minutes=1))
    register(h, started.chat, COMPLETE, now=NOW + timedelta(days=1))
    assert Chat.objects.get().closed_at == NOW + timedelta(minutes=1)


def test_it_lets_the_colleague_who_took_over_register(h: Helpline) -> None:
    started = active(h)
    services.transfer_chat(
        h.counsellor, chat_id=started.chat.public_id, to_counsellor=h.colleague, now=NOW
    )
    registration = services.save_registration(
        h.colleague, chat_id=started.chat.public_id, answers=COMPLETE, now=NOW
    )
    assert registration.registered_by == h.colleague
    with pytest.raises(HelplinePermissionDenied):
        register(h, started.chat, COMPLETE)


def test_it_refuses_to_register_a_chat_still_in_the_queue__error(h: Helpline) -> None:
    started = start(h)
    with pytest.raises(HelplinePermissionDenied) as caught:
        register(h, started.chat, COMPLETE)
    assert caught.value.render(Lang.EN) == "This chat is not assigned to you."


# --- who sees registrations -----------------------------------------------------------------


def test_it_shows_a_coordinator_every_registration_of_the_organisation(h: Helpline) -> None:
    mine, theirs = active(h), start(h)
    services.accept_chat(h.colleague, chat_id=theirs.chat.public_id, now=NOW)
    register(h, mine.chat, COMPLETE)
    services.save_registration(
        h.colleague, chat_id=theirs.chat.public_id, answers={"contact_type": "test"}, now=NOW
    )
    elsewhere = start(h, organisation=h.other)
    services.accept_chat(h.outsider, chat_id=elsewhere.chat.public_id, now=NOW)
    services.save_registration(
        h.outsider, chat_id=elsewhere.chat.public_id, answers={"contact_type": "test"}, now=NOW
    )
    assert {r.chat for r in services.visible_registrations(h.coordinator)} == {
        mine.chat,
        theirs.chat,
    }
    assert [r.chat for r in services.visible_registrations(h.counsellor)] == [mine.chat]
    assert [r.chat for r in services.visible_registrations(h.colleague)] == [theirs.chat]
    assert [r.chat for r in services.visible_registrations(h.outside_coordinator)] == [
        elsewhere.chat
    ]


@pytest.mark.parametrize("person", ["professional", "admin"])
def test_it_shows_registrations_to_no_other_role__error(h: Helpline, person: str) -> None:
    with pytest.raises(HelplinePermissionDenied) as caught:
        services.visible_registrations(getattr(h, person))
    assert caught.value.render(Lang.EN) == "Only coordinators and counsellors see registrations."
    assert caught.value.render(Lang.NL) == (
        "Alleen coördinatoren en hulpverleners zien registraties."
    )


def test_it_shows_registrations_to_nobody_logged_out__error(h: Helpline) -> None:
    with pytest.raises(HelplinePermissionDenied) as caught:
        services.visible_registrations(None)
    assert caught.value.render(Lang.EN) == "Log in as a counsellor first."
