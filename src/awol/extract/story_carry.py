"""Who and how many a story's events are about, carried between them: the one person a story
names (:func:`carry_story_person`), the one man of a story told of one man
(:func:`carry_story_one`), and the group a manhunt is for (:func:`carry_search_group`).
"""

from __future__ import annotations

from typing import Any

from awol.extract.argument_words import _rx
from awol.extract.counts import vague_quantity
from awol.extract.people import brought_in_after, said_at, said_of_another
from awol.extract.people_data import ONCE_TYPES, pair_told, told_again

__all__ = ["carry_search_group", "carry_story_one", "carry_story_person", "told_last_before"]


def carry_story_person(events: list, lang: str | None = None) -> None:
    """The one person of a story (:func:`carry_story_one`, then a named one).

    The one person a story names: where the article's events name exactly one person, an
    event of the story that names no one and tells of one person (count 1) names that person
    ("Максим Перелыгин ... Ранее Перелыгина приговорили": the verdict, the flight and the arrest are
    his).  An event with no count takes the person (and the count 1: "one named person = 1")
    only where no event of the article counts a group.  Nothing is carried across people, nor
    into another story of a roundup: an event of a type the person already has an event of (the
    merging made that one happening, so this is another's: "a Pacific Fleet sailor was sentenced"
    beside "Karelin was sentenced"), or placed in another region than all of the person's."""
    named = {n for e in events for n in e.names}
    if lang is not None:
        carry_story_one(events, lang, len(named))
    if len(named) != 1:
        return
    (person,) = named
    group = any(
        e.count is not None and e.count > 1 and not pair_told(e, lang or "en") for e in events
    )
    his_types = {e.type for e in events if e.names}
    his_regions = {e.region for e in events if e.names and e.region}
    his_texts = [e.evidence.text for e in events if e.names]  # (grows as the person is carried)
    # (a sentence that tells another man's verdict, charge or death -- one of a type the person
    # has -- tells that man's flight too: "суд приговорил рядового ..., самовольно покинувшего
    # часть" beside "суд приговорил рядового Ивана X": who37)
    others = {
        said_at(e)
        for e in events
        if not e.names
        and e.type in his_types & ONCE_TYPES
        and not told_again(e.evidence.text, lang or "en")
    }
    for e in events:
        if e.names or e.type in his_types or said_at(e) in others:
            continue
        if e.region and his_regions and e.region not in his_regions:
            continue
        if said_of_another(e.evidence.text, his_texts):
            continue  # ("Напомним, ... приговорил 29-летнего контрактника": another man's)
        if brought_in_after(e, [h for h in events if person in h.names], person):
            continue  # ("In May, Armenia handed over a Russian sailor who ...": who31)
        if e.count == 1:
            e.names = [person]
        elif e.count is None and not group:
            e.names = [person]
            e.count, e.count_qualifier = 1, "exact"
        if e.names:
            his_texts.append(e.evidence.text)


def carry_story_one(events: list, lang: str, named: int) -> None:
    """A story of one person: where every event of the article that counts its people counts
    one ("Военнослужащий сбежал из части"), and no more than one person is named, an event whose
    sentence counts nobody ("Возбуждено уголовное дело о самовольном оставлении части", "the
    resolution of these charges led to a sentence of seven years") is about that one man: count
    1 ("one named person = 1"; the coders count the story's man).  Not where the sentence speaks
    of people it does not count ("несколько бойцов", "десятки сослуживцев", "they", a
    descriptor with no count: ``who``)."""
    counts = {1 if pair_told(e, lang) else e.count for e in events if e.count is not None}
    if counts != {1} or named > 1:
        return
    plural = _rx(lang, "plural_anaphora")
    for e in events:
        if e.count is not None or e.who or e.names:
            continue
        text = e.evidence.text
        if vague_quantity(text, lang) or plural.search(text):
            continue
        e.count, e.count_qualifier = 1, "exact"


def carry_search_group(events: list, additive: Any = None) -> None:
    """The group a manhunt is for: where an article reports one flight, of a counted group, and
    nobody caught, a search that counts and names no one is the search for that group ("39
    convicts fled ... Authorities posted leaflets warning residents": 39).  Once someone is
    caught, those still sought are fewer than those who fled: nothing is carried; nor to a
    search for "the others" (``additive``, matched on its evidence)."""
    flights = [e for e in events if e.type == "desertion"]
    if len(flights) != 1 or flights[0].count is None or flights[0].count < 2:
        _search_after_flight(events, flights, additive)
        return
    if any(e.type == "detention" for e in events):
        _search_after_flight(events, flights, additive)
        return
    for e in events:
        if e.type == "wanted" and e.count is None and not e.names:
            if additive is not None and additive.search(e.evidence.text):
                continue
            e.count, e.count_qualifier = flights[0].count, flights[0].count_qualifier


def told_last_before(events: list, at: int) -> Any:
    """The event of ``events`` whose evidence is told last before offset ``at``, or None (the
    flight a placeless search or a bare charge is about: :func:`_search_after_flight`,
    :func:`awol.extract.carry.carry_charge_flight`)."""
    before = [f for f in events if f.evidence.start < at]
    return max(before, key=lambda f: f.evidence.start) if before else None


def _search_after_flight(events: list, flights: list, additive: Any = None) -> None:
    """A manhunt told right after a group's flight and before anyone of it is told caught or
    killed is for the whole group, however many are caught later or other flights the article
    recalls ("Two conscripts abandoned their post ... Local police put the 'Interception' plan
    into effect ... One of the two was tracked down the following morning": 2; round 45,
    count45): the flight told last before the search, where it counts a group and no catch or
    death is told between them."""
    ends = [e.evidence.start for e in events if e.type in ("detention", "death")]
    for e in events:
        if e.type != "wanted" or e.count is not None or e.names:
            continue
        if additive is not None and additive.search(e.evidence.text):
            continue
        at = e.evidence.start
        flight = told_last_before(flights, at)
        if flight is None or flight.count is None or flight.count < 2:
            continue
        if any(flight.evidence.start < x <= at for x in ends):
            continue
        e.count, e.count_qualifier = flight.count, flight.count_qualifier
