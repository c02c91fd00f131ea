"""Why a case's timeline is wrong (evaluate.linking._timeline_causes)."""

from __future__ import annotations

from awol.evaluate.linking import STATUS_FIELDS, _timeline_causes


def _row(doc: str, **kw: int) -> dict:
    return {"document": doc, **dict.fromkeys(STATUS_FIELDS, 0), **kw}


def test_a_report_adding_nothing_to_the_case_is_missing() -> None:
    gold = [_row("a", fled=7, at_large=7), _row("b", fled=7, detained=3, at_large=4)]
    pred = {"a": _row("a", fled=7, at_large=7)}
    errors = [{"document": "b", "field": "detained", "gold": 3, "predicted": 0}]
    assert _timeline_causes(errors, pred, gold) == ["report missing"]


def test_counts_over_under_and_missing_statuses() -> None:
    gold = [_row("a", fled=12, detained=7, at_large=5)]
    pred = {"a": _row("a", fled=12, detained=11, at_large=1)}
    errors = [{"document": "a", "field": "detained", "gold": 7, "predicted": 11},
              {"document": "a", "field": "at_large", "gold": 5, "predicted": 1}]  # fmt: skip
    assert _timeline_causes(errors, pred, gold) == ["counted over", "at large"]
    errors = [{"document": "a", "field": "died", "gold": 1, "predicted": 0}]
    assert _timeline_causes(errors, pred, gold) == ["status missing"]
    assert _timeline_causes([], pred, gold) == []


def test_the_same_rows_after_other_reports_are_order() -> None:
    gold = [_row("a", fled=1, at_large=1), _row("b", fled=1, detained=1)]
    pred = {"a": _row("a", fled=1, detained=1), "b": _row("b", fled=1, at_large=1)}
    errors = [{"document": "a", "field": "detained", "gold": 0, "predicted": 1}]
    assert _timeline_causes(errors, pred, gold) == ["order"]
