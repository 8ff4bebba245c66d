"""Disclosure control for publishing: no count under 10, no percentage over a small group,
no youngest age, and no hidden group that can be worked out from the figures shown."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from signaal.core.i18n import Lang
from signaal.core.stats.importer import parse_registrations
from signaal.core.stats.publish import UNDER, PublishedReport, publish
from signaal.core.stats.report import FIGURE_NAMES, Figure, YearReport, compute_report, percentage
from signaal.core.stats.text import report_text
from tests.core.stats_2020 import EXPECTED_2020, csv_2020


def report(visitors: int = 300, victims: int = 250, **counts: tuple[int, int]) -> YearReport:
    """A report whose figures are all 100 of 200 (safe), except ``counts``: name=(count, n)."""
    figures = {name: counts.get(name, (100, 200)) for name in FIGURE_NAMES}
    return YearReport(
        2020,
        visitors,
        victims,
        9,
        {name: Figure(c, n, percentage(c, n)) for name, (c, n) in figures.items()},
    )


def shown(published: PublishedReport, name: str) -> dict[str, Any]:
    return published.figures[name].to_dict()


def test_the_2020_figures_are_published_whole_except_the_youngest_age() -> None:
    imported = parse_registrations(csv_2020().encode(), name="2020.csv")
    published = publish(compute_report(imported.records, 2020)).to_dict()
    expected = {k: v for k, v in EXPECTED_2020.items() if k != "youngest_age"}
    expected["figures"] = {
        name: {**figure, "suppressed": False} for name, figure in EXPECTED_2020["figures"].items()
    }
    assert published == expected
    assert "youngest_age" not in published


def test_a_count_under_10_reads_under_10_without_a_percentage() -> None:
    published = publish(report(first_disclosure=(9, 200), still_exploited=(10, 200)))
    assert shown(published, "first_disclosure") == {
        "count": "<10",
        "n": 200,
        "pct": None,
        "suppressed": True,
    }
    assert shown(published, "still_exploited") == {
        "count": 10,
        "n": 200,
        "pct": 5.0,
        "suppressed": False,
    }


def test_a_zero_is_under_10_too() -> None:
    assert shown(publish(report(threat_of_images=(0, 200))), "threat_of_images")["count"] == UNDER


def test_a_group_under_10_hides_its_n_count_and_percentage() -> None:
    published = publish(report(parent_cases_longer_than_2_years=(5, 9)))
    assert shown(published, "parent_cases_longer_than_2_years") == {
        "count": "<10",
        "n": "<10",
        "pct": None,
        "suppressed": True,
    }


def test_a_count_whose_complement_is_under_10_is_hidden_as_well() -> None:
    # 245 of 250 shown would tell that 5 did not: hide the count and the percentage
    published = publish(report(first_disclosure=(245, 250), still_exploited=(250, 250)))
    for name in ("first_disclosure", "still_exploited"):
        assert shown(published, name) == {
            "count": None,
            "n": 250,
            "pct": None,
            "suppressed": True,
        }


def test_nested_figures_hide_the_inner_one_when_their_difference_is_under_10() -> None:
    # 60 minors, 55 of them 15 or younger: both shown would tell that 5 are 16 or 17
    published = publish(report(minor=(60, 100), age_15_or_younger=(55, 100)))
    assert shown(published, "minor") == {"count": 60, "n": 100, "pct": 60.0, "suppressed": False}
    assert shown(published, "age_15_or_younger") == {
        "count": None,
        "n": 100,
        "pct": None,
        "suppressed": True,
    }
    online = publish(report(met_online=(120, 200), met_via_social_media=(111, 200)))
    assert online.figures["met_via_social_media"].count is None
    assert online.figures["met_online"].count == 120
    apart = publish(report(minor=(60, 100), age_15_or_younger=(50, 100)))
    assert (apart.figures["minor"].count, apart.figures["age_15_or_younger"].count) == (60, 50)


def test_disjoint_figures_hide_the_second_when_the_rest_is_under_10() -> None:
    # 230 sexual and 12 criminal of 248: both shown would tell that 6 were something else
    published = publish(report(sexual_exploitation=(230, 248), criminal_exploitation=(12, 248)))
    assert shown(published, "sexual_exploitation")["count"] == 230
    assert shown(published, "criminal_exploitation") == {
        "count": None,
        "n": 248,
        "pct": None,
        "suppressed": True,
    }


def test_visitors_and_victims_are_protected_the_same_way() -> None:
    assert (publish(report(8, 5)).unique_visitors, publish(report(8, 5)).victims) == (UNDER, UNDER)
    assert (publish(report(300, 9)).unique_visitors, publish(report(300, 9)).victims) == (
        300,
        UNDER,
    )
    # 255 visitors of whom 250 victims would tell that 5 were not
    assert (publish(report(255, 250)).unique_visitors, publish(report(255, 250)).victims) == (
        None,
        250,
    )


def test_the_published_table_marks_what_is_hidden() -> None:
    text = report_text(publish(report(255, 250, first_disclosure=(3, 200))), Lang.NL)
    lines = text.splitlines()
    assert lines[0] == "Jaarcijfers 2020 (publicatieversie)"
    assert lines[2].split()[-1] == "*"  # unique visitors hidden
    assert not any(line.startswith("Jongste leeftijd") for line in lines)
    row = next(line for line in lines if line.startswith("Vertelt het voor het eerst"))
    assert row.split()[-3:] == ["<10", "200", "*"]
    assert lines[-1].startswith("n = slachtoffers van wie het bekend is. * = niet gepubliceerd")


# --- no hidden group can be worked out from what is shown --------------------------------


def exact(value: object) -> int | None:
    return value if isinstance(value, int) else None


def derivable_groups(published: PublishedReport, source: YearReport) -> list[int]:
    """Every group of people whose exact size follows from the exact numbers shown."""
    groups: list[int] = []
    f = published.figures
    for name in FIGURE_NAMES:
        count, n = exact(f[name].count), exact(f[name].n)
        if count is not None:
            groups.append(count)
            if n is not None:
                groups.append(n - count)
    for outer, inner in (("minor", "age_15_or_younger"), ("met_online", "met_via_social_media")):
        a, b = exact(f[outer].count), exact(f[inner].count)
        if a is not None and b is not None:
            groups.append(a - b)
    a, b = exact(f["sexual_exploitation"].count), exact(f["criminal_exploitation"].count)
    n = exact(f["sexual_exploitation"].n)
    if a is not None and b is not None and n is not None:
        groups.append(n - a - b)
    # the parent cases are some of the victims with a parent perpetrator: their n (or count)
    # is a lower bound of that hidden count, and the upper bound is its n
    parent, cases = f["parent_perpetrator"], f["parent_cases_longer_than_2_years"]
    lower = max((v for v in (exact(cases.n), exact(cases.count)) if v is not None), default=None)
    if exact(parent.count) is None and lower is not None and lower == exact(parent.n):
        groups += [lower, 0]  # the count, and n - count
    visitors, victims = exact(published.unique_visitors), exact(published.victims)
    groups += [v for v in (visitors, victims) if v is not None]
    if visitors is not None and victims is not None:
        groups.append(visitors - victims)
    # a percentage shown with its n gives the count back
    for name in FIGURE_NAMES:
        pct, n = f[name].pct, exact(f[name].n)
        if pct is not None:
            assert n is not None
            assert f[name].count == source.figures[name].count
    return groups


def test_the_parent_cases_do_not_give_away_a_hidden_parent_count() -> None:
    # all 50 victims with a known relation name a parent (hidden: 0 do not); 50 parent cases
    # with a known duration would tell that all 50 do
    published = publish(
        report(parent_perpetrator=(50, 50), parent_cases_longer_than_2_years=(20, 50))
    )
    assert shown(published, "parent_perpetrator")["count"] is None
    assert shown(published, "parent_cases_longer_than_2_years") == {
        "count": None,
        "n": None,
        "pct": None,
        "suppressed": True,
    }
    assert [g for g in derivable_groups(published, report()) if g < 10] == []
    safe = publish(report(parent_perpetrator=(40, 60), parent_cases_longer_than_2_years=(20, 40)))
    assert shown(safe, "parent_cases_longer_than_2_years")["n"] == 40


@st.composite
def reports(draw: st.DrawFn) -> YearReport:
    def pair(n: int) -> tuple[int, int]:
        return draw(st.integers(0, n)), n

    n = draw(st.integers(0, 60))
    outer = draw(st.integers(0, n))
    inner = draw(st.integers(0, outer))
    online = draw(st.integers(0, n))
    social = draw(st.integers(0, online))
    sexual = draw(st.integers(0, n))
    criminal = draw(st.integers(0, n - sexual))
    victims = draw(st.integers(n, n + 30))
    visitors = draw(st.integers(victims, victims + 30))
    counts = {
        "minor": (outer, n),
        "age_15_or_younger": (inner, n),
        "met_online": (online, n),
        "met_via_social_media": (social, n),
        "sexual_exploitation": (sexual, n),
        "criminal_exploitation": (criminal, n),
        "first_disclosure": pair(n),
        "parent_perpetrator": pair(n),
    }
    parents = counts["parent_perpetrator"][0]
    # often all of them: the parent cases' n then equals the parent count
    cases_n = draw(st.one_of(st.just(parents), st.integers(0, parents)))
    counts["parent_cases_longer_than_2_years"] = pair(cases_n)
    return report(visitors, victims, **counts)


@settings(max_examples=400, deadline=None)
@given(reports())
def test_no_group_under_10_can_be_worked_out_from_the_published_figures(
    source: YearReport,
) -> None:
    published = publish(source)
    assert [g for g in derivable_groups(published, source) if g < 10] == []
    for figure in published.figures.values():
        assert figure.suppressed == (figure.pct is None)
