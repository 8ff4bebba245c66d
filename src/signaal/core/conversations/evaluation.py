"""Honest numbers for a model on labelled conversations.

Each conversation is fed message by message, as it would arrive; the conversation is
flagged when its score first reaches the threshold, and that message is its alert point.

- precision, recall, F1 and F0.5 of the flags;
- AUC of the highest score each conversation reached (ties count half);
- latency-weighted F1 (Sadeque et al. 2018, as used for early sexual predator detection by
  Vogt, Leser and Akbik 2021): F1 x speed, where speed = 1 - the median penalty of the true
  positives and penalty(k) = -1 + 2 / (1 + e^(-p (k - 1))) for an alert at message k, with
  p = 0.0078 (the published value: an alert at message 142 costs half);
- the median number of messages read before the alert, over the true positives;
- messages per second: all messages of the evaluation over its wall time.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import numpy.typing as npt

LATENCY_P = 0.0078
Chat = TypeVar("Chat")


@dataclass(frozen=True, slots=True)
class Outcome:
    label: int
    score: float  # highest score reached
    alert_at: int | None  # 0-based message index of the alert
    messages: int


def penalty(k: int, p: float = LATENCY_P) -> float:
    return -1.0 + 2.0 / (1.0 + math.exp(-p * (k - 1)))


def auc(scores: npt.ArrayLike, labels: npt.ArrayLike) -> float | None:
    """Area under the ROC curve by the rank-sum formula, ties counting half; None when
    one class is missing."""
    s = np.asarray(scores, np.float64)
    y = np.asarray(labels, np.int64)
    positives = int(y.sum())
    negatives = len(y) - positives
    if positives == 0 or negatives == 0:
        return None
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s), np.float64)
    sorted_scores = s[order]
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2.0 + 1.0
        i = j + 1
    return float((ranks[y == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def outcome(label: int, scores: Sequence[float], threshold: float) -> Outcome:
    alert_at = next((i for i, s in enumerate(scores) if s >= threshold), None)
    return Outcome(label, max(scores, default=0.0), alert_at, len(scores))


def metrics(outcomes: Sequence[Outcome], *, seconds: float | None = None) -> dict[str, object]:
    n = len(outcomes)
    positives = sum(o.label for o in outcomes)
    tp = sum(1 for o in outcomes if o.label == 1 and o.alert_at is not None)
    fp = sum(1 for o in outcomes if o.label == 0 and o.alert_at is not None)
    fn = positives - tp
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    f05 = 1.25 * precision * recall / (0.25 * precision + recall) if precision + recall else 0.0
    delays = [o.alert_at + 1 for o in outcomes if o.label == 1 and o.alert_at is not None]
    speed = 1.0 - statistics.median(penalty(k) for k in delays) if delays else 0.0
    total = sum(o.messages for o in outcomes)
    area = auc([o.score for o in outcomes], [o.label for o in outcomes])
    return {
        "n": n,
        "positives": positives,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "f0_5": round(f05, 4),
        "auc": None if area is None else round(area, 4),
        "latency_weighted_f1": round(f1 * speed, 4),
        "median_messages_to_alert": statistics.median(delays) if delays else None,
        "messages_per_second": (
            None if seconds is None else round(total / seconds, 1) if seconds > 0 else None
        ),
    }


def evaluate(
    conversations: Sequence[tuple[int, Chat]],
    scorer: Callable[[Chat], list[float]],
    threshold: float,
) -> dict[str, object]:
    """Feed each (label, chat) through ``scorer``, which gives the score after each message,
    and measure; see the module text."""
    start = time.perf_counter()
    outcomes = [outcome(label, scorer(texts), threshold) for label, texts in conversations]
    seconds = time.perf_counter() - start
    return metrics(outcomes, seconds=seconds)


def at_prevalence(outcomes: Sequence[Outcome], prevalence: float) -> tuple[float, float, float]:
    """Precision, recall and F1 expected where a share ``prevalence`` of conversations is
    positive, from the true and false positive rates of ``outcomes``. Labelled data rarely
    has the mix of real use (here most labelled chats are positive), and precision depends
    on that mix."""
    positives = [o for o in outcomes if o.label == 1]
    negatives = [o for o in outcomes if o.label == 0]
    tpr = sum(o.alert_at is not None for o in positives) / max(len(positives), 1)
    fpr = sum(o.alert_at is not None for o in negatives) / max(len(negatives), 1)
    flagged = prevalence * tpr + (1 - prevalence) * fpr
    precision = prevalence * tpr / flagged if flagged else 0.0
    f1 = 2 * precision * tpr / (precision + tpr) if precision + tpr else 0.0
    return precision, tpr, f1


# Steps of 0.01, and finer ones near 1 where a confident model puts many of its scores.
THRESHOLDS = (*tuple(step / 100 for step in range(5, 100)), 0.995, 0.998, 0.999)


def best_threshold(
    outcomes_at: Callable[[float], Sequence[Outcome]],
    *,
    min_precision: float,
    prevalence: float | None = None,
) -> float:
    """The threshold (one of ``THRESHOLDS``) with the highest F1 among those whose precision
    reaches ``min_precision`` (the highest precision if none does); ties go to the higher
    one. With ``prevalence``, precision and F1 are those expected at that mix."""
    best: tuple[float, float] | None = None
    fallback: tuple[float, float] | None = None
    for threshold in THRESHOLDS:
        outcomes = outcomes_at(threshold)
        if prevalence is None:
            m = metrics(outcomes)
            precision = float(m["precision"])  # type: ignore[arg-type]
            f1 = float(m["f1"])  # type: ignore[arg-type]
        else:
            precision, _, f1 = at_prevalence(outcomes, prevalence)
        if fallback is None or (precision, threshold) >= fallback:
            fallback = (precision, threshold)
        if precision >= min_precision and (best is None or (f1, threshold) >= best):
            best = (f1, threshold)
    if best is not None:
        return best[1]
    return fallback[1] if fallback is not None else 0.5
