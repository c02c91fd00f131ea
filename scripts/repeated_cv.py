"""Repeated held-out evaluation of the sentence model: can a variant be told from noise?  (issue 8)

One ``awol evaluate --split train --folds 5`` moves by one or two events with any refit, so a
variant of the sentence model (features, regularisation, thresholds) measured on one dealing of
the folds cannot be told apart from noise.  This deals the real corpus's train articles into
``--folds`` folds ``--repeats`` times (repeat 0 is the dealing ``awol evaluate --folds`` uses:
id order, round robin; repeat r > 0 shuffles the ids with seed r first), and for every fold
trains a model in memory on the training corpora (those ``awol train`` reads: real train + dev)
without that fold, extracts the fold with the whole pipeline and scores all folds together, as
``--folds`` does.  It prints, per language, the mean and spread (sample standard deviation over
the repeats) of held-out event precision, recall and F1, of F1 per type, and the sentence
model's unseen-word recall on the same folds (``scripts/unseen_words.py``: held-out gold
sentences of a type none of whose trigger or cue words of that type occur in a training
sentence of that type, recalled at p >= 0.5; counted over the real train articles held out, summed
over the repeats).

    python scripts/repeated_cv.py [--folds 5] [--repeats 3] [--json OUT] [--against BASE.json]
        [--set module.NAME=VALUE ...] [--sentences-only]

``--set`` changes a constant of ``awol.extract.classifier`` or ``awol.extract.train`` for the
run (``--set train.C=0.5``), so variants are measured with the same folds; ``--against`` prints
each repeat's difference from a saved run (paired: the same dealings).  The dataset (cleaning,
sentences, candidates) is built once and the lemmatiser's caches are kept across repeats.
Reads only the train split; prints aggregate counts only.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from awol.model import EVENT_TYPES  # noqa: E402

REAL = ROOT.parent / "shared" / "corpus" / "real"


def deal(ids: list[str], folds: int, seed: int) -> dict[str, int]:
    """Fold of each id: repeat 0 as ``awol evaluate --folds`` deals (id order, round robin),
    later repeats after shuffling the ids with their seed."""
    order = sorted(set(ids))
    if seed:
        random.Random(seed).shuffle(order)
    return {doc_id: k % folds for k, doc_id in enumerate(order)}


def _set(assignments: list[str]) -> None:
    from awol.extract import classifier, train

    modules = {"classifier": classifier, "train": train}
    for a in assignments:
        name, _, value = a.partition("=")
        mod, _, attr = name.partition(".")
        if mod not in modules or not hasattr(modules[mod], attr):
            raise SystemExit(f"--set {a}: no constant {attr!r} in awol.extract.{mod}")
        setattr(modules[mod], attr, json.loads(value))


def _ap(y: np.ndarray, prob: np.ndarray, rows: np.ndarray) -> float:
    """Average precision of the held-out sentences' probabilities, every (sentence, type) pooled:
    how well the model ranks, whatever the thresholds."""
    from sklearn.metrics import average_precision_score

    yy, pp = y[rows].ravel(), prob[rows].ravel()
    return round(float(average_precision_score(yy, pp)), 4) if yy.any() else 0.0


def confusion(res: dict, preds: list[dict]) -> dict[str, int]:
    """Held-out event confusion by type: each missed gold event ("gold>pred") whose evidence
    sentence gave an event of another type (the scorer's word overlap >= 0.5), else
    "gold>none"; each spurious event whose sentence is a gold event of another type is counted
    from the gold side the same way (so the view is the misses)."""
    from awol.evaluate.events import _evidence, _overlap

    by_id = {d["id"]: d.get("events") or [] for d in preds}
    out: dict[str, int] = {}
    for m in res["misses"]:
        if "id" not in m:  # (a figure's miss)
            continue
        others = {
            p.get("type")
            for p in by_id.get(m["id"], [])
            if p.get("type") != m["type"] and _overlap(_evidence(p), m["evidence"]) >= 0.5
        }
        for t in sorted(others) or ["none"]:
            key = f"{m['type']}>{t}"
            out[key] = out.get(key, 0) + 1
    return out


def sentence_confusion(y: np.ndarray, prob: np.ndarray, rows: np.ndarray) -> dict[str, int]:
    """Held-out sentence confusion: for each gold (sentence, type), the type the model reads the
    sentence as above all ("gold>read"), or "gold>none" where no type reaches 0.5."""
    out: dict[str, int] = {}
    for i in np.flatnonzero(rows & y.any(axis=1)):
        top = int(np.argmax(prob[i]))
        read = EVENT_TYPES[top] if prob[i, top] >= 0.5 else "none"
        for k in np.flatnonzero(y[i]):
            key = f"{EVENT_TYPES[k]}>{read}"
            out[key] = out.get(key, 0) + 1
    return out


def _sd(xs: list[float]) -> float:
    return statistics.stdev(xs) if len(xs) > 1 else 0.0


def run(
    folder: Path, corpora: list[Path], folds: int, repeats: int, sentences_only: bool = False
) -> dict:
    from unseen_words import collect

    from awol.cli.extract import run_extract
    from awol.errors import InputError
    from awol.evaluate.events import by_language, by_split, score
    from awol.extract.classifier import using_model
    from awol.extract.train import document_key, train

    gold_all = [json.loads(x) for x in (folder / "gold.jsonl").read_text("utf-8").splitlines() if x]
    gold = by_split(gold_all, folder, "train")
    ids = sorted(g["id"] for g in gold)
    man = folder / "manifest.jsonl"
    manifest = str(man) if man.exists() else None
    t0 = time.process_time()
    ds, _feats, trig_cands = collect(corpora)
    # the rows of each candidate (a gold sentence has two where train.AUGMENT) and their words
    aug = np.array(ds.augmented, dtype=bool)
    trig = [trig_cands[n] for n in np.cumsum(~aug) - 1]
    y = np.array(ds.labels, dtype=bool)
    groups = np.array(ds.groups)
    langs = np.array(ds.languages)
    names = [p.name for p in corpora]
    out: dict = {"folds": folds, "repeats": [], "dataset_cpu": round(time.process_time() - t0, 1)}
    for seed in range(repeats):
        t1 = time.process_time()
        fold_of = deal(ids, folds, seed)
        preds: list[dict] = []
        prob = np.full(y.shape, np.nan)
        unseen = np.zeros(y.shape, dtype=bool)
        for k in range(folds):
            held = sorted(i for i, f in fold_of.items() if f == k)
            test = np.isin(groups, [document_key(folder, i) for i in held])
            model = train(ds, names, rows=~test)
            with using_model(model):
                for item in (
                    []
                    if sentences_only
                    else run_extract([str(folder / f"{i}.txt") for i in held], manifest)
                ):
                    if not isinstance(item, InputError):
                        preds.append(item.to_dict(include_text=False))
            for i in np.flatnonzero(test & ~aug):
                z = model.weights[ds.rows[i]].sum(axis=0) + model.bias
                prob[i] = 1.0 / (1.0 + np.exp(-z))
            for kk, t in enumerate(EVENT_TYPES):
                seen = set().union(
                    *(trig[i].get(t, set()) for i in np.flatnonzero(~test & y[:, kk]))
                )
                for i in np.flatnonzero(test & ~aug & y[:, kk]):
                    unseen[i, kk] = not (trig[i].get(t, set()) & seen)
        rep: dict = {"seed": seed, "cpu": round(time.process_time() - t1, 1)}
        held_rows = ~np.isnan(prob[:, 0])
        hit = np.nan_to_num(prob) >= 0.5
        for lang in ("en", "ru"):
            res = score(by_language(gold, lang), by_language(preds, lang))
            sel = (held_rows & (langs == lang))[:, None]
            rep[lang] = {
                "events": {
                    k: res["events"][k] for k in ("precision", "recall", "f1", "tp", "fp", "fn")
                },
                "per_type": {t: res["per_type"][t]["f1"] for t in EVENT_TYPES},
                "unseen": [int((unseen & sel & hit).sum()), int((unseen & sel).sum())],
                "gold_sentences": [int((y & sel & hit).sum()), int((y & sel).sum())],
                "sentence_fp": int((~y & sel & hit).sum()),
                "sentence_ap": _ap(y, prob, held_rows & (langs == lang)),
                "confusion": confusion(res, by_language(preds, lang)),
                "sentence_confusion": sentence_confusion(y, prob, held_rows & (langs == lang)),
            }
        out["repeats"].append(rep)
        print(
            f"repeat {seed}: "
            + "  ".join(f"{lang} F1 {rep[lang]['events']['f1']:.3f}" for lang in ("en", "ru"))
            + f"  ({rep['cpu']} s CPU)",
            file=sys.stderr,
        )
    return out


def summary(res: dict, against: dict | None = None) -> str:
    reps = res["repeats"]
    lines = [f"{len(reps)} repeats of {res['folds']} folds (real train, held out)"]
    for lang in ("en", "ru"):
        ev = [r[lang]["events"] for r in reps]
        f1 = [e["f1"] for e in ev]
        line = (
            f"{lang}: events F1 {statistics.mean(f1):.3f} +- {_sd(f1):.3f} "
            f"(P {statistics.mean(e['precision'] for e in ev):.3f}, "
            f"R {statistics.mean(e['recall'] for e in ev):.3f}; tp/fp/fn "
            f"{sum(e['tp'] for e in ev)}/{sum(e['fp'] for e in ev)}/{sum(e['fn'] for e in ev)} "
            f"over the repeats)"
        )
        if against is not None:
            base = [r[lang]["events"]["f1"] for r in against["repeats"]][: len(f1)]
            d = [a - b for a, b in zip(f1, base, strict=False)]
            line += f"; vs base {statistics.mean(d):+.3f} (per repeat {' '.join(f'{x:+.3f}' for x in d)})"
        lines.append(line)
        per = []
        for t in EVENT_TYPES:
            xs = [r[lang]["per_type"][t] for r in reps]
            per.append(f"{t} {statistics.mean(xs):.3f}+-{_sd(xs):.3f}")
        lines.append("    " + ", ".join(per))
        u = [sum(r[lang]["unseen"][i] for r in reps) for i in (0, 1)]
        g = [sum(r[lang]["gold_sentences"][i] for r in reps) for i in (0, 1)]
        fp = sum(r[lang]["sentence_fp"] for r in reps)
        ap = [r[lang].get("sentence_ap", 0.0) for r in reps]
        line = f"    sentence model: average precision {statistics.mean(ap):.4f} +- {_sd(ap):.4f}"
        if against is not None:
            base_ap = [r[lang].get("sentence_ap", 0.0) for r in against["repeats"]][: len(ap)]
            d = [a - b for a, b in zip(ap, base_ap, strict=False)]
            line += f"; vs base {statistics.mean(d):+.4f} ({' '.join(f'{x:+.4f}' for x in d)})"
        lines.append(line)
        lines.append(
            f"    sentence model (p >= 0.5): unseen-word gold sentences {u[0]}/{u[1]}, "
            f"all gold {g[0]}/{g[1]}, false positives {fp} (summed over the repeats)"
        )
        for name in ("confusion", "sentence_confusion"):
            total: dict[str, int] = {}
            for r in reps:
                for k, n in r[lang].get(name, {}).items():
                    total[k] = total.get(k, 0) + n
            off = sorted(
                ((n, k) for k, n in total.items() if k.split(">")[0] != k.split(">")[1]),
                reverse=True,
            )
            what = (
                "missed events by the type their sentence gave"
                if name == "confusion"
                else ("gold sentences (gold>read) off their type")
            )
            lines.append(f"    {what}: " + ", ".join(f"{k} {n}" for n, k in off))
    cpu = sum(r["cpu"] for r in reps) + res["dataset_cpu"]
    lines.append(f"CPU {cpu:.0f} s (dataset {res['dataset_cpu']} s)")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", type=Path, help="write every repeat's scores here")
    ap.add_argument("--against", type=Path, help="a --json of another run: paired differences")
    ap.add_argument(
        "--sentences-only",
        action="store_true",
        help="only the sentence model's scores (no extraction: seconds, to screen variants)",
    )
    ap.add_argument("--set", action="append", default=[], metavar="MODULE.NAME=VALUE")
    a = ap.parse_args()
    if not (REAL / "gold.jsonl").exists():
        raise SystemExit(f"{REAL}: no real corpus here")
    _set(a.set)
    from awol.runs import DEFAULT_CORPORA

    corpora = [p for p in DEFAULT_CORPORA if (p / "gold.jsonl").exists()]
    res = run(REAL, corpora, a.folds, a.repeats, a.sentences_only)
    res["set"] = a.set
    if a.json:
        a.json.write_text(json.dumps(res, indent=1))
    against = json.loads(a.against.read_text()) if a.against else None
    print(summary(res, against))


if __name__ == "__main__":
    main()
