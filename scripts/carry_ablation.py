#!/usr/bin/env python3
"""What each context carry gives, held out on TRAIN: the date/region/country counts of matched
events with one mechanism switched off, by half of the train ids and language.

    .venv/bin/python scripts/carry_ablation.py ../shared/corpus/real [--off NAME ...] [--folds 5]

Each run extracts the train split held out (``--folds``, as ``awol evaluate --folds``), with the
mechanisms named by ``--off`` replaced by no-ops (none: the baseline), and prints for EN and RU,
half A and half B (``scripts/attribution_errors.py`` deals them), the events' tp/fp/fn and the
right/wrong/missing of date, region and country.  Compare a run with ``--off X`` to the baseline:
a mechanism that gives on one half only is fitted.  The names are the keys of ``SWITCHES``.
Never reads the test split: a corpus without ``splits.json`` is refused.  Nothing is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def _noop(*_a, **_k) -> None:
    return None


# name -> (module, attribute, replacement): what "off" means for each mechanism, patched where
# the reader calls it (round 52, doc52: document.py's stages call the carries by these names;
# the sentence reader's "there" is document_story's, the event finisher's words finish.py's)
SWITCHES = {
    "occurred": ("awol.extract.document", "when_it_happened", _noop),
    "flights": ("awol.extract.document", "place_flights", _noop),
    "unit": ("awol.extract.finish", "unit_place", _noop),
    "near": ("awol.extract.document", "search_where_fled", _noop),
    "court": ("awol.extract.document", "court_of_story", _noop),
    "court_charges": ("awol.extract.finish", "COURT_TYPES", ("sentence",)),
    "authority": ("awol.extract.finish", "authority_country", _noop),
    "state_country": ("awol.extract.finish", "DEFAULT_COUNTRY_TYPES", ()),
    "there": ("awol.extract.document_story", "place_there", lambda *_a, **_k: []),
    "bounded_month": ("awol.extract.document", "bounded_month", _noop),
    "date_story": ("awol.extract.document", "date_in_the_story", _noop),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--off", nargs="*", default=[], choices=sorted(SWITCHES))
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    if not (args.corpus / "splits.json").exists():
        raise SystemExit(f"{args.corpus / 'splits.json'} is missing: this script reads train only")
    import importlib

    from attribution_errors import half_ids

    from awol.evaluate.events import corpus_gold, score
    from awol.evaluate.heldout import extract_gold_documents

    for name in args.off:
        module, attr, value = SWITCHES[name]
        mod = importlib.import_module(module)
        if not hasattr(mod, attr):
            raise SystemExit(f"{module}.{attr} is gone: update SWITCHES")
        setattr(mod, attr, value)
    gold, dealt, manifest = corpus_gold(args.corpus, "train", None)
    items = extract_gold_documents(args.corpus, gold, args.folds, manifest, dealt)
    preds = {x.article.id: x.to_dict() for x in items if not isinstance(x, Exception)}
    label = ",".join(args.off) or "baseline"
    for lang in ("en", "ru"):
        for half in ("A", "B"):
            keep = half_ids(dealt, half)
            docs = [d for d in gold if d["id"] in keep and (d.get("language") or "en") == lang]
            res = score(docs, [preds[d["id"]] for d in docs if d["id"] in preds])
            ev, fc = res["events"], res["field_counts"]
            fields = " ".join(
                f"{k} {fc[k]['right']}/{fc[k]['wrong']}/{fc[k]['missing']}"
                for k in ("date", "region", "country")
            )
            print(f"{label} {lang} {half} events {ev['tp']}/{ev['fp']}/{ev['fn']} {fields}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
