"""Round 49 (cases49): one article, two people's cases -- what parts them in the story grouping.

An explainer that tells its cases under place headings, a court's week whose second verdict
the extraction gave only by its flight, a relative of the man told before, and a group's flight
after one man's story.  The tests give the linker whole documents with their text and the
events' offsets (as the extraction gives them)."""

from __future__ import annotations

from tests.link.helpers import story_groups


def groups(text: str, events: list[tuple], language: str = "en") -> list[int]:
    """The story groups of one document (:func:`tests.link.helpers.story_groups`)."""
    return story_groups(text, events, language, "2025-11-04")


# -- place headings -------------------------------------------------------------------------

STAYED = "A 31-year-old mobilised man went home on leave in February 2024 and never went back."
HID = "He hid at a relative's house in a village, where officers were searching for him."
HELD = "He was detained there in May."


def test_an_explainer_s_next_place_heading_starts_another_man_s_story():
    # the second section's man ran from a hospital (a sentence the extraction missed); "he"
    # reads him, not the first section's man
    text = (f"Running home: stories of two soldiers\n\nPskov region\n\n{STAYED}\n\n"
            f"Republic of Tuva\n\nA mobilised soldier slipped out of a military hospital last "
            f"summer. {HID} {HELD}")  # fmt: skip
    mob = {"who": "mobilised man"}
    events = [("desertion", STAYED, {"date": "2024-02", **mob}), ("wanted", HID, mob),
              ("detention", HELD, mob)]  # fmt: skip
    g = groups(text, events)
    assert g[1] == g[2] != g[0]


def test_a_russian_explainer_s_heading_parts_the_stories_too():
    stayed = "31-летний мобилизованный в феврале 2024 года уехал в отпуск и не вернулся в часть."
    hid = "Он прятался у родственников в селе, где его искали военные."
    held = "В мае его задержали."
    text = (f"Истории беглецов\n\nПсковская область\n\n{stayed}\n\nТыва\n\n"
            f"Мобилизованный прошлым летом ушёл из военного госпиталя. {hid} {held}")
    events = [("desertion", stayed, {"date": "2024-02"}), ("wanted", hid, {}),
              ("detention", held, {})]  # fmt: skip
    g = groups(text, events, "ru")
    assert g[1] == g[2] != g[0]


def test_a_name_its_sentence_writes_crosses_a_heading():
    first = "Mobilised soldier Oleg Vetrov did not return from leave in February."
    later = "Vetrov was detained in Kazan in May."
    text = f"Two runaways\n\nPskov region\n\n{first}\n\nTatarstan\n\n{later}"
    events = [("desertion", first, {"names": ["Oleg Vetrov"]}),
              ("detention", later, {"names": ["Oleg Vetrov"], "region": "RU-TA"})]  # fmt: skip
    g = groups(text, events)
    assert g[0] == g[1]


def test_a_caption_or_a_word_line_is_no_heading():
    # a line that is no place's name (a photo credit, a rubric) parts nothing
    text = f"Soldier caught\n\n{STAYED}\n\nPhoto: archive\n\n{HID} {HELD}"
    events = [("desertion", STAYED, {}), ("wanted", HID, {}), ("detention", HELD, {})]
    g = groups(text, events)
    assert g[0] == g[1] == g[2]


# -- a verdict told with a flight the extraction gave alone ---------------------------------

FIRST = "Гарнизонный суд в Кургане приговорил к трём годам рядового, который полгода не появлялся в части."
SECOND = ("Тот же суд назначил условный срок мобилизованному, самовольно покинувшему часть "
          "в ноябре.")  # fmt: skip


def test_a_flight_told_in_another_verdict_s_sentence_is_not_the_first_verdict_s():
    caught = "Его задержали в Шадринске."
    text = f"Суды за неделю\n\n12 марта. {FIRST}\n\n13 марта. {SECOND} {caught}"
    events = [("sentence", FIRST, {"region": "RU-KGN"}),
              ("desertion", SECOND, {"date": "2024-11", "who": "мобилизованному"}),
              ("detention", caught, {"region": "RU-KGN", "who": "мобилизованному"})]  # fmt: skip
    g = groups(text, events, "ru")
    assert g[0] != g[1] == g[2]


def test_the_sentenced_man_s_own_flight_told_with_him_stays():
    # "he" reads the man sentenced: the verdict words there are his own verdict's
    first = "A garrison court in Kurgan jailed a private for three years on Monday."
    own = "He was sentenced for leaving his unit in November and hiding at home."
    text = f"Private jailed\n\n{first} {own}"
    events = [("sentence", first, {"region": "RU-KGN"}), ("desertion", own, {})]
    g = groups(text, events)
    assert g[0] == g[1]


# -- a relative of the man told before ------------------------------------------------------

JAILED = "A court in Kursk jailed contract soldier Pavel Lomov for six years on Tuesday."
BROTHER = "His older brother was detained in Tver last year and is awaiting trial."


def test_a_relative_s_arrest_is_not_the_story_s_man_s():
    # the extraction carried the man's name into his brother's sentence
    text = f"Deserter jailed\n\n{JAILED} {BROTHER}"
    events = [("sentence", JAILED, {"names": ["Pavel Lomov"], "region": "RU-KRS"}),
              ("detention", BROTHER, {"names": ["Pavel Lomov"], "region": "RU-TVE"})]  # fmt: skip
    g = groups(text, events)
    assert g[0] != g[1]


