"""The session policy: absolute and idle expiry, the end of a deactivated account's
session, and the role check of views."""

from __future__ import annotations

import time

import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory

from signaal.web.accounts.decorators import role_required
from signaal.web.accounts.middleware import SEEN_AT, SEEN_RESOLUTION_SECONDS
from signaal.web.accounts.models import Role, User
from tests.web.conftest import login_through_views, text_of

pytestmark = pytest.mark.django_db

PAGE = "/kennisbank/"  # any page will do: the policy holds on every page


def shift(client: Client, key: str, seconds: float) -> None:
    session = client.session
    session[key] = float(session[key]) - seconds
    session.save()


def test_it_keeps_a_fresh_session(logged_in: Client, professional: User) -> None:
    response = logged_in.get(PAGE)

    assert response.status_code == 200
    assert logged_in.session[SESSION_KEY] == str(professional.pk)


def test_it_ends_an_idle_session__error(logged_in: Client) -> None:
    shift(logged_in, SEEN_AT, settings.SESSION_IDLE_SECONDS + 1)

    response = logged_in.get(PAGE)

    assert response.status_code == 302
    assert response["Location"] == "/inloggen/?verlopen=1&next=%2Fkennisbank%2F"
    assert SESSION_KEY not in logged_in.session


def test_it_says_why_the_session_ended__error(logged_in: Client) -> None:
    shift(logged_in, SEEN_AT, settings.SESSION_IDLE_SECONDS + 1)

    response = logged_in.get(PAGE, follow=True)

    assert text_of(response, "login-notice") == (
        "Je bent uitgelogd, omdat je sessie is verlopen. Log opnieuw in."
    )


def test_it_ends_a_session_past_its_absolute_age__error(logged_in: Client) -> None:
    # active all along, but logged in too long ago
    shift(logged_in, "auth_at", settings.SESSION_COOKIE_AGE + 1)

    response = logged_in.get(PAGE)

    assert response["Location"] == "/inloggen/?verlopen=1&next=%2Fkennisbank%2F"
    assert SESSION_KEY not in logged_in.session


def test_it_ends_a_session_that_did_not_come_through_the_login__error(
    client: Client, professional: User
) -> None:
    client.force_login(professional)

    response = client.get(PAGE)

    assert response["Location"] == "/inloggen/?verlopen=1&next=%2Fkennisbank%2F"
    assert SESSION_KEY not in client.session


def test_it_ends_the_session_of_a_deactivated_account__error(
    logged_in: Client, professional: User
) -> None:
    professional.is_active = False
    professional.save()

    response = logged_in.get(PAGE)

    assert response.status_code == 302
    assert response["Location"] == "/inloggen/?next=%2Fkennisbank%2F"
    assert SESSION_KEY not in logged_in.session


def test_it_does_not_put_a_post_in_the_next_page__error(logged_in: Client) -> None:
    shift(logged_in, SEEN_AT, settings.SESSION_IDLE_SECONDS + 1)

    response = logged_in.post(PAGE)

    assert response["Location"] == "/inloggen/?verlopen=1"


def test_it_tells_htmx_to_load_the_login_page__error(logged_in: Client) -> None:
    shift(logged_in, SEEN_AT, settings.SESSION_IDLE_SECONDS + 1)

    response = logged_in.get(PAGE, headers={"HX-Request": "true"})

    assert response.status_code == 204
    assert response["HX-Redirect"] == "/inloggen/?verlopen=1"


def test_it_lets_the_quick_exit_through_an_expired_session(logged_in: Client) -> None:
    shift(logged_in, SEEN_AT, settings.SESSION_IDLE_SECONDS + 1)

    response = logged_in.get("/exit/")

    assert response["Location"] == settings.QUICK_EXIT_URL
    assert SESSION_KEY not in logged_in.session


def test_it_updates_seen_at_at_most_once_a_minute(logged_in: Client) -> None:
    shift(logged_in, SEEN_AT, SEEN_RESOLUTION_SECONDS / 2)
    before = logged_in.session[SEEN_AT]

    logged_in.get(PAGE)
    assert logged_in.session[SEEN_AT] == before

    shift(logged_in, SEEN_AT, SEEN_RESOLUTION_SECONDS)
    logged_in.get(PAGE)
    assert logged_in.session[SEEN_AT] > time.time() - 5


def test_it_keeps_a_session_active_by_use(logged_in: Client) -> None:
    # idle for most of the limit, then a request: the idle clock starts again
    shift(logged_in, SEEN_AT, settings.SESSION_IDLE_SECONDS - 10)
    logged_in.get(PAGE)

    shift(logged_in, SEEN_AT, 20)
    response = logged_in.get(PAGE)

    assert response.status_code == 200


def test_it_lets_anonymous_visitors_be(client: Client, db: None) -> None:
    response = client.get(PAGE)

    assert response.status_code == 200


# --- role_required ---------------------------------------------------------------------


@role_required(Role.COORDINATOR, Role.ADMIN)
def overview(request: HttpRequest, number: int) -> HttpResponse:
    return HttpResponse(f"overview {number}")


def request_as(user: User | AnonymousUser, path: str = "/overzicht/?pagina=2") -> HttpRequest:
    request = RequestFactory().get(path)
    request.user = user
    return request


def test_it_lets_a_user_with_the_role_in(coordinator: User) -> None:
    response = overview(request_as(coordinator), 7)

    assert response.status_code == 200
    assert response.content == b"overview 7"


def test_it_sends_an_anonymous_visitor_to_the_login_page__error(db: None) -> None:
    response = overview(request_as(AnonymousUser()), 7)

    assert response.status_code == 302
    assert response["Location"] == "/inloggen/?next=/overzicht/%3Fpagina%3D2"


def test_it_refuses_a_user_without_the_role__error(professional: User) -> None:
    with pytest.raises(PermissionDenied):
        overview(request_as(professional), 7)


def test_it_needs_at_least_one_role__error() -> None:
    with pytest.raises(ValueError, match=r"^role_required needs at least one role"):
        role_required()


def test_it_keeps_the_view_name() -> None:
    assert overview.__name__ == "overview"


def test_it_logs_in_again_after_the_session_ended(logged_in: Client, professional: User) -> None:
    shift(logged_in, SEEN_AT, settings.SESSION_IDLE_SECONDS + 1)
    logged_in.get(PAGE)

    response = login_through_views(logged_in, professional, next_url=PAGE, steps_ahead=1)

    assert response["Location"] == PAGE
