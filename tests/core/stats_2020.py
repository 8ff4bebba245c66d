"""A registration CSV built to the published 2020 figures of Chat met Fier (see
../shared/DOMAIN.md): 283 unique visitors, 250 victims, 65% first disclosure, 60% minors,
20% aged 15 or younger, the youngest 9, 1 in 7 with a parent as perpetrator and more than
half of those lasting over two years; 91.5% sexual and 4% criminal exploitation.

Built deterministically, with everything the definitions must see through: repeat visitors
(a later contact with only unknowns, an earlier contact that says otherwise, two contacts on
one day told apart by contact_id), visitors asking about someone else or not a victim,
non-substantive contacts, contacts not about trafficking, and contacts in 2019 and 2021.
All keys and ids are made up.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from signaal.core.stats.records import CSV_COLUMNS

VICTIMS = 250
NON_VICTIMS = 33  # 20 about someone else, 8 not a victim, 5 victim unknown

EXPECTED_2020: dict[str, Any] = {
    "year": 2020,
    "unique_visitors": 283,
    "victims": 250,
    "youngest_age": 9,
    "figures": {
        "sexual_exploitation": {"count": 227, "n": 248, "pct": 91.5},
        "criminal_exploitation": {"count": 10, "n": 248, "pct": 4.0},
        "first_disclosure": {"count": 156, "n": 240, "pct": 65.0},
        "minor": {"count": 147, "n": 245, "pct": 60.0},
        "age_15_or_younger": {"count": 49, "n": 245, "pct": 20.0},
        "still_exploited": {"count": 100, "n": 230, "pct": 43.5},
        "multiple_perpetrators": {"count": 80, "n": 240, "pct": 33.3},
        "parent_perpetrator": {"count": 35, "n": 245, "pct": 14.3},
        "parent_cases_longer_than_2_years": {"count": 18, "n": 33, "pct": 54.5},
        "met_online": {"count": 170, "n": 235, "pct": 72.3},
        "met_via_social_media": {"count": 120, "n": 235, "pct": 51.1},
        "threat_of_images": {"count": 60, "n": 230, "pct": 26.1},
    },
}

OTHERS = ("partner", "peer", "online_contact", "known_adult", "stranger", "other_family")
GENDERS = ("girl", "boy", "girl", "other", "unknown")


def victim(i: int) -> dict[str, Any]:
    """The true answers of victim ``i`` (0..249)."""
    parent = i < 245 and i % 7 == 0
    k = i // 7
    if parent:
        duration = (
            ("2_5_years", "gt_5_years")[k % 2]
            if k < 18
            else ("lt_1_month", "1_12_months", "1_2_years")[k % 3]
            if k < 33
            else "unknown"
        )
    else:
        duration = ("lt_1_month", "1_12_months", "1_2_years", "2_5_years", "unknown")[i % 5]
    if i < 245:
        relation = ["parent"] if parent else [OTHERS[i % len(OTHERS)]]
        if parent and k % 4 == 1:
            relation = ["parent", "other_family"]
    else:
        relation = ["unknown"]
    if i < 49:
        age: int | None = 9 if i == 0 else 10 + i % 6
    elif i < 147:
        age = 16 + i % 2
    elif i < 245:
        age = 18 + i % 8
    else:
        age = None
    channel = (
        "social_media"
        if i < 120
        else ("chat_app", "gaming", "dating_app")[i % 3]
        if i < 170
        else "offline"
        if i < 235
        else "unknown"
    )
    if i < 60:
        coercion = ["threat_images"] if i % 2 else ["threat_images", "affection"]
    elif i < 230:
        coercion = [("violence", "debt", "affection", "drugs", "other")[i % 5]]
    else:
        coercion = ["unknown"]
    return {
        "contact_type": "substantive",
        "trafficking_question": "yes",
        "about": "self",
        "victim": "yes",
        "exploitation": "sexual"
        if i < 227
        else "criminal"
        if i < 237
        else ("labour", "other")[i % 2]
        if i < 248
        else "unknown",
        "age": age,
        "gender": GENDERS[i % len(GENDERS)],
        "first_disclosure": "yes" if i < 156 else "no" if i < 240 else "unknown",
        "still_exploited": "yes" if i < 100 else "no" if i < 230 else "unknown",
        "duration": duration,
        "perpetrators": ("2_3", "2_3", "gt_3")[i % 3] if i < 80 else "1" if i < 240 else "unknown",
        "perpetrator_relation": relation,
        "first_contact_channel": channel,
        "coercion": coercion,
    }


# per field: the other known value an ignored contact gives (the second when the first is true)
WRONG = {
    "exploitation": ("labour", "sexual"),
    "first_disclosure": ("no", "yes"),
    "still_exploited": ("no", "yes"),
    "duration": ("gt_5_years", "lt_1_month"),
    "perpetrators": ("gt_3", "1"),
    "first_contact_channel": ("offline", "social_media"),
    "gender": ("boy", "girl"),
}


def decoy(answers: dict[str, Any]) -> dict[str, Any]:
    """Other known values wherever ``answers`` knows one (unknown elsewhere), and not about
    a victim: what an earlier or ignored contact says."""
    out = dict(answers, about="other", victim="no")
    for key, (first, second) in WRONG.items():
        true = answers[key]
        out[key] = "unknown" if true == "unknown" else first if true != first else second
    out["age"] = None if answers["age"] is None else 40
    known_relation = answers["perpetrator_relation"] != ["unknown"]
    out["perpetrator_relation"] = ["stranger"] if known_relation else ["unknown"]
    out["coercion"] = ["debt"] if answers["coercion"] != ["unknown"] else ["unknown"]
    return out


def unknowns() -> dict[str, Any]:
    """A later contact of a victim that knows nothing new."""
    return {
        "contact_type": "substantive",
        "trafficking_question": "yes",
        "about": "self",
        "victim": "unknown",
        "exploitation": "unknown",
        "age": None,
        "gender": "unknown",
        "first_disclosure": "unknown",
        "still_exploited": "unknown",
        "duration": "unknown",
        "perpetrators": "unknown",
        "perpetrator_relation": ["unknown"],
        "first_contact_channel": "unknown",
        "coercion": ["unknown"],
    }


def rows_2020() -> list[dict[str, Any]]:
    """Every contact: (contact_id, date, visitor, answers) as CSV rows."""
    rows: list[dict[str, Any]] = []
    number = 0

    def add(day: str, visitor: str, answers: dict[str, Any], contact_id: str = "") -> None:
        nonlocal number
        number += 1
        rows.append(
            {
                "contact_id": contact_id or f"c-{number:05d}",
                "date": day,
                "visitor": visitor,
                **answers,
            }
        )

    for i in range(VICTIMS):
        visitor = f"bezoeker-{i:04d}"
        true = victim(i)
        day = f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}"
        if i % 10 == 3:  # a later contact that only says "unknown"
            add(day, visitor, true)
            add(f"2020-12-{29 + i % 2}", visitor, unknowns())
        elif i % 10 == 5:  # an earlier contact that said otherwise
            add("2020-01-01", visitor, decoy(true))
            add(day, visitor, true)
        elif i % 25 == 1:  # two contacts on one day: contact_id decides
            add(day, visitor, decoy(true), contact_id=f"d-{i:04d}-a")
            add(day, visitor, true, contact_id=f"d-{i:04d}-b")
        else:
            add(day, visitor, true)
        if i % 9 == 2:  # contacts that do not count: other years, not about trafficking
            add("2021-01-02", visitor, decoy(true))
            add("2019-12-31", visitor, decoy(true))
            add("2020-12-31", visitor, dict(decoy(true), trafficking_question="no"))
    for j in range(NON_VICTIMS):
        visitor = f"bezoeker-{1000 + j:04d}"
        answers = victim(j)
        if j < 20:
            answers["about"] = "other"
        elif j < 28:
            answers["victim"] = "no"
        else:
            answers["victim"] = "unknown"
        add(f"2020-06-{1 + j % 28:02d}", visitor, answers)
    blank = {key: None for key in unknowns()}
    for j in range(30):  # contacts that are not substantive
        kind = ("silent", "abusive", "test", "other")[j % 4]
        add("2020-05-05", f"bezoeker-{2000 + j:04d}", dict(blank, contact_type=kind))
    for j in range(20):  # substantive, but not about human trafficking
        answers = dict(blank, contact_type="substantive", trafficking_question="no")
        add("2020-07-07", f"bezoeker-{3000 + j:04d}", answers)
    for j in range(15):  # about human trafficking, but in another year
        add(("2019-11-11", "2021-02-02")[j % 2], f"bezoeker-{4000 + j:04d}", victim(j))
    return rows


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(value)
    return str(value)


def csv_text(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([cell(row.get(column)) for column in CSV_COLUMNS])
    return out.getvalue()


def csv_2020() -> str:
    return csv_text(rows_2020())
