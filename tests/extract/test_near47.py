"""Round 47 (near47): two happenings of one type told one after the other stay two.  A step (a
hand-over to the commandant's office) dated by its own sentence more than a week before a catch
told in the article is another man's catch, not a step of that one (merging.dated_apart); a
sentence that orders its happening before the one just told ("Even before that, ...", "Prior to
this incident, ...") or calls it a like case ("A similar case came from ...") tells another
happening of its type (``another_case`` in lang/en/events.yaml).  Small invented texts (no real
incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.merge_words import another_case

STEP_BEFORE = (
    "Two runaway soldiers caught in Siberia\n\n"
    "On 9 July, police in Tulun detained Pavel Orekhov, a contract soldier who had left his unit "
    "in the Belgorod region in May, the regional police said.\n\n"
    "A similar story ended earlier for a conscript from Ulan-Ude. In February, police officers "
    "came to his aunt's house and took him to the military commandant's office.\n\n"
    "Orekhov is expected to be charged with desertion."
)


def test_a_step_dated_months_before_a_catch_is_another_catch() -> None:
    got = of_type(events(STEP_BEFORE, "en", "2025-07-11"), "detention")
    assert sorted(e.date for e in got) == ["2025-02", "2025-07-09"]


STEP_AFTER = (
    "Runaway soldier detained in Kaluga\n\n"
    "On 3 March, police in Kaluga detained a contract soldier who had left his unit in January, "
    "the regional police said.\n\n"
    "On 5 March, officers took him to the military commandant's office."
)


def test_a_step_dated_days_after_its_catch_is_still_that_catch() -> None:
    got = of_type(events(STEP_AFTER, "en", "2025-03-06"), "detention")
    assert len(got) == 1 and got[0].date == "2025-03-03"


EARLIER = (
    "Contract soldier caught near Tambov after second flight\n\n"
    "Officers of the FSB have caught a contract soldier near Tambov after he ran away from his "
    "unit, the regional security service said.\n\n"
    "In 2024 he signed a contract with the Defence Ministry for a year, but later deserted.\n\n"
    "Even before that, he had run away from a training ground in the Kursk region three days "
    "after he signed his first contract."
)


def test_a_flight_told_before_that_one_is_another_flight() -> None:
    got = of_type(events(EARLIER, "en", "2025-06-10"), "desertion")
    assert len(got) == 2
    assert any("Even before that" in e.evidence.text for e in got)


@pytest.mark.parametrize(
    ("sentence", "another"),
    [
        ("Even before that, he had slipped away from a training ground.", True),
        ("Curiously, prior to this episode, he had gone absent without leave.", True),
        ("Before that, he had deserted twice.", True),
        ("A similar case came from the Kurgan region, where a soldier fled.", True),
        ("He fled his unit before that.", False),
        ("Before that date he had fled.", False),
        ("He was detained a day later.", False),
    ],
)
def test_before_that_and_a_similar_case_tell_another_happening(
    sentence: str, another: bool
) -> None:
    assert another_case(sentence, None, "en") is another
