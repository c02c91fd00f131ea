"""Count the events the sentence model recovers at a cue word between two thresholds (round 52,
recall52): the sentences where a cue word of a type, with no trigger of it, reaches the model's
probability ``--low`` but not ``--high`` (``train.RECOVER`` is 0.7: what a lower gate would add), and
whether each such firing is the evidence of a gold event of the type (right: word overlap >= 0.5
with a gold evidence of that type) or not (wrong), and whether an event of the type came out with
its evidence in that sentence (kept).

    PYTHONPATH=src .venv/bin/python scripts/recover_counts.py [--low 0.5] [--high 0.7]
        FOLDER[:SPLIT] ... [--real-train]

FOLDER: an invented articles folder (the shipped model reads it: none of it is trained on);
``--real-train``: real train held out (``--folds 5``, each fold's model never saw it).  Prints
counts per folder and, with ``--show``, each firing (train and readable sets only).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--low", type=float, default=0.5)
    ap.add_argument("--high", type=float, default=0.7)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--real-train", action="store_true")
    ap.add_argument("--dev", action="store_true", help="the dev corpus held out (--folds 5)")
    ap.add_argument("--skip", default="", help="comma-separated splits not to read")
    ap.add_argument("folders", nargs="*")
    args = ap.parse_args()
    from awol.extract import classifier, mentions, train
    from awol.extract.train import _load_jsonl, _overlap, _words

    train.RECOVER = args.low  # (the held-out folds' models)
    shipped = classifier.get_model()
    if shipped is not None:
        shipped.recover, shipped.recover_by_language = args.low, {}
    fired: list[tuple[str, str, float]] = []  # (sentence text, type, p)
    recover = mentions._recover

    def spy(found, verdict, text="", lang="en"):
        out = recover(found, verdict, text, lang)
        have = {t.type for t, _s, _e in found}
        for t, _s, _e in out:
            p = verdict.probs.get(t.type, 0.0)
            if t.type not in have and args.low <= p < args.high and t.type != verdict.rescue:
                fired.append((text, t.type, p))
        return out

    mentions._recover = spy
    skip = set(filter(None, args.skip.split(",")))
    total: Counter = Counter()

    def count(name: str, gold: dict, extractions) -> None:
        c: Counter = Counter()
        for x in extractions:
            if not hasattr(x, "article"):
                continue
            doc = x.article.id
            lang = x.article.language
            evs = [(e["type"], _words(e.get("evidence") or "")) for e in gold[doc]["events"]]
            got = fired[:]
            fired.clear()
            seen = set()
            for text, t, p in got:
                if (text, t) in seen:
                    continue
                seen.add((text, t))
                w = _words(text)
                right = any(et == t and _overlap(ev, w) >= 0.5 for et, ev in evs)
                kept = any(e.type == t and e.evidence.text in text for e in x.events)
                c[
                    f"{lang} " + ("right" if right else "wrong") + ("/kept" if kept else "/dropped")
                ] += 1
                if args.show:
                    print(
                        f"  {name} {doc} {t} p={p:.2f} {'RIGHT' if right else 'wrong'}"
                        f" {'kept' if kept else 'dropped'} | {text[:140]}"
                    )
        print(name, dict(sorted(c.items())))
        total.update(c)

    from awol.clean import clean_documents
    from awol.extract.document import extract_article
    from awol.ingest.files import iter_documents
    from awol.ingest.manifest import load_manifest

    for spec in args.folders:
        folder, _, split = spec.partition(":")
        path = Path(folder)
        splits = json.loads((path / "splits.json").read_text())
        names = [split] if split else [s for s in splits if s not in skip]
        man = load_manifest(str(path / "manifest.jsonl"))
        gold_all = {g["id"]: g for g in _load_jsonl(path / "gold.jsonl")}
        for s in names:
            ids = set(splits[s])
            files = [str(p) for p in sorted(path.glob("*.txt")) if p.stem in ids]
            arts = list(clean_documents(iter_documents(files, man)))

            def run(arts=arts):
                for a in arts:
                    fired.clear()
                    yield _Out(a, extract_article(a).events)

            count(f"{folder.split('/')[-1]}:{s}", gold_all, run())
    if args.real_train:
        from awol.evaluate.events import by_split
        from awol.evaluate.heldout import held_out_extractions
        from awol.runs import DEFAULT_CORPORA

        corpora = [p for p in DEFAULT_CORPORA if (p / "gold.jsonl").exists()]
        gold = by_split(_load_jsonl(REAL / "gold.jsonl"), REAL, "train")
        ids = [g["id"] for g in gold]
        count(
            "real train (folds 5)",
            {g["id"]: g for g in gold},
            held_out_extractions(REAL, ids, 5, corpora, str(REAL / "manifest.jsonl"), ids),
        )
    if args.dev:
        from awol.evaluate.heldout import held_out_extractions
        from awol.runs import DEFAULT_CORPORA

        dev = ROOT / "corpus" / "dev"
        corpora = [p for p in DEFAULT_CORPORA if (p / "gold.jsonl").exists()]
        gold = _load_jsonl(dev / "gold.jsonl")
        ids = [g["id"] for g in gold]
        count(
            "dev (folds 5)",
            {g["id"]: g for g in gold},
            held_out_extractions(dev, ids, 5, corpora, str(dev / "manifest.jsonl"), ids),
        )
    print("all", dict(sorted(total.items())))


class _Out:
    def __init__(self, article, events) -> None:
        self.article, self.events = article, events


if __name__ == "__main__":
    main()
