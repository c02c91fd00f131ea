"""Why were gold events missed?  Held-out misses of a corpus split, by cause.

    .venv/bin/python scripts/misses.py ../shared/corpus/real --split train [--language en]

Each document is extracted with a sentence model that never saw it (as ``awol evaluate --folds
5``).  For every missed gold event, the sentence of the cleaned text that its evidence overlaps
most is read again, and the miss is put under the first cause that fits:

- ``no-sentence``: no sentence of the cleaned text holds the evidence (cleaning, splitting);
- ``article-gated``: the article was judged off the topic, nothing was read;
- ``relevance-gated``: sentences were read, but the article's relevance was under its
  language's threshold, so it kept its figures only (``RELEVANCE`` in ``extract/train.py``);
- ``mention-elsewhere``: a mention of the type was made there, but merged into another event or
  its event matched no gold event (merging, evidence choice);
- ``trigger-dropped``: a trigger of the type matched and was dropped (``blocked``: negation,
  law, modal; else the story gate or the classifier's doubt);
- ``proposal-dropped``: no trigger of the type, but a rule of ``lang/*/proposals.yaml`` of the
  type fits the sentence's words (read as in a story): dropped by the story gate (``(no story)``:
  the sentence was neither in a desertion story nor near one) or by a later gate;
- ``cue-low``: no trigger, only a cue lemma, and the classifier's probability was too low;
- ``cue-other``: the sentence was a candidate, with cue words of other types only;
- ``no-candidate``: neither a trigger nor a cue lemma of any type.

Prints each miss (the gold evidence, what was found there: triggers, cue types, the
classifier's probability, mentions) and the counts per cause.  Nothing is written.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(s: str) -> set[str]:
    return set(_WORD.findall(s.lower()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--split")
    ap.add_argument("--language")
    ap.add_argument(
        "--folds", type=int, default=5, help="0: the shipped model (a folder it never saw)"
    )
    ap.add_argument(
        "--hold-out-words", action="store_true", help="as awol evaluate --hold-out-words"
    )
    args = ap.parse_args()

    import awol.extract.document as document
    import awol.extract.document_story as document_story
    from awol.evaluate.events import corpus_gold, score
    from awol.evaluate.heldout import held_out_extractions
    from awol.extract.classifier import candidates, get_model
    from awol.extract.lexicon import get_lexicon
    from awol.extract.mentions import _blocked, _find_triggers
    from awol.extract.proposals import propose
    from awol.extract.sentences import split_sentences
    from awol.runs import DEFAULT_CORPORA

    folder = args.corpus
    gold, dealt, manifest = corpus_gold(folder, args.split, args.language)
    seen: dict[str, dict] = {}
    relevance: dict[str, bool] = {}  # article -> silenced by the relevance gate
    mentions: dict[tuple[str, int], list[str]] = {}
    storied: dict[tuple[str, int], bool] = {}  # the sentence was read as in a story (or near one)
    current = [""]
    analyse, extract = document_story.analyse_sentence, document.extract_article

    def spy_analyse(sent, lex, *a, **k):
        an = analyse(sent, lex, *a, **k)
        mentions[(current[0], sent.index)] = [m.type for m in an.mentions]
        # (analyse_sentence's in_story and near_topic, given by place or by name)
        in_story = a[1] if len(a) > 1 else k.get("in_story", False)
        near = a[10] if len(a) > 10 else k.get("near_topic", False)
        storied[(current[0], sent.index)] = bool(in_story or near)
        return an

    def spy_extract(article):
        current[0] = article.id
        lex = get_lexicon(article.language)
        sents = split_sentences(article.text, article.language)
        model = get_model()
        cands = {c.index: c for c in candidates(sents, lex, article.title)}
        probs = {i: model.predict(c.features) for i, c in cands.items()} if model else {}
        seen[article.id] = {"sents": sents, "cands": cands, "probs": probs, "lex": lex}
        return extract(article)

    inner = document._extract

    def spy_inner(article, read, rescue=None):
        out = inner(article, read, rescue)
        r, model = read.get("relevance"), get_model()
        if rescue is None and r is not None and model is not None:
            relevance[article.id] = (
                document.relevance_value(r) < model.relevance_for(article.language)
                and len(read.get("verdicts") or ()) >= model.relevance_min
            )
        return out

    document_story.analyse_sentence, document.extract_article = spy_analyse, spy_extract
    document._extract = spy_inner
    corpora = [p for p in DEFAULT_CORPORA if (p / "gold.jsonl").exists()]
    if args.folds == 0:
        # the shipped model, for a folder it never saw (invented articles, probes)
        from awol.cli.extract import run_extract

        files = [str(folder / f"{g['id']}.txt") for g in gold]
        man = folder / "manifest.jsonl"
        runs = run_extract(files, str(man) if man.exists() else None)
    else:
        runs = held_out_extractions(
            folder,
            [g["id"] for g in gold],
            args.folds,
            corpora,
            manifest,
            dealt,
            args.hold_out_words,
        )
    preds = [x.to_dict() for x in runs if not isinstance(x, Exception)]
    res = score(gold, preds)
    print("held-out events:", res["events"])
    causes: Counter = Counter()
    for m in res["misses"]:
        if "figure" in m:
            continue
        doc, etype, ev = m["id"], m["type"], m["evidence"]
        info = seen.get(doc)
        best, at = 0.0, None
        for s in info["sents"] if info else []:
            ew, sw = _words(ev), _words(s.text)
            ov = len(ew & sw) / min(len(ew), len(sw)) if ew and sw else 0.0
            if ov > best:
                best, at = ov, s.index
        detail = ""
        if at is None or best < 0.5:
            cause = "no-sentence"
        elif not any(k[0] == doc for k in mentions):
            cause = "article-gated"
        elif relevance.get(doc):
            cause = "relevance-gated"
        else:
            s, lex = info["sents"][at], info["lex"]
            found = [
                (t.type, s.text[a:b], _blocked(s.text, t.type, a, b, lex))
                for t, a, b in _find_triggers(s.text, lex)
            ]
            cand = info["cands"].get(at)
            p = info["probs"].get(at, {}).get(etype)
            proposed = [(t.type, s.text[a:b]) for t, a, b in propose(s.text, lex.lang, set(), True)]
            story = storied.get((doc, at), False)
            if etype in mentions.get((doc, at), []):
                cause = "mention-elsewhere"
            elif any(t == etype for t, _w, _b in found):
                blocked = any(b for t, _w, b in found if t == etype)
                cause = "trigger-dropped" + (" (blocked)" if blocked else "")
            elif any(t == etype for t, _w in proposed):
                cause = "proposal-dropped" + ("" if story else " (no story)")
            elif cand is None:
                cause = "no-candidate"
            elif etype in cand.cues:
                cause = "cue-low"
            else:
                cause = "cue-other"
            detail = (
                f"triggers {found} cues {sorted(cand.cues) if cand else []} "
                f"p({etype}) {round(p, 2) if p is not None else None} "
                f"mentions {mentions.get((doc, at), [])} proposals {proposed} story {story}"
            )
        causes[cause] += 1
        print(f"{cause:<26} {doc} {etype} | {ev[:140]}")
        if detail:
            print(f"{'':<26} {detail}")
    print()
    for cause, n in causes.most_common():
        print(f"{n:>4} {cause}")


if __name__ == "__main__":
    main()
