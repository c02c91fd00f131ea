"""Load benchmark of the newsroom: concurrent clients on loopback against the dashboard and API.

    .venv/bin/python benchmarks/bench_serve.py [--events 100000] [--clients 100] [--seconds 60]

Builds a database (the bundled sample corpus/dev through the real pipeline, plus N synthetic
events in synthetic English reports), starts `awol serve` on 127.0.0.1 in a subprocess, waits
until it has read the data, then runs C concurrent clients for S seconds (loopback only; every
loop is bounded by the time limit and by --max-requests) over a fixed mix of anonymous pages and
API calls.  Prints requests/s, errors and latency percentiles per route and overall; exit 1 if
any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ROUTES = [
    "/",
    "/?type=desertion",
    "/incidents",
    "/cases",
    "/api/events?limit=50",
    "/api/events?type=detention&since=2024-01&limit=50",
    "/api/incidents?limit=50",
    "/api/cases?status=at_large",
    "/api/stats",
    "/api/events?q=training+ground&limit=20",
    "/api/events?region=RU-ROS&offset=50&limit=50",
]
PLACES = [("Rostov", "RU-ROS"), ("Belgorod", "RU-BEL"), ("Kursk", "RU-KRS"), ("Voronezh", "RU-VOR"),
          ("Saratov", "RU-SAR"), ("Donetsk", "UA-14"), ("Luhansk", "UA-09"), ("Zaporizhzhia", "UA-23"),
          ("Kherson", "UA-65"), ("Perm", "RU-PER")]  # fmt: skip
SENTENCES = {
    "desertion": "{n} soldiers left their unit near {p} on {d}, the regional police said.",
    "wanted": "Police in {p} put {n} servicemen on the wanted list on {d} after they fled a training ground.",  # fmt: skip
    "detention": "{n} deserters were detained in {p} on {d}, according to the local court.",
    "prosecution": "Military investigators in {p} opened criminal cases against {n} soldiers on {d}.",  # fmt: skip
    "sentence": "A garrison court in {p} sentenced {n} contract soldiers for desertion on {d}.",
    "death": "{n} deserters were killed during an attempt to detain them in {p} on {d}, officials said.",  # fmt: skip
}


def build_db(path: Path, n_events: int, per_doc: int = 10) -> None:
    from awol.ingest.manifest import load_manifest
    from awol.ingest.sources import iter_sources
    from awol.model import Article, Event, Evidence, Extraction
    from awol.store import Store
    from awol.store.ingest import ingest

    store = Store(f"sqlite:///{path}")
    dev = REPO / "corpus" / "dev"
    files = sorted(str(p) for p in dev.glob("*.txt") if ".cp1251." not in p.name)
    ingest(store, iter_sources(files, manifest=load_manifest(dev / "manifest.jsonl")))
    rnd = random.Random(7)
    t0 = time.monotonic()
    for d in range(max(1, n_events // per_doc)):
        year, month = rnd.choice((2023, 2024, 2025)), rnd.randint(1, 12)
        parts, events = [], []
        pos = 0
        for _ in range(per_doc):
            etype = rnd.choice(list(SENTENCES))
            place, code = rnd.choice(PLACES)
            day = rnd.randint(1, 28)
            s = SENTENCES[etype].format(n=rnd.randint(1, 30), p=place, d=f"{year}-{month:02d}-{day:02d}")  # fmt: skip
            events.append(Event(type=etype, evidence=Evidence(s, pos, pos + len(s)),
                                date=f"{year}-{month:02d}-{day:02d}", country=code[:2], region=code,
                                count=rnd.randint(1, 30), count_qualifier="exact",
                                confidence=round(rnd.uniform(0.5, 0.99), 2)))  # fmt: skip
            parts.append(s)
            pos += len(s) + 1
        art = Article(id=f"syn-{d}", text=" ".join(parts), title=f"Synthetic report {d}",
                      url=f"https://synthetic.example/{d}", outlet=f"Synthetic {d % 12}",
                      published=f"{year}-{month:02d}-28", language="en")  # fmt: skip
        store.add_extraction(Extraction(article=art, events=events), extractor_version="synthetic")
    print(f"database: {store.counts()} (synthetic part {time.monotonic() - t0:.0f} s)", flush=True)
    store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def wait_ready(base: str, timeout: float) -> float:
    import httpx

    t0 = time.monotonic()
    async with httpx.AsyncClient(timeout=600) as c:
        while time.monotonic() - t0 < timeout:
            try:
                r = await c.get(base + "/api/stats")
                if r.status_code == 200:
                    await c.get(base + "/")
                    return time.monotonic() - t0
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.5)
    raise SystemExit(f"the server was not ready after {timeout:.0f} s")


async def load(base: str, clients: int, seconds: float, max_requests: int) -> dict:
    import httpx

    stats: dict[str, list[float]] = {r: [] for r in ROUTES}
    errors: dict[str, int] = {}
    deadline = time.monotonic() + seconds
    sent = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as c:

        async def client(i: int) -> None:
            nonlocal sent
            rnd = random.Random(i)
            while time.monotonic() < deadline and sent < max_requests:
                route = rnd.choice(ROUTES)
                sent += 1
                t = time.perf_counter()
                try:
                    r = await c.get(route)
                    ok = r.status_code == 200
                    why = str(r.status_code)
                except httpx.HTTPError as exc:
                    ok, why = False, type(exc).__name__
                stats[route].append(time.perf_counter() - t)
                if not ok:
                    errors[f"{route} {why}"] = errors.get(f"{route} {why}", 0) + 1

        t0 = time.monotonic()
        await asyncio.gather(*(client(i) for i in range(clients)))
        elapsed = time.monotonic() - t0
    return {"stats": stats, "errors": errors, "elapsed": elapsed}


def pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("--events", type=int, default=100_000, help="synthetic events added to the sample")  # fmt: skip
    ap.add_argument("--clients", type=int, default=100)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--max-requests", type=int, default=2_000_000, help="stop after this many requests")  # fmt: skip
    ap.add_argument("--db", type=Path, default=None, help="reuse (or build once into) this SQLite file")  # fmt: skip
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="awol-bench-serve-"))
    db = args.db or tmp / "awol.db"
    if not db.exists():
        build_db(db, args.events)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    awol = Path(sys.executable).with_name("awol")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen([str(awol), "serve", "--db", f"sqlite:///{db}", "--host", "127.0.0.1",
                               "--port", str(port)], env=env)  # fmt: skip
    try:
        ready = asyncio.run(wait_ready(base, 1800))
        print(f"server ready in {ready:.1f} s (read the database, first masked views)", flush=True)
        res = asyncio.run(load(base, args.clients, args.seconds, args.max_requests))
    finally:
        server.terminate()
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            server.kill()
        if args.db is None:
            shutil.rmtree(tmp, ignore_errors=True)
    allx = [x for xs in res["stats"].values() for x in xs]
    n_err = sum(res["errors"].values())
    print(f"\n{args.clients} clients, {res['elapsed']:.1f} s, {len(allx)} requests "
          f"({len(allx) / res['elapsed']:.0f}/s), {n_err} errors")  # fmt: skip
    print(f"{'route':<52} {'n':>6} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8}")
    for route, xs in res["stats"].items():
        print(f"{route:<52} {len(xs):>6} {pct(xs, 50):>8.0f} {pct(xs, 90):>8.0f} {pct(xs, 99):>8.0f}")  # fmt: skip
    print(f"{'all':<52} {len(allx):>6} {pct(allx, 50):>8.0f} {pct(allx, 90):>8.0f} {pct(allx, 99):>8.0f}")  # fmt: skip
    if allx:
        print(f"mean {statistics.mean(allx) * 1000:.0f} ms")
    for k, v in sorted(res["errors"].items()):
        print(f"error: {k} x{v}")
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main())
