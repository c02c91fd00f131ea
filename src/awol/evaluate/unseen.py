"""Held-out words (``awol evaluate FOLDER --folds K --hold-out-words``): the lexicon's words that
only a fold's own articles taught us are switched off while that fold is read.

``--folds`` holds out the learned sentence model only: the trigger patterns and cue lemmas of
``lang/*/events.yaml`` were written reading all of train, so a held-out article still meets its
own wording in the rules.  Here, for each fold, every trigger pattern, lemma trigger and cue
lemma that fires on a gold evidence sentence of its type in the fold's articles but on no gold
evidence sentence of that type in the articles the fold's model is trained on (the training
corpora minus the fold) is switched off: for that fold's training (the model learns with the
lexicon it reads with) and extraction.  What is left is the lexicon a reader would have written
without the fold's articles; unseen wording (the private set's) meets the same.

Words the project lists as general knowledge (``general:`` in ``lang/*/events.yaml``: written from
knowledge of the language, not from a corpus sentence) are never hidden: no fold's articles taught
them, so a reader without the fold would have written them too.  This is what lets the measure
show what the lexicon's breadth gains on unseen wording (everything else is hidden as before).

A word "fires" on a sentence as the extraction reads it: a trigger pattern that matches it, a
lemma trigger (``lemma_triggers``) that starts at one of its words, a cue lemma (``cues``) among
its words' lemmas; each is a word of its own event type only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

# a word of the lexicon: ("pattern", its index in ``Lexicon.triggers``, type), ("lemma", the
# lemma that starts a lemma trigger, type) or ("cue", the cue lemma, type)
Word = tuple[str, int | str, str]


@dataclass
class Hidden:
    """The words of one language switched off for one fold."""

    patterns: set[int] = field(default_factory=set)  # indices in ``Lexicon.triggers``
    lemmas: set[tuple[str, str]] = field(default_factory=set)  # (lemma rule key, type)
    cues: set[tuple[str, str]] = field(default_factory=set)  # (cue lemma, type)

    def __len__(self) -> int:
        return len(self.patterns) + len(self.lemmas) + len(self.cues)

    def add(self, word: Word) -> None:
        kind, key, etype = word
        if kind == "pattern":
            self.patterns.add(int(key))
        elif kind == "lemma":
            self.lemmas.add((str(key), etype))
        else:
            self.cues.add((str(key), etype))


def fired(text: str, lang: str) -> set[Word]:
    """The lexicon's words that fire on ``text`` (with the lexicon as loaded, nothing hidden)."""
    from awol.extract.classifier import _cue_index
    from awol.extract.lexicon import get_lexicon
    from awol.extract.tokens import tokens
    from awol.extract.trigger_find import lemma_triggers as _lemma_triggers

    lex = get_lexicon(lang)
    toks = tokens(text, lang)
    out: set[Word] = set()
    for i, trig in enumerate(lex.triggers):
        if trig.pattern.search(text) is not None:
            out.add(("pattern", i, trig.type))
    starts = {t.start: t for t in toks}
    for trig, a, _b in _lemma_triggers(text, lex, toks) if lex.lemma_rules else ():
        tok = starts.get(a)
        if tok is None:
            continue
        for key in {tok.lemma, tok.text.lower()}:
            if any(r.trigger.type == trig.type for r in lex.lemma_rules.get(key, ())):
                out.add(("lemma", key, trig.type))
    cues = _cue_index(lang)
    for tok in toks:
        for etype in cues.get(tok.lemma, ()):
            out.add(("cue", tok.lemma, etype))
    return out


def general(lang: str) -> set[Word]:
    """The lexicon's words listed as general knowledge (``general:`` in ``lang/<lang>/events.yaml``),
    as :func:`fired` names them; read with the lexicon whole (trigger patterns by their index)."""
    from awol.extract.lexicon import get_lexicon

    lex = get_lexicon(lang)
    gen = lex.extra.get("general") or {}
    texts = {
        (str(t["pattern"]), etype)
        for etype, items in (gen.get("triggers") or {}).items()
        for t in items or ()
    }
    out: set[Word] = {
        ("pattern", i, t.type)
        for i, t in enumerate(lex.triggers)
        if (t.pattern.pattern, t.type) in texts
    }
    for etype, items in (gen.get("lemma_triggers") or {}).items():
        for t in items or ():
            out |= {("lemma", str(w).lower(), etype) for w in t.get("lemmas") or ()}
    for etype, items in (gen.get("cues") or {}).items():
        out |= {("cue", str(w).lower(), etype) for w in items or ()}
    return out


def gold_words(events: Iterable[dict], lang: str) -> set[Word]:
    """The words that fire on gold evidence sentences of their own type."""
    out: set[Word] = set()
    for ev in events:
        evidence = ev.get("evidence") or ""
        if evidence:
            out |= {w for w in fired(evidence, lang) if w[2] == ev.get("type")}
    return out


