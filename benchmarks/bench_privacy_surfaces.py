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
A form that the gazetteer reads as a place where it stands ("в Ростове" beside a man called
Ростов) is no leak, nor a lower-case word that only shares a name's stem ("romantic", "Roman");
a search by a name that is also a place whose results show it only as the place is counted on a
line of its own, outside the total.

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
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpus" / "dev"
sys.path.insert(0, str(ROOT / "tests" / "privacy"))

from audit import digest, gold_names, leaks, overmasked, split_folder  # noqa: E402


def _ingest(folder: Path, db: str) -> None:
    subprocess.run(
        [str(ROOT / ".venv/bin/awol"), "ingest", str(folder), "--db", db, "--no-progress"],
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
        [str(ROOT / ".venv/bin/awol"), "export", "--db", db, "--format", "parquet",
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
        [str(ROOT / ".venv/bin/awol"), "export", "--db", db, "--format", "gold"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    out["export gold"] = r.stdout
    return out


def _web(db: str) -> dict[str, str]:
    """label -> concatenated text of every anonymous response of one kind."""
    from fastapi.testclient import TestClient

    from awol.query import Filters
    from awol.serve.app import create_app

    app = create_app(db)
    out: dict[str, list[str]] = {}
    try:
        c = TestClient(app, base_url="https://testserver")
        q = app.state.awol.query

        def get(label: str, url: str, **params: str) -> dict | None:
            r = c.get(url, params=params or None)
            # the response only (the URL asked for is the reader's own; a page asked for by an
            # id that names someone redirects: its final URL is counted)
            out.setdefault(label, []).append(f"{r.url}\n{r.text}")
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
            get("api /api/events/{id}", f"/api/events/{quote(e['event_id'], safe='')}")
        for i in incs:
            get("page /incidents/{id}", f"/incidents/{quote(i['incident_id'], safe='')}")
            get("api /api/incidents/{id}", f"/api/incidents/{quote(i['incident_id'], safe='')}")
        for x in cases:
            get("page /cases/{id}", f"/cases/{quote(x['case_id'], safe='')}")
            get("api /api/cases/{id}", f"/api/cases/{quote(x['case_id'], safe='')}")
        for d in docs:
            get("page /documents/{id}", f"/documents/{quote(d['id'], safe='')}")
            get("api /api/documents/{id}", f"/api/documents/{quote(d['id'], safe='')}")
        # the raw ids too (a reader who knows a document's file name or URL)
        for d in q.documents(Filters(), limit=500, public=False).items:
            get("page /documents/{raw id}", f"/documents/{quote(d['id'], safe='')}")
        # search by a name: every gold name part, in each endpoint (a hit is a record found by
        # a person's name: its text is counted)
        out["_search_terms"] = []
    finally:
        app.state.awol.store.close()
    return {k: "\n".join(v) for k, v in out.items() if not k.startswith("_")}


_JSON_KEY = re.compile(r'"[a-z][a-z0-9_]*"(?=\s*:)')
_TAG_NAME = re.compile(r"(?<=<)/?[a-zA-Z][\w-]*")
_ATTR_NAME = re.compile(r"(?<=\s)[a-zA-Z][\w:-]*(?==)")
_CSV_HEADER = re.compile(r"(?m)^[a-z][a-z0-9_]*(?:,[a-z][a-z0-9_]*)+\r?$")


def readable(text: str) -> str:
    """``text`` without the words of the format itself, which no reader reads as words of a
    record: JSON keys ("marks", "segments"), HTML tag and attribute names ("<mark", "title="),
    CSV header rows.  Values, attribute values (titles, alt texts, links) and text all stay
    (a key is an identifier of the schema: "marks" is no form of a man called Mark)."""
    text = _JSON_KEY.sub('""', text)
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


def common_words(folder: Path, documents: int = 3) -> frozenset[str]:
    """The lower-case Latin words written in lower case in ``documents`` or more texts of the
    corpus: its common English words ("will", "mark"), no person's name."""
    df: Counter = Counter()
    for p in folder.glob("*.txt"):
        df.update(
            set(re.findall(r"\b[a-z]{3,}\b", p.read_text(encoding="utf-8", errors="replace")))
        )
    return frozenset(w for w, n in df.items() if n >= documents)


def _place_word(part: str) -> bool:
    """Does the gazetteer read ``part`` as a place after a preposition ("в Ростов", "in Kirov")?"""
    from awol.extract.places import get_gazetteer

    cyr = any("а" <= ch.lower() <= "я" for ch in part)
    ctx = ("в " if cyr else "in ") + part
    return any(m.end >= len(ctx) for m in get_gazetteer().find(ctx, "ru" if cyr else "en"))


def _search(
    db: str, names: set[str], skip: frozenset[str], placed: list[str]
) -> tuple[int, int, list[str]]:
    """(name searches, searches that found something, sample) for an anonymous reader; a search
    by a name that is also a place whose results show it only where it is a place goes to
    ``placed`` instead."""
    import re

    from fastapi.testclient import TestClient

    from awol.serve.app import create_app

    app = create_app(db)
    tried, found, sample = 0, 0, []
    try:
        c = TestClient(app, base_url="https://testserver")
        parts = sorted({p for n in names for p in re.findall(r"[^\W\d_]{4,}", n)})
        # a name that is also a trap word of the hostile articles ("Мороз ударил") finds them
        parts = [p for p in parts if p not in skip]
        for part in parts:
            for path in ("/api/events", "/api/incidents", "/api/cases", "/api/documents", "/api/figures"):  # fmt: skip
                r = c.get(path, params={"q": part})
                tried += 1
                if r.status_code == 200 and r.json().get("total"):
                    # a name that is also a place ("Ростов") finds the records about the place:
                    # only a record that shows it where it is no place counts
                    if _place_word(part) and not leaks(r.text, [part]):
                        placed.append(f"{path}?q={part}")
                        continue
                    found += 1
                    sample.append(f"{path}?q={part}")
    finally:
        app.state.awol.store.close()
    return tried, found, sample


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


def audit(
    folder: Path,
    names_by_doc: dict[str, set[str]],
    show: int,
    private: bool = False,
    strip: Callable[[str], str] = lambda t: t,
    skip: frozenset[str] = frozenset(),
) -> dict[str, int]:
    """Leaks per surface (``private``: real texts, so a count and a hash instead of the forms;
    ``strip``: what to leave out of the texts first, the hostile articles' trap phrases, and
    ``skip`` the words of those phrases, not searched for)."""
    names = set().union(*names_by_doc.values()) if names_by_doc else set()
    with tempfile.TemporaryDirectory(prefix="privacy-surfaces-") as t:
        tmp = Path(t)
        db = f"sqlite:///{tmp}/p.db"
        _ingest(folder, db)
        texts = {**_exports(db, tmp), **_web(db)}
        res: dict[str, int] = {}
        homonyms = 0
        common = common_words(folder)
        for label, text in texts.items():
            found = leaks(readable(strip(text)), names)
            places = [w for w in found if place_homonym(w) or w in common]
            found = [w for w in found if not (place_homonym(w) or w in common)]
            homonyms += len(places)
            res[label] = len(found)
            top = " ".join(f"{w}x{n}" for w, n in Counter(found).most_common(show))
            if private:
                top = digest(found) if found else ""
            if places:
                top += f"  (+{len(places)} homonyms: {digest(places)})"
            print(f"  {label:<34} {len(found):>5}  {top}")
        # (not in the total: a word the dictionary reads first as a place, which the gazetteer
        # knows, where no context made it one for the audit: "Ростов" the city, in a document
        # about someone else, ``place_homonym``; a lower-case word written so in 3 or more of the
        # corpus's texts, ``common_words``)
        print(f"  {'  (homonyms: places, common words)':<34} {homonyms:>5}")
        placed: list[str] = []
        tried, hits, sample = _search(db, names, skip, placed)
        res["anonymous search by a name"] = hits
        shown = "" if private else " ".join(sample[:show])
        print(f"  {'anonymous search by a name':<34} {hits:>5}  of {tried}  {shown}")
        # (not in the total: the records found show the word only as the place)
        shown = "" if private else " ".join(placed[:show])
        print(f"  {'  (a name that is also a place)':<34} {len(placed):>5}  {shown}")
        print(f"  {'TOTAL':<34} {sum(res.values()):>5}")
        _overmask(db, names_by_doc, 0 if private else show)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path)
    ap.add_argument("--split", help="only this split of the corpus's splits.json (e.g. train)")
    ap.add_argument("--hostile", action="store_true", help="the invented hostile documents")
    ap.add_argument("--show", type=int, default=6)
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
                folder, names_by_doc, args.show, strip=without_traps, skip=frozenset(trap_words())
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
        audit(folder, names_by_doc, args.show, private=args.corpus.resolve() != DEV.resolve())


if __name__ == "__main__":
    main()
