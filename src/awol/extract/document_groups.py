"""The story's groups as its sentences count them, read in order by :mod:`.document_story`.

A plural anaphora ("the soldiers", "they") takes the size of the group last counted; "the
others" the group less its parts told caught or dead since; "против задержанных" the last group
of that event type.  Split from :mod:`awol.extract.document` (round 52, doc52), unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from awol.extract.argument_counts import anaphor_type
from awol.extract.carry import rest_count, rest_of_group
from awol.extract.counts import find_counts
from awol.extract.group_size import count_group, size_told
from awol.extract.mentions import Mention, SentenceAnalysis
from awol.extract.sentence_pool import STORY_WINDOW

# the events that speak of the rest of a group, and those that take a part of it out of reach
_REST_TYPES = ("wanted", "detention")
_PARTS = ("detention", "death")


@dataclass(slots=True)
class Groups:
    """The groups the story has counted so far (what its sentences read of them in order)."""

    last: int | None = None  # the size of the last group its events counted
    qualifier: str = "exact"  # (its qualifier: "more than 100 ... the men" is at least 100)
    rest: int | None = None  # the last group fled or sought, told by its number
    accounted: int = 0  # (of it: how many were told caught or dead since)
    counted: list[tuple[int, int, str]] = field(default_factory=list)  # (sentence, size, qual.)
    # the group a sentence with no event counts after "the soldiers" were told (its size and
    # qualifier): the one a later "these soldiers" speaks of too (round 45, count45)
    quiet: tuple[int, str] | None = None
    typed: dict[str, int] = field(default_factory=dict)  # the last group counted by each type
    untold: list[Mention] = field(default_factory=list)  # "the soldiers" told before any count

    def quiet_sentence(
        self, an: SentenceAnalysis, index: int, event_before: SentenceAnalysis | None, lex
    ) -> None:
        """A sentence of the story with no event and no figure: the group it counts.
        ``event_before``: the sentence right before, where it told an event."""
        # "More than 100 soldiers who refused to fight were flown to Yekaterinburg": the size of
        # the group the story's "the soldiers" speak of
        # (only for "the soldiers" told before it: a later "they" may be a part of it)
        size = people_counted(an, lex) if self.untold else None
        if size:
            self.counted.append((index, *size))
            self.quiet = self.quiet or size
        # "Soldiers fled. There were five of them.": the flight's size (fields46)
        if event_before is not None:
            told_size = size_told(an, lex.lang)
            if told_size and count_group(event_before.mentions, told_size):
                self.counted.append((index, *told_size))
                self.last, self.qualifier = told_size
                self.rest, self.accounted = told_size[0], 0

    def count(
        self,
        m: Mention,
        text: str,
        mentions: list[Mention],
        prev: SentenceAnalysis | None,
        prev_figures: bool,
        lex,
        before: tuple[int, str] | int | None,
    ) -> tuple[int, str] | int | None:
        """The count of mention ``m`` of a sentence (``text``, its ``mentions``) where it speaks
        of a group told before; ``prev``, ``prev_figures``: the sentence before and whether it
        gave figures.  ``before``: the group the sentence before counts, read once a sentence
        (None: not read yet); returned, read where it was needed."""
        lang = lex.lang
        if m.type in _REST_TYPES and rest_of_group(text, m.start, lang):
            # "Two were caught; a third was shot dead; the others are sought": the group
            # less its parts told since (not the nearest number, not the whole group)
            # (a group told earlier in the sentence itself is the one: «Четверо сбежали ...;
            # одного застрелили, остальных задержали»; round 44, count44)
            own = [o for o in mentions if o.start < m.start and whole_group(o)]
            group, since = (own[-1].count, own[-1].start) if own else (self.rest, -1)
            parts = (0 if own else self.accounted) + sum(
                o.count or 0 for o in mentions if since < o.start < m.start and o.type in _PARTS
            )
            m.count, m.count_from = rest_count(group, parts), "rest"
            m.count_qualifier = "exact" if m.count else None
            m.plural_anaphora = False
        if m.plural_anaphora and m.count is None and self.typed:  # "против задержанных"
            typed = self.typed.get(anaphor_type(text, m.start, lang) or "")
            if typed:
                m.count, m.count_qualifier, m.count_from = typed, "exact", "anaphora"
        if m.plural_anaphora and m.count is None and before is None:
            # "Two conscripts from Tver were on leave. They failed to return": the group the
            # sentence right before counts, where it tells no event of its own and the story
            # has counted no group of its events yet (that group is the one spoken of)
            quiet = prev is not None and not prev.mentions and not prev_figures and not self.last
            before = (people_counted(prev, lex) if quiet else None) or 0
        if m.plural_anaphora and m.count is None and before:
            m.count, m.count_qualifier, m.count_from = *before, "anaphora"
        elif m.plural_anaphora and m.count is None and self.last:
            m.count, m.count_qualifier, m.count_from = self.last, self.qualifier, "anaphora"
        elif m.plural_anaphora and m.count is None and self.quiet:
            # ("The soldiers were held ... More than 100 soldiers who refused ... These
            # soldiers were under investigation": the group the earlier "the soldiers" took)
            m.count, m.count_qualifier, m.count_from = *self.quiet, "anaphora"
        elif m.plural_anaphora and m.count is None:
            self.untold.append(m)
        return before

    def told(self, index: int, mentions: list[Mention]) -> None:
        """A sentence's events, read: the groups they count, and how many of the last group
        fled or sought they tell caught or dead."""
        for m in mentions:
            # (not one man and the comrade he left with: no group the story speaks of)
            if m.count and m.count > 1 and m.count_from in ("number", "names") and not m.companion:
                self.last = self.typed[m.type] = m.count
                self.qualifier = m.count_qualifier or "exact"
                self.counted.append((index, m.count, self.qualifier))
        whole = [m.count for m in mentions if whole_group(m)]
        if whole:
            self.rest, self.accounted = whole[0], 0  # (a group told: none of it accounted for)
        else:
            self.accounted += sum(m.count or 0 for m in mentions if m.type in _PARTS)

    def counted_later(self) -> None:
        """ "The soldiers were held in a tent city. ... More than 100 soldiers who refused to
        fight": plural anaphora told before the story counts its group take the first group
        counted within STORY_WINDOW sentences after them (with its qualifier: "more than 100"
        is at_least)."""
        for m in self.untold:
            if m.count is not None:
                continue
            i = m.sentence.index
            later = [(size, q) for at, size, q in self.counted if i < at <= i + STORY_WINDOW]
            if later:
                m.count, m.count_qualifier, m.count_from = *later[0], "anaphora"


def whole_group(m: Mention) -> bool:
    """Does a flight or search tell a group by its number or names, not a part of one told
    before ("two more", "three of them")?"""
    return (
        m.type in ("desertion", "wanted")
        and (m.count or 0) > 1
        and m.count_from in ("number", "names")
        and not (m.part or m.additive or m.another)
    )


def people_counted(an: SentenceAnalysis, lex) -> tuple[int, str] | None:
    """The size of a group of people a sentence with no event counts ("More than 100 soldiers who
    refused to fight were flown out"), with its qualifier (at_least): a count whose head is a
    word for people."""
    text = an.sentence.text
    if not lex.people.search(text):
        return None
    # (the analysis counts only the sentences with an event)
    for c in an.counts or find_counts(text, lex.lang):
        if c.value > 1 and c.head and lex.people.search(c.head):
            return c.value, c.qualifier or "exact"
    return None
