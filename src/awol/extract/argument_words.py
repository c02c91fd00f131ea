"""The words of argument assignment of a language (``lang/<lang>/arguments.yaml``) and the
Russian word parses the argument modules share (:mod:`awol.extract.arguments`,
:mod:`awol.extract.argument_scope`, :mod:`awol.extract.argument_counts`)."""

from __future__ import annotations

import re
from functools import cache

import yaml

from awol.extract.fastre import compile_fast
from awol.extract.lexicon import LANG_DIR
from awol.extract.prefilter import FilteredRegex, StartOrRest, filtered


@cache
def _raw_words(lang: str) -> dict:
    return yaml.safe_load((LANG_DIR / lang / "arguments.yaml").read_text(encoding="utf-8")) or {}


@cache
def _words(lang: str) -> dict[str, re.Pattern[str] | FilteredRegex | StartOrRest]:
    """The words of argument assignment of a language (``lang/<lang>/arguments.yaml``), each a
    case-insensitive pattern."""
    # (compiled to skip ahead to where a match may start, with a prefilter on the words a match
    # needs where one is known: the same matches; round 43, speed43: "armed_supplied_after", a
    # pattern that opens on look-behinds, was ~0.5 ms a sentence unfiltered)
    return {
        k: filtered(compile_fast(v, re.IGNORECASE))
        for k, v in _raw_words(lang).items()
        if isinstance(v, str)
    }


@cache
def _lemmas(lang: str, key: str) -> frozenset[str]:
    """A list of lemmas of ``lang/<lang>/arguments.yaml``."""
    return frozenset(str(w).lower().replace("ё", "е") for w in _raw_words(lang).get(key) or ())


def _rx(lang: str, key: str) -> re.Pattern[str] | FilteredRegex | StartOrRest:
    return _words(lang)[key]


_RU_WORD = re.compile(r"[а-яёА-ЯЁ]+")
_SHORT = re.compile(r"\w{1,5}")


def pronoun_alone(who: str, lang: str) -> bool:
    """Is a matched descriptor a word of five letters or fewer, read as a pronoun alone ("he",
    «его», «ему») that says no one's descriptor?  Not a short noun of the serviceman's job
    (``short_service`` of ``lang/<lang>/arguments.yaml``: «боец», «бойца», «моряк», «сапёр»):
    a class of service nouns, not any short word (ranks such as «майор» stay out: a police or
    a court's major beside the event is no deserter)."""
    if not _SHORT.fullmatch(who):
        return False
    short = _words(lang).get("short_service")
    return short is None or not short.fullmatch(who)


def _ru_parse(word: str):
    return _ru_parses(word)[0]


def _ru_parses(word: str) -> list:
    from awol.extract.places import get_morph

    return get_morph().parse(word)
