"""A step after a happening told before joins it (``Trigger.step``, merging.Drafts.merge_steps).

A hand-over ("handed over to the military commandant's office", "escorted back to his unit") is
a detention's next step: after a detention told before it adds to that detention (no place of
its own, never its evidence); told alone it is the detention.  Invented texts (round 27,
recall27).
"""

from __future__ import annotations

from tests.extract.helpers import events
from tests.extract.helpers import of_type as _of

from awol.extract.lexicon import get_lexicon


def _held(text: str) -> list:
    return _of(events(text, "en", "2025-11-20"), "detention")


def test_hand_over_patterns_are_steps() -> None:
    assert any(t.step and t.type == "detention" for t in get_lexicon("en").triggers)


def test_hand_over_after_a_detention_joins_it() -> None:
    held = _held(
        "A soldier who left his unit in the Kursk region without permission was detained by "
        "traffic police in a village near Pskov on Wednesday. "
        "On Thursday he was handed over to the military commandant's office in Smolensk."
    )
    assert len(held) == 1
    (d,) = held
    assert d.evidence.text.startswith("A soldier who left his unit")
    assert d.region == "RU-PSK"  # the stop's place, not the office's


def test_hand_over_alone_is_the_detention() -> None:
    held = _held(
        "Traffic police in the Tver region stopped a car on Monday night and found a private "
        "who had walked off his base in September. "
        "He was handed over to the military commandant's office."
    )
    assert len(held) == 1


def test_escort_back_alone_is_the_detention_and_a_hotel_is_no_unit() -> None:
    assert (
        len(
            _held(
                "The runaway private was escorted back to his regiment by military police on Friday, a week after he deserted."
            )
        )
        == 1
    )
    assert _held("The journalists were escorted back to their hotel after the briefing.") == []


def test_a_thing_found_is_no_detention() -> None:
    text = (
        "A conscript walked off his base in the Tver region with his rifle on Monday. "
        "His rifle was found in a field near the village on Tuesday."
    )
    assert _held(text) == []


def test_found_in_a_forest_is_the_detention_or_joins_it() -> None:
    alone = (
        "A conscript who went missing from his base in the Tver region on Monday was found in "
        "a forest on Wednesday, police said."
    )
    assert len(_held(alone)) == 1
    after = (
        "Police detained a conscript who had walked off his base in the Tver region, the "
        "regional police said on Thursday. The man was found in a dacha near Rzhev."
    )
    (d,) = _held(after)
    assert d.evidence.text.startswith("Police detained")
