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

import numpy as np

from awol.link.compact import EventIds, PairTable
from awol.link.features import Feat
from awol.link.text import exclusive_classes, full_name_match, names_match

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
    """What the incident-merge constraints need to know about a (partial) incident (created
    when a link first reaches it: a cluster can hold most of a million events)."""

    __slots__ = ("docs", "names", "max_lo", "min_hi", "max_day", "min_day", "counts", "regions",
                 "countries", "status", "ages", "flight")  # fmt: skip

    def __init__(self, f: Feat | None, doc: str) -> None:
        self.docs: tuple[str, ...] | set[str] = (doc,)  # a set once it is large
        self.names: tuple[str, ...] = f.names if f is not None else ()
        # a named event's date held weakly (``Feat.weak_date``) does not bound the incident's
        # dates: its name does (``score.pair_features``)
        d = f.date if f is not None and not (f.weak_date and f.names) else None
        self.max_lo = d[0] if d else None
        self.min_hi = d[1] if d else None
        day = d[0] if d and d[2] == 3 else None
        self.max_day = self.min_day = day
        exact = f is not None and f.count and f.qualifier in (None, "exact")
        self.counts: tuple[int, ...] = (f.count,) if exact else ()
        self.regions: tuple[str, ...] = (f.region,) if f is not None and f.region else ()
        self.countries: tuple[str, ...] = (f.country,) if f is not None and f.country else ()
        status = f.classes & exclusive_classes() if f is not None and f.classes else ()
        self.status: tuple[str, ...] = tuple(sorted(status))
        # the age of the one person an event is of ("a 19-year-old conscript"), as said
        one = f is not None and len(f.ages) == 1 and (f.count or 1) == 1
        self.ages: tuple[int, ...] = tuple(f.ages) if one else ()  # type: ignore[union-attr]
        self.flight = f is not None and f.type == "desertion"

    def compatible(self, o: _Summary) -> bool:
        if len(self.docs) > len(o.docs):
            small, big = o.docs, self.docs
        else:
            small, big = self.docs, o.docs
        if type(big) is set:
            if not big.isdisjoint(small):
                return False
        elif any(d in big for d in small):
            return False
        # (the cheap tests first: every test must pass)
        apart = False
        if self.max_lo is not None and o.max_lo is not None:
            apart = max(self.max_lo, o.max_lo) > min(self.min_hi, o.min_hi) + 7
        if not apart and self.max_day is not None and o.max_day is not None:
            apart = max(self.max_day, o.max_day) - min(self.min_day, o.min_day) > 2
        # one named man's flight dated by its different steps (``score._one_flight``): his
        # name, on both sides, holds it together; the merged dates bound nobody else's
        if apart and not (self.flight and o.flight and self._corroborated(o)):
            return False
        # counts evolve between reports (10 fled, then 12), but not by more than a factor of
        # two: 39 men and one man are two happenings
        if self.counts and o.counts:
            if not any(max(x, y) <= 2 * min(x, y) for x in self.counts for y in o.counts):
                return False
        same_people = names_match(self.names, o.names) if self.names and o.names else None
        if same_people is False:
            return False
        # one person's age said on both sides, more than a year apart (a birthday between two
        # reports is one), and no name in common: two people.  A pair's own ``age_diff`` weighs
        # it; this stops a chain through a member that says no age (round 41: «ещё одного
        # военнослужащего -- 19-летнего срочника» linked to an ageless mention of a manhunt
        # whose incident's other reports say a 22-year-old)
        if self.ages and o.ages and not same_people:
            if all(abs(x - y) > 1 for x in self.ages for y in o.ages):
                return False
        # reports may place one happening differently (where he left, where he was caught) or
        # call the same man a contract soldier and a mobilised one, which his name outweighs;
        # without a name in common, two regions, countries or service statuses are two
        # happenings (stops vague mentions from chaining them together)
        # two single events: their own link weighed those disagreements already (the pair's
        # region_diff, country_diff, class_disagree) and passed; the test is for chains
        return bool(
            same_people
            or (len(self.docs) == 1 and len(o.docs) == 1)
            or not (
                _disjoint(self.regions, o.regions)
                or _disjoint(self.countries, o.countries)
                or _disjoint(self.status, o.status)
            )
        )

    def _corroborated(self, o: _Summary) -> bool:
        """Two parts of one named man's flight whose dates lie apart (``score._one_flight``)
        join only when every member of both agrees: both name one person in full, and no member
        of either states another region, country, service status or age than a member of the
        other (round 44: a namesake with a contradicting field vetoes the whole join, not only
        the pair that linked; the pair test alone let namesakes chain in).  Two regions of one
        country contradict; two countries do not (a flight's steps cross borders)."""
        if not (self.names and o.names and full_name_match(list(self.names), list(o.names))):
            return False
        regions = {*self.regions, *o.regions}
        if len(regions) != len({r[:2] for r in regions}):
            return False
        if len({*self.status, *o.status}) > 1:
            return False
        ages = (*self.ages, *o.ages)
        return not ages or max(ages) - min(ages) <= 1

    def merge(self, o: _Summary) -> _Summary:
        big, small = (self, o) if len(self.docs) >= len(o.docs) else (o, self)
        # (the documents are disjoint: ``compatible`` was checked)
        if len(big.docs) + len(small.docs) > 8:
            docs = big.docs if type(big.docs) is set else set(big.docs)
            docs.update(small.docs)
            big.docs = docs
        else:
            big.docs = (*big.docs, *small.docs)
        big.counts = (*big.counts, *(c for c in small.counts if c not in big.counts))
        big.names = (*big.names, *(n for n in small.names if n not in big.names))
        big.regions = (*big.regions, *(r for r in small.regions if r not in big.regions))
        big.countries = (*big.countries, *(c for c in small.countries if c not in big.countries))
        big.status = (*big.status, *(c for c in small.status if c not in big.status))
        big.ages = (*big.ages, *(a for a in small.ages if a not in big.ages))
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


