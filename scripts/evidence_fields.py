"""Count the firings of :func:`awol.extract.evidence_fields.fields_of_retelling` on a corpus:
each date or region an event cited from the headline or lead takes from the body's retelling.

    PYTHONPATH=src .venv/bin/python scripts/evidence_fields.py CORPUS [--split S] [--skip ce]
        [--show]

A firing is *right* where a gold event of its type in the document has that value for the
field, *wrong* where every gold event of its type gives another value (or none: a field gold
leaves null), *no gold* where the document has no gold event of its type.  On real train the
shipped model read its own training text (in sample).  ``--skip``: leave out splits (a blind set).
Never on the test split (``--show`` prints sentences).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import awol.extract.document as document
import awol.extract.evidence_fields as ef


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--split")
    ap.add_argument("--skip", default="")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    if args.split == "test":
        raise SystemExit("never on the test split")
    fired: list[tuple[str, str, str, object, str]] = []
    real = ef.fields_of_retelling

    def spy(events, sentences, verdicts, head_end, lex, published, places):
        before = [(e.date, e.region) for e in events]
        n = real(events, sentences, verdicts, head_end, lex, published, places)
        for e, (d, r) in zip(events, before, strict=True):
            if e.date != d:
                fired.append(("", e.type, "date", e.date, e.evidence.text))
            if e.region != r:
                fired.append(("", e.type, "region", e.region, e.evidence.text))
        return n

    document.fields_of_retelling = spy
    gold = {
        g["id"]: g
        for g in map(json.loads, (args.corpus / "gold.jsonl").read_text("utf-8").splitlines())
    }
    splits = json.loads((args.corpus / "splits.json").read_text("utf-8"))
    ids = sorted(gold)
    if args.split:
        ids = [i for i in ids if i in set(splits[args.split])]
    for s in filter(None, args.skip.split(",")):
        ids = [i for i in ids if i not in set(splits.get(s, []))]
    counts: Counter = Counter()
    from awol.cli.extract import run_extract

    for doc_id in ids:
        start = len(fired)
        list(run_extract([str(args.corpus / f"{doc_id}.txt")], str(args.corpus / "manifest.jsonl")))
        for k in range(start, len(fired)):
            _, etype, fld, value, ev = fired[k]
            golds = [e for e in gold[doc_id]["events"] if e["type"] == etype]
            if not golds:
                how = "no gold"
            elif any(e.get(fld) == value for e in golds):
                how = "right"
            else:
                how = "wrong"
            counts[(fld, how)] += 1
            if args.show:
                print(f"{doc_id} {etype} {fld}={value} [{how}] | {ev[:100]}")
    for k, v in sorted(counts.items()):
        print(k, v)


if __name__ == "__main__":
    main()
