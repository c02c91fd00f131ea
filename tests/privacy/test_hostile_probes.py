"""Names that no gold `names` field holds, told as a hostile tester would: in the headline, a
relative and a lawyer named only in the evidence, a surname alone, Russian names in oblique cases
(«Станислава Гурова объявили в розыск», «Гурову 29 лет»), an English paragraph inside a Russian
document.  None may appear in any default export (events in every format, incidents, cases) nor in
any anonymous page, API response or search; signed in (or with --with-names) they are there, so
the check can fail.  Invented texts; the test looks for each name's stem, so every inflection of
it counts (an independent check of the masker, which works from recognised spans)."""

from __future__ import annotations

import io
import json
import re
from urllib.parse import quote

import pytest

EN = """Deserter Ivan Petrov detained in Kursk

Ivan Petrov, 23, a contract soldier from Tver, deserted from his unit in the Belgorod region \
in March 2024, his mother, Larisa Gribova, told reporters.

Petrov was detained by military police in Kursk on May 5, 2024, according to his lawyer Anna \
Smirnova.

A court in Kursk sentenced Petrov to five years in a penal colony. Gribova said she would appeal.
"""
RU = """В Курске задержали дезертира Станислава Гурова

Станислава Гурова объявили в розыск в марте 2024 года после того, как он самовольно оставил \
воинскую часть в Белгородской области.

Гурову 29 лет, он служил по контракту. Его мать Ольга Саблина рассказала журналистам, что сын \
не хотел возвращаться на фронт.

Sergei Tikhonov, 31, another contract soldier from his unit, deserted in April 2024 and was \
detained in Voronezh, his wife Marina Tikhonova said.

5 мая 2024 года Гурова задержали в Курске. Гарнизонный суд приговорил Гурова к пяти годам \
колонии, сообщил адвокат Павел Кириллов.
"""
# stems: any inflection or possessive of each part of each person's name (and the URL slugs'
# transliterations)
PEOPLE = re.compile(
    r"Ivan\b|Petrov|Larisa|Gribov|Smirnov|Anna\b|Sergei|Tikhonov|Marina\b|"
    r"Станислав|Гуров|Ольг[аиеу]|Саблин|Павел|Павл[аеу]|Кириллов|gurov",
    re.IGNORECASE,
)
OUTPUTS = [("acled-csv", "events"), ("csv", "events"), ("jsonl", "events"),
           ("geojson", "events"), ("parquet", "events"), ("jsonl", "incidents"),
           ("jsonl", "cases")]  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from awol.ingest.sources import iter_sources
    from awol.model import Document
    from awol.store import Store
    from awol.store.ingest import ingest

    path = tmp_path_factory.mktemp("hostile") / "p.db"
    docs = [
        Document(origin="en-probe.txt", content=EN.encode(), id="en-probe", language="en",
                 url="https://example.org/news/ivan-petrov-detained", outlet="Invented News", published="2024-06-01"),
        Document(origin="ru-probe.txt", content=RU.encode(), id="ru-probe", language="ru",
                 url="https://example.org/news/gurova-zaderzhali", outlet="Выдуманные новости", published="2024-06-01"),
    ]  # fmt: skip
    assert iter_sources  # (the readers are tested elsewhere; here the documents are given)
    store = Store(f"sqlite:///{path}")
    summary = ingest(store, iter(docs))
    assert summary.failures == 0
    assert store.counts()["events"] >= 6
    store.close()
    return f"sqlite:///{path}"


def _export(db: str, fmt: str, what: str, with_names: bool) -> str:
    from awol.serve.export import export
    from awol.store import Store

    store = Store(db)
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            buf = io.BytesIO()
            export(store, fmt, buf, with_names=with_names)
            buf.seek(0)
            return json.dumps(pq.read_table(buf).to_pylist(), ensure_ascii=False, default=str)
        out = io.StringIO()
        export(store, fmt, out, with_names=with_names, what=what)
        return out.getvalue()
    finally:
        store.close()


@pytest.mark.parametrize("fmt, what", OUTPUTS)
def test_default_exports_name_no_one(db, fmt, what):
    found = sorted(set(PEOPLE.findall(_export(db, fmt, what, with_names=False))))
    assert not found, f"{fmt} {what}: {found}"


def test_exports_with_names_do_name_them(db):
    text = _export(db, "jsonl", "events", with_names=True)
    found = {f.lower() for f in PEOPLE.findall(text)}
    # the evidence keeps every mention: headline, relatives, lawyer, inflected forms, the English
    # paragraph of the Russian document
    assert {"petrov", "gribov", "smirnov", "гуров", "кириллов", "tikhonov"} <= found


def test_anonymous_views_name_no_one(db):
    from fastapi.testclient import TestClient

    from awol.query import Filters
    from awol.serve.app import create_app

    app = create_app(db)
    try:
        c = TestClient(app, base_url="https://testserver")
        q = app.state.awol.query
        urls = ["/", "/incidents", "/cases", "/events", "/figures", "/feed.atom",
                "/api/events?limit=500", "/api/incidents?limit=500", "/api/cases?limit=500",
                "/api/documents?limit=500", "/api/stats", "/api/export?format=csv",
                "/api/export?format=acled-csv", "/api/export?format=jsonl",
                "/api/export?format=geojson"]  # fmt: skip
        for x in q.cases(Filters(), limit=500, public=False).items:
            urls += [f"/cases/{quote(x['case_id'], safe='')}", f"/api/cases/{quote(x['case_id'], safe='')}"]  # fmt: skip
        for x in q.incidents(Filters(), limit=500, public=False).items:
            urls.append(f"/incidents/{quote(x['incident_id'], safe='')}")
        for d in q.documents(Filters(), limit=500, public=False).items:
            urls += [f"/documents/{quote(d['id'], safe='')}", f"/api/documents/{quote(d['id'], safe='')}"]  # fmt: skip
        for e in q.events(Filters(), limit=500, public=False).items:
            urls.append(f"/api/events/{e['event_id']}")
        leaks = {}
        for url in urls:
            r = c.get(url)
            assert r.status_code == 200, (url, r.status_code)
            if found := sorted(set(PEOPLE.findall(r.text))):
                leaks[url] = found
        assert not leaks, leaks
        # nor can an anonymous search find them by name, in any form
        for s in ("Petrov", "Gribova", "Гурова", "Саблина", "Tikhonov"):
            for path in ("/api/events", "/api/incidents", "/api/cases", "/api/documents"):
                r = c.get(path, params={"q": s})
                assert r.status_code == 200 and r.json()["total"] == 0, (path, s)
        # the document page signed out shows the text masked; the page exists (the check can
        # fail: the raw text holds every name)
        assert PEOPLE.search(q.document("ru-probe", public=False)["text"])
    finally:
        app.state.awol.store.close()
