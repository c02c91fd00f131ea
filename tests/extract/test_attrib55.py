"""Round 55 (attrib55): whom a search is for.

The who of a search is the object of its search verb ("units looking for deserters", "combing
the area for the missing North Koreans"), not the sentence's subject, who searches
(argument_counts.sought_who, ``sought_who`` of ``lang/en/arguments.yaml``).  A named teller stays
a search's source, and the body that catches is no catch's source (guards: round 55 measured
the acting body as a source and left it out, docs/extraction.md).

All sentences are invented.
"""

from __future__ import annotations

from helpers import pipeline_events


def _events(text: str, lang: str = "en") -> list[dict]:
    return pipeline_events(text, lang, "2026-12-08", "attrib55")


def _of(text: str, kind: str) -> list[dict]:
    got = [e for e in _events(text) if e["type"] == kind]
    assert got, _events(text)
    return got


def test_searchers_are_not_the_who_of_the_search() -> None:
    text = (
        "Desertions grow in the occupied south, partisans say\n\n"
        "Occupation commanders have formed more patrols to hunt for runaway gunners across the "
        "seized districts of the Zaporizhzhia region, the Ukrainian partisan movement Zhovta "
        "Strichka said."
    )
    got = _of(text, "wanted")
    assert got[0]["who"] == "runaway gunners", got


def test_the_sought_are_the_object_of_looking_for() -> None:
    text = (
        "Desertions grow in the occupied south, partisans say\n\n"
        "In the south of the Kherson region, occupation patrols are now looking for deserters "
        "on every road, the regional partisan centre reported."
    )
    got = _of(text, "wanted")
    assert got[0]["who"] == "deserters", got


def test_a_search_for_him_names_no_one() -> None:
    text = (
        "Military police in Kostroma are searching for him after he failed to return from "
        "leave in October, the local site Kostroma Live reported."
    )
    got = _of(text, "wanted")
    assert got[0]["who"] in (None, "he"), got


def test_a_named_teller_stays_the_searchs_source() -> None:
    text = (
        "Police in the Kirov region are searching for a conscript who walked out of his unit "
        "near Slobodskoy on Sunday night, the news site Vyatka Today reported."
    )
    got = _of(text, "wanted")
    assert got[0]["source"] and "Vyatka Today" in got[0]["source"], got


def test_the_body_that_catches_is_not_the_catchs_source() -> None:
    text = (
        "Military police detained a runaway conscript at a bus station in Kirov on Monday, a "
        "week after he walked out of his unit near Slobodskoy."
    )
    got = _of(text, "detention")
    assert got[0]["source"] is None, got
