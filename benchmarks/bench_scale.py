"""Parallel ingest: docs/s with 1 and N Dask workers, scaling efficiency, memory, same results.

    .venv/bin/python benchmarks/bench_scale.py --docs 20000 [--workers 1,2] [--shards 8] [--link]
    .venv/bin/python benchmarks/bench_scale.py --warc CC-NEWS-....warc.gz --workers 1   # real pages

Builds WARC.gz shards of ``--docs`` synthetic-but-realistic news pages from corpus/dev in a temp
dir (never committed): each page is a dev article with its surnames, regions and years swapped
for others (consistently through the text and its publication date) and a varying update line,
wrapped in an HTML page with its title, outlet and date.  Then ingests them into fresh SQLite
databases: once with the single-process ingest, then with ``awol.scale`` on a LocalCluster of
each worker count (one thread per worker).  Each run is a subprocess, so peak memory is its own.

Prints docs/s, scaling efficiency = rate(N) / (N * rate(1)), CPU seconds per document on the
workers, peak resident memory of each worker and of the writer, bytes stored per document, and
checks that every run stored the same documents, events and figures as the single-process run.
Linking is left out unless ``--link`` (it runs on the writer, the serial part; see docs/scale.md).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpus" / "dev"

# invented surnames in both scripts, all declined like -ov/-ev (Петров, Петрова, Петровым)
SURNAMES = [("Sidorov", "Сидоров"), ("Volkov", "Волков"), ("Morozov", "Морозов"),
            ("Lebedev", "Лебедев"), ("Kozlov", "Козлов"), ("Novikov", "Новиков"),
            ("Sokolov", "Соколов"), ("Orlov", "Орлов"), ("Zaitsev", "Зайцев"),
            ("Belov", "Белов"), ("Gromov", "Громов"), ("Titov", "Титов")]  # fmt: skip
# regions: English name, Russian adjective stem (Саратовская область, в Саратовской области)
REGIONS = [("Saratov", "Саратовск"), ("Voronezh", "Воронежск"), ("Belgorod", "Белгородск"),
           ("Kursk", "Курск"), ("Bryansk", "Брянск"), ("Rostov", "Ростовск"),
           ("Samara", "Самарск"), ("Penza", "Пензенск"), ("Tambov", "Тамбовск"),
           ("Lipetsk", "Липецк"), ("Oryol", "Орловск"), ("Tver", "Тверск")]  # fmt: skip
RU_ADJ = "(ой|ая|ую|ий|ого|ом|ым)"


def _templates() -> list[dict]:
    manifest = {
        m["id"]: m for m in map(json.loads, (DEV / "manifest.jsonl").read_text().splitlines()) if m
    }
    gold = {g["id"]: g for g in map(json.loads, (DEV / "gold.jsonl").read_text().splitlines())}
    out = []
    for p in sorted(DEV.glob("*.txt")):
        if p.stem not in manifest:  # ru-01.cp1251 is a copy
            continue
        names = {n for e in gold.get(p.stem, {}).get("events", []) for n in e.get("names") or []}
        surnames = {n.split()[-1] for n in names if len(n.split()) > 1}
        surnames = {s for s in surnames if s.endswith(("ov", "ev", "ов", "ев"))}
        out.append(
            {**manifest[p.stem], "text": p.read_text(encoding="utf-8"), "surnames": surnames}
        )
    return out


def variant(t: dict, i: int, rng: random.Random) -> tuple[str, str, str]:
    """(html, url, published) of the i-th synthetic page made from template ``t``."""
    text, ru = t["text"], t["language"] == "ru"
    for s in t["surnames"]:
        new = rng.choice(SURNAMES)[1 if ru else 0]
        text = re.sub(rf"\b{re.escape(s)}", new, text)
    if ru:
        present = [stem for _, stem in REGIONS if re.search(rf"\b{stem}{RU_ADJ}\b", text)]
        for stem in present:
            new = rng.choice(REGIONS)[1]
            text = re.sub(rf"\b{stem}(?={RU_ADJ}\b)", new, text)
    else:
        present = [en for en, _ in REGIONS if re.search(rf"\b{en}\b", text)]
        for en in present:
            text = re.sub(rf"\b{en}\b", rng.choice(REGIONS)[0], text)
    shift = rng.choice([-2, -1, 0])
    text = re.sub(r"\b(202[2-6])\b", lambda m: str(int(m.group(1)) + shift), text)
    pub = t["published"]
    pub = f"{int(pub[:4]) + shift}{pub[4:]}" if pub else ""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    upd = (
        "Материал обновлён в {}:{:02d}." if ru else "This story was updated at {}:{:02d}."
    ).format(i % 24, i % 60)
    lines.append(upd)
    title = next((ln for ln in lines if len(ln.split()) > 4), lines[0])
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    body = "\n".join(f"<p>{esc(ln)}</p>" for ln in lines)
    html = (
        f'<!doctype html><html lang="{t["language"]}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title>"
        f'<meta property="og:site_name" content="{esc(t["outlet"])}">'
        f'<meta property="article:published_time" content="{pub}">'
        f"</head><body><article>{body}</article></body></html>"
    )
    host = t["url"].split("/")[2]
    return html, f"https://{host}/news/{pub}/{t['id']}-{i}", pub


def build(out: Path, docs: int, shards: int, seed: int = 11) -> list[str]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    templates = _templates()
    paths = []
    per = -(-docs // shards)
    n = 0
    for k in range(shards):
        path = out / f"news-{k:03d}.warc.gz"
        with path.open("wb") as fh:
            w = WARCWriter(fh, gzip=True)
            for _ in range(min(per, docs - n)):
                html, url, pub = variant(templates[n % len(templates)], n, rng)
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                rec = w.create_warc_record(
                    url, "response", payload=io.BytesIO(html.encode("utf-8")),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": f"{pub or '2024-01-01'}T12:00:00Z"},
                )  # fmt: skip
                w.write_record(rec)
                n += 1
        paths.append(str(path))
    return paths


# ---------------------------------------------------------------- one run (in a subprocess)


def run_one(mode: str, shards: list[str], db: str, link: bool, chunk: int) -> dict:
    from awol.store import Store

    store = Store(db)
    factory = "default" if link else None
    out: dict = {"mode": mode}
    if mode == "single":
        from awol.ingest.sources import iter_sources
        from awol.pipeline import Pipeline
        from awol.store.ingest import extractor_version, ingest

        p = Pipeline()
        list(p.process([]))
        cpu0 = time.process_time()
        s = ingest(store, iter_sources(shards), process=p.process,
                   version=extractor_version(p.extractor), linker_factory=factory,
                   chunk_size=chunk)  # fmt: skip
        out["cpu_per_doc"] = (time.process_time() - cpu0) / max(1, s.documents)
        out["worker_rss_mb"] = []
    else:
        import distributed

        from awol.scale import ingest_parallel
        from awol.scale.worker import LoadPipeline

        n = int(mode)
        with (
            distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                     dashboard_address=None, silence_logs=50) as cluster,
            distributed.Client(cluster) as client,
        ):  # fmt: skip
            client.register_plugin(LoadPipeline())  # models loaded before timing, as above
            s = ingest_parallel(store, shards, client=client, linker_factory=factory,
                                chunk_size=chunk)  # fmt: skip
        out["cpu_per_doc"] = s.cpu_seconds / max(1, s.documents)
        out["writer_cpu_per_doc"] = s.writer_cpu / max(1, s.documents)
        out["worker_rss_mb"] = sorted(round(v / 2**20) for v in s.worker_rss.values())
    out.update(
        seconds=s.seconds, documents=s.documents, rate=s.rate, new=s.new, unchanged=s.unchanged,
        failures=s.failures, totals=s.totals,
        writer_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    )  # fmt: skip
    store.close()
    if db.startswith("sqlite:///"):
        out["db_bytes"] = os.path.getsize(db.removeprefix("sqlite:///"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--workers", default="1,2", help="worker counts to run (comma-separated)")
    ap.add_argument("--chunk-size", type=int, default=200)
    ap.add_argument("--link", action="store_true", help="link after each chunk, as by default")
    ap.add_argument("--no-single", action="store_true", help="skip the single-process run")
    ap.add_argument("--warc", nargs="+", metavar="SHARD", help="measure these WARC shards (e.g. one real Common Crawl News shard) instead of synthetic ones")  # fmt: skip
    ap.add_argument("--run", help=argparse.SUPPRESS)  # internal: one run in a subprocess
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--shard", action="append", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run:
        print(json.dumps(run_one(args.run, args.shard, args.db, args.link, args.chunk_size)))
        return
    with tempfile.TemporaryDirectory(prefix="awol-bench-scale-") as tmp:
        t0 = time.monotonic()
        shards = args.warc or build(Path(tmp), args.docs, args.shards)
        size = sum(os.path.getsize(p) for p in shards)
        print(f"{'given' if args.warc else f'built {args.docs} pages in'} {len(shards)} WARC shards ({size / 2**20:.1f} MB) "
              f"in {time.monotonic() - t0:.1f}s; load average {os.getloadavg()[0]:.1f}")  # fmt: skip
        modes = ([] if args.no_single else ["single"]) + [w for w in args.workers.split(",") if w]
        results = {}
        for mode in modes:
            db = f"sqlite:///{tmp}/{mode}.db"
            cmd = [sys.executable, __file__, "--run", mode, "--db", db,
                   "--chunk-size", str(args.chunk_size)] + [x for s in shards for x in ("--shard", s)]  # fmt: skip
            if args.link:
                cmd.append("--link")
            load = os.getloadavg()[0]
            r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
            r["load"] = load
            results[mode] = r
            print(f"{mode:>6}: {r['documents']} docs in {r['seconds']:.1f}s = {r['rate']:.1f} docs/s; "
                  f"{r['cpu_per_doc'] * 1000:.1f} ms CPU/doc (writer {r.get('writer_cpu_per_doc', 0) * 1000:.1f}); workers {r['worker_rss_mb']} MB peak; "
                  f"writer {r['writer_rss_mb']} MB peak; {r.get('db_bytes', 0) / max(1, r['totals']['documents']):.0f} "
                  f"bytes stored/doc; load before {load:.1f}", flush=True)  # fmt: skip
        ref = results.get("single")
        for mode, r in results.items():
            if ref is not None and mode != "single":
                same = all(
                    r["totals"][k] == ref["totals"][k] for k in ("documents", "events", "figures")
                )
                same = same and (r["new"], r["unchanged"], r["failures"]) == (ref["new"], ref["unchanged"], ref["failures"])  # fmt: skip
                print(f"{mode:>6}: same documents/events/figures as the single-process run: {same}")
        base = results.get("1")
        for mode, r in results.items():
            if base is not None and mode not in ("single", "1"):
                eff = r["rate"] / (int(mode) * base["rate"])
                print(f"{mode:>6}: scaling efficiency vs 1 worker {eff:.2f} (target >= 0.8)")
        print(json.dumps({m: {k: v for k, v in r.items() if k != "totals"} | {"totals": r["totals"]}
                          for m, r in results.items()}))  # fmt: skip


if __name__ == "__main__":
    main()
