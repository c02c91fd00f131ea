"""The incremental linker: documents in, incidents / cases / near-duplicates out."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

from awol.link import incidents as _inc
from awol.link import score as _score
from awol.link.blocks import BlockIndex
from awol.link.case_markers import mark_after_others, mark_fresh_items
from awol.link.cases import story_ties
from awol.link.compact import DOC_FIELDS, EventIds, LinkMap, PairSet, PairTable, Records
from awol.link.components import _UF, Components
from awol.link.dedup import NearDuplicates, document_text
from awol.link.features import Feat, document_features, event_record, evidence_text
from awol.link.outputs import Outputs, _ekey
from awol.link.text import name_strength, names_seen

STATE_VERSION = 1
# Bounds for dense coverage (see docs/linking.md, "what an update costs"): an event scores at most
# CAP candidates (those sharing the most blocking keys with it), and a near-duplicate document
# is compared with the events of at most COPY_CAP of its copies (the earliest published).
CAP = 100
COPY_CAP = 8
# Two articles telling one story (their flights linked): an event each story tells once, of a
# type the other story also tells once, is the same happening when their pair scores at most
# STORY_MARGIN under the threshold and nothing in it contradicts (``_same_story``; round 48)
STORY_MARGIN = 2.5
STORY_ANCHORS = frozenset({"desertion"})
Key = tuple[str, int]


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
        self.flights: dict[tuple, bool] = {}

    def _groups(self, doc: str) -> dict[int, list[Feat]]:
        """The other document's events by story group, read once."""
        groups = self.theirs.get(doc)
        if groups is None:
            groups = self.theirs[doc] = defaultdict(list)
            for e in self.lk._doc_feats(doc):
                groups[e.group].append(e)
        return groups

    def get(self, stories: tuple) -> frozenset:
        out = self.memo.get(stories)
        if out is None:
            fg, gd, gg = stories
            theirs = self._groups(gd).get(gg, ())
            out = self.memo[stories] = _score.stories_conflict(self.mine[fg], theirs, True)
        return out

    def other_flights(self, stories: tuple) -> bool:
        """Do the two stories each tell a flight, two men's (``score.other_flights``)?"""
        out = self.flights.get(stories)
        if out is None:
            fg, gd, gg = stories
            theirs = self._groups(gd).get(gg, ())
            out = self.flights[stories] = _score.other_flights(self.mine[fg], theirs)
        return out


