"""Incident links on DAMAGED gold readings (round 53, link53): why true pairs fall below the
threshold when a report loses a field, by the damage unseen text does.

    PYTHONPATH=src:scripts python scripts/link_stress.py [REAL] [PROBES] [--seeds N]
        [--rate R] [--modes names,region,count,sentence,mix] [--only SUBSTR] [--features]

The gold events of the real train articles (incidents of corpus/real within train) and of each
readable link probe split (the round's blind split left out) are linked by a fresh
:class:`awol.link.Linker`, with their article texts, once as annotated and once per damage mode
and seed; each article is damaged with probability ``--rate`` (default 0.5), all of its events
together (a report whose sentences the rules do not read loses the field everywhere):

- ``names``: no event of the article names anybody (``names``, and ``who``);
- ``region``: no region nor place words (``region``, ``place_text``);
- ``count``: no count (``count``, ``count_qualifier``);
- ``sentence``: each event told from another sentence of its article (the next one, else the
  one before): the extraction kept a sentence of the story other than the gold evidence;
- ``mix``: ``story_stress.RATES`` (an event lost, each field for a whole report).

For each reading: the gold incident pairs (two documents) linked, not linked (by cause:
``vetoed``, ``no-candidate``, ``below`` with the log-odds gap, ``merge``) and the linked pairs
of two gold incidents (wrong); with ``--features``, the evidence features the undamaged pair
has and the damaged one lacks, and those only the damaged pair has, over the missed pairs.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from story_evidence import BLIND
from story_stress import RATES

from awol.evaluate.link_causes import _margin
from awol.link import Linker
from awol.link import score as sc
from awol.link.degrade import degrade

MODES = ("names", "region", "count", "sentence", "mix")
LOSE = {"names": ("names", "who"), "region": ("region", "place_text"),
        "count": ("count", "count_qualifier")}  # fmt: skip
_SENT = re.compile(r"(?<=[.!?…])[\"»”']?\s+|\n+")


def _read(p: Path) -> list[dict]:
    return [json.loads(x) for x in p.read_text("utf-8").splitlines() if x.strip()]


def _texts(folder: Path, docs: list[dict]) -> dict[str, str]:
    out = {}
    for g in docs:
        p = folder / f"{g['id']}.txt"
        if p.exists():
            out[g["id"]] = p.read_text("utf-8")
    return out


def sets_of(real: Path, probes: Path) -> list[tuple[str, list[dict], list[dict]]]:
    """(name, gold documents with their texts, gold incidents) of real train and each readable
    probe split."""
    out = []
    train = set(json.loads((real / "splits.json").read_text("utf-8"))["train"])
    gold = [g for g in _read(real / "gold.jsonl") if g["id"] in train]
    tx = _texts(real, gold)
    incs = [c for c in _read(real / "incidents.jsonl") if all(d in train for d, _ in c["events"])]
    out.append(("real train", [{**g, "text": tx.get(g["id"])} for g in gold], incs))
    pg = {g["id"]: g for g in _read(probes / "gold.jsonl")}
    pi = _read(probes / "incidents.jsonl")
    for name, ids in json.loads((probes / "splits.json").read_text("utf-8")).items():
        if any(i.startswith(BLIND) for i in ids):
            continue
        s = set(ids)
        docs = [pg[i] for i in ids if i in pg]
        tx = _texts(probes, docs)
        incs = [c for c in pi if all(d in s for d, _ in c["events"])]
        out.append((f"probes {name}", [{**g, "text": tx.get(g["id"])} for g in docs], incs))
    return out


def _other_sentence(text: str | None, evidence: str) -> str | None:
    if not text or not evidence:
        return None
    sents = [s.strip() for s in _SENT.split(text) if s and s.strip()]
    for n, s in enumerate(sents):
        if evidence[:40] in s:
            if n + 1 < len(sents):
                return sents[n + 1]
            return sents[n - 1] if n else None
    return None


def damage(docs: list[dict], mode: str, seed: int, rate: float) -> tuple[list[dict], dict]:
    """(damaged documents, (document, index) -> gold index)."""
    if mode == "mix":
        return degrade(docs, RATES, seed, 1.0, by_document=True)
    out, to_gold = [], {}
    for d in docs:
        rng = random.Random(f"ls{seed}:{mode}:{d['id']}")
        evs = [dict(e) for e in d.get("events") or []]
        if rng.random() < rate:
            for e in evs:
                if mode == "sentence":
                    s = _other_sentence(d.get("text"), e.get("evidence") or "")
                    if s:
                        e["evidence"] = s
                else:
                    for f in LOSE[mode]:
                        if e.get(f) not in (None, [], ""):
                            e[f] = [] if isinstance(e[f], list) else None
        for i in range(len(evs)):
            to_gold[(d["id"], i)] = i
        out.append({**d, "events": evs})
    return out, to_gold


def _link(docs: list[dict]) -> Linker:
    lk = Linker()
    lk.record = []
    lk.add([{**d, "figures": []} for d in docs])
    return lk


def _inc_of(lk: Linker) -> dict:
    return {(d, int(i)): p["incident_id"] for p in lk.incidents() for d, i in p["events"]}


def _rec(lk: Linker) -> dict:
    return {tuple(sorted((a, b))): x for a, b, x in lk.record or []}


def measure(name: str, docs: list[dict], incs: list[dict], mode: str, seed: int, rate: float,
            c: Counter, base: tuple) -> None:  # fmt: skip
    w, t = sc.model()
    ddocs, to_gold = damage(docs, mode, seed, rate)
    from_gold = {(d, g): (d, i) for (d, i), g in to_gold.items()}
    lk = _link(ddocs)
    inc, rec = _inc_of(lk), _rec(lk)
    o_rec = base[1]
    gold_inc = {}
    for n, g in enumerate(incs):
        for d, i in g["events"]:
            gold_inc[(d, int(i))] = n
    for g in incs:
        evs = sorted({(d, int(i)) for d, i in g["events"]})
        for k, a in enumerate(evs):
            for b in evs[k + 1 :]:
                if a[0] == b[0]:
                    continue
                c["gold pairs"] += 1
                if a not in from_gold or b not in from_gold:
                    c["event lost"] += 1
                    continue
                pa, pb = from_gold[a], from_gold[b]
                if pa in inc and inc[pa] == inc.get(pb):
                    c["right linked"] += 1
                    continue
                x = rec.get(tuple(sorted((pa, pb))))
                if x is None:
                    ids = lk._ids
                    fa, fb = ids.feats[ids.id(pa)], ids.feats[ids.id(pb)]
                    cause = "vetoed" if sc.pair_features(fa, fb) is None else "no-candidate"
                elif sc.weigh(x, w) < t:
                    cause = "below " + _margin(t - sc.weigh(x, w))
                else:
                    cause = "merge/one-to-one"
                c["missed: " + cause] += 1
                if LIST:
                    ev = {(d["id"], i): e for d in ddocs for i, e in enumerate(d["events"])}
                    print(f"  {name} s{seed} {mode} {cause} {a} {b} {sorted(k for k in (x or {}) if k != 'bias')}")
                    for k in (pa, pb):
                        e = ev[k]
                        print(f"      {k} {e['type']} r={e.get('region')} n={e.get('count')} "
                              f"nm={e.get('names')} | {(e.get('evidence') or '')[:90]}")
                ox = o_rec.get(tuple(sorted((a, b)))) or {}
                for f, v in ox.items():
                    if f != "bias" and v and not (x or {}).get(f):
                        c["lost: " + f] += 1
                for f, v in (x or {}).items():
                    if f != "bias" and v and not ox.get(f):
                        c["gained: " + f] += 1
    # wrong links: two events of one predicted incident, of two documents, not one gold incident
    by: dict = {}
    for k, p in inc.items():
        by.setdefault(p, []).append(k)
    back = {v: k for k, v in from_gold.items()}
    for ks in by.values():
        ks = sorted(ks)
        for n, a in enumerate(ks):
            for b in ks[n + 1 :]:
                if a[0] == b[0]:
                    continue
                ga, gb = gold_inc.get(back.get(a)), gold_inc.get(back.get(b))
                if ga is None or ga != gb:
                    c["wrong linked"] += 1


LIST = False


def main(argv: list[str]) -> int:
    global LIST
    LIST = "--list" in argv
    opts = ("--seeds", "--rate", "--modes", "--only")
    values = {argv[k + 1] for k, a in enumerate(argv[:-1]) if a in opts}
    paths = [a for a in argv if not a.startswith("--") and a not in values]
    real = Path(paths[0]) if paths else Path("../shared/corpus/real")
    probes = Path(paths[1]) if len(paths) > 1 else Path("tests/link/probes")

    def opt(k: str, d: str) -> str:
        return argv[argv.index(k) + 1] if k in argv else d

    seeds, rate = int(opt("--seeds", "3")), float(opt("--rate", "0.5"))
    modes = opt("--modes", ",".join(MODES)).split(",")
    sets = sets_of(real, probes)
    if "--only" in argv:
        sets = [s for s in sets if opt("--only", "") in s[0]]
    for mode in modes:
        tot: Counter = Counter()
        real_c: Counter = Counter()
        for name, docs, incs in sets:
            lk = _link(docs)
            base = (_inc_of(lk), _rec(lk))
            c = real_c if name == "real train" else tot
            for seed in range(seeds):
                measure(name, docs, incs, mode, seed, rate, c, base)
        for label, c in (("real train", real_c), ("probes", tot)):
            miss = sum(v for k, v in c.items() if k.startswith("missed: "))
            print(f"{mode:8s} {label:10s} gold {c['gold pairs']} right {c['right linked']} "
                  f"missed {miss} (lost event {c['event lost']}) wrong {c['wrong linked']}")
            for k in sorted(c):
                if k.startswith("missed: ") or ("--features" in argv and k.startswith(("lost", "gained"))):
                    print(f"    {k}: {c[k]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
