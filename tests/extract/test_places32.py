"""Round 32 (place32): the region and country of a matched event, by mechanism (invented
sentences; none is a paraphrase of a corpus sentence).

- a town several regions share a name with ("Pavlovsk" of the Voronezh region, of the Altai and
  of St Petersburg) whose sentence names none of them takes the one the rest of the article names
  (a headline, another sentence's town), and none where it names two of them or none
  (``places_story.open_town_from_story``);
- a town of Russia or Ukraine keeps its English name from a smaller town of another country
  ("the town of Kirovsk" is not Belarus's Kirovsk), not from a curated or larger one (Berlin,
  Orsha) (``Gazetteer._home_over``).
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.places import get_gazetteer
from awol.extract.places_story import open_town_from_story


def _places(text: str, lang: str, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.country, e.region) for e in of_type(events(text, lang, "2025-06-10"), type_)]


_FOUND = (
    "A soldier who ran away from a tank regiment{where} has been found, the military said.\n\n"
    "Military police picked him up on Friday at a cafe in the town of Pavlovsk."
)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the headline names one of the town's regions
        (
            "Runaway soldier found in Voronezh region\n\n" + _FOUND.format(where=""),
            ("RU", "RU-VOR"),
        ),
        # another sentence's town is of one of them
        ("Runaway soldier found\n\n" + _FOUND.format(where=" based in Boguchar"), ("RU", "RU-VOR")),
        # none named: no region
        ("Runaway soldier found\n\n" + _FOUND.format(where=""), ("RU", None)),
        # two of them named: which is not said
        (
            "Runaway soldier found in Voronezh region\n\n"
            + _FOUND.format(where=" in St Petersburg"),
            ("RU", None),
        ),
    ],
)
def test_a_town_of_several_regions_takes_the_one_the_story_names(
    text: str, place: tuple[str | None, str | None]
) -> None:
    assert _places(text, "en", "detention") == [place]


def test_a_placed_event_or_another_town_is_left_alone() -> None:
    class E:
        def __init__(self, place_text: str, region: str | None, sentence: str) -> None:
            self.place_text, self.region, self.country = place_text, region, "RU"
            self.evidence = type("Ev", (), {"text": sentence})()

    kazan = E("Kazan", "RU-TA", "He was detained in Kazan on Friday.")
    pavlovsk = E("Pavlovsk", None, "He was detained in the town of Pavlovsk on Friday.")
    open_town_from_story([kazan, pavlovsk], ["Deserter caught in the Altai region"], "en")
    assert (kazan.region, pavlovsk.region) == ("RU-TA", "RU-ALT")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("in the town of Kirovsk", ("RU", None)),
        ("in the town of Kirovsk, in the Murmansk region", ("RU", "RU-MUR")),
        ("in the town of Gorodishche", ("RU", None)),
        # a curated or a larger foreign namesake keeps its name
        ("in Berlin", ("DE", "DE-BE")),
        ("in Orsha", ("BY", "BY-VI")),
    ],
)
def test_a_home_town_keeps_its_english_name_from_a_smaller_foreign_one(
    text: str, place: tuple[str | None, str | None]
) -> None:
    m = get_gazetteer().resolve(f"Police caught the deserter on Friday {text}.", "en")
    assert m is not None
    assert (m.country, m.region) == place
