"""The words of a story, as data: ``lang/<lang>/story.yaml`` read and compiled once.

Every story-level reader (:mod:`awol.extract.story`, :mod:`awol.extract.story_authority`,
:mod:`awol.extract.story_courts`, :mod:`awol.extract.story_dates`) takes its patterns from here.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

from awol.extract.argument_words import _raw_words
from awol.extract.fastre import compile_fast

__all__ = ["story_words"]


@functools.cache
def _story_yaml(lang: str) -> dict[str, Any]:
    """``lang/<lang>/story.yaml`` as written ({} where the language has none)."""
    path = Path(__file__).parent / "lang" / lang / "story.yaml"
    if not path.is_file():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@functools.cache
@functools.cache
def story_words(lang: str, key: str, flags: int = 0) -> re.Pattern[str] | None:
    """The pattern ``key`` of ``lang/<lang>/story.yaml`` compiled alone (the keys read outside
    this module's lexicon: round 49's ``not_back_to``, ``search_owned``, ``caught_by_police``),
    or None where the language gives none."""
    rx = _story_yaml(lang).get(key)
    return re.compile(rx, flags) if rx else None


@functools.cache
def _story_lex(lang: str) -> dict[str, Any]:
    data = _story_yaml(lang)
    if not data:
        return {}
    # (read on every sentence, and the army cues over the whole text: compiled to skip ahead to
    # where a match may start, the same matches)
    rx = compile_fast
    return {
        "armies": {c: compile_fast(p) for c, p in (data.get("army_cues") or {}).items()},
        "near": rx(data.get("near_the_unit", "(?!)"), re.IGNORECASE),
        "occurred": rx(data["occurred"], re.IGNORECASE),
        "nouns": {t: rx(p, re.IGNORECASE) for t, p in data["occurred_nouns"].items()},
        "court": rx(data.get("court", "(?!)"), re.IGNORECASE),
        "towards": rx(data.get("towards", "(?!)") + r"\s*$", re.IGNORECASE),
        "went_to": rx(data.get("went_to", "(?!)") + r"\s*$", re.IGNORECASE),
        "towards_any_case": rx(data.get("towards_any_case", "(?!)") + r"\s*$", re.IGNORECASE),
        "scene_after": rx(data.get("scene_after", "(?!)"), re.IGNORECASE),
        "goal_only": bool(data.get("destination_only_is_not_the_place")),
        "owner_before": rx(data.get("owner_before", "(?!)")),
        "owner_after": rx(data.get("owner_after", "(?!)")),
        "unit_described": rx(data.get("unit_described", "(?!)") + r"\s*$"),
        "outside": rx(data.get("outside", "(?!)") + r"\s*$", re.IGNORECASE),
        "left_country": rx(data.get("left_country", "(?!)") + r"\s*$", re.IGNORECASE),
        "agencies": {c: rx(p) for c, p in (data.get("authority_names") or {}).items()},
        "code_articles": {c: rx(p) for c, p in (data.get("code_articles") or {}).items()},
        "seeker_home": rx(data.get("seeker_home", "(?!)"), re.IGNORECASE),
        "hedge": rx(
            f"(?:{data.get('armed_hedge', '(?!)')})"
            f"|(?:{_raw_words(lang).get('armed_expected', '(?!)')})",
            re.IGNORECASE,
        ),
        "relative_year": rx(data.get("relative_year", "(?!)"), re.IGNORECASE),
        "unit_in": rx(
            "(?:(?:"
            + data.get("unit_in", "(?!)")
            + ")|(?:"
            + data.get("unit_which_in", "(?!)")
            + "))"
            + r"\s*$",
            re.IGNORECASE,
        ),
        "war_in": rx(data.get("war_in", "(?!)") + r"\s*$", re.IGNORECASE),
        "unit_was_in": rx(data.get("unit_was_in", "(?!)") + r"\s*$", re.IGNORECASE),
        "undeclined": rx(data.get("undeclined_town", "(?!)"), re.IGNORECASE),
    }
