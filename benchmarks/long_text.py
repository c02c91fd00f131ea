"""A long text for the long-document benchmark that no cache keyed on a sentence can flatter.

Built from ALL the articles of one language in a corpus (reproducibly: a fixed seed):

- the paragraphs of all the articles are pooled and shuffled across articles, pass after pass;
- in each paragraph copy every number is replaced by another of as many digits (a year by
  another year), every month name by another month (in Russian in the same case) and every
  capitalised word inside a sentence (names, places, outlets) by another capitalised word of the
  corpus;
- a sentence already emitted ``MAX_REPEATS`` times (after all that) gets a word of the corpus
  inserted at a random place, again until it is new enough: no sentence repeats more often.

:func:`repetition` measures it on the text produced (sentences split at . ! ? before a space).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

MAX_REPEATS = 3

_EN_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_RU_MONTHS = {
    # (nominative, genitive, prepositional): "в мае", "9 мая", "май"
    "nom": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "gen": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "pre": "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре",
}
_MONTH_FORMS: dict[str, list[str]] = {m: _EN_MONTHS for m in _EN_MONTHS}
for _forms in _RU_MONTHS.values():
    _list = _forms.split()
    for _m in _list:
        _MONTH_FORMS.setdefault(_m, _list)
        _MONTH_FORMS.setdefault(_m.capitalize(), [x.capitalize() for x in _list])

_TOKEN = re.compile(r"\d+|[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?|[a-zа-яё]+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_LOWER_WORD = re.compile(r"\b[a-zа-яё]{3,}\b")


def _paragraphs(texts: list[str]) -> list[str]:
    out = []
    for t in texts:
        out.extend(p.strip() for p in re.split(r"\n\s*\n", t) if p.strip())
    return out


def _perturb(paragraph: str, rng: random.Random, capitals: dict[str, list[str]]) -> str:
    everyone = capitals[""]

    def swap(m: re.Match[str]) -> str:
        w = m.group()
        if w.isdigit():
            if len(w) == 4 and w[:2] in ("19", "20"):
                return str(rng.randint(2014, 2026))
            if len(w) == 2:  # (a day of a month is one too)
                return str(rng.randint(10, 28))
            lo = 10 ** (len(w) - 1) if len(w) > 1 else 1
            return str(rng.randint(lo, 10 ** len(w) - 1))
        forms = _MONTH_FORMS.get(w)
        if forms is not None:
            return rng.choice(forms)
        if w[0].isupper():
            # not the word that opens a sentence (its capital is the sentence's)
            before = paragraph[max(0, m.start() - 2) : m.start()]
            if m.start() == 0 or before.rstrip().endswith((".", "!", "?", "…", "\n", "«", '"')):
                return w
            return rng.choice(capitals.get(w[-2:]) or everyone)
        return w

    return _TOKEN.sub(swap, paragraph)


def _renew(sentence: str, rng: random.Random, vocabulary: list[str]) -> str:
    """The sentence with one more word of the corpus at a random place between its words."""
    gaps = [m.start() for m in re.finditer(r" ", sentence)]
    if not gaps:
        return sentence + " " + rng.choice(vocabulary)
    at = rng.choice(gaps)
    return sentence[:at] + " " + rng.choice(vocabulary) + sentence[at:]


def long_text(texts: list[str], size: int, seed: int = 12) -> str:
    """One text of at most ``size`` bytes (UTF-8) from ``texts`` (see the module's docstring)."""
    rng = random.Random(seed)
    paragraphs = _paragraphs(texts)
    joined = "\n".join(texts)
    # (as often as the corpus has them inside sentences, after a small word: names and places
    # more than headline words; by their last two letters, a Russian word's case)
    found = re.findall(r"(?<=[a-zа-яё] )[A-ZА-ЯЁ][a-zа-яё]{2,}", joined)
    capitals: dict[str, list[str]] = {"": found}
    for w in found:
        capitals.setdefault(w[-2:], []).append(w)
    vocabulary = sorted(set(_LOWER_WORD.findall(joined)))
    seen: Counter[str] = Counter()
    parts: list[str] = []
    total = 0
    while True:
        order = list(range(len(paragraphs)))
        rng.shuffle(order)
        for k in order:
            sentences = _SENTENCE_END.split(_perturb(paragraphs[k], rng, capitals))
            for i, s in enumerate(sentences):
                while seen[s] >= MAX_REPEATS:
                    s = _renew(s, rng, vocabulary)
                seen[s] += 1
                sentences[i] = s
            p = " ".join(sentences) + "\n\n"
            n = len(p.encode("utf-8"))
            if total + n > size:
                return "".join(parts)
            parts.append(p)
            total += n


def repetition(text: str) -> tuple[int, int, int]:
    """(sentences, distinct sentences, the most times one sentence occurs) of ``text``, of its
    sentences of three words or more (not "Pskov." after an initial)."""
    counts = Counter(
        s for p in text.split("\n\n") for s in _SENTENCE_END.split(p.strip()) if s.count(" ") >= 2
    )
    return sum(counts.values()), len(counts), max(counts.values(), default=0)


def corpus_texts(corpus: Path, lang: str) -> list[str]:
    """The cleaned text of every ``lang`` article of ``corpus`` (its ``lang-*.txt`` files)."""
    from awol.clean.encoding import decode

    files = sorted(corpus.glob(f"{lang}-*.txt"))
    return [decode(p.read_bytes(), str(p))[0].strip() for p in files]


def long_document(corpus: Path, lang: str, megabytes: float):
    """The long text of ``megabytes`` built from ``corpus``'s articles in ``lang``, as the one
    :class:`awol.model.Document` every long-text benchmark reads (published 2024-06-30)."""
    from awol.model import Document

    text = long_text(corpus_texts(corpus, lang), int(megabytes * 1_000_000))
    return Document(origin="long.txt", content=text.encode("utf-8"), id="long", language=lang,
                    published="2024-06-30")  # fmt: skip
