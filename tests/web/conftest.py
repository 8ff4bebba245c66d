"""Fixtures for the web tests: organisations, accounts with a second factor, and a login
that goes through the real views (password, then a code computed from the account's secret).
"""

from __future__ import annotations

import time
from html.parser import HTMLParser
from typing import TYPE_CHECKING

import pyotp
import pytest
from django.test import Client
from django.utils import timezone

from signaal.web.accounts import totp
from signaal.web.accounts.models import Organisation, Role, User

if TYPE_CHECKING:
    # the test client's response type exists in django-stubs only
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

PASSWORD = "een-lang-test-wachtwoord-42"
# fixed secrets, so a failing test can be replayed by hand
SECRETS = {
    "professional@example.test": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
    "collega@example.test": "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU",
    "coordinator@example.test": "MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK",
    "anders@example.test": "NBSWY3DPO5XXE3DENBSWY3DPO5XXE3DE",
}


def make_user(
    email: str,
    organisation: Organisation,
    role: Role,
    *,
    enrolled: bool = True,
) -> User:
    """An account with ``PASSWORD``; ``enrolled`` gives it a confirmed second factor."""
    user = User.objects.create_user(email, organisation, role, PASSWORD)
    if enrolled:
        user.totp_secret = SECRETS.get(email) or pyotp.random_base32(length=32)
        user.totp_confirmed_at = timezone.now()
        user.save()
    return user


@pytest.fixture
def organisation(db: None) -> Organisation:
    return Organisation.objects.create(name="Jeugdzorg Test")


@pytest.fixture
def other_organisation(db: None) -> Organisation:
    return Organisation.objects.create(name="Andere Organisatie")


@pytest.fixture
def professional(organisation: Organisation) -> User:
    return make_user("professional@example.test", organisation, Role.PROFESSIONAL)


@pytest.fixture
def colleague(organisation: Organisation) -> User:
    return make_user("collega@example.test", organisation, Role.PROFESSIONAL)


@pytest.fixture
def coordinator(organisation: Organisation) -> User:
    return make_user("coordinator@example.test", organisation, Role.COORDINATOR)


@pytest.fixture
def outsider(other_organisation: Organisation) -> User:
    return make_user("anders@example.test", other_organisation, Role.PROFESSIONAL)


@pytest.fixture
def newcomer(organisation: Organisation) -> User:
    """An account that has not set up its second factor yet."""
    return make_user("nieuw@example.test", organisation, Role.PROFESSIONAL, enrolled=False)


def code_for(user: User, *, steps_ahead: int = 0) -> str:
    """The code the person's app shows now (or ``steps_ahead`` steps of 30 s later)."""
    user.refresh_from_db()
    assert user.totp_secret is not None
    return totp.current_code(user.totp_secret, at=time.time() + steps_ahead * totp.STEP_SECONDS)


def wrong_code_for(user: User) -> str:
    """A well-formed code that is valid in none of the accepted time steps."""
    valid = {code_for(user, steps_ahead=n) for n in (-1, 0, 1, 2)}
    candidate = 123456
    while f"{candidate:06d}" in valid:
        candidate += 1
    return f"{candidate:06d}"


def submit_password(
    client: Client,
    *,
    email: str,
    password: str = PASSWORD,
    next_url: str | None = None,
    prefix: str = "",
) -> Response:
    data = {"email": email, "password": password}
    if next_url is not None:
        data["next"] = next_url
    return client.post(f"{prefix}/inloggen/", data)


def submit_code(client: Client, code: str, *, prefix: str = "") -> Response:
    return client.post(f"{prefix}/inloggen/code/", {"code": code})


def login_through_views(
    client: Client,
    user: User,
    *,
    next_url: str | None = None,
    steps_ahead: int = 0,
) -> Response:
    """Log in as a person does: password, then the current code. Returns the last response
    (the redirect after login). A second login within 30 s needs ``steps_ahead=1``,
    because a code is accepted only once."""
    first = submit_password(client, email=user.email, next_url=next_url)
    assert first.status_code == 302, first.content.decode()
    assert first["Location"] == "/inloggen/code/"
    response = submit_code(client, code_for(user, steps_ahead=steps_ahead))
    assert response.status_code == 302, response.content.decode()
    return response


def force_login(client: Client, user: User) -> None:
    """Log in without the views, with the session clocks set as the views set them (for
    tests about something else than logging in)."""
    client.force_login(user)
    session = client.session
    session["auth_at"] = session["seen_at"] = time.time()
    session.save()


@pytest.fixture
def logged_in(client: Client, professional: User) -> Client:
    login_through_views(client, professional)
    return client


# --- reading pages ---------------------------------------------------------------------


VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }
)


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.texts: dict[str, str] = {}
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        element_id = attributes.get("id")
        if element_id:
            self.texts[element_id] = ""
        if tag not in VOID:  # void elements have no end tag, so nothing to close later
            self._open.append(element_id or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for element_id in self._open:
            if element_id:
                self.texts[element_id] += data


def parse(response: Response) -> _Elements:
    parser = _Elements()
    parser.feed(response.content.decode())
    return parser


def text_of(response: Response, element_id: str) -> str:
    """The text inside the element with ``element_id``, whitespace collapsed."""
    texts = parse(response).texts
    assert element_id in texts, f"no element #{element_id} on the page"
    return " ".join(texts[element_id].split())