def to_hide(
    held: dict[str, set[Word]],
    seen: dict[str, set[Word]],
    keep: dict[str, set[Word]] | None = None,
) -> dict[str, Hidden]:
    """Per language, the words of the held-out gold (``held``) that the training gold (``seen``)
    never fires with its type, but for the general words (``keep``: :func:`general`)."""
    out: dict[str, Hidden] = {}
    for lang, words in held.items():
        h = out.setdefault(lang, Hidden())
        for w in words - seen.get(lang, set()) - (keep or {}).get(lang, set()):
            h.add(w)
    return out


@contextmanager
def hiding(hidden: dict[str, Hidden]) -> Iterator[None]:
    """Extract (and train) with the words ``hidden`` switched off: each language's lexicon (the
    one object every reader shares) has those trigger patterns, lemma triggers and cue lemmas
    removed inside the block and restored after it."""
    from awol.extract import classifier
    from awol.extract.lexicon import _any, get_lexicon
    from awol.extract.prefilter_index import WordStartIndex

    saved = []
    try:
        for lang, h in hidden.items():
            if not h:
                continue
            lex = get_lexicon(lang)
            saved.append(
                (lex, lex.triggers, lex.any_trigger, lex.trigger_index, lex.lemma_rules, lex.extra)
            )
            triggers = [t for i, t in enumerate(lex.triggers) if i not in h.patterns]
            lex.triggers = triggers
            lex.any_trigger = _any([t.pattern.pattern for t in triggers] or ["(?!)"])
            lex.trigger_index = WordStartIndex(
                [t.pattern._lower.pattern for t in triggers], [t.pattern._need for t in triggers]
            )
            rules = {
                key: [r for r in kept if (key, r.trigger.type) not in h.lemmas]
                for key, kept in lex.lemma_rules.items()
            }
            lex.lemma_rules = {k: v for k, v in rules.items() if v}
            cues = lex.extra.get("cues") or {}
            lex.extra = {
                **lex.extra,
                "cues": {
                    t: [x for x in v if (str(x).lower(), t) not in h.cues] for t, v in cues.items()
                },
            }
        classifier._cue_sets.cache_clear()
        classifier._cue_index.cache_clear()
        yield
    finally:
        for lex, triggers, any_trigger, index, rules, extra in reversed(saved):
            lex.triggers, lex.any_trigger, lex.trigger_index = triggers, any_trigger, index
            lex.lemma_rules, lex.extra = rules, extra
        classifier._cue_sets.cache_clear()
        classifier._cue_index.cache_clear()


def corpus_gold(folder: Path, ids: set[str] | None = None) -> dict[str, tuple[str, list[dict]]]:
    """document key -> (language, gold events) of a corpus folder's documents (``ids``: only
    these; else those :func:`awol.extract.train.corpus_ids` trains on)."""
    from awol.extract.corpora import corpus_ids, document_key

    if ids is None:
        ids = corpus_ids(folder)
    langs: dict[str, str] = {}
    man = folder / "manifest.jsonl"
    if man.exists():
        for line in man.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                langs[row["id"]] = row.get("language") or ""
    out = {}
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        if ids is not None and g["id"] not in ids:
            continue
        lang = g.get("language") or langs.get(g["id"]) or ""
        out[document_key(folder, g["id"])] = (lang, g.get("events") or [])
    return out


class WordFolds:
    """The words to hide per fold: the gold words of every training document, read once."""

    def __init__(self, corpora: list[Path], folder: Path) -> None:
        from awol.extract.lexicon import available_languages

        docs: dict[str, tuple[str, list[dict]]] = {}
        for c in corpora:
            docs.update(corpus_gold(c))
        self._folder = folder
        self._known = set(available_languages())
        # (read now, with the lexicon whole: a trigger pattern is named by its index)
        self.general = {lang: general(lang) for lang in self._known}
        self.words: dict[str, tuple[str, set[Word]]] = {}
        self._read(docs)

    def _read(self, docs: dict[str, tuple[str, list[dict]]]) -> None:
        for key, (lang, evs) in docs.items():
            self.words[key] = (lang, gold_words(evs, lang) if lang in self._known else set())

    def hidden(self, held: set[str]) -> dict[str, Hidden]:
        """The words to switch off while the documents ``held`` (keys) are held out: those of
        their gold that no other training document's gold fires with its type, but for the
        general words."""
        extra = [k for k in held if k not in self.words]
        if extra:  # (a held document outside the training corpora: its gold read here)
            self._read(corpus_gold(self._folder, {k.partition("/")[2] for k in extra}))
        seen: dict[str, set[Word]] = {}
        mine: dict[str, set[Word]] = {}
        for key, (lang, words) in self.words.items():
            (mine if key in held else seen).setdefault(lang, set()).update(words)
        return to_hide(mine, seen, self.general)
