"""A flight the sentence tells of the person it introduces, read off its words (round 37,
link37): "detained a serviceman who had left his unit in the Kursk region", «задержали
31-летнего военного, самовольно оставившего часть ещё в августе».  The story grouping parts an
event from a story that has told no flight when its own sentence tells a flight
(``story_rules.flight_of_its_own``); that reading needs the extraction to give the flight, and
an extraction that drops it or reads it as another type (a search, a detention) left the event
to join the story told before on its order alone.  ``clause_flight`` reads the sentence itself
(``own_flight.yaml``), so the parting does not depend on the flight's type."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml


@lru_cache(maxsize=2)
def _pattern(kind: str) -> re.Pattern[str]:
    data = yaml.safe_load(Path(__file__).with_name("own_flight.yaml").read_text("utf-8")) or {}
    return re.compile("|".join(data[kind]), re.IGNORECASE)


@lru_cache(maxsize=4096)
def clause_flight(text: str | None) -> bool:
    """Does the sentence tell, in a relative clause or a participle after a person noun, a
    flight of the person it speaks of ("a serviceman who had left his unit", «военного,
    самовольно оставившего часть»)?"""
    return bool(text) and bool(_pattern("clause").search(text))  # type: ignore[arg-type]


@lru_cache(maxsize=4096)
def verdict_told(text: str | None) -> bool:
    """Does the sentence tell a verdict ("sentenced", "gave him five years", «приговорил»,
    «назначил условный срок»; ``verdict`` of own_flight.yaml), whether or not the extraction
    gave an event for it?"""
    return bool(text) and bool(_pattern("verdict").search(text))  # type: ignore[arg-type]
