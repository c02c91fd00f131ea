"""Does the relevance model (the article-level gate, :func:`awol.extract.train._fit_documents`)
tell a quiet article from one with an event on text nobody fitted it to?  (round 28, doc28)

The model is fitted as ``awol train`` fits it (real train + dev, ``DOC_C``, ``DOC_NORM``), with
variants: ``C`` and which features it reads (``all``; ``lemmas`` only; ``structure``: the trigger
types, cue types and candidate count, no lemma).  For each it prints, per language:

- real train held out (5 folds by article): articles with no gold event below the gate (silenced:
  right), articles with an event below it (silenced: wrong), and the AUC;
- the invented articles (tests/extract/probes/articles, every split; read by a model fitted on
  all of real train + dev, which never saw them): the same counts per split and the AUC.

Counts only (no document is printed); real test is never read (``build_dataset`` reads the train
split).  Run from the repository root:

    PYTHONPATH=src python scripts/relevance_unseen28.py
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

from awol.extract import train as T
from awol.extract.classifier import hashed

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "corpus" / "real"
ARTICLES = ROOT / "tests" / "extract" / "probes" / "articles"
LEMMA = re.compile(r"^[a-z]{2}:d:")


def _features(folders: list[Path]) -> tuple[list[list[str]], np.ndarray, list[str], np.ndarray]:
    """Each article's relevance features (as strings), label (any gold event), key, language."""
    seen: list[list[str]] = []
    read = T.document_features

    def keep(cands, lang):
        feats = read(cands, lang)
        seen.append(feats)
        return feats

    T.document_features = keep
    try:
        ds = T.build_dataset(folders)
    finally:
        T.document_features = read
    return seen, np.array(ds.doc_labels), ds.doc_groups, np.array(ds.doc_languages)


def _kept(feats: list[str], mode: str) -> list[str]:
    if mode == "lemmas":
        return [f for f in feats if LEMMA.match(f) or f == "bias"]
    if mode == "structure":
        return [f for f in feats if not LEMMA.match(f)]
    return feats


def _fit(rows: list[list[int]], y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    x, cols = T._matrix(rows, norm=T.DOC_NORM)
    clf = T._fit(x, y, c)
    w = np.zeros(T.N_FEATURES)
    w[cols] = clf.coef_[0]
    return w, float(clf.intercept_[0])


def _score(model: tuple[np.ndarray, float], rows: list[list[int]]) -> np.ndarray:
    w, b = model
    return np.array([1 / (1 + np.exp(-(w[r].sum() + b))) for r in rows])


def _auc(y: np.ndarray, s: np.ndarray) -> str:
    return f"{roc_auc_score(y, s):.3f}" if 0 < y.sum() < len(y) else "  -  "


def _line(y: np.ndarray, s: np.ndarray, gate: float) -> str:
    quiet, told = (s < gate) & (y == 0), (s < gate) & (y == 1)
    return (
        f"quiet silenced {quiet.sum()}/{(y == 0).sum()}, with event silenced "
        f"{told.sum()}/{(y == 1).sum()}, AUC {_auc(y, s)}, lowest with event "
        + ", ".join(f"{x:.2f}" for x in sorted(s[y == 1])[:3])
    )


def main() -> None:
    tr_f, tr_y, tr_g, tr_l = _features([REAL, ROOT / "corpus" / "dev"])
    inv_f, inv_y, inv_g, inv_l = _features([ARTICLES / "en", ARTICLES / "ru"])
    splits = np.array([g.rpartition("/")[2].split("-")[0].rstrip("0123456789") for g in inv_g])
    for mode in ("all", "lemmas", "structure"):
        for c in (T.DOC_C, 1.0, 0.3, 0.1):
            rows = [hashed(_kept(f, mode)) for f in tr_f]
            held = np.zeros(len(tr_y))
            for a, b in GroupKFold(5).split(rows, tr_y, tr_g):
                m = _fit([rows[i] for i in a], tr_y[a], c)
                held[b] = _score(m, [rows[i] for i in b])
            inv = _score(_fit(rows, tr_y, c), [hashed(_kept(f, mode)) for f in inv_f])
            print(f"== features {mode}, C {c}")
            for lang in ("en", "ru"):
                gate = T._relevance(lang)
                k = tr_l == lang
                print(f"  {lang} real train held out: {_line(tr_y[k], held[k], gate)}")
                for s in sorted(set(splits[inv_l == lang])):
                    k = (inv_l == lang) & (splits == s)
                    quiet = inv[k][inv_y[k] == 0]
                    print(
                        f"  {lang} invented {s}: {_line(inv_y[k], inv[k], gate)}; quiet read "
                        + ", ".join(f"{x:.2f}" for x in sorted(quiet))
                    )


if __name__ == "__main__":
    main()
