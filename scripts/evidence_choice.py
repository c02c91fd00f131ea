"""Which sentence do the coders cite when one happening is told by several sentences?

    .venv/bin/python scripts/evidence_choice.py ../shared/corpus/real --split train --language ru
        [--folds 5] [--dump FILE.jsonl] [--show] [--half A|B] [--coding]

Extracts the documents of the split (held out with ``--folds``, as ``awol evaluate --folds``)
and records, for every event, the mentions merged into it.  An event is *decidable* where the
sentence of exactly one of its mentions is the evidence of a gold event of its type in the
document (word overlap >= 0.5, as the scorer reads it): then that mention is the one the coders
cite.  Prints how often the chosen evidence is the gold's, and, per criterion (position, the
headline or the lead, sole, trigger weight, classifier probability, filled fields), how the
gold's mention compares with the others of its event.  ``--dump`` writes one line per decidable
event (its mentions' features and which is the gold's) for :mod:`scripts.fit_evidence`.

``--coding``: how the coders code each kind of sentence, per mention (every mention of every
event, merged or not): is its sentence the evidence of a gold event of its type (``coded``), of
another type only (``other``), or of none (``none``), by type and by the mention's form (found
on a word's lemma: a noun, participle or infinitive, rather than a pattern's telling), whether it
has a date or place of its own, whether its sentence reports this type alone (sole), as its
news (main) or beside others (mixed), and whether it is the headline; for body mentions, whether
it is in the lede (within ``LEDE`` characters of the body's start) crossed with the sentence kind,
a date, a place, a group (a count above one or a vague group), and whether its event is told in
the lede only (a lede that restates a flight the coders cite from the body, or not at all).  ``--half A|B``: only the
train ids of that half (``scripts/attribution_errors.py``: read one half, measure the other).

``--second``: could a sentence that is no mention of a type be the better evidence of an event of
that type the document has (the classifier's per-sentence type scores, ``Verdict.probs``)?  For
each gold event of a type we extracted in its document, where its sentence is: our evidence, a
mention of that event or of another type, a trigger of the type the sentence level dropped
(gates, veto), a candidate with a cue word only, or no candidate.  Then every sentence within
``SECOND`` sentences of an event of ours that is a candidate without a mention of its type, by
the classifier's probability of the type and whether the coders cite it for that type.
Never run on the test split (it prints sentences).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(s: str) -> set[str]:
    return set(_WORD.findall(s.lower()))


def _overlap(a: str, b: str) -> float:
    ta, tb = _words(a), _words(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--split", default="train")
    ap.add_argument("--language")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--show", action="store_true", help="print the events chosen wrongly")
    ap.add_argument("--half", choices=("A", "B", "AB"), default="AB")
    ap.add_argument("--coding", action="store_true", help="how gold codes each kind of mention")
    ap.add_argument("--second", action="store_true", help="non-mention sentences as evidence")
    args = ap.parse_args()
    if args.split == "test":
        raise SystemExit("evidence_choice reads sentences: train only (TEST-SPLIT RULE)")

    import awol.extract.document as document
    import awol.extract.document_apart as apart
    from awol.evaluate.events import corpus_gold
    from awol.evaluate.heldout import extract_gold_documents
    from awol.extract.merging import evidence_features, evidence_order, evidence_rank

    folder = args.corpus
    gold, dealt, manifest = corpus_gold(folder, args.split, args.language)
    if args.half != "AB":
        from attribution_errors import half_ids

        keep = half_ids(dealt, args.half)
        gold = [g for g in gold if g["id"] in keep]

    drafts: list[tuple[str, object]] = []  # (language, draft) in extraction order
    finish, can_fork = apart.finish, document.can_fork  # (finish.py's draft -> event)

    def spy(d, article, *a, **k):
        drafts.append((article.language or "en", article, d))
        return finish(d, article, *a, **k)

    reads: dict[str, tuple] = {}  # id -> (what the reader read, the extraction)
    extract = document._extract

    def spy_read(article, read, *a, **k):
        out = extract(article, read, *a, **k)
        reads[article.id] = (read, out)
        return out

    # (finished here, not by a forked child whose drafts the spy would not see)
    apart.finish, document._extract, document.can_fork = spy, spy_read, lambda: False
    items = extract_gold_documents(folder, gold, args.folds, manifest, dealt)
    list(items)
    apart.finish, document._extract, document.can_fork = finish, extract, can_fork

    gold_by = {g["id"]: g for g in gold}
    if args.coding:
        _coding(drafts, gold_by)
        return
    if args.second:
        _second(drafts, reads, gold_by)
        return
    stats: Counter = Counter()
    prefer: dict[str, Counter] = {}
    out = []
    for lang, article, d in drafts:
        doc = gold_by.get(article.id)
        if doc is None:
            continue
        ms = d.mentions
        stats["events"] += 1
        if len(ms) > 1:
            stats["merged events"] += 1
        golds = [g for g in doc["events"] if g["type"] == d.type]
        hits = []
        for g in golds:
            ev = g.get("evidence") or ""
            hit = [k for k, m in enumerate(ms) if _overlap(m.sentence.text, ev) >= 0.5]
            if len(hit) == 1:
                hits.append(hit[0])
        if len(set(hits)) != 1 or len(ms) < 2:
            continue
        gk = hits[0]
        feats = evidence_features(ms, article)
        order = evidence_order(lang)
        chosen = max(range(len(ms)), key=lambda k: evidence_rank(ms[k], order))
        stats["decidable"] += 1
        stats["chosen = gold"] += chosen == gk
        for name in feats[0]:
            g, others = feats[gk][name], [f[name] for k, f in enumerate(feats) if k != gk]
            c = prefer.setdefault(name, Counter())
            c["gold higher"] += all(g > o for o in others)
            c["gold lower"] += all(g < o for o in others)
            c["tie"] += all(g == o for o in others)
        out.append({"id": article.id, "language": lang, "type": d.type, "gold": gk,
                    "chosen": chosen, "features": feats})  # fmt: skip
        if args.show and chosen != gk:
            print(f"{article.id} {d.type}: chose {chosen}, gold {gk}")
            for k, m in enumerate(ms):
                mark = "G" if k == gk else ("C" if k == chosen else " ")
                print(f"  {mark} {feats[k]} | {m.sentence.text[:110]}")
    for k, v in stats.items():
        print(f"{k:<16} {v}")
    print("\ncriterion           gold higher / lower / tie (vs every other mention of its event)")
    for name, c in prefer.items():
        print(f"  {name:<18} {c['gold higher']:>4} {c['gold lower']:>4} {c['tie']:>4}")
    if args.dump:
        args.dump.write_text("".join(json.dumps(x) + "\n" for x in out), "utf-8")


LEDE = 300  # characters from the body's start: a mention there is in the lede


def _coding(drafts: list, gold_by: dict) -> None:
    """Per mention: coded as its type / another type only / none, by kind (see the docstring)."""
    from awol.extract.merging import evidence_order, evidence_rank

    table: dict[tuple, Counter] = {}
    for lang, article, d in drafts:
        doc = gold_by.get(article.id)
        if doc is None:
            continue
        text, title = article.text, article.title
        head_end = len(title) if title and text.startswith(title) else 0
        body_start = head_end + len(text[head_end:]) - len(text[head_end:].lstrip())
        best = max(d.mentions, key=lambda m: evidence_rank(m, evidence_order(lang)))
        # the lede: a body mention within LEDE characters of the body's start
        body = [m for m in d.mentions if m.sentence.start >= head_end]
        only_lede = bool(body) and all(m.sentence.start - body_start < LEDE for m in body)
        for m in d.mentions:
            sent = m.sentence.text
            hits = [
                g["type"] for g in doc["events"] if _overlap(sent, g.get("evidence") or "") >= 0.5
            ]
            how = "coded" if m.type in hits else ("other" if hits else "none")
            own = bool(m.date is not None and m.date.value) or bool(m.places)
            kinds = {
                "form": "lemma" if m.trigger.lemma else "pattern",
                "own date/place": own,
                "lemma, own date/place": (m.trigger.lemma, own),
                "sentence": "sole" if m.sole else "main" if m.main else "mixed",
                "headline": m.sentence.start < head_end,
                "chosen evidence": m is best,
            }
            if m.sentence.start >= head_end:
                lede = m.sentence.start - body_start < LEDE
                group = (m.count or 0) > 1 or m.vague_group
                kinds.update({
                    "lede": lede,
                    "lede, sentence": (lede, kinds["sentence"]),
                    "lede, date": (lede, bool(m.date is not None and m.date.value)),
                    "lede, place": (lede, bool(m.places)),
                    "lede, group": (lede, group),
                    "lede, event only there": (lede, only_lede),
                })  # fmt: skip
            for kind, value in kinds.items():
                table.setdefault((m.type, kind, str(value)), Counter())[how] += 1
    print("type         kind                     value               coded other  none")
    for (etype, kind, value), c in sorted(table.items()):
        print(f"{etype:<12} {kind:<24} {value:<18} {c['coded']:>5} {c['other']:>5} {c['none']:>5}")


SECOND = 3  # sentences from an event's mentions within which another sentence may tell it


def _second(drafts: list, reads: dict, gold_by: dict) -> None:
    """``--second`` (see the docstring)."""
    events: dict[str, list] = {}  # id -> the drafts of its final events, by their evidence
    for _lang, article, d in drafts:
        events.setdefault(article.id, []).append(d)
    where: Counter = Counter()
    near: dict[tuple, Counter] = {}
    for doc_id, (read, out) in reads.items():
        doc = gold_by.get(doc_id)
        if doc is None or not isinstance(read.get("verdicts"), dict):
            continue
        sents, verdicts = read["sentences"], read["verdicts"]
        found = {e.type for e in out.events}
        ours = [d for d in events.get(doc_id, []) if d.type in found]
        at = {(d.type, m.sentence.index) for d in ours for m in d.mentions}
        chosen = {(e.type, _sentence_of(sents, e.evidence.start)) for e in out.events}
        cited: dict[str, list[str]] = {}
        for g in doc["events"]:
            cited.setdefault(g["type"], []).append(g.get("evidence") or "")
        for g in doc["events"]:
            t, ev = g["type"], g.get("evidence") or ""
            if t not in found:
                continue
            hit = [i for i, s in enumerate(sents) if _overlap(s.text, ev) >= 0.5]
            v = [verdicts[i] for i in hit if i in verdicts]
            if any((t, i) in chosen for i in hit):
                how = "our evidence"
            elif any((t, i) in at for i in hit):
                how = "another mention of its type"
            elif any(i == m.sentence.index for d in ours for m in d.mentions for i in hit):
                how = "a mention of another type"
            elif any(x.type == t for w in v for x, _a, _b in w.found):
                how = "a dropped trigger of its type"
            elif v:
                how = "a cue-only candidate"
            else:
                how = "no candidate" if hit else "not one of our sentences"
            where[how] += 1
        for i, v in verdicts.items():
            for t in found:
                if (t, i) in at or not any(abs(i - j) <= SECOND for u, j in at if u == t):
                    continue
                p = v.probs.get(t, 0.0)
                band = "p<.3" if p < 0.3 else "p<.5" if p < 0.5 else "p>=.5"
                kind = "dropped trigger" if any(x.type == t for x, _a, _b in v.found) else "cue"
                is_cited = any(_overlap(sents[i].text, ev) >= 0.5 for ev in cited.get(t, []))
                near.setdefault((kind, band), Counter())["cited" if is_cited else "not"] += 1
    print("the coders' sentence of a gold event of a type we extracted in its document:")
    for how, n in where.most_common():
        print(f"  {how:<32} {n:>4}")
    print(f"\nnon-mention candidates within {SECOND} sentences of an event of their type")
    print("kind             P(type)   cited   not")
    for (kind, band), c in sorted(near.items()):
        print(f"  {kind:<16} {band:<7} {c['cited']:>6} {c['not']:>5}")


def _sentence_of(sents: list, start: int) -> int | None:
    return next((s.index for s in sents if s.start <= start < s.end), None)


if __name__ == "__main__":
    main()
