"""The incremental linker: documents in, incidents / cases / near-duplicates out."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

from awol.link import cases as _cases
from awol.link import incidents as _inc
from awol.link import score as _score
from awol.link.blocks import BlockIndex
from awol.link.compact import DOC_FIELDS, EventIds, LinkMap, PairSet, PairTable, Records
from awol.link.components import _UF, Components
from awol.link.dedup import NearDuplicates, document_text
from awol.link.features import EVENT_FIELDS, Feat, document_features, evidence_text
from awol.link.reconcile import reconcile as _reconcile
from awol.link.text import name_parts

STATE_VERSION = 1
# Bounds for dense coverage (see docs/linking.md, "what an update costs"): an event scores at most
# CAP candidates (those sharing the most blocking keys with it), and a near-duplicate document
# is compared with the events of at most COPY_CAP of its copies (the earliest published).
CAP = 100
COPY_CAP = 8
Key = tuple[str, int]


def _ekey(k: Key) -> str:
    return f"{k[0]}#{k[1]}"


def _case_view(inc: dict) -> dict:
    """What a case's output (``Linker._cases_of``, ``cases.timeline``) reads of an incident."""
    fields, dis = inc["fields"], inc["disagreements"]
    view = {
        "incident_id": inc["incident_id"],
        "type": inc["type"],
        "case_id": inc["case_id"],
        "events": inc["events"],
        "fields": {"names": fields.get("names"), "count": fields.get("count")},
    }
    if "count" in dis:
        view["disagreements"] = {"count": dis["count"]}
    if "story_people" in inc:
        view["story_people"] = inc["story_people"]
    return view


class _StoryConflicts:
    """(story of the new document, other document, its story) -> the types on which the two
    stories contradict (``score.stories_conflict``), computed when first asked."""

    def __init__(self, lk: Linker, feats: list[Feat]) -> None:
        self.lk = lk
        self.mine: dict[int, list[Feat]] = defaultdict(list)
        for f in feats:
            self.mine[f.group].append(f)
        self.theirs: dict[str, dict[int, list[Feat]]] = {}
        self.memo: dict[tuple, frozenset] = {}

    def get(self, stories: tuple) -> frozenset:
        out = self.memo.get(stories)
        if out is None:
            fg, gd, gg = stories
            groups = self.theirs.get(gd)
            if groups is None:
                groups = self.theirs[gd] = defaultdict(list)
                all_feats, b = self.lk._ids.feats, self.lk._ids.base[gd]
                for i in range(self.lk.docs.field(gd, "n")):
                    e = all_feats[b + i]
                    if e is not None:
                        groups[e.group].append(e)
            out = self.memo[stories] = _score.stories_conflict(self.mine[fg], groups.get(gg, ()))
        return out


