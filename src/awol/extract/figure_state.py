"""The day a report stands at, for the statistics it tells with no date of their own (round 37,
source37).

A report gives its state on a day ("As of Nov. 21, there have been 4,121 such cases", «27
декабря 2024 года "Медиазона" опубликовала ...»), then counts of periods ("over 3,000 cases
documented in 2023", «годом ранее (5 517)»), then more of its state with no date ("Courts also
adjudicated 96 cases", «Всего с начала войны ... почти 16 тысяч»).  The figure loop carries the
date of the statistic just before to a figure with no date (:func:`.figure_dates.as_of_date`):
there, the closed period of another count.  A count with no date of its own holds as the report
stands, not for a period that another number counts within: where the date carried is a period
(a year, a month) that a day of the report's state told before does not precede, the figure
takes that day.  Not where the sentence counts a part of the one before ("of those", «из них»:
``figure_state_part`` of lang/*/figures.yaml), which holds for its period.
"""

from __future__ import annotations

from dataclasses import replace

from awol.extract.figure_dates import _all_dates, _date_spans, vocab
from awol.extract.lexicon import Lexicon
from awol.model import Figure


def _report_days(text: str, lex: Lexicon, published: str | None) -> list[str]:
    """The days of the sentence that tell when its report was given ("reported on November
    21", «27 декабря 2024 года "Медиазона" опубликовала»)."""
    out = []
    for d in _all_dates(text, lex.lang, published):
        if len(d.value) != 10:
            continue
        if (
            vocab(lex, "figure_report_date_before", text[max(0, d.start - 40) : d.start])
            or vocab(lex, "figure_report_date_after", text[d.end : d.end + 60])
            or vocab(lex, "figure_report_day_after", text[d.end : d.end + 60])
        ):
            out.append(d.value)
    return out


def _own_day(f: Figure, lex: Lexicon, published: str | None) -> bool:
    """Is the figure's day one its sentence names ("As of Nov. 21"), not the publication's
    that a count up to now holds at ("since February 24": as it stands when published)?"""
    return bool(
        f.as_of
        and len(f.as_of) == 10
        and any(
            d.value == f.as_of and d.value != published and any(ch.isdigit() for ch in d.text)
            for d in _all_dates(f.evidence.text, lex.lang, published)
        )
    )


def report_state(
    figures: list[tuple[int, Figure]], lex: Lexicon, published: str | None
) -> list[tuple[int, Figure]]:
    """The figures (in the order told), each carried period replaced by the report's day where
    the module's reading holds."""
    state: str | None = None  # the latest day of a report's state told so far
    prev_told: str | None = None  # the as_of the figure before was given (before this pass)
    out: list[tuple[int, Figure]] = []
    days: dict[int, list[str]] = {}
    for i, f in figures:
        told = f.as_of
        text = f.evidence.text
        if (
            state
            and told
            and told == prev_told
            and len(told) < 10
            and state >= told
            and not _date_spans(text, lex.lang)
            and not vocab(lex, "figure_state_part", text)
        ):
            f = replace(f, as_of=state)
        out.append((i, f))
        if i not in days:
            days[i] = [d for d in _report_days(text, lex, published) if d != published]
        for day in days[i] + ([f.as_of] if _own_day(f, lex, published) and f.as_of else []):
            if state is None or day > state:
                state = day
        prev_told = told
    return out
