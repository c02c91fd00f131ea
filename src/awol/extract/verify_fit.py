"""The event verifier's logistic regression over proposals' features (:func:`fit`, the rows as
a sparse :func:`matrix`): fitted by the verifier's trainer (:mod:`awol.extract.verify_train`)
and, fold by fold, by the held-out measures (:mod:`awol.evaluate.heldout`), which the trainer
reads its proposals from (split from ``verify_train.py``, round 36: the two imported each
other).
"""

from __future__ import annotations

import numpy as np

from awol.extract import verify as V

C = 0.3  # inverse regularisation strength of the verifier's logistic regression


def matrix(rows: list[dict[str, float]]):
    from scipy.sparse import csr_matrix

    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for r in rows:
        idx, val = V.vector(r)
        indices.extend(idx.tolist())
        data.extend(val.tolist())
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(rows), V.N_FEATURES))


def fit(rows: list[dict[str, float]], labels: list[int], c: float | None = None):
    """(weights, bias) of a logistic regression over the rows (unweighted: its probabilities are
    meant as the share of such proposals that are right)."""
    from sklearn.linear_model import LogisticRegression

    x = matrix(rows)
    y = np.array(labels)
    clf = LogisticRegression(C=C if c is None else c, solver="liblinear", random_state=0)
    clf.fit(x, y)
    w = np.asarray(clf.coef_[0], dtype=np.float64)
    return w, float(clf.intercept_[0])
