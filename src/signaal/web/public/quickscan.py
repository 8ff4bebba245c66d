"""The Quickscan for parents: one short page at a time, answers carried in the form.

Nothing is stored on the server, not even in a session: each page posts all answers so far,
the result is computed and shown, and a PDF is made only when the parent asks for it.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_POST

from signaal.core.i18n import LocalText
from signaal.core.knowledge.loader import knowledge_base
from signaal.core.screening.loader import get_instrument
from signaal.core.screening.model import Instrument
from signaal.core.screening.report import result_dict
from signaal.core.screening.scoring import Result, score
from signaal.web.forms import BadAnswers, Posted, field_name, read_answers
from signaal.web.pdf import pdf_response, render_pdf
from signaal.web.templatetags.signaal import current_lang
from signaal.web.views import bad_request_page

INSTRUMENT = "quickscan"


def _instrument() -> Instrument:
    return get_instrument(INSTRUMENT)


@require_GET
def intro(request: HttpRequest) -> HttpResponse:
    return render(request, "signaal/quickscan/intro.html", {"instrument": _instrument()})


def _step_page(request: HttpRequest, posted: Posted, step: int) -> HttpResponse:
    instrument = _instrument()
    total = len(instrument.areas) + 1  # step 0 asks about the child
    area = instrument.areas[step - 1] if step > 0 else None
    on_page = {field_name(i.id) for i in area.items} if area else {"age", "lvb", "land"}
    hidden = {k: v for k, v in posted.raw.items() if k not in on_page}
    questions = [
        {
            "item": item,
            "field": field_name(item.id),
            "value": posted.raw.get(field_name(item.id), ""),
        }
        for item in (area.items if area else ())
    ]
    return render(
        request,
        "signaal/quickscan/step.html",
        {
            "instrument": instrument,
            "step": step,
            "number": step + 1,
            "total": total,
            "area": area,
            "questions": questions,
            "hidden": hidden,
            "raw": posted.raw,
            "last": step == total - 1,
        },
    )


def questions(request: HttpRequest) -> HttpResponse:
    """GET starts at the first page; POST moves back or forth, or shows the result."""
    instrument = _instrument()
    if request.method == "GET":
        return _step_page(request, read_answers(instrument, {}), 0)
    if request.method != "POST":
        return HttpResponse(status=405, headers={"Allow": "GET, POST"})
    try:
        posted = read_answers(instrument, request.POST)
        step = int(request.POST.get("step", "0"))
    except BadAnswers as exc:
        return bad_request_page(request, exc.render(current_lang()))
    except ValueError:
        message = LocalText("stap: geen getal", "step: not a number")
        return bad_request_page(request, message.get(current_lang()))
    total = len(instrument.areas) + 1
    if not 0 <= step < total:
        message = LocalText(
            f"stap: {step} ligt niet tussen 0 en {total - 1}",
            f"step: {step} is not between 0 and {total - 1}",
        )
        return bad_request_page(request, message.get(current_lang()))
    action = request.POST.get("action", "next")
    if action == "back":
        return _step_page(request, posted, max(step - 1, 0))
    if action == "result" or (action == "next" and step == total - 1):
        return _result_page(request, posted)
    return _step_page(request, posted, min(step + 1, total - 1))


def _context(posted: Posted, result: Result) -> dict[str, Any]:
    """The outcome in the same shape as everywhere else (the core's result_dict)."""
    data = result_dict(result, knowledge_base(), current_lang())
    return {
        "instrument": result.instrument,
        "data": data,
        "signals": [s for area in data["areas"] for s in area["signals"]],
        "explanation": data["explanation"][:-1],
        "disclaimer": data["explanation"][-1],  # rule R00, always last
        "raw": posted.raw,
    }


def _result_page(request: HttpRequest, posted: Posted) -> HttpResponse:
    result = score(_instrument(), posted.answers)
    return render(request, "signaal/quickscan/result.html", _context(posted, result))


@require_POST
def pdf(request: HttpRequest) -> HttpResponse:
    try:
        posted = read_answers(_instrument(), request.POST)
    except BadAnswers as exc:
        return bad_request_page(request, exc.render(current_lang()))
    result = score(_instrument(), posted.answers)
    data = render_pdf("signaal/quickscan/pdf.html", _context(posted, result), request)
    name = "quickscan-uitslag.pdf" if current_lang().value == "nl" else "quickscan-result.pdf"
    return pdf_response(data, name)
