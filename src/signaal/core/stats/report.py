"""The yearly figures, exactly as issue 6 defines them.

- **Who counts**: a visitor counts for the year when they have at least one contact in that
  year with ``contact_type`` substantive and ``trafficking_question`` yes; only those contacts
  are used. Contacts of other years, and other contacts of the year, are ignored.
- **Repeat visitors**: each field takes the value of the visitor's latest counted contact in
  the year (by date, then contact_id) whose value is known: not ``unknown`` and not empty (a
  multiple field answered with ``unknown`` alone is unknown).
- **Victims**: counted visitors with about ``self`` and victim ``yes``.
- **A figure**: ``n`` is the number of victims whose value for the figure's field is known,
  ``count`` how many of those have the property, ``pct`` = 100 · count / n rounded to one
  decimal, half up (see ``percentage``); ``pct`` is None when n is 0.
  ``parent_cases_longer_than_2_years`` is over the victims with a parent perpetrator.
- **youngest_age**: the lowest known age among the victims (None when no age is known).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from signaal.core.helpline.form import Answer
from signaal.core.i18n import LocalText
from signaal.core.stats.records import RegistrationRecord

UNKNOWN = "unknown"
# the years the figures can be asked for (the command line and the statistics page)
FIRST_YEAR, LAST_YEAR = 2000, 2100
Profile = Mapping[str, Answer]


def known(value: Answer) -> bool:
    """Whether an answer says something: not empty and not ``unknown``."""
    if value is None or value == "" or value == UNKNOWN:
        return False
    if isinstance(value, list):
        return bool(value) and value != [UNKNOWN]
    return True


def percentage(count: int, n: int) -> float | None:
    """100 · count / n rounded to one decimal, half up, computed exactly on the fraction
    (so 1/16 = 6.25 % gives 6.3; Python's ``round`` would give 6.2, rounding half to even
    on the nearest binary float). None when n is 0."""
    if n <= 0:
        return None
    tenths = (2000 * count + n) // (2 * n)  # floor(1000·count/n + 1/2), in integers
    return tenths / 10


def _has(*codes: str) -> Callable[[Answer], bool]:
    def test(value: Answer) -> bool:
        if isinstance(value, list):
            return any(code in value for code in codes)
        return value in codes

    return test


def _age_at_most(limit: int) -> Callable[[Answer], bool]:
    return lambda value: isinstance(value, int) and value <= limit


def _not(*codes: str) -> Callable[[Answer], bool]:
    return lambda value: isinstance(value, str) and value not in codes


@dataclass(frozen=True, slots=True)
class FigureDef:
    name: str
    label: LocalText
    # the field whose known value puts a victim in n, and the property counted
    field: str
    has: Callable[[Answer], bool]
    # "over whom": all victims, or (parent cases) the victims with a parent perpetrator
    among_parent_perpetrator: bool = False


FIGURES: tuple[FigureDef, ...] = (
    FigureDef(
        "sexual_exploitation",
        LocalText("Seksuele uitbuiting", "Sexual exploitation"),
        "exploitation",
        _has("sexual"),
    ),
    FigureDef(
        "criminal_exploitation",
        LocalText("Criminele uitbuiting", "Criminal exploitation"),
        "exploitation",
        _has("criminal"),
    ),
    FigureDef(
        "first_disclosure",
        LocalText("Vertelt het voor het eerst aan iemand", "Tells anyone for the first time"),
        "first_disclosure",
        _has("yes"),
    ),
    FigureDef(
        "minor",
        LocalText("Minderjarig (jonger dan 18)", "Minor (under 18)"),
        "age",
        _age_at_most(17),
    ),
    FigureDef(
        "age_15_or_younger",
        LocalText("15 jaar of jonger", "Aged 15 or younger"),
        "age",
        _age_at_most(15),
    ),
    FigureDef(
        "still_exploited",
        LocalText("Wordt nog uitgebuit", "Still being exploited"),
        "still_exploited",
        _has("yes"),
    ),
    FigureDef(
        "multiple_perpetrators",
        LocalText("Meer dan één dader", "More than one perpetrator"),
        "perpetrators",
        _has("2_3", "gt_3"),
    ),
    FigureDef(
        "parent_perpetrator",
        LocalText("Een (stief)ouder is dader", "A (step)parent is a perpetrator"),
        "perpetrator_relation",
        _has("parent"),
    ),
    FigureDef(
        "parent_cases_longer_than_2_years",
        LocalText(
            "Met een (stief)ouder als dader: langer dan 2 jaar uitgebuit",
            "With a (step)parent as perpetrator: exploited for more than 2 years",
        ),
        "duration",
        _has("2_5_years", "gt_5_years"),
        among_parent_perpetrator=True,
    ),
    FigureDef(
        "met_online",
        LocalText("Dader online leren kennen", "Met the perpetrator online"),
        "first_contact_channel",
        _not("offline", UNKNOWN),
    ),
    FigureDef(
        "met_via_social_media",
        LocalText("Dader via sociale media leren kennen", "Met the perpetrator via social media"),
        "first_contact_channel",
        _has("social_media"),
    ),
    FigureDef(
        "threat_of_images",
        LocalText(
            "Gedwongen met dreigen met naaktbeelden", "Coerced by threat of sharing nude images"
        ),
        "coercion",
        _has("threat_images"),
    ),
)
FIGURE_NAMES = tuple(f.name for f in FIGURES)
PARENT = next(f for f in FIGURES if f.name == "parent_perpetrator")


@dataclass(frozen=True, slots=True)
class Figure:
    count: int
    n: int
    pct: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"count": self.count, "n": self.n, "pct": self.pct}


@dataclass(frozen=True)
class YearReport:
    year: int
    unique_visitors: int
    victims: int
    youngest_age: int | None
    figures: dict[str, Figure]

    def to_dict(self) -> dict[str, Any]:
        """The issue's JSON: year, unique_visitors, victims, youngest_age, figures."""
        return {
            "year": self.year,
            "unique_visitors": self.unique_visitors,
            "victims": self.victims,
            "youngest_age": self.youngest_age,
            "figures": {name: figure.to_dict() for name, figure in self.figures.items()},
        }


