"""One event's features (:class:`Feat`), and whether its sentence writes its names
(:func:`written_name`): what the story grouping (:mod:`awol.link.cases`,
:mod:`awol.link.story_rules`, :mod:`awol.link.stories`) reads, below the per-document features
that read the grouping (:func:`awol.link.features.document_features`).  (Split from
``features.py``, round 36: ``features`` and ``cases`` imported each other.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from awol.link.text import names_seen, skeleton


@dataclass(slots=True)
class Feat:
    key: tuple[str, int]
    doc: str
    type: str
    pub: int | None  # publication day ordinal
    date: tuple[int, int, int] | None
    country: str | None
    region: str | None
    count: int | None
    qualifier: str | None
    names: tuple[str, ...]
    name_keys: tuple[str, ...]
    places: frozenset[str]
    classes: frozenset[str]
    armed: bool | None
    tokens: frozenset[str] = frozenset()  # distinctive words (proper nouns, unit names) said here
    numbers: frozenset[int] = frozenset()  # distinctive numbers (unit numbers, large counts)
    ages: frozenset[int] = frozenset()  # ages stated for the people ("a 22-year-old")
    # story context: what the other events of its story group in the same article say
    ctx_names: tuple[str, ...] = ()
    ctx_places: frozenset[str] = frozenset()
    ctx_tokens: frozenset[str] = frozenset()
    ctx_numbers: frozenset[int] = frozenset()
    ctx_regions: frozenset[str] = frozenset()
    group: int = 0  # story group within its document (cases.document_groups)
    coarse: frozenset[str] = frozenset()  # the place words naming a big city (text.coarse_places)
    # an event naming nobody, nor its story: the words its article writes with a capital (as
    # name skeletons), where a surname the extraction did not put in the event may stand
    seen: frozenset[str] = frozenset()
    evidence: str = ""  # the evidence sentence (the record's own string: no copy)
    # an event that says no region: the regions whose names its article writes
    # (text.regions_seen), where the other report's region may stand (``region_text``)
    text_regions: frozenset[str] = frozenset()
    # an event naming nobody, nor its story: the name keys of the people its article tells in
    # its other story groups -- people the article's own grouping parted from this event
    # (``ctx_name_conflict`` against a report naming them; round 34)
    apart: frozenset[str] = frozenset()
    # marker classes its evidence sentence says of the people (text.sentence_markers), beside
    # the descriptor's ``classes`` for ``marker_agree`` only (the grouping reads ``classes``)
    markers: frozenset[str] = frozenset()
    # the date is not the event's own words (no ``date_text``) or is told relative to another
    # happening of the article ("the day before", «в тот же день»: ``relative_dates.yaml``):
    # the extraction resolved it against some date of the article, often another story's
    weak_date: bool = False
    # ... by words that date it relative to another happening ("a week later", «спустя месяц»),
    # not carried: the extraction reckoned it from some date of the article (round 40)
    relative_date: bool = False
    # where its evidence sentence starts in the text (the extraction's offset; None for an
    # annotation): what the story grouping reads as told before it
    at: int | None = None
    # the sentence just before its own tells other people and gave no event (a flight the
    # extraction missed): its words referring back read them (``cases.mark_after_others``)
    after_others: frozenset[str] = frozenset()
    # its sentence opens a paragraph of its own that refers back to nobody
    # (``case_markers.mark_fresh_items``): a roundup's next item, where it says a new person
    fresh: bool = False
    # its article's events make one story group: a word the article writes is of this story
    # (``score.word_seen``; round 53)
    one_story: bool = False

    @property
    def lo(self) -> int | None:
        return self.date[0] if self.date else None

    @property
    def hi(self) -> int | None:
        """Latest day the happening can be on: its date, else the report's publication."""
        if self.date:
            return self.date[1]
        return self.pub

    @property
    def anchored(self) -> bool:
        """Placed in time: a month- or day-precise date, or a publication date."""
        return (self.date is not None and self.date[2] >= 2) or self.pub is not None


def written_name(f: Feat) -> bool:
    """Does the sentence of ``f`` write a surname of its names?  (Else the extraction gave it
    the name of a person told in another sentence: "He was detained", "Позже суд приговорил
    его" -- right as a rule, but an inference, not the text.)"""
    return bool(f.names) and not names_written(f.evidence).isdisjoint(f.name_keys)


@lru_cache(maxsize=4096)
def names_written(text: str) -> frozenset[str]:
    """The skeletons of a sentence's capitalised words, as :func:`names_seen` reads them, and
    the two-consonant ones too (a short surname: "Зуев", "Зуева" -> "zv"): here they are
    compared with the event's own name keys only, never across reports."""
    out = set(names_seen(text))
    for tok in _CAPITAL_WORD.findall(text or ""):
        sk = skeleton(tok)
        if len(sk) == 2:
            out.add(sk)
    return frozenset(out)


_CAPITAL_WORD = re.compile(r"(?<![\w-])[^\W\d_a-zа-яё][^\W\d_]{3,}", re.UNICODE)
