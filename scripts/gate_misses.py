"""Which gate lost each missed event?  Held-out misses of a corpus split, traced through the
document level's stages (round 50, recall50).

    .venv/bin/python scripts/gate_misses.py ../shared/corpus/real --split train [--language en]
        [--hold-out-words] [--folds 0] [--all]

Each document is extracted as ``awol evaluate --folds 5`` does (a sentence model and an event
verifier that never saw it; ``--folds 0``: the shipped models, for a folder they never saw), with
the stages of :func:`awol.extract.document._read` watched.  A missed gold event (by default only
the ``document-empty`` and ``not-found`` causes; ``--all``: every miss) is put under the first
of:

- ``topic-gate``: the article was judged off the topic (no topic word, no headline on the topic,
  no sentence the classifier is sure tells a flight, no gate trigger): nothing was read;
- ``no-mention``: read, but no mention of the type was made in the sentence that holds the gold
  evidence (the sentence level: no trigger, a dropped trigger or proposal, a low cue);
- ``merged-away``: a mention was made there, but no event of the type came out of the drafts with
  its evidence there (merged into another event, told as background, a story filter);
- ``filter:NAME``: an event was there after the drafts, and the later filter NAME dropped it
  (drop_generic, drop_bare_search, drop_crime_told_next, drop_statute_flight);
- ``relevance-gate``: the relevance model's value under ``RELEVANCE`` emptied the article;
- ``prison-story``: the article was read as a prison escape;
- ``verifier``: the event verifier dropped it;
- ``kept``: the event was there at the end (its miss is a scoring mismatch: fields, evidence).

For a document-empty miss the rescue path is reported too: whether it was tried, from which
sentences, and what its reading gave.  Nothing is written.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(s: str) -> set[str]:
    return set(_WORD.findall(s.lower()))


def _overlap(a: str, b: str) -> float:
    x, y = _words(a), _words(b)
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--split")
    ap.add_argument("--language")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--hold-out-words", action="store_true")
    ap.add_argument("--all", action="store_true", help="every miss, not only empty/not-found")
    ap.add_argument(
        "--skip", action="append", default=[], help="a split to leave out (a blind one)"
    )
    args = ap.parse_args()

    import awol.evaluate.heldout as heldout
    import awol.extract.document as document
    import awol.extract.document_story as document_story
    import awol.extract.rescue as rescue
    from awol.evaluate.events import corpus_gold, score
    from awol.extract.classifier import get_model
    from awol.runs import DEFAULT_CORPORA

    gold, dealt, manifest = corpus_gold(args.corpus, args.split, args.language)
    if args.skip:
        import json

        splits = json.loads((args.corpus / "splits.json").read_text(encoding="utf-8"))
        skip = {i for k in args.skip for i in splits.get(k, [])}
        gold = [g for g in gold if g["id"] not in skip]
    stages: dict[str, dict[str, list]] = defaultdict(dict)  # id -> stage -> [(type, evidence)]
    flags: dict[str, dict] = defaultdict(dict)
    mentions: dict[str, list[tuple[str, str]]] = defaultdict(list)  # id -> (type, sentence)
    current = [""]
    first = [True]

    def ev(events) -> list[tuple[str, str]]:
        return [(e.type, e.evidence.text if e.evidence else "") for e in events]

    analyse = document_story.analyse_sentence

    def spy_analyse(sent, lex, *a, **k):
        an = analyse(sent, lex, *a, **k)
        if first[0]:
            mentions[current[0]].extend((m.type, sent.text) for m in an.mentions)
        return an

    drafts_cls = document_story.Drafts

    def spy_drafts(*a, **k):
        if first[0]:
            flags[current[0]]["topic"] = True
        return drafts_cls(*a, **k)

    document_story.Drafts = spy_drafts

    def wrap(name: str):
        fn = getattr(document, name)

        def spy(events, *a, **k):
            out = fn(events, *a, **k)
            if first[0]:
                stages[current[0]][name] = ev(out)
            return out

        setattr(document, name, spy)

    for name in ("finished", "drop_generic", "drop_bare_search", "drop_crime_told_next",
                 "drop_statute_flight"):  # fmt: skip
        wrap(name)
    prison = document.prison_story

    def spy_prison(*a, **k):
        out = prison(*a, **k)
        if first[0]:
            flags[current[0]]["prison"] = bool(out)
        return out

    document.prison_story = spy_prison
    inner = document._extract

    def spy_inner(article, read, again=None):
        current[0] = article.id
        first[0] = again is None and "final" not in stages[article.id]
        out = inner(article, read, again)
        if again is None and "final" not in stages[article.id]:
            stages[article.id]["final"] = ev(out.events)
            r, model = read.get("relevance"), get_model()
            if r is not None and model is not None:
                flags[article.id]["relevance"] = round(document.relevance_value(r), 3)
                flags[article.id]["relevance_gated"] = (
                    document.relevance_value(r) < model.relevance_for(article.language)
                    and len(read.get("verdicts") or ()) >= model.relevance_min
                )
        elif again is not None:
            flags[article.id].setdefault("again", []).append(
                (sorted(again.items()), ev(out.events))
            )
        first[0] = False
        return out

    document._extract = spy_inner
    rs = rescue.rescue_sentences

    def spy_rs(verdicts, relevance, thresholds, text="", lang="en"):
        out = rs(verdicts, relevance, thresholds, text, lang)
        flags[current[0]]["rescue"] = {
            "relevance": None if relevance is None else round(float(relevance), 3),
            "thresholds": thresholds,
            "best": max(
                (
                    (round(v.probs.get("desertion", 0.0), 3), i)
                    for i, v in verdicts.items()
                    if "desertion" in v.cues
                ),
                default=None,
            ),
            "at": out,
        }
        return out

    rescue.rescue_sentences = spy_rs
    verified = heldout._verified

    def spy_verified(folder, read, fold_of, shipped):
        for ex in read:
            if hasattr(ex, "events"):
                stages[ex.article.id]["pre-verify"] = ev(ex.events)
        yield from verified(folder, read, fold_of, shipped)

    heldout._verified = spy_verified
    corpora = [p for p in DEFAULT_CORPORA if (p / "gold.jsonl").exists()]
    if args.folds == 0:
        from awol.cli.extract import run_extract

        files = [str(args.corpus / f"{g['id']}.txt") for g in gold]
        man = args.corpus / "manifest.jsonl"
        runs = list(run_extract(files, str(man) if man.exists() else None))
    else:
        runs = list(
            heldout.held_out_extractions(
                args.corpus, [g["id"] for g in gold], args.folds, corpora, manifest, dealt,
                args.hold_out_words,
            )
        )  # fmt: skip
    preds = [x.to_dict() for x in runs if not isinstance(x, Exception)]
    for x in runs:
        if hasattr(x, "events"):
            stages[x.article.id]["verified"] = ev(x.events)
    res = score(gold, preds)
    print("held-out events:", res["events"])
    order = ["finished", "drop_generic", "drop_bare_search", "drop_crime_told_next",
             "drop_statute_flight", "final", "pre-verify", "verified"]  # fmt: skip
    causes: Counter = Counter()
    for m in res["misses"]:
        if "figure" in m or (
            not args.all and m.get("cause") not in ("document-empty", "not-found")
        ):
            continue
        doc, etype, gev = m["id"], m["type"], m["evidence"]
        st, fl = stages.get(doc, {}), flags.get(doc, {})

        def has(stage: str, st=st, etype=etype, gev=gev) -> bool:
            return any(t == etype and _overlap(e, gev) >= 0.5 for t, e in st.get(stage, []))

        if not fl.get("topic"):
            cause = "topic-gate"
        elif not any(t == etype and _overlap(s, gev) >= 0.5 for t, s in mentions.get(doc, [])):
            cause = "no-mention"
        elif not has("finished"):
            cause = "merged-away"
        else:
            cause = "kept"
            prev = "finished"
            for stage in order[1:]:
                if stage not in st:
                    continue
                if has(prev) and not has(stage):
                    if stage.startswith("drop_"):
                        cause = "filter:" + stage
                    elif stage == "final":
                        cause = (
                            "relevance-gate"
                            if fl.get("relevance_gated")
                            else "prison-story"
                            if fl.get("prison")
                            else "final-other"
                        )
                    elif stage == "verified":
                        cause = "verifier"
                    else:
                        cause = "lost-at-" + stage
                    break
                prev = stage
        causes[cause] += 1
        print(f"{cause:<22} {m.get('cause', ''):<15} {doc} {etype} | {gev[:120]}")
        extra = {k: v for k, v in fl.items() if k in ("relevance", "relevance_gated", "rescue")}
        if m.get("cause") == "document-empty" or cause == "topic-gate":
            print(f"{'':<22} {extra} again={fl.get('again')}")
    print()
    print("documents the topic gate emptied (relevance, gold events):")
    for g in gold:
        fl = flags.get(g["id"], {})
        if not fl.get("topic"):
            print(f"  {g['id']} {fl.get('relevance')} {len(g['events'])}")
    print()
    for cause, n in causes.most_common():
        print(f"{n:>4} {cause}")


if __name__ == "__main__":
    main()
