"""The relevance model's corpus weight (round 50, learn50): ``train.DOC_CORPUS_WEIGHT``.

``train.CORPUS_WEIGHT`` weighs a corpus's candidate sentences in the sentence model but never
reached the relevance model (one row per article), so a corpus added at a low weight (the invented
articles, rounds 23, 28, 46, 50) still moved the relevance model at full weight.
``DOC_CORPUS_WEIGHT`` weighs (0: leaves out) a corpus's articles in the relevance fit; empty by
default, so the shipped model is unchanged (tests/extract/test_model_rebuilds.py).
"""

from __future__ import annotations

import numpy as np
import pytest

from awol.extract import train as T


def _dataset() -> T.Dataset:
    # invented hashed features: "real" articles with events use column 1, quiet ones column 2;
    # the "other" corpus says the opposite, so it moves the fit wherever it weighs
    ds = T.Dataset()
    for n in range(6):
        ds.doc_rows.append([1] if n % 2 else [2])
        ds.doc_labels.append(n % 2)
        ds.doc_groups.append(f"real/r{n}")
        ds.doc_languages.append("en")
    for n in range(6):
        ds.doc_rows.append([2] if n % 2 else [1])
        ds.doc_labels.append(n % 2)
        ds.doc_groups.append(f"other/o{n}")
        ds.doc_languages.append("en")
    return ds


@pytest.fixture(autouse=True)
def _restore(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(T, "DOC_CORPUS_WEIGHT", {}, raising=False)


def test_a_corpus_at_weight_zero_is_left_out_of_the_relevance_fit() -> None:
    ds = _dataset()
    real_only = T.Dataset(
        doc_rows=ds.doc_rows[:6],
        doc_labels=ds.doc_labels[:6],
        doc_groups=ds.doc_groups[:6],
        doc_languages=ds.doc_languages[:6],
    )
    T.DOC_CORPUS_WEIGHT = {"other": 0.0}
    w0, b0 = T._fit_documents(ds)
    T.DOC_CORPUS_WEIGHT = {}
    w1, b1 = T._fit_documents(real_only)
    assert np.allclose(w0, w1) and b0 == pytest.approx(b1)
    assert w0[1] > 0 > w0[2]  # (the real corpus's reading)


def test_a_corpus_weight_moves_the_relevance_fit() -> None:
    ds = _dataset()
    w_all, _ = T._fit_documents(ds)  # both corpora at weight 1: they cancel out
    T.DOC_CORPUS_WEIGHT = {"other": 0.25}
    w_low, _ = T._fit_documents(ds)
    assert abs(w_all[1]) < 1e-6
    assert w_low[1] > 0.1 and w_low[2] < -0.1
