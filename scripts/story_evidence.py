"""Count the positive evidence of the story grouping's joins (round 50, cases50).

    PYTHONPATH=src python scripts/story_evidence.py [REAL_FOLDER] [PROBES_FOLDER] [--extracted]

Gold events of the real train articles (stories: corpus/labels/real_train_stories.jsonl) and of
every link probe split (stories: the gold cases; an event in no case is unlabelled), grouped as
:func:`awol.link.cases.document_groups` groups them with the rules that part alone
(``POSITIVE_ONLY`` off).  For each event that joins a story without naming its people, the kinds
of :mod:`awol.link.story_evidence` it has against the story's earlier events, and whether the
join is right (its story is the story's first labelled event's).  Then the pairs of labelled
events joined right / wrong and apart wrong with and without the gate.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import awol.link.cases as cases
from awol.link.story_evidence import KINDS, evidence_kinds, single_story
from awol.link.story_fit import doc_feats, pair_counts
from awol.link.text import names_match

# the blind sets of the round, read by aggregate only (round 51's, split am: ay-, split an: az-,
# are read since round 52; round 52's: split ao, files ba-, cases52)
BLIND = ("cb-", "cc-")


def real_articles(folder: Path, extracted: bool = False) -> list[dict]:
    """The train articles' gold reading (set ``real``) and, with ``extracted``, their events
    extracted held out in 5 folds as ``awol evaluate --folds 5`` does (set ``real-extracted``;
    each labelled by the gold event the evaluation aligns it with)."""
    from awol.link.story_fit import articles

    return [
        a | {"set": "real" if a["reading"] == "gold" else "real-extracted"}
        for a in articles(folder, None, extracted=extracted)
    ]


def case_of(folder: Path) -> dict[tuple[str, int], str]:
    """(document id, event index) -> its gold case, from the folder's cases.jsonl."""
    of: dict[tuple[str, int], str] = {}
    for line in (folder / "cases.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            for d, i in rec["events"]:
                of[(d, int(i))] = rec["case"]
    return of


def probe_articles(folder: Path) -> list[dict]:
    gold = [json.loads(x) for x in (folder / "gold.jsonl").read_text("utf-8").splitlines() if x]
    of = case_of(folder)
    out = []
    # (the round's blind sets (``BLIND``), measured only by their aggregates)
    for g in gold:
        evs = g.get("events") or []
        if len(evs) < 2 or g["id"].startswith(BLIND):
            continue
        labels = [of.get((g["id"], i)) for i in range(len(evs))]
        out.append({"doc": g["id"], "set": "probes", "labels": labels,
                    "gold": list(range(len(evs))),
                    "feats": doc_feats(evs, g["id"], g.get("published"))})  # fmt: skip
    return out


def joins(art: dict) -> list[tuple[frozenset[str], bool]]:
    """(kinds, right) of each labelled event joining a story without its people's names."""
    feats, lab = art["feats"], art["labels"]
    cases.POSITIVE_ONLY = False
    groups = cases.document_groups(feats)
    single = single_story(feats)
    out = []
    for g in groups:
        for k, i in enumerate(g[1:], 1):
            before = [feats[j] for j in g[:k]]
            first = next((lab[j] for j in g[:k] if lab[j] is not None), None)
            if lab[i] is None or first is None:
                continue
            if "--list" in sys.argv and lab[i] != first:
                print("   wrong:", art["doc"], i, feats[i].type, (feats[i].evidence or "")[:150])
            if names_match(feats[i].names, [n for b in before for n in b.names]) is True:
                kinds = frozenset({"name"})
            else:
                kinds = frozenset(evidence_kinds(feats[i], before, single, latest=(i - 1) in g[:k]))
            out.append((kinds, lab[i] == first))
    return out


def main(argv: list[str]) -> int:
    paths = [a for a in argv if not a.startswith("--")]
    real = Path(paths[0]) if paths else Path("../shared/corpus/real")
    probes = Path(paths[1]) if len(paths) > 1 else Path("tests/link/probes")
    extracted = "--extracted" in argv
    arts = real_articles(real, extracted) + probe_articles(probes)
    for name in ("real", *(("real-extracted",) if extracted else ()), "probes"):
        by: Counter = Counter()
        only: Counter = Counter()
        for a in arts:
            if a["set"] != name:
                continue
            for kinds, right in joins(a):
                tag = "right" if right else "wrong"
                for k in kinds or {"none"}:
                    by[(k, tag)] += 1
                only[(next(iter(kinds)) if len(kinds) == 1 else ("none" if not kinds else "2+"),
                      tag)] += 1  # fmt: skip
        print(f"{name}: joins by kind (right/wrong; an event may have several kinds)")
        for k in ("name", *KINDS, "none"):
            print(f"  {k:9s} {by[(k, 'right')]:4d} {by[(k, 'wrong')]:4d}   only this kind:"
                  f" {only[(k, 'right')]:4d} {only[(k, 'wrong')]:4d}")  # fmt: skip
        gate_report([a for a in arts if a["set"] == name])
    return 0


def gate_report(arts: list[dict]) -> None:
    """Print the labelled pairs joined right / wrong and apart wrong with the positive-evidence
    gate off and on (shared with story_evidence_extracted.py); leaves the gate on."""
    for gate in (False, True):
        c: Counter = Counter()
        for a in arts:
            cases.POSITIVE_ONLY = gate
            c.update(pair_counts(a, cases.document_groups(a["feats"])))
        print(
            f"  gate {'on ' if gate else 'off'}: joined right {c['joined right']}, "
            f"joined wrong {c['joined wrong']}, apart wrong {c['apart wrong']}"
        )
    cases.POSITIVE_ONLY = True


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
