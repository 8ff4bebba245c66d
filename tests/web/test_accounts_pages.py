"""Every accounts page: no inline script or style (the CSP forbids them), a label for every
field, the quick exit still there, and texts in Dutch and English."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.utils import translation

from signaal.web.accounts.models import User
from signaal.web.accounts.texts import TEXTS
from tests.web.conftest import force_login, parse, submit_code, submit_password, wrong_code_for

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).parents[2] / "src/signaal/web/templates/signaal/accounts"


def accounts_pages(client: Client, professional: User, newcomer: User) -> list[Response]:
    """Each accounts page, plain and with an error, in Dutch and English."""
    pages = []
    for prefix in ("", "/en"):
        fresh = Client()
        pages.append(fresh.get(f"{prefix}/inloggen/"))
        pages.append(fresh.get(f"{prefix}/inloggen/?verlopen=1"))
        pages.append(submit_password(fresh, email="x@example.test", password="y", prefix=prefix))
        submit_password(fresh, email=professional.email, prefix=prefix)
        pages.append(fresh.get(f"{prefix}/inloggen/code/"))
        pages.append(submit_code(fresh, wrong_code_for(professional), prefix=prefix))
        enrolling = Client()
        submit_password(enrolling, email=newcomer.email, prefix=prefix)
        pages.append(enrolling.get(f"{prefix}/inloggen/instellen/"))
        pages.append(enrolling.post(f"{prefix}/inloggen/instellen/", {"code": "000000x"}))
    return pages


def test_it_has_no_inline_script_or_style_on_any_page(
    client: Client, professional: User, newcomer: User
) -> None:
    for page in accounts_pages(client, professional, newcomer):
        assert page.status_code == 200
        html = page.content.decode()
        assert not re.search(r"<script(?![^>]*\ssrc=)", html), page.request["PATH_INFO"]
        assert not re.search(r"\sstyle\s*=", html, re.IGNORECASE)
        assert "<style" not in html
        assert not re.search(r"\son[a-z]+\s*=", html)  # no inline event handlers either


def test_it_labels_every_field_and_protects_every_form(
    client: Client, professional: User, newcomer: User
) -> None:
    for page in accounts_pages(client, professional, newcomer):
        elements = parse(page).elements
        labelled = {a.get("for") for tag, a in elements if tag == "label"}
        fields = [a for tag, a in elements if tag == "input" and a.get("type") != "hidden"]
        assert fields
        for field in fields:
            assert field.get("id") in labelled, field
            assert field.get("autocomplete"), field
        forms = [a for tag, a in elements if tag == "form"]
        tokens = [a for tag, a in elements if a.get("name") == "csrfmiddlewaretoken"]
        assert len(tokens) == len(forms) > 0


def test_it_keeps_the_quick_exit_on_every_page(
    client: Client, professional: User, newcomer: User
) -> None:
    for page in accounts_pages(client, professional, newcomer):
        assert any("data-quick-exit" in attributes for _, attributes in parse(page).elements)


def test_it_shows_the_pages_in_english_under_en(client: Client, db: None) -> None:
    response = client.get("/en/inloggen/")

    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "<h1>Log in for professionals</h1>" in html


def test_it_has_dutch_and_english_for_every_text() -> None:
    for key, text in TEXTS.items():
        assert key.startswith("accounts."), key
        assert text.nl.strip(), key
        assert text.en.strip(), key
        assert text.nl != text.en or key.startswith("accounts.role."), key


def test_it_defines_every_text_key_the_templates_use() -> None:
    used = set()
    for template in TEMPLATES.glob("*.html"):
        used |= set(re.findall(r"""\{% t ["']([^"']+)["']""", template.read_text("utf-8")))

    assert used
    assert used <= set(TEXTS)


def test_it_shows_who_is_logged_in_and_a_logout_button(professional: User) -> None:
    request = RequestFactory().get("/")
    request.user = professional
    professional.is_demo = True

    with translation.override("nl"):
        html = render_to_string("signaal/accounts/account_bar.html", request=request)

    assert "Ingelogd als professional@example.test" in html
    assert 'action="/uitloggen/"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert "Vul hier nooit gegevens van echte jongeren in." in html


def test_it_serves_the_csp_on_accounts_pages(client: Client, db: None) -> None:
    response = client.get("/inloggen/")

    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert response["Cache-Control"] == "no-store"


def test_it_logs_a_user_out_through_the_account_bar_form(
    client: Client, professional: User
) -> None:
    force_login(client, professional)

    response = client.post("/uitloggen/")

    assert response["Location"] == "/"
