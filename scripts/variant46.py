"""Held-out measures of a variant of the sentence model (round 46, verify46; aggregates only).

For each variant (``base``, or ``train.C=0.1;train.CONFIRM={"en":0.3,"ru":0.3}``: constants of
awol.extract.train or .classifier) this prints event P/R/F1 (tp/fp/fn):

- real train, ``--folds 5`` as ``awol evaluate --split train --folds 5`` deals it (every fold
  extracted by a model trained without it, so the learned part is held out), EN / RU / all, and
  split into a SLICE set aside by a fixed hash (``slice_ids``: crc32("verify46:" + id) % 5 == 0,
  about a fifth of train, whose per-document output nobody reads) and the rest;
- with ``--words``, the same with ``--hold-out-words`` (each fold without the words only its gold
  fires);
- with ``--invented SPLIT,...``, those invented probe splits (tests/extract/probes/articles/
  {en,ru}), read by a model trained in memory on every training corpus with the variant (as
  ``awol train`` would ship it; the sentence model never trains on invented articles).

    PYTHONPATH=src python scripts/variant46.py base 'train.C=1.0' [--words]
        [--invented a,b,c] [--no-real]

Reads the train split only; prints aggregate counts only.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"
if not REAL.exists():
    REAL = Path("/work/shared/corpus/real")
INVENTED = ROOT / "tests" / "extract" / "probes" / "articles"


def slice_ids(ids: list[str]) -> set[str]:
    """The train ids set aside: crc32("verify46:" + id) % 5 == 0."""
    return {i for i in ids if zlib.crc32(f"verify46:{i}".encode()) % 5 == 0}


def _apply(variant: str) -> None:
    """``NAME=JSON;NAME=JSON`` (constants of awol.extract.train or .classifier, as
    ``train.C=0.5``; ``base``: none)."""
    from awol.extract import classifier, train

    mods = {"train": train, "classifier": classifier}
    if variant == "base":
        return
    for part in variant.split(";"):
        name, _, value = part.partition("=")
        mod, _, attr = name.partition(".")
        if mod not in mods or not hasattr(mods[mod], attr):
            raise SystemExit(f"{part}: no constant {attr!r} in awol.extract.{mod}")
        setattr(mods[mod], attr, json.loads(value))


def _fmt(e: dict) -> str:
    return f"{e['f1']:.3f} ({e['tp']}/{e['fp']}/{e['fn']})"


def _load(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def real_rows(words: bool) -> dict[str, str]:
    from awol.evaluate.events import score
    from awol.evaluate.heldout import held_out_extractions
    from awol.runs import DEFAULT_CORPORA

    corpora = [p if p.exists() else REAL for p in DEFAULT_CORPORA]
    train = json.loads((REAL / "splits.json").read_text())["train"]
    gold = {g["id"]: g for g in _load(REAL / "gold.jsonl") if g["id"] in set(train)}
    ids = sorted(gold)
    preds = {}
    for ex in held_out_extractions(
        REAL, ids, 5, corpora, str(REAL / "manifest.jsonl"), None, words
    ):
        if hasattr(ex, "to_dict"):
            d = ex.to_dict()
            preds[d["id"]] = d
    sl = slice_ids(ids)
    groups = {
        "en": [i for i in ids if i.startswith("ren")],
        "ru": [i for i in ids if i.startswith("rru")],
        "all": ids,
        "slice": [i for i in ids if i in sl],
        "rest": [i for i in ids if i not in sl],
    }
    out = {}
    for name, g in groups.items():
        res = score([gold[i] for i in g], [preds[i] for i in g if i in preds])
        out[name] = _fmt(res["events"])
    return out


_DATASET: list = []


def invented_rows(splits: list[str]) -> dict[str, str]:
    """The invented splits read by a model trained in memory on every training corpus with the
    constants as set (the sentence model never trains on invented articles)."""
    from awol.evaluate.events import score
    from awol.extract.classifier import using_model
    from awol.extract.train import build_dataset, train
    from awol.runs import DEFAULT_CORPORA, run_extract

    corpora = [p if p.exists() else REAL for p in DEFAULT_CORPORA]
    if not _DATASET:
        _DATASET.append(build_dataset(corpora))
    model = train(_DATASET[0], [p.name for p in corpora])
    out = {}
    if True:
        with using_model(model):
            for lang in ("en", "ru"):
                folder = INVENTED / lang
                sp = json.loads((folder / "splits.json").read_text())
                gold = {g["id"]: g for g in _load(folder / "gold.jsonl")}
                ids = [i for s in splits for i in sp.get(s, [])]
                if not ids:
                    continue
                preds = [
                    ex.to_dict()
                    for ex in run_extract(
                        [str(folder / f"{i}.txt") for i in ids], str(folder / "manifest.jsonl")
                    )
                    if hasattr(ex, "to_dict")
                ]
                res = score([gold[i] for i in ids], preds)
                out[f"inv-{lang}"] = _fmt(res["events"])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("values", nargs="+")
    ap.add_argument("--words", action="store_true")
    ap.add_argument("--no-real", action="store_true")
    ap.add_argument("--invented", default="")
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from awol.extract import classifier, train

    keep = {m: dict(vars(m)) for m in (train, classifier)}
    for v in a.values:
        for m, d in keep.items():  # (each variant from the start's constants)
            for k, x in d.items():
                if k.isupper():
                    setattr(m, k, x)
        _apply(v)
        row = {}
        if not a.no_real:
            row.update(real_rows(False))
            if a.words:
                row.update({f"w-{k}": x for k, x in real_rows(True).items()})
        if a.invented:
            row.update(invented_rows(a.invented.split(",")))
        print(v, json.dumps(row, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