class Linker:
    """Links the events of extracted documents into incidents and cases.

    ``add()`` only compares the new documents' events with the candidates found in the block
    index; ``incidents()``/``cases()`` give every incident / case, rebuilding only the clusters of
    links that changed since (no re-scoring); ``changes()`` gives only the incidents and cases of
    those clusters, what vanished, and the new state rows (for a store that updates in place).
    Every pairwise decision depends only on the two documents involved, so the result does not
    depend on the order or batching of ``add()`` calls.
    """

    def __init__(
        self, threshold: float | None = None, dup_threshold: float = 0.4, cap: int | None = CAP
    ) -> None:
        self.threshold = _inc.threshold() if threshold is None else threshold
        self.cap = cap  # most candidates scored per event (None: all)
        self.docs = Records(DOC_FIELDS)  # id -> {published, language, outlet, url, title, n}
        self.events = Records()  # (doc, idx) -> event fields + doc + idx + published + evidence
        self._ids = EventIds()  # events as dense numbers (and their keys and features)
        self._links = PairTable(scored=True)  # incident links (same happening)
        self._case_links = PairTable()  # same story, different happenings
        # read as {(key a, key b): score} and {(key a, key b)}
        self.links = LinkMap(self._links, self._ids)
        self.case_links = PairSet(self._case_links, self._ids)
        self.dups = NearDuplicates(threshold=dup_threshold)
        # block index: hash of a blocking key -> the events (numbers) filed under it, in filing
        # order.  A hash stands for its key (two keys of one hash, odds ~1e-7 at a million
        # events, would only add candidates)
        self._index = BlockIndex()
        self._all = BlockIndex()  # archive-wide keys (incidents._evidence_keys)
        self._comp = Components(self._ids, self._links, self._case_links)
        self._pending: list[Key] = []  # an event of each cluster rebuilt since changes()
        self._emitted: dict[Key, tuple[str, str]] = {}  # event -> (incident id, case id) given out
        self._sig: dict[str, int] = {}  # incident / case id -> fingerprint of what was given out
        # incident id -> what its case's output reads of the incident last given out (a case
        # given out again builds only its incidents that changed)
        self._given: dict[str, dict] = {}
        self._touched: set[str] = set()  # documents whose copies changed since changes()
        self._copy_uf = _UF()  # near-duplicate groups of documents
        self._copy_groups: dict[str, list[str]] = {}
        self._copy_first: dict[str, str] = {}  # group (root) -> its earliest published document
        self._dup_of: dict[str, str] = {}  # kept up to date by _copy_group
        self._new: dict[str, list] = {"docs": [], "dups": []}
        self._new_links = self._new_case_links = 0  # the links from there on are new
        self.comparisons = 0  # candidate pairs examined by add() (for scaling tests)
        self.record: list | None = None  # set to a list to collect (key, key, features) (fit)
        self._wsum: tuple | None = None  # (weights, x -> (prior score, fitted score))

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
            found = self.dups.add(did, document_text(doc))
            copies = {other for other, _sim in found}
            self._new["docs"].append(did)
            if found:
                moved = {did}
                for other, sim in found:
                    self._new["dups"].append([*sorted((did, other)), round(sim, 3)])
                    moved.update(self._copy_group(did, other))
                # the reports of the incidents of the documents whose original changed are
                # counted anew (the others' copies and originals are as they were)
                for other in moved:
                    self._touched.add(other)
                    base = self._ids.base.get(other)
                    if base is not None:
                        for i in range(self.docs.field(other, "n")):
                            self._comp.touch(base + i)
            recs: list[dict] = []
            keys: list[Key] = []
            base = self._ids.new_doc(did, len(doc.get("events") or []))
            for i, ev in enumerate(doc.get("events") or []):
                k = (did, i)  # one key object per event, shared by every structure
                self._ids.keys[base + i] = k
                rec = {f: ev.get(f) for f in EVENT_FIELDS}
                rec.update(doc=did, idx=i, published=doc.get("published"))
                rec["evidence"] = evidence_text(ev)
                self.events[k] = rec
                self._comp.add_event(base + i)
                recs.append(rec)
                keys.append(k)
            feats = document_features(recs)
            for f, k in zip(feats, keys, strict=True):
                f.key = k
            self._link_document(did, feats, copies)
            added.append(did)
        return added

    def _link_document(self, did: str, feats: list[Feat], copies: set[str]) -> None:
        # stories within the document (the groups computed with the features)
        first: dict[int, Key] = {}
        for f in feats:
            if f.group in first:
                self._add_case_link(first[f.group], f.key)
            else:
                first[f.group] = f.key
        # events of near-duplicate documents are candidates whatever their blocks
        # (a large group of copies: those of the first COPY_CAP documents, by publication)
        meta = self.docs.field
        reps = sorted(copies, key=lambda d: (meta(d, "published") or "9999", d))
        base_of = self._ids.base
        copy_ids = [base_of[d] + i for d in reps[:COPY_CAP] for i in range(meta(d, "n"))]
        # candidate mentions in other documents: the blocks of every event's incident and
        # case (same people) queries, looked up at once (the document's own events are filed
        # after all are linked)
        by_doc: dict[str, list[tuple[float, Key, Key, int, int]]] = defaultdict(list)
        scored: list[tuple[Feat, Feat, dict[str, float], bool, bool, float, tuple]] = []
        keys = []
        queries: list[list[int]] = []
        wide: list[list[tuple]] = []
        for f in feats:
            idx, qry, aidx, aqry = _inc.block_keys(f)
            keys.append((idx, aidx))
            wide.append(aqry)
            queries.append([hash(k) for k in qry])
            queries.append([hash(k) for k in _inc.case_query_keys(f)])
        blocks = self._index.get_many(queries)
        del queries
        w, _t = _score.model()
        weights = self._weights(w)
        strong_at = _score.STRONG
        support_at = _score.SUPPORT_EVIDENCE + _score.PRIOR["bias"]
        pair_features = _score.pair_features
        all_feats = self._ids.feats
        people_link = _inc.people_link
        ids = self._ids
        for n, f in enumerate(feats):
            # candidates: the events filed under the keys the event queries, by votes
            votes = Counter(blocks[2 * n])
            if wide[n]:
                votes.update(self._all.get([hash(k) for k in wide[n]]))
            cands = self._bounded(votes)
            cands.update(copy_ids)
            self.comparisons += len(cands)
            fe = ids.id(f.key)
            fg = f.group
            for ck in cands:
                g = all_feats[ck]
                if g is None:
                    continue
                gd = g.doc
                if gd == did:
                    continue
                x = pair_features(f, g, gd in copies)
                if x is not None:
                    sp, sm = weights(x)
                    scored.append(
                        (f, g, x, sp >= strong_at, sp >= support_at, sm, (fg, gd, g.group), fe, ck)
                    )
            people = set(blocks[2 * n + 1])
            self.comparisons += len(people)
            for ck in people:
                g = all_feats[ck]
                if people_link(f, g):
                    self._add_case_link(*sorted((f.key, g.key)))
        # story support: a pair of story groups (this document's, another's) with a strong link
        # makes the other same-type pairs of the two stories likelier the same happenings
        # (story_link); other pairs of the two stories with some evidence each support it too
        # (story_support: two articles telling one story agree pair after pair)
        strong: dict[tuple, int] = {}
        support: dict[tuple, int] = {}
        for t in scored:
            if t[3]:
                strong[t[6]] = strong.get(t[6], 0) + 1
            if t[4]:
                support[t[6]] = support.get(t[6], 0) + 1
        story_w = w.get("story_link", 0.0)
        support_w = w.get("story_support", 0.0)
        conflict_w = w.get("story_conflict", 0.0)
        conflicts = _StoryConflicts(self, feats)
        vague = _score.vague
        threshold, record = self.threshold, self.record
        for f, g, x, st, su, s, stories, fe, ge in scored:
            if strong and strong.get(stories, 0) - (1 if st else 0) > 0:
                x["story_link"] = 1.0
                s += story_w  # = score.weigh(x, w): story_link and story_support come last in x
            if support:
                m = support.get(stories, 0) - (1 if su else 0)
                if m > 0:
                    x["story_support"] = float(min(m, 2))
                    s += support_w * x["story_support"]
            # a vague pair of two stories that contradict (only looked up where it can decide)
            if (s >= threshold or record is not None) and (vague(f) or vague(g)):
                if conflicts.get(stories) - {f.type}:
                    x["story_conflict"] = 1.0
                    s += conflict_w
            if record is not None:
                record.append((f.key, g.key, x))
            if s >= threshold:
                by_doc[g.doc].append((s, f.key, g.key, fe, ge))
        # one-to-one between two documents, strongest first (symmetric tie-break)
        for pairs in by_doc.values():
            pairs.sort(key=lambda t: (-t[0], min(t[1], t[2]), max(t[1], t[2])))
            used: set[Key] = set()
            for s, a, b, ea, eb in pairs:
                if a in used or b in used:
                    continue
                used.update((a, b))
                if b < a:
                    ea, eb = eb, ea
                self._links.add(ea, eb, round(s, 3))
                self._comp.add_link(ea, eb)
        for f, idx in zip(feats, keys, strict=True):
            self._file(f, idx)

    def _weights(self, w: dict[str, float]) -> Callable[[dict[str, float]], tuple[float, float]]:
        """x -> (prior score, fitted score) of a pair's features, summed in the order of x as
        score.weigh does; remembered per distinct x (a few thousand patterns of features)."""
        if self._wsum is None or self._wsum[0] is not w:
            prior = _score.PRIOR
            both = {k: (prior.get(k, 0.0), w.get(k, 0.0)) for k in (*prior, *w)}
            memo: dict[tuple, tuple[float, float]] = {}

            def weights(x: dict[str, float]) -> tuple[float, float]:
                items = tuple(x.items())
                out = memo.get(items)
                if out is None:
                    sp = sm = 0.0
                    for k, v in items:
                        p, q = both.get(k, (0.0, 0.0))
                        sp += p * v
                        sm += q * v
                    out = (sp, sm)
                    if len(memo) < 1 << 16:
                        memo[items] = out
                return out

            self._wsum = (w, weights)
        return self._wsum[1]

    def _copy_group(self, a: str, b: str) -> list[str]:
        """Join the near-duplicate groups of two documents; returns the documents whose
        original (the group's earliest published, ``duplicate_of``) changed."""
        uf, groups, first = self._copy_uf, self._copy_groups, self._copy_first
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            return []
        ga, gb = groups.setdefault(ra, [ra]), groups.setdefault(rb, [rb])
        fa, fb = first.pop(ra, ra), first.pop(rb, rb)
        pub = self.docs.field
        fa_key = (pub(fa, "published") if fa in self.docs else None) or "9999", fa
        fb_key = (pub(fb, "published") if fb in self.docs else None) or "9999", fb
        moved = list(gb if fa_key <= fb_key else ga)
        uf.union(ra, rb)
        r = uf.find(ra)
        other = rb if r == ra else ra
        groups[r].extend(groups.pop(other))
        first[r] = fa if fa_key <= fb_key else fb
        for d in moved:
            self._dup_of[d] = first[r]
        return moved

    def _bounded(self, votes: Counter) -> set[int]:
        """The candidates to score: all of them, or, beyond ``cap`` (dense coverage: many
        mentions of one type in one place and time window), the ``cap`` that share the most
        blocking keys with the event (ties: the first filed)."""
        if self.cap is None or len(votes) <= self.cap:
            return set(votes)
        return {k for k, _ in votes.most_common(self.cap)}

    def _add_link(self, a: Key, b: Key, s: float) -> None:
        """Link two events (a pair is linked once: each ``add()`` links only pairs with an
        event of the new document, ``from_state`` skips repeated pairs)."""
        ia, ib = self._ids.id(a), self._ids.id(b)
        self._links.add(ia, ib, s)
        self._comp.add_link(ia, ib)

    def _add_case_link(self, a: Key, b: Key) -> None:
        ia, ib = self._ids.id(a), self._ids.id(b)
        self._case_links.add(ia, ib)
        self._comp.add_link(ia, ib, incident=False)

    def _file(self, f: Feat, keys: tuple[list[tuple], list[tuple]] | None = None) -> None:
        e = self._ids.id(f.key)
        self._ids.feats[e] = f
        if keys is None:
            idx, _, aidx, _ = _inc.block_keys(f)
        else:
            idx, aidx = keys
        self._index.add([hash(k) for k in idx], e)
        if aidx:
            self._all.add([hash(k) for k in aidx], e)

    # --- components --------------------------------------------------------------------------
    def _components(self) -> tuple[Sequence[int], Sequence[int]]:
        """(event number -> number of its incident's root, ... of its case's root)."""
        if self._comp.dirty:
            for ids in self._comp.refresh():
                if not self._comp.track:
                    self._pending.append(ids[0])
        return self._comp.inc_of, self._comp.case_of

    def _order(self, k: Key) -> tuple:
        pub = self.docs.field(k[0], "published") if k[0] in self.docs else None
        return (pub or "9999", k[0], k[1])

    def duplicate_of(self) -> dict[str, str]:
        """document -> the earliest-published document of its near-duplicate group."""
        return self._dup_of

    def _duplicate_of(self) -> dict[str, str]:
        """``duplicate_of()`` recomputed from every near-duplicate pair: the reference the
        incremental map kept by ``_copy_group`` is checked against (tests/link/test_update_cost.py)."""
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
        """Every incident (singletons too), by incident id."""
        return list(self.iter_incidents())

    def cases(self) -> list[dict]:
        """Every case with its status timeline, by case id."""
        return list(self.iter_cases())

    def iter_incidents(self) -> Iterator[dict]:
        """The incidents of ``incidents()``, in the same order, built one at a time (a million
        events' incident dicts take ~1.7 GB: a consumer writing them out need not hold them)."""
        plan = sorted(
            ((iid, cid, ids) for cid, incs in self._plan() for iid, ids in incs),
            key=lambda t: t[0],
        )
        dup_of = self.duplicate_of()
        for _iid, cid, ids in plan:
            yield self._built([self._ids.keys[i] for i in ids], cid, dup_of)

    def iter_cases(self) -> Iterator[dict]:
        """The cases of ``cases()``, in the same order, built one at a time (with the incidents
        of one case at a time)."""
        plan = sorted(self._plan(), key=lambda t: t[0])
        dup_of = self.duplicate_of()
        keyof = self._ids.keys
        for cid, incs in plan:
            built = [self._built([keyof[i] for i in ids], cid, dup_of) for _, ids in incs]
            yield from self._cases_of(built, dup_of)

    def _plan(self) -> list[tuple[str, list[tuple[str, tuple[int, ...]]]]]:
        """Every case: (case id, its incidents: (incident id, event numbers in ``_order``))."""
        inc_of, case_of = self._components()
        idof = self._ids.id
        out: list[tuple[str, list[tuple[str, tuple[int, ...]]]]] = []
        for keys in self._batches():
            members: dict[int, list[Key]] = defaultdict(list)
            case_members: dict[int, list[Key]] = defaultdict(list)
            for k in keys:
                i = idof(k)
                members[inc_of[i]].append(k)
                case_members[case_of[i]].append(k)
            case_ids = {
                r: "case-" + _ekey(min(ks, key=self._order)) for r, ks in case_members.items()
            }
            by_case: dict[str, list[tuple[str, tuple[int, ...]]]] = defaultdict(list)
            for ks in members.values():
                ks.sort(key=self._order)
                ids = tuple(idof(k) for k in ks)
                by_case[case_ids[case_of[ids[0]]]].append(("inc-" + _ekey(ks[0]), ids))
            out.extend(by_case.items())
        return out

    def _built(self, ks: list[Key], case_id: str, dup_of: dict[str, str]) -> dict:
        """The incident of the events ``ks`` (in ``_order``), as ``_outputs`` builds it."""
        n_of = self.docs.field
        docs = {k[0] for k in ks}
        implied = self._implied_people([(d, i) for d in docs for i in range(n_of(d, "n"))])
        inc = self._incident(ks, case_id, dup_of)
        people = _cases.story_people(inc, [implied[k] for k in ks if k in implied])
        if people:
            inc["story_people"] = people
        return inc

    def _batches(self, size: int = 20_000) -> Iterable[list[Key]]:
        """The events, whole clusters at a time (batches of about ``size`` events), so that the
        outputs of a million events are not all built at once."""
        comp, keyof = self._comp, self._ids.keys
        batch: list[Key] = []
        for i, k in enumerate(keyof):
            if k is not None and comp.find(i) == i:  # a cluster, once (at its root)
                batch.extend(keyof[j] for j in comp.cluster(i))
                if len(batch) >= size:
                    yield batch
                    batch = []
        if batch:
            yield batch

    def changes(self) -> dict:
        """What changed since the last call (or since loading the state): the incidents and
        cases of the clusters that new documents touched whose content changed, the ids that
        vanished (merged into others), and the new state rows (``state_rows``).  An incident
        is given out again only when its members, its case or the copies among its documents
        changed; a case when one of its incidents did (or its set of incidents)."""
        comp = self._comp
        comp.track = True  # from here on, the rebuilds note what they changed
        self._components()
        touched, self._touched = self._touched, set()
        # the cases of the events whose incident or case may have changed (whole cases: a
        # case's id and output read all its events), and the clusters rebuilt before
        affected = comp.take_affected()
        for k in self._pending:
            affected.update(comp.cluster(comp.find(k)))
        self._pending = []
        keyof = self._ids.keys
        keys = [keyof[i] for ids in comp.cases_of(affected) for i in ids]
        incs, cases, ids, case_ids = self._outputs(keys, touched)
        old_inc = {self._emitted[k][0] for k in keys if k in self._emitted}
        old_case = {self._emitted[k][1] for k in keys if k in self._emitted}
        self._emitted.update(zip(keys, ids, strict=True))
        removed_inc = sorted(old_inc - {i for i, _ in ids})
        removed_case = sorted(old_case - set(case_ids))
        for x in removed_inc + removed_case:  # given out anew if they come back
            self._sig.pop(x, None)
            self._given.pop(x, None)
        return {
            "incidents": incs,
            "cases": cases,
            "removed_incidents": removed_inc,
            "removed_cases": removed_case,
            "rows": self.state_rows(),
        }

    def _outputs(
        self, keys: list[Key], touched: set[str]
    ) -> tuple[list[dict], list[dict], list[tuple[str, str]], list[str]]:
        """Incident and case dicts of ``keys`` (whole clusters) that differ from what was last
        given out (``_sig``; ``touched``: documents whose copies changed), the (incident id,
        case id) of each key, and every case id.  Only the incidents that changed are built; a
        case given out again takes its other incidents from ``_given`` (what was given out)."""
        inc_of, case_of, idof = self._comp.inc_of, self._comp.case_of, self._ids.id
        members: dict[int, list[Key]] = defaultdict(list)
        case_members: dict[int, list[Key]] = defaultdict(list)
        nums = [idof(k) for k in keys]
        for k, i in zip(keys, nums, strict=True):
            members[inc_of[i]].append(k)
            case_members[case_of[i]].append(k)
        case_ids = {r: "case-" + _ekey(min(ks, key=self._order)) for r, ks in case_members.items()}
        inc_ids: dict[int, str] = {}
        for r, ks in members.items():
            ks.sort(key=self._order)
            inc_ids[r] = "inc-" + _ekey(ks[0])
        sigs, changed_cases = self._fingerprints(members, case_ids, inc_ids, touched)
        given = self._given
        todo = [r for r in members if r in sigs or inc_ids[r] not in given
                and case_of[idof(members[r][0])] in changed_cases]  # fmt: skip
        docs = {k[0] for r in todo for k in members[r]}
        dup_of = self.duplicate_of()
        n_of = self.docs.field
        implied = self._implied_people([(d, i) for d in docs for i in range(n_of(d, "n"))])
        incs = []
        for r in todo:
            ks = members[r]
            inc = self._incident(ks, case_ids[case_of[idof(ks[0])]], dup_of)
            people = _cases.story_people(inc, [implied[k] for k in ks if k in implied])
            if people:
                inc["story_people"] = people
            incs.append(inc)
            given[inc["incident_id"]] = _case_view(inc)
        ids = [(inc_ids[inc_of[i]], case_ids[case_of[i]]) for i in nums]
        # the cases given out again: with their incidents, built or as last given out
        views = [given[inc_ids[r]] for r, ks in members.items()
                 if case_of[idof(ks[0])] in changed_cases]  # fmt: skip
        out_cases = self._cases_of(views, dup_of)
        for r, sig in sigs.items():
            self._sig[inc_ids[r]] = sig
        changed = {inc_ids[r] for r in sigs}
        incs = [inc for inc in incs if inc["incident_id"] in changed]
        return incs, out_cases, ids, list(case_ids.values())

    def _fingerprints(
        self,
        members: dict[int, list[Key]],
        case_ids: dict[int, str],
        inc_ids: dict[int, str],
        touched: set[str],
    ) -> tuple[dict[int, int], set[int]]:
        """(incident root -> new fingerprint, for the incidents that changed; the case roots to
        give out again).  An incident's output depends on its members, its case id and the
        copies among its documents; a case's on its incidents.  Case fingerprints are stored
        here, incident ones by the caller once given out."""
        case_of, idof = self._comp.case_of, self._ids.id
        sigs: dict[int, int] = {}
        changed: set[int] = set()
        case_incs: dict[int, list[str]] = defaultdict(list)
        for r, ks in members.items():
            c = case_of[idof(ks[0])]
            case_incs[c].append(inc_ids[r])
            sig = hash((case_ids[c], tuple(ks)))
            if self._sig.get(inc_ids[r]) != sig or any(k[0] in touched for k in ks):
                sigs[r] = sig
                changed.add(c)
        for c, iids in case_incs.items():
            sig = hash(tuple(sorted(iids)))
            if self._sig.get(case_ids[c]) != sig:
                changed.add(c)
                self._sig[case_ids[c]] = sig
        return sigs, changed

    def _outputs_sigs(self, keys: list[Key]) -> None:
        """Record the fingerprints of the incidents and cases of ``keys`` (whole clusters, in
        ``_order``) as given out (a store already holds them)."""
        inc_of, case_of, idof = self._comp.inc_of, self._comp.case_of, self._ids.id
        members: dict[int, list[Key]] = defaultdict(list)
        first_case: dict[int, Key] = {}
        for k in keys:
            i = idof(k)
            members[inc_of[i]].append(k)
            first_case.setdefault(case_of[i], k)
        case_ids = {r: "case-" + _ekey(k) for r, k in first_case.items()}
        inc_ids = {r: "inc-" + _ekey(ks[0]) for r, ks in members.items()}
        sigs, _ = self._fingerprints(members, case_ids, inc_ids, set())
        for r, sig in sigs.items():
            self._sig[inc_ids[r]] = sig

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
            "first_reported": self.docs.field(ks[0][0], "published"),
        }
        copies = {d: dup_of[d] for d in docs if d in dup_of}
        if copies:
            inc["duplicate_of"] = copies
        return inc

    def _implied_people(self, keys: list[Key]) -> dict[Key, list[str]]:
        """Unnamed event -> the people named in its story group (see ``cases.implied_people``).
        Story groups are the within-document case links (each group is linked to its first
        event)."""
        groups: dict[Key, list[Key]] = defaultdict(list)
        neighbours, keyof, idof = self._case_links.neighbours, self._ids.keys, self._ids.id
        for a in keys:
            for b in (keyof[j] for j in neighbours(idof(a))):
                if b[0] == a[0] and b > a:
                    groups[a].append(b)
        out: dict[Key, list[str]] = {}
        for first, rest in groups.items():
            ks = [first] + sorted(set(rest))
            for i, people in _cases.implied_people([self.events[k] for k in ks]).items():
                out[ks[i]] = people
        return out

    def _cases_of(self, incs: list[dict], dup_of: dict[str, str]) -> list[dict]:
        by_case: dict[str, list[dict]] = defaultdict(list)
        for inc in sorted(incs, key=lambda d: d["incident_id"]):
            by_case[inc["case_id"]].append(inc)
        docs_all = {d for inc in incs for d, _ in inc["events"]}
        published = {d: self.docs.field(d, "published") for d in docs_all}
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
        """The whole state, JSON-serialisable (``awol link --state FILE``)."""
        return {
            "version": STATE_VERSION,
            "threshold": self.threshold,
            "docs": dict(self.docs.items()),
            "events": [self.events[k] for k in sorted(self.events)],
            "links": [[_ekey(a), _ekey(b), s] for (a, b), s in sorted(self.links.items())],
            "case_links": sorted([_ekey(a), _ekey(b)] for a, b in self.case_links),
            "dedup": self.dups.state(),
        }

    def state_rows(self) -> dict:
        """The state added since the last call, as rows a store appends (nothing is rewritten):
        ``documents`` (id, meta, events, MinHash signature), ``links`` [a, b, score],
        ``case_links`` [a, b] and ``copies`` [a, b, similarity]; plus the near-duplicate
        ``threshold`` and MinHash ``scheme`` (settings, the same in every call)."""
        new, self._new = self._new, {"docs": [], "dups": []}
        docs = []
        for did in new["docs"]:
            evs = [self.events[(did, i)] for i in range(self.docs.field(did, "n"))]
            docs.append({"id": did, "meta": self.docs[did], "events": evs,
                         "signature": self.dups.signature(did)})  # fmt: skip
        keyof, t, c = self._ids.keys, self._links, self._case_links
        links = [[_ekey(keyof[t.a[n]]), _ekey(keyof[t.b[n]]), t.scores[n]]
                 for n in range(self._new_links, len(t))]  # fmt: skip
        case_links = [[_ekey(keyof[c.a[n]]), _ekey(keyof[c.b[n]])]
                      for n in range(self._new_case_links, len(c))]  # fmt: skip
        self._new_links, self._new_case_links = len(t), len(c)
        return {"documents": docs, "links": links, "case_links": case_links,
                "copies": new["dups"], "threshold": self.dups.threshold,
                "scheme": self.dups.scheme()}  # fmt: skip

    @staticmethod
    def state_from_rows(rows: dict) -> dict:
        """A ``state()`` dict from all the rows ``state_rows`` ever gave (as a store keeps them)."""
        docs = rows.get("documents") or []
        return {
            "version": STATE_VERSION,
            "docs": {d["id"]: d["meta"] for d in docs},
            "events": [e for d in docs for e in d.get("events") or []],
            "links": rows.get("links") or [],
            "case_links": rows.get("case_links") or [],
            "dedup": {
                "threshold": rows.get("threshold", 0.4),
                "scheme": rows.get("scheme"),
                "signatures": {d["id"]: d["signature"] for d in docs if d.get("signature")},
                "pairs": rows.get("copies") or [],
            },
        }

    @classmethod
    def from_state(cls, state: dict) -> Linker:
        """A linker from ``state()``, or from ``{"rows": ...}`` (every ``state_rows`` ever
        given, as a store keeps them)."""
        if "rows" in state:
            state = cls.state_from_rows(state["rows"])
        # the current fitted threshold (a state saved under another model keeps its links)
        lk = cls()
        for k, v in (state.get("docs") or {}).items():
            lk.docs[k] = v
        by_doc: dict[str, list[tuple[Key, dict]]] = defaultdict(list)
        for rec in state.get("events") or []:
            k = (rec["doc"], int(rec["idx"]))
            lk.events[k] = rec
            by_doc[rec["doc"]].append((k, lk.events[k]))
        for doc, items in by_doc.items():
            items.sort(key=lambda t: t[0][1])
            base = lk._ids.new_doc(doc, items[-1][0][1] + 1)
            for k, _ in items:
                lk._ids.keys[base + k[1]] = k
                lk._comp.add_event(base + k[1])
            for (k, _), f in zip(items, document_features([r for _, r in items]), strict=True):
                f.key = k
                lk._file(f)

        def key(s: str) -> Key:
            d, _, i = s.rpartition("#")
            return (d, int(i))

        seen: set[tuple[Key, Key]] = set()
        for a, b, s in state.get("links") or []:
            pair = (key(a), key(b))
            if pair not in seen:
                seen.add(pair)
                lk._add_link(*pair, float(s))
        seen = set()
        for a, b in state.get("case_links") or []:
            pair = (key(a), key(b))
            if pair not in seen:
                seen.add(pair)
                lk._add_case_link(*pair)
        del seen
        lk._new_links, lk._new_case_links = len(lk._links), len(lk._case_links)
        if state.get("dedup"):
            lk.dups = NearDuplicates.from_state(state["dedup"])
            for a, b in lk.dups.pairs:
                lk._copy_group(a, b)
        # what a store already holds: the ids of the incidents and cases as of this state
        inc_of, case_of = lk._components()
        idof = lk._ids.id
        lk._pending = []
        first_inc: dict[int, Key] = {}
        first_case: dict[int, Key] = {}
        for k in sorted(lk.events, key=lk._order):
            i = idof(k)
            first_inc.setdefault(inc_of[i], k)
            first_case.setdefault(case_of[i], k)
        for k in lk.events:
            i = idof(k)
            lk._emitted[k] = ("inc-" + _ekey(first_inc[inc_of[i]]),
                              "case-" + _ekey(first_case[case_of[i]]))  # fmt: skip
        # ... and their fingerprints (as changes() computes them), so that only what new
        # documents change is given out again
        keys = sorted(lk.events, key=lk._order)
        lk._outputs_sigs(keys)
        lk._comp.track = True
        return lk
