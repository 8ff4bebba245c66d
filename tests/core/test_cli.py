"""The command line as people use it: exact JSON shapes, exit codes and error messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from signaal.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code, out, err = run(capsys, *args)
    assert (code, err) == (0, "")
    return json.loads(out)


def write(tmp_path: Path, text: str, name: str = "answers.json") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# -- good paths ------------------------------------------------------------------------


def test_it_lists_the_instruments_with_id_version_and_title(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = run_json(capsys, "screening", "list", "--json")
    assert [(d["id"], d["version"], d["title"]) for d in data] == [
        ("quickscan", "1.0.0", "Quickscan voor ouders"),
        ("signaalwijzer", "1.0.0", "Signaalwijzer seksuele uitbuiting"),
    ]


def test_it_lists_english_titles_with_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "screening", "list", "--json", "--lang", "en")
    assert [d["title"] for d in data] == [
        "Quickscan for parents",
        "Signal guide for sexual exploitation",
    ]


@pytest.mark.parametrize("instrument", ["signaalwijzer", "quickscan"])
def test_it_describes_both_instruments_in_the_same_shape(
    capsys: pytest.CaptureFixture[str], instrument: str
) -> None:
    data = run_json(capsys, "screening", "describe", instrument, "--json")
    assert {"id", "version", "areas", "protective"} <= set(data)
    for group in (*data["areas"], *data["protective"]):
        assert {"id", "title", "items"} <= set(group)
        for item in group["items"]:
            assert {"id", "kind", "text"} <= set(item)
            assert item["kind"] in ("risk", "protective", "critical")


def test_it_describes_follow_up_items_with_their_condition(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = run_json(capsys, "screening", "describe", "signaalwijzer", "--json")
    online = data["areas"][0]
    follow_up = next(i for i in online["items"] if i["id"] == "SW-ON-04")
    assert follow_up["condition"] == {"present": "SW-ON-03"}
    money = next(a for a in data["areas"] if a["id"] == "geld")
    gifts = next(i for i in money["items"] if i["id"] == "SW-GE-03")
    assert gifts["condition"] == {"any": [{"present": "SW-GE-01"}, {"present": "SW-GE-02"}]}
    assert [c["id"] for c in data["protective"]] == ["persoon", "netwerk", "omgeving"]


def test_it_describes_an_instrument_file_by_path(capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(__file__).resolve().parents[2] / (
        "src/signaal/core/screening/instruments/quickscan.yaml"
    )
    data = run_json(capsys, "screening", "describe", str(path), "--json")
    assert data["id"] == "quickscan"
    assert data["protective"] == []


def test_it_scores_to_json_with_exactly_the_documented_keys(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = run_json(
        capsys,
        "screening",
        "score",
        "signaalwijzer",
        str(EXAMPLES / "signaalwijzer-voorbeeld.json"),
        "--json",
    )
    assert list(data) == [
        "instrument",
        "version",
        "profile",
        "acute",
        "areas",
        "protective",
        "gaps",
        "explanation",
        "advice",
    ]
    assert (data["instrument"], data["version"]) == ("signaalwijzer", "1.0.0")
    assert data["profile"] == "verhoogd_risico"
    assert data["acute"] is False
    assert data["explanation"][-1]["rule"] == "SW-R00"
    assert all(
        r["countries"] == ["NL"] or "NL" in r["countries"]
        for a in data["advice"]
        for r in a["referrals"]
    )


def test_it_prints_a_readable_report_without_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        "screening",
        "score",
        "quickscan",
        str(EXAMPLES / "quickscan-voorbeeld.json"),
        "--lang",
        "en",
    )
    assert (code, err) == (0, "")
    assert out.startswith("Quickscan for parents (quickscan 1.0.0)\n")
    assert (
        "  - [QS-01] Is your child in contact with someone they only know from the internet?" in out
    )
    assert "Profile" not in out


def test_it_marks_an_acute_outcome_at_the_top(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = write(tmp_path, '{"SW-GE-06": "present"}')
    code, out, _ = run(capsys, "screening", "score", "signaalwijzer", answers)
    assert code == 0
    assert out.splitlines()[2] == (
        "!! ACUUT: er zijn tekenen van uitbuiting die nu plaatsvindt. Handel vandaag."
    )


def test_it_validates_the_shipped_instruments(capsys: pytest.CaptureFixture[str]) -> None:
    root = Path(__file__).resolve().parents[2] / "src/signaal/core/screening/instruments"
    code, out, _ = run(
        capsys, "screening", "validate", str(root / "signaalwijzer.yaml"), "--lang", "en"
    )
    assert code == 0
    assert out.endswith("valid (signaalwijzer 1.0.0, 11 areas, 87 items, 24 advice rules)\n")


def test_it_lists_articles_and_referrals(capsys: pytest.CaptureFixture[str]) -> None:
    articles = run_json(capsys, "knowledge", "list", "--json")
    assert len(articles) == 18
    referrals = run_json(capsys, "knowledge", "referrals", "--country", "BE", "--json")
    assert {r["id"] for r in referrals} >= {"child-focus", "1712", "awel", "alarmnummer-112"}
    assert all("BE" in r["countries"] for r in referrals)
    code, out, _ = run(capsys, "knowledge", "show", "sextortion", "--lang", "en")
    assert code == 0
    assert out.startswith("# Sextortion")


# -- bad data: exit 1 with one clear message -------------------------------------------


def test_it_rejects_an_unknown_item_id_naming_it_and_its_line__error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = write(tmp_path, '{\n  "SW-ON-01": "present",\n  "SW-XX-99": "present"\n}')
    code, out, err = run(capsys, "screening", "score", "signaalwijzer", answers, "--lang", "en")
    assert (code, out) == (1, "")
    assert err == (
        f"{answers}:3: item SW-XX-99: item 'SW-XX-99' does not exist in "
        "signaalwijzer 1.0.0. See the items with 'signaal screening describe "
        "signaalwijzer'.\n"
    )


def test_it_rejects_an_answer_value_that_is_not_allowed__error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = write(tmp_path, '{"QS-01": "yes", "QS-02": 1}')
    code, _, err = run(capsys, "screening", "score", "quickscan", answers, "--lang", "en")
    assert code == 1
    assert err.splitlines() == [
        f"{answers}:1: item QS-01: answer '\"yes\"' is not allowed; use present, absent or "
        "unknown.",
        f"{answers}:1: item QS-02: answer '1' is not allowed; use present, absent or unknown.",
    ]


def test_it_rejects_malformed_json_with_its_line__error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = write(tmp_path, '{\n  "QS-01": "present",\n  "QS-02": \n}')
    code, _, err = run(capsys, "screening", "score", "quickscan", answers, "--lang", "en")
    assert code == 1
    assert err == (f"{answers}:4: invalid JSON: Expecting value (column 1).\n")


def test_it_rejects_a_missing_answers_file__error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "nope.json")
    code, _, err = run(capsys, "screening", "score", "quickscan", missing)
    assert code == 1
    assert err == f"{missing}: bestand niet gevonden. Controleer het pad.\n"


def test_it_rejects_answers_that_are_not_an_object__error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = write(tmp_path, '["QS-01"]')
    code, _, err = run(capsys, "screening", "score", "quickscan", answers, "--lang", "en")
    assert code == 1
    assert err == (
        f'{answers}: \'answers\' must be a JSON object {{"item": "present"}}, but is ["QS-01"].\n'
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"age": "twelve"}', "'age' is invalid: \"twelve\" is not a whole number from 0 to 99."),
        ('{"age": 150}', "'age' is invalid: 150 is not a whole number from 0 to 99."),
        ('{"age": true}', "'age' is invalid: true is not a whole number from 0 to 99."),
        (
            '{"intellectual_disability": "yes"}',
            "'intellectual_disability' is invalid: \"yes\" is not true or false.",
        ),
        ('{"country": "DE"}', '\'country\' is invalid: "DE" is not "NL" or "BE".'),
    ],
)
def test_it_rejects_bad_context_values__error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    answers = write(tmp_path, text)
    code, _, err = run(capsys, "screening", "score", "signaalwijzer", answers, "--lang", "en")
    key = json.loads(text).popitem()[0]
    assert code == 1
    assert err == f"{answers}:1: item {key}: {message}\n"


def test_it_rejects_an_unknown_instrument_listing_what_exists__error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "screening", "describe", "11vb", "--lang", "en")
    assert code == 1
    assert err == "unknown instrument '11vb'; available are: quickscan, signaalwijzer.\n"


def test_it_rejects_duplicate_keys_in_answers__error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = write(tmp_path, '{\n"QS-01": "present",\n"QS-01": "absent"\n}')
    code, _, err = run(capsys, "screening", "score", "quickscan", answers, "--lang", "en")
    assert code == 1
    assert err == f"{answers}:3: key 'QS-01' appears twice (first on line 2); keep one.\n"


def test_it_rejects_an_unknown_article__error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "knowledge", "show", "nope", "--lang", "en")
    assert code == 1
    assert err.startswith("unknown article 'nope'; available are: fasen, gebied-anderen,")


# -- bad usage: exit 2 -----------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["screening"],
        ["screening", "frobnicate"],
        ["screening", "score", "quickscan"],
        ["screening", "list", "--lang", "fr"],
        ["knowledge", "referrals", "--country", "DE"],
    ],
)
def test_it_exits_2_on_bad_usage__error(
    capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert "usage: signaal" in err


def test_it_runs_as_a_command_without_a_traceback_on_bad_data(tmp_path: Path) -> None:
    answers = write(tmp_path, "\xff\xfe not json", name="bad.json")
    (tmp_path / "bad.json").write_bytes(b'{"QS-01": "\xff"}')
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "signaal",
            "screening",
            "score",
            "quickscan",
            answers,
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == f"{answers}:1: not valid UTF-8 at byte 11. Save the file as UTF-8.\n"
    assert "Traceback" not in done.stderr
