"""Keeping the help chat's data safe: transcripts removed after each organisation's retention
period (registrations kept), key rotation, the two commands, the settings checks, and no
IP address or chat content anywhere it should not be."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.apps import apps
from django.db import connection, models
from django.test import override_settings

from signaal.cli import main
from signaal.core.i18n import Lang
from signaal.web.crypto import fernet
from signaal.web.helpline import retention, services
from signaal.web.helpline.errors import HelplineError, HelplinePermissionDenied
from signaal.web.helpline.models import (
    Chat,
    ChatMessage,
    ChatStatus,
    Feedback,
    InternalNote,
    OrganisationHelplineSettings,
    Registration,
    Sender,
    TranscriptAccess,
    Transfer,
)
from signaal.web.helpline.retention import PurgeResult, purge_transcripts
from tests.web.helpline_setup import COMPLETE, EVENINGS, NOW, Helpline, active, make_helpline, start

pytestmark = pytest.mark.django_db

TEST_KEY = "dGVzdC1vbmx5LWtleS0wMTIzNDU2Nzg5YWJjZGVmMDE="


@pytest.fixture
def h() -> Helpline:
    return make_helpline()


def finished(h: Helpline, *, at: datetime = NOW, text: str = "mijn verhaal") -> Chat:
    """A registered chat with a message, a note and feedback, ended at ``at`` + 10 min."""
    started = active(h, at=at, nickname="Sam")
    chat_id = started.chat.public_id
    services.post_message(started.visitor, chat_id=chat_id, text=text, client_message_id="1")
    services.add_note(h.counsellor, chat_id=chat_id, text="notitie")
    services.end_chat(started.visitor, chat_id=chat_id, now=at + timedelta(minutes=10))
    services.save_registration(h.counsellor, chat_id=chat_id, answers=COMPLETE)
    services.record_feedback(started.visitor, chat_id=chat_id, helped="yes", comment="fijn")
    return Chat.objects.get(public_id=chat_id)


# --- purge ----------------------------------------------------------------------------------


def test_it_removes_transcripts_older_than_90_days_and_keeps_the_registration(
    h: Helpline,
) -> None:
    chat = finished(h)
    ended = NOW + timedelta(minutes=10)
    # one second too early: nothing goes
    assert purge_transcripts(now=ended + timedelta(days=90)) == PurgeResult(0, 0, 0, 0)
    result = purge_transcripts(now=ended + timedelta(days=90, seconds=1))
    # accepted, the message, ended: three messages; one note
    assert result == PurgeResult(chats=1, messages=3, notes=1, ended=0)
    assert ChatMessage.objects.count() == 0
    assert InternalNote.objects.count() == 0
    chat.refresh_from_db()
    assert chat.transcript_purged_at == ended + timedelta(days=90, seconds=1)
    assert chat.nickname == ""
    assert Feedback.objects.get().comment == ""
    assert Feedback.objects.get().helped == "yes"
    registration = Registration.objects.get()
    assert (registration.chat, registration.answers) == (chat, COMPLETE)
    assert chat.visitor_key == registration.visitor_key


def test_it_removes_nothing_more_when_run_again(h: Helpline) -> None:
    finished(h)
    later = NOW + timedelta(days=100)
    assert purge_transcripts(now=later).chats == 1
    assert purge_transcripts(now=later) == PurgeResult(0, 0, 0, 0)
    assert purge_transcripts(now=later + timedelta(days=400)) == PurgeResult(0, 0, 0, 0)


def test_it_uses_each_organisations_own_retention_period(h: Helpline) -> None:
    services.configure_helpline(h.home, retention_days=30)
    home = finished(h)
    elsewhere = start(h, organisation=h.other)
    services.accept_chat(h.outsider, chat_id=elsewhere.chat.public_id, now=NOW)
    services.post_message(
        h.outsider, chat_id=elsewhere.chat.public_id, text="hoi", client_message_id="x"
    )
    services.end_chat(h.outsider, chat_id=elsewhere.chat.public_id, now=NOW)
    result = purge_transcripts(now=NOW + timedelta(days=45))
    assert result.chats == 1
    assert Chat.objects.get(pk=home.pk).transcript_purged_at is not None
    assert Chat.objects.get(pk=elsewhere.chat.pk).transcript_purged_at is None
    assert ChatMessage.objects.filter(chat=elsewhere.chat).count() == 3


def test_it_uses_90_days_for_an_organisation_without_settings(h: Helpline) -> None:
    finished(h)
    OrganisationHelplineSettings.objects.filter(organisation=h.home).delete()
    assert purge_transcripts(now=NOW + timedelta(days=89)).chats == 0
    assert purge_transcripts(now=NOW + timedelta(days=91)).chats == 1


def test_it_keeps_recent_transcripts(h: Helpline) -> None:
    old = finished(h, at=NOW - timedelta(days=200), text="oud")
    new = finished(h, at=NOW - timedelta(days=10), text="nieuw")
    assert purge_transcripts(now=NOW).chats == 1
    assert [m.text for m in ChatMessage.objects.filter(chat=new)][1] == "nieuw"
    assert ChatMessage.objects.filter(chat=old).count() == 0


def test_it_ends_and_purges_a_chat_that_never_ended(h: Helpline) -> None:
    started = active(h)
    services.post_message(
        started.visitor, chat_id=started.chat.public_id, text="weg", client_message_id="1"
    )
    result = purge_transcripts(now=NOW + timedelta(days=91))
    assert result == PurgeResult(chats=1, messages=2, notes=0, ended=1)
    chat = Chat.objects.get()
    assert (chat.status, chat.ended_by, chat.ended_at) == (
        ChatStatus.ENDED,
        Sender.SYSTEM,
        NOW + timedelta(days=91),
    )
    with pytest.raises(HelplineError):
        services.post_message(
            started.visitor, chat_id=chat.public_id, text="nog", client_message_id="2"
        )


def test_it_keeps_transfers_and_the_audit_log_after_purging(h: Helpline) -> None:
    started = active(h)
    services.transfer_chat(
        h.counsellor, chat_id=started.chat.public_id, to_counsellor=h.colleague, now=NOW
    )
    services.open_transcript(h.colleague, chat_id=started.chat.public_id, now=NOW)
    services.end_chat(h.colleague, chat_id=started.chat.public_id, now=NOW)
    purge_transcripts(now=NOW + timedelta(days=91))
    assert Transfer.objects.count() == 1
    assert TranscriptAccess.objects.count() == 1


def test_it_shows_a_purged_transcript_as_purged_and_logs_the_opening(h: Helpline) -> None:
    chat = finished(h)
    purge_transcripts(now=NOW + timedelta(days=91))
    transcript = services.open_transcript(h.counsellor, chat_id=chat.public_id, now=NOW)
    assert (transcript.purged, transcript.messages, transcript.notes) == (True, [], [])
    assert TranscriptAccess.objects.count() == 1
    with pytest.raises(HelplineError) as caught:
        services.add_note(h.counsellor, chat_id=chat.public_id, text="te laat")
    assert str(caught.value) == (
        "chat: The transcript of this chat has been removed (retention period passed)."
    )


def test_it_keeps_the_visitor_count_possible_after_purging(h: Helpline) -> None:
    first = start(h, chat_code="appel-tijger-vos-42")
    second = start(h, chat_code="appel-tijger-vos-42", at=NOW + timedelta(days=20))
    for started in (first, second):
        services.accept_chat(h.counsellor, chat_id=started.chat.public_id, now=NOW)
        services.save_registration(h.counsellor, chat_id=started.chat.public_id, answers=COMPLETE)
        services.end_chat(h.counsellor, chat_id=started.chat.public_id, now=NOW)
    purge_transcripts(now=NOW + timedelta(days=200))
    keys = set(Registration.objects.values_list("visitor_key", flat=True))
    assert len(keys) == 1


# --- the commands ---------------------------------------------------------------------------


def test_it_purges_from_the_command_line_in_dutch(
    h: Helpline, capsys: pytest.CaptureFixture[str]
) -> None:
    finished(h, at=NOW - timedelta(days=365))
    assert main(["helpline", "purge"]) == 0
    assert capsys.readouterr().out == (
        "Verwijderd: 3 berichten en 1 notities uit 1 gesprekken waarvan de bewaartermijn van "
        "de organisatie voorbij is (0 daarvan waren nog niet beëindigd). Registraties blijven "
        "bewaard.\n"
    )
    assert main(["helpline", "purge"]) == 0
    assert capsys.readouterr().out.startswith("Verwijderd: 0 berichten en 0 notities uit 0 ")


def test_it_purges_from_the_command_line_in_english(
    h: Helpline, capsys: pytest.CaptureFixture[str]
) -> None:
    finished(h, at=NOW - timedelta(days=365))
    assert main(["helpline", "purge", "--lang", "en"]) == 0
    assert capsys.readouterr().out == (
        "Removed: 3 messages and 1 notes from 1 chats past their organisation's retention "
        "period (0 of them had not been ended). Registrations are kept.\n"
    )


def test_it_asks_for_a_subcommand__error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["helpline"]) == 2
    assert capsys.readouterr().err.endswith(
        "signaal helpline: error: the following arguments are required: SUBCOMMAND\n"
    )


# --- key rotation ---------------------------------------------------------------------------


def raw(sql: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return [str(row[0]) for row in cursor.fetchall()]


def readable_with(key: str, stored: str) -> bool:
    try:
        Fernet(key.encode()).decrypt(stored.removeprefix("fernet:").encode())
    except InvalidToken:
        return False
    return True


def test_it_encrypts_everything_again_with_a_new_first_key(
    h: Helpline, capsys: pytest.CaptureFixture[str]
) -> None:
    finished(h)
    new_key = Fernet.generate_key().decode()
    tables = {
        "SELECT text FROM helpline_chatmessage": 3,
        "SELECT text FROM helpline_internalnote": 1,
        "SELECT nickname FROM helpline_chat": 1,
        "SELECT comment FROM helpline_feedback": 1,
    }
    for sql in tables:
        assert all(readable_with(TEST_KEY, s) for s in raw(sql))
    with override_settings(ENCRYPTION_KEYS=[new_key, TEST_KEY]):
        assert main(["helpline", "rotate-keys", "--lang", "en"]) == 0
        assert capsys.readouterr().out == (
            "Encrypted again with the first key: 3 messages, 1 notes, 1 chats (nickname), 1 "
            "feedback answers.\n"
        )
        for sql, count in tables.items():
            stored = raw(sql)
            assert len(stored) == count
            assert all(readable_with(new_key, s) for s in stored)
            assert not any(readable_with(TEST_KEY, s) for s in stored)
    # only the new key now: everything still reads
    with override_settings(ENCRYPTION_KEYS=[new_key]):
        assert ChatMessage.objects.order_by("seq")[1].text == "mijn verhaal"
        assert InternalNote.objects.get().text == "notitie"
        assert Chat.objects.get().nickname == "Sam"
        assert Feedback.objects.get().comment == "fijn"


def test_it_rotates_keys_again_without_harm(h: Helpline) -> None:
    finished(h)
    first = retention.rotate_keys()
    second = retention.rotate_keys()
    assert first == second == retention.RotateResult(messages=3, notes=1, chats=1, feedback=1)
    assert ChatMessage.objects.order_by("seq")[1].text == "mijn verhaal"
    assert fernet() is not None


def test_it_says_the_rotation_in_dutch(h: Helpline, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["helpline", "rotate-keys"]) == 0
    assert capsys.readouterr().out == (
        "Opnieuw versleuteld met de eerste sleutel: 0 berichten, 0 notities, 0 gesprekken "
        "(bijnaam), 0 reacties.\n"
    )


# --- settings ------------------------------------------------------------------------------


def test_it_stores_opening_hours_normalised(h: Helpline) -> None:
    found = services.configure_helpline(
        h.home,
        opening_hours={"weekly": {"monday": ["19:00-00:00"]}},
        retention_days=30,
        max_chats_per_counsellor=4,
    )
    assert found.opening_hours == {
        "timezone": "Europe/Amsterdam",
        "weekly": {"monday": ["19:00-24:00"]},
        "holidays": [],
    }
    assert (found.retention_days, found.max_chats_per_counsellor) == (30, 4)


def test_it_changes_only_the_settings_given(h: Helpline) -> None:
    services.configure_helpline(h.home, retention_days=60)
    found = services.configure_helpline(h.home, opening_hours=EVENINGS)
    assert found.retention_days == 60
    assert found.max_chats_per_counsellor == 3


def test_it_refuses_bad_settings_with_every_problem_and_changes_nothing__error(
    h: Helpline,
) -> None:
    before = services.helpline_settings(h.home).opening_hours
    with pytest.raises(HelplineError) as caught:
        services.configure_helpline(
            h.home,
            opening_hours={"weekly": {"friday": ["laat"]}},
            retention_days=0,
            max_chats_per_counsellor=21,
        )
    assert caught.value.render(Lang.EN) == (
        "opening_hours: 'weekly.friday[0]' is invalid: 'laat' is not a period; write "
        "HH:MM-HH:MM, such as 19:00-23:00.\n"
        "retention_days: The retention period must be 1 to 3650 days.\n"
        "max_chats_per_counsellor: The number of chats at once must be 1 to 20."
    )
    assert services.helpline_settings(h.home).opening_hours == before


def test_it_uses_a_90_day_retention_and_3_chats_by_default(h: Helpline) -> None:
    from signaal.web.accounts.models import Organisation

    fresh = services.helpline_settings(Organisation.objects.create(name="Nieuw"))
    assert (fresh.retention_days, fresh.max_chats_per_counsellor, fresh.opening_hours) == (
        90,
        3,
        {},
    )


def test_it_is_closed_until_opening_hours_are_set(h: Helpline) -> None:
    from signaal.web.accounts.models import Organisation

    fresh = Organisation.objects.create(name="Nieuw")
    status = services.helpline_status(fresh, now=NOW)
    assert (status.open, status.next_opening) == (False, None)


# --- nothing about the connection, nothing in the logs -------------------------------------


def test_it_has_no_field_for_an_ip_address() -> None:
    for model in apps.get_app_config("helpline").get_models():
        for field in model._meta.get_fields():
            assert not isinstance(field, models.GenericIPAddressField), (model, field.name)
            assert "ip" not in field.name.lower().split("_"), (model, field.name)
            assert "addr" not in field.name.lower(), (model, field.name)


def test_it_takes_no_request_in_start_chat() -> None:
    import inspect

    params = set(inspect.signature(services.start_chat).parameters)
    assert params == {"organisation", "age_band", "nickname", "chat_code", "now"}


def test_it_logs_no_chat_content_nicknames_or_tokens(
    h: Helpline, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    started = start(h, nickname="GeheimeNaam")
    chat_id = started.chat.public_id
    services.accept_chat(h.counsellor, chat_id=chat_id, now=NOW)
    services.post_message(
        started.visitor, chat_id=chat_id, text="GeheimVerhaal", client_message_id="1"
    )
    services.add_note(h.counsellor, chat_id=chat_id, text="GeheimeNotitie")
    services.save_registration(h.counsellor, chat_id=chat_id, answers=COMPLETE)
    services.end_chat(started.visitor, chat_id=chat_id, now=NOW)
    with pytest.raises(HelplinePermissionDenied):
        services.open_transcript(h.outsider, chat_id=chat_id)
    purge_transcripts(now=NOW + timedelta(days=91))
    logged = caplog.text + " ".join(str(r.args) for r in caplog.records)
    for secret in ("GeheimeNaam", "GeheimVerhaal", "GeheimeNotitie", started.visitor.token):
        assert secret not in logged
