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

from awol.link.text import names_match

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
                      from_gold: dict[Key, Key],
                      joins: Counter | None = None) -> dict[str, int]:  # fmt: skip
    """The predicted case pairs of gold events of two gold cases, by what joined them: one
    predicted incident (``incident``); incidents and the story groups of articles, where the
    shortest such path holds a story group with events of two gold cases (``story-group of two
    cases``: an event of a case and one of another case or of none, grouped as one story), else
    an incident link of an extracted event aligned with no gold event (``unaligned event's
    link``: a spurious or misplaced event joins two stories), else ``story-groups``; else a case
    link between two documents naming the same people (``people``).  ``joins`` (when given)
    counts, for the story groups of two cases on those paths, how each event of another case
    than an earlier event of its group joined it (:func:`_how_joined`)."""
    from collections import deque

    ids = {g["id"] for g in gold_docs}
    gold_case = {(d, int(i)): n for n, g in enumerate(cases) for d, i in g.get("events") or []}
    to_pred = {g: k for g, k in from_gold.items() if g[0] in ids}
    to_gold = {k: g for g, k in to_pred.items()}
    parent: dict = {}
    adj: dict = {}

    def find(x):  # noqa: ANN001, ANN202
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def edge(a, b, kind: str) -> None:  # noqa: ANN001
        parent[find(a)] = find(b)
        adj.setdefault(a, []).append((b, kind))
        adj.setdefault(b, []).append((a, kind))

    inc_of: dict = {}
    case_of: dict = {}
    for p in linker.incidents():
        evs = [(d, int(i)) for d, i in p["events"]]
        for k in evs:
            inc_of[k], case_of[k] = p["incident_id"], p.get("case_id")
            if k != evs[0]:
                edge(evs[0], k, "incident")
    group_of: dict = {}
    for a, b in linker.case_links:
        if a[0] == b[0]:  # a story group of one article (a star from its first event)
            edge(a, b, "group")
            group_of[b] = a
            group_of.setdefault(a, a)

    def label(k):  # noqa: ANN001, ANN202
        g = to_gold.get(k)
        return None if g is None else gold_case.get(g, ("g", g))

    mixed: dict = {}  # story group (its first event) -> holds events of two gold cases
    members: dict = {}
    for k, first in group_of.items():
        members.setdefault(first, []).append(k)
    for first, ks in members.items():
        # events of no gold case: one label (an article's own story is in no case file)
        labels = {
            "none" if isinstance(lb, tuple) else lb for k in ks if (lb := label(k)) is not None
        }
        mixed[first] = len(labels) > 1

    def cause(a, b) -> str:  # noqa: ANN001
        prev = {a: None}
        todo = deque([a])
        while todo and b not in prev:
            x = todo.popleft()
            for y, kind in adj.get(x, ()):
                if y not in prev:
                    prev[y] = (x, kind)
                    todo.append(y)
        path = []
        x = b
        while prev.get(x) is not None:
            y, kind = prev[x]
            path.append((y, kind, x))
            x = y
        for x, kind, y in path:
            lx, ly = label(x), label(y)
            if (kind == "incident" and lx is not None and ly is not None
                    and (lx != ly or isinstance(lx, tuple))):  # fmt: skip
                return "false incident link"
        bad = {group_of.get(x) for x, kind, _y in path if kind == "group"}
        bad = {g for g in bad if mixed.get(g)}
        if bad:
            if joins is not None:
                for g in bad - counted:
                    counted.add(g)
                    joins.update(_how_joined(linker, sorted(members[g]), label))
            return "story-group of two cases"
        if any(kind == "incident" and (label(x) is None or label(y) is None)
               for x, kind, y in path):  # fmt: skip
            return "unaligned event's link"
        return "story-groups"

    counted: set = set()
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
                out[cause(pa, pb)] += 1
            else:
                out["people"] += 1
    return dict(out.most_common())


def shared_with(f, before: list) -> list[str]:  # noqa: ANN001
    """What a story event's link features ``f`` share with those of the group's earlier events
    ``before``: a name (``name``), a status class (``status``), the region, a place."""
    from awol.link.text import names_match, places_match

    shared = []
    if f.names and names_match(f.names, [m for g in before for m in g.names]):
        shared.append("name")
    if f.classes & frozenset().union(*(g.classes for g in before)):
        shared.append("status")
    if f.region and any(g.region == f.region for g in before):
        shared.append("region")
    if f.places and any(places_match(f.places, g.places) for g in before):
        shared.append("place")
    return shared


def _how_joined(linker, group: list[Key], label) -> Counter:  # noqa: ANN001
    """How each event of a story group whose gold case (or none) differs from that of an earlier
    event of the group came to join it: a name in common (``name``), else what else it shares
    with the group's earlier events (``status``, ``region``, ``place``; ``order`` for nothing),
    whether the group was the latest story begun before it (``latest``) or an earlier one, and
    its own gold label (``of a case`` / ``of no case``)."""
    out: Counter = Counter()
    seen: list = []
    doc = linker._doc_feats(group[0][0])
    firsts = sorted({f.key[1] for f in doc if f.key[1] == min(
        g.key[1] for g in doc if g.group == f.group)})  # fmt: skip
    feats = [_feat(linker, k) for k in group]
    for n, k in enumerate(group):
        lk = label(k)
        if lk is not None and any(x is not None and x != lk and not (
                isinstance(x, tuple) and isinstance(lk, tuple)) for x in seen):  # fmt: skip
            f, before = feats[n], feats[:n]
            shared = shared_with(f, before)
            latest = max(i for i in firsts if i < k[1]) == group[0][1]
            where = "latest story" if latest else "an earlier story"
            what = "+".join(shared) or "order"
            own = "of no case" if isinstance(lk, tuple) else "of a case"
            out[f"{what}, {where}, {before[-1].type}->{f.type} ({own})"] += 1
        seen.append(lk)
    return out


