"""Would a reader of later tellings with no cue word fill dates and regions rightly?  Round 55
(retell55) measured it and did not land it; this script keeps the reader so it can be counted again.

    PYTHONPATH=src .venv/bin/python scripts/retold_fields.py CORPUS [--split S] [--skip ci] [--show]
        [--folds 5]

The reader (run after :func:`awol.extract.evidence_fields.fields_of_retelling`, on the kept
events): for each event lacking a date or a region, the sentences within ``WINDOW`` after its
evidence, then before it (up to one another event of its type cites, or one that opens another
case), that no event cites and that hold the plain verbs of ONE type (``WORDS``: leaving, catching,
searching, a body found, charging, sentencing; a return verb right after a negation tells a
flight), that type being the event's, the classifier reading no other type there, and whose people
are the event's (a pronoun before the verb, the event's name or count).  From it: one resolved,
unanchored date; one region told after the verb in its clause, not as an actor ("Moscow's").

A firing is *right* where a gold event of its type in the document has that value, *wrong*
where none has (a field gold leaves null included), *no gold* where the document has no gold
event of its type.  ``--folds N``: each document extracted held out (as ``awol evaluate
--folds``), else the shipped models (in sample on real train).  Never on the test split.

Round 55's counts (docs/extraction.md, "Round 55 (retell55)"): real train in sample 0 firings,
held out (5 folds) 1 wrong date; the readable invented article and place sets 1 right, 3 wrong.
On real train no sentence near an event that lacks a cue word holds any of these verbs (0 of
208 such sentences in the windows): the cue lexicon already covers them.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path

import awol.extract.document as document
from awol.extract.evidence_fields import _one_date, _one_region, same_people
from awol.extract.lexicon import Lexicon
from awol.extract.merge_words import extra_pattern
from awol.extract.sentences import Sentence
from awol.extract.tokens import tokens
from awol.model import Event

# the plain verbs (lemmas) that tell each type again, the subjects that tie a sentence to the
# event's people, and the verbs that tell a flight only after a negation (Russian «нашли» is
# lemmatised «наслать»)
WORDS = {
    "en": {
        "retelling_verbs": {
            "desertion": ["walk", "left", "flee", "fled", "run", "abandon", "slip", "vanish",
                          "disappear", "escape", "desert", "quit", "defect"],
            "detention": ["catch", "arrest", "detain", "apprehend", "nab", "seize", "capture",
                          "pick"],
            "wanted": ["search", "seek", "hunt", "hunting", "track"],
            "death": ["kill", "die", "dead", "shot", "shoot", "murder", "body", "corpse", "find",
                      "discover"],
            "prosecution": ["charge", "indict", "prosecute"],
            "sentence": ["sentence", "jail", "convict", "imprison"],
        },
        "retelling_subjects": ["he", "she", "they", "victim", "body"],
        "retelling_negated": ["return", "come", "show", "report"],
        "retelling_negation": ["not", "never", "n't", "no"],
    },
    "ru": {
        "retelling_verbs": {
            "desertion": ["уйти", "покинуть", "сбежать", "бежать", "оставить", "уехать",
                          "скрыться", "пропасть", "исчезнуть", "дезертировать"],
            "detention": ["задержать", "задерживать", "поймать", "арестовать", "схватить",
                          "доставить"],
            "wanted": ["искать", "разыскивать", "розыск"],
            "death": ["погибнуть", "умереть", "убить", "застрелить", "тело", "найти", "наслать",
                      "обнаружить", "смерть"],
            "prosecution": ["возбудить", "обвинить", "предъявить"],
            "sentence": ["приговорить", "осудить", "назначить"],
        },
        "retelling_subjects": ["он", "она", "они", "тело"],
        "retelling_negated": ["вернуться", "возвращаться", "возвратиться", "явиться", "прибыть"],
        "retelling_negation": ["не"],
    },
}  # fmt: skip

# how many sentences after the cited one may tell the event again
WINDOW = 3


def _verbs(lang: str) -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in WORDS[lang]["retelling_verbs"].items()}


def _words(lang: str, key: str) -> frozenset[str]:
    return frozenset(WORDS[lang][key])


def _told(text: str, lang: str) -> tuple[str | None, int]:
    """The one event type whose retelling verbs ``text`` holds and the index of its first such
    token (None: none, or two types').  A verb of ``retelling_negated`` tells a flight only
    right after a negation ("did not return", «так и не вернулся», «решил не возвращаться»)."""
    toks = tokens(text, lang)
    negated, negation = _words(lang, "retelling_negated"), _words(lang, "retelling_negation")
    found: dict[str, int] = {}
    for i, t in enumerate(toks):
        for etype, words in _verbs(lang).items():
            if t.lemma in words:
                found.setdefault(etype, i)
        if t.lemma in negated and any(x.lemma in negation for x in toks[max(0, i - 2) : i]):
            found.setdefault("desertion", i)
    if len(found) != 1:
        return None, -1
    return next(iter(found.items()))


def retold_type(text: str, lang: str) -> str | None:
    """The one event type whose retelling verbs ``text`` holds (None: none, or two types')."""
    return _told(text, lang)[0]


def _subject_told(text: str, lang: str, before: int) -> bool:
    """A pronoun or a people word before the type's verb (its subject or its object)."""
    subjects = _words(lang, "retelling_subjects")
    return any(t.lemma in subjects for t in tokens(text, lang)[:before])


def _named_or_counted(e: Event, text: str, lang: str) -> bool:
    """Does ``text`` name a person of ``e`` or state its count (not two common words: a later
    sentence of the same words may tell another man's case)?"""
    return bool(e.names or e.count is not None) and same_people(e, "", text, lang)


def _place_after(text: str, places: Callable[[str], list], after: int):
    """The sentence's one region (:func:`.evidence_fields._one_region`) where it is told after
    the type's verb, in its clause (no comma between), and not as an actor ("Moscow's")."""
    p = _one_region(text, places)
    if p is None or p.start < after or "," in text[after : p.start]:
        return None
    return None if text[p.end : p.end + 2] in ("'s", "’s") else p


def _around(sentences: list[Sentence], at: int, etype: str, cited: dict, another) -> list:
    """The sentences after the cited one, then those before it (``WINDOW`` each way), up to one
    another event of the type cites or one that opens another case; none that an event cites."""
    out = []
    for step in (1, -1):
        i = at + step
        while 0 <= i < len(sentences) and abs(i - at) <= WINDOW:
            s = sentences[i]
            if etype in cited.get(s.start, ()) or (another is not None and another.search(s.text)):
                break  # (another happening of the type, or another case, begins)
            if s.start not in cited:
                out.append(s)
            i += step
    return out


def fields_of_later_telling(
    events: list[Event],
    sentences: list[Sentence],
    verdicts: Mapping,
    lex: Lexicon,
    published: str | None,
    places: Callable[[str], list],
) -> int:
    """Fill each event's missing date and region from a later telling of it that carries no cue
    word (see the module's doc); returns how many fields were filled."""
    need = [e for e in events if not (e.date and e.region)]
    if not need or not _verbs(lex.lang):
        return 0
    at_start = {s.start: i for i, s in enumerate(sentences)}
    cited: dict[int, set[str]] = {}
    for e in events:
        cited.setdefault(e.evidence.start, set()).add(e.type)
    another = extra_pattern(lex.lang, "another_case")
    filled = 0
    for e in need:
        at = at_start.get(e.evidence.start)
        if at is None:
            continue
        for s in _around(sentences, at, e.type, cited, another):
            etype, verb = _told(s.text, lex.lang)
            if etype != e.type:
                continue
            v = verdicts.get(s.index) if hasattr(verdicts, "get") else None
            if v is not None and any(t != e.type and v.accepts_lemma(t) for t in v.cues):
                continue  # (the classifier reads another act in it)
            if not (
                _subject_told(s.text, lex.lang, verb) or _named_or_counted(e, s.text, lex.lang)
            ):
                continue
            if not e.date and (d := _one_date(s.text, lex.lang, published)) is not None:
                e.date, e.date_text = d.value, d.text
                filled += 1
            after = tokens(s.text, lex.lang)[verb].start
            if not e.region and (p := _place_after(s.text, places, after)) is not None:
                if e.country in (None, p.country):
                    e.region, e.country = p.region, p.country
                    e.place_text = e.place_text or p.text
                    filled += 1
            break
    return filled


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--split")
    ap.add_argument("--skip", default="")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--folds", type=int, default=0)
    args = ap.parse_args()
    if args.split == "test":
        raise SystemExit("never on the test split")
    fired: list[tuple[str, str, object, str]] = []
    real = document.fields_of_retelling

    def spy(events, sentences, verdicts, head_end, lex, published, places):
        n = real(events, sentences, verdicts, head_end, lex, published, places)
        before = [(e.date, e.region) for e in events]
        fields_of_later_telling(events, sentences, verdicts, lex, published, places)
        for e, (d, r) in zip(events, before, strict=True):
            if e.date != d:
                fired.append((e.type, "date", e.date, e.evidence.text))
            if e.region != r:
                fired.append((e.type, "region", e.region, e.evidence.text))
        return n

    document.fields_of_retelling = spy
    gold = {
        g["id"]: g
        for g in map(json.loads, (args.corpus / "gold.jsonl").read_text("utf-8").splitlines())
    }
    splits = json.loads((args.corpus / "splits.json").read_text("utf-8"))
    ids = sorted(gold)
    if args.split:
        ids = [i for i in ids if i in set(splits[args.split])]
    for s in filter(None, args.skip.split(",")):
        ids = [i for i in ids if i not in set(splits.get(s, []))]
    manifest = str(args.corpus / "manifest.jsonl")
    counts: Counter = Counter()
    if args.folds:
        from awol.evaluate.heldout import held_out_extractions

        corpora = [args.corpus, Path("corpus/dev")]
        # (held out: the firings of every fold's reading, told apart by their evidence's text)
        list(held_out_extractions(args.corpus, ids, args.folds, corpora, manifest))
        texts = {i: (args.corpus / f"{i}.txt").read_text("utf-8") for i in ids}
        runs = [(next((i for i in ids if ev in texts[i]), "?"), k) for k, (*_, ev) in
                enumerate(fired)]  # fmt: skip
    else:
        from awol.runs import run_extract

        runs = []
        for doc_id in ids:
            start = len(fired)
            list(run_extract([str(args.corpus / f"{doc_id}.txt")], manifest))
            runs += [(doc_id, k) for k in range(start, len(fired))]
    for doc_id, k in runs:
        etype, fld, value, ev = fired[k]
        golds = [e for e in gold.get(doc_id, {}).get("events", []) if e["type"] == etype]
        how = (
            "no gold"
            if not golds
            else "right"
            if any(e.get(fld) == value for e in golds)
            else "wrong"
        )
        counts[(fld, how)] += 1
        if args.show:
            print(f"{doc_id} {etype} {fld}={value} [{how}] | {ev[:100]}")
    for k, v in sorted(counts.items()):
        print(k, v)


if __name__ == "__main__":
    main()
