"""Fuzz: a few hundred mutated corpus/dev articles through cleaning and extraction: 0 tracebacks,
every evidence offset valid (thousands: benchmarks/bench_fuzz.py)."""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from fuzz import mutants, run_one  # noqa: E402

from awol.model import Document  # noqa: E402

N = int(os.environ.get("AWOL_FUZZ_N", "300"))


def test_mutated_articles_never_crash_and_offsets_stay_valid():
    problems = []
    for desc, doc in itertools.islice(mutants(seed=12), N):
        p = run_one(doc)
        if p:
            problems.append(f"{desc}\n{p}")
    print(f"\nfuzz: {N} inputs tried, {len(problems)} crashes or bad offsets")
    assert not problems, "\n\n".join(problems[:5])


def test_the_fuzz_check_sees_a_crash_and_a_bad_offset(monkeypatch):
    import fuzz

    from awol.extract import Extractor
    from awol.model import Evidence, Extraction, Figure

    doc = Document(origin="x", content=(fuzz.DEV / "ru-02.txt").read_bytes())
    monkeypatch.setattr(fuzz, "_EXTRACTOR", None)
    monkeypatch.setattr(Extractor, "extract", lambda self, a: 1 / 0)
    assert "ZeroDivisionError" in (run_one(doc) or "")
    bad = Figure(metric="m", value=1, evidence=Evidence("nope", 0, 4))
    monkeypatch.setattr(
        Extractor, "extract", lambda self, a: Extraction(article=a, events=[], figures=[bad])
    )
    monkeypatch.setattr(fuzz, "_EXTRACTOR", None)
    article = (fuzz.DEV / "en-01.txt").read_bytes()
    assert "offsets" in (run_one(Document(origin="x", content=article)) or "")
