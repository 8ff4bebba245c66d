"""The young person's help chat pages (/hulpchat/ and /hulpchat/<organisation id>/): what
they say in Dutch and English, open / closed / nobody available, the alternatives, and
that they set no cookie and carry no inline script."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from signaal.core.helpline.hours import OpeningHours, parse_opening_hours
from signaal.web.accounts.models import Organisation, Role
from signaal.web.helpline import services
from signaal.web.helpline.models import OrganisationHelplineSettings
from signaal.web.stats.services import year_report
from tests.web.conftest import parse, text_of
from tests.web.helpline_setup import (
    ALWAYS,
    AMSTERDAM,
    EVENINGS,
    NOW,
    Helpline,
    make_helpline,
    start,
)
from tests.web.personas import make_user

pytestmark = pytest.mark.django_db

MONDAY_NOON = datetime(2026, 11, 23, 12, 0, tzinfo=AMSTERDAM)


@pytest.fixture
def h(db: None) -> Helpline:
    return make_helpline()


@pytest.fixture
def at_noon(monkeypatch: pytest.MonkeyPatch) -> datetime:
    """The pages' clock on a Monday at 12:00 (Amsterdam)."""
    monkeypatch.setattr("django.utils.timezone.now", lambda: MONDAY_NOON)
    return MONDAY_NOON


@pytest.fixture
def evenings(h: Helpline, at_noon: datetime) -> Helpline:
    """The home organisation's chat is open 19:00-23:00; it is Monday noon, so closed."""
    services.configure_helpline(h.home, opening_hours=EVENINGS)
    return h


