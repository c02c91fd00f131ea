"""What the recogniser of names in free text knows, read by it (:mod:`awol.privacy.recognise`),
by the forms of a name (:mod:`awol.privacy.forms`) and by the URL slugs' reader
(:mod:`awol.privacy.slugs`): the cues of ``person_cues.yaml`` (:func:`cues`) and the places the
gazetteer finds in a text (:func:`place_kinds`).  (Split from ``recognise.py``, round 36: the
three imported each other.)
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

import yaml


@functools.lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    path = resources.files("awol.privacy") / "person_cues.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    before = sorted((c.lower() for c in data["before"]), key=len, reverse=True)
    saying = sorted({c.lower() for c in data["saying"]})
    endings = tuple(sorted({e.lower() for e in data["surname_endings"]}, key=len, reverse=True))
    return {
        "before_re": re.compile(
            r"(?:^|[^\w])(?:" + "|".join(re.escape(c) for c in before) + r")\.?,?\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        "before_words": {w for c in before for w in c.split()},
        "saying_after_re": re.compile(
            r"^\s+(?:" + "|".join(re.escape(c) for c in saying) + r")\b", re.IGNORECASE
        ),
        "said_before_re": re.compile(r"\b(?:said|says|wrote|recalled|added)\s+$"),
        # "Temirlan, who is now in Kazakhstan, ...": a relative clause of a person (a place or
        # an organisation takes "which" or "that")
        "who_after_re": re.compile(r"\s*,\s+who\b"),
        "appositive_re": re.compile(
            r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:"
            + "|".join(re.escape(w.lower()) for w in data["appositive"])
            + r")\b",
            re.IGNORECASE,
        ),
        "endings": endings,
        "slug_stop_words": frozenset(w.lower() for w in data["slug_stop_words"]),
        "place_before": tuple(data["place_before"]),
        "not_names": {n.lower() for n in data["not_names"]},
        "orgs": {w.lower() for w in data["organisation_words"]},
        "nationalities": _nationalities(data),
        "modified_nouns": {w.lower() for w in data["modified_nouns"]},
        "leading": {w.lower() for w in data["leading_words"]},
        "person_verbs_ru": frozenset(v.lower() for v in data["person_verbs_ru"]),
        "org_before_re": re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in data["organisation_before"]) + r")"
            r"(?:\s+(?:called|named))?\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
    }


def _nationalities(data: dict[str, Any]) -> frozenset[str]:
    from awol.extract.places_data import cues as place_cues

    words = {w.lower() for w in data["nationalities"]}
    words |= {w.lower() for w in place_cues()["en"]["country_adjectives"]}
    return frozenset(words)


def place_kinds(text: str, lang: str) -> list[tuple[int, int, str]]:
    from awol.extract.places import get_gazetteer

    try:
        return [(m.start, m.end, m.kind) for m in get_gazetteer().find(text, lang)]
    except Exception:  # a gazetteer failure must not stop masking
        return []
