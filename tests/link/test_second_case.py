"""An article tells its story, then another case as background ("In a separate case ...",
"Earlier, a court in Tver sentenced a soldier who ...", "Another deserter ...", "Ранее ...",
"Аналогичный случай ..."): the later event starts a story of its own instead of continuing the
latest one by its order alone (``cases.second_case``), so a cross-document link of either story
does not carry the other into its case.  Invented articles in the styles of news reports (EN
and RU), not sentences of the corpus; the events are what an extraction that missed the second
case's flight would give (an unnamed detention or sentence), the hard case for the grouping."""

from __future__ import annotations

from awol.link import Linker
from awol.link.features import document_features, event_records


def _ev(typ: str, text: str, *, count: int | None = 1, region: str | None = None,
        names: list[str] | None = None, who: str | None = None,
        place: str | None = None) -> dict:  # fmt: skip
    return {"type": typ, "date": None, "date_text": None, "place_text": place,
            "country": region.split("-")[0] if region else None, "region": region,
            "count": count, "count_qualifier": "exact" if count else None, "who": who,
            "names": names or [], "armed": None, "source": None,
            "evidence": {"text": text, "start": 0, "end": len(text)}}  # fmt: skip


def groups(events: list[dict]) -> list[int]:
    return [f.group for f in document_features(event_records(events, "d", "2024-06-10"))]


# --- English -----------------------------------------------------------------------------
FLED = _ev("desertion", "A 23-year-old contract soldier fled his unit in the Belgorod region "
           "in March.", region="RU-BEL", who="contract soldier")  # fmt: skip
CAUGHT = _ev("detention", "Police detained him at a relative's house in Voronezh last week.",
             region="RU-VOR")  # fmt: skip


def test_en_a_separate_case_is_another_story():
    other = _ev("sentence", "In a separate case, the Rostov garrison court sentenced a mobilised "
                "serviceman to six years for leaving his unit.", region="RU-ROS")  # fmt: skip
    assert groups([FLED, CAUGHT, other]) == [0, 0, 1]
    similar = _ev("detention", "A similar case was reported in Kursk, where a conscript was "
                  "caught at the railway station.", region="RU-KRS")  # fmt: skip
    assert groups([FLED, CAUGHT, similar]) == [0, 0, 1]
    first = _ev("detention", "This is not the first such case: in April, military police "
                "detained a paratrooper in Kazan.", region="RU-TA")  # fmt: skip
    assert groups([FLED, CAUGHT, first]) == [0, 0, 1]


def test_en_background_told_as_earlier_of_other_people():
    earlier = _ev("sentence", "Earlier, a court in Tver sentenced a soldier who had gone AWOL "
                  "from a training ground to five years in a penal colony.")  # fmt: skip
    assert groups([FLED, CAUGHT, earlier]) == [0, 0, 1]
    last_year = _ev("detention", "Last year, border guards detained a mobilised man trying to "
                    "cross into Kazakhstan.")  # fmt: skip
    assert groups([FLED, CAUGHT, last_year]) == [0, 0, 1]


def test_en_earlier_of_the_storys_people_continues_it():
    wanted = _ev("wanted", "Earlier, he had been put on the federal wanted list.")
    assert groups([FLED, CAUGHT, wanted]) == [0, 0, 0]
    the = _ev("wanted", "Previously, the soldier was declared wanted by the military police.")
    assert groups([FLED, CAUGHT, the]) == [0, 0, 0]
    # the same group of people, by its count ("Earlier, media reported that 18 ...")
    held = _ev("detention", "Border guards detained 18 soldiers near the village.", count=18)
    fled18 = _ev("desertion", "Earlier, media reported that 18 soldiers had deserted a unit "
                 "near the border.", count=18)  # fmt: skip
    assert groups([held, fled18]) == [0, 0]


