"""A year's tally told as a happening ("In 2025, 17 soldiers deserted from units in the region").

A group that leaves, is caught or dies together leaves one unit or one place; a count of people
who left *units* (plural: «из частей республики», "their units", "from units stationed in the
region") over a whole year is many happenings summed: a statistic, even where it is small and
unhedged.  ``year_tally`` says so where the sentence's only dates are years ("last year", «в
2025 году») and it names units in the plural (``figure_units_many`` in lang/*/figures.yaml); a
day or a month names one happening, and "Last year, five mobilised men fled a unit in Tver" (one
unit) stays an event.  A region's or a country's year with no one unit named («в 2025 году в
регионе задержаны 19 дезертиров», ``figure_area_wide`` without ``figure_one_unit``) is one too.
"""

from __future__ import annotations

from awol.extract.figure_dates import vocab
from awol.extract.lexicon import Lexicon
from awol.extract.mentions import SentenceAnalysis


def year_tally(an: SentenceAnalysis, text: str, lex: Lexicon) -> bool:
    """Is the sentence a count over a whole year of people who left (or were caught from) many
    units?  (Its dates all years; units in the plural.)"""
    many = vocab(lex, "figure_units_many", text) or (
        # "In 2025, police in the region detained 19 deserters": a whole region's year, where no
        # one unit is named
        vocab(lex, "figure_area_wide", text) and not vocab(lex, "figure_one_unit", text)
    )
    if not many:
        return False
    dates = [d for d in an.dates if d.value]
    return bool(dates) and all(d.precision == "year" for d in dates)
