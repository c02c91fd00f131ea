"""Story grouping with the articles' TEXT (paragraphs): real train labels and roundups (TRAIN only).

    .venv/bin/python scripts/link_text_roundups.py ../shared/corpus/real [--preds PREDS.jsonl]

``scripts/link_groups.py --roundups`` tells two train articles one after the other with the
second's offsets moved by 10**7 and no text, so nothing the grouping reads off the text (the
paragraphs of ``case_markers.mark_fresh_items``, the sentence before of ``mark_after_others``)
can be measured there.  Here the roundup's text is the two texts joined by a paragraph break
and the second's offsets move by the first's length, and the events are read as
``Linker.add`` reads them (the markers, then ``document_features``):

- ``labels``: every pair of gold events of a train article (``corpus/labels``), joined right /
  wrong, apart right / wrong -- the gold evidence located in the text for its offset (its first
  occurrence); what a rule costs on real articles;
- ``roundups``: pairs of train articles of one language that share no gold case; how many get
  a story group holding events of both (any is wrong);
- with ``--preds`` (``scripts/link_extracted.py --extract-folds 5 --save``: a held-out
  extraction of train, with its text), the extracted events instead of the gold ones (no labels:
  the articles whose grouping changed are what to read; ``--groups FILE`` writes them).
Never run on the test split."""

from __future__ import annotations

import argparse
import itertools
import json
from collections import defaultdict
from pathlib import Path


def _jsonl(p: Path) -> list[dict]:
    return [json.loads(x) for x in p.read_text("utf-8").splitlines() if x.strip()]


def _groups(
    events: list[dict], did: str, published: str | None, text: str, gold: bool
) -> list[int]:
    from awol.link import case_markers as cm
    from awol.link.features import document_features, event_records
    from awol.link.text import names_seen

    recs = event_records(events, did, published)
    if gold:
        for r, e in zip(recs, events, strict=True):
            k = text.find(e["evidence"])
            r["at"] = k if k >= 0 else None
    cm.mark_after_others(recs, text)
    if hasattr(cm, "mark_fresh_items"):  # (a checkout before round 47 has no such reading)
        cm.mark_fresh_items(recs, text)
    return [f.group for f in document_features(recs, names_seen(text) or None)]


def _shifted(events: list[dict], by: int) -> list[dict]:
    out = []
    for e in events:
        e = dict(e)
        if isinstance(e.get("evidence"), dict):
            ev = dict(e["evidence"])
            ev["start"] += by
            ev["end"] += by
            e["evidence"] = ev
        out.append(e)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--preds", type=Path, help="held-out extraction of train, with its text")
    ap.add_argument("--groups", type=Path, help="write each article's story groups here (JSON)")
    args = ap.parse_args()
    root = Path(__file__).resolve().parent.parent
    train = json.loads((args.corpus / "splits.json").read_text("utf-8"))["train"]
    gold = {g["id"]: g for g in _jsonl(args.corpus / "gold.jsonl")}
    man = {m["id"]: m for m in _jsonl(args.corpus / "manifest.jsonl")}
    cases_of: dict[str, set] = defaultdict(set)
    for c in _jsonl(args.corpus / "cases.jsonl"):
        for d, _ in c["events"]:
            cases_of[d].add(c["case"])
    is_gold = args.preds is None
    if is_gold:
        docs = {
            d: (gold[d]["events"], (args.corpus / f"{d}.txt").read_text("utf-8")) for d in train
        }
    else:
        docs = {p["id"]: (p["events"], p["text"]) for p in _jsonl(args.preds) if p["id"] in train}
    pub = {d: man[d].get("published") for d in train}
    lang = {d: man[d]["language"] for d in train}
    labels = {
        x["id"]: x["stories"] for x in _jsonl(root / "corpus/labels/real_train_stories.jsonl")
    }
    seen: dict[str, list[int]] = {}
    tally = {"joined right": 0, "joined wrong": 0, "apart wrong": 0, "apart right": 0}
    for d in train:
        evs, text = docs[d]
        if len(evs) < 2:
            continue
        g = seen[d] = _groups(evs, d, pub[d], text, is_gold)
        if is_gold and d in labels:
            for a, b in itertools.combinations(range(len(evs)), 2):
                same, one = g[a] == g[b], labels[d][a] == labels[d][b]
                tally[
                    ("joined " if same else "apart ") + ("right" if same == one else "wrong")
                ] += 1
    if is_gold:
        print("labels: " + ", ".join(f"{k} {v}" for k, v in tally.items()))
    if args.groups:
        args.groups.write_text(json.dumps(seen))
    ids = sorted(d for d in train if docs[d][0])
    n = mixed = 0
    for a, b in itertools.permutations(ids, 2):
        if lang[a] != lang[b] or cases_of[a] & cases_of[b]:
            continue
        (ea, ta), (eb, tb) = docs[a], docs[b]
        g = _groups(ea + _shifted(eb, len(ta) + 2), "roundup", pub[b], f"{ta}\n\n{tb}", is_gold)
        n += 1
        mixed += bool(set(g[: len(ea)]) & set(g[len(ea) :]))
    print(f"roundups: {n} pairs of articles, {mixed} with a story group holding events of both")


if __name__ == "__main__":
    main()
