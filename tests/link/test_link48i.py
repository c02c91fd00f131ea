"""Round 48 (link48i): two articles telling one story link the events each tells once.

Two reports of one group's flight agree on it (its region, its count) and link; their reports of
the group's detention keep little ("four of them were caught", «большинство из них уже поймали»)
and the pair of detentions has only the story to agree on, under the threshold.  When the two
stories' flights are linked, an event of a type each story tells once is the same happening as
the other's if their pair scores at most ``STORY_MARGIN`` under the threshold and nothing in it
contradicts (``Linker._same_story``).  A verdict or an arrest does not make two stories one (a
court or a police force tells many men's); a pair that contradicts (two small counts, two
regions) stays apart.  Invented reports throughout."""

from __future__ import annotations

from awol.link import Linker


def _ev(typ: str, sentence: str, *, region: str | None = None, count: int | None = None,
        qualifier: str | None = "exact", who: str | None = None, date: str | None = None,
        names: list[str] | None = None, country: str | None = None,
        place: str | None = None) -> dict:  # fmt: skip
    return {"type": typ, "date": date, "date_text": None, "place_text": place,
            "country": country or ("RU" if region else None), "region": region, "count": count,
            "count_qualifier": qualifier if count else None, "who": who, "names": names or [],
            "armed": None, "source": None, "evidence": sentence}  # fmt: skip


FLED_A = ("Seven soldiers walked out of a military unit in the village of Berezovka on Sunday "
          "night and left in two hired cars, the district head said.")  # fmt: skip
CAUGHT_A = "Three of those who fled were detained outside the district."
FLED_B = "Из воинской части в селе Березовка ушли семеро военнослужащих, сообщил глава района."
CAUGHT_B = "Часть беглецов уже задержали."


def _docs(caught_a: dict, caught_b: dict, fled_a: dict | None = None,
          fled_b: dict | None = None) -> list[dict]:  # fmt: skip
    fa = fled_a or _ev("desertion", FLED_A, region="RU-TOM", count=7, who="soldiers",
                       place="the village of Berezovka")  # fmt: skip
    fb = fled_b or _ev("desertion", FLED_B, region="RU-TOM", count=7, who="военнослужащих",
                       place="в селе Березовка")  # fmt: skip
    return [
        {"id": "a", "published": None, "language": "en", "events": [fa, caught_a]},
        {"id": "b", "published": None, "language": "ru", "events": [fb, caught_b]},
    ]


def _linked(docs: list[dict]) -> dict[str, str]:
    lk = Linker()
    lk.add(docs)
    out = {}
    for inc in lk.incidents():
        for d, i in inc["events"]:
            out[f"{d}#{i}"] = inc["incident_id"]
    return out


def test_the_detentions_of_one_group_told_by_two_reports_of_its_flight_link():
    docs = _docs(_ev("detention", CAUGHT_A, count=3, country="RU", who="Three of those"),
                 _ev("detention", CAUGHT_B))  # fmt: skip
    inc = _linked(docs)
    assert inc["a#0"] == inc["b#0"]  # the flights: region and count
    assert inc["a#1"] == inc["b#1"]  # the detentions: their story


def test_the_same_in_either_order_of_the_documents():
    docs = _docs(_ev("detention", CAUGHT_A, count=3, country="RU", who="Three of those"),
                 _ev("detention", CAUGHT_B))  # fmt: skip
    inc = _linked(list(reversed(docs)))
    assert inc["a#1"] == inc["b#1"]


def test_a_detention_that_contradicts_stays_apart():
    # contract soldiers caught, conscripts caught: two detentions, whatever the story
    docs = _docs(_ev("detention", "Three contract soldiers were detained outside the district.",
                     who="contract soldiers"),
                 _ev("detention", "Задержаны срочники.", who="срочники"))  # fmt: skip
    inc = _linked(docs)
    assert inc["a#0"] == inc["b#0"]
    assert inc["a#1"] != inc["b#1"]


def test_a_story_that_tells_the_type_twice_is_not_read_pair_by_pair():
    # the English report tells two detentions of its story: which is the other's is not known
    docs = _docs(_ev("detention", CAUGHT_A, count=3, country="RU"), _ev("detention", CAUGHT_B))
    docs[0]["events"].append(_ev("detention", "Later one more was caught.", count=1))
    inc = _linked(docs)
    assert inc["b#1"] not in (inc["a#1"], inc["a#2"])


def test_two_verdicts_of_one_court_do_not_make_two_stories_one():
    # the anchor must be a flight: a court gives many men's verdicts
    v_a = _ev("sentence", "A garrison court in Tomsk sentenced a private to five years.",
              region="RU-TOM", count=1)  # fmt: skip
    v_b = _ev("sentence", "Томский гарнизонный суд приговорил рядового к пяти годам.",
              region="RU-TOM", count=1)  # fmt: skip
    p_a = _ev("prosecution", "Investigators opened a case against him.", count=1)
    p_b = _ev("prosecution", "Против него возбудили уголовное дело.", count=1)
    inc = _linked(_docs(p_a, p_b, v_a, v_b))
    assert inc["a#1"] != inc["b#1"]
