"""The positive evidence of the story grouping's joins on EXTRACTED events of the link probes
(round 50, cases50): every split but this round's blind sets (``am``, ``an``), extracted by the shipped
model, each extracted event labelled by the gold case of the gold event the evaluation aligns it
with (an event of no case, or aligned with none, is unlabelled).  Prints, per evidence kind, the
joins (without the story's names) right / wrong, and the labelled pairs joined right / wrong and
apart wrong with the gate off and on.

    PYTHONPATH=src python scripts/story_evidence_extracted.py [PROBES_FOLDER] [--list]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from story_evidence import BLIND, case_of, gate_report  # this folder (scripts/) is on the path

import awol.link.cases as cases
from awol.link.story_evidence import KINDS, evidence_kinds, single_story
from awol.link.story_fit import doc_feats
from awol.link.text import names_match


def readings(folder: Path) -> list[dict]:
    from awol.evaluate.events import score as score_events
    from awol.runs import run_extract

    gold = [json.loads(x) for x in (folder / "gold.jsonl").read_text("utf-8").splitlines() if x]
    gold = [g for g in gold if not g["id"].startswith(BLIND)]
    of = case_of(folder)
    preds = [it.to_dict() for it in run_extract([str(folder / f"{g['id']}.txt") for g in gold],
                                                str(folder / "manifest.jsonl"))
             if hasattr(it, "to_dict")]  # fmt: skip
    align = score_events(gold, preds)["alignment"]
    to_gold = {(d, int(i)): int(j) for d, i, j in align}
    pub = {g["id"]: g.get("published") for g in gold}
    out = []
    for p in preds:
        evs = p.get("events") or []
        if len(evs) < 2:
            continue
        gidx = [to_gold.get((p["id"], i)) for i in range(len(evs))]
        labels = [None if j is None else of.get((p["id"], j)) for j in gidx]
        out.append({"doc": p["id"], "labels": labels, "gold": gidx,
                    "feats": doc_feats(evs, p["id"], pub.get(p["id"]))})  # fmt: skip
    return out


def main(argv: list[str]) -> int:
    folder = Path(next((a for a in argv if not a.startswith("--")), "tests/link/probes"))
    arts = readings(folder)
    by: Counter = Counter()
    for a in arts:
        feats, lab = a["feats"], a["labels"]
        cases.POSITIVE_ONLY = False
        groups = cases.document_groups(feats)
        single = single_story(feats)
        for g in groups:
            for k, i in enumerate(g[1:], 1):
                before = [feats[j] for j in g[:k]]
                first = next((lab[j] for j in g[:k] if lab[j] is not None), None)
                if lab[i] is None or first is None:
                    continue
                if names_match(feats[i].names, [n for b in before for n in b.names]) is True:
                    kinds = {"name"}
                else:
                    kinds = evidence_kinds(feats[i], before, single, latest=(i - 1) in g[:k])
                right = lab[i] == first
                for kk in kinds or {"none"}:
                    by[(kk, right)] += 1
                if len(kinds) <= 1:
                    by[("only " + next(iter(kinds or {"none"})), right)] += 1
                if "--list" in argv and not right:
                    print(a["doc"], i, sorted(kinds), feats[i].type, feats[i].evidence[:160])
    print("extracted link probes: joins by kind (right/wrong; one event may have several)")
    for k in ("name", *KINDS, "none"):
        print(
            f"  {k:9s} {by[(k, True)]:4d} {by[(k, False)]:4d}   only this kind:"
            f" {by[('only ' + k, True)]:4d} {by[('only ' + k, False)]:4d}"
        )
    gate_report(arts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
