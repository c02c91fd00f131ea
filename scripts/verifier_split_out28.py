"""Leave-split-out view of the event verifier (round 28, learn28; the verifier is learn23's,
:mod:`awol.extract.verify`).

Reads the out-of-fold proposals ``scripts/verifier_cv.py collect`` writes (real train by the
folds of ``awol evaluate --folds 5``, dev by 5 folds, the invented articles by the sentence model
trained on real train + dev, which never saw them).  For each split s of the invented articles
(a-e, both languages at once) a verifier is fitted on every proposal outside split s (real
train, dev and the other splits) and applied to split s's proposals; the invented articles are
then scored with the proposals under a threshold dropped, summed over the splits (micro), per
language.  Threshold 0 is the extraction without a verifier (what ships).  Real train and dev
are shown by the folds of ``verifier_cv.py cv`` (each fold's verifier fitted without it and
without nothing else), so one table gives both halves of the rule.

    PYTHONPATH=src python scripts/verifier_split_out28.py PROPS.pkl [MORE.pkl ...] [--c C]

Prints counts only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
INVENTED = ("en", "ru")  # the invented articles' corpus folders (document keys "en/a-01")


def split_of(key: str) -> str | None:
    """The invented article's split ("a" of "en/a-01", "ru/a01"), None for another corpus."""
    bare = key.split(":", 1)[-1]
    corpus, _s, doc = bare.partition("/")
    return doc[0] if corpus in INVENTED and doc else None


def main() -> None:
    from verifier_cv import fold_map, load, threshold_line

    from awol.extract import verify_train as vt

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--c", type=float)
    args = ap.parse_args()
    if args.c is not None:
        vt.C = args.c
    p = load(args.files)
    # the invented articles: leave one split out (the rest of the proposals always trained on)
    splits = {g: s for g in p.docs if (s := split_of(g)) is not None}
    prob_split = vt.out_of_fold(p, {g: ord(s) for g, s in splits.items()})
    # real train and dev: the folds of verifier_cv (invented articles always trained on)
    folds = {g: k for g, k in fold_map(p).items() if g not in splits}
    prob_real = vt.out_of_fold(p, folds)
    y = np.array(p.labels)
    print(f"{len(y)} proposals, {int(y.sum())} right; C {vt.C}")
    print("events F1 (tp/fp/fn) with the proposals under the threshold dropped:")
    for lang in ("en", "ru"):
        tags = sorted({g.split(":", 1)[0] + ":" if ":" in g else "" for g in p.docs})
        sets = [
            (
                f"{tag}{name}",
                prob,
                {g for g in keys if g.startswith(tag) and ":" not in g[len(tag) :]},
            )
            for tag in tags
            for name, prob, keys in (
                ("invented", prob_split, set(splits)),
                ("real", prob_real, {g for g in folds if "real/" in g}),
                ("dev", prob_real, {g for g in folds if "dev/" in g}),
            )
        ]
        for name, prob, keys in sets:
            lk = {k for k in keys if p.docs[k][1].get("language") == lang}
            if not lk:
                continue
            print(f"{lang} {name:<9} " + threshold_line(p, prob, lang, lk, THRESHOLDS, 1))


if __name__ == "__main__":
    main()
