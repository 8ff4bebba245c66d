"""Pages of the help chat for staff: the counsellor's console (the page; the realtime part is
the websocket ``/ws/console/``), the registration form after a contact, and the list of
registrations for coordinators and counsellors.

Thin: who may do what is checked by the services (``signaal.web.helpline.services``); these
views only add the page-level checks (role, and 404 for a chat of another organisation so
its existence is not revealed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from signaal.core.errors import Problem
from signaal.core.helpline.form import FieldKind, Form, FormField
from signaal.core.helpline.loader import load_form
from signaal.core.i18n import Lang
from signaal.web.accounts.decorators import role_required
from signaal.web.accounts.models import Role, User
from signaal.web.helpline import services
from signaal.web.helpline.errors import RegistrationInvalid
from signaal.web.helpline.models import (
    AgeBand,
    Chat,
    ChatStatus,
    CounsellorAvailability,
    Registration,
)
from signaal.web.helpline.texts import TEXTS
from signaal.web.templatetags.signaal import current_lang

# the flash shown once on the console after a registration was saved (session, no cookie)
STATUS_KEY = "helpline_console_status"
# the columns of the registrations table besides date and version
MAIN_FIELDS = ("contact_type", "trafficking_question", "exploitation", "referral_made")
# stands in for a chat id in the registration address handed to the console's script
ID_PLACEHOLDER = UUID(int=0)
# the registrations list shows this many per page, page N at ?pagina=N
PER_PAGE = 50
PAGE_PARAM = "pagina"


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # noqa: S101 - role_required let only a logged-in user in
    return user


# --- the console ------------------------------------------------------------------------


def _age_labels(lang: Lang) -> dict[str, str]:
    return {code: TEXTS[f"con.age.{code}"].get(lang) for code in AgeBand.values}


def _script_texts(lang: Lang) -> dict[str, str]:
    prefix = "con.js."
    return {k[len(prefix) :]: v.get(lang) for k, v in TEXTS.items() if k.startswith(prefix)}


@role_required(Role.COUNSELLOR)
@require_GET
def console(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    lang = current_lang()
    now = timezone.now()
    availability = CounsellorAvailability.objects.filter(counsellor=user).first()
    cap = services.helpline_settings(user.organisation).max_chats_per_counsellor
    ages = _age_labels(lang)
    queue = [
        {
            "chat_id": e.chat_id,
            "nickname": e.nickname,
            "age": ages.get(e.age_band, e.age_band),
            "waiting": max(0, int((now - e.waiting_since).total_seconds() // 60)),
        }
        for e in services.queue(user)
    ]
    active = [
        {"chat_id": c.public_id, "nickname": c.nickname, "age": ages.get(c.age_band, c.age_band)}
        for c in services.my_chats(user)
    ]
    to_register = [
        {
            "chat_id": c.public_id,
            "nickname": c.nickname,
            "age": ages.get(c.age_band, c.age_band),
            "ended_at": c.ended_at,
        }
        for c in services.unclosed_chats(user)
    ]
    canned = [
        {"code": c.code, "title": c.title, "text": c.text}
        for c in services.canned_responses(user, language=lang)
    ]
    register_url = reverse("console:register", kwargs={"chat_id": ID_PLACEHOLDER})
    config: dict[str, Any] = {
        "ws": "/ws/console/",
        "login": reverse("accounts:login") + "?next=" + request.path,
        "register": register_url.replace(str(ID_PLACEHOLDER), "{id}"),
        "lang": lang.value,
        "me": user.pk,
        "texts": _script_texts(lang),
        "ages": ages,
        "canned": canned,
    }
    status_key = request.session.pop(STATUS_KEY, None)
    return render(
        request,
        "signaal/helpline/console.html",
        {
            "available": bool(availability and availability.available),
            "max_chats": services.chat_limit(user),
            "cap": range(1, cap + 1),
            "queue": queue,
            "active": active,
            "to_register": to_register,
            "canned": canned,
            "config": config,
            "status_key": status_key,
        },
    )


# --- the registration form --------------------------------------------------------------


@dataclass
class FieldRow:
    """One field of the form as the page shows it: label, options, what is chosen now, when
    it is required and the problems found with it."""

    field: FormField
    label: str
    options: list[tuple[str, str, bool]]  # code, label, chosen
    value: str  # for a number field
    required: bool
    when: str  # "" or the condition in words
    problems: list[str]

    @property
    def kind(self) -> str:
        return self.field.kind.value

    @property
    def id(self) -> str:
        return self.field.id


def _read(form: Form, data: QueryDict) -> dict[str, object]:
    """The answers posted: a choice is a code, a multiple field its codes (repeated
    checkboxes of one name), a number field digits as a whole number; anything else stays
    as written, so that the form's check reports it. Fields left empty are left out."""
    answers: dict[str, object] = {}
    for f in form.fields:
        if f.kind is FieldKind.MULTIPLE:
            codes = [c for c in data.getlist(f.id) if c]
            if codes:
                answers[f.id] = codes
            continue
        answer = f.from_text(data.get(f.id, ""))
        if answer is not None:
            answers[f.id] = answer
    return answers


