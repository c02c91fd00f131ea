"""The recovery population's held-out calibration, per language (round 53, recall53).

The recovery (:func:`awol.extract.mentions_words._recover`) proposes an event of type T in a
sentence that holds a cue word of T and no rule trigger of T, where the sentence model reads T at
``train.RECOVER`` or more.  Here every candidate sentence of the training corpora (real train and
dev: ``awol.runs.DEFAULT_CORPORA``) is read by a model fitted without its article (five folds by
article, as ``train.cross_validate``), and the sentences of that population are counted by their
held-out probability: how many tell a gold event of T (right) and how many do not (wrong), per
language, at each threshold.  No probe set is read.

    PYTHONPATH=src .venv/bin/python scripts/recover_calibration.py [--folds 5]
"""

from __future__ import annotations

import argparse

import numpy as np


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    from sklearn.model_selection import GroupKFold

    from awol.extract.classifier import hashed
    from awol.extract.train import _fit, _matrix, build_dataset, row_weights
    from awol.model import EVENT_TYPES
    from awol.runs import DEFAULT_CORPORA

    corpora = [p for p in DEFAULT_CORPORA if (p / "gold.jsonl").exists()]
    ds = build_dataset(corpora)
    (x, _c), y = _matrix(ds.rows, ds.general), np.array(ds.labels)
    groups = np.array(ds.groups)
    weight = row_weights(ds.groups)
    prob = np.zeros(y.shape, dtype=float)
    for tr, te in GroupKFold(n_splits=args.folds).split(x, y, groups):
        for k in range(y.shape[1]):
            clf = _fit(x[tr], y[tr, k], None, None if weight is None else weight[tr])
            prob[te, k] = clf.predict_proba(x[te])[:, 1] if clf is not None else y[tr, k].mean()
    rows = [set(r) for r in ds.rows]
    langs = np.array(ds.languages)
    grid = (0.3, 0.4, 0.5, 0.6, 0.7)
    for lang in sorted(set(ds.languages)):
        for k, t in enumerate(EVENT_TYPES):
            cue, trig = hashed([f"q:{t}"])[0], hashed([f"t:{t}"])[0]
            pop = [
                i for i, r in enumerate(rows)
                if langs[i] == lang and cue in r and trig not in r and not ds.augmented[i]
            ]  # fmt: skip
            if not pop:
                continue
            cells = []
            for g in grid:
                sel = [i for i in pop if prob[i, k] >= g]
                right = sum(int(y[i, k]) for i in sel)
                cells.append(f">={g}: {right}/{len(sel) - right}")
            pos = sum(int(y[i, k]) for i in pop)
            print(
                f"{lang} {t:12s} population {len(pop):4d} (gold {pos:3d})  right/wrong "
                + "  ".join(cells)
            )


if __name__ == "__main__":
    main()
