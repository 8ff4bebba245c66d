"""Setting up the second factor at the first login: a QR code and the secret to type over,
then a code from the app confirms it and logs the person in."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pyotp
import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.db import connection
from django.shortcuts import resolve_url
from django.test import Client

from signaal.web.accounts import pending, totp
from signaal.web.accounts.models import User
from tests.web.conftest import (
    code_for,
    parse,
    submit_code,
    submit_password,
    text_of,
    wrong_code_for,
)

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

pytestmark = pytest.mark.django_db

CODE_ERROR_NL = (
    "Deze code klopt niet of is al gebruikt. Wacht op een nieuwe code in je app en probeer "
    "het opnieuw."
)


def enrol_code(client: Client, code: str) -> Response:
    return client.post("/inloggen/instellen/", {"code": code})


def test_it_sends_a_newcomer_to_set_up_the_second_factor(client: Client, newcomer: User) -> None:
    response = submit_password(client, email=newcomer.email)

    assert response.status_code == 302
    assert response["Location"] == "/inloggen/instellen/"
    newcomer.refresh_from_db()
    assert newcomer.totp_secret is not None
    assert len(newcomer.totp_secret) == 32
    assert newcomer.totp_confirmed_at is None
    assert SESSION_KEY not in client.session


def test_it_shows_the_qr_code_and_the_secret_in_groups(client: Client, newcomer: User) -> None:
    submit_password(client, email=newcomer.email)

    response = client.get("/inloggen/instellen/")

    newcomer.refresh_from_db()
    assert newcomer.totp_secret is not None
    assert response.status_code == 200
    assert text_of(response, "totp-secret") == totp.grouped(newcomer.totp_secret)
    assert re.fullmatch(r"([A-Z2-7]{4} ){7}[A-Z2-7]{4}", text_of(response, "totp-secret"))
    html = response.content.decode()
    assert '<svg viewBox="0 0 ' in html
    assert "<title>QR-code om Signaal toe te voegen aan je app</title>" in html


def test_it_logs_in_after_a_right_enrolment_code(client: Client, newcomer: User) -> None:
    submit_password(client, email=newcomer.email)
    client.get("/inloggen/instellen/")

    response = enrol_code(client, code_for(newcomer))

    assert response["Location"] == resolve_url(settings.LOGIN_REDIRECT_URL)
    assert client.session[SESSION_KEY] == str(newcomer.pk)
    newcomer.refresh_from_db()
    assert newcomer.totp_confirmed_at is not None
    assert newcomer.has_second_factor


def test_it_asks_for_the_code_at_the_next_login_after_enrolment(
    client: Client, newcomer: User
) -> None:
    submit_password(client, email=newcomer.email)
    enrol_code(client, code_for(newcomer))
    client.post("/uitloggen/")

    response = submit_password(client, email=newcomer.email)

    assert response["Location"] == "/inloggen/code/"
    assert submit_code(client, code_for(newcomer, steps_ahead=1)).status_code == 302


def test_it_refuses_a_wrong_enrolment_code_without_counting_it__error(
    client: Client, newcomer: User
) -> None:
    submit_password(client, email=newcomer.email)

    response = enrol_code(client, wrong_code_for(newcomer))

    assert response.status_code == 200
    assert text_of(response, "code-error") == CODE_ERROR_NL
    assert SESSION_KEY not in client.session
    newcomer.refresh_from_db()
    assert newcomer.totp_confirmed_at is None
    assert newcomer.failed_logins == 0


def test_it_makes_a_fresh_secret_at_each_unfinished_enrolment(
    client: Client, newcomer: User
) -> None:
    submit_password(client, email=newcomer.email)
    newcomer.refresh_from_db()
    first = newcomer.totp_secret

    submit_password(Client(), email=newcomer.email)

    newcomer.refresh_from_db()
    assert newcomer.totp_secret != first


def test_it_never_replaces_a_confirmed_second_factor__error(
    client: Client, professional: User
) -> None:
    secret = professional.totp_secret
    submit_password(client, email=professional.email)

    response = client.get("/inloggen/instellen/")
    posted = enrol_code(client, "123456")

    assert response["Location"] == posted["Location"] == "/inloggen/code/"
    professional.refresh_from_db()
    assert professional.totp_secret == secret


def test_it_sends_a_newcomer_from_the_code_page_to_enrolment(
    client: Client, newcomer: User
) -> None:
    submit_password(client, email=newcomer.email)

    response = client.get("/inloggen/code/")

    assert response["Location"] == "/inloggen/instellen/"


def test_it_refuses_enrolment_without_a_password_first__error(client: Client, db: None) -> None:
    response = client.get("/inloggen/instellen/")

    assert response["Location"] == "/inloggen/"


def test_it_gives_enrolment_fifteen_minutes(client: Client, newcomer: User) -> None:
    submit_password(client, email=newcomer.email)
    session = client.session
    state = session[pending.KEY]
    state["at"] -= pending.CODE_SECONDS + 60  # longer than the code step allows
    session[pending.KEY] = state
    session.save()

    assert client.get("/inloggen/instellen/").status_code == 200
    state["at"] -= pending.ENROL_SECONDS
    session[pending.KEY] = state
    session.save()
    assert client.get("/inloggen/instellen/")["Location"] == "/inloggen/?opnieuw=1"


def test_it_stores_the_secret_encrypted(client: Client, newcomer: User) -> None:
    submit_password(client, email=newcomer.email)
    newcomer.refresh_from_db()
    secret = newcomer.totp_secret
    assert secret is not None

    with connection.cursor() as cursor:
        cursor.execute("SELECT totp_secret FROM accounts_user WHERE id = %s", [newcomer.pk])
        (raw,) = cursor.fetchone()

    assert raw.startswith("fernet:")
    assert secret not in raw


def test_it_offers_the_secret_to_authenticator_apps(client: Client, newcomer: User) -> None:
    submit_password(client, email=newcomer.email)
    newcomer.refresh_from_db()

    uri = totp.provisioning_uri(newcomer)

    parsed = pyotp.parse_uri(uri)
    assert isinstance(parsed, pyotp.TOTP)
    assert parsed.secret == newcomer.totp_secret
    assert parsed.issuer == "Signaal"
    assert parsed.name == "nieuw@example.test"
    assert parsed.digits == 6
    assert parsed.interval == 30


def test_it_labels_the_enrolment_code_field(client: Client, newcomer: User) -> None:
    submit_password(client, email=newcomer.email)

    page = parse(client.get("/inloggen/instellen/"))

    code_input = next(a for tag, a in page.elements if a.get("name") == "code")
    assert code_input["id"] in {a["for"] for tag, a in page.elements if tag == "label"}
    assert code_input["autocomplete"] == "one-time-code"
    assert code_input["inputmode"] == "numeric"