def chat_page(client: Client, h: Helpline, prefix: str = "") -> str:
    response = client.get(f"{prefix}/hulpchat/{h.home.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def config_of(html: str) -> dict[str, object]:
    found = re.search(r'<script id="hc-config" type="application/json">(.*?)</script>', html, re.S)
    assert found is not None
    loaded: dict[str, object] = json.loads(found.group(1))
    return loaded


def script_texts(html: str) -> dict[str, str]:
    block = re.search(r'<ul id="hc-texts" hidden>(.*?)</ul>', html, re.S)
    assert block is not None
    return dict(re.findall(r'<li data-key="([a-z_]+)">([^<]*)</li>', block.group(1)))


# --- the chat page -----------------------------------------------------------------------


def test_the_chat_page_says_in_dutch_what_the_chat_is_and_who_answers(
    client: Client, h: Helpline
) -> None:
    html = chat_page(client, h)
    assert '<html lang="nl">' in html
    assert "<h1>Chat met een hulpverlener</h1>" in html
    assert "<title>Chat met een hulpverlener · Hulplijn Test · Signaal</title>" in html
    assert "<strong>De chat is nu open.</strong>" in html
    assert (
        "Een getrainde hulpverlener van Hulplijn Test. Die luistert, denkt met je mee en "
        "vertelt waar je hulp kunt krijgen. Jij beslist wat er gebeurt."
    ) in html
    assert "We bewaren het gesprek versleuteld en wissen het na 90 dagen." in html
    assert "Bijnaam (mag je leeg laten)" in html
    assert "Gebruik niet je echte naam." in html
    assert "Voor de chat is JavaScript nodig." in html


def test_the_chat_page_speaks_english_under_en(client: Client, h: Helpline) -> None:
    html = chat_page(client, h, "/en")
    assert '<html lang="en">' in html
    assert "<h1>Chat with a counsellor</h1>" in html
    assert "<strong>The chat is open now.</strong>" in html
    assert "A trained counsellor of Hulplijn Test." in html
    assert "We keep the chat encrypted and delete it after 90 days." in html
    assert "The chat needs JavaScript." in html
    assert config_of(html)["lang"] == "en"
    assert script_texts(html)["confirm_end"] == "Are you sure you want to end the chat?"


def test_the_chat_page_shows_the_retention_days_of_the_organisation(
    client: Client, h: Helpline
) -> None:
    services.configure_helpline(h.home, retention_days=30)
    assert "wissen het na 30 dagen" in chat_page(client, h)


def test_the_chat_page_offers_the_start_form_with_its_fields(client: Client, h: Helpline) -> None:
    response = client.get(f"/hulpchat/{h.home.pk}/")
    elements = parse(response).elements
    by_id = {a.get("id"): (tag, a) for tag, a in elements if a.get("id")}
    assert by_id["hc-start-form"][0] == "form"
    assert "hidden" in by_id["hc-start-form"][1]  # the script shows it; without it: noscript
    assert "hidden" not in by_id["hc-start-section"][1]
    assert by_id["hc-nickname"][1]["name"] == "nickname"
    ages = [a["value"] for tag, a in elements if tag == "input" and a.get("name") == "age_band"]
    assert ages == ["lt_12", "12_15", "16_17", "18_23", "unknown"]
    codes = [a["value"] for tag, a in elements if tag == "input" and a.get("name") == "code_choice"]
    assert codes == ["none", "new", "keep"]
    assert by_id["hc-chat-code"][1]["name"] == "chat_code"
    assert by_id["hc-start"][0] == "button"
    assert text_of(response, "hc-start") == "Start de chat"
    assert text_of(response, "hc-age").startswith("Hoe oud ben je?")


def test_the_chat_page_has_the_hooks_of_the_chat(client: Client, h: Helpline) -> None:
    response = client.get(f"/hulpchat/{h.home.pk}/")
    by_id = {a.get("id"): (tag, a) for tag, a in parse(response).elements if a.get("id")}
    log = by_id["hc-log"][1]
    assert (log["role"], log["aria-live"], log["aria-label"]) == ("log", "polite", "Berichten")
    assert by_id["hc-message"][0] == "textarea"
    assert by_id["hc-send"][0] == "button"
    assert by_id["hc-end"][0] == "button"
    assert by_id["hc-queue"][1]["role"] == "status"
    assert by_id["hc-feedback"][0] == "form"
    assert text_of(response, "hc-end") == "Chat beëindigen"
    html = response.content.decode()
    assert "data-quick-exit" in html
    assert '<link rel="stylesheet" href="/static/signaal/hulpchat.css">' in html
    assert '<script src="/static/signaal/hulpchat.js" defer></script>' in html


def test_the_chat_page_gives_the_script_its_socket_and_texts(client: Client, h: Helpline) -> None:
    html = chat_page(client, h)
    assert config_of(html) == {
        "organisation_id": h.home.pk,
        "ws_path": f"/ws/hulpchat/{h.home.pk}/",
        "lang": "nl",
        "timezone": "Europe/Amsterdam",
        "status": "open",
        "storage_key": f"signaal.hulpchat.{h.home.pk}",
    }
    texts = script_texts(html)
    assert texts["confirm_end"] == "Weet je zeker dat je de chat wilt beëindigen?"
    assert texts["accepted"] == "Een hulpverlener is er nu voor je."
    assert texts["ended_by_counsellor"] == "De hulpverlener heeft de chat beëindigd."
    assert texts["position"] == "Je bent nummer {position} in de rij."
    from signaal.web.texts import TEXTS

    # every hc.js.* text reaches the script
    assert {f"hc.js.{key}" for key in texts} == {k for k in TEXTS if k.startswith("hc.js.")}


def test_an_unknown_organisation_has_no_chat_page__error(client: Client, h: Helpline) -> None:
    response = client.get("/hulpchat/999999/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()


def test_an_organisation_without_a_help_chat_has_no_chat_page__error(
    client: Client, h: Helpline
) -> None:
    plain = Organisation.objects.create(name="Zonder Hulpchat")
    assert client.get(f"/hulpchat/{plain.pk}/").status_code == 404
    assert client.get(f"/en/hulpchat/{plain.pk}/").status_code == 404


def test_reading_an_organisations_figures_or_hours_does_not_give_it_a_chat_page__error(
    client: Client, h: Helpline
) -> None:
    # a settings row is what puts an organisation on these pages; reading must not make one
    plain = Organisation.objects.create(name="Zonder Hulpchat")
    year_report(plain, 2026)
    services.opening_hours(plain)
    services.helpline_status(plain, now=NOW)
    assert not OrganisationHelplineSettings.objects.filter(organisation=plain).exists()
    response = client.get(f"/hulpchat/{plain.pk}/")
    assert response.status_code == 404
    assert "Zonder Hulpchat" not in response.content.decode()
    assert "Zonder Hulpchat" not in client.get("/hulpchat/").content.decode()


def test_the_chat_page_reads_and_parses_the_opening_hours_once(
    client: Client, h: Helpline, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed: list[str] = []

    def counting(data: object, *, source: str) -> OpeningHours:
        parsed.append(source)
        return parse_opening_hours(data, source=source)

    # every module of the help chat that may parse them (raising=False: not all of them do)
    for module in ("views_young", "counsellors", "chats"):
        name = f"signaal.web.helpline.{module}.parse_opening_hours"
        monkeypatch.setattr(name, counting, raising=False)
    with CaptureQueriesContext(connection) as queries:
        html = chat_page(client, h)
    assert parsed == ["Hulplijn Test"]
    settings_table = OrganisationHelplineSettings._meta.db_table
    assert sum(settings_table in q["sql"] for q in queries.captured_queries) == 1
    assert "<strong>De chat is nu open.</strong>" in html


# --- closed, nobody available, the alternatives ------------------------------------------


def test_a_closed_chat_says_when_it_opens_again(client: Client, evenings: Helpline) -> None:
    response = client.get(f"/hulpchat/{evenings.home.pk}/")
    html = response.content.decode()
    assert "<strong>De chat is nu gesloten.</strong>" in html
    assert text_of(response, "hc-next") == "De chat gaat weer open op maandag 23 november om 19:00."
    assert '<time datetime="2026-11-23T19:00:00+01:00">' in html
    assert config_of(html)["status"] == "closed"
    by_id = {a.get("id"): a for _, a in parse(response).elements if a.get("id")}
    assert "hidden" in by_id["hc-start-section"]  # no start form while closed


def test_a_closed_chat_says_when_it_opens_again_in_english(
    client: Client, evenings: Helpline
) -> None:
    response = client.get(f"/en/hulpchat/{evenings.home.pk}/")
    assert "<strong>The chat is closed now.</strong>" in response.content.decode()
    assert text_of(response, "hc-next") == "The chat opens again on Monday 23 November at 19:00."


def test_a_closed_chat_shows_the_alternatives_of_both_countries(
    client: Client, evenings: Helpline
) -> None:
    response = client.get(f"/hulpchat/{evenings.home.pk}/")
    html = response.content.decode()
    assert '<details class="hc-alternatives" id="hc-alternatives" open>' in html
    alternatives = text_of(response, "hc-alternatives")
    assert alternatives.startswith("Je kunt ook hier terecht In Nederland 112: 112")
    for shown in (
        "In België",
        "Veilig Thuis: 0800 2000",
        "Child Focus: 116 000",
        "Helpwanted: 020 261 52 75",
        "De Kindertelefoon: 0800 0432",
        "Awel: 102",
    ):
        assert shown in alternatives, shown
    assert 'href="tel:116000"' in html
    # for people worried about their own behaviour, for care after a referral, for reports
    for left_out in ("Stop it Now!", "CoMensha", "Payoke", "Meld Misdaad Anoniem"):
        assert left_out not in alternatives, left_out


def test_a_closed_chat_shows_the_weekly_hours_and_coming_holidays(
    client: Client, h: Helpline, at_noon: datetime
) -> None:
    services.configure_helpline(
        h.home, opening_hours={**EVENINGS, "holidays": ["2025-12-25", "2026-12-25"]}
    )
    response = client.get(f"/hulpchat/{h.home.pk}/")
    html = response.content.decode()
    assert '<tr><th scope="row">maandag</th><td>19:00 – 23:00</td></tr>' in html
    assert '<tr><th scope="row">zondag</th><td>19:00 – 23:00</td></tr>' in html
    assert text_of(response, "hc-holidays") == "vrijdag 25 december 2026"


def test_a_day_without_hours_is_shown_as_closed(client: Client, h: Helpline) -> None:
    services.configure_helpline(
        h.home, opening_hours={"timezone": "Europe/Brussels", "weekly": {"friday": ["21:00-02:00"]}}
    )
    html = chat_page(client, h, "/en")
    assert '<tr><th scope="row">Friday</th><td>21:00 – 02:00</td></tr>' in html
    assert '<tr><th scope="row">Monday</th><td>closed</td></tr>' in html


def test_a_chat_without_opening_hours_is_closed_and_says_so(client: Client, h: Helpline) -> None:
    services.configure_helpline(h.home, opening_hours={"timezone": "Europe/Amsterdam"})
    response = client.get(f"/hulpchat/{h.home.pk}/")
    html = response.content.decode()
    assert "<strong>De chat is nu gesloten.</strong>" in html
    assert "Er zijn nog geen openingstijden." in html
    assert 'id="hc-next"' not in html  # it never opens
    assert "Child Focus" in text_of(response, "hc-alternatives")


def test_an_open_chat_without_counsellors_says_nobody_is_available(
    client: Client, h: Helpline
) -> None:
    for person in (h.counsellor, h.colleague):
        services.set_availability(person, available=False, now=NOW)
    response = client.get(f"/hulpchat/{h.home.pk}/")
    html = response.content.decode()
    assert "<strong>Er is nu geen hulpverlener beschikbaar.</strong>" in html
    assert '<details class="hc-alternatives" id="hc-alternatives" open>' in html
    assert "Veilig Thuis" in text_of(response, "hc-alternatives")
    assert config_of(html)["status"] == "busy"


def test_an_open_chat_keeps_the_alternatives_folded_below(client: Client, h: Helpline) -> None:
    response = client.get(f"/hulpchat/{h.home.pk}/")
    html = response.content.decode()
    assert '<details class="hc-alternatives" id="hc-alternatives">' in html
    assert "Child Focus: 116 000" in text_of(response, "hc-alternatives")


# --- the list of help chats ---------------------------------------------------------------


def test_the_list_shows_only_organisations_with_a_help_chat(client: Client, h: Helpline) -> None:
    Organisation.objects.create(name="Zonder Hulpchat")
    no_hours = Organisation.objects.create(name="Nog Geen Uren")
    services.configure_helpline(no_hours, retention_days=30)
    response = client.get("/hulpchat/")
    assert response.status_code == 200
    assert text_of(response, "hc-helplines") == (
        "Andere Hulplijn De chat is nu open. Hulplijn Test De chat is nu open."
    )
    html = response.content.decode()
    assert f'<a href="/hulpchat/{h.home.pk}/">Hulplijn Test</a>' in html
    assert "Zonder Hulpchat" not in html
    assert "Nog Geen Uren" not in html


def test_the_list_shows_whether_each_help_chat_is_open(client: Client, evenings: Helpline) -> None:
    services.set_availability(evenings.outsider, available=False, now=NOW)
    response = client.get("/en/hulpchat/")
    assert text_of(response, "hc-helplines") == (
        "Andere Hulplijn No counsellor is available now. Hulplijn Test The chat is closed now."
    )
    assert f'<a href="/en/hulpchat/{evenings.home.pk}/">Hulplijn Test</a>' in (
        response.content.decode()
    )


def list_queries(client: Client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/hulpchat/")
    assert response.status_code == 200
    return len(queries)


def test_the_list_reads_every_help_chats_status_in_a_fixed_number_of_queries(
    client: Client, h: Helpline
) -> None:
    start(h)  # a queue, and a counsellor available, in the home organisation
    assert list_queries(client) == 3  # the settings, the available counsellors, the queues
    for n in range(10):
        organisation = Organisation.objects.create(name=f"Hulplijn {n:02d}")
        services.configure_helpline(organisation, opening_hours=ALWAYS)
        if n % 2 == 0:  # half of them have an available counsellor, and a queue
            counsellor = make_user(f"counsellor{n}@example.test", organisation, Role.COUNSELLOR)
            services.set_availability(counsellor, available=True, now=NOW)
            start(h, organisation=organisation)
    assert list_queries(client) == 3
    shown = text_of(client.get("/hulpchat/"), "hc-helplines")
    assert shown.startswith(
        "Andere Hulplijn De chat is nu open. "
        "Hulplijn 00 De chat is nu open. "
        "Hulplijn 01 Er is nu geen hulpverlener beschikbaar. "
    )
    assert shown.endswith(
        "Hulplijn 09 Er is nu geen hulpverlener beschikbaar. Hulplijn Test De chat is nu open."
    )
    assert shown.count("De chat is nu open.") == 7
    assert shown.count("Er is nu geen hulpverlener beschikbaar.") == 5


def test_the_list_gives_each_help_chat_the_status_it_has_on_its_own(h: Helpline) -> None:
    start(h)
    services.configure_helpline(h.other, opening_hours=EVENINGS)
    found = list(
        OrganisationHelplineSettings.objects.select_related("organisation").order_by(
            "organisation_id"
        )
    )
    at = MONDAY_NOON
    assert services.helpline_statuses(found, now=at) == {
        s.organisation_id: services.helpline_status(s.organisation, now=at) for s in found
    }
    statuses = services.helpline_statuses(found, now=at)
    home, other = statuses[h.home.pk], statuses[h.other.pk]
    assert (home.open, home.counsellors_available, home.queue_length) == (True, 2, 1)
    assert (other.open, other.counsellors_available, other.queue_length) == (False, 1, 0)
    assert other.next_opening == datetime(2026, 11, 23, 19, 0, tzinfo=AMSTERDAM)
    assert services.helpline_statuses([], now=at) == {}


def test_the_list_says_when_there_is_no_help_chat(client: Client, db: None) -> None:
    response = client.get("/hulpchat/")
    assert text_of(response, "hc-none") == "Er is nu geen hulpchat."
    assert "Child Focus" in text_of(response, "hc-alternatives")


def test_the_menu_links_to_the_help_chat(client: Client, db: None) -> None:
    assert '<li><a href="/hulpchat/">Hulpchat</a></li>' in client.get("/").content.decode()
    assert '<li><a href="/en/hulpchat/">Help chat</a></li>' in client.get("/en/").content.decode()


# --- no cookie, no inline script ---------------------------------------------------------


@pytest.mark.parametrize("prefix", ["", "/en"])
@pytest.mark.parametrize("page", ["list", "chat"])
def test_the_pages_set_no_cookie(client: Client, h: Helpline, prefix: str, page: str) -> None:
    path = "/hulpchat/" if page == "list" else f"/hulpchat/{h.home.pk}/"
    response = client.get(prefix + path)
    assert response.status_code == 200
    assert response.cookies == {}
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("page", ["list", "chat"])
def test_the_pages_have_a_strict_csp_and_no_inline_script(
    client: Client, h: Helpline, page: str
) -> None:
    path = "/hulpchat/" if page == "list" else f"/hulpchat/{h.home.pk}/"
    response = client.get(path)
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "connect-src 'self'" in csp
    assert "'unsafe-inline'" not in csp
    assert response.headers["Cache-Control"] == "no-store"
    html = response.content.decode()
    scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
    assert all('type="application/json"' in attributes for attributes in scripts)
    assert len(scripts) == (1 if page == "chat" else 0)
    assert " style=" not in html
    assert "<style" not in html


def test_the_script_stores_nothing_before_start() -> None:
    from pathlib import Path

    import signaal.web

    script = (Path(signaal.web.__file__).parent / "static" / "signaal" / "hulpchat.js").read_text()
    assert "localStorage" not in script
    assert "document.cookie" not in script
    # the one place that writes is save(), and save() stores only a started chat
    assert script.count("sessionStorage.setItem(") == 1
    assert "function save() {\n    if (!chat) { return; }" in script


def test_quick_exit_tells_the_chat_before_the_tab_is_cleared() -> None:
    from pathlib import Path

    import signaal.web

    static = Path(signaal.web.__file__).parent / "static" / "signaal"
    app = (static / "app.js").read_text()
    announce = app.index('document.dispatchEvent(new CustomEvent("signaal:quick-exit"))')
    assert announce < app.index("window.sessionStorage.clear()")
    assert announce < app.index("window.location.replace(target)")
    chat = (static / "hulpchat.js").read_text()
    listener = chat.index('document.addEventListener("signaal:quick-exit"')
    assert 'socket.send(JSON.stringify({ type: "quick_exit" }))' in chat[listener:]


# --- quick exit's beacon: /hulpchat/<organisation id>/exit/ ------------------------------


def _exit(client: Client, organisation_id: int, **data: str) -> None:
    response = client.post(f"/hulpchat/{organisation_id}/exit/", data)
    # always the same answer, and no cookie (not even one for CSRF)
    assert response.status_code == 204
    assert response.cookies == {}
    assert "Set-Cookie" not in response.headers


def test_quick_exits_beacon_ends_the_chat_and_forgets_the_token(h: Helpline) -> None:
    from signaal.web.helpline.access import Visitor
    from signaal.web.helpline.errors import HelplinePermissionDenied
    from signaal.web.helpline.models import ChatStatus
    from tests.web.helpline_setup import start

    started = start(h)
    visitor = started.visitor
    client = Client(enforce_csrf_checks=True)  # a beacon carries no CSRF token
    _exit(client, h.home.pk, chat_id=str(visitor.chat_id), token=visitor.token)
    chat = started.chat
    chat.refresh_from_db()
    assert (chat.status, chat.ended_by) == (ChatStatus.ENDED, "young")
    with pytest.raises(HelplinePermissionDenied):
        services.chat_state(Visitor(visitor.chat_id, visitor.token), chat_id=visitor.chat_id)
    _exit(client, h.home.pk, chat_id=str(visitor.chat_id), token=visitor.token)  # again: same


@pytest.mark.parametrize("wrong", ["token", "chat_id", "organisation", "nothing"])
def test_quick_exits_beacon_without_the_chats_token_changes_nothing(
    h: Helpline, wrong: str
) -> None:
    from signaal.web.helpline.models import ChatStatus
    from tests.web.helpline_setup import start

    started = start(h)
    other = start(h)
    data = {"chat_id": str(started.visitor.chat_id), "token": started.visitor.token}
    organisation_id = h.home.pk
    if wrong == "token":
        data["token"] = other.visitor.token
    elif wrong == "chat_id":
        data["chat_id"] = "not-a-uuid"
    elif wrong == "organisation":
        organisation_id = h.other.pk
    else:
        data = {}
    _exit(Client(), organisation_id, **data)
    for chat in (started.chat, other.chat):
        chat.refresh_from_db()
        assert chat.status == ChatStatus.QUEUED


def test_quick_exit_ends_the_chat_kept_in_the_tab_by_a_beacon() -> None:
    from pathlib import Path

    import signaal.web

    app = (Path(signaal.web.__file__).parent / "static" / "signaal" / "app.js").read_text()
    assert 'navigator.sendBeacon("/hulpchat/" + found[1] + "/exit/", body)' in app
    # read from the tab's storage before it is cleared
    assert app.index("endHelpChats();") < app.index("window.sessionStorage.clear()")
