"""Every URL of the app, tried by every persona, with the exact status expected.

A record of one organisation is invisible to every other (404, never 403, so its existence
is not revealed); a colleague does not see a professional's clients; a coordinator sees the
organisation's records but edits none of them; an admin has no access to records.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.urls import URLResolver, get_resolver, resolve
from django.utils import timezone, translation

from signaal.web.screening.models import Client as ClientRecord
from signaal.web.screening.models import Screening, Status
from tests.web.personas import Personas, make_personas

pytestmark = pytest.mark.django_db

NAMES = ["owner", "colleague", "coordinator", "outsider", "admin", "anonymous"]
LOGIN = 302  # anonymous: to the login page


@pytest.fixture
def world() -> tuple[Personas, ClientRecord, Screening, Screening]:
    people = make_personas()
    record = ClientRecord.objects.create(
        organisation=people.owner.organisation, created_by=people.owner, code="JZ-1"
    )
    draft = Screening.objects.create(
        client=record,
        created_by=people.owner,
        instrument_id="signaalwijzer",
        instrument_version="1.0.0",
    )
    final = Screening.objects.create(
        client=record,
        created_by=people.owner,
        instrument_id="signaalwijzer",
        instrument_version="1.0.0",
        status=Status.FINAL,
        judgement="x" * 30,
        rescreen_on=timezone.localdate() + dt.timedelta(days=30),
        finalised_at=timezone.now(),
        result=None,
    )
    return people, record, draft, final


# (method, path template, expected status per persona in NAMES order)
MATRIX = [
    ("get", "/", [200, 200, 200, 200, 200, 200]),
    ("get", "/quickscan/", [200, 200, 200, 200, 200, 200]),
    ("get", "/kennisbank/", [200, 200, 200, 200, 200, 200]),
    ("get", "/kennisbank/meldcode/", [200, 200, 200, 200, 200, 200]),
    ("get", "/hulp/", [200, 200, 200, 200, 200, 200]),
    ("get", "/snel-weg/", [200, 200, 200, 200, 200, 200]),
    ("get", "/clienten/", [200, 200, 200, 200, 403, LOGIN]),
    ("get", "/clienten/{client}/", [200, 404, 200, 404, 403, LOGIN]),
    ("post", "/clienten/{client}/screening/", [302, 404, 403, 404, 403, LOGIN]),
    ("get", "/screenings/{draft}/stap/0/", [200, 404, 409, 404, 403, LOGIN]),
    ("post", "/screenings/{draft}/stap/1/", [302, 404, 409, 404, 403, LOGIN]),
    ("get", "/screenings/{draft}/uitkomst/", [200, 404, 200, 404, 403, LOGIN]),
    ("get", "/screenings/{final}/stap/1/", [409, 404, 409, 404, 403, LOGIN]),
    ("get", "/screenings/{final}/uitkomst/", [200, 404, 200, 404, 403, LOGIN]),
    ("get", "/screenings/{draft}/rapport.pdf", [409, 404, 409, 404, 403, LOGIN]),
    ("get", "/screenings/{final}/rapport.pdf", [200, 404, 200, 404, 403, LOGIN]),
    ("get", "/clienten/00000000-0000-0000-0000-000000000000/", [404, 404, 404, 404, 403, LOGIN]),
    ("get", "/quickscan/vragen/", [200, 200, 200, 200, 200, 200]),
    ("post", "/quickscan/vragen/", [200, 200, 200, 200, 200, 200]),
    ("post", "/quickscan/pdf/", [200, 200, 200, 200, 200, 200]),
    ("get", "/inloggen/", [302, 302, 302, 302, 302, 200]),
    ("get", "/inloggen/code/", [302, 302, 302, 302, 302, 302]),
    ("get", "/inloggen/instellen/", [302, 302, 302, 302, 302, 302]),
    ("get", "/uitloggen/", [405, 405, 405, 405, 405, 405]),
    ("post", "/uitloggen/", [302, 302, 302, 302, 302, 302]),
    ("get", "/exit/", [302, 302, 302, 302, 302, 302]),
    ("get", "/en/clienten/{client}/", [200, 404, 200, 404, 403, LOGIN]),
    # the help chat's staff pages: counsellors only (tested per counsellor in
    # test_helpline_pages_console), the registrations also for coordinators
    ("get", "/console/", [403, 403, 403, 403, 403, LOGIN]),
    ("get", "/console/registratie/{client}/", [403, 403, 403, 403, 403, LOGIN]),
    ("get", "/console/registraties/", [403, 403, 200, 403, 403, LOGIN]),
    # the young person's help chat: public; an organisation without a help chat is not shown
    # (tested with one in test_helpline_pages_young)
    ("get", "/hulpchat/", [200, 200, 200, 200, 200, 200]),
    ("get", "/hulpchat/999999/", [404, 404, 404, 404, 404, 404]),
    # quick exit's beacon: the chat's token is the proof, the answer is always the same
    ("post", "/hulpchat/999999/exit/", [204, 204, 204, 204, 204, 204]),
    ("get", "/hulpchat/999999/exit/", [405, 405, 405, 405, 405, 405]),
    # yearly figures: coordinators only (tested in test_stats_pages)
    ("get", "/statistieken/", [403, 403, 200, 403, 403, LOGIN]),
    ("get", "/statistieken/2025/cijfers.csv", [403, 403, 200, 403, 403, LOGIN]),
    ("get", "/statistieken/2025/rapport.pdf", [403, 403, 200, 403, 403, LOGIN]),
]


@pytest.mark.parametrize(
    ("method", "template", "expected"), MATRIX, ids=[f"{m} {t}" for m, t, _ in MATRIX]
)
@pytest.mark.parametrize("persona", NAMES)
def test_it_gives_each_persona_exactly_the_expected_status(
    world: tuple[Personas, ClientRecord, Screening, Screening],
    method: str,
    template: str,
    expected: list[int],
    persona: str,
) -> None:
    people, record, draft, final = world
    if final.result is None:  # a real snapshot, made the way finalising makes it
        from signaal.core.i18n import Lang
        from signaal.core.knowledge.loader import knowledge_base
        from signaal.core.screening.answers import Answers
        from signaal.core.screening.loader import get_instrument
        from signaal.core.screening.report import result_dict
        from signaal.core.screening.scoring import score

        result = score(get_instrument("signaalwijzer"), Answers())
        final.result = {lang.value: result_dict(result, knowledge_base(), lang) for lang in Lang}
        final.save()
    path = template.format(client=record.public_id, draft=draft.public_id, final=final.public_id)
    browser = people.client_for(persona)
    response = getattr(browser, method)(path)
    want = expected[NAMES.index(persona)]
    assert response.status_code == want, f"{persona} {method} {path}"
    if want == LOGIN and persona == "anonymous" and path.startswith(("/clienten", "/screen")):
        assert response.headers["Location"].startswith("/inloggen/?next=")


def _routes(patterns: list[Any], prefix: str = "") -> set[str]:
    found: set[str] = set()
    for entry in patterns:
        if isinstance(entry, URLResolver):
            found |= _routes(list(entry.url_patterns), prefix + str(entry.pattern))
        else:
            found.add(prefix + str(entry.pattern))
    return found


def test_it_tries_every_url_of_the_app_in_the_matrix() -> None:
    uuid = "00000000-0000-0000-0000-000000000000"
    with translation.override("nl"):  # Dutch has no prefix; /en/ repeats the same routes
        every = _routes(list(get_resolver().url_patterns))
        tried = {
            resolve(template.format(client=uuid, draft=uuid, final=uuid)).route
            for _method, template, _expected in MATRIX
            if not template.startswith("/en/")
        }
    assert len(every) == 28
    assert every - tried == set()
