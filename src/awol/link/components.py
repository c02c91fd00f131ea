"""Incidents and cases as components of the links, recomputed only where new links land.

All links (same happening) and case links (same story) are kept with their adjacency; a
*cluster* is a connected component of both together (plain union-find, no constraints).  The
constrained builds — incidents strongest link first under the merge constraints, then cases —
only ever join events of one cluster, so rebuilding the clusters that new events or links touched
gives exactly what rebuilding everything would: the cost of an update follows what the new
documents touch, not the size of the archive.
"""

from __future__ import annotations

from array import array

from awol.link.compact import EventIds, PairTable
from awol.link.features import Feat
from awol.link.text import names_match

Key = tuple[str, int]


class _UF:
    def __init__(self) -> None:
        self.p: dict = {}

    def find(self, x):
        p = self.p
        p.setdefault(x, x)
        root = x
        while p[root] != root:
            root = p[root]
        while p[x] != root:
            p[x], x = root, p[x]
        return root

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.p[rb] = ra


class _Summary:
    """What the incident-merge constraints need to know about a (partial) incident."""

    __slots__ = ("docs", "names", "max_lo", "min_hi", "max_day", "min_day", "counts")

    def __init__(self, f: Feat | None, doc: str) -> None:
        self.docs = {doc}
        self.names = list(f.names) if f is not None else []
        d = f.date if f is not None else None
        self.max_lo = d[0] if d else None
        self.min_hi = d[1] if d else None
        day = d[0] if d and d[2] == 3 else None
        self.max_day = self.min_day = day
        exact = f is not None and f.count and f.qualifier in (None, "exact")
        self.counts = {f.count} if exact else set()

    def compatible(self, o: _Summary) -> bool:
        if len(self.docs) > len(o.docs):
            small, big = o.docs, self.docs
        else:
            small, big = self.docs, o.docs
        if any(d in big for d in small):
            return False
        if self.names and o.names and names_match(self.names, o.names) is False:
            return False
        if self.max_lo is not None and o.max_lo is not None:
            if max(self.max_lo, o.max_lo) > min(self.min_hi, o.min_hi) + 7:
                return False
        if self.max_day is not None and o.max_day is not None:
            if max(self.max_day, o.max_day) - min(self.min_day, o.min_day) > 2:
                return False
        # counts evolve between reports (10 fled, then 12), but not by more than a factor of
        # two: 39 men and one man are two happenings
        if self.counts and o.counts:
            if not any(max(x, y) <= 2 * min(x, y) for x in self.counts for y in o.counts):
                return False
        return True

    def merge(self, o: _Summary) -> _Summary:
        big, small = (self, o) if len(self.docs) >= len(o.docs) else (o, self)
        big.docs |= small.docs
        big.counts |= small.counts
        big.names += [n for n in small.names if n not in big.names]
        if small.max_lo is not None:
            if big.max_lo is None:
                big.max_lo, big.min_hi = small.max_lo, small.min_hi
            else:
                big.max_lo = max(big.max_lo, small.max_lo)
                big.min_hi = min(big.min_hi, small.min_hi)
        if small.max_day is not None:
            if big.max_day is None:
                big.max_day, big.min_day = small.max_day, small.min_day
            else:
                big.max_day = max(big.max_day, small.max_day)
                big.min_day = min(big.min_day, small.min_day)
        return big


def _flights_conflict(a: list[str], b: list[str]) -> bool:
    """Two desertion incidents (their named people) that cannot be one flight."""
    return bool(a and b and names_match(a, b) is False)


