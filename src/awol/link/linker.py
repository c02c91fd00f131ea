"""The incremental linker: documents in, incidents / cases / near-duplicates out."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from awol.link import cases as _cases
from awol.link import incidents as _inc
from awol.link import score as _score
from awol.link.dedup import NearDuplicates, document_text
from awol.link.features import EVENT_FIELDS, Feat, document_features, evidence_text, parse_date
from awol.link.text import name_parts, names_match

STATE_VERSION = 1
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


def _ekey(k: Key) -> str:
    return f"{k[0]}#{k[1]}"


class Linker:
    """Links the events of extracted documents into incidents and cases.

    ``add()`` only compares the new documents' events with the candidates found in the block
    index; ``incidents()``/``cases()`` rebuild the components from the stored links (no
    re-scoring).  Every pairwise decision depends only on the two documents involved, so the
    result does not depend on the order or batching of ``add()`` calls.
    """

    def __init__(self, threshold: float | None = None, dup_threshold: float = 0.4) -> None:
        self.threshold = _inc.threshold() if threshold is None else threshold
        self.docs: dict[str, dict] = {}  # id -> {published, language, outlet, url, title, n}
        self.events: dict[Key, dict] = {}  # (doc, idx) -> event fields + doc + idx + published
        self.links: dict[tuple[Key, Key], float] = {}  # incident links (same happening)
        self.case_links: set[tuple[Key, Key]] = set()  # same story, different happenings
        self.dups = NearDuplicates(threshold=dup_threshold)
        self._feat: dict[Key, Feat] = {}
        self._index: dict[tuple, list[Key]] = {}
        self._all: dict[tuple, list[Key]] = {}  # archive-wide keys (see incidents._evidence_keys)
        self._cache: tuple | None = None
        self.comparisons = 0  # candidate pairs examined by add() (for scaling tests)
        self.record: list | None = None  # set to a list to collect (key, key, features) (fit)

    # --- input -------------------------------------------------------------------------------
    def add(self, extractions: Iterable[dict]) -> list[str]:
        """Add extracted documents (dicts as ``awol extract`` prints); returns the ids added.
        A document id already present is skipped."""
        added = []
        for doc in extractions:
            did = doc.get("id")
            if not did or did in self.docs:
                continue
            did = str(did)
            self.docs[did] = {
                "published": doc.get("published"),
                "language": doc.get("language"),
                "outlet": doc.get("outlet"),
                "url": doc.get("url"),
                "title": doc.get("title"),
                "n": len(doc.get("events") or []),
            }
            copies = {other for other, _sim in self.dups.add(did, document_text(doc))}
            recs = []
            for i, ev in enumerate(doc.get("events") or []):
                rec = {k: ev.get(k) for k in EVENT_FIELDS}
                rec.update(doc=did, idx=i, published=doc.get("published"))
                rec["evidence"] = evidence_text(ev)
                self.events[(did, i)] = rec
                recs.append(rec)
            self._link_document(did, document_features(recs), copies)
            added.append(did)
        self._cache = None
        return added

    def _link_document(self, did: str, feats: list[Feat], copies: set[str]) -> None:
        # stories within the document (the groups computed with the features)
        first: dict[int, Key] = {}
        for f in feats:
            if f.group in first:
                self.case_links.add((first[f.group], f.key))
            else:
                first[f.group] = f.key
        # events of near-duplicate documents are candidates whatever their blocks
        copy_keys = [(d, i) for d in sorted(copies) for i in range(self.docs[d]["n"])]
        # candidate mentions in other documents
        by_doc: dict[str, list[tuple[float, Key, Key]]] = defaultdict(list)
        scored: list[tuple[Feat, Feat, dict[str, float]]] = []
        keys = []
        for f in feats:
            idx, qry, aidx, aqry = _inc.block_keys(f)
            keys.append((idx, aidx))
            cands: set[Key] = set(copy_keys)
            for qk in qry:
                block = self._index.get(qk)
                if block:
                    cands.update(block)
            for qk in aqry:
                block = self._all.get(qk)
                if block:
                    cands.update(block)
            self.comparisons += len(cands)
            for ck in cands:
                g = self._feat.get(ck)
                if g is None or g.doc == did:
                    continue
                x = _score.pair_features(f, g, copies=g.doc in copies)
                if x is not None:
                    scored.append((f, g, x))
            people: set[Key] = set()
            for qk in _inc.case_query_keys(f):
                block = self._index.get(qk)
                if block:
                    people.update(block)
            self.comparisons += len(people)
            for ck in people:
                g = self._feat[ck]
                if _inc.people_link(f, g):
                    self.case_links.add(tuple(sorted((f.key, ck))))
        # story support: a pair of story groups (this document's, another's) with a strong link
        # makes the other same-type pairs of the two stories likelier the same happenings
        strong: Counter = Counter()
        for f, g, x in scored:
            if _score.strong(x):
                strong[(f.group, g.doc, g.group)] += 1
        w, _t = _score.model()
        for f, g, x in scored:
            n = strong[(f.group, g.doc, g.group)] - (1 if _score.strong(x) else 0)
            if n > 0:
                x["story_link"] = 1.0
            if self.record is not None:
                self.record.append((f.key, g.key, x))
            s = _score.weigh(x, w)
            if s >= self.threshold:
                by_doc[g.doc].append((s, f.key, g.key))
        # one-to-one between two documents, strongest first (symmetric tie-break)
        for pairs in by_doc.values():
            pairs.sort(key=lambda t: (-t[0], min(t[1], t[2]), max(t[1], t[2])))
            used: set[Key] = set()
            for s, a, b in pairs:
                if a in used or b in used:
                    continue
                used.update((a, b))
                self.links[tuple(sorted((a, b)))] = round(s, 3)
        for f, idx in zip(feats, keys, strict=True):
            self._file(f, idx)

    def _file(self, f: Feat, keys: tuple[list[tuple], list[tuple]] | None = None) -> None:
        self._feat[f.key] = f
        if keys is None:
            idx, _, aidx, _ = _inc.block_keys(f)
        else:
            idx, aidx = keys
        for index, ks in ((self._index, idx), (self._all, aidx)):
            for ik in ks:
                block = index.get(ik)
                if block is None:
                    index[ik] = [f.key]
                else:
                    block.append(f.key)

    # --- components --------------------------------------------------------------------------
    def _components(self) -> tuple[dict[Key, Key], dict[Key, Key]]:
        if self._cache is not None:
            return self._cache
        # incidents: strongest links first; a link is skipped when it would put two events of
        # one document, two disjoint sets of named people, or incompatible dates into one
        # incident (the pairwise vetoes, applied to the whole incident: this stops weak links
        # through vague mentions from chaining different happenings together)
        inc = _UF()
        summary: dict[Key, _Summary] = {k: _Summary(self._feat.get(k), k[0]) for k in self.events}
        for (a, b), _s in sorted(self.links.items(), key=lambda t: (-t[1], t[0])):
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
        for k in self.events:
            case.union(k, inc.find(k))
        # a case is one story: two flights of different named people are never joined through
        # a story link (a roundup article's grouping of an unnamed mention, or a shared person)
        flights: dict[Key, list[list[str]]] = {}
        for k, f in self._feat.items():
            if f.type == "desertion" and f.names:
                r = case.find(k)
                names = flights.setdefault(r, [[]])[0]
                names += [n for n in f.names if n not in names]
        for a, b in sorted(self.case_links):
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
        inc_of = {k: inc.find(k) for k in self.events}
        case_of = {k: case.find(k) for k in self.events}
        self._cache = (inc_of, case_of)
        return self._cache

    def _order(self, k: Key) -> tuple:
        return (self.docs.get(k[0], {}).get("published") or "9999", k[0], k[1])

    def duplicate_of(self) -> dict[str, str]:
        """document -> the earliest-published document of its near-duplicate group."""
        uf = _UF()
        for a, b in self.dups.pairs:
            uf.union(a, b)
        groups: dict[str, list[str]] = defaultdict(list)
        for d in {x for p in self.dups.pairs for x in p}:
            groups[uf.find(d)].append(d)
        out = {}
        for members in groups.values():
            members.sort(key=lambda d: (self.docs.get(d, {}).get("published") or "9999", d))
            for d in members[1:]:
                out[d] = members[0]
        return out

    def duplicates(self) -> list[dict]:
        """Groups of near-duplicate documents (syndicated copies, light-edit reprints)."""
        dup_of = self.duplicate_of()
        groups: dict[str, list[str]] = defaultdict(list)
        for d, orig in dup_of.items():
            groups[orig].append(d)
        pairs_of: dict[str, dict[str, float]] = defaultdict(dict)
        for (a, b), s in self.dups.pairs.items():
            pairs_of[dup_of.get(a, a)][f"{a}|{b}"] = s
        out = []
        for orig, copies in sorted(groups.items()):
            members = [orig] + sorted(copies)
            sims = pairs_of.get(orig, {})
            out.append({"original": orig, "copies": sorted(copies), "documents": members,
                        "similarity": sims})  # fmt: skip
        return out

    def incidents(self) -> list[dict]:
        inc_of, case_of = self._components()
        members: dict[Key, list[Key]] = defaultdict(list)
        for k, r in inc_of.items():
            members[r].append(k)
        case_members: dict[Key, list[Key]] = defaultdict(list)
        for k, r in case_of.items():
            case_members[r].append(k)
        case_ids = {r: "case-" + _ekey(min(ks, key=self._order)) for r, ks in case_members.items()}
        dup_of = self.duplicate_of()
        implied = self._implied_people()
        out = []
        for _r, ks in members.items():
            ks.sort(key=self._order)
            inc = self._incident(ks, case_ids[case_of[ks[0]]], dup_of)
            people = _cases.story_people(inc, [implied[k] for k in ks if k in implied])
            if people:
                inc["story_people"] = people
            out.append(inc)
        out.sort(key=lambda d: d["incident_id"])
        return out

    def _incident(self, ks: list[Key], case_id: str, dup_of: dict[str, str]) -> dict:
        evs = [self.events[k] for k in ks]
        docs = [k[0] for k in ks]
        fields, dis = _reconcile(evs, docs, dup_of)
        reports = sorted({dup_of.get(d, d) for d in docs})
        inc = {
            "incident_id": "inc-" + _ekey(ks[0]),
            "type": evs[0]["type"],
            "events": [[d, i] for d, i in sorted(ks)],
            "fields": fields,
            "disagreements": dis,
            "case_id": case_id,
            "reports": len(reports),
            "first_reported": self.docs[ks[0][0]].get("published"),
        }
        copies = {d: dup_of[d] for d in docs if d in dup_of}
        if copies:
            inc["duplicate_of"] = copies
        return inc

    def _implied_people(self) -> dict[Key, list[str]]:
        """Unnamed event -> the people named in its story group (see ``cases.implied_people``).
        Story groups are the within-document case links (each group is linked to its first
        event)."""
        groups: dict[Key, list[Key]] = defaultdict(list)
        for a, b in self.case_links:
            if a[0] == b[0]:
                first = min(a, b)
                groups[first].append(max(a, b))
        out: dict[Key, list[str]] = {}
        for first, rest in groups.items():
            ks = [first] + sorted(set(rest))
            for i, people in _cases.implied_people([self.events[k] for k in ks]).items():
                out[ks[i]] = people
        return out

    def cases(self) -> list[dict]:
        incs = self.incidents()
        by_case: dict[str, list[dict]] = defaultdict(list)
        for inc in incs:
            by_case[inc["case_id"]].append(inc)
        published = {d: m.get("published") for d, m in self.docs.items()}
        dup_of = self.duplicate_of()
        out = []
        for cid, members in sorted(by_case.items()):
            tl = _cases.timeline(members, published, dup_of)
            names: dict[str, str] = {}
            for inc in members:
                for n in inc["fields"].get("names") or []:
                    names.setdefault(name_parts(n)[1], n)
            docs = sorted({d for inc in members for d, _ in inc["events"]},
                          key=lambda d: (published.get(d) or "9999", d))  # fmt: skip
            out.append({
                "case_id": cid,
                "incidents": [i["incident_id"] for i in members],
                "types": sorted({i["type"] for i in members}),
                "documents": docs,
                "reports": len({dup_of.get(d, d) for d in docs}),
                "names": sorted(names.values()),
                "timeline": tl,
                "status": tl[-1] if tl else None,
                "summary": _cases.status_summary(tl[-1] if tl else None),
            })  # fmt: skip
        return out

    # --- state -------------------------------------------------------------------------------
    def state(self) -> dict:
        return {
            "version": STATE_VERSION,
            "threshold": self.threshold,
            "docs": self.docs,
            "events": [self.events[k] for k in sorted(self.events)],
            "links": [[_ekey(a), _ekey(b), s] for (a, b), s in sorted(self.links.items())],
            "case_links": sorted([_ekey(a), _ekey(b)] for a, b in self.case_links),
            "dedup": self.dups.state(),
        }

    @classmethod
    def from_state(cls, state: dict) -> Linker:
        lk = (
            cls()
        )  # the current fitted threshold (a state saved under another model keeps its links)
        lk.docs = {k: dict(v) for k, v in (state.get("docs") or {}).items()}
        by_doc: dict[str, list[dict]] = defaultdict(list)
        for rec in state.get("events") or []:
            k = (rec["doc"], int(rec["idx"]))
            lk.events[k] = dict(rec)
            by_doc[rec["doc"]].append(lk.events[k])
        for recs in by_doc.values():
            recs.sort(key=lambda r: int(r["idx"]))
            for f in document_features(recs):
                lk._file(f)

        def key(s: str) -> Key:
            d, _, i = s.rpartition("#")
            return (d, int(i))

        lk.links = {(key(a), key(b)): float(s) for a, b, s in state.get("links") or []}
        lk.case_links = {(key(a), key(b)) for a, b in state.get("case_links") or []}
        if state.get("dedup"):
            lk.dups = NearDuplicates.from_state(state["dedup"])
        return lk


# --- reconciliation ------------------------------------------------------------------------------
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


def _reconcile(evs: list[dict], docs: list[str], dup_of: dict[str, str]) -> tuple[dict, dict]:
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
