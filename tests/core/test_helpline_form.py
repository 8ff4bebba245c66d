"""The registration form: the shipped codes (one list with the yearly figures), which fields
are required when, checking answers, and the loader's file:line messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from signaal.core.errors import ErrorCode, SignaalError
from signaal.core.helpline.form import FieldKind, Form
from signaal.core.helpline.loader import form_versions, forms_dir, load_form, load_form_file
from signaal.core.i18n import Lang

# The code lists of issue 6's registration CSV, column by column: the help chat's form must
# give exactly these, in this order.
CSV_CODES = {
    "contact_type": ["substantive", "silent", "abusive", "test", "other"],
    "trafficking_question": ["yes", "no"],
    "about": ["self", "other"],
    "victim": ["yes", "no", "unknown"],
    "exploitation": ["sexual", "criminal", "labour", "other", "unknown"],
    "gender": ["girl", "boy", "other", "unknown"],
    "first_disclosure": ["yes", "no", "unknown"],
    "still_exploited": ["yes", "no", "unknown"],
    "duration": ["lt_1_month", "1_12_months", "1_2_years", "2_5_years", "gt_5_years", "unknown"],
    "perpetrators": ["1", "2_3", "gt_3", "unknown"],
    "perpetrator_relation": [
        "partner",
        "parent",
        "other_family",
        "peer",
        "known_adult",
        "online_contact",
        "stranger",
        "unknown",
    ],
    "first_contact_channel": [
        "social_media",
        "chat_app",
        "gaming",
        "dating_app",
        "offline",
        "unknown",
    ],
    "coercion": ["threat_images", "violence", "debt", "affection", "drugs", "other", "unknown"],
}

DETAILS = [
    "about",
    "victim",
    "exploitation",
    "gender",
    "first_disclosure",
    "still_exploited",
    "duration",
    "perpetrators",
    "perpetrator_relation",
    "first_contact_channel",
    "coercion",
]

COMPLETE: dict[str, Any] = {
    "contact_type": "substantive",
    "trafficking_question": "yes",
    "about": "self",
    "victim": "yes",
    "exploitation": "sexual",
    "age": 15,
    "gender": "girl",
    "first_disclosure": "yes",
    "still_exploited": "no",
    "duration": "2_5_years",
    "perpetrators": "2_3",
    "perpetrator_relation": ["parent", "online_contact"],
    "first_contact_channel": "social_media",
    "coercion": ["threat_images"],
    "referral_made": "yes",
}


@pytest.fixture(scope="module")
def form() -> Form:
    return load_form()


def rendered(problems: list[Any], lang: Lang = Lang.EN) -> list[str]:
    return [p.render(lang) for p in problems]


# --- the shipped form ------------------------------------------------------------------


def test_it_ships_version_1_as_the_newest_form(form: Form) -> None:
    assert form_versions() == ["1"]
    assert (form.id, form.version, form.source) == ("registration", "1", "registration-1.yaml")
    assert load_form("1") is form


def test_it_has_the_fields_of_the_issue_in_order(form: Form) -> None:
    assert form.field_ids == (
        "contact_type",
        "trafficking_question",
        "about",
        "victim",
        "exploitation",
        "age",
        "gender",
        "first_disclosure",
        "still_exploited",
        "duration",
        "perpetrators",
        "perpetrator_relation",
        "first_contact_channel",
        "coercion",
        "referral_made",
    )


@pytest.mark.parametrize("field_id", sorted(CSV_CODES))
def test_it_uses_the_code_list_of_the_registration_csv(form: Form, field_id: str) -> None:
    assert list(form.field(field_id).code_ids) == CSV_CODES[field_id]


def test_it_has_kinds_multiple_for_relation_and_coercion_and_number_for_age(form: Form) -> None:
    kinds = {f.id: f.kind for f in form.fields}
    assert [k for k, v in kinds.items() if v is FieldKind.MULTIPLE] == [
        "perpetrator_relation",
        "coercion",
    ]
    assert [k for k, v in kinds.items() if v is FieldKind.NUMBER] == ["age"]
    age = form.field("age")
    assert (age.minimum, age.maximum, age.personal) == (0, 99, True)
    assert list(form.field("referral_made").code_ids) == ["yes", "no"]


def test_it_labels_every_field_and_code_in_dutch_and_english(form: Form) -> None:
    for f in form.fields:
        assert f.label.nl, f.id
        assert f.label.en, f.id
        for c in f.codes:
            assert c.label.nl, (f.id, c.code)
            assert c.label.en, (f.id, c.code)
    assert form.field("contact_type").code("silent") is not None
    longest = form.field("duration").code("gt_5_years")
    assert longest is not None
    assert longest.label.nl == "Langer dan 5 jaar"


def test_it_marks_only_unknown_as_exclusive(form: Form) -> None:
    exclusive = [(f.id, c.code) for f in form.fields for c in f.codes if c.exclusive]
    assert exclusive == [("perpetrator_relation", "unknown"), ("coercion", "unknown")]


# --- which fields are required ---------------------------------------------------------


def test_it_accepts_a_complete_substantive_trafficking_registration(form: Form) -> None:
    assert form.validate(COMPLETE) == []


def test_it_accepts_a_silent_contact_with_only_its_type(form: Form) -> None:
    for contact_type in ("silent", "abusive", "test", "other"):
        assert form.validate({"contact_type": contact_type}) == []


def test_it_requires_the_contact_type_always__error(form: Form) -> None:
    problems = form.validate({})
    assert rendered(problems) == [
        "item contact_type: 'contact_type' (Type of contact) is not filled in; it is required."
    ]
    assert rendered(problems, Lang.NL) == [
        "item contact_type: 'contact_type' (Soort contact) is niet ingevuld; dat is verplicht."
    ]
    assert problems[0].code is ErrorCode.MISSING_ANSWER
    assert problems[0].item == "contact_type"


def test_it_requires_the_trafficking_question_and_referral_for_a_substantive_contact__error(
    form: Form,
) -> None:
    problems = form.validate({"contact_type": "substantive"})
    assert [p.item for p in problems] == ["trafficking_question", "referral_made"]
    assert rendered(problems)[0] == (
        "item trafficking_question: 'trafficking_question' (Is the conversation about human "
        "trafficking or exploitation?) is not filled in; it is required when contact_type = "
        "substantive."
    )


def test_it_needs_no_details_when_the_contact_is_not_about_trafficking(form: Form) -> None:
    answers = {"contact_type": "substantive", "trafficking_question": "no", "referral_made": "no"}
    assert form.validate(answers) == []


def test_it_requires_every_detail_but_age_when_substantive_and_about_trafficking__error(
    form: Form,
) -> None:
    answers = {"contact_type": "substantive", "trafficking_question": "yes", "referral_made": "no"}
    problems = form.validate(answers)
    assert [p.item for p in problems] == DETAILS
    assert {p.code for p in problems} == {ErrorCode.MISSING_ANSWER}
    assert rendered(problems, Lang.NL)[0] == (
        "item about: 'about' (Over wie gaat het?) is niet ingevuld; dat is verplicht als "
        "contact_type = substantive en trafficking_question = yes."
    )


def test_it_accepts_unknown_for_every_detail_and_an_empty_age(form: Form) -> None:
    answers = dict(COMPLETE, age=None, about="other")
    for name in DETAILS:
        if "unknown" in form.field(name).code_ids:
            kind = form.field(name).kind
            answers[name] = ["unknown"] if kind is FieldKind.MULTIPLE else "unknown"
    assert form.validate(answers) == []


def test_it_counts_an_empty_list_and_empty_text_as_not_filled_in__error(form: Form) -> None:
    problems = form.validate(dict(COMPLETE, coercion=[], gender=""))
    assert [(p.item, p.code) for p in problems] == [
        ("gender", ErrorCode.MISSING_ANSWER),
        ("coercion", ErrorCode.MISSING_ANSWER),
    ]


# --- bad answers -----------------------------------------------------------------------


def test_it_refuses_a_code_that_is_not_in_the_list__error(form: Form) -> None:
    problems = form.validate(dict(COMPLETE, exploitation="sexueel"))
    assert rendered(problems) == [
        "item exploitation: 'exploitation' has value 'sexueel'; allowed are: sexual, criminal, "
        "labour, other, unknown."
    ]


def test_it_refuses_a_boolean_for_a_yes_no_field__error(form: Form) -> None:
    problems = form.validate(dict(COMPLETE, referral_made=True))
    assert rendered(problems) == [
        "item referral_made: 'referral_made' has value 'True'; allowed are: yes, no."
    ]


@pytest.mark.parametrize("age", [-1, 100, 15.5, "15", True])
def test_it_refuses_an_age_that_is_not_a_whole_number_from_0_to_99__error(
    form: Form, age: object
) -> None:
    problems = form.validate(dict(COMPLETE, age=age))
    assert rendered(problems) == [
        f"item age: 'age' has value '{age}'; allowed are: a whole number from 0 to 99, or empty."
    ]


@pytest.mark.parametrize("age", [0, 9, 99])
def test_it_accepts_the_ages_at_the_edges(form: Form, age: int) -> None:
    assert form.validate(dict(COMPLETE, age=age)) == []


def test_it_refuses_a_single_code_where_a_list_is_needed__error(form: Form) -> None:
    problems = form.validate(dict(COMPLETE, coercion="violence"))
    assert rendered(problems) == [
        "item coercion: 'coercion' must be a list of codes, but is violence."
    ]


def test_it_refuses_a_list_for_a_choice_field__error(form: Form) -> None:
    problems = form.validate(dict(COMPLETE, gender=["girl"]))
    assert [(p.item, p.code) for p in problems] == [("gender", ErrorCode.INVALID_VALUE)]


def test_it_refuses_the_same_code_twice__error(form: Form) -> None:
    problems = form.validate(dict(COMPLETE, perpetrator_relation=["peer", "peer"]))
    assert rendered(problems) == [
        "item perpetrator_relation: 'perpetrator_relation' names 'peer' twice; name each code once."
    ]


def test_it_refuses_unknown_together_with_another_answer__error(form: Form) -> None:
    problems = form.validate(dict(COMPLETE, coercion=["unknown", "debt"]))
    assert rendered(problems) == [
        "item coercion: 'coercion': 'unknown' cannot go together with another answer; choose "
        "'unknown' alone, or leave 'unknown' out."
    ]


def test_it_refuses_an_unknown_code_inside_a_list__error(form: Form) -> None:
    problems = form.validate(dict(COMPLETE, coercion=["debt", "geld", 3]))
    assert rendered(problems) == [
        "item coercion: 'coercion' has value 'geld'; allowed are: threat_images, violence, "
        "debt, affection, drugs, other, unknown.",
        "item coercion: 'coercion' has value '3'; allowed are: threat_images, violence, debt, "
        "affection, drugs, other, unknown.",
    ]


def test_it_refuses_a_field_the_form_does_not_have__error(form: Form) -> None:
    problems = form.validate(dict(COMPLETE, transcript="wat er gezegd is"))
    assert problems[0].code is ErrorCode.UNKNOWN_FIELD
    assert rendered(problems)[0].startswith(
        "item transcript: unknown field 'transcript'; allowed are: contact_type, "
    )


def test_it_refuses_answers_that_are_not_a_mapping__error(form: Form) -> None:
    problems = form.validate(["substantive"])
    assert rendered(problems) == ["'answers' must be a mapping of field to answer, but is list."]


def test_it_collects_every_problem_at_once__error(form: Form) -> None:
    answers = dict(COMPLETE, victim="misschien", age=120, extra=1)
    del answers["gender"]
    problems = form.validate(answers)
    assert [p.item for p in problems] == ["victim", "age", "gender", "extra"]


def test_it_names_file_and_line_for_an_importer__error(form: Form) -> None:
    problems = form.validate({"contact_type": "chat"}, file="2020.csv", line=7)
    assert rendered(problems) == [
        "2020.csv:7: item contact_type: 'contact_type' has value 'chat'; allowed are: "
        "substantive, silent, abusive, test, other."
    ]


def test_it_checks_only_the_given_columns_for_an_older_import(form: Form) -> None:
    columns = [f for f in form.field_ids if f != "referral_made"]
    answers = {k: v for k, v in COMPLETE.items() if k != "referral_made"}
    assert form.validate(answers, only=columns) == []
    assert [p.item for p in form.validate(answers)] == ["referral_made"]


# --- CSV cells -------------------------------------------------------------------------


def test_it_reads_csv_cells_as_answers(form: Form) -> None:
    assert form.field("coercion").from_text(" threat_images; debt ") == ["threat_images", "debt"]
    assert form.field("age").from_text("15") == 15
    assert form.field("age").from_text("") is None
    assert form.field("age").from_text("vijftien") == "vijftien"
    assert form.field("age").from_text("123456789") == 123456789
    assert form.field("age").from_text("1234567890") == "1234567890"  # too long to read
    assert form.field("contact_type").from_text(" silent ") == "silent"
    row = {
        "contact_type": "substantive",
        "trafficking_question": "no",
        "referral_made": "yes",
        "age": "",
        "coercion": "",
    }
    answers = {k: form.field(k).from_text(v) for k, v in row.items()}
    assert form.validate(answers) == []


# --- the loader ------------------------------------------------------------------------

VALID = """\
id: mini
version: "2"
title: {nl: Mini, en: Mini}
fields:
  - id: kind
    kind: choice
    required: true
    label: {nl: Soort, en: Kind}
    codes:
      - {code: a, label: {nl: A, en: A}}
      - {code: b, label: {nl: B, en: B}}
  - id: detail
    kind: multiple
    required_when: {kind: [a, b]}
    label: {nl: Detail, en: Detail}
    codes:
      - {code: x, label: {nl: X, en: X}}
      - {code: unknown, exclusive: true, label: {nl: Onbekend, en: Unknown}}
  - id: years
    kind: number
    min: 0
    max: 9
    label: {nl: Jaren, en: Years}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "form.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def errors_of(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(SignaalError) as caught:
        load_form_file(write(tmp_path, text))
    return caught.value.render(Lang.EN).splitlines()


