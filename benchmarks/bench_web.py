"""Time of the main pages and of the PDFs, in-process (Django test client, SQLite in a
throw-away data directory). Run: .venv/bin/python benchmarks/bench_web.py

Not a test: the numbers go in the README by hand.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable

os.environ.setdefault("SIGNAAL_DATA_DIR", tempfile.mkdtemp(prefix="signaal-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "signaal.web.settings")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    setup_test_environment()
    call_command("migrate", verbosity=0)
    client = Client()
    answers = {"item_QS-01": "present", "item_QS-04": "present", "land": "NL", "age": "13"}

    def result() -> object:
        return client.post("/quickscan/vragen/", {"step": "5", "action": "result", **answers})

    rows = [
        ("home page", median_ms(lambda: client.get("/"), 50)),
        ("knowledge-base article", median_ms(lambda: client.get("/kennisbank/fasen/"), 50)),
        ("Quickscan result (scored, nothing stored)", median_ms(result, 50)),
        (
            "Quickscan PDF (WeasyPrint)",
            median_ms(lambda: client.post("/quickscan/pdf/", answers), 10),
        ),
    ]
    for name, ms in rows:
        print(f"{name:<45} {ms:8.1f} ms (median)")


if __name__ == "__main__":
    main()
