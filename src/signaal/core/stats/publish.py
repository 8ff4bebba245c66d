"""Disclosure control for publishing the yearly figures (``--publish``, the CSV and the PDF).

The rules (docs/stats.md explains them with examples):

1. **No count under 10** is shown: it reads ``"<10"``. Zero is under 10 too (a zero can
   disclose: "none of them" says something about every one of them).
2. **No percentage whose count or n is under 10**: ``pct`` is None and the figure is marked
   ``suppressed``. When n is under 10, n reads ``"<10"`` as well (and so does the count).
3. **Complement**: a figure shows count and n, so n − count (the victims with a known value
   who do *not* have the property) can be worked out. When that is under 10 the count is
   hidden too (None, not "<10": it is not small itself) and so is the percentage.
4. **Figures that share an n** split the same victims into three groups; with n and both
   counts shown, every group can be worked out:
   - ``minor`` ⊃ ``age_15_or_younger`` (groups: 15 or younger, 16–17, adult) and
     ``met_online`` ⊃ ``met_via_social_media`` (social media, other online, offline): the
     middle group is the difference of the two counts;
   - ``sexual_exploitation`` and ``criminal_exploitation`` (sexual, criminal, the rest): the
     rest is n minus both counts.
   When the middle group or the rest is under 10 while both counts are shown, the second,
   more specific figure (``age_15_or_younger``, ``met_via_social_media``,
   ``criminal_exploitation``) is hidden as in rule 3.
5. **Parent cases**: ``parent_cases_longer_than_2_years`` is over some of the victims
   counted in ``parent_perpetrator``, so its n is a lower bound of that count (and equal to
   it when every parent case has a known duration). When the parent count is hidden by rule
   3, the parent cases' n could give it back: their n, count and percentage are hidden too.
6. **Visitors and victims**: under 10 reads "<10"; when unique_visitors − victims (the
   visitors who are not counted as a victim) is under 10, unique_visitors is hidden (None).
7. ``youngest_age`` is never published: it is one person.

Not a disclosure: n − count is checked, but victims − n (how many victims a value is *not
known* of) says nothing about anyone, so it is not. Each year is published on its own; the
rules do not look across years.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from signaal.core.stats.report import YearReport

THRESHOLD = 10
UNDER = "<10"
# nested: (outer, inner), inner ⊂ outer over the same n
NESTED = (("minor", "age_15_or_younger"), ("met_online", "met_via_social_media"))
# disjoint: (first, second) over the same n; the rest of n is a third group
DISJOINT = (("sexual_exploitation", "criminal_exploitation"),)
# (whole, part): the part's n counts some of the people the whole's count counts
WITHIN = (("parent_perpetrator", "parent_cases_longer_than_2_years"),)

Shown = int | str | None


@dataclass(frozen=True, slots=True)
class PublishedFigure:
    count: Shown
    n: Shown
    pct: float | None
    suppressed: bool

    def to_dict(self) -> dict[str, Any]:
        return {"count": self.count, "n": self.n, "pct": self.pct, "suppressed": self.suppressed}


@dataclass(frozen=True)
class PublishedReport:
    year: int
    unique_visitors: Shown
    victims: Shown
    figures: dict[str, PublishedFigure]

    def to_dict(self) -> dict[str, Any]:
        """The issue's JSON without youngest_age; every figure says whether it is
        suppressed."""
        return {
            "year": self.year,
            "unique_visitors": self.unique_visitors,
            "victims": self.victims,
            "figures": {name: figure.to_dict() for name, figure in self.figures.items()},
        }


def _small(value: int) -> bool:
    return value < THRESHOLD


def _hidden(figure: PublishedFigure) -> PublishedFigure:
    return PublishedFigure(None, figure.n, None, True)


def publish(report: YearReport) -> PublishedReport:
    figures: dict[str, PublishedFigure] = {}
    for name, f in report.figures.items():
        if _small(f.n):
            figures[name] = PublishedFigure(UNDER, UNDER, None, True)
        elif _small(f.count):
            figures[name] = PublishedFigure(UNDER, f.n, None, True)
        elif _small(f.n - f.count):
            figures[name] = PublishedFigure(None, f.n, None, True)
        else:
            figures[name] = PublishedFigure(f.count, f.n, f.pct, False)
    for outer, inner in NESTED:
        if _both_shown(figures, outer, inner):
            middle = report.figures[outer].count - report.figures[inner].count
            if _small(middle):
                figures[inner] = _hidden(figures[inner])
    for first, second in DISJOINT:
        if _both_shown(figures, first, second):
            a, b = report.figures[first], report.figures[second]
            if _small(a.n - a.count - b.count):
                figures[second] = _hidden(figures[second])
    for whole, part in WITHIN:
        if figures[whole].count is None and isinstance(figures[part].n, int):
            figures[part] = PublishedFigure(None, None, None, True)
    visitors: Shown = report.unique_visitors
    victims: Shown = report.victims
    if _small(report.unique_visitors):
        visitors = victims = UNDER
    elif _small(report.victims):
        victims = UNDER
    elif _small(report.unique_visitors - report.victims):
        visitors = None
    return PublishedReport(report.year, visitors, victims, figures)


def _both_shown(figures: dict[str, PublishedFigure], a: str, b: str) -> bool:
    return isinstance(figures[a].count, int) and isinstance(figures[b].count, int)
