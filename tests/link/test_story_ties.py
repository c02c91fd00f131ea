"""Two flights an article tells as one story ("39 convicts fled ... A further 7 runaways,
all ex-convicts, escaped"; a brigade's 1,700 and "another 50") are one CASE, as the gold
cases hold them, but stay two story groups and two incidents (``cases.story_ties``)."""

from __future__ import annotations

from awol.link import Linker
from awol.link.cases import story_ties
from awol.link.features import document_features, event_records


def _ev(typ: str, evidence: str, *, count: int | None = None, region: str | None = None,
        who: str | None = None, names: list[str] | None = None,
        place: str | None = None) -> dict:  # fmt: skip
    return {"type": typ, "date": None, "date_text": None, "place_text": place,
            "country": region.split("-")[0] if region else None, "region": region,
            "count": count, "count_qualifier": "exact" if count else None, "who": who,
            "names": names or [], "armed": None, "source": None,
            "evidence": {"text": evidence, "start": 0, "end": len(evidence)}}  # fmt: skip


def _ties(events: list[dict]) -> list[tuple[int, int]]:
    feats = document_features(event_records(events, "d", "2023-05-28"))
    groups: dict[int, list[int]] = {}
    for n, f in enumerate(feats):
        groups.setdefault(f.group, []).append(n)
    return story_ties(feats, list(groups.values()))


FIRST = _ev("desertion", "39 deserters, all of them ex-prisoners, abandoned the detachment near "
            "Lysychansk.", count=39, region="UA-09", who="deserters")  # fmt: skip
ANOTHER = _ev("desertion", "Another 7 deserters, all former convicts, escaped from their "
              "battalion in the DPR.", count=7, region="UA-14", who="deserters")  # fmt: skip


def test_a_further_group_of_the_same_people_is_tied_across_regions():
    # the descriptor class (convicts: "prisoners", "former criminals") is said by the sentences
    assert _ties([FIRST, ANOTHER]) == [(0, 1)]


def test_a_further_group_without_a_class_needs_no_contradiction():
    a = _ev("desertion", "1,700 soldiers of the brigade deserted.", count=1700, who="soldiers")
    b = _ev("desertion", "In October another 50 soldiers deserted during training.", count=50,
            who="soldiers")  # fmt: skip
    assert _ties([a, b]) == [(0, 1)]
    # another region and nothing in common: two stories of a roundup
    a2 = dict(a, region="RU-ROS", country="RU")
    b2 = dict(b, region="RU-BEL", country="RU")
    assert _ties([a2, b2]) == []
    # places that differ, in one region ("in Arapivka 90 ...; in Svatove another 40 fled")
    a3 = dict(a, region="UA-09", place_text="Arapivka")
    b3 = dict(b, region="UA-09", place_text="Svatove")
    assert _ties([a3, b3]) == []


def test_no_tie_without_the_word_that_tells_a_further_group():
    plain = dict(ANOTHER, evidence={"text": "Meanwhile, 7 former criminals fled a unit in the "
                                            "DPR.", "start": 0, "end": 50})  # fmt: skip
    assert _ties([FIRST, plain]) == []
    # "more than" is a quantity, not a further group
    more = dict(ANOTHER, evidence={"text": "More than 7 former criminals fled a unit in the "
                                           "DPR.", "start": 0, "end": 50})  # fmt: skip
    assert _ties([FIRST, more]) == []
    ru = dict(ANOTHER, evidence={"text": "Ещё семь бывших заключенных сбежали из части в ДНР.",
                                 "start": 0, "end": 50})  # fmt: skip
    assert _ties([FIRST, ru]) == [(0, 1)]


def test_no_tie_for_named_people_single_people_or_one_count():
    named = dict(ANOTHER, names=["Ivan Petrov"], count=1)
    assert _ties([FIRST, named]) == []
    one = dict(ANOTHER, count=1)  # one soldier: the story of one man, not a group's
    assert _ties([FIRST, one]) == []
    same = dict(ANOTHER, count=39)  # the same count: the same flight told again, not a further
    assert _ties([FIRST, same]) == []


