"""Could a learned part veto false events?  Held-out curves of two candidate vetoes (round 50).

    .venv/bin/python scripts/veto_curves.py desertion [--sets real articles places] [--skip bs]
    .venv/bin/python scripts/veto_curves.py relevance [--sets real articles] [--skip bs]

Both read the extractor's output where the sentence model never saw the text: real train
articles held out (``--folds 5``, as ``awol evaluate --folds 5``) and the invented articles and
places splits (the shipped model is fitted on real train and dev only).  ``--skip`` leaves
splits out (a round's new blind splits: their misses are not to be read).

``desertion``: every predicted desertion event, matched or not by the scorer, with the sentence
model's desertion probability of the mentions that made it (the sentences its evidence shares
at least 80% of its words with) and how their triggers read (a pattern or a lemma, a proposal
of ``lang/*/proposals.yaml``, a sentence on the topic).  For each threshold T it counts the
false events removed and the true ones lost if a desertion whose mentions are all pattern
triggers (no proposal) under probability T were dropped; ``--off-topic`` only where none of
its sentences names desertion (where the shipped ``veto`` 0.1 already reads).

``relevance``: every article with the relevance gate off, its relevance (the document model)
and how many candidate sentences it has; for each threshold T, the false events removed and the
true ones lost if articles under T (with at least ``RELEVANCE_MIN`` candidates) reported none.

Prints counts only; ``--list`` also prints each false desertion (or each quiet article with
events) of the sets read: never use it on a split whose misses are not to be read.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"
PROBES = ROOT / "tests" / "extract" / "probes"
_WORD = re.compile(r"\w+", re.UNICODE)


def _words(s: str) -> set[str]:
    return set(_WORD.findall(s.lower()))


def _folders(sets: list[str], skip: set[str]) -> list[tuple[Path, str | None, str | None, bool]]:
    """(folder, split, language, held out by folds) for each set read."""
    out: list[tuple[Path, str | None, str | None, bool]] = []
    for name in sets:
        if name == "real":
            out += [(REAL, "train", lang, True) for lang in ("en", "ru")]
            continue
        for lang in ("en", "ru"):
            base = PROBES / name / lang
            splits = json.loads((base / "splits.json").read_text(encoding="utf-8"))
            out += [(base, s, lang, False) for s in splits if s not in skip]
    return out


def _extract(folder: Path, split: str | None, lang: str | None, folds: bool):
    from awol.evaluate.events import corpus_gold, score
    from awol.evaluate.heldout import held_out_extractions
    from awol.runs import DEFAULT_CORPORA

    gold, dealt, manifest = corpus_gold(folder, split, lang)
    if folds:
        corpora = [p for p in DEFAULT_CORPORA if (p / "gold.jsonl").exists()]
        runs = held_out_extractions(
            folder, [g["id"] for g in gold], 5, corpora, manifest, dealt, False
        )
    else:
        from awol.cli.extract import run_extract

        man = folder / "manifest.jsonl"
        files = [str(folder / f"{g['id']}.txt") for g in gold]
        runs = run_extract(files, str(man) if man.exists() else None)
    preds = [x.to_dict() for x in runs if not isinstance(x, Exception)]
    res = score(gold, preds)
    return gold, preds, {(d, i) for d, i, _j in res["alignment"]}


def desertion_rows(sets: list[str], skip: set[str]) -> list[dict[str, Any]]:
    """Every predicted desertion of the sets, with its mentions' readings."""
    import awol.extract.document as document
    import awol.extract.document_story as document_story
    from awol.extract.proposals import is_proposal

    seen: dict[str, list[dict[str, Any]]] = {}
    current = [""]
    analyse, extract = document_story.analyse_sentence, document.extract_article

    def spy_analyse(sent, lex, *a, **k):
        an = analyse(sent, lex, *a, **k)
        for m in an.mentions:
            if m.type == "desertion":
                t = m.trigger
                seen.setdefault(current[0], []).append(
                    {"text": sent.text, "prob": m.prob, "lemma": t.lemma,
                     "proposal": is_proposal(t), "on_topic": an.on_topic}
                )  # fmt: skip
        return an

    def spy_extract(article):
        current[0] = article.id
        return extract(article)

    document_story.analyse_sentence, document.extract_article = spy_analyse, spy_extract
    rows: list[dict[str, Any]] = []
    for folder, split, lang, folds in _folders(sets, skip):
        seen.clear()
        _gold, preds, matched = _extract(folder, split, lang, folds)
        for p in preds:
            for i, e in enumerate(p["events"]):
                if e["type"] != "desertion":
                    continue
                ev = e["evidence"]["text"] if isinstance(e["evidence"], dict) else e["evidence"]
                w = _words(ev)
                ms = [
                    m for m in seen.get(p["id"], [])
                    if w and len(w & _words(m["text"])) / len(w) > 0.8
                ]  # fmt: skip
                rows.append(
                    {"set": f"{folder.parent.name}/{lang}/{split}", "lang": lang, "id": p["id"],
                     "ok": (p["id"], i) in matched, "evidence": ev, "mentions": ms}
                )  # fmt: skip
    return rows


