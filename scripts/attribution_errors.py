"""Attribution errors on TRAIN: the source and as_of of matched figures, the source of matched
events, gold against extracted, on one half of the train ids.

    .venv/bin/python scripts/attribution_errors.py ../shared/corpus/real --half A [--language en]
        [--folds 5] [--counts]

The halves are the train ids sorted, A the even positions and B the odd ones: develop reading
half A only, then measure on half B (``--counts``: only the right/wrong/missing/extra counts, as
``awol evaluate`` counts them).  Figures are matched as ``awol evaluate`` matches them (value
within 1%, gold in order, first free prediction); events by its alignment.  Each error line names
the document, gold vs predicted, the publication date and the gold evidence.  Only the train
split is read (the test split is measured with ``awol evaluate --brief`` alone).  Nothing is
written.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path


def half_ids(dealt: list[str], half: str | None) -> set[str]:
    """The train ids of half ``A`` (sorted, even positions) or ``B`` (odd); all for ``AB``/None."""
    ids = sorted(dealt)
    if not half or half == "AB":
        return set(ids)
    return set(ids[0 if half == "A" else 1 :: 2])


def train_gold(
    folder: Path, half: str | None = None, language: str | None = None
) -> Iterator[tuple[dict, str]]:
    """The gold documents of the corpus's TRAIN split (half ``A``/``B`` of it, or all), with
    their language, in the order of ``gold.jsonl``; only ``language``'s when one is given.
    Refuses a corpus without ``splits.json``: these scripts read train ids only."""
    splits = folder / "splits.json"
    if not splits.exists():
        raise SystemExit(f"{splits} is missing: this script reads train ids only")
    keep = half_ids(json.loads(splits.read_text(encoding="utf-8"))["train"], half)
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if doc["id"] not in keep:
            continue
        lang = doc.get("language") or "en"
        if language and lang != language:
            continue
        yield doc, lang


def _how(same: bool, gold, pred) -> str:
    if same:
        return "right"
    if pred in (None, "", []):
        return "missing"
    return "extra" if gold in (None, "", []) else "wrong"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--half", choices=("A", "B", "AB"), required=True)
    ap.add_argument("--language")
    ap.add_argument("--folds", type=int, default=0, help="held-out extraction with K folds")
    ap.add_argument("--counts", action="store_true", help="only the counts, no error lines")
    args = ap.parse_args()

    from awol.evaluate.events import _same_source, corpus_gold, same_field, score
    from awol.evaluate.heldout import extract_gold_documents

    gold, dealt, manifest = corpus_gold(args.corpus, "train", args.language)
    keep = half_ids(dealt, args.half)
    gold = [g for g in gold if g["id"] in keep]
    items = extract_gold_documents(args.corpus, gold, args.folds, manifest, dealt)
    preds = {p["id"]: p for p in (x.to_dict() for x in items if not isinstance(x, Exception))}
    counts: dict[str, Counter] = {k: Counter() for k in ("fig source", "fig as_of", "ev source")}
    show = not args.counts
    for g in gold:
        p = preds.get(g["id"], {})
        pf = p.get("figures") or []
        pub = p.get("published")
        used: set[int] = set()
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
                continue
            used.add(hit)
            f = pf[hit]
            for key, gold_v, pred_v, same in (
                (
                    "fig source",
                    gf.get("source"),
                    f.get("source"),
                    _same_source(gf.get("source"), f.get("source")),
                ),
                ("fig as_of", gf.get("as_of"), f.get("as_of"), gf.get("as_of") == f.get("as_of")),
            ):
                how = _how(same, gold_v, pred_v)
                counts[key][how] += 1
                if show and how != "right":
                    ev = (f.get("evidence") or {}).get("text") or ""
                    print(
                        f"{key:<10} {how:<7} {g['id']} {gf['value']} gold={gold_v!r} "
                        f"pred={pred_v!r} pub={pub!r}\n    gold: {gf.get('evidence')}"
                    )
                    if ev[:60] != (gf.get("evidence") or "")[:60]:
                        print(f"    pred: {ev}")
    res = score(gold, list(preds.values()))
    gold_by = {g["id"]: g for g in gold}
    for doc, i, j in res["alignment"]:
        pe, ge = preds[doc]["events"][i], gold_by[doc]["events"][j]
        same = same_field("source", ge.get("source"), pe.get("source"))
        how = _how(same, ge.get("source"), pe.get("source"))
        counts["ev source"][how] += 1
        if show and how != "right":
            pev = (pe.get("evidence") or {}).get("text") or ""
            print(
                f"ev source  {how:<7} {doc} {ge['type']} gold={ge.get('source')!r} "
                f"pred={pe.get('source')!r}\n    gold: {(ge.get('evidence') or '')[:240]}"
            )
            if pev[:60] != (ge.get("evidence") or "")[:60]:
                print(f"    pred: {pev[:240]}")
    print()
    for key, c in counts.items():
        print(
            f"{key:<10} right/wrong/missing/extra "
            f"{c['right']}/{c['wrong']}/{c['missing']}/{c['extra']}"
        )


if __name__ == "__main__":
    main()
