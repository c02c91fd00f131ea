"""What the linker gives out: incidents and cases built from its components (all of them, or
only those that changed since the last call: ``changes()``), as a mixin of
:class:`~awol.link.linker.Linker` (which keeps the documents, events, links and components)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from awol.link import cases as _cases
from awol.link import timeline as _timeline
from awol.link.reconcile import reconcile as _reconcile
from awol.link.text import name_parts

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


class _Implied:
    """The story people of unnamed events (``Outputs._implied_people``), read once per document
    during one pass over the outputs: an incident used to read every event of its documents, so
    a document of N events cost N x N (a remembered document is forgotten after ``MAX``)."""

    MAX = 50_000

    def __init__(self, linker: Outputs) -> None:
        self.linker = linker
        self.docs: dict[str, dict[Key, list[str]]] = {}
        self.reads = 0  # documents read (for tests)

    def get(self, k: Key) -> list[str] | None:
        doc = self.docs.get(k[0])
        if doc is None:
            if len(self.docs) >= self.MAX:
                self.docs.clear()
            n = self.linker.docs.field(k[0], "n")
            doc = self.linker._implied_people([(k[0], i) for i in range(n)])
            self.docs[k[0]] = doc
            self.reads += 1
        return doc.get(k)


class Outputs:
    """Incidents, cases and changes (a mixin: the attributes are the ``Linker``'s)."""

    def incidents(self) -> list[dict]:
        """Every incident (singletons too), by incident id."""
        return list(self.iter_incidents())

    def cases(self) -> list[dict]:
        """Every case with its status timeline, by case id."""
        return list(self.iter_cases())

    def outputs(self) -> tuple[list[dict], list[dict]]:
        """``(incidents(), cases())`` from one build of every incident (the two calls build
        each incident twice: once for itself, once for its case)."""
        incs: list[dict] = []
        cases: list[dict] = []
        for built, case_rows in self._by_case():
            incs.extend(built)
            cases.extend(case_rows)
        incs.sort(key=lambda d: d["incident_id"])
        return incs, cases

    def iter_incidents(self) -> Iterator[dict]:
        """The incidents of ``incidents()``, in the same order, built one at a time (a million
        events' incident dicts take ~1.7 GB: a consumer writing them out need not hold them)."""
        plan = sorted(
            ((iid, cid, ids) for cid, incs in self._plan() for iid, ids in incs),
            key=lambda t: t[0],
        )
        dup_of = self.duplicate_of()
        implied = _Implied(self)
        for _iid, cid, ids in plan:
            yield self._built([self._ids.keys[i] for i in ids], cid, dup_of, implied)

    def iter_cases(self) -> Iterator[dict]:
        """The cases of ``cases()``, in the same order, built one at a time (with the incidents
        of one case at a time)."""
        for _built, case_rows in self._by_case():
            yield from case_rows

    def _by_case(self) -> Iterator[tuple[list[dict], list[dict]]]:
        """(its incidents, its case rows) for every case, by case id: each incident built once."""
        plan = sorted(self._plan(), key=lambda t: t[0])
        dup_of = self.duplicate_of()
        keyof = self._ids.keys
        implied = _Implied(self)
        for cid, incs in plan:
            built = [self._built([keyof[i] for i in ids], cid, dup_of, implied) for _, ids in incs]
            yield built, self._cases_of(built, dup_of)

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

    def _built(
        self, ks: list[Key], case_id: str, dup_of: dict[str, str], implied: _Implied
    ) -> dict:
        """The incident of the events ``ks`` (in ``_order``), as ``_outputs`` builds it."""
        inc = self._incident(ks, case_id, dup_of)
        people = _cases.story_people(inc, [p for k in ks if (p := implied.get(k)) is not None])
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

    def _record(self, k: Key) -> dict:
        """The event's fields as given out: its record, without the names the linker does not
        use (``features._drop_carried_names``: a name the extraction carried into another
        story's sentences names nobody in the incident, its case's people or timeline)."""
        rec = self.events[k]
        if rec.get("names"):
            f = self._ids.feats[self._ids.id(k)]
            if f is not None and not f.names:
                return {**rec, "names": []}
        return rec

    def _incident(self, ks: list[Key], case_id: str, dup_of: dict[str, str]) -> dict:
        evs = [self._record(k) for k in ks]
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
            for i, people in _cases.implied_people([self._record(k) for k in ks]).items():
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
            tl = _timeline.timeline(members, published, dup_of)
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
                "summary": _timeline.status_summary(tl[-1] if tl else None),
            })  # fmt: skip
        return out
