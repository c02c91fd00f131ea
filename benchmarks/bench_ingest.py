"""Ingest throughput (documents/s) and database size per 1,000 documents.

    .venv/bin/python benchmarks/bench_ingest.py --n 10000                       # SQLite (tmp file)
    .venv/bin/python benchmarks/bench_ingest.py --n 10000 --db "$AWOL_TEST_PG_URL"   # PostgreSQL

By default the documents go through a trivial pipeline (decode + one regex event per sentence),
so the numbers measure the store (per-document transactions, dedup lookups, events, figures);
``--pipeline real`` uses awol.pipeline (clean + extract) and ``--linker real`` awol.link.

The documents (``--docs varied``, default) are a growing archive: stories in the gazetteer's
~100 regions, dated over n / 25 days, told by 1-3 reports each, some naming the deserter, 5%
syndicated copies; ``--docs template`` gives the old one-template documents (84 distinct
happenings, ~240 near-identical reports each at 20,000 documents).  The run prints the cost per
document (wall and CPU) of every ``--window`` documents, and the CPU per document of the last
window against the first: the issue's target is a ratio within 1.3 from 1,000 to 20,000.

    .venv/bin/python benchmarks/bench_ingest.py --n 20000 --pipeline real --linker real
A PostgreSQL run uses a fresh database created next to the one in the URL (dropped afterwards).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import random
import re
import resource
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
    """The old template (``--docs template``): six regions and 84 distinct (region, month, day)
    combinations, so at 20,000 documents every happening is told by ~240 near-identical
    reports (a pathological archive: one giant incident per combination)."""
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


# --- a varied archive (default): many regions, dates spread over time, stories told by a few
# reports, names for some, per-outlet boilerplate, a few syndicated copies
_FIRST = (
    "Ivan Oleg Sergei Dmitry Artem Pavel Nikita Yegor Maxim Ilya Kirill Andrei Roman Denis".split()
)
_SYL = "ka ro vi len mar to sha bur de nis ga lo pe tri zu ko na mi ra sy che vo lu bo ste dan gor fe".split()
_WHO = ["contract soldier", "mobilised soldier", "conscript", "former prisoner", "paratrooper",
        "marine", "sailor", "soldier"]  # fmt: skip
_FILLER = [
    "Relatives of the men said they had not been told where the unit was sent.",
    "The regional military commissariat did not respond to a request for comment.",
    "Lawyers say the number of such cases has grown since the mobilisation was announced.",
    "The court hearing was held behind closed doors, the outlet reported.",
    "Human rights groups have documented similar cases in neighbouring regions.",
    "The ministry of defence has not commented on the reports.",
    "Local residents described the search operation in the village.",
    "A spokesman for the regional police declined to give details of the investigation.",
    "The man's mother told journalists that he had complained about his commanders.",
    "Several checkpoints were set up on the roads leading out of the town.",
]
_PER_DAY = 25  # documents per day: the span of the archive grows with its size


def _regions() -> list[tuple[str, float]]:
    """(English name, Zipf-like weight) of the gazetteer's Russian and Ukrainian regions."""
    import yaml

    import awol

    path = Path(awol.__file__).parent / "data" / "places.yaml"
    places = yaml.safe_load(path.read_text(encoding="utf-8"))["places"]
    names = [p["name_en"] for p in places if p.get("type") == "region"
             and p.get("country") in ("RU", "UA") and p.get("name_en")]  # fmt: skip
    return [(nm, 1.0 / (1 + i) ** 0.8) for i, nm in enumerate(names)]


def _person(rng: random.Random) -> str:
    sur = "".join(rng.choice(_SYL) for _ in range(3)) + rng.choice(["ov", "in", "ev"])
    return f"{rng.choice(_FIRST)} {sur.capitalize()}"