def _when(form: Form, f: FormField, lang: Lang) -> str:
    if f.required or not f.required_when:
        return ""
    parts = []
    for condition in f.required_when:
        other = form.field(condition.field)
        codes = [other.code(c) for c in condition.codes]
        shown = [c.label.get(lang) for c in codes if c is not None]
        parts.append(f"{other.label.get(lang)} = {' / '.join(shown)}")
    joiner = " en " if lang is Lang.NL else " and "
    return joiner.join(parts)


def _rows(
    form: Form, answers: dict[str, Any], problems: list[Problem], lang: Lang
) -> list[FieldRow]:
    rows = []
    for f in form.fields:
        given = answers.get(f.id)
        chosen = set(given) if isinstance(given, list) else {str(given)} if given else set()
        rows.append(
            FieldRow(
                field=f,
                label=f.label.get(lang),
                options=[(c.code, c.label.get(lang), c.code in chosen) for c in f.codes],
                value="" if given is None else str(given),
                required=f.required,
                when=_when(form, f, lang),
                problems=[p.message.get(lang) for p in problems if p.item == f.id],
            )
        )
    return rows


def _own_chat(user: User, chat_id: UUID) -> Chat:
    """The chat, for the counsellor it is assigned to: 404 when it is not a chat of their
    organisation, 403 when it is a colleague's."""
    chat = Chat.objects.filter(public_id=chat_id, organisation_id=user.organisation_id).first()
    if chat is None:
        raise Http404
    if chat.counsellor_id != user.pk:
        raise PermissionDenied
    return chat


@role_required(Role.COUNSELLOR)
@require_http_methods(["GET", "POST"])
def register(request: HttpRequest, chat_id: UUID) -> HttpResponse:
    user = _user(request)
    lang = current_lang()
    chat = _own_chat(user, chat_id)
    form = load_form()
    saved = Registration.objects.filter(chat=chat).first()
    answers: dict[str, Any] = dict(saved.answers) if saved is not None else {}
    problems: list[Problem] = []
    if request.method == "POST":
        answers = _read(form, request.POST)
        try:
            services.save_registration(user, chat_id=chat.public_id, answers=answers)
        except RegistrationInvalid as exc:
            problems = list(exc.form_problems)
        else:
            request.session[STATUS_KEY] = "reg.saved"
            return redirect("console:console")
    rows = _rows(form, answers, problems, lang)
    general = [p.message.get(lang) for p in problems if p.item not in form.field_ids]
    # reading the chat beside the form is reading a transcript: always audited
    transcript = services.open_transcript(user, chat_id=chat.public_id)
    return render(
        request,
        "signaal/helpline/console_register.html",
        {
            "chat": chat,
            "form": form,
            "rows": rows,
            "summary": [(r.id, r.label, p) for r in rows for p in r.problems],
            "general": general,
            "saved": saved,
            "transcript": transcript,
            "ended": chat.status == ChatStatus.ENDED,
            "age": _age_labels(lang).get(chat.age_band, chat.age_band),
        },
        status=200,
    )


# --- the registrations ------------------------------------------------------------------


def _page_link(query: QueryDict, number: int) -> str:
    """The address of page ``number`` of the list, keeping the page's other parameters."""
    kept = query.copy()
    kept[PAGE_PARAM] = str(number)
    return f"?{kept.urlencode()}"


@role_required(Role.COORDINATOR, Role.COUNSELLOR)
@require_GET
def registrations(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    lang = current_lang()
    found = services.visible_registrations(user).order_by("-contact_date", "-created_at", "-pk")
    # a page that is not a number gives the first page, one past the end the last
    page = Paginator(found, PER_PAGE).get_page(request.GET.get(PAGE_PARAM))
    current = load_form()
    headers = [current.field(f).label.get(lang) for f in MAIN_FIELDS]
    rows = []
    forms = {current.version: current}
    for registration in page:
        form = forms.get(registration.form_version)
        if form is None:
            form = forms[registration.form_version] = load_form(registration.form_version)
        cells = []
        for field_id in MAIN_FIELDS:
            value = registration.answers.get(field_id)
            try:
                f = form.field(field_id)
            except KeyError:
                cells.append("")
                continue
            code = f.code(value) if isinstance(value, str) else None
            cells.append(code.label.get(lang) if code is not None else "")
        rows.append({"date": registration.contact_date, "version": form.version, "cells": cells})
    return render(
        request,
        "signaal/helpline/console_registrations.html",
        {
            "headers": headers,
            "rows": rows,
            "coordinator": user.role == Role.COORDINATOR,
            "page": page,
            "previous": _page_link(request.GET, page.number - 1) if page.has_previous() else None,
            "next": _page_link(request.GET, page.number + 1) if page.has_next() else None,
        },
    )
