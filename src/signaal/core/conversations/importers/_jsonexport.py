"""Helpers shared by the importers of apps' JSON exports (Instagram, Messenger, Snapchat,
Telegram, Discord): strict parsing, type checks that name where a file is wrong, and times."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from signaal.core.conversations.importers.base import Source
from signaal.core.sources import parse_json

MEDIA = "[media]"  # the same placeholder the WhatsApp importer uses for photos and the like


def load(source: Source, fmt: str) -> Any:
    """The file as JSON: strict UTF-8 (ENCODING), strict JSON (JSON_SYNTAX with its line),
    bounded depth (TOO_DEEP); everything else is for the importer to check."""
    return parse_json(source.text(), name=source.name)


def looks_like(source: Source, *keys: str) -> bool:
    """Cheap sniffing: the head is a JSON object that has every one of these keys.

    A key inside a message's text is escaped (\\"key\\"), so it does not count."""
    if source.is_zip or not source.head.lstrip().startswith("{"):
        return False
    return all(re.search(rf'"{re.escape(key)}"\s*:', source.head) for key in keys)


def kind(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    return "null"


def obj(source: Source, fmt: str, value: object, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise source.fail(fmt, f"{what} must be an object, not {kind(value)}")
    return value


def items(source: Source, fmt: str, value: object, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise source.fail(fmt, f"{what} must be a list, not {kind(value)}")
    return value


def text(source: Source, fmt: str, data: dict[str, Any], key: str, what: str) -> str:
    if key not in data:
        raise source.fail(fmt, f"{what} has no '{key}'")
    value = data[key]
    if not isinstance(value, str):
        raise source.fail(fmt, f"'{key}' of {what} must be text, not {kind(value)}")
    return value


def iso_time(source: Source, fmt: str, value: object, what: str) -> dt.datetime:
    """An ISO 8601 time; aware when the export states an offset, naive (local) otherwise."""
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise source.fail(fmt, f"{what} has time {value!r}, not an ISO 8601 date and time")


def epoch_time(source: Source, fmt: str, seconds: float, what: str) -> dt.datetime:
    try:
        return dt.datetime.fromtimestamp(seconds, dt.UTC)
    except (OverflowError, ValueError, OSError):
        raise source.fail(fmt, f"{what} has time {seconds!r}, out of range") from None
