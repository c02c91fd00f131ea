"""Names left in public output, over-masking and masking cost.

    .venv/bin/python benchmarks/bench_privacy.py corpus/dev ../shared/corpus/real [--show 30]

For each corpus folder (with a gold.jsonl): ingest it into a temporary SQLite database, export
every format (acled-csv, csv, jsonl, geojson, parquet, incidents, cases) with and without
``--with-names``, and count the forms of the gold names (any inflection, either script, surname
or given name alone: tests/privacy/audit.py) found in each.  Then, over the stored events'
evidence sentences, count the masked spans that are not a form of a gold name or of a name the
extractor stored (other persons -- relatives, lawyers, officials -- or over-masking; ``--show``
prints them to judge), and the masking cost per event.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "privacy"))

from audit import gold_names, leaks  # noqa: E402

from awol.privacy import collect_names, mask_spans  # noqa: E402
from awol.serve.export import export  # noqa: E402
from awol.store import Store  # noqa: E402

OUTPUTS = [
    ("acled-csv", "events"),
    ("csv", "events"),
    ("jsonl", "events"),
    ("geojson", "events"),
    ("parquet", "events"),
    ("jsonl", "incidents"),
    ("jsonl", "cases"),
]


def output_text(store: Store, fmt: str, what: str, with_names: bool) -> str:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        buf = io.BytesIO()
        export(store, fmt, buf, with_names=with_names)
        buf.seek(0)
        table = pq.read_table(buf)
        return "\n".join(str(v) for col in table.to_pylist() for v in col.values())
    buf = io.StringIO()
    export(store, fmt, buf, with_names=with_names, what=what)
    return buf.getvalue()


def run(corpus: Path, show: int) -> dict:
    names = gold_names(corpus)
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/p.db"
        subprocess.run(
            [str(ROOT / ".venv/bin/awol"), "ingest", str(corpus), "--db", db, "--no-progress"],
            check=False,
            capture_output=True,
        )
        store = Store(db)
        res: dict = {"corpus": str(corpus), "gold_names": len(names), "outputs": {}}
        t0 = time.perf_counter()
        for fmt, what in OUTPUTS:
            label = fmt if what == "events" else f"{what}-jsonl"
            before = len(leaks(output_text(store, fmt, what, True), names))
            after = leaks(output_text(store, fmt, what, False), names)
            res["outputs"][label] = (before, len(after), sorted(set(after))[:10])
        res["export_seconds"] = time.perf_counter() - t0
        events = store.events()
        res["events"] = len(events)
        other, words, masked_words = [], 0, 0
        from awol.privacy import recognise

        recognise.person_spans.cache_clear()
        t0 = time.perf_counter()
        for ev in events:
            text = ev["evidence"]["text"] or ""
            spans = mask_spans(text, collect_names(ev, recognised=False))
            words += len(text.split())
            for s, e in spans:
                masked_words += len(text[s:e].split())
                stored = collect_names(ev, recognised=False)
                if not leaks(text[s:e], names | set(stored)):
                    other.append(text[s:e])
        res["mask_ms_per_event"] = (time.perf_counter() - t0) * 1000 / max(1, len(events))
        res["other_masked"] = other
        res["words"], res["masked_words"] = words, masked_words
        store.close()
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--show", type=int, default=40, help="print this many other masked spans")
    args = ap.parse_args()
    for corpus in args.corpora:
        if not (corpus / "gold.jsonl").exists():
            print(f"{corpus}: no gold.jsonl, skipped")
            continue
        r = run(corpus, args.show)
        print(f"== {r['corpus']}: {r['gold_names']} gold names, {r['events']} events")
        print(f"{'output':<16} {'with names':>10} {'default':>8}")
        for label, (before, after, sample) in r["outputs"].items():
            print(f"{label:<16} {before:>10} {after:>8}  {' '.join(sample)}")
        print(f"export of all 7 outputs x2: {r['export_seconds']:.1f}s")
        print(
            f"evidence: {r['masked_words']} of {r['words']} words masked; "
            f"{len(r['other_masked'])} masked spans are not a form of a gold or stored name; "
            f"masking {r['mask_ms_per_event']:.2f} ms/event (uncached recogniser)"
        )
        for t in r["other_masked"][: args.show]:
            print(f"   other: {t}")


if __name__ == "__main__":
    main()
