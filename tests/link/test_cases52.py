"""Round 52 (cases52): a further group's flight whose sentence says it is another case ("In a
separate case, six more ...") is not tied into the story before it (``cases.story_ties``)."""

from __future__ import annotations

from awol.link import Linker
from awol.link.cases import story_ties
from awol.link.story_fit import doc_feats


def _ev(type_: str, count: int, evidence: str, **kw: object) -> dict:
    e = {"type": type_, "date": None, "date_text": None, "place_text": None, "country": None,
         "region": None, "count": count, "count_qualifier": "exact", "who": None, "names": [],
         "armed": None, "source": None, "evidence": evidence}  # fmt: skip
    e.update(kw)
    return e


FIRST = ("Forty-two former inmates serving in an assault detachment have abandoned their "
         "positions near the front with their rifles, a news site reported.")  # fmt: skip
HUNT = "Border police in the Belgorod region were told to watch for the men."
SEPARATE = ("In a separate case, six more ex-convicts fled a unit near Avdiivka, and four "
            "of them were later caught at a checkpoint.")  # fmt: skip
FURTHER = "Six more ex-convicts of the same detachment fled the next night."


def _doc(third: str) -> list[dict]:
    return [
        _ev("desertion", 42, FIRST, who="former inmates", armed=True),
        _ev("wanted", 42, HUNT, region="RU-BEL"),
        _ev("desertion", 6, third, who="ex-convicts"),
    ]


def _ties(third: str) -> list[tuple[int, int]]:
    feats = doc_feats(_doc(third), "c52-01", "2025-03-10")
    return story_ties(feats, [[0, 1], [2]])


def test_separate_case_is_not_a_further_part_of_the_story() -> None:
    assert _ties(SEPARATE) == []


def test_a_further_group_of_the_story_stays_tied() -> None:
    assert _ties(FURTHER) == [(0, 2)]


def test_linker_keeps_the_separate_case_apart() -> None:
    text = "\n\n".join([FIRST, HUNT, SEPARATE])
    doc = {"id": "c52-02", "url": "https://x.example/1", "outlet": "X", "language": "en",
           "published": "2025-03-10", "title": "Convicts desert", "figures": [],
           "events": [dict(e, evidence={"text": e["evidence"], "start": text.index(
               e["evidence"]), "end": text.index(e["evidence"]) + len(e["evidence"])})
               for e in _doc(SEPARATE)]}  # fmt: skip
    lk = Linker()
    lk.add([doc])
    assert not [(a, b) for a, b in lk.case_links if {a[1], b[1]} == {0, 2}]


# ---- a case is not joined through a story group when the two cases' flights lie more than a
# month apart (``components.Components._build_cases``, FLIGHT_GAP); test_link38's reports, the
# mobilised men's flight moved to September


def _september() -> tuple[dict, dict]:
    from .test_link38 import R, _dated, _doc
    from .test_probes import _ev as ev

    fled = "Во вторник, 2 сентября, 31 мобилизованный самовольно ушёл с полигона под Сердобском."
    mr = _doc("m-ru", "2025-09-04", [
        _dated(ev("desertion", fled, count=31, region=R, who="мобилизованный"), "2025-09-02"),
        ev("wanted", "Все 31 человек объявлены в розыск.", count=31, region=R),
    ])  # fmt: skip
    caught = ("В воскресенье в Никольске задержали девятерых из 31 мобилизованного, ушедших "
              "с полигона под Сердобском.")  # fmt: skip
    kr = _doc("k-ru", "2025-11-10", [
        _dated(ev("detention", caught, count=9, region=R, who="мобилизованного"), "2025-11-09"),
        ev("desertion", caught, count=31, region=R, who="мобилизованного"),
    ])  # fmt: skip
    return mr, kr


def test_a_story_group_of_flights_months_apart_does_not_join_their_cases() -> None:
    from .test_link38 import _bridge, _contract, _link

    mr, kr = _september()
    cr, _ = _contract("военнослужащих", "servicemen")
    inc, case = _link([mr, cr, _bridge("servicemen"), kr])
    assert inc[("b-en", 2)] == inc[("k-ru", 0)]
    assert inc[("b-en", 0)] == inc[("c-ru", 0)]
    assert case[("k-ru", 0)] == case[("m-ru", 0)]
    assert case[("c-ru", 0)] != case[("k-ru", 0)]
