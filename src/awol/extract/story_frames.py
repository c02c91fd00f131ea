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

from re import Pattern

from awol.extract.lexicon import Lexicon
from awol.extract.mentions import Mention
from awol.extract.merging import Draft
from awol.extract.sentences import Sentence

FRAME_REACH = 3  # sentences before it, in its paragraph, whose frame a sentence may be read in

__all__ = ["FRAME_REACH", "frame_of", "framed_out", "historical_sentence"]


def _rules(lang: str) -> dict[str, Pattern]:
    from awol.extract.scope import _rules as rules

    return rules(lang)


def _has_in(rules: dict[str, Pattern], key: str, text: str) -> bool:
    p = rules.get(key)
    return p is not None and p.search(text) is not None


def _has(lang: str, key: str, text: str) -> bool:
    return _has_in(_rules(lang), key, text)


def _historical(rules: dict[str, Pattern], text: str) -> bool:
    if _has_in(rules, "modern_year", text):
        return False
    return any(_has_in(rules, k, text) for k in ("history", "historical", "historical_opening"))


def _frame(rules: dict[str, Pattern], text: str) -> str | None:
    if _historical(rules, text):
        return "history"
    if _has_in(rules, "plot_opening", text):
        return "plot"
    return None


def historical_sentence(text: str, lang: str) -> bool:
    """Is the sentence ``text`` set in the past of history by its own words (a war long over, a
    year before 1991) and names no year of our time?"""
    return _historical(_rules(lang), text)


def frame_of(text: str, lang: str) -> str | None:
    """The frame a sentence opens by its own words: ``"history"``, ``"plot"`` or None."""
    return _frame(_rules(lang), text)


def framed_out(drafts: list[Draft], sentences: list[Sentence], lex: Lexicon) -> list[Draft]:
    """The drafts without those told only in sentences read in a frame of history or of a plot
    (each with no time of its own): after a sentence that opens one in its paragraph (at most
    ``FRAME_REACH`` sentences back, through sentences that name no year of our time), or, for a
    plot, anywhere after its opening where the sentence names a part of the plot.

    The rules are fetched once and a sentence is read only when a draft's sentence asks about it
    (the sentences before it in its paragraph; every sentence's plot opening only once a draft's
    sentence names a part of a plot), so the reader does not go over the whole text again."""
    if not drafts:
        return drafts
    rules = _rules(lex.lang)
    if not rules:
        return drafts
    by_index = {s.index: s for s in sentences}
    opens: dict[int, str | None] = {}

    def opened(i: int) -> str | None:
        if i not in opens:
            sent = by_index.get(i)
            opens[i] = _frame(rules, sent.text) if sent is not None else None
        return opens[i]

    first: list[int | None] = []

    def first_plot() -> int | None:
        if not first:
            first.append(
                next((s.index for s in sentences if _has_in(rules, "plot_opening", s.text)), None)
            )
        return first[0]

    memo: dict[int, bool] = {}

    def in_frame(sent: Sentence) -> bool:
        if sent.index in memo:
            return memo[sent.index]
        out = False
        if opened(sent.index) == "plot" or _has_in(rules, "plot_part", sent.text):
            fp = first_plot()
            out = fp is not None and fp <= sent.index
        i = sent.index - 1
        for _ in range(FRAME_REACH):
            prev = by_index.get(i)
            if out or prev is None or prev.paragraph != sent.paragraph:
                break
            if opened(i):
                out = True
                break
            if _has_in(rules, "modern_year", prev.text):
                break
            i -= 1
        memo[sent.index] = out
        return out

    def told_in_frame(m: Mention) -> bool:
        d = m.date
        if d is not None and d.value and d.anchor is None:
            return False
        if _has_in(rules, "modern_year", m.sentence.text):
            return False
        return in_frame(m.sentence)

    return [d for d in drafts if not all(told_in_frame(m) for m in d.mentions)]
