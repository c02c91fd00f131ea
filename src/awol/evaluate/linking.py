"""Scoring `awol link` against gold incidents (incidents.jsonl).

The gold incidents of the dev corpus list *every* event of one story told by two or more
articles (desertion, manhunt, detentions, trial ...), i.e. what `awol link` calls a **case**.
So the primary score is pairwise over cross-document pairs of gold events: a pair is predicted
linked when both events are in the same predicted case (``case_id``; ``incident_id`` if absent),
and is a gold link when both are in the same gold incident.  Pairs of two events of one document
are not counted.  We also report the incident-level precision (pairs put in one predicted
*incident* that the gold does not put in one story are errors), the near-duplicate detection,
and a check of each multi-report case's status timeline against one rebuilt from the gold events
(per report: fled, detained, died, at large, prosecuted, sentenced).
"""

from __future__ import annotations

from collections import Counter, defaultdict

STATUS_FIELDS = ("fled", "detained", "died", "at_large", "prosecuted", "sentenced")
_TYPE_FIELD = {
    "desertion": "fled",
    "detention": "detained",
    "death": "died",
    "prosecution": "prosecuted",
    "sentence": "sentenced",
}


def _pairs(groups: dict) -> int:
    """Cross-document pairs within each group (group -> list of (doc, idx))."""
    total = 0
    for members in groups.values():
        n = len(members)
        per_doc = Counter(d for d, _ in members)
        total += n * (n - 1) // 2 - sum(c * (c - 1) // 2 for c in per_doc.values())
    return total


def _prf(tp: int, pred: int, gold: int) -> dict:
    p = tp / pred if pred else 1.0
    r = tp / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "predicted_pairs": pred, "gold_pairs": gold}  # fmt: skip


def _gold_duplicates(gold_incidents: list[dict], gold_docs: list[dict] | None) -> set:
    pairs = set()
    for g in gold_incidents:
        for grp in g.get("duplicates") or []:
            grp = sorted(grp)
            pairs.update((a, b) for i, a in enumerate(grp) for b in grp[i + 1 :])
    if pairs or not gold_docs:
        return pairs
    # derive: documents whose annotated events agree field by field (type, date, count, names)
    sig: dict = defaultdict(list)
    for d in gold_docs:
        evs = d.get("events") or []
        if len(evs) >= 2:
            key = tuple((e.get("type"), e.get("date"), e.get("count"), tuple(e.get("names") or []),
                         e.get("region")) for e in evs)  # fmt: skip
            sig[key].append(d["id"])
    for ids in sig.values():
        ids = sorted(ids)
        pairs.update((a, b) for i, a in enumerate(ids) for b in ids[i + 1 :])
    return pairs


def _gold_timeline(docs: list[dict], story: set) -> list[dict]:
    """Status after each report of a gold story, from the gold events (per type: the most
    people any report so far gives, or the named people so far, whichever is more)."""
    from awol.link.text import name_parts

    docs = sorted(docs, key=lambda d: (d.get("published") or "9999", d["id"]))
    rows = []
    best: dict = defaultdict(int)
    named: dict = defaultdict(set)
    for d in docs:
        per: dict = defaultdict(int)
        for i, e in enumerate(d.get("events") or []):
            if (d["id"], i) not in story:
                continue
            keys = {name_parts(n)[1] for n in e.get("names") or []} - {""}
            named[e["type"]] |= keys
            cnt = e.get("count") if e.get("count") is not None else max(1, len(keys))
            per[e["type"]] += max(cnt, len(keys))
        for t, v in per.items():
            best[t] = max(best[t], v)
        row = {"document": d["id"], "as_of": d.get("published")}
        for t, field in _TYPE_FIELD.items():
            row[field] = max(best[t], len(named[t]))
        row["at_large"] = (max(0, row["fled"] - row["detained"] - row["died"])
                           if row["fled"] else None)  # fmt: skip
        rows.append(row)
    return rows