MARGINS = ("< 0.5", "0.5-1", "1-2", "2-4", ">= 4")


def _margin(d: float) -> str:
    """The bucket of how far under the threshold a pair scores (log-odds)."""
    for edge, name in zip((0.5, 1.0, 2.0, 4.0), MARGINS, strict=False):
        if d < edge:
            return name
    return MARGINS[-1]


def _feat(linker, key: Key):
    ids = linker._ids
    return ids.feats[ids.id(key)]


def field_errors(gold: dict, extracted: dict) -> set[str]:
    """What an extracted event says differently from its gold event, among the fields linking
    reads: ``date``, ``region``, ``country``, ``count`` -- ``missing`` (null where gold has a
    value), ``wrong`` (another value), ``extra`` (a value where gold has none) -- and ``names``
    (``missing``; ``other``: none of gold's people; ``extra``)."""
    out: set[str] = set()
    for f in ("date", "region", "country", "count"):
        g, x = gold.get(f), extracted.get(f)
        if g == x:
            continue
        out.add(f"{f} {'missing' if x is None else 'extra' if g is None else 'wrong'}")
    gn, xn = list(gold.get("names") or []), list(extracted.get("names") or [])
    if gn and not xn:
        out.add("names missing")
    elif xn and not gn:
        out.add("names extra")
    elif gn and xn and names_match(xn, gn) is False:
        out.add("names other")
    return out


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
    short: Counter = Counter()  # below the threshold: by how much
    fields: Counter = Counter()  # what the extraction got wrong in the lost pairs' events
    gd: dict | None = None
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
                    short[_margin(t - sc.weigh(x, w))] += 1
                elif tuple(sorted((pa, pb))) in linker.links:
                    cause = "merge"
                else:
                    cause = "one-to-one"
                causes[(cause, "gold-linked" if o_linked else "gold-apart")] += 1
                gd = {g["id"]: g for g in gold_docs} if gd is None else gd
                for k in sorted(set().union(*(field_errors(
                        gd[x[0]]["events"][x[1]], linker.events.get(px) or {})
                        for x, px in ((a, pa), (b, pb))))):  # fmt: skip
                    fields[k] += 1
                ox = o_rec.get(tuple(sorted((a, b)))) or {}
                xx = x or {}
                for f, v in ox.items():
                    if f != "bias" and v and not xx.get(f):
                        lost[f] += 1
                for f, v in xx.items():
                    if f != "bias" and v and not ox.get(f):
                        gained[f] += 1
    joins: Counter = Counter()
    false_cases = _false_case_paths(gold_docs, cases, linker, from_gold, joins) if cases else {}
    return {"causes": {f"{c} ({o})": n for (c, o), n in causes.most_common()},
            "false_case_pairs": false_cases,
            "mixed_group_joins": dict(joins.most_common()),
            "features_lost": dict(lost.most_common()),
            "features_gained": dict(gained.most_common()),
            "below_by": {k: short[k] for k in MARGINS if short[k]},
            "fields_wrong": dict(sorted(fields.items(), key=lambda kv: (-kv[1], kv[0]))),
            "by_language_pair": {lp: dict(zip(("gold", "both_extracted", "linked",
                                               "gold_reading_linked"), v, strict=True))
                                 for lp, v in sorted(by_lang.items())}}  # fmt: skip


def format_causes(c: dict) -> list[str]:
    """The report lines (counts only)."""
    lines = ["  incident pairs with both events extracted, not linked, by cause: "
             + (", ".join(f"{k} {n}" for k, n in c["causes"].items()) or "none")]  # fmt: skip
    if c.get("below_by"):
        lines.append("    below the threshold by (log-odds): "
                     + ", ".join(f"{k} {n}" for k, n in c["below_by"].items()))  # fmt: skip
    if c.get("fields_wrong"):
        lines.append("    fields of their events the extraction missed or got wrong (pairs): "
                     + ", ".join(f"{k} {n}" for k, n in c["fields_wrong"].items()))  # fmt: skip
    if c["features_lost"]:
        lines.append("    evidence the gold events' pair has and the extracted pair lacks: "
                     + ", ".join(f"{k} {n}" for k, n in c["features_lost"].items()))  # fmt: skip
    if c["features_gained"]:
        lines.append("    evidence only the extracted pair has: "
                     + ", ".join(f"{k} {n}" for k, n in c["features_gained"].items()))  # fmt: skip
    if c.get("false_case_pairs"):
        lines.append("  false case pairs, joined by: "
                     + ", ".join(f"{k} {n}" for k, n in c["false_case_pairs"].items()))  # fmt: skip
    if c.get("mixed_group_joins"):
        lines.append("    events of another story in those groups, joined by: "
                     + ", ".join(f"{k} {n}" for k, n in c["mixed_group_joins"].items()))  # fmt: skip
    lines.append("  incident pairs by language pair (gold / both extracted / linked; gold "
                 "events linked): " + "; ".join(
                     f"{lp} {v['gold']}/{v['both_extracted']}/{v['linked']}; "
                     f"{v['gold_reading_linked']}" for lp, v in c["by_language_pair"].items()))  # fmt: skip
    return lines
