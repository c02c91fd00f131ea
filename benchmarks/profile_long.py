"""cProfile of ALL the processes of one long text: the reader, the workers and the forked
children (:class:`awol.parallel.Apart`, :func:`awol.parallel.map_halves`), each profiled apart
and summed by function, with each process's CPU (its own ``resource`` use) beside.

    PYTHONPATH=src .venv/bin/python benchmarks/profile_long.py --mb 5 [--lang en] [--workers 2]
        [--top 40] [--sort tottime|cumulative] [--out DIR]

cProfile slows each process about twice, the reader's per-call stages most, so the reader
reads fewer parts between its own than it would: read the shares by function, not the wall
time.  Each process's stats go to ``DIR/<role>-<pid>.prof`` (pstats files).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import time
from pathlib import Path

from long_text import long_document

ROOT = Path(__file__).resolve().parents[1]


def _profiled(fn, role: str, out: Path):
    def wrapper(*args, **kwargs):
        prof = cProfile.Profile()
        prof.enable()
        try:
            return fn(*args, **kwargs)
        finally:
            prof.disable()
            use = resource.getrusage(resource.RUSAGE_SELF)
            prof.dump_stats(str(out / f"{role}-{os.getpid()}.prof"))
            (out / f"{role}-{os.getpid()}.cpu").write_text(f"{use.ru_utime + use.ru_stime}\n")

    return wrapper


def install(out: Path) -> None:
    """The workers' and the children's bodies profiled (each dumps its stats before it exits:
    they end by ``os._exit``, so the dump is inside the profiled call's ``finally``)."""
    from awol import parallel

    work = parallel._work

    def _work(read, parts, w):
        # (the profile dumped before the worker's os._exit: around ``read`` for each part)
        prof = cProfile.Profile()

        def read_profiled(k):
            prof.enable()
            try:
                return read(k)
            finally:
                prof.disable()
                prof.dump_stats(str(out / f"worker-{os.getpid()}.prof"))
                use = resource.getrusage(resource.RUSAGE_SELF)
                (out / f"worker-{os.getpid()}.cpu").write_text(f"{use.ru_utime + use.ru_stime}\n")

        return work(read_profiled, parts, w)

    parallel._work = _work
    apart = parallel._apart

    def _apart(fn, args, send):
        return apart(_profiled(fn, f"child-{getattr(fn, '__name__', 'fn')}", out), args, send)

    parallel._apart = _apart


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5)
    ap.add_argument("--lang", default="en")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "dev")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--sort", default="tottime")
    ap.add_argument("--out", type=Path, default=Path("/tmp/profile_long"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for p in args.out.glob("*"):
        p.unlink()
    os.environ["AWOL_WORKERS"] = str(args.workers)
    from bench_extract import _docs

    from awol.pipeline import Pipeline

    pipeline = Pipeline()
    list(pipeline.process(_docs(args.corpus, args.lang, 2)))  # the models loaded
    doc = long_document(args.corpus, args.lang, args.mb)
    install(args.out)
    pipeline = Pipeline()
    c0 = resource.getrusage(resource.RUSAGE_SELF)
    w0 = time.perf_counter()
    prof = cProfile.Profile()
    prof.enable()
    (res,) = pipeline.process([doc])
    prof.disable()
    wall = time.perf_counter() - w0
    c1 = resource.getrusage(resource.RUSAGE_SELF)
    prof.dump_stats(str(args.out / f"reader-{os.getpid()}.prof"))
    reader = c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime
    (args.out / f"reader-{os.getpid()}.cpu").write_text(f"{reader}\n")
    print(f"{args.lang} {args.mb} MB, {args.workers} processes, wall {wall:.1f} s (profiled), "
          f"{len(res.events)} events, {len(res.figures)} figures")  # fmt: skip
    roles: dict[str, list[Path]] = {}
    for p in sorted(args.out.glob("*.prof")):
        roles.setdefault(p.stem.rsplit("-", 1)[0], []).append(p)
    for role, files in roles.items():
        cpu = sum(float(p.with_suffix(".cpu").read_text()) for p in files)
        print(f"  {role}: {len(files)} process(es), CPU {cpu:.2f} s (profiled)")
    every = pstats.Stats(*map(str, sorted(args.out.glob("*.prof"))))
    print(f"\nall processes, by {args.sort}:")
    every.sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
