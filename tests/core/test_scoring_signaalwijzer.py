"""Golden cases for the Signaalwijzer: answers in, the exact profile, rules and advice out.

Each case cites the scoring rules (SW-R..) it exercises; the expected values were worked
out by hand from the rules in docs/screening.md, not copied from the program's output.
"""

from __future__ import annotations

import pytest

from signaal.core.i18n import Lang
from signaal.core.screening.loader import get_instrument
from signaal.core.screening.scoring import GapReason
from tests.core.golden import Case, fired_rules, raised_levels, run

STRONG_PERSON = {"SW-BP-01": "present", "SW-BP-02": "present", "SW-BP-03": "present"}
STRONG_NETWORK = {"SW-BN-01": "present", "SW-BN-02": "present", "SW-BN-03": "present"}
FOUR_AREAS = {
    "SW-ON-02": "present",
    "SW-SC-01": "present",
    "SW-CO-01": "present",
    "SW-TH-02": "present",
}

CASES = [
    Case(
        "all_absent_is_no_risk",
        {},
        "geen_of_nauwelijks_risico",
        False,
        ["SW-R03", "SW-R00"],
        ["SW-A10"],
    ),
    Case(
        "nothing_answered_is_no_risk_with_every_item_a_gap",
        {},
        "geen_of_nauwelijks_risico",
        False,
        ["SW-R03", "SW-R09", "SW-R00"],
        ["SW-A10", "SW-A16"],
        base="none",
    ),
    Case(
        "one_weak_signal_gives_some_signals_but_no_risk",
        {"SW-ON-01": "present"},
        "geen_of_nauwelijks_risico",
        False,
        ["SW-R01", "SW-R03", "SW-R00"],
        ["SW-A10"],
        levels={"online": "signalen"},
    ),
    Case(
        "one_clear_signal_gives_concern_in_one_area_only",
        {"SW-ON-02": "present"},
        "geen_of_nauwelijks_risico",
        False,
        ["SW-R01", "SW-R03", "SW-R00"],
        ["SW-A10", "SW-A40"],
        levels={"online": "zorg"},
    ),
    Case(
        "under_13_with_one_weak_signal_is_never_no_risk_R07",
        {"SW-ON-01": "present", "age": 12},
        "risico",
        False,
        ["SW-R01", "SW-R03", "SW-R07", "SW-R00"],
        ["SW-A11", "SW-A12"],
        levels={"online": "signalen"},
    ),
    Case(
        "intellectual_disability_with_one_weak_signal_is_never_no_risk_R08",
        {"SW-ON-01": "present", "intellectual_disability": True},
        "risico",
        False,
        ["SW-R01", "SW-R03", "SW-R08", "SW-R00"],
        ["SW-A11", "SW-A15", "SW-A12"],
        levels={"online": "signalen"},
    ),
    Case(
        "under_13_without_any_signal_stays_no_risk",
        {"age": 12},
        "geen_of_nauwelijks_risico",
        False,
        ["SW-R03", "SW-R00"],
        ["SW-A10"],
    ),
    Case(
        "two_areas_with_concern_give_risk_R03",
        {"SW-ON-02": "present", "SW-SC-01": "present"},
        "risico",
        False,
        ["SW-R01", "SW-R03", "SW-R00"],
        ["SW-A11", "SW-A12", "SW-A40", "SW-A41"],
        levels={"online": "zorg", "school": "zorg"},
    ),
    Case(
        "one_area_with_serious_concern_gives_risk_R03",
        {"SW-WL-01": "present", "SW-WL-02": "present"},
        "risico",
        False,
        ["SW-R01", "SW-R03", "SW-R00"],
        ["SW-A11", "SW-A12", "SW-A40", "SW-A42"],
        levels={"weglopen": "ernstige_zorg"},
    ),
    Case(
        "six_weak_signals_in_six_areas_reach_the_points_threshold_R03",
        {
            "SW-ON-01": "present",
            "SW-CO-05": "present",
            "SW-RE-04": "present",
            "SW-TH-01": "present",
            "SW-SC-02": "present",
            "SW-LI-01": "present",
        },
        "risico",
        False,
        ["SW-R01", "SW-R03", "SW-R00"],
        ["SW-A11", "SW-A12"],
        levels={
            "online": "signalen",
            "contacten": "signalen",
            "relaties": "signalen",
            "thuis": "signalen",
            "school": "signalen",
            "lichaam": "signalen",
        },
    ),
    Case(
        "four_areas_with_concern_give_increased_risk_R04",
        FOUR_AREAS,
        "verhoogd_risico",
        False,
        ["SW-R01", "SW-R04", "SW-R00"],
        ["SW-A11", "SW-A12", "SW-A13", "SW-A14", "SW-A40", "SW-A41"],
        levels={"online": "zorg", "contacten": "zorg", "thuis": "zorg", "school": "zorg"},
    ),
    Case(
        "strong_protection_in_two_clusters_lowers_increased_to_risk_R06",
        {**FOUR_AREAS, **STRONG_PERSON, **STRONG_NETWORK},
        "risico",
        False,
        ["SW-R01", "SW-R04", "SW-R06", "SW-R03", "SW-R00"],
        ["SW-A11", "SW-A12", "SW-A40", "SW-A41"],
        levels={"online": "zorg", "contacten": "zorg", "thuis": "zorg", "school": "zorg"},
    ),
    Case(
        "strong_protection_in_one_cluster_only_does_not_lower_R06",
        {**FOUR_AREAS, **STRONG_PERSON},
        "verhoogd_risico",
        False,
        ["SW-R01", "SW-R04", "SW-R06", "SW-R00"],
        ["SW-A11", "SW-A12", "SW-A13", "SW-A14", "SW-A40", "SW-A41"],
        levels={"online": "zorg", "contacten": "zorg", "thuis": "zorg", "school": "zorg"},
    ),
    Case(
        "a_critical_item_alone_is_acute_and_increased_risk_R02_R05",
        {"SW-RE-07": "present"},
        "verhoogd_risico",
        True,
        ["SW-R01", "SW-R02", "SW-R03", "SW-R05", "SW-R04", "SW-R00"],
        [
            "SW-A01",
            "SW-A05",
            "SW-A02",
            "SW-A11",
            "SW-A12",
            "SW-A13",
            "SW-A14",
            "SW-A50",
            "SW-A52",
            "SW-A51",
        ],
        levels={"relaties": "ernstige_zorg"},
    ),
    Case(
        "strong_protection_never_lowers_an_acute_outcome_R06",
        {"SW-RE-07": "present", **STRONG_PERSON, **STRONG_NETWORK},
        "verhoogd_risico",
        True,
        ["SW-R01", "SW-R02", "SW-R03", "SW-R05", "SW-R06", "SW-R04", "SW-R00"],
        [
            "SW-A01",
            "SW-A05",
            "SW-A02",
            "SW-A11",
            "SW-A12",
            "SW-A13",
            "SW-A14",
            "SW-A50",
            "SW-A52",
            "SW-A51",
        ],
        levels={"relaties": "ernstige_zorg"},
    ),
    Case(
        "a_parent_as_perpetrator_is_acute_and_parents_are_not_told_first",
        {"SW-TH-06": "present"},
        "verhoogd_risico",
        True,
        ["SW-R01", "SW-R02", "SW-R03", "SW-R05", "SW-R04", "SW-R00"],
        ["SW-A01", "SW-A03", "SW-A02", "SW-A11", "SW-A13", "SW-A14", "SW-A50", "SW-A52", "SW-A51"],
        levels={"thuis": "ernstige_zorg"},
    ),
    Case(
        "sextortion_is_acute_with_image_removal_advice",
        {"SW-ON-11": "present"},
        "verhoogd_risico",
        True,
        ["SW-R01", "SW-R02", "SW-R03", "SW-R05", "SW-R04", "SW-R00"],
        [
            "SW-A01",
            "SW-A04",
            "SW-A02",
            "SW-A11",
            "SW-A12",
            "SW-A13",
            "SW-A14",
            "SW-A50",
            "SW-A52",
            "SW-A51",
        ],
        levels={"online": "ernstige_zorg"},
    ),
    Case(
        "answers_to_follow_up_items_that_do_not_apply_are_not_counted_R10",
        {"SW-ON-03": "absent", "SW-ON-04": "present", "SW-ON-05": "present"},
        "geen_of_nauwelijks_risico",
        False,
        ["SW-R03", "SW-R10", "SW-R00"],
        ["SW-A10"],
    ),
    Case(
        "follow_up_items_count_once_their_condition_holds",
        {"SW-ON-03": "present", "SW-ON-04": "present", "SW-ON-05": "present"},
        "risico",
        False,
        ["SW-R01", "SW-R03", "SW-R00"],
        ["SW-A11", "SW-A12", "SW-A20", "SW-A22", "SW-A21", "SW-A40"],
        levels={"online": "ernstige_zorg"},
    ),
    Case(
        "self_harm_brings_urgent_advice_with_suicide_prevention_lines",
        {"SW-WE-03": "present"},
        "geen_of_nauwelijks_risico",
        False,
        ["SW-R01", "SW-R03", "SW-R00"],
        ["SW-A17", "SW-A10"],
        levels={"welzijn": "zorg"},
    ),
    Case(
        "an_age_outside_12_to_18_is_scored_with_a_warning_R11",
        {"age": 20},
        "geen_of_nauwelijks_risico",
        False,
        ["SW-R03", "SW-R11", "SW-R00"],
        ["SW-A10"],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_it_scores_the_golden_case(case: Case) -> None:
    result = run("signaalwijzer", case)
    assert result.profile is not None
    assert result.profile.value == case.profile
    assert result.acute is case.acute
    assert raised_levels(result) == case.levels
    assert fired_rules(result) == case.rules
    assert [a.id for a in result.advice] == case.advice


def test_it_has_at_least_ten_golden_cases_including_overrides_and_acute() -> None:
    names = " ".join(c.name for c in CASES)
    assert len(CASES) >= 10
    for rule in ("R02", "R05", "R06", "R07", "R08"):
        assert rule in names
    assert any(c.acute for c in CASES)


def test_it_records_the_instrument_id_and_version_on_every_result() -> None:
    result = run("signaalwijzer", CASES[0])
    assert (result.instrument.id, result.instrument.version) == ("signaalwijzer", "1.0.0")


def test_it_reports_unknown_and_unanswered_items_as_gaps_not_as_absent() -> None:
    result = run(
        "signaalwijzer",
        Case(
            "gaps", {"SW-ON-01": "unknown", "SW-ON-02": "present"}, None, False, [], [], base="none"
        ),
    )
    gaps = {g.item.id: g.reason for g in result.gaps}
    assert gaps["SW-ON-01"] is GapReason.UNKNOWN
    assert gaps["SW-CO-01"] is GapReason.UNANSWERED
    assert "SW-ON-02" not in gaps
    # follow-ups of an unanswered item do not apply, so they are no gap either
    assert "SW-ON-04" not in gaps
    assert len(gaps) == 76


def test_it_explains_the_profile_with_the_threshold_that_was_reached() -> None:
    result = run("signaalwijzer", CASES[7])
    texts = [(r.rule, r.text.get(Lang.EN)) for r in result.explanation]
    assert (
        "SW-R03",
        "Threshold for risk reached: 2 areas with concern or serious concern (threshold 2).",
    ) in texts
    assert texts[-1][0] == "SW-R00"
    assert texts[-1][1].startswith("This outcome is not a diagnosis and not a prediction.")


def test_it_names_the_answers_behind_each_area_in_the_explanation() -> None:
    result = run("signaalwijzer", CASES[7])
    area_reasons = [r for r in result.explanation if r.rule == "SW-R01"]
    assert [(r.items, r.text.get(Lang.NL)) for r in area_reasons] == [
        (
            ("SW-ON-02",),
            "Online leven en sociale media: zorg. 1 signaal/signalen, samen 2 "
            "punten (zorg vanaf 2, ernstige zorg vanaf 4).",
        ),
        (
            ("SW-SC-01",),
            "School en dagbesteding: zorg. 1 signaal/signalen, samen 2 punten "
            "(zorg vanaf 2, ernstige zorg vanaf 4).",
        ),
    ]


def test_it_explains_why_protection_did_not_lower_an_acute_outcome() -> None:
    result = run("signaalwijzer", CASES[14])
    r06 = [r for r in result.explanation if r.rule == "SW-R06"]
    assert [r.text.get(Lang.EN) for r in r06] == [
        "Protective factors (The young person themselves, Family and network) are present "
        "but do not lower the profile: there is a sign of current exploitation."
    ]


def test_it_orders_urgent_advice_first_then_general_then_by_phase() -> None:
    result = run("signaalwijzer", CASES[13])
    urgent = [a.urgent for a in result.advice]
    assert urgent == sorted(urgent, reverse=True)
    phases = [a.phase.rank if a.phase else -1 for a in result.advice if not a.urgent]
    assert phases == sorted(phases)


def test_it_has_eleven_areas_sixty_signals_three_clusters_and_critical_items() -> None:
    instrument = get_instrument("signaalwijzer")
    risk = [i for a in instrument.areas for i in a.items]
    assert len(instrument.areas) == 11
    assert len(risk) >= 60
    assert len(instrument.protective) == 3
    assert sum(1 for i in risk if i.kind.value == "critical") == 9
    assert "online" in {a.id for a in instrument.areas}
    assert sum(1 for i in risk if i.show_if is not None) == 10
