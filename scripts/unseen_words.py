"""Does the sentence classifier carry to words it has not seen?  (issue 8)

For each fold of the training corpora (by article, as ``awol train`` cross-validates), the held-out
gold sentences of a type whose trigger words (the lemmas of the rule triggers of that type in the
sentence, and its cue word of that type) never occur in the training folds' sentences of that type
are "unseen-word" sentences; this prints the classifier's out-of-fold recall on them (probability
>= 0.5), and on all gold sentences, per language, with the features as shipped and without some
of them (``--without k,kk,s``: concept classes, class pairs, similarity bins), for comparison.

    python scripts/unseen_words.py [CORPUS ...] [--without PREFIXES]

Reads only the train split of corpora with splits.json (like ``awol train``); prints counts only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from awol.extract import train as tr  # noqa: E402
from awol.extract.classifier import hashed  # noqa: E402
from awol.model import EVENT_TYPES  # noqa: E402

DEFAULT = [ROOT.parent / "shared" / "corpus" / "real", ROOT / "corpus" / "dev"]


def collect(folders: list[Path]) -> tuple[tr.Dataset, list[list[str]], list[dict[str, set[str]]]]:
    """The training dataset with each row's feature strings and trigger lemmas per type."""
    feats: list[list[str]] = []
    trig: list[dict[str, set[str]]] = []
    real = tr.candidates

    def spy(sents, lex, title):
        out = real(sents, lex, title)
        for c in out:
            feats.append(c.features)
            per: dict[str, set[str]] = {}
            for t, a, b in c.found:
                per.setdefault(t.type, set()).update(
                    x.lemma for x in c.tokens if x.start < b and x.end > a
                )
            for t, tok in c.cues.items():
                per.setdefault(t, set()).add(tok.lemma)
            trig.append(per)
        return out

    tr.candidates = spy
    try:
        ds = tr.build_dataset(folders)
    finally:
        tr.candidates = real
    return ds, feats, trig


def run(folders: list[Path], without: list[list[str]], folds: int = 5) -> None:
    from sklearn.model_selection import GroupKFold

    ds, feats, trig = collect(folders)
    y = np.array(ds.labels)
    langs = np.array(ds.languages)
    groups = np.array(ds.groups)
    split = list(GroupKFold(n_splits=folds).split(y, y, groups))
    # unseen[i, k]: the gold sentence i of type k has no trigger word seen in training of type k
    unseen = np.zeros(y.shape, dtype=bool)
    for tr_idx, te_idx in split:
        for k, t in enumerate(EVENT_TYPES):
            seen = set().union(*(trig[i].get(t, set()) for i in tr_idx if y[i, k]))
            for i in te_idx:
                if y[i, k] and not (trig[i].get(t, set()) & seen):
                    unseen[i, k] = True
    for drop in without:
        rows = [
            hashed([f for f in fs if not any(f.startswith(p + ":") for p in drop)]) for fs in feats
        ]
        x, _cols = tr._matrix(rows)
        prob = np.zeros(y.shape)
        for tr_idx, te_idx in split:
            for k in range(y.shape[1]):
                clf = tr._fit(x[tr_idx], y[tr_idx, k])
                prob[te_idx, k] = (
                    clf.predict_proba(x[te_idx])[:, 1] if clf is not None else y[tr_idx, k].mean()
                )
        name = "without " + ",".join(drop) if drop else "as shipped"
        for lang in sorted(set(ds.languages)):
            sel = (langs == lang)[:, None]
            hit = prob >= 0.5
            u = unseen & sel
            g = y.astype(bool) & sel
            fp = (~y.astype(bool) & sel & hit).sum()
            print(
                f"{name:<22} {lang}: unseen-word gold sentences recalled {int((u & hit).sum())}"
                f"/{int(u.sum())}; all gold {int((g & hit).sum())}/{int(g.sum())}, "
                f"false positives {int(fp)}"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument(
        "--without",
        action="append",
        default=[],
        help="comma-separated feature prefixes to leave out (e.g. k,kk,s or ru:s); repeatable",
    )
    a = ap.parse_args()
    folders = [p for p in (a.corpora or DEFAULT) if (p / "gold.jsonl").exists()]
    without = [[]] + [[p for p in w.split(",") if p] for w in a.without]
    run(folders, without)


if __name__ == "__main__":
    main()
