"""The pair features of the linking score (awol.link.score): what each side says, what agrees,
what contradicts; and the blocking of dated against undated reports."""

from __future__ import annotations

from awol.link import incidents as _inc
from awol.link.features import features
from awol.link.score import pair_features
from awol.link.text import coarse_places, drop_region_words, full_name_match, place_keys


def rec(doc, type_="desertion", date=None, region=None, country="RU", count=1, names=(),
        who=None, place=None, published=None, idx=0):  # fmt: skip
    return {"doc": doc, "idx": idx, "type": type_, "date": date, "region": region,
            "country": country, "count": count, "count_qualifier": "exact" if count else None,
            "names": list(names), "who": who, "place_text": place, "armed": None,
            "published": published, "evidence": ""}  # fmt: skip


def test_full_name_match_needs_the_same_first_name():
    assert full_name_match(["Semyon Chetvergin"], ["Семен Четвергин"])
    assert full_name_match(["Dmitry Moriginenko"], ["Dmitry Morzinenko"])  # one letter apart
    assert not full_name_match(["Chetvergin"], ["Semyon Chetvergin"])  # surname only
    assert not full_name_match(["Ivan Chetvergin"], ["Semyon Chetvergin"])
    x = pair_features(features(rec("a", names=["Semyon Chetvergin"])),
                      features(rec("b", names=["Семен Четвергин"])))  # fmt: skip
    assert x["name"] == 1.0 and x["name_full"] == 1.0
    x = pair_features(features(rec("a", names=["Chetvergin"])),
                      features(rec("b", names=["Семен Четвергин"])))  # fmt: skip
    assert x["name"] == 1.0 and "name_full" not in x


def test_place_words_that_restate_the_region_are_not_a_shared_place():
    assert drop_region_words(place_keys("в Ростовской области"), "RU-ROS") == set()
    assert drop_region_words(place_keys("the Rostov region"), "RU-ROS") == set()
    kept = drop_region_words(place_keys("the village of Bryanka in the Luhansk region"), "UA-09")
    assert kept == place_keys("Bryanka")
    # without the region, the region's name is the only place evidence there is: kept
    assert drop_region_words(place_keys("the Rostov region"), None) == place_keys("Rostov")
    a = features(rec("a", region="RU-ROS", place="В Ростове"))
    b = features(rec("b", region="RU-ROS", place="в Ростовской области"))
    x = pair_features(a, b)
    assert x["region_same"] == 1.0 and "place" not in x and "place_city" not in x


def test_a_big_city_is_a_coarse_place():
    assert coarse_places(place_keys("в Москве")) == place_keys("в Москве")
    assert coarse_places(place_keys("Novosibirsk")) == place_keys("Novosibirsk")
    assert coarse_places(place_keys("Soledar")) == set()
    a = features(rec("a", region=None, place="Novosibirsk"))
    b = features(rec("b", region=None, place="Новосибирске"))
    assert "place_city" in pair_features(a, b)
    a = features(rec("a", region=None, place="Kochenevo"))
    b = features(rec("b", region=None, place="Коченево"))
    assert "place" in pair_features(a, b)


def test_counts_evolve_but_far_apart_contradict():
    def counts(m, n):
        return {k for k in pair_features(features(rec("a", count=m)), features(rec("b", count=n)))
                if k.startswith("count")}  # fmt: skip

    assert counts(1700, 1700) == {"count_same_many", "count_same_big"}
    assert counts(6, 6) == {"count_same_many"}
    assert counts(10, 12) == {"count_near"}
    assert counts(20, 37) == {"count_conflict"}
    assert counts(2, 3) == {"count_conflict_small"}


def test_markers_and_service_status_are_separate_evidence():
    x = pair_features(features(rec("a", who="a Russian pilot")),
                      features(rec("b", who="российский летчик")))  # fmt: skip
    assert x.get("marker_agree") == 1.0 and "class_agree" not in x
    x = pair_features(features(rec("a", who="a contract soldier")),
                      features(rec("b", who="контрактник")))  # fmt: skip
    assert x.get("class_agree") == 1.0 and "marker_agree" not in x
    x = pair_features(features(rec("a", who="a contract soldier")),
                      features(rec("b", who="мобилизованный")))  # fmt: skip
    assert x.get("class_disagree") == 1.0


def _meet(a, b) -> bool:
    ia, qa, _, _ = _inc.block_keys(a)
    ib, qb, _, _ = _inc.block_keys(b)
    ab, ba = bool(set(qa) & set(ib)), bool(set(qb) & set(ia))
    assert ab == ba  # symmetric by construction
    return ab


def test_a_dated_report_meets_an_undated_one_published_shortly_after():
    dated = features(rec("a", date="2023-08", region="UA-63", published="2024-02-19"))
    soon = features(rec("b", region="UA-63", published="2023-08-23"))
    next_month = features(rec("c", region="UA-63", published="2023-09-30"))
    before = features(rec("d", region="UA-63", published="2023-07-10"))
    later = features(rec("e", region="UA-63", published="2023-12-01"))
    elsewhere = features(rec("f", region="UA-14", published="2023-08-23"))
    assert _meet(dated, soon) and _meet(dated, next_month)
    assert not _meet(dated, before) and not _meet(dated, later) and not _meet(dated, elsewhere)


