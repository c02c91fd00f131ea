"""The review desk: validated corrections, confirm, reject, add, merge, split, audit, undo;
decisions survive re-extraction and re-linking; reviewed documents export as gold."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from tests.serve.conftest import csrf_of

from awol.query import Filters


def _events(app) -> list[dict]:
    return app.state.awol.query.events(Filters(), limit=500, public=False).items


def _state(app):
    st = app.state.awol.store
    return st.counts()["overrides"], st.audit_log(), st.decisions()


BAD = [
    ("count", "many", "whole number"),
    ("count", -3, "whole number"),
    ("date", "2024-13-45", "date"),
    ("date", "yesterday", "date"),
    ("region", "RU-XYZ", "region"),
    ("region", "Rostov", "region"),
    ("country", "Narnia", "country"),
    ("type", "picnic", "type"),
    ("armed", "maybe", "armed"),
    ("count_qualifier", "lots", "count_qualifier"),
]


@pytest.mark.parametrize(("field", "value", "reason"), BAD)
def test_an_invalid_correction_gets_a_clear_4xx_and_changes_nothing(
    app, editor, field, value, reason
):
    key = _events(app)[0]["event_id"]
    before_event = app.state.awol.query.event(key, public=False)
    before = _state(app)
    tok = csrf_of(editor.get("/review").text)
    r = editor.post(f"/api/events/{key}/corrections", json={"field": field, "value": value},
                    headers={"X-CSRF-Token": tok})  # fmt: skip
    assert r.status_code == 422, r.text
    assert field in r.json()["detail"] and reason.split()[-1] in r.json()["detail"].lower()
    r = editor.post(f"/review/events/{key}/correct",
                    data={"csrf_token": tok, "field": field, "value": str(value)})  # fmt: skip
    assert r.status_code == 422 and field in r.text
    assert _state(app) == before
    assert app.state.awol.query.event(key, public=False) == before_event


def test_an_unknown_field_or_event_is_refused(app, editor):
    tok = csrf_of(editor.get("/review").text)
    key = _events(app)[0]["event_id"]
    r = editor.post(f"/api/events/{key}/corrections", json={"field": "evidence", "value": "x"},
                    headers={"X-CSRF-Token": tok})  # fmt: skip
    assert r.status_code == 422 and "evidence" in r.json()["detail"]
    r = editor.post("/api/events/nope/corrections", json={"field": "count", "value": 2},
                    headers={"X-CSRF-Token": tok})  # fmt: skip
    assert r.status_code == 404


def test_a_reader_cannot_review(app, reader):
    key = _events(app)[0]["event_id"]
    tok = csrf_of(reader.get("/account").text)
    r = reader.post(f"/review/events/{key}/confirm", data={"csrf_token": tok})
    assert r.status_code == 403


def test_correct_shows_everywhere_is_audited_and_undone(app, editor):
    ev = next(e for e in _events(app) if e["type"] == "desertion" and e.get("count") != 77)
    key = ev["event_id"]
    tok = csrf_of(editor.get("/review").text)
    r = editor.post(f"/review/events/{key}/correct",
                    data={"csrf_token": tok, "field": "count", "value": "77", "next": "/review"},
                    follow_redirects=False)  # fmt: skip
    assert r.status_code == 303
    assert editor.get(f"/api/events/{key}").json()["count"] == 77
    assert "77" in editor.get(f"/documents/{ev['document_id']}").text
    a = editor.get("/api/audit").json()[0]
    assert (a["who"], a["action"], a["field"]) == ("editor", "correct", "count")
    assert a["before"]["value"] == ev["count"] and a["after"] == {"value": 77}
    # the dashboard counts it as reviewed
    assert editor.get("/api/events?reviewed=true").json()["total"] == 1
    r = editor.post(f"/audit/{a['id']}/undo", data={"csrf_token": tok}, follow_redirects=False)
    assert r.status_code == 303
    assert editor.get(f"/api/events/{key}").json()["count"] == ev["count"]
    log = editor.get("/api/audit").json()
    assert log[0]["action"] == "undo" and log[0]["undoes"] == a["id"] and log[1]["undone"]
    r = editor.post(f"/audit/{a['id']}/undo", data={"csrf_token": tok})
    assert r.status_code == 409


def test_reject_and_confirm(app, editor):
    evs = _events(app)
    k1, k2 = evs[0]["event_id"], evs[1]["event_id"]
    tok = csrf_of(editor.get("/review").text)
    total = editor.get("/api/events").json()["total"]
    editor.post(f"/review/events/{k1}/reject", data={"csrf_token": tok})
    assert editor.get("/api/events").json()["total"] == total - 1
    editor.post(f"/review/events/{k2}/confirm", data={"csrf_token": tok})
    assert editor.get(f"/api/events/{k2}").json()["reviewed"] is True
    queue = {e["event_id"] for e in editor.get("/api/review/queue?limit=500").json()}
    assert k1 not in queue and k2 not in queue


def test_queue_puts_most_needed_first(app, editor):
    q = editor.get("/api/review/queue?limit=500").json()
    needs = [e["need"] for e in q]
    assert needs == sorted(needs, reverse=True) and q[0]["reasons"]


def test_decisions_survive_reextraction_and_relinking(app, editor):
    from awol.store.ingest import reextract

    store = app.state.awol.store
    q = app.state.awol.query
    ev = next(e for e in _events(app) if e.get("incident_id"))
    tok = csrf_of(editor.get("/review").text)
    editor.post(f"/review/events/{ev['event_id']}/correct",
                data={"csrf_token": tok, "field": "region", "value": "RU-ROS"})  # fmt: skip
    incs = q.incidents(Filters(), limit=500, public=False).items
    a, b = incs[0]["incident_id"], incs[1]["incident_id"]
    keys = set(q.incident(a, public=False)["event_keys"]) | set(q.incident(b, public=False)["event_keys"])  # fmt: skip
    editor.post("/review/merge", data={"csrf_token": tok, "incident_id": a, "other": b})
    summary = reextract(store, everything=True)
    assert summary.failures == 0
    q.invalidate()
    assert q.event(ev["event_id"], public=False)["region"] == "RU-ROS"
    merged = [i for i in q.incidents(Filters(), limit=500, public=False).items if keys <= set(i["event_keys"])]  # fmt: skip
    assert len(merged) == 1


def test_merge_and_split(app, editor):
    q = app.state.awol.query
    incs = q.incidents(Filters(), limit=500, public=False).items
    n = len(incs)
    a, b = incs[0], incs[1]
    tok = csrf_of(editor.get("/review").text)
    r = editor.post("/review/merge", data={"csrf_token": tok, "incident_id": a["incident_id"],
                                           "other": b["incident_id"]}, follow_redirects=False)  # fmt: skip
    assert r.status_code == 303
    assert editor.get("/api/incidents?limit=500").json()["total"] == n - 1
    merged = next(i for i in q.incidents(Filters(), limit=500, public=False).items
                  if set(a["event_keys"]) <= set(i["event_keys"]))  # fmt: skip
    moved = b["event_keys"][:1]
    r = editor.post("/review/split", data={"csrf_token": tok, "incident_id": merged["incident_id"],
                                           "event": moved}, follow_redirects=False)  # fmt: skip
    assert r.status_code == 303
    assert editor.get("/api/incidents?limit=500").json()["total"] == n
    r = editor.post("/review/merge", data={"csrf_token": tok, "incident_id": a["incident_id"], "other": "nope"})  # fmt: skip
    assert r.status_code == 404


def test_add_a_missed_event_by_its_evidence_span(app, editor):
    store = app.state.awol.store
    doc = store.document("en-02")
    start = doc["text"].index(". ") + 2
    end = doc["text"].index(".", start) + 1
    tok = csrf_of(editor.get("/documents/en-02").text)
    n = editor.get("/api/events?limit=1").json()["total"]
    r = editor.post("/review/add-event", data={"csrf_token": tok, "document_id": "en-02",
                    "type": "wanted", "start": str(start), "end": str(end), "count": "2",
                    "region": "RU-VOR"}, follow_redirects=False)  # fmt: skip
    assert r.status_code == 303
    assert editor.get("/api/events?limit=1").json()["total"] == n + 1
    added = [e for e in editor.get("/api/documents/en-02").json()["events"] if e["manual"]]
    assert added[0]["evidence"]["text"] == doc["text"][start:end] and added[0]["count"] == 2
    r = editor.post("/review/add-event", data={"csrf_token": tok, "document_id": "en-02",
                    "type": "wanted", "start": "5", "end": "999999"})  # fmt: skip
    assert r.status_code == 422 and "evidence" in r.text
    r = editor.post("/review/add-event", data={"csrf_token": tok, "document_id": "en-02",
                    "type": "wanted", "start": "5", "end": "40", "date": "soon"})  # fmt: skip
    assert r.status_code == 422 and "date" in r.text
    assert editor.get("/api/events?limit=1").json()["total"] == n + 1


def test_gold_export_scores_the_extractor_against_the_corrections(app, editor, db_path):
    from awol.cli import main
    from awol.evaluate.events import score

    q = app.state.awol.query
    doc_events = [e for e in _events(app) if e["document_id"] == "en-01"]
    tok = csrf_of(editor.get("/review").text)
    for e in doc_events[1:]:
        editor.post(f"/review/events/{e['event_id']}/confirm", data={"csrf_token": tok})
    wrong = doc_events[0]
    editor.post(f"/review/events/{wrong['event_id']}/correct",
                data={"csrf_token": tok, "field": "count", "value": str((wrong["count"] or 0) + 5)})  # fmt: skip
    # gold holds names: never by default
    res = CliRunner().invoke(main, ["export", "--format", "gold", "--db", f"sqlite:///{db_path}"])
    assert res.exit_code == 2 and "--with-names" in res.output and not res.stdout.startswith("{")
    res = CliRunner().invoke(
        main, ["export", "--format", "gold", "--with-names", "--db", f"sqlite:///{db_path}"]
    )
    assert res.exit_code == 0, res.output
    gold = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    assert [g["id"] for g in gold] == ["en-01"]
    assert isinstance(gold[0]["events"][0]["evidence"], str)
    pred = [app.state.awol.store.extraction("en-01")]
    s = score(gold, pred)
    assert s["events"]["f1"] == 1.0
    assert s["field_accuracy"]["count"] < 1.0  # the extractor is scored against the correction
    fixed = [e for e in q.gold()[0]["events"] if e["evidence"] == wrong["evidence"]["text"]]
    assert [e["count"] for e in fixed if e["type"] == wrong["type"]] == [(wrong["count"] or 0) + 5]