def varied_docs(total: int, seed: int = 1) -> list[Document]:
    """Documents of a growing archive: stories (a desertion, often a detention) in ~100 regions,
    dated over ``total / 25`` days, each told by 1-3 reports in different words, a name in 40%,
    per-outlet boilerplate and 5% syndicated copies (same text, another outlet)."""
    rng = random.Random(seed)
    regions = _regions()
    names, weights = [r[0] for r in regions], [r[1] for r in regions]
    start = _dt.date(2022, 3, 1)
    span = max(60, total // _PER_DAY)
    outlets = [f"Outlet {i}" for i in range(max(16, total // 500))]
    docs: list[Document] = []
    story = 0
    while len(docs) < total:
        story += 1
        day = start + _dt.timedelta(days=rng.randrange(span))
        region = rng.choices(names, weights)[0]
        who = rng.choice(_WHO)
        person = _person(rng) if rng.random() < 0.4 else None
        count = rng.choice([1, 1, 1, 2, 3, 5])
        caught = day + _dt.timedelta(days=rng.randrange(2, 40)) if rng.random() < 0.5 else None
        for r in range(rng.choice([1, 1, 2, 2, 3])):
            pub = day + _dt.timedelta(days=rng.randrange(1, 5) + 20 * r)
            if caught and r and pub < caught:
                pub = caught + _dt.timedelta(days=rng.randrange(1, 5))
            place = (
                region
                if region.endswith(("Oblast", "Krai", "Republic", "Okrug"))
                else f"{region} region"
            )
            subject = (f"{person}, a {who}," if person and count == 1
                       else f"{count} {who}s" if count > 1 else f"A {who}")  # fmt: skip
            verb = rng.choice(["deserted from", "fled", "abandoned"])
            lines = [
                f"{subject} {verb} {'their' if count > 1 else 'his'} unit in the {place} "
                f"on {day:%B} {day.day}, {day.year}, {rng.choice(['officials', 'relatives', 'a local channel'])} said."
            ]  # fmt: skip
            if caught and pub >= caught:
                lines.append(
                    f"Police detained {'him' if count == 1 else 'them'} in the {place} "
                    f"on {caught:%B} {caught.day}, {caught.year}."
                )
            lines += rng.sample(_FILLER, 4)
            rng.shuffle(lines)
            outlet = rng.choice(outlets)
            boiler = f"{outlet} is an independent newsroom. Subscribe to our newsletter."
            n = len(docs)
            text = f"Report {n}: {region}\n" + " ".join(lines) + f"\n{boiler}\n"
            docs.append(_document(n, text, outlet, pub))
            if rng.random() < 0.05 and len(docs) < total:  # a syndicated copy
                other = rng.choice(outlets)
                n = len(docs)
                copy = text.replace(boiler, f"Republished from {outlet}. {other} newsletter.")
                docs.append(_document(n, copy, other, pub + _dt.timedelta(days=rng.randrange(3))))
            if len(docs) >= total:
                break
    return docs


def _document(n: int, text: str, outlet: str, pub: _dt.date) -> Document:
    return Document(
        origin=f"bench/{n:06d}.txt",
        content=text.encode("utf-8"),
        id=f"bench-{n:06d}",
        url=f"https://bench.example/news/{n}",
        outlet=outlet,
        published=pub.isoformat(),
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
    ap.add_argument("--docs", choices=["varied", "template"], default="varied",
                    help="varied: a growing archive (default); template: the old one-template "
                    "documents (84 distinct happenings)")  # fmt: skip
    ap.add_argument("--window", type=int, default=1000,
                    help="print the per-document cost of each WINDOW documents")  # fmt: skip
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
    docs = [make_doc(n) for n in range(args.n)] if args.docs == "template" else varied_docs(args.n)
    raw = sum(len(d.content) for d in docs)
    marks: list[tuple[int, float, float]] = []  # (documents handed out, wall, CPU)

    def timed(items: list[Document]):  # noqa: ANN202
        # a chunk is pulled once the previous one is stored and linked: the time between two
        # marks is what those documents cost (extraction, store, linking)
        for i, d in enumerate(items):
            if i % args.window == 0:
                marks.append((i, time.perf_counter(), time.process_time()))
            yield d

    t0, c0 = time.perf_counter(), time.process_time()
    s = ingest(store, timed(docs), process=process, version=version, linker_factory=linker,
               chunk_size=args.chunk_size, progress=sys.stderr.isatty())  # fmt: skip
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    marks.append((len(docs), time.perf_counter(), time.process_time()))
    t1 = time.perf_counter()
    again = ingest(store, docs, process=process, version=version, linker_factory=linker)
    dt2 = time.perf_counter() - t1
    size = db_size(store, path) - empty
    print(
        f"backend            {store.dialect} ({'pipeline ' + args.pipeline}, linker {args.linker})"
    )
    print(f"documents          {args.n} ({raw / args.n / 1024:.1f} KiB each), {s.events} events, {s.figures} figures")  # fmt: skip
    print(f"ingest             {dt:.1f}s = {args.n / dt:.0f} documents/s, CPU {cpu:.1f}s, peak RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")  # fmt: skip
    windows = [(a[0], b[0], (b[1] - a[1]) / (b[0] - a[0]), (b[2] - a[2]) / (b[0] - a[0]))
               for a, b in zip(marks, marks[1:], strict=False) if b[0] > a[0]]  # fmt: skip
    for lo, hi, wall, c in windows:
        print(
            f"  documents {lo:>6}-{hi:<6} {wall * 1000:6.1f} ms/document wall, {c * 1000:6.1f} ms CPU"
        )
    if len(windows) > 1:
        first, last = windows[0], windows[-1]
        print(f"per-document CPU   first {args.window}: {first[3] * 1000:.1f} ms, last "
              f"{last[1] - last[0]}: {last[3] * 1000:.1f} ms (ratio {last[3] / first[3]:.2f})")  # fmt: skip
    print(f"re-ingest (no-op)  {dt2:.1f}s = {args.n / dt2:.0f} documents/s, {again.unchanged} unchanged")  # fmt: skip
    print(f"database size      {size / 1e6:.1f} MB = {size / args.n * 1000 / 1e6:.2f} MB per 1,000 documents")  # fmt: skip
    assert s.new == args.n and again.unchanged == args.n
    store.close()
    if drop:
        drop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
