"""The help chat end to end, in a real headless Chromium against a real `signaal serve`
process (uvicorn, Channels, its own SQLite database): a young person starts a chat in one
browser context, a counsellor logged in with password and TOTP accepts it in another, both
write, the young person leaves with quick exit, and the counsellor completes the
registration. Screenshots go to test-output/screenshots/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pyotp
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.e2e.accessibility import target_sizes, violations
from tests.e2e.conftest import NEUTRAL, screenshot
from tests.web.helpline_servers import (
    PASSWORD,
    TOTP_SECRET,
    Helpline,
    Server,
    free_port,
    make_helpline,
    server_env,
)

pytestmark = [pytest.mark.e2e]

PHONE = {"width": 390, "height": 844}
DESK = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Helpline]]:
    """One `signaal serve` process on a fresh data directory (SQLite, channel layer in
    memory) with a help line that is always open and one counsellor."""
    data: Path = tmp_path_factory.mktemp("helpline-e2e")
    env = server_env(data, redis_url="")
    helpline = make_helpline(env, name="e2e", counsellors=1, max_chats=3)
    server = Server(free_port(), env)
    server.start()
    try:
        yield server, helpline
    finally:
        server.stop()


def _context(browser: Browser, viewport: dict[str, int]) -> BrowserContext:
    context = browser.new_context(locale="nl-NL", viewport=viewport)  # type: ignore[arg-type]
    context.route(
        f"{NEUTRAL}/**",
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>Weer</title><p>Het weer</p>"
        ),
    )
    return context


def _log_in(page: Page, base: str, email: str) -> None:
    page.goto(f"{base}/inloggen/")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen", exact=True).click()
    page.get_by_label("Code van 6 cijfers").fill(pyotp.TOTP(TOTP_SECRET).now())
    page.get_by_role("button", name="Controleren").click()
    page.wait_for_load_state("load")


def test_a_young_person_and_a_counsellor_chat_and_the_contact_is_registered(
    browser: Browser, served: tuple[Server, Helpline]
) -> None:
    server, helpline = served
    base = server.base
    young_context = _context(browser, PHONE)
    desk_context = _context(browser, DESK)
    try:
        young = young_context.new_page()
        desk = desk_context.new_page()

        # the young person reads what the chat is; nothing is stored before they press start
        young.goto(f"{base}/hulpchat/{helpline.organisation}/")
        expect(young.get_by_role("heading", level=1)).to_have_text("Chat met een hulpverlener")
        assert violations(young) == []
        assert target_sizes(young) == []
        assert young_context.cookies() == []
        assert young.evaluate("() => window.sessionStorage.length") == 0
        screenshot(young, "helpline-young-start")

        # the counsellor logs in (password, then the TOTP code) and opens the console
        _log_in(desk, base, helpline.counsellors[0])
        desk.goto(f"{base}/console/")
        expect(desk.locator("#con-available")).to_be_checked()
        assert violations(desk) == []

        young.locator('input[name="nickname"]').fill("Vos")
        young.locator('input[name="age_band"][value="12_15"]').check()
        young.locator("#hc-start").click()
        expect(young.locator("#hc-queue")).to_contain_text("nummer 1")
        # the explanation was read before starting: on a phone the chat now comes first
        expect(young.locator("#hc-intro")).to_be_hidden()
        assert young.evaluate("() => window.sessionStorage.length") > 0
        assert young_context.cookies() == []  # the chat needs no cookie at all
        screenshot(young, "helpline-young-queue")

        accept = desk.locator("#con-queue button[data-accept]")
        expect(accept).to_have_count(1)
        chat_id = accept.get_attribute("data-accept")
        assert chat_id
        accept.click()
        chat = desk.locator(f'[data-chat="{chat_id}"]')
        expect(chat).to_be_visible()
        expect(young.locator('.hc-msg[data-sender="system"]')).to_contain_text(
            "Een hulpverlener is er nu voor je."
        )

        # both write; each sees the other's message once
        young.locator("#hc-message").fill(
            "hij wil foto's van me en ik mag het aan niemand vertellen"
        )
        young.locator("#hc-send").click()
        from_young = chat.locator('.con-msg[data-sender="young"]')
        expect(from_young).to_have_count(1)
        expect(from_young).to_contain_text("hij wil foto's van me")
        chat.locator(".con-message").fill("Goed dat je het vertelt. Je bent hier veilig.")
        chat.locator(".con-send").click()
        from_desk = young.locator('.hc-msg[data-sender="counsellor"]')
        expect(from_desk).to_have_count(1)
        expect(from_desk).to_contain_text("Goed dat je het vertelt.")
        expect(young.locator('.hc-msg[data-sender="young"]')).to_have_count(1)

        # the signals panel beside the chat: the young person's own words, never on their side
        panel = chat.locator(".con-signals")
        expect(panel).to_contain_text("foto", timeout=30_000)
        assert young.locator(".con-signals").count() == 0
        screenshot(young, "helpline-young-chat")
        screenshot(desk, "helpline-counsellor-console")

        # quick exit: the chat ends, the tab's storage is cleared and the page is replaced
        young.locator("[data-quick-exit]").click()
        young.wait_for_url(f"{NEUTRAL}/**")
        assert young_context.cookies() == []
        expect(chat.locator('.con-msg[data-sender="system"]').last).to_contain_text(
            "De jongere heeft de chat beëindigd."
        )

        # the counsellor registers the contact; it closes once the form is complete
        register = desk.locator(f'#con-to-register a[data-register="{chat_id}"]')
        expect(register).to_be_visible()
        register.click()
        expect(desk.locator("#reg-form")).to_be_visible()
        assert violations(desk) == []
        for name, value in [
            ("contact_type", "substantive"),
            ("trafficking_question", "yes"),
            ("about", "self"),
            ("victim", "yes"),
            ("exploitation", "sexual"),
            ("gender", "unknown"),
            ("first_disclosure", "yes"),
            ("still_exploited", "unknown"),
            ("duration", "unknown"),
            ("perpetrators", "1"),
            ("perpetrator_relation", "online_contact"),
            ("first_contact_channel", "social_media"),
            ("coercion", "threat_images"),
            ("referral_made", "yes"),
        ]:
            desk.locator(f'#reg-form input[name="{name}"][value="{value}"]').check()
        desk.locator('#reg-form input[name="age"]').fill("14")
        screenshot(desk, "helpline-counsellor-registration")
        desk.locator("#reg-submit").click()
        expect(desk).to_have_url(re.compile(r"/console/"))
        expect(desk.locator(f'#con-to-register a[data-register="{chat_id}"]')).to_have_count(0)
        desk.goto(f"{base}/console/registraties/")
        expect(desk.locator("table")).to_contain_text("Inhoudelijk")
        screenshot(desk, "helpline-counsellor-registrations")
    finally:
        young_context.close()
        desk_context.close()


def test_quick_exit_on_another_page_of_the_site_still_ends_the_chat(
    browser: Browser, served: tuple[Server, Helpline]
) -> None:
    """The young person started a chat, then opened another page in the same tab (the chat's
    socket is gone) and left with quick exit there: the chat kept in the tab is ended on the
    server all the same (app.js's beacon), so its token opens nothing any more."""
    server, helpline = served
    base = server.base
    chat_page = f"{base}/hulpchat/{helpline.organisation}/"
    context = _context(browser, PHONE)
    try:
        young = context.new_page()
        young.goto(chat_page)
        young.locator('input[name="age_band"][value="16_17"]').check()
        young.locator("#hc-start").click()
        expect(young.locator("#hc-queue")).to_contain_text("nummer")
        kept = young.evaluate("() => JSON.stringify(Object.entries(window.sessionStorage))")
        young.goto(f"{base}/hulp/")
        young.locator("[data-quick-exit]").click()
        young.wait_for_url(f"{NEUTRAL}/**")
        assert young.evaluate("() => window.sessionStorage.length") == 0
        assert context.cookies() == []

        # someone who copied the tab's storage before cannot open the chat again
        again = context.new_page()
        again.goto(chat_page)
        again.evaluate(
            "(kept) => JSON.parse(kept).forEach(([k, v]) => window.sessionStorage.setItem(k, v))",
            kept,
        )
        again.reload()
        expect(again.locator("#hc-alert")).to_contain_text(
            "Je vorige chat kan niet meer worden geopend."
        )
    finally:
        context.close()
