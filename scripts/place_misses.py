#!/usr/bin/env python3
"""Gold place texts the gazetteer misses, on TRAIN documents only.

    .venv/bin/python scripts/place_misses.py ../shared/corpus/real [--language ru] [--half A|B]

For every gold event of a train document (``splits.json``) with a ``place_text``, resolves the
text as ``scripts/gazetteer/measure_places.py`` does and lists those that resolve to nothing
(``none``) or to another region (``other``), with the gold region, then the counts.  Never reads
the test split: a corpus without ``splits.json`` is refused.  ``--half`` keeps the train ids of
one half (sorted ids, alternate), as ``scripts/attribution_errors.py`` deals them.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--language")
    ap.add_argument("--half", choices=["A", "B"])
    args = ap.parse_args()
    from attribution_errors import train_gold

    from awol.extract.places import get_gazetteer

    g = get_gazetteer()
    ok = none = other = 0
    for doc, lang in train_gold(args.corpus, args.half, args.language):
        for e in doc.get("events") or []:
            pt = e.get("place_text")
            if not pt:
                continue
            ms = g.find(pt, lang)
            reg = next((m.region for m in ms if m.region), None)
            if reg == e.get("region"):
                ok += 1
                continue
            kind = "none" if reg is None else "other"
            none += kind == "none"
            other += kind == "other"
            print(f"{kind:<5} {doc['id']}\t{pt!r}\tgold={e.get('region')}\tours={reg}")
    print(f"\nresolved to gold {ok}, to nothing {none}, to another region {other}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