def desertion_curve(rows: list[dict[str, Any]], off_topic: bool) -> None:
    kinds: Counter = Counter()
    for r in rows:
        for m in r["mentions"]:
            k = ("lemma" if m["lemma"] else "pattern") + ("+proposal" if m["proposal"] else "")
            kinds[(r["lang"], k + ("+topic" if m["on_topic"] else ""), r["ok"])] += 1
    print("desertion mentions by kind (language, kind, matched): count")
    for k in sorted(kinds):
        print(" ", k, kinds[k])
    for lang in ("en", "ru"):
        mine = [r for r in rows if r["lang"] == lang]
        print(f"{lang}: {len(mine)} desertions, {sum(not r['ok'] for r in mine)} false")
        for t in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
            gone: Counter = Counter()
            for r in mine:
                ms = r["mentions"]
                if ms and all(
                    not m["proposal"]
                    and m["prob"] is not None
                    and m["prob"] < t
                    and not (off_topic and m["on_topic"])
                    for m in ms
                ):
                    gone[r["ok"]] += 1
            print(f"  T={t}: false removed {gone[False]}, true lost {gone[True]}")


def relevance_rows(sets: list[str], skip: set[str]) -> list[dict[str, Any]]:
    """Every article of the sets with the relevance gate off: its relevance, candidates and
    true and false events."""
    import awol.extract.document as document
    from awol.extract.classifier import SentenceModel

    SentenceModel.relevance_for = lambda self, lang: -1.0  # (the gate off)
    rel: dict[str, tuple[float | None, int]] = {}
    inner = document._extract

    def spy_inner(article, read, rescue=None):
        out = inner(article, read, rescue)
        if rescue is None:
            value = document.relevance_value(read.get("relevance"))
            rel[article.id] = (value, len(read.get("verdicts") or ()))
        return out

    document._extract = spy_inner
    rows: list[dict[str, Any]] = []
    for folder, split, lang, folds in _folders(sets, skip):
        rel.clear()
        gold, preds, matched = _extract(folder, split, lang, folds)
        golds = {g["id"]: g for g in gold}
        for p in preds:
            tp = sum(1 for i in range(len(p["events"])) if (p["id"], i) in matched)
            value, cands = rel.get(p["id"], (None, 0))
            rows.append(
                {"set": f"{folder.parent.name}/{lang}/{split}", "lang": lang, "id": p["id"],
                 "relevance": value, "candidates": cands, "tp": tp,
                 "fp": len(p["events"]) - tp, "gold": len(golds[p["id"]]["events"])}
            )  # fmt: skip
    return rows


def relevance_curve(rows: list[dict[str, Any]]) -> None:
    from awol.extract.train import RELEVANCE, RELEVANCE_MIN

    for lang in ("en", "ru"):
        mine = [r for r in rows if r["lang"] == lang and r["relevance"] is not None]
        quiet = sum(1 for r in mine if r["gold"] == 0 and r["fp"])
        shipped = RELEVANCE[lang] if isinstance(RELEVANCE, dict) else RELEVANCE
        print(f"{lang}: {len(mine)} articles, {quiet} quiet with events (shipped {shipped})")
        for t in (0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
            gated = [r for r in mine if r["relevance"] < t and r["candidates"] >= RELEVANCE_MIN]
            print(
                f"  T={t}: articles silenced {len(gated)}, false removed "
                f"{sum(r['fp'] for r in gated)} (quiet "
                f"{sum(r['fp'] for r in gated if r['gold'] == 0)}), "
                f"true lost {sum(r['tp'] for r in gated)}"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=("desertion", "relevance"))
    ap.add_argument("--sets", nargs="+", default=["real", "articles", "places"])
    ap.add_argument("--skip", nargs="*", default=[], help="splits left out (new blind ones)")
    ap.add_argument("--off-topic", action="store_true")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    skip = set(args.skip)
    if args.what == "desertion":
        rows = desertion_rows(args.sets, skip)
        desertion_curve(rows, args.off_topic)
        for r in rows if args.list else ():
            if not r["ok"]:
                probs = [round(m["prob"] or 0.0, 2) for m in r["mentions"]]
                print(r["set"], r["id"], probs, r["evidence"][:160])
    else:
        rows = relevance_rows(args.sets, skip)
        relevance_curve(rows)
        for r in rows if args.list else ():
            if r["gold"] == 0 and r["fp"]:
                print(r["set"], r["id"], round(r["relevance"] or 0.0, 3), r["fp"])


if __name__ == "__main__":
    main()