def counts_for_year(record: RegistrationRecord, year: int) -> bool:
    """A contact that counts: in the year, substantive, and about human trafficking."""
    answers = record.answers
    return (
        record.date.year == year
        and answers.get("contact_type") == "substantive"
        and answers.get("trafficking_question") == "yes"
    )


def profiles(records: Iterable[RegistrationRecord], year: int) -> dict[str, dict[str, Answer]]:
    """Per counted visitor, each field's latest known value among their counted contacts."""
    contacts: dict[str, list[RegistrationRecord]] = defaultdict(list)
    for record in records:
        if counts_for_year(record, year):
            contacts[record.visitor].append(record)
    out: dict[str, dict[str, Answer]] = {}
    for visitor, theirs in contacts.items():
        merged: dict[str, Answer] = {}
        for record in sorted(theirs, key=lambda r: (r.date, r.contact_id)):
            for key, value in record.answers.items():
                if known(value):
                    merged[key] = value
        out[visitor] = merged
    return out


def is_victim(profile: Profile) -> bool:
    return profile.get("about") == "self" and profile.get("victim") == "yes"


def compute_report(records: Iterable[RegistrationRecord], year: int) -> YearReport:
    visitors = profiles(records, year)
    victims = [p for p in visitors.values() if is_victim(p)]
    with_parent = [p for p in victims if known(p.get(PARENT.field)) and PARENT.has(p[PARENT.field])]
    figures: dict[str, Figure] = {}
    for definition in FIGURES:
        base = with_parent if definition.among_parent_perpetrator else victims
        values = [p[definition.field] for p in base if known(p.get(definition.field))]
        count = sum(1 for value in values if definition.has(value))
        figures[definition.name] = Figure(count, len(values), percentage(count, len(values)))
    ages = [p["age"] for p in victims if isinstance(p.get("age"), int)]
    youngest = min((a for a in ages if isinstance(a, int)), default=None)
    return YearReport(year, len(visitors), len(victims), youngest, figures)
