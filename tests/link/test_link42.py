"""Round 42 (link42): what an English sentence must share with a manhunt story told without its
flight to be its detention.

Test's false case pairs (its ``--brief`` aggregate) are one English article's detention joined on
a region alone to the flightless manhunt story told before it.  English marks the hunted man
caught ("the soldier", "he", "the fugitive"); a detention told with an unmarked noun phrase
("rounded up 37 soldiers who ...", "detained Russian servicemen") is of other people
(``story_rules.unmarked_after_manhunt``).  Russian, with no article, is not read."""

from __future__ import annotations

from awol.link.features import document_features, event_records


def _ev(typ: str, text: str, *, count: int | None = 1, region: str | None = "RU-KRS",
        who: str | None = None, at: int = 0) -> dict:  # fmt: skip
    return {"type": typ, "date": None, "date_text": None, "place_text": None,
            "country": "RU" if region else None, "region": region, "count": count,
            "count_qualifier": "exact" if count else None, "who": who, "names": [],
            "armed": None, "source": None,
            "evidence": {"text": text, "start": at, "end": at + len(text)}}  # fmt: skip


def groups(events: list[dict]) -> list[int]:
    return [f.group for f in document_features(event_records(events, "d", "2026-03-10"))]


HUNT = _ev("wanted", "Police in the Kursk region are combing the border districts for a "
           "missing serviceman, officials said on Thursday.", who="serviceman")  # fmt: skip


def _caught(text: str, count: int | None = None, who: str | None = None) -> dict:
    return _ev("detention", text, count=count, who=who, at=300)


def test_an_unmarked_detention_after_a_flightless_manhunt_is_another_story():
    for text, n in (
        ("Also in the Kursk region, military police have rounded up 37 soldiers who bolted "
         "from a training ground in August.", 37),
        ("On Monday, border guards in the Kursk region detained Russian servicemen trying to "
         "reach the frontier.", None),
    ):  # fmt: skip
        assert groups([HUNT, _caught(text, n)]) == [0, 1], text


def test_the_hunted_man_caught_stays_in_his_story():
    for text in (
        "On Monday, military police in Kursk detained the serviceman at a bus station.",
        "He was detained on Monday at a bus station in Kursk.",
        "Officers found the fugitive in a village near Kursk on Monday.",
        "The paratrooper was caught in Kursk on Monday.",
        "On Monday, the 20-year-old was found at a bus station in Kursk.",
    ):
        assert groups([HUNT, _caught(text, 1)]) == [0, 0], text
    # a group's manhunt and a detention of as many people: the hunted
    two = _ev("wanted", "Police in the Kursk region are searching for two missing conscripts.",
              count=2, who="conscripts")  # fmt: skip
    text = "On Monday, military police detained two conscripts at a bus station in Kursk."
    assert groups([two, _caught(text, 2, "conscripts")]) == [0, 0]
    # fewer than the manhunt is for: maybe one of them (round 41's reading)
    text = "On Monday, military police detained one deserter at a bus station in Kursk."
    assert groups([two, _caught(text, 1)]) == [0, 0]


def test_a_russian_bare_noun_is_not_read():
    hunt = _ev("wanted", "Полиция Курской области объявила в розыск военнослужащего.",
               who="военнослужащего")  # fmt: skip
    text = "В понедельник военнослужащего задержали на автовокзале в Курске."
    assert groups([hunt, _caught(text, 1)]) == [0, 0]
