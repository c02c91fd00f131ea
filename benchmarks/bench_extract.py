"""Extraction throughput: articles per second on one core, and peak memory.

Runs the whole text path of ``awol extract`` (clean + extract) on the development corpus repeated
to at least N documents, separately for English and Russian articles.  Models (gazetteer,
morphology, lexicons) are loaded once, before timing; each language's articles are then read
once (the first pass: patterns, grammars and dictionaries built where first used, each word's
first reading), timed apart from the N (issue 8's targets: 100 English and 50 Russian articles
per CPU-second).  Both rates are printed: after the first pass, and with it (as measured before).

    .venv/bin/python benchmarks/bench_extract.py [--docs 2000] [--corpus corpus/dev]

With ``--long MB`` it measures instead the cost of ONE long text in its length: ALL the articles
of one language (``--lang``, default English, the dearer one) made into a single text of MB and of
MB/4 megabytes, each cleaned and extracted in a fresh process.  The text is honest for a cache
keyed on a sentence: paragraphs shuffled across the articles, numbers, dates and capitalised words
(names, places) changed, and no sentence of three words or more occurring more than three times
(:mod:`long_text`, reproducible).  It prints the characters, the wall time, the CPU time (of the
process and of any workers it started), peak memory and the CPU seconds per MB at both sizes
(equal per-MB costs = linear), and at 20 MB whether issue 12's target is met: a 20 MB text under
60 s, said of the CPU time and of the wall time apart (the wall time is the CPU time's only on an
idle machine and with one worker).

With ``--parallel`` the long text's process is not held to one core: where more than one is
free, the text is read on all of them (:mod:`awol.parallel`: the reader reads its parts
from the first on, forked workers theirs from the last back); ``--workers N`` sets the number of
processes (``AWOL_WORKERS``, the reader among them; 1 is one process).  It then prints the
reader's and the workers' CPU time apart (the total is theirs together), the peak memory of the
reader and of each worker, the parts each read and the bytes the workers sent back.

    .venv/bin/python benchmarks/bench_extract.py --long 20 [--lang en] [--parallel | --workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from long_text import long_document, repetition

from awol.model import Document
from awol.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 60  # issue 12: a 20 MB text


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
    """Each language's articles once (the first pass: the patterns, grammars and dictionaries
    built where first used, and the first reading of each word), then ``n`` of them (the corpus
    repeated: what a long-running monitor costs per article), each timed apart."""
    pipeline = Pipeline()
    # warm up: load the gazetteer, pymorphy3 and the lexicons once
    list(pipeline.process(_docs(corpus, "en", 2) + _docs(corpus, "ru", 2)))
    results = {}
    for lang in ("en", "ru"):
        first = _timed(pipeline, _docs(corpus, lang, _count(corpus, lang)))
        r = results[lang] = _timed(pipeline, _docs(corpus, lang, n))
        r["first_pass"] = first
        # (as this benchmark measured before perf11: the first pass and then the rest of the n)
        rest = _timed_cpu(r, first, n)
        r["articles_per_cpu_second_with_first_pass"] = rest
    return results


def _count(corpus: Path, lang: str) -> int:
    """The number of ``lang`` articles the corpus holds (those its manifest lists)."""
    ids = {
        m["id"]
        for m in map(
            json.loads, (corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
        )
        if m
    }
    return sum(1 for p in corpus.glob(f"{lang}-*.txt") if p.stem in ids)


def _timed(pipeline: Pipeline, docs: list[Document]) -> dict[str, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    events = failed = 0
    for item in pipeline.process(docs):
        if hasattr(item, "events"):
            events += len(item.events)
        else:
            failed += 1
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    return {
        "documents": len(docs),
        "seconds": round(dt, 2),
        "cpu_seconds": round(cpu, 2),
        "articles_per_second": round(len(docs) / dt, 1),
        "articles_per_cpu_second": round(len(docs) / cpu, 1),
        "events": events,
        "failed": failed,
    }


def _timed_cpu(steady: dict, first: dict, n: int) -> float:
    """Articles per CPU-second of ``n`` articles that start with the first pass (``first``) and
    go on at the steady rate."""
    k = first["documents"]
    cpu = first["cpu_seconds"] + max(n - k, 0) * steady["cpu_seconds"] / steady["documents"]
    return round(n / cpu, 1)


def run_long(corpus: Path, lang: str, megabytes: float) -> dict[str, float]:
    """Clean + extract one text of ``megabytes`` (run in a fresh process for its peak memory)."""
    pipeline = Pipeline()
    list(pipeline.process(_docs(corpus, lang, 2)))  # load the models before timing
    doc = long_document(corpus, lang, megabytes)
    text = doc.content.decode("utf-8")
    sentences, distinct, most = repetition(text)
    from awol import parallel
    from awol.parallel import workers

    t0, c0, r0 = time.perf_counter(), _cpu(), _cpu(resource.RUSAGE_SELF)
    (res,) = pipeline.process([doc])
    cpu = _cpu() - c0
    mb = len(doc.content) / 1_000_000
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    parts = dict(parallel.LAST)
    peak = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return {
        "workers": workers(),  # (processes, the reader among them)
        "reader_cpu_seconds": round(_cpu(resource.RUSAGE_SELF) - r0, 1),
        "parts": parts,
        "peak_total_mb": peak + sum(parts.get("worker_peak_mb") or []),
        "megabytes": round(mb, 2),
        "characters": len(text),
        "sentences": sentences,
        "distinct": distinct,
        "most_repeated": most,
        "seconds": round(time.perf_counter() - t0, 1),
        "cpu_seconds": round(cpu, 1),
        "cpu_seconds_per_mb": round(cpu / mb, 2),
        "events": len(getattr(res, "events", [])),
        "figures": len(getattr(res, "figures", [])),
        "error": getattr(res, "reason", None),
        "peak_mb": peak,
        "worker_peak_mb": round(children),
    }


def _cpu(who: int | None = None) -> float:
    """CPU seconds of this process and of its children that have ended (workers); of ``who``
    alone where given."""
    use = [resource.getrusage(w) for w in ((who,) if who is not None else _BOTH)]
    return sum(u.ru_utime + u.ru_stime for u in use)


_BOTH = (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)


def _one_core() -> None:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass


def _split(r: dict) -> str:
    """The reader's and the workers' CPU time, where workers read parts of the text."""
    parts = r["parts"]
    if not parts:
        return ""
    return (
        f" (reader {r['reader_cpu_seconds']} s, {parts['workers']} worker"
        f"{'s' if parts['workers'] > 1 else ''} {round(r['cpu_seconds'] - r['reader_cpu_seconds'], 1)} s;"
        f" parts read by the reader {parts['read_here']} as it went and "
        f"{parts.get('read_between', 0)} as a worker would, by the workers "
        f"{parts['read_by_workers']}, lost {parts['lost']}; the reader waited "
        f"{parts['waited_seconds']} s; sent back {parts['shipped_bytes'] / 1e6:.1f} MB, the "
        f"largest part {parts['largest_part_bytes'] / 1e6:.2f} MB; read again by the reader "
        f"{parts.get('readings_asked', 0) - parts.get('readings_taken', 0)} of "
        f"{parts.get('readings_asked', 0)} sentences)"
    )


def _peaks(r: dict) -> str:
    peaks = (r["parts"] or {}).get("worker_peak_mb")
    if not peaks:
        return ""
    return f" (workers {', '.join(map(str, peaks))} MB; all together {r['peak_total_mb']} MB)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000, help="documents per language (default 2000)")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "dev")
    ap.add_argument("--long", type=float, metavar="MB", help="one long text of MB (and MB/4)")
    ap.add_argument("--lang", default="en", help="language of the long text (default en)")
    ap.add_argument(
        "--parallel", action="store_true", help="the long text with workers (not one core)"
    )
    ap.add_argument(
        "--workers", type=int, metavar="N", help="the long text on N processes (AWOL_WORKERS)"
    )
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # child process
    args = ap.parse_args()
    if args.workers:
        os.environ["AWOL_WORKERS"] = str(args.workers)
        args.parallel = args.parallel or args.workers > 1
    if not args.parallel:
        _one_core()
    if args.long and args.one:
        print(json.dumps(run_long(args.corpus, args.lang, args.long)))
        return
    if args.long:
        rows = []
        for mb in (args.long / 4, args.long):
            out = subprocess.run(
                [sys.executable, __file__, "--one", "--long", str(mb), "--lang", args.lang,
                 "--corpus", str(args.corpus)] + (["--parallel"] if args.parallel else []),
                capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            r = json.loads(out.splitlines()[-1])
            rows.append(r)
            print(
                f"{args.lang}{' (parallel)' if args.parallel else ' (one core)'}, "
                f"{r['workers']} process{'es' if r['workers'] > 1 else ''}: "
                f"one text of {r['megabytes']} MB ({r['characters']} characters; "
                f"{r['sentences']} sentences of 3+ words, {r['distinct']} distinct, none more "
                f"than {r['most_repeated']} times): {r['seconds']} s wall, "
                f"{r['cpu_seconds']} s CPU" + _split(r) + f", {r['cpu_seconds_per_mb']} s CPU "
                f"per MB, peak memory {r['peak_mb']} MB" + _peaks(r)
                + f"; {r['events']} events, {r['figures']} figures"
                + (f"; error: {r['error']}" if r["error"] else "")
            )  # fmt: skip
            sys.stdout.flush()
        small, large = rows
        print(
            f"growth: {large['megabytes'] / small['megabytes']:.1f}x the text costs "
            f"{large['cpu_seconds'] / small['cpu_seconds']:.2f}x the CPU "
            f"(per MB {small['cpu_seconds_per_mb']} -> {large['cpu_seconds_per_mb']} s)"
        )
        if large["megabytes"] >= 20:
            # (the wall time depends on the machine's load and on the workers)
            for what, key in (("CPU", "cpu_seconds"), ("wall", "seconds")):
                met = large[key] < TARGET_SECONDS
                print(
                    f"target (issue 12): a 20 MB text under {TARGET_SECONDS} s of {what} "
                    f"time: {'MET' if met else 'NOT met'} ({large[key]} s {what})"
                )
        return
    res = run(args.corpus, args.docs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for lang, r in res.items():
        f = r["first_pass"]
        print(
            f"{lang}: first pass, each of the {f['documents']} articles once: {f['cpu_seconds']} s "
            f"CPU ({f['articles_per_cpu_second']} per CPU-second; patterns and dictionaries "
            f"built where first used, each word read first)"
        )
        print(
            f"{lang}: {r['documents']} articles in {r['seconds']} s = "
            f"{r['articles_per_second']} articles/s on one core "
            f"({r['articles_per_cpu_second']} per CPU-second after the first pass; "
            f"{r['articles_per_cpu_second_with_first_pass']} with it); "
            f"{r['events']} events, {r['failed']} failed"
        )
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
