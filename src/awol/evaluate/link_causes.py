"""Why linking from extracted events misses what the gold events link: counts only.

For every cross-document pair of one gold incident whose two events were both extracted (aligned
by the extraction scorer) but end in two predicted incidents, the first cause that fits:

- ``vetoed``: the pair scorer refuses the two extracted events (types, names, dates);
- ``no-candidate``: the blocking never proposed them;
- ``below``: proposed and scored under the threshold;
- ``one-to-one``: above the threshold but another pair of the two documents took one side;
- ``merge``: linked, but the incident-merge constraints kept the two incidents apart.

Beside it, the gold reading of the same pair (the gold events linked alone, as ``--oracle``):
whether it is linked there, and which evidence features the gold pair has that the extracted
pair lacks (``lost``) or the extracted pair has that the gold pair does not (``gained``: e.g. a
contradiction the extraction introduced).  Per language pair (en-en, en-ru, ru-ru): gold
pairs, pairs with both events extracted, and pairs linked.  Aggregate counts, no ids or text:
printed by ``awol evaluate --brief`` on any split (docs/linking.md).
"""

from __future__ import annotations

from collections import Counter

Key = tuple[str, int]


def _recorded(linker) -> dict[tuple, dict[str, float]]:
    return {tuple(sorted((a, b))): x for a, b, x in linker.record or []}


def _inc_of(linker) -> dict[Key, str]:
    out: dict[Key, str] = {}
    for p in linker.incidents():
        for d, i in p["events"]:
            out[(d, int(i))] = p["incident_id"]
    return out


def _false_case_paths(gold_docs: list[dict], cases: list[dict], linker,
                      from_gold: dict[Key, Key]) -> dict[str, int]:  # fmt: skip
    """The predicted case pairs of gold events of two gold cases, by what joined them: one
    predicted incident (``incident``); incidents and the story groups of articles
    (``story-groups``); else a case link between two documents naming the same people
    (``people``)."""
    ids = {g["id"] for g in gold_docs}
    gold_case = {(d, int(i)): n for n, g in enumerate(cases) for d, i in g.get("events") or []}
    parent: dict = {}

    def find(x):  # noqa: ANN001, ANN202
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    inc_of: dict = {}
    case_of: dict = {}
    for p in linker.incidents():
        evs = [(d, int(i)) for d, i in p["events"]]
        for k in evs:
            inc_of[k], case_of[k] = p["incident_id"], p.get("case_id")
            parent[find(k)] = find(evs[0])
    for a, b in linker.case_links:
        if a[0] == b[0]:  # a story group of one article
            parent[find(a)] = find(b)
    to_pred = {g: k for g, k in from_gold.items() if g[0] in ids}
    keys = sorted(to_pred)
    out: Counter = Counter()
    for n, a in enumerate(keys):
        for b in keys[n + 1 :]:
            if a[0] == b[0] or gold_case.get(a, ("g", a)) == gold_case.get(b, ("g", b)):
                continue
            pa, pb = to_pred[a], to_pred[b]
            if case_of.get(pa) is None or case_of.get(pa) != case_of.get(pb):
                continue
            if inc_of.get(pa) == inc_of.get(pb):
                out["incident"] += 1
            elif find(pa) == find(pb):
                out["story-groups"] += 1
            else:
                out["people"] += 1
    return dict(out.most_common())


def _feat(linker, key: Key):
    ids = linker._ids
    return ids.feats[ids.id(key)]


