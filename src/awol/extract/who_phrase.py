"""A descriptor as written (:func:`tidy_who`) and the descriptor of a group of unstated size
(:func:`group_who`): read by a sentence's counts (:mod:`awol.extract.argument_counts`) and by
the document's descriptors (:mod:`awol.extract.descriptors`), which read the counts' phrases
too (split from ``descriptors.py``, round 36: the two imported each other).
"""

from __future__ import annotations

import re

from awol.extract.counts import _key, _lexicon, vague_quantity

WORD = re.compile(r"\w[\w'’-]*")
_QUOTES = '"“”«»„'


def tidy_who(who: str) -> str:
    """A descriptor as written, without a quotation mark the sentence opens or closes around
    it (\"The serviceman Ivan ..., \" the office said" -> "The serviceman"); quoted words inside
    it stay ("“Storm Z” instructor")."""
    who = who.strip()
    if sum(who.count(q) for q in _QUOTES) % 2:
        if who[:1] in _QUOTES:
            who = who[1:].lstrip()
        elif who[-1:] in _QUOTES:
            who = who[:-1].rstrip()
    return who


# words a group of unstated size is read over, up to its noun for people ("dozens of mobilized
# men", "несколько бойцов")
_GROUP_WORDS = 5


def group_who(clause: str, lang: str) -> str | None:
    """The descriptor of a group of unstated size the clause tells ("Several soldiers deserted",
    "Dozens of mobilized men fled", "несколько бойцов батальона покинули фронт"): the words from
    the vague quantity to its first noun for people (the count lexicon's ``people``), as written;
    None where no such noun follows it closely ("some of them": a pronoun says no one's
    descriptor)."""
    v = vague_quantity(clause, lang)
    if v is None:
        return None
    people = _lexicon(lang).people
    if not people:
        return None
    end = None
    for k, w in enumerate(WORD.finditer(clause, v.start())):
        if k > _GROUP_WORDS:
            break
        if k and _key(w.group(0)).startswith(people):
            end = w.end()  # ("dozens of mobilized men": on to the last of such nouns in a row)
        elif end is not None:
            break
    return tidy_who(clause[v.start() : end]) if end is not None else None
