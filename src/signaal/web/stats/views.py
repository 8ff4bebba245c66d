"""The statistics page for coordinators, and its downloads (CSV, PDF) with the publish
rules applied. Thin: the figures come from the core via services."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from signaal.core.i18n import Lang
from signaal.core.stats.publish import PublishedReport, Shown, publish
from signaal.core.stats.report import FIGURES, FIRST_YEAR, LAST_YEAR, YearReport
from signaal.core.stats.text import VICTIMS, VISITORS, pct_text
from signaal.web.accounts.decorators import role_required
from signaal.web.accounts.models import Organisation, Role, User
from signaal.web.pdf import pdf_response, render_pdf
from signaal.web.stats.charts import Chart, bar_chart
from signaal.web.stats.services import year_report, years_with_data
from signaal.web.templatetags.signaal import current_lang
from signaal.web.texts import TEXTS


def _organisation(request: HttpRequest) -> Organisation:
    user = request.user
    assert isinstance(user, User)  # noqa: S101 - role_required let only a logged-in user in
    return user.organisation


def _percent(value: float | None, lang: Lang) -> str:
    text = pct_text(value, lang)
    return text if value is None else f"{text} %"


def _change(this: float | None, before: float | None, lang: Lang) -> str:
    if this is None or before is None:
        return "-"
    tenths = round(this * 10) - round(before * 10)
    sign = "+" if tenths > 0 else "−" if tenths < 0 else ""
    return sign + pct_text(abs(tenths) / 10, lang)


def _rows(report: YearReport, before: YearReport, lang: Lang) -> list[dict[str, Any]]:
    rows = []
    for definition in FIGURES:
        figure, earlier = report.figures[definition.name], before.figures[definition.name]
        rows.append(
            {
                "name": definition.name,
                "label": definition.label,
                "count": figure.count,
                "n": figure.n,
                "pct": pct_text(figure.pct, lang),
                "previous_pct": pct_text(earlier.pct, lang),
                "change": _change(figure.pct, earlier.pct, lang),
            }
        )
    return rows


def _charts(report: YearReport, before: YearReport, lang: Lang) -> tuple[Chart, Chart]:
    percentages = bar_chart(
        "chart-pct",
        [
            (
                d.label.get(lang),
                report.figures[d.name].pct,
                before.figures[d.name].pct,
                _percent(report.figures[d.name].pct, lang),
                _percent(before.figures[d.name].pct, lang),
            )
            for d in FIGURES
        ],
        maximum=100,
    )
    people = [
        (VISITORS.get(lang), report.unique_visitors, before.unique_visitors),
        (VICTIMS.get(lang), report.victims, before.victims),
    ]
    biggest = max(1, *(max(a, b) for _, a, b in people))
    counts = bar_chart(
        "chart-people",
        [(label, a, b, str(a), str(b)) for label, a, b in people],
        maximum=biggest,
    )
    return percentages, counts


def _default_year(organisation: Organisation) -> int:
    found = years_with_data(organisation)
    return found[0] if found else timezone.localdate().year


def _year(request: HttpRequest, organisation: Organisation) -> int | None:
    """The year asked for (?jaar=), else the latest year with registrations, else this
    year; None when the year asked for is not a year from 2000 to 2100."""
    asked = request.GET.get("jaar")
    if asked is None:
        return _default_year(organisation)
    if asked.isascii() and asked.isdigit() and FIRST_YEAR <= int(asked) <= LAST_YEAR:
        return int(asked)
    return None


@role_required(Role.COORDINATOR)
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    organisation = _organisation(request)
    lang = current_lang()
    asked = _year(request, organisation)
    # a year that is not a year: the page of the default year, with the error, as 400
    year = asked if asked is not None else _default_year(organisation)
    report = year_report(organisation, year)
    before = year_report(organisation, year - 1)
    years = sorted({*years_with_data(organisation), year, timezone.localdate().year}, reverse=True)
    pct_chart, people_chart = _charts(report, before, lang)
    context = {
        "year": year,
        "previous_year": year - 1,
        "years": years,
        "report": report,
        "before": before,
        "rows": _rows(report, before, lang),
        "pct_chart": pct_chart,
        "people_chart": people_chart,
        "bad_year": asked is None,
    }
    status = 400 if asked is None else 200
    return render(request, "signaal/stats/overview.html", context, status=status)


def _published_rows(
    published: PublishedReport, before: PublishedReport, lang: Lang
) -> list[dict[str, Any]]:
    return [
        {
            "name": d.name,
            "label": d.label,
            "count": published.figures[d.name].count,
            "n": published.figures[d.name].n,
            "pct": None
            if published.figures[d.name].pct is None
            else pct_text(published.figures[d.name].pct, lang),
            "previous_pct": None
            if before.figures[d.name].pct is None
            else pct_text(before.figures[d.name].pct, lang),
        }
        for d in FIGURES
    ]


def _published_year(organisation: Organisation, year: int) -> PublishedReport:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Http404
    return publish(year_report(organisation, year))


def _cell(value: Shown) -> str:
    return "" if value is None else str(value)


@role_required(Role.COORDINATOR)
@require_GET
def figures_csv(request: HttpRequest, year: int) -> HttpResponse:
    """The published figures: one row per figure, codes in the first column, the label in
    the page's language, pct with a decimal point; an empty cell is hidden."""
    published = _published_year(_organisation(request), year)
    lang = current_lang()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["figure", "label", "count", "n", "pct", "suppressed"])
    for name, label, value in (
        ("unique_visitors", VISITORS, published.unique_visitors),
        ("victims", VICTIMS, published.victims),
    ):
        hidden = not isinstance(value, int)
        writer.writerow([name, label.get(lang), _cell(value), "", "", str(hidden).lower()])
    for d in FIGURES:
        f = published.figures[d.name]
        pct = "" if f.pct is None else f"{f.pct:.1f}"
        writer.writerow(
            [d.name, d.label.get(lang), _cell(f.count), _cell(f.n), pct, str(f.suppressed).lower()]
        )
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="jaarcijfers-{year}.csv"'
    return response


def report_context(organisation: Organisation, year: int, lang: Lang) -> dict[str, Any]:
    """What the PDF report is rendered from: the published figures of the year and the
    year before, and a chart of the published percentages."""
    published = _published_year(organisation, year)
    before = publish(year_report(organisation, year - 1))
    hidden = TEXTS["stats.hidden"].get(lang)
    chart = bar_chart(
        "chart-pct",
        [
            (
                d.label.get(lang),
                published.figures[d.name].pct,
                before.figures[d.name].pct,
                _percent(published.figures[d.name].pct, lang)
                if published.figures[d.name].pct is not None
                else hidden,
                _percent(before.figures[d.name].pct, lang)
                if before.figures[d.name].pct is not None
                else hidden,
            )
            for d in FIGURES
        ],
        maximum=100,
    )
    return {
        "organisation": organisation,
        "year": year,
        "previous_year": year - 1,
        "published": published,
        "rows": _published_rows(published, before, lang),
        "pct_chart": chart,
        "made_on": timezone.localdate(),
    }


@role_required(Role.COORDINATOR)
@require_GET
def report_pdf(request: HttpRequest, year: int) -> HttpResponse:
    context = report_context(_organisation(request), year, current_lang())
    data = render_pdf("signaal/stats/report.html", context, request)
    return pdf_response(data, f"jaarcijfers-{year}.pdf")
