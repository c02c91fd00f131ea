"""The day a report stands at, for the statistics it tells with no date of their own (round 37,
source37).

A report gives its state on a day ("As of May 3, courts had 2,310 such cases", «27
декабря 2024 года "Медиазона" опубликовала ...»), then counts of periods ("over 3,000 cases
documented in 2023", «годом ранее (5 517)»), then more of its state with no date ("Courts also
adjudicated 96 cases", «Всего с начала войны ... почти 16 тысяч»).  The figure loop carries the
date of the statistic just before to a figure with no date (:func:`.figure_dates.as_of_date`):
there, the closed period of another count.  A count with no date of its own holds as the report
stands, not for a period that another number counts within: where the date carried is a period
(a year, a month) that a day of the report's state told before does not precede, the figure
takes that day.  Not where the sentence counts a part of the one before ("of those", «из них»:
``figure_state_part`` of lang/*/figures.yaml), which holds for its period, unless the one before
was an aside of an earlier day ("..., when the database held fewer than 9,000. The largest
group, about 6,300, ...": round 40, num40); not the publication day, which the text did not tell.

What a figure's sentence tells of days is read in the document's loop, where its dates were
just read (:func:`sentence_days`; each sentence's dates are read once), and used after it
(:func:`report_state`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from awol.extract.counts import find_counts
from awol.extract.figure_dates import all_dates, date_spans, vocab, when_told
from awol.extract.lexicon import Lexicon
from awol.model import Figure


@dataclass(frozen=True)
class SentenceDays:
    """What a figure's sentence tells of days."""

    dated: bool  # it names a date of its own
    report: tuple[str, ...]  # the days its report was told ("reported on November 21")
    named: tuple[str, ...]  # the days it names ("As of Nov. 21"), not the publication's
    part: bool  # it counts a part of the statistic before ("of those")
    # it tells a number of an earlier day in a clause that day opens ("since the end of 2023,
    # when the database held fewer than 9,000"): an aside, not the statistic a part after it
    # counts within (round 40, num40)
    aside: bool = False


def sentence_days(text: str, lex: Lexicon, published: str | None) -> SentenceDays:
    """Read in the loop, right after the sentence's figures (its dates are the ones just read)."""
    dates = [d for d in all_dates(text, lex.lang, published) if len(d.value) == 10]
    report = tuple(
        d.value
        for d in dates
        if d.value != published
        and (
            vocab(lex, "figure_report_date_before", text[max(0, d.start - 40) : d.start])
            or vocab(lex, "figure_report_date_after", text[d.end : d.end + 60])
            or vocab(lex, "figure_report_day_after", text[d.end : d.end + 60])
        )
    )
    named = tuple(
        d.value for d in dates if d.value != published and any(ch.isdigit() for ch in d.text)
    )
    return SentenceDays(
        bool(date_spans(text, lex.lang)),
        report,
        named,
        vocab(lex, "figure_state_part", text),
        any(when_told(c, text, lex, published) for c in find_counts(text, lex.lang)),
    )


def report_state(
    figures: list[tuple[int, Figure]], days: dict[int, SentenceDays] | None
) -> list[tuple[int, Figure]]:
    """The figures (in the order told), each carried period replaced by the report's day where
    the module's reading holds (``days``: :func:`sentence_days` of each figure's sentence)."""
    if not days:
        return figures
    state: str | None = None  # the latest day of a report's state told so far
    prev_told: str | None = None  # the as_of the figure before was given (before this pass)
    prev_aside = False  # the figure before was told in an aside of an earlier day
    out: list[tuple[int, Figure]] = []
    for i, f in figures:
        told = f.as_of
        seen = days.get(i)
        if (
            seen is not None
            and state
            and told
            and told == prev_told
            and len(told) < 10
            and state >= told
            and not seen.dated
            and (not seen.part or prev_aside)
        ):
            f = replace(f, as_of=state)
        out.append((i, f))
        prev_aside = seen is not None and seen.aside
        if seen is not None:
            for day in seen.report + tuple(d for d in seen.named if d == f.as_of):
                if state is None or day > state:
                    state = day
        prev_told = told
    return out


def another_teller(
    figures: list[tuple[int, Figure]],
    days: dict[int, SentenceDays] | None,
    published: str | None,
) -> list[tuple[int, Figure]]:
    """ "... on 1 January 2025 more than 30,000 were on the wanted list. Finally, there are the
    rights groups' data. The project X says it has helped more than 1,500 soldiers leave": a
    figure with no date of its own, told not right after the one before and by a teller of its own
    sentence other than that one's, is another statistic told as it stands, not a part of the one
    before: it holds at publication, not for the date carried from it (round 55, asof55).  Read
    before the article's tellers are given to the figures with none (``source`` is the
    sentence's own)."""
    if not days or not published:
        return figures
    out: list[tuple[int, Figure]] = []
    prev: tuple[int, Figure] | None = None
    for i, f in figures:
        seen = days.get(i)
        if (
            prev is not None
            and i - prev[0] > 1
            and f.as_of
            and f.as_of == prev[1].as_of
            and f.as_of != published
            and seen is not None
            and not seen.dated
            and f.source
            and not _stems(f.source) & _stems(prev[1].source or "")
        ):
            out.append((i, replace(f, as_of=published)))
        else:
            out.append((i, f))
        prev = (i, f)
    return out


def _stems(name: str) -> set[str]:
    """The words of a teller's name cut to their first five letters (inflection aside)."""
    return {w[:5] for w in re.findall(r"\w+", name.lower()) if len(w) > 2}
