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


def _inc(type_: str, events: list, count=None, names=(), alts=None) -> dict:  # noqa: ANN001
    inc = {"type": type_, "events": events, "fields": {"count": count, "names": list(names)}}
    if alts:
        inc["disagreements"] = {"count": [{"value": v, "documents": ds} for v, ds in alts]}
    return inc


def test_a_later_report_updates_a_status_instead_of_adding_to_it() -> None:
    from awol.link.timeline import timeline

    pub = {"a": "2024-11-12", "b": "2024-11-13"}
    fled = _inc("desertion", [["a", 0], ["b", 0]], 10, alts=[(10, ["a"]), (12, ["b"])])
    # "four were detained" (a), then "officers caught seven of the men who had run" (b):
    # two counts no incident can join, the second a later state of the same manhunt
    rows = timeline([fled, _inc("detention", [["a", 1]], 4), _inc("detention", [["b", 1]], 7)],
                    pub)  # fmt: skip
    assert [(r["fled"], r["detained"], r["at_large"]) for r in rows] == [(10, 4, 6), (12, 7, 5)]
    # one report telling three caught and then two more: both count
    rows = timeline([fled, _inc("detention", [["a", 1]], 3), _inc("detention", [["a", 2]], 2)],
                    pub)  # fmt: skip
    assert rows[0]["detained"] == 5
    # named people of two reports are each counted once, whatever the counts
    rows = timeline([_inc("detention", [["a", 0]], 1, ["Ivan Petrov"]),
                     _inc("detention", [["b", 0]], 1, ["Oleg Sidorov"])], pub)  # fmt: skip
    assert [r["detained"] for r in rows] == [1, 2]