def test_it_loads_a_valid_form_file(tmp_path: Path) -> None:
    form = load_form_file(write(tmp_path, VALID))
    assert (form.id, form.version, form.field_ids) == ("mini", "2", ("kind", "detail", "years"))
    detail = form.field("detail")
    assert detail.required_when[0].field == "kind"
    assert detail.required_when[0].codes == ("a", "b")
    assert form.validate({"kind": "b"})[0].item == "detail"


def test_it_names_file_and_line_of_a_yaml_syntax_error__error(tmp_path: Path) -> None:
    text = VALID.replace("    required: true\n", "    required: true: no\n")
    assert errors_of(tmp_path, text) == [
        "form.yaml:7: invalid YAML: mapping values are not allowed in this context."
    ]


def test_it_names_the_end_of_the_file_for_an_unclosed_mapping__error(tmp_path: Path) -> None:
    text = VALID.replace("{nl: Jaren, en: Years}", "{nl: Jaren, en: Years")
    assert errors_of(tmp_path, text) == [
        "form.yaml:24: invalid YAML: did not find expected ',' or '}'."
    ]


def test_it_names_the_line_of_an_unknown_code_in_required_when__error(tmp_path: Path) -> None:
    lines = errors_of(tmp_path, VALID.replace("{kind: [a, b]}", "{kind: [a, c]}"))
    assert lines == ["form.yaml:14: item detail: refers to unknown code 'c'. 'kind' has: a, b."]


