"""The statistics page for coordinators: who may see it, the exact figures with last year
beside them, charts as inline SVG within the strict CSP, and the downloads (CSV and PDF)
with the publish rules applied."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import Any

import pytest
from django.template.loader import render_to_string
from django.test import Client

from signaal.core.i18n import Lang
from signaal.web import pdf
from signaal.web.accounts.models import Role
from signaal.web.stats import views
from tests.core.stats_2020 import victim
from tests.web.conftest import parse, text_of
from tests.web.personas import Personas, login, make_personas, make_user
from tests.web.stats_setup import AMSTERDAM, chat_registration, import_2020

pytestmark = pytest.mark.django_db

NAMES = ["owner", "coordinator", "outsider", "admin", "counsellor", "anonymous"]
LOGIN = 302


@pytest.fixture
def people() -> Personas:
    found = make_personas()
    import_2020(found.coordinator.organisation)
    return found


def browser(people: Personas, name: str) -> Client:
    if name == "counsellor":
        client = Client()
        login(
            client,
            make_user("counsellor@example.test", people.owner.organisation, Role.COUNSELLOR),
        )
        return client
    return people.client_for(name)


@pytest.fixture
def coordinator(people: Personas) -> Client:
    return people.client_for("coordinator")


URLS = [
    "/statistieken/",
    "/statistieken/?jaar=2020",
    "/statistieken/2020/cijfers.csv",
    "/statistieken/2020/rapport.pdf",
    "/en/statistieken/",
    "/en/statistieken/2020/cijfers.csv",
]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("persona", NAMES)
def test_only_a_coordinator_gets_the_statistics(people: Personas, url: str, persona: str) -> None:
    response = browser(people, persona).get(url)
    expected = {"coordinator": 200, "anonymous": LOGIN}.get(persona, 403)
    assert response.status_code == expected, f"{persona} {url}"
    if persona == "anonymous":
        prefix = "/en" if url.startswith("/en/") else ""
        assert response.headers["Location"].startswith(f"{prefix}/inloggen/?next=")


@pytest.mark.parametrize(
    "url", ["/statistieken/", "/statistieken/2020/cijfers.csv", "/statistieken/2020/rapport.pdf"]
)
def test_the_statistics_pages_answer_get_only(coordinator: Client, url: str) -> None:
    assert coordinator.post(url).status_code == 405


def test_the_page_shows_the_exact_figures_of_the_year_beside_last_year(coordinator: Client) -> None:
    response = coordinator.get("/statistieken/?jaar=2020")
    assert response.status_code == 200
    assert text_of(response, "visitors") == "Unieke bezoekers 283 36"
    assert text_of(response, "victims") == "Slachtoffers 250 8"
    assert text_of(response, "youngest") == "Jongste leeftijd 9 9"
    assert text_of(response, "figure-first_disclosure") == (
        "Vertelt het voor het eerst aan iemand 156 240 65,0 100,0 −35,0"
    )
    assert (
        text_of(response, "figure-minor") == "Minderjarig (jonger dan 18) 147 245 60,0 100,0 −40,0"
    )
    assert (
        text_of(response, "figure-age_15_or_younger") == "15 jaar of jonger 49 245 20,0 100,0 −80,0"
    )
    assert text_of(response, "figure-parent_cases_longer_than_2_years") == (
        "Met een (stief)ouder als dader: langer dan 2 jaar uitgebuit 18 33 54,5 100,0 −45,5"
    )
    assert text_of(response, "figure-sexual_exploitation") == (
        "Seksuele uitbuiting 227 248 91,5 100,0 −8,5"
    )


def test_the_english_page_uses_english_names_and_decimal_points(coordinator: Client) -> None:
    response = coordinator.get("/en/statistieken/?jaar=2020")
    assert text_of(response, "figure-first_disclosure") == (
        "Tells anyone for the first time 156 240 65.0 100.0 −35.0"
    )
    assert "<h1>Yearly figures 2020</h1>" in response.content.decode()


def test_the_year_picker_lists_the_years_with_registrations_and_opens_on_the_latest(
    coordinator: Client,
) -> None:
    response = coordinator.get("/statistieken/")
    options = [a for tag, a in parse(response).elements if tag == "option"]
    values = [a["value"] for a in options]
    assert "2021" in values
    assert "2020" in values
    assert "2019" in values
    assert [a["value"] for a in options if "selected" in a] == ["2021"]
    assert "<h1>Jaarcijfers 2021</h1>" in response.content.decode()


@pytest.mark.parametrize("year", ["1999", "2101", "twintig", "2020.5"])
def test_a_year_that_is_not_a_year_is_a_bad_request(coordinator: Client, year: str) -> None:
    response = coordinator.get(f"/statistieken/?jaar={year}")
    assert response.status_code == 400
    assert "Kies een jaar van 2000 tot en met 2100." in response.content.decode()


@pytest.mark.parametrize("year", ["2000", "2100"])
def test_the_first_and_the_last_year_are_shown(coordinator: Client, year: str) -> None:
    response = coordinator.get(f"/statistieken/?jaar={year}")
    assert response.status_code == 200
    assert f"<h1>Jaarcijfers {year}</h1>" in response.content.decode()


def test_a_coordinator_sees_only_their_own_organisations_figures(people: Personas) -> None:
    other = people.outsider.organisation
    elsewhere = make_user("coordinator@other.example.test", other, Role.COORDINATOR)
    chat_registration(other, datetime(2020, 5, 5, 20, tzinfo=AMSTERDAM), "chat-9", victim(3))
    client = Client()
    login(client, elsewhere)
    response = client.get("/statistieken/?jaar=2020")
    assert text_of(response, "visitors") == "Unieke bezoekers 1 0"
    assert text_of(response, "victims") == "Slachtoffers 1 0"


def test_the_charts_are_inline_svg_with_a_text_alternative_and_no_script_or_style(
    coordinator: Client,
) -> None:
    response = coordinator.get("/statistieken/?jaar=2020")
    html = response.content.decode()
    svgs = [a for tag, a in parse(response).elements if tag == "svg"]
    assert [(a["role"], a["aria-labelledby"]) for a in svgs] == [
        ("img", "chart-people-title chart-people-desc"),
        ("img", "chart-pct-title chart-pct-desc"),
    ]
    assert '<title id="chart-pct-title">Percentages, dit jaar en vorig jaar</title>' in html
    assert "<title>Vertelt het voor het eerst aan iemand, 2020: 65,0 %</title>" in html
    assert 'style="' not in html
    assert "<style" not in html
    scripts = [a for tag, a in parse(response).elements if tag == "script"]
    assert all(a.get("src") for a in scripts)
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert "style-src 'self'" in response.headers["Content-Security-Policy"]
    # a bar's length is its percentage: 300 px for 100 %
    assert 'width="195" height="14" fill="#1d4f91"><title>Vertelt het voor het eerst' in html


def rows_of(response: Any) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8"))))


def test_the_csv_holds_the_published_figures(coordinator: Client) -> None:
    response = coordinator.get("/statistieken/2020/cijfers.csv")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"] == 'attachment; filename="jaarcijfers-2020.csv"'
    rows = rows_of(response)
    assert rows[:5] == [
        ["figure", "label", "count", "n", "pct", "suppressed"],
        ["unique_visitors", "Unieke bezoekers", "283", "", "", "false"],
        ["victims", "Slachtoffers", "250", "", "", "false"],
        ["sexual_exploitation", "Seksuele uitbuiting", "227", "248", "91.5", "false"],
        ["criminal_exploitation", "Criminele uitbuiting", "10", "248", "4.0", "false"],
    ]
    assert len(rows) == 15
    assert "youngest" not in response.content.decode()


def test_the_csv_hides_small_numbers_and_what_would_reveal_them(coordinator: Client) -> None:
    response = coordinator.get("/en/statistieken/2019/cijfers.csv")
    rows = {row[0]: row[1:] for row in rows_of(response)}
    # 36 visitors, of whom 8 victims: all figures are over fewer than 10 people
    assert rows["unique_visitors"] == ["Unique visitors", "36", "", "", "false"]
    assert rows["victims"] == ["Victims", "<10", "", "", "true"]
    assert rows["first_disclosure"] == ["Tells anyone for the first time", "<10", "<10", "", "true"]


def test_the_pdf_report_is_a_pdf_with_the_published_figures(
    coordinator: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered: list[str] = []
    real = pdf.render_pdf

    def keep_html(template: str, context: dict[str, Any], request: Any = None) -> bytes:
        rendered.append(render_to_string(template, context, request=request))
        return real(template, context, request)

    monkeypatch.setattr("signaal.web.stats.views.render_pdf", keep_html)
    response = coordinator.get("/statistieken/2020/rapport.pdf")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"] == 'attachment; filename="jaarcijfers-2020.pdf"'
    assert response.content.startswith(b"%PDF-")
    html = rendered[0]
    assert "<h1>Jaarcijfers 2020</h1>" in html
    assert (
        '<tr id="published-first_disclosure"><th scope="row">Vertelt het voor het eerst aan '
        "iemand</th> <td>156</td> <td>240</td> <td>65,0</td> <td>verborgen</td></tr>"
    ) in html
    assert "Jongste leeftijd" not in html
    assert "<td>283</td>" in html
    assert 'width="780" height="520"' in html  # the chart, at a fixed size in the PDF


def test_the_pdf_report_context_applies_the_publish_rules(people: Personas) -> None:
    organisation = people.coordinator.organisation
    context = views.report_context(organisation, 2019, Lang.NL)
    assert context["published"].victims == "<10"
    assert context["rows"][2] == {
        "name": "first_disclosure",
        "label": context["rows"][2]["label"],
        "count": "<10",
        "n": "<10",
        "pct": None,
        "previous_pct": None,
    }


def test_a_download_for_a_year_out_of_range_is_not_found(coordinator: Client) -> None:
    assert coordinator.get("/statistieken/1999/cijfers.csv").status_code == 404
    assert coordinator.get("/statistieken/2101/rapport.pdf").status_code == 404
