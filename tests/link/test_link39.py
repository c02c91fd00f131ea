"""Two groups of one status and one region that left two units a week apart (round 39, link39;
blind link split `v`): «ещё» / "another" before the second group's flight says a further case of
the region, not a further part of the first group's story, when the two flights name two places
or two days (``cases._two_waves``, read by ``cases.story_ties``).

Invented wording, not the probes'."""

from __future__ import annotations

from awol.link import Linker
from awol.link.cases import story_ties
from awol.link.features import document_features, event_records


def _ev(typ: str, evidence: str, *, count: int | None = None, region: str | None = "RU-SAR",
        who: str | None = None, place: str | None = None, date: str | None = None,
        date_text: str | None = None) -> dict:  # fmt: skip
    return {"type": typ, "date": date, "date_text": date_text, "place_text": place,
            "country": region.split("-")[0] if region else None, "region": region,
            "count": count, "count_qualifier": "exact" if count else None, "who": who,
            "names": [], "armed": None, "source": None,
            "evidence": {"text": evidence, "start": 0, "end": len(evidence)}}  # fmt: skip


PUB = "2025-11-14"
S1 = "Энгельс. Двоих из шести контрактников, ушедших из части 4 ноября, задержали в Саратове."
S2 = "Балашов. В среду, 12 ноября, из части в Балашове ушли ещё восемь военнослужащих по контракту."
S3 = "В пятницу пятерых из них задержали в Ртищеве."


def _digest(*, first_place: str | None = None, first_date: str | None = "2025-11-04",
            first_text: str | None = "4 ноября", second_date: str | None = "2025-11-12",
            second_text: str | None = "В среду, 12 ноября",
            second_place: str | None = "Балашове") -> list[dict]:  # fmt: skip
    return [
        _ev("detention", S1, count=2, who="контрактников", place="Саратове", date="2025-11",
            date_text=None),
        _ev("desertion", S1, count=6, who="контрактников", place=first_place, date=first_date,
            date_text=first_text),
        _ev("desertion", S2, count=8, who="военнослужащих по контракту", place=second_place,
            date=second_date, date_text=second_text),
        _ev("detention", S3, count=5, place="Ртищеве", date="2025-11-14",
            date_text="В пятницу"),
    ]  # fmt: skip


def _ties(events: list[dict]) -> list[tuple[int, int]]:
    feats = document_features(event_records(events, "d", PUB))
    groups: dict[int, list[int]] = {}
    for n, f in enumerate(feats):
        groups.setdefault(f.group, []).append(n)
    return story_ties(feats, list(groups.values()))


def test_two_flights_told_to_the_day_a_week_apart_are_two_cases():
    # one status (contract soldiers), one region; the first flight names no place of its own
    assert _ties(_digest()) == []


def test_two_places_part_them_whatever_the_status_in_common():
    undated = _digest(first_place="части под Энгельсом", first_date=None, first_text=None,
                      second_date=None, second_text=None)  # fmt: skip
    assert _ties(undated) == []


def test_a_further_group_of_the_same_days_or_of_weak_dates_is_still_tied():
    # the next day: a second wave of one story
    assert _ties(_digest(second_date="2025-11-05", second_text="на следующий день",
                         second_place=None)) != []  # fmt: skip
    # told to the day but two days apart, no places: one story
    assert _ties(_digest(second_date="2025-11-06", second_text="6 ноября",
                         second_place=None)) != []  # fmt: skip
    # a date the event holds weakly (no words of its own) says nothing
    assert _ties(_digest(second_text=None, second_place=None)) != []
    # undated, no places: as before
    assert _ties(_digest(first_date=None, first_text=None, second_date=None, second_text=None,
                         second_place=None)) != []  # fmt: skip


def _doc(did: str, events: list[dict], lang: str = "ru") -> dict:
    text = " ".join(dict.fromkeys(e["evidence"]["text"] for e in events))
    out = []
    for e in events:
        s = text.index(e["evidence"]["text"])
        out.append({**e, "evidence": {"text": e["evidence"]["text"], "start": s,
                                      "end": s + len(e["evidence"]["text"])}})  # fmt: skip
    return {"id": did, "url": f"https://{did}.example", "outlet": did, "published": PUB,
            "language": lang, "title": did, "text": text, "events": out, "figures": []}  # fmt: skip


