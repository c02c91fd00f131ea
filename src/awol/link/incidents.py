"""Incidents: which mentions (events of different documents) tell the same happening.

An incident is one real happening: same type, same people, same time.  Candidate pairs are found
through blocking keys (below), so the cost grows with the number of events times the (small)
block size, not with its square.  Each candidate pair gets a symmetric score
(:mod:`awol.link.score`, fitted); pairs at or above the fitted threshold become links.  Between
two documents links are one-to-one (greedy by score), and the incidents are the connected
components of the links built strongest-first under the constraint that an incident never holds
two events of one document.
"""

from __future__ import annotations

from awol.link.features import Feat, month_index
from awol.link.score import VETO, mutual_margin, score, threshold  # noqa: F401  (re-exported)
from awol.link.text import name_parts, names_match

# --- blocking --------------------------------------------------------------------------------
# A pair (a, b) is a candidate iff query_keys(a) meets index_keys(b); every channel below is built
# so that this holds iff query_keys(b) meets index_keys(a) (symmetric), which keeps the result
# independent of the order of ``add()`` calls.  Every key carries a time bucket (event date or
# publication date), so with a steady flow of reports a block holds the events of a bounded
# time window, whatever the total number of stored events.
DAY_BUCKET = 3  # day-precise dates: 3-day buckets, +-1 bucket (covers the +-2 day tolerance)
WEEK = 7  # country-wide / unknown-place pairs without two exact days: publications +-1 week


def _precision(f: Feat) -> int:
    return f.date[2] if f.date is not None else 0


def _week(ordinal: int) -> int:
    return ordinal // WEEK


def _name_token(f: Feat) -> tuple[list[str], list[str]]:
    """S events (every name has a first name and a surname) never need the place/time channels
    with each other: two such name lists either share a person (found through the name channel)
    or are disjoint, which vetoes the pair.  Unnamed events and events naming someone by one word
    ("Kirill") are W and meet everyone through place/time."""
    strong = bool(f.names) and all(all(name_parts(n)) for n in f.names)
    if strong:
        return ["A"], ["W"]
    return ["A", "W"], ["A"]


def _region_time(f: Feat) -> tuple[list[tuple], list[tuple]]:
    """Time tokens for two events of the same region (wide windows)."""
    idx: list[tuple] = []
    qry: list[tuple] = []
    prec = _precision(f)
    pm = month_index(f.pub) if f.pub is not None else None
    if prec == 3:
        b = f.date[0] // DAY_BUCKET
        m = month_index(f.date[0])
        idx += [("D", b), ("Md", m)]
        qry += [("D", x) for x in (b - 1, b, b + 1)] + [("Mm", x) for x in (m - 1, m, m + 1)]
    elif prec == 2:
        m = month_index(f.date[0])
        idx.append(("Mm", m))
        qry += [("Mm", x) for x in (m - 1, m, m + 1)] + [("Md", x) for x in (m - 1, m, m + 1)]
    if prec >= 2:
        # a dated event meets the vaguely dated events published in its month or the next (a
        # report without a date tells a happening of shortly before its publication)
        m = month_index(f.date[0])
        idx.append(("Pd", m))
        qry += [("Pu", m), ("Pu", m + 1)]
    elif pm is not None:
        idx.append(("Pu", pm))
        qry += [("Pd", pm - 1), ("Pd", pm)]
    if pm is not None:
        # vaguely dated events (year only / none) meet everything published within +-1 month
        idx.append(("Pa", pm))
        if prec >= 2:
            qry += [("Pv", x) for x in (pm - 1, pm, pm + 1)]
        else:
            idx.append(("Pv", pm))
            qry += [("Pa", x) for x in (pm - 1, pm, pm + 1)]
    return idx, qry


