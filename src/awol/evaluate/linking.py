"""Scoring `awol link` against gold groupings: incidents (one happening of one type) and cases
(one story: the same people's whole case across types).

Both scores are pairwise over **cross-document pairs of gold events**: a pair is predicted
linked when both events are in the same predicted incident (``incident_id``) / case
(``case_id``), and is a gold link when both are in the same gold group (``incidents.jsonl`` /
``cases.jsonl``).  Events that no gold group lists are singletons; pairs of two events of one
document are not counted.  A corpus that has no ``cases.jsonl`` but an ``incidents.jsonl`` that
lists whole stories (the invented dev corpus) is scored at case level only, plus the precision of
the predicted incidents inside the gold stories.

End to end, predicted events are first mapped to the gold events they were aligned with by the
extraction scorer; predicted events without a gold counterpart cannot be judged and are left out,
and gold events that were not extracted stay singletons (so missed events cost recall).

Also: the near-duplicate groups found, and each multi-report gold case's status timeline (per
report: fled, detained, died, at large, prosecuted, sentenced) against one rebuilt from the gold
events.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

Key = tuple[str, int]
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


def pairwise(pred_of: dict[Key, object], gold_of: dict[Key, object], universe: set[Key]) -> dict:
    """Pairwise P/R/F1 over cross-document pairs of ``universe`` (events missing from an
    assignment are singletons)."""
    pred_g: dict = defaultdict(list)
    gold_g: dict = defaultdict(list)
    both: dict = defaultdict(list)
    reach: dict = defaultdict(list)
    for k in universe:
        p = pred_of.get(k, ("p", k))
        g = gold_of.get(k, ("g", k))
        pred_g[p].append(k)
        gold_g[g].append(k)
        both[(p, g)].append(k)
        if k in pred_of:
            reach[g].append(k)
    out = _prf(_pairs(both), _pairs(pred_g), _pairs(gold_g))
    # the gold pairs whose two events were both extracted: what the linker could find (the rest
    # is lost to extraction)
    out["reachable_pairs"] = _pairs(reach)
    return out


def _assign(groups: list[dict], label: str) -> dict[Key, str]:
    out: dict[Key, str] = {}
    for gi, g in enumerate(groups):
        name = g.get(label) or g.get(label + "_id") or f"gold-{gi}"
        for d, i in g.get("events") or []:
            out[(d, int(i))] = name
    return out


def _gold_duplicates(gold_docs: list[dict] | None) -> set:
    """Documents whose annotated events agree field by field (type, date, count, names)."""
    pairs: set = set()
    if not gold_docs:
        return pairs
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
    people any report so far gives, or the named people so far, whichever is more; a person's
    spellings once, as ``cases.person_keys`` reads them)."""
    from awol.link.timeline import person_keys

    docs = sorted(docs, key=lambda d: (d.get("published") or "9999", d["id"]))
    # one key per person: the spellings of one name in the story's reports count once
    person = person_keys(n for d in docs for i, e in enumerate(d.get("events") or [])
                         if (d["id"], i) in story for n in e.get("names") or [])  # fmt: skip
    rows = []
    best: dict = defaultdict(int)
    named: dict = defaultdict(set)
    for d in docs:
        per: dict = defaultdict(int)
        for i, e in enumerate(d.get("events") or []):
            if (d["id"], i) not in story:
                continue
            keys = {person[n] for n in e.get("names") or []} - {""}
            named[e["type"]] |= keys
            cnt = e.get("count") if isinstance(e.get("count"), int) else max(1, len(keys))
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


TIMELINE_CAUSES = ("report missing", "status missing", "counted over", "counted under",
                   "order", "at large")  # fmt: skip


def _timeline_causes(errors: list[dict], pred_rows: dict, gold_rows: list[dict]) -> list[str]:
    """Why a case's predicted timeline differs from the gold one (most basic first):
    ``report missing`` (a report of the story adds nothing to the predicted case: its events
    were not extracted, or were linked elsewhere), ``status missing`` (a status the gold has
    after a report is 0 in the case: the event of that type is missing), ``counted over`` /
    ``counted under`` (a status has more / fewer people), ``order`` (the same rows, after other
    reports), ``at large`` (only the derived at-large count differs)."""
    if not errors:
        return []
    found: set[str] = set()
    for e in errors:
        if e["document"] not in pred_rows:
            found.add("report missing")
        elif e["field"] == "at_large":
            found.add("at large")
        elif not e["predicted"]:
            found.add("status missing")
        elif e["predicted"] > e["gold"]:
            found.add("counted over")
        else:
            found.add("counted under")
    rows = lambda rs: sorted(tuple(r.get(f) for f in STATUS_FIELDS) for r in rs)  # noqa: E731
    if "report missing" not in found and rows(pred_rows.values()) == rows(gold_rows):
        found = {"order"}
    return [c for c in TIMELINE_CAUSES if c in found]


