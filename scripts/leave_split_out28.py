"""Leave-split-out evaluation of the sentence model on the invented articles (round 28, learn28).

Does the sentence model generalise better to unseen text when it also learns from the invented
articles (tests/extract/probes/articles/en|ru, splits a-e, written blind)?  For each split s the
model is trained on the training corpora (``awol train``'s: real train + dev) plus the invented
articles of the other splits, both languages (split s of both languages left out), and split s
of each language is extracted with it and scored; the counts are summed over the splits (micro).
``--baseline`` reads every split with the shipped model instead (which never saw any invented
article).

    python scripts/leave_split_out28.py [--baseline | --in-sample] [--weight W] [--set train.N=V ...]
        [--splits a,b,c,d,e] [--cache DIR] [--json OUT]
    python scripts/leave_split_out28.py --weight W [--set ...] evaluate -- AWOL-EVALUATE-ARGS

``--in-sample`` trains one model on every split (the ceiling of what the model can learn from
them, not a measure).  ``--weight`` is the invented articles' row weight (``train.CORPUS_WEIGHT``
of their folders, 1 by default).  ``--set`` changes a constant of ``awol.extract.train`` (the
gates a model carries in its meta: LEMMA, CONFIRM, RESCUE, ...; or a fit constant).  The fold
models are cached in ``--cache`` (default /tmp/leave_split_out28), one file per (weight, fit
constants, split): a gate changed with ``--set`` is applied to the cached weights, not refitted.
``evaluate`` runs ``awol evaluate`` with the invented articles in the training corpora at that
weight (for ``--folds 5`` and ``--hold-out-words`` on real train: the rule's other half).  Prints
counts only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SPLITS = ("a", "b", "c", "d", "e")
# the train constants a model carries as gates in its meta (applied to cached weights)
GATES = {
    "LEMMA": "lemma",
    "CONFIRM": "confirm",
    "RECOVER": "recover",
    "TOPIC": "topic",
    "RELEVANCE": "relevance",
    "RESCUE": "rescue",
    "RECOVER_TYPES": "recover_types",
    "RELEVANCE_MIN": "relevance_min",
}


def _set(assignments: list[str]) -> tuple[list[str], list[str]]:
    """Apply ``train.NAME=VALUE``; return (gate assignments, fit assignments)."""
    from awol.extract import train

    gates, fits = [], []
    for a in assignments:
        name, _, value = a.partition("=")
        mod, _, attr = name.partition(".")
        if mod != "train" or not hasattr(train, attr):
            raise SystemExit(f"--set {a}: no constant {attr!r} in awol.extract.train")
        setattr(train, attr, json.loads(value))
        (gates if attr in GATES else fits).append(a)
    return gates, fits


def corpora(weight: float) -> tuple[list[Path], list[Path]]:
    """(the training corpora with the invented articles at ``weight``, the invented folders);
    sets ``train.CORPUS_WEIGHT``."""
    from awol.cli.extract import _INVENTED
    from awol.extract import train
    from awol.runs import DEFAULT_CORPORA

    base = [p for p in DEFAULT_CORPORA if (p / "gold.jsonl").exists()]
    invented = [p for p in _INVENTED if (p / "gold.jsonl").exists()]
    if weight != 1.0:
        train.CORPUS_WEIGHT = {**train.CORPUS_WEIGHT, **{p.name: weight for p in invented}}
    return base + (invented if weight else []), invented


def with_gates(model):
    """``model`` with the gates of ``awol.extract.train`` as they are now."""
    from awol.extract import train
    from awol.extract.classifier import SentenceModel

    meta = dict(model.meta)
    for const, key in GATES.items():
        value = getattr(train, const)
        if key == "rescue":
            value = list(value)
        if key == "relevance_min" and value == 1:
            meta.pop(key, None)
            continue
        meta[key] = value
    out = SentenceModel(model.weights, model.bias, meta, model.document)
    out.trained_on = model.trained_on
    return out


def invented_rows(ds, names: set[str], rows: str):
    """``ds`` with the invented articles' sentences kept as ``rows`` says: all, only those that
    tell an event (pos), only those that do not (neg), or all with their word features left out
    (general: the rules' triggers, cue types and context only)."""
    if rows == "all":
        return ds
    keep = []
    for i, g in enumerate(ds.groups):
        if g.partition("/")[0] not in names:
            keep.append(i)
        elif rows == "general":
            ds.rows[i] = [c for c in ds.rows[i] if c in ds.general]
            keep.append(i)
        elif (rows == "pos") == any(ds.labels[i]):
            keep.append(i)
    for name in ("rows", "labels", "groups", "languages", "augmented", "retold"):
        values = getattr(ds, name)
        if values:
            setattr(ds, name, [values[i] for i in keep])
    return ds


def fold_models(
    weight: float,
    fits: list[str],
    splits: list[str],
    cache: Path,
    in_sample: bool = False,
    rows: str = "all",
) -> dict:
    """split -> sentence model without that split (``in_sample``: with it, the ceiling of what
    the invented articles can teach the model)."""
    from awol.evaluate.heldout import split_keys, split_out_model
    from awol.extract.classifier import SentenceModel
    from awol.extract.train import build_dataset

    folders, invented = corpora(weight)
    key = [weight, sorted(fits)] + (["in-sample"] if in_sample else [])
    key += [rows] if rows != "all" else []
    tag = hashlib.sha1(json.dumps(key).encode()).hexdigest()[:10]
    cache.mkdir(parents=True, exist_ok=True)
    out, ds = {}, None
    for s in splits:
        path, keys_path = cache / f"{tag}-{s}.npz", cache / f"{tag}-{s}.json"
        if path.exists() and keys_path.exists():
            model = SentenceModel.load(path)
            model.trained_on = frozenset(json.loads(keys_path.read_text()))
        else:
            if ds is None:
                t0 = time.process_time()
                ds = invented_rows(build_dataset(folders), {p.name for p in invented}, rows)
                print(f"dataset: {time.process_time() - t0:.0f} s CPU", file=sys.stderr)
            held = set() if in_sample else split_keys(invented, s)
            model = split_out_model(ds, [p.name for p in folders], held)
            model.save(path)
            keys_path.write_text(json.dumps(sorted(model.trained_on)))
        if not in_sample and model.trained_on & split_keys(invented, s):
            raise SystemExit(f"split {s}: a held-out article is in its model")
        out[s] = model
    return out


def evaluate_split(model, split: str) -> dict:
    """language -> events tp/fp/fn of the invented articles of ``split`` read with ``model``
    (None: the shipped one)."""
    from awol.cli.extract import _INVENTED, run_extract
    from awol.errors import InputError
    from awol.evaluate.events import by_split, score
    from awol.extract.classifier import using_model

    res = {}
    for folder in _INVENTED:
        gold = [json.loads(x) for x in (folder / "gold.jsonl").read_text("utf-8").splitlines() if x]
        gold = by_split(gold, folder, split)
        files = [str(folder / f"{g['id']}.txt") for g in gold]
        man = folder / "manifest.jsonl"
        preds = []
        if model is None:
            items = list(run_extract(files, str(man) if man.exists() else None))
        else:
            with using_model(model):
                items = list(run_extract(files, str(man) if man.exists() else None))
        for item in items:
            if not isinstance(item, InputError):
                preds.append(item.to_dict(include_text=False))
        ev = score(gold, preds)["events"]
        res[folder.name] = {k: ev[k] for k in ("tp", "fp", "fn")}
    return res


def _f1(c: dict) -> str:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.3f}/{r:.3f}/{f:.3f} ({tp}/{fp}/{fn})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", action="store_true", help="read with the shipped model")
    ap.add_argument("--weight", type=float, default=1.0)
    ap.add_argument(
        "--in-sample", action="store_true", help="train on every split (the ceiling, not a measure)"
    )
    ap.add_argument(
        "--rows",
        choices=("all", "pos", "neg", "general"),
        default="all",
        help="which of the invented articles' sentences to train on (see invented_rows)",
    )
    ap.add_argument("--set", action="append", default=[], metavar="train.NAME=VALUE")
    ap.add_argument("--splits", default=",".join(SPLITS))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/leave_split_out28"))
    ap.add_argument("--json", type=Path)
    ap.add_argument("evaluate", nargs="*", help="evaluate -- ARGS: awol evaluate ARGS")
    args = ap.parse_args()
    gates, fits = _set(args.set)
    if args.evaluate:
        if args.evaluate[0] != "evaluate":
            raise SystemExit("the only command is `evaluate -- ARGS`")
        import awol.cli.extract as cli
        import awol.runs as runs

        folders, inv = corpora(args.weight)
        runs.DEFAULT_CORPORA = tuple(folders)
        if args.rows != "all":
            from awol.extract import train

            build, names = train.build_dataset, {p.name for p in inv}
            train.build_dataset = lambda fs: invented_rows(build(fs), names, args.rows)
        print(f"training corpora: {', '.join(p.name for p in folders)}", file=sys.stderr)
        rest = [a for a in args.evaluate[1:] if a != "--"]
        cli.evaluate_cmd.main(rest, standalone_mode=True)
        return
    splits = args.splits.split(",")
    models = (
        {s: None for s in splits}
        if args.baseline
        else fold_models(args.weight, fits, splits, args.cache, args.in_sample, args.rows)
    )
    total: dict[str, dict[str, int]] = {}
    per: dict[str, dict] = {}
    for s in splits:
        model = models[s] if models[s] is None or not gates else with_gates(models[s])
        per[s] = evaluate_split(model, s)
        for lang, c in per[s].items():
            t = total.setdefault(lang, {"tp": 0, "fp": 0, "fn": 0})
            for k in t:
                t[k] += c[k]
        print(
            f"split {s}: " + "  ".join(f"{lang} {_f1(c)}" for lang, c in per[s].items()),
            file=sys.stderr,
        )
    what = "shipped model" if args.baseline else f"weight {args.weight} {' '.join(args.set)}"
    what += f", rows {args.rows}" if args.rows != "all" else ""
    what += ", in sample" if args.in_sample and not args.baseline else ""
    print(f"leave-split-out ({what}), events P/R/F1 (tp/fp/fn), micro over {','.join(splits)}:")
    for lang, c in total.items():
        print(f"  {lang}: {_f1(c)}")
    if args.json:
        args.json.write_text(json.dumps({"per_split": per, "total": total}, indent=1))


if __name__ == "__main__":
    main()
