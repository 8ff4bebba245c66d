"""The Signaalwijzer as pages: step 0 asks about the young person, then one attention area
per page, then the protective factors; answers are saved on every page (save and resume)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from signaal.core.screening.answers import Answers
from signaal.core.screening.model import Area, Cluster, Instrument, Item
from signaal.core.screening.report import condition_dict
from signaal.core.screening.scoring import visible_answers
from signaal.web.forms import read_answers


@dataclass(frozen=True)
class Page:
    number: int
    groups: tuple[Area | Cluster, ...]  # empty for the page about the young person

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(i for g in self.groups for i in g.items)


def pages(instrument: Instrument) -> list[Page]:
    out = [Page(0, ())]
    out += [Page(n + 1, (area,)) for n, area in enumerate(instrument.areas)]
    if instrument.protective:
        out.append(Page(len(out), instrument.protective))
    return out


def stored_answers(instrument: Instrument, stored: dict[str, Any]) -> Answers:
    """The saved answers as the core reads them (saved data was checked when it was posted)."""
    return read_answers(instrument, stored).answers


def merge(stored: dict[str, str], posted: dict[str, str], page: Page) -> dict[str, str]:
    """The saved answers with this page's fields replaced by what was posted now.

    A radio left empty on this page removes an earlier answer: the form shows what is saved.
    """
    fields = {f"item_{i.id}" for i in page.items} if page.groups else {"age", "lvb", "land"}
    kept = {k: v for k, v in stored.items() if k not in fields}
    kept.update({k: v for k, v in posted.items() if k in fields})
    return kept


def question_rows(
    instrument: Instrument, page: Page, stored: dict[str, str]
) -> list[dict[str, Any]]:
    answers = stored_answers(instrument, stored)
    _given, shown, _ignored = visible_answers(instrument, answers)
    rows = []
    for group in page.groups:
        for item in group.items:
            rows.append(
                {
                    "group": group,
                    "item": item,
                    "field": f"item_{item.id}",
                    "value": stored.get(f"item_{item.id}", ""),
                    "follow_up": item.show_if is not None,
                    "applies": item.id in shown,
                    "condition": json.dumps(condition_dict(item.show_if)) if item.show_if else "",
                }
            )
    return rows
