"""The story grouping on DEGRADED gold readings (round 51, cases51): which positive evidence
joins two people's stories when the extraction loses what unseen text loses.

    PYTHONPATH=src:scripts python scripts/story_stress.py [REAL] [PROBES] [--seeds N]
        [--scale X] [--list]

The real train articles' gold events (story labels of corpus/labels) and every readable link
probe split's (gold cases; an event of no case labelled ``none:<doc>:<index>``, two such never
compared), each degraded by :func:`awol.link.degrade.degrade` -- an event left out, a field
nulled for all of a document's events at once (``by_document``: a report whose names the
rules do not read loses them everywhere) -- at :data:`RATES` times ``--scale``, with seeds 0 ..
N-1.  The evidence sentences stay, as an extraction's do.  For each event joining a story
group (the shipped grouping), the kinds of :mod:`awol.link.story_evidence` it has, right /
wrong, and the labelled pairs of one article joined right / joined wrong / apart wrong.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from mixed_groups import wrong
from story_evidence import BLIND, case_of

import awol.link.cases as cases
from awol.link.degrade import degrade
from awol.link.feat import written_name
from awol.link.story_evidence import KINDS, evidence_kinds, single_story
from awol.link.story_fit import doc_feats, load_labels
from awol.link.text import names_match

# what unseen text loses (about the held-out extraction's loss on the link probes and real
# train, rounded up): an event missed, and each field for a whole report
RATES = {"event": 0.15, "names": 0.3, "date": 0.3, "region": 0.3, "country": 0.2,
         "count": 0.2, "place_text": 0.3, "who": 0.3, "armed": 0.2}  # fmt: skip


def docs_of(real: Path, probes: Path) -> list[tuple[str, dict, list]]:
    """(set, gold document, labels of its events) of the real train and probe articles."""
    out = []
    sp = json.loads((real / "splits.json").read_text("utf-8"))
    train = set(sp["train"])
    labels = load_labels()
    for line in (real / "gold.jsonl").read_text("utf-8").splitlines():
        g = json.loads(line) if line.strip() else None
        if g and g["id"] in train and g["id"] in labels and len(g.get("events") or []) > 1:
            out.append(("real", g, [f"{g['id']}:{x}" for x in labels[g["id"]]]))
    of = case_of(probes)
    for line in (probes / "gold.jsonl").read_text("utf-8").splitlines():
        g = json.loads(line) if line.strip() else None
        if not g or g["id"].startswith(BLIND) or len(g.get("events") or []) < 2:
            continue
        lab = [of.get((g["id"], i)) or f"none:{g['id']}:{i}" for i in range(len(g["events"]))]
        out.append(("probes", g, lab))
    return out


def stress(docs: list, seeds: int, scale: float, listing: bool) -> dict[str, Counter]:
    by: dict[str, Counter] = {}
    for seed in range(seeds):
        for name, g, lab in docs:
            (d,), to_gold = degrade([g], RATES, seed, scale, by_document=True)
            evs = d["events"]
            if len(evs) < 2:
                continue
            lb = [lab[to_gold[(d["id"], i)]] for i in range(len(evs))]
            feats = doc_feats(evs, d["id"], d.get("published"))
            c = by.setdefault(name, Counter())
            groups = cases.document_groups(feats)
            of = {i: gi for gi, gr in enumerate(groups) for i in gr}
            for i in range(len(evs)):
                for j in range(i + 1, len(evs)):
                    w = wrong(lb[i], lb[j])
                    if w is None:
                        continue
                    same = of[i] == of[j]
                    c[("joined " if same else "apart ") + ("wrong" if w == same else "right")] += 1
            single = single_story(feats)
            for gr in groups:
                for k, i in enumerate(gr[1:], 1):
                    before = [feats[j] for j in gr[:k]]
                    w = wrong(lb[i], lb[gr[0]])
                    if w is None:
                        continue
                    if names_match(feats[i].names, [n for b in before for n in b.names]) is True:
                        kinds = {"name" if written_name(feats[i]) else "carried name"}
                    else:
                        kinds = set(evidence_kinds(feats[i], before, single,
                                                   latest=(i - 1) in gr[:k]))  # fmt: skip
                    tag = "wrong" if w else "right"
                    for kk in kinds or {"(none)"}:
                        c[(kk, tag)] += 1
                    if len(kinds) <= 1:
                        c[("only " + next(iter(kinds or {"(none)"})), tag)] += 1
                    if listing and w:
                        print(f"  {name} s{seed} {d['id']} {i} <- {gr[0]} {sorted(kinds)} "
                              f"{feats[i].type}: {(feats[i].evidence or '')[:120]}")  # fmt: skip
    return by


def main(argv: list[str]) -> int:
    values = {argv[k + 1] for k, a in enumerate(argv[:-1]) if a in ("--seeds", "--scale")}
    paths = [a for a in argv if not a.startswith("--") and a not in values]
    real = Path(paths[0]) if paths else Path("../shared/corpus/real")
    probes = Path(paths[1]) if len(paths) > 1 else Path("tests/link/probes")
    seeds = int(argv[argv.index("--seeds") + 1]) if "--seeds" in argv else 5
    scale = float(argv[argv.index("--scale") + 1]) if "--scale" in argv else 1.0
    import awol.link.story_evidence as se

    se.SINGLE_GUARD = "--no-guard" not in argv
    by = stress(docs_of(real, probes), seeds, scale, "--list" in argv)
    for name, c in by.items():
        print(f"{name} (degraded x{scale}, {seeds} seeds): pairs joined right "
              f"{c['joined right']}, joined wrong {c['joined wrong']}, apart wrong "
              f"{c['apart wrong']}; joins by kind right / wrong (only this kind)")  # fmt: skip
        for k in ("name", "carried name", *KINDS, "(none)"):
            print(f"  {k:12s} {c[(k, 'right')]:5d} {c[(k, 'wrong')]:4d}   "
                  f"({c[('only ' + k, 'right')]:4d} {c[('only ' + k, 'wrong')]:4d})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
