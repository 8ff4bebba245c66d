"""Tiny helper: turns hand-written chat scripts into message lists with ISO times.

Script lines look like "A: text" / "B: text"; a line "~2d", "~5h" or "~30m" adds a gap.
Each conversation is hand-written; this only assigns authors and timestamps.
"""
from datetime import datetime, timedelta
import hashlib

CONVS = []


def _step(seed, i):
    h = hashlib.sha256(f"{seed}-{i}".encode()).digest()[0]
    # mostly quick bursts, sometimes a few minutes' pause
    if h < 150:
        return timedelta(seconds=20 + h % 70)
    if h < 225:
        return timedelta(minutes=1 + h % 4)
    return timedelta(minutes=6 + h % 20)


def C(kind, a, b, start, script):
    t = datetime.fromisoformat(start)
    msgs = []
    for i, raw in enumerate(l.strip() for l in script.strip().splitlines()):
        if not raw:
            continue
        if raw.startswith("~"):
            n, unit = int(raw[1:-1]), raw[-1]
            t += {"d": timedelta(days=n), "h": timedelta(hours=n), "m": timedelta(minutes=n)}[unit]
            continue
        who, text = raw.split(":", 1)
        who = who.strip()
        author = {"A": a, "B": b}[who]
        msgs.append({"author": author, "time": t.strftime("%Y-%m-%dT%H:%M:%S"), "text": text.strip()})
        t += _step(start + a, i)
    CONVS.append({"kind": kind, "messages": msgs})


def F(kind, start, text):
    text = " ".join(text.split())
    CONVS.append({"kind": kind, "messages": [{"author": "", "time": start + ":00" if len(start) == 16 else start, "text": text}]})
