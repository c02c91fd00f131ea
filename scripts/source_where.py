#!/usr/bin/env python3
"""Where each matched event's predicted source comes from, and how its story reads there: the
carry of a source measured by class, on the honest sets and on TRAIN held out.

    .venv/bin/python scripts/source_where.py tests/extract/probes/articles/en --split a b c
    .venv/bin/python scripts/source_where.py ../shared/corpus/real --split train --language en --folds 5

For every matched event (aligned as ``awol evaluate`` aligns them) the predicted source is
right, wrong, extra (gold none) or missing (gold names one, none predicted).  A predicted source
is placed by where its words stand in the article: ``own`` (the event's evidence sentence),
``prev`` (the sentence before), ``far`` (further before), ``after`` (later), ``absent``.  A
carried one (prev/far) is told apart by: ``para`` (the same paragraph as the evidence, or
not), ``back`` (sentences between), and the evidence sentence's opening (``open``: a pronoun
or a definite noun phrase that continues the story, ``He``/``The soldier``/``Он``/``Его``,
against an indefinite one that opens another: ``A court in``, ``Two soldiers``).  The counts per
class close the report; ``--list`` prints each carried source.  The test split is refused.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

_SENT = re.compile(r"(?<=[.!?…»\"”])\s+(?=[«\"“A-ZА-ЯЁ0-9])")
_CONT = {
    "en": re.compile(
        r"^\W*(?:He|She|They|It|His|Her|Their|Its|The\s+(?:\w+\s+){0,2}?"
        r"(?:man|men|soldier|soldiers|deserter|deserters|serviceman|servicemen|conscript|"
        r"conscripts|fugitive|fugitives|defendant|pair|two|three|four|group|court|outlet|"
        r"channel)|This|These|That|Those|There|After|Later|Then|When|Once|Since)\b"
    ),
    "ru": re.compile(
        r"^\W*(?:Он|Она|Они|Его|Ее|Её|Их|Ему|Им|Ими|Мужчин\w*|Военнослужащ\w+|Дезертир\w*|"
        r"Солдат\w*|Беглец\w*|Беглецов|Этот|Эта|Это|Эти|Там|Позже|Потом|После|Затем|Тогда|"
        r"Спустя|Через|Вскоре|Сам|Сейчас|Теперь)\b"
    ),
}


def _sentences(text: str) -> list[tuple[int, int, str]]:
    """(paragraph, index, sentence) over the article's non-empty lines."""
    out: list[tuple[int, int, str]] = []
    for p, para in enumerate(x for x in text.split("\n") if x.strip()):
        for s in _SENT.split(para.strip()):
            out.append((p, len(out), s))
    return out


def _find(sents: list[tuple[int, int, str]], needle: str, before: int | None = None) -> int:
    """The last sentence (at or before ``before``) holding ``needle``; -1: none."""
    found = -1
    for _p, i, s in sents:
        if before is not None and i > before:
            break
        if needle and needle in s:
            found = i
    return found


def _evidence_at(sents: list[tuple[int, int, str]], ev: str) -> int:
    head = ev[:60]
    for _p, i, s in sents:
        if head and (head in s or s[:60] in ev):
            return i
    return -1


def _rows(folder: Path, splits: list[str], language: str | None, folds: int | None):
    from awol.evaluate.events import by_language, by_split, score
    from awol.evaluate.heldout import extract_gold_documents

    if "test" in splits:
        raise SystemExit("the test split is not read here")
    rows = [json.loads(x) for x in (folder / "gold.jsonl").read_text("utf-8").splitlines() if x]
    gold: list[dict] = []
    for sp in splits:
        gold += by_split(rows, folder, sp)
    dealt = [g["id"] for g in gold]
    gold = by_language(gold, language)
    man = folder / "manifest.jsonl"
    preds = [
        r.to_dict() if hasattr(r, "to_dict") else {"id": "?", "events": [], "figures": []}
        for r in extract_gold_documents(
            folder, gold, folds, str(man) if man.exists() else None, dealt
        )
    ]
    res = score(gold, preds)
    gold_by = {g["id"]: g for g in gold}
    pred_by = {p["id"]: p for p in preds}
    for doc_id, i, j in res["alignment"]:
        yield gold_by[doc_id], pred_by[doc_id]["events"][i], gold_by[doc_id]["events"][j]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--split", nargs="+", required=True)
    ap.add_argument("--language")
    ap.add_argument("--folds", type=int)
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--dump", type=Path, help="write every matched event's row (JSON lines)")
    args = ap.parse_args()
    from awol.evaluate.events import _same_source

    tally: Counter = Counter()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for doc, pe, ge in _rows(args.folder, args.split, args.language, args.folds):
        lang = doc.get("language") or args.language or "en"
        text = (args.folder / f"{doc['id']}.txt").read_text("utf-8")
        sents = _sentences(text)
        g, p = ge.get("source"), pe.get("source")
        if not p and not g:
            continue
        how = (
            "missing" if not p else "extra" if not g else "right" if _same_source(g, p) else "wrong"
        )
        ev = pe.get("evidence") or ""
        at = _evidence_at(sents, ev.get("text", "") if isinstance(ev, dict) else ev)
        if not p:
            tally["missing"] += 1
            if dump is not None:
                row = {"id": doc["id"], "type": ge["type"], "how": how, "where": "-", "gold": g}
                dump.write(json.dumps(row | {"pred": None, "evidence": ge.get("evidence")}) + "\n")
            continue
        if at < 0:
            tally[how, "noev"] += 1
            continue
        src_at = _find(sents, p, at)
        if src_at == at:
            where = "own"
        elif src_at < 0:
            where = "after" if _find(sents, p) > at else "absent"
        else:
            back = at - src_at
            same = sents[src_at][0] == sents[at][0]
            opening = "cont" if _CONT[lang].match(sents[at][2]) else "new"
            where = ("prev" if back == 1 else "far") + ("/para" if same else "/xpara")
            where += "/" + opening
        tally[how, where] += 1
        if dump is not None:
            row = {"id": doc["id"], "type": ge["type"], "how": how, "where": where, "gold": g}
            row |= {"pred": p, "evidence": sents[at][2]}
            dump.write(json.dumps(row, ensure_ascii=False) + "\n")
        if args.list and where not in ("own",):
            print(f"{doc['id']} {ge['type']:11} {how:6} {where:18} gold={g!r} pred={p!r}")
            print(f"      ev: {sents[at][2][:150]}")
    print("\nclass                         right wrong extra")
    keys = sorted({k[1] for k in tally if isinstance(k, tuple)})
    for k in keys:
        print(f"{k:28} {tally['right', k]:5} {tally['wrong', k]:5} {tally['extra', k]:5}")
    print(f"missing {tally['missing']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
