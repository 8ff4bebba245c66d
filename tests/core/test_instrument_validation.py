"""Validating instrument files: a small valid instrument, then one test per problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from signaal.cli import main
from signaal.core.errors import ErrorCode, SignaalError
from signaal.core.i18n import Lang, LocalText
from signaal.core.knowledge.loader import knowledge_base
from signaal.core.screening.conditions import AnswerIs, Outcome
from signaal.core.screening.loader import instruments_dir, load_instrument, shipped_ids
from signaal.core.screening.model import (
    Answer,
    Audience,
    ItemKind,
    Level,
    Method,
    Party,
    Profile,
    Thresholds,
)

# The line numbers in the tests below refer to this text: keep it as it is.
VALID = """\
id: mini
version: "1.0.0"
audience: professional
title: {nl: Mini, en: Mini}
description: {nl: Een kleine lijst., en: A small list.}
answers:
  present: {nl: Ja, en: "Yes"}
  absent: {nl: Nee, en: "No"}
  unknown: {nl: Weet niet, en: Unknown}
scoring:
  method: profile
  rule_prefix: MI
  risico: {areas_with_concern: 1, areas_with_serious_concern: 1, total_points: 3}
  verhoogd_risico: {areas_with_concern: 2, areas_with_serious_concern: 2, total_points: 6}
areas:
  - id: online
    title: {nl: Online, en: Online}
    items:
      - id: MI-01
        weight: 2
        text: {nl: Vraag een., en: Question one.}
      - id: MI-02
        show_if: {present: MI-01}
        text: {nl: Vraag twee., en: Question two.}
  - id: geld
    title: {nl: Geld, en: Money}
    items:
      - id: MI-03
        kind: critical
        weight: 3
        text: {nl: Vraag drie., en: Question three.}
protective:
  - id: steun
    title: {nl: Steun, en: Support}
    items:
      - id: MI-04
        text: {nl: Vraag vier., en: Question four.}
advice:
  - id: MI-A01
    when: {profile_at_least: risico}
    party: professional
    text: {nl: Advies een., en: Advice one.}
    articles: [fasen]
    referrals: [veilig-thuis]
  - id: MI-A02
    when: {area_at_least: {area: geld, level: zorg}}
    party: jeugdzorg_veilig_thuis
    urgent: true
    text: {nl: Advies twee., en: Advice two.}
    articles: [wat-is-seksuele-uitbuiting]
    referrals: [child-focus, "1712"]
"""

GELD_ITEMS = """\
    items:
      - id: MI-03
        kind: critical
        weight: 3
        text: {nl: Vraag drie., en: Question three.}
