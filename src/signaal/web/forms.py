"""Answers posted by a questionnaire page, checked by the core before anything uses them.

A page posts the answers of every page (the current one as radio buttons, the others as
hidden fields), so the Quickscan needs no server-side state at all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from signaal.core.errors import SignaalError
from signaal.core.i18n import Lang, LocalText
from signaal.core.screening.answers import Answers, parse_answers
from signaal.core.screening.model import Instrument

CONTEXT_FIELDS = ("age", "lvb", "land")
LVB_VALUES = {"yes": True, "no": False, "unknown": None, "": None}


@dataclass(frozen=True)
class Posted:
    answers: Answers
    raw: dict[str, str]  # field name -> value, to post again as hidden fields


class BadAnswers(Exception):
    """Posted answers that do not fit the instrument; the message names the field."""

    def __init__(self, message: LocalText) -> None:
        super().__init__(message.en)
        self.message = message

    def render(self, lang: Lang) -> str:
        return self.message.get(lang)


def field_name(item_id: str) -> str:
    return f"item_{item_id}"


def read_answers(instrument: Instrument, data: Mapping[str, Any]) -> Posted:
    """Answers from POST data; unknown fields are ignored, bad values raise ``BadAnswers``."""
    raw: dict[str, str] = {}
    payload: dict[str, Any] = {}
    for item_id in instrument.items:
        value = str(data.get(field_name(item_id), "")).strip()
        if value:
            raw[field_name(item_id)] = value
            payload[item_id] = value
    age = str(data.get("age", "")).strip()
    if age:
        raw["age"] = age
        if not re.fullmatch(r"[0-9]{1,2}", age):  # isdigit() accepts superscripts
            raise BadAnswers(
                LocalText(
                    f"leeftijd: '{age[:10]}' is geen heel getal van 0 tot en met 99",
                    f"age: '{age[:10]}' is not a whole number from 0 to 99",
                )
            )
        payload["age"] = int(age)
    lvb = str(data.get("lvb", "")).strip()
    if lvb not in LVB_VALUES:
        raise BadAnswers(
            LocalText(
                f"lvb: '{lvb[:10]}' is niet yes, no of unknown",
                f"lvb: '{lvb[:10]}' is not yes, no or unknown",
            )
        )
    if lvb:
        raw["lvb"] = lvb
    payload["intellectual_disability"] = LVB_VALUES[lvb]
    land = str(data.get("land", "")).strip()
    if land:
        raw["land"] = land
        payload["country"] = land
    try:
        answers = parse_answers(instrument, payload, source="form")
    except SignaalError as exc:
        raise BadAnswers(LocalText(exc.render(Lang.NL), exc.render(Lang.EN))) from None
    return Posted(answers, raw)
