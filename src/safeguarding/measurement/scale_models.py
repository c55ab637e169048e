"""Poisson log-linear models for multiple-systems estimation, and the BIC search among them.

A capture table over t lists has a cell for each of the 2**t - 1 non-empty capture histories (a
bit mask: bit i set when list i saw the individual). A model is the set of two-list interactions it
adds to the main effects. The count in the unseen cell (no list) is exp(intercept) of the fitted model
(Fienberg 1972; Bishop, Fienberg and Holland 1975, ch. 6).

A model enters the search only when its maximum-likelihood estimate exists and is unique: the design
has full rank and Newton's method reaches a finite stationary point of the (strictly concave)
likelihood. That is the Fienberg and Rinaldo (2012) condition, which `mle_exists` also checks directly
by a linear programme as in Chan, Silverman and Vincent (2021). Pairs of lists that never overlap never
get an interaction: their MLE would be -infinity (the extended MLE of that paper is not implemented).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import numpy as np
import statsmodels.api as sm
from numpy.typing import NDArray
from scipy.optimize import linprog
from statsmodels.tools.sm_exceptions import ConvergenceWarning, PerfectSeparationWarning

Pair = tuple[int, int]
Model = frozenset[Pair]

#: An unseen count above this many times the observed total is not an estimate but a failed fit.
MAX_HIDDEN_RATIO = 1000.0


@dataclass(frozen=True)
class Fit:
    """One fitted model: its interactions (pairs of list indices), the unseen count and its BIC."""

    model: Model
    hidden: float
    bic: float
    deviance: float
    parameters: int
    params: NDArray[np.float64]

    def start_for(self, model: Model) -> NDArray[np.float64]:
        """Starting values for a neighbouring model: these estimates, zero for a new interaction."""
        mine = dict(zip(sorted(self.model), self.params[1 + self._lists :], strict=True))
        return np.concatenate([self.params[: 1 + self._lists], [mine.get(p, 0.0) for p in sorted(model)]])

    @property
    def _lists(self) -> int:
        return len(self.params) - 1 - len(self.model)


def histories(lists: int) -> NDArray[np.int64]:
    """The capture histories 1 .. 2**t - 1 as rows of 0/1 (column i: seen by list i)."""
    masks = np.arange(1, 2**lists)
    return ((masks[:, None] >> np.arange(lists)[None, :]) & 1).astype(np.int64)


def candidate_pairs(lists: int) -> list[Pair]:
    return list(combinations(range(lists), 2))


class ModelSpace:
    """The models for one capture table (counts per history, cell k = history k + 1), fitted on demand."""

    def __init__(self, counts: NDArray[np.int64], lists: int) -> None:
        if counts.shape != (2**lists - 1,):
            raise ValueError(f"a {lists}-list table has {2**lists - 1} cells, not {counts.shape[0]}")
        self.lists = lists
        self.counts = counts.astype(np.float64)
        self.observed = float(counts.sum())
        self._histories = histories(lists).astype(np.float64)
        self._cache: dict[Model, Fit | None] = {}

    def design(self, model: Model) -> NDArray[np.float64]:
        columns = [np.ones(len(self.counts)), *self._histories.T]
        columns += [self._histories[:, i] * self._histories[:, j] for i, j in sorted(model)]
        return np.column_stack(columns)

    def fit(self, model: Model, near: Fit | None = None) -> Fit | None:
        """The fitted model, or None when its maximum-likelihood estimate does not exist."""
        if model not in self._cache:
            self._cache[model] = self._fit(model, None if near is None else near.start_for(model))
        return self._cache[model]

    def _fit(self, model: Model, start: NDArray[np.float64] | None) -> Fit | None:
        x = self.design(model)
        if np.linalg.matrix_rank(x) < x.shape[1]:
            return None
        fitted = poisson_fit(x, self.counts, start)
        if fitted is None:
            return None
        params, deviance = fitted
        hidden = math.exp(params[0]) if params[0] < 700 else math.inf
        if not math.isfinite(hidden) or hidden > MAX_HIDDEN_RATIO * max(self.observed, 1.0):
            return None
        parameters = x.shape[1]
        # BIC on the observed cells: deviance + p log(n observed), as Rcapture and Silverman (2020) use.
        bic = deviance + parameters * math.log(max(self.observed, 2.0))
        return Fit(model, hidden, bic, deviance, parameters, params)

    def statsmodels_fit(self, model: Model) -> Any:
        """The same model through statsmodels' GLM: its standard errors and summary for the record."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", (ConvergenceWarning, PerfectSeparationWarning, RuntimeWarning))
            return sm.GLM(self.counts, self.design(model), family=sm.families.Poisson()).fit()

    def allowed_pairs(self) -> list[Pair]:
        """Pairs that share at least one individual (Chan, Silverman and Vincent 2021: the others
        have no finite interaction)."""
        h = self._histories
        return [
            (i, j) for i, j in candidate_pairs(self.lists) if float(self.counts @ (h[:, i] * h[:, j])) > 0
        ]

    def stepwise_bic(self, start: Model = frozenset()) -> tuple[Fit, list[Fit]]:
        """Add or drop one interaction at a time while BIC falls; the best fit and every fit seen."""
        current = self.fit(start)
        if current is None:
            raise EstimationError(
                "the main-effects model has no maximum-likelihood estimate for these counts"
            )
        pairs = self.allowed_pairs()
        seen: dict[Model, Fit] = {current.model: current}
        while True:
            neighbours = [current.model | {p} for p in pairs if p not in current.model]
            neighbours += [current.model - {p} for p in current.model]
            best = current
            for model in neighbours:
                fitted = self.fit(model, near=current)
                if fitted is None:
                    continue
                seen[model] = fitted
                if fitted.bic < best.bic - 1e-9:
                    best = fitted
            if best is current:
                return current, list(seen.values())
            current = best

    def all_models(self, limit: int) -> Iterable[Model]:
        """Every subset of the allowed pairs, when there are at most `limit` of them."""
        pairs = self.allowed_pairs()
        if 2 ** len(pairs) > limit:
            return
        for size in range(len(pairs) + 1):
            for chosen in combinations(pairs, size):
                yield frozenset(chosen)


