"""Throughput of the behaviour detector alone (the patterns of the quick stage).

Run: .venv/bin/python benchmarks/bench_detector.py [TAXONOMY.yaml]
(defaults to the shipped taxonomy). Not a test: the numbers go in the README by hand.
It reads every message of Signaal's 450 written everyday chats (``training_data/``) twice
and reports the second pass; nothing from the chats is printed, only counts and rates.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from signaal.core.conversations.signals import Detector, load_taxonomy
from signaal.core.conversations.training import everyday_dir


def main() -> None:
    taxonomy = load_taxonomy(Path(sys.argv[1])) if len(sys.argv) > 1 else load_taxonomy()
    found = Detector(taxonomy)
    messages = [
        str(m["text"])
        for path in sorted(everyday_dir().glob("everyday_*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
        for m in json.loads(line)["messages"]
    ]
    patterns = sum(len(b.patterns) for b in taxonomy.behaviours)
    seconds = 0.0
    for _ in range(2):
        start = time.perf_counter()
        for text in messages:
            found.counts(text)
        seconds = time.perf_counter() - start
    print(f"taxonomy {taxonomy.version}: {patterns} patterns")
    print(
        f"{len(messages):,} messages in {seconds:.2f} s: {len(messages) / seconds:,.0f} messages/s"
    )


if __name__ == "__main__":
    main()
