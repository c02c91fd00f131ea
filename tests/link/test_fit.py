"""The fit of the pair-scoring model: folds by story, a logistic fit that stays finite."""

from __future__ import annotations

import numpy as np

from awol.link.fit import fit_logistic, story_folds


def test_story_folds_keep_each_story_in_one_fold():
    gold = [{"id": f"d{i}", "events": [{}] * (1 + i % 3)} for i in range(12)]
    groups = [
        {"incident": "a", "events": [["d0", 0], ["d1", 0]]},
        {"case": "b", "events": [["d1", 0], ["d5", 0], ["d7", 1]]},  # joins a's documents too
        {"incident": "c", "events": [["d2", 0], ["d3", 0], ["missing", 0]]},
    ]
    fold = story_folds(gold, groups, 3)
    assert set(fold) == {g["id"] for g in gold}
    assert fold["d0"] == fold["d1"] == fold["d5"] == fold["d7"]
    assert fold["d2"] == fold["d3"]
    assert set(fold.values()) == {0, 1, 2}
    assert story_folds(gold, groups, 3) == fold  # deterministic


def test_logistic_fit_stays_finite_on_separable_pairs():
    # one feature separates the classes perfectly: plain Newton steps overshoot, the damped fit
    # keeps the weights finite and ordered
    X = np.array([[1.0, 1.0, 0.0]] * 5 + [[1.0, 0.0, 0.0]] * 40 + [[1.0, 0.0, 1.0]] * 3)
    y = np.array([1.0] * 5 + [0.0] * 40 + [1.0, 0.0, 0.0])
    w = fit_logistic(X, y, np.array([-4.0, 1.0, 0.5]))
    assert np.all(np.isfinite(w)) and np.max(np.abs(w)) < 50
    assert w[1] > w[2] > 0 > w[0]


def test_signed_fit_keeps_agreements_non_negative():
    # column 2 is an agreement that, on these pairs, co-occurs with negatives: unconstrained it
    # would weigh against a link; with its sign fixed it stays at 0 and column 1 is refitted
    X = np.array([[1.0, 1.0, 0.0]] * 8 + [[1.0, 0.0, 1.0]] * 6 + [[1.0, 0.0, 0.0]] * 10)
    y = np.array([1.0] * 8 + [0.0] * 6 + [0.0] * 5 + [1.0] * 5)
    free = fit_logistic(X, y, np.zeros(3), l2=0.1)
    assert free[2] < 0
    w = fit_logistic(X, y, np.zeros(3), l2=0.1, signs=np.array([0, 1, 1]))
    assert w[2] == 0.0 and w[1] > 0