class EstimationError(ValueError):
    """The counts cannot support an estimate (an empty list, no overlap at all, a degenerate table)."""


def poisson_fit(
    x: NDArray[np.float64], y: NDArray[np.float64], start: NDArray[np.float64] | None = None
) -> tuple[NDArray[np.float64], float] | None:
    """Maximum likelihood for log E[y] = x b by Newton's method: (b, deviance), or None if it diverges.

    The same estimates as statsmodels' GLM (tests/measurement/test_scale_mse.py checks), at a tenth
    of the cost, which the bootstrap needs: it repeats the model search hundreds of times.
    """
    if start is None:
        beta = np.zeros(x.shape[1])
        beta[0] = math.log(max(float(y.mean()), 1e-3))
    else:
        beta = start.copy()
    for _ in range(100):
        mu = np.exp(np.minimum(x @ beta, 700.0))
        gradient = x.T @ (y - mu)
        hessian = (x * mu[:, None]).T @ x
        try:
            step = np.linalg.solve(hessian, gradient)
        except np.linalg.LinAlgError:
            return None
        beta = beta + step
        if float(np.max(np.abs(step))) < 1e-9:
            break
        if float(np.max(np.abs(beta[1:]))) > 50.0:
            return None  # running off to infinity: no finite maximum
    else:
        return None  # no finite maximum: the MLE does not exist (some parameter runs to -infinity)
    if float(np.max(np.abs(beta[1:]))) > 50.0:
        return None
    mu = np.exp(np.minimum(x @ beta, 700.0))
    positive = y > 0
    deviance = 2.0 * float(np.sum(y[positive] * np.log(y[positive] / mu[positive])) - np.sum(y - mu))
    return beta, deviance


def mle_exists(x: NDArray[np.float64], counts: NDArray[np.float64]) -> bool:
    """Fienberg–Rinaldo: the MLE exists when some strictly positive table has the observed margins.

    Linear programme: maximise s subject to X'y = X'n, y >= s, 0 <= s <= 1; the MLE exists iff s > 0.
    """
    cells = len(counts)
    objective = np.zeros(cells + 1)
    objective[-1] = -1.0
    a_eq = np.hstack([x.T, np.zeros((x.shape[1], 1))])
    b_eq = x.T @ counts
    a_ub = np.hstack([-np.eye(cells), np.ones((cells, 1))])
    b_ub = np.zeros(cells)
    bounds = [(0.0, None)] * cells + [(0.0, 1.0)]
    result = linprog(objective, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
    return bool(result.status == 0 and -result.fun > 1e-7)
