"""The flight told without the word "deserter" (round 27, recall27; lang/en/events.yaml
``general:``): a verb of going off from a military place, not going back in a gerund, a report's
"missing without authorisation", a crossing to the other side; the verdict whose offence a
desertion trigger reads (scope._offence_other); and their near-misses.  Invented texts."""

from __future__ import annotations

import pytest
from tests.extract.helpers import types

PUB = "2025-10-15"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A mobilised man made off from his position near Kreminna in August.", "desertion"),
        ("A private took off from his unit in the Luhansk region in September.", "desertion"),
        (
            "A soldier stayed at home in Ulan-Ude when his leave ran out, instead of going back "
            "to the front.",
            "desertion",
        ),
        (
            "A marine has been reported missing without authorisation since May 12, the fleet "
            "said.",
            "desertion",
        ),
        (
            "A Russian infantryman crossed over to Ukrainian positions near Vovchansk on Saturday "
            "night, Ukraine's military intelligence said.",
            "desertion",
        ),
        (
            "A Russian helicopter crew flew their Mi-17 to a Ukrainian airfield in March, the "
            "agency said.",
            "desertion",
        ),
    ],
)
def test_flight_without_the_word(text: str, expected: str) -> None:
    assert expected in types(text, "en", PUB)


def test_a_verdict_for_a_flight_told_without_a_cue_word_is_a_desertion_verdict() -> None:
    text = (
        "The Tver garrison court on Thursday jailed a contract soldier for five and a half "
        "years for not going back to his regiment after a hospital stay."
    )
    assert "sentence" in types(text, "en", PUB)


@pytest.mark.parametrize(
    "text",
    [
        "An elderly patient walked out of a hospital in Tomsk on Tuesday and was found two days "
        "later in a park by volunteers.",
        "The sergeant went back to his brigade on time after his leave in Omsk ended in July.",
        "Ukrainian forces took twelve Russian soldiers prisoner near Pokrovsk on Monday after "
        "their position was surrounded.",
        "A businessman drove his car across the border into Georgia in 2022.",
    ],
)
def test_near_misses_stay_silent(text: str) -> None:
    assert types(text, "en", PUB) == []