def test_en_another_deserter_after_one_mans_story():
    another = _ev("detention", "Another deserter, a 40-year-old contract serviceman, was "
                  "detained in the Tyumen region on Monday.", region="RU-TYU")  # fmt: skip
    assert groups([FLED, CAUGHT, another]) == [0, 0, 1]
    # of a group's story, one more of the group
    seven = _ev("desertion", "Seven servicemen left their unit near Soledar.", count=7)
    three = _ev("detention", "Three of them were detained on Tuesday.", count=3)
    one_more = _ev("detention", "Another deserter was detained on Friday.")
    assert groups([seven, three, one_more]) == [0, 0, 0]
    # a flight of unknown count is no evidence of one person
    unknown = dict(seven, count=None)
    assert groups([unknown, one_more]) == [0, 0]


# --- Russian -----------------------------------------------------------------------------
RU_CAUGHT = _ev("detention", "В Новосибирске задержали военнослужащего, самовольно оставившего "
                "воинскую часть.", region="RU-NVS")  # fmt: skip
RU_CASE = _ev("prosecution", "Против него возбуждено уголовное дело.")


def test_ru_background_of_another_case():
    earlier = _ev("sentence", "Ранее Новосибирский гарнизонный военный суд приговорил к пяти "
                  "годам колонии контрактника, который не вернулся из отпуска.")  # fmt: skip
    assert groups([RU_CAUGHT, RU_CASE, earlier]) == [0, 0, 1]
    similar = _ev("detention", "Аналогичный случай произошёл в Курской области: там задержали "
                  "мобилизованного, сбежавшего с полигона.", region="RU-KRS")  # fmt: skip
    assert groups([RU_CAUGHT, RU_CASE, similar]) == [0, 0, 1]
    other_case = _ev("sentence", "В другом случае суд назначил рядовому три года условно.")
    assert groups([RU_CAUGHT, RU_CASE, other_case]) == [0, 0, 1]
    last_year = _ev("detention", "В прошлом году в Томской области задержали призывника, "
                    "уклонявшегося от службы.", region="RU-TOM")  # fmt: skip
    assert groups([RU_CAUGHT, RU_CASE, last_year]) == [0, 0, 1]


def test_ru_background_of_the_same_people_continues():
    recall = _ev("wanted", "Напомним, ранее его объявили в федеральный розыск.")
    assert groups([RU_CAUGHT, RU_CASE, recall]) == [0, 0, 0]
    fled = _ev("desertion", "Семь военнослужащих самовольно покинули часть в ДНР.", count=7)
    five = _ev("detention", "Пятерых из них уже задержали.", count=5)
    shot = _ev("death", "Ещё один дезертир был застрелен сослуживцами.")
    assert groups([fled, five, shot]) == [0, 0, 0]


def test_ru_another_soldier_after_one_mans_story():
    one = _ev("desertion", "Контрактник сбежал из части в Курской области.", region="RU-KRS")
    caught = _ev("detention", "Его задержали через неделю.")
    another = _ev("detention", "Ещё одного военнослужащего задержали в Брянске.",
                  region="RU-BRY")  # fmt: skip
    assert groups([one, caught, another]) == [0, 0, 1]


def _doc(i: str, events: list[dict], lang: str = "en") -> dict:
    text = " ".join(e["evidence"]["text"] for e in events) + f" Report {i} ends here."
    return {"id": i, "url": f"https://x.example/{i}", "outlet": f"Outlet {i}",
            "published": "2024-06-10", "language": lang, "title": f"Report {i}", "text": text,
            "events": events, "figures": []}  # fmt: skip


def test_the_background_case_does_not_join_the_storys_case():
    """Two reports of the Rostov sentence, and an article telling the Belgorod flight with the
    Rostov sentence as background: the sentence links across reports, the cases stay two."""
    rostov = _ev("sentence", "In a separate case, the Rostov garrison court sentenced a "
                 "mobilised serviceman to six years for leaving his unit.", region="RU-ROS",
                 who="mobilised serviceman")  # fmt: skip
    rostov_b = _ev("sentence", "The Rostov garrison military court sentenced a mobilised "
                   "serviceman to six years in a penal colony for desertion.", region="RU-ROS",
                   who="mobilised serviceman")  # fmt: skip
    belgorod_b = _ev("detention", "A contract soldier who fled his unit in the Belgorod region "
                     "in March was detained in Voronezh.", region="RU-VOR",
                     who="contract soldier")  # fmt: skip
    lk = Linker()
    lk.add([_doc("a", [FLED, CAUGHT, rostov]), _doc("b", [rostov_b]), _doc("c", [belgorod_b])])
    case_of = {(d, int(i)): c["case_id"] for c in lk.cases() for inc in lk.incidents()
               if inc["case_id"] == c["case_id"] for d, i in inc["events"]}  # fmt: skip
    assert case_of[("a", 2)] != case_of[("a", 0)]
    assert case_of[("a", 0)] == case_of[("a", 1)]


