"""The reader's critical path of one long text, stage by stage: ``time.thread_time`` of each
stage in the reader (the process that cleans the text, reads it in order and finishes the
events), not the workers' nor the forked children's.

    PYTHONPATH=src .venv/bin/python benchmarks/reader_stages.py --mb 5 [--lang en] [--workers 2]

With two or more processes the wall time of a long text is set by the reader: what it does
alone before the workers start (cleaning, splitting, the topic of each sentence), its share of
the loop (the parts it reads between its own, plus the document level of every sentence, its
alone), and what it does alone after the loop.  A stage is timed by wrapping the function the
reader calls (inclusive of what it calls: nested stages are indented); the wrappers cost ~1 us
a call, so the loop's per-sentence stages read a little high.  No output is changed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import time
from collections import defaultdict
from pathlib import Path

from long_text import long_document

ROOT = Path(__file__).resolve().parents[1]
READER = os.getpid()
SPENT: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)
MARKS: dict[str, float] = {}
ORDER: list[tuple[str, int]] = []  # (label, depth)
_DEPTH = [0]


PROFILE: list = []  # (label, cProfile.Profile): the stage profiled, where asked


def _timed(fn, label: str, depth: int):
    ORDER.append((label, depth))

    def wrapper(*args, **kwargs):
        if os.getpid() != READER:
            return fn(*args, **kwargs)
        t0 = time.thread_time()
        try:
            if PROFILE and PROFILE[0] == label:
                return PROFILE[1].runcall(fn, *args, **kwargs)
            return fn(*args, **kwargs)
        finally:
            t1 = MARKS[label + " end"] = time.thread_time()
            SPENT[label] += t1 - t0
            CALLS[label] += 1

    wrapper.__wrapped__ = fn
    return wrapper


def _mark(fn, label: str):
    def wrapper(*args, **kwargs):
        if os.getpid() == READER:
            MARKS[label] = time.thread_time()
        return fn(*args, **kwargs)

    return wrapper


def wrap(module: str, name: str, label: str | None = None, depth: int = 1, owner=None) -> None:
    mod = importlib.import_module(module)
    holder = getattr(mod, owner) if owner else mod
    if hasattr(holder, name):  # (a stage of one tree, not of another: not timed)
        setattr(holder, name, _timed(getattr(holder, name), label or name, depth))


def _home(name: str, *modules: str) -> str:
    """The first of ``modules`` that calls ``name`` (the last where none does)."""
    for module in modules:
        if hasattr(importlib.import_module(module), name):
            return module
    return modules[-1]


def install(light: bool = False) -> None:
    """The stages wrapped (``light``: none called once per sentence, whose wrappers would
    weigh on the loop: the loop's share measured as it is)."""
    # cleaning (before extraction: the reader alone)
    wrap("awol.clean", "clean_text", "clean_text", 0)
    wrap("awol.clean.text", "normalize_text", "normalize_text", 1)
    wrap("awol.clean.text", "split_units", "split_units", 1)
    wrap("awol.clean.text", "_first_drops", "_first_drops (halves)", 1)
    wrap("awol.clean", "content_hash", "content_hash", 0)
    wrap("awol.clean", "choose_language", "choose_language", 0)
    wrap("awol.clean", "is_text_unit", "is_text_unit (prose check)", 0)
    wrap("awol.clean", "decode_document", "decode_document", 0)
    # the document level
    d = "awol.extract.document"
    wrap("awol.extract", "_extract_by_language", "extract (all)", 0)
    wrap(d, "_read", "_read", 0)
    wrap(d, "split_sentences", "split_sentences", 1)
    wrap(d, "read_verdicts_ahead", "read_verdicts_ahead (fork)", 1)
    wrap(d, "on_topic", "on_topic (article)", 1)
    doc = importlib.import_module(d)
    doc.Drafts = _mark(doc.Drafts, "loop start")
    doc._counted_later = _mark(doc._counted_later, "loop end")
    v = "awol.extract.verdicts"
    wrap("awol.parallel", "result", "Parts.result (wait, between, unpickle)", 3, owner="Parts")
    wrap(v, "_between", "part read between", 4, owner="Ahead")
    wrap(v, "_read_here", "part read here (verdicts, names)", 3, owner="Ahead")
    wrap("awol.extract.attribution", "know", "sources.know", 3, owner="SourceChain")
    for name in (
        ()
        if light
        else (
            "analyse_sentence",
            "find_figures",
            "sentence_stages",
            "_courts",
            "armed_statement",
            "occurrence",
            "soon_after",
            "told_in_relative",
            "ongoing_search",
            "another_case",
            "part_of_group",
            "recap",
            "same_person",
            "referent",
            "clause_bounds",
            "vague_quantity",
            "place_there",
            "_people_counted",
            "state_key",
            "forget",
        )
    ):
        wrap(d, name, name, 2)
    if not light:
        wrap("awol.extract.figure_sources", "add", "statements.add", 2, owner="ArticleStatements")
        wrap("awol.extract.merging", "merge", "drafts.merge", 2, owner="Drafts")
        wrap(v, "load", "load (worker's reading)", 3)
        wrap(v, "analysis", "pooled.analysis", 2, owner="Ahead")
    for name, depth in (
        ("_counted_later", 1),
        ("merge_steps", 1),
        ("merge_background", 1),
        ("absorb_weak", 1),
        ("charges_of_verdicts", 1),
        ("labels_only", 1),
        ("restated_totals", 1),
        ("headline_totals", 1),
        ("rest_at_large", 1),
        ("army_country", 1),
        ("sentence_places", 1),
        ("map_halves", 1),
        ("finish", 2 if not light else -1),
        ("people_apart", 1),
        ("when_it_happened", 1),
        ("place_flights", 1),
        ("date_in_the_story", 1),
        ("search_where_fled", 1),
        ("place_at_home", 1),
        ("bounded_month", 1),
        ("carry_armed", 1),
        ("court_of_story", 1),
        ("source_of_story", 1),
        ("place_from_issuer", 1),
        ("named_apart", 1),
        ("name_from_story", 1),
        ("carry_story_person", 1),
        ("carry_search_group", 1),
        ("who_before_name", 1),
        ("who_from_sentence_before", 1),
        ("relevance_value", 1),
        ("prison_story", 1),
        ("table_figures", 1),
        ("dedupe_figures", 1),
    ):
        if depth < 0:
            continue
        if name in ("merge_background", "merge_steps"):
            wrap("awol.extract.merging", name, name, depth, owner="Drafts")
        else:  # (in the module that calls it: the document's, or its stages read apart)
            wrap(_home(name, d, "awol.extract.document_apart", "awol.extract.article_sources"),
                 name, name, depth)  # fmt: skip
    wrap("awol.parallel", "value", "Apart.value (people: wait)", 2, owner="Apart")
    wrap("awol.extract.figure_sources", "attribute", "statements.attribute", 2,
         owner="ArticleStatements")  # fmt: skip
    wrap(d, "_extract", "_extract (+ settle)", 0)
    wrap(v, "settle", "settle", 1)
    wrap("awol.extract.rescue", "recover_types", "recover_types", 0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5)
    ap.add_argument("--lang", default="en")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "dev")
    ap.add_argument("--json", action="store_true", help="one JSON line, not the table")
    ap.add_argument("--profile", metavar="STAGE", help="cProfile of one stage (its label)")
    ap.add_argument("--light", action="store_true", help="no stage called per sentence timed")
    args = ap.parse_args()
    if args.profile:
        import cProfile

        PROFILE.extend((args.profile, cProfile.Profile()))
    os.environ["AWOL_WORKERS"] = str(args.workers)
    from bench_extract import _docs

    from awol import parallel
    from awol.pipeline import Pipeline

    pipeline = Pipeline()
    list(pipeline.process(_docs(args.corpus, args.lang, 2)))  # the models loaded
    doc = long_document(args.corpus, args.lang, args.mb)
    install(args.light)
    pipeline = Pipeline()
    t0, w0 = time.thread_time(), time.perf_counter()
    (res,) = pipeline.process([doc])
    reader = time.thread_time() - t0
    wall = time.perf_counter() - w0
    parts = dict(parallel.LAST)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    loop = MARKS.get("loop end", 0) - MARKS.get("loop start", 0)
    before = MARKS.get("loop start", 0) - t0  # (cleaning, splitting, topic: the reader alone)
    after = MARKS.get("_read end", 0) - MARKS.get("loop end", 0)  # (the article's stages)
    out = {
        "mb": args.mb,
        "lang": args.lang,
        "reader_cpu": round(reader, 2),
        "wall": round(wall, 1),
        "children_cpu": round(kids.ru_utime + kids.ru_stime, 2),
        "load": os.getloadavg()[0],
        "before_loop": round(before, 2),
        "loop": round(loop, 2),
        "after_loop": round(after, 2),
        "events": len(getattr(res, "events", [])),
        "figures": len(getattr(res, "figures", [])),
        "parts": {
            k: parts.get(k)
            for k in (
                "parts",
                "read_here",
                "read_between",
                "read_by_workers",
                "waited_seconds",
                "worker_cpu_seconds",
            )
        },  # fmt: skip
        "stages": {k: [round(SPENT[k], 3), CALLS[k]] for k, _ in ORDER if k in SPENT},
    }
    if args.json:
        print(json.dumps(out))
        return
    print(
        f"{args.lang} {args.mb} MB, {args.workers} processes: reader {out['reader_cpu']} s CPU "
        f"(thread), wall {out['wall']} s at load {out['load']:.1f}, children "
        f"{out['children_cpu']} s; {out['events']} events, {out['figures']} figures"
    )
    print(f"parts: {out['parts']}")
    print(
        f"before the loop {before:.2f} s, the loop (Drafts() .. _counted_later) {loop:.2f} s, "
        f"after it (to _read's end) {after:.2f} s"
    )
    seen = set()
    for label, depth in ORDER:
        if label in seen or label not in SPENT:
            continue
        seen.add(label)
        print(f"{'  ' * depth}{label:<{44 - 2 * depth}} {SPENT[label]:8.3f} s {CALLS[label]:8d}")
    if PROFILE:
        import pstats

        pstats.Stats(PROFILE[1]).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
