"""Golden cases for the Quickscan: advice and whom to contact, never a profile."""

from __future__ import annotations

import pytest

from signaal.core.i18n import Lang
from signaal.core.knowledge.loader import knowledge_base
from signaal.core.screening.loader import get_instrument
from signaal.core.screening.report import result_dict
from tests.core.golden import Case, fired_rules, run

CASES = [
    Case("all_no_gives_prevention_advice_only", {}, None, False, ["QS-R00"], ["QS-A10"]),
    Case(
        "nothing_answered_says_that_is_normal",
        {},
        None,
        False,
        ["QS-R09", "QS-R00"],
        ["QS-A10", "QS-A16"],
        base="none",
    ),
    Case(
        "one_signal_says_watch_and_talk",
        {"QS-10": "present"},
        None,
        False,
        ["QS-R01", "QS-R00"],
        ["QS-A10", "QS-A11"],
    ),
    Case(
        "two_signals_in_one_area_say_watch_and_talk",
        {"QS-05": "present", "QS-06": "present"},
        None,
        False,
        ["QS-R01", "QS-R00"],
        ["QS-A10", "QS-A11"],
    ),
    Case(
        "two_signals_in_two_areas_say_call_for_advice",
        {"QS-05": "present", "QS-10": "present"},
        None,
        False,
        ["QS-R01", "QS-R00"],
        ["QS-A10", "QS-A12"],
    ),
    Case(
        "three_signals_say_call_for_advice",
        {"QS-05": "present", "QS-06": "present", "QS-07": "present"},
        None,
        False,
        ["QS-R01", "QS-R00"],
        ["QS-A10", "QS-A12"],
    ),
    Case(
        "sextortion_is_acute_with_what_to_do_now",
        {"QS-04": "present"},
        None,
        True,
        ["QS-R01", "QS-R02", "QS-R00"],
        ["QS-A01", "QS-A02", "QS-A10"],
    ),
    Case(
        "sex_for_money_is_acute",
        {"QS-16": "present"},
        None,
        True,
        ["QS-R01", "QS-R02", "QS-R00"],
        ["QS-A01", "QS-A10"],
    ),
    Case(
        "a_child_under_13_with_one_signal_needs_advice_R07",
        {"QS-10": "present", "age": 11},
        None,
        False,
        ["QS-R01", "QS-R07", "QS-R00"],
        ["QS-A10", "QS-A11", "QS-A13"],
    ),
    Case(
        "a_child_with_intellectual_disability_and_one_signal_needs_advice_R08",
        {"QS-10": "present", "intellectual_disability": True},
        None,
        False,
        ["QS-R01", "QS-R08", "QS-R00"],
        ["QS-A10", "QS-A11", "QS-A13"],
    ),
    Case(
        "a_child_away_now_means_calling_the_police",
        {"QS-15": "present"},
        None,
        False,
        ["QS-R01", "QS-R00"],
        ["QS-A03", "QS-A10", "QS-A11"],
    ),
    Case(
        "truancy_brings_in_the_school",
        {"QS-14": "present"},
        None,
        False,
        ["QS-R01", "QS-R00"],
        ["QS-A10", "QS-A11", "QS-A14"],
    ),
    Case(
        "an_online_contact_brings_report_and_block_advice",
        {"QS-01": "present"},
        None,
        False,
        ["QS-R01", "QS-R00"],
        ["QS-A10", "QS-A11", "QS-A15"],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_it_scores_the_golden_case(case: Case) -> None:
    result = run("quickscan", case)
    assert result.profile is None
    assert result.acute is case.acute
    assert all(a.level is None for a in result.areas)
    assert fired_rules(result) == case.rules
    assert [a.id for a in result.advice] == case.advice


def test_it_has_twelve_to_twenty_questions_each_with_why_we_ask() -> None:
    instrument = get_instrument("quickscan")
    items = list(instrument.items.values())
    assert 12 <= len(items) <= 20
    assert all(i.why is not None and i.why.nl and i.why.en for i in items)
    assert instrument.protective == ()


def test_it_gives_no_profile_in_the_json_but_advice_and_contacts() -> None:
    result = run("quickscan", CASES[6])
    data = result_dict(result, knowledge_base(), Lang.NL)
    assert data["profile"] is None
    assert data["acute"] is True
    assert data["advice"][0]["referrals"][0] == {
        "id": "alarmnummer-112",
        "name": "112",
        "countries": ["NL", "BE"],
        "phone": "112",
        "web": None,
        "chat": None,
        "hours": "Altijd, 24 uur per dag.",
    }


def test_it_shows_only_the_contacts_of_the_chosen_country() -> None:
    result = run("quickscan", Case("be", {"QS-04": "present", "country": "BE"}, None, True, [], []))
    data = result_dict(result, knowledge_base(), Lang.EN)
    urgent = data["advice"][0]
    assert [r["id"] for r in urgent["referrals"]] == ["alarmnummer-112", "child-focus"]
    assert urgent["text"].startswith("Your child may be in danger now.")


def test_it_speaks_plainly_to_parents_about_unknown_answers() -> None:
    result = run("quickscan", CASES[1])
    gaps = [r for r in result.explanation if r.rule == "QS-R09"]
    assert gaps[0].text.get(Lang.NL) == (
        "Bij 16 van de 16 vragen weet je het antwoord (nog) niet. Dat is normaal. Het advies "
        "gaat over wat je wel weet."
    )
