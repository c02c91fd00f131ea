"""Sentences told inside the frame another sentence set: history and plots read on (round 39,
prec39).

A sentence of history ("During the Crimean War of 1854, thousands fled the garrison", «Зимой 1916
года с позиций уходили целые роты») is no event (``history``, ``historical``,
``historical_opening`` in ``nonevent:`` of ``lang/*/events.yaml``, read by
:func:`awol.extract.scope.not_a_happening`); nor are the sentences that go on telling it in the
same paragraph without a time of their own ("Some were caught by patrols and flogged", «Часть
беглецов ловили жандармы»): they are read in its frame.

So with a plot: the opening of a film's, a series', a novel's or a play's plot (``plot_opening``:
"In the opening episode of the series, ...", «По сюжету ...») frames the sentences after it in
its paragraph ("By episode three he is hiding, and his commander has put out a notice for his
arrest"), and, later in the text, a sentence that names a part of the plot (``plot_part``: "is
caught in episode six", «в шестой серии его задерживают»).

:func:`framed_out` drops an event all of whose mentions are such sentences.  A sentence keeps
its own time, and so its events, where it names a year of our time (``modern_year``) or a date
read against the publication ("Last Thursday", «в понедельник»; not "two days later", told
from the frame's own time).
"""

from __future__ import annotations

from awol.extract.lexicon import Lexicon
from awol.extract.merging import Draft
from awol.extract.sentences import Sentence

FRAME_REACH = 3  # sentences before it, in its paragraph, whose frame a sentence may be read in

__all__ = ["FRAME_REACH", "frame_of", "framed_out", "historical_sentence"]


def _rules(lang: str):
    from awol.extract.scope import _rules as rules

    return rules(lang)


def _has(lang: str, key: str, text: str) -> bool:
    p = _rules(lang).get(key)
    return p is not None and p.search(text) is not None


def historical_sentence(text: str, lang: str) -> bool:
    """Is the sentence ``text`` set in the past of history by its own words (a war long over, a
    year before 1991) and names no year of our time?"""
    if _has(lang, "modern_year", text):
        return False
    return (
        _has(lang, "history", text)
        or _has(lang, "historical", text)
        or _has(lang, "historical_opening", text)
    )


def frame_of(text: str, lang: str) -> str | None:
    """The frame a sentence opens by its own words: ``"history"``, ``"plot"`` or None."""
    if historical_sentence(text, lang):
        return "history"
    if _has(lang, "plot_opening", text):
        return "plot"
    return None


def framed_out(drafts: list[Draft], sentences: list[Sentence], lex: Lexicon) -> list[Draft]:
    """The drafts without those told only in sentences read in a frame of history or of a plot
    (each with no time of its own): after a sentence that opens one in its paragraph (at most
    ``FRAME_REACH`` sentences back, through sentences that name no year of our time), or, for a
    plot, anywhere after its opening where the sentence names a part of the plot."""
    if not drafts or not _rules(lex.lang):
        return drafts
    lang = lex.lang
    by_index = {s.index: s for s in sentences}
    opens = {s.index: frame_of(s.text, lang) for s in sentences}
    first_plot = min((i for i, f in opens.items() if f == "plot"), default=None)
    memo: dict[int, bool] = {}

    def in_frame(sent: Sentence) -> bool:
        if sent.index in memo:
            return memo[sent.index]
        out = False
        if (
            first_plot is not None
            and first_plot <= sent.index
            and (opens[sent.index] == "plot" or _has(lang, "plot_part", sent.text))
        ):
            out = True
        i = sent.index - 1
        for _ in range(FRAME_REACH):
            prev = by_index.get(i)
            if out or prev is None or prev.paragraph != sent.paragraph:
                break
            if opens.get(i):
                out = True
                break
            if _has(lang, "modern_year", prev.text):
                break
            i -= 1
        memo[sent.index] = out
        return out

    def told_in_frame(m) -> bool:
        d = m.date
        if d is not None and d.value and d.anchor is None:
            return False
        if _has(lang, "modern_year", m.sentence.text):
            return False
        return in_frame(m.sentence)

    return [d for d in drafts if not all(told_in_frame(m) for m in d.mentions)]