def test_the_two_groups_cases_stay_apart_across_reports():
    digest = _doc("digest", _digest())
    e1 = ("Six contract soldiers deserted their unit near Engels in the Saratov region on "
          "Tuesday, Nov. 4, police said.")  # fmt: skip
    first = _doc("wire", [_ev("desertion", e1, count=6, who="contract soldiers", place="Engels",
                              date="2025-11-04", date_text="on Tuesday, Nov. 4")], "en")  # fmt: skip
    e2 = ("Eight contract soldiers left their unit in Balashov on Wednesday, Nov. 12, the "
          "police said.")  # fmt: skip
    second = _doc("local", [_ev("desertion", e2, count=8, who="contract soldiers",
                                place="Balashov", date="2025-11-12",
                                date_text="on Wednesday, Nov. 12")], "en")  # fmt: skip
    lk = Linker()
    lk.add([digest, first, second])
    case_of: dict[tuple[str, int], str] = {}
    for i in lk.incidents():
        for d, k in i["events"]:
            case_of[(d, k)] = i.get("case_id") or i["incident_id"]
    # each report's flight is in its own group's case
    assert case_of[("wire", 0)] == case_of[("digest", 1)]
    assert case_of[("local", 0)] == case_of[("digest", 2)]
    assert case_of[("wire", 0)] != case_of[("local", 0)]


# --- an undated event of a report written a year later (``incidents._name_keys``, "late") ---

DET_RU = ("Во вторник, 12 августа, военная полиция задержала в Великих Луках срочника Егора "
          "Малахова, который 5 августа самовольно покинул часть в Острове.")  # fmt: skip
VERDICT_EN = ("A garrison court in Pskov on Thursday gave Yegor Malakhov, a conscript who left his "
              "unit in Ostrov last August and was found a week later at his aunt's flat in "
              "Velikiye Luki, an 18-month suspended sentence.")  # fmt: skip


def _named(typ: str, text: str, name: str, place: str, date: str | None = None,
           date_text: str | None = None) -> dict:  # fmt: skip
    return {**_ev(typ, text, count=1, region="RU-PSK", who="conscript", place=place, date=date,
                  date_text=date_text), "names": [name]}  # fmt: skip


def _year_later() -> tuple[dict, dict]:
    early = _doc("early", [_named("detention", DET_RU, "Егора Малахова", "Великих Луках",
                                  "2025-08-12", "Во вторник, 12 августа")])  # fmt: skip
    early["published"] = "2025-08-14"
    late = _doc("late", [_named("sentence", VERDICT_EN, "Yegor Malakhov", "Pskov", "2026-09-10",
                                "on Thursday"),
                         _named("detention", VERDICT_EN, "Yegor Malakhov", "Velikiye Luki")],
                "en")  # fmt: skip
    late["published"] = "2026-09-11"
    return early, late


def _incident_of(lk: Linker) -> dict[tuple[str, int], str]:
    return {(d, k): i["incident_id"] for i in lk.incidents() for d, k in i["events"]}


def test_an_undated_detention_told_a_year_later_meets_its_dated_report():
    early, late = _year_later()
    for order in ([early, late], [late, early]):
        lk = Linker()
        for d in order:
            lk.add([d])
        inc = _incident_of(lk)
        assert inc[("early", 0)] == inc[("late", 1)]


def test_the_late_keys_are_symmetric():
    from awol.link.incidents import index_keys, query_keys

    early, late = _year_later()
    a = document_features(event_records(early["events"], "early", early["published"]))[0]
    b = document_features(event_records(late["events"], "late", late["published"]))[1]
    assert b.date is None
    ab = bool(set(query_keys(a)) & set(index_keys(b)))
    ba = bool(set(query_keys(b)) & set(index_keys(a)))
    assert ab and ba
    # two years and more apart: not compared
    far = {**early["events"][0], "date": "2023-06-12"}
    c = document_features(event_records([far], "early", "2023-06-14"))[0]
    assert not set(query_keys(c)) & set(index_keys(b))
    assert not set(query_keys(b)) & set(index_keys(c))


# --- "last August" / «прошлым летом»: a year the writer may not mean gives way to the name ---


def test_a_last_month_date_of_the_wrong_year_gives_way_to_the_name():
    early, late = _year_later()
    fled_ru = _named("desertion", DET_RU, "Егора Малахова", "Острове", "2025-08-05", "5 августа")
    early["events"].append({**fled_ru, "evidence": early["events"][0]["evidence"]})
    # the extraction resolved "last August" (a report of September 2026) to 2026
    fled_en = _named("desertion", VERDICT_EN, "Yegor Malakhov", "Ostrov", "2026-08", "last August")
    late["events"].append({**fled_en, "evidence": late["events"][0]["evidence"]})
    lk = Linker()
    lk.add([early, late])
    inc = _incident_of(lk)
    assert inc[("early", 1)] == inc[("late", 2)]
    # "in August" resolved so is the event's own month: two happenings, as before
    late2 = {**late, "events": [*late["events"][:2],
                                {**late["events"][2], "date_text": "in August"}]}  # fmt: skip
    lk = Linker()
    lk.add([early, late2])
    inc = _incident_of(lk)
    assert inc[("early", 1)] != inc[("late", 2)]
