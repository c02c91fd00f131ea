"""Fuzz the pipeline with thousands of mutated corpus/dev articles.

    .venv/bin/python benchmarks/bench_fuzz.py --n 10000 [--seed 0] [--workers 2]

Prints the inputs tried, the crashes (tracebacks other than the InputError that reports bad
input) and bad evidence offsets, with the mutation that caused the first few.  Target: 0.
The mutations are in tests/robust/fuzz.py (the test suite runs a few hundred of them).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "robust"))
from fuzz import mutants, run_one  # noqa: E402


def _work(args: tuple[int, int, int]) -> tuple[int, list[str]]:
    seed, start, count = args
    problems = []
    for desc, doc in itertools.islice(mutants(seed), start, start + count):
        p = run_one(doc)
        if p:
            problems.append(f"{desc}\n{p}")
    return count, problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--show", type=int, default=5)
    args = ap.parse_args()
    t0 = time.perf_counter()
    step = 250
    jobs = [(args.seed, s, min(step, args.n - s)) for s in range(0, args.n, step)]
    tried, problems = 0, []
    if args.workers > 1:
        with Pool(args.workers) as pool:
            for n, p in pool.imap_unordered(_work, jobs):
                tried += n
                problems += p
    else:
        for job in jobs:
            n, p = _work(job)
            tried += n
            problems += p
            print(f"  {tried} tried, {len(problems)} problems", file=sys.stderr)
    dt = time.perf_counter() - t0
    print(f"fuzz: {tried} inputs tried, {len(problems)} crashes or bad offsets ({dt:.0f}s, seed {args.seed})")  # fmt: skip
    for p in problems[: args.show]:
        print("----\n" + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
