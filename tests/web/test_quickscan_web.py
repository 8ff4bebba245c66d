"""The Quickscan in the browser's shoes: forward and back without losing answers, the advice,
the PDF, and nothing stored on the server."""

from __future__ import annotations

import pytest
from django.contrib.sessions.models import Session
from django.test import Client

pytestmark = pytest.mark.django_db

URL = "/quickscan/vragen/"


def post(client: Client, step: int, action: str = "next", **fields: str) -> str:
    response = client.post(URL, {"step": str(step), "action": action, **fields})
    assert response.status_code == 200, response.content[:300]
    return response.content.decode()


def test_it_starts_on_the_page_about_the_child(client: Client) -> None:
    html = client.get(URL).content.decode()
    assert "<h1>Over je kind</h1>" in html
    assert "Stap 1 van 6" in html
    assert '<progress max="6" value="1"' in html


def test_it_sets_no_cookie_on_the_intro_and_only_csrf_once_started(client: Client) -> None:
    assert client.get("/quickscan/").cookies == {}
    started = client.get(URL)
    assert set(started.cookies) == {"signaal_csrf"}
    assert started.cookies["signaal_csrf"]["samesite"] == "Strict"
    assert started.cookies["signaal_csrf"]["httponly"] is True
    assert started.cookies["signaal_csrf"]["max-age"] == ""  # ends with the browser session


def test_it_carries_answers_forward_as_hidden_fields(client: Client) -> None:
    html = post(client, 0, age="12", land="NL")
    assert "<h1>Telefoon en internet</h1>" in html
    assert '<input type="hidden" name="age" value="12">' in html
    assert '<input type="hidden" name="land" value="NL">' in html
    assert "Waarom vragen we dit?" in html


def test_it_keeps_answers_when_going_back(client: Client) -> None:
    html = post(client, 1, action="back", age="12", **{"item_QS-01": "present"})
    assert "<h1>Over je kind</h1>" in html
    assert 'name="age" type="text"' in html
    assert 'value="12"' in html
    assert '<input type="hidden" name="item_QS-01" value="present">' in html


def test_it_shows_the_answer_given_earlier_when_returning_to_a_page(client: Client) -> None:
    html = post(client, 0, **{"item_QS-01": "present"})
    assert '<input type="radio" name="item_QS-01" value="present" checked>' in html


def test_it_gives_acute_advice_and_contacts_for_sextortion(client: Client) -> None:
    html = post(client, 5, action="result", land="NL", **{"item_QS-04": "present"})
    assert "<h1>Jouw advies</h1>" in html
    assert "Je kind heeft misschien nu hulp nodig" in html
    assert "Zeg tegen je kind: het is niet jouw schuld." in html
    assert '<a href="tel:08002000">0800 2000</a>' in html
    assert "<strong>Child Focus</strong>" not in html  # contacts are for the chosen country
    assert "Dreigt iemand om naaktfoto" in html
    assert "Deze uitkomst is geen diagnose en geen voorspelling." in html


def test_it_gives_calm_advice_without_signals(client: Client) -> None:
    html = post(client, 5, action="result")
    assert "Je kind heeft misschien nu hulp nodig" not in html
    assert "Je hebt bij geen enkele vraag ‘ja’ gekozen." in html
    assert "Praat met je kind over wat het online doet" in html


def test_it_stores_nothing_on_the_server(client: Client) -> None:
    post(client, 0, age="12")
    post(client, 5, action="result", **{"item_QS-04": "present"})
    assert Session.objects.count() == 0


def test_it_makes_a_pdf_of_the_advice_on_request(client: Client) -> None:
    response = client.post("/quickscan/pdf/", {"item_QS-04": "present", "land": "BE"})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="quickscan-uitslag.pdf"'
    )
    assert response.content.startswith(b"%PDF-")
    assert Session.objects.count() == 0


def test_it_names_the_pdf_in_english_under_en(client: Client) -> None:
    response = client.post("/en/quickscan/pdf/", {"item_QS-01": "present"})
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="quickscan-result.pdf"'
    )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"item_QS-01": "maybe"},
            "form: item QS-01: antwoord &#x27;&quot;maybe&quot;&#x27; is niet toegestaan; gebruik "
            "present, absent of unknown.",
        ),
        ({"age": "twelve"}, "leeftijd: &#x27;twelve&#x27; is geen heel getal van 0 tot en met 99"),
        ({"lvb": "perhaps"}, "lvb: &#x27;perhaps&#x27; is niet yes, no of unknown"),
        (
            {"land": "DE"},
            "form: item country: &#x27;country&#x27; is ongeldig: &quot;DE&quot; is "
            "niet &quot;NL&quot; of &quot;BE&quot;.",
        ),
        ({"step": "x"}, "stap: geen getal"),
        ({"step": "99"}, "stap: 99 ligt niet tussen 0 en 5"),
        ({"age": "\u00b2"}, "leeftijd: &#x27;\u00b2&#x27; is geen heel getal"),
    ],
)
def test_it_refuses_bad_answers_with_a_clear_message__error(
    client: Client, fields: dict[str, str], message: str
) -> None:
    response = client.post(URL, {"step": "0", **fields})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Dit verzoek klopt niet" in html
    assert message in html
    assert "Traceback" not in html


def test_it_refuses_a_quickscan_post_without_csrf_token__error() -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post(URL, {"step": "0"})
    assert response.status_code == 403
    assert "Het formulier is verlopen" in response.content.decode()


def test_it_explains_a_bad_answer_in_english_under_en__error(client: Client) -> None:
    response = client.post("/en" + URL, {"step": "0", "item_QS-01": "maybe"})
    assert response.status_code == 400
    assert (
        "form: item QS-01: answer &#x27;&quot;maybe&quot;&#x27; is not allowed; use "
        "present, absent or unknown."
    ) in response.content.decode()


def test_it_refuses_a_superscript_age_in_the_pdf_too__error(client: Client) -> None:
    response = client.post("/quickscan/pdf/", {"age": "\u00b2"})
    assert response.status_code == 400
