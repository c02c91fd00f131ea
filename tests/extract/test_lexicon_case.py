"""A part of a lexicon pattern that keeps its case (``(?-i:[A-Z][a-z]+)``, a capitalised word)
keeps it: lexicon patterns run lower-cased on the lower-cased text, and lower-cased whole such a
part became ``[a-z][a-z]+``, any word (an English death rule, the "who hid Petrov" helper rule
and the demonym figure nouns matched every word in their place)."""

from __future__ import annotations

import pytest

from awol.extract.lexicon import Pattern, get_lexicon
from awol.extract.scope import _rules


def test_a_cased_part_matches_only_its_case() -> None:
    p = Pattern(r"\bwho hid (?-i:[A-Z][a-z]+)\b")
    assert p.cased
    assert p.search("a woman who hid Petrov was fined") is not None
    assert p.search("A WOMAN WHO HID Petrov") is not None  # (the rest stays case-blind)
    assert p.search("a woman who hid food was fined") is None
    assert p.match("who hid food") is None and p.match("who hid Orlov") is not None
    assert (
        list(p.finditer("who hid bread, who hid Orlov"))
        and len(list(p.finditer("who hid bread, who hid Orlov"))) == 1
    )
    assert next(p.finditer_lowered("who hid bread", "who hid bread"), None) is None
    with pytest.raises(ValueError, match="case-sensitive"):
        p.finditer_passed("who hid orlov")


def test_a_pattern_without_a_cased_part_is_unchanged() -> None:
    p = Pattern(r"\bwho hid [a-z]+\b")
    assert not p.cased
    assert p.search("a woman WHO HID FOOD") is not None


def test_demonym_figure_nouns_need_a_capital() -> None:
    nouns = get_lexicon("en").figure_nouns
    assert nouns.search("Ukrainians") is not None
    assert nouns.search("deserters") is not None  # (a listed noun, any case)
    assert nouns.search("veterans") is None  # (a common noun in -ans is no demonym)


def test_helper_and_death_rules_read_a_name_as_a_name() -> None:
    rules = _rules("en")
    helper = [p for k, p in rules.items() if k.startswith("helper_before")]
    assert any(p.search("a woman who gave Petrov shelter") for p in helper)
    assert not any(p.search("a woman who gave the boys shelter") for p in helper)
    death = rules["sentence:death"]
    assert death.search("an officer who tried to stop Orlov") is not None
    assert death.search("an officer who tried to stop traffic") is None


def test_no_trigger_keeps_its_case() -> None:
    for lang in ("en", "ru"):
        assert not [t for t in get_lexicon(lang).triggers if t.pattern.cased]
