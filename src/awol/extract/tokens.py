"""Words with their lemmas: one analysis per sentence, shared by the cue finder and the classifier.

Russian lemmas come from pymorphy3 (its dictionaries ship on PyPI), English ones from simplemma
(a dictionary lemmatiser, no download at run time).  A lemma covers every inflected form of a word:
"deserted", "deserting", "deserts" -> "desert"; "сбежавшего", "сбежали" -> "сбежать".  Both
lemmatisers are cached per word form, so a long text costs one look-up per distinct word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from awol.extract.recent import MISSING, Recent

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+", re.UNICODE)

# The word patterns read in every sentence as they read an ASCII text: there a letter
# (``[^\W\d_]``) is ``[A-Za-z]``, a digit is ``[0-9]``, and "’" and "‐" do not occur, so these find
# the same words, with a quicker class test than the Unicode categories' (most sentences of an
# English text are ASCII).  The name and place finders' pattern is one ``re`` object (compiled
# from one string): one twin for both.
_ASCII_TWINS = {
    _WORD.pattern: r"[A-Za-z]+(?:[-'][A-Za-z]+)*|[0-9]+",
    r"[^\W\d_]+(?:['’\-‐][^\W\d_]+)*": r"[A-Za-z]+(?:['\-][A-Za-z]+)*",
}


@lru_cache(maxsize=16)
def ascii_twin(regex: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern that finds the words ``regex`` finds in any ASCII text (itself where none is
    known)."""
    twin = _ASCII_TWINS.get(regex.pattern)
    return regex if twin is None or regex.flags != _WORD.flags else re.compile(twin)


class Token(NamedTuple):
    """A word: immutable, compared by value (a named tuple: cheap to make, one per word)."""

    text: str
    lemma: str
    start: int
    end: int


_new = tuple.__new__
# a token's lemma and its text as written, read in C (``map(LEMMA, toks)``)
LEMMA = itemgetter(1)
TEXT = itemgetter(0)

# lemma per word as written (a long text repeats its words: one dictionary look-up each)
_SEEN: dict[str, dict[str, str]] = {"en": {}, "ru": {}}
_SEEN_MAX = 300_000


def tokens(text: str, lang: str) -> list[Token]:
    """The words of ``text`` with their lemmas (lower case) and offsets.  The words of the last
    texts read are kept (by the identity of the text: the readers of one sentence's scope and
    victims share them, :mod:`awol.extract.recent`)."""
    key = "ru" if lang == "ru" else "en"
    found = _RECENT.get(text, key)
    if found is not MISSING:
        return list(found)
    out = _tokens(text, key)
    _RECENT.put(text, key, tuple(out))
    return out


_RECENT = Recent()
_WORD_ASCII = ascii_twin(_WORD)


def _tokens(text: str, key: str) -> list[Token]:
    return _words(text, key)


def _words(text: str, key: str) -> list[Token]:
    lemma = _lemma_ru if key == "ru" else _lemma_en
    seen = _SEEN[key]
    out: list[Token] = []
    append = out.append
    find = text.find
    end = 0
    for w in (_WORD_ASCII if text.isascii() else _WORD).findall(text):
        # (no word starts between two words: each starts where it is first found after the last)
        start = find(w, end)
        end = start + len(w)
        lem = seen.get(w)
        if lem is None:
            if len(seen) >= _SEEN_MAX:
                seen.clear()
            lem = seen[w] = lemma(w.lower())
        append(_new(Token, (w, lem, start, end)))  # (the named tuple's own __new__ is Python code)
    return out


def word_lemmas(text: str, lang: str) -> list[Token]:
    """The words of ``text`` with their lemmas, as :func:`tokens`, read apart from the words kept
    for the classifier (a reader of a few sentences after it: :mod:`awol.extract.proposals`,
    which reads only a sentence that holds one of its head words)."""
    return _words(text, "ru" if lang == "ru" else "en")


def word_spans(regex: re.Pattern[str], text: str) -> tuple[tuple[str, int, int], ...]:
    """The matches of ``regex`` in ``text`` as (word, start, end), for a pattern of words made of
    letters (no match can start in what lies between two).  The last text's are kept: the place
    and the name finders read the same sentence's words."""
    global _LAST_SPANS
    last = _LAST_SPANS
    if last[0] is text and last[1] is regex:
        return last[2]
    out = []
    find = text.find
    end = 0
    for w in (ascii_twin(regex) if text.isascii() else regex).findall(text):
        start = find(w, end)
        end = start + len(w)
        out.append((w, start, end))
    spans = tuple(out)
    _LAST_SPANS = (text, regex, spans)  # (replaced at once: threads see one text's words)
    return spans


_LAST_SPANS: tuple = (None, None, ())


def _morph():
    from awol.extract.morph import get_morph

    return get_morph()


# participles and verbal nouns are lemmatised to the verb where pymorphy gives a participle:
# "сбежавший" -> "сбежать", "задержанный" -> "задержать"
_PARTICIPLE = {"PRTF", "PRTS", "GRND"}


@lru_cache(maxsize=200_000)
def _lemma_ru(word: str) -> str:
    if not re.search(r"[а-яё]", word):
        return _lemma_en(word)
    parses = _morph().parse(word)
    if not parses:
        return word
    p = parses[0]
    if p.tag.POS in _PARTICIPLE:
        inf = p.inflect({"INFN"})
        if inf is not None:
            return inf.word.replace("ё", "е")
    return p.normal_form.replace("ё", "е")


@lru_cache(maxsize=1)
def _simplemma():
    import simplemma

    return simplemma


@lru_cache(maxsize=200_000)
def known_en(word: str) -> bool:
    """Is ``word`` (any case) a word of simplemma's English dictionary ("Wagner", "bulletin";
    not "Ivanov", "Kremlin")?  The one look-up names, places, figure sources and the privacy
    recogniser share, kept per word (a long text repeats its words)."""
    return bool(_simplemma().is_known(word.lower(), lang="en"))


@lru_cache(maxsize=200_000)
def _lemma_en(word: str) -> str:
    if word.isdigit():
        return "<num>"
    try:
        return _simplemma().lemmatize(word, lang="en").lower()
    except Exception:  # pragma: no cover - an odd token must not stop an article
        return word
