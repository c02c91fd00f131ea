"""Round 26 (near26): dates and spurious events of invented real-style text.

Each test fails on main 5a2bf1f: the mechanism it names is what makes it pass."""

from __future__ import annotations

import pytest
from helpers import events, extract, one


def test_a_weekday_after_the_dateline_dates_the_event():
    # the dateline's own date is the report's; a date later in the sentence is the event's
    text = (
        "KAZAN, March 6 (Wire News) - A garrison military court on Wednesday sentenced a "
        "conscript who ran away from his unit near Kazan to two years in a penal colony."
    )
    sentence = one(events(text, "en", "2025-03-06"), "sentence")
    assert sentence.date == "2025-03-05"


_RU_LOSSES = (
    "Из части под Белгородом сбежали трое контрактников, сообщил источник в полиции. "
    "Их ищет военная полиция. "
    "По оценке разведки, за две недели боев погибли или были ранены не менее 400 военных "
    "противника."
)
_EN_LOSSES = (
    "Three contract soldiers fled their unit near Belgorod last week, police said. "
    "Military police are searching for them. "
    "One of them had told his mother that half of his platoon was killed in a single assault. "
    "Officials say more than two thousand men of that army have been killed or wounded."
)


@pytest.mark.parametrize(("text", "lang"), [(_RU_LOSSES, "ru"), (_EN_LOSSES, "en")])
def test_war_losses_are_no_death(text, lang):
    # soldiers killed (or wounded) in the war are not deserters or their pursuers who died
    found = events(text, lang, "2025-03-10")
    assert [e.type for e in found if e.type == "death"] == [], found
    assert any(e.type == "desertion" for e in found)


def test_an_english_sentence_opening_with_a_year_of_history():
    text = (
        "A conscript fled his unit in the Kursk region on Monday, his mother said. "
        "In 1916, the tsar's army executed soldiers who ran from the trenches."
    )
    found = events(text, "en", "2025-03-12")
    assert [e.type for e in found] == ["desertion"], [(e.type, e.evidence.text) for e in found]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "В сентябре в Курске задержали двоих военных, самовольно покинувших часть. "
            "Оба находились в бегах около двух месяцев.",
            "ru",
        ),
        (
            "Two soldiers who left their unit near Kursk were detained in September. "
            "Both were on the run for about two months.",
            "en",
        ),
    ],
)
def test_a_past_stay_on_the_run_with_its_length_is_no_search(text, lang):
    found = events(text, lang, "2025-10-12")
    assert "wanted" not in [e.type for e in found], [(e.type, e.evidence.text) for e in found]
    assert "detention" in [e.type for e in found]


def test_still_on_the_run_is_a_search():
    text = (
        "В сентябре в Курске задержали одного из двоих военных, самовольно покинувших часть. "
        "Второй до сих пор находится в бегах."
    )
    assert "wanted" in [e.type for e in events(text, "ru", "2025-10-12")]


def test_a_part_of_a_group_takes_no_size_of_the_whole():
    # the headline's question carries the group's size by anaphora; "most of them" were caught:
    # how many is not said
    text = (
        "Восемь контрактников сбежали из части под Тверью: сколько беглецов удалось задержать\n\n"
        "В среду восемь контрактников сбежали из воинской части в Тверской области. "
        "Большинство из них уже задержали."
    )
    found = events(text, "ru", "2025-03-12")
    assert one(found, "desertion").count == 8
    assert one(found, "detention").count is None


def test_search_notices_counted_are_a_figure_not_a_search():
    text = (
        "A conscript who ran away from a hospital in Samara was detained on Monday, police said. "
        "Reporters counted search notices for at least 35 such men on regional police websites "
        "in October alone."
    )
    found = extract(text, "en", "2025-11-12")
    assert [f.value for f in found.figures] == [35]
    assert [e.type for e in found.events] == ["detention"]


def test_the_noun_of_the_act_counts_its_people():
    # "Задержание троих из них": the detention's own noun, not whose relative or flat
    text = (
        "В марте пятеро мобилизованных из Тверской области ушли с позиций под Угледаром. "
        "Задержание троих из них в мае прошло спокойно: их сняли с поезда в Воронеже."
    )
    found = events(text, "ru", "2025-06-20")
    assert one(found, "detention").count == 3


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sergei M., 34, left his unit near Donetsk last summer, the group said.", "en"),
        ("Сергей М., 34, самовольно оставил часть под Донецком прошлым летом.", "ru"),
    ],
)
def test_an_age_after_a_name_ending_in_an_initial_is_no_count(text, lang):
    assert one(events(text, lang, "2025-03-12"), "desertion").count == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Из части под Тверью сбежали шестеро срочников. В понедельник четверых из них "
            "задержали в Клину. Позже были задержаны еще двое. Таким образом, задержаны все "
            "шестеро.",
            "ru",
        ),
        (
            "Six conscripts fled a unit near Tver. On Monday, four of them were detained in Klin. "
            "Two more were caught later. All six have now been detained.",
            "en",
        ),
    ],
)
def test_a_total_of_the_happenings_told_is_no_new_one(text, lang):
    found = events(text, lang, "2025-03-12")
    assert sorted(e.count for e in found if e.type == "detention") == [2, 4]


def test_a_total_over_one_told_part_stays():
    # one part told before is no sum: "all six" is the rest caught, told with the total
    text = (
        "Six conscripts fled a unit near Tver. On Monday, four of them were detained in Klin. "
        "By Friday all six had been detained."
    )
    found = events(text, "en", "2025-03-12")
    assert 6 in [e.count for e in found if e.type == "detention"]


def test_wounded_or_captured_is_no_detention():
    from awol.extract.lexicon import get_lexicon
    from awol.extract.scope import not_a_happening

    text = "Their relatives say the men were in fact wounded or captured, not deserters."
    s = text.index("captured")
    e = s + len("captured")
    assert not_a_happening(text, "detention", s, e, get_lexicon("en")) is not None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "В Белгородской области задержали военнослужащего, который самовольно оставил часть "
            "в марте. Родственники добиваются возбуждения уголовного дела о доведении до "
            "самоубийства.",
            "ru",
        ),
        (
            "Police in Belgorod detained a conscript who left his unit in March. Investigators "
            "opened a case of incitement to suicide against his sergeant.",
            "en",
        ),
    ],
)
def test_a_case_of_driving_to_suicide_is_no_desertion_charge(text, lang):
    found = events(text, lang, "2025-03-12")
    assert "prosecution" not in [e.type for e in found], [(e.type, e.evidence.text) for e in found]


def test_a_total_adds_up_only_parts_told_shortly_before_it():
    # parts told more than MERGE_WINDOW sentences before are another story: the total stays (and
    # a long text's cost stays linear: the parts are looked for in that window only)
    far = " ".join(f"Paragraph {k} of the report was about the weather." for k in range(70))
    text = (
        "Six conscripts fled a unit near Tver. On Monday, four of them were detained in Klin. "
        f"Two more were caught later. {far} Six deserters fled a unit near Kursk in May. "
        "All six have now been detained."
    )
    found = events(text, "en", "2025-03-12")
    assert sorted(e.count for e in found if e.type == "detention") == [2, 4, 6]