def link_causes(gold_docs: list[dict], incidents: list[dict], linker, alignment: list,
                oracle_docs: list[dict], cases: list[dict] | None = None) -> dict:  # fmt: skip
    """Counts of why the gold incident pairs with both events extracted are not linked by
    ``linker`` (which linked the extracted documents with ``record`` set), against the gold
    reading (``oracle_docs`` linked here)."""
    from awol.link import Linker
    from awol.link import score as sc

    ids = {g["id"] for g in gold_docs}
    lang = {g["id"]: g.get("language") or "?" for g in gold_docs}
    from_gold = {(d, int(j)): (d, int(i)) for d, i, j in alignment or [] if d in ids}
    oracle = Linker()
    oracle.record = []
    oracle.add(oracle_docs)
    o_rec, o_inc = _recorded(oracle), _inc_of(oracle)
    x_rec, x_inc = _recorded(linker), _inc_of(linker)
    w, t = sc.model()
    causes: Counter = Counter()
    lost: Counter = Counter()
    gained: Counter = Counter()
    by_lang: dict[str, list[int]] = {}
    for g in incidents:
        evs = sorted({(d, int(i)) for d, i in g.get("events") or [] if d in ids})
        for n, a in enumerate(evs):
            for b in evs[n + 1 :]:
                if a[0] == b[0]:
                    continue
                lp = "-".join(sorted((lang[a[0]], lang[b[0]])))
                row = by_lang.setdefault(lp, [0, 0, 0, 0])
                row[0] += 1
                o_linked = a in o_inc and o_inc.get(a) == o_inc.get(b)
                row[3] += o_linked
                if a not in from_gold or b not in from_gold:
                    continue
                row[1] += 1
                pa, pb = from_gold[a], from_gold[b]
                if pa in x_inc and x_inc.get(pa) == x_inc.get(pb):
                    row[2] += 1
                    continue
                x = x_rec.get(tuple(sorted((pa, pb))))
                if x is None:
                    fa, fb = _feat(linker, pa), _feat(linker, pb)
                    cause = "vetoed" if sc.pair_features(fa, fb) is None else "no-candidate"
                elif sc.weigh(x, w) < t:
                    cause = "below"
                elif tuple(sorted((pa, pb))) in linker.links:
                    cause = "merge"
                else:
                    cause = "one-to-one"
                causes[(cause, "gold-linked" if o_linked else "gold-apart")] += 1
                ox = o_rec.get(tuple(sorted((a, b)))) or {}
                xx = x or {}
                for f, v in ox.items():
                    if f != "bias" and v and not xx.get(f):
                        lost[f] += 1
                for f, v in xx.items():
                    if f != "bias" and v and not ox.get(f):
                        gained[f] += 1
    false_cases = _false_case_paths(gold_docs, cases, linker, from_gold) if cases else {}
    return {"causes": {f"{c} ({o})": n for (c, o), n in causes.most_common()},
            "false_case_pairs": false_cases,
            "features_lost": dict(lost.most_common()),
            "features_gained": dict(gained.most_common()),
            "by_language_pair": {lp: dict(zip(("gold", "both_extracted", "linked",
                                               "gold_reading_linked"), v, strict=True))
                                 for lp, v in sorted(by_lang.items())}}  # fmt: skip


def format_causes(c: dict) -> list[str]:
    """The report lines (counts only)."""
    lines = ["  incident pairs with both events extracted, not linked, by cause: "
             + (", ".join(f"{k} {n}" for k, n in c["causes"].items()) or "none")]  # fmt: skip
    if c["features_lost"]:
        lines.append("    evidence the gold events' pair has and the extracted pair lacks: "
                     + ", ".join(f"{k} {n}" for k, n in c["features_lost"].items()))  # fmt: skip
    if c["features_gained"]:
        lines.append("    evidence only the extracted pair has: "
                     + ", ".join(f"{k} {n}" for k, n in c["features_gained"].items()))  # fmt: skip
    if c.get("false_case_pairs"):
        lines.append("  false case pairs, joined by: "
                     + ", ".join(f"{k} {n}" for k, n in c["false_case_pairs"].items()))  # fmt: skip
    lines.append("  incident pairs by language pair (gold / both extracted / linked; gold "
                 "events linked): " + "; ".join(
                     f"{lp} {v['gold']}/{v['both_extracted']}/{v['linked']}; "
                     f"{v['gold_reading_linked']}" for lp, v in c["by_language_pair"].items()))  # fmt: skip
    return lines
