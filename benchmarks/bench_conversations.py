"""Throughput and memory of the conversation engine on a large mixed stream.

Run: .venv/bin/python benchmarks/bench_conversations.py [DATA_DIR]
(DATA_DIR defaults to ../shared/data/conversations). Not a test: the numbers go in the
README by hand. Nothing from the data is printed, only counts and rates.

The stream is what a platform sees: many conversations at once, their messages interleaved,
each message fed to the engine as it arrives, with its author (a platform knows who wrote
what; the evidence and the model's backing are one person's, see decision.py).
- "platform mix": every harmless PAN conversation, its flattened text cut into chat-sized
  messages of eight words, plus grooming transcripts for 1 in 100 conversations;
- "everyday mix": Signaal's 450 written everyday English chats of today (teenagers, family,
  adults; ``training_data/``), as they were written, plus grooming transcripts for 1 in 100;
- "grooming only": the first 300 messages of ten Perverted-Justice transcripts, the worst
  case, where the model stage runs on almost every message.

Each stream is fed one message at a time (``Engine.feed``) and in batches of ``BATCH``
(``Engine.feed_many``, which embeds the windows that need the model stage in one call).
Next to the rate, the chunks the encoder embedded: the work of the model stage, which does
not swing with the machine's load as the rate does.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from signaal.core.conversations.encoder import E5Encoder, Matrix
from signaal.core.conversations.engine import Engine
from signaal.core.conversations.features import ConversationState
from signaal.core.conversations.training import everyday_dir

BATCH = 256  # messages read from the queue at once


class CountingEncoder:
    """The e5 encoder, counting the chunks it is asked to embed."""

    def __init__(self) -> None:
        self.inner = E5Encoder()
        self.chunks = 0

    def encode(self, texts: Sequence[str]) -> Matrix:
        self.chunks += len(texts)
        return self.inner.encode(texts)


def cut(text: str, words: int = 8) -> list[str]:
    parts = text.split()
    return [" ".join(parts[i : i + words]) for i in range(0, len(parts), words)]


def load(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


Chat = list[tuple[str, str]]  # (author, text) per message


def interleave(conversations: list[Chat]) -> list[tuple[int, str, str]]:
    stream: list[tuple[int, str, str]] = []
    longest = max(len(c) for c in conversations)
    for i in range(longest):
        for cid, messages in enumerate(conversations):
            if i < len(messages):
                stream.append((cid, *messages[i]))
    return stream


def messages(conversation: dict[str, object], limit: int | None = None) -> Chat:
    """(author, text) of a conversation's messages, the first ``limit`` of them."""
    rows = conversation["messages"][:limit]  # type: ignore[index]
    return [(str(m.get("author", "")), str(m["text"])) for m in rows]


def run(engine: Engine, stream: list[tuple[int, str, str]], batch: int) -> tuple[float, int, int]:
    """Feed the stream message by message (``batch`` 1) or in batches as a platform reads
    its queue (``Engine.feed_many``); the scores are the same either way."""
    states: dict[int, ConversationState] = {}
    alerts: set[int] = set()
    start = time.perf_counter()
    for first in range(0, len(stream), batch):
        part = stream[first : first + batch]
        arrivals = []
        for cid, _, text in part:
            state = states.get(cid)
            if state is None:
                state = states[cid] = engine.state()
            arrivals.append((state, text))
        authors = [author for _, author, _ in part]
        if batch == 1:
            scores = [engine.feed(arrivals[0][0], arrivals[0][1], authors[0])]
        else:
            scores = engine.feed_many(arrivals, authors)
        for (cid, _, _), score in zip(part, scores, strict=True):
            if score >= engine.threshold:
                alerts.add(cid)
    seconds = time.perf_counter() - start
    return len(stream) / seconds, len(states), len(alerts)


def main() -> None:
    data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/conversations")
    pan = load(data / "vtpan_dev_en.jsonl")
    transcripts = load(data / "pj_chatcoder.jsonl")
    benign = [
        [(author, piece) for author, text in messages(c) for piece in cut(text)]
        for c in pan
        if c["label"] == 0
    ]
    grooming = [messages(c, 300) for c in transcripts]
    everyday = [
        messages(c) for path in sorted(everyday_dir().glob("everyday_*.jsonl")) for c in load(path)
    ]
    mix = benign + grooming[: max(1, len(benign) // 100)]
    today = everyday + grooming[: max(1, len(everyday) // 100)]
    rows = [
        ("platform mix", interleave(mix)),
        ("everyday mix", interleave(today)),
        ("grooming only", interleave(grooming[:10])),
    ]
    print("| stream | fed | conversations | messages | messages/s | chunks embedded | alerts |")
    print("|---|---|---|---|---|---|---|")
    for name, stream in rows:
        for batch in (1, BATCH):
            # a fresh encoder each time: it remembers the chunks it embedded, and a second
            # run over the same stream would only measure that memory
            encoder = CountingEncoder()
            engine = Engine(encoder=encoder)
            rate, conversations, alerts = run(engine, stream, batch)
            fed = "one by one" if batch == 1 else f"in batches of {batch}"
            print(
                f"| {name} | {fed} | {conversations} | {len(stream)} | {rate:,.0f} "
                f"| {encoder.chunks} | {alerts} |"
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory (max RSS): {peak:,.0f} MB")


if __name__ == "__main__":
    main()
