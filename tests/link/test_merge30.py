"""The incident-merge constraints (two regions, countries or service statuses with nothing in
common, and no name) are for chains: a link between two single events has weighed their own
disagreement already (``region_diff``, ``country_diff``, ``class_disagree``) and passed the
threshold, so it is not vetoed again; a third event joining them still is
(``components._Summary.compatible``; round 30: a country the extraction read off "у границы
с Латвией" kept a strongly linked detention apart)."""

from __future__ import annotations

from awol.link.components import _Summary
from awol.link.features import document_features, event_records


def _feat(doc: str, country: str, region: str | None, who: str = "contract soldiers"):
    ev = {"type": "detention", "date": "2025-11-16", "date_text": "on Sunday",
          "place_text": None, "country": country, "region": region, "count": 2,
          "count_qualifier": "exact", "who": who, "names": [], "armed": None, "source": None,
          "evidence": {"text": "Two contract soldiers were detained on Sunday.", "start": 0,
                       "end": 46}}  # fmt: skip
    return document_features(event_records([ev], doc, "2025-11-17"))[0]


def test_two_single_events_are_not_vetoed_again():
    a = _Summary(_feat("a", "RU", "RU-PSK"), "a")
    b = _Summary(_feat("b", "LV", None), "b")
    assert a.compatible(b)
    c = _Summary(_feat("c", "RU", "RU-PSK", who="mobilised soldiers"), "c")
    assert c.compatible(b)


def test_a_chain_is_still_vetoed():
    a = _Summary(_feat("a", "RU", "RU-PSK"), "a")
    a2 = _Summary(_feat("a2", "RU", "RU-PSK"), "a2")
    ab = a.merge(a2)
    b = _Summary(_feat("b", "LV", None), "b")
    assert not ab.compatible(b)
    assert not b.compatible(ab)
    # nothing against it: joined
    assert ab.compatible(_Summary(_feat("d", "RU", None), "d"))
