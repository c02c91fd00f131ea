"""How many of the gold names the person-name recogniser finds, on train texts only.

    .venv/bin/python scripts/name_recall.py ../shared/corpus/real [--language en] [--half A|B]
        [--dump FILE] [--show]

For each gold name of the train split (one per document and name): is it found by
:func:`awol.extract.names.find_person_names` anywhere in its document (every word of the shorter
of the two forms matching, as ``awol evaluate`` compares names), is its surname written in the
document, in the gold's evidence sentence.  ``--dump FILE`` writes every name found in every train
document (id, normalised name), one per line, to diff a change's new names (its false ones) by
eye; ``--show`` prints the names not found with their document id (train texts only: real names
stay in this terminal).  The test split is never read.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--language")
    ap.add_argument("--half", choices=("A", "B"))
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()

    from attribution_errors import train_gold

    from awol.evaluate.events import _same_words
    from awol.extract.names import find_person_names

    folder = args.corpus
    stats: Counter[str] = Counter()
    dump: list[str] = []
    for doc, lang in train_gold(folder, args.half, args.language):
        text = (folder / f"{doc['id']}.txt").read_text(encoding="utf-8")
        found = [m.normalized for m in find_person_names(text, lang)]
        dump += [f"{doc['id']}\t{n}" for n in sorted(set(found))]
        golds: dict[str, list[str]] = {}
        for e in doc.get("events") or []:
            for n in e.get("names") or []:
                golds.setdefault(n, []).append(e.get("evidence") or "")
        for name, evidences in golds.items():
            stats["names"] += 1
            hit = any(_same_words(name, f, 1.0) for f in found)
            stats["found"] += hit
            surname = name.split()[-1]
            stem = surname[: max(4, len(surname) - 2)]
            stats["surname in document"] += stem in text
            stats["surname in gold evidence"] += any(stem in ev for ev in evidences)
            ev_found = any(
                _same_words(name, m.normalized, 1.0)
                for ev in evidences
                for m in find_person_names(ev, lang)
            )
            stats["found in gold evidence"] += ev_found
            if args.show and not hit:
                print(f"MISS {doc['id']}\t{name}")
    for k, v in stats.items():
        print(f"{k:28} {v}")
    if args.dump:
        args.dump.write_text("\n".join(dump) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
