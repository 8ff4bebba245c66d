"""Throughput and memory of the conversation engine on a large mixed stream.

Run: .venv/bin/python benchmarks/bench_conversations.py [DATA_DIR]
(DATA_DIR defaults to ../shared/data/conversations). Not a test: the numbers go in the
README by hand. Nothing from the data is printed, only counts and rates.

The stream is what a platform sees: many conversations at once, their messages interleaved,
each message fed to the engine as it arrives.
- "platform mix": every harmless PAN conversation, its flattened text cut into chat-sized
  messages of eight words, plus grooming transcripts for 1 in 100 conversations;
- "grooming only": the first 300 messages of ten Perverted-Justice transcripts, the worst
  case, where the model stage runs on almost every message.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from signaal.core.conversations.engine import Engine
from signaal.core.conversations.features import ConversationState


def cut(text: str, words: int = 8) -> list[str]:
    parts = text.split()
    return [" ".join(parts[i : i + words]) for i in range(0, len(parts), words)]


def load(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def interleave(conversations: list[list[str]]) -> list[tuple[int, str]]:
    stream: list[tuple[int, str]] = []
    longest = max(len(c) for c in conversations)
    for i in range(longest):
        for cid, messages in enumerate(conversations):
            if i < len(messages):
                stream.append((cid, messages[i]))
    return stream


def run(engine: Engine, stream: list[tuple[int, str]]) -> tuple[float, int, int]:
    states: dict[int, ConversationState] = {}
    alerts: set[int] = set()
    start = time.perf_counter()
    for cid, text in stream:
        state = states.get(cid)
        if state is None:
            state = states[cid] = engine.state()
        if engine.feed(state, text) >= engine.model.threshold:
            alerts.add(cid)
    seconds = time.perf_counter() - start
    return len(stream) / seconds, len(states), len(alerts)


def main() -> None:
    data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/conversations")
    pan = load(data / "vtpan_dev_en.jsonl")
    transcripts = load(data / "pj_chatcoder.jsonl")
    benign = [
        cut(str(m["text"]))
        for c in pan
        if c["label"] == 0
        for m in c["messages"]  # type: ignore[attr-defined]
    ]
    grooming = [
        [str(m["text"]) for m in c["messages"]][:300]  # type: ignore[attr-defined]
        for c in transcripts
    ]
    engine = Engine()
    engine.scores(["warm up"])  # load the model outside the timing
    mix = benign + grooming[: max(1, len(benign) // 100)]
    rows = [
        ("platform mix", interleave(mix)),
        ("grooming only", interleave(grooming[:10])),
    ]
    print("| stream | conversations | messages | messages/s | alerts |")
    print("|---|---|---|---|---|")
    for name, stream in rows:
        if name == "grooming only":
            engine.encoder  # noqa: B018 - load the encoder outside the timing
        rate, conversations, alerts = run(engine, stream)
        print(f"| {name} | {conversations} | {len(stream)} | {rate:,.0f} | {alerts} |")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory (max RSS): {peak:,.0f} MB")


if __name__ == "__main__":
    main()
