"""The Signaalwijzer for professionals: client records, page by page, save and resume,
outcome, finalising with a judgement, history over time and the PDF report."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from signaal.web.screening.models import AuditEvent, Screening
from signaal.web.screening.models import Client as ClientRecord
from tests.web.personas import Personas, login, make_personas

pytestmark = pytest.mark.django_db


@pytest.fixture
def people() -> Personas:
    return make_personas()


@pytest.fixture
def owner(people: Personas) -> Client:
    client = Client()
    login(client, people.owner)
    return client


def new_client(browser: Client, code: str = "JZ-0042", **extra: str) -> ClientRecord:
    response = browser.post("/clienten/", {"code": code, **extra})
    assert response.status_code == 302, response.content[:400]
    return ClientRecord.objects.get(code=code)


def start(browser: Client, record: ClientRecord) -> Screening:
    response = browser.post(f"/clienten/{record.public_id}/screening/")
    assert response.status_code == 302
    screening = Screening.objects.get(client=record, status="draft")
    assert response.headers["Location"] == f"/screenings/{screening.public_id}/stap/0/"
    return screening


def step_url(screening: Screening, number: int) -> str:
    return f"/screenings/{screening.public_id}/stap/{number}/"


def fill(
    browser: Client, screening: Screening, number: int, action: str = "next", **answers: str
) -> str:
    fields = {f"item_{k.replace('_', '-')}": v for k, v in answers.items()}
    response = browser.post(step_url(screening, number), {"action": action, **fields})
    assert response.status_code == 302, response.content[:400]
    return response.headers["Location"]


def finalise(
    browser: Client,
    screening: Screening,
    judgement: str = "Zorgen over online contact; gesprek gepland met moeder en mentor.",
) -> None:
    day = (timezone.localdate() + dt.timedelta(days=90)).isoformat()
    response = browser.post(
        f"/screenings/{screening.public_id}/uitkomst/", {"judgement": judgement, "rescreen_on": day}
    )
    assert response.status_code == 302, response.content[:600]


# -- client records ---------------------------------------------------------------------


def test_it_creates_a_pseudonymous_client_record(owner: Client, people: Personas) -> None:
    record = new_client(owner, birth_year=str(timezone.localdate().year - 14), gender="girl")
    assert (record.organisation, record.created_by) == (people.owner.organisation, people.owner)
    assert record.gender == "girl"
    html = owner.get("/clienten/").content.decode()
    assert f'href="/clienten/{record.public_id}/">JZ-0042</a>' in html


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("Jan de Vries", "Gebruik 2 tot 40 tekens: letters, cijfers, . _ of -, zonder spaties."),
        ("x", "Gebruik 2 tot 40 tekens: letters, cijfers, . _ of -, zonder spaties."),
        ("", "Dit veld is verplicht."),
    ],
)
def test_it_refuses_a_client_code_that_could_be_a_name__error(
    owner: Client, code: str, message: str
) -> None:
    response = owner.post("/clienten/", {"code": code})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert ClientRecord.objects.count() == 0


def test_it_refuses_a_duplicate_code_in_the_organisation__error(owner: Client) -> None:
    new_client(owner)
    response = owner.post("/clienten/", {"code": "JZ-0042"})
    assert response.status_code == 400
    assert "Deze code bestaat al in je organisatie." in response.content.decode()


def test_it_refuses_an_impossible_birth_year__error(owner: Client) -> None:
    response = owner.post("/clienten/", {"code": "JZ-1", "birth_year": "1900"})
    assert response.status_code == 400
    assert "Geef een geboortejaar van de afgelopen 30 jaar." in response.content.decode()


# -- the questionnaire ------------------------------------------------------------------


def test_it_asks_one_area_per_page_with_progress(owner: Client) -> None:
    screening = start(owner, new_client(owner))
    html = owner.get(step_url(screening, 1)).content.decode()
    assert "<h1>Online leven en sociale media</h1>" in html
    assert "Stap 2 van 13" in html
    assert '<input type="radio" name="item_SW-ON-01" value="unknown">' in html
    assert html.count('name="item_SW-ON-01"') == 3


def test_it_marks_follow_up_items_for_the_page_script_and_never_hides_them(
    owner: Client,
) -> None:
    # the script hides follow-ups whose condition does not hold; without script (and in the
    # server's answer) every item stays reachable, and scoring ignores those that do not apply
    screening = start(owner, new_client(owner))
    html = owner.get(step_url(screening, 1)).content.decode()
    assert 'id="q-SW-ON-04" data-show-if="{&quot;present&quot;: &quot;SW-ON-03&quot;}">' in html
    assert " hidden" not in html


def test_it_saves_every_page_so_a_screening_can_be_resumed(owner: Client) -> None:
    record = new_client(owner)
    screening = start(owner, record)
    assert fill(owner, screening, 0) == step_url(screening, 1)
    where = fill(owner, screening, 1, action="save", SW_ON_02="present", SW_ON_01="unknown")
    assert where == f"/clienten/{record.public_id}/"
    screening.refresh_from_db()
    assert screening.answers == {"item_SW-ON-02": "present", "item_SW-ON-01": "unknown"}
    assert screening.step == 1
    html = owner.get(f"/clienten/{record.public_id}/").content.decode()
    assert f'href="{step_url(screening, 1)}">Verder invullen</a>' in html
    page = owner.get(step_url(screening, 1)).content.decode()
    assert '<input type="radio" name="item_SW-ON-02" value="present" checked>' in page


def test_it_goes_back_without_losing_answers(owner: Client) -> None:
    screening = start(owner, new_client(owner))
    assert fill(owner, screening, 2, action="back", SW_CO_01="present") == step_url(screening, 1)
    screening.refresh_from_db()
    assert screening.answers["item_SW-CO-01"] == "present"


def test_it_refuses_an_answer_that_is_not_allowed__error(owner: Client) -> None:
    screening = start(owner, new_client(owner))
    response = owner.post(step_url(screening, 1), {"item_SW-ON-01": "yes"})
    assert response.status_code == 400
    assert (
        "form: item SW-ON-01: antwoord &#x27;&quot;yes&quot;&#x27; is niet toegestaan"
        in response.content.decode()
    )
    screening.refresh_from_db()
    assert screening.answers == {}


def test_it_answers_404_for_a_step_that_does_not_exist__error(owner: Client) -> None:
    screening = start(owner, new_client(owner))
    assert owner.get(step_url(screening, 13)).status_code == 404


def test_it_shows_the_outcome_with_profile_acute_explanation_and_advice(owner: Client) -> None:
    screening = start(owner, new_client(owner))
    fill(owner, screening, 0, age="12", land="NL")
    fill(owner, screening, 3, SW_RE_07="present")
    html = owner.get(f"/screenings/{screening.public_id}/uitkomst/").content.decode()
    assert "Acuut: tekenen van uitbuiting die nu plaatsvindt" in html
    assert "<strong>Profiel:</strong> verhoogd risico" in html
    assert '<span class="tag">SW-R05</span>' in html
    assert "Deze uitkomst is geen diagnose en geen voorspelling." in html
    assert "Handel vandaag. Is de jongere nu in gevaar, bel dan 112." in html
    assert "Child Focus" not in html.split("<h2>Advies</h2>")[1].split("Handel vandaag")[0]


def test_it_requires_a_judgement_and_a_future_date_before_final__error(owner: Client) -> None:
    screening = start(owner, new_client(owner))
    url = f"/screenings/{screening.public_id}/uitkomst/"
    response = owner.post(url, {"judgement": "te kort", "rescreen_on": "2000-01-01"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Schrijf je eigen oordeel (minstens 20 tekens)." in html
    assert "Kies een datum na vandaag en binnen twee jaar." in html
    screening.refresh_from_db()
    assert screening.status == "draft"


def test_it_makes_a_screening_final_and_then_refuses_changes(owner: Client) -> None:
    screening = start(owner, new_client(owner))
    fill(owner, screening, 1, SW_ON_02="present")
    finalise(owner, screening)
    screening.refresh_from_db()
    assert screening.status == "final"
    assert screening.result["nl"]["profile"] == "geen_of_nauwelijks_risico"
    assert screening.result["en"]["explanation"][-1]["text"].startswith(
        "This outcome is not a diagnosis"
    )
    response = owner.post(step_url(screening, 1), {"item_SW-ON-02": "absent"})
    assert response.status_code == 409
    assert "Deze screening kan niet worden gewijzigd" in response.content.decode()
    again = owner.post(
        f"/screenings/{screening.public_id}/uitkomst/",
        {"judgement": "x" * 30, "rescreen_on": "2099-01-01"},
    )
    assert again.status_code == 409
    screening.refresh_from_db()
    assert screening.answers == {"item_SW-ON-02": "present"}


def test_it_produces_a_pdf_report_for_a_final_screening(owner: Client) -> None:
    screening = start(owner, new_client(owner))
    assert owner.get(f"/screenings/{screening.public_id}/rapport.pdf").status_code == 409
    finalise(owner, screening)
    screening.refresh_from_db()
    response = owner.get(f"/screenings/{screening.public_id}/rapport.pdf")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    day = timezone.localtime(screening.finalised_at).date().isoformat()
    disposition = response.headers["Content-Disposition"]
    assert disposition == f'attachment; filename="signaalwijzer-{day}.pdf"'
    assert response.content.startswith(b"%PDF-")


def test_it_shows_screenings_side_by_side_with_what_changed(owner: Client) -> None:
    record = new_client(owner)
    first = start(owner, record)
    fill(owner, first, 1, SW_ON_02="present")
    finalise(owner, first)
    second = start(owner, record)
    fill(owner, second, 1, SW_ON_02="present", SW_ON_07="present")
    fill(owner, second, 5, SW_SC_01="present")
    finalise(owner, second)
    html = owner.get(f"/clienten/{record.public_id}/").content.decode()
    assert "<h2>Verloop</h2>" in html
    assert "Profiel: geen of nauwelijks risico → risico" in html
    assert "School en dagbesteding: geen signalen → zorg" in html
    assert (
        "Nieuw signaal: De jongere heeft meerdere telefoons, simkaarten of accounts, of "
        "nieuwe accounts die zij of hij verbergt."
    ) in html


def test_it_stores_answers_and_judgement_encrypted(owner: Client) -> None:
    screening = start(owner, new_client(owner))
    fill(owner, screening, 1, SW_ON_02="present")
    finalise(owner, screening, judgement="Vertrouwelijk oordeel over de jongere en de moeder.")
    with connection.cursor() as cursor:
        cursor.execute("SELECT answers, judgement, result FROM screening_screening")
        answers, judgement, result = cursor.fetchone()
    for raw in (answers, judgement, result):
        assert raw.startswith("fernet:")
    assert "SW-ON-02" not in answers
    assert "moeder" not in judgement


def test_it_records_who_opened_what_without_content(owner: Client, people: Personas) -> None:
    record = new_client(owner)
    screening = start(owner, record)
    owner.get(f"/screenings/{screening.public_id}/uitkomst/")
    actions = list(AuditEvent.objects.order_by("at").values_list("action", "user__email"))
    assert actions == [
        ("client.create", "owner@example.test"),
        ("screening.create", "owner@example.test"),
        ("screening.view", "owner@example.test"),
    ]


def test_it_never_changes_a_screening_that_was_finalised_meanwhile__error(
    owner: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    screening = start(owner, new_client(owner))
    fill(owner, screening, 1, SW_ON_02="present")
    finalise(owner, screening)
    # another tab passed the edit check just before this screening became final
    from signaal.web.screening import access

    monkeypatch.setattr(access, "may_edit", lambda user, s: True)
    response = owner.post(step_url(screening, 1), {"item_SW-ON-02": "absent"})
    assert response.status_code == 409
    screening.refresh_from_db()
    assert screening.answers == {"item_SW-ON-02": "present"}
    again = owner.post(
        f"/screenings/{screening.public_id}/uitkomst/",
        {
            "judgement": "Een ander oordeel dat niet mag landen.",
            "rescreen_on": (timezone.localdate() + dt.timedelta(days=9)).isoformat(),
        },
    )
    assert again.status_code == 409
    screening.refresh_from_db()
    assert screening.judgement.startswith("Zorgen over online contact")


@pytest.mark.parametrize("age", ["\u00b2", "1\u0663", "-1", "100"])
def test_it_refuses_an_age_that_is_not_a_plain_number__error(owner: Client, age: str) -> None:
    screening = start(owner, new_client(owner))
    response = owner.post(step_url(screening, 0), {"age": age})
    assert response.status_code == 400
    assert "is geen heel getal van 0 tot en met 99" in response.content.decode()


def test_it_records_every_change_of_answers_in_the_audit_log(owner: Client) -> None:
    screening = start(owner, new_client(owner))
    fill(owner, screening, 1, action="save", SW_ON_02="present")
    assert AuditEvent.objects.filter(action="screening.answer", screening=screening).count() == 1


def test_it_orders_the_history_by_the_date_of_finalising(owner: Client) -> None:
    record = new_client(owner)
    first = start(owner, record)
    finalise(owner, first)
    second = start(owner, record)
    fill(owner, second, 5, SW_SC_01="present")
    finalise(owner, second)
    # the screening started first was finalised last
    Screening.objects.filter(pk=second.pk).update(
        finalised_at=timezone.now() - dt.timedelta(days=10)
    )
    html = owner.get(f"/clienten/{record.public_id}/").content.decode()
    table = html.split("<h2>Verloop</h2>")[1]
    assert "School en dagbesteding: zorg → geen signalen" in table
    earlier = timezone.localtime(timezone.now() - dt.timedelta(days=10)).date()
    assert table.index(f"{earlier.day} ") < table.index("Profiel")


def test_it_stores_the_instrument_version_that_produced_the_outcome(owner: Client) -> None:
    screening = start(owner, new_client(owner))
    Screening.objects.filter(pk=screening.pk).update(instrument_version="0.9")
    finalise(owner, screening)
    screening.refresh_from_db()
    assert screening.instrument_version == "1.0.0"


def test_it_shows_gender_choices_in_the_page_language(owner: Client) -> None:
    nl = owner.get("/clienten/").content.decode()
    en = owner.get("/en/clienten/").content.decode()
    assert '<option value="girl">meisje</option>' in nl
    assert "girl" not in nl.replace('value="girl"', "")
    assert '<option value="girl">girl</option>' in en


def test_it_refuses_an_unknown_gender_with_a_linked_message__error(owner: Client) -> None:
    response = owner.post("/clienten/", {"code": "JZ-9", "gender": "xyz"})
    assert response.status_code == 400
    html = response.content.decode()
    assert '<p class="field-error" id="gender-error">Kies een van de mogelijkheden. </p>' in html
    assert 'aria-describedby="gender-error"' in html


def test_it_refuses_an_empty_post_instead_of_ignoring_it__error(owner: Client) -> None:
    assert owner.post("/clienten/", {}).status_code == 400
    screening = start(owner, new_client(owner))
    response = owner.post(f"/screenings/{screening.public_id}/uitkomst/", {})
    assert response.status_code == 400
    assert "Dit veld is verplicht." in response.content.decode()


def test_it_keeps_the_client_code_out_of_page_titles(owner: Client) -> None:
    record = new_client(owner)
    screening = start(owner, record)
    for url in (
        f"/clienten/{record.public_id}/",
        step_url(screening, 1),
        f"/screenings/{screening.public_id}/uitkomst/",
    ):
        title = owner.get(url).content.decode().split("<title>")[1].split("</title>")[0]
        assert "JZ-0042" not in title
