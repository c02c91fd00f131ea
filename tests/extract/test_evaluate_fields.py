"""Scoring of the fields of matched events: exact fields, and those given "as written" (who,
names, source) compared as words.  Invented examples."""

from __future__ import annotations

from awol.evaluate.events import FIELDS, same_field, score


def test_scored_fields_cover_the_schema_actor_and_source() -> None:
    assert {"who", "names", "source"} <= set(FIELDS)


def test_names_match_across_inflection_but_not_other_people() -> None:
    assert same_field("names", ["Пётр Сидоров"], ["Петра Сидорова"])
    assert same_field("names", ["Oleg Tamm"], ["Tamm"])
    assert same_field("names", [], None)
    assert not same_field("names", ["Alexander Kotov"], ["Alexander Belkin"])
    assert not same_field("names", ["Oleg Tamm", "Ivan Rebane"], ["Oleg Tamm"])
    assert not same_field("names", [], ["Oleg Tamm"])


def test_who_and_source_share_most_words() -> None:
    assert same_field("who", "two conscripts from the Tver region", "two conscripts")
    assert same_field("who", None, None)
    assert not same_field("who", "conscripts", None)
    assert same_field("source", "the regional court's press service", "press service")
    assert not same_field("source", "police", "the governor")


def test_field_accuracy_counts_word_fields() -> None:
    ev = "Two conscripts deserted from a base near Tver on May 3, police said."
    gold = [{"id": "x", "events": [{"type": "desertion", "evidence": ev, "date": "2024-05-03",
             "count": 2, "region": "RU-TVE", "country": "RU", "armed": None,
             "who": "two conscripts", "names": [], "source": "police"}]}]  # fmt: skip
    pred = [{"id": "x", "events": [{"type": "desertion", "evidence": {"text": ev},
             "date": "2024-05-03", "count": 2, "region": "RU-TVE", "country": "RU",
             "armed": None, "who": "conscripts", "names": ["Oleg Tamm"], "source": None}]}]  # fmt: skip
    acc = score(gold, pred)["field_accuracy"]
    assert acc["who"] == 1.0 and acc["names"] == 0.0 and acc["source"] == 0.0
    assert acc["date"] == acc["count"] == 1.0


def test_field_counts_split_disagreements_into_wrong_and_missing() -> None:
    ev = "Two conscripts deserted from a base near Tver on May 3, police said."
    gold = [{"id": "x", "events": [{"type": "desertion", "evidence": ev, "date": "2024-05-03",
             "count": 2, "region": "RU-TVE", "country": "RU", "armed": None,
             "who": "two conscripts", "names": [], "source": "police"}]}]  # fmt: skip
    pred = [{"id": "x", "events": [{"type": "desertion", "evidence": {"text": ev},
             "date": "2024-05-04", "count": None, "region": "RU-TVE", "country": "RU",
             "armed": None, "who": "conscripts", "names": ["Oleg Tamm"], "source": None}]}]  # fmt: skip
    counts = score(gold, pred)["field_counts"]
    assert counts["date"] == {"right": 0, "wrong": 1, "missing": 0}
    assert counts["count"] == {"right": 0, "wrong": 0, "missing": 1}
    assert counts["region"] == {"right": 1, "wrong": 0, "missing": 0}
    assert counts["names"] == {"right": 0, "wrong": 1, "missing": 0}
    assert counts["source"] == {"right": 0, "wrong": 0, "missing": 1}
