"""A case's status timeline: what each report tells of the case's people, and the status
after each (split from :mod:`awol.link.cases`, round 31)."""

from __future__ import annotations

from collections.abc import Iterable

STATUS_TYPES = {
    "desertion": "fled",
    "detention": "detained",
    "death": "died",
    "prosecution": "prosecuted",
    "sentence": "sentenced",
}


def _count_alternatives(inc: dict) -> tuple[list, dict[str, int]]:
    """Per-document count values of an incident: (values in first-report order, document ->
    index of the last alternative it gives)."""
    dis = (inc.get("disagreements") or {}).get("count") or []
    values = [alt.get("value") for alt in dis]
    pos: dict[str, int] = {}
    for i, alt in enumerate(dis):
        for d in alt.get("documents") or []:
            pos[d] = i
    return values, pos


def _incident_names(inc: dict) -> list[str]:
    names = (inc.get("fields") or {}).get("names") or []
    return list(names) + list(inc.get("story_people") or [])


def person_keys(names: Iterable[str], limit: int = 40) -> dict[str, str]:
    """name -> a key per PERSON: the surname skeleton, one for the spellings of one person that
    the linker's name match takes for one ("Dmitry Moriginenko" ~ "Dmitry Morzinenko": the same
    first name, surnames one letter apart), so a case's timeline counts them once.  Only the
    skeletons are compared (at most ``limit`` distinct ones: a case naming more is left as is)."""
    from awol.link.text import name_parts, names_match

    by_key: dict[str, str] = {}
    out: dict[str, str] = {}
    for n in names:
        k = name_parts(n)[1]
        out[n] = k
        if k:
            by_key.setdefault(k, n)
    keys = sorted(by_key)
    if len(keys) > limit:
        return out
    canon = {k: k for k in keys}
    for i, a in enumerate(keys):
        for b in keys[:i]:
            if canon[b] == b and names_match([by_key[a]], [by_key[b]]) is True:
                canon[a] = b
                break
    return {n: canon.get(k, k) for n, k in out.items()}


def timeline(incidents: list[dict], published: dict[str, str | None],
             duplicate_of: dict[str, str] | None = None) -> list[dict]:  # fmt: skip
    """Status of a case after each report (copies of one report count once).

    Each report tells the status as it knows it: per type (fled, detained, died, prosecuted,
    sentenced, wanted), the people of the case's incidents of that type it reports (each by the
    count this report gives, else the reconciled count, and at least the people it names).
    After a report, a status is the most people any report so far gives it, or the people named
    in its incidents so far (each once), whichever is more -- so a later report's "seven of those
    who fled were detained" updates an earlier "four were detained" instead of adding to it.
    at_large = fled - detained - died (None when nobody is known to have fled); wanted = people
    reported wanted, capped by at_large.  An incident's ``story_people`` (the people its unnamed
    mentions stand for in their stories, :func:`story_people`) count as named people, so an
    unnamed mention of a happening that was not linked to the named mention of it ("he was
    charged" vs "Sablin was charged") is not counted twice; the spellings of one person count
    once (:func:`person_keys`).
    """
    duplicate_of = duplicate_of or {}
    person = person_keys(n for inc in incidents for n in _incident_names(inc))
    docs = sorted(
        {d for inc in incidents for d, _ in inc["events"]},
        key=lambda d: (published.get(d) or "9999", d),
    )
    by_doc: dict[str, list[int]] = {}
    keys_of: list[set[str]] = []
    alts = [_count_alternatives(inc) for inc in incidents]
    for n, inc in enumerate(incidents):
        for d in {d for d, _ in inc["events"]}:
            by_doc.setdefault(d, []).append(n)
        keys_of.append({person[x] for x in _incident_names(inc)} - {""})
    types = list(STATUS_TYPES) + ["wanted"]
    named: dict[str, set[str]] = {t: set() for t in types}
    best: dict[str, int] = dict.fromkeys(types, 0)
    rows: list[dict] = []
    seen: set[str] = set()
    for doc in docs:
        seen.add(doc)
        told: dict[str, int] = dict.fromkeys(types, 0)
        for n in by_doc.get(doc, ()):
            inc = incidents[n]
            typ = inc["type"]
            if typ not in best:
                continue
            keys = keys_of[n]
            named[typ] |= keys
            values, pos = alts[n]
            cnt = values[pos[doc]] if doc in pos else None
            if cnt is None:
                cnt = (inc.get("fields") or {}).get("count")
            told[typ] += max(cnt if isinstance(cnt, int) else 1, len(keys))
        for t in types:
            best[t] = max(best[t], told[t])
        if doc in duplicate_of and duplicate_of[doc] in seen:
            if rows:
                rows[-1].setdefault("copies", []).append(doc)
            continue
        status = {t: max(best[t], len(named[t])) for t in types}
        fled = status["desertion"]
        at_large = None
        if fled:
            at_large = max(0, fled - status["detention"] - status["death"])
        wanted = status["wanted"]
        if at_large is not None:
            wanted = min(wanted, at_large)
        row = {"as_of": published.get(doc), "document": doc}
        row.update({STATUS_TYPES[t]: status[t] for t in STATUS_TYPES})
        row["wanted"] = wanted
        row["at_large"] = at_large
        rows.append(row)
    return rows


def status_summary(row: dict | None) -> str:
    if not row:
        return ""
    parts = []
    if row.get("fled"):
        parts.append(f"{row['fled']} fled")
    for k in ("detained", "died", "prosecuted", "sentenced"):
        if row.get(k):
            parts.append(f"{row[k]} {k}")
    if row.get("at_large") is not None:
        parts.append(f"{row['at_large']} at large")
    return ", ".join(parts) + f" (as of {row.get('as_of')}, {row.get('document')})"
