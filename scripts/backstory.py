"""Is a desertion told only as the backstory of another event coded by the coders?

    .venv/bin/python scripts/backstory.py ../shared/corpus/real --language ru [--folds 5] [--show]

Extracts the documents of the split (held out with ``--folds``, as ``awol evaluate --folds``) and
finds the articles whose every desertion mention stands in a sentence that reports another type
as its news ("задержали военного, который сбежал из части", "a search for prisoners who escaped
from a training ground"): no sentence reports the flight alone or as its news (``sole`` /
``main`` of the mentions).  For each such backstory sentence it counts whether the gold codes a
desertion from that sentence (``gold cites``), from another sentence (``gold other``) or none
(``gold none``), by what the mention states of the flight (date / place), with the train id half
(A: even positions of the sorted ids, B: odd) so a rule read on one half is checked on the other.
Never run on the test split (it prints sentences).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

_WORD = re.compile(r"\w+", re.UNICODE)


def _overlap(a: str, b: str) -> float:
    ta, tb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    return len(ta & tb) / min(len(ta), len(tb)) if ta and tb else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--split", default="train")
    ap.add_argument("--language")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--show", action="store_true", help="print each backstory sentence")
    args = ap.parse_args()
    if args.split == "test":
        raise SystemExit("backstory reads sentences: train only (TEST-SPLIT RULE)")

    import awol.extract.document as document
    from awol.evaluate.events import corpus_gold
    from awol.evaluate.heldout import extract_gold_documents
    from awol.extract.merging import Drafts

    gold, dealt, manifest = corpus_gold(args.corpus, args.split, args.language)
    ids = sorted(g["id"] for g in gold)
    half = {i: "AB"[k % 2] for k, i in enumerate(ids)}
    current: list[str] = [""]
    merged: dict[str, list] = {}
    merge, extract = Drafts.merge, document._extract

    def spy_merge(self, m):  # every body mention, background ones too
        merged.setdefault(current[0], []).append(m)
        return merge(self, m)

    def spy_extract(article, read, rescue=None):
        current[0] = article.id
        return extract(article, read, rescue)

    Drafts.merge, document._extract = spy_merge, spy_extract
    try:
        list(extract_gold_documents(args.corpus, gold, args.folds, manifest, dealt))
    finally:
        Drafts.merge, document._extract = merge, extract

    counts: Counter = Counter()
    for g in gold:
        flights = [m for m in merged.get(g["id"], []) if m.type == "desertion"]
        if not flights or any(m.sole or m.main for m in flights):
            continue
        coded = [e for e in g["events"] if e["type"] == "desertion"]
        for m in {m.sentence.index: m for m in flights}.values():
            dated = m.date is not None and bool(m.date.value)
            told = ("date" if dated else "-") + "/" + ("place" if m.places else "-")
            cites = any(_overlap(m.sentence.text, e["evidence"]) >= 0.5 for e in coded)
            how = "gold cites" if cites else ("gold other" if coded else "gold none")
            counts[(half[g["id"]], told, how)] += 1
            if args.show:
                print(f"{half[g['id']]} {g['id']} {told} {how} | {m.sentence.text[:120]}")
    print("half  date/place   gold                 sentences")
    for (h, told, how), n in sorted(counts.items()):
        print(f"{h:<5} {told:<12} {how:<20} {n}")


if __name__ == "__main__":
    main()
