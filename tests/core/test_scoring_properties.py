"""Properties that must hold for every possible set of answers (hypothesis).

Adding a risk signal never lowers the outcome; adding a protective factor never raises it;
unknown answers never count as signals.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from signaal.core.screening.answers import Answers
from signaal.core.screening.loader import get_instrument
from signaal.core.screening.model import Answer, Instrument, ItemKind
from signaal.core.screening.scoring import Result, score

SW = get_instrument("signaalwijzer")
QS = get_instrument("quickscan")
ANSWER = st.sampled_from([Answer.PRESENT, Answer.ABSENT, Answer.UNKNOWN])


def answers(instrument: Instrument) -> st.SearchStrategy[Answers]:
    ids = sorted(instrument.items)
    return st.builds(
        Answers,
        responses=st.dictionaries(st.sampled_from(ids), ANSWER),
        age=st.one_of(st.none(), st.integers(min_value=8, max_value=20)),
        intellectual_disability=st.one_of(st.none(), st.booleans()),
    )


def severity(result: Result) -> tuple[int, int, int]:
    profile = result.profile.rank if result.profile is not None else 0
    return (int(result.acute), profile, len(result.signals))


def with_answer(base: Answers, item_id: str, value: Answer) -> Answers:
    return Answers(
        {**base.responses, item_id: value},
        age=base.age,
        intellectual_disability=base.intellectual_disability,
    )


RISK_IDS = sorted(i.id for i in SW.items.values() if i.kind is not ItemKind.PROTECTIVE)
PROTECTIVE_IDS = sorted(i.id for i in SW.items.values() if i.kind is ItemKind.PROTECTIVE)


@settings(max_examples=300, deadline=None)
@given(base=answers(SW), item_id=st.sampled_from(RISK_IDS))
def test_it_never_lowers_the_profile_when_a_risk_signal_is_added(
    base: Answers, item_id: str
) -> None:
    before = score(SW, base)
    after = score(SW, with_answer(base, item_id, Answer.PRESENT))
    assert before.profile is not None
    assert after.profile is not None
    assert after.profile.rank >= before.profile.rank
    assert after.acute >= before.acute
    levels_before = {a.area.id: a.level.rank for a in before.areas if a.level}
    levels_after = {a.area.id: a.level.rank for a in after.areas if a.level}
    assert all(levels_after[k] >= v for k, v in levels_before.items())


@settings(max_examples=300, deadline=None)
@given(base=answers(SW), item_id=st.sampled_from(PROTECTIVE_IDS))
def test_it_never_raises_the_profile_when_a_protective_factor_is_added(
    base: Answers, item_id: str
) -> None:
    before = score(SW, base)
    after = score(SW, with_answer(base, item_id, Answer.PRESENT))
    assert before.profile is not None
    assert after.profile is not None
    assert after.profile.rank <= before.profile.rank
    assert after.acute == before.acute


@settings(max_examples=200, deadline=None)
@given(base=answers(SW))
def test_it_is_acute_exactly_when_a_critical_item_is_present_and_applies(base: Answers) -> None:
    result = score(SW, base)
    critical = [i for i in result.signals if i.kind is ItemKind.CRITICAL]
    assert result.acute is bool(critical)
    if result.acute:
        assert result.profile is not None
        assert result.profile.value == "verhoogd_risico"


@settings(max_examples=200, deadline=None)
@given(base=answers(SW))
def test_it_never_calls_a_young_or_disabled_child_with_signals_no_risk(base: Answers) -> None:
    result = score(SW, base)
    vulnerable = (base.age is not None and base.age < 13) or bool(base.intellectual_disability)
    if vulnerable and result.signals:
        assert result.profile is not None
        assert result.profile.value != "geen_of_nauwelijks_risico"


@settings(max_examples=200, deadline=None)
@given(base=answers(SW), item_id=st.sampled_from(RISK_IDS))
def test_it_counts_unknown_the_same_as_absent_for_the_profile_but_reports_a_gap(
    base: Answers, item_id: str
) -> None:
    unknown = score(SW, with_answer(base, item_id, Answer.UNKNOWN))
    absent = score(SW, with_answer(base, item_id, Answer.ABSENT))
    assert unknown.profile == absent.profile
    gap_ids = {g.item.id for g in unknown.gaps}
    assert item_id not in {g.item.id for g in absent.gaps}
    if item_id in {i.id for a in unknown.areas for i in a.gaps}:
        assert item_id in gap_ids


@settings(max_examples=200, deadline=None)
@given(base=answers(QS), item_id=st.sampled_from(sorted(QS.items)))
def test_it_never_takes_advice_away_from_parents_when_a_signal_is_added(
    base: Answers, item_id: str
) -> None:
    before = score(QS, base)
    after = score(QS, with_answer(base, item_id, Answer.PRESENT))
    assert after.profile is None
    assert after.acute >= before.acute
    urgent_before = {a.id for a in before.advice if a.urgent}
    urgent_after = {a.id for a in after.advice if a.urgent}
    assert urgent_before <= urgent_after
