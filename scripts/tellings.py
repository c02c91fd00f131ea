"""One happening told twice, two told in one: the documents with near-miss, merged or
extra-of-found-type events, their gold and predicted events side by side.

    python scripts/tellings.py CORPUS [--split train] [--language en] [--folds 5]
        [--hold-out-words] [--causes near-miss,merged,extra-of-found-type] [--skip bv]

``--folds 0`` reads with the shipped model (a folder it never saw: corpus/dev, the invented
articles); ``--folds K`` held out as ``awol evaluate --folds K`` (with ``--hold-out-words`` as
its words mode).  For each document with a miss or a spurious event of one of ``--causes``,
prints every gold event (``G``) and predicted event (``P``) of the types involved with date,
count, region, names and evidence, the unmatched marked ``!``.  Reads train and the invented
articles only (never the test split).  Nothing is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def _line(tag: str, e: dict, width: int) -> str:
    ev = e.get("evidence")
    ev = ev.get("text") if isinstance(ev, dict) else ev
    names = ",".join(e.get("names") or [])
    return (
        f"  {tag} {e.get('type'):<11} d={e.get('date')} n={e.get('count')} r={e.get('region')}"
        f" {names} | {(ev or '')[:width]}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--split")
    ap.add_argument("--language")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--hold-out-words", action="store_true")
    ap.add_argument("--causes", default="near-miss,merged,extra-of-found-type")
    ap.add_argument("--width", type=int, default=150)
    ap.add_argument("--skip", default="", help="splits of splits.json not read (a blind set)")
    args = ap.parse_args()
    if args.split == "test":
        raise SystemExit("the test split is blind")

    from awol.errors import InputError
    from awol.evaluate.events import Scores, _score_events, corpus_gold
    from awol.evaluate.heldout import held_out_extractions
    from awol.runs import DEFAULT_CORPORA, run_extract

    gold, dealt, manifest = corpus_gold(args.corpus, args.split, args.language)
    if args.skip:
        import json

        splits = json.loads((args.corpus / "splits.json").read_text())
        hidden = {i for k in args.skip.split(",") for i in splits.get(k, [])}
        gold = [g for g in gold if g["id"] not in hidden]
    ids = [g["id"] for g in gold]
    if args.folds:
        corpora = [p for p in DEFAULT_CORPORA if (p / "gold.jsonl").exists()]
        got = held_out_extractions(
            args.corpus, ids, args.folds, corpora, manifest, dealt, hide_words=args.hold_out_words
        )
    else:
        wanted = set(ids)
        files = [str(p) for p in sorted(args.corpus.iterdir()) if p.stem in wanted]
        got = run_extract(files, manifest)
    preds = {}
    for x in got:
        if isinstance(x, InputError):
            continue
        d = x.to_dict()
        preds[d["id"]] = d
    causes = set(args.causes.split(","))
    tally: dict[str, int] = {}
    for g in gold:
        doc = g["id"]
        p = preds.get(doc, {"events": []})
        s = Scores()
        ge, pe = g.get("events") or [], p.get("events") or []
        _score_events(s, doc, ge, pe)
        bad = [m for m in s.misses + s.spurious if m.get("cause") in causes]
        if not bad:
            continue
        types = {m["type"] for m in bad}
        missed = {m["index"] for m in s.misses}
        extra = {m["index"] for m in s.spurious}
        print(f"== {doc}: " + ", ".join(f"{m['type']} {m['cause']}" for m in bad))
        for m in bad:
            k = f"{'miss' if m in s.misses else 'spurious'} {m['cause']}"
            tally[k] = tally.get(k, 0) + 1
        for j, e in enumerate(ge):
            if e.get("type") in types:
                print(_line("G!" if j in missed else "G ", e, args.width))
        for i, e in enumerate(pe):
            if e.get("type") in types:
                print(_line("P!" if i in extra else "P ", e, args.width))
    print("tally:", ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))


if __name__ == "__main__":
    main()
