"""Giving out incidents and cases builds what it yields once: outputs() builds each incident
once for both lists, and a pass reads each document's story people once (a document of N
events used to cost N x N: every incident re-read all events of its documents)."""

from __future__ import annotations

from awol.link import Linker
from awol.link import outputs as outputs_mod

from .test_link import _bench_docs, doc, ev


def test_outputs_are_incidents_and_cases():
    lk = Linker()
    lk.add(_bench_docs(800))
    incs, cases = lk.outputs()
    assert incs == lk.incidents() == list(lk.iter_incidents())
    assert cases == lk.cases() == list(lk.iter_cases())
    assert any(len(c["incidents"]) > 1 for c in cases)


def _long_document(n: int) -> dict:
    # one roundup naming n soldiers who fled, each then detained (story groups in one document)
    events = []
    for i in range(n):
        events.append(ev("desertion", "2024-03-01", "RU-ROS", names=[f"Ivan Petrov{i}"]))
        events.append(ev("detention", "2024-03-05", "RU-ROS", who="the deserter"))
    return doc("long", "2024-03-10", events)


def test_a_pass_reads_each_document_once(monkeypatch):
    lk = Linker()
    lk.add([_long_document(60), *_bench_docs(200)])
    calls: list[int] = []
    real = Linker._implied_people

    def counted(self, keys):  # noqa: ANN001, ANN202
        calls.append(len(keys))
        return real(self, keys)

    monkeypatch.setattr(Linker, "_implied_people", counted)
    n_docs = len({d for inc in lk.incidents() for d, _ in inc["events"]})
    assert len(calls) == n_docs  # one read per document, not one per incident
    calls.clear()
    lk.outputs()
    assert len(calls) == n_docs
    calls.clear()
    list(lk.iter_cases())
    assert len(calls) == n_docs


def test_story_people_unchanged_by_the_memo():
    lk = Linker()
    lk.add([_long_document(20)])
    per_incident = {}
    for inc in lk.incidents():
        per_incident[inc["incident_id"]] = inc.get("story_people")
    memo = outputs_mod._Implied(lk)
    for inc in lk.incidents():
        ks = [tuple(e) for e in inc["events"]]
        direct = lk._implied_people([("long", i) for i in range(40)])
        assert [direct[k] for k in ks if k in direct] == [
            p for k in ks if (p := memo.get(k)) is not None
        ]
    assert memo.reads == 1
