"""A flight the sentence tells of the man it introduces, read off its words (round 37, link37):
"detained a serviceman who had left his unit", «задержали 29-летнего военного, самовольно
оставившего часть ещё в июле».  After a manhunt story that has told no flight, such an event is
another man's (``story_rules.flight_of_its_own``) -- but only when the extraction gave the
flight; dropped, or read as another type (a search, a detention), the event joined the manhunt
on its order alone, and with it the other man's case.  ``story_rules.clause_flight_of_its_own``
reads the sentence (``own_flight.yaml``).  Invented wording, not the probes'."""

from __future__ import annotations

import pytest

from awol.link.case_markers import mark_after_others
from awol.link.features import document_features, event_records
from awol.link.own_flight import clause_flight

from .test_probes import _ev

RU_HUNT = "Полиция Тверской области разыскивает двух военнослужащих по контракту, сообщает УМВД."
RU_OTHER = ("Также в среду в Ржеве сотрудники военной полиции задержали 29-летнего военного, "
            "самовольно оставившего часть ещё в июле.")  # fmt: skip
RU_OTHER_REL = ("В четверг в Торжке задержали военнослужащего, который в июне не вернулся в часть "
                "из отпуска.")  # fmt: skip
RU_ONE_OF = "Одного из них, самовольно оставившего часть в понедельник, задержали в Ржеве."
EN_HUNT = (
    "Police in the Tver region are searching for two contract soldiers, the regional ministry said."
)
EN_OTHER = ("On Wednesday, military police in Rzhev detained a 29-year-old serviceman who had "
            "been absent from his unit since July.")  # fmt: skip
EN_BACK = "The soldiers, who had left their unit on Monday, were detained in Rzhev on Wednesday."


def _placed(events: list[dict]) -> tuple[list[dict], str]:
    text = " ".join(dict.fromkeys(e["evidence"]["text"] for e in events))
    out = []
    for e in events:
        start = text.index(e["evidence"]["text"])
        out.append({**e, "evidence": {**e["evidence"], "start": start,
                                      "end": start + len(e["evidence"]["text"])}})  # fmt: skip
    return out, text


def _groups(events: list[dict]) -> list[int]:
    placed, text = _placed(events)
    recs = event_records(placed, "d", "2026-08-14")
    mark_after_others(recs, text)
    return [f.group for f in document_features(recs)]


def test_a_flight_clause_of_the_person_the_sentence_introduces():
    assert clause_flight(RU_OTHER)
    assert clause_flight(RU_OTHER_REL)
    assert clause_flight(EN_OTHER)
    assert clause_flight("Police detained a conscript who walked out of a training ground.")
    assert not clause_flight(RU_HUNT)
    assert not clause_flight(EN_HUNT)
    assert not clause_flight("On Wednesday, he was detained in Rzhev.")
    assert not clause_flight("В среду его задержали в Ржеве.")


@pytest.mark.parametrize(
    "hunt, other, region", [(RU_HUNT, RU_OTHER, "RU-TVE"), (RU_HUNT, RU_OTHER_REL, "RU-TVE"),
                            (EN_HUNT, EN_OTHER, "RU-TVE")], ids=["ru-participle", "ru-which", "en-who"],
)  # fmt: skip
@pytest.mark.parametrize("flight", [None, "wanted", "detention", "desertion"])
def test_a_detention_whose_sentence_tells_its_own_flight_is_not_the_manhunt_s(
    hunt, other, region, flight
):
    """Whatever the extraction made of the detained man's flight -- nothing, a search, a second
    detention, or the flight itself (as before) -- his detention starts a story of its own; the
    manhunt of the two contract soldiers told before it is not his."""
    events = [
        _ev("wanted", hunt, count=2, region=region, who="contract soldiers"),
        _ev("detention", other, region=region),
    ]
    if flight:
        events.append(_ev(flight, other, region=None))
    g = _groups(events)
    assert g[1] != g[0]
    if flight:
        assert g[2] == g[1]


@pytest.mark.parametrize("text", [RU_ONE_OF, EN_BACK], ids=["ru-one-of", "en-the-soldiers"])
def test_a_sentence_that_refers_back_stays_with_the_manhunt(text):
    """ "One of them", "the soldiers": the detention is of the hunted men, whatever flight its
    sentence tells of them."""
    events = [
        _ev("wanted", RU_HUNT if text == RU_ONE_OF else EN_HUNT, count=2, region="RU-TVE"),
        _ev("detention", text, count=1 if text == RU_ONE_OF else 2, region="RU-TVE"),
    ]
    g = _groups(events)
    assert g[1] == g[0]
