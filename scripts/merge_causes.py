"""One happening told twice, two told as one: every unmatched event of a corpus by the mechanism
that lost it, read from the drafts (the mentions merged into each event).

    PYTHONPATH=src .venv/bin/python scripts/merge_causes.py CORPUS [--split train]
        [--language en] [--folds 5] [--skip bv] [--show]

A gold event missed by the scorer is put in one group:
- ``no mention``: its sentence is no mention of its type in any event of ours (recall of words,
  not the merging);
- ``choice``: its sentence is a mention of one of our events of its type, another sentence of
  which was made the evidence, and no other gold event of its type is told in that event;
- ``merged with another``: its sentence is a mention of one of our events that also holds the
  sentence of another gold event of its type (two happenings made one);
- ``dropped``: its sentence was a mention of a draft that made no event (a veto, a gate).
An extracted event left unmatched is ``split`` where one of its mentions' sentences is the
evidence of a gold event of its type that another event of ours matched (one happening made
two), ``choice`` where a mention's sentence is an unmatched gold's (the other side of the pairs
above), else ``no gold``.  ``apart`` counts, for the gold events of one type in one document,
the pairs each in a mention of ours: held in two events (right) or in one (a wrong merge).
``--skip`` leaves out the splits named (a blind set).  Never on the test split; ``--show``
prints sentences (train and the invented sets only).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--split")
    ap.add_argument("--language")
    ap.add_argument("--folds", type=int, default=0)
    ap.add_argument("--skip", default="")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    if args.split == "test":
        raise SystemExit("merge_causes reads sentences: never the test split")

    import awol.extract.document as document
    import awol.extract.document_apart as apart
    from awol.errors import InputError
    from awol.evaluate.events import Scores, _overlap, _score_events, corpus_gold
    from awol.evaluate.heldout import extract_gold_documents

    gold, dealt, manifest = corpus_gold(args.corpus, args.split, args.language)
    if args.skip:
        splits = json.loads((args.corpus / "splits.json").read_text())
        hidden = {i for k in args.skip.split(",") for i in splits.get(k, [])}
        gold = [g for g in gold if g["id"] not in hidden]
    drafts: dict[str, list] = {}
    finish, can_fork = apart.finish, document.can_fork

    def spy(d, article, *a, **k):
        ev = finish(d, article, *a, **k)
        drafts.setdefault(article.id, []).append((d, ev))
        return ev

    apart.finish, document.can_fork = spy, lambda: False
    got = list(extract_gold_documents(args.corpus, gold, args.folds or None, manifest, dealt))
    apart.finish, document.can_fork = finish, can_fork
    preds = {}
    for x in got:
        if not isinstance(x, InputError):
            preds[x.to_dict()["id"]] = x.to_dict()
    miss: Counter = Counter()
    spur: Counter = Counter()
    apart_: Counter = Counter()
    for g in gold:
        doc = g["id"]
        p = preds.get(doc, {"events": []})
        ge, pe = g.get("events") or [], p.get("events") or []
        s = Scores()
        _score_events(s, doc, ge, pe)
        matched_g = {j: i for _d, i, j in s.alignment}
        matched_p = {i: j for _d, i, j in s.alignment}
        # each predicted event's mentions' sentences, from the draft finished into it
        sents: list[list[str]] = []
        for e in pe:
            ev = e.get("evidence") or {}
            hit = next(
                (
                    d
                    for d, out in drafts.get(doc, [])
                    if out is not None
                    and getattr(out, "type", None) == e["type"]
                    and getattr(getattr(out, "evidence", None), "start", None) == ev.get("start")
                ),
                None,
            )
            sents.append([m.sentence.text for m in hit.mentions] if hit else [ev.get("text", "")])
        dropped = [
            (d.type, [m.sentence.text for m in d.mentions])
            for d, out in drafts.get(doc, [])
            if out is None
        ]

        def holders(gev: dict, pe: list = pe, sents: list = sents) -> list[int]:
            return [
                i
                for i, e in enumerate(pe)
                if e["type"] == gev["type"]
                and any(_overlap(t, gev.get("evidence") or "") >= 0.5 for t in sents[i])
            ]

        for j, gev in enumerate(ge):
            hs = holders(gev)
            for k in range(j + 1, len(ge)):
                if ge[k]["type"] != gev["type"] or ge[k].get("evidence") == gev.get("evidence"):
                    continue
                hk = holders(ge[k])
                if hs and hk:
                    apart_["held apart" if set(hs) != set(hk) or len(hs) > 1 else "made one"] += 1
            if j in matched_g:
                continue
            if not hs:
                gone = any(
                    t == gev["type"]
                    and any(_overlap(x, gev.get("evidence") or "") >= 0.5 for x in ts)
                    for t, ts in dropped
                )
                why = "dropped" if gone else "no mention"
            else:
                others = [
                    k
                    for k, o in enumerate(ge)
                    if k != j
                    and o["type"] == gev["type"]
                    and o.get("evidence") != gev.get("evidence")
                    and any(
                        _overlap(t, o.get("evidence") or "") >= 0.5 for i in hs for t in sents[i]
                    )
                ]
                why = "merged with another" if others else "choice"
            miss[(gev["type"], why)] += 1
            if args.show:
                print(f"MISS {doc} {gev['type']} {why} | {(gev.get('evidence') or '')[:140]}")
        for i, e in enumerate(pe):
            if i in matched_p:
                continue
            kinds = set()
            for j, gev in enumerate(ge):
                if gev["type"] != e["type"]:
                    continue
                if any(_overlap(t, gev.get("evidence") or "") >= 0.5 for t in sents[i]):
                    kinds.add("split" if j in matched_g else "choice")
            why = "choice" if "choice" in kinds else "split" if kinds else "no gold"
            spur[(e["type"], why)] += 1
            if args.show:
                ev = (e.get("evidence") or {}).get("text", "")
                print(f"SPUR {doc} {e['type']} {why} | {ev[:140]}")
    print("missed gold events:", sum(miss.values()))
    for (t, why), n in sorted(miss.items()):
        print(f"  {t:<12} {why:<22} {n}")
    print("spurious events:", sum(spur.values()))
    for (t, why), n in sorted(spur.items()):
        print(f"  {t:<12} {why:<22} {n}")
    print("gold pairs of one type, both in mentions of ours:", dict(apart_))


if __name__ == "__main__":
    main()
