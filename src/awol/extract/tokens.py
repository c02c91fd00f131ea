"""Words with their lemmas: one analysis per sentence, shared by the cue finder and the classifier.

Russian lemmas come from pymorphy3 (its dictionaries ship on PyPI), English ones from simplemma
(a dictionary lemmatiser, no download at run time).  A lemma covers every inflected form of a word:
"deserted", "deserting", "deserts" -> "desert"; "сбежавшего", "сбежали" -> "сбежать".  Both
lemmatisers are cached per word form, so a long text costs one look-up per distinct word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+", re.UNICODE)


@dataclass(frozen=True)
class Token:
    text: str
    lemma: str
    start: int
    end: int


def tokens(text: str, lang: str) -> list[Token]:
    """The words of ``text`` with their lemmas (lower case) and offsets."""
    lemma = _lemma_ru if lang == "ru" else _lemma_en
    return [
        Token(m.group(0), lemma(m.group(0).lower()), m.start(), m.end())
        for m in _WORD.finditer(text)
    ]


def _morph():
    from awol.extract.places import get_morph

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
def _lemma_en(word: str) -> str:
    if word.isdigit():
        return "<num>"
    try:
        return _simplemma().lemmatize(word, lang="en").lower()
    except Exception:  # pragma: no cover - an odd token must not stop an article
        return word
