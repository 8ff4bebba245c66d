"""The evaluation arithmetic: flags, AUC with ties, latency-weighted F1, thresholds."""

from __future__ import annotations

import math

import numpy as np
import pytest

from signaal.core.conversations.classifier import (
    Logistic,
    balanced_weights,
    fit_logistic,
    logistic,
    probability,
)
from signaal.core.conversations.evaluation import (
    LATENCY_P,
    Outcome,
    auc,
    best_threshold,
    evaluate,
    metrics,
    outcome,
    penalty,
)

KEYS = [
    "n",
    "positives",
    "precision",
    "recall",
    "f1",
    "f0_5",
    "auc",
    "latency_weighted_f1",
    "median_messages_to_alert",
    "messages_per_second",
]


def test_alert_point_is_the_first_message_at_or_over_the_threshold() -> None:
    assert outcome(1, [0.1, 0.4, 0.6, 0.9], 0.6) == Outcome(1, 0.9, 2, 4)


def test_no_alert_when_the_threshold_is_never_reached() -> None:
    assert outcome(0, [0.1, 0.2], 0.5) == Outcome(0, 0.2, None, 2)


def test_an_empty_stream_scores_zero_without_alert() -> None:
    assert outcome(0, [], 0.5) == Outcome(0, 0.0, None, 0)


def test_penalty_is_zero_at_the_first_message_and_half_at_message_142() -> None:
    assert penalty(1) == 0.0
    assert penalty(142) == pytest.approx(-1 + 2 / (1 + math.exp(-LATENCY_P * 141)))
    assert penalty(142) == pytest.approx(0.5, abs=0.01)


def test_auc_counts_ties_as_half() -> None:
    assert auc([0.5, 0.5], [1, 0]) == 0.5
    assert auc([0.9, 0.1, 0.5, 0.5], [1, 0, 1, 0]) == 0.875


def test_auc_is_none_with_one_class() -> None:
    assert auc([0.2, 0.3], [1, 1]) is None


def test_metrics_on_a_worked_example() -> None:
    outcomes = [
        Outcome(1, 0.9, 0, 10),  # true positive at message 1
        Outcome(1, 0.8, 142 - 1, 200),  # true positive at message 142
        Outcome(1, 0.2, None, 5),  # false negative
        Outcome(1, 0.15, None, 5),  # false negative
        Outcome(0, 0.7, 3, 4),  # false positive
        Outcome(0, 0.1, None, 6),  # true negative
    ]
    m = metrics(outcomes, seconds=2.0)
    assert list(m) == KEYS
    precision, recall = 2 / 3, 2 / 4
    speed = 1 - (penalty(1) + penalty(142)) / 2
    assert m["n"] == 6
    assert m["positives"] == 4
    assert m["precision"] == round(precision, 4)
    assert m["recall"] == round(recall, 4)
    assert m["f1"] == round(4 / 7, 4)  # 2PR / (P + R)
    assert m["f0_5"] == round(0.625, 4)  # 1.25PR / (0.25P + R): nearer precision
    assert m["auc"] == round(6 / 8, 4)
    assert m["latency_weighted_f1"] == round(4 / 7 * speed, 4)
    assert m["median_messages_to_alert"] == 71.5
    assert m["messages_per_second"] == 115.0


def test_metrics_without_any_flag_are_zero_not_a_division_error() -> None:
    m = metrics([Outcome(1, 0.1, None, 3), Outcome(0, 0.0, None, 2)])
    assert (m["precision"], m["recall"], m["f1"], m["f0_5"]) == (0.0, 0.0, 0.0, 0.0)
    assert m["latency_weighted_f1"] == 0.0
    assert m["median_messages_to_alert"] is None
    assert m["messages_per_second"] is None


