"""Fit the evidence choice on held-out real train: which order of criteria (or which small
logistic ranker) picks the sentence the coders cite, cross-validated by article.

    .venv/bin/python scripts/evidence_choice.py ../shared/corpus/real --language ru \\
        --dump /tmp/ev_ru.jsonl
    .venv/bin/python scripts/fit_evidence.py /tmp/ev_ru.jsonl [--max-len 4]

Reads the decidable events that ``scripts/evidence_choice.py --dump`` wrote (an event told by
several sentences, one of which is the gold's evidence) and reports, leaving one article out at
a time: (a) the lexicographic order of criteria (``evidence:`` in ``lang/*/events.yaml``, at
most ``--max-len`` criteria, chosen on the other articles), (b) a pairwise logistic ranker over
the same features (``merging.evidence_features``); and the order chosen on all of them, with
the current language's order for comparison.  What it prints is a candidate: the order is
switched on only where the held-out events F1 (``awol evaluate --folds 5``) agrees.

``--other DUMP``: the half-split check (``evidence_choice.py --half A|B --dump``): the order
chosen on the first dump, over the criteria of the ranking and the position and field
features (``POSITION``: headline, lead, earliest, first of the body, date, count, names), and
each of those put before the language's order, scored on the other dump against the current
order.  A change counts only where both directions gain.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

# the criteria an order may use (merging.EVIDENCE_CRITERIA), as the dump names them
CRITERIA = ("sole", "weight", "prob", "filled", "region", "main")
# the features of the mentions' position and fields (merging.evidence_features), for --other
POSITION = ("head", "lead", "first", "first_body", "date", "count", "names")


def _value(f: dict, c: str) -> float:
    return round(f["prob"], 1) if c == "prob" else float(f[c])


def _choose(feats: list[dict], order: tuple[str, ...]) -> int:
    """The mention an order picks (merging.evidence_rank: not retold, the criteria, earliest)."""
    return max(
        range(len(feats)),
        key=lambda k: (-feats[k]["retold"], *(_value(feats[k], c) for c in order), -k),
    )


def _orders(max_len: int) -> list[tuple[str, ...]]:
    return [o for n in range(1, max_len + 1) for o in itertools.permutations(CRITERIA, n)]


def best_order(rows: list[dict], orders: list[tuple[str, ...]]) -> tuple[tuple[str, ...], int]:
    """The order choosing the gold's sentence most often (ties: the shorter, then the first)."""
    scored = [
        (sum(_choose(r["features"], o) == r["gold"] for r in rows), -len(o), o) for o in orders
    ]
    hits, _n, order = max(scored, key=lambda x: (x[0], x[1]))
    return order, hits


def _ranker_cv(rows: list[dict], names: list[str]) -> int:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    def vec(f: dict) -> np.ndarray:
        return np.array([float(f[c]) for c in names])

    ok = 0
    for held in sorted({r["id"] for r in rows}):
        x, y = [], []
        for r in rows:
            if r["id"] == held:
                continue
            g = r["features"][r["gold"]]
            for k, f in enumerate(r["features"]):
                if k != r["gold"]:
                    x += [vec(g) - vec(f), vec(f) - vec(g)]
                    y += [1, 0]
        if len(set(y)) < 2:
            continue
        model = LogisticRegression(C=0.3, fit_intercept=False, max_iter=1000)
        model.fit(np.array(x), np.array(y))
        for r in rows:
            if r["id"] == held:
                s = [float(model.decision_function([vec(f)])[0]) for f in r["features"]]
                ok += int(np.argmax(s)) == r["gold"]
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump", type=Path)
    ap.add_argument("--max-len", type=int, default=4)
    ap.add_argument("--other", type=Path, help="score on this dump the order fitted on the first")
    args = ap.parse_args()
    rows = [json.loads(x) for x in args.dump.read_text("utf-8").splitlines() if x]
    if not rows:
        raise SystemExit("no decidable events in the dump")
    if args.other:
        other = [json.loads(x) for x in args.other.read_text("utf-8").splitlines() if x]
        _half_split(rows, other, min(args.max_len, 3))
        return
    orders = _orders(args.max_len)
    lang = rows[0]["language"]
    from awol.extract.merging import evidence_order

    current = evidence_order(lang)
    now = sum(_choose(r["features"], current) == r["gold"] for r in rows)
    cv = 0
    for held in sorted({r["id"] for r in rows}):
        order, _hits = best_order([r for r in rows if r["id"] != held], orders)
        cv += sum(_choose(r["features"], order) == r["gold"] for r in rows if r["id"] == held)
    names = sorted(k for k in rows[0]["features"][0] if k != "retold") + ["retold"]
    ranker = _ranker_cv(rows, names)
    order, hits = best_order(rows, orders)
    n = len(rows)
    print(f"{lang}: {n} decidable events in {len({r['id'] for r in rows})} articles")
    print(f"  current order {list(current)}: {now}/{n} (in sample)")
    print(f"  order chosen on the other articles, held out by article: {cv}/{n}")
    print(f"  pairwise logistic ranker ({len(names)} features), held out by article: {ranker}/{n}")
    print(f"  order chosen on all: {list(order)}: {hits}/{n} (in sample)")


def _half_split(fit: list[dict], other: list[dict], max_len: int) -> None:
    """``--other`` (see the module)."""
    from awol.extract.merging import evidence_order

    current = evidence_order(fit[0]["language"])

    def hits(rows: list[dict], order: tuple[str, ...]) -> int:
        return sum(_choose(r["features"], order) == r["gold"] for r in rows)

    names = CRITERIA + POSITION
    orders = [o for n in range(1, max_len + 1) for o in itertools.permutations(names, n)]
    order, got = best_order(fit, orders)
    print(f"current order {list(current)}: {hits(fit, current)}/{len(fit)} on the first dump,")
    print(f"  {hits(other, current)}/{len(other)} on the other")
    print(f"order fitted on the first dump {list(order)}: {got}/{len(fit)}, on the other: "
          f"{hits(other, order)}/{len(other)}")  # fmt: skip
    for c in POSITION:
        first = (c, *current)
        print(f"  {c:<10} first: {hits(fit, first):>3} {hits(other, first):>3}")


if __name__ == "__main__":
    main()