def score_linking(
    predicted_incidents: list[dict],
    gold_docs: list[dict],
    *,
    incidents: list[dict] | None = None,
    cases: list[dict] | None = None,
    gold_duplicates: list[list[str]] | None = None,
) -> dict:
    """Pairwise scores of predicted incidents (and their ``case_id``) against gold incidents
    and/or gold cases, over the events of ``gold_docs``; near-duplicates; case timelines."""
    from awol.link.timeline import timeline

    ids = {d["id"] for d in gold_docs}
    universe = {(d["id"], i) for d in gold_docs for i in range(len(d.get("events") or []))}
    inc_of: dict[Key, str] = {}
    case_of: dict[Key, str] = {}
    for p in predicted_incidents:
        for d, i in p.get("events") or []:
            inc_of[(d, int(i))] = p.get("incident_id")
            case_of[(d, int(i))] = p.get("case_id") or p.get("incident_id")
    result: dict = {"events": len(universe), "documents": len(ids)}
    if incidents is not None:
        gold_inc = _assign(incidents, "incident")
        result["incidents"] = pairwise(inc_of, gold_inc, universe)
        result["gold_incidents"] = len({v for k, v in gold_inc.items() if k in universe})
    if cases is not None:
        gold_case = _assign(cases, "case")
        result["cases"] = pairwise(case_of, gold_case, universe)
        result["gold_cases"] = len({v for k, v in gold_case.items() if k in universe})
        if incidents is None:
            # precision of the predicted incidents inside the gold stories
            p = pairwise(inc_of, gold_case, universe)
            result["incident_precision_in_cases"] = {
                "precision": p["precision"], "tp": p["tp"], "predicted_pairs": p["predicted_pairs"]
            }  # fmt: skip

    # near-duplicates
    pred_dups = set()
    dup_of: dict = {}
    for p in predicted_incidents:
        for d, orig in (p.get("duplicate_of") or {}).items():
            pred_dups.add(tuple(sorted((d, orig))))
            dup_of[d] = orig
    if gold_duplicates is not None:
        gd = {tuple(sorted(p)) for p in gold_duplicates}
    else:
        gd = _gold_duplicates(gold_docs)
    result["near_duplicates"] = {
        "gold": sorted(map(list, gd)),
        "predicted": sorted(map(list, pred_dups)),
        "found": sorted(map(list, gd & pred_dups)),
        "missed": sorted(map(list, gd - pred_dups)),
        "spurious": sorted(map(list, pred_dups - gd)),
    }

    # timelines of multi-report gold cases
    checks = []
    by_id = {d["id"]: d for d in gold_docs}
    published = {d["id"]: d.get("published") for d in gold_docs}
    by_case: dict = defaultdict(list)
    for p in predicted_incidents:
        by_case[p.get("case_id") or p.get("incident_id")].append(p)
    for gi, g in enumerate(cases or []):
        story = {(d, int(i)) for d, i in g.get("events") or [] if d in ids}
        docs = sorted({d for d, _ in story})
        if len(docs) < 2:
            continue
        label = g.get("case") or g.get("incident") or f"gold-{gi}"
        # sorted: a tie between two predicted cases is broken the same way on every run
        votes = Counter(case_of.get(k) for k in sorted(story) if k in case_of)
        if not votes:
            checks.append({"case": label, "correct": False, "case_id": None})
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
        causes = _timeline_causes(errors, pred_rows, gold_rows)
        if causes and causes[0] == "report missing":
            # the missing report's story events: none extracted, or in another predicted case
            gone = {e["document"] for e in errors if e["document"] not in pred_rows}
            elsewhere = any(case_of.get(k) not in (None, cid) for k in story if k[0] in gone)
            causes[0] += ": linked elsewhere" if elsewhere else ": not extracted"
        checks.append({"case": label, "case_id": cid, "correct": not errors,
                       "final": {f: gold_rows[-1][f] for f in STATUS_FIELDS},
                       "errors": errors, "causes": causes})  # fmt: skip
    result["timelines"] = {
        "checked": len(checks),
        "correct": sum(c["correct"] for c in checks),
        "cases": checks,
        "wrong_by_cause": dict(
            Counter(
                c["causes"][0] if c.get("causes") else "no case" for c in checks if not c["correct"]
            ).most_common()
        ),  # fmt: skip
    }
    return result


def _line(name: str, s: dict) -> str:
    return (f"  {name:<9} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}  "
            f"(tp={s['tp']} predicted={s['predicted_pairs']} gold={s['gold_pairs']}"
            + (f", {s['reachable_pairs']} with both events extracted"
               if s.get("reachable_pairs", s["gold_pairs"]) != s["gold_pairs"] else "")
            + ")")  # fmt: skip


