"""Logging in: password, then a code from the app; one generic message for a wrong e-mail
or password; wrong codes and reused codes refused; where the login leads afterwards."""

from __future__ import annotations

from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.hashers import check_password
from django.shortcuts import resolve_url
from django.test import Client

from signaal.web.accounts import pending, signin
from signaal.web.accounts.models import Organisation, Role, User
from tests.web.conftest import (
    PASSWORD,
    code_for,
    force_login,
    login_through_views,
    make_user,
    parse,
    submit_code,
    submit_password,
    text_of,
    wrong_code_for,
)

pytestmark = pytest.mark.django_db

GENERIC_NL = "Het e-mailadres of het wachtwoord klopt niet."
GENERIC_EN = "The e-mail address or the password is not correct."
CODE_ERROR_NL = (
    "Deze code klopt niet of is al gebruikt. Wacht op een nieuwe code in je app en probeer "
    "het opnieuw."
)


def home() -> str:
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def test_it_logs_in_with_password_and_code(client: Client, professional: User) -> None:
    response = login_through_views(client, professional)

    assert response["Location"] == home()
    assert client.session[SESSION_KEY] == str(professional.pk)
    assert isinstance(client.session["auth_at"], float)
    professional.refresh_from_db()
    assert professional.last_login is not None


def test_it_does_not_log_in_after_the_password_alone(client: Client, professional: User) -> None:
    response = submit_password(client, email=professional.email)

    assert response.status_code == 302
    assert response["Location"] == "/inloggen/code/"
    assert SESSION_KEY not in client.session
    assert client.session[pending.KEY]["user"] == professional.pk


def test_it_accepts_the_e_mail_address_in_any_case(client: Client, professional: User) -> None:
    response = submit_password(client, email="  Professional@EXAMPLE.test ")

    assert response["Location"] == "/inloggen/code/"


def test_it_gives_a_new_session_key_after_the_password(client: Client, professional: User) -> None:
    client.get("/inloggen/")
    client.session.save()
    before = client.session.session_key

    submit_password(client, email=professional.email)

    assert client.session.session_key != before


def test_it_shows_a_form_with_labels_and_autocomplete(client: Client) -> None:
    response = client.get("/inloggen/")

    page = parse(response)
    inputs = {a["name"]: a for tag, a in page.elements if tag == "input"}
    labels = {a["for"] for tag, a in page.elements if tag == "label"}
    assert inputs["email"]["autocomplete"] == "email"
    assert inputs["password"]["autocomplete"] == "current-password"
    assert {inputs["email"]["id"], inputs["password"]["id"]} <= labels
    assert "csrfmiddlewaretoken" in inputs


def test_it_refuses_a_wrong_password_with_the_generic_message__error(
    client: Client, professional: User
) -> None:
    response = submit_password(client, email=professional.email, password="niet-het-wachtwoord")

    assert response.status_code == 200
    assert text_of(response, "login-error") == GENERIC_NL
    assert pending.KEY not in client.session
    professional.refresh_from_db()
    assert professional.failed_logins == 1


def test_it_links_the_error_to_both_fields__error(client: Client, professional: User) -> None:
    response = submit_password(client, email=professional.email, password="fout")

    inputs = {a["name"]: a for tag, a in parse(response).elements if tag == "input"}
    for name in ("email", "password"):
        assert inputs[name]["aria-describedby"] == "login-error"
        assert inputs[name]["aria-invalid"] == "true"
    assert inputs["email"]["value"] == professional.email
    assert "value" not in inputs["password"]


def test_it_says_the_generic_message_in_english__error(client: Client, professional: User) -> None:
    response = submit_password(client, email=professional.email, password="wrong", prefix="/en")

    assert text_of(response, "login-error") == GENERIC_EN


def test_it_answers_an_unknown_e_mail_address_like_a_wrong_password__error(
    client: Client, professional: User
) -> None:
    known = submit_password(client, email=professional.email, password="niet-goed-123")
    unknown = submit_password(client, email="niemand@example.test", password="niet-goed-123")

    assert unknown.status_code == known.status_code == 200
    assert text_of(unknown, "login-error") == text_of(known, "login-error") == GENERIC_NL


def test_it_hashes_a_password_also_for_an_unknown_e_mail_address__error(
    client: Client, db: None
) -> None:
    with mock.patch.object(signin, "check_hash", wraps=check_password) as check:
        submit_password(client, email="niemand@example.test", password="iets-anders")

    check.assert_called_once()
    assert check.call_args.args[0] == "iets-anders"
    assert check.call_args.args[1].startswith("argon2")


