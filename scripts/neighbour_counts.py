"""Count what the cue lemmas' embedding neighbours (classifier.CUE_NEIGHBOURS) add: the sentences of
a corpus that hold a neighbour lemma of a type and no cue lemma of it, and how many of them are
the evidence of a gold event of that type (right firings) or not (wrong ones).

    PYTHONPATH=src .venv/bin/python scripts/neighbour_counts.py --sim 0.55 FOLDER[:SPLIT] ...

FOLDER: a corpus folder (gold.jsonl, manifest.jsonl); SPLIT: only that split of its splits.json
(default: every document the trainer reads, awol.extract.corpora.corpus_ids).  Russian only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from awol.extract import classifier
from awol.extract.tokens import tokens


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sim", type=float, default=0.55)
    ap.add_argument("--show", action="store_true", help="print each firing's lemma and type")
    ap.add_argument("folders", nargs="+")
    args = ap.parse_args()
    from awol.clean import clean_documents
    from awol.extract.corpora import corpus_ids
    from awol.extract.sentences import split_sentences
    from awol.extract.train import _load_jsonl, _overlap, _words
    from awol.ingest.files import iter_documents
    from awol.ingest.manifest import load_manifest

    classifier.NEIGHBOUR_SIM = args.sim
    cues = classifier._cue_index("ru")
    near = classifier._neighbours_of("ru", cues)
    total: Counter = Counter()
    lemmas: Counter = Counter()
    for spec in args.folders:
        folder, _, split = spec.partition(":")
        path = Path(folder)
        ids = (
            set(json.loads((path / "splits.json").read_text())[split])
            if split
            else corpus_ids(path)
        )
        gold = {
            g["id"]: g for g in _load_jsonl(path / "gold.jsonl") if ids is None or g["id"] in ids
        }
        files = [str(p) for p in sorted(path.glob("*.txt")) if p.stem in gold]
        man = load_manifest(str(path / "manifest.jsonl"))
        c: Counter = Counter()
        for art in clean_documents(iter_documents(files, man)):
            if getattr(art, "language", None) != "ru":
                continue
            evs = [(e["type"], _words(e.get("evidence") or "")) for e in gold[art.id]["events"]]
            for s in split_sentences(art.text, "ru"):
                toks = tokens(s.text, "ru")
                have = {t for x in toks for t in cues.get(x.lemma, ())}
                new = {t: x.lemma for x in toks for t in near.get(x.lemma, ()) if t not in have}
                w = _words(s.text)
                for t, lemma in new.items():
                    right = any(et == t and _overlap(ev, w) >= 0.5 for et, ev in evs)
                    c["right" if right else "wrong"] += 1
                    lemmas[lemma, t, right] += 1
                    if args.show:
                        print(spec, art.id, t, lemma, "RIGHT" if right else "wrong")
        print(
            f"{spec}: sentences with a neighbour of a type and no cue of it: right {c['right']}, "
            f"wrong {c['wrong']}"
        )
        total.update(c)
    print(f"all: right {total['right']}, wrong {total['wrong']}")
    print(
        "most frequent:",
        ", ".join(
            f"{lem}/{t}/{'R' if r else 'w'} {n}" for (lem, t, r), n in lemmas.most_common(25)
        ),
    )


if __name__ == "__main__":
    main()
