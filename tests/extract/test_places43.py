"""Round 43 (place43).

A place told as where a unit was trained or equipped ("the 155th Brigade, trained in France") is
the unit's description, not where its men left (train ren-113, ren-114 coded null): story.yaml's
``unit_described``, read by story.owner_not_place.  Not a stay told as the act's time ("during
drills in France": there it happened).

Small invented texts (no real incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.places import get_gazetteer
from awol.extract.story import owner_not_place

EN_TRAINED = (
    "Hundreds leave a new brigade before its first battle\n\n"
    "More than 900 soldiers of the newly formed 160th Brigade, equipped and trained in Germany, "
    "left the unit without leave before it reached the front, a military blogger wrote.\n\n"
    "Another 30 members of the brigade deserted during drills in Germany, he said."
)


def test_a_unit_trained_abroad_is_not_where_its_men_left() -> None:
    fled = of_type(events(EN_TRAINED, "en", "2025-01-02"), "desertion")
    first = next(e for e in fled if "900" in e.evidence.text)
    assert first.country is None and first.region is None, first
    drills = [e for e in fled if "drills" in e.evidence.text]
    assert all(e.country == "DE" for e in drills), drills


@pytest.mark.parametrize(
    ("text", "lang", "described"),
    [
        ("The 155th Brigade, equipped and trained in France, lost 1,700 men.", "en", True),
        ("Its men, trained and outfitted with much fanfare in France, deserted.", "en", True),
        ("At least 50 went AWOL during drills in France.", "en", False),
        ("Armed deserters in the Belgorod region fled.", "en", False),
        ("Soldiers who were being trained in Poland deserted.", "en", False),
        ("Командир роты бригады, обученной во Франции, оставил часть.", "ru", True),
        ("Во время учений во Франции ушли 50 военных.", "ru", False),
    ],
)
def test_unit_described_words(text: str, lang: str, described: bool) -> None:
    places = get_gazetteer().find(text, lang)
    assert len(places) == 1, places
    assert owner_not_place(text, places[0], lang) is described
