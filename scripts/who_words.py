"""Count the matched events whose predicted ``who`` matches a pattern, right or wrong.

    .venv/bin/python scripts/who_words.py CORPUS PATTERN [--split S] [--language L] [--folds K]

Extracts the documents as ``awol evaluate`` does (held out with ``--folds``), matches predicted
to gold events, and prints every matched event whose predicted or gold ``who`` matches PATTERN
(a regex, case-insensitive): its type, gold and predicted who, and whether they agree; then the
counts per (type, right/wrong).  Used by who54 to count a rule's firings.  Nothing is written.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("pattern")
    ap.add_argument("--split")
    ap.add_argument("--language")
    ap.add_argument("--folds", type=int, default=0)
    args = ap.parse_args()

    from awol.evaluate.events import corpus_gold, same_field, score
    from awol.evaluate.heldout import extract_gold_documents

    rx = re.compile(args.pattern, re.I)
    gold, dealt, manifest = corpus_gold(args.corpus, args.split, args.language)
    items = extract_gold_documents(args.corpus, gold, args.folds, manifest, dealt)
    preds = [x.to_dict() for x in items if not isinstance(x, Exception)]
    res = score(gold, preds)
    gold_by = {g["id"]: g for g in gold}
    pred_by = {p["id"]: p for p in preds}
    tally: Counter = Counter()
    for doc, i, j in res["alignment"]:
        pe, ge = pred_by[doc]["events"][i], gold_by[doc]["events"][j]
        gw, pw = ge.get("who"), pe.get("who")
        if not (pw and rx.search(pw)) and not (gw and rx.search(gw)):
            continue
        ok = same_field("who", gw, pw)
        side = "pred" if pw and rx.search(pw) else "gold-only"
        tally[(ge["type"], side, ok)] += 1
        print(f"{doc} {ge['type']:<11} {'right' if ok else 'WRONG'} gold={gw!r} pred={pw!r}")
    for k, n in sorted(tally.items()):
        print(*k, n)


if __name__ == "__main__":
    main()
