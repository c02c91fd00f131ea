"""Person names in every public surface, counted per surface, as a reader without a login sees them.

    .venv/bin/python benchmarks/bench_privacy_surfaces.py corpus/dev
    .venv/bin/python benchmarks/bench_privacy_surfaces.py ../shared/corpus/real --split train
    .venv/bin/python benchmarks/bench_privacy_surfaces.py --hostile       # invented hostile texts

Ingests the corpus into a temporary SQLite database (``--split train``: only the documents of
that split of ``splits.json``, read in place through symbolic links in a temporary folder) and
counts the forms of its gold names (every inflection, either script, a part alone:
tests/privacy/audit.py) in: every default export (``awol export`` events in each format,
incidents, cases, ``--format gold``, ``--partitioned`` Parquet), every anonymous API response
(lists, single records, stats, search, downloads, error messages), every anonymous web page
(HTML with its titles, meta tags, links and embedded JSON) and the Atom feed, and the ids and
URLs that name a record.  ``--hostile`` does the same over invented documents whose people the
gold does not list (relatives, lawyers, call signs, hyphenated and common-word surnames, names
in ids and URL slugs, ALL-CAPS, names split by a line break).  ``--show N`` prints N leaked forms
per surface (only for --hostile and corpus/dev: for real texts a count and a hash, never a name).
A form counts as a homonym, apart from the leaks, only where the OUTPUT shows the other reading
where it stands (``audit.reading``): a place the gazetteer resolves there with a place
preposition or a settlement word before it ("в Ростове", "the town of Artyom"), inside a longer
place ("Ростов-на-Дону"), coordinated with a place ("Ростова и Кубани"), in a place field (a
JSON key, a region code before it, a table cell its codes or coordinates follow), a
transliterated place after a transliterated preposition in a URL slug ("/v-rostove-"); or a
lower-case dictionary word (no given name) in the middle of a sentence of prose; or a word of an
outlet's name or web host (the manifest's) that is a place, in an outlet naming no given name
("Rostov.blog", "https://rostov.blog/...").  The word alone
decides nothing: "Artyom" the town with nothing around it is a leak like "Artyom" the man.
"records by id, own names" counts, in every record opened by its id, the forms of the names its
own documents' gold lists: the person the record's article names (the other leaks are words of
one article that are a person's name in another).  A search by a name counts when it returns
a record of a document that names the person or records that show a form of the name; one that
only finds other documents' records showing the word as a place, a common word or inside
another word is counted on a line of its own, outside the total.

Over-masking: every document's text as the anonymous document page shows it, against its stored
text: the masked spans that are a form of a gold name, a place the gazetteer knows, a common
word (the dictionary knows it with no name reading, or it is written in lower case elsewhere in
the corpus) or another word (most often a person the gold does not list), and the share of words
masked.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpus" / "dev"
sys.path.insert(0, str(ROOT / "tests" / "privacy"))

from audit import (  # noqa: E402
    digest,
    gold_names,
    leaks,
    name_form_spans,
    outlets_of,
    overmasked,
    split_folder,
)
from bench_privacy_kinds import Sources, describe, report  # noqa: E402


def _ingest(folder: Path, db: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "awol", "ingest", str(folder), "--db", db, "--no-progress"],
        check=False,
        capture_output=True,
    )


def _exports(db: str, tmp: Path) -> dict[str, str]:
    """label -> text of each default export."""
    from awol.serve.export import export
    from awol.store import Store

    out: dict[str, str] = {}
    store = Store(db)
    try:
        for fmt in ("acled-csv", "csv", "jsonl", "geojson"):
            buf = io.StringIO()
            export(store, fmt, buf)
            out[f"export {fmt}"] = buf.getvalue()
        import pyarrow.parquet as pq

        buf2 = io.BytesIO()
        export(store, "parquet", buf2)
        buf2.seek(0)
        out["export parquet"] = json.dumps(pq.read_table(buf2).to_pylist(), ensure_ascii=False, default=str)  # fmt: skip
        for what in ("incidents", "cases"):
            buf = io.StringIO()
            export(store, "jsonl", buf, what=what)
            out[f"export {what}"] = buf.getvalue()
    finally:
        store.close()
    part = tmp / "parts"
    r = subprocess.run(
        [sys.executable, "-m", "awol", "export", "--db", db, "--format", "parquet",
         "--partitioned", str(part)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if r.returncode == 0:
        import pyarrow.parquet as pq

        texts = [str(p.relative_to(part)) for p in sorted(part.rglob("*"))]
        for f in sorted(part.rglob("*.parquet")):
            texts.append(json.dumps(pq.read_table(f).to_pylist(), ensure_ascii=False, default=str))
        out["export parquet --partitioned"] = "\n".join(texts)
    r = subprocess.run(
        [sys.executable, "-m", "awol", "export", "--db", db, "--format", "gold"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    out["export gold"] = r.stdout
    return out


def _web(
    db: str,
    records: list[tuple[str, str, set[str]]] | None = None,
    pieces: dict[str, list[tuple[str, set[str] | None]]] | None = None,
) -> dict[str, str]:
    """label -> concatenated text of every anonymous response of one kind; ``records`` gets
    ``(label, text, stored ids of its documents)`` of every record opened by its id, and
    ``pieces`` every response apart (its URL, its text with the public ids of its documents
    where it is one record opened by its id)."""
    from fastapi.testclient import TestClient

    from awol.query import Filters
    from awol.serve.app import create_app

    app = create_app(db)
    out: dict[str, list[str]] = {}
    try:
        c = TestClient(app, base_url="https://testserver")
        q = app.state.awol.query

        from awol.privacy import public_id

        q.dashboard(Filters(), public=True)  # the database's public-id key
        raw = {public_id(d["id"]): d["id"] for d in q.documents(Filters(), limit=500, public=False).items}  # fmt: skip

        def get(label: str, url: str, docs: Iterable[str] | None = None, **params: str) -> dict | None:  # fmt: skip
            r = c.get(url, params=params or None)
            # the response only (the URL asked for is the reader's own; a page asked for by an
            # id that names someone redirects: its final URL is counted)
            out.setdefault(label, []).append(f"{r.url}\n{r.text}")
            if pieces is not None:
                one = set(docs) if docs is not None else None
                pieces.setdefault(label, []).extend([(str(r.url), one), (r.text, one)])
            if docs is not None and records is not None:
                records.append((label, f"{r.url}\n{r.text}", {raw.get(d, d) for d in docs}))
            try:
                return r.json()
            except ValueError:
                return None

        for url in ("/", "/incidents", "/cases", "/events", "/figures"):
            get(f"page {url}", url)
        get("feed.atom", "/feed.atom")
        for p in ("events", "incidents", "cases", "documents", "figures"):
            get(f"api /api/{p}", f"/api/{p}", limit="500")
        get("api /api/stats", "/api/stats")
        for fmt in ("csv", "acled-csv", "jsonl", "geojson"):
            get("api /api/export", "/api/export", format=fmt)
        # every record an anonymous reader can open, by the links the public lists give
        evs = (get("api /api/events", "/api/events", limit="500") or {}).get("items", [])
        incs = (get("api /api/incidents", "/api/incidents", limit="500") or {}).get("items", [])
        cases = (get("api /api/cases", "/api/cases", limit="500") or {}).get("items", [])
        docs = (get("api /api/documents", "/api/documents", limit="500") or {}).get("items", [])
        for e in evs:
            get("api /api/events/{id}", f"/api/events/{quote(e['event_id'], safe='')}", _documents(e))  # fmt: skip
        for i in incs:
            get("page /incidents/{id}", f"/incidents/{quote(i['incident_id'], safe='')}", _documents(i))  # fmt: skip
            get("api /api/incidents/{id}", f"/api/incidents/{quote(i['incident_id'], safe='')}", _documents(i))  # fmt: skip
        for x in cases:
            get("page /cases/{id}", f"/cases/{quote(x['case_id'], safe='')}", _documents(x))
            get("api /api/cases/{id}", f"/api/cases/{quote(x['case_id'], safe='')}", _documents(x))  # fmt: skip
        for d in docs:
            get("page /documents/{id}", f"/documents/{quote(d['id'], safe='')}", {d["id"]})
            get("api /api/documents/{id}", f"/api/documents/{quote(d['id'], safe='')}", {d["id"]})  # fmt: skip
        # the raw ids too (a reader who knows a document's file name or URL)
        for d in q.documents(Filters(), limit=500, public=False).items:
            get("page /documents/{raw id}", f"/documents/{quote(d['id'], safe='')}", {public_id(d["id"])})  # fmt: skip
        # search by a name: every gold name part, in each endpoint (a hit is a record found by
        # a person's name: its text is counted)
        out["_search_terms"] = []
    finally:
        app.state.awol.store.close()
    return {k: "\n".join(v) for k, v in out.items() if not k.startswith("_")}


_JSON_KEY = re.compile(r'"[a-z][a-z0-9_]*"(?=\s*:)')
# the keys of the place fields stay: they show the word after them as a place
_PLACE_KEYS = frozenset({'"place_text"', '"admin1"', '"place"'})
_TAG_NAME = re.compile(r"(?<=<)/?[a-zA-Z][\w-]*")
_ATTR_NAME = re.compile(r"(?<=\s)[a-zA-Z][\w:-]*(?==)")
_CSV_HEADER = re.compile(r"(?m)^[a-z][a-z0-9_]*(?:,[a-z][a-z0-9_]*)+\r?$")


def readable(text: str) -> str:
    """``text`` without the words of the format itself, which no reader reads as words of a
    record: JSON keys ("marks", "segments"), HTML tag and attribute names ("<mark", "title="),
    CSV header rows.  Values, attribute values (titles, alt texts, links) and text all stay
    (a key is an identifier of the schema: "marks" is no form of a man called Mark)."""
    text = _JSON_KEY.sub(lambda m: m.group() if m.group() in _PLACE_KEYS else '""', text)
    text = _TAG_NAME.sub("", text)
    text = _ATTR_NAME.sub("", text)
    return _CSV_HEADER.sub("", text)


def place_homonym(form: str) -> bool:
    """Is the capitalised Cyrillic ``form`` (found as a form of a person's name) read first as
    a place by the dictionary (pymorphy3 ``Geox``: "Ростов", "Ростова") and as a place by the
    gazetteer after a preposition ("из Ростова")?  Reported apart from the leaks: the audit
    counts the names of every document of the corpus in every record, so the city in an article
    about someone else is found as a form of a man called Ростов."""
    from awol.extract.places import get_gazetteer, get_morph

    if not form[:1].isupper() or not re.search(r"[А-Яа-яЁё]", form):
        return False
    parses = get_morph().parse(form)
    if not parses or "Geox" not in parses[0].tag:
        return False
    gaz = get_gazetteer()
    for p in ("в ", "из ", "до "):
        if any(m.start == len(p) and m.end == len(p) + len(form) for m in gaz.find(p + form, "ru")):
            return True
    return False


def transliterated_places(folder: Path) -> Callable[[str], bool]:
    """A test for a lower-case Latin form (a URL slug's word): is it the transliteration of a
    Cyrillic word of the corpus that :func:`place_homonym` reads as a place ("rostove" of "в
    Ростове")?  The slug of an article about a town spells the town, not a man of that name."""
    from awol.extract.names import name_key

    by_key: dict[str, set[str]] = {}
    for p in folder.glob("*.txt"):
        text = p.read_text(encoding="utf-8", errors="replace")
        for w in set(re.findall(r"\b[А-ЯЁ][а-яё]{2,}\b", text)):
            by_key.setdefault(name_key(w).replace(" ", ""), set()).add(w)

    def test(form: str) -> bool:
        if not form.islower() or re.search(r"[А-Яа-яЁё]", form):
            return False
        return any(place_homonym(w) for w in by_key.get(name_key(form).replace(" ", ""), ()))

    return test


def _search(
    db: str,
    names_by_doc: dict[str, set[str]],
    skip: frozenset[str],
    slug_place: Callable[[str], bool],
    apart: list[str],
    outlets: frozenset[str] = frozenset(),
) -> tuple[int, int, list[str]]:
    """(name searches, searches that found a person, sample) for an anonymous reader.

    Every part of every gold name is searched for in each list endpoint.  A search finds the
    person when it returns a record of a document whose gold names them (the records that name
    them: whatever the record shows) or when the records it matches show a form of the name
    that is no homonym (the events a text search matches are the evidence of what matched:
    incidents, cases and documents are found through them).  A search that only finds records
    of other documents that show the word as a place, a common word or inside another word
    ("Roman" in "romantic") goes to ``apart`` instead: the search found a word, not a person."""
    from fastapi.testclient import TestClient

    from awol.privacy import public_id
    from awol.query import Filters
    from awol.serve.app import create_app

    app = create_app(db)
    tried, found, sample = 0, 0, []
    try:
        c = TestClient(app, base_url="https://testserver")
        app.state.awol.query.dashboard(Filters(), public=True)  # the database's public-id key
        owners: dict[str, set[str]] = {}
        for doc, names in names_by_doc.items():
            for n in names:
                for p in re.findall(r"[^\W\d_]{4,}", n):
                    owners.setdefault(p, set()).add(public_id(doc))
        # a name that is also a trap word of the hostile articles ("Мороз ударил") finds them
        parts = [p for p in sorted(owners) if p not in skip]
        for part in parts:
            shown: list[str] | None = None
            for path in ("/api/events", "/api/incidents", "/api/cases", "/api/documents", "/api/figures"):  # fmt: skip
                r = c.get(path, params={"q": part, "limit": "500"})
                tried += 1
                if r.status_code != 200 or not r.json().get("total"):
                    continue
                docs = {d for it in r.json().get("items", []) for d in _documents(it)}
                if path in ("/api/events", "/api/figures") or shown is None:
                    ev = (
                        r
                        if path in ("/api/events", "/api/figures")
                        else c.get("/api/events", params={"q": part, "limit": "500"})
                    )
                    shown = leaks(readable(ev.text), [part], slug_place, outlets)
                if docs & owners[part] or shown:
                    found += 1
                    sample.append(f"{path}?q={part}")
                else:
                    apart.append(f"{path}?q={part}")
    finally:
        app.state.awol.store.close()
    return tried, found, sample


def _documents(item: dict) -> set[str]:
    """The (public) ids of the documents a record of a list endpoint comes from."""
    out = {item[k] for k in ("document_id", "id") if isinstance(item.get(k), str)}
    out |= {d for d in item.get("documents") or [] if isinstance(d, str)}
    out |= {e[0] for e in item.get("events") or [] if isinstance(e, list) and e}
    for m in item.get("members") or []:
        out |= _documents(m)
    return out


def _overmask(db: str, names_by_doc: dict[str, set[str]], show: int) -> dict[str, int]:
    """Masked spans of every anonymous document page by kind (see the module's doc)."""
    import re

    from fastapi.testclient import TestClient

    from awol.query import Filters
    from awol.serve.app import create_app

    app = create_app(db)
    kinds: dict[str, list[str]] = {"name": [], "place": [], "common": [], "other": []}
    words = masked = 0
    try:
        c = TestClient(app, base_url="https://testserver")
        q, store = app.state.awol.query, app.state.awol.store
        ids: list[str] = []
        while len(ids) % 500 == 0:
            page = q.documents(Filters(), offset=len(ids), limit=500, public=False).items
            if not page:
                break
            ids += [d["id"] for d in page]
        raws = {i: (store.document(i) or {}).get("text") or "" for i in ids}
        vocab = frozenset(w for t in raws.values() for w in re.findall(r"\b[a-z]{3,}\b", t))
        for i in ids:
            r = c.get(f"/api/documents/{quote(i, safe='')}")
            if r.status_code != 200:
                continue
            pub = r.json().get("text") or ""
            got = overmasked(raws[i], pub, names_by_doc.get(i, set()), vocab)
            for k, v in got.items():
                kinds[k].extend(v)
            words += len(raws[i].split())
            masked += sum(len(x.split()) for v in got.values() for x in v)
    finally:
        app.state.awol.store.close()
    print(f"  over-masking on the document pages: {masked} of {words} words masked")
    for k, v in kinds.items():
        top = " | ".join(f"{w}x{n}" for w, n in Counter(v).most_common(show)) if k != "name" else ""
        print(f"    {k:<8} {len(v):>5}  {top}")
    return {k: len(v) for k, v in kinds.items()}


def _where(
    db: str,
    folder: Path,
    names_by_doc: dict[str, set[str]],
    names: set[str],
    pieces: dict[str, list[tuple[str, set[str] | None]]],
    slug_place: Callable[[str], bool],
    outlets: frozenset[str],
    show: int = 0,
) -> int:
    """Where each form sits, record by record, and whether it is a person of the record's own
    document (bench_privacy_where.py); returns the occurrences that are (target 0)."""
    from bench_privacy_kinds import surface_group
    from bench_privacy_where import DocReading, describe_records
    from bench_privacy_where import report as where_report

    from awol.privacy import public_id, use_store
    from awol.privacy.stored import document_names
    from awol.store import Store

    store = Store(db)
    try:
        use_store(store)
        docs = {d["id"]: d for d in store.documents()}
        masker: dict[str, list[str]] = {d: [] for d in docs}
        for ev in store.events():
            masker.setdefault(ev.get("document_id") or "", []).extend(ev.get("names") or [])
        for d, found in document_names(store, list(docs)).items():
            masker.setdefault(d, []).extend(found)
        raw = {public_id(d): d for d in docs}
    finally:
        store.close()
    reading = DocReading(docs, names_by_doc, masker, raw)
    rows, per_label = describe_records(
        pieces, names, reading, slug_place, outlets, surface_group, readable
    )
    return where_report(rows, per_label, show)


def _sources(db: str, names_by_doc: dict[str, set[str]], folder: Path) -> Sources:
    """The stored documents (cleaned text, title, URL) of the database and the split of each
    (the corpus's splits.json), for ``--counts``."""
    from awol.store import Store

    store = Store(db)
    try:
        docs = {d["id"]: d for d in store.documents()}
    finally:
        store.close()
    split_of: dict[str, str] = {}
    splits = folder / "splits.json"
    if splits.exists():
        for name, ids in json.loads(splits.read_text()).items():
            split_of.update(dict.fromkeys(ids, name))
    return Sources(docs, names_by_doc, split_of)


def _shape(form: str) -> str:
    """The shape of a leaked form, for a report that names no one: capitalised or lower case,
    Cyrillic or Latin."""
    script = "cyr" if re.search(r"[А-Яа-яЁё]", form) else "lat"
    return f"{'cap' if form[:1].isupper() else 'lower'}-{script}"


def audit(
    folder: Path,
    names_by_doc: dict[str, set[str]],
    show: int,
    private: bool = False,
    strip: Callable[[str], str] = lambda t: t,
    skip: frozenset[str] = frozenset(),
    counts: bool = False,
) -> dict[str, int]:
    """Leaks per surface (``private``: real texts, so a count and a hash instead of the forms;
    ``strip``: what to leave out of the texts first, the hostile articles' trap phrases, and
    ``skip`` the words of those phrases, not searched for; ``counts``: what the leaked forms
    are, in counts only: bench_privacy_kinds.py)."""
    names = set().union(*names_by_doc.values()) if names_by_doc else set()
    with tempfile.TemporaryDirectory(prefix="privacy-surfaces-") as t:
        tmp = Path(t)
        db = f"sqlite:///{tmp}/p.db"
        _ingest(folder, db)
        records: list[tuple[str, str, set[str]]] = []
        pieces: dict[str, list[tuple[str, set[str] | None]]] = {}
        exported = _exports(db, tmp)
        texts = {**exported, **_web(db, records, pieces)}
        pieces.update({k: [(v, None)] for k, v in exported.items()})
        res: dict[str, int] = {}
        homonyms: Counter = Counter()
        translit_place = transliterated_places(folder)
        outlets = outlets_of(folder)
        leaked: list[tuple[str, dict[str, str]]] = []
        src = _sources(db, names_by_doc, folder) if counts else None

        for label, text in texts.items():
            text, spans = name_form_spans(readable(strip(text)), names, translit_place, outlets)
            forms = [(text[a:b], r) for a, b, r in spans]
            if src is not None:
                leaked += [
                    (text[a:b], describe(text[a:b], label, text, a, b, src))
                    for a, b, r in spans
                    if r is None
                ]
            found = [w for w, r in forms if r is None]
            others = [w for w, r in forms if r is not None]
            homonyms.update(r for _, r in forms if r is not None)
            res[label] = len(found)
            top = " ".join(f"{w}x{n}" for w, n in Counter(found).most_common(show))
            if private:
                top = digest(found) if found else ""
            if found:
                top += (
                    "  ["
                    + ", ".join(f"{k} {n}" for k, n in sorted(Counter(map(_shape, found)).items()))
                    + "]"
                )
            if others:
                top += f"  (+{len(others)} homonyms: {digest(others)})"
            print(f"  {label:<34} {len(found):>5}  {top}")
        # (not in the total: a form the output itself shows as another word where it stands, a
        # place -- "в Ростове", "in Artyom", "Ростова и Кубани", a place field, "/v-rostove-" --
        # or a lower-case common word in mid-sentence: audit.reading; never the word alone)
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(homonyms.items()))
        print(f"  {'  (homonyms: ' + kinds + ')':<34} {sum(homonyms.values()):>5}")
        # the records opened by their id, each with the names of its own documents only: a form
        # there is a person the record's own article names (the leaks above also count a word
        # of one article that is a name in another: "Artyom" the town, of an article naming no
        # Artyom, in a table cell nothing shows as a place)
        own = [
            w
            for label, text, docs in records
            for w in leaks(
                readable(strip(text)),
                set().union(*(names_by_doc.get(d, set()) for d in docs)),
                translit_place,
                outlets,
            )  # fmt: skip
        ]
        shown = digest(own) if private else " ".join(sorted(set(own))[:show])
        print(f"  {'  (records by id, own names)':<34} {len(own):>5}  {shown}")
        apart: list[str] = []
        tried, hits, sample = _search(db, names_by_doc, skip, translit_place, apart, outlets)
        res["anonymous search by a name"] = hits
        shown = "" if private else " ".join(sample[:show])
        print(f"  {'anonymous search by a name':<34} {hits:>5}  of {tried}  {shown}")
        # (not in the total: only records of other documents, which show the word as a place,
        # a common word or inside another word)
        shown = "" if private else " ".join(apart[:show])
        print(f"  {'  (found a homonym, not the person)':<34} {len(apart):>5}  {shown}")
        print(f"  {'TOTAL':<34} {sum(res.values()):>5}")
        if counts:
            report(leaked)
            # (without the trap phrases, as above: "Мороз ударил", the frost, is no one)
            stripped = {k: [(strip(t), d) for t, d in v] for k, v in pieces.items()}
            _where(db, folder, names_by_doc, names, stripped, translit_place, outlets, 0 if private else show)  # fmt: skip
        _overmask(db, names_by_doc, 0 if private else show)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path)
    ap.add_argument("--split", help="only this split of the corpus's splits.json (e.g. train)")
    ap.add_argument("--hostile", action="store_true", help="the invented hostile documents")
    ap.add_argument("--show", type=int, default=6)
    ap.add_argument(
        "--counts",
        action="store_true",
        help="what the leaked forms are (NER type in the source, dictionary reading, place,\n"
        "sentence start, title, URL, surface), in counts only: for a split no one may read",
    )
    args = ap.parse_args()
    if args.hostile:
        sys.path.insert(0, str(ROOT))
        from tests.privacy.hostile_docs import trap_words, without_traps, write_corpus

        with tempfile.TemporaryDirectory(prefix="privacy-hostile-") as t:
            folder, names_by_doc = write_corpus(Path(t))
            print(
                f"== hostile invented documents: {len(set().union(*names_by_doc.values()))} names"
            )
            audit(
                folder,
                names_by_doc,
                args.show,
                strip=without_traps,
                skip=frozenset(trap_words()),
                counts=args.counts,
            )
        return
    if args.corpus is None:
        ap.error("a corpus folder or --hostile")
    with tempfile.TemporaryDirectory(prefix="privacy-split-") as t:
        folder = (
            split_folder(args.corpus, args.split, Path(t) / f"{args.corpus.name}-{args.split}")
            if args.split
            else args.corpus
        )
        names_by_doc = gold_names(folder)
        print(
            f"== {args.corpus} {args.split or ''}: {len(set().union(*names_by_doc.values()))} gold names"
        )
        audit(
            folder,
            names_by_doc,
            args.show,
            private=args.corpus.resolve() != DEV.resolve(),
            counts=args.counts,
        )


if __name__ == "__main__":
    main()