def _doc(i: str, events: list[dict], lang: str = "en") -> dict:
    text = " ".join(e["evidence"]["text"] for e in events) + f" Report {i} ends here."
    return {"id": i, "url": f"https://x.example/{i}", "outlet": f"Outlet {i}",
            "published": "2023-05-28", "language": lang, "title": f"Report {i}", "text": text,
            "events": events, "figures": []}  # fmt: skip


def test_the_linker_puts_both_flights_in_one_case_and_two_incidents():
    lk = Linker()
    lk.add([_doc("a", [FIRST, ANOTHER])])
    incs = lk.incidents() if hasattr(lk, "incidents") else []
    cases = lk.cases()
    (case,) = [c for c in cases if "a" in c["documents"]]
    assert len(case["incidents"]) == 2
    assert {i["type"] for i in incs if i["case_id"] == case["case_id"]} == {"desertion"}
    # the timeline counts the two flights: 46 fled
    assert case["status"]["fled"] == 46
    # the groups stay two: the 7's story context does not take the 39's region
    feats = document_features(event_records([FIRST, ANOTHER], "a", "2023-05-28"))
    assert feats[0].group != feats[1].group
    assert "UA-09" not in feats[1].ctx_regions


def _canon(lk: Linker) -> tuple:
    import json

    incs = sorted((i["incident_id"], tuple(map(tuple, i["events"])), i["case_id"])
                  for i in lk.incidents())  # fmt: skip
    return incs, sorted(json.dumps(c, sort_keys=True) for c in lk.cases())


def test_reports_of_either_flight_meet_in_one_case_incrementally_as_in_batch():
    import json

    both = _doc("a", [FIRST, ANOTHER])
    only39 = _doc("b", [_ev("desertion", "A group of 39 armed convicts of Storm Z fled from "
                            "Lysychansk.", count=39, region="UA-09", who="convicts",
                            place="Lysychansk")])  # fmt: skip
    only7 = _doc("c", [_ev("desertion", "Seven former prisoners fled a unit near Soledar with "
                           "their weapons.", count=7, region="UA-14", who="former prisoners",
                           place="Soledar")])  # fmt: skip
    batch = Linker()
    batch.add([both, only39, only7])
    (case,) = [c for c in batch.cases() if "a" in c["documents"]]
    assert {"a", "b", "c"} <= set(case["documents"])
    inc = Linker()
    inc.add([only7])
    inc = Linker.from_state(json.loads(json.dumps(inc.state())))
    inc.add([only39])
    inc = Linker.from_state(json.loads(json.dumps(inc.state())))
    inc.add([both])
    assert _canon(inc) == _canon(batch)


def test_a_higher_courts_ruling_on_a_sentence_stays_in_the_story():
    """A second sentence is another story, unless either is a higher court's ruling (appeal,
    cassation, the Supreme Court): the same person's case (``cases._appeal``)."""

    def groups(events: list[dict]) -> list[int]:
        return [f.group for f in document_features(event_records(events, "d", "2024-02-01"))]

    fled = _ev("desertion", "A mobilised soldier left his unit in May.", count=1)
    first = _ev("sentence", "The garrison court gave him a suspended sentence.", count=1)
    appeal = _ev("sentence", "The appellate court overturned it and sent him to a penal colony "
                 "for five years.", count=1)  # fmt: skip
    ru = _ev("sentence", "Апелляционный суд заменил ему наказание на пять лет колонии.", count=1)
    other = _ev("sentence", "Another soldier was sentenced to six years.", count=1)
    assert groups([fled, first, appeal]) == [0, 0, 0]
    assert groups([fled, first, ru]) == [0, 0, 0]
    assert groups([fled, first, other]) == [0, 0, 1]
    # named other people stay apart whatever the court
    named = dict(appeal, names=["Ivan Petrov"])
    assert groups([dict(fled, names=["Oleg Sidorov"]), first, named])[2] != 0