class Linker(Outputs):
    """Links the events of extracted documents into incidents and cases.

    ``add()`` only compares the new documents' events with the candidates found in the block
    index; ``incidents()``/``cases()`` give every incident / case, rebuilding only the clusters of
    links that changed since (no re-scoring); ``changes()`` gives only the incidents and cases of
    those clusters, what vanished, and the new state rows (for a store that updates in place).
    Every pairwise decision depends only on the two documents involved, so the result does not
    depend on the order or batching of ``add()`` calls.
    """

    def __init__(
        self,
        threshold: float | None = None,
        dup_threshold: float = 0.4,
        cap: int | None = CAP,
        margin: float | None = None,
    ) -> None:
        self.threshold = _inc.threshold() if threshold is None else threshold
        # a pair this far below the threshold still links when it is a mutual best match: each
        # event's best candidate in the other's document (docs/linking.md, "Mutual best")
        self.margin = _inc.mutual_margin() if margin is None else margin
        # set to a set to collect the links (event numbers) that are mutual best matches (the
        # fit's threshold sweep: which of the links scored at one threshold another one keeps)
        self.mutual: set[tuple[int, int]] | None = None
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
            text = document_text(doc)
            # the article's capitalised words, for its events that name nobody (name_text) or
            # say no region (region_text)
            seen = None
            if any(not ev.get("names") or not ev.get("region") for ev in doc.get("events") or []):
                seen = names_seen(text) or None
            self.docs[did] = {
                "published": doc.get("published"),
                "language": doc.get("language"),
                "outlet": doc.get("outlet"),
                "url": doc.get("url"),
                "title": doc.get("title"),
                "n": len(doc.get("events") or []),
                "names_seen": tuple(sorted(seen)) if seen else None,
            }
            found = self.dups.add(did, text)
            self._new["docs"].append(did)
            recs: list[dict] = []
            keys: list[Key] = []
            base = self._ids.new_doc(did, len(doc.get("events") or []))
            for i, ev in enumerate(doc.get("events") or []):
                k = (did, i)  # one key object per event, shared by every structure
                self._ids.keys[base + i] = k
                rec = event_record(ev)
                rec.update(doc=did, idx=i, published=doc.get("published"))
                rec["evidence"] = evidence_text(ev)
                self.events[k] = rec
                self._comp.add_event(base + i)
                recs.append(rec)
                keys.append(k)
            mark_after_others(recs, doc.get("text"))
            mark_fresh_items(recs, doc.get("text"))
            for k, rec in zip(keys, recs, strict=True):
                if rec.get("after_others") or rec.get("fresh"):
                    self.events[k] = rec  # stored with the mark (a record of its own shape)
            feats = document_features(recs, seen)
            for f, k in zip(feats, keys, strict=True):
                f.key = k
            copies = self._copies(did, feats, found)
            self._link_document(did, feats, copies)
            added.append(did)
        return added

    def _doc_feats(self, did: str) -> list[Feat]:
        """The linking features of a stored document's events (none for an unknown one)."""
        b = self._ids.base.get(did)
        if b is None:
            return []
        feats = self._ids.feats
        return [f for i in range(self.docs.field(did, "n")) if (f := feats[b + i]) is not None]

    def _copies(self, did: str, feats: list[Feat], found: list[tuple[str, float]]) -> set[str]:
        """The documents the near-duplicate index found ``did`` a copy of, less those whose
        events contradict its own (``score.stories_conflict`` over the whole documents: two
        reports of different happenings that share boilerplate, an outlet's standard
        paragraphs, are not copies of one report); joins the copy groups."""
        if not found:
            return set()
        base_of, n_of = self._ids.base, self.docs.field
        kept = []
        for other, sim in found:
            if _score.stories_conflict(feats, self._doc_feats(other)):
                self.dups.pairs.pop(tuple(sorted((did, other))), None)
            else:
                kept.append((other, sim))
        moved = {did}
        for other, sim in kept:
            self._new["dups"].append([*sorted((did, other)), round(sim, 3)])
            moved.update(self._copy_group(did, other))
        # the reports of the incidents of the documents whose original changed are counted
        # anew (the others' copies and originals are as they were; the new document's events
        # are new anyway)
        for other in moved - {did}:
            self._touched.add(other)
            base = base_of.get(other)
            if base is not None:
                for i in range(n_of(other, "n")):
                    self._comp.touch(base + i)
        if kept:
            self._touched.add(did)
        return {other for other, _sim in kept}

    def _link_document(self, did: str, feats: list[Feat], copies: set[str]) -> None:
        # stories within the document (the groups computed with the features)
        first: dict[int, Key] = {}
        members: dict[int, list[int]] = defaultdict(list)
        said: dict[tuple[int, str], Key] = {}  # (story, sentence) -> its first event
        for n, f in enumerate(feats):
            members[f.group].append(n)
            if f.group in first:
                self._add_case_link(first[f.group], f.key)
                # two events of the story told in one sentence are tied by it too (the case
                # build takes such ties first: ``Components._build_cases``)
                mate = said.get((f.group, f.evidence)) if f.evidence else None
                if mate is not None and mate != first[f.group]:
                    self._add_case_link(mate, f.key)
            else:
                first[f.group] = f.key
            if f.evidence:
                said.setdefault((f.group, f.evidence), f.key)
        # two flights the article tells as one story's (one case, two story groups)
        for a, b in story_ties(feats, list(members.values())):
            self._add_case_link(feats[a].key, feats[b].key)
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
        vague = _score.unsingled
        threshold, record = self.threshold, self.record
        low = threshold - self.margin
        # pairs under the threshold that contradict nothing: linked if their stories are one
        # (``_same_story``)
        story_low = threshold - STORY_MARGIN
        near: dict[str, list[tuple]] = defaultdict(list)
        against = _score.AGAINST
        for f, g, x, st, su, s, stories, fe, ge in scored:
            if strong and strong.get(stories, 0) - (1 if st else 0) > 0:
                x["story_link"] = 1.0
                s += story_w  # = score.weigh(x, w): story_link and story_support come last in x
            if support:
                m = support.get(stories, 0) - (1 if su else 0)
                if m > 0:
                    x["story_support"] = float(min(m, 2))
                    s += support_w * x["story_support"]
            # a vague pair of two stories that contradict (only looked up where it can decide;
            # a side whose article writes the other's surname is not vague: name_text)
            if ((s >= low or record is not None) and (vague(f) or vague(g))
                    and "name_text" not in x):  # fmt: skip
                if conflicts.get(stories) - {f.type}:
                    x["story_conflict"] = 1.0
                    s += conflict_w
            if record is not None:
                record.append((f.key, g.key, x))
            if s >= low or (s >= story_low and against.isdisjoint(x)):
                # two stories whose flights are two flights are two men's: none of their
                # events is one happening, whatever the type the extraction gave it, unless
                # the pair's own names share a person (``score.other_flights``)
                if ("name_text" not in x and conflicts.other_flights(stories)
                        and name_strength(f.names, g.names) <= 0):  # fmt: skip
                    continue
                if s >= low:
                    by_doc[g.doc].append((s, f.key, g.key, fe, ge))
                else:
                    near[g.doc].append((s, f, g, fe, ge))
        # one-to-one between two documents, strongest first (symmetric tie-break); a pair under
        # the threshold (by at most the margin) links only as a mutual best match: no stronger
        # pair of the two documents holds either of its events
        mutual = self.mutual
        made: dict[str, list[tuple[Key, Key]]] = defaultdict(list)
        anchored: set[str] = set()  # documents with a flight linked to one of this one's
        kind = {f.key: f.type for f in feats} if near else None
        for gd, pairs in by_doc.items():
            pairs.sort(key=lambda t: (-t[0], min(t[1], t[2]), max(t[1], t[2])))
            used: set[Key] = set()
            seen: set[Key] = set()
            for s, a, b, ea, eb in pairs:
                best = a not in seen and b not in seen
                seen.update((a, b))
                if a in used or b in used or (s < threshold and not best):
                    continue
                used.update((a, b))
                if kind is not None:
                    made[gd].append((a, b))
                    if kind.get(a) in STORY_ANCHORS:
                        anchored.add(gd)
                if b < a:
                    ea, eb = eb, ea
                self._links.add(ea, eb, round(s, 3))
                self._comp.add_link(ea, eb)
                if mutual is not None and best:
                    mutual.add((ea, eb))
        for gd in anchored & near.keys():
            self._same_story(feats, made[gd], near[gd])
        for f, idx in zip(feats, keys, strict=True):
            self._file(f, idx)

    def _same_story(self, feats: list[Feat], made: list[tuple[Key, Key]],
                    near: list[tuple]) -> None:  # fmt: skip
        """Link the pairs ``near`` (this document's event, the other's: scored under the
        threshold by at most STORY_MARGIN, nothing in them contradicting) that two articles
        telling one story make one happening: the two story groups' flights are linked (``made``:
        the links just made between the documents), and each story tells the pair's type once
        and neither event is linked to the other document yet.  Two reports of one group's
        flight that agree on it (its region, its count) tell its detention with whatever the
        reports kept -- "four of them were caught", «большинство из них уже поймали» -- and
        the pair of detentions has only the story to agree on (train: three reports of ten men
        who left a unit by taxi).  A flight, not a verdict or an arrest: a court or a police
        force tells many men's, a flight is the story's own.  One-to-one, strongest first."""
        if not made:
            return
        other = near[0][2].doc
        mine = {f.key: f for f in feats}
        theirs = {f.key: f for f in self._doc_feats(other)}
        used: set[Key] = set()
        stories: set[tuple[int, int]] = set()
        for a, b in made:
            used.update((a, b))
            fa, fb = (mine.get(a), theirs.get(b)) if a in mine else (mine.get(b), theirs.get(a))
            if fa is not None and fb is not None and fa.type in STORY_ANCHORS:
                stories.add((fa.group, fb.group))
        if not stories:
            return
        told: Counter = Counter((f.group, f.type) for f in feats)
        told_there: Counter = Counter((g.group, g.type) for g in theirs.values())
        near = sorted(near, key=lambda t: (-t[0], min(t[1].key, t[2].key), max(t[1].key, t[2].key)))
        for s, f, g, fe, ge in near:
            if (f.group, g.group) not in stories or f.key in used or g.key in used:
                continue
            if told[(f.group, f.type)] != 1 or told_there[(g.group, g.type)] != 1:
                continue
            used.update((f.key, g.key))
            ea, eb = (fe, ge) if f.key < g.key else (ge, fe)
            self._links.add(ea, eb, round(s, 3))
            self._comp.add_link(ea, eb)

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
    def from_state(cls, state: dict, feature_cache: dict | None = None) -> Linker:
        """A linker from ``state()``, or from ``{"rows": ...}`` (every ``state_rows`` ever
        given, as a store keeps them).  ``feature_cache`` (document -> its events' features),
        given by a caller that rebuilds linkers from states with the SAME events (the fit's
        threshold sweep), computes each document's features once: a linker never changes a
        feature once filed."""
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
            seen = frozenset(lk.docs.field(doc, "names_seen") or ()) if doc in lk.docs else None
            recs = [r for _, r in items]
            feats = feature_cache.get(doc) if feature_cache is not None else None
            if feats is None:
                feats = document_features(recs, seen)
                if feature_cache is not None:
                    feature_cache[doc] = feats
            for (k, _), f in zip(items, feats, strict=True):
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