def test_en_a_person_introduced_with_the_indefinite_article_is_another_story():
    """A manhunt, then a detention in the same region of a man the sentence introduces ("a ...
    soldier who"): English tells a person told before as "he" or "the paratrooper"."""
    sought = _ev("wanted", "Military police in the Pskov region have put a 31-year-old "
                 "paratrooper on the wanted list after he failed to return from leave.",
                 region="RU-PSK")  # fmt: skip
    other = _ev("detention", "On Monday, officers in Pskov detained a 25-year-old contract "
                "soldier who had fled a unit in the Kursk region in May.", region="RU-PSK")  # fmt: skip
    assert groups([sought, other]) == [0, 1]
    same = _ev("detention", "The paratrooper was detained in Pskov on Monday.", region="RU-PSK")
    assert groups([sought, same]) == [0, 0]
    him = _ev("detention", "Officers detained him at a friend's flat in Pskov on Monday.",
              region="RU-PSK")  # fmt: skip
    assert groups([sought, him]) == [0, 0]
    # a higher court restating the case ("the Supreme Court ruled that a serviceman who ...")
    fled = _ev("desertion", "The serviceman did not return to his unit after treatment.")
    first = _ev("sentence", "A garrison court gave him a suspended sentence.")
    supreme = _ev("sentence", "The Supreme Court ruled that a serviceman who failed to return "
                  "after treatment deserves five years in prison.")  # fmt: skip
    assert groups([fled, first, supreme]) == [0, 0, 0]


def test_more_ways_to_say_another_case():
    """Connectives before the earlier time ("Also earlier this year", "А ранее", "Кроме того,
    в прошлом году") and other words for a similar case ("Another such case occurred",
    "Подобный случай", "Ещё один случай")."""
    en = [
        _ev(
            "sentence",
            "Also earlier this year, a court in Omsk sentenced a conscript who "
            "had deserted to four years.",
        ),  # fmt: skip
        _ev(
            "detention",
            "Another such case occurred in Kursk, where police caught a paratrooper at a bus stop.",
            region="RU-KRS",
        ),  # fmt: skip
        _ev("sentence", "Similarly, a garrison court in Chita gave a private three years."),
    ]
    for ev in en:
        assert groups([FLED, CAUGHT, ev]) == [0, 0, 1], ev["evidence"]["text"]
    ru = [
        _ev(
            "sentence",
            "А ранее гарнизонный суд приговорил контрактника, не вернувшегося из "
            "отпуска, к двум годам колонии.",
        ),  # fmt: skip
        _ev(
            "detention",
            "Кроме того, в прошлом году в Омске задержали мобилизованного, "
            "уклонявшегося от службы.",
            region="RU-OMS",
        ),  # fmt: skip
        _ev(
            "detention",
            "Подобный случай произошёл в Забайкалье: полиция задержала рядового на вокзале.",
            region="RU-ZAB",
        ),  # fmt: skip
        _ev("sentence", "Ещё один случай дезертирства суд рассмотрел в Чите."),
    ]
    for ev in ru:
        assert groups([RU_CAUGHT, RU_CASE, ev]) == [0, 0, 1], ev["evidence"]["text"]
    # a connective before words that refer back: the story goes on
    also = _ev("wanted", "А ранее его объявили в розыск.")
    assert groups([RU_CAUGHT, RU_CASE, also]) == [0, 0, 0]
