"""Out-of-fold proposals, grouped cross-validation and threshold curve of the event verifier
(awol.extract.verify; round 23, learn23).

    PYTHONPATH=src python scripts/verifier_cv.py collect --out /tmp/props.pkl [--hide-words]
    PYTHONPATH=src python scripts/verifier_cv.py cv /tmp/props.pkl [/tmp/props-hidden.pkl ...]

``collect`` extracts real train (the folds of ``awol evaluate --split train --folds 5``), dev
(5 folds) and the invented articles (read by the model trained on real train + dev, which never
saw them) with no verifier, and keeps each proposal's features and label.  ``cv`` fits the
verifier without each fold of real train (and 5 folds of the others) and prints, per language,
the events P/R/F1 of real train, dev and the invented articles at a range of thresholds, how
many true events each drops, the nested threshold's result and the calibration by band.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"
DEV = ROOT / "corpus" / "dev"
INVENTED = [ROOT / "tests" / "extract" / "probes" / "articles" / x for x in ("en", "ru")]
THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


def threshold_line(p, prob, lang: str, keys: set, thresholds, digits: int = 2) -> str:
    """Events F1 (tp/fp/fn) of the documents ``keys`` when the proposals of language ``lang``
    under each threshold are dropped: one printed line."""
    from awol.extract import verify_train as vt

    line = []
    for th in thresholds:
        ev = vt.rescore(p, prob, {lang: th}, keys)
        line.append(f"{th:.{digits}f}:{ev['f1']:.3f}({ev['tp']}/{ev['fp']}/{ev['fn']})")
    return " ".join(line)


def collect(args) -> None:
    from awol.extract.verify_train import collect as run

    corpora = [REAL, DEV]
    p = run([REAL, DEV, *INVENTED], corpora, 5, args.hide_words,
            "h:" if args.hide_words else "", lambda m: print(m, file=sys.stderr))  # fmt: skip
    with open(args.out, "wb") as fh:
        pickle.dump(p, fh)
    print(f"{len(p.rows)} proposals, {sum(p.labels)} right, {len(p.docs)} documents")


def fold_map(p, folds: int = 5) -> dict[str, int]:
    """real train: the evaluation's folds; every other document: dealt by key, 5 folds."""
    from awol.evaluate.heldout import assign_folds
    from awol.extract.train import corpus_ids

    real = assign_folds(sorted(corpus_ids(REAL) or ()), folds)
    out = {}
    others = sorted(
        {g.split(":", 1)[-1] for g in p.docs if not g.split(":", 1)[-1].startswith("real/")}
    )
    other_fold = {k: n % folds for n, k in enumerate(others)}
    for g in p.docs:
        bare = g.split(":", 1)[-1]
        corpus, _s, doc = bare.partition("/")
        out[g] = real[doc] if corpus == "real" else other_fold[bare]
    return out


def load(files: list[str]):
    """The proposals pickled in ``files`` (by ``collect``), merged into one."""
    ps = []
    for f in files:
        with open(f, "rb") as fh:
            ps.append(pickle.load(fh))
    return merge(ps)


def merge(ps):
    from awol.extract.verify_train import Proposals

    out = Proposals()
    for p in ps:
        out.rows += p.rows
        out.labels += p.labels
        out.groups += p.groups
        out.languages += p.languages
        out.at += p.at
        out.docs.update(p.docs)
    return out


def cv(args) -> None:
    from awol.extract import verify_train as vt

    if args.c is not None:
        vt.C = args.c
    p = load(args.files)
    fold_of = fold_map(p)
    prob = vt.out_of_fold(p, fold_of)
    y = np.array(p.labels)
    langs = np.array(p.languages)
    print(f"{len(y)} proposals, {y.sum()} right; C {vt.C}")
    sets = {}
    for tag in sorted({g.split(":", 1)[0] + ":" if ":" in g else "" for g in p.docs}):
        for corpus in ("real", "dev", "en", "ru"):
            keys = {
                g for g in p.docs if g.startswith(tag) and g[len(tag) :].startswith(corpus + "/")
            }
            if keys:
                sets[f"{tag}{corpus}"] = keys
    for lang in ("en", "ru"):
        for name, keys in sets.items():
            lk = {k for k in keys if p.docs[k][1].get("language") == lang}
            if not lk:
                continue
            print(f"{lang} {name:<8} " + threshold_line(p, prob, lang, lk, THRESHOLDS, 2))
    # calibration: the held-out share right per band
    print("calibration (out-of-fold probability band: proposals, share right)")
    for lang in ("en", "ru"):
        sel = langs == lang
        bands = []
        for lo, hi in ((0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.01)):
            m = sel & (prob >= lo) & (prob < hi)
            if m.sum():
                bands.append(f"[{lo:.1f},{hi:.1f}) {m.sum()} {y[m].mean():.2f}")
        print(f"  {lang}: " + "; ".join(bands))
    if args.dump:
        np.save(args.dump, prob)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("collect")
    a.add_argument("--out", required=True)
    a.add_argument("--hide-words", action="store_true")
    b = sub.add_parser("cv")
    b.add_argument("files", nargs="+")
    b.add_argument("--c", type=float)
    b.add_argument("--dump")
    args = ap.parse_args()
    {"collect": collect, "cv": cv}[args.cmd](args)


if __name__ == "__main__":
    main()
