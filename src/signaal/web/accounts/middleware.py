"""Session policy for logged-in professionals: an absolute limit, an idle limit, and an end
to the session of an account that was deactivated.

The limits are settings.SESSION_COOKIE_AGE (from the moment of login, "auth_at") and
settings.SESSION_IDLE_SECONDS (since the last request, "seen_at"). A session without
"auth_at" did not come through the login views and is ended too.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.base import SessionBase
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

AUTH_AT = "auth_at"
SEEN_AT = "seen_at"
# "seen_at" is written at most this often, so that not every request writes the session
SEEN_RESOLUTION_SECONDS = 60
# the quick exit must always leave at once, also when the session has just expired
EXEMPT_URL_NAMES = frozenset({"quick-exit"})


class Ending(StrEnum):
    EXPIRED = "expired"  # too old or idle too long: the login page says so
    ACCOUNT_GONE = "account_gone"  # deactivated or removed: no message


def mark_login(request: HttpRequest) -> None:
    """Start the clocks of a fresh login (called by the login views)."""
    now = time.time()
    request.session[AUTH_AT] = now
    request.session[SEEN_AT] = now


class SessionPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., Any],
        view_args: tuple[Any, ...],
        view_kwargs: dict[str, Any],
    ) -> HttpResponse | None:
        reason = self._reason_to_end(request)
        if reason is None:
            return None
        logout(request)  # flushes the session and makes request.user anonymous
        match = request.resolver_match
        if match is not None and match.url_name in EXEMPT_URL_NAMES:
            return None
        return _to_login(request, expired=reason is Ending.EXPIRED)

    @staticmethod
    def _reason_to_end(request: HttpRequest) -> Ending | None:
        return session_ending(request.session, request.user)


def session_ending(session: SessionBase, user: AbstractBaseUser | AnonymousUser) -> Ending | None:
    """Why this logged-in session must end now, or None while it may go on; moves "seen_at"
    forward (the caller saves a modified session). Used for every page and for every event
    of the counsellor's websocket."""
    if not user.is_authenticated:
        # a login in the session but no user: the account was deactivated or removed
        return Ending.ACCOUNT_GONE if SESSION_KEY in session else None
    now = time.time()
    auth_at = _number(session.get(AUTH_AT))
    seen_at = _number(session.get(SEEN_AT)) or auth_at
    if auth_at is None or seen_at is None:
        return Ending.EXPIRED
    if now - auth_at > settings.SESSION_COOKIE_AGE:
        return Ending.EXPIRED
    if now - seen_at > settings.SESSION_IDLE_SECONDS:
        return Ending.EXPIRED
    if now - seen_at >= SEEN_RESOLUTION_SECONDS:
        session[SEEN_AT] = now
    return None


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _to_login(request: HttpRequest, *, expired: bool) -> HttpResponse:
    params: dict[str, str] = {}
    if expired:
        params["verlopen"] = "1"
    if request.method == "GET" and not request.headers.get("HX-Request"):
        # after logging in again, the person lands where they were
        params["next"] = request.get_full_path()
    url = reverse("accounts:login") + (f"?{urlencode(params)}" if params else "")
    if request.headers.get("HX-Request"):
        # htmx follows a plain redirect inside the fragment; this makes it load the page
        response = HttpResponse(status=204)
        response["HX-Redirect"] = url
        return response
    return HttpResponseRedirect(url)
