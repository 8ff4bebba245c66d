"""How fast the screening core loads and scores; run: .venv/bin/python benchmarks/bench_scoring.py

Not a test: these machines are shared and noisy, so the numbers go in the README by hand.
"""

from __future__ import annotations

import random
import time

from signaal.core.knowledge.loader import load_knowledge_base
from signaal.core.screening.answers import Answers
from signaal.core.screening.loader import instruments_dir, load_instrument
from signaal.core.screening.model import Answer
from signaal.core.screening.scoring import score


def best_of(runs: int, fn: object) -> float:
    assert callable(fn)
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    kb_s = best_of(5, load_knowledge_base)
    kb = load_knowledge_base()
    path = instruments_dir() / "signaalwijzer.yaml"
    load_s = best_of(5, lambda: load_instrument(path, kb=kb))
    instrument = load_instrument(path, kb=kb)
    rng = random.Random(7)
    choices = [Answer.PRESENT, Answer.ABSENT, Answer.ABSENT, Answer.ABSENT, Answer.UNKNOWN]
    samples = [
        Answers({i: rng.choice(choices) for i in instrument.items}, age=rng.randint(11, 18))
        for _ in range(2000)
    ]
    start = time.perf_counter()
    for answers in samples:
        score(instrument, answers)
    elapsed = time.perf_counter() - start
    print(f"knowledge base load (18 articles x 2, 22 referrals): {kb_s * 1000:.1f} ms")
    print(f"signaalwijzer load + validate (87 items, 24 advice rules): {load_s * 1000:.1f} ms")
    print(
        f"signaalwijzer scoring: {len(samples) / elapsed:,.0f} screenings/s "
        f"({elapsed / len(samples) * 1e6:.0f} us each)"
    )


if __name__ == "__main__":
    main()
