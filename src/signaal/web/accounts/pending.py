"""The state between a right password and a right second-factor code.

The person is not logged in yet: the session holds only the user id, when the password was
checked and where to go afterwards. The state expires, so a session left at the code
screen cannot be finished later by someone else.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.contrib.sessions.backends.base import SessionBase

from signaal.web.accounts.models import User

KEY = "accounts.pending"
CODE_SECONDS = 5 * 60
# setting up the app for the first time (installing it, scanning) takes longer than typing
ENROL_SECONDS = 15 * 60


@dataclass(frozen=True, slots=True)
class Pending:
    user: User
    next_url: str


def start(session: SessionBase, *, user: User, next_url: str) -> None:
    # a new session key, so a key planted before the login is worth nothing after it
    session.cycle_key()
    session[KEY] = {"user": user.pk, "at": time.time(), "next": next_url}


def current(session: SessionBase, *, now: float | None = None) -> Pending | None:
    """The pending login, or None when there is none, it expired or the account went.

    An expired state is left in place, so the caller can tell "expired" from "never
    started"; ``clear`` removes it.
    """
    state = session.get(KEY)
    if not isinstance(state, dict):
        return None
    user_id = state.get("user")
    if not isinstance(user_id, int):
        return None
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return None
    limit = CODE_SECONDS if user.has_second_factor else ENROL_SECONDS
    if (time.time() if now is None else now) - float(state.get("at", 0)) > limit:
        return None
    return Pending(user=user, next_url=str(state.get("next", "")))


def exists(session: SessionBase) -> bool:
    """Whether the session holds a pending login, expired or not."""
    return KEY in session


def clear(session: SessionBase) -> None:
    session.pop(KEY, None)
