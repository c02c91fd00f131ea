"""Figures of a corpus split, gold against extracted: misses, spurious figures, and matched
figures whose source or as_of differ.

    .venv/bin/python scripts/figure_errors.py ../shared/corpus/real --split train [--language en]

Figures are matched as ``awol evaluate`` matches them (same document, value within 1%, gold in
order, first free prediction).  Each line names the document, the value, gold vs predicted, and
the evidence sentence (gold's).  Nothing is written.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--split")
    ap.add_argument("--language")
    ap.add_argument("--published", action="store_true", help="also print each document's date")
    args = ap.parse_args()

    from awol.cli.extract import run_extract
    from awol.evaluate.events import _same_source, by_language, by_split

    gold_docs = by_language(
        by_split(
            [json.loads(x) for x in (args.corpus / "gold.jsonl").read_text().splitlines() if x],
            args.corpus,
            args.split,
        ),
        args.language,
    )
    ids = {g["id"] for g in gold_docs}
    files = [str(p) for p in sorted(args.corpus.glob("*.txt")) if p.stem in ids]
    man = args.corpus / "manifest.jsonl"
    preds = {}
    for item in run_extract(files, str(man) if man.exists() else None):
        if not isinstance(item, Exception):
            d = item.to_dict()
            preds[d["id"]] = d
    counts = {"miss": 0, "spurious": 0, "source": 0, "as_of": 0, "matched": 0}
    for g in gold_docs:
        p = preds.get(g["id"], {})
        pf = p.get("figures") or []
        used: set[int] = set()
        head = g["id"] + (f" (published {g.get('published')})" if args.published else "")
        for gf in g.get("figures") or []:
            gv = float(gf.get("value") or 0)
            hit = next(
                (
                    i
                    for i, f in enumerate(pf)
                    if i not in used and gv and abs(gv - float(f.get("value") or 0)) <= 0.01 * gv
                ),
                None,
            )
            if hit is None:
                counts["miss"] += 1
                print(f"MISS   {head} {gf['value']} [{gf.get('metric')}] | {gf.get('evidence')}")
                continue
            used.add(hit)
            counts["matched"] += 1
            f = pf[hit]
            if not _same_source(gf.get("source"), f.get("source")):
                counts["source"] += 1
                print(
                    f"SOURCE {head} {gf['value']} gold={gf.get('source')!r} "
                    f"pred={f.get('source')!r} | {gf.get('evidence')}"
                )
            if gf.get("as_of") != f.get("as_of"):
                counts["as_of"] += 1
                print(
                    f"AS_OF  {head} {gf['value']} gold={gf.get('as_of')!r} "
                    f"pred={f.get('as_of')!r} pub={p.get('published')!r} | {gf.get('evidence')}"
                )
        for i, f in enumerate(pf):
            if i not in used:
                counts["spurious"] += 1
                ev = f.get("evidence") or {}
                print(f"SPUR   {head} {f['value']} [{f.get('metric')}] | {ev.get('text')}")
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
