"""A heading's two halves (round 37, prec37): a label, then a question after a colon.

A feature's title names its people and asks about them: «Беглецы из «Шторма Z»: как их ищут»,
«Ушедшие с фронта: о чём молчат архивы района».  Neither half reports a happening: the question
is how a thing is done (as :func:`awol.extract.scope_more.explainer` reads a question that opens
the sentence), and the label before it is a substantivised participle or a noun with no finite
verb.  :func:`title_question` says whether a trigger stands in such a heading: a line with no
full stop, a colon, after it a question word (``explainer: openers`` in
``lang/<lang>/relevance.yaml``, after a preposition or not: «о чём», «за что») whose first verb is
not past (a past verb tells a happening: «Беглецы из части: как их поймали» is not read so), and
the trigger either in the question or in a label with no finite verb («Сбежавший контрактник
задержан: как его нашли» has one).  Russian only, as the explainer's reading (pymorphy3's tense).
"""

from __future__ import annotations

import re
from functools import cache

from awol.extract.morph import get_morph
from awol.extract.relevance_generic import _data

# a preposition before the question word: «о чём», «за что», «в чём», «к чему», «из-за чего»
_PREP = re.compile(r"\s*(?:(?:о|об|обо|за|в|во|на|к|ко|с|со|от|по|для|из-за|про)\s+)?([^\W\d_]+)")
_WORD = re.compile(r"[^\W\d_]+")
_STOP = re.compile(r"[,;:(—–]")


@cache
def _words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    spec = _data(lang).get("explainer") or {}
    return (
        frozenset(str(w) for w in spec.get("openers") or ()),
        frozenset(str(w) for w in spec.get("reporting") or ()),
    )


def _finite(word: str) -> str | None:
    """'past', 'other' for a finite verb or a short participle (a past), else None."""
    parses = get_morph().parse(word.lower())
    if not parses:
        return None
    tag = parses[0].tag
    if tag.POS == "PRTS":
        return "past"
    if tag.POS == "VERB":
        return "past" if tag.tense == "past" else "other"
    return None


def _asks(part: str, reporting: frozenset[str]) -> bool:
    """Is the first verb of ``part`` (up to a comma) not past, nor a reporting verb?"""
    for m in _WORD.finditer(_STOP.split(part)[0]):
        kind = _finite(m.group(0))
        if kind is not None:
            lemma = get_morph().parse(m.group(0).lower())[0].normal_form
            return kind != "past" and lemma not in reporting
    return True  # (no verb: «Дезертиры: кто они»)


def title_question(text: str, s: int, e: int, lang: str) -> bool:
    """Does the trigger at ``text[s:e]`` stand in a heading «label: question»?"""
    if lang != "ru":
        return False
    openers, reporting = _words(lang)
    if not openers or text.rstrip().endswith((".", "…")):
        return False
    colon = text.find(":")
    if colon < 0:
        return False
    m = _PREP.match(text, colon + 1)
    if m is None:
        return False
    word = m.group(1).lower()  # (or its lemma: «о чём» asks «что»)
    if word not in openers and get_morph().parse(word)[0].normal_form not in openers:
        return False
    if not _asks(text[m.end() :], reporting):
        return False
    if s > colon:  # (in the question)
        return True
    # (in the label: no finite verb there)
    return e <= colon and all(_finite(w.group(0)) is None for w in _WORD.finditer(text, 0, colon))
