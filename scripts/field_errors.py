"""Which fields of matched events are wrong, and on what evidence?

    .venv/bin/python scripts/field_errors.py ../shared/corpus/real --split train [--language en]
        [--field country] [--folds 5 [--hold-out-words]]

Extracts the documents of the split (with ``--folds``, held-out as ``awol evaluate --folds``),
matches predicted to gold events as ``awol evaluate`` does, and prints every mismatched field of
every matched event: gold vs predicted, the gold's own words for it (``place_text``,
``date_text``, ``who``), the predicted event's words, and both evidence sentences.  Ends with
the count of errors per field and per (field, gold kind -> predicted kind): ``null->X``, ``X->null``
or ``X->Y``.  Nothing is written.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

_WORDS = {
    "date": "date_text",
    "region": "place_text",
    "country": "place_text",
    "count": "who",
    "armed": "who",
    "source": "source",
    "names": "names",
    "who": "who",
    "count_qualifier": "who",
}


def _kind(g, p) -> str:
    if g is None:
        return "null->X"
    if p is None:
        return "X->null"
    return "X->Y"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--split")
    ap.add_argument("--language")
    ap.add_argument("--field", action="append", help="only these fields (repeatable)")
    ap.add_argument("--folds", type=int, default=0, help="held-out extraction with K folds")
    ap.add_argument(
        "--hold-out-words",
        action="store_true",
        help="with --folds: each fold read without the words only its gold fires (as awol evaluate)",
    )
    args = ap.parse_args()

    from awol.evaluate.events import FIELDS, corpus_gold, same_field, score
    from awol.evaluate.heldout import extract_gold_documents

    folder = args.corpus
    gold, dealt, manifest = corpus_gold(folder, args.split, args.language)
    if args.hold_out_words and args.folds:
        from awol.evaluate.heldout import held_out_extractions
        from awol.runs import DEFAULT_CORPORA

        corpora = [p for p in DEFAULT_CORPORA if (p / "gold.jsonl").exists()]
        ids = [g["id"] for g in gold]
        items = held_out_extractions(folder, ids, args.folds, corpora, manifest, dealt, True)
    else:
        items = extract_gold_documents(folder, gold, args.folds, manifest, dealt)
    preds = [x.to_dict() for x in items if not isinstance(x, Exception)]
    res = score(gold, preds)
    gold_by = {g["id"]: g for g in gold}
    pred_by = {p["id"]: p for p in preds}
    fields = args.field
    per_field: Counter = Counter()
    per_kind: Counter = Counter()
    for doc, i, j in res["alignment"]:
        pe, ge = pred_by[doc]["events"][i], gold_by[doc]["events"][j]
        for f in fields or FIELDS:
            if same_field(f, ge.get(f), pe.get(f)):  # as `awol evaluate` judges it
                continue
            per_field[f] += 1
            per_kind[(f, _kind(ge.get(f), pe.get(f)))] += 1
            w = _WORDS.get(f, f)
            pev = pe.get("evidence") or {}
            print(
                f"{doc} {ge['type']:<11} {f:<8} gold={ge.get(f)!r:<12} pred={pe.get(f)!r:<12}"
                f" | gold {w}={ge.get(w)!r} pred {w}={pe.get(w)!r}"
            )
            print(f"    gold: {(ge.get('evidence') or '')[:200]}")
            if (pev.get("text") or "")[:80] != (ge.get("evidence") or "")[:80]:
                print(f"    pred: {(pev.get('text') or '')[:200]}")
    print()
    for f, n in per_field.most_common():
        kinds = ", ".join(f"{k} {c}" for (ff, k), c in sorted(per_kind.items()) if ff == f)
        print(f"{f:<10} {n:>4}  ({kinds})")


if __name__ == "__main__":
    main()