def test_it_refuses_required_when_on_a_later_field__error(tmp_path: Path) -> None:
    lines = errors_of(tmp_path, VALID.replace("{kind: [a, b]}", "{years: 1}"))
    assert lines == [
        "form.yaml:14: item detail: condition refers to 'years', which comes later in the "
        "questionnaire; a follow-up item may only depend on earlier items."
    ]


def test_it_refuses_required_when_on_a_field_that_does_not_exist__error(tmp_path: Path) -> None:
    lines = errors_of(tmp_path, VALID.replace("{kind: [a, b]}", "{soort: a}"))
    assert lines == ["form.yaml:14: item detail: refers to unknown field 'soort'."]


def test_it_refuses_an_unquoted_yes_as_a_code__error(tmp_path: Path) -> None:
    lines = errors_of(tmp_path, VALID.replace("{code: x,", "{code: yes,"))
    assert lines == ["form.yaml:17: item detail: 'code' must be text, but is yes/no (true)."]


def test_it_refuses_a_duplicate_field_id__error(tmp_path: Path) -> None:
    lines = errors_of(tmp_path, VALID.replace("  - id: years", "  - id: kind"))
    assert lines == [
        "form.yaml:19: item kind: id 'kind' is already used on line 5; every id must be unique."
    ]


def test_it_refuses_a_duplicate_code__error(tmp_path: Path) -> None:
    text = VALID.replace("{code: unknown, exclusive: true,", "{code: x, exclusive: true,")
    assert errors_of(tmp_path, text) == [
        "form.yaml:18: item detail: id 'x' is already used on line 17; every id must be unique."
    ]


