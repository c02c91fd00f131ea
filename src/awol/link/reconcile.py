"""Reconciliation: one incident's fields from the events its reports give (votes by report,
the most precise compatible date, every spelling of a name kept)."""

from __future__ import annotations

from collections import Counter

from awol.link.features import parse_date
from awol.link.text import name_parts

_STRUCTURED = ("date", "country", "region", "count", "count_qualifier", "armed")
_TEXTUAL = ("date_text", "place_text", "who", "source")


def _compatibility(values: list[str]) -> dict[str, list[str]]:
    """value -> the values (itself included) it is compatible with; sorted sweep over the
    parsed intervals, so large incidents do not cost a full square of date comparisons."""
    parsed = {v: parse_date(v) for v in values}
    out: dict[str, list[str]] = {v: [] for v in values}
    bad = [v for v in values if parsed[v] is None]
    for v in bad:
        out[v] = [v]
    good = sorted((v for v in values if parsed[v] is not None), key=lambda v: parsed[v][0])
    for i, v in enumerate(good):
        lo, hi, _ = parsed[v]
        for w in good[i:]:
            if parsed[w][0] > hi:
                break
            out[v].append(w)
            if w != v:
                out[w].append(v)
    return out


def reconcile(evs: list[dict], docs: list[str], dup_of: dict[str, str]) -> tuple[dict, dict]:
    """Reconciled fields and, for structured fields where reports disagree, every value with
    its documents (listed in the order of the first report giving it)."""
    fields: dict = {}
    dis: dict = {}
    for f in _STRUCTURED + _TEXTUAL:
        vals: dict = {}
        for ev, d in zip(evs, docs, strict=True):
            v = ev.get(f)
            if v is None or v == "":
                continue
            vals.setdefault(v, []).append(d)
        if not vals:
            fields[f] = None
            continue
        if len(vals) == 1:  # one value: no vote, no disagreement
            fields[f] = next(iter(vals))
            continue
        # one vote per report (copies of one report vote once)
        votes = Counter({v: len({dup_of.get(d, d) for d in ds}) for v, ds in vals.items()})
        order = list(vals)
        if f == "date":
            # the most precise value compatible with the most others
            compat = _compatibility(order)
            best = max(order, key=lambda v: (
                sum(votes[w] for w in compat[v]), len(v), votes[v],
            ))  # fmt: skip
            fields[f] = best
            if any(len(c) < len(order) for c in compat.values()):
                dis[f] = [{"value": v, "documents": vals[v]} for v in order]
            continue
        best = max(order, key=lambda v: (votes[v], -order.index(v)))
        fields[f] = best
        if f in _STRUCTURED and len(vals) > 1:
            dis[f] = [{"value": v, "documents": vals[v]} for v in order]
    # names: one spelling per person (Latin preferred), all spellings kept
    people: dict[str, list[str]] = {}
    for ev in evs:
        for n in ev.get("names") or []:
            k = name_parts(n)[1] or n
            people.setdefault(k, [])
            if n not in people[k]:
                people[k].append(n)
    fields["names"] = [
        next((n for n in spellings if n.isascii()), spellings[0]) for spellings in people.values()
    ]
    variants = {s[0]: s for s in people.values() if len(s) > 1}
    if variants:
        fields["name_variants"] = list(variants.values())
    return fields, dis
