"""The words of argument assignment of a language (``lang/<lang>/arguments.yaml``) and the
Russian word parses the argument modules share (:mod:`awol.extract.arguments`,
:mod:`awol.extract.argument_scope`, :mod:`awol.extract.argument_counts`)."""

from __future__ import annotations

import re
from functools import cache

import yaml

from awol.extract.fastre import compile_fast
from awol.extract.lexicon import LANG_DIR


@cache
def _raw_words(lang: str) -> dict:
    return yaml.safe_load((LANG_DIR / lang / "arguments.yaml").read_text(encoding="utf-8")) or {}


@cache
def _words(lang: str) -> dict[str, re.Pattern[str]]:
    """The words of argument assignment of a language (``lang/<lang>/arguments.yaml``), each a
    case-insensitive pattern."""
    # (compiled to skip ahead to where a match may start: the same matches)
    return {
        k: compile_fast(v, re.IGNORECASE) for k, v in _raw_words(lang).items() if isinstance(v, str)
    }


@cache
def _lemmas(lang: str, key: str) -> frozenset[str]:
    """A list of lemmas of ``lang/<lang>/arguments.yaml``."""
    return frozenset(str(w).lower().replace("ё", "е") for w in _raw_words(lang).get(key) or ())


def _rx(lang: str, key: str) -> re.Pattern[str]:
    return _words(lang)[key]


_RU_WORD = re.compile(r"[а-яёА-ЯЁ]+")


def _ru_parse(word: str):
    return _ru_parses(word)[0]


def _ru_parses(word: str) -> list:
    from awol.extract.places import get_morph

    return get_morph().parse(word)
