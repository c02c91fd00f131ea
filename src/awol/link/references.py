"""Which words of a sentence refer back to the people told before it, for the story grouping
(:mod:`awol.link.cases`): the ``back`` and ``part_of`` words of ``second_case`` in
descriptors.yaml ("he", "the soldier", «его», «беглеца», "one of them"), less those
references.yaml says are not ("the same court", a participle of the noun before it, a pronoun
after a person its own sentence introduces)."""

from __future__ import annotations

import re
from functools import lru_cache

from awol.link.text import case_pattern

_BACK = case_pattern("back")
_PART_OF = case_pattern("part_of")  # "one of the two soldiers", "один из двух военнослужащих"


@lru_cache(maxsize=1)
def not_back() -> dict[str, re.Pattern[str]]:
    """The words ``references.yaml`` says are not a reference back to the story's people
    (``noun_clause``: «мобилизованного, сбежавшего ...»), each list's alternatives joined, read
    case-blind."""
    from pathlib import Path

    import yaml

    data = yaml.safe_load(Path(__file__).with_name("references.yaml").read_text("utf-8")) or {}
    return {k: re.compile("|".join(v), re.IGNORECASE) for k, v in data.items()}


def blank(text: str, *kinds: str) -> str:
    """``text`` with the words of ``kinds`` (:func:`not_back`) blanked out."""
    for k in kinds:
        text = not_back()[k].sub(lambda m: " " * len(m.group(0)), text)
    return text


@lru_cache(maxsize=4096)
def own_antecedent(text: str) -> str:
    """``text`` with the pronouns after the first person it introduces blanked
    (``antecedent`` / ``pronoun`` of references.yaml): "detained a 30-year-old mobilised soldier
    ..., and he was handed over", «ушли двое срочников, их задержали через неделю» -- the pronoun
    is of the person its own sentence tells, no reference to the people told before."""
    m = not_back()["antecedent"].search(text)
    if not m:
        return text
    return text[: m.end()] + blank(text[m.end() :], "pronoun")


def refers_back(text: str | None) -> bool:
    """Does the sentence refer back to people told before (:data:`_BACK`, :data:`_PART_OF`)?
    "The same" said of a court, a unit, a place or a time ("in the same region", «из той же
    части»: ``same_thing`` in references.yaml) is not said of people."""
    if not text:
        return False
    text = own_antecedent(blank(text, "same_thing"))
    return bool(_BACK.search(text) or _PART_OF.search(text))