def score_linking(
    predicted_incidents: list[dict],
    gold_incidents: list[dict],
    gold_docs: list[dict] | None = None,
    gold_duplicates: list[list[str]] | None = None,
) -> dict:
    """Pairwise P/R/F1 over cross-document pairs of gold events, near-duplicates, timelines."""
    from awol.link.cases import timeline

    gold_of: dict = {}
    for gi, g in enumerate(gold_incidents):
        for d, i in g.get("events") or []:
            gold_of[(d, int(i))] = g.get("incident") or g.get("incident_id") or f"gold-{gi}"
    case_of: dict = {}
    inc_of: dict = {}
    for p in predicted_incidents:
        for d, i in p.get("events") or []:
            inc_of[(d, int(i))] = p.get("incident_id")
            case_of[(d, int(i))] = p.get("case_id") or p.get("incident_id")
    if gold_docs is not None:
        universe = {(d["id"], i) for d in gold_docs for i in range(len(d.get("events") or []))}
    else:
        universe = set(gold_of) | set(case_of)

    def groups(assign: dict, tag: str) -> dict:
        out: dict = defaultdict(list)
        for k in universe:
            out[assign.get(k, (tag, k))].append(k)
        return out

    gold_g = groups(gold_of, "g")
    case_g = groups(case_of, "c")
    inc_g = groups(inc_of, "i")
    both: dict = defaultdict(list)
    for k in universe:
        both[(case_of.get(k, ("c", k)), gold_of.get(k, ("g", k)))].append(k)
    inc_both: dict = defaultdict(list)
    for k in universe:
        inc_both[(inc_of.get(k, ("i", k)), gold_of.get(k, ("g", k)))].append(k)
    gold_pairs = _pairs(gold_g)
    result: dict = {
        "cases": _prf(_pairs(both), _pairs(case_g), gold_pairs),
        "incidents": _prf(_pairs(inc_both), _pairs(inc_g), gold_pairs),
        "events": len(universe),
        "gold_incidents": len(gold_incidents),
    }
    result["incidents"]["note"] = "recall is not meaningful here: gold groups whole stories"

    # near-duplicates
    pred_dups = set()
    dup_of: dict = {}
    for p in predicted_incidents:
        for d, orig in (p.get("duplicate_of") or {}).items():
            pred_dups.add(tuple(sorted((d, orig))))
            dup_of[d] = orig
    gd = {tuple(sorted(p)) for p in gold_duplicates} if gold_duplicates else None
    gd = gd if gd is not None else _gold_duplicates(gold_incidents, gold_docs)
    result["near_duplicates"] = {
        "gold": sorted(map(list, gd)),
        "predicted": sorted(map(list, pred_dups)),
        "found": sorted(map(list, gd & pred_dups)),
        "missed": sorted(map(list, gd - pred_dups)),
        "spurious": sorted(map(list, pred_dups - gd)),
    }

    # timelines of multi-report cases
    checks = []
    if gold_docs is not None:
        by_id = {d["id"]: d for d in gold_docs}
        published = {d["id"]: d.get("published") for d in gold_docs}
        by_case: dict = defaultdict(list)
        for p in predicted_incidents:
            by_case[p.get("case_id") or p.get("incident_id")].append(p)
        for gi, g in enumerate(gold_incidents):
            story = {(d, int(i)) for d, i in g.get("events") or []}
            docs = sorted({d for d, _ in story})
            if len(docs) < 2 or any(d not in by_id for d in docs):
                continue
            label = g.get("incident") or f"gold-{gi}"
            votes = Counter(case_of.get(k) for k in story if k in case_of)
            if not votes:
                checks.append({"incident": label, "correct": False, "case_id": None})
                continue
            cid = votes.most_common(1)[0][0]
            pred_rows = {r["document"]: r for r in timeline(by_case[cid], published, dup_of)}
            gold_rows = _gold_timeline([by_id[d] for d in docs], story)
            errors = []
            last_pred = None
            for grow in gold_rows:
                doc = grow["document"]
                prow = pred_rows.get(doc) or pred_rows.get(dup_of.get(doc, "")) or last_pred
                last_pred = prow
                for f in STATUS_FIELDS:
                    pv = prow.get(f) if prow else None
                    if pv != grow[f]:
                        errors.append({"document": doc, "field": f, "gold": grow[f],
                                       "predicted": pv})  # fmt: skip
            checks.append({"incident": label, "case_id": cid, "correct": not errors,
                           "final": {f: gold_rows[-1][f] for f in STATUS_FIELDS},
                           "errors": errors})  # fmt: skip
    result["timelines"] = {
        "checked": len(checks),
        "correct": sum(c["correct"] for c in checks),
        "cases": checks,
    }
    return result


def format_linking_report(scores: dict) -> str:
    c, i = scores["cases"], scores["incidents"]
    nd, tl = scores["near_duplicates"], scores["timelines"]
    lines = [
        f"Linking ({scores['events']} events, {scores['gold_incidents']} gold incidents; "
        "cross-document pairs of gold events)",
        f"  cases     P={c['precision']:.3f} R={c['recall']:.3f} F1={c['f1']:.3f}  "
        f"(tp={c['tp']} predicted={c['predicted_pairs']} gold={c['gold_pairs']})",
        f"  incidents P={i['precision']:.3f}  (same-happening links within gold stories: "
        f"{i['tp']}/{i['predicted_pairs']})",
        f"  near-duplicates: found {len(nd['found'])}/{len(nd['gold'])}"
        + (f", missed {nd['missed']}" if nd["missed"] else "")
        + (f", spurious {nd['spurious']}" if nd["spurious"] else ""),
        f"  timelines: {tl['correct']}/{tl['checked']} multi-report cases correct",
    ]
    for chk in tl["cases"]:
        mark = "ok " if chk["correct"] else "BAD"
        fin = chk.get("final") or {}
        lines.append(
            f"    {mark} {chk['incident']}: " + ", ".join(f"{k}={v}" for k, v in fin.items())
        )
        for e in (chk.get("errors") or [])[:5]:
            lines.append(f"        {e['document']} {e['field']}: gold {e['gold']} "
                         f"predicted {e['predicted']}")  # fmt: skip
    return "\n".join(lines)
