"""Where do the charge readings of round 55 (legal55) fire?  Every prosecution or sentence
trigger of real train and of the invented articles (every split but the round's blind ``cj``),
read by :mod:`awol.extract.scope_charges` (``charge_named``/``charge_object``/``charge_clause``,
``charged_other_act``, ``past_record_state``).

    PYTHONPATH=$PWD/src .venv/bin/python scripts/charge_readings.py [--real ../shared/corpus/real]

Prints one line per sentence and reading (source, id, type, reading, the sentence's start) and
the counts per source and reading.  Firings, not outcomes: ``awol evaluate`` says what changed.
Real train is read only where the folder exists.  Nothing is written.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from awol.extract import scope
from awol.extract import scope_charges as sc
from awol.extract.lexicon import get_lexicon
from awol.extract.sentences import clause_bounds, split_sentences
from awol.extract.trigger_find import find_triggers

_ARTICLES = Path(__file__).resolve().parent.parent / "tests/extract/probes/articles"


def _documents(real: Path) -> list[tuple[str, str, str, str]]:
    docs = []
    if (real / "splits.json").exists():
        for i in json.loads((real / "splits.json").read_text())["train"]:
            lang = "ru" if i.startswith("rru") else "en"
            docs.append(("real", i, lang, (real / f"{i}.txt").read_text()))
    for lang in ("en", "ru"):
        for f in sorted((_ARTICLES / lang).glob("*.txt")):
            if not f.stem.startswith("cj-"):
                docs.append(("invented", f.stem, lang, f.read_text()))
    return docs


def readings(text: str, lang: str) -> list[tuple[str, str]]:
    """The (type, reading) pairs that fire at the prosecution and sentence triggers of one
    sentence."""
    lex, rules = get_lexicon(lang), scope._rules(lang)
    out: list[tuple[str, str]] = []
    for trig, s, e in find_triggers(text, lex):
        if trig.type not in ("prosecution", "sentence"):
            continue
        _cs, ce = clause_bounds(text, s)
        before = text[max(0, s - scope._LOOKBACK) : s]
        why = []
        if sc.charge_named_other(text, s, lex, rules):
            why.append("charge_named")
        if sc.other_act(text, lex, rules):
            why.append("other_act")
        if trig.type == "sentence" and sc.past_record_state(text, s, e, ce, before, lex, rules):
            why.append("past_state")
        if why and (trig.type, "+".join(why)) not in out:
            out.append((trig.type, "+".join(why)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--real", default="../shared/corpus/real")
    args = ap.parse_args()
    counts: Counter = Counter()
    for source, doc_id, lang, text in _documents(Path(args.real)):
        for sent in split_sentences(text, lang):
            for etype, why in readings(sent.text, lang):
                counts[(source, why)] += 1
                print(source, doc_id, etype, why, "|", sent.text[:150].replace("\n", " "))
    for (source, why), n in sorted(counts.items()):
        print(f"{source:9} {why:14} {n}")


if __name__ == "__main__":
    main()
