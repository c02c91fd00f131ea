"""awol evaluate's figure scoring: value match, and source / as_of accuracy of matched figures."""

from __future__ import annotations

from awol.evaluate.events import format_report, score


def _doc(figures: list[dict]) -> dict:
    return {"id": "d", "language": "en", "events": [], "figures": figures}


def test_matched_figures_score_source_and_as_of():
    gold = _doc(
        [
            {"value": 49000, "source": "IStories", "as_of": "2024"},
            {"value": 1200, "source": "Mediazona", "as_of": "2023-05"},
            {"value": 300, "source": None, "as_of": None},
        ]
    )
    pred = _doc(
        [
            {"value": 49100, "source": "the outlet IStories", "as_of": "2024", "evidence": {}},
            {"value": 1200, "source": None, "as_of": "2023", "evidence": {}},
            {"value": 300, "source": None, "as_of": None, "evidence": {}},
        ]
    )
    res = score([gold], [pred])
    f = res["figures"]
    assert (f["tp"], f["fp"], f["fn"]) == (3, 0, 0)
    assert f["field_accuracy"] == {"source": round(2 / 3, 3), "as_of": round(2 / 3, 3)}
    assert "accuracy on matched figures: source 0.667, as_of 0.667" in format_report(res)
    # how each field went: the 1200 figure lost its source (missing) and got a coarser date
    assert f["field_counts"]["source"] == {"right": 2, "wrong": 0, "missing": 1, "extra": 0}
    assert f["field_counts"]["as_of"] == {"right": 2, "wrong": 1, "missing": 0, "extra": 0}
    brief = format_report(res, details=False)
    assert "matched-figure fields right/wrong/missing/extra: source 2/0/1/0, as_of 2/1/0/0" in brief


def test_a_figure_field_given_where_gold_has_none_is_extra():
    gold = _doc([{"value": 10, "source": None, "as_of": None}])
    pred = _doc([{"value": 10, "source": "TASS", "as_of": "2024", "evidence": {}}])
    counts = score([gold], [pred])["figures"]["field_counts"]
    assert counts["source"]["extra"] == counts["as_of"]["extra"] == 1


def test_no_matched_figures_have_no_field_accuracy():
    res = score([_doc([{"value": 5, "source": "X"}])], [_doc([])])
    assert res["figures"]["field_accuracy"] == {"source": None, "as_of": None}
