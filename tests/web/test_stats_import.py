"""Registrations in the database: importing (all or nothing, --skip-invalid, idempotent,
conflicts), the union with the help chat's own registrations, and the `signaal stats`
commands with their exit codes and output."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from signaal.cli import main
from signaal.core.stats.importer import parse_registrations
from signaal.core.stats.records import CSV_COLUMNS
from signaal.web.accounts.models import Organisation
from signaal.web.stats.models import ImportedRegistration
from signaal.web.stats.services import registrations, year_report
from tests.core.stats_2020 import EXPECTED_2020, csv_text, victim
from tests.web.stats_setup import AMSTERDAM, chat_registration, import_2020, write_2020

pytestmark = pytest.mark.django_db

ORG = "Hulplijn Test"


@pytest.fixture
def org() -> Organisation:
    return Organisation.objects.create(name=ORG)


def row(contact_id: str = "c-1", **changes: Any) -> dict[str, Any]:
    return {
        "contact_id": contact_id,
        "date": "2020-03-04",
        "visitor": "v-1",
        **victim(1),
        **changes,
    }


def write(folder: Path, rows: list[dict[str, Any]], name: str = "jaar.csv") -> str:
    path = folder / name
    path.write_text(csv_text(rows), encoding="utf-8")
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_it_imports_the_2020_file_and_reports_exactly_the_published_figures(
    org: Organisation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(write_2020(tmp_path))
    code, out, err = run(capsys, "stats", "import-registrations", path, "--org", ORG)
    assert (code, err) == (0, "")
    assert out == f"{path} voor {ORG}: 492 registratie(s) toegevoegd, 0 waren er al.\n"
    assert ImportedRegistration.objects.filter(organisation=org).count() == 492
    code, out, err = run(capsys, "stats", "report", "--org", ORG, "--year", "2020", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == EXPECTED_2020


def test_importing_the_same_file_again_adds_nothing(
    org: Organisation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(write_2020(tmp_path))
    assert run(capsys, "stats", "import-registrations", path, "--org", ORG)[0] == 0
    code, out, _ = run(capsys, "stats", "import-registrations", path, "--org", ORG, "--lang", "en")
    assert code == 0
    assert out == f"{path} for {ORG}: 0 registration(s) added, 492 were there already.\n"
    assert ImportedRegistration.objects.count() == 492
    assert year_report(org, 2020).to_dict() == EXPECTED_2020


def test_it_stores_codes_date_visitor_form_version_and_import_time(org: Organisation) -> None:
    from signaal.web.stats.services import import_registrations

    at = datetime(2021, 2, 3, 10, 0, tzinfo=UTC)
    result = parse_registrations(
        csv_text([row(perpetrator_relation=["stranger", "peer"], age=None)]).encode(),
        name="jaar.csv",
    )
    outcome = import_registrations(org, result, file="jaar.csv", now=at)
    assert (outcome.added, outcome.unchanged, outcome.problems) == (1, 0, [])
    stored = ImportedRegistration.objects.get()
    assert (stored.contact_id, stored.contact_date.isoformat(), stored.visitor_key) == (
        "c-1",
        "2020-03-04",
        "v-1",
    )
    assert (stored.form_version, stored.imported_at) == ("1", at)
    expected = {k: v for k, v in victim(1).items() if k != "age"}
    assert stored.answers == {**expected, "perpetrator_relation": ["peer", "stranger"]}


def test_one_invalid_row_imports_nothing_and_lists_every_problem(
    org: Organisation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, [row(), row("c-2", victim="maybe"), row("c-3", date="2020-13-01")])
    code, out, err = run(capsys, "stats", "import-registrations", path, "--org", ORG)
    assert (code, out) == (1, "")
    assert err == (
        f"{path}:3: item victim: 'victim' heeft waarde 'maybe'; toegestaan zijn: yes, no, "
        "unknown.\n"
        f"{path}:4: item date: 'date' heeft waarde '2020-13-01'; toegestaan zijn: een datum "
        "JJJJ-MM-DD, zoals 2020-03-31.\n"
        "Niets geïmporteerd: 2 regel(s) met fouten. Verbeter ze, of importeer alleen de goede "
        "regels met --skip-invalid.\n"
    )
    assert ImportedRegistration.objects.count() == 0


def test_skip_invalid_imports_the_valid_rows_and_lists_the_rest(
    org: Organisation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, [row(), row("c-2", victim="maybe"), row("c-3"), row("c-1")])
    code, out, err = run(
        capsys,
        "stats",
        "import-registrations",
        path,
        "--org",
        ORG,
        "--skip-invalid",
        "--lang",
        "en",
    )
    assert code == 0
    assert out == f"{path} for {ORG}: 2 registration(s) added, 0 were there already.\n"
    assert err == (
        f"{path}:3: item victim: 'victim' has value 'maybe'; allowed are: yes, no, unknown.\n"
        f"{path}:5: item contact_id: id 'c-1' is already used on line 2; every id must be "
        "unique.\n"
        "Skipped: 2 line(s) with problems (lines 3, 5).\n"
    )
    assert sorted(ImportedRegistration.objects.values_list("contact_id", flat=True)) == [
        "c-1",
        "c-3",
    ]


def test_a_contact_id_imported_before_with_other_content_is_a_problem_of_its_line(
    org: Organisation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write(tmp_path, [row(), row("c-2")], "eerst.csv")
    assert run(capsys, "stats", "import-registrations", first, "--org", ORG)[0] == 0
    again = write(tmp_path, [row(), row("c-2", still_exploited="no"), row("c-3")], "later.csv")
    code, out, err = run(capsys, "stats", "import-registrations", again, "--org", ORG)
    assert (code, out) == (1, "")
    assert err == (
        f"{again}:3: item contact_id: contact_id 'c-2' is al eerder geïmporteerd, met andere "
        "gegevens. Opnieuw importeren verandert een registratie niet; laat de regel weg, of "
        "geef een ander contact een eigen contact_id.\n"
        "Niets geïmporteerd: 1 regel(s) met fouten. Verbeter ze, of importeer alleen de goede "
        "regels met --skip-invalid.\n"
    )
    assert ImportedRegistration.objects.count() == 2
    code, out, _ = run(
        capsys, "stats", "import-registrations", again, "--org", ORG, "--skip-invalid"
    )
    assert code == 0
    assert out == f"{again} voor {ORG}: 1 registratie(s) toegevoegd, 1 waren er al.\n"
    stored = ImportedRegistration.objects.get(contact_id="c-2")
    assert stored.answers["still_exploited"] == "yes"  # the first import stands


def test_contact_ids_are_unique_per_organisation_only(org: Organisation) -> None:
    other = Organisation.objects.create(name="Andere Hulplijn")
    import_2020(org)
    import_2020(other)
    assert ImportedRegistration.objects.filter(organisation=other).count() == 492
    assert year_report(other, 2020).to_dict() == EXPECTED_2020


def test_the_report_adds_the_help_chats_own_registrations_of_the_organisation(
    org: Organisation,
) -> None:
    import_2020(org)
    other = Organisation.objects.create(name="Andere Hulplijn")
    answers = {**victim(0), "age": 8, "referral_made": "yes"}
    # a new visitor, in the year: one more visitor and victim, and a younger youngest
    chat_registration(org, datetime(2020, 6, 1, 12, tzinfo=AMSTERDAM), "chat-1", answers)
    # an imported visitor again, later, through the help chat: counted once, latest value
    chat_registration(
        org,
        datetime(2020, 12, 30, 20, tzinfo=AMSTERDAM),
        "bezoeker-0200",
        {**victim(200), "first_disclosure": "yes", "referral_made": "no"},
    )
    # 23:30 UTC on 31 December is 00:30 on 1 January in Amsterdam: the next year
    late = chat_registration(org, datetime(2020, 12, 31, 23, 30, tzinfo=UTC), "chat-2", answers)
    # another organisation's registrations never count
    chat_registration(other, datetime(2020, 6, 1, 12, tzinfo=AMSTERDAM), "chat-3", answers)
    report = year_report(org, 2020).to_dict()
    assert (report["unique_visitors"], report["victims"], report["youngest_age"]) == (284, 251, 8)
    assert report["figures"]["first_disclosure"] == {"count": 158, "n": 241, "pct": 65.6}
    in_2021 = [r for r in registrations(org, 2021) if r.visitor == "chat-2"]
    assert [(r.contact_id, r.date.isoformat()) for r in in_2021] == [
        (str(late.public_id), "2021-01-01")
    ]
    assert "chat-2" not in {r.visitor for r in registrations(org, 2020)}


def test_the_report_prints_a_dutch_table_by_default_and_english_on_request(
    org: Organisation, capsys: pytest.CaptureFixture[str]
) -> None:
    import_2020(org)
    code, out, _ = run(capsys, "stats", "report", "--org", ORG, "--year", "2020")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Jaarcijfers 2020"
    assert lines[2].split() == ["Unieke", "bezoekers", "283"]
    assert next(x for x in lines if x.startswith("15 jaar of jonger")).split()[-3:] == [
        "49",
        "245",
        "20,0",
    ]
    code, out, _ = run(capsys, "stats", "report", "--org", ORG, "--year", "2020", "--lang", "en")
    assert out.splitlines()[0] == "Yearly figures 2020"
    assert next(x for x in out.splitlines() if x.startswith("Aged 15")).split()[-1] == "20.0"


def test_the_published_report_hides_small_numbers_and_the_youngest_age(
    org: Organisation, capsys: pytest.CaptureFixture[str]
) -> None:
    import_2020(org)
    chat_registration(
        org, datetime(2022, 3, 1, 12, tzinfo=AMSTERDAM), "chat-1", {**victim(0), "age": 8}
    )
    code, out, _ = run(
        capsys, "stats", "report", "--org", ORG, "--year", "2022", "--json", "--publish"
    )
    assert code == 0
    published = json.loads(out)
    assert published["unique_visitors"] == published["victims"] == "<10"
    assert "youngest_age" not in published
    assert published["figures"]["minor"] == {
        "count": "<10",
        "n": "<10",
        "pct": None,
        "suppressed": True,
    }
    code, out, _ = run(capsys, "stats", "report", "--org", ORG, "--year", "2020", "--publish")
    assert out.splitlines()[0] == "Jaarcijfers 2020 (publicatieversie)"
    assert "Jongste leeftijd" not in out


def test_an_empty_year_reports_zeros(org: Organisation, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stats", "report", "--org", ORG, "--year", "2019", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["unique_visitors"], data["victims"], data["youngest_age"]) == (0, 0, None)


def test_errors_name_the_problem_with_an_exit_code_and_no_traceback(
    org: Organisation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "stats", "report", "--org", "Onbekend", "--year", "2020")
    assert (code, out) == (1, "")
    assert err == (
        "item --org: organisatie 'Onbekend' bestaat niet. Maak haar aan met 'signaal createorg "
        "NAAM', of controleer de naam.\n"
    )
    missing = str(tmp_path / "weg.csv")
    code, _, err = run(capsys, "stats", "import-registrations", missing, "--org", ORG)
    assert (code, err) == (1, f"{missing}: bestand niet gevonden. Controleer het pad.\n")
    bad = tmp_path / "latin.csv"
    bad.write_bytes((",".join(CSV_COLUMNS) + "\nc-é\n").encode("latin-1"))
    code, _, err = run(capsys, "stats", "import-registrations", str(bad), "--org", ORG)
    offset = len(",".join(CSV_COLUMNS)) + 3
    assert (code, err) == (
        1,
        f"{bad}:2: geen geldige UTF-8 bij byte {offset}. Sla het bestand op als UTF-8.\n",
    )
    assert "Traceback" not in err


@pytest.mark.parametrize("year", ["20", "1999", "2101", "twee"])
def test_a_year_outside_2000_to_2100_is_a_usage_error(
    org: Organisation, capsys: pytest.CaptureFixture[str], year: str
) -> None:
    code, _, err = run(capsys, "stats", "report", "--org", ORG, "--year", year)
    assert code == 2
    assert "a year from 2000 to 2100" in err


@pytest.mark.parametrize("year", ["2000", "2100"])
def test_the_first_and_the_last_year_are_accepted(
    org: Organisation, capsys: pytest.CaptureFixture[str], year: str
) -> None:
    code, out, err = run(capsys, "stats", "report", "--org", ORG, "--year", year, "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["year"] == int(year)


def test_the_org_option_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "stats", "report", "--year", "2020")[0] == 2
    assert run(capsys, "stats")[0] == 2


def test_an_import_clashing_with_another_at_the_same_time_says_so_without_the_skip_advice(
    org: Organisation,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the unique constraint fires when another import stored the same contact_ids between
    # this import's check and its insert; that race is made here by the insert itself
    from django.db import IntegrityError

    def clash(*args: object, **kwargs: object) -> None:
        raise IntegrityError("UNIQUE constraint failed")

    monkeypatch.setattr(ImportedRegistration.objects, "bulk_create", clash)
    path = write(tmp_path, [row(), row("c-2")])
    code, out, err = run(
        capsys, "stats", "import-registrations", path, "--org", ORG, "--lang", "en"
    )
    assert (code, out) == (1, "")
    assert err == (
        f"{path}: another import with the same contact_ids ran at the same time; nothing was "
        "imported. Import the file again.\n"
    )
    assert ImportedRegistration.objects.count() == 0
