"""End-to-end tests in a real headless Chromium (Debian's package, /usr/bin/chromium) driven by
Playwright, against the app on a live server. Screenshots go to test-output/screenshots/."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

# Playwright's sync API runs an event loop in this thread; the ORM calls of the tests are
# still plain synchronous calls, so Django's guard against async misuse does not apply.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
NEUTRAL = "https://www.buienradar.nl"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


# package scope: Playwright's event loop stops when the last end-to-end test is done, so the
# websocket tests after it (pytest-asyncio) can run their own loops in this thread
@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(locale="nl-NL", accept_downloads=True)
    # no network beyond the live server: the neutral site of quick exit is answered locally
    context.route(
        f"{NEUTRAL}/**",
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>Weer</title><p>Het weer</p>"
        ),
    )
    opened = context.new_page()
    yield opened
    context.close()


def screenshot(page: Page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
