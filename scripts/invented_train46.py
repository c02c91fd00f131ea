"""Does the sentence model carry to unseen text better when it also learns from the invented
articles?  (round 46, verify46; aggregates only)

The invented probe articles (tests/extract/probes/articles/{en,ru}, about 330 per language) are
paraphrases and inventions in real outlets' manners, never read by any trainer (the splits of
blind.json are left out of every corpus; the others were left out since round 23).  Here they are
added to the sentence model's training corpora (real train + dev), every split except those
``--exclude`` names (default: ``bd``, this round's blind split), at row weight ``--weight``
(``train.CORPUS_WEIGHT`` of their folders), and measured held out two ways:

- real train ``--folds 5`` as ``awol evaluate`` deals it (each fold extracted by a model trained
  on the other folds, dev and every invented article), EN / RU / all and the verify46 slice
  (``variant46.slice_ids``) and the rest;
- the invented articles by SPLIT GROUPS: the splits dealt into 5 groups (sorted names, round
  robin), each group (both languages) extracted by a model trained on real train, dev and the
  other groups' invented articles; EN / RU summed over the groups.  ``--weight 0`` reads both
  with the shipped recipe (no invented article learned), the baseline.

    PYTHONPATH=src python scripts/invented_train46.py --weight 1.0 [--exclude bd,...]
        [--set train.NAME=JSON ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from variant46 import REAL, _fmt, _load, slice_ids  # noqa: E402

INVENTED = [ROOT / "tests" / "extract" / "probes" / "articles" / lang for lang in ("en", "ru")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--weight", type=float, default=1.0)
    ap.add_argument("--exclude", default="bd")
    ap.add_argument("--groups", type=int, default=5)
    ap.add_argument("--set", action="append", default=[])
    a = ap.parse_args()

    from awol.evaluate.events import score
    from awol.evaluate.heldout import assign_folds
    from awol.extract import corpora as corpora_mod
    from awol.extract import train as T
    from awol.extract.classifier import using_model
    from awol.extract.corpora import document_key
    from awol.runs import DEFAULT_CORPORA, run_extract

    for s in a.set:
        name, _, value = s.partition("=")
        setattr(T, name.partition(".")[2], json.loads(value))
    exclude = set(filter(None, a.exclude.split(",")))
    split_of: dict[str, str] = {}  # document key -> split
    inv_ids: dict[Path, set[str]] = {}
    for folder in INVENTED:
        sp = json.loads((folder / "splits.json").read_text())
        inv_ids[folder] = {i for s, ids in sp.items() if s not in exclude for i in ids}
        for s, ids in sp.items():
            for i in ids:
                split_of[document_key(folder, i)] = s
    real_corpora = [p if p.exists() else REAL for p in DEFAULT_CORPORA]
    use_inv = a.weight > 0
    plain = corpora_mod.corpus_ids

    def ids_of(folder: Path):
        return inv_ids[folder] if folder in inv_ids else plain(folder)

    T.corpus_ids = ids_of  # (the trainer's own reference: the invented ids, blind ones too)
    folders = real_corpora + (INVENTED if use_inv else [])
    if use_inv:
        T.CORPUS_WEIGHT = {**T.CORPUS_WEIGHT, "en": a.weight, "ru": a.weight}
    ds = T.build_dataset(folders)
    groups = np.array(ds.groups)
    names = [p.name for p in folders]
    print(f"dataset: {len(ds.rows)} sentences, {ds.documents} documents", file=sys.stderr)

    row: dict[str, str] = {}
    # real train, 5 folds as awol evaluate deals them
    train_ids = json.loads((REAL / "splits.json").read_text())["train"]
    gold = {g["id"]: g for g in _load(REAL / "gold.jsonl") if g["id"] in set(train_ids)}
    ids = sorted(gold)
    fold_of = assign_folds(ids, 5)
    preds = {}
    for k in range(5):
        held = [i for i in ids if fold_of[i] == k]
        keys = [document_key(REAL, i) for i in held]
        model = T.train(ds, names, rows=~np.isin(groups, keys))
        with using_model(model):
            for ex in run_extract(
                [str(REAL / f"{i}.txt") for i in held], str(REAL / "manifest.jsonl")
            ):
                if hasattr(ex, "to_dict"):
                    preds[ex.to_dict()["id"]] = ex.to_dict()
    sl = slice_ids(ids)
    for name, g in {
        "en": [i for i in ids if i.startswith("ren")],
        "ru": [i for i in ids if i.startswith("rru")],
        "all": ids,
        "slice": [i for i in ids if i in sl],
        "rest": [i for i in ids if i not in sl],
    }.items():
        row[name] = _fmt(score([gold[i] for i in g], [preds[i] for i in g if i in preds])["events"])

    # the invented articles by split groups
    splits = sorted({s for s in split_of.values() if s not in exclude})
    group_of = {s: n % a.groups for n, s in enumerate(splits)}
    inv_gold = {
        folder: {g["id"]: g for g in _load(folder / "gold.jsonl") if g["id"] in inv_ids[folder]}
        for folder in INVENTED
    }
    inv_preds: dict[Path, dict] = {f: {} for f in INVENTED}
    for k in range(a.groups):
        held_keys = [key for key, s in split_of.items() if s in group_of and group_of[s] == k]
        model = T.train(ds, names, rows=~np.isin(groups, held_keys))
        with using_model(model):
            for folder in INVENTED:
                held = sorted(
                    i
                    for i in inv_ids[folder]
                    if group_of.get(split_of[document_key(folder, i)]) == k
                )
                for ex in run_extract(
                    [str(folder / f"{i}.txt") for i in held], str(folder / "manifest.jsonl")
                ):
                    if hasattr(ex, "to_dict"):
                        inv_preds[folder][ex.to_dict()["id"]] = ex.to_dict()
    for folder in INVENTED:
        g = inv_gold[folder]
        res = score([g[i] for i in sorted(g)], list(inv_preds[folder].values()))
        row[f"inv-{folder.name}"] = _fmt(res["events"])
    print(f"weight {a.weight} {a.set}", json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