def test_evaluate_feeds_each_conversation_through_the_scorer_in_order() -> None:
    seen: list[list[str]] = []

    def scorer(texts: object) -> list[float]:
        assert isinstance(texts, list)
        seen.append(texts)
        return [0.9 if "risk" in t else 0.1 for t in texts]

    m = evaluate([(1, ["hi", "risk"]), (0, ["hi"])], scorer, 0.5)
    assert seen == [["hi", "risk"], ["hi"]]
    assert (m["precision"], m["recall"], m["median_messages_to_alert"]) == (1.0, 1.0, 2)
    assert isinstance(m["messages_per_second"], float)


def test_best_threshold_keeps_precision_above_the_floor() -> None:
    scores = {1: [0.95, 0.85, 0.55], 0: [0.6, 0.3]}

    def at(threshold: float) -> list[Outcome]:
        return [outcome(y, [s], threshold) for y, ss in scores.items() for s in ss]

    # Below 0.61 the negative at 0.6 is flagged (precision 0.75); from 0.61 to 0.85 two of
    # three positives are caught with no false alarm: the highest such threshold wins ties.
    assert best_threshold(at, min_precision=0.9) == 0.85
    assert best_threshold(at, min_precision=0.7) == 0.55


def test_best_threshold_looks_between_099_and_1_where_confident_scores_crowd() -> None:
    scores = {1: [0.9995, 0.9985, 0.997], 0: [0.996, 0.993]}

    def at(threshold: float) -> list[Outcome]:
        return [outcome(y, [s], threshold) for y, ss in scores.items() for s in ss]

    # At 0.99 and 0.995 both negatives or one of them are flagged; at 0.998 the two highest
    # positives are caught with no false alarm; at 0.999 only one.
    assert best_threshold(at, min_precision=0.9) == 0.998


def test_logistic_regression_separates_a_separable_problem_and_is_deterministic() -> None:
    rng = np.random.default_rng(1)
    x = np.vstack([rng.normal(-1, 0.5, (40, 3)), rng.normal(1, 0.5, (40, 3))])
    y = np.array([0] * 40 + [1] * 40)
    first = fit_logistic(x, y, l2=1.0)
    second = fit_logistic(x, y, l2=1.0)
    assert np.array_equal(first.coef, second.coef)
    assert first.bias == second.bias
    assert ((first.scores(x) >= 0.5) == (y == 1)).mean() == 1.0
    contributions = first.contributions(x[0])
    assert contributions.sum() + first.bias == pytest.approx(
        math.log(first.score(x[0]) / (1 - first.score(x[0])))
    )


def test_centring_the_features_lowers_the_log_odds_by_the_models_shift() -> None:
    model = Logistic(np.array([1.0, 2.0]), np.array([2.0, 4.0]), np.array([3.0, -1.0]), 0.5)
    x = np.array([[5.0, 6.0], [0.0, 1.0]])
    offset = np.array([1.0, 2.0])
    # (5 - 1) / 2 * 3 + (6 - 2) / 4 * -1 + 0.5 = 5.5; the offset: 1 / 2 * 3 - 2 / 4 = 1.0
    assert model.logits(x).tolist() == [5.5, -0.75]
    assert model.shift(offset) == 1.0
    assert model.logits(x - offset).tolist() == [4.5, -1.75]
    assert model.scores(x).tolist() == pytest.approx([logistic(5.5), logistic(-0.75)])


def test_the_logistic_function_does_not_overflow() -> None:
    assert logistic(0.0) == 0.5
    assert logistic(-1e6) == pytest.approx(0.0, abs=1e-17)
    assert logistic(1e6) == 1.0
    assert probability(np.array([-1e6, 0.0, 1e6])).tolist() == pytest.approx([0.0, 0.5, 1.0])


def test_logistic_regression_refuses_mismatched_input() -> None:
    with pytest.raises(ValueError, match="non-empty"):
        fit_logistic(np.zeros((2, 2)), np.array([1]))


def test_balanced_weights_give_both_classes_the_same_total() -> None:
    w = balanced_weights(np.array([1, 0, 0, 0]))
    assert w.tolist() == [2.0, 2 / 3, 2 / 3, 2 / 3]
