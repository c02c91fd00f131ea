"""Round 28 (source28): who a statistic is from, read where the blind figure probes
(tests/extract/probes/fields/*-figures-source28.yaml) and the invented articles found it unread:
the counter set off from its verb by a clause, its journalists as the subject, its work named as
the statistic's ground.  Invented sentences
(outlets of invented names): each checks one mechanism, and fails without it."""

from __future__ import annotations

import pytest

from awol.extract.figure_sources import source_statement
from awol.extract.lexicon import get_lexicon


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # the counter, a clause set off by commas, then its counting verb
        (
            "en",
            "Northwind, an independent outlet, has counted more than 4,000 desertion cases.",
            "Northwind",
        ),
        (
            "en",
            "The channel Kestrel, which follows such cases, counted 900 soldiers on the list.",
            "Kestrel",
        ),
        # its journalists as the subject
        ("en", "Harbour Post journalists counted 1,100 verdicts for desertion.", "Harbour Post"),
        # "identified" among the counting verbs of a named subject
        ("en", "Northwind has identified at least 25 such verdicts since May.", "Northwind"),
        # the counter's work as the statistic's ground
        (
            "en",
            "According to a Northwind analysis of court records, courts issued 9,000 verdicts.",
            "Northwind",
        ),
        (
            "en",
            "An analysis of court rulings by The Harbour Post found 700 desertion sentences.",
            "Harbour Post",
        ),
        ("en", "The BBC's Russian service has counted 3,000 such cases.", "BBC's Russian service"),
        # Russian: the counter's journalists after the verb, "нашли" of a named subject
        (
            "ru",
            "Как подсчитали журналисты «Северного ветра», в розыске не менее 1 500 военных.",
            "Северного ветра",
        ),
        ("ru", "«Северный ветер» нашли как минимум 40 подобных дел.", "Северный ветер"),
    ],
)
def test_the_counter_named_in_the_sentence(lang: str, sentence: str, expected: str) -> None:
    assert source_statement(sentence, get_lexicon(lang)) == expected


def test_a_clause_of_time_is_no_counter() -> None:
    assert source_statement("In May, when the data came out, courts counted 90 cases.",
                            get_lexicon("en")) is None  # fmt: skip
