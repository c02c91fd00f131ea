"""A person's rank and unit number as a sentence says them (``ranks.yaml``; round 49, cases49):
"a sergeant", «рядового», «младшего сержанта», «воинской части 12345».  The story grouping
reads a rank or a unit that one person's story never states, in a sentence of its own that
ties it to the story by nothing, as another man (``story_rules.other_rank_or_unit``)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml


@lru_cache(maxsize=1)
def _data() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str], re.Pattern[str]]:
    data = yaml.safe_load(Path(__file__).with_name("ranks.yaml").read_text("utf-8")) or {}
    ranks = [(k, re.compile("|".join(v), re.IGNORECASE)) for k, v in data["ranks"].items()]
    return (ranks, re.compile("|".join(data["unit_number"]), re.IGNORECASE),
            re.compile("|".join(data["not_rank"]), re.IGNORECASE))  # fmt: skip


@lru_cache(maxsize=4096)
def ranks_said(text: str | None) -> frozenset[str]:
    """The rank families the sentence says ("sergeant", "private", ...); a lieutenant colonel's
    is read as a colonel's, not a lieutenant's too."""
    if not text:
        return frozenset()
    ranks, _, not_rank = _data()
    text = not_rank.sub(" ", text)
    out = set()
    for family, pat in ranks:
        if pat.search(text):
            out.add(family)
            text = pat.sub(" ", text)  # (read once: "lieutenant colonel" is no lieutenant)
    return frozenset(out)


@lru_cache(maxsize=4096)
def units_said(text: str | None) -> frozenset[str]:
    """The unit numbers the sentence says («воинской части 12345», "military unit 54321")."""
    if not text:
        return frozenset()
    return frozenset(g for m in _data()[1].finditer(text) for g in m.groups() if g)
