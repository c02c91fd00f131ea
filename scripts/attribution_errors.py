"""Attribution errors on TRAIN: the source and as_of of matched figures, the source and who of
matched events, gold against extracted, on one half of the train ids.

    .venv/bin/python scripts/attribution_errors.py ../shared/corpus/real --half A [--language en]
        [--folds 5] [--counts]

The halves are the train ids sorted, A the even positions and B the odd ones: develop reading
half A only, then measure on half B (``--counts``: only the right/wrong/missing/extra counts, as
``awol evaluate`` counts them).  Figures are matched as ``awol evaluate`` matches them (value
within 1%, gold in order, first free prediction); events by its alignment.  Each error line names
the document, gold vs predicted, the publication date and the gold evidence.  Only the train
split is read (the test split is measured with ``awol evaluate --brief`` alone).  Nothing is
written.

Each error line ends with where the gold's words stand in the article (:func:`where`): ``own``
(the gold evidence sentence), ``prev``/``next`` (the sentence before/after it), ``para`` (its
paragraph), ``lead`` (the article's first two sentences: headline, dateline, standfirst),
``tail`` (its last two), ``far`` (elsewhere), ``absent`` (not written: the coder's inference);
and for a wrong value how the prediction relates to the gold: ``longer`` (it holds the gold's
words), ``shorter`` (the gold holds its words), ``other``.  The counts per tag close the report.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

_TOKEN = re.compile(r"\w+")
# words that say nothing of who the value is ("the soldier" is found by "soldier")
_FUNCTION = frozenset(
    "the a an of in on at to for and his her their its who which that with from by".split()
    + "в на и с о об по из к его ее её их который которая которые".split()
)


def where(value: str, evidence: str, sentences: list) -> str:
    """Where the words of ``value`` stand in the article (``sentences``: its split) relative to
    the sentence ``evidence`` (the module's docstring)."""
    words = {w.lower()[:5] for w in _TOKEN.findall(value) if w.lower() not in _FUNCTION} or {
        w.lower()[:5] for w in _TOKEN.findall(value)
    }

    def holds(text: str) -> bool:
        have = {w.lower()[:5] for w in _TOKEN.findall(text)}
        return bool(words) and len(words & have) * 2 >= len(words) + (len(words) > 2)

    key = evidence[:50]
    at = next((k for k, s in enumerate(sentences) if key and key in s.text), None)
    if at is not None and holds(sentences[at].text):
        return "own"
    if at is not None and at > 0 and holds(sentences[at - 1].text):
        return "prev"
    if at is not None and at + 1 < len(sentences) and holds(sentences[at + 1].text):
        return "next"
    if at is not None and any(
        holds(s.text) for s in sentences if s.paragraph == sentences[at].paragraph
    ):
        return "para"
    if any(holds(s.text) for s in sentences[:2]):
        return "lead"
    if any(holds(s.text) for s in sentences[-2:]):
        return "tail"
    if any(holds(s.text) for s in sentences):
        return "far"
    return "absent"


def relation(gold: str, pred: str) -> str:
    """``longer``: the prediction holds all the gold's words; ``shorter``: the reverse."""
    g = {w.lower() for w in _TOKEN.findall(gold)}
    p = {w.lower() for w in _TOKEN.findall(pred)}
    if g and g <= p:
        return "longer"
    if p and p <= g:
        return "shorter"
    return "other"


def half_ids(dealt: list[str], half: str | None) -> set[str]:
    """The train ids of half ``A`` (sorted, even positions) or ``B`` (odd); all for ``AB``/None."""
    ids = sorted(dealt)
    if not half or half == "AB":
        return set(ids)
    return set(ids[0 if half == "A" else 1 :: 2])


def train_gold(
    folder: Path, half: str | None = None, language: str | None = None
) -> Iterator[tuple[dict, str]]:
    """The gold documents of the corpus's TRAIN split (half ``A``/``B`` of it, or all), with
    their language, in the order of ``gold.jsonl``; only ``language``'s when one is given.
    Refuses a corpus without ``splits.json``: these scripts read train ids only."""
    splits = folder / "splits.json"
    if not splits.exists():
        raise SystemExit(f"{splits} is missing: this script reads train ids only")
    keep = half_ids(json.loads(splits.read_text(encoding="utf-8"))["train"], half)
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if doc["id"] not in keep:
            continue
        lang = doc.get("language") or "en"
        if language and lang != language:
            continue
        yield doc, lang


def _how(same: bool, gold, pred) -> str:
    if same:
        return "right"
    if pred in (None, "", []):
        return "missing"
    return "extra" if gold in (None, "", []) else "wrong"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--half", choices=("A", "B", "AB"), required=True)
    ap.add_argument("--language")
    ap.add_argument("--folds", type=int, default=0, help="held-out extraction with K folds")
    ap.add_argument("--counts", action="store_true", help="only the counts, no error lines")
    args = ap.parse_args()

    from awol.evaluate.events import _same_source, corpus_gold, same_field, score
    from awol.evaluate.heldout import extract_gold_documents
    from awol.extract.sentences import split_sentences

    gold, dealt, manifest = corpus_gold(args.corpus, "train", args.language)
    keep = half_ids(dealt, args.half)
    gold = [g for g in gold if g["id"] in keep]
    items = extract_gold_documents(args.corpus, gold, args.folds, manifest, dealt)
    preds = {p["id"]: p for p in (x.to_dict() for x in items if not isinstance(x, Exception))}
    counts: dict[str, Counter] = {
        k: Counter() for k in ("fig source", "fig as_of", "ev source", "ev who")
    }
    tags: Counter = Counter()
    show = not args.counts
    split: dict[str, list] = {}

    def sentences_of(doc: dict) -> list:
        if doc["id"] not in split:
            path = args.corpus / f"{doc['id']}.txt"
            text = path.read_text(encoding="utf-8") if path.exists() else ""
            split[doc["id"]] = split_sentences(text, doc.get("language") or "en")
        return split[doc["id"]]

    def tag(key: str, how: str, doc: dict, gold_v, pred_v, evidence: str) -> str:
        if how in ("right", "extra") or not isinstance(gold_v, str):
            t = how
        else:
            t = f"{how} {where(gold_v, evidence, sentences_of(doc))}"
            if how == "wrong" and isinstance(pred_v, str):
                t += f" {relation(gold_v, pred_v)}"
        if how != "right":
            tags[(key, t)] += 1
        return t

    for g in gold:
        p = preds.get(g["id"], {})
        pf = p.get("figures") or []
        pub = p.get("published")
        used: set[int] = set()
        for gf in g.get("figures") or []:
            gv = float(gf.get("value") or 0)
            hit = next(
                (
                    i
                    for i, f in enumerate(pf)
                    if i not in used and gv and abs(gv - float(f.get("value") or 0)) <= 0.01 * gv
                ),
                None,
            )
            if hit is None:
                continue
            used.add(hit)
            f = pf[hit]
            for key, gold_v, pred_v, same in (
                (
                    "fig source",
                    gf.get("source"),
                    f.get("source"),
                    _same_source(gf.get("source"), f.get("source")),
                ),
                ("fig as_of", gf.get("as_of"), f.get("as_of"), gf.get("as_of") == f.get("as_of")),
            ):
                how = _how(same, gold_v, pred_v)
                counts[key][how] += 1
                t = tag(key, how, g, gold_v, pred_v, gf.get("evidence") or "")
                if show and how != "right":
                    ev = (f.get("evidence") or {}).get("text") or ""
                    print(
                        f"{key:<10} {t:<20} {g['id']} {gf['value']} gold={gold_v!r} "
                        f"pred={pred_v!r} pub={pub!r}\n    gold: {gf.get('evidence')}"
                    )
                    if ev[:60] != (gf.get("evidence") or "")[:60]:
                        print(f"    pred: {ev}")
    res = score(gold, list(preds.values()))
    gold_by = {g["id"]: g for g in gold}
    for doc, i, j in res["alignment"]:
        pe, ge = preds[doc]["events"][i], gold_by[doc]["events"][j]
        for field in ("source", "who"):
            key = f"ev {field}"
            same = same_field(field, ge.get(field), pe.get(field))
            how = _how(same, ge.get(field), pe.get(field))
            counts[key][how] += 1
            t = tag(key, how, gold_by[doc], ge.get(field), pe.get(field), ge.get("evidence") or "")
            pev_text = (pe.get("evidence") or {}).get("text") or ""
            if how in ("wrong", "missing") and pev_text[:50] not in (ge.get("evidence") or ""):
                t += " (pred-ev-other)"
                tags[(key, t)] += 1
                tags[(key, t.replace(" (pred-ev-other)", ""))] -= 1
            if show and how != "right":
                pev = (pe.get("evidence") or {}).get("text") or ""
                print(
                    f"{key:<10} {t:<20} {doc} {ge['type']} gold={ge.get(field)!r} "
                    f"pred={pe.get(field)!r}\n    gold: {(ge.get('evidence') or '')[:240]}"
                )
                if pev[:60] != (ge.get("evidence") or "")[:60]:
                    print(f"    pred: {pev[:240]}")
    print()
    for (key, t), n in sorted(tags.items()):
        print(f"{key:<10} {t:<24} {n}")
    print()
    for key, c in counts.items():
        print(
            f"{key:<10} right/wrong/missing/extra "
            f"{c['right']}/{c['wrong']}/{c['missing']}/{c['extra']}"
        )


if __name__ == "__main__":
    main()
