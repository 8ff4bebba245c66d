"""Lockout: wrong passwords and wrong codes count together; after the limit the account is
locked for a while, with a message that says how long, whatever is typed."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.utils import timezone
from pytest_django.fixtures import Settings

from signaal.web.accounts import lockout, pending
from signaal.web.accounts.models import User
from tests.web.conftest import (
    code_for,
    login_through_views,
    submit_code,
    submit_password,
    text_of,
    wrong_code_for,
)

pytestmark = pytest.mark.django_db

LOCKED_15_NL = (
    "Er is te vaak een verkeerd wachtwoord of een verkeerde code ingevuld. Je kunt over 15 "
    "minuten weer inloggen."
)
LOCKED_15_EN = (
    "A wrong password or a wrong code was entered too often. You can log in again in 15 minutes."
)
LOCKED_1_NL = (
    "Er is te vaak een verkeerd wachtwoord of een verkeerde code ingevuld. Je kunt over 1 "
    "minuut weer inloggen."
)


@pytest.fixture(autouse=True)
def limits(settings: Settings) -> None:
    settings.LOGIN_LOCKOUT_ATTEMPTS = 3
    settings.LOGIN_LOCKOUT_MINUTES = 15


def fail_passwords(client: Client, user: User, times: int) -> None:
    for _ in range(times):
        submit_password(client, email=user.email, password="niet-het-wachtwoord")


def test_it_locks_the_account_after_the_limit__error(client: Client, professional: User) -> None:
    fail_passwords(client, professional, 2)

    response = submit_password(client, email=professional.email, password="nog-steeds-fout")

    assert text_of(response, "login-error") == LOCKED_15_NL
    professional.refresh_from_db()
    assert professional.locked_until is not None
    assert professional.failed_logins == 0


def test_it_does_not_lock_before_the_limit(client: Client, professional: User) -> None:
    fail_passwords(client, professional, 2)

    professional.refresh_from_db()
    assert professional.locked_until is None
    assert professional.failed_logins == 2


def test_it_refuses_the_right_password_while_locked__error(
    client: Client, professional: User
) -> None:
    fail_passwords(client, professional, 3)

    response = submit_password(client, email=professional.email)

    assert text_of(response, "login-error") == LOCKED_15_NL
    assert pending.KEY not in client.session


def test_it_says_the_lockout_in_english__error(client: Client, professional: User) -> None:
    fail_passwords(client, professional, 3)

    response = submit_password(client, email=professional.email, prefix="/en")

    assert text_of(response, "login-error") == LOCKED_15_EN


def test_it_says_one_minute_in_the_singular__error(client: Client, professional: User) -> None:
    User.objects.filter(pk=professional.pk).update(
        locked_until=timezone.now() + dt.timedelta(seconds=40)
    )

    response = submit_password(client, email=professional.email)

    assert text_of(response, "login-error") == LOCKED_1_NL


def test_it_does_not_count_attempts_while_locked(client: Client, professional: User) -> None:
    fail_passwords(client, professional, 3)
    professional.refresh_from_db()
    until = professional.locked_until

    fail_passwords(client, professional, 5)

    professional.refresh_from_db()
    assert professional.locked_until == until
    assert professional.failed_logins == 0


def test_it_unlocks_after_the_lockout_time(client: Client, professional: User) -> None:
    fail_passwords(client, professional, 3)
    User.objects.filter(pk=professional.pk).update(
        locked_until=timezone.now() - dt.timedelta(seconds=1)
    )

    response = login_through_views(client, professional)

    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(professional.pk)
    professional.refresh_from_db()
    assert professional.locked_until is None


def test_it_gives_the_full_number_of_attempts_after_a_lock(
    client: Client, professional: User
) -> None:
    fail_passwords(client, professional, 3)
    User.objects.filter(pk=professional.pk).update(
        locked_until=timezone.now() - dt.timedelta(seconds=1)
    )

    fail_passwords(client, professional, 2)

    response = submit_password(client, email=professional.email)
    assert response["Location"] == "/inloggen/code/"


def test_it_counts_wrong_codes_towards_the_lockout__error(
    client: Client, professional: User
) -> None:
    fail_passwords(client, professional, 1)
    submit_password(client, email=professional.email)
    submit_code(client, wrong_code_for(professional))

    response = submit_code(client, wrong_code_for(professional))

    assert text_of(response, "login-error") == LOCKED_15_NL
    assert pending.KEY not in client.session
    assert SESSION_KEY not in client.session


def test_it_refuses_the_right_code_once_locked__error(client: Client, professional: User) -> None:
    submit_password(client, email=professional.email)
    User.objects.filter(pk=professional.pk).update(
        locked_until=timezone.now() + dt.timedelta(minutes=15)
    )

    response = submit_code(client, code_for(professional))

    assert text_of(response, "login-error") == LOCKED_15_NL
    assert SESSION_KEY not in client.session
    professional.refresh_from_db()
    assert professional.last_totp_step == 0


def test_it_rounds_the_minutes_left_up(professional: User) -> None:
    now = timezone.now()
    professional.locked_until = now + dt.timedelta(minutes=14, seconds=1)

    assert lockout.minutes_left(professional, now=now) == 15
    professional.locked_until = now
    assert lockout.minutes_left(professional, now=now) == 0
    professional.locked_until = None
    assert lockout.minutes_left(professional, now=now) == 0
