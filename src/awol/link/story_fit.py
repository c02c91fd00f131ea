"""Fit the story model (:mod:`awol.link.stories`) on the labelled train articles.

    python -m awol.link.story_fit ../shared/corpus/real [--preds PREDS.jsonl] [--gold-only]

The labels (``corpus/labels/real_train_stories.jsonl``) give the story of each gold event of
the train articles with two or more.  Two readings of each article give the examples: its gold
events, and the events extracted from it held out (as ``awol evaluate --folds 5``; ``--preds``:
a saved extraction, e.g. ``scripts/link_extracted.py --save``), each labelled by the gold event
the evaluation aligns it with (an event aligned with none is read, not labelled).  An example
is an event and a story told before it in its article (the stories as labelled: teacher
forcing), where the grouping's rules leave the choice open; positive when the event is of that
story.  The weights are a logistic regression (L2) over :data:`awol.link.stories.FEATURES`.

Held out: the train articles are dealt into 5 folds by story (``fit.story_folds``), the model
fitted without a fold groups that fold's articles, and the pairs of labelled events are counted
(joined right / wrong, apart wrong) -- against the rules alone.  Printed (YAML): the weights
fitted on all the labelled articles and the held-out counts.  Nothing is written: the model
does not join better than the rules held out (round 18, docs/linking.md), so the grouping does
not use it.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from pathlib import Path

import numpy as np
import yaml

from awol.link.cases import _join_score, document_groups
from awol.link.features import Feat, event_records, features
from awol.link.stories import (
    FEATURES,
    LABELS_PATH,
    StoryModel,
    continue_features,
    load_labels,
)

L2 = 1.0
THRESHOLD = 0.5
FOLDS = 5


def doc_feats(events: list[dict], did: str, published: str | None) -> list[Feat]:
    return [features(r) for r in event_records(events, did, published)]


def articles(folder: Path, preds: list[dict] | None, extracted: bool = True) -> list[dict]:
    """The labelled readings: dicts with ``doc``, ``reading`` (gold / extracted), ``feats`` and
    ``labels`` (the story of each event, None when unknown), ``gold`` (its gold index)."""
    from awol.evaluate.events import score as score_events
    from awol.link.fit_readings import extracted_split, load_split

    gold, _inc, _texts = load_split(folder, "train")
    labels = load_labels()
    out = []
    for g in gold:
        evs = g.get("events") or []
        lab = labels.get(g["id"]) or ([0] * len(evs) if len(evs) == 1 else None)
        if lab is None:
            continue
        out.append({"doc": g["id"], "reading": "gold", "labels": list(lab),
                    "gold": list(range(len(evs))),
                    "feats": doc_feats(evs, g["id"], g.get("published"))})  # fmt: skip
    if not extracted:
        return out
    ids = {g["id"] for g in gold}
    preds = [p for p in preds if p.get("id") in ids] if preds else extracted_split(folder, gold)
    align = score_events(gold, preds)["alignment"]
    to_gold = {(d, int(i)): int(j) for d, i, j in align}
    pub = {g["id"]: g.get("published") for g in gold}
    for p in preds:
        evs = p.get("events") or []
        lab = labels.get(p["id"]) or [0]
        gidx = [to_gold.get((p["id"], i)) for i in range(len(evs))]
        out.append({"doc": p["id"], "reading": "extracted", "gold": gidx,
                    "labels": [None if j is None or j >= len(lab) else lab[j] for j in gidx],
                    "feats": doc_feats(evs, p["id"], pub.get(p["id"]))})  # fmt: skip
    return out


def examples(art: dict) -> tuple[list[list[float]], list[float]]:
    """(feature rows, labels) of one reading: each labelled event against each labelled story
    told before it whose choice the rules leave open."""
    feats, labels = art["feats"], art["labels"]
    X, y = [], []
    for i, f in enumerate(feats):
        if labels[i] is None:
            continue
        prev = next((labels[j] for j in range(i - 1, -1, -1) if labels[j] is not None), None)
        for s in sorted({labels[j] for j in range(i) if labels[j] is not None}):
            pos = [j for j in range(i) if labels[j] == s]
            members = [feats[j] for j in pos]
            sc = _join_score(f, members, 0)
            if sc is None or sc >= 100.0:
                continue
            X.append(continue_features(f, members, previous=prev == s, gap=i - 1 - pos[-1]))
            y.append(1.0 if labels[i] == s else 0.0)
    return X, y


def fit_weights(arts: list[dict], l2: float = L2) -> dict[str, float]:
    from awol.link.fit import fit_logistic

    X, y = [], []
    for a in arts:
        xa, ya = examples(a)
        X += xa
        y += ya
    if not X:
        return {"bias": 0.0}
    Xa = np.hstack([np.ones((len(X), 1)), np.array(X)])
    w = fit_logistic(Xa, np.array(y), np.zeros(Xa.shape[1]), l2=l2)
    return {"bias": round(float(w[0]), 4)} | {
        k: round(float(v), 4) for k, v in zip(FEATURES, w[1:], strict=True)
    }


def pair_counts(art: dict, groups: list[list[int]]) -> Counter:
    """Pairs of labelled events (of two different gold events): joined right / wrong, apart
    right / wrong."""
    of = {j: gi for gi, g in enumerate(groups) for j in g}
    lab, gidx = art["labels"], art["gold"]
    out: Counter = Counter()
    n = len(lab)
    for a in range(n):
        for b in range(a + 1, n):
            if lab[a] is None or lab[b] is None or gidx[a] == gidx[b]:
                continue
            joined, same = of[a] == of[b], lab[a] == lab[b]
            out[("joined" if joined else "apart") + (" right" if joined == same else " wrong")] += 1
    return out


def summary(c: Counter) -> dict:
    jr, jw, aw = c["joined right"], c["joined wrong"], c["apart wrong"]
    p = jr / (jr + jw) if jr + jw else 0.0
    r = jr / (jr + aw) if jr + aw else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"joined_right": jr, "joined_wrong": jw, "apart_wrong": aw,
            "apart_right": c["apart right"], "P": round(p, 3), "R": round(r, 3),
            "F1": round(f1, 3)}  # fmt: skip


def held_out(folder: Path, arts: list[dict], threshold: float = THRESHOLD,
             l2: float = L2) -> dict[str, dict]:  # fmt: skip
    """Per reading: the held-out pair counts of the model and of the rules alone."""
    from awol.evaluate.linking import load_gold_links
    from awol.link.fit import story_folds
    from awol.link.fit_readings import load_split

    gold, incidents, _t = load_split(folder, "train")
    cases = load_gold_links(folder)[1] or []
    fold = story_folds(gold, list(incidents) + list(cases), FOLDS)
    res: dict[str, Counter] = {}
    for k in range(FOLDS):
        model = StoryModel(fit_weights([a for a in arts if fold[a["doc"]] != k], l2), threshold)
        for a in arts:
            if fold[a["doc"]] != k:
                continue
            for name, groups in (
                ("model", document_groups(a["feats"], model)),
                ("rules", document_groups(a["feats"], model=None)),
            ):
                res.setdefault(f"{a['reading']}_{name}", Counter()).update(pair_counts(a, groups))
    return {k: summary(v) for k, v in sorted(res.items())}


def main(argv: list[str] | None = None) -> int:
    import json

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--preds", type=Path, help="train extracted held out (JSON Lines)")
    ap.add_argument("--gold-only", action="store_true", help="no extracted reading")
    ap.add_argument("--threshold", type=float, default=THRESHOLD)
    ap.add_argument("--l2", type=float, default=L2)
    args = ap.parse_args(argv)
    preds = None
    if args.preds:
        preds = [json.loads(x) for x in args.preds.read_text("utf-8").splitlines() if x.strip()]
    arts = articles(args.folder, preds, extracted=not args.gold_only)
    cv = held_out(args.folder, arts, args.threshold, args.l2)
    weights = fit_weights(arts, args.l2)
    n_ex = sum(len(examples(a)[1]) for a in arts)
    digest = hashlib.sha256(LABELS_PATH.read_bytes()).hexdigest()[:16]
    out = {
        "labels": f"{LABELS_PATH.parent.parent.name}/{LABELS_PATH.parent.name}/{LABELS_PATH.name}",
        "labels_sha256_16": digest,
        "readings": sorted({a["reading"] for a in arts}),
        "examples": n_ex,
        "l2": args.l2,
        "threshold": args.threshold,
        "weights": weights,
        "cv_pairs": cv,
    }
    print(yaml.safe_dump(out, sort_keys=False, allow_unicode=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
