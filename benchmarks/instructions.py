"""Instructions of one warm pass over the development articles of a language, under callgrind.

Timings on a shared machine swing with its load; the instructions of the same pass do not.  The
pipeline is loaded and warmed (two articles of each language, then every article of LANG once),
then callgrind's collection is switched on for PASSES passes over the articles of LANG only:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        --callgrind-out-file=OUT .venv/bin/python benchmarks/instructions.py en
    callgrind_annotate OUT | head -60

(``PYTHONHASHSEED=0``: the same hashes, so the same dict and set orders, run after run.)  Without
valgrind it runs the same passes and prints their CPU time and the cyclic collector's work in
them (``gc.callbacks``: collections by generation and their CPU time), the figure that told
whether the collector was worth freezing (round 50, speed50: docs/performance.md).
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import time
from pathlib import Path

from bench_extract import _count, _docs

from awol.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def _callgrind(on: bool) -> None:
    """Switch callgrind's collection in this process (nothing where valgrind is not running)."""
    try:
        subprocess.run(
            ["callgrind_control", "-i", "on" if on else "off", str(os.getpid())],
            capture_output=True,
            check=False,
        )
    except OSError:
        pass


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang", choices=["en", "ru"])
    ap.add_argument("--passes", type=int, default=1, help="passes measured (default 1)")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "dev")
    args = ap.parse_args()
    corpus = args.corpus
    pipeline = Pipeline()
    list(pipeline.process(_docs(corpus, "en", 2) + _docs(corpus, "ru", 2)))
    list(pipeline.process(_docs(corpus, args.lang, _count(corpus, args.lang))))
    docs = _docs(corpus, args.lang, args.passes * _count(corpus, args.lang))
    collections: dict[int, list[float]] = {0: [0, 0.0], 1: [0, 0.0], 2: [0, 0.0]}
    began = [0.0]

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            began[0] = time.process_time()
        else:
            c = collections[info["generation"]]
            c[0] += 1
            c[1] += time.process_time() - began[0]

    gc.callbacks.append(watch)
    _callgrind(True)
    cpu = time.process_time()
    list(pipeline.process(docs))
    cpu = time.process_time() - cpu
    _callgrind(False)
    gc.callbacks.remove(watch)
    print(
        f"{args.lang}: {len(docs)} articles, {cpu:.2f} s CPU; the collector: "
        + ", ".join(f"generation {g} {n} ({t * 1000:.0f} ms)" for g, (n, t) in collections.items())
        + f"; objects it walks {len(gc.get_objects())}, frozen {gc.get_freeze_count()}"
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
