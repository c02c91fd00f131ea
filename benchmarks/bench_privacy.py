"""Names left in public output, over-masking and masking cost.

    .venv/bin/python benchmarks/bench_privacy.py corpus/dev ../shared/corpus/real [--show 30]
    .venv/bin/python benchmarks/bench_privacy.py corpus/dev --synthetic 10000

For each corpus folder (with a gold.jsonl): ingest it into a temporary SQLite database, export
every format (acled-csv, csv, jsonl, geojson, parquet, incidents, cases) with and without
``--with-names``, and count in each output record the forms of the gold names of its documents
(any inflection, either script, surname or given name alone: tests/privacy/audit.py).  Then, over the stored events'
evidence sentences, count the masked spans that are not a form of a gold name or of a name the
extractor stored (other persons -- relatives, lawyers, officials -- or over-masking; ``--show``
prints them to judge, for corpus/dev only: of a real corpus it prints a count and a hash, never a
name), and the masking cost per event.
"""

from __future__ import annotations

import argparse
import io
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "privacy"))

from audit import audit_store, digest, gold_names, leaks  # noqa: E402

from awol.privacy import collect_names, mask_spans  # noqa: E402
from awol.serve.export import export  # noqa: E402
from awol.store import Store  # noqa: E402


def run(corpus: Path) -> dict:
    names_by_doc = gold_names(corpus)
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/p.db"
        subprocess.run(
            [str(ROOT / ".venv/bin/awol"), "ingest", str(corpus), "--db", db, "--no-progress"],
            check=False,
            capture_output=True,
        )
        # a default export in a fresh process: the first one recognises names and stores the
        # spans (table name_spans), the next ones read them (the CPU of the whole process)
        res: dict = {"corpus": str(corpus), "gold_names": len(set().union(*names_by_doc.values()))}
        res["fresh_exports"] = [_fresh_export(db) for _ in range(2)]
        store = Store(db)
        events = store.events()
        res["events"] = len(events)
        # masking cost: a cold recogniser, one default jsonl export
        t0 = time.perf_counter()
        export(store, "jsonl", io.StringIO())
        res["export_seconds"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        export(store, "jsonl", io.StringIO(), with_names=True)
        res["export_with_names_seconds"] = time.perf_counter() - t0
        res["outputs"] = audit_store(store, names_by_doc)
        other, words, masked_words = [], 0, 0
        for ev in events:
            text = ev["evidence"]["text"] or ""
            stored = collect_names(ev, recognised=False)
            gold = names_by_doc.get(ev["document_id"], set())
            words += len(text.split())
            for s, e in mask_spans(text, stored):
                masked_words += len(text[s:e].split())
                if not leaks(text[s:e], gold | set(stored)):
                    other.append(text[s:e])
        res["other_masked"] = other
        res["words"], res["masked_words"] = words, masked_words
        store.close()
    return res


def _fresh_export(db: str) -> float:
    """CPU seconds of ``awol export --format jsonl`` (default: names masked) in a new process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [str(ROOT / ".venv/bin/awol"), "export", "--db", db, "--format", "jsonl"],
        check=True,
        capture_output=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def synthetic(corpus: Path, n: int) -> None:
    """Masking cost for ``n`` events whose texts are all distinct (no cache hits): the events
    of ``corpus`` repeated with a serial number appended to every free-text field."""
    from awol.serve.export import PublicEvents

    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/p.db"
        subprocess.run(
            [str(ROOT / ".venv/bin/awol"), "ingest", str(corpus), "--db", db, "--no-progress"],
            check=False,
            capture_output=True,
        )
        with Store(db) as store:
            base = store.events()
    events = []
    for i in range(n):
        ev = dict(base[i % len(base)])
        ev["event_id"], ev["document_id"] = f"s{i}", f"doc{i // 3}"
        ev["evidence"] = dict(ev["evidence"], text=f"{ev['evidence']['text']} ({i})")
        for k in ("who", "source", "place_text"):
            if ev.get(k):
                ev[k] = f"{ev[k]} {i}"
        ev["title"] = f"{ev.get('title') or ''} {i // 3}"
        events.append(ev)
    t0 = time.perf_counter()
    pub = PublicEvents(events, False)
    out = [pub(e) for e in events]
    dt = time.perf_counter() - t0
    print(
        f"synthetic: {len(out)} events with distinct texts masked in {dt:.1f}s "
        f"({1000 * dt / max(1, n):.2f} ms/event; 100k events ~ {dt / max(1, n) * 100_000 / 60:.0f} min)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--show", type=int, default=40, help="print this many other masked spans")
    ap.add_argument(
        "--synthetic",
        type=int,
        default=0,
        metavar="N",
        help="also time masking N events with distinct texts (from the first corpus)",
    )
    args = ap.parse_args()
    if args.synthetic:
        synthetic(args.corpora[0], args.synthetic)
    for corpus in args.corpora:
        if not (corpus / "gold.jsonl").exists():
            print(f"{corpus}: no gold.jsonl, skipped")
            continue
        r = run(corpus)
        print(f"== {r['corpus']}: {r['gold_names']} gold names, {r['events']} events")
        print(f"{'output':<16} {'with names':>10} {'default':>8}")
        private = corpus.resolve() != (ROOT / "corpus" / "dev").resolve()
        for label, (before, after, sample) in r["outputs"].items():
            shown = digest(sample) if private else " ".join(sample)
            print(f"{label:<16} {before:>10} {after:>8}  {shown}")
        first, second = r["fresh_exports"]
        print(
            f"awol export --format jsonl in a fresh process, CPU: {first:.1f}s the first time "
            f"(recognises names, stores their spans), {second:.1f}s the next time (reads them); "
            f"{r['events']} events"
        )
        print(
            f"jsonl export, default (cold recogniser, model load included): "
            f"{r['export_seconds']:.1f}s; with names: {r['export_with_names_seconds']:.1f}s"
        )
        print(
            f"evidence sentences: {r['masked_words']} of {r['words']} words masked; "
            f"{len(r['other_masked'])} masked spans are not a form of a gold or stored name "
            f"(other people, or over-masking: see below)"
        )
        if private:
            print(f"   other: {digest(r['other_masked'])}")
            continue
        for t in r["other_masked"][: args.show]:
            print(f"   other: {t}")


if __name__ == "__main__":
    main()
