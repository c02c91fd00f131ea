"""A trigger in a participle clause about a kind of people whose sentence goes on to tell what
such people must do states a norm (scope._norm_relative): read without an error (its participle
test once called a lexicon pattern's ``match`` with an end it does not take: a 2.5 MB Russian
long text of the benchmark failed to extract), and only where the clause names no date, number
or name."""

from __future__ import annotations

from awol.extract.scope import _norm_relative, _rules
from awol.extract.sentences import clause_bounds

NORM = "Военнослужащий, самовольно оставивший часть, обязан явиться в комендатуру."
DATED = "Военнослужащий, самовольно оставивший часть 5 мая, обязан явиться в комендатуру."


def _read(text: str) -> bool:
    s = text.index("оставивший")
    cs, ce = clause_bounds(text, s)
    return _norm_relative(text, s, s + len("оставивший"), cs, ce, _rules("ru"))


def test_participle_clause_of_a_norm() -> None:
    assert _read(NORM) is True
    assert _read(DATED) is False  # (a date: a happening)
