"""Which misses are a right event scored wrong?  Leftover spurious and missed events, paired.

    .venv/bin/python scripts/pair_misses.py ../shared/corpus/real --split train --folds 5 [--language ru]
    .venv/bin/python scripts/pair_misses.py corpus/dev
    .venv/bin/python scripts/pair_misses.py ../shared/corpus/real --split test --brief   # counts only

The scorer (awol/evaluate/events.py) pairs a predicted and a gold event of one type only where
their evidence sentences overlap (>= 0.5 of the smaller token set) or two of date, count and
region agree.  A right event whose evidence is another sentence of the article, or one happening
split in two (two merged in one), then costs a spurious event and a miss.  Per document, the
spurious and missed events the scorer left of one type are paired and each pair classed:

- ``a-evidence``: the same happening, our evidence another sentence telling it (the gold sentence
  is one of our event's mentions: ``a-evidence (gold among mentions)``; or not, but no field of
  date/count/region/names disagrees and one agrees: ``a-evidence (fields agree)``); the place of
  our evidence is given as headline / lead (first body paragraph) / earlier / later, and quote;
- ``c-different``: nothing says it is the same happening.

Unpaired leftovers:

- ``b-split``: a spurious event telling a gold event that another predicted event matched (the
  gold sentence among its mentions, or no field disagreeing and one agreeing);
- ``b-merged``: a missed gold event whose sentence is among the mentions of a matched event;
- ``fp-only`` / ``fn-only``: the rest (a real precision or recall error).

``--dump FILE`` writes, for every predicted event with mentions in two or more sentences one of
which is the evidence of a gold event of its type, the mentions' features and which one gold
chose (JSON lines): the data to compare evidence rules on.

On ``--split test`` only ``--brief`` is allowed: counts per class, no text, no ids.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)
_QUOTE = re.compile(r"[«»\"“”]")


def _words(s: str) -> set[str]:
    return set(_WORD.findall((s or "").lower()))


def overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def _ev(e: dict[str, Any]) -> str:
    ev = e.get("evidence")
    return (ev.get("text") or "") if isinstance(ev, dict) else (ev or "")


def fields_relation(p: dict[str, Any], g: dict[str, Any]) -> tuple[int, int]:
    """(agreeing, disagreeing) among date, count, region and names where both give one."""
    agree = clash = 0
    for f in ("date", "count", "region"):
        a, b = p.get(f), g.get(f)
        if a is None or b is None:
            continue
        if f == "date":
            same = str(a).startswith(str(b)) or str(b).startswith(str(a))
        else:
            same = a == b
        agree += same
        clash += not same
    pn, gn = p.get("names") or [], g.get("names") or []
    if pn and gn:
        same = bool(_words(" ".join(pn)) & _words(" ".join(gn)))
        agree += same
        clash += not same
    return agree, clash


def _position(mention: dict[str, Any], gold_at: int | None) -> str:
    if mention["head"]:
        where = "headline"
    elif mention["lead"]:
        where = "lead"
    elif gold_at is None:
        where = "body"
    else:
        where = "earlier" if mention["index"] < gold_at else "later"
    return where + (" quote" if _QUOTE.search(mention["text"]) else "")


def run(args: argparse.Namespace) -> None:
    import awol.extract.document_apart as apart
    from awol.evaluate.events import corpus_gold, score
    from awol.evaluate.heldout import extract_gold_documents
    from awol.extract.evidence_pick import _criteria

    folder = args.corpus
    gold, dealt, manifest = corpus_gold(folder, args.split, args.language)
    # (doc, type, evidence start) -> the mentions of that event
    drafts: dict[tuple[str, str, int], list[dict[str, Any]]] = {}
    finish = apart.finish  # (the draft -> event step, finish.py, as document_apart calls it)

    def spy_finish(d, article, *a, **k):
        ev = finish(d, article, *a, **k)
        title = article.title
        head_end = len(title) if title and article.text.startswith(title) else 0
        lead_end = article.text.find("\n\n", head_end + 2) if head_end else -1
        if lead_end < 0:
            lead_end = article.text.find("\n\n")
        seen: dict[int, dict[str, Any]] = {}
        for m in d.mentions:
            s = m.sentence
            if s.index in seen:
                continue
            c = _criteria(m)
            seen[s.index] = {
                "index": s.index,
                "start": s.start,
                "text": s.text,
                "head": s.start < head_end,
                "lead": s.start >= head_end and (lead_end < 0 or s.start < lead_end),
                "retold": m.retold,
                "chosen": s.start == ev.evidence.start,
                "trigger": s.text[m.start : m.end],
                **c,
            }
        drafts[(article.id, ev.type, ev.evidence.start)] = sorted(
            seen.values(), key=lambda x: x["index"]
        )
        return ev

    # (finished here, not by a forked child whose drafts the spy would not see)
    apart.finish, apart.can_fork = spy_finish, lambda: False
    items = extract_gold_documents(folder, gold, args.folds, manifest, dealt)
    preds = [x.to_dict() for x in items if not isinstance(x, Exception)]
    res = score(gold, preds)
    pred_by = {p["id"]: p for p in preds}
    gold_by = {g["id"]: g for g in gold}
    matched: dict[str, dict[int, int]] = {}
    for doc, i, j in res["alignment"]:
        matched.setdefault(doc, {})[i] = j
    classes: Counter = Counter()
    where: Counter = Counter()
    lines: list[str] = []
    dump: list[dict[str, Any]] = []

    def mentions_of(doc: str, p: dict[str, Any]) -> list[dict[str, Any]]:
        return drafts.get((doc, p["type"], p["evidence"]["start"]), [])

    def gold_at(ms: list[dict[str, Any]], g: dict[str, Any]) -> dict[str, Any] | None:
        best = max(ms, key=lambda m: overlap(m["text"], _ev(g)), default=None)
        return best if best is not None and overlap(best["text"], _ev(g)) >= 0.5 else None

    for doc, g in gold_by.items():
        p = pred_by.get(doc, {"events": []})
        pevs, gevs = p.get("events") or [], g.get("events") or []
        al = matched.get(doc, {})
        used_g = set(al.values())
        fps = [i for i in range(len(pevs)) if i not in al]
        fns = [j for j in range(len(gevs)) if j not in used_g]
        # the evidence-choice data: every event told in 2+ sentences, one of them gold's
        for i, pe in enumerate(pevs):
            ms = mentions_of(doc, pe)
            if len(ms) < 2:
                continue
            for j, ge in enumerate(gevs):
                if ge["type"] != pe["type"]:
                    continue
                hit = gold_at(ms, ge)
                if hit is None or (al.get(i) not in (None, j)):
                    continue
                dump.append(
                    {
                        "id": doc,
                        "type": pe["type"],
                        "lang": g.get("language"),
                        "matched": al.get(i) == j,
                        "gold": hit["index"],
                        "mentions": ms,
                    }
                )
                break
        # pair leftovers of one type, the likeliest first
        cand = []
        for i in fps:
            for j in fns:
                pe, ge = pevs[i], gevs[j]
                if pe["type"] != ge["type"]:
                    continue
                ms = mentions_of(doc, pe)
                agree, clash = fields_relation(pe, ge)
                inside = gold_at(ms, ge) is not None
                cand.append((inside, agree - clash, i, j, agree, clash))
        cand.sort(reverse=True)
        done_p: set[int] = set()
        done_g: set[int] = set()
        for inside, _k, i, j, agree, clash in cand:
            if i in done_p or j in done_g:
                continue
            done_p.add(i)
            done_g.add(j)
            pe, ge = pevs[i], gevs[j]
            ms = mentions_of(doc, pe)
            chosen = next((m for m in ms if m["chosen"]), None)
            g_at = gold_at(ms, ge)
            if inside:
                cls = "a-evidence (gold among mentions)"
            elif agree and not clash:
                cls = "a-evidence (fields agree)"
            else:
                cls = "c-different"
            classes[(pe["type"], cls)] += 1
            if cls.startswith("a") and chosen is not None:
                where[_position(chosen, g_at["index"] if g_at else None)] += 1
            lines.append(f"{cls:<34} {doc} {pe['type']}\n    ours: {_ev(pe)[:150]}"
                         f"\n    gold: {_ev(ge)[:150]}")  # fmt: skip
        for i in fps:
            if i in done_p:
                continue
            pe = pevs[i]
            ms = mentions_of(doc, pe)
            cls = "fp-only"
            for j in al.values():
                ge = gevs[j]
                if ge["type"] != pe["type"]:
                    continue
                agree, clash = fields_relation(pe, ge)
                if gold_at(ms, ge) is not None or (agree and not clash):
                    cls = "b-split"
                    break
            classes[(pe["type"], cls)] += 1
            lines.append(f"{cls:<34} {doc} {pe['type']}\n    ours: {_ev(pe)[:150]}")
        for j in fns:
            if j in done_g:
                continue
            ge = gevs[j]
            cls, into = "fn-only", ""
            for pi, gj in al.items():
                pe = pevs[pi]
                if pe["type"] == ge["type"] and gold_at(mentions_of(doc, pe), ge) is not None:
                    cls = "b-merged"
                    into = f"\n    into: {_ev(pe)[:150]}\n    (its gold: {_ev(gevs[gj])[:150]})"
                    break
            classes[(ge["type"], cls)] += 1
            lines.append(f"{cls:<34} {doc} {ge['type']}\n    gold: {_ev(ge)[:150]}{into}")
    e = res["events"]
    print(f"events tp {e['tp']} fp {e['fp']} fn {e['fn']}  P {e['precision']} R {e['recall']} "
          f"F1 {e['f1']}")  # fmt: skip
    if not args.brief:
        print("\n".join(lines))
        print()
    total: Counter = Counter()
    for (t, cls), n in sorted(classes.items()):
        print(f"{n:>4} {t:<12} {cls}")
        total[cls] += n
    print()
    for cls, n in total.most_common():
        print(f"{n:>4} {cls}")
    if where:
        print("our evidence in a-pairs: " + ", ".join(f"{k} {n}" for k, n in where.most_common()))
    if args.dump and not args.brief:
        Path(args.dump).write_text(
            "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in dump), "utf-8"
        )
        print(f"{len(dump)} evidence choices written to {args.dump}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--split")
    ap.add_argument("--language")
    ap.add_argument("--folds", type=int, help="held-out extraction (as awol evaluate --folds)")
    ap.add_argument("--brief", action="store_true", help="counts per class only (no text, no ids)")
    ap.add_argument("--dump", help="write the evidence choices (JSON lines) here")
    args = ap.parse_args(argv)
    if args.split == "test" and (not args.brief or args.dump):
        print("pair_misses: --split test is scored in aggregate only: add --brief (no --dump)",
              file=sys.stderr)  # fmt: skip
        return 2
    run(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
