"""Shared helpers for golden cases: build answers, score, and summarise a result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from signaal.core.screening.answers import Answers, parse_answers
from signaal.core.screening.loader import get_instrument
from signaal.core.screening.model import Answer, Instrument
from signaal.core.screening.scoring import Result, score


@dataclass(frozen=True)
class Case:
    """One golden case: answers in, the exact outcome out."""

    name: str
    answers: dict[str, Any]
    profile: str | None
    acute: bool
    rules: list[str]
    advice: list[str]
    levels: dict[str, str] = field(default_factory=dict)
    base: str = "absent"  # what every other item is answered: absent, unknown or none


def answers_for(instrument: Instrument, case: Case) -> Answers:
    data: dict[str, Any] = {}
    if case.base != "none":
        data = {item_id: case.base for item_id in instrument.items}
    data.update(case.answers)
    return parse_answers(instrument, data)


def run(instrument_id: str, case: Case) -> Result:
    instrument = get_instrument(instrument_id)
    return score(instrument, answers_for(instrument, case))


def fired_rules(result: Result) -> list[str]:
    """Rule ids in the order the explanation cites them, each once."""
    seen: list[str] = []
    for reason in result.explanation:
        if reason.rule not in seen:
            seen.append(reason.rule)
    return seen


def raised_levels(result: Result) -> dict[str, str]:
    return {
        a.area.id: a.level.value
        for a in result.areas
        if a.level is not None and a.level.value != "geen"
    }


def all_answered(instrument: Instrument, value: Answer) -> dict[str, str]:
    return {item_id: value.value for item_id in instrument.items}
