"""Fit the pair-scoring model on a corpus with gold incidents (the real corpus's train split).

    python -m awol.link.fit ../shared/corpus/real --split train      # writes link/model.yaml
    python -m awol.link.fit ../shared/corpus/real --split train --dry-run

1. Link the gold events of the split's documents and collect every candidate pair the blocking
   proposes, with its evidence features (:func:`awol.link.score.pair_features`); a pair is
   positive when the two events are in one gold incident.
2. Fit a logistic regression (Newton's method, numpy) on these pairs, regularised towards the
   prior weights of ``score.PRIOR`` (evidence the training pairs never show, such as syndicated
   copies, keeps its prior weight): the weights are log-odds contributions.
3. Choose the link threshold **held out**: the split's documents are dealt into ``FOLDS`` folds
   by story (the documents of one gold incident or case stay in one fold, so no pair leaks);
   for each fold, weights are fitted on the pairs of the other folds, the whole split is linked
   with them at each threshold and the pairs with a document of the fold are counted (the other
   documents are distractors).  The threshold that maximises the mean of the pooled pairwise
   incident and case F-beta (``BETA`` = 0.5: precision weighs twice recall, since a false link
   merges two happenings, and one false incident link can merge two whole cases) of the whole
   linker (with its one-to-one and incident-merge constraints) is kept; of consecutive
   thresholds with equal held-out results (a plateau: no held-out pair scores between them)
   the middle of the widest (:func:`plateau_middle`).  The weights
   of the model are then fitted on all the pairs.  The held-out figures at that threshold are
   stored with the model (``cv_*``), beside the in-sample ones; ``--folds`` prints the curve.
Deterministic: the same corpus gives the same model.yaml.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import yaml

from awol.link import score as _score
from awol.link.score import FEATURES, MODEL_PATH, PRIOR

L2 = 10.0  # ridge penalty on the weights (not on the bias), towards the prior (docs/linking.md)
BETA = 0.5  # the threshold maximises the held-out F-beta: precision weighs 1/BETA times recall
FOLDS = 5  # folds (by story) of the held-out threshold choice
THRESHOLDS = tuple(round(-3.0 + 0.1 * i, 2) for i in range(61))  # -3.0 .. 3.0


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def load_split(folder: Path, split: str | None) -> tuple[list[dict], list[dict], dict[str, str]]:
    """(gold documents of the split, gold incidents, texts)."""
    gold = _read_jsonl(folder / "gold.jsonl")
    if split:
        ids = set(json.loads((folder / "splits.json").read_text(encoding="utf-8"))[split])
        gold = [g for g in gold if g["id"] in ids]
    texts = {}
    for g in gold:
        p = folder / f"{g['id']}.txt"
        if p.exists():
            texts[g["id"]] = p.read_text(encoding="utf-8")
    return gold, _read_jsonl(folder / "incidents.jsonl"), texts


def candidate_pairs(docs: list[dict]) -> list[tuple[tuple, tuple, dict[str, float]]]:
    """Every candidate pair the blocking proposes (not vetoed), with its features."""
    from awol.link import Linker

    lk = Linker()
    lk.record = []
    lk.add(docs)
    seen = set()
    uniq = []
    for a, b, x in lk.record:
        k = tuple(sorted((a, b)))
        if k not in seen:
            seen.add(k)
            uniq.append((k[0], k[1], x))
    return uniq


def fit_logistic(X: np.ndarray, y: np.ndarray, prior: np.ndarray, l2: float = L2,
                 iters: int = 50, signs: np.ndarray | None = None) -> np.ndarray:  # fmt: skip
    """Logistic regression by Newton's method, penalised by ``l2 * |w - prior|^2``: features the
    training pairs say little about keep their prior weight (column 0 is the bias, unpenalised).
    With ``signs`` (per column: 1 weight >= 0, -1 weight <= 0, 0 free), a weight that comes out
    with the wrong sign is fixed at 0 and the others refitted, until none does (active set)."""
    if signs is None:
        return _newton(X, y, prior, l2, iters)
    fixed = np.zeros(X.shape[1], dtype=bool)
    while True:
        free = ~fixed
        w = np.zeros(X.shape[1])
        w[free] = _newton(X[:, free], y, prior[free], l2, iters)
        wrong = free & (signs * w < -1e-9)
        if not wrong.any():
            return w
        fixed |= wrong


def _newton(X: np.ndarray, y: np.ndarray, prior: np.ndarray, l2: float, iters: int) -> np.ndarray:
    w = prior.astype(float).copy()
    reg = np.full(X.shape[1], l2)
    reg[0] = 1e-6

    def loss(v: np.ndarray) -> float:
        z = X @ v
        return float(np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * np.sum(reg * (v - prior) ** 2))

    cur = loss(w)
    for _ in range(iters):
        p = 0.5 * (1.0 + np.tanh(0.5 * (X @ w)))  # the logistic function, without overflow
        g = X.T @ (p - y) + reg * (w - prior)
        h = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg)
        step = np.linalg.solve(h, g)
        # damped Newton: halve the step until the penalised loss decreases (separable data
        # would otherwise overshoot)
        for _ in range(40):
            new = loss(w - step)
            if new <= cur:
                break
            step = step / 2
        w = w - step
        cur = new
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def story_folds(gold: list[dict], groups: list[dict], k: int) -> dict[str, int]:
    """document -> fold (0..k-1): the documents joined by a gold incident or case (``groups``)
    stay in one fold (no pair of one story is split, so none leaks into training); the stories
    are dealt largest first to the fold with the fewest events (ties: the lowest fold)."""
    parent = {g["id"]: g["id"] for g in gold}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for grp in groups:
        docs = sorted({d for d, _ in grp.get("events") or [] if d in parent})
        for d in docs[1:]:
            ra, rb = find(docs[0]), find(d)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    comps: dict[str, list[str]] = {}
    for g in gold:
        comps.setdefault(find(g["id"]), []).append(g["id"])
    n_events = {g["id"]: len(g.get("events") or []) for g in gold}
    size = [0] * k
    out: dict[str, int] = {}
    order = sorted(comps.values(), key=lambda ds: (-sum(n_events[d] for d in ds), min(ds)))
    for ds in order:
        f = min(range(k), key=lambda i: (size[i], i))
        size[f] += sum(n_events[d] for d in ds)
        for d in ds:
            out[d] = f
    return out


def _sweep(docs: list[dict], incidents: list[dict], texts: dict[str, str],
           weights: dict[str, float], thresholds: tuple[float, ...],
           held: set[str] | None = None,
           cases: list[dict] | None = None) -> dict[float, tuple[int, ...]]:  # fmt: skip
    """threshold -> (true, predicted, gold) cross-document incident pairs of the linker on
    ``docs`` with these weights, then the same for case pairs against ``cases``; with ``held``, only the pairs with a document of ``held`` (the
    other documents are linked too, as distractors).  The documents are scored once, at the
    lowest threshold: the links of a higher one are those of at least its score (one-to-one
    matching is greedy strongest first, so weaker pairs never change it), and its incidents are
    rebuilt from them (``Linker.from_state``)."""
    from awol.evaluate.linking import oracle_input
    from awol.link import Linker

    old = _score.model
    _score.model = lambda: (weights, min(thresholds))  # type: ignore[assignment]
    try:
        lk = Linker()
        lk.add(oracle_input(docs, texts))
        state = lk.state()
        out = {}
        gold_inc = {(d, int(i)): n for n, g in enumerate(incidents) for d, i in g["events"]}
        gold_case = {(d, int(i)): n for n, g in enumerate(cases or []) for d, i in g["events"]}
        for t in thresholds:
            links = [x for x in state["links"] if x[2] >= t]
            part = Linker.from_state({**state, "links": links})
            incs = part.incidents()
            counts: list[int] = []
            for label, gold_of in (("incident_id", gold_inc), ("case_id", gold_case)):
                pred = {(d, int(i)): p[label] for p in incs for d, i in p["events"]}
                keys = sorted(pred)
                tp = n_pred = n_gold = 0
                for i, a in enumerate(keys):
                    for b in keys[i + 1 :]:
                        if a[0] == b[0] or (held is not None and a[0] not in held
                                            and b[0] not in held):  # fmt: skip
                            continue
                        same_p = pred[a] == pred[b]
                        same_g = a in gold_of and gold_of[a] == gold_of.get(b)
                        n_pred += same_p
                        n_gold += same_g
                        tp += same_p and same_g
                counts += [tp, n_pred, n_gold]
            out[t] = tuple(counts)
    finally:
        _score.model = old
    return out


def _prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(f, 4), round(p, 4), round(r, 4)


def _fbeta(p: float, r: float) -> float:
    return (1 + BETA**2) * p * r / (BETA**2 * p + r) if p + r else 0.0


def _fit_weights(
    pairs: list, labels: np.ndarray, keep: list[bool] | None = None
) -> dict[str, float]:
    X = np.array([[x.get(f, 0.0) for f in FEATURES] for _, _, x in pairs])
    y = labels
    if keep is not None:
        mask = np.array(keep, dtype=bool)
        X, y = X[mask], y[mask]
    cols = [i for i, f in enumerate(FEATURES) if f not in _score.FIXED]
    fitted = [FEATURES[i] for i in cols]
    prior = np.array([PRIOR.get(f, 0.0) for f in fitted])
    signs = np.array([_score.sign(f) for f in fitted])
    w = dict(zip(fitted, fit_logistic(X[:, cols], y, prior, signs=signs), strict=True))
    w.update(_score.FIXED)
    return {f: round(float(w[f]), 3) for f in FEATURES}


def plateau_middle(curve: list[dict]) -> tuple[float, dict]:
    """(threshold, its curve row): the middle of the best plateau of the held-out curve.  The
    best result is the highest mean F-beta, then the highest incident precision; the thresholds
    giving it form runs of consecutive grid points (plateaus: no held-out pair scores between
    them).  The widest run is kept (ties: the lowest), and its middle is the threshold: the
    held-out pairs at its two edges are the nearest to either side of the boundary, so the
    middle is the choice least tied to where those few pairs happened to fall."""
    keys = [(row["fbeta"], row["precision"]) for row in curve]
    top = max(keys)
    runs: list[list[int]] = []
    for i, k in enumerate(keys):
        if k != top:
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    run = max(runs, key=lambda r: (len(r), -r[0]))
    lo, hi = curve[run[0]]["threshold"], curve[run[-1]]["threshold"]
    return round((lo + hi) / 2, 3), curve[run[len(run) // 2]]


def fit(folder: Path, split: str | None = "train", folds: int = FOLDS) -> dict:
    from awol.evaluate.linking import load_gold_links, oracle_input

    gold, incidents, texts = load_split(folder, split)
    cases = load_gold_links(folder)[1] or []
    docs = oracle_input(gold, texts)
    inc_of = {}
    for n, g in enumerate(incidents):
        for d, i in g["events"]:
            inc_of[(d, int(i))] = n
    pairs = candidate_pairs(docs)
    y = np.array([1.0 if inc_of.get(a, -1) == inc_of.get(b, -2) else 0.0 for a, b, _ in pairs])
    weights = _fit_weights(pairs, y)
    n_gold = 0
    ids = {g["id"] for g in gold}
    for g in incidents:
        evs = [e for e in g["events"] if e[0] in ids]
        n_gold += sum(1 for i, a in enumerate(evs) for b in evs[i + 1 :] if a[0] != b[0])
    # held-out threshold: per fold, weights fitted without the fold, the fold linked alone
    fold_of = story_folds(gold, list(incidents) + list(cases), folds)
    pooled = {t: [0] * 6 for t in THRESHOLDS}
    for k in range(folds):
        keep = [fold_of[a[0]] != k and fold_of[b[0]] != k for a, b, _ in pairs]
        w_k = _fit_weights(pairs, y, keep)
        held = {g["id"] for g in gold if fold_of[g["id"]] == k}
        for t, counts in _sweep(gold, incidents, texts, w_k, THRESHOLDS, held, cases).items():
            for i, v in enumerate(counts):
                pooled[t][i] += v
    curve: list[dict] = []
    for t in THRESHOLDS:
        f1, p, r = _prf(*pooled[t][:3])
        cf1, cp, cr = _prf(*pooled[t][3:])
        fb = (_fbeta(p, r) + _fbeta(cp, cr)) / 2
        row = {"threshold": t, "precision": p, "recall": r, "f1": f1,
               "case_precision": cp, "case_recall": cr, "case_f1": cf1,
               "fbeta": round(fb, 4)}  # fmt: skip
        curve.append(row)
    t, best_row = plateau_middle(curve)
    best = (None, best_row)
    f1, p, r = _prf(*_sweep(gold, incidents, texts, weights, (t,))[t][:3])
    return {
        "threshold": float(t),
        "weights": weights,
        "fitted_on": {
            "corpus": folder.name,
            "split": split or "all",
            "documents": len(gold),
            "candidate_pairs": len(pairs),
            "positive_pairs": int(y.sum()),
            "gold_pairs": n_gold,
            "l2": L2,
            "beta": BETA,
            "folds": folds,
            "cv_incident_f1": best[1]["f1"],
            "cv_incident_precision": best[1]["precision"],
            "cv_incident_recall": best[1]["recall"],
            "cv_case_f1": best[1]["case_f1"],
            "cv_case_precision": best[1]["case_precision"],
            "cv_case_recall": best[1]["case_recall"],
            "incident_f1": f1,
            "incident_precision": p,
            "incident_recall": r,
        },
        "curve": curve,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m awol.link.fit", description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path, help="corpus folder (gold.jsonl, incidents.jsonl)")
    ap.add_argument("--split", default="train", help="split of splits.json ('' for all)")
    ap.add_argument("--dry-run", action="store_true", help="print the model, do not write it")
    ap.add_argument(
        "--folds",
        type=int,
        default=FOLDS,
        help=f"folds (by story) of the held-out threshold choice (default {FOLDS})",
    )
    args = ap.parse_args(argv)
    for name in ("gold.jsonl", "incidents.jsonl"):
        if not (args.corpus / name).exists():
            print(f"awol: error: {args.corpus / name}: not found", file=sys.stderr)
            return 1
    model = fit(args.corpus, args.split or None, max(2, args.folds))
    print(f"held out ({model['fitted_on']['folds']} folds by story), pooled over the folds:")
    for row in model.pop("curve"):
        print(
            "threshold {threshold:5.2f}: incidents P={precision:.3f} R={recall:.3f} F1={f1:.3f}, "
            "cases P={case_precision:.3f} R={case_recall:.3f} F1={case_f1:.3f}, "
            "mean F{beta}={fbeta:.3f}".format(beta=BETA, **row)
        )
    text = (
        "# Pair-scoring model of awol.link (see score.py): fitted, do not edit by hand.\n"
        f"# Reproduce: python -m awol.link.fit <corpus/real> --split {args.split}\n"
        + yaml.safe_dump(model, sort_keys=False, allow_unicode=True)
    )
    if args.dry_run:
        print(text)
    else:
        MODEL_PATH.write_text(text, encoding="utf-8")
        _score.model.cache_clear()
        print(f"wrote {MODEL_PATH}: {json.dumps(model['fitted_on'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