def _countrywide_time(f: Feat) -> tuple[list[tuple], list[tuple]]:
    """Time tokens for pairs where one event lacks the region (country-wide or unknown place):
    exact days within the tolerance, otherwise publications within about a week."""
    idx: list[tuple] = []
    qry: list[tuple] = []
    if _precision(f) == 3:
        b = f.date[0] // DAY_BUCKET
        idx.append(("D", b))
        qry += [("D", x) for x in (b - 1, b, b + 1)]
        weeks = set()
        if f.pub is not None:
            w = _week(f.pub)
            weeks.add(w)
            qry += [("Pn", x) for x in (w - 1, w, w + 1)]
        # a report without a date tells a happening of shortly before its publication: a
        # day-dated event meets the undated events published from the week before its day to
        # two weeks after (pub week - date week in -1..2: the week of its day and the next are
        # indexed, -1..2 queried), whatever its own publication ("News that a pilot defected
        # emerged in August", an article of September, ~ a report of August 23)
        wd = _week(f.date[0])
        weeks.update((wd, wd + 1))
        qry += [("Pn", x) for x in range(wd - 1, wd + 3) if f.pub is None or abs(x - w) > 1]
        idx += [("Pa", x) for x in sorted(weeks)]
    elif f.pub is not None:
        w = _week(f.pub)
        idx += [("Pa", w), ("Pn", w)]
        qry += [("Pa", x) for x in (w - 1, w, w + 1)]
    # An event dated only to a month on a page with no publication date has no day and no week:
    # it meets the events whose date (else publication) falls within a month of its own (Mw),
    # and they meet it (Mn).  Only such events query Mw, so the other events add one index key
    # and three query keys; the count tokens bound the blocks as in the week channel.
    m = _month_anchor(f)
    if m is not None:
        idx.append(("Mw", m))
        qry += [("Mn", x) for x in (m - 1, m, m + 1)]
        if _precision(f) == 2 and f.pub is None:
            idx.append(("Mn", m))
            qry += [("Mw", x) for x in (m - 1, m, m + 1)]
    return idx, qry


def _month_anchor(f: Feat) -> int | None:
    """The month of the event's date (day or month precise), else of its publication."""
    if _precision(f) >= 2:
        return month_index(f.date[0])
    return month_index(f.pub) if f.pub is not None else None


def _geo(f: Feat) -> tuple[list[tuple], list[tuple], list[tuple], list[tuple]]:
    """(region index, region query, country-wide index, country-wide query) geo tokens.
    Same region -> region tier; same country with one side lacking the region, or one side
    lacking the country -> country-wide tier (with tighter time windows)."""
    ri = [("r", f.region)] if f.region else []
    ci: list[tuple] = [("all",)]
    if f.country:
        ci.append(("c", f.country))
        if f.region:
            cq: list[tuple] = [("c0", f.country), ("u",)]
        else:
            ci.append(("c0", f.country))
            cq = [("c", f.country), ("u",)]
    else:
        ci.append(("u",))
        cq = [("all",)]
    return ri, ri, ci, cq


def _count_token(f: Feat) -> tuple[list[tuple], list[tuple]]:
    """Count tokens for the country-wide publication-week channel.  There the pair lacks a
    shared region, names (a name match goes through the name channel) and two exact days, so
    the score is at most 1.5 (date) + 0.5 (country) + 1 (descriptor) + 1.5 (place) + 0.5
    (armed) = 5; two different exact counts (-2) keep it below the threshold, so such pairs need
    not be compared.  Events without a count, with a qualified count (about, at least, up to) or
    with a one-word name ("*") meet all counts."""
    one_word = any(not all(name_parts(n)) for n in f.names)
    if f.count is None or f.qualifier in ("at_least", "up_to", "approx") or one_word:
        return [("k*",), ("ka",)], [("ka",)]
    return [("k", f.count), ("ka",)], [("k", f.count), ("k*",)]


def _k(tt: tuple, kk: list[tuple]) -> list[tuple]:
    return kk if tt[0] in ("Pa", "Pn", "Mw", "Mn") else [()]


NAME_BUCKET = 183  # incident name channel: half-year buckets of the event date (else pub), +-2
CASE_BUCKET = 365  # case (same people) channel: years of the latest possible day, +-3