def test_a_russian_relative_s_search_is_his_own():
    jailed = "Гарнизонный суд в Курске приговорил к шести годам колонии контрактника Павла Ломова."
    brother = "Его старший брат тоже находится в розыске за самовольное оставление части."
    text = f"В Курске осудили контрактника\n\n{jailed}\n\n{brother}"
    events = [("sentence", jailed, {"names": ["Павел Ломов"], "region": "RU-KRS"}),
              ("wanted", brother, {"names": ["Павел Ломов"]})]  # fmt: skip
    g = groups(text, events, "ru")
    assert g[0] != g[1]


def test_brothers_who_fled_together_stay_one_story():
    fled = "Two brothers, mobilised soldiers from Omsk, left their unit together in March."
    older = "The older brother was detained in Tyumen a week later."
    younger = "His younger brother is still wanted."
    text = f"Brothers on the run\n\n{fled} {older} {younger}"
    events = [("desertion", fled, {"count": 2}), ("detention", older, {"region": "RU-TYU"}),
              ("wanted", younger, {})]  # fmt: skip
    g = groups(text, events)
    assert g[0] == g[1] == g[2]


# -- a group's flight after one man's story -------------------------------------------------

ONE = "Little is known of Lomov's trial; his term of two years was suspended."
DOZEN = ("Some twelve injured contract servicemen ran from a base outside Omsk once they "
         "heard they were being returned to the front.")  # fmt: skip


def test_a_group_s_flight_is_not_the_flight_of_the_one_man_sentenced():
    text = f"Courts and runaways\n\n{ONE}\n\n{DOZEN}"
    events = [("sentence", ONE, {"names": ["Ivan Lomov"]}),
              ("desertion", DOZEN, {"count": 12, "region": "RU-OMS"})]  # fmt: skip
    g = groups(text, events)
    assert g[0] != g[1]


def test_one_man_s_flight_with_others_said_back_stays():
    with_him = "He and three other soldiers had fled the unit near Omsk in May."
    text = f"Corporal sentenced\n\n{ONE} {with_him}"
    events = [("sentence", ONE, {"names": ["Ivan Lomov"]}), ("desertion", with_him, {"count": 4})]
    g = groups(text, events)
    assert g[0] == g[1]


# -- a search with a flight of its own after the story's man was caught ---------------------

TULA = "В Туле задержали контрактника, который в январе ушёл из части."
KALUGA = "В Калуге полиция разыскивает контрактника, не вернувшегося из отпуска."


def test_a_search_in_another_region_with_its_own_flight_after_the_catch_is_another_man_s():
    text = f"Хроника\n\n{TULA} {KALUGA}"
    events = [("detention", TULA, {"region": "RU-TUL", "who": "контрактника"}),
              ("desertion", TULA, {"date": "2024-01", "who": "контрактника"}),
              ("wanted", KALUGA, {"region": "RU-KLU", "who": "контрактника"})]  # fmt: skip
    g = groups(text, events, "ru")
    assert g[0] == g[1] != g[2]


def test_the_search_for_the_man_caught_said_back_stays():
    sought = "До этого его разыскивала полиция Калуги, откуда он не вернулся из отпуска."
    text = f"Хроника\n\n{TULA} {sought}"
    events = [("detention", TULA, {"region": "RU-TUL"}), ("desertion", TULA, {}),
              ("wanted", sought, {"region": "RU-KLU"})]  # fmt: skip
    g = groups(text, events, "ru")
    assert g[0] == g[1] == g[2]


# -- another rank or unit number than the one man's story says ------------------------------

PRIVATE = "Псковский гарнизонный суд приговорил к пяти годам колонии рядового, который в марте ушёл из части."


def test_a_sergeant_caught_after_a_private_s_verdict_is_another_man():
    sergeant = "Сержанта той же части задержали в Пскове в апреле."
    text = f"Суд в Пскове\n\n{PRIVATE}\n\n{sergeant}"
    events = [("sentence", PRIVATE, {"region": "RU-PSK"}), ("desertion", PRIVATE, {"date": "2024-03"}),
              ("detention", sergeant, {"region": "RU-PSK", "date": "2024-04"})]  # fmt: skip
    g = groups(text, events, "ru")
    assert g[0] == g[1] != g[2]


def test_another_unit_number_is_another_man():
    first = ("Псковский гарнизонный суд приговорил к пяти годам колонии военнослужащего "
             "воинской части 12345, который в марте ушёл из части.")  # fmt: skip
    other = "Военнослужащего части 54321 задержали в Пскове."
    text = f"Суд в Пскове\n\n{first}\n\n{other}"
    events = [("sentence", first, {"region": "RU-PSK"}), ("desertion", first, {}),
              ("detention", other, {"region": "RU-PSK"})]  # fmt: skip
    g = groups(text, events, "ru")
    assert g[0] == g[1] != g[2]


def test_the_rank_of_whoever_caught_him_says_nothing_of_him():
    # "he" reads the private back; the sergeant is the military policeman
    caught = "He was detained in Pskov in April by a sergeant of the military police."
    first = "A garrison court in Pskov jailed a private for five years for leaving his unit in March."
    text = f"Pskov court\n\n{first} {caught}"
    events = [("sentence", first, {"region": "RU-PSK"}), ("desertion", first, {}),
              ("detention", caught, {"region": "RU-PSK"})]  # fmt: skip
    g = groups(text, events)
    assert g[0] == g[1] == g[2]
