"""Final screenings of one client side by side, and what changed from one to the next."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from signaal.core.i18n import Lang
from signaal.web.screening.models import Screening

LEVEL_RANK = {"geen": 0, "signalen": 1, "zorg": 2, "ernstige_zorg": 3}
PROFILE_RANK = {"geen_of_nauwelijks_risico": 0, "risico": 1, "verhoogd_risico": 2}


@dataclass
class Change:
    """What differs between a screening and the one before it."""

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


def _signals(data: dict[str, Any]) -> dict[str, str]:
    return {s["id"]: s["text"] for a in data["areas"] for s in a["signals"]}


def compare(finals: list[Screening], lang: Lang) -> History:
    snapshots = [s.result[lang.value] for s in finals if s.result]
    rows: list[tuple[str, list[str]]] = []
    if snapshots:
        for index, area in enumerate(snapshots[0]["areas"]):
            levels = [
                snap["areas"][index]["level"] or ""
                for snap in snapshots
                if index < len(snap["areas"])
            ]
            rows.append((area["title"], levels))
    changes = [Change()]
    for before, after in pairwise(snapshots):
        change = Change()
        if before["profile"] != after["profile"]:
            change.profile = (before["profile"], after["profile"])
        if before["acute"] != after["acute"]:
            change.acute = (before["acute"], after["acute"])
        for old, new in zip(before["areas"], after["areas"], strict=False):
            if old["level"] != new["level"]:
                change.areas.append((new["title"], old["level"], new["level"]))
        old_signals, new_signals = _signals(before), _signals(after)
        change.added = [t for k, t in new_signals.items() if k not in old_signals]
        change.removed = [t for k, t in old_signals.items() if k not in new_signals]
        changes.append(change)
    return History(finals, rows, changes)
