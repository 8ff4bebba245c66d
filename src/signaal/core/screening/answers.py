"""Answers to an instrument, read from JSON: item id -> present/absent/unknown, plus context."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from signaal.core.errors import ErrorCode, Problem, problem, raise_if
from signaal.core.i18n import LocalText
from signaal.core.knowledge.model import Country
from signaal.core.screening.model import Answer, Instrument
from signaal.core.sources import json_keys, parse_json, read_text

MAX_ANSWERS_BYTES = 256 * 1024
CONTEXT_KEYS = ("age", "intellectual_disability", "country")


@dataclass(frozen=True)
class Answers:
    """What the person filled in. Items left out count as unanswered gaps, never as absent."""

    responses: Mapping[str, Answer] = field(default_factory=dict)
    age: int | None = None
    intellectual_disability: bool | None = None
    country: Country | None = None


def parse_answers(
    instrument: Instrument, data: Any, *, source: str = "answers", text: str = ""
) -> Answers:
    """Check every key and value against ``instrument``; raise with every problem found."""
    problems: list[Problem] = []
    lines: dict[str, int] | None = None

    def add(code: ErrorCode, key: str | None, **params: object) -> None:
        nonlocal lines
        if lines is None:  # one pass over the text, only when there is a problem to place
            lines = {}
            for k in json_keys(text) if text else ():
                if k.depth == 1:
                    lines.setdefault(k.key, k.line)
        line = lines.get(key) if key is not None else None
        problems.append(problem(code, file=source, line=line, item=key, **params))

    if not isinstance(data, dict):
        add(
            ErrorCode.WRONG_TYPE,
            None,
            field="answers",
            expected=LocalText(
                'een JSON-object {"item": "present"}', 'a JSON object {"item": "present"}'
            ),
            actual=json_repr(data),
        )
        raise_if(problems)
    responses: dict[str, Answer] = {}
    age: int | None = None
    disability: bool | None = None
    country: Country | None = None
    for key, value in data.items():
        if key == "age":
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 99:
                add(
                    ErrorCode.INVALID_CONTEXT,
                    key,
                    field="age",
                    detail=LocalText(
                        f"{json_repr(value)} is geen heel getal van 0 tot en met 99",
                        f"{json_repr(value)} is not a whole number from 0 to 99",
                    ),
                )
            else:
                age = value
        elif key == "intellectual_disability":
            if value is not None and not isinstance(value, bool):
                add(
                    ErrorCode.INVALID_CONTEXT,
                    key,
                    field=key,
                    detail=LocalText(
                        f"{json_repr(value)} is niet true of false",
                        f"{json_repr(value)} is not true or false",
                    ),
                )
            else:
                disability = value
        elif key == "country":
            if value not in ("NL", "BE"):
                add(
                    ErrorCode.INVALID_CONTEXT,
                    key,
                    field=key,
                    detail=LocalText(
                        f'{json_repr(value)} is niet "NL" of "BE"',
                        f'{json_repr(value)} is not "NL" or "BE"',
                    ),
                )
            else:
                country = Country(value)
        elif key not in instrument.items:
            add(
                ErrorCode.UNKNOWN_ITEM,
                key,
                value=key,
                instrument=instrument.label,
                instrument_id=instrument.id,
            )
        elif not isinstance(value, str) or value not in {a.value for a in Answer}:
            add(ErrorCode.INVALID_ANSWER, key, value=json_repr(value))
        else:
            responses[key] = Answer(value)
    raise_if(problems)
    return Answers(responses, age=age, intellectual_disability=disability, country=country)


def load_answers(instrument: Instrument, path: Path, *, label: str | None = None) -> Answers:
    name = label or str(path)
    text = read_text(path, max_bytes=MAX_ANSWERS_BYTES, label=name)
    return parse_answers(instrument, parse_json(text, name=name), source=name, text=text)


def json_repr(value: object) -> str:
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 60 else shown[:57] + "..."
