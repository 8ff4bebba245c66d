"""L2-regularised logistic regression, fitted by Newton's method in NumPy.

Small, exact and deterministic: the same data give the same weights on every machine, which
is what a reproducible, signed model needs. Features are standardised with the training
mean and spread, which are part of the model.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.float64]
MAX_NEWTON_STEPS = 50


@dataclass(frozen=True, eq=False)
class Logistic:
    mean: Matrix
    scale: Matrix
    coef: Matrix
    bias: float

    def logits(self, features: npt.NDArray[np.floating]) -> Matrix:
        """Log-odds for a (n, d) matrix of features."""
        z: Matrix = ((np.asarray(features, np.float64) - self.mean) / self.scale) @ self.coef
        return z + self.bias

    def scores(self, features: npt.NDArray[np.floating]) -> Matrix:
        """Probabilities for a (n, d) matrix of features."""
        return probability(self.logits(features))

    def shift(self, offset: npt.NDArray[np.floating]) -> float:
        """How much subtracting ``offset`` from the features lowers the log-odds: the model
        is linear, so ``logits(x - offset) == logits(x) - shift(offset)``."""
        return float((np.asarray(offset, np.float64) / self.scale) @ self.coef)

    def score(self, features: npt.NDArray[np.floating]) -> float:
        return float(self.scores(features[None, :])[0])

    def contributions(self, features: npt.NDArray[np.floating]) -> Matrix:
        """Each feature's share of the log-odds, for explaining one score."""
        return ((np.asarray(features, np.float64) - self.mean) / self.scale) * self.coef


def probability(logits: Matrix) -> Matrix:
    """The logistic function, clipped so that no input overflows."""
    out: Matrix = 1.0 / (1.0 + np.exp(-np.clip(logits, -40.0, 40.0)))
    return out


def logistic(logit: float) -> float:
    """:func:`probability` of one number, without NumPy (the quick stage's hot path)."""
    return 1.0 / (1.0 + math.exp(-min(max(logit, -40.0), 40.0)))


def balanced_weights(labels: npt.NDArray[np.integer]) -> Matrix:
    """Sample weights that give both classes the same total weight."""
    y = np.asarray(labels)
    positives = max(int(y.sum()), 1)
    negatives = max(len(y) - int(y.sum()), 1)
    return np.where(y == 1, len(y) / (2.0 * positives), len(y) / (2.0 * negatives))


def fit_logistic(
    features: npt.NDArray[np.floating],
    labels: npt.NDArray[np.integer],
    *,
    l2: float = 10.0,
    sample_weight: Matrix | None = None,
) -> Logistic:
    x = np.asarray(features, np.float64)
    y = np.asarray(labels, np.float64)
    if x.ndim != 2 or len(x) != len(y) or len(x) == 0:
        raise ValueError("features must be a non-empty (n, d) matrix with one label per row")
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    xs = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.ones(len(x)) if sample_weight is None else np.asarray(sample_weight, np.float64)
    d = xs.shape[1]
    penalty = np.full(d, l2)
    penalty[-1] = 0.0
    beta = np.zeros(d)
    for _ in range(MAX_NEWTON_STEPS):
        p = probability(xs @ beta)
        gradient = xs.T @ (w * (p - y)) + penalty * beta
        hessian = (xs * (w * p * (1 - p))[:, None]).T @ xs + np.diag(penalty) + 1e-9 * np.eye(d)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if float(np.abs(step).max()) < 1e-9:
            break
    return Logistic(mean=mean, scale=scale, coef=beta[:-1].copy(), bias=float(beta[-1]))