def test_a_shared_place_word_is_a_shared_region_when_the_regions_are_not_coded():
    a = features(rec("a", country=None, place="через порт Гренсе-Якобсэльв в Финнмарке"))
    b = features(rec("b", country=None, place="недалеко от деревни Гренсе-Якобсэльв"))
    x = pair_features(a, b)
    assert x["place"] == 1.0 and x["region_same"] == 1.0
    # a country's or a wide area's name in common places nobody in one region
    a = features(rec("a", country=None, place="a unit in Siberia"))
    b = features(rec("b", country=None, place="Сибирь"))
    assert "region_same" not in pair_features(a, b)
    a = features(rec("a", country=None, place="в Казахстан"))
    b = features(rec("b", country=None, place="из РФ в Казахстан"))
    x = pair_features(a, b)
    assert "region_same" not in x and x["place_city"] == 1.0
    # coded regions are compared as regions
    a = features(rec("a", region="RU-BEL", place="Korocha"))
    b = features(rec("b", region="RU-KRS", place="Korocha"))
    assert pair_features(a, b)["region_diff"] == 1.0


def test_distinctive_things_said_on_both_sides_and_none_shared():
    a = features(rec("a", region="RU-ROS", place="Novoshakhtinsk"))
    b = features(rec("b", region="RU-ROS", place="Kochenevo"))
    assert pair_features(a, b)["distinct_diff"] == 1.0
    c = features(rec("c", region="RU-ROS"))  # says nothing distinctive: missing, no mismatch
    assert "distinct_diff" not in pair_features(a, c)
    d = features(rec("d", region="RU-ROS", place="Novoshakhtinsk"))
    assert "distinct_diff" not in pair_features(a, d)


def test_a_day_dated_report_meets_an_undated_one_published_within_two_weeks_of_its_day():
    # no region on either side: the country-wide channel; the dated report was published
    # weeks later ("news that a pilot defected emerged in August", in a September article)
    dated = features(rec("a", date="2023-08-09", country="UA", published="2023-09-30"))
    week_after = features(rec("b", country="UA", published="2023-08-16"))
    month_after = features(rec("c", country="UA", published="2023-09-12"))
    before = features(rec("d", country="UA", published="2023-07-20"))
    assert _meet(dated, week_after)
    assert not _meet(dated, month_after) and not _meet(dated, before)
    # its own publication week still counts
    assert _meet(dated, features(rec("e", country="UA", published="2023-09-28")))
    # two day-dated reports meet by their days only
    other_day = features(rec("f", date="2023-08-16", country="UA", published="2023-09-30"))
    assert not _meet(features(rec("g", date="2023-08-01", country="UA")), other_day)


def test_a_place_one_side_codes_and_the_other_only_writes_is_a_word_in_common():
    said = rec("a", country=None, count=50, published="2025-01-08")
    said["evidence"] = ("Teslenko adds that in November, when the brigade was sent to France "
                        "to train, another 50 soldiers deserted.")  # fmt: skip
    coded = rec("b", country="FR", count=50, place="France", published="2025-01-03")
    x = pair_features(features(said), features(coded))
    assert x["tokens"] == 1.0 and "distinct_diff" not in x
    elsewhere = rec("c", country="FR", count=50, place="Marseille", published="2025-01-03")
    x = pair_features(features(said), features(elsewhere))
    assert "tokens" not in x and x["distinct_diff"] == 1.0


def _meet_any(a, b) -> bool:
    """Candidates through any channel, the archive-wide one (events with no time anchor) too."""
    ia, qa, wia, wqa = _inc.block_keys(a)
    ib, qb, wib, wqb = _inc.block_keys(b)
    ab = bool(set(qa) & set(ib)) or bool(set(wqa) & set(wib))
    ba = bool(set(qb) & set(ia)) or bool(set(wqb) & set(wia))
    assert ab == ba  # symmetric by construction
    return ab


def test_an_undated_unplaced_event_meets_through_its_storys_regions():
    # "two more were caught": no date, no publication date, no place of its own; its story
    # (another event of its article) says the DPR
    vague = features(rec("a", type_="detention", country=None, count=2))
    dated = features(rec("b", type_="detention", date="2023-05", region="UA-14", country="UA",
                         count=2, published="2023-05-28"))  # fmt: skip
    assert not _meet_any(vague, dated)
    vague.ctx_regions = frozenset({"UA-14"})
    assert _meet_any(vague, dated)
    vague.ctx_regions = frozenset({"UA-09"})
    assert not _meet_any(vague, dated)
    # two anchorless events do not meet by their stories' regions alone (only by what they say
    # themselves: here two countries)
    one = features(rec("c", type_="detention", country="UA", count=2))
    other = features(rec("d", type_="detention", country="RU", count=2))
    one.ctx_regions = other.ctx_regions = frozenset({"UA-14"})
    assert not _meet_any(one, other)
