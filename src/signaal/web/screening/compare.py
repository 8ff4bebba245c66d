"""Final screenings of one client side by side, and what changed from one to the next."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from signaal.core.i18n import Lang
from signaal.web.screening.models import Screening


@dataclass
class Change:
    """What differs between a screening and the one finalised before it."""

    before: dt.datetime | None = None
    after: dt.datetime | None = None
    profile: tuple[str, str] | None = None
    acute: tuple[bool, bool] | None = None
    areas: list[tuple[str, str, str]] = field(default_factory=list)  # title, before, after
    added: list[str] = field(default_factory=list)  # signal texts
    removed: list[str] = field(default_factory=list)


@dataclass
class History:
    screenings: list[Screening]
    rows: list[tuple[str, list[str]]]  # area title, level per screening
    changes: list[Change]


def _areas(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in data["areas"]}


def _signals(data: dict[str, Any]) -> dict[str, str]:
    return {s["id"]: s["text"] for a in data["areas"] for s in a["signals"]}


def compare(finals: list[Screening], lang: Lang) -> History:
    """``finals`` in order of finalisation; areas are matched by id, not by position, so
    snapshots made with another instrument version still line up."""
    kept = [s for s in finals if s.result]
    snapshots = [s.result[lang.value] for s in kept]
    rows: list[tuple[str, list[str]]] = []
    if snapshots:
        for area in snapshots[-1]["areas"]:
            levels = [_areas(snap).get(area["id"], {}).get("level") or "" for snap in snapshots]
            rows.append((area["title"], levels))
    changes = [Change()]
    for (before, after), (old_s, new_s) in zip(pairwise(snapshots), pairwise(kept), strict=True):
        change = Change(before=old_s.finalised_at, after=new_s.finalised_at)
        if before["profile"] != after["profile"]:
            change.profile = (before["profile"], after["profile"])
        if before["acute"] != after["acute"]:
            change.acute = (before["acute"], after["acute"])
        before_areas = _areas(before)
        for new in after["areas"]:
            old = before_areas.get(new["id"])
            if old is not None and old["level"] != new["level"]:
                change.areas.append((new["title"], old["level"], new["level"]))
        old_signals, new_signals = _signals(before), _signals(after)
        change.added = [t for k, t in new_signals.items() if k not in old_signals]
        change.removed = [t for k, t in old_signals.items() if k not in new_signals]
        changes.append(change)
    return History(kept, rows, changes)