class Components:
    """Clusters of linked events and, per cluster, its incidents and cases; events are the
    dense numbers of :class:`~awol.link.compact.EventIds`, the links and case links the
    linker's :class:`~awol.link.compact.PairTable` s (adjacency included), the parent, incident
    and case of each event arrays of numbers."""

    def __init__(self, ids: EventIds, links: PairTable, case_links: PairTable) -> None:
        self.ids = ids
        self.parent = array("i")
        self.members: dict[int, list[int]] = {}  # root -> members (clusters of two or more)
        self.links = links
        self.case_links = case_links
        self.inc_of = array("i")  # event -> root of its incident (-1: not built yet)
        self.case_of = array("i")
        self.dirty: set[int] = set()

    def find(self, k: int) -> int:
        p = self.parent
        while p[k] != k:
            p[k] = p[p[k]]
            k = p[k]
        return k

    def _union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        members = self.members
        ma, mb = members.get(ra), members.get(rb)
        if (len(ma) if ma else 1) < (len(mb) if mb else 1):
            ra, rb, ma = rb, ra, mb
        self.parent[rb] = ra
        if ma is None:
            ma = members[ra] = [ra]
        ma.extend(members.pop(rb, None) or (rb,))

    def cluster(self, root: int) -> list[int]:
        """The events of the cluster of ``root`` (a root of ``find``)."""
        return self.members.get(root) or [root]

    def add_event(self, k: int) -> None:
        p = self.parent
        if k >= len(p):
            n = len(p)
            p.extend(range(n, k + 1))
            self.inc_of.extend([-1] * (k + 1 - n))
            self.case_of.extend([-1] * (k + 1 - n))
        self.dirty.add(k)

    def add_link(self, a: int, b: int) -> None:
        """Two events were linked (the pair is in ``links``, or in ``case_links``)."""
        self._union(a, b)
        self.dirty.add(a)

    def touch(self, k: int) -> None:
        if k < len(self.parent):
            self.dirty.add(k)

    def refresh(self) -> list[list[int]]:
        """Rebuild the touched clusters; returns their member lists."""
        keyof = self.ids.keys
        roots = {self.find(k) for k in self.dirty}
        self.dirty.clear()
        out = []
        for r in sorted(roots, key=keyof.__getitem__):
            keys = self.cluster(r)
            self._build(keys)
            out.append(keys)
        return out

    def _build(self, ids: list[int]) -> None:
        # (in the events' keys: the order of the links and case links decides, as it did when
        # they were dicts of key tuples)
        keyof, feats = self.ids.keys, self.ids.feats
        keys = [keyof[i] for i in ids]
        feat = {keyof[i]: feats[i] for i in ids}
        # incidents: strongest links first; a link is skipped when it would put two events of
        # one document, two disjoint sets of named people, incompatible dates or counts into one
        # incident (the pairwise vetoes, applied to the whole incident: this stops weak links
        # through vague mentions from chaining different happenings together)
        t = self.links
        la, lb, ls = t.a, t.b, t.scores
        pairs: dict[tuple[Key, Key], float] = {}
        for i in ids:
            for n in t.pairs_of(i):
                a, b = keyof[la[n]], keyof[lb[n]]
                if a < b:
                    pairs[(a, b)] = ls[n]
                else:
                    pairs.setdefault((b, a), ls[n])
        links = sorted(pairs.items(), key=lambda t: (-t[1], t[0]))
        inc = _UF()
        summary: dict[Key, _Summary] = {k: _Summary(feat.get(k), k[0]) for k in keys}
        for (a, b), _s in links:
            ra, rb = inc.find(a), inc.find(b)
            if ra == rb:
                continue
            sa, sb = summary[ra], summary[rb]
            if not sa.compatible(sb):
                continue
            inc.union(ra, rb)
            r = inc.find(ra)
            summary[r] = sa.merge(sb)
            summary.pop(rb if r == ra else ra, None)
        case = _UF()
        for k in keys:
            case.union(k, inc.find(k))
        # a case is one story: two flights of different named people are never joined through
        # a story link (a roundup article's grouping of an unnamed mention, or a shared person)
        flights: dict[Key, list[list[str]]] = {}
        for k in keys:
            f = feat.get(k)
            if f is not None and f.type == "desertion" and f.names:
                r = case.find(k)
                names = flights.setdefault(r, [[]])[0]
                names += [n for n in f.names if n not in names]
        cl = self.case_links
        case_pairs: set[tuple[Key, Key]] = set()
        for i in ids:
            a = keyof[i]
            for j in cl.neighbours(i):
                b = keyof[j]
                case_pairs.add((a, b) if a < b else (b, a))
        for a, b in sorted(case_pairs):
            ra, rb = case.find(a), case.find(b)
            if ra == rb:
                continue
            fa, fb = flights.get(ra, []), flights.get(rb, [])
            if any(_flights_conflict(x, y) for x in fa for y in fb):
                continue
            case.union(ra, rb)
            r = case.find(ra)
            merged = fa + fb
            flights.pop(ra, None)
            flights.pop(rb, None)
            if merged:
                flights[r] = merged
        num = dict(zip(keys, ids, strict=True))
        for k, i in zip(keys, ids, strict=True):
            self.inc_of[i] = num[inc.find(k)]
            self.case_of[i] = num[case.find(k)]
