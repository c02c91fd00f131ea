"""Incidents: which mentions (events of different documents) tell the same happening.

An incident is one real happening: same type, same people, same time.  Candidate pairs are found
through blocking keys (type + month + place, type + publication quarter for vaguely dated events,
type + surname), so the cost grows with the number of events times the (small) block size, not
with its square.  Each candidate pair gets a symmetric similarity score; pairs above
``THRESHOLD`` become links.  Between two documents links are one-to-one (greedy by score), and
the incidents are the connected components of the links built strongest-first under the
constraint that an incident never holds two events of one document.
"""

from __future__ import annotations

from awol.link.features import Feat, month_index
from awol.link.text import names_match, places_match

THRESHOLD = 3.5
VETO = float("-inf")


def _count_compatible(a: Feat, b: Feat) -> bool:
    if a.count is None or b.count is None:
        return True
    x, y = a.count, b.count
    if x == y:
        return True
    for (n, q), m in (((x, a.qualifier), y), ((y, b.qualifier), x)):
        if q == "at_least" and m >= n:
            return True
        if q == "up_to" and m <= n:
            return True
        if q == "approx" and abs(m - n) <= max(2, 0.25 * n):
            return True
    return False


def date_score(a: Feat, b: Feat) -> float:
    # a happening cannot be later than the report that tells it
    if a.lo is not None and b.pub is not None and a.lo > b.pub + 2:
        return VETO
    if b.lo is not None and a.pub is not None and b.lo > a.pub + 2:
        return VETO
    if a.date is None or b.date is None:
        return 0.0
    (alo, ahi, ap), (blo, bhi, bp) = a.date, b.date
    tol = 2 if ap == 3 and bp == 3 else 7
    if alo > bhi + tol or blo > ahi + tol:
        return VETO
    if ap == 3 and bp == 3:
        return 3.0 if alo == blo else 1.0
    if min(ap, bp) == 2:
        inside = (alo >= blo and ahi <= bhi) or (blo >= alo and bhi <= ahi)
        return 1.5 if inside else 0.5
    return 0.5


def score(a: Feat, b: Feat, copies: bool = False) -> float:
    """Symmetric similarity of two mentions of the same type from different documents."""
    if a.type != b.type or a.doc == b.doc:
        return VETO
    nm = names_match(a.names, b.names)
    if nm is False:
        return VETO
    s = date_score(a, b)
    if s == VETO:
        return VETO
    if nm:
        s += 4.0
    if a.region and b.region:
        s += 2.0 if a.region == b.region else -2.5
    if a.country and b.country and a.country != b.country:
        s -= 3.0
    elif a.country and b.country and not (a.region and b.region):
        s += 0.5
    if a.count is not None and b.count is not None:
        if a.count == b.count:
            s += 1.5 if a.count >= 2 else 0.5
        elif _count_compatible(a, b):
            s += 0.5
        else:
            s -= 2.0
    if a.classes and b.classes:
        s += 1.0 if a.classes & b.classes else -1.0
    if a.places and b.places and places_match(a.places, b.places):
        s += 1.5
    if a.armed is not None and b.armed is not None:
        s += 0.5 if (a.armed and b.armed) else (0.0 if a.armed == b.armed else -1.0)
    if copies:
        s += 3.0
    return s


# --- blocking --------------------------------------------------------------------------------
def _geo_index(f: Feat) -> list[tuple]:
    keys: list[tuple] = [("all",)]
    if f.region:
        keys.append(("r", f.region))
    if f.country:
        keys.append(("c", f.country))
        if not f.region:
            keys.append(("c0", f.country))
    if not f.region and not f.country:
        keys.append(("u",))
    return keys


def _geo_query(f: Feat) -> list[tuple]:
    if f.region:
        return [("r", f.region), ("c0", f.country), ("u",)]
    if f.country:
        return [("c", f.country), ("u",)]
    return [("all",)]


def _quarter(f: Feat) -> int | None:
    if f.pub is None:
        return None
    return month_index(f.pub) // 3


def _precise(f: Feat) -> bool:
    return f.date is not None and f.date[2] >= 2


def index_keys(f: Feat) -> list[tuple]:
    """Keys under which an event is filed."""
    keys: list[tuple] = [("n", f.type, k) for k in f.name_keys]
    keys += [("N", k) for k in f.name_keys]
    geo = _geo_index(f)
    if _precise(f):
        m = month_index(f.date[0])
        keys += [("m", f.type, m) + g for g in geo]
    q = _quarter(f)
    if q is not None:
        keys += [("pa", f.type, q) + g for g in geo]
        if not _precise(f):
            keys += [("pv", f.type, q) + g for g in geo]
    elif not _precise(f):
        keys += [("nopub", f.type) + g for g in geo]
    return keys


def query_keys(f: Feat) -> list[tuple]:
    """Keys an event looks up; (a, b) is a candidate pair iff query(a) meets index(b), which
    holds iff query(b) meets index(a) (symmetric by construction)."""
    keys: list[tuple] = [("n", f.type, k) for k in f.name_keys]
    geo = _geo_query(f)
    q = _quarter(f)
    if _precise(f):
        m = month_index(f.date[0])
        m2 = month_index(f.date[1])
        for mm in range(m - 1, m2 + 2):
            keys += [("m", f.type, mm) + g for g in geo]
        if q is not None:
            for qq in (q - 1, q, q + 1):
                keys += [("pv", f.type, qq) + g for g in geo]
    elif q is not None:
        for qq in (q - 1, q, q + 1):
            keys += [("pa", f.type, qq) + g for g in geo]
    else:
        keys += [("nopub", f.type) + g for g in geo]
    return keys


def case_query_keys(f: Feat) -> list[tuple]:
    return [("N", k) for k in f.name_keys]


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