def test_it_answers_an_inactive_account_like_a_wrong_password__error(
    client: Client, professional: User
) -> None:
    professional.is_active = False
    professional.save()

    response = submit_password(client, email=professional.email)

    assert text_of(response, "login-error") == GENERIC_NL
    assert pending.KEY not in client.session


def test_it_asks_to_fill_in_both_fields__error(client: Client, db: None) -> None:
    response = client.post("/inloggen/", {"email": "iemand@example.test", "password": ""})

    assert text_of(response, "login-error") == "Vul je e-mailadres en wachtwoord in."


def test_it_refuses_a_wrong_code__error(client: Client, professional: User) -> None:
    submit_password(client, email=professional.email)

    response = submit_code(client, wrong_code_for(professional))

    assert response.status_code == 200
    assert text_of(response, "code-error") == CODE_ERROR_NL
    assert SESSION_KEY not in client.session
    professional.refresh_from_db()
    assert professional.failed_logins == 1


@pytest.mark.parametrize("code", ["", "12345", "1234567", "abcdef", "12 34 5x"])
def test_it_refuses_a_malformed_code__error(client: Client, professional: User, code: str) -> None:
    submit_password(client, email=professional.email)

    response = submit_code(client, code)

    assert text_of(response, "code-error") == CODE_ERROR_NL
    assert SESSION_KEY not in client.session


def test_it_accepts_a_code_typed_with_a_space(client: Client, professional: User) -> None:
    submit_password(client, email=professional.email)
    code = code_for(professional)

    response = submit_code(client, f"{code[:3]} {code[3:]}")

    assert response["Location"] == home()


def test_it_refuses_a_code_that_was_used_before__error(client: Client, professional: User) -> None:
    code = code_for(professional)
    submit_password(client, email=professional.email)
    assert submit_code(client, code)["Location"] == home()
    client.post("/uitloggen/")

    submit_password(client, email=professional.email)
    response = submit_code(client, code)

    assert text_of(response, "code-error") == CODE_ERROR_NL
    assert SESSION_KEY not in client.session


def test_it_links_the_code_error_to_the_field__error(client: Client, professional: User) -> None:
    submit_password(client, email=professional.email)

    response = submit_code(client, wrong_code_for(professional))

    code_input = next(a for tag, a in parse(response).elements if a.get("name") == "code")
    assert code_input["aria-describedby"] == "code-error"
    assert code_input["inputmode"] == "numeric"
    assert code_input["autocomplete"] == "one-time-code"


def test_it_resets_the_failure_count_after_a_full_login(client: Client, professional: User) -> None:
    submit_password(client, email=professional.email, password="fout-wachtwoord")
    submit_password(client, email=professional.email, password="fout-wachtwoord")

    login_through_views(client, professional)

    professional.refresh_from_db()
    assert professional.failed_logins == 0


def test_it_keeps_the_failure_count_after_the_right_password_alone(
    client: Client, professional: User
) -> None:
    submit_password(client, email=professional.email, password="fout-wachtwoord")

    submit_password(client, email=professional.email)

    professional.refresh_from_db()
    assert professional.failed_logins == 1


def test_it_goes_to_a_safe_next_page_after_login(client: Client, professional: User) -> None:
    client.get("/inloggen/?next=/kennisbank/")

    response = login_through_views(client, professional, next_url="/kennisbank/")

    assert response["Location"] == "/kennisbank/"


def test_it_keeps_the_next_page_in_the_login_form(client: Client, db: None) -> None:
    response = client.get("/inloggen/?next=/kennisbank/")

    hidden = next(a for tag, a in parse(response).elements if a.get("name") == "next")
    assert hidden["value"] == "/kennisbank/"


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/",
        "http://evil.example/kennisbank/",
        "javascript:alert(1)",
        "\\\\evil.example",
    ],
)
def test_it_ignores_an_external_next_page__error(
    client: Client, professional: User, next_url: str
) -> None:
    page = client.get("/inloggen/", {"next": next_url})
    response = login_through_views(client, professional, next_url=next_url)

    assert response["Location"] == home()
    assert not any(a.get("name") == "next" for _, a in parse(page).elements)


def test_it_sends_a_logged_in_person_on_from_the_login_page(
    client: Client, professional: User
) -> None:
    login_through_views(client, professional)

    response = client.get("/inloggen/")

    assert response.status_code == 302
    assert response["Location"] == home()


