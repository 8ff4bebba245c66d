"""The help chat's staff pages: the counsellor's console, the registration form of a contact
and the list of registrations. Who may open what (exact status per role), what the pages
show in Dutch and English, and what a registration stores."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.utils.html import escape

from signaal.core.helpline.loader import load_form
from signaal.core.i18n import Lang
from signaal.web.accounts.models import Organisation
from signaal.web.helpline import services
from signaal.web.helpline.models import (
    CannedResponse,
    Chat,
    ChatStatus,
    Registration,
    TranscriptAccess,
)
from tests.web.helpline_setup import COMPLETE, NOW, Helpline, active, make_helpline, start
from tests.web.personas import login

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "professional",
    "coordinator",
    "admin",
    "counsellor",
    "outsider",  # a counsellor of another organisation
    "colleague",  # a counsellor of the same organisation, not assigned to the chat
]
LOGIN = 302
ZERO = "00000000-0000-0000-0000-000000000000"


@pytest.fixture
def h() -> Helpline:
    return make_helpline()


def browser(h: Helpline, role: str, **kwargs: Any) -> Client:
    client = Client(**kwargs)
    if role != "anonymous":
        login(client, getattr(h, role))
    return client


def post_data(answers: dict[str, Any]) -> dict[str, Any]:
    return {k: v if isinstance(v, list) else str(v) for k, v in answers.items()}


def ended(h: Helpline) -> Chat:
    chat = active(h).chat
    services.end_chat(h.counsellor, chat_id=chat.public_id, now=NOW)
    chat.refresh_from_db()
    return chat


def config(html: str) -> dict[str, Any]:
    found = re.search(r'<script id="con-config" type="application/json">(.*?)</script>', html)
    assert found is not None
    data: dict[str, Any] = json.loads(found.group(1))
    return data


# -- who may open what -------------------------------------------------------------------

MATRIX = [
    ("get", "/console/", [LOGIN, 403, 403, 403, 200, 200, 200]),
    ("get", "/en/console/", [LOGIN, 403, 403, 403, 200, 200, 200]),
    ("get", "/console/registratie/{chat}/", [LOGIN, 403, 403, 403, 200, 404, 403]),
    ("post", "/console/registratie/{chat}/", [LOGIN, 403, 403, 403, 302, 404, 403]),
    ("get", "/en/console/registratie/{chat}/", [LOGIN, 403, 403, 403, 200, 404, 403]),
    ("get", f"/console/registratie/{ZERO}/", [LOGIN, 403, 403, 403, 404, 404, 404]),
    ("post", f"/console/registratie/{ZERO}/", [LOGIN, 403, 403, 403, 404, 404, 404]),
    ("get", "/console/registraties/", [LOGIN, 403, 200, 403, 200, 200, 200]),
    ("get", "/en/console/registraties/", [LOGIN, 403, 200, 403, 200, 200, 200]),
    ("put", "/console/", [LOGIN, 403, 403, 403, 405, 405, 405]),
]


@pytest.mark.parametrize(
    ("method", "template", "expected"), MATRIX, ids=[f"{m} {t}" for m, t, _ in MATRIX]
)
@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_exactly_the_expected_status(
    h: Helpline, method: str, template: str, expected: list[int], role: str
) -> None:
    chat = ended(h)
    path = template.format(chat=chat.public_id)
    response = getattr(browser(h, role), method)(path, post_data(COMPLETE))
    want = expected[ROLES.index(role)]
    assert response.status_code == want, f"{role} {method} {path}"
    if role == "anonymous":
        login_page = "/en/inloggen/" if path.startswith("/en/") else "/inloggen/"
        assert response.headers["Location"].startswith(f"{login_page}?next=")
    saved = Registration.objects.filter(chat=chat).exists()
    assert saved == (method == "post" and role == "counsellor" and want == 302)


# -- the console -------------------------------------------------------------------------


def test_the_console_renders_in_dutch_with_its_hooks_and_config(h: Helpline) -> None:
    CannedResponse.objects.create(
        organisation=h.home,
        code="welkom",
        language="nl",
        title="Welkom",
        text="Hoi, fijn dat je er bent.",
    )
    CannedResponse.objects.create(
        organisation=h.home,
        code="welkom",
        language="en",
        title="Welcome",
        text="Hi, glad you came.",
    )
    waiting = start(h, nickname="Sam", age_band="16_17")
    mine = active(h, nickname="Kim")
    to_register = ended(h)
    html = browser(h, "counsellor").get("/console/").content.decode()
    assert "<h1>Hulpchat-console</h1>" in html
    assert '<input type="checkbox" id="con-available" checked> Ik ben beschikbaar' in html
    assert '<ul id="con-queue" class="con-list">' in html
    assert f'data-accept="{waiting.chat.public_id}">Aannemen</button>' in html
    assert "Sam · 16 of 17 jaar" in html
    assert f'<section class="con-chat" data-chat="{mine.chat.public_id}">' in html
    assert '<ol class="con-log" aria-live="polite"' in html
    assert '<textarea class="con-message"' in html
    assert '<button type="button" class="button con-send">Versturen</button>' in html
    assert '<button type="button" class="button button-danger con-end">' in html
    assert '<aside class="con-signals"' in html
    assert "Een hulpmiddel, geen oordeel" in html
    chat_id = to_register.public_id
    link = f'href="/console/registratie/{chat_id}/" data-register="{chat_id}"'
    assert link in html
    assert '<script src="/static/signaal/console.js" defer></script>' in html
    assert '<option value="0">Welkom</option>' in html
    data = config(html)
    assert data["ws"] == "/ws/console/"
    assert data["lang"] == "nl"
    assert data["login"] == "/inloggen/?next=/console/"
    assert data["register"] == "/console/registratie/{id}/"
    assert data["me"] == h.counsellor.pk
    assert data["texts"]["accept"] == "Aannemen"
    assert data["texts"]["signals"] == "Signalen (hulpmiddel, geen oordeel)"
    assert data["ages"]["16_17"] == "16 of 17 jaar"
    assert data["canned"] == [
        {"code": "welkom", "title": "Welkom", "text": "Hoi, fijn dat je er bent."}
    ]


def test_the_console_renders_in_english(h: Helpline) -> None:
    CannedResponse.objects.create(
        organisation=h.home, code="welkom", language="nl", title="Welkom", text="Hoi."
    )
    CannedResponse.objects.create(
        organisation=h.home, code="welkom", language="en", title="Welcome", text="Hi."
    )
    html = browser(h, "counsellor").get("/en/console/").content.decode()
    assert "<h1>Help chat console</h1>" in html
    assert "I am available" in html
    assert "Nobody is waiting." in html
    assert "You have no open chats." in html
    assert "A tool, not a judgement" in html
    data = config(html)
    assert data["lang"] == "en"
    assert data["login"] == "/en/inloggen/?next=/en/console/"
    assert data["register"] == "/en/console/registratie/{id}/"
    assert data["texts"]["accept"] == "Accept"
    assert data["canned"] == [{"code": "welkom", "title": "Welcome", "text": "Hi."}]


CONSOLE_JS = Path(__file__).resolve().parents[2] / "src/signaal/web/static/signaal/console.js"


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_every_text_the_console_script_uses_is_handed_to_it(h: Helpline, prefix: str) -> None:
    # a text the script reads (T.name) that the page does not hand over shows "undefined"
    used = set(re.findall(r"\bT\.(\w+)", CONSOLE_JS.read_text(encoding="utf-8")))
    texts = config(browser(h, "counsellor").get(f"{prefix}/console/").content.decode())["texts"]
    assert used
    assert sorted(used - set(texts)) == []
    assert all(texts[name].strip() for name in used)


def test_the_console_shows_availability_off_and_the_chosen_limit(h: Helpline) -> None:
    services.set_availability(h.counsellor, available=False, max_chats=2, now=NOW)
    html = browser(h, "counsellor").get("/console/").content.decode()
    assert '<input type="checkbox" id="con-available"> Ik ben beschikbaar' in html
    assert '<option value="2" selected>2</option>' in html
    assert '<option value="3">3</option>' in html


def test_the_console_does_not_show_another_organisations_queue(h: Helpline) -> None:
    theirs = start(h, organisation=h.other, nickname="Robin")
    html = browser(h, "counsellor").get("/console/").content.decode()
    assert str(theirs.chat.public_id) not in html
    assert "Niemand wacht." in html


# -- the registration form ---------------------------------------------------------------


@pytest.mark.parametrize(("prefix", "lang"), [("", Lang.NL), ("/en", Lang.EN)])
def test_the_registration_form_renders_every_field_of_the_form(
    h: Helpline, prefix: str, lang: Lang
) -> None:
    chat = ended(h)
    html = browser(h, "counsellor").get(f"{prefix}/console/registratie/{chat.public_id}/")
    page = html.content.decode()
    assert '<form method="post" id="reg-form"' in page
    assert 'id="reg-submit"' in page
    form = load_form()
    for f in form.fields:
        assert f'id="field-{f.id}"' in page
        assert escape(f.label.get(lang)) in page
        if f.kind.value == "number":
            assert f'name="{f.id}" type="text" inputmode="numeric"' in page
        kind = "checkbox" if f.kind.value == "multiple" else "radio"
        for code in f.codes:
            label = escape(code.label.get(lang))
            option = f'<input type="{kind}" name="{f.id}" value="{code.code}"> {label}'
            assert option in page
    hint = {
        Lang.NL: "Verplicht als: Soort contact = Inhoudelijk gesprek.",
        Lang.EN: "Required when: Type of contact = Substantive conversation.",
    }
    assert hint[lang] in page


def test_an_invalid_registration_shows_each_problem_and_keeps_the_answers(h: Helpline) -> None:
    chat = ended(h)
    answers = {"contact_type": "substantive", "coercion": ["unknown", "debt"], "age": "abc"}
    response = browser(h, "counsellor").post(
        f"/console/registratie/{chat.public_id}/", post_data(answers)
    )
    assert response.status_code == 200
    page = response.content.decode()
    missing = (
        "'trafficking_question' (Gaat het gesprek over mensenhandel of uitbuiting?) is niet "
        "ingevuld; dat is verplicht als contact_type = substantive."
    )
    assert (
        f'<p class="field-error" id="reg-trafficking_question-error">{escape(missing)} </p>' in page
    )
    question = "Gaat het gesprek over mensenhandel of uitbuiting?"
    summary = f'<a href="#field-trafficking_question">{question}: {escape(missing)}</a>'
    assert summary in page
    assert '<div class="error-summary" id="reg-errors" role="alert"' in page
    expected = load_form().validate(
        {"contact_type": "substantive", "coercion": ["unknown", "debt"], "age": "abc"}
    )
    for problem in expected:
        assert escape(problem.message.get(Lang.NL)) in page
    # the answers are kept
    assert '<input type="radio" name="contact_type" value="substantive" checked>' in page
    assert '<input type="checkbox" name="coercion" value="unknown" checked>' in page
    assert '<input type="checkbox" name="coercion" value="debt" checked>' in page
    assert (
        'name="age" type="text" inputmode="numeric" maxlength="3" autocomplete="off" '
        'class="input-short" value="abc"' in page
    )
    assert not Registration.objects.exists()
    chat.refresh_from_db()
    assert chat.closed_at is None


def test_a_posted_age_of_thousands_of_digits_is_a_problem_not_a_crash__error(
    h: Helpline,
) -> None:
    chat = ended(h)
    answers = {"contact_type": "substantive", "age": "9" * 5000}
    response = browser(h, "counsellor").post(
        f"/console/registratie/{chat.public_id}/", post_data(answers)
    )
    assert response.status_code == 200
    assert '<p class="field-error" id="reg-age-error">' in response.content.decode()
    assert not Registration.objects.exists()


def test_an_invalid_registration_shows_the_problems_in_english(h: Helpline) -> None:
    chat = ended(h)
    response = browser(h, "counsellor").post(f"/en/console/registratie/{chat.public_id}/", {})
    assert response.status_code == 200
    missing = "'contact_type' (Type of contact) is not filled in; it is required."
    assert escape(missing) in response.content.decode()
    assert "Something is not filled in correctly." in response.content.decode()


def test_a_valid_registration_is_saved_with_its_form_version_and_closes_the_contact(
    h: Helpline,
) -> None:
    chat = ended(h)
    counsellor = browser(h, "counsellor")
    response = counsellor.post(f"/console/registratie/{chat.public_id}/", post_data(COMPLETE))
    assert response.status_code == 302
    assert response.headers["Location"] == "/console/"
    saved = Registration.objects.get()
    assert (saved.chat, saved.form_version, saved.registered_by) == (chat, "1", h.counsellor)
    assert saved.answers == COMPLETE
    chat.refresh_from_db()
    assert chat.closed_at is not None
    console = counsellor.get("/console/").content.decode()
    assert '<p class="con-status" role="status">De registratie is opgeslagen.</p>' in console
    assert f'data-register="{chat.public_id}"' not in console
    # the message is shown once
    assert "De registratie is opgeslagen." not in counsellor.get("/console/").content.decode()


def test_a_short_registration_of_a_silent_contact_is_enough(h: Helpline) -> None:
    chat = ended(h)
    response = browser(h, "counsellor").post(
        f"/console/registratie/{chat.public_id}/", {"contact_type": "silent", "about": ""}
    )
    assert response.status_code == 302
    assert Registration.objects.get().answers == {"contact_type": "silent"}


def test_an_already_registered_chat_shows_its_saved_answers_and_version(h: Helpline) -> None:
    chat = ended(h)
    services.save_registration(h.counsellor, chat_id=chat.public_id, answers=COMPLETE, now=NOW)
    page = browser(h, "counsellor").get(f"/console/registratie/{chat.public_id}/").content.decode()
    assert "Al geregistreerd op 23-11-2026 20:00 (formulierversie 1)." in page
    assert '<input type="radio" name="exploitation" value="sexual" checked>' in page
    assert (
        '<input type="checkbox" name="perpetrator_relation" value="online_contact" checked>' in page
    )
    assert 'class="input-short" value="15"' in page


def test_a_colleague_cannot_register_anothers_chat(h: Helpline) -> None:
    chat = ended(h)
    response = browser(h, "colleague").post(
        f"/console/registratie/{chat.public_id}/", post_data(COMPLETE)
    )
    assert response.status_code == 403
    assert not Registration.objects.exists()
    assert not TranscriptAccess.objects.exists()


def test_the_registration_form_needs_the_csrf_token(h: Helpline) -> None:
    chat = ended(h)
    counsellor = browser(h, "counsellor", enforce_csrf_checks=True)
    url = f"/console/registratie/{chat.public_id}/"
    assert counsellor.post(url, post_data(COMPLETE)).status_code == 403
    assert not Registration.objects.exists()
    page = counsellor.get(url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token is not None
    data = {**post_data(COMPLETE), "csrfmiddlewaretoken": token.group(1)}
    assert counsellor.post(url, data).status_code == 302
    assert Registration.objects.count() == 1


def test_opening_the_registration_page_is_logged_as_reading_the_transcript(h: Helpline) -> None:
    started = active(h)
    services.post_message(
        started.visitor, chat_id=started.chat.public_id, text="Hallo daar", client_message_id="m1"
    )
    services.end_chat(h.counsellor, chat_id=started.chat.public_id, now=NOW)
    page = browser(h, "counsellor").get(f"/console/registratie/{started.chat.public_id}/")
    assert '<span class="con-text">Hallo daar</span>' in page.content.decode()
    access = TranscriptAccess.objects.get()
    assert (access.user, access.chat, access.organisation) == (h.counsellor, started.chat, h.home)


def test_a_chat_still_going_on_can_be_registered_and_stays_open(h: Helpline) -> None:
    chat = active(h).chat
    page = browser(h, "counsellor").get(f"/console/registratie/{chat.public_id}/").content.decode()
    assert "Het gesprek loopt nog." in page
    response = browser(h, "counsellor").post(
        f"/console/registratie/{chat.public_id}/", post_data(COMPLETE)
    )
    assert response.status_code == 302
    chat.refresh_from_db()
    assert (chat.status, chat.closed_at) == (ChatStatus.ACTIVE, None)


# -- the registrations -------------------------------------------------------------------


def registered(h: Helpline, counsellor_name: str, answers: dict[str, Any]) -> Chat:
    counsellor = getattr(h, counsellor_name)
    organisation = h.other if counsellor_name == "outsider" else h.home
    started = start(h, organisation=organisation)
    services.accept_chat(counsellor, chat_id=started.chat.public_id, now=NOW)
    services.post_message(
        started.visitor, chat_id=started.chat.public_id, text="Vertrouwelijk", client_message_id="x"
    )
    services.end_chat(counsellor, chat_id=started.chat.public_id, now=NOW)
    services.save_registration(counsellor, chat_id=started.chat.public_id, answers=answers, now=NOW)
    return started.chat


def test_a_coordinator_sees_the_registrations_of_their_organisation_only(h: Helpline) -> None:
    registered(h, "counsellor", COMPLETE)
    registered(h, "colleague", {"contact_type": "silent"})
    registered(h, "outsider", {"contact_type": "test"})
    page = browser(h, "coordinator").get("/console/registraties/").content.decode()
    row = (
        "<tr><td>23-11-2026</td><td>1</td><td>Inhoudelijk gesprek</td><td>Ja</td>"
        "<td>Seksuele uitbuiting</td><td>Ja</td></tr>"
    )
    form = load_form()
    assert form.field("exploitation").code("sexual").label.nl == "Seksuele uitbuiting"  # type: ignore[union-attr]
    assert row in page
    assert "<tr><td>23-11-2026</td><td>1</td><td>Stil contact (er werd niets gezegd)</td>" in page
    assert "<td>Test</td>" not in page
    assert page.count("<tr><td>") == 2
    assert "Vertrouwelijk" not in page
    assert "De registraties van je organisatie" in page


def test_a_counsellor_sees_only_their_own_registrations(h: Helpline) -> None:
    registered(h, "counsellor", COMPLETE)
    registered(h, "colleague", {"contact_type": "silent"})
    page = browser(h, "counsellor").get("/en/console/registraties/").content.decode()
    assert "<td>Substantive conversation</td>" in page
    assert "Silent contact" not in page
    assert page.count("<tr><td>") == 1
    assert "Your registrations: codes only, no chats." in page
    assert "Vertrouwelijk" not in page


def imported(organisation: Organisation, count: int, *, first: date) -> list[str]:
    """``count`` registrations imported from another system (no chat), one a day from
    ``first``; their dates as the list shows them, newest first."""
    days = [first + timedelta(days=n) for n in range(count)]
    Registration.objects.bulk_create(
        Registration(
            organisation=organisation,
            contact_date=day,
            visitor_key=f"imported-{n}",
            form_version="1",
            answers={"contact_type": "silent"},
            created_at=NOW,
            updated_at=NOW,
        )
        for n, day in enumerate(days)
    )
    return [f"{day:%d-%m-%Y}" for day in reversed(days)]


def listed_dates(html: str) -> list[str]:
    return re.findall(r"<tr><td>(\d\d-\d\d-\d{4})</td>", html)


def test_the_registrations_are_shown_fifty_a_page_with_links_between_the_pages(
    h: Helpline,
) -> None:
    ours = imported(h.home, 120, first=date(2026, 1, 1))
    imported(h.other, 60, first=date(2024, 1, 1))
    coordinator = browser(h, "coordinator")
    first = coordinator.get("/console/registraties/").content.decode()
    second = coordinator.get("/console/registraties/?pagina=2").content.decode()
    third = coordinator.get("/console/registraties/?pagina=3").content.decode()
    assert listed_dates(first) == ours[:50]
    assert listed_dates(second) == ours[50:100]
    assert listed_dates(third) == ours[100:]
    assert '<nav class="reg-pages" aria-label="Pagina&#x27;s met registraties">' in first
    assert '<span aria-current="page">Pagina 1 van 3</span>' in first
    assert "Vorige" not in first
    assert '<a href="?pagina=2" rel="next">Volgende</a>' in first
    assert '<a href="?pagina=1" rel="prev">Vorige</a>' in second
    assert '<span aria-current="page">Pagina 2 van 3</span>' in second
    assert '<a href="?pagina=3" rel="next">Volgende</a>' in second
    assert '<a href="?pagina=2" rel="prev">Vorige</a>' in third
    assert '<span aria-current="page">Pagina 3 van 3</span>' in third
    assert "Volgende" not in third


def test_the_pages_of_registrations_are_named_in_english_under_en(h: Helpline) -> None:
    imported(h.home, 120, first=date(2026, 1, 1))
    page = browser(h, "coordinator").get("/en/console/registraties/?pagina=2").content.decode()
    assert '<nav class="reg-pages" aria-label="Pages of registrations">' in page
    assert '<a href="?pagina=1" rel="prev">Previous</a>' in page
    assert '<span aria-current="page">Page 2 of 3</span>' in page
    assert '<a href="?pagina=3" rel="next">Next</a>' in page


@pytest.mark.parametrize(
    ("asked", "shown"),
    [("abc", 1), ("1.5", 1), ("", 1), ("99", 3), ("0", 3), ("-1", 3)],
    ids=["text", "fraction", "empty", "past-the-end", "zero", "negative"],
)
def test_a_page_that_is_not_there_gives_the_first_or_the_last_page(
    h: Helpline, asked: str, shown: int
) -> None:
    ours = imported(h.home, 120, first=date(2026, 1, 1))
    response = browser(h, "coordinator").get("/console/registraties/", {"pagina": asked})
    assert response.status_code == 200
    page = response.content.decode()
    assert f'<span aria-current="page">Pagina {shown} van 3</span>' in page
    assert listed_dates(page) == ours[(shown - 1) * 50 : shown * 50]


def test_the_page_links_keep_the_other_parameters_of_the_address(h: Helpline) -> None:
    imported(h.home, 120, first=date(2026, 1, 1))
    page = browser(h, "coordinator").get("/console/registraties/?pagina=2&jaar=2026")
    html = page.content.decode()
    assert '<a href="?pagina=1&amp;jaar=2026" rel="prev">Vorige</a>' in html
    assert '<a href="?pagina=3&amp;jaar=2026" rel="next">Volgende</a>' in html


def test_a_counsellors_pages_hold_only_their_own_registrations(h: Helpline) -> None:
    # the organisation's imported registrations have no chat, so no counsellor of theirs
    imported(h.home, 120, first=date(2026, 1, 1))
    registered(h, "counsellor", COMPLETE)
    registered(h, "colleague", {"contact_type": "silent"})
    for page_number in ("1", "3"):
        response = browser(h, "counsellor").get("/console/registraties/", {"pagina": page_number})
        html = response.content.decode()
        assert listed_dates(html) == ["23-11-2026"]
        assert "<td>Inhoudelijk gesprek</td>" in html
        assert 'class="reg-pages"' not in html  # one page: no page links
    outsider = browser(h, "outsider").get("/console/registraties/?pagina=2").content.decode()
    assert listed_dates(outsider) == []
    assert "Er zijn nog geen registraties." in outsider


# -- the demo ----------------------------------------------------------------------------


def test_the_demo_sets_up_a_working_help_line_once(db: None) -> None:
    from signaal.web.accounts.models import Organisation, Role, User
    from signaal.web.accounts.services import ensure_demo
    from signaal.web.helpline.demo import default_canned_responses
    from signaal.web.helpline.models import OrganisationHelplineSettings

    first = ensure_demo()
    organisation = Organisation.objects.get(name="Demo Jeugdzorg")
    canned = list(CannedResponse.objects.filter(organisation=organisation))
    settings = OrganisationHelplineSettings.objects.get(organisation=organisation)
    CannedResponse.objects.filter(code="welkom", language="nl").update(text="Eigen tekst")

    assert ensure_demo() == first
    counsellors = User.objects.filter(role=Role.COUNSELLOR).order_by("email")
    assert [(u.email, u.organisation.name, u.is_demo) for u in counsellors] == [
        ("hulpverlener2@demo.signaal.test", "Demo Jeugdzorg", True),
        ("hulpverlener@demo.signaal.test", "Demo Jeugdzorg", True),
    ]
    assert all(u.has_second_factor for u in counsellors)
    assert OrganisationHelplineSettings.objects.count() == 1
    again = OrganisationHelplineSettings.objects.get()
    assert (again.pk, again.retention_days, again.max_chats_per_counsellor) == (settings.pk, 90, 3)
    assert services.opening_hours(organisation).is_open(NOW)
    assert services.opening_hours(organisation).is_open(NOW.replace(hour=4))
    # created once: an organisation's own changes stay
    assert CannedResponse.objects.count() == len(canned) == len(default_canned_responses())
    assert CannedResponse.objects.get(code="welkom", language="nl").text == "Eigen tekst"
    languages = {c.language for c in canned}
    assert languages == {"nl", "en"}
    assert 6 <= len(canned) // 2 <= 10


def test_a_demo_counsellor_sees_the_canned_responses_in_the_console(db: None) -> None:
    from signaal.web.accounts.models import User
    from signaal.web.accounts.services import ensure_demo

    ensure_demo()
    counsellor = Client()
    login(counsellor, User.objects.get(email="hulpverlener@demo.signaal.test"))
    page = counsellor.get("/console/").content.decode()
    assert '<option value="0">Welkom</option>' in page
    english = counsellor.get("/en/console/").content.decode()
    assert '<option value="0">Welcome</option>' in english
