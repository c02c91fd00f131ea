"""Extraction throughput: articles per second on one core, and peak memory.

Runs the whole text path of ``awol extract`` (clean + extract) on the development corpus repeated
to at least N documents, separately for English and Russian articles.  Models (gazetteer,
morphology, lexicons) are loaded once, before timing.

    .venv/bin/python benchmarks/bench_extract.py [--docs 2000] [--corpus corpus/dev]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

from awol.model import Document
from awol.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def _docs(corpus: Path, lang: str, n: int) -> list[Document]:
    manifest = {
        m["id"]: m
        for m in map(
            json.loads, (corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
        )
        if m
    }
    files = sorted(p for p in corpus.glob(f"{lang}-*.txt") if p.stem in manifest)
    base = [(p, p.read_bytes()) for p in files]
    out: list[Document] = []
    i = 0
    while len(out) < n:
        p, raw = base[i % len(base)]
        m = manifest[p.stem]
        out.append(
            Document(
                origin=str(p),
                content=raw,
                id=f"{p.stem}-{i}",
                url=m.get("url"),
                outlet=m.get("outlet"),
                published=m.get("published"),
                language=m.get("language"),
            )
        )
        i += 1
    return out


def run(corpus: Path, n: int) -> dict[str, dict[str, float]]:
    pipeline = Pipeline()
    # warm up: load the gazetteer, pymorphy3 and the lexicons once
    list(pipeline.process(_docs(corpus, "en", 2) + _docs(corpus, "ru", 2)))
    results = {}
    for lang in ("en", "ru"):
        docs = _docs(corpus, lang, n)
        t0, c0 = time.perf_counter(), time.process_time()
        events = failed = 0
        for item in pipeline.process(docs):
            if hasattr(item, "events"):
                events += len(item.events)
            else:
                failed += 1
        dt = time.perf_counter() - t0
        cpu = time.process_time() - c0
        results[lang] = {
            "documents": len(docs),
            "seconds": round(dt, 2),
            "cpu_seconds": round(cpu, 2),
            "articles_per_second": round(len(docs) / dt, 1),
            "articles_per_cpu_second": round(len(docs) / cpu, 1),
            "events": events,
            "failed": failed,
        }
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000, help="documents per language (default 2000)")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "dev")
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    except (AttributeError, OSError):
        pass
    res = run(args.corpus, args.docs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for lang, r in res.items():
        print(
            f"{lang}: {r['documents']} articles in {r['seconds']} s = "
            f"{r['articles_per_second']} articles/s on one core "
            f"({r['articles_per_cpu_second']} per CPU-second); "
            f"{r['events']} events, {r['failed']} failed"
        )
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
