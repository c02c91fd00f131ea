"""Round 51 (cases51): the evidence read off the extracted events alone (the article seems to
tell one story, ``single``; the next stage of the story told just before, ``sequence``) is no
evidence for an event whose own sentence opens on a move to a further item and introduces a
person of its own (an age, a flight told in a clause), reading nobody back
(:func:`awol.link.story_evidence.says_other`).  The extraction that loses the second man's name
is what makes the article look like one story.  Invented sentences; unnamed events (the names
lost), as unseen text gives them."""

from __future__ import annotations

from tests.link.helpers import story_groups


def groups(text: str, events: list[tuple], language: str = "ru") -> list[int]:
    return story_groups(text, events, language, "2025-11-04")


RU_FLED = "В понедельник из части под Курском ушёл военнослужащий."
RU_SOUGHT = "Его объявили в розыск."
RU_STORY = [
    ("desertion", RU_FLED, {"region": "RU-KRS"}),
    ("wanted", RU_SOUGHT, {"region": "RU-KRS"}),
]


def test_a_further_item_with_a_man_of_its_own_starts_a_story_ru():
    other = ("Также во вторник в Орле полицейские задержали 35-летнего военного, который в мае "
             "не вернулся в часть из отпуска.")  # fmt: skip
    text = f"Хроника\n\n{RU_FLED} {RU_SOUGHT}\n\n{other}"
    g = groups(text, [*RU_STORY, ("detention", other, {})])
    assert g[0] == g[1] != g[2]


def test_a_second_case_said_with_an_age_starts_a_story_ru():
    other = "Это уже второй за месяц случай: в субботу в Орле задержали 35-летнего военного."
    text = f"Хроника\n\n{RU_FLED} {RU_SOUGHT} {other}"
    g = groups(text, [*RU_STORY, ("detention", other, {})])
    assert g[0] == g[1] != g[2]


def test_a_further_item_with_a_man_of_its_own_starts_a_story_en():
    fled = "On Monday a serviceman walked out of his unit near Kursk."
    sought = "Police put him on the wanted list."
    # (the man's name the extraction did not give)
    other = ("On the same day, military police in Oryol detained Private Anton Reshetko, 35, "
             "who had failed to return from leave in May.")  # fmt: skip
    text = f"Roundup\n\n{fled} {sought}\n\n{other}"
    events = [("desertion", fled, {"region": "RU-KRS"}), ("wanted", sought, {"region": "RU-KRS"}),
              ("detention", other, {})]  # fmt: skip
    g = groups(text, events, "en")
    assert g[0] == g[1] != g[2]


def test_a_further_item_that_reads_the_story_back_stays():
    # «его» reads the man told before: the story's own next stage, whatever the opener
    caught = "Также во вторник его задержали в Орле."
    text = f"Хроника\n\n{RU_FLED} {RU_SOUGHT} {caught}"
    g = groups(text, [*RU_STORY, ("detention", caught, {"region": "RU-ORL"})])
    assert g[0] == g[1] == g[2]


def test_an_opener_without_a_man_of_its_own_stays():
    # "the search for the others goes on": no age, no flight of its own -- the story's manhunt
    fled = "Двое военнослужащих в понедельник ушли из части под Курском."
    search = "Тем временем поиски беглецов продолжаются."
    text = f"Хроника\n\n{fled} {search}"
    events = [("desertion", fled, {"region": "RU-KRS", "count": 2}),
              ("wanted", search, {"region": "RU-KRS", "count": 2})]  # fmt: skip
    g = groups(text, events)
    assert g[0] == g[1]
