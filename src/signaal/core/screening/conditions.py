"""One small condition language for follow-up items (``show_if``) and advice (``when``).

Written in YAML as a one-key mapping, for example::

    show_if: {present: SW-ON-03}
    when: {all: [{profile_at_least: risico}, {phase: isoleren}]}

``show_if`` may only test answers; advice may also test the outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from signaal.core.errors import ErrorCode
from signaal.core.schema import Reader, describe
from signaal.core.screening.model import Answer, Level, Phase, Profile
from signaal.core.sources import YList, YMap, YNode, YScalar


class ContextFlag:
    UNDER_13 = "under_13"
    INTELLECTUAL_DISABILITY = "intellectual_disability"
    ALL = (UNDER_13, INTELLECTUAL_DISABILITY)


@dataclass(frozen=True)
class Facts:
    """What a condition can look at."""

    answers: Mapping[str, Answer]
    profile: Profile | None = None
    acute: bool = False
    phases: frozenset[Phase] = frozenset()
    levels: Mapping[str, Level] = field(default_factory=dict)
    flags: frozenset[str] = frozenset()
    signals: int = 0
    areas_with_signals: int = 0
    gaps: int = 0


@dataclass(frozen=True)
class AnswerIs:
    item: str
    answer: Answer
    line: int = 0

    outcome_based = False

    def holds(self, facts: Facts) -> bool:
        given = facts.answers.get(self.item)
        if self.answer is Answer.UNKNOWN:
            return given is None or given is Answer.UNKNOWN
        return given is self.answer

    def items(self) -> Iterator[tuple[str, int]]:
        yield self.item, self.line


@dataclass(frozen=True)
class AllOf:
    terms: tuple[Condition, ...]

    @property
    def outcome_based(self) -> bool:
        return any(t.outcome_based for t in self.terms)

    def holds(self, facts: Facts) -> bool:
        return all(t.holds(facts) for t in self.terms)

    def items(self) -> Iterator[tuple[str, int]]:
        for term in self.terms:
            yield from term.items()


@dataclass(frozen=True)
class AnyOf(AllOf):
    def holds(self, facts: Facts) -> bool:
        return any(t.holds(facts) for t in self.terms)


@dataclass(frozen=True)
class Not:
    term: Condition

    @property
    def outcome_based(self) -> bool:
        return self.term.outcome_based

    def holds(self, facts: Facts) -> bool:
        return not self.term.holds(facts)

    def items(self) -> Iterator[tuple[str, int]]:
        yield from self.term.items()


@dataclass(frozen=True)
class Outcome:
    """A test of the scored outcome (advice only)."""

    key: str
    value: object
    line: int = 0
    area: str | None = None

    outcome_based = True

    def holds(self, facts: Facts) -> bool:
        v = self.value
        if self.key == "always":
            return bool(v)
        if self.key == "profile":
            return facts.profile is v
        if self.key == "profile_at_least":
            return (
                facts.profile is not None
                and isinstance(v, Profile)
                and (facts.profile.rank >= v.rank)
            )
        if self.key == "acute":
            return facts.acute is v
        if self.key == "phase":
            return v in facts.phases
        if self.key == "context":
            return v in facts.flags
        if self.key == "area_at_least":
            level = facts.levels.get(self.area or "")
            return level is not None and isinstance(v, Level) and level.rank >= v.rank
        if self.key == "signals_at_least":
            return isinstance(v, int) and facts.signals >= v
        if self.key == "areas_with_signals_at_least":
            return isinstance(v, int) and facts.areas_with_signals >= v
        if self.key == "gaps_at_least":
            return isinstance(v, int) and facts.gaps >= v
        raise AssertionError(f"unhandled condition {self.key}")  # parse() admits no other

    def items(self) -> Iterator[tuple[str, int]]:
        return iter(())


Condition = AnswerIs | AllOf | AnyOf | Not | Outcome
_Bad = Callable[[int, str], None]

ANSWER_KEYS = {"present": Answer.PRESENT, "absent": Answer.ABSENT, "unknown": Answer.UNKNOWN}
COUNT_KEYS = ("signals_at_least", "areas_with_signals_at_least", "gaps_at_least")
KEYS = (
    *ANSWER_KEYS,
    "any_present",
    "all",
    "any",
    "not",
    "always",
    "profile",
    "profile_at_least",
    "acute",
    "phase",
    "context",
    "area_at_least",
    *COUNT_KEYS,
)


def parse(node: YNode, reader: Reader, *, item: str | None, field: str) -> Condition | None:
    """Read a condition; problems go to ``reader`` and the result is ``None``."""

    def bad(line: int, detail: str) -> None:
        reader.add(ErrorCode.INVALID_CONDITION, line=line, item=item, detail=detail)

    if not isinstance(node, YMap) or len(node.entries) != 1:
        bad(
            node.line,
            f"'{field}' must be a mapping with exactly one key, one of: " + ", ".join(KEYS),
        )
        return None
    key, value = next(iter(node.entries.items()))
    line = node.key_lines[key]
    if key not in KEYS:
        bad(line, f"unknown test '{key}'; use one of: " + ", ".join(KEYS))
        return None
    if key in ANSWER_KEYS:
        if not (isinstance(value, YScalar) and isinstance(value.value, str)):
            bad(line, f"'{key}' takes one item id, not {describe(value)}")
            return None
        return AnswerIs(value.value, ANSWER_KEYS[key], line)
    if key == "any_present":
        ids = value.items if isinstance(value, YList) else ()
        if not ids or not all(isinstance(n, YScalar) and isinstance(n.value, str) for n in ids):
            bad(line, "'any_present' takes a non-empty list of item ids")
            return None
        return AnyOf(
            tuple(
                AnswerIs(str(n.value), Answer.PRESENT, n.line)
                for n in ids
                if isinstance(n, YScalar)
            )
        )
    if key in ("all", "any"):
        if not isinstance(value, YList) or not value.items:
            bad(line, f"'{key}' takes a non-empty list of conditions")
            return None
        terms = [parse(n, reader, item=item, field=key) for n in value.items]
        if any(t is None for t in terms):
            return None
        found = tuple(t for t in terms if t is not None)
        return AllOf(found) if key == "all" else AnyOf(found)
    if key == "not":
        term = parse(value, reader, item=item, field=key)
        return Not(term) if term is not None else None
    return _outcome(key, value, line, bad)


def _outcome(key: str, value: YNode, line: int, bad: _Bad) -> Condition | None:
    raw = value.value if isinstance(value, YScalar) else None
    if key in ("always", "acute"):
        if not isinstance(raw, bool):
            bad(line, f"'{key}' takes true or false")
            return None
        return Outcome(key, raw, line)
    if key in COUNT_KEYS:
        if not isinstance(raw, int) or isinstance(raw, bool) or raw < 0:
            bad(line, f"'{key}' takes a whole number of 0 or more")
            return None
        return Outcome(key, raw, line)
    if key in ("profile", "profile_at_least"):
        return _enum_outcome(key, raw, Profile, line, bad)
    if key == "phase":
        return _enum_outcome(key, raw, Phase, line, bad)
    if key == "context":
        if raw not in ContextFlag.ALL:
            bad(line, f"'context' takes one of: {', '.join(ContextFlag.ALL)}")
            return None
        return Outcome(key, raw, line)
    # area_at_least: {area: ID, level: LEVEL}
    if not isinstance(value, YMap) or set(value.entries) != {"area", "level"}:
        bad(line, "'area_at_least' takes a mapping with 'area' and 'level'")
        return None
    area, level = value.entries["area"], value.entries["level"]
    levels = [lv.value for lv in Level]
    if not (isinstance(area, YScalar) and isinstance(area.value, str)):
        bad(line, "'area' must be an area id")
        return None
    if not (isinstance(level, YScalar) and level.value in levels):
        bad(line, f"'level' must be one of: {', '.join(levels)}")
        return None
    return Outcome(key, Level(str(level.value)), line, area=area.value)


def _enum_outcome(
    key: str, raw: object, kind: type[Profile] | type[Phase], line: int, bad: _Bad
) -> Condition | None:
    allowed = [k.value for k in kind]
    if raw not in allowed:
        bad(line, f"'{key}' takes one of: {', '.join(allowed)}")
        return None
    return Outcome(key, kind(str(raw)), line)


def outcome_keys(condition: Condition) -> list[str]:
    """The outcome tests in a condition (``profile``, ``acute``, ...), in order, each once."""
    if isinstance(condition, Outcome):
        return [condition.key]
    terms: tuple[Condition, ...] = ()
    if isinstance(condition, AllOf):
        terms = condition.terms
    elif isinstance(condition, Not):
        terms = (condition.term,)
    found: list[str] = []
    for term in terms:
        found += [k for k in outcome_keys(term) if k not in found]
    return found


def area_refs(condition: Condition) -> Iterator[tuple[str, int]]:
    """Area ids a condition names, with lines, for reference checks."""
    if isinstance(condition, Outcome) and condition.area is not None:
        yield condition.area, condition.line
    elif isinstance(condition, AllOf):
        for term in condition.terms:
            yield from area_refs(term)
    elif isinstance(condition, Not):
        yield from area_refs(condition.term)