def format_linking_report(scores: dict, details: bool = True) -> str:
    mode = scores.get("mode")
    head = f"Linking{' (' + mode + ')' if mode else ''}: {scores['events']} gold events"
    head += f" in {scores['documents']} documents; pairwise over cross-document pairs"
    lines = [head]
    if "incidents" in scores:
        lines.append(_line("incidents", scores["incidents"]) + f", {scores['gold_incidents']} "
                     "gold incidents")  # fmt: skip
    if "cases" in scores:
        lines.append(_line("cases", scores["cases"]) + f", {scores['gold_cases']} gold cases")
    if "incident_precision_in_cases" in scores:
        ip = scores["incident_precision_in_cases"]
        lines.append(f"  incidents P={ip['precision']:.3f} inside gold stories "
                     f"({ip['tp']}/{ip['predicted_pairs']} same-happening links)")  # fmt: skip
    if "incident_causes" in scores:
        from awol.evaluate.link_causes import format_causes

        lines += format_causes(scores["incident_causes"])
    nd, tl = scores["near_duplicates"], scores["timelines"]
    lines.append(
        f"  near-duplicates: found {len(nd['found'])}/{len(nd['gold'])}"
        + (f", missed {nd['missed']}" if nd["missed"] and details else "")
        + (f", spurious {nd['spurious']}" if nd["spurious"] and details else "")
    )
    lines.append(f"  timelines: {tl['correct']}/{tl['checked']} multi-report cases correct"
                 + ("; wrong by cause: " + ", ".join(f"{k} {v}" for k, v in
                                                     tl["wrong_by_cause"].items())
                    if tl.get("wrong_by_cause") else ""))  # fmt: skip
    if details:
        for chk in tl["cases"]:
            mark = "ok " if chk["correct"] else "BAD"
            fin = chk.get("final") or {}
            lines.append(
                f"    {mark} {chk['case']}: " + ", ".join(f"{k}={v}" for k, v in fin.items())
            )
            for e in (chk.get("errors") or [])[:5]:
                lines.append(f"        {e['document']} {e['field']}: gold {e['gold']} "
                             f"predicted {e['predicted']}")  # fmt: skip
    return "\n".join(lines)


# --- running the linker for an evaluation ------------------------------------------------------
def load_gold_links(folder: Path) -> tuple[list[dict] | None, list[dict] | None]:
    """(incidents, cases) of a corpus folder.  Without ``cases.jsonl``, ``incidents.jsonl``
    lists whole stories (the dev corpus was written before the split) and is read as cases."""
    import json

    def read(p: Path) -> list[dict] | None:
        if not p.exists():
            return None
        return [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]

    inc, cases = read(folder / "incidents.jsonl"), read(folder / "cases.jsonl")
    if cases is None:
        return None, inc
    return inc, cases


def oracle_input(gold_docs: list[dict], texts: dict[str, str] | None = None) -> list[dict]:
    """The gold documents as linker input (events as annotated; the article text, when given,
    for near-duplicate detection)."""
    out = []
    for g in gold_docs:
        d = {k: g.get(k) for k in ("id", "url", "outlet", "language", "published", "title")}
        d["events"] = g.get("events") or []
        d["figures"] = g.get("figures") or []
        if texts and g["id"] in texts:
            d["text"] = texts[g["id"]]
        out.append(d)
    return out


def link_and_score(
    gold_docs: list[dict],
    *,
    incidents: list[dict] | None,
    cases: list[dict] | None,
    predictions: list[dict] | None = None,
    alignment: list | None = None,
    texts: dict[str, str] | None = None,
) -> dict:
    """Link the gold events (``predictions`` None: the oracle) or the predicted documents, then
    score in gold index space.  Only the documents of ``gold_docs`` are linked, so a split is
    scored on its own pairs."""
    from awol.link import Linker

    ids = {g["id"] for g in gold_docs}
    linker = Linker()
    if predictions is None:
        linker.add(oracle_input(gold_docs, texts))
        predicted = linker.incidents()
        mode = "gold events"
    else:
        linker.record = []  # the candidate pairs' features, for the causes of the misses
        linker.add([p for p in predictions if p.get("id") in ids])
        to_gold = {(d, i): j for d, i, j in alignment or []}
        predicted = []
        for inc in linker.incidents():
            evs = [[d, to_gold[(d, i)]] for d, i in inc["events"] if (d, i) in to_gold]
            if evs:
                predicted.append({**inc, "events": evs})
        mode = "extracted events"
    res = score_linking(predicted, gold_docs, incidents=incidents, cases=cases)
    res["mode"] = mode
    if predictions is not None and incidents is not None:
        from awol.evaluate.link_causes import link_causes

        own = {p["id"]: p["text"] for p in predictions if p.get("id") in ids and p.get("text")}
        oracle = oracle_input(gold_docs, texts or own)
        res["incident_causes"] = link_causes(
            gold_docs, incidents, linker, alignment or [], oracle, cases
        )
    return res
