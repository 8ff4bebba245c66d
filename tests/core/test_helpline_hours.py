"""Opening hours: weekly periods in wall-clock time, night periods past midnight, holidays,
the changes to and from summer time, and the checks on the stored data."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from signaal.core.errors import SignaalError
from signaal.core.helpline.hours import OpeningHours, Period, parse_opening_hours
from signaal.core.i18n import Lang

AMS = ZoneInfo("Europe/Amsterdam")
BRU = ZoneInfo("Europe/Brussels")

# 2026-11-23 is a Monday
EVENINGS = {
    "timezone": "Europe/Amsterdam",
    "weekly": {
        "monday": ["19:00-23:00"],
        "wednesday": ["14:00-16:00", "19:00-23:00"],
        "friday": ["21:00-02:00"],
        "sunday": ["19:00-00:00"],
    },
    "holidays": ["2026-12-25"],
}


def local(
    year: int, month: int, day: int, hour: int, minute: int, *, zone: ZoneInfo = AMS, fold: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone, fold=fold)


@pytest.fixture
def hours() -> OpeningHours:
    return parse_opening_hours(EVENINGS)


def test_it_reads_the_weekly_periods_and_holidays(hours: OpeningHours) -> None:
    assert hours.timezone == "Europe/Amsterdam"
    assert hours.weekly[0] == (Period(time(19), time(23)),)
    assert hours.weekly[2] == (Period(time(14), time(16)), Period(time(19), time(23)))
    assert hours.weekly[1] == ()
    assert hours.holidays == frozenset({date(2026, 12, 25)})


def test_it_gives_back_the_data_it_was_read_from_with_midnight_as_24_00(
    hours: OpeningHours,
) -> None:
    data = hours.to_data()
    assert data["weekly"] == dict(EVENINGS["weekly"], sunday=["19:00-24:00"])  # type: ignore[arg-type]
    assert {k: v for k, v in data.items() if k != "weekly"} == {
        "timezone": "Europe/Amsterdam",
        "holidays": ["2026-12-25"],
    }
    assert parse_opening_hours(data) == hours


def test_it_is_open_the_whole_day_for_00_00_to_24_00() -> None:
    hours = parse_opening_hours({"weekly": {"monday": ["00:00-24:00"]}})
    assert hours.is_open(local(2026, 11, 23, 0, 0))
    assert hours.is_open(local(2026, 11, 23, 23, 59))
    assert not hours.is_open(local(2026, 11, 24, 0, 0))
    assert not hours.is_open(local(2026, 11, 22, 23, 59))
    assert hours.to_data()["weekly"] == {"monday": ["00:00-24:00"]}


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (local(2026, 11, 23, 18, 59), False),
        (local(2026, 11, 23, 19, 0), True),  # the start belongs to the period
        (local(2026, 11, 23, 22, 59), True),
        (local(2026, 11, 23, 23, 0), False),  # the end does not
        (local(2026, 11, 24, 20, 0), False),  # Tuesday: no periods
        (local(2026, 11, 25, 15, 0), True),  # Wednesday afternoon
        (local(2026, 11, 25, 17, 0), False),  # Wednesday between its two periods
    ],
)
def test_it_is_open_from_the_start_until_just_before_the_end(
    hours: OpeningHours, moment: datetime, expected: bool
) -> None:
    assert hours.is_open(moment) is expected


def test_it_keeps_a_night_period_open_past_midnight(hours: OpeningHours) -> None:
    assert hours.is_open(local(2026, 11, 27, 23, 30))  # Friday night
    assert hours.is_open(local(2026, 11, 28, 1, 59))  # Saturday, from Friday's period
    assert not hours.is_open(local(2026, 11, 28, 2, 0))
    assert not hours.is_open(local(2026, 11, 27, 20, 59))


def test_it_closes_a_period_ending_at_midnight_at_midnight(hours: OpeningHours) -> None:
    assert hours.is_open(local(2026, 11, 29, 23, 59))  # Sunday
    assert not hours.is_open(local(2026, 11, 30, 0, 0))


def test_it_reads_the_moment_in_its_own_time_zone_whatever_zone_it_comes_in(
    hours: OpeningHours,
) -> None:
    # 18:30 UTC on a Monday in November is 19:30 in Amsterdam
    assert hours.is_open(datetime(2026, 11, 23, 18, 30, tzinfo=UTC))
    assert not hours.is_open(datetime(2026, 11, 23, 17, 30, tzinfo=UTC))
    plus_five = timezone(timedelta(hours=5))
    assert hours.is_open(datetime(2026, 11, 23, 23, 30, tzinfo=plus_five))


def test_it_refuses_a_moment_without_a_time_zone__error(hours: OpeningHours) -> None:
    with pytest.raises(ValueError, match="opening hours need a datetime with a time zone"):
        hours.is_open(datetime(2026, 11, 23, 20, 0))
    with pytest.raises(ValueError, match="opening hours need a datetime with a time zone"):
        hours.next_opening(datetime(2026, 11, 23, 20, 0))


# --- holidays --------------------------------------------------------------------------


def test_it_is_closed_on_a_holiday_that_would_have_hours() -> None:
    hours = parse_opening_hours({"weekly": {"friday": ["19:00-23:00"]}, "holidays": ["2026-12-25"]})
    assert not hours.is_open(local(2026, 12, 25, 20, 0))  # a Friday
    assert hours.is_open(local(2027, 1, 1, 20, 0))  # the next Friday
    assert hours.next_opening(local(2026, 12, 25, 18, 0)) == local(2027, 1, 1, 19, 0)


def test_it_lets_a_night_period_that_started_before_a_holiday_run_to_its_end() -> None:
    hours = parse_opening_hours(
        {
            "weekly": {"thursday": ["21:00-02:00"], "friday": ["21:00-02:00"]},
            "holidays": ["2026-12-25"],
        }
    )
    assert hours.is_open(local(2026, 12, 25, 1, 0))  # Thursday's night, into the holiday
    assert not hours.is_open(local(2026, 12, 25, 22, 0))  # the holiday's own period
    assert not hours.is_open(local(2026, 12, 26, 1, 0))  # ... and its night part


# --- next opening ----------------------------------------------------------------------


def test_it_gives_the_moment_itself_as_next_opening_while_open(hours: OpeningHours) -> None:
    moment = local(2026, 11, 23, 20, 15)
    assert hours.next_opening(moment) == moment


def test_it_gives_the_next_start_later_the_same_day(hours: OpeningHours) -> None:
    assert hours.next_opening(local(2026, 11, 25, 16, 0)) == local(2026, 11, 25, 19, 0)
    assert hours.next_opening(local(2026, 11, 25, 9, 0)) == local(2026, 11, 25, 14, 0)


def test_it_gives_the_next_start_on_a_later_day_in_local_time(hours: OpeningHours) -> None:
    found = hours.next_opening(datetime(2026, 11, 23, 22, 30, tzinfo=UTC))  # Monday 23:30
    assert found == local(2026, 11, 25, 14, 0)
    assert found is not None
    assert found.tzinfo == AMS


def test_it_gives_none_when_there_are_no_hours_at_all() -> None:
    hours = parse_opening_hours({})
    assert hours == OpeningHours()
    assert not hours.is_open(local(2026, 11, 23, 20, 0))
    assert hours.next_opening(local(2026, 11, 23, 20, 0)) is None


# --- summer time -----------------------------------------------------------------------
# 2026-03-29 (Sunday): 02:00 CET becomes 03:00 CEST. 2026-10-25 (Sunday): 03:00 CEST
# becomes 02:00 CET, so 02:00-02:59 happens twice.


def test_it_keeps_wall_clock_hours_across_the_change_to_summer_time() -> None:
    hours = parse_opening_hours({"weekly": {"saturday": ["19:00-23:00"]}})
    winter, summer = local(2026, 3, 28, 19, 0), local(2026, 4, 4, 19, 0)
    assert hours.is_open(winter)
    assert hours.is_open(summer)
    assert winter.astimezone(UTC).hour == 18
    assert summer.astimezone(UTC).hour == 17
    assert hours.next_opening(local(2026, 3, 28, 23, 30)) == summer


def test_it_makes_a_night_one_hour_shorter_when_summer_time_starts() -> None:
    hours = parse_opening_hours({"weekly": {"saturday": ["22:00-04:00"]}})
    start = datetime(2026, 3, 28, 21, 0, tzinfo=UTC)  # 22:00 CET
    end = datetime(2026, 3, 29, 2, 0, tzinfo=UTC)  # 04:00 CEST
    assert hours.is_open(start)
    assert hours.is_open(end - timedelta(seconds=1))
    assert not hours.is_open(end)
    assert end - start == timedelta(hours=5)


def test_it_makes_a_night_one_hour_longer_when_summer_time_ends() -> None:
    hours = parse_opening_hours({"weekly": {"saturday": ["22:00-04:00"]}})
    start = datetime(2026, 10, 24, 20, 0, tzinfo=UTC)  # 22:00 CEST
    end = datetime(2026, 10, 25, 3, 0, tzinfo=UTC)  # 04:00 CET
    assert hours.is_open(end - timedelta(seconds=1))
    assert not hours.is_open(end)
    assert end - start == timedelta(hours=7)
    # both 02:30s are inside the night
    assert hours.is_open(local(2026, 10, 25, 2, 30, fold=0))
    assert hours.is_open(local(2026, 10, 25, 2, 30, fold=1))


def test_it_opens_a_period_that_starts_in_the_skipped_hour_at_the_change() -> None:
    hours = parse_opening_hours({"weekly": {"sunday": ["02:30-05:00"]}})
    change = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 02:00 CET = 03:00 CEST
    assert not hours.is_open(change - timedelta(seconds=1))
    assert hours.is_open(change)
    found = hours.next_opening(change - timedelta(minutes=30))
    assert found == change
    assert found is not None
    assert (found.hour, found.minute) == (3, 0)


def test_it_opens_a_period_in_the_repeated_hour_at_its_first_occurrence() -> None:
    hours = parse_opening_hours({"weekly": {"sunday": ["02:30-05:00"]}})
    found = hours.next_opening(local(2026, 10, 25, 1, 0))
    assert found is not None
    assert found.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_it_reads_brussels_time_for_a_belgian_organisation() -> None:
    hours = parse_opening_hours(
        {"timezone": "Europe/Brussels", "weekly": {"monday": ["19:00-23:00"]}}
    )
    found = hours.next_opening(datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    assert found == local(2026, 11, 23, 19, 0, zone=BRU)
    assert found is not None
    assert found.tzinfo == BRU


# --- bad data --------------------------------------------------------------------------


def problems_of(data: object) -> list[str]:
    with pytest.raises(SignaalError) as caught:
        parse_opening_hours(data, source="Jeugdzorg Test")
    return caught.value.render(Lang.EN).splitlines()


def test_it_refuses_data_that_is_not_a_mapping__error() -> None:
    assert problems_of(["19:00-23:00"]) == [
        "Jeugdzorg Test: item opening_hours: 'opening_hours' is invalid: expected a mapping "
        "with timezone, weekly and holidays."
    ]


def test_it_refuses_a_time_zone_outside_the_netherlands_and_belgium__error() -> None:
    assert problems_of({"timezone": "UTC"}) == [
        "Jeugdzorg Test: item timezone: 'timezone' is invalid: 'UTC' is not an allowed time "
        "zone; choose Europe/Amsterdam or Europe/Brussels."
    ]


def test_it_refuses_a_day_that_does_not_exist__error() -> None:
    assert problems_of({"weekly": {"maandag": ["19:00-23:00"]}}) == [
        "Jeugdzorg Test: item weekly.maandag: 'weekly.maandag' is invalid: 'maandag' is not a "
        "day; use monday, tuesday, wednesday, thursday, friday, saturday, sunday."
    ]


@pytest.mark.parametrize(
    "text", ["24:00-02:00", "19:00-24:30", "19-23", "19:00 - 23:00", "7:00-9:00", 1900]
)
def test_it_refuses_a_period_that_is_not_hh_mm_hh_mm__error(text: object) -> None:
    assert problems_of({"weekly": {"friday": ["19:00-20:00", text]}}) == [
        f"Jeugdzorg Test: item weekly.friday[1]: 'weekly.friday[1]' is invalid: '{text}' is not "
        "a period; write HH:MM-HH:MM, such as 19:00-23:00."
    ]


@pytest.mark.parametrize("text", ["19:00-19:00", "00:00-00:00"])
def test_it_refuses_a_period_that_starts_and_ends_at_the_same_time__error(text: str) -> None:
    assert problems_of({"weekly": {"friday": [text]}}) == [
        f"Jeugdzorg Test: item weekly.friday[0]: 'weekly.friday[0]' is invalid: '{text}' "
        "starts and ends at the same time."
    ]


def test_it_refuses_another_period_beside_a_whole_day__error() -> None:
    assert problems_of({"weekly": {"friday": ["00:00-24:00", "19:00-23:00"]}}) == [
        "Jeugdzorg Test: item weekly.friday: 'weekly.friday' is invalid: periods 00:00-24:00 "
        "and 19:00-23:00 overlap."
    ]


def test_it_refuses_overlapping_periods_on_one_day__error() -> None:
    assert problems_of({"weekly": {"friday": ["21:00-01:00", "19:00-22:00"]}}) == [
        "Jeugdzorg Test: item weekly.friday: 'weekly.friday' is invalid: periods 19:00-22:00 "
        "and 21:00-01:00 overlap."
    ]


def test_it_accepts_touching_periods() -> None:
    hours = parse_opening_hours({"weekly": {"friday": ["14:00-16:00", "16:00-18:00"]}})
    assert hours.is_open(local(2026, 11, 27, 16, 0))


def test_it_refuses_a_holiday_that_is_not_a_date__error() -> None:
    assert problems_of({"holidays": ["2026-12-25", "25-12-2026", "2026-02-30", 20261225]}) == [
        "Jeugdzorg Test: item holidays[1]: 'holidays[1]' is invalid: '25-12-2026' is not a "
        "date; write YYYY-MM-DD.",
        "Jeugdzorg Test: item holidays[2]: 'holidays[2]' is invalid: '2026-02-30' is not a "
        "date; write YYYY-MM-DD.",
        "Jeugdzorg Test: item holidays[3]: 'holidays[3]' is invalid: '20261225' is not a "
        "date; write YYYY-MM-DD.",
    ]


def test_it_refuses_an_unknown_key_and_reports_everything_at_once__error() -> None:
    lines = problems_of(
        {"timezone": "Europe/Paris", "weekly": "always", "holidays": "none", "open": True}
    )
    assert lines == [
        "Jeugdzorg Test: item open: unknown field 'open'; allowed are: holidays, timezone, weekly.",
        "Jeugdzorg Test: item timezone: 'timezone' is invalid: 'Europe/Paris' is not an allowed "
        "time zone; choose Europe/Amsterdam or Europe/Brussels.",
        "Jeugdzorg Test: item weekly: 'weekly' is invalid: expected a mapping of day to times, "
        'such as monday: ["19:00-23:00"].',
        "Jeugdzorg Test: item holidays: 'holidays' is invalid: expected a list of dates such as "
        '"2026-12-25".',
    ]


def test_it_says_what_is_wrong_in_dutch_too__error() -> None:
    with pytest.raises(SignaalError) as caught:
        parse_opening_hours({"weekly": {"friday": ["laat"]}}, source="Jeugdzorg Test")
    assert caught.value.render(Lang.NL) == (
        "Jeugdzorg Test: item weekly.friday[0]: 'weekly.friday[0]' is ongeldig: 'laat' is geen "
        "tijdvak; schrijf UU:MM-UU:MM, zoals 19:00-23:00."
    )
