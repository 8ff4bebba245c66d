"""`signaal helpline configure --org NAME FILE.yaml`: an organisation's opening hours with
holidays, retention period, chats per counsellor and canned responses from a file; every
problem with file and line, and nothing changed unless the whole file is right."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from signaal.cli import main
from signaal.core.errors import SignaalError
from signaal.core.i18n import Lang
from signaal.web.accounts.models import Organisation
from signaal.web.helpline import services
from signaal.web.helpline.demo import default_canned_responses
from signaal.web.helpline.models import CannedResponse, OrganisationHelplineSettings
from signaal.web.helpline.setup_file import Canned, parse_setup

pytestmark = pytest.mark.django_db

ORG = "Hulplijn Test"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
GOOD = """\
opening_hours:
  timezone: Europe/Amsterdam
  weekly: {monday: ["19:00-23:00"], friday: ["21:00-02:00"]}
  holidays: ["2026-12-25"]
retention_days: 60
max_chats_per_counsellor: 4
canned_responses:
  - code: welkom
    title: {nl: Welkom, en: Welcome}
    text: {nl: "Hoi, fijn dat je er bent.", en: "Hi, good that you are here."}
  - code: afsluiten
    title: {nl: Afsluiten, en: Closing}
    text: {nl: "Je kunt altijd terugkomen.", en: "You can always come back."}
