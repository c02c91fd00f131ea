"""An alternation ``re`` cannot skip through, searched branch by branch
(:func:`awol.extract.lexicon._first_branch`), finds exactly the match of the whole alternation:
the same span from every start and to every end, on every dev sentence and its pieces."""

from __future__ import annotations

import re

import pytest
from tests.extract.helpers import every_object
from tests.extract.test_fastre import _texts

from awol.extract.lexicon import Pattern, get_lexicon, icase
from awol.extract.line_guard import top_level_branches
from awol.extract.scope import _rules


def _split_patterns(lang: str) -> list[Pattern]:
    lex = get_lexicon(lang)
    _rules(lang)
    for value in lex.extra.values():  # the vocabularies read with icase() by the stages
        if isinstance(value, str):
            try:
                icase(value)
            except re.error:
                pass
    return [o for o in every_object() if isinstance(o, Pattern) and o._branches is not None]


def testtop_level_branches() -> None:
    assert top_level_branches(r"a|b(?:c|d)|e") == ["a", "b(?:c|d)", "e"]
    assert top_level_branches(r"[|]x|\|y|[]|]z|[^]|]w") == ["[|]x", r"\|y", "[]|]z", "[^]|]w"]
    assert top_level_branches(r"(a|b)") == ["(a|b)"]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_split_search_is_the_whole_search(lang: str) -> None:
    patterns = _split_patterns(lang)
    assert patterns, "no alternation is searched by branches: the test reads nothing"
    texts = _texts(lang)
    checked = 0
    for p in patterns:
        for text in texts:
            n = len(text)
            for pos, end in ((0, None), (0, n // 2), (n // 3, None), (n // 3, 2 * n // 3)):
                got = p.search(text, pos, end)
                want = p._lower.search(text, pos, n if end is None else end)
                assert (got and got.span()) == (want and want.span()), (p.pattern, text, pos)
                checked += 1
    assert checked > 1000


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_long_alternations_are_split(lang: str) -> None:
    """The longest alternations of ``nonevent:`` (``sentence:desertion``, 13 branches in
    English, 14 in Russian; round 43, speed43) are searched branch by branch: whole, ``re``
    tried their ``^(?!...)`` branches at every character of the sentence."""
    rules = _rules(lang)
    assert rules["sentence:desertion"]._branches is not None
    assert len(rules["sentence:desertion"]._branches) > 12