def _name_keys(f: Feat, prefix: str) -> tuple[list[tuple], list[tuple]]:
    """Person keys: (surname, first name) when both are known, the surname alone otherwise;
    a full name meets the same full name and the bare surname, a bare surname meets every
    name with that surname (exactly the pairs ``names_match`` accepts on surnames).  Keys carry
    a time bucket so that a common name ("Ivan Ivanov") does not make one block of the whole
    archive: mentions of one name more than about a year apart (three years for cases) are not
    compared.  Mentions with no date and no publication date only meet each other."""
    dated = f.date is not None and f.date[2] >= 2
    if prefix == "n":
        anchor = f.date[0] if dated else f.pub
        size, reach = NAME_BUCKET, 2
    else:
        anchor, size, reach = f.hi, CASE_BUCKET, 3
    if anchor is None:
        ti, tq = [None], [None]
    else:
        b = anchor // size
        ti, tq = [b], list(range(b - reach, b + reach + 1))
    idx: set[tuple] = set()
    qry: set[tuple] = set()
    for n in f.names:
        first, sur = name_parts(n)
        if not sur:
            continue
        if first:
            idx.update([(prefix + "f", sur, first), (prefix + "a", sur)])
            qry.update([(prefix + "f", sur, first), (prefix + "0", sur)])
        else:
            idx.update([(prefix + "0", sur), (prefix + "a", sur)])
            qry.add((prefix + "a", sur))
    for k in f.name_keys:
        if k.startswith("x:"):  # the extractor's own name key, when available
            idx.add((prefix + "x", k))
            qry.add((prefix + "x", k))
    out_i = [k + (t,) for k in sorted(idx) for t in ti]
    out_q = [k + (t,) for k in sorted(qry) for t in tq]
    if prefix == "n" and anchor is not None and (idx or qry):
        b = anchor // size
        if dated:
            # the undated mentions of its names published up to LATE_REACH buckets after the
            # reach: their "late" keys (below)
            far = range(b + reach + 1, b + reach + 1 + LATE_REACH)
            out_q += [("late",) + k + (t,) for k in sorted(qry) for t in far]
        else:
            # an undated event happened on or before its report's publication, and a report
            # written long after tells it as background (a verdict's report: "was found a week
            # later", a year before): it meets the dated mentions of its names up to LATE_REACH
            # buckets further back than the reach (symmetric: they query its "late" keys)
            far = range(b - reach - LATE_REACH, b - reach)
            out_i += [("late",) + k + (b,) for k in sorted(idx)]
            out_q += [k + (t,) for k in sorted(qry) for t in far]
    return out_i, out_q


# half-years further back than NAME_BUCKET's reach that an undated named event looks for the
# dated mentions of its names (round 39: a verdict's report of 2026 telling a detention of 2025
# undated); dated events look as far forward for undated ones
LATE_REACH = 2


EVIDENCE_BUCKET = 91  # evidence channel: quarters of the time anchor, +-2


def _evidence_values(f: Feat) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """(distinctive things an event or its story says: story surnames, place words, distinctive
    words and numbers; broad things only undated events are matched on: own surnames — the name
    channel pairs the dated ones —, a count >= 3, the region, the country -- as filed, and as
    looked for).  An event that says no country is not parted by it (round 49) from the events
    that say the country its story is placed in (the countries of its story group's regions)
    and no region: it is filed under ("bn", that country) and looks for ("b0", that country);
    an event with a country and no region is filed under ("b0", its country) and looks for
    ("bn", its country).  An event with a region of its own meets it only through its story's
    regions ("bs", ``_evidence_keys``): another region of the story is a contradiction.  Events
    with no country meet each other under ("b", "none"), as before."""
    vals: set[tuple] = set()
    for n in f.ctx_names:
        sur = name_parts(n)[1]
        if sur and len(sur) >= 3:
            vals.add(("s", sur))
    vals.update(("p", x) for x in f.places | f.ctx_places)
    vals.update(("t", x) for x in f.tokens | f.ctx_tokens)
    vals.update(("k", x) for x in f.numbers | f.ctx_numbers)
    broad: set[tuple] = set()
    for n in f.names:
        sur = name_parts(n)[1]
        if sur and len(sur) >= 3:
            broad.add(("s", sur))
    if f.count is not None and f.count >= 3:
        broad.add(("k", f.count))
    if f.region:
        broad.add(("b", f.region))
    broad -= vals
    if f.country:
        broad.add(("b", f.country))
        filed: list[tuple] = [] if f.region else [("b0", f.country)]
        sought: list[tuple] = [] if f.region else [("bn", f.country)]
    else:
        broad.add(("b", "none"))
        told = {r.split("-", 1)[0] for r in f.ctx_regions}
        filed = [("bn", c) for c in sorted(told)]
        sought = [("b0", c) for c in sorted(told)]
    return sorted(vals), sorted(broad) + filed, sorted(broad) + sought


