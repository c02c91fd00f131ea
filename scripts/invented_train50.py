"""Does the sentence model (and the relevance model) carry to unseen text better when it also
learns from the invented articles?  (round 50, learn50; aggregates only, never the test split)

The invented probe articles (tests/extract/probes/articles/{en,ru}) are added to the training
corpora (real train + dev, ``awol train``'s) at sentence row weight ``--weight``
(``train.CORPUS_WEIGHT``) and article weight ``--doc-weight`` in the relevance model
(``train.DOC_CORPUS_WEIGHT``; 0: the relevance model does not see them).  Which invented splits
may be learned (``--pool``): ``trainable`` (default) the splits no ``blind.json`` names (what
:func:`awol.extract.corpora.corpus_ids` gives a trainer: a-f and q), or ``all`` (every split but
``--exclude``; ends the blind splits as a measure, for comparison only).  ``--exclude`` is always
left out (default br,bs,bt: this round's blind splits).  Three held-out readings:

- ``real``: real train ``--folds 5`` dealt as ``awol evaluate`` deals it (each fold extracted by a
  model trained on the other folds, dev and the pool; the pool paraphrases some train articles,
  so a gain here is overstated), EN / RU / all;
- ``loso``: leave-one-split-out over the pool: each pool split (both languages) extracted by a
  model trained on real train, dev and the other pool splits; summed per language;
- ``unseen`` (``--pool trainable`` only): every split outside the pool and ``--exclude`` (the
  blind splits of earlier rounds) extracted by one model trained on real train, dev and the
  whole pool: text no model here learned from.

``--weight 0`` reads all three with the shipped recipe (no invented article learned): the
baseline.  Prints tp/fp/fn and P/R/F1 per reading.

    PYTHONPATH=src python scripts/invented_train50.py --weight 1 [--doc-weight 0]
        [--pool trainable|all] [--exclude br,bs,bt] [--skip real,loso,unseen]
        [--set train.NAME=JSON ...] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"
INVENTED = [ROOT / "tests" / "extract" / "probes" / "articles" / lang for lang in ("en", "ru")]


def _load(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]


def _fmt(e: dict) -> str:
    tp, fp, fn = e["tp"], e["fp"], e["fn"]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{f:.3f} ({tp}/{fp}/{fn})"


def subset(ds, keep_group):
    """``ds`` with the rows and articles whose group ``keep_group`` accepts."""
    from awol.extract.train import Dataset

    rows = [i for i, g in enumerate(ds.groups) if keep_group(g)]
    docs = [i for i, g in enumerate(ds.doc_groups) if keep_group(g)]
    return Dataset(
        rows=[ds.rows[i] for i in rows],
        labels=[ds.labels[i] for i in rows],
        groups=[ds.groups[i] for i in rows],
        languages=[ds.languages[i] for i in rows],
        augmented=[ds.augmented[i] for i in rows],
        retold=[ds.retold[i] for i in rows] if ds.retold else [],
        doc_rows=[ds.doc_rows[i] for i in docs],
        doc_labels=[ds.doc_labels[i] for i in docs],
        doc_groups=[ds.doc_groups[i] for i in docs],
        doc_languages=[ds.doc_languages[i] for i in docs],
        general=ds.general,
        documents=len(docs),
    )


def extract(model, folder: Path, ids: list[str]) -> dict[str, dict]:
    from awol.extract.classifier import using_model
    from awol.runs import run_extract

    out = {}
    man = folder / "manifest.jsonl"
    with using_model(model):
        for ex in run_extract([str(folder / f"{i}.txt") for i in ids], str(man)):
            if hasattr(ex, "to_dict"):
                d = ex.to_dict(include_text=False)
                out[d["id"]] = d
    return out


def add(total: dict, e: dict) -> None:
    for k in ("tp", "fp", "fn"):
        total[k] = total.get(k, 0) + e[k]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--weight", type=float, default=1.0)
    ap.add_argument("--doc-weight", type=float, default=None, help="default: --weight")
    ap.add_argument("--pool", choices=("trainable", "all"), default="trainable")
    ap.add_argument("--exclude", default="br,bs,bt")
    ap.add_argument("--skip", default="")
    ap.add_argument("--languages", default="en,ru", help="the invented folders learned from")
    ap.add_argument(
        "--rows",
        choices=("all", "pos", "words"),
        default="all",
        help="the invented articles' sentences learned: all, only those that tell an event, or "
        "all with their words only (the features shared by the languages left out)",
    )
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--json", type=Path)
    ap.add_argument("--dump", type=Path, help="write real train's held-out predictions here")
    a = ap.parse_args()

    from awol.evaluate.events import score
    from awol.evaluate.heldout import assign_folds
    from awol.extract import train as T
    from awol.extract.corpora import blind_splits, document_key
    from awol.runs import DEFAULT_CORPORA

    for s in a.set:
        name, _, value = s.partition("=")
        setattr(T, name.partition(".")[2], json.loads(value))
    skip = set(filter(None, a.skip.split(",")))
    exclude = set(filter(None, a.exclude.split(",")))
    doc_weight = a.weight if a.doc_weight is None else a.doc_weight

    split_of: dict[str, str] = {}  # document key -> split
    pool: set[str] = set()  # pool splits
    unseen: set[str] = set()
    for folder in INVENTED:
        sp = json.loads((folder / "splits.json").read_text())
        blind = set(blind_splits(folder))
        for s, ids in sp.items():
            for i in ids:
                split_of[document_key(folder, i)] = s
            if s in exclude:
                continue
            if a.pool == "all" or s not in blind:
                pool.add(s)
            else:
                unseen.add(s)
    learned = set(a.languages.split(","))
    pool_ids = {
        folder: {i for s, ids in json.loads((folder / "splits.json").read_text()).items()
                 if s in pool and folder.name in learned for i in ids}
        for folder in INVENTED
    }  # fmt: skip
    plain = T.corpus_ids
    T.corpus_ids = lambda f: pool_ids[f] if f in pool_ids else plain(f)
    real_corpora = [p for p in DEFAULT_CORPORA if (p / "gold.jsonl").exists()]
    folders = real_corpora + INVENTED
    T.CORPUS_WEIGHT = {**T.CORPUS_WEIGHT, "en": a.weight or 1.0, "ru": a.weight or 1.0}
    T.DOC_CORPUS_WEIGHT = {**T.DOC_CORPUS_WEIGHT, "en": doc_weight, "ru": doc_weight}
    ds = T.build_dataset(folders)
    if a.rows == "pos":  # (the invented articles' sentences that tell no event left out)
        inv = {p.name for p in INVENTED}
        drop = {
            i
            for i, g in enumerate(ds.groups)
            if g.partition("/")[0] in inv and not any(ds.labels[i])
        }
        for name in ("rows", "labels", "groups", "languages", "augmented", "retold"):
            setattr(ds, name, [v for i, v in enumerate(getattr(ds, name)) if i not in drop])
    if a.rows == "words":  # (the rules' triggers, cue types, context and bias: real rows only)
        inv = {p.name for p in INVENTED}
        for i, g in enumerate(ds.groups):
            if g.partition("/")[0] in inv:
                ds.rows[i] = [c for c in ds.rows[i] if c not in ds.general]
    names = [p.name for p in folders]
    invented_names = {p.name for p in INVENTED}
    print(f"dataset: {len(ds.rows)} sentences, {ds.documents} documents; pool {sorted(pool)}",
          file=sys.stderr)  # fmt: skip

    def is_inv(g: str) -> bool:
        return g.partition("/")[0] in invented_names

    def model_without(held: set[str]):
        """Trained on everything but ``held`` (keys) and, at weight 0, every invented article."""
        sub = subset(ds, lambda g: g not in held and (a.weight > 0 or not is_inv(g)))
        return T.train(sub, names)

    row: dict[str, str] = {}
    counts: dict[str, dict] = {}
    if "real" not in skip:
        train_ids = json.loads((REAL / "splits.json").read_text())["train"]
        gold = {g["id"]: g for g in _load(REAL / "gold.jsonl") if g["id"] in set(train_ids)}
        ids = sorted(gold)
        fold_of = assign_folds(ids, 5)
        preds: dict[str, dict] = {}
        for k in range(5):
            held = [i for i in ids if fold_of[i] == k]
            preds.update(extract(model_without({document_key(REAL, i) for i in held}), REAL, held))
        if a.dump:
            a.dump.write_text(json.dumps(preds, ensure_ascii=False))
        for name, g in {
            "en": [i for i in ids if i.startswith("ren")],
            "ru": [i for i in ids if i.startswith("rru")],
            "all": ids,
        }.items():
            ev = score([gold[i] for i in g], [preds[i] for i in g if i in preds])["events"]
            counts[f"real-{name}"] = {k: ev[k] for k in ("tp", "fp", "fn")}
            row[f"real-{name}"] = _fmt(ev)
        print(json.dumps(row), file=sys.stderr, flush=True)

    inv_gold = {f: {g["id"]: g for g in _load(f / "gold.jsonl")} for f in INVENTED}

    def read(model, splits: set[str], tag: str) -> None:
        for folder in INVENTED:
            ids = sorted(i for i in inv_gold[folder]
                         if split_of.get(document_key(folder, i)) in splits)  # fmt: skip
            if not ids:
                continue
            pr = extract(model, folder, ids)
            ev = score([inv_gold[folder][i] for i in ids], [pr[i] for i in ids if i in pr])
            add(counts.setdefault(f"{tag}-{folder.name}", {}), ev["events"])

    if "loso" not in skip:
        base = model_without(set()) if a.weight == 0 else None
        for s in sorted(pool):
            held = {key for key, sp in split_of.items() if sp == s}
            read(base or model_without(held), {s}, "loso")
        for folder in INVENTED:
            row[f"loso-{folder.name}"] = _fmt(counts[f"loso-{folder.name}"])
        print(json.dumps(row), file=sys.stderr, flush=True)
    if "unseen" not in skip and unseen:
        read(model_without(set()), unseen, "unseen")
        for folder in INVENTED:
            row[f"unseen-{folder.name}"] = _fmt(counts[f"unseen-{folder.name}"])
    print(f"weight {a.weight} doc-weight {doc_weight} pool {a.pool} rows {a.rows} learned {a.languages} {a.set}", json.dumps(row),
          flush=True)  # fmt: skip
    if a.json:
        a.json.write_text(
            json.dumps({"args": vars(a) | {"json": None}, "counts": counts}, indent=1)
        )


if __name__ == "__main__":
    main()
