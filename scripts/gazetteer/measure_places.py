#!/usr/bin/env python3
"""Measure the gazetteer on hand-coded gold: how often the place a coder wrote down
(``place_text``) resolves to the region (and country) the coder chose.

    .venv/bin/python scripts/gazetteer/measure_places.py [CORPUS_DIR ...]

Default corpora: corpus/dev and ../shared/corpus/real (read in place; skipped if absent).
Precision: of the place texts the gazetteer gives a region, the share with the gold region.
Recall: of the gold events with a region and a place text, the share resolved to it.
Also lists the wrong and the missed ones, for reading by cause.  A corpus with a train/test split
(``splits.json``) is read on its TRAIN ids only: the test split is measured with ``awol evaluate
--brief`` alone.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from awol.extract.places import get_gazetteer

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    dirs = [Path(a) for a in argv] or [
        ROOT / "corpus" / "dev",
        ROOT.parent / "shared" / "corpus" / "real",
    ]
    g = get_gazetteer()
    tp = fp = fn = c_ok = c_n = 0
    wrong, missed = [], []
    for d in dirs:
        gold = d / "gold.jsonl"
        if not gold.exists():
            print(f"skipped {d}: no gold.jsonl", file=sys.stderr)
            continue
        splits = d / "splits.json"
        train = (
            set(json.loads(splits.read_text(encoding="utf-8"))["train"])
            if splits.exists()
            else None
        )
        for line in gold.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            if train is not None and doc["id"] not in train:
                continue  # (never the test split)
            lang = doc.get("language") or "en"
            for e in doc.get("events") or []:
                pt = e.get("place_text")
                if not pt:
                    continue
                ms = g.find(pt, lang)
                reg = next((m.region for m in ms if m.region), None)
                ctry = next((m.country for m in ms if m.country), None)
                if e.get("country") and ctry:
                    c_n += 1
                    c_ok += ctry == e["country"]
                if reg and reg == e.get("region"):
                    tp += 1
                elif reg:
                    fp += 1
                    wrong.append((doc["id"], pt, reg, e.get("region")))
                elif e.get("region"):
                    fn += 1
                    missed.append((doc["id"], pt, e.get("region")))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print(
        f"place_text -> region: precision {p:.3f} recall {r:.3f} (tp {tp}, wrong {fp}, missed {fn})"
    )
    print(f"place_text -> country: accuracy {c_ok / c_n if c_n else 1:.3f} ({c_ok}/{c_n})")
    for w in wrong:
        print("  wrong ", *w, sep="\t")
    for m in missed:
        print("  missed", *m, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
