"""The labelled test sets in tests/data/conversations: each file reads with the JSONL
importer and holds what its description (HOLDOUT*.md) says, so that a figure in the README
is always measured on the set it names."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from signaal.core.conversations.importers import read_conversations

SETS = Path(__file__).parent.parent / "data" / "conversations"
ROW = re.compile(r"^\| `(holdout\d*_(?:nl|en|de)\.jsonl)` \| [^|]+ \| (\d+) \| (\d+) \| (\d+) \|$")


def described() -> list[tuple[str, int, int, int]]:
    rows = []
    for description in sorted(SETS.glob("HOLDOUT*.md")):
        for line in description.read_text(encoding="utf-8").splitlines():
            match = ROW.match(line)
            if match:
                name, n, positive, negative = match.groups()
                rows.append((name, int(n), int(positive), int(negative)))
    return rows


def test_every_held_out_file_has_a_description_and_every_description_a_file() -> None:
    files = sorted(p.name for p in SETS.glob("holdout*.jsonl"))
    assert files == sorted(name for name, *_ in described())
    assert len(files) % 3 == 0  # Dutch, English and German each time


@pytest.mark.parametrize(("name", "n", "positive", "negative"), described())
def test_a_held_out_file_reads_with_the_counts_its_description_gives(
    name: str, n: int, positive: int, negative: int
) -> None:
    path = SETS / name
    conversations = read_conversations(path, fmt="jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    labels = [row["label"] for row in rows]
    assert len(conversations) == len(rows) == n
    assert (labels.count(1), labels.count(0)) == (positive, negative)
    assert positive + negative == n
    assert len({row["id"] for row in rows}) == n
    language = name.split("_")[1].removesuffix(".jsonl")
    assert {row.get("language", language) for row in rows} == {language}  # where it is given
    assert all(len(c.messages) >= 1 for c in conversations)