def test_it_refuses_a_code_with_capitals_or_dashes__error(tmp_path: Path) -> None:
    assert errors_of(tmp_path, VALID.replace("{code: x,", "{code: X-1,")) == [
        "form.yaml:17: item detail: id 'X-1' is invalid; lower-case letters, digits and '_', "
        "at most 40 characters."
    ]


def test_it_reports_a_broken_earlier_field_once__error(tmp_path: Path) -> None:
    # 'detail' depends on 'kind'; a broken 'kind' is not reported a second time through it
    text = VALID.replace("    kind: choice\n", "    kind: keuze\n")
    assert errors_of(tmp_path, text) == [
        "form.yaml:6: item kind: 'kind' has value 'keuze'; allowed are: choice, multiple, number."
    ]


def test_it_refuses_a_choice_with_fewer_than_two_codes__error(tmp_path: Path) -> None:
    text = VALID.replace("      - {code: b, label: {nl: B, en: B}}\n", "")
    assert errors_of(tmp_path, text) == [
        "form.yaml:9: item kind: codes: found 1, at least 2 required."
    ]


def test_it_refuses_a_missing_english_label__error(tmp_path: Path) -> None:
    text = VALID.replace("label: {nl: Jaren, en: Years}", "label: {nl: Jaren}")
    assert errors_of(tmp_path, text) == [
        "form.yaml:23: item years: 'label' is missing its 'en' text; write both languages "
        "(nl and en)."
    ]


