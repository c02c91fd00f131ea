"""Round 54 (recall54): a search for deserters told by nouns and verbs the English lists lacked:
an area combed or scoured for the people, a wanted register / page / search database, a bulletin
or circular sent to police.  Invented sentences, each a search
(``wanted``) told after a flight; every positive case fails on the start code (f4a03729)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events

FLIGHT = (
    "Four contract soldiers walked out of their unit near Kursk on Tuesday night, the regional "
    "news site Kurskie Vesti reported. "
)


@pytest.mark.parametrize(
    "search",
    [
        # an area combed or scoured for the people
        "Officers in three districts have been combing for the absentees since Wednesday.",
        "Police spent the weekend combing farms and bus stops for the four servicemen.",
        # the register the man is entered in
        "One of them, Private Oleg Tikhonov, has since been added to the federal wanted register.",
        "A cousin said Tikhonov's photo was on the interior ministry's wanted page by Friday.",
        # the police's notices sent to officers
        "Within a day a circular was sent to officers at every checkpoint in the region.",
    ],
)
def test_a_search_told_by_its_means_is_a_wanted_event(search: str) -> None:
    evs = events(FLIGHT + search, "en", "2025-04-10")
    wanted = [e for e in evs if e.type == "wanted"]
    assert wanted, [(e.type, e.evidence.text) for e in evs]
    assert wanted[0].evidence.text == search


@pytest.mark.parametrize(
    "text",
    [
        # no people sought: a ground combed for mines, a general statement on the register
        "Sappers combed the fields for mines after the shelling stopped.",
        "Police notices about lost dogs are pinned to the board outside the station.",
    ],
)
def test_no_search_without_its_people(text: str) -> None:
    evs = events(text, "en", "2025-04-10")
    assert not [e for e in evs if e.type == "wanted"]
