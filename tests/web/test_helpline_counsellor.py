"""The counsellor's side: availability and the limit of chats at once, accepting, transfer
to a colleague, internal notes, canned responses, and opening a transcript (always logged)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection

from signaal.core.i18n import Lang
from signaal.web.accounts.models import Role, User
from signaal.web.helpline import services
from signaal.web.helpline.errors import HelplineError, HelplinePermissionDenied
from signaal.web.helpline.models import (
    CannedResponse,
    Chat,
    ChatStatus,
    CounsellorAvailability,
    InternalNote,
    Sender,
    TranscriptAccess,
    Transfer,
)
from tests.web.helpline_setup import NOW, Helpline, active, make_helpline, start
from tests.web.personas import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def h() -> Helpline:
    return make_helpline()


# --- availability -------------------------------------------------------------------------


def test_it_turns_availability_on_and_off(h: Helpline) -> None:
    row = services.set_availability(h.counsellor, available=False, now=NOW)
    assert (row.available, row.max_chats, row.updated_at) == (False, None, NOW)
    row = services.set_availability(h.counsellor, available=True, max_chats=2, now=NOW)
    assert (row.available, row.max_chats) == (True, 2)
    assert CounsellorAvailability.objects.filter(counsellor=h.counsellor).count() == 1


def test_it_keeps_the_chosen_limit_when_only_availability_changes(h: Helpline) -> None:
    services.set_availability(h.counsellor, available=True, max_chats=1, now=NOW)
    services.set_availability(h.counsellor, available=False, now=NOW)
    assert services.chat_limit(h.counsellor) == 1


def test_it_uses_the_organisations_maximum_as_the_default_limit(h: Helpline) -> None:
    assert services.chat_limit(h.counsellor) == 3
    services.configure_helpline(h.home, max_chats_per_counsellor=5)
    assert services.chat_limit(h.counsellor) == 5


def test_it_caps_an_old_personal_limit_at_a_lowered_organisation_maximum(h: Helpline) -> None:
    services.set_availability(h.counsellor, available=True, max_chats=3, now=NOW)
    services.configure_helpline(h.home, max_chats_per_counsellor=2)
    assert services.chat_limit(h.counsellor) == 2


@pytest.mark.parametrize("limit", [0, 4])
def test_it_refuses_a_personal_limit_outside_one_to_the_maximum__error(
    h: Helpline, limit: int
) -> None:
    with pytest.raises(HelplineError) as caught:
        services.set_availability(h.counsellor, available=True, max_chats=limit, now=NOW)
    assert str(caught.value) == "max_chats: The number of chats at once must be 1 to 3."


# --- accepting ----------------------------------------------------------------------------


def test_it_assigns_an_accepted_chat_to_the_counsellor(h: Helpline) -> None:
    started = start(h)
    chat = services.accept_chat(
        h.counsellor, chat_id=started.chat.public_id, now=NOW + timedelta(minutes=3)
    )
    assert (chat.status, chat.counsellor, chat.accepted_at) == (
        ChatStatus.ACTIVE,
        h.counsellor,
        NOW + timedelta(minutes=3),
    )
    assert [c.pk for c in services.my_chats(h.counsellor)] == [chat.pk]
    assert services.my_chats(h.colleague) == []
    system = chat.messages.get()
    assert (system.seq, system.sender, system.text) == (1, Sender.SYSTEM, "accepted")


def test_it_refuses_a_chat_a_colleague_accepted_first__error(h: Helpline) -> None:
    started = start(h)
    services.accept_chat(h.colleague, chat_id=started.chat.public_id, now=NOW)
    with pytest.raises(HelplineError) as caught:
        services.accept_chat(h.counsellor, chat_id=started.chat.public_id, now=NOW)
    assert str(caught.value) == (
        "chat: This chat is no longer waiting: a colleague has it, or it has ended."
    )
    assert Chat.objects.get().counsellor == h.colleague


def test_it_refuses_to_accept_a_chat_that_ended_in_the_queue__error(h: Helpline) -> None:
    started = start(h)
    services.end_chat(started.visitor, chat_id=started.chat.public_id, now=NOW)
    with pytest.raises(HelplineError) as caught:
        services.accept_chat(h.counsellor, chat_id=started.chat.public_id, now=NOW)
    assert caught.value.fields == ("chat",)


def test_it_refuses_to_accept_while_unavailable__error(h: Helpline) -> None:
    started = start(h)
    services.set_availability(h.counsellor, available=False, now=NOW)
    with pytest.raises(HelplineError) as caught:
        services.accept_chat(h.counsellor, chat_id=started.chat.public_id, now=NOW)
    assert str(caught.value) == "availability: Turn your availability on first."
    assert caught.value.render(Lang.NL) == "availability: Zet eerst je beschikbaarheid aan."


def test_it_refuses_to_accept_for_a_counsellor_who_never_set_availability__error(
    h: Helpline,
) -> None:
    newcomer = make_user("new@example.test", h.home, Role.COUNSELLOR)
    started = start(h)
    with pytest.raises(HelplineError) as caught:
        services.accept_chat(newcomer, chat_id=started.chat.public_id, now=NOW)
    assert caught.value.fields == ("availability",)


def test_it_takes_chats_up_to_the_limit_and_no_more__error(h: Helpline) -> None:
    services.set_availability(h.counsellor, available=True, max_chats=2, now=NOW)
    chats = [start(h, at=NOW + timedelta(seconds=i)) for i in range(3)]
    for c in chats[:2]:
        services.accept_chat(h.counsellor, chat_id=c.chat.public_id, now=NOW)
    with pytest.raises(HelplineError) as caught:
        services.accept_chat(h.counsellor, chat_id=chats[2].chat.public_id, now=NOW)
    assert str(caught.value) == "chat: You already have 2 chats at once; that is your maximum."
    assert Chat.objects.get(pk=chats[2].chat.pk).status == ChatStatus.QUEUED


def test_it_frees_a_place_when_a_chat_ends(h: Helpline) -> None:
    services.set_availability(h.counsellor, available=True, max_chats=1, now=NOW)
    first, second = start(h), start(h)
    services.accept_chat(h.counsellor, chat_id=first.chat.public_id, now=NOW)
    services.end_chat(first.visitor, chat_id=first.chat.public_id, now=NOW)
    chat = services.accept_chat(h.counsellor, chat_id=second.chat.public_id, now=NOW)
    assert chat.status == ChatStatus.ACTIVE


# --- transfer -----------------------------------------------------------------------------


def test_it_transfers_a_chat_to_an_available_colleague(h: Helpline) -> None:
    started = active(h)
    transfer = services.transfer_chat(
        h.counsellor, chat_id=started.chat.public_id, to_counsellor=h.colleague, now=NOW
    )
    assert Transfer.objects.get() == transfer
    assert (transfer.from_counsellor, transfer.to_counsellor, transfer.at) == (
        h.counsellor,
        h.colleague,
        NOW,
    )
    chat = Chat.objects.get()
    assert (chat.counsellor, chat.status) == (h.colleague, ChatStatus.ACTIVE)
    assert chat.messages.order_by("-seq")[0].text == "transferred"
    # the colleague can now write; the first counsellor cannot
    services.post_message(h.colleague, chat_id=chat.public_id, text="Hoi", client_message_id="t")
    with pytest.raises(HelplinePermissionDenied) as caught:
        services.post_message(
            h.counsellor, chat_id=chat.public_id, text="Hoi", client_message_id="u"
        )
    assert caught.value.render(Lang.EN) == "This chat is not assigned to you."


@pytest.mark.parametrize("target", ["counsellor", "coordinator", "outsider"])
def test_it_transfers_only_to_another_counsellor_of_the_organisation__error(
    h: Helpline, target: str
) -> None:
    started = active(h)
    with pytest.raises(HelplineError) as caught:
        services.transfer_chat(
            h.counsellor, chat_id=started.chat.public_id, to_counsellor=getattr(h, target), now=NOW
        )
    assert str(caught.value) == (
        "to_counsellor: You can only transfer to another counsellor of your organisation."
    )
    assert Chat.objects.get().counsellor == h.counsellor
    assert Transfer.objects.count() == 0


def test_it_refuses_to_transfer_to_an_unavailable_colleague__error(h: Helpline) -> None:
    started = active(h)
    services.set_availability(h.colleague, available=False, now=NOW)
    with pytest.raises(HelplineError) as caught:
        services.transfer_chat(
            h.counsellor, chat_id=started.chat.public_id, to_counsellor=h.colleague, now=NOW
        )
    assert str(caught.value) == "to_counsellor: This colleague is not available now."


def test_it_refuses_to_transfer_to_a_colleague_at_their_limit__error(h: Helpline) -> None:
    services.set_availability(h.colleague, available=True, max_chats=1, now=NOW)
    busy = start(h)
    services.accept_chat(h.colleague, chat_id=busy.chat.public_id, now=NOW)
    started = active(h)
    with pytest.raises(HelplineError) as caught:
        services.transfer_chat(
            h.counsellor, chat_id=started.chat.public_id, to_counsellor=h.colleague, now=NOW
        )
    assert str(caught.value) == (
        "to_counsellor: This colleague already has the maximum number of chats."
    )


def test_it_refuses_to_transfer_an_ended_chat__error(h: Helpline) -> None:
    started = active(h)
    services.end_chat(started.visitor, chat_id=started.chat.public_id, now=NOW)
    with pytest.raises(HelplineError) as caught:
        services.transfer_chat(
            h.counsellor, chat_id=started.chat.public_id, to_counsellor=h.colleague, now=NOW
        )
    assert str(caught.value) == "chat: This chat has ended."


def test_it_refuses_to_transfer_a_chat_assigned_to_someone_else__error(h: Helpline) -> None:
    started = active(h)
    with pytest.raises(HelplinePermissionDenied):
        services.transfer_chat(
            h.colleague, chat_id=started.chat.public_id, to_counsellor=h.colleague, now=NOW
        )


# --- notes --------------------------------------------------------------------------------


def test_it_adds_an_internal_note_the_young_person_never_sees(h: Helpline) -> None:
    started = active(h)
    note = services.add_note(
        h.counsellor, chat_id=started.chat.public_id, text="Noemt een 'vriend' van 19", now=NOW
    )
    assert InternalNote.objects.get() == note
    assert (note.author, note.text, note.created_at) == (
        h.counsellor,
        "Noemt een 'vriend' van 19",
        NOW,
    )
    seen = services.messages_since(started.visitor, chat_id=started.chat.public_id)
    assert all("vriend" not in m.text for m in seen)


def test_it_allows_notes_after_the_chat_ended_while_registering(h: Helpline) -> None:
    started = active(h)
    services.end_chat(started.visitor, chat_id=started.chat.public_id, now=NOW)
    services.add_note(h.counsellor, chat_id=started.chat.public_id, text="Nagesprek nodig")
    assert InternalNote.objects.count() == 1


def test_it_refuses_an_empty_note__error(h: Helpline) -> None:
    started = active(h)
    with pytest.raises(HelplineError) as caught:
        services.add_note(h.counsellor, chat_id=started.chat.public_id, text=" ")
    assert str(caught.value) == "text: The message is empty."


def test_it_stores_notes_encrypted(h: Helpline) -> None:
    started = active(h)
    services.add_note(h.counsellor, chat_id=started.chat.public_id, text="Geheime notitie")
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM helpline_internalnote")
        [(stored,)] = cursor.fetchall()
    assert stored.startswith("fernet:")
    assert "Geheime" not in stored


# --- canned responses ---------------------------------------------------------------------


def test_it_lists_the_canned_responses_of_the_counsellors_organisation(h: Helpline) -> None:
    CannedResponse.objects.create(
        organisation=h.home,
        code="welkom",
        language="nl",
        title="Welkom",
        text="Hoi, fijn dat je er bent.",
        position=1,
    )
    CannedResponse.objects.create(
        organisation=h.home,
        code="welkom",
        language="en",
        title="Welcome",
        text="Hi, good that you are here.",
        position=1,
    )
    CannedResponse.objects.create(
        organisation=h.home,
        code="schuld",
        language="nl",
        title="Niet jouw schuld",
        text="Het is niet jouw schuld.",
        position=0,
    )
    CannedResponse.objects.create(
        organisation=h.other, code="anders", language="nl", title="Elders", text="x"
    )
    assert [c.code for c in services.canned_responses(h.counsellor, language=Lang.NL)] == [
        "schuld",
        "welkom",
    ]
    assert [c.title for c in services.canned_responses(h.counsellor, language=Lang.EN)] == [
        "Welcome"
    ]
    assert len(services.canned_responses(h.counsellor)) == 3
    assert [c.code for c in services.canned_responses(h.outsider)] == ["anders"]


# --- transcripts and the audit log --------------------------------------------------------


def test_it_opens_a_transcript_with_notes_and_logs_who_opened_it(h: Helpline) -> None:
    started = active(h)
    chat_id = started.chat.public_id
    services.post_message(
        started.visitor,
        chat_id=chat_id,
        text="hoi",
        client_message_id="1",
        now=NOW + timedelta(minutes=2),
    )
    services.add_note(h.counsellor, chat_id=chat_id, text="eerste keer", now=NOW)
    services.end_chat(started.visitor, chat_id=chat_id, now=NOW + timedelta(minutes=3))
    transcript = services.open_transcript(
        h.counsellor, chat_id=chat_id, now=NOW + timedelta(hours=1)
    )
    assert [(m.seq, m.sender, m.text) for m in transcript.messages] == [
        (1, Sender.SYSTEM, "accepted"),
        (2, Sender.YOUNG, "hoi"),
        (3, Sender.SYSTEM, "ended_by_young"),
    ]
    assert [(n.author, n.text) for n in transcript.notes] == [
        ("counsellor@example.test", "eerste keer")
    ]
    assert transcript.purged is False
    access = TranscriptAccess.objects.get()
    assert (access.user, access.organisation, access.chat.public_id, access.at) == (
        h.counsellor,
        h.home,
        chat_id,
        NOW + timedelta(hours=1),
    )


def test_it_logs_every_opening_of_a_transcript(h: Helpline) -> None:
    started = active(h)
    for minute in range(3):
        services.open_transcript(
            h.counsellor, chat_id=started.chat.public_id, now=NOW + timedelta(minutes=minute)
        )
    assert list(TranscriptAccess.objects.values_list("at", flat=True)) == [
        NOW + timedelta(minutes=m) for m in range(3)
    ]


def test_it_logs_nothing_when_opening_a_transcript_is_refused(h: Helpline) -> None:
    started = active(h)
    for person in (h.colleague, h.coordinator, h.outsider):
        with pytest.raises(HelplinePermissionDenied):
            services.open_transcript(person, chat_id=started.chat.public_id, now=NOW)
    assert TranscriptAccess.objects.count() == 0


def test_it_names_the_author_of_a_note_by_display_name_when_set(h: Helpline) -> None:
    User.objects.filter(pk=h.counsellor.pk).update(display_name="Sanne")
    h.counsellor.refresh_from_db()
    started = active(h)
    services.add_note(h.counsellor, chat_id=started.chat.public_id, text="n")
    notes = services.open_transcript(h.counsellor, chat_id=started.chat.public_id).notes
    assert [n.author for n in notes] == ["Sanne"]