def test_it_refuses_a_number_field_without_bounds_and_with_codes__error(tmp_path: Path) -> None:
    text = VALID.replace("    min: 0\n", "    codes: []\n")
    assert errors_of(tmp_path, text) == [
        "form.yaml:21: item years: unknown field 'codes'; allowed are: id, kind, label, min, max, "
        "required, required_when, personal.",
        "form.yaml:19: item years: required field 'min' is missing.",
    ]


def test_it_refuses_min_above_max__error(tmp_path: Path) -> None:
    text = VALID.replace("    max: 9\n", "    max: -1\n")
    assert errors_of(tmp_path, text) == [
        "form.yaml:21: item years: 'min' has value '0 > -1'; allowed are: min <= max."
    ]


def test_it_refuses_required_and_required_when_together__error(tmp_path: Path) -> None:
    text = VALID.replace(
        "    required_when: {kind: [a, b]}\n", "    required: true\n    required_when: {kind: a}\n"
    )
    assert errors_of(tmp_path, text) == [
        "form.yaml:15: item detail: 'required_when' has value 'required: true'; allowed are: "
        "required: true or required_when, not both."
    ]


def test_it_refuses_exclusive_on_a_choice_field__error(tmp_path: Path) -> None:
    text = VALID.replace("{code: b, label", "{code: b, exclusive: true, label")
    assert errors_of(tmp_path, text) == [
        "form.yaml:11: item kind: unknown field 'exclusive'; allowed are: code, label "
        "(exclusive is for kind multiple)."
    ]


def test_it_refuses_an_unknown_kind_and_an_unquoted_version__error(tmp_path: Path) -> None:
    text = VALID.replace('version: "2"', "version: 2").replace("kind: number", "kind: getal")
    assert errors_of(tmp_path, text) == [
        "form.yaml:2: 'version' must be text, but is number '2'.",
        "form.yaml:20: item years: 'kind' has value 'getal'; allowed are: choice, multiple, "
        "number.",
    ]


def test_it_refuses_an_unknown_version_and_lists_those_that_exist__error() -> None:
    with pytest.raises(SignaalError) as caught:
        load_form("7")
    assert caught.value.code is ErrorCode.UNKNOWN_FORM_VERSION
    assert caught.value.render(Lang.EN) == (
        "unknown version '7' of the registration form; available are: 1."
    )
    assert caught.value.render(Lang.NL) == (
        "onbekende versie '7' van het registratieformulier; beschikbaar zijn: 1."
    )


def test_it_keeps_every_shipped_form_file_valid() -> None:
    names = sorted(p.name for p in forms_dir().glob("*.yaml"))
    assert names == [f"registration-{v}.yaml" for v in form_versions()]
    for version in form_versions():
        assert load_form(version).version == version


def test_a_number_of_thousands_of_digits_stays_text_and_is_refused__error(form: Form) -> None:
    huge = "1" * 5000  # int() would refuse it (Python's 4,300-digit limit) after slow work
    answer = form.field("age").from_text(huge)
    assert answer == huge
    problems = form.validate(dict(COMPLETE, age=answer))
    assert rendered(problems) == [
        f"item age: 'age' has value '{huge}'; allowed are: a whole number from 0 to 99, or empty."
    ]
