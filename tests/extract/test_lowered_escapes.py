"""Patterns run lower-cased on lower-cased text keep their escapes' case: ``\\W`` is not ``\\w``,
``\\S`` not ``\\s``, ``\\D`` not ``\\d`` (the number and date lexicons lower-cased their patterns
whole; a data pattern with such an escape then matched something else)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from awol.extract import counts, dates
from awol.extract.lexicon import lower_pattern

LANG = Path(counts.__file__).parent / "lang"


def test_lower_pattern_keeps_escapes_and_groups() -> None:
    assert lower_pattern(r"(?P<num>\W\S\D\B)Out") == r"(?P<num>\W\S\D\B)out"
    assert lower_pattern(r"(?P=num)\.A") == r"(?P=num)\.a"


def _lang_copy(tmp_path: Path, name: str) -> Path:
    dst = tmp_path / "en"
    dst.mkdir()
    shutil.copy(LANG / "en" / name, dst / name)
    return dst / name


def test_count_partition_with_an_upper_case_escape(tmp_path, monkeypatch) -> None:
    path = _lang_copy(tmp_path, "numbers.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["partition"] = r"out\W+of"  # "out of", "out-of": not "outwardof"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(counts, "_LANG_DIR", tmp_path)
    counts._lexicon.cache_clear()
    try:
        lex = counts._lexicon("en")
        assert r"\W" in lex.regex_lower.pattern
        m = lex.regex_lower.search("two out of ten deserters were caught")
        assert m is not None and m.group("total") == "ten"
    finally:
        counts._lexicon.cache_clear()


def test_date_rule_and_gate_with_an_upper_case_escape(tmp_path, monkeypatch) -> None:
    path = _lang_copy(tmp_path, "dates.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # a rule whose lower-cased form must keep "\S": "on\S" would otherwise read "on\s"
    data["rules"].insert(0, {"kind": "date", "re": r"zzday\S{YEAR}", "precision": "year"})
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(dates, "_LANG_DIR", tmp_path)
    dates._grammar.cache_clear()
    try:
        g = dates._grammar("en")
        rule = g.rules[0]
        assert r"\S" in rule.lowered.pattern
        assert rule.lowered.search("zzday 2024") is None
        assert rule.lowered.search("zzday-2024") is not None
        gates = dates._gates({"t": re.compile(r"fled\S", re.IGNORECASE)})
        assert gates and r"\S" in gates[0][1].pattern  # (no gate at all before)
    finally:
        dates._grammar.cache_clear()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_lexicons_lower_case_as_before(lang: str) -> None:
    """The shipped lexicons hold no upper-case escape: their lowered patterns are unchanged."""
    lex = counts._lexicon(lang)
    assert lex.regex_lower.pattern == lower_pattern(lex.regex.pattern)
