"""A bare plural's search in a one-man story (round 37, prec37).

An article about one man's flight goes on about deserters at large: «Дезертиров в регионе ищут
полиция и военная комендатура», "Police are searching for deserters at railway stations".  The
sought are a kind of people (a bare plural: no number, demonstrative or possessive before the
noun), sought now (a present search), and the story has no group they could be: every other
event of the document is about one man (count 1).  Such a wanted event is the region's practice,
not a search for anyone the article tells of (SCHEMA.md: a search notice or manhunt for
deserters), and :func:`drop_bare_search` drops it.  After a group's flight the same words are
that group's search (a real train article's group and invented e03, t03: kept, as the story
has a count above one).  The words are data
(``bare_search:`` in ``lang/<lang>/relevance.yaml``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from awol.extract.relevance_generic import _data


@cache
def _spec(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    spec = _data(lang).get("bare_search") or {}
    if not spec.get("kinds") or not spec.get("search") or not spec.get("not_bare"):
        return None
    flags = re.IGNORECASE | re.UNICODE
    return (
        re.compile(spec["kinds"], flags),
        re.compile(spec["search"], flags),
        re.compile(spec["not_bare"], flags),
    )


def bare_search(sentence: str, lang: str) -> bool:
    """Does ``sentence`` tell a present search for a bare plural kind of people?"""
    spec = _spec(lang)
    if spec is None:
        return False
    kinds, search, not_bare = spec
    if search.search(sentence) is None:
        return False
    for m in kinds.finditer(sentence):
        before = re.split(r"[,;:()—–]", sentence[: m.start()])[-1].split()[-2:]
        if not any(not_bare.fullmatch(w) or w[:1].isdigit() for w in before):
            return True
    return False


def drop_bare_search(events: list[Any], lang: str) -> list[Any]:
    """``events`` without a wanted event for a bare plural where the story is one man's."""
    wanted = [e for e in events if e.type == "wanted" and bare_search(e.evidence.text, lang)]
    if not wanted:
        return events
    others = [e for e in events if not any(e is w for w in wanted)]
    counts = {e.count for e in others if e.count is not None}
    if counts != {1} or not any(e.type in ("desertion", "detention") for e in others):
        return events
    return others
