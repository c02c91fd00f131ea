"""The size of a group told in a sentence of its own (round 46, fields46).

"Contract soldiers fled the base. There were five of them." / «Из части сбежали контрактники.
Всего их четверо.» / «Беглецов пятеро»: the flight (or the search, the catch) is told with no
number, and the next sentence, which tells no event, says how many.  ``size_told`` reads such a
sentence: a number right after ``group_size_before`` of ``lang/<lang>/numbers.yaml`` ("there
were", "the group numbered", «всего их», «беглецов») and right before ``group_size_after`` (the
clause's end, "of them", a word for servicemen).  ``count_group`` gives that size to the events
of the sentence before that have no count of their own and are not a part of a group.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from awol.extract.counts import find_counts, numbers_data

if TYPE_CHECKING:
    from awol.extract.mentions import Mention, SentenceAnalysis

_LOOKBACK = 40


@cache
def _words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = numbers_data(lang)
    before, after = data.get("group_size_before"), data.get("group_size_after")
    if not before or not after:
        return None
    return re.compile(before, re.IGNORECASE), re.compile(after, re.IGNORECASE)


def size_told(an: SentenceAnalysis, lang: str) -> tuple[int, str] | None:
    """The size (and qualifier) of a group a sentence with no event states as its predicate, or
    None."""
    words = _words(lang)
    if words is None:
        return None
    before, after = words
    text = an.sentence.text
    for c in an.counts or find_counts(text, lang):
        if c.value is None or c.value < 2 or c.total is not None:
            continue
        if before.search(text[max(0, c.start - _LOOKBACK) : c.start]) and after.match(
            text[c.end :]
        ):
            return c.value, c.qualifier or "exact"
    return None


def count_group(mentions: list[Mention], size: tuple[int, str]) -> bool:
    """Give ``size`` to the mentions (of the sentence before) told with no number, not a part of
    a group, not another man's; True if any took it."""
    took = False
    for m in mentions:
        if m.count is not None or m.vague_group or m.part or m.another or m.additive:
            continue
        m.count, m.count_qualifier = size
        m.count_from = "number"
        took = True
    return took