"""

Found = tuple[ErrorCode, int | None, str | None, str]


def variant(*changes: tuple[str, str]) -> str:
    """The valid text with each (old, new) replaced once; every old text must be there."""
    text = VALID
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def write(tmp_path: Path, text: str, name: str = "mini.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(tmp_path: Path, *changes: tuple[str, str]) -> list[Found]:
    """Every problem of the changed file as (code, line, item, English message)."""
    path = write(tmp_path, variant(*changes))
    with pytest.raises(SignaalError) as exc:
        load_instrument(path, kb=knowledge_base())
    assert {p.file for p in exc.value.problems} == {"mini.yaml"}
    return [(p.code, p.line, p.item, p.render(Lang.EN)) for p in exc.value.problems]


# -- the valid instrument ----------------------------------------------------------------


def test_it_loads_a_valid_instrument(tmp_path: Path) -> None:
    instrument = load_instrument(write(tmp_path, VALID), kb=knowledge_base())

    assert (instrument.id, instrument.version, instrument.audience) == (
        "mini",
        "1.0.0",
        Audience.PROFESSIONAL,
    )
    assert instrument.title == LocalText("Mini", "Mini")
    assert instrument.source == "mini.yaml"
    assert (instrument.min_age, instrument.max_age) == (12, 18)
    assert instrument.answer_labels[Answer.UNKNOWN] == LocalText("Weet niet", "Unknown")
    assert [a.id for a in instrument.areas] == ["online", "geld"]
    assert [c.id for c in instrument.protective] == ["steun"]
    assert list(instrument.items) == ["MI-01", "MI-02", "MI-03", "MI-04"]
    assert instrument.area_of == {
        "MI-01": "online",
        "MI-02": "online",
        "MI-03": "geld",
        "MI-04": "steun",
    }
    items = instrument.items
    assert (items["MI-01"].kind, items["MI-01"].weight, items["MI-01"].line) == (
        ItemKind.RISK,
        2,
        19,
    )
    assert items["MI-02"].show_if == AnswerIs("MI-01", Answer.PRESENT, 23)
    assert (items["MI-03"].kind, items["MI-03"].weight) == (ItemKind.CRITICAL, 3)
    assert items["MI-04"].kind is ItemKind.PROTECTIVE
    assert items["MI-04"].text == LocalText("Vraag vier.", "Question four.")


def test_it_loads_the_advice_and_scoring_of_a_valid_instrument(tmp_path: Path) -> None:
    instrument = load_instrument(write(tmp_path, VALID))

    first, second = instrument.advice
    assert (first.id, first.party, first.urgent) == ("MI-A01", Party.PROFESSIONAL, False)
    assert first.when == Outcome("profile_at_least", Profile.RISICO, 40)
    assert (first.articles, first.referrals) == (("fasen",), ("veilig-thuis",))
    assert (second.id, second.party, second.urgent) == ("MI-A02", Party.JEUGDZORG, True)
    assert second.when == Outcome("area_at_least", Level.ZORG, 46, area="geld")
    assert second.referrals == ("child-focus", "1712")
    scoring = instrument.scoring
    assert (scoring.method, scoring.rule_prefix) == (Method.PROFILE, "MI")
    assert scoring.risico == Thresholds(1, 1, 3)
    assert scoring.verhoogd == Thresholds(2, 2, 6)
    assert instrument.rule(3) == "MI-R03"


def test_it_accepts_a_two_part_version(tmp_path: Path) -> None:
    path = write(tmp_path, variant(('version: "1.0.0"', 'version: "2.1"')))

    assert load_instrument(path).version == "2.1"


# -- one problem each --------------------------------------------------------------------


def test_it_reports_a_duplicate_item_id_with_its_first_line__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("- id: MI-03", "- id: MI-01")) == [
        (
            ErrorCode.DUPLICATE_ID,
            28,
            "MI-01",
            "mini.yaml:28: item MI-01: id 'MI-01' is already used on line 19; "
            "every id must be unique.",
        )
    ]


def test_it_reports_a_duplicate_area_id_with_its_first_line__error(tmp_path: Path) -> None:
    found = problems(tmp_path, ("- id: geld", "- id: online"), ("area: geld", "area: online"))

    assert found == [
        (
            ErrorCode.DUPLICATE_ID,
            25,
            "online",
            "mini.yaml:25: item online: id 'online' is already used on line 16; "
            "every id must be unique.",
        )
    ]


def test_it_reports_a_duplicate_advice_id__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("- id: MI-A02", "- id: MI-A01")) == [
        (
            ErrorCode.DUPLICATE_ID,
            45,
            "MI-A01",
            "mini.yaml:45: item MI-A01: id 'MI-A01' is already used on line 39; "
            "every id must be unique.",
        )
    ]


def test_it_reports_an_unknown_item_in_show_if__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("{present: MI-01}", "{present: MI-99}")) == [
        (
            ErrorCode.UNKNOWN_REFERENCE,
            23,
            "MI-02",
            "mini.yaml:23: item MI-02: refers to unknown item 'MI-99'.",
        )
    ]


@pytest.mark.parametrize(
    "condition",
    [
        "{present: MI-03}",
        "{absent: MI-04}",
        "{not: {unknown: MI-03}}",
        "{any_present: [MI-01, MI-03]}",
        "{all: [{present: MI-01}, {present: MI-03}]}",
    ],
)
def test_it_reports_show_if_on_a_later_item__error(tmp_path: Path, condition: str) -> None:
    later = "MI-04" if "MI-04" in condition else "MI-03"

    assert problems(tmp_path, ("{present: MI-01}", condition)) == [
        (
            ErrorCode.FORWARD_REFERENCE,
            23,
            "MI-02",
            f"mini.yaml:23: item MI-02: condition refers to '{later}', which comes later in "
            "the questionnaire; a follow-up item may only depend on earlier items.",
        )
    ]


def test_it_reports_show_if_on_the_item_itself__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("{present: MI-01}", "{present: MI-02}")) == [
        (
            ErrorCode.FORWARD_REFERENCE,
            23,
            "MI-02",
            "mini.yaml:23: item MI-02: condition refers to 'MI-02', which comes later in "
            "the questionnaire; a follow-up item may only depend on earlier items.",
        )
    ]


@pytest.mark.parametrize(
    ("condition", "test"),
    [
        ("{profile: risico}", "profile"),
        ("{acute: true}", "acute"),
        ("{area_at_least: {area: online, level: zorg}}", "area_at_least"),
        ("{all: [{present: MI-01}, {signals_at_least: 2}]}", "signals_at_least"),
        ("{not: {context: under_13}}", "context"),
    ],
)
def test_it_refuses_an_outcome_condition_in_show_if__error(
    tmp_path: Path, condition: str, test: str
) -> None:
    assert problems(tmp_path, ("{present: MI-01}", condition)) == [
        (
            ErrorCode.CONDITION_NOT_ALLOWED,
            23,
            "MI-02",
            f"mini.yaml:23: item MI-02: condition '{test}' is not allowed here; "
            "show_if may only test answers to items.",
        )
    ]


def test_it_reports_an_unknown_condition_key__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("{present: MI-01}", "{ooit: MI-01}")) == [
        (
            ErrorCode.INVALID_CONDITION,
            23,
            "MI-02",
            "mini.yaml:23: item MI-02: invalid condition: unknown test 'ooit'; use one of: "
            "present, absent, unknown, any_present, all, any, not, always, profile, "
            "profile_at_least, acute, phase, context, area_at_least, signals_at_least, "
            "areas_with_signals_at_least, gaps_at_least.",
        )
    ]


def test_it_reports_a_condition_with_two_keys__error(tmp_path: Path) -> None:
    found = problems(tmp_path, ("{present: MI-01}", "{present: MI-01, absent: MI-01}"))

    assert [(code, line, item) for code, line, item, _ in found] == [
        (ErrorCode.INVALID_CONDITION, 23, "MI-02")
    ]
    assert found[0][3].startswith(
        "mini.yaml:23: item MI-02: invalid condition: 'show_if' must be a mapping with "
        "exactly one key, one of: present, absent,"
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [("{nl: Vraag twee.}", "en"), ("{en: Question two.}", "nl")],
)
def test_it_reports_a_missing_translation__error(tmp_path: Path, text: str, lang: str) -> None:
    assert problems(tmp_path, ("{nl: Vraag twee., en: Question two.}", text)) == [
        (
            ErrorCode.MISSING_TRANSLATION,
            24,
            "MI-02",
            f"mini.yaml:24: item MI-02: 'text' is missing its '{lang}' text; "
            "write both languages (nl and en).",
        )
    ]


def test_it_reports_a_missing_translation_in_dutch__error(tmp_path: Path) -> None:
    path = write(tmp_path, variant(("{nl: Vraag twee., en: Question two.}", "{nl: Vraag twee.}")))

    with pytest.raises(SignaalError) as exc:
        load_instrument(path)

    assert exc.value.render(Lang.NL) == (
        "mini.yaml:24: item MI-02: 'text' mist de tekst in taal 'en'; "
        "schrijf beide talen (nl en en)."
    )


@pytest.mark.parametrize("weight", [0, 4, -1])
def test_it_refuses_a_weight_outside_1_to_3__error(tmp_path: Path, weight: int) -> None:
    assert problems(tmp_path, ("weight: 2", f"weight: {weight}")) == [
        (
            ErrorCode.WEIGHT_OUT_OF_RANGE,
            20,
            "MI-01",
            f"mini.yaml:20: item MI-01: weight {weight} is outside 1–3.",
        )
    ]


@pytest.mark.parametrize(
    ("value", "actual"),
    [("true", "yes/no (true)"), ("1.5", "number '1.5'"), ("'2'", "text '2'"), ("", "empty")],
)
def test_it_refuses_a_weight_that_is_not_a_whole_number__error(
    tmp_path: Path, value: str, actual: str
) -> None:
    assert problems(tmp_path, ("weight: 2", f"weight: {value}".rstrip())) == [
        (
            ErrorCode.WRONG_TYPE,
            20,
            "MI-01",
            f"mini.yaml:20: item MI-01: 'weight' must be a whole number, but is {actual}.",
        )
    ]


def test_it_reports_an_area_without_items__error(tmp_path: Path) -> None:
    assert problems(tmp_path, (GELD_ITEMS, "    items: []\n")) == [
        (
            ErrorCode.EMPTY_AREA,
            25,
            "geld",
            "mini.yaml:25: item geld: 'geld' has no items; "
            "give every area or cluster at least one item.",
        )
    ]


def test_it_reports_an_instrument_without_areas__error(tmp_path: Path) -> None:
    start, end = VALID.index("areas:\n"), VALID.index("protective:\n")
    areas = VALID[start:end]

    found = problems(tmp_path, (areas, "areas: []\n"))

    assert found == [
        (
            ErrorCode.EMPTY_AREA,
            15,
            None,
            "mini.yaml:15: 'areas' has no items; give every area or cluster at least one item.",
        ),
        (
            ErrorCode.UNKNOWN_REFERENCE,
            30,
            "MI-A02",
            "mini.yaml:30: item MI-A02: refers to unknown area 'geld'.",
        ),
    ]


def test_it_reports_an_unknown_field_with_its_line__error(tmp_path: Path) -> None:
    assert problems(
        tmp_path, ("        weight: 2\n", "        weight: 2\n        colour: red\n")
    ) == [
        (
            ErrorCode.UNKNOWN_FIELD,
            21,
            "MI-01",
            "mini.yaml:21: item MI-01: unknown field 'colour'; allowed are: "
            "article, help, id, kind, phase, show_if, text, weight, why.",
        )
    ]


def test_it_reports_an_unknown_top_level_field__error(tmp_path: Path) -> None:
    assert problems(
        tmp_path, ("audience: professional\n", "audience: professional\nauthor: x\n")
    ) == [
        (
            ErrorCode.UNKNOWN_FIELD,
            4,
            "mini",
            "mini.yaml:4: item mini: unknown field 'author'; allowed are: advice, ages, answers, "
            "areas, "
            "audience, description, id, protective, scoring, title, version.",
        )
    ]


def test_it_refuses_a_protective_item_inside_an_area__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("        kind: critical", "        kind: protective")) == [
        (
            ErrorCode.INVALID_VALUE,
            29,
            "MI-03",
            "mini.yaml:29: item MI-03: 'kind' has value 'protective'; allowed are: risk, critical.",
        )
    ]


def test_it_refuses_a_risk_item_inside_a_protective_cluster__error(tmp_path: Path) -> None:
    assert problems(
        tmp_path, ("      - id: MI-04\n", "      - id: MI-04\n        kind: risk\n")
    ) == [
        (
            ErrorCode.INVALID_VALUE,
            37,
            "MI-04",
            "mini.yaml:37: item MI-04: 'kind' has value 'risk'; allowed are: protective.",
        )
    ]


def test_it_reports_advice_linking_to_an_unknown_article__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("articles: [fasen]", "articles: [fasen, bestaat-niet]")) == [
        (
            ErrorCode.UNKNOWN_REFERENCE,
            43,
            "MI-A01",
            "mini.yaml:43: item MI-A01: refers to unknown article 'bestaat-niet'.",
        )
    ]


def test_it_reports_advice_linking_to_an_unknown_referral__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("referrals: [veilig-thuis]", "referrals: [bestaat-niet]")) == [
        (
            ErrorCode.UNKNOWN_REFERENCE,
            44,
            "MI-A01",
            "mini.yaml:44: item MI-A01: refers to unknown referral 'bestaat-niet'.",
        )
    ]


def test_it_reports_an_item_linking_to_an_unknown_article__error(tmp_path: Path) -> None:
    found = problems(
        tmp_path, ("        weight: 2\n", "        weight: 2\n        article: nergens\n")
    )

    assert found == [
        (
            ErrorCode.UNKNOWN_REFERENCE,
            21,
            "MI-01",
            "mini.yaml:21: item MI-01: refers to unknown article 'nergens'. "
            "Zie/see 'signaal knowledge list'.",
        )
    ]


def test_it_reports_area_at_least_with_an_unknown_area__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("area: geld", "area: nergens")) == [
        (
            ErrorCode.UNKNOWN_REFERENCE,
            46,
            "MI-A02",
            "mini.yaml:46: item MI-A02: refers to unknown area 'nergens'.",
        )
    ]


def test_it_reports_area_at_least_on_a_protective_cluster__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("area: geld", "area: steun")) == [
        (
            ErrorCode.UNKNOWN_REFERENCE,
            46,
            "MI-A02",
            "mini.yaml:46: item MI-A02: refers to unknown area 'steun'.",
        )
    ]


def test_it_refuses_negative_area_levels__error(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        variant(("  - id: geld\n", "  - id: geld\n    levels: {concern: -5, serious: -9}\n")),
    )

    with pytest.raises(SignaalError) as exc:
        load_instrument(path)

    assert [(p.code, p.line) for p in exc.value.problems] == [
        (ErrorCode.INVALID_VALUE, 26),
        (ErrorCode.INVALID_VALUE, 26),
    ]


def test_it_reports_advice_on_an_unknown_item__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ("{profile_at_least: risico}", "{present: MI-99}")) == [
        (
            ErrorCode.UNKNOWN_REFERENCE,
            40,
            "MI-A01",
            "mini.yaml:40: item MI-A01: refers to unknown item 'MI-99'.",
        )
    ]


def test_it_requires_why_on_every_item_of_a_public_instrument__error(tmp_path: Path) -> None:
    found = problems(tmp_path, ("audience: professional", "audience: public"))

    assert found == [
        (
            ErrorCode.MISSING_FIELD,
            line,
            item,
            f"mini.yaml:{line}: item {item}: required field 'why' is missing.",
        )
        for line, item in ((19, "MI-01"), (22, "MI-02"), (28, "MI-03"), (36, "MI-04"))
    ]


@pytest.mark.parametrize("version", ["v1", "1", "1.0.0.0", "1.0-beta"])
def test_it_refuses_a_bad_version_string__error(tmp_path: Path, version: str) -> None:
    assert problems(tmp_path, ('version: "1.0.0"', f'version: "{version}"')) == [
        (
            ErrorCode.INVALID_VALUE,
            2,
            None,
            f"mini.yaml:2: 'version' has value '{version}'; "
            "allowed are: a version such as 1.0.0 (quote it in YAML).",
        )
    ]


def test_it_refuses_an_unquoted_version_number__error(tmp_path: Path) -> None:
    assert problems(tmp_path, ('version: "1.0.0"', "version: 1.0")) == [
        (
            ErrorCode.WRONG_TYPE,
            2,
            None,
            "mini.yaml:2: 'version' must be text, but is number '1.0'.",
        )
    ]


def test_it_requires_thresholds_for_the_profile_method__error(tmp_path: Path) -> None:
    risico = "  risico: {areas_with_concern: 1, areas_with_serious_concern: 1, total_points: 3}\n"
    verhoogd = (
        "  verhoogd_risico: {areas_with_concern: 2, areas_with_serious_concern: 2, "
        "total_points: 6}\n"
    )

    assert problems(tmp_path, (risico, ""), (verhoogd, "")) == [
        (ErrorCode.MISSING_FIELD, 11, None, "mini.yaml:11: required field 'risico' is missing."),
        (
            ErrorCode.MISSING_FIELD,
            11,
            None,
            "mini.yaml:11: required field 'verhoogd_risico' is missing.",
        ),
    ]


def test_it_accepts_the_advice_method_without_thresholds(tmp_path: Path) -> None:
    risico = "  risico: {areas_with_concern: 1, areas_with_serious_concern: 1, total_points: 3}\n"
    verhoogd = (
        "  verhoogd_risico: {areas_with_concern: 2, areas_with_serious_concern: 2, "
        "total_points: 6}\n"
    )
    path = write(
        tmp_path,
        variant(
            ("method: profile", "method: advice"),
            (risico, ""),
            (verhoogd, ""),
            ("{profile_at_least: risico}", "{signals_at_least: 1}"),
        ),
    )

    scoring = load_instrument(path).scoring

    assert (scoring.method, scoring.risico, scoring.verhoogd) == (Method.ADVICE, None, None)


# -- many problems at once, and the command line -----------------------------------------

FIVE_PROBLEMS = (
    ('version: "1.0.0"', 'version: "een"'),
    ("weight: 2", "weight: 0"),
    ("{present: MI-01}", "{present: MI-99}"),
    ("{nl: Vraag drie., en: Question three.}", "{nl: Vraag drie.}"),
    ("articles: [fasen]", "articles: [bestaat-niet]"),
)

FIVE_MESSAGES = [
    "mini.yaml:2: 'version' has value 'een'; "
    "allowed are: a version such as 1.0.0 (quote it in YAML).",
    "mini.yaml:20: item MI-01: weight 0 is outside 1–3.",
    "mini.yaml:23: item MI-02: refers to unknown item 'MI-99'.",
    "mini.yaml:31: item MI-03: 'text' is missing its 'en' text; write both languages (nl and en).",
    "mini.yaml:43: item MI-A01: refers to unknown article 'bestaat-niet'.",
]


def test_it_reports_all_five_problems_of_a_file_at_once__error(tmp_path: Path) -> None:
    found = problems(tmp_path, *FIVE_PROBLEMS)

    assert [code for code, _, _, _ in found] == [
        ErrorCode.INVALID_VALUE,
        ErrorCode.WEIGHT_OUT_OF_RANGE,
        ErrorCode.UNKNOWN_REFERENCE,
        ErrorCode.MISSING_TRANSLATION,
        ErrorCode.UNKNOWN_REFERENCE,
    ]
    assert [message for _, _, _, message in found] == FIVE_MESSAGES


def test_it_prints_every_problem_and_exits_1_on_validate__error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, variant(*FIVE_PROBLEMS))

    code = main(["screening", "validate", str(path), "--lang", "en"])

    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err.splitlines() == [m.replace("mini.yaml", str(path), 1) for m in FIVE_MESSAGES]


def test_it_prints_problems_in_dutch_by_default__error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SIGNAAL_LANG", raising=False)
    path = write(tmp_path, variant(("weight: 2", "weight: 4")))

    code = main(["screening", "validate", str(path)])

    assert code == 1
    assert capsys.readouterr().err == f"{path}:20: item MI-01: gewicht 4 valt buiten 1–3.\n"


def test_it_validates_a_valid_file_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, VALID)

    code = main(["screening", "validate", str(path), "--lang", "en"])

    out, err = capsys.readouterr()
    assert code == 0
    assert err == ""
    assert out == f"{path}: valid (mini 1.0.0, 2 areas, 4 items, 2 advice rules)\n"


@pytest.mark.parametrize("name", shipped_ids())
def test_it_validates_the_shipped_instruments(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = instruments_dir() / f"{name}.yaml"

    code = main(["screening", "validate", str(path), "--lang", "en"])

    out, err = capsys.readouterr()
    assert code == 0
    assert err == ""
    assert out.startswith(f"{path}: valid ({name} ")


def test_it_ships_the_quickscan_and_signaalwijzer() -> None:
    assert shipped_ids() == ["quickscan", "signaalwijzer"]


def test_it_refuses_area_levels_where_concern_exceeds_serious__error(tmp_path: Path) -> None:
    change = ("  - id: geld\n", "  - id: geld\n    levels: {concern: 5, serious: 3}\n")
    assert problems(tmp_path, change) == [
        (
            ErrorCode.INVALID_VALUE,
            26,
            "geld",
            "mini.yaml:26: item geld: 'levels' has value 'concern 5, serious 3'; allowed are: "
            "1 <= concern <= serious.",
        )
    ]


def test_it_refuses_increased_risk_thresholds_below_the_risk_thresholds__error(
    tmp_path: Path,
) -> None:
    change = (
        "verhoogd_risico: {areas_with_concern: 2,",
        "verhoogd_risico: {areas_with_concern: 0,",
    )
    # 0 switches a threshold off, so it is never compared
    assert load_instrument(write(tmp_path, variant(change))).scoring.verhoogd is not None
    change = ("total_points: 6}", "total_points: 2}")
    assert problems(tmp_path, change) == [
        (
            ErrorCode.INVALID_VALUE,
            14,
            None,
            "mini.yaml:14: 'verhoogd_risico.total_points' has value '2'; allowed are: at least "
            "risico.total_points (3).",
        )
    ]
