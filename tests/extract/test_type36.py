"""Round 36 (type36): Russian «пока» opening its clause takes an expletive «не».

"оставался дома, пока его не задержали" is "until he was detained": the verb after the
conjunction happened, whatever the verb (``expletive_negation`` in lang/ru/events.yaml, read by
``trigger_blocks._affirmed``); the adverb «пока» ("not yet": «Его пока не задержали») keeps its
negation.  type36's border-crossing flight (type35's, re-done with guards) was held again by the
lead: docs/measurements.md "### type36".
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events

PUB = "2025-06-02"


# --- Russian «пока ... не»: the expletive negation (round 36, landing 2) ---


def _ru(text: str) -> list:
    return events(text, "ru", PUB)


@pytest.mark.parametrize(
    "until",
    [
        "пока его не взяли под стражу",
        "пока полицейские не установили его местонахождение",
    ],
)
def test_until_he_was_caught_is_a_detention(until: str) -> None:
    # «пока» opening its clause takes an expletive «не»: the verb after it happened, whatever
    # the verb (the words before the trigger are read for a negation without it)
    text = (
        "Рядовой Игнат Веретенников в мае самовольно оставил часть и жил у родителей в Курске, "
        f"{until}."
    )
    assert [e.type for e in _ru(text)].count("detention") == 1


def test_not_yet_detained_is_no_detention() -> None:
    # the adverb «пока» (not yet) keeps its negation: no arrest
    text = "Ефрейтор Игнат Веретенников сбежал из части в июне. Его пока не задержали."
    assert [e.type for e in _ru(text)] == ["desertion"]
