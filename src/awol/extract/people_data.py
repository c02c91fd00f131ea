"""The data of :mod:`awol.extract.people` (``lang/people.yaml``: public figures, roles and
credits around a name, the pronoun of an object) and the public-figure check, read by
:mod:`awol.extract.people` and :mod:`awol.extract.surnames` (split from ``people.py``)."""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

import yaml

from awol.extract.lexicon import get_lexicon
from awol.extract.names import name_key

__all__ = ["official"]


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    path = resources.files("awol.extract") / "lang" / "people.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))

    def langs(key: str, flags: int = 0) -> dict[str, re.Pattern[str]]:
        return {lang: re.compile(rx, flags) for lang, rx in raw[key].items()}

    return {
        "officials": frozenset(name_key(n) for n in raw["officials"]),
        "credit_before": langs("credit_before", re.IGNORECASE),
        "credit_after": re.compile(raw["credit_after"]),
        "role_after": langs("role_after", re.IGNORECASE),
        "roles_before": langs("roles_before", re.IGNORECASE),
        "modified_after": re.compile(raw["modified_after"]),
        "role_of_organisation": langs("role_of_organisation"),
        "pronoun_object": langs("pronoun_object"),
        "role_rank_before": langs("role_rank_before"),
        "harm_before": langs("harm_before"),
        "harm_deserter": langs("harm_deserter"),
        "harm_by_authority": langs("harm_by_authority"),
        "named_as": langs("named_as"),
        "named_next": langs("named_next"),
        "catcher_after": langs("catcher_after", re.IGNORECASE),
        "catcher_before": langs("catcher_before", re.IGNORECASE),
        "relative_whose": langs("relative_whose", re.IGNORECASE),
        "speaker_who_fled": langs("speaker_who_fled", re.IGNORECASE),
        "told_again": langs("told_again"),
    }


@functools.lru_cache(maxsize=4)
def _titles(lang: str) -> re.Pattern[str] | None:
    titles = get_lexicon(lang).extra.get("titles")
    return re.compile(rf"(?:{titles})\W*$", re.IGNORECASE) if titles else None


def _lang(lang: str) -> str:
    return "ru" if (lang or "en").lower().startswith(("ru", "uk", "be")) else "en"


def official(name: str) -> bool:
    """Is ``name`` (any script, any spelling) one of the public figures of ``officials``?"""
    return _key(name) in _data()["officials"]


# (a long text names its people again and again: each name's key read once)
_key = functools.lru_cache(maxsize=1 << 16)(name_key)


# What happens to a man once in a story: a charge, a verdict, a death.  Two such events of one
# type in two sentences (merging left them two) are two men's, and so are the other events told
# in the unnamed one's sentence (his flight): round 37, who37.
ONCE_TYPES = frozenset({"prosecution", "sentence", "death"})


def told_again(text: str, lang: str) -> bool:
    """Does ``text`` tell a verdict or a charge heard again (an appeal, a sentence overturned or
    upheld, a retrial: ``told_again`` of ``lang/people.yaml``)?  The same man's second one, not
    another man's (who37)."""
    rx = _data()["told_again"].get(_lang(lang))
    return rx is not None and rx.search(text) is not None


def pair_told(e: Any, lang: str) -> bool:
    """Is an event of two people the story's one man and the comrade he left with: it names one
    person, or its sentence adds one comrade ("left his positions together with another
    soldier": ``companion_one`` of lang/*/arguments.yaml; round 46, fields46)?  Such a story is
    still one man's."""
    if e.count != 2:
        return False
    if len(e.names) == 1:
        return True
    from awol.extract.argument_words import _words  # (lazy: argument_words reads people)

    rx = _words(lang).get("companion_one")
    return rx is not None and rx.search(e.evidence.text) is not None
