"""Public pages: what a parent sees, in Dutch and English, with no cookie and no storage."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from signaal.core.knowledge.loader import knowledge_base

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "/",
    "/kennisbank/",
    "/kennisbank/sextortion/",
    "/hulp/",
    "/hulp/?land=BE",
    "/snel-weg/",
    "/quickscan/",
]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_it_serves_every_public_page_without_setting_a_cookie(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.cookies == {}
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_it_serves_every_public_page_in_english_under_en(client: Client, path: str) -> None:
    response = client.get("/en" + path)
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()


def test_it_speaks_dutch_by_default_and_links_to_english(client: Client) -> None:
    html = client.get("/").content.decode()
    assert '<html lang="nl">' in html
    assert '<a href="/en/" lang="en" hreflang="en">English</a>' in html
    assert "Signaal: zorgen over online uitbuiting van een kind" in html


def test_it_shows_the_quick_exit_button_on_every_public_page(client: Client) -> None:
    for path in PUBLIC_PAGES:
        html = client.get(path).content.decode()
        assert (
            '<a class="quick-exit" href="/exit/" data-quick-exit '
            'data-exit-url="https://www.buienradar.nl">Snel weg'
        ) in html, path


def test_it_lists_all_articles_in_two_groups(client: Client) -> None:
    html = client.get("/kennisbank/").content.decode()
    for article in knowledge_base().article_list():
        assert f'href="/kennisbank/{article.id}/"' in html
    assert "Signalen per aandachtsgebied (voor professionals)" in html


def test_it_renders_an_article_with_site_links_instead_of_kb_and_ref(client: Client) -> None:
    html = client.get("/kennisbank/gesprek-met-je-kind/").content.decode()
    assert "<h1>Praten met je kind</h1>" in html
    assert 'href="/hulp/#veilig-thuis"' in html
    assert 'href="/kennisbank/sextortion/"' in html
    assert "kb:" not in html
    assert "ref:" not in html


def test_it_renders_the_english_article_with_english_links(client: Client) -> None:
    html = client.get("/en/kennisbank/gesprek-met-je-kind/").content.decode()
    assert "<h1>Talking with your child</h1>" in html
    assert 'href="/en/hulp/#veilig-thuis"' in html


def test_it_answers_404_for_an_unknown_article__error(client: Client) -> None:
    response = client.get("/kennisbank/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()


def test_it_filters_the_referral_directory_by_country(client: Client) -> None:
    be = client.get("/hulp/?land=BE").content.decode()
    nl = client.get("/hulp/?land=NL").content.decode()
    assert 'id="child-focus"' in be
    assert 'id="veilig-thuis"' not in be
    assert 'id="veilig-thuis"' in nl
    assert 'id="child-focus"' not in nl
    assert 'id="alarmnummer-112"' in be
    assert 'id="alarmnummer-112"' in nl


def test_it_ignores_an_unknown_country_filter(client: Client) -> None:
    html = client.get("/hulp/?land=DE").content.decode()
    assert 'id="child-focus"' in html
    assert 'id="veilig-thuis"' in html


def test_it_explains_what_quick_exit_does_and_does_not_do(client: Client) -> None:
    html = client.get("/snel-weg/").content.decode()
    assert "Je browsergeschiedenis wordt niet gewist." in html
    assert "Gebruik een privévenster of incognitovenster." in html


def test_it_ends_the_session_and_leaves_for_a_neutral_site_on_quick_exit(client: Client) -> None:
    session = client.session
    session["something"] = "x"
    session.save()
    key = session.session_key
    response = client.get("/exit/")
    assert response.status_code == 302
    assert response.headers["Location"] == "https://www.buienradar.nl"
    assert response.headers["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    assert response.cookies["signaal_session"].value == ""
    from django.contrib.sessions.models import Session

    assert not Session.objects.filter(session_key=key).exists()


def test_it_accepts_the_quick_exit_beacon_without_a_csrf_token(client: Client) -> None:
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post("/exit/")
    assert response.status_code == 204
    assert response.headers["Clear-Site-Data"] == '"cache", "cookies", "storage"'


def test_it_refuses_other_methods_on_quick_exit__error(client: Client) -> None:
    assert client.put("/exit/").status_code == 405


def test_it_sends_the_security_headers_on_every_page(client: Client) -> None:
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp
    assert "script-src 'self'" in csp
    assert "'unsafe-inline'" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cache-Control"] == "no-store"
    assert "Strict-Transport-Security" not in response.headers  # plain HTTP here


def test_it_sends_hsts_only_over_tls(client: Client, settings: object) -> None:
    response = client.get("/", secure=True)
    assert response.headers["Strict-Transport-Security"] == ("max-age=63072000; includeSubDomains")


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_it_has_no_inline_script_style_or_third_party_asset(client: Client, path: str) -> None:
    html = client.get(path).content.decode()
    assert re.search(r"<script(?![^>]*\bsrc=)", html) is None
    assert " style=" not in html
    assert "<style" not in html
    for url in re.findall(r'(?:src|href)="(https?://[^"]+)"', html):
        # outbound links to organisations are fine; nothing may be loaded from elsewhere
        assert not re.search(r"<(?:script|link|img)[^>]+" + re.escape(url), html), url


def test_it_serves_its_static_files_itself(client: Client) -> None:
    response = client.get("/static/signaal/site.css")
    assert response.status_code == 200
    assert b"--brand" in b"".join(response.streaming_content)  # type: ignore[attr-defined]


def test_it_accepts_a_null_origin_from_a_same_origin_form_post() -> None:
    # browsers send Origin: null on posts under Referrer-Policy: no-referrer
    browser = Client(enforce_csrf_checks=True)
    token = browser.get("/quickscan/vragen/").cookies["signaal_csrf"].value
    response = browser.post(
        "/quickscan/vragen/",
        {"step": "0", "csrfmiddlewaretoken": token},
        HTTP_ORIGIN="null",
        HTTP_SEC_FETCH_SITE="same-origin",
    )
    assert response.status_code == 200


@pytest.mark.parametrize("site", ["cross-site", "same-site", None])
def test_it_refuses_a_null_origin_that_is_not_same_origin__error(site: str | None) -> None:
    browser = Client(enforce_csrf_checks=True)
    token = browser.get("/quickscan/vragen/").cookies["signaal_csrf"].value
    headers = {"Origin": "null", **({"Sec-Fetch-Site": site} if site else {})}
    response = browser.post(
        "/quickscan/vragen/", {"step": "0", "csrfmiddlewaretoken": token}, headers=headers
    )
    assert response.status_code == 403


def test_it_still_needs_the_token_with_a_null_origin__error() -> None:
    browser = Client(enforce_csrf_checks=True)
    browser.get("/quickscan/vragen/")
    response = browser.post(
        "/quickscan/vragen/", {"step": "0"}, HTTP_ORIGIN="null", HTTP_SEC_FETCH_SITE="same-origin"
    )
    assert response.status_code == 403


def test_it_always_shows_where_the_keyboard_focus_is() -> None:
    from pathlib import Path

    import signaal.web

    css = (Path(signaal.web.__file__).parent / "static" / "signaal" / "site.css").read_text()
    assert ":focus-visible { outline: 3px solid var(--ink); outline-offset: 2px;" in css
    assert "outline: none" not in css.replace("main:focus { outline: none; }", "")


def test_it_offers_a_skip_link_to_the_content(client: Client) -> None:
    html = client.get("/").content.decode()
    assert '<a class="skip-link" href="#main">Naar de inhoud</a>' in html
    assert '<main id="main" class="wrap" tabindex="-1">' in html
