"""Ingest throughput (documents/s) and database size per 1,000 documents.

    .venv/bin/python benchmarks/bench_ingest.py --n 10000                       # SQLite (tmp file)
    .venv/bin/python benchmarks/bench_ingest.py --n 10000 --db "$AWOL_TEST_PG_URL"   # PostgreSQL

By default the documents go through a trivial pipeline (decode + one regex event per sentence),
so the numbers measure the store (per-document transactions, dedup lookups, events, figures);
``--pipeline real`` uses awol.pipeline (clean + extract) and ``--linker real`` awol.link.
A PostgreSQL run uses a fresh database created next to the one in the URL (dropped afterwards).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import uuid
from pathlib import Path

from awol.errors import InputError
from awol.model import Article, Document, Event, Evidence, Extraction, Figure
from awol.store import Store
from awol.store.ingest import ingest
from awol.store.repo import resolve_url, text_hash

REGIONS = ["Rostov", "Saratov", "Belgorod", "Kursk", "Voronezh", "Bryansk"]


def make_doc(n: int) -> Document:
    region = REGIONS[n % len(REGIONS)]
    text = (
        f"Deserter report {n}\n"
        f"A soldier deserted from his unit in {region} region on 2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}, "
        f"officials said on Monday.\n"
        f"Police said {n % 5 + 1} soldiers were detained near {region} two days later.\n"
        f"More than {1000 + n} criminal cases for desertion were opened this year, the outlet found.\n"
        + "Background paragraph about the war and mobilisation, not an event. " * 12
        + f"\nSerial {n}.\n"
    )
    return Document(
        origin=f"bench/{n:06d}.txt",
        content=text.encode("utf-8"),
        id=f"bench-{n:06d}",
        url=f"https://bench.example/news/{n}",
        outlet=f"Outlet {n % 16}",
        published=f"2024-{n % 12 + 1:02d}-28",
        language="en",
        media_type="text",
    )


def trivial_process(docs):  # noqa: ANN001, ANN201
    for d in docs:
        if isinstance(d, InputError):
            yield d
            continue
        text = d.content.decode("utf-8")
        art = Article(id=d.id, text=text, title=text.splitlines()[0], url=d.url, outlet=d.outlet,
                      published=d.published, language=d.language, origin=d.origin,
                      encoding="utf-8", content_hash=text_hash(text))  # fmt: skip
        events, figures = [], []
        pos = 0
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            kind = (
                "desertion"
                if " deserted " in line
                else "detention"
                if " detained " in line
                else None
            )
            if kind is None:
                continue
            date = re.search(r"\d{4}-\d{2}-\d{2}", line)
            events.append(Event(type=kind, evidence=Evidence(line, start, start + len(line)),
                                date=date.group(0) if date else None, country="RU",
                                region="RU-ROS", count=1, count_qualifier="exact",
                                who="A soldier", confidence=0.8))  # fmt: skip
        m = re.search(r"More than (\d+)[^\n.]*", text)
        if m:
            figures.append(Figure(metric="criminal cases for desertion", value=int(m.group(1)),
                                  evidence=Evidence(m.group(0), m.start(), m.end()),
                                  qualifier="at_least"))  # fmt: skip
        yield Extraction(article=art, events=events, figures=figures)


def db_size(store: Store, path: Path | None) -> int:
    if store.dialect == "sqlite":
        with store.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    with store.engine.connect() as c:
        return c.exec_driver_sql("SELECT pg_database_size(current_database())").scalar()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--db", help="postgresql://... (default: a temporary SQLite file)")
    ap.add_argument("--pipeline", choices=["trivial", "real"], default="trivial")
    ap.add_argument("--linker", choices=["none", "real"], default="none")
    ap.add_argument("--chunk-size", type=int, default=200)
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="awol-bench-"))
    drop = None
    if args.db:
        from sqlalchemy import create_engine

        name = "awol_bench_" + uuid.uuid4().hex[:8]
        admin = create_engine(resolve_url(args.db), isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.exec_driver_sql(f'CREATE DATABASE "{name}"')
        url, path = args.db.rsplit("/", 1)[0] + "/" + name, None

        def drop() -> None:
            with admin.connect() as c:
                c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        path = tmp / "bench.db"
        url = f"sqlite:///{path}"
    store = Store(url)
    process, version = trivial_process, "bench"
    if args.pipeline == "real":
        from awol.pipeline import Pipeline

        process, version = Pipeline().process, None
    linker = "default" if args.linker == "real" else None
    empty = db_size(store, path)
    docs = [make_doc(n) for n in range(args.n)]
    raw = sum(len(d.content) for d in docs)
    t0 = time.perf_counter()
    s = ingest(store, docs, process=process, version=version, linker_factory=linker,
               chunk_size=args.chunk_size, progress=sys.stderr.isatty())  # fmt: skip
    dt = time.perf_counter() - t0
    t1 = time.perf_counter()
    again = ingest(store, docs, process=process, version=version, linker_factory=linker)
    dt2 = time.perf_counter() - t1
    size = db_size(store, path) - empty
    print(
        f"backend            {store.dialect} ({'pipeline ' + args.pipeline}, linker {args.linker})"
    )
    print(f"documents          {args.n} ({raw / args.n / 1024:.1f} KiB each), {s.events} events, {s.figures} figures")  # fmt: skip
    print(f"ingest             {dt:.1f}s = {args.n / dt:.0f} documents/s")
    print(f"re-ingest (no-op)  {dt2:.1f}s = {args.n / dt2:.0f} documents/s, {again.unchanged} unchanged")  # fmt: skip
    print(f"database size      {size / 1e6:.1f} MB = {size / args.n * 1000 / 1e6:.2f} MB per 1,000 documents")  # fmt: skip
    assert s.new == args.n and again.unchanged == args.n
    store.close()
    if drop:
        drop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
