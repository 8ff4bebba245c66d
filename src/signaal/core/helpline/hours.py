"""Opening hours of a help chat: weekly hours and holidays, in local (wall-clock) time.

Stored per organisation as plain data::

    {"timezone": "Europe/Amsterdam",
     "weekly": {"monday": ["19:00-23:00"], "friday": ["19:00-02:00"]},
     "holidays": ["2026-12-25"]}

- Times are wall-clock times in ``timezone`` (Europe/Amsterdam or Europe/Brussels), so
  "19:00" stays 19:00 across the change to and from summer time.
- A period whose end is not after its start runs past midnight: "21:00-02:00" on Friday
  closes at 02:00 on Saturday; "19:00-00:00" (stored as "19:00-24:00") closes at midnight,
  and "00:00-24:00" is the whole day.
- A holiday cancels the periods that *start* on that date; a night period that started the
  evening before still runs until its end.
- A day left out of ``weekly`` is closed. No periods at all means the chat is never open.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from signaal.core.errors import ErrorCode, Problem, SignaalError, problem, raise_if
from signaal.core.i18n import LocalText

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
TIMEZONES = ("Europe/Amsterdam", "Europe/Brussels")
# the end may be 24:00 (midnight at the end of the day); 00:00-24:00 is the whole day
PERIOD = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-(([01]\d|2[0-3]):([0-5]\d)|24:00)$")
# how far ahead next_opening looks: a year and a bit covers any weekly schedule with holidays
HORIZON_DAYS = 400

# reports one problem: the field path, then the Dutch and English detail
_Bad = Callable[[str, str, str], None]


@dataclass(frozen=True, slots=True)
class Period:
    start: time
    end: time

    @property
    def overnight(self) -> bool:
        return self.end <= self.start

    def text(self) -> str:
        end = "24:00" if self.end == time(0) else f"{self.end:%H:%M}"
        return f"{self.start:%H:%M}-{end}"


@dataclass(frozen=True)
class OpeningHours:
    timezone: str = "Europe/Amsterdam"
    # index 0 is Monday, as date.weekday()
    weekly: tuple[tuple[Period, ...], ...] = ((),) * 7
    holidays: frozenset[date] = field(default_factory=frozenset)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def periods_starting_on(self, day: date) -> tuple[Period, ...]:
        if day in self.holidays:
            return ()
        return self.weekly[day.weekday()]

    def is_open(self, at: datetime) -> bool:
        """Whether the chat is open at the moment ``at`` (which must carry a time zone)."""
        local = _aware(at).astimezone(self.zone)
        today, now = local.date(), local.time().replace(tzinfo=None)
        for p in self.periods_starting_on(today):
            if p.start <= now and (p.overnight or now < p.end):
                return True
        yesterday = today - timedelta(days=1)
        return any(p.overnight and now < p.end for p in self.periods_starting_on(yesterday))

    def next_opening(self, at: datetime) -> datetime | None:
        """``at`` itself when open; else the first moment after it that the chat opens, in
        the local time zone; ``None`` when it does not open in the next 400 days.

        A period that starts at a time skipped by the change to summer time (02:30 on the
        last Sunday of March) opens at the change itself (03:00 summer time).
        """
        at = _aware(at)
        if self.is_open(at):
            return at.astimezone(self.zone)
        first = at.astimezone(self.zone).date()
        for offset in range(HORIZON_DAYS):
            day = first + timedelta(days=offset)
            starts = sorted(
                _first_instant(day, p.start, self.zone) for p in self.periods_starting_on(day)
            )
            for moment in starts:
                if moment > at:
                    return moment.astimezone(self.zone)
        return None

    def to_data(self) -> dict[str, object]:
        """The plain data this was read from, normalised (the form to store)."""
        return {
            "timezone": self.timezone,
            "weekly": {
                DAYS[i]: [p.text() for p in periods]
                for i, periods in enumerate(self.weekly)
                if periods
            },
            "holidays": sorted(d.isoformat() for d in self.holidays),
        }


def _aware(at: datetime) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        # a naive time would silently be read as server-local time
        raise ValueError("opening hours need a datetime with a time zone")
    return at


def _first_instant(day: date, wall: time, zone: ZoneInfo) -> datetime:
    """The first moment (UTC) at which the local clock on ``day`` shows ``wall`` or later.

    Usually that is ``day wall`` itself. For a wall time inside the spring gap it is the
    moment of the change; for one in the repeated autumn hour, the first occurrence.
    """
    naive = datetime.combine(day, wall)
    candidate = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if candidate.astimezone(zone).replace(tzinfo=None) == naive:
        return candidate
    # in the gap: fold=1 reads the wall time with the offset after the change, which gives a
    # moment before the change; the change lies between the two readings
    low = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    high = candidate
    if low > high:
        low, high = high, low
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(zone).replace(tzinfo=None) >= naive:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0)


# --- reading ---------------------------------------------------------------------------


def parse_opening_hours(data: object, *, source: str = "opening_hours") -> OpeningHours:
    """Read opening hours from plain data (as stored in JSON), checking everything.

    Raises one ``SignaalError`` with every problem; each names the field path, such as
    ``weekly.friday[1]``.
    """
    problems: list[Problem] = []

    def bad(path: str, nl: str, en: str) -> None:
        problems.append(
            problem(
                ErrorCode.INVALID_HOURS,
                file=source,
                item=path,
                field=path,
                detail=LocalText(nl, en),
            )
        )

    if not isinstance(data, Mapping):
        bad(
            "opening_hours",
            "verwacht een mapping met timezone, weekly en holidays",
            "expected a mapping with timezone, weekly and holidays",
        )
        raise SignaalError(problems)
    for key in data:
        if key not in ("timezone", "weekly", "holidays"):
            problems.append(
                problem(
                    ErrorCode.UNKNOWN_FIELD,
                    file=source,
                    item=str(key),
                    field=key,
                    allowed="holidays, timezone, weekly",
                )
            )
    zone = data.get("timezone", "Europe/Amsterdam")
    if zone not in TIMEZONES:
        bad(
            "timezone",
            f"'{zone}' is geen toegestane tijdzone; kies {' of '.join(TIMEZONES)}",
            f"'{zone}' is not an allowed time zone; choose {' or '.join(TIMEZONES)}",
        )
        zone = "Europe/Amsterdam"
    weekly = _weekly(data.get("weekly", {}), bad)
    holidays = _holidays(data.get("holidays", []), bad)
    raise_if(problems)
    return OpeningHours(str(zone), weekly, holidays)


def _weekly(node: object, bad: _Bad) -> tuple[tuple[Period, ...], ...]:
    if not isinstance(node, Mapping):
        bad(
            "weekly",
            'verwacht een mapping van dag naar tijden, zoals monday: ["19:00-23:00"]',
            'expected a mapping of day to times, such as monday: ["19:00-23:00"]',
        )
        return ((),) * 7
    out: list[tuple[Period, ...]] = [() for _ in DAYS]
    for day, periods in node.items():
        if day not in DAYS:
            bad(
                f"weekly.{day}",
                f"'{day}' is geen dag; gebruik {', '.join(DAYS)}",
                f"'{day}' is not a day; use {', '.join(DAYS)}",
            )
            continue
        if not isinstance(periods, list):
            bad(
                f"weekly.{day}",
                'verwacht een lijst van tijden zoals "19:00-23:00"',
                'expected a list of times such as "19:00-23:00"',
            )
            continue
        read: list[Period] = []
        for i, text in enumerate(periods):
            match = PERIOD.match(text) if isinstance(text, str) else None
            if match is None:
                bad(
                    f"weekly.{day}[{i}]",
                    f"'{text}' is geen tijdvak; schrijf UU:MM-UU:MM, zoals 19:00-23:00",
                    f"'{text}' is not a period; write HH:MM-HH:MM, such as 19:00-23:00",
                )
                continue
            h1, m1 = int(match.group(1)), int(match.group(2))
            end = match.group(3)
            period = Period(time(h1, m1), time(0) if end == "24:00" else time.fromisoformat(end))
            if period.start == period.end and end != "24:00":
                bad(
                    f"weekly.{day}[{i}]",
                    f"'{text}' begint en eindigt op dezelfde tijd",
                    f"'{text}' starts and ends at the same time",
                )
                continue
            read.append(period)
        read.sort(key=lambda p: p.start)
        for a, b in pairwise(read):
            if a.overnight or b.start < a.end:
                bad(
                    f"weekly.{day}",
                    f"tijdvakken {a.text()} en {b.text()} overlappen",
                    f"periods {a.text()} and {b.text()} overlap",
                )
        out[DAYS.index(day)] = tuple(read)
    return tuple(out)


def _holidays(node: object, bad: _Bad) -> frozenset[date]:
    if not isinstance(node, list):
        bad(
            "holidays",
            'verwacht een lijst van datums zoals "2026-12-25"',
            'expected a list of dates such as "2026-12-25"',
        )
        return frozenset()
    out: set[date] = set()
    for i, text in enumerate(node):
        try:
            if not isinstance(text, str) or len(text) != 10:
                raise ValueError
            out.add(date.fromisoformat(text))
        except ValueError:
            bad(
                f"holidays[{i}]",
                f"'{text}' is geen datum; schrijf JJJJ-MM-DD",
                f"'{text}' is not a date; write YYYY-MM-DD",
            )
    return frozenset(out)