"""


@pytest.fixture
def org() -> Organisation:
    return Organisation.objects.create(name=ORG)


def run(
    capsys: pytest.CaptureFixture[str], folder: Path, text: str, *extra: str
) -> tuple[int, str, str]:
    path = folder / "hulplijn.yaml"
    path.write_text(text, encoding="utf-8")
    code = main(["helpline", "configure", "--org", ORG, str(path), *extra])
    out, err = capsys.readouterr()
    return code, out, err


def canned(org: Organisation, language: str = "nl") -> list[tuple[str, str, str]]:
    rows = CannedResponse.objects.filter(organisation=org, language=language)
    return [(c.code, c.title, c.text) for c in rows.order_by("position")]


def test_it_sets_hours_retention_limit_and_canned_responses_from_the_file(
    org: Organisation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, tmp_path, GOOD) == (
        0,
        "Hulplijn Test: openingstijden ingesteld: ja, bewaartermijn 60 dagen, 4 gesprekken "
        "tegelijk per hulpverlener, standaardteksten: 2.\n",
        "",
    )
    settings = OrganisationHelplineSettings.objects.get(organisation=org)
    assert (settings.retention_days, settings.max_chats_per_counsellor) == (60, 4)
    hours = services.opening_hours(org)
    assert hours.is_open(datetime(2026, 11, 23, 20, 0, tzinfo=AMSTERDAM))  # a Monday
    assert not hours.is_open(datetime(2026, 11, 24, 20, 0, tzinfo=AMSTERDAM))
    # the holiday: Friday 25 December has no evening
    assert not hours.is_open(datetime(2026, 12, 25, 22, 0, tzinfo=AMSTERDAM))
    assert canned(org) == [
        ("welkom", "Welkom", "Hoi, fijn dat je er bent."),
        ("afsluiten", "Afsluiten", "Je kunt altijd terugkomen."),
    ]
    assert canned(org, "en") == [
        ("welkom", "Welcome", "Hi, good that you are here."),
        ("afsluiten", "Closing", "You can always come back."),
    ]


def test_a_second_file_replaces_the_canned_responses_and_one_without_them_keeps_them(
    org: Organisation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, tmp_path, GOOD)
    other = GOOD.split("canned_responses:")[0] + (
        "canned_responses:\n"
        "  - code: veilig\n"
        "    title: {nl: Veiligheid, en: Safety}\n"
        "    text: {nl: Ben je nu veilig?, en: Are you safe now?}\n"
    )
    assert run(capsys, tmp_path, other)[0] == 0
    assert canned(org) == [("veilig", "Veiligheid", "Ben je nu veilig?")]
    assert run(capsys, tmp_path, "retention_days: 30\n", "--lang", "en") == (
        0,
        "Hulplijn Test: opening hours set: yes, retention 30 days, 4 chats at once per "
        "counsellor, canned responses: 1.\n",
        "",
    )
    assert canned(org) == [("veilig", "Veiligheid", "Ben je nu veilig?")]


def test_it_lists_every_problem_of_the_file_with_its_line_and_changes_nothing__error(
    org: Organisation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, tmp_path, GOOD)
    bad = (
        "retention_days: 30\n"
        "max_chats_per_counsellor: veel\n"
        "colour: blue\n"
        "canned_responses:\n"
        "  - code: Welkom!\n"
        "    title: {nl: Welkom, en: Welcome}\n"
        "    text: {nl: Hoi}\n"
    )
    code, out, err = run(capsys, tmp_path, bad)
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "hulplijn.yaml:3: onbekend veld 'colour'; toegestaan zijn: canned_responses, "
        "max_chats_per_counsellor, opening_hours, retention_days.",
        "hulplijn.yaml:2: 'max_chats_per_counsellor' moet een geheel getal zijn, maar is tekst "
        "'veel'.",
        "hulplijn.yaml:7: item Welkom!: 'text' mist de tekst in taal 'en'; schrijf beide talen "
        "(nl en en).",
        "hulplijn.yaml:5: 'code' heeft waarde 'Welkom!'; toegestaan zijn: a new code of a-z, "
        "0-9 and '-', at most 40.",
    ]
    settings = OrganisationHelplineSettings.objects.get(organisation=org)
    assert settings.retention_days == 60
    assert [c for c, _, _ in canned(org)] == ["welkom", "afsluiten"]


def test_values_out_of_range_are_refused_with_line_and_field_and_nothing_changes__error(
    org: Organisation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, tmp_path, GOOD)
    bad = GOOD.replace("retention_days: 60", "retention_days: 0").replace(
        "max_chats_per_counsellor: 4", "max_chats_per_counsellor: 50"
    )
    bad = bad.replace("code: afsluiten", "code: nieuw")
    code, out, err = run(capsys, tmp_path, bad)
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "hulplijn.yaml:5: item retention_days: De bewaartermijn moet 1 tot en met 3650 dagen zijn.",
        "hulplijn.yaml:6: item max_chats_per_counsellor: Het aantal gesprekken tegelijk moet 1 "
        "tot en met 20 zijn.",
    ]
    settings = OrganisationHelplineSettings.objects.get(organisation=org)
    assert (settings.retention_days, settings.max_chats_per_counsellor) == (60, 4)
    assert [c for c, _, _ in canned(org)] == ["welkom", "afsluiten"]


def test_opening_hours_that_cannot_be_read_name_the_field__error(
    org: Organisation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, tmp_path, "opening_hours: {timezone: Mars/Basis}\n")
    assert (code, out) == (1, "")
    assert err.startswith("hulplijn.yaml:1: item opening_hours: ")
    assert "Mars/Basis" in err
    assert (
        not OrganisationHelplineSettings.objects.filter(
            organisation=org, opening_hours__isnull=False
        )
        .exclude(opening_hours={})
        .exists()
    )


def test_an_unknown_organisation_or_a_file_that_is_not_there_is_a_clear_error__error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, tmp_path, GOOD, "--lang", "en")
    assert (code, out, err) == (
        1,
        "",
        "item --org: organisation 'Hulplijn Test' does not exist. Create it with 'signaal "
        "createorg NAME', or check the name.\n",
    )
    Organisation.objects.create(name=ORG)
    code = main(["helpline", "configure", "--org", ORG, str(tmp_path / "nergens.yaml")])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.startswith("nergens.yaml")


def test_the_demo_canned_responses_are_a_file_of_the_same_format() -> None:
    shipped = default_canned_responses()
    assert len({c.code for c in shipped}) == len(shipped) // 2 >= 6
    assert {c.language.value for c in shipped} == {"nl", "en"}


def test_a_list_of_canned_responses_is_bounded__error() -> None:
    entry = "  - code: c{n}\n    title: {{nl: T, en: T}}\n    text: {{nl: T, en: T}}\n"
    text = "canned_responses:\n" + "".join(entry.format(n=n) for n in range(201))
    with pytest.raises(SignaalError) as caught:
        parse_setup(text, name="groot.yaml")
    assert caught.value.render(Lang.EN) == (
        "groot.yaml:602: 'canned_responses' has value '201'; allowed are: at most 200 responses."
    )
    ok = parse_setup(text.split("  - code: c200")[0], name="groot.yaml").canned_responses
    assert ok is not None
    assert len(ok) == 400
    assert isinstance(ok[0], Canned)
