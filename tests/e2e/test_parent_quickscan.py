"""A parent does the Quickscan in a real browser, downloads the advice and uses quick exit."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from tests.e2e.accessibility import target_sizes, violations
from tests.e2e.conftest import NEUTRAL, screenshot

NUDE = re.compile("naaktfoto|nude photos")
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WORDS = {
    "nl": {
        "prefix": "",
        "start": "Begin de Quickscan",
        "next": "Volgende",
        "back": "Vorige",
        "yes": "Ja",
        "result": "Bekijk het advies",
        "acute": "Je kind heeft misschien nu hulp nodig",
        "pdf": "Download dit advies als PDF",
        "exit": "Snel weg",
        "age": "Hoe oud is je kind?",
        "nl": "Nederland",
        "file": "quickscan-uitslag.pdf",
    },
    "en": {
        "prefix": "/en",
        "start": "Start the Quickscan",
        "next": "Next",
        "back": "Previous",
        "yes": "Yes",
        "result": "See the advice",
        "acute": "Your child may need help now",
        "pdf": "Download this advice as a PDF",
        "exit": "Quick exit",
        "age": "How old is your child?",
        "nl": "The Netherlands",
        "file": "quickscan-result.pdf",
    },
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_it_lets_a_parent_do_the_quickscan_and_leave_quickly(
    page: Page, live_server: LiveServer, lang: str
) -> None:
    w = WORDS[lang]
    base = str(live_server.url)
    page.goto(f"{base}{w['prefix']}/")
    assert page.context.cookies() == []  # nothing before the visitor acts
    assert violations(page) == []
    assert target_sizes(page) == []

    page.goto(f"{base}{w['prefix']}/quickscan/")
    assert page.context.cookies() == []
    page.get_by_role("link", name=w["start"]).click()
    page.get_by_label(w["age"]).fill("13")
    page.get_by_role("radio", name=w["nl"]).check()
    assert violations(page) == []
    page.get_by_role("button", name=w["next"]).click()

    # page 2: phone and internet; answer the sextortion question, then go back and forth
    page.get_by_role("group", name=NUDE).get_by_role("radio", name=w["yes"]).check()
    assert violations(page) == []
    assert target_sizes(page) == []
    page.get_by_role("button", name=w["next"]).click()
    page.get_by_role("button", name=w["back"]).click()
    group = page.get_by_role("group", name=NUDE)
    expect(group.get_by_role("radio", name=w["yes"])).to_be_checked()
    for _ in range(4):
        page.get_by_role("button", name=w["next"]).click()
    page.get_by_role("button", name=w["result"]).click()

    expect(page.get_by_role("alert")).to_contain_text(w["acute"])
    expect(page.locator("body")).to_contain_text("0800 2000")
    assert violations(page) == []
    screenshot(page, f"parent-quickscan-result-{lang}")

    with page.expect_download() as download:
        page.get_by_role("button", name=w["pdf"]).click()
    assert download.value.suggested_filename == w["file"]
    assert download.value.path().read_bytes()[:5] == b"%PDF-"

    exit_button = page.locator("[data-quick-exit]")
    expect(exit_button).to_contain_text(w["exit"])
    exit_button.click()
    page.wait_for_url(f"{NEUTRAL}/**")
    assert page.url.startswith(NEUTRAL)
    origin = base.split("//")[1]
    assert left_cookies(page, origin) == []


def left_cookies(page: Page, origin: str, seconds: float = 5.0) -> list[object]:
    """The site's cookies once the exit beacon has been answered: the page leaves at once
    and the beacon's Clear-Site-Data arrives a moment later (later on a busy machine)."""
    deadline = time.monotonic() + seconds
    while True:
        left = [c for c in page.context.cookies() if origin.startswith(c["domain"])]
        if not left or time.monotonic() > deadline:
            return list(left)
        page.wait_for_timeout(100)


def test_it_leaves_at_once_when_escape_is_pressed_twice(
    page: Page, live_server: LiveServer
) -> None:
    base = str(live_server.url)
    page.goto(f"{base}/kennisbank/sextortion/")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(f"{NEUTRAL}/**")
    assert page.url.startswith(NEUTRAL)
    page.go_back()
    # the article was replaced in history, so going back does not show it again
    assert "/kennisbank/sextortion/" not in page.url
