"""Fit the pair-scoring model on a corpus with gold incidents (the real corpus's train split).

    python -m awol.link.fit ../shared/corpus/real --split train      # writes link/model.yaml
    python -m awol.link.fit ../shared/corpus/real --split train --dry-run

1. Link the gold events of the split's documents and collect every candidate pair the blocking
   proposes, with its evidence features (:func:`awol.link.score.pair_features`); a pair is
   positive when the two events are in one gold incident.
2. Fit a logistic regression (Newton's method, numpy) on these pairs, regularised towards the
   prior weights of ``score.PRIOR`` (evidence the training pairs never show, such as syndicated
   copies, keeps its prior weight): the weights are log-odds contributions.
3. Choose the link threshold that maximises the pairwise incident F1 of the whole linker (with
   its one-to-one and incident-merge constraints) on the same split among the thresholds that
   keep its precision >= ``MIN_PRECISION`` (precision must hold: a false link merges two
   happenings), preferring the higher of equally good thresholds.
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

L2 = 1.0  # ridge penalty on the weights (not on the bias)
MIN_PRECISION = 0.97  # the threshold keeps the training precision at least this high


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
                 iters: int = 50) -> np.ndarray:  # fmt: skip
    """Logistic regression by Newton's method, penalised by ``l2 * |w - prior|^2``: features the
    training pairs say little about keep their prior weight (column 0 is the bias, unpenalised)."""
    w = prior.astype(float).copy()
    reg = np.full(X.shape[1], l2)
    reg[0] = 1e-6
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(X @ w)))
        g = X.T @ (p - y) + reg * (w - prior)
        h = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg)
        step = np.linalg.solve(h, g)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def _incident_f1(docs, incidents, texts) -> tuple[float, float, float]:
    from awol.evaluate.linking import link_and_score

    r = link_and_score(docs, incidents=incidents, cases=None, texts=texts)["incidents"]
    return r["f1"], r["precision"], r["recall"]


def fit(folder: Path, split: str | None = "train") -> dict:
    from awol.evaluate.linking import oracle_input

    gold, incidents, texts = load_split(folder, split)
    docs = oracle_input(gold, texts)
    inc_of = {}
    for n, g in enumerate(incidents):
        for d, i in g["events"]:
            inc_of[(d, int(i))] = n
    pairs = candidate_pairs(docs)
    X = np.array([[x.get(f, 0.0) for f in FEATURES] for _, _, x in pairs])
    y = np.array([1.0 if inc_of.get(a, -1) == inc_of.get(b, -2) else 0.0 for a, b, _ in pairs])
    prior = np.array([PRIOR.get(f, 0.0) for f in FEATURES])
    w = fit_logistic(X, y, prior)
    weights = {f: round(float(v), 3) for f, v in zip(FEATURES, w, strict=True)}
    n_gold = 0
    ids = {g["id"] for g in gold}
    for g in incidents:
        evs = [e for e in g["events"] if e[0] in ids]
        n_gold += sum(1 for i, a in enumerate(evs) for b in evs[i + 1 :] if a[0] != b[0])
    # threshold: the best incident F1 of the whole linker on the split
    best = None
    curve: list[dict] = []
    old = _score.model
    try:
        for t in np.arange(-3.0, 3.01, 0.25):
            m = (weights, float(t))
            _score.model = lambda m=m: m  # type: ignore[assignment]
            f1, p, r = _incident_f1(gold, incidents, texts)
            curve.append({"threshold": round(float(t), 2), "precision": p, "recall": r, "f1": f1})
            key = (p >= MIN_PRECISION, f1, p, t)
            if best is None or key >= best[0]:
                best = (key, float(t), p, r)
    finally:
        _score.model = old
    assert best is not None
    return {
        "threshold": round(best[1], 3),
        "weights": weights,
        "fitted_on": {
            "corpus": folder.name,
            "split": split or "all",
            "documents": len(gold),
            "candidate_pairs": len(pairs),
            "positive_pairs": int(y.sum()),
            "gold_pairs": n_gold,
            "l2": L2,
            "min_precision": MIN_PRECISION,
            "incident_f1": best[0][1],
            "incident_precision": best[2],
            "incident_recall": best[3],
        },
        "curve": curve,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m awol.link.fit", description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path, help="corpus folder (gold.jsonl, incidents.jsonl)")
    ap.add_argument("--split", default="train", help="split of splits.json ('' for all)")
    ap.add_argument("--dry-run", action="store_true", help="print the model, do not write it")
    args = ap.parse_args(argv)
    for name in ("gold.jsonl", "incidents.jsonl"):
        if not (args.corpus / name).exists():
            print(f"awol: error: {args.corpus / name}: not found", file=sys.stderr)
            return 1
    model = fit(args.corpus, args.split or None)
    for row in model.pop("curve"):
        print(
            "threshold {threshold:5.2f}: P={precision:.3f} R={recall:.3f} F1={f1:.3f}".format(**row)
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
