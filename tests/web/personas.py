"""People who use the professional part, set up once per test: an owner, a colleague, a
coordinator, someone of another organisation, an admin, and nobody (anonymous)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.test import Client

from signaal.web.accounts.models import Organisation, Role, User


@dataclass
class Personas:
    owner: User
    colleague: User
    coordinator: User
    outsider: User
    admin: User

    def client_for(self, name: str) -> Client:
        client = Client()
        if name != "anonymous":
            login(client, getattr(self, name))
        return client


def make_user(email: str, organisation: Organisation, role: str) -> User:
    # no password: these people log in with force_login, and argon2 hashing is slow on purpose
    return User.objects.create_user(email=email, organisation=organisation, role=role)


def login(client: Client, user: User) -> None:
    """Log in as after password and TOTP (the login itself is tested in test_accounts)."""
    client.force_login(user)
    session = client.session
    session["auth_at"] = session["seen_at"] = time.time()
    session.save()


def make_personas() -> Personas:
    home = Organisation.objects.create(name="Jeugdzorg Test")
    other = Organisation.objects.create(name="Andere Organisatie")
    return Personas(
        owner=make_user("owner@example.test", home, Role.PROFESSIONAL),
        colleague=make_user("colleague@example.test", home, Role.PROFESSIONAL),
        coordinator=make_user("coordinator@example.test", home, Role.COORDINATOR),
        outsider=make_user("outsider@example.test", other, Role.PROFESSIONAL),
        admin=make_user("admin@example.test", home, Role.ADMIN),
    )
