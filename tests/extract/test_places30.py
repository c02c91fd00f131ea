"""Round 30 (place30): the region and country of a matched event, by mechanism (invented
sentences; none is a paraphrase of a corpus sentence).

- a finding told after a detention ("The men were found at the bus station in X", a step:
  ``Trigger.step``) gives the detention its place where the detention has none of its own
  (``story.step_tells_place``, ``found_step``); a hand-over's place is the office's, not the
  detention's.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.story import step_tells_place


def _places(text: str, lang: str, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.country, e.region) for e in of_type(events(text, lang, "2025-06-10"), type_)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Police detained a gunner who had walked out of his regiment, the regional police "
            "said on Monday. He was found in a hostel in Kovrov.",
            ("RU", "RU-VLA"),
        ),
        (
            "Two conscripts who had left their unit were detained, police said. The pair were "
            "found at a bus station in Ukhta.",
            ("RU", "RU-KO"),
        ),
        # a hand-over's place is the office's: the detention keeps none
        (
            "Police detained a gunner who had walked out of his regiment, the regional police "
            "said on Monday. He was handed over to the military commandant's office in Kovrov.",
            (None, None),
        ),
        # the detention's own place wins over the finding's
        (
            "Police detained a deserter at the railway station in Vyazniki on Monday, the "
            "regional police said. He was found in a hostel in Ukhta.",
            ("RU", "RU-VLA"),
        ),
    ],
)
def test_found_step_places_the_detention(text: str, place: tuple) -> None:
    assert _places(text, "en", "detention") == [place]


def test_step_tells_place_words() -> None:
    assert step_tells_place("were found at a bus station")
    assert not step_tells_place("handed over to the military commandant's office")
