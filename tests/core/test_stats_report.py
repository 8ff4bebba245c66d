"""The yearly report: the published 2020 figures come out exactly, and each definition of
issue 6 holds at its edges."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from signaal.core.i18n import Lang
from signaal.core.stats.importer import parse_registrations
from signaal.core.stats.records import RegistrationRecord
from signaal.core.stats.report import FIGURE_NAMES, compute_report, percentage
from signaal.core.stats.text import report_text
from tests.core.stats_2020 import EXPECTED_2020, csv_2020, unknowns, victim


def contact(contact_id: str, day: str, visitor: str = "v-1", **answers: Any) -> RegistrationRecord:
    full = {**victim(1), **answers}
    return RegistrationRecord(
        contact_id,
        date.fromisoformat(day),
        visitor,
        {k: v for k, v in full.items() if v is not None},
    )


def figures(records: list[RegistrationRecord], year: int = 2020) -> dict[str, Any]:
    return compute_report(records, year).to_dict()


def test_it_produces_exactly_the_published_2020_figures_from_the_built_registrations() -> None:
    imported = parse_registrations(csv_2020().encode(), name="2020.csv")
    assert imported.problems == []
    assert compute_report(imported.records, 2020).to_dict() == EXPECTED_2020


def test_the_2020_figures_read_as_published() -> None:
    f = EXPECTED_2020["figures"]
    assert (EXPECTED_2020["unique_visitors"], EXPECTED_2020["victims"]) == (283, 250)
    assert f["first_disclosure"]["pct"] == 65.0
    assert f["minor"]["pct"] == 60.0  # about 60% minors
    assert f["age_15_or_younger"]["pct"] == 20.0
    assert EXPECTED_2020["youngest_age"] == 9
    assert f["parent_perpetrator"]["count"] * 7 == f["parent_perpetrator"]["n"]  # 1 in 7
    assert f["parent_cases_longer_than_2_years"]["pct"] > 50  # over half of those
    assert (f["sexual_exploitation"]["pct"], f["criminal_exploitation"]["pct"]) == (91.5, 4.0)


def test_it_lists_every_figure_of_the_issue_in_order() -> None:
    assert list(figures([])["figures"]) == list(FIGURE_NAMES) == list(EXPECTED_2020["figures"])


def test_a_repeat_visitor_counts_once_with_the_latest_known_value_of_each_field() -> None:
    report = figures(
        [
            contact("c-1", "2020-02-01", first_disclosure="yes", age=14, exploitation="sexual"),
            contact("c-2", "2020-05-01", first_disclosure="no", age=None, exploitation="unknown"),
            contact("c-3", "2020-09-01", **unknowns()),
        ]
    )
    assert (report["unique_visitors"], report["victims"], report["youngest_age"]) == (1, 1, 14)
    assert report["figures"]["first_disclosure"] == {"count": 0, "n": 1, "pct": 0.0}
    assert report["figures"]["sexual_exploitation"] == {"count": 1, "n": 1, "pct": 100.0}
    assert report["figures"]["minor"] == {"count": 1, "n": 1, "pct": 100.0}


def test_a_later_known_answer_decides_whether_a_visitor_is_a_victim() -> None:
    records = [contact("c-1", "2020-02-01"), contact("c-2", "2020-03-01", victim="no")]
    assert (figures(records)["unique_visitors"], figures(records)["victims"]) == (1, 0)
    later_unknown = [contact("c-1", "2020-02-01"), contact("c-2", "2020-03-01", victim="unknown")]
    assert figures(later_unknown)["victims"] == 1


def test_ties_on_the_date_are_broken_by_contact_id_not_by_order_in_the_file() -> None:
    records = [
        contact("c-b", "2020-04-04", still_exploited="yes"),
        contact("c-a", "2020-04-04", still_exploited="no"),
    ]
    assert figures(records)["figures"]["still_exploited"]["count"] == 1
    assert figures(list(reversed(records)))["figures"]["still_exploited"]["count"] == 1


def test_unknowns_and_empty_answers_are_left_out_of_n() -> None:
    records = [
        contact("c-1", "2020-01-01", "v-1", first_disclosure="yes"),
        contact("c-2", "2020-01-01", "v-2", first_disclosure="unknown", age=None),
        contact(
            "c-3",
            "2020-01-01",
            "v-3",
            first_disclosure="no",
            perpetrator_relation=["unknown"],
            coercion=["unknown"],
        ),
    ]
    report = figures(records)
    assert report["victims"] == 3
    assert report["figures"]["first_disclosure"] == {"count": 1, "n": 2, "pct": 50.0}
    assert report["figures"]["minor"]["n"] == 2
    assert report["figures"]["parent_perpetrator"]["n"] == 2
    assert report["figures"]["threat_of_images"]["n"] == 2


def test_contacts_of_other_years_are_ignored_even_when_they_are_later() -> None:
    records = [
        contact("c-1", "2020-12-31", first_disclosure="yes"),
        contact("c-2", "2021-01-01", first_disclosure="no"),
        contact("c-3", "2019-12-31", "v-2"),
    ]
    report = figures(records)
    assert (report["year"], report["unique_visitors"], report["victims"]) == (2020, 1, 1)
    assert report["figures"]["first_disclosure"]["count"] == 1
    assert figures(records, 2021)["figures"]["first_disclosure"] == {"count": 0, "n": 1, "pct": 0.0}
    assert figures(records, 2018)["unique_visitors"] == 0


def test_non_substantive_contacts_and_those_not_about_trafficking_are_ignored() -> None:
    records = [
        contact("c-1", "2020-01-01", "v-1", contact_type="silent"),
        contact("c-2", "2020-01-01", "v-2", contact_type="test"),
        contact("c-3", "2020-01-01", "v-3", trafficking_question="no"),
        contact("c-4", "2020-01-01", "v-4"),
        contact("c-5", "2020-06-01", "v-4", trafficking_question="no", still_exploited="no"),
    ]
    report = figures(records)
    assert (report["unique_visitors"], report["victims"]) == (1, 1)
    assert report["figures"]["still_exploited"]["count"] == 1


def test_a_visitor_asking_about_someone_else_is_counted_but_not_as_a_victim() -> None:
    report = figures(
        [
            contact("c-1", "2020-01-01", "v-1", about="other", age=8),
            contact("c-2", "2020-01-01", "v-2", victim="no"),
            contact("c-3", "2020-01-01", "v-3", age=12),
        ]
    )
    assert (report["unique_visitors"], report["victims"], report["youngest_age"]) == (3, 1, 12)
    assert report["figures"]["minor"] == {"count": 1, "n": 1, "pct": 100.0}


def test_age_bands_count_17_as_minor_and_15_but_not_16_as_15_or_younger() -> None:
    ages = [0, 15, 16, 17, 18]
    report = figures([contact(f"c-{a}", "2020-01-01", f"v-{a}", age=a) for a in ages])
    assert report["figures"]["minor"] == {"count": 4, "n": 5, "pct": 80.0}
    assert report["figures"]["age_15_or_younger"] == {"count": 2, "n": 5, "pct": 40.0}
    assert report["youngest_age"] == 0


def test_each_figure_counts_the_codes_the_issue_names() -> None:
    rows: list[dict[str, Any]] = [
        {"exploitation": "criminal", "perpetrators": "gt_3", "first_contact_channel": "gaming"},
        {"exploitation": "labour", "perpetrators": "2_3", "first_contact_channel": "offline"},
        {"exploitation": "sexual", "perpetrators": "1", "first_contact_channel": "social_media"},
        {
            "coercion": ["violence", "threat_images"],
            "first_contact_channel": "unknown",
            "perpetrators": "unknown",
        },
    ]
    report = figures([contact(f"c-{i}", "2020-01-01", f"v-{i}", **r) for i, r in enumerate(rows)])
    f = report["figures"]
    assert f["sexual_exploitation"] == {"count": 2, "n": 4, "pct": 50.0}
    assert f["criminal_exploitation"] == {"count": 1, "n": 4, "pct": 25.0}
    assert f["multiple_perpetrators"] == {"count": 2, "n": 3, "pct": 66.7}
    assert f["met_online"] == {"count": 2, "n": 3, "pct": 66.7}
    assert f["met_via_social_media"] == {"count": 1, "n": 3, "pct": 33.3}
    assert f["threat_of_images"] == {"count": 4, "n": 4, "pct": 100.0}


def test_parent_cases_are_over_victims_with_a_parent_perpetrator_and_a_known_duration() -> None:
    rows = [
        {"perpetrator_relation": ["parent", "peer"], "duration": "gt_5_years"},
        {"perpetrator_relation": ["parent"], "duration": "2_5_years"},
        {"perpetrator_relation": ["parent"], "duration": "1_2_years"},
        {"perpetrator_relation": ["parent"], "duration": "unknown"},
        {"perpetrator_relation": ["peer"], "duration": "gt_5_years"},
    ]
    report = figures([contact(f"c-{i}", "2020-01-01", f"v-{i}", **r) for i, r in enumerate(rows)])
    assert report["figures"]["parent_perpetrator"] == {"count": 4, "n": 5, "pct": 80.0}
    assert report["figures"]["parent_cases_longer_than_2_years"] == {
        "count": 2,
        "n": 3,
        "pct": 66.7,
    }


def test_a_year_without_victims_has_empty_figures_and_no_youngest_age() -> None:
    report = figures([contact("c-1", "2020-01-01", about="other")])
    assert (report["unique_visitors"], report["victims"], report["youngest_age"]) == (1, 0, None)
    assert set(map(str, report["figures"].values())) == {"{'count': 0, 'n': 0, 'pct': None}"}


@pytest.mark.parametrize(
    ("count", "n", "pct"),
    [
        (1, 16, 6.3),
        (1, 8, 12.5),
        (1, 80, 1.3),
        (1, 400, 0.3),
        (2, 3, 66.7),
        (1, 3, 33.3),
        (156, 240, 65.0),
        (0, 5, 0.0),
        (5, 5, 100.0),
        (0, 0, None),
    ],
)
def test_percentages_round_half_up_on_the_exact_value(count: int, n: int, pct: float) -> None:
    assert percentage(count, n) == pct


def test_half_up_differs_from_pythons_round_where_it_matters() -> None:
    assert round(100 * 1 / 16, 1) == 6.2  # round half to even on the binary float
    assert percentage(1, 16) == 6.3


def test_the_terminal_table_shows_the_figures_in_dutch_and_english() -> None:
    imported = parse_registrations(csv_2020().encode(), name="2020.csv")
    report = compute_report(imported.records, 2020)
    dutch = report_text(report, Lang.NL).splitlines()
    assert dutch[0] == "Jaarcijfers 2020"
    assert dutch[2].split() == ["Unieke", "bezoekers", "283"]
    assert dutch[4].split() == ["Jongste", "leeftijd", "9"]
    row = next(line for line in dutch if line.startswith("Vertelt het voor het eerst"))
    assert row.split()[-3:] == ["156", "240", "65,0"]
    english = report_text(report, Lang.EN)
    assert "Tells anyone for the first time" in english
    assert english.splitlines()[-1] == (
        "n = victims of whom it is known. Not for publication: use --publish."
    )
