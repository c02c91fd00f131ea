"""Generic statements are not happenings (round 28, doc28).

An article about desertion that reports no event still speaks of the acts: "Regional governors
post search notices on Telegram", "Courts often hand down suspended sentences".  Such a sentence
has a bare plural subject (no article, number, possessive or quantity), a verb in the plain
present and no particular object (not "the two men", "a soldier", a name or a number): it says
what people of a kind do.  An event whose evidence is such a body sentence is
dropped (:func:`drop_generic`).  The words are data (``lang/<lang>/relevance.yaml``; a language
without the file has no such rule).  Headlines tell a happening in the present ("Russian courts
jail deserter"): a sentence is read only if it ends with a full stop."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import yaml

from awol.extract.lexicon import LANG_DIR

_ENDS = (".", '."', ".”", ".’")


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    path = LANG_DIR / lang / "relevance.yaml"
    if not path.is_file():
        return None
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}

    def alt(key: str) -> str:
        return "|".join(sorted(map(re.escape, data.get(key) or ()), key=len, reverse=True))

    return re.compile(
        rf"^(?!(?:{alt('determiners')})\b)"  # not "The courts", "Two soldiers"
        r"(?:[A-Za-z][\w-]* ){0,2}"  # up to two modifiers ("Regional", "Military")
        r"[a-z][\w-]*[^s'\W]s "  # a plural noun ("governors", not "his", "boss")
        rf"(?:(?:{alt('adverbs')}) )?"
        rf"(?:{alt('verbs')})\b(?!-)"  # the plain present ("post", not "posted", "posts")
        r"(?: (?:down|up|out|off|back|in|for)\b)?+"
        # ... of people or things of a kind, not of some ("the two men", "a soldier", "Ivanov")
        rf" (?!(?:{alt('determiners')})\b|(?-i:[A-Z\d]))",
        re.IGNORECASE,
    )


def generic(sentence: str, lang: str) -> bool:
    """Does ``sentence`` say what people of a kind do, not what happened?"""
    pattern = _pattern(lang)
    text = sentence.strip()
    return pattern is not None and text.endswith(_ENDS) and pattern.match(text) is not None


def drop_generic(events: list[Any], lang: str) -> list[Any]:
    """``events`` without those whose evidence is a generic statement."""
    if _pattern(lang) is None:
        return events
    return [e for e in events if not generic(e.evidence.text, lang)]