def test_it_asks_for_a_code_only_after_the_password(client: Client, db: None) -> None:
    response = client.get("/inloggen/code/")

    assert response.status_code == 302
    assert response["Location"] == "/inloggen/"


def test_it_expires_a_pending_login_after_five_minutes__error(
    client: Client, professional: User
) -> None:
    submit_password(client, email=professional.email)
    session = client.session
    state = session[pending.KEY]
    state["at"] -= pending.CODE_SECONDS + 1
    session[pending.KEY] = state
    session.save()

    response = submit_code(client, code_for(professional))

    assert response.status_code == 302
    assert response["Location"] == "/inloggen/?opnieuw=1"
    assert SESSION_KEY not in client.session
    assert pending.KEY not in client.session
    notice = client.get(response["Location"])
    assert text_of(notice, "login-notice") == "Het inloggen duurde te lang. Begin opnieuw."


def test_it_still_accepts_a_pending_login_just_before_five_minutes(
    client: Client, professional: User
) -> None:
    submit_password(client, email=professional.email)
    session = client.session
    state = session[pending.KEY]
    state["at"] -= pending.CODE_SECONDS - 5
    session[pending.KEY] = state
    session.save()

    response = submit_code(client, code_for(professional))

    assert response["Location"] == home()


def test_it_ends_a_pending_login_when_the_account_is_deactivated__error(
    client: Client, professional: User
) -> None:
    submit_password(client, email=professional.email)
    User.objects.filter(pk=professional.pk).update(is_active=False)

    response = submit_code(client, code_for(professional))

    assert response["Location"] == "/inloggen/?opnieuw=1"
    assert SESSION_KEY not in client.session


def test_it_logs_out_on_post(client: Client, professional: User) -> None:
    login_through_views(client, professional)

    response = client.post("/uitloggen/")

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert SESSION_KEY not in client.session
    assert "auth_at" not in client.session


def test_it_refuses_to_log_out_on_get__error(client: Client, professional: User) -> None:
    login_through_views(client, professional)

    response = client.get("/uitloggen/")

    assert response.status_code == 405
    assert client.session[SESSION_KEY] == str(professional.pk)


def test_it_requires_the_csrf_token_to_log_out__error(professional: User) -> None:
    client = Client(enforce_csrf_checks=True)
    force_login(client, professional)

    response = client.post("/uitloggen/")

    assert response.status_code == 403


def test_it_requires_the_csrf_token_to_log_in__error(professional: User) -> None:
    client = Client(enforce_csrf_checks=True)

    response = client.post("/inloggen/", {"email": professional.email, "password": PASSWORD})

    assert response.status_code == 403
    assert pending.KEY not in client.session


def test_it_replaces_an_existing_login_with_a_new_one(
    client: Client, professional: User, colleague: User
) -> None:
    login_through_views(client, professional)

    submit_password(client, email=colleague.email)

    assert SESSION_KEY not in client.session
    assert client.session[pending.KEY]["user"] == colleague.pk
    submit_code(client, code_for(colleague))
    assert client.session[SESSION_KEY] == str(colleague.pk)


@pytest.fixture
def counsellor(organisation: Organisation) -> User:
    return make_user("counsellor@example.test", organisation, Role.COUNSELLOR)


def test_it_takes_a_counsellor_to_the_console_after_login(client: Client, counsellor: User) -> None:
    response = login_through_views(client, counsellor)

    assert response["Location"] == "/console/"
    assert client.get("/inloggen/")["Location"] == "/console/"


@pytest.mark.parametrize(
    ("role", "links"),
    [
        (Role.PROFESSIONAL, ["/clienten/"]),
        (Role.COORDINATOR, ["/clienten/", "/console/registraties/", "/statistieken/"]),
        (Role.COUNSELLOR, ["/console/", "/console/registraties/"]),
        (Role.ADMIN, []),
    ],
)
def test_it_shows_each_role_the_pages_it_may_open_in_the_menu(
    client: Client, organisation: Organisation, role: Role, links: list[str]
) -> None:
    user = make_user(f"{role.value}-menu@example.test", organisation, role)
    force_login(client, user)

    page = parse(client.get("/kennisbank/"))
    menu = [a.get("href") for tag, a in page.elements if tag == "a"]
    staff = ["/clienten/", "/console/", "/console/registraties/", "/statistieken/"]

    assert [href for href in menu if href in staff] == links
    for href in links:
        assert client.get(href).status_code == 200
