"""Whole cases on DEGRADED gold readings (round 52, cases52): the false case pairs the linker
makes when the extraction loses what unseen text loses, by what joined them.

    PYTHONPATH=src:scripts python scripts/case_stress.py [REAL] [PROBES] [--seeds N]
        [--scale X] [--roundup R] [--split-merge R] [--list]

``story_stress.py`` (round 51) reads one article's story grouping; the test's false case pairs
are pairs of events of two ARTICLES in one predicted case (``awol evaluate``'s "story-group of
two cases": a story group of one article holding two cases carries each case's other reports
into one).  Here the gold events of the real train articles (linked together, cases of
corpus/real/cases.jsonl within train) and of each readable link probe split (linked split by
split, as ``awol evaluate`` does; not this round's blind split) are degraded with
``story_stress.RATES`` times ``--scale`` (by document), and further, where unseen text's damage
is not modelled there:

- ``--roundup R``: an article that tells two stories or more (gold labels) loses its men's
  names and descriptors (``names``, ``who``) on every event, with probability R (a roundup's
  events without their men);
- ``--split-merge R``: with probability R per article, two events of one sentence become one
  (the second dropped: a merged reading) or a named event loses its name while another event
  of the sentence keeps it (a split reading).

Each degraded set is linked by a fresh :class:`awol.link.Linker`; the predicted cases are
mapped back to the gold events, and every cross-document pair in one predicted case is counted
right (one gold case; a gold incident of no case counts as one) or wrong (two gold cases, or
an event of no case), the wrong ones by the cause ``awol evaluate`` gives (``link_causes._false_case_paths``); gold case pairs apart are
counted too (recall).
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

from case_stress_sets import two_men
from story_evidence import BLIND  # the round's blind split (aq: cb-), read by aggregate only
from story_stress import RATES

from awol.evaluate.link_causes import _false_case_paths
from awol.link import Linker
from awol.link.degrade import degrade


def _read(p: Path) -> list[dict]:
    return [json.loads(x) for x in p.read_text("utf-8").splitlines() if x.strip()]


def _with_incidents(cases: list[dict], incidents: list[dict]) -> list[dict]:
    """The gold cases, and each gold incident none of whose events is in a case as a case of
    its own (two reports of one happening told in no case file are not a false pair here)."""
    seen = {(d, int(i)) for c in cases for d, i in c["events"]}
    extra = [
        {"case": "inc:" + x["incident"], "events": x["events"]}
        for x in incidents
        if not any((d, int(i)) in seen for d, i in x["events"])
    ]
    return cases + extra


def sets_of(real: Path, probes: Path) -> list[tuple[str, list[dict], list[dict]]]:
    """(name, gold documents, gold cases) of real train and of each readable probe split."""
    out = []
    train = set(json.loads((real / "splits.json").read_text("utf-8"))["train"])
    gold = [g for g in _read(real / "gold.jsonl") if g["id"] in train]
    cases = [c for c in _read(real / "cases.jsonl") if all(d in train for d, _ in c["events"])]
    incs = [c for c in _read(real / "incidents.jsonl") if all(d in train for d, _ in c["events"])]
    out.append(("real train", gold, _with_incidents(cases, incs)))
    pg = {g["id"]: g for g in _read(probes / "gold.jsonl")}
    pc = _with_incidents(_read(probes / "cases.jsonl"), _read(probes / "incidents.jsonl"))
    for name, ids in json.loads((probes / "splits.json").read_text("utf-8")).items():
        if any(i.startswith(BLIND) for i in ids):
            continue
        s = set(ids)
        cs = [c for c in pc if all(d in s for d, _ in c["events"])]
        out.append((f"probes {name}", [pg[i] for i in ids if i in pg], cs))
    return out


def _labels(cases: list[dict]) -> dict[tuple[str, int], int]:
    return {(d, int(i)): n for n, c in enumerate(cases) for d, i in c["events"]}


def _more_damage(docs: list[dict], to_gold: dict, lab: dict, seed: int, roundup: float,
                 split_merge: float) -> tuple[list[dict], dict]:  # fmt: skip
    """The extra damage of ``--roundup`` and ``--split-merge`` (see the module's doc)."""
    out, new_to_gold = [], {}
    for d in docs:
        rng = random.Random(f"more{seed}:{d['id']}")
        evs = [dict(e) for e in d["events"]]
        gi = [to_gold[(d["id"], i)] for i in range(len(evs))]
        stories = {lab.get((d["id"], j), ("none", j)) for j in gi}
        if roundup and len(stories) > 1 and rng.random() < roundup:
            for e in evs:
                e["names"], e["who"] = [], None
        if split_merge and len(evs) > 1 and rng.random() < split_merge:
            by_sent: dict[str, list[int]] = {}
            for i, e in enumerate(evs):
                by_sent.setdefault(e.get("evidence") or "", []).append(i)
            shared = [v for k, v in by_sent.items() if k and len(v) > 1]
            if shared:
                a, b = rng.choice(shared)[:2]
                if rng.random() < 0.5:  # merged: the second event is lost into the first
                    evs[b] = None  # type: ignore[call-overload]
                elif evs[a].get("names"):  # split: one part keeps the name, one loses it
                    evs[b]["names"] = []
        keep = [(e, g) for e, g in zip(evs, gi, strict=True) if e is not None]
        for n, (_, g) in enumerate(keep):
            new_to_gold[(d["id"], n)] = g
        out.append({**d, "events": [e for e, _ in keep]})
    return out, new_to_gold


def _list_mixed(lk: Linker, docs: list[dict], to_gold: dict, lab: dict) -> None:
    """Print each predicted case holding events of two gold labels (a case, or none)."""
    ev = {(d["id"], i): e for d in docs for i, e in enumerate(d["events"])}
    by: dict = {}
    for inc in lk.incidents():
        for d, i in inc["events"]:
            by.setdefault(inc.get("case_id"), []).append(((d, int(i)), inc["incident_id"]))
    for cid, ks in by.items():
        labs = {lab.get((k[0], to_gold[k]), f"none:{k[0]}:{to_gold[k]}") for k, _ in ks}
        if len(labs) < 2 or len({k[0] for k, _ in ks}) < 2:
            continue
        print(f"    case {cid}:")
        for k, inc in sorted(ks):
            e = ev[k]
            lb = lab.get((k[0], to_gold[k]), "none")
            print(f"      {k[0]}:{to_gold[k]} [{lb}] {inc[:8]} {e['type']} n={e.get('count')} "
                  f"{e.get('region')} {e.get('date')} {e.get('names')} "
                  f"{(e.get('evidence') or '')[:70]}")  # fmt: skip


def run(sets: list, seeds: int, scale: float, roundup: float, split_merge: float,
        listing: bool) -> dict[str, Counter]:  # fmt: skip
    by: dict[str, Counter] = {}
    rates = {k: v for k, v in RATES.items()}
    for name, gold, cases in sets:
        lab = _labels(cases)
        c = by.setdefault(name, Counter())
        for seed in range(seeds):
            docs, to_gold = degrade(gold, rates, seed, scale, by_document=True)
            docs, to_gold = _more_damage(docs, to_gold, lab, seed, roundup, split_merge)
            lk = Linker()
            lk.add([{**d, "figures": []} for d in docs])
            from_gold = {(d, g): (d, i) for (d, i), g in to_gold.items()}
            case_of = {}
            for inc in lk.incidents():
                for d, i in inc["events"]:
                    case_of[(d, int(i))] = inc.get("case_id")
            keys = sorted(from_gold)
            for n, a in enumerate(keys):
                for b in keys[n + 1 :]:
                    if a[0] == b[0]:
                        continue
                    la, lb = lab.get(a), lab.get(b)
                    same_pred = case_of.get(from_gold[a]) is not None and case_of.get(
                        from_gold[a]) == case_of.get(from_gold[b])  # fmt: skip
                    same_gold = la is not None and la == lb
                    if same_gold:
                        c["right joined" if same_pred else "right apart"] += 1
                        if not same_pred:
                            c[f"apart in: {cases[la]['case']}"] += 1
                    elif same_pred:
                        c["wrong joined"] += 1
            joins: Counter = Counter()
            causes = _false_case_paths(gold, cases, lk, from_gold, joins)
            for k, v in causes.items():
                c["cause: " + k] += v
            for k, v in joins.items():
                c["how: " + k] += v
            if listing and causes:
                print(f"  {name} s{seed}: {dict(causes)}")
                _list_mixed(lk, docs, to_gold, lab)
    return by


def main(argv: list[str]) -> int:
    opts = ("--seeds", "--scale", "--roundup", "--split-merge", "--only")
    values = {argv[k + 1] for k, a in enumerate(argv[:-1]) if a in opts}
    paths = [a for a in argv if not a.startswith("--") and a not in values]
    real = Path(paths[0]) if paths else Path("../shared/corpus/real")
    probes = Path(paths[1]) if len(paths) > 1 else Path("tests/link/probes")

    def opt(k: str, d: float) -> float:
        return float(argv[argv.index(k) + 1]) if k in argv else d

    sets = sets_of(real, probes) + [two_men()]
    if "--only" in argv:
        sets = [s for s in sets if argv[argv.index("--only") + 1] in s[0]]
    by = run(sets, int(opt("--seeds", 3)), opt("--scale", 1.0), opt("--roundup", 0.0),
             opt("--split-merge", 0.0), "--list" in argv)  # fmt: skip
    by_case = "--by-case" in argv
    total: Counter = Counter()
    for name, c in by.items():
        total.update(c)
        if c["wrong joined"]:
            print(f"{name}: right joined {c['right joined']} apart {c['right apart']}, "
                  f"wrong joined {c['wrong joined']}")  # fmt: skip
    print(f"ALL: right joined {total['right joined']} apart {total['right apart']}, "
          f"wrong joined {total['wrong joined']}")  # fmt: skip
    for k, v in sorted(total.items()):
        if k.startswith(("cause: ", "how: ")) or (k.startswith("apart in: ") and by_case):
            print(f"  {k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
