"""Why were gold links missed (and which links are false)?  Linking with gold events, per pair.

    .venv/bin/python scripts/link_misses.py ../shared/corpus/real --split train [--cases]

Links the gold events of the split's documents (as ``awol evaluate --oracle``) and, for every
cross-document pair of one gold incident (case with ``--cases``) that ends in two predicted
incidents, prints the first cause that fits:

- ``vetoed``: the pair scorer refuses it (different types, disjoint names, dates);
- ``no-candidate``: the blocking never proposed the pair;
- ``below``: proposed and scored under the threshold (its features and score are printed);
- ``one-to-one``: above the threshold but another pair of the two documents took one side;
- ``merge``: linked, but the incident-merge constraints kept the two incidents apart
  (or, for cases, the incidents were linked into different cases).

False links (pairs in one predicted incident, not in one gold incident) are printed with their
path's features.  Nothing is written.
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
    ap.add_argument("--cases", action="store_true", help="case level instead of incidents")
    ap.add_argument(
        "--fold",
        type=int,
        help="held out: weights fitted without this fold (of awol.link.fit's folds by story), "
        "only pairs with a document of the fold reported",
    )
    args = ap.parse_args()

    from awol.evaluate.linking import load_gold_links, oracle_input
    from awol.link import Linker
    from awol.link import score as sc
    from awol.link.features import document_features

    folder = args.corpus
    gold = [json.loads(x) for x in (folder / "gold.jsonl").read_text("utf-8").splitlines() if x]
    if args.split:
        ids = set(json.loads((folder / "splits.json").read_text("utf-8"))[args.split])
        gold = [g for g in gold if g["id"] in ids]
    ids = {g["id"] for g in gold}
    texts = {g["id"]: (folder / f"{g['id']}.txt").read_text("utf-8") for g in gold}
    incidents, cases = load_gold_links(folder)
    groups = cases if args.cases else incidents
    held = ids
    if args.fold is not None:
        from awol.link import fit
        from awol.link.fit_readings import candidate_pairs

        fold_of = fit.story_folds(gold, list(incidents or []) + list(cases or []), fit.FOLDS)
        held = {d for d, k in fold_of.items() if k == args.fold}
        pairs = candidate_pairs(oracle_input(gold, texts))
        inc_of = {(d, int(i)): n for n, g in enumerate(incidents or []) for d, i in g["events"]}
        y = fit.np.array([1.0 if inc_of.get(a, -1) == inc_of.get(b, -2) else 0.0
                          for a, b, _ in pairs])  # fmt: skip
        keep = [fold_of[a[0]] != args.fold and fold_of[b[0]] != args.fold for a, b, _ in pairs]
        w_k, t_k = fit._fit_weights(pairs, y, keep), sc.model()[1]
        sc.model = lambda: (w_k, t_k)
    lk = Linker()
    lk.record = []
    lk.add(oracle_input(gold, texts))
    preds = lk.incidents()
    pred_of = {}
    for p in preds:
        for d, i in p["events"]:
            pred_of[(d, i)] = p["case_id" if args.cases else "incident_id"]
    recorded = {}
    for a, b, x in lk.record:
        recorded[tuple(sorted((a, b)))] = x
    w, t = sc.model()
    feats = {}
    for g in gold:
        recs = []
        for i, e in enumerate(g.get("events") or []):
            recs.append({**e, "doc": g["id"], "idx": i, "published": g.get("published")})
        for f in document_features(recs):
            feats[f.key] = f
    ev = {(g["id"], i): e for g in gold for i, e in enumerate(g.get("events") or [])}

    def show(k):
        e = ev[k]
        return (f"{k[0]}#{k[1]} {e.get('type')} {e.get('date')} {e.get('region')} "
                f"n={e.get('count')} {e.get('names')} who={e.get('who')!r} "
                f"place={e.get('place_text')!r} pub={next(g.get('published') for g in gold if g['id'] == k[0])}")  # fmt: skip

    gold_of = {}
    for n, grp in enumerate(groups or []):
        for d, i in grp["events"]:
            if d in ids:
                gold_of[(d, int(i))] = (n, grp.get("incident") or grp.get("case"))
    causes: Counter = Counter()
    by_group: dict = {}
    for k, (n, label) in gold_of.items():
        by_group.setdefault((n, label), []).append(k)
    for (_n, label), ks in sorted(by_group.items(), key=lambda t: str(t[0][1])):
        ks.sort()
        missed = []
        for i, a in enumerate(ks):
            for b in ks[i + 1 :]:
                if a[0] == b[0] or pred_of.get(a) == pred_of.get(b):
                    continue
                if a[0] not in held and b[0] not in held:
                    continue
                pair = tuple(sorted((a, b)))
                x = recorded.get(pair)
                if args.cases and feats[a].type != feats[b].type:
                    cause, info = "other-type", ""
                elif sc.pair_features(feats[a], feats[b]) is None:
                    cause, info = "vetoed", ""
                elif x is None:
                    cause, info = "no-candidate", ""
                else:
                    s = sc.weigh(x, w)
                    if s < t:
                        cause = "below"
                    elif pair in lk.links:
                        cause = "merge"
                    else:
                        cause = "one-to-one"
                    info = f"{s:+.2f} " + " ".join(f"{f}={v:g}" for f, v in x.items())
                causes[cause] += 1
                missed.append((cause, a, b, info))
        if missed:
            print(f"== {label}: {len(ks)} events, {len(missed)} pairs missed")
            for k in ks:
                print("   ", show(k))
            for cause, a, b, info in missed:
                print(f"  {cause:<12} {a[0]}#{a[1]} ~ {b[0]}#{b[1]} {info}")
    print("\nfalse links:")
    fp = 0
    for p in preds:
        evs = [tuple(e) for e in p["events"]]
        for i, a in enumerate(evs):
            for b in evs[i + 1 :]:
                if a[0] == b[0] or (a[0] not in held and b[0] not in held):
                    continue
                ga, gb = gold_of.get(a), gold_of.get(b)
                if ga is not None and ga == gb:
                    continue
                fp += 1
                x = recorded.get(tuple(sorted((a, b))))
                s = (
                    f"{sc.weigh(x, w):+.2f} " + " ".join(f"{f}={v:g}" for f, v in x.items())
                    if x
                    else "(through others)"
                )
                print(f"  {show(a)}\n  {show(b)}\n     {s}")
    print(f"\nmissed pairs by cause: {dict(causes)}; false pairs {fp}; threshold {t}")


if __name__ == "__main__":
    main()
