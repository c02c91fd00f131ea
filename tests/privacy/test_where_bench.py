"""The surfaces benchmark's record-by-record reading (benchmarks/bench_privacy_where.py): each
output is cut into its records with their documents, each form is told by its field, its token
and what its own record's document makes of it.  Invented records and names."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "privacy"))

from bench_privacy_where import (  # noqa: E402
    DocReading,
    _token,
    describe_records,
    records_of,
)


def test_outputs_are_cut_into_records_with_their_documents():
    jsonl = "\n".join(json.dumps({"document_id": d, "title": "t"}) for d in ("a", "b"))
    assert [docs for docs, _ in records_of(jsonl)] == [{"a"}, {"b"}]
    api = json.dumps({"items": [{"event_id": "e", "document_id": "c"}], "total": 1})
    assert [docs for docs, _ in records_of(api)] == [{"c"}]
    csv_text = "event_id,document_id,source\r\ne1,d,x\r\n"
    ((docs, row),) = records_of(csv_text)
    assert docs == {"d"} and row["source"] == "x"
    incident = json.dumps({"incident_id": "i", "events": [["d1", 0], ["d2", 1]]})
    assert records_of(incident)[0][0] == {"d1", "d2"}
    assert records_of("<html><p>x</p></html>", {"p"}) == [({"p"}, "<html><p>x</p></html>")]
    parts = "year=2024/month=05/part-0.parquet\n" + json.dumps([{"document_id": "e"}])
    assert [docs for docs, _ in records_of(parts)] == [None, {"e"}]


def test_tokens_are_told_apart():
    url = "see https://rostov-news.example.org/2024/petrov-detained today"
    assert _token(url, url.index("rostov"), url.index("rostov") + 6) == "url host"
    assert _token(url, url.index("petrov"), url.index("petrov") + 6) == "url path"
    tag = "#FreePetrov now"
    assert _token(tag, 5, 11) == "in a longer token"
    text = "Petrov fled; then petrov"
    assert _token(text, 0, 6) == "capitalised word"
    assert _token(text, 18, 24) == "lower-case word"


def test_a_form_is_a_person_only_where_its_own_document_names_one():
    docs = {
        "own": {"id": "own", "text": "Private Zorkin fled his unit.", "title": ""},
        "other": {"id": "other", "text": "Soldiers fled the town.", "title": ""},
    }
    reading = DocReading(docs, {"own": {"Ivan Zorkin"}}, {"own": [], "other": []}, {})
    assert reading.of("zorkin", {"own"}) == "gold person"
    assert reading.of("zorkin", {"other"}) == "not in its text"
    assert reading.of("zorkin", None) == "record unknown"
    masker = DocReading(docs, {}, {"own": ["Ivan Zorkin"]}, {})
    assert masker.of("Zorkin", {"own"}) == "masker's name"
    pieces = {
        "export jsonl": [
            (
                "\n".join(
                    json.dumps({"document_id": d, "url": f"https://x.example/n/zorkin-{d}"})
                    for d in ("own", "other")
                ),
                None,
            )
        ]
    }
    rows, per_label = describe_records(
        pieces, {"Ivan Zorkin"}, reading, lambda w: False, frozenset(), lambda label: "export"
    )
    assert per_label["export jsonl"]["person"] == 1
    assert per_label["export jsonl"]["not a person there"] == 1
    assert {(r["field"], r["token"], r["person"]) for r in rows} == {
        ("url", "url path", "yes"),
        ("url", "url path", "no"),
    }
