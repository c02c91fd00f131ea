"""The link model held out on the blind link probes (round 28, link28).

    python -m awol.link.probe_fit tests/link/probes ../shared/corpus/real \
        --train-preds TRAIN.jsonl [--probe-preds PROBES.jsonl] [--splits abcdefgh]

The link model's weights and threshold are fitted on the train split of the real corpus
(``awol.link.fit``); the invented link probes (``tests/link/probes``, splits written blind) are
text neither the weights nor the threshold saw.  Two measures:

1. **The shipped model on the probes**: each probe split linked alone (as ``awol evaluate
   FOLDER --split S`` links it) with the fitted weights, at every threshold of the grid; pooled
   pairwise P / R / F1 of incidents and cases, from gold events and from the events the shipped
   extractor gives (``--probe-preds``: saved by a first run with ``--save-probe-preds``).
2. **Probe pairs as extra training pairs, leave one split out**: for each probe split S, the
   weights are fitted (as ``fit._fit_weights`` does: on the gold pairs, then the agreements no
   positive gold pair shows on both readings) on the train pairs (gold events and the held-out
   train extraction ``TRAIN.jsonl``, ``scripts/link_extracted.py --extract-folds 5 --save``)
   plus the candidate pairs of the other probe splits (both readings), and S is linked with
   them at every threshold; pooled over the splits.

Nothing is written; the numbers say whether the threshold or a weight fitted on train holds on
unseen text (docs/linking.md, round 28).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from awol.link import fit as _fit
from awol.link.fit_readings import Reading

GRID = tuple(round(-3.0 + 0.25 * i, 2) for i in range(17))  # -3.0 .. 1.0


def _jsonl(p: Path) -> list[dict]:
    return [json.loads(x) for x in p.read_text("utf-8").splitlines() if x.strip()]


def extract_folder(folder: Path) -> list[dict]:
    """Every article of a corpus folder as the shipped extractor reads it (with its text)."""
    from awol.runs import run_extract

    man = folder / "manifest.jsonl"
    files = [str(p) for p in sorted(folder.glob("*.txt"))]
    items = run_extract(files, str(man) if man.exists() else None)
    return [it.to_dict(include_text=True) for it in items if hasattr(it, "to_dict")]


def split_readings(folder: Path, split: str, preds: list[dict]) -> dict[str, Reading]:
    """The gold and extracted readings of one split of a corpus folder."""
    from awol.evaluate.events import score as score_events
    from awol.evaluate.linking import load_gold_links, oracle_input

    gold, incidents, texts = _fit.load_split(folder, split)
    cases = load_gold_links(folder)[1] or []
    ids = {g["id"] for g in gold}
    mine = [p for p in preds if p.get("id") in ids]
    align = score_events(gold, mine)["alignment"]
    to_gold = {(d, int(i)): int(j) for d, i, j in align}
    return {
        "gold": Reading(oracle_input(gold, texts), gold, incidents, cases),
        "extracted": Reading(mine, gold, incidents, cases, to_gold),
    }


def sweep(reads: dict[str, dict[str, Reading]], weights: dict[str, float],
          grid: tuple[float, ...] = GRID, margin: float = 0.0) -> dict[tuple[str, float], list[int]]:  # fmt: skip
    """(reading, threshold) -> pooled (tp, pred, gold) of incidents then cases, each split
    linked alone with these weights (a pair under the threshold by at most ``margin`` links as
    a mutual best match of its two documents, ``Linker.margin``)."""
    out = {(n, t): [0] * 6 for n in ("gold", "extracted") for t in grid}
    for by_name in reads.values():
        for n, r in by_name.items():
            lk = _fit.Linked(r, weights, min(grid), margin)
            for t in grid:
                for i, v in enumerate(lk.counts(t, margin)):
                    out[(n, t)][i] += v
    return out


def leave_split_out(train: dict[str, Reading], probes: dict[str, dict[str, Reading]],
                    grid: tuple[float, ...] = GRID) -> tuple[dict, dict]:  # fmt: skip
    """(pooled counts as :func:`sweep`, split -> its weights): each probe split linked with the
    weights fitted on train and the other probe splits."""
    base_pairs, base_y, base_src = _fit.training_pairs(train)
    probe_pairs = {}
    for s, by_name in probes.items():
        probe_pairs[s] = _fit.training_pairs(by_name)
    out = {(n, t): [0] * 6 for n in ("gold", "extracted") for t in grid}
    weights_of = {}
    for s in probes:
        pairs, ys, src = list(base_pairs), list(base_y), list(base_src)
        for o, (p, y, sr) in probe_pairs.items():
            if o != s:
                pairs += p
                ys += list(y)
                src += sr
        w = _fit._fit_weights(pairs, np.array(ys), src=src)
        weights_of[s] = w
        part = sweep({s: probes[s]}, w, grid)
        for k, v in part.items():
            out[k] = [a + b for a, b in zip(out[k], v, strict=True)]
    return out, weights_of


def _row(c: list[int]) -> str:
    f, p, r = _fit._prf(*c[:3])
    cf, cp, cr = _fit._prf(*c[3:])
    return (f"inc P={p:.3f} R={r:.3f} F1={f:.3f} ({c[0]}/{c[1]}/{c[2]}), "
            f"cases P={cp:.3f} R={cr:.3f} F1={cf:.3f}")  # fmt: skip


def print_curve(title: str, counts: dict, grid: tuple[float, ...] = GRID) -> None:
    print(title)
    for t in grid:
        print(f"  {t:5.2f}  gold: {_row(counts[('gold', t)])}")
        print(f"         extracted: {_row(counts[('extracted', t)])}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m awol.link.probe_fit",
                                 description=__doc__.split("\n")[0])  # fmt: skip
    ap.add_argument("probes", type=Path, help="the link probes folder (splits.json)")
    ap.add_argument("train", type=Path, help="the real corpus (its train split)")
    ap.add_argument("--splits", default="abcdefgh", help="probe splits (letters)")
    ap.add_argument("--train-preds", type=Path, help="held-out train extraction (JSON Lines)")
    ap.add_argument("--probe-preds", type=Path, help="the probes as extracted (JSON Lines)")
    ap.add_argument("--save-probe-preds", type=Path, help="write the probes' extraction here")
    ap.add_argument("--per-split", action="store_true", help="also a curve per probe split")
    args = ap.parse_args(argv)
    if args.probe_preds:
        preds = _jsonl(args.probe_preds)
    else:
        preds = extract_folder(args.probes)
        if args.save_probe_preds:
            args.save_probe_preds.write_text(
                "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), "utf-8"
            )
    probes = {s: split_readings(args.probes, s, preds) for s in args.splits}
    weights, threshold = _fit._score.model()
    print(f"shipped model: threshold {threshold}")
    if args.per_split:
        for s in args.splits:
            print_curve(f"split {s}, shipped weights", sweep({s: probes[s]}, weights))
    print_curve("probe splits pooled, shipped weights", sweep(probes, weights))
    for m in (0.5, 1.0, 1.5, 2.0):
        c = sweep(probes, weights, (threshold,), m)
        print(
            f"  mutual margin {m}: gold {_row(c[('gold', threshold)])}; "
            f"extracted {_row(c[('extracted', threshold)])}"
        )
    if args.train_preds:
        train = _fit.readings(args.train, "train", True, _jsonl(args.train_preds))
        counts, w_of = leave_split_out(train, probes)
        print_curve("probe splits pooled, weights fitted on train + the other splits", counts)
        for f in weights:
            vals = [w_of[s][f] for s in args.splits]
            if max(abs(v - weights[f]) for v in vals) >= 0.2:
                print(f"  weight {f}: shipped {weights[f]:.3f}, leave-split-out "
                      f"{min(vals):.3f} .. {max(vals):.3f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
