"""Login in two steps (password, then a code from an app), enrolment of that app, logout.

A person is logged in only after both steps; in between the session holds a short-lived
"pending" state (pending.py). Wrong passwords and wrong codes count towards one lockout.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout as auth_logout
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST

from signaal.web.accounts import lockout, pending, signin, totp
from signaal.web.accounts.forms import CodeForm, LoginForm
from signaal.web.accounts.middleware import mark_login
from signaal.web.accounts.models import Role, User
from signaal.web.accounts.texts import say

LOGIN_TEMPLATE = "signaal/accounts/login.html"


def _safe_next(request: HttpRequest, url: str) -> str:
    """``url`` when it stays on this site, else "" (no open redirect to a look-alike)."""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return ""


def _locked_message(minutes: int) -> str:
    if minutes == 1:
        return say("accounts.login.locked_one")
    return say("accounts.login.locked_many", minutes=minutes)


def _login_page(
    request: HttpRequest,
    *,
    email: str = "",
    next_url: str = "",
    error: str = "",
    notice: str = "",
) -> HttpResponse:
    context = {"email": email, "next": next_url, "error": error, "notice": notice}
    return render(request, LOGIN_TEMPLATE, context)


def _restart(request: HttpRequest) -> HttpResponse:
    """Back to the password step: the pending login is missing or expired."""
    if pending.exists(request.session):
        pending.clear(request.session)
        return HttpResponseRedirect(reverse("accounts:login") + "?opnieuw=1")
    return redirect("accounts:login")


# where a role starts after logging in; the others start at LOGIN_REDIRECT_URL (the clients)
ROLE_HOME = {Role.COUNSELLOR: "console:console"}


def home_for(user: User | AnonymousUser) -> str:
    """Where ``user`` starts after logging in: counsellors at the help chat's console."""
    home = ROLE_HOME.get(Role(user.role)) if isinstance(user, User) else None
    return resolve_url(home or settings.LOGIN_REDIRECT_URL)


def _complete(request: HttpRequest, *, user: User, next_url: str) -> HttpResponse:
    # only a full login resets the count: a right password alone must not, or someone who
    # knows the password could guess codes without end
    lockout.record_success(user)
    pending.clear(request.session)
    auth_login(request, user)
    mark_login(request)
    return HttpResponseRedirect(_safe_next(request, next_url) or home_for(user))


@sensitive_post_parameters("password")
@require_http_methods(["GET", "POST"])
def login(request: HttpRequest) -> HttpResponse:
    next_url = _safe_next(request, request.POST.get("next") or request.GET.get("next", ""))
    if request.method == "GET":
        if request.user.is_authenticated:
            return HttpResponseRedirect(next_url or home_for(request.user))
        notice = ""
        if request.GET.get("verlopen"):
            notice = say("accounts.login.expired")
        elif request.GET.get("opnieuw"):
            notice = say("accounts.login.pending_expired")
        return _login_page(request, next_url=next_url, notice=notice)

    form = LoginForm(request.POST)
    email = str(request.POST.get("email", ""))[:254]
    if not form.is_valid():
        error = say("accounts.login.required" if form.is_incomplete() else "accounts.login.error")
        return _login_page(request, email=email, next_url=next_url, error=error)
    result = signin.check_password(
        email=form.cleaned_data["email"], password=form.cleaned_data["password"]
    )
    if result.user is None:
        error = (
            _locked_message(result.locked_minutes)
            if result.locked_minutes
            else say("accounts.login.error")
        )
        return _login_page(request, email=email, next_url=next_url, error=error)

    user = result.user
    if request.user.is_authenticated:
        # a login from a browser that is already logged in replaces that login
        auth_logout(request)
    pending.start(request.session, user=user, next_url=next_url)
    if user.has_second_factor:
        return redirect("accounts:totp")
    # a fresh secret for every enrolment, so a secret shown to an earlier, unfinished
    # session is never the one that gets confirmed
    user.totp_secret = totp.new_secret()
    user.last_totp_step = 0
    user.save(update_fields=["totp_secret", "last_totp_step"])
    return redirect("accounts:enrol")


@require_http_methods(["GET", "POST"])
def code(request: HttpRequest) -> HttpResponse:
    state = pending.current(request.session)
    if state is None:
        return _restart(request)
    user = state.user
    if not user.has_second_factor:
        return redirect("accounts:enrol")
    error = ""
    if request.method == "POST":
        locked = lockout.minutes_left(user)
        if locked:
            pending.clear(request.session)
            return _login_page(request, error=_locked_message(locked))
        form = CodeForm(request.POST)
        if form.is_valid() and totp.verify(user, form.cleaned_data["code"]):
            return _complete(request, user=user, next_url=state.next_url)
        minutes = lockout.record_failure(user)
        if minutes:
            pending.clear(request.session)
            return _login_page(request, error=_locked_message(minutes))
        error = say("accounts.totp.error")
    return render(request, "signaal/accounts/totp.html", {"error": error})


@require_http_methods(["GET", "POST"])
def enrol(request: HttpRequest) -> HttpResponse:
    state = pending.current(request.session)
    if state is None:
        return _restart(request)
    user = state.user
    if user.has_second_factor:
        # never replace a confirmed second factor from a session that only knows the password
        return redirect("accounts:totp")
    if not user.totp_secret:
        user.totp_secret = totp.new_secret()
        user.save(update_fields=["totp_secret"])
    error = ""
    if request.method == "POST":
        locked = lockout.minutes_left(user)
        if locked:
            pending.clear(request.session)
            return _login_page(request, error=_locked_message(locked))
        form = CodeForm(request.POST)
        if form.is_valid() and totp.verify(user, form.cleaned_data["code"]):
            user.totp_confirmed_at = timezone.now()
            user.save(update_fields=["totp_confirmed_at"])
            return _complete(request, user=user, next_url=state.next_url)
        # not counted towards the lockout: this session has already seen the secret, so
        # guessing gains nothing, and a person new to the app often mistypes
        error = say("accounts.totp.error")
    secret = user.totp_secret or ""
    svg = totp.qr_svg(totp.provisioning_uri(user), title=say("accounts.enrol.qr_title"))
    context = {
        # segno builds the markup from our own URI and escapes the title
        "qr_svg": mark_safe(svg),  # noqa: S308
        "secret": totp.grouped(secret),
        "error": error,
    }
    return render(request, "signaal/accounts/enrol.html", context)


@require_POST
def logout(request: HttpRequest) -> HttpResponse:
    # POST only, with CSRF: a link or image elsewhere must not be able to log someone out
    auth_logout(request)
    return redirect("public:home")
