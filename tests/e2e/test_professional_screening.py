"""A professional logs in with a password and a TOTP code, fills in a Signaalwijzer about a
pseudonymous client, finalises it with a judgement and downloads the PDF report."""

from __future__ import annotations

import datetime as dt
import re

import pyotp
import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from signaal.web.accounts.services import DEMO_PASSWORD, ensure_demo
from tests.e2e.accessibility import target_sizes, violations
from tests.e2e.conftest import screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

EMAIL = "professional@demo.signaal.test"
W = {
    "nl": {
        "prefix": "",
        "email": "E-mailadres",
        "password": "Wachtwoord",
        "login": "Inloggen",
        "code": "Code van 6 cijfers",
        "check": "Controleren",
        "clients": "Mijn cliënten",
        "client_code": "Cliëntcode",
        "add": "Cliënt toevoegen",
        "start": "Nieuwe Signaalwijzer starten",
        "age": "Leeftijd",
        "country": "Nederland",
        "next": "Opslaan en volgende",
        "present": "Aanwezig",
        "unknown": "Onbekend",
        "onward": "Opslaan en (volgende|uitkomst bekijken)",
        "outcome": "Uitkomst Signaalwijzer",
        "profile": "Profiel: risico",
        "disclaimer": "Deze uitkomst is geen diagnose",
        "judgement": "Jouw oordeel",
        "rescreen": "Opnieuw screenen op",
        "final": "Definitief maken",
        "is_final": "Definitief op",
        "pdf": "Rapport (PDF) downloaden",
    },
    "en": {
        "prefix": "/en",
        "email": "E-mail address",
        "password": "Password",
        "login": "Log in",
        "code": "6-digit code",
        "check": "Check",
        "clients": "My clients",
        "client_code": "Client code",
        "add": "Add client",
        "start": "Start a new Signal guide",
        "age": "Age",
        "country": "The Netherlands",
        "next": "Save and next",
        "present": "Present",
        "unknown": "Unknown",
        "onward": "Save and (next|see the outcome)",
        "outcome": "Signal guide outcome",
        "profile": "Profile: risk",
        "disclaimer": "This outcome is not a diagnosis",
        "judgement": "Your judgement",
        "rescreen": "Screen again on",
        "final": "Make final",
        "is_final": "Final on",
        "pdf": "Download report (PDF)",
    },
}


def log_in(page: Page, base: str, secret: str, w: dict[str, str]) -> None:
    page.goto(f"{base}{w['prefix']}/inloggen/")
    assert violations(page) == []
    page.get_by_label(w["email"]).fill(EMAIL)
    page.get_by_label(w["password"]).fill(DEMO_PASSWORD)
    page.get_by_role("button", name=w["login"], exact=True).click()
    page.get_by_label(w["code"]).fill(pyotp.TOTP(secret).now())
    page.get_by_role("button", name=w["check"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(w["clients"])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_it_lets_a_professional_complete_a_screening_with_a_pdf(
    page: Page, live_server: LiveServer, lang: str
) -> None:
    w = W[lang]
    base = str(live_server.url)
    secret = next(a.totp_secret for a in ensure_demo() if a.email == EMAIL)
    log_in(page, base, secret, w)
    assert violations(page) == []

    page.get_by_label(w["client_code"]).fill("E2E-001")
    page.get_by_role("button", name=w["add"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("E2E-001")
    page.get_by_role("button", name=w["start"]).click()

    page.get_by_label(w["age"]).fill("14")
    page.get_by_role("radio", name=w["country"]).check()
    page.get_by_role("button", name=w["next"]).click()

    # online: a follow-up item appears only once its condition holds
    follow_up = page.locator("#q-SW-ON-04")
    expect(follow_up).to_be_hidden()
    page.locator("#q-SW-ON-03").get_by_role("radio", name=w["present"], exact=True).check()
    expect(follow_up).to_be_visible()
    follow_up.get_by_role("radio", name=w["present"], exact=True).check()
    page.locator("#q-SW-ON-05").get_by_role("radio", name=w["present"], exact=True).check()
    page.locator("#q-SW-ON-01").get_by_role("radio", name=w["unknown"]).check()
    assert violations(page) == []
    assert target_sizes(page) == []
    screenshot(page, f"professional-screening-online-{lang}")
    page.get_by_role("button", name=w["next"]).click()
    page.locator("#q-SW-CO-02").get_by_role("radio", name=w["present"], exact=True).check()
    page.get_by_role("button", name=w["next"]).click()
    for _ in range(10):
        page.get_by_role("button", name=re.compile(w["onward"])).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(w["outcome"])
    expect(page.locator(".profile")).to_contain_text(w["profile"])
    expect(page.locator("body")).to_contain_text(w["disclaimer"])
    assert violations(page) == []

    page.get_by_label(w["judgement"]).fill(
        "Online contact met een onbekende oudere; gesprek met jongere en ouders gepland."
    )
    page.get_by_label(w["rescreen"]).fill((dt.date.today() + dt.timedelta(days=60)).isoformat())
    page.get_by_role("button", name=w["final"]).click()
    expect(page.locator("body")).to_contain_text(w["is_final"])
    screenshot(page, f"professional-screening-final-{lang}")

    with page.expect_download() as download:
        page.get_by_role("link", name=w["pdf"]).click()
    assert re.fullmatch(r"signaalwijzer-\d{4}-\d{2}-\d{2}\.pdf", download.value.suggested_filename)
    assert download.value.path().read_bytes()[:5] == b"%PDF-"
