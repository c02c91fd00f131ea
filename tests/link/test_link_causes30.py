"""The lost pairs' field errors (``link_causes.field_errors``): what the extraction said
differently from gold in the events of the incident pairs with both events extracted that stay
apart -- counts only, printed by ``awol evaluate --brief`` (round 30)."""

from __future__ import annotations

from awol.evaluate.link_causes import field_errors, format_causes
from awol.evaluate.linking import link_and_score


def test_field_errors():
    gold = {"date": "2025-11-04", "region": "RU-TVE", "country": "RU", "count": 1,
            "names": ["Artyom Zuev"]}  # fmt: skip
    same = {"date": "2025-11-04", "region": "RU-TVE", "country": "RU", "count": 1,
            "names": ["Zuev"]}  # fmt: skip
    assert field_errors(gold, same) == set()
    bad = {"date": "2025-07", "region": None, "country": "LV", "count": 2, "names": []}
    assert field_errors(gold, bad) == {"date wrong", "region missing", "country wrong",
                                       "count wrong", "names missing"}  # fmt: skip
    other = {**same, "names": ["Rustem Gainullin"]}
    assert field_errors(gold, other) == {"names other"}
    assert field_errors({**gold, "names": [], "region": None}, same) == {"names extra",
                                                                          "region extra"}  # fmt: skip


def test_the_lost_pairs_field_errors_are_counted_and_printed():
    def ev(date: str, dt: str) -> dict:
        return {"type": "sentence", "date": date, "date_text": dt, "place_text": None,
                "country": "RU", "region": "RU-TVE", "count": 1, "count_qualifier": "exact",
                "who": "contract soldier", "names": [], "armed": None, "source": None,
                "evidence": "The Tver garrison court sentenced a contract soldier to six years."}  # fmt: skip

    gold = [{"id": "a", "language": "en", "published": "2025-11-05",
             "events": [ev("2025-11-04", "on Tuesday")]},
            {"id": "b", "language": "en", "published": "2025-11-06",
             "events": [ev("2025-11-04", "The day before")]}]  # fmt: skip
    preds = [gold[0], {**gold[1], "events": [ev("2025-07", "The day before")]}]
    incidents = [{"incident": "x", "events": [["a", 0], ["b", 0]]}]
    r = link_and_score(gold, incidents=incidents, cases=None, predictions=preds,
                       alignment=[("a", 0, 0), ("b", 0, 0)])  # fmt: skip
    c = r["incident_causes"]
    assert c["causes"] == {"vetoed (gold-linked)": 1}, c
    assert c["fields_wrong"] == {"date wrong": 1}
    assert "the extraction missed or got wrong (pairs): date wrong 1" in "\n".join(format_causes(c))