def _evidence_keys(f: Feat) -> tuple[list[tuple], list[tuple], list[tuple], list[tuple]]:
    """The evidence channel: (index keys, query keys, archive-wide index keys, archive-wide query
    keys).  Two events of one type meet when they (or their stories) share a place word, a
    distinctive word or number, or a surname named in the story of an unnamed mention, and their
    time anchors (date, else publication) lie within about half a year.  An event with no time
    anchor at all (no date, no publication date: about half of real pages) meets every event of
    its type sharing such a key, a surname, a count >= 3, its region or country, whatever the
    time: through the archive-wide keys, which only such events query."""
    t = f.type
    vals, broad_i, broad_q = _evidence_values(f)
    if f.date is not None and f.date[2] >= 2:
        anchor: int | None = (f.date[0] + f.date[1]) // 2
    else:
        anchor = f.pub
    base = [("e", t) + v for v in vals]
    wide_i = base + [("e", t) + v for v in broad_i]
    wide_q = base + [("e", t) + v for v in broad_q]
    if anchor is not None:
        b = anchor // EVIDENCE_BUCKET
        idx = [k + (b,) for k in base]
        qry = [k + (x,) for k in base for x in range(b - 2, b + 3)]
        # its own region also under "bs": where an anchorless event of a story of that region
        # looks (below)
        own = [("e", t, "bs", f.region)] if f.region else []
        qry += [k + ("*",) for k in wide_q + own]
        return idx, qry, wide_i + own, []
    # an event with no time anchor and no region of its own ("two more were caught") meets the
    # events of its type whose own region is one its story says (as ``ctx_region`` scores
    # them); two anchorless events do not meet by their stories alone (not indexed under it)
    ctx = [("e", t, "bs", r) for r in sorted(f.ctx_regions)] if not f.region else []
    return [k + ("*",) for k in wide_i + ctx], [], wide_i, wide_q + ctx


def _keys(f: Feat) -> tuple[list[tuple], list[tuple], list[tuple], list[tuple]]:
    ni, nq = _name_token(f)
    ri, rq, ci, cq = _geo(f)
    rti, rtq = _region_time(f)
    wti, wtq = _countrywide_time(f)
    t = f.type
    idx = [("g", t) + g + tt + (n,) for g in ri for tt in rti for n in ni]
    ki, kq = _count_token(f)
    idx += [("g", t) + g + tt + (n,) + k for g in ci for tt in wti for n in ni for k in _k(tt, ki)]
    qry = [("g", t) + g + tt + (n,) for g in rq for tt in rtq for n in nq]
    qry += [("g", t) + g + tt + (n,) + k for g in cq for tt in wtq for n in nq for k in _k(tt, kq)]
    pi, pq = _name_keys(f, "n")
    idx += [("n", t) + k for k in pi]
    qry += [("n", t) + k for k in pq]
    ei, eq, ai, aq = _evidence_keys(f)
    ci_, _ = _name_keys(f, "N")
    return idx + ei + ci_, qry + eq, ai, aq


def block_keys(f: Feat) -> tuple[list[tuple], list[tuple], list[tuple], list[tuple]]:
    """(index keys, incident query keys, archive-wide index keys, archive-wide query keys)."""
    return _keys(f)


def index_keys(f: Feat) -> list[tuple]:
    """Keys under which an event is filed (incident channels and the case "N" channel)."""
    return _keys(f)[0]


def query_keys(f: Feat) -> list[tuple]:
    """Keys an event looks up for incident candidates; (a, b) is a candidate pair iff query(a)
    meets index(b), which holds iff query(b) meets index(a) (symmetric by construction)."""
    return _keys(f)[1]


def case_query_keys(f: Feat) -> list[tuple]:
    """Keys for same-people (case) candidates of any type."""
    return _name_keys(f, "N")[1]


def people_link(a: Feat, b: Feat) -> bool:
    """Mentions of different documents (any type) about the same named people, close in time:
    the same case (story) even when they are different happenings."""
    if a.doc == b.doc or names_match(a.names, b.names) is not True:
        return False
    if a.country and b.country and a.region and b.region and a.region != b.region:
        pass  # people move: a deserter from Ukraine is caught in Russia
    ahi, bhi = a.hi, b.hi
    alo = a.lo if a.lo is not None else (a.pub - 3 * 365 if a.pub else None)
    blo = b.lo if b.lo is not None else (b.pub - 3 * 365 if b.pub else None)
    if None in (ahi, bhi, alo, blo):
        return True
    return not (alo > bhi + 3 * 365 or blo > ahi + 3 * 365)
