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


def log_in(page: Page, base: str, secret: str) -> None:
    page.goto(f"{base}/inloggen/")
    assert violations(page) == []
    page.get_by_label("E-mailadres").fill(EMAIL)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_label("Code van 6 cijfers").fill(pyotp.TOTP(secret).now())
    page.get_by_role("button", name="Controleren").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn cliënten")


def test_it_lets_a_professional_complete_a_screening_with_a_pdf(
    page: Page, live_server: LiveServer
) -> None:
    base = str(live_server.url)
    secret = next(a.totp_secret for a in ensure_demo() if a.email == EMAIL)
    log_in(page, base, secret)
    assert violations(page) == []

    page.get_by_label("Cliëntcode").fill("E2E-001")
    page.get_by_role("button", name="Cliënt toevoegen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("E2E-001")
    page.get_by_role("button", name="Nieuwe Signaalwijzer starten").click()

    page.get_by_label("Leeftijd").fill("14")
    page.get_by_role("radio", name="Nederland").check()
    page.get_by_role("button", name="Opslaan en volgende").click()

    # online: a follow-up item appears only once its condition holds
    follow_up = page.locator("#q-SW-ON-04")
    expect(follow_up).to_be_hidden()
    page.locator("#q-SW-ON-03").get_by_role("radio", name="Aanwezig", exact=True).check()
    expect(follow_up).to_be_visible()
    follow_up.get_by_role("radio", name="Aanwezig", exact=True).check()
    page.locator("#q-SW-ON-05").get_by_role("radio", name="Aanwezig", exact=True).check()
    page.locator("#q-SW-ON-01").get_by_role("radio", name="Onbekend").check()
    assert violations(page) == []
    assert target_sizes(page) == []
    screenshot(page, "professional-screening-online")
    page.get_by_role("button", name="Opslaan en volgende").click()
    page.locator("#q-SW-CO-02").get_by_role("radio", name="Aanwezig", exact=True).check()
    page.get_by_role("button", name="Opslaan en volgende").click()
    for _ in range(10):
        page.get_by_role(
            "button", name=re.compile("Opslaan en (volgende|uitkomst bekijken)")
        ).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Uitkomst Signaalwijzer")
    expect(page.locator(".profile")).to_contain_text("Profiel: risico")
    expect(page.locator("body")).to_contain_text("Deze uitkomst is geen diagnose")
    assert violations(page) == []

    page.get_by_label("Jouw oordeel").fill(
        "Online contact met een onbekende oudere; gesprek met jongere en ouders gepland."
    )
    page.get_by_label("Opnieuw screenen op").fill(
        (dt.date.today() + dt.timedelta(days=60)).isoformat()
    )
    page.get_by_role("button", name="Definitief maken").click()
    expect(page.locator("body")).to_contain_text("Definitief op")
    screenshot(page, "professional-screening-final")

    with page.expect_download() as download:
        page.get_by_role("link", name="Rapport (PDF) downloaden").click()
    assert re.fullmatch(
        r"signaalwijzer-E2E-001-\d{4}-\d{2}-\d{2}\.pdf", download.value.suggested_filename
    )
    assert download.value.path().read_bytes()[:5] == b"%PDF-"
