"""Views of the professional part. Thin: access rules in access.py, rules in the core."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from signaal.core.i18n import Lang
from signaal.core.knowledge.loader import knowledge_base
from signaal.core.screening.loader import get_instrument
from signaal.core.screening.report import result_dict
from signaal.core.screening.scoring import score
from signaal.web.accounts.decorators import role_required
from signaal.web.accounts.models import Role, User
from signaal.web.forms import BadAnswers, read_answers
from signaal.web.pdf import pdf_response, render_pdf
from signaal.web.screening import access
from signaal.web.screening.compare import compare
from signaal.web.screening.flow import merge, pages, question_rows, stored_answers
from signaal.web.screening.forms import ClientForm, FinaliseForm
from signaal.web.screening.models import Client, Gender, Screening, Status
from signaal.web.templatetags.signaal import current_lang
from signaal.web.views import bad_request_page

INSTRUMENT = "signaalwijzer"
RECORDS = (Role.PROFESSIONAL, Role.COORDINATOR)


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # noqa: S101 - role_required let only a logged-in user in
    return user


@role_required(*RECORDS)
@require_http_methods(["GET", "POST"])
def clients(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = ClientForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                client = Client.objects.create(
                    organisation=user.organisation,
                    created_by=user,
                    code=form.cleaned_data["code"],
                    birth_year=form.cleaned_data["birth_year"],
                    gender=form.cleaned_data["gender"] or "",
                )
        except IntegrityError:
            form.add_error("code", ValidationError("duplicate", code="duplicate"))
        else:
            access.audit(user, "client.create", client=client)
            return redirect("screening:client", client_id=client.public_id)
    listed = access.visible_clients(user).prefetch_related("screenings")
    return render(
        request,
        "signaal/screening/clients.html",
        {"clients": listed, "form": form, "genders": ["", *Gender.values]},
        status=400 if form.errors else 200,
    )


@role_required(*RECORDS)
@require_GET
def client(request: HttpRequest, client_id: UUID) -> HttpResponse:
    user = _user(request)
    found = access.get_client(user, client_id)
    access.audit(user, "client.view", client=found)
    screenings = list(found.screenings.all())
    finals = sorted(
        (s for s in screenings if s.is_final), key=lambda s: s.finalised_at or s.created_at
    )
    return render(
        request,
        "signaal/screening/client.html",
        {
            "client": found,
            "screenings": screenings,
            "history": compare(finals, current_lang()),
            "may_start": found.created_by_id == user.pk,
        },
    )


@role_required(*RECORDS)
@require_POST
def start(request: HttpRequest, client_id: UUID) -> HttpResponse:
    user = _user(request)
    found = access.get_client(user, client_id)
    if found.created_by_id != user.pk:
        return render(request, "signaal/error.html", {"status": 403}, status=403)
    instrument = get_instrument(INSTRUMENT)
    answers: dict[str, str] = {}
    if found.birth_year:
        answers["age"] = str(max(0, timezone.localdate().year - found.birth_year))
    screening = Screening.objects.create(
        client=found,
        created_by=user,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        answers=answers,
    )
    access.audit(user, "screening.create", screening=screening)
    return redirect("screening:step", screening_id=screening.public_id, number=0)


def _locked(request: HttpRequest, screening: Screening) -> HttpResponse:
    return render(request, "signaal/screening/locked.html", {"screening": screening}, status=409)


@role_required(*RECORDS)
@require_http_methods(["GET", "POST"])
def step(request: HttpRequest, screening_id: UUID, number: int) -> HttpResponse:
    user = _user(request)
    screening = access.get_screening(user, screening_id)
    if not access.may_edit(user, screening):
        return _locked(request, screening)
    instrument = get_instrument(screening.instrument_id)
    all_pages = pages(instrument)
    if not 0 <= number < len(all_pages):
        return render(request, "signaal/error.html", {"status": 404}, status=404)
    page = all_pages[number]
    stored: dict[str, str] = dict(screening.answers)
    if request.method == "POST":
        merged = merge(stored, {k: str(v) for k, v in request.POST.items()}, page)
        try:
            read_answers(instrument, merged)
        except BadAnswers as exc:
            return bad_request_page(request, exc.render(current_lang()))
        # only while still a draft: another tab may have finalised it since the check above
        saved = Screening.objects.filter(pk=screening.pk, status=Status.DRAFT).update(
            answers=merged, step=number, updated_at=timezone.now()
        )
        if not saved:
            screening.refresh_from_db()
            return _locked(request, screening)
        access.audit(user, "screening.answer", screening=screening)
        action = request.POST.get("action", "next")
        if action == "back":
            return redirect(
                "screening:step", screening_id=screening.public_id, number=max(number - 1, 0)
            )
        if action == "save":
            return redirect("screening:client", client_id=screening.client.public_id)
        if number + 1 < len(all_pages):
            return redirect("screening:step", screening_id=screening.public_id, number=number + 1)
        return redirect("screening:result", screening_id=screening.public_id)
    access.audit(user, "screening.edit", screening=screening)
    return render(
        request,
        "signaal/screening/step.html",
        {
            "screening": screening,
            "instrument": instrument,
            "page": page,
            "number": number + 1,
            "total": len(all_pages),
            "last": number == len(all_pages) - 1,
            "rows": question_rows(instrument, page, stored),
            "raw": stored,
            "answer_labels": instrument.answer_labels,
        },
    )


def _outcome(screening: Screening, lang: Lang) -> dict[str, Any]:
    """The result: the stored snapshot of a final screening, scored live for a draft."""
    instrument = get_instrument(screening.instrument_id)
    if screening.is_final and screening.result:
        return {"data": screening.result[lang.value], "instrument": instrument}
    result = score(instrument, stored_answers(instrument, dict(screening.answers)))
    return {"data": result_dict(result, knowledge_base(), lang), "instrument": instrument}


@role_required(*RECORDS)
@require_http_methods(["GET", "POST"])
def result(request: HttpRequest, screening_id: UUID) -> HttpResponse:
    user = _user(request)
    screening = access.get_screening(user, screening_id)
    form = FinaliseForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if not access.may_edit(user, screening):
            return _locked(request, screening)
        if form.is_valid():
            if not _finalise(screening, form):
                return _locked(request, screening)
            access.audit(user, "screening.finalise", screening=screening)
            return redirect("screening:result", screening_id=screening.public_id)
    access.audit(user, "screening.view", screening=screening)
    context = {
        "screening": screening,
        "form": form,
        "may_edit": access.may_edit(user, screening),
        **_outcome(screening, current_lang()),
    }
    return render(
        request, "signaal/screening/result.html", context, status=400 if form.errors else 200
    )


def _finalise(screening: Screening, form: FinaliseForm) -> bool:
    """Make a draft final with a snapshot of its outcome; False when it is no longer a draft.

    The row is locked first, so two finalising requests cannot both write a judgement, and
    the instrument version stored is the one that produced the snapshot.
    """
    instrument = get_instrument(screening.instrument_id)
    kb = knowledge_base()
    with transaction.atomic():
        locked = Screening.objects.select_for_update().get(pk=screening.pk)
        if locked.status != Status.DRAFT:
            return False
        result = score(instrument, stored_answers(instrument, dict(locked.answers)))
        locked.result = {lang.value: result_dict(result, kb, lang) for lang in Lang}
        locked.instrument_version = instrument.version
        locked.judgement = form.cleaned_data["judgement"]
        locked.rescreen_on = form.cleaned_data["rescreen_on"]
        locked.status = Status.FINAL
        locked.finalised_at = timezone.now()
        locked.save()
    screening.refresh_from_db()
    return True


@role_required(*RECORDS)
@require_GET
def report(request: HttpRequest, screening_id: UUID) -> HttpResponse:
    user = _user(request)
    screening = access.get_screening(user, screening_id)
    if not screening.is_final:
        return _locked(request, screening)
    access.audit(user, "screening.report", screening=screening)
    lang = current_lang()
    context = {
        "screening": screening,
        "organisation": screening.client.organisation,
        **_outcome(screening, lang),
    }
    data = render_pdf("signaal/screening/report.html", context, request)
    # no client code in the file name: it stays in the downloads list and folder
    day = timezone.localtime(screening.finalised_at).date().isoformat()
    return pdf_response(data, f"signaalwijzer-{day}.pdf")
