"""The sha1 of what a change must leave the same: every event and figure field of a long text
read on two processes (``--long MB --lang L``), or of ``awol extract`` of the dev corpus, the
seeds and the real corpus's train documents (``--corpora``).  Run it on two trees and compare.

    PYTHONPATH=src .venv/bin/python benchmarks/same_output.py --long 2 --lang ru
    PYTHONPATH=src .venv/bin/python benchmarks/same_output.py --corpora
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from long_text import long_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


def _long(mb: float, lang: str, workers: int) -> str:
    os.environ["AWOL_WORKERS"] = str(workers)
    from awol.pipeline import Pipeline

    doc = long_document(ROOT / "corpus" / "dev", lang, mb)
    (res,) = Pipeline().process([doc])
    events = [dataclasses.asdict(e) for e in res.events]
    figures = [dataclasses.asdict(f) for f in res.figures]
    blob = json.dumps([events, figures], ensure_ascii=False, sort_keys=True, default=str)
    return (
        f"long {lang} {mb} MB: {len(events)} events, {len(figures)} figures, sha1 "
        f"{hashlib.sha1(blob.encode()).hexdigest()}"
    )


def _extract(paths: list[str], manifest: Path | None) -> str:
    cmd = [sys.executable, "-m", "awol", "extract"] + (
        ["--manifest", str(manifest)] if manifest else []
    )
    out = subprocess.run(cmd + paths, capture_output=True, check=False).stdout
    return f"{len(out.splitlines())} lines, sha1 {hashlib.sha1(out).hexdigest()}"


def _corpora() -> list[str]:
    dev = ROOT / "corpus" / "dev"
    seeds = SHARED / "seeds"
    real = SHARED / "real"
    train = json.loads((real / "splits.json").read_text())["train"]
    files = [str(real / f"{i}.txt") for i in sorted(train) if (real / f"{i}.txt").exists()]
    return [
        f"dev: {_extract([str(dev)], dev / 'manifest.jsonl')}",
        f"seeds: {_extract([str(seeds)], seeds / 'manifest.jsonl')}",
        f"real train ({len(files)}): {_extract(files, real / 'manifest.jsonl')}",
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--long", type=float, metavar="MB")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--corpora", action="store_true")
    args = ap.parse_args()
    if args.long:
        print(_long(args.long, args.lang, args.workers))
    if args.corpora:
        print("\n".join(_corpora()))


if __name__ == "__main__":
    main()
