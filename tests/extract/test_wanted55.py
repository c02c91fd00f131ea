"""Round 55 (wanted55): English searches for deserters the reading lost, and loose readings.

- a search word read by its lemma ("hunt", "search", "seek") whose people a relative clause tells
  fled ("Police hunt two marines who fled ..."): the sentence classifier reads the flight and
  doubted the search (``mentions_words.answer_to_relative_flight``);
- a search first named by a definite noun ("The hunt for the gunners is under way") where the
  document tells no other search it could refer back to (``merging._presupposed``);
- the search told by the act that sets it going and its purpose ("sent to track down"), the
  register in transliteration ("rozysk"), a warrant that "went out", "wanted deserters"
  (``lang/en/proposals.yaml``);
- no search: a reward offered TO men who surrender, a search for a way
  (``lang/en/events.yaml`` nonevent);
- "Separately, ..." opens another happening (``another_case`` in ``lang/en/events.yaml``): a
  second group's search stays its own.

Invented sentences; every positive case fails on the start code (bd884ea7)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events

HEAD = "Two marines flee base near Pskov\n\n"
FLIGHT = (
    "Two marines walked out of their base near Pskov on Sunday night with their rifles, the "
    "regional site Pskovskaya Lenta reported.\n\n"
)


def _wanted(text: str) -> list:
    return [e for e in events(text, "en", "2025-06-11") if e.type == "wanted"]


@pytest.mark.parametrize(
    "headline",
    [
        "Police hunt two marines who fled Pskov base with rifles",
        "Search on for two marines who fled base near Pskov",
    ],
)
def test_a_search_for_men_a_relative_clause_says_fled(headline: str) -> None:
    wanted = _wanted(headline + "\n\n" + FLIGHT + "The command declined to comment.\n")
    assert [e.evidence.text for e in wanted] == [headline]


@pytest.mark.parametrize(
    "search",
    [
        # a definite noun, the article's only search
        "The hunt for the marines is ongoing.",
        "The hunt for the two men has been widened to the Novgorod region.",
        # the act that sets the search going, and its purpose
        "Patrols have been sent to track down the two marines.",
        # the register in transliteration; a warrant that went out; wanted deserters
        "Both have been put on the federal rozysk list.",
        "Warrants went out for both men on Monday.",
        "The two wanted deserters may be heading for the Latvian border.",
    ],
)
def test_a_search_told_in_words_the_lists_lacked(search: str) -> None:
    wanted = _wanted(HEAD + FLIGHT + search + "\n")
    assert [e.evidence.text for e in wanted] == [search]


@pytest.mark.parametrize(
    "text",
    [
        # a reward offered to the men for giving themselves up is no search for them
        "A reward of 80,000 rubles was offered to soldiers who surrender with their weapons.",
        # a search for a way, not for people
        "Activists have been looking for ways to help them cross into Latvia.",
    ],
)
def test_no_search(text: str) -> None:
    assert not _wanted(HEAD + FLIGHT + text + "\n")


def test_a_definite_search_joins_the_search_told_before() -> None:
    """The definite noun refers back where the story told a search: one event, not two."""
    text = (
        HEAD
        + FLIGHT
        + "Police in the Pskov region have launched a manhunt for the two marines.\n\n"
        + "The hunt for the marines has been widened to the Novgorod region.\n"
    )
    assert len(_wanted(text)) == 1


def test_a_search_told_separately_is_another_search() -> None:
    """ "Separately, ..." opens another happening: the second group's search is not merged into
    the first's (it took the first's event and gave it the second group's count)."""
    text = (
        HEAD
        + FLIGHT
        + "Police in the Pskov region are looking for them.\n\n"
        + "Separately, police in the Tver region are still searching for three conscripts who "
        + "left a unit near Rzhev in May.\n"
    )
    counts = sorted(e.count for e in _wanted(text))
    assert counts == [2, 3]


def test_a_search_is_where_its_police_seek() -> None:
    """The headline's search names a wide area (no region) and the body's the police of a
    region: the search's region is the police's (``finish.place_of``)."""
    text = (
        "Police in Siberia hunt for marine who failed to return from leave\n\n"
        "Police in Russia's Tomsk region have put marine Oleg Vasnetsov, 24, on the wanted list "
        "after he failed to return to his unit from leave on May 4, a notice by the Tomsk "
        "police says.\n"
    )
    wanted = _wanted(text)
    assert [e.region for e in wanted] == ["RU-TOM"]