def _disjoint(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Both say something and nothing in common."""
    return bool(a and b) and not any(x in b for x in a)


FLIGHT_GAP = 31  # days between two cases' flights beyond which they are two stories


def _dates_apart(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """The days two cases' flights span (first day of the earliest, last of the latest) lie
    more than :data:`FLIGHT_GAP` days apart."""
    return max(a[0], b[0]) > min(a[1], b[1]) + FLIGHT_GAP


# the case-level flight-region check (round 53, link53; a switch for measuring it)
REGION_VETO = True


def _regions_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two cases' flights are placed in regions of one country and in none in common."""
    return a.isdisjoint(b) and bool({r[:2] for r in a} & {r[:2] for r in b})


# the case-level people check, names of every event type (round 54, case54; a switch)
PEOPLE_VETO = True


def _flights_same(a: list[str], b: list[str]) -> bool:
    return bool(a and b and names_match(a, b))


def _flight_tie(a: Feat | None, b: Feat | None) -> bool:
    """A case link of two flights of one article (``cases.story_ties``)."""
    return a is not None and b is not None and a.type == b.type == "desertion" and a.doc == b.doc


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
        # components of the incident links alone (within a cluster): an incident only ever
        # joins events of one, so only those new events or links reach are rebuilt
        self.iparent = array("i")
        self.imembers: dict[int, list[int]] = {}
        self.idirty: set[int] = set()
        self.built = 0  # events whose incidents were rebuilt (a counter for tests)
        # with ``track``: the events whose incident or case (as a set of events) may have
        # changed since ``take_affected`` (new events, events of documents whose copies
        # changed, events whose incident or case the rebuilds changed)
        self.track = False
        self.affected: set[int] = set()

    def find(self, k: int) -> int:
        p = self.parent
        while p[k] != k:
            p[k] = p[p[k]]
            k = p[k]
        return k

    @staticmethod
    def _find(p: array, k: int) -> int:
        while p[k] != k:
            p[k] = p[p[k]]
            k = p[k]
        return k

    @classmethod
    def _join(cls, p: array, members: dict[int, list[int]], a: int, b: int) -> None:
        ra, rb = cls._find(p, a), cls._find(p, b)
        if ra == rb:
            return
        ma, mb = members.get(ra), members.get(rb)
        if (len(ma) if ma else 1) < (len(mb) if mb else 1):
            ra, rb, ma = rb, ra, mb
        p[rb] = ra
        if ma is None:
            ma = members[ra] = [ra]
        ma.extend(members.pop(rb, None) or (rb,))

    def _union(self, a: int, b: int) -> None:
        self._join(self.parent, self.members, a, b)

    def cluster(self, root: int) -> list[int]:
        """The events of the cluster of ``root`` (a root of ``find``)."""
        return self.members.get(root) or [root]

    def add_event(self, k: int) -> None:
        p = self.parent
        if k >= len(p):
            n = len(p)
            p.extend(range(n, k + 1))
            self.iparent.extend(range(n, k + 1))
            self.inc_of.extend([-1] * (k + 1 - n))
            self.case_of.extend([-1] * (k + 1 - n))
        self.dirty.add(k)
        self.idirty.add(k)

    def add_link(self, a: int, b: int, incident: bool = True) -> None:
        """Two events were linked (the pair is in ``links``; with ``incident`` False, in
        ``case_links``)."""
        self._union(a, b)
        self.dirty.add(a)
        if incident:
            self._join(self.iparent, self.imembers, a, b)
            self.idirty.add(a)

    def touch(self, k: int) -> None:
        """The output of ``k``'s incident changed (not its links: nothing is rebuilt)."""
        if k < len(self.parent):
            (self.affected if self.track else self.dirty).add(k)

    def take_affected(self) -> set[int]:
        out, self.affected = self.affected, set()
        return out

    def _note_moved(self, ids: list[int], old: np.ndarray, new: array) -> None:
        """Record in ``affected`` the events of ``ids`` whose group changed: ``old`` and ``new``
        give each event's group (a root number; -1: none yet) before and after a rebuild; a
        group is unchanged when it maps one to one onto a group of the other partition."""
        if not self.track:
            return
        ix = np.asarray(ids, np.int64)
        o = old.astype(np.int64)
        n = np.frombuffer(new, np.int32)[ix].astype(np.int64)
        pairs = np.unique(o * (len(self.parent) + 1) + n)
        po, pn = pairs // (len(self.parent) + 1), pairs % (len(self.parent) + 1)
        uo, co = np.unique(po, return_counts=True)
        un, cn = np.unique(pn, return_counts=True)
        moved = (o < 0) | np.isin(o, uo[co > 1]) | np.isin(n, un[cn > 1])
        self.affected.update(ix[moved].tolist())

    def refresh(self) -> list[list[int]]:
        """Rebuild the touched clusters; returns their member lists.  The incidents are rebuilt
        only in the components of incident links that new events or links reached (the others
        keep theirs), the cases over each touched cluster."""
        keyof = self.ids.keys
        ip = self.iparent
        iroots = {self._find(ip, k) for k in self.idirty}
        self.idirty.clear()
        view = np.frombuffer(self.inc_of, np.int32)
        for r in sorted(iroots, key=keyof.__getitem__):
            ids = self.imembers.get(r) or [r]
            self.built += len(ids)
            old = view[ids].copy() if self.track else None
            self._build_incidents(ids)
            if old is not None:
                self._note_moved(ids, old, self.inc_of)
        roots = {self.find(k) for k in self.dirty}
        self.dirty.clear()
        out = []
        view = np.frombuffer(self.case_of, np.int32)
        for r in sorted(roots, key=keyof.__getitem__):
            keys = self.cluster(r)
            old = view[keys].copy() if self.track else None
            self._build_cases(keys)
            if old is not None:
                self._note_moved(keys, old, self.case_of)
            out.append(keys)
        return out

    def cases_of(self, events: set[int]) -> list[list[int]]:
        """The events of each case holding one of ``events`` (whole cases, each once): only
        the clusters of ``events`` are read."""
        keyof, case_of = self.ids.keys, self.case_of
        by_root: dict[int, list[int]] = {}
        for e in events:
            by_root.setdefault(self.find(e), []).append(e)
        out: list[list[int]] = []
        for r in sorted(by_root, key=keyof.__getitem__):
            ids = self.cluster(r)
            want = {case_of[e] for e in by_root[r]}
            if len(ids) < 256:
                groups: dict[int, list[int]] = {}
                for i in ids:
                    c = case_of[i]
                    if c in want:
                        groups.setdefault(c, []).append(i)
                out.extend(groups.values())
                continue
            ix = np.asarray(ids, np.int64)
            cs = np.frombuffer(case_of, np.int32)[ix]
            keep = np.isin(cs, np.fromiter(want, np.int64, len(want)))
            ix, cs = ix[keep], cs[keep]
            o = np.argsort(cs, kind="stable")
            ix, cs = ix[o], cs[o]
            cuts = np.flatnonzero(np.diff(cs)) + 1
            out.extend(part.tolist() for part in np.split(ix, cuts))
        return out

    def _pairs_in(self, t: PairTable, ids: list[int]) -> np.ndarray:
        """The numbers of the pairs of ``t`` within the cluster ``ids`` (through the adjacency
        for a small cluster, a pass over the arrays for one holding a good part of them)."""
        if len(ids) * 64 < len(t):
            own = [n for i in ids for n in t.pairs_of(i) if t.a[n] == i]
            return np.array(own, np.int64)
        inside = np.zeros(len(self.parent), bool)
        inside[ids] = True
        return np.flatnonzero(inside[np.frombuffer(t.a, np.int32)])

    def _find_in(self, p: array, x: int) -> int:
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def _ranker(self, ids: list[int]):  # noqa: ANN202
        """``ranked(t)``: the pairs of ``t`` within ``ids``, each with its events ordered by
        key: (pair numbers, lower-ranked event, higher-ranked event, rank of the lower, rank of
        the higher) (int32 arrays: ~8M links at 1M events)."""
        keyof = self.ids.keys
        # rank of each event of ``ids`` in key order, read through its position in ``sid``
        sid = np.array(sorted(ids), np.int32)
        rank_at = np.empty(len(ids), np.int32)
        rank_at[np.searchsorted(sid, sorted(ids, key=keyof.__getitem__))] = np.arange(len(ids))

        def ranked(t: PairTable) -> tuple[np.ndarray, ...]:
            ns = self._pairs_in(t, ids).astype(np.int32)
            a = np.frombuffer(t.a, np.int32)[ns] if len(t) else np.empty(0, np.int32)
            b = np.frombuffer(t.b, np.int32)[ns] if len(t) else np.empty(0, np.int32)
            ra = rank_at[np.searchsorted(sid, a)]
            rb = rank_at[np.searchsorted(sid, b)]
            swap = rb < ra
            lo, hi = np.where(swap, b, a), np.where(swap, a, b)
            del a, b
            return ns, lo, hi, np.where(swap, rb, ra), np.where(swap, ra, rb)

        return ranked

    def _build(self, ids: list[int]) -> None:
        """Incidents and cases of one cluster (every event of it), from scratch."""
        self._build_incidents(ids)
        self._build_cases(ids)

    def _build_incidents(self, ids: list[int]) -> None:
        """Incidents of a set of events closed under incident links (a component of them, or a
        whole cluster), into ``inc_of`` (union-find over it; the roots only group the events).
        The links are taken in the order of the events' keys, as when they were dicts of key
        tuples, so the result is the same whichever closed set holds them."""
        inc_of = self.inc_of
        for i in ids:
            inc_of[i] = i
        if len(ids) == 1:
            return
        keyof, feats = self.ids.keys, self.ids.feats
        ranked = self._ranker(ids)
        # incidents: strongest links first; a link is skipped when it would put two events of
        # one document, two disjoint sets of named people, incompatible dates or counts into one
        # incident (the pairwise vetoes, applied to the whole incident: this stops weak links
        # through vague mentions from chaining different happenings together)
        t = self.links
        ns, lo, hi, rlo, rhi = ranked(t)
        s = np.frombuffer(t.scores, np.float64)[ns] if len(t) else np.empty(0)
        # one pair listed twice (a state giving it both ways) counts once, with the score of
        # its key order (as a dict of pairs did)
        canon = (np.frombuffer(t.a, np.int32)[ns] if len(t) else lo) == lo
        o = np.lexsort((~canon, rhi, rlo))
        keep = np.ones(len(o), bool)
        keep[1:] = (rlo[o][1:] != rlo[o][:-1]) | (rhi[o][1:] != rhi[o][:-1])
        o = o[keep]
        o = o[np.lexsort((rhi[o], rlo[o], -s[o]))]
        lo, hi = lo[o], hi[o]
        del ns, rlo, rhi, s, canon, keep, o
        summary: dict[int, _Summary] = {}
        find = self._find_in
        for at in range(0, len(lo), 1 << 16):
            chunk = zip(lo[at : at + 65536].tolist(), hi[at : at + 65536].tolist(), strict=True)
            for a, b in chunk:
                ra, rb = find(inc_of, a), find(inc_of, b)
                if ra == rb:
                    continue
                sa = summary.get(ra)
                if sa is None:
                    sa = summary[ra] = _Summary(feats[ra], keyof[ra][0])
                sb = summary.get(rb)
                if sb is None:
                    sb = summary[rb] = _Summary(feats[rb], keyof[rb][0])
                if not sa.compatible(sb):
                    continue
                inc_of[rb] = ra
                summary[ra] = sa.merge(sb)
                del summary[rb]
        del summary, lo, hi
        for i in ids:
            inc_of[i] = find(inc_of, i)

    def _build_cases(self, ids: list[int]) -> None:
        """Cases of one cluster (its incidents built), into ``case_of``."""
        inc_of, case_of = self.inc_of, self.case_of
        for i in ids:
            case_of[i] = i
        if len(ids) == 1:
            return
        feats = self.ids.feats
        find = self._find_in
        for i in ids:
            r = inc_of[i]
            if r != i:
                self._union_case(i, r)
        # a case is one story: two flights of different named people are never joined through
        # a story link (a roundup article's grouping of an unnamed mention, or a shared person)
        flights: dict[int, list[list[str]]] = {}
        # ... nor two flights of people of service statuses that exclude each other, each
        # told of one status only (the statuses of each case's flights, as every report of them
        # says them): "36 contract soldiers" and "about 40 mobilised" who left units of one
        # region in one month, bridged by a report's grouping that put one group's detention
        # in the other's story (its own flight not extracted)
        status: dict[int, frozenset[str]] = {}
        # ... nor two flights dated by their own words more than a month apart (round 52,
        # cases52: a roundup's grouping of one man's detention or search into another man's
        # story, the men unnamed), unless the link is the two flights' own (one article)
        when: dict[int, tuple[int, int]] = {}
        # ... nor two flights placed by their own words in two regions of one country, with
        # no region in common (round 53, link53: ``_regions_apart``)
        where: dict[int, frozenset[str]] = {}
        # ... nor two cases whose events of any type name people and none in common (round
        # 54, case54: a roundup's grouping joins one named man's verdict to another named
        # man's detention told by another report; the flights alone say no name there)
        # (of one person each: a case whose event tells two men or more -- "two soldiers
        # fled", one of them named in the flight and the other in his own detention -- is a
        # group's, whose men are named apart)
        people: dict[int, list[str]] = {}
        several: set[int] = set()
        ex = exclusive_classes()
        for i in ids:
            f = feats[i]
            if PEOPLE_VETO and f is not None and f.names:
                r = find(case_of, i)
                named = people.setdefault(r, [])
                named += [n for n in f.names if n not in named]
            if PEOPLE_VETO and f is not None and ((f.count or 1) > 1 or len(f.names) > 1):
                several.add(find(case_of, i))
            if f is not None and f.type == "desertion" and f.names:
                r = find(case_of, i)
                names = flights.setdefault(r, [[]])[0]
                names += [n for n in f.names if n not in names]
            if f is not None and f.type == "desertion" and f.classes & ex:
                r = find(case_of, i)
                status[r] = status.get(r, frozenset()) | (f.classes & ex)
            if f is not None and f.type == "desertion" and f.date and not f.weak_date:
                r = find(case_of, i)
                w = when.get(r)
                when[r] = (min(w[0], f.date[0]), max(w[1], f.date[1])) if w else f.date[:2]
            if REGION_VETO and f is not None and f.type == "desertion" and f.region:
                r = find(case_of, i)
                where[r] = where.get(r, frozenset()) | {f.region}
        _, lo, hi, rlo, rhi = self._ranker(ids)(self.case_links)
        o = np.lexsort((rhi, rlo))
        keep = np.ones(len(o), bool)
        keep[1:] = (rlo[o][1:] != rlo[o][:-1]) | (rhi[o][1:] != rhi[o][:-1])
        o = o[keep]
        lo, hi = lo[o].tolist(), hi[o].tolist()
        # the ties of two events told in one sentence first: where two cases' flights say two
        # groups (``status``), the article's own sentence decides which case an event is of,
        # not the order in which another report's grouping reached it
        if status:
            one = [
                (a, b) for a, b in zip(lo, hi, strict=True)
                if (fa := feats[a]) is not None and (fb := feats[b]) is not None
                and fa.evidence and fa.evidence == fb.evidence
            ]  # fmt: skip
            if one:
                first = set(one)
                rest = [(a, b) for a, b in zip(lo, hi, strict=True) if (a, b) not in first]
                lo, hi = [a for a, _ in one + rest], [b for _, b in one + rest]
        for a, b in zip(lo, hi, strict=True):
            ra, rb = find(case_of, a), find(case_of, b)
            if ra == rb:
                continue
            fa, fb = flights.get(ra, []), flights.get(rb, [])
            if any(_flights_conflict(x, y) for x in fa for y in fb):
                continue
            na, nb = people.get(ra), people.get(rb)
            if (na and nb and ra not in several and rb not in several
                    and names_match(na, nb) is False):  # fmt: skip
                continue
            sa, sb = status.get(ra), status.get(rb)
            if sa and sb and sa.isdisjoint(sb):
                continue
            wa, wb = when.get(ra), when.get(rb)
            pa, pb = where.get(ra), where.get(rb)
            # (flights a month apart, or placed in two regions of one country: two cases,
            # unless the link is the two flights' own tie or their flights name one man)
            apart = bool(wa and wb and _dates_apart(wa, wb)) or bool(
                pa and pb and _regions_apart(pa, pb)
            )
            if apart and not _flight_tie(feats[a], feats[b]):
                if not (fa and fb and any(_flights_same(x, y) for x in fa for y in fb)):
                    continue
            case_of[rb] = ra
            if nb:
                people[ra] = na + [n for n in nb if n not in na] if na else nb
                people.pop(rb, None)
            if rb in several:
                several.add(ra)
            if pb:
                where[ra] = pa | pb if pa else pb
                where.pop(rb, None)
            if wb:
                when[ra] = (min(wa[0], wb[0]), max(wa[1], wb[1])) if wa else wb
                when.pop(rb, None)
            if sb:
                status[ra] = sa | sb if sa else sb
                status.pop(rb, None)
            merged = fa + fb
            flights.pop(ra, None)
            flights.pop(rb, None)
            if merged:
                flights[ra] = merged
        for i in ids:
            case_of[i] = find(case_of, i)

    def _union_case(self, a: int, b: int) -> None:
        p = self.case_of
        ra, rb = self._find_in(p, a), self._find_in(p, b)
        if ra != rb:
            p[rb] = ra
