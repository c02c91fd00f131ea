"""Round 27 (near27): spurious events of invented real-style text (the blind Russian split e of
tests/extract/probes/articles/ru and the honest sets' spurious events).

Each test of a mechanism fails on main 015afe8; the guards beside them (what must stay an event)
pass on both."""

from __future__ import annotations

import pytest
from helpers import events, of_type, one

# --- an infinitive trigger in a sentence of possibility or necessity (scope._bare_infinitive)

_RU_MAY = (
    "Рядовой Лосев сбежал из части под Тверью в понедельник, сообщила его мать. "
    "«Арестовать такого парня могут прямо на улице, а потом доказывай, что он болен», — "
    "говорит адвокат семьи. "
    "«Объявить в розыск солдата, который опоздал из отпуска, нужно уже на третий день», — "
    "поясняет бывший офицер."
)


def test_an_infinitive_that_may_or_must_be_done_is_no_happening():
    found = events(_RU_MAY, "ru", "2025-05-14")
    assert [e.type for e in found] == ["desertion"], found


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # achieved: "удалось"
        ("Контрактник Савин сбежал из части под Тулой в марте. "
         "В среду полиции удалось задержать беглеца в Туле, ему может грозить срок.",
         "detention"),
        # a plan is not a modal (real/ train rru-027 codes "собираются судить" as a prosecution)
        ("Трое бойцов батальона ещё в прошлом году покинули фронт. "
         "Теперь их собираются судить за дезертирство.",
         "prosecution"),
    ],
)  # fmt: skip
def test_an_achieved_or_planned_infinitive_stays(text, etype):
    assert of_type(events(text, "ru", "2025-05-14"), etype), text


# --- a war of the past opening the sentence; a multitude told by the manner


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("В годы Первой мировой войны, как пишет историк, рядовой Гусев сбежал из полка и "
         "добрался до Тамбова.", "ru"),
        ("В середине 1990-х годов из частей Забайкальского округа солдаты бежали сотнями.",
         "ru"),
        ("During World War II, the museum's curator says, a private named Orlov deserted his "
         "regiment near Tula.", "en"),
    ],
)  # fmt: skip
def test_history_and_multitudes_are_no_happening(text, lang):
    assert events(text, lang, "2025-05-14") == []


# --- the rest of a group still at large, after its search was told (story_filters.rest_at_large)

_RU_REST = (
    "В ночь на четверг четверо мобилизованных самовольно покинули часть в Чебаркуле. "
    "Их разыскивают полиция и военная комендатура. "
    "В субботу двоих из них задержали на трассе под Миассом. "
    "Ещё двое пока остаются в бегах."
)
_EN_REST = (
    "Four mobilized men walked away from their unit in Chebarkul on Thursday night. "
    "Police and the military commandant's office are searching for them. "
    "Two of them were detained on a highway near Miass on Saturday. "
    "The other two are still on the run."
)


@pytest.mark.parametrize(("text", "lang"), [(_RU_REST, "ru"), (_EN_REST, "en")])
def test_the_rest_still_at_large_is_the_search_told_before(text, lang):
    # one search, of the four (not a second one, nor the size of the rest)
    found = events(text, lang, "2025-06-09")
    assert one(found, "wanted").count == 4, found
    assert one(found, "detention").count == 2


def test_the_rest_at_large_with_no_search_told_stays_a_search():
    # no search told before: the state is the only sign of one (real/ train ren-030's reading)
    text = (
        "Four mobilized men walked away from their unit in Chebarkul on Thursday night. "
        "Two of them were detained on a highway near Miass on Saturday. "
        "The other two remain at large, police said."
    )
    assert len(of_type(events(text, "en", "2025-06-09"), "wanted")) == 1


# --- a total told in the headline and the lead before its parts (story_filters.headline_totals)

_EN_HEADLINE = (
    "Two of three soldiers who fled Pskov base detained, third still sought\n\n"
    "PSKOV, June 9 - Police in the Pskov region have detained two of the three paratroopers "
    "who left their base last week, the regional interior ministry said on Monday.\n\n"
    "The three men left the base near Cherekha on the night of June 2, the ministry said.\n\n"
    "One of them was detained on Thursday at a petrol station outside Ostrov. "
    "A second man was detained on Sunday in a flat in Velikiye Luki."
)
_RU_HEADLINE = (
    "Двоих из трёх сбежавших из части под Псковом десантников задержали\n\n"
    "Полиция Псковской области задержала двоих из трёх десантников, покинувших часть на "
    "прошлой неделе, сообщили в понедельник в региональном МВД.\n\n"
    "Трое военнослужащих ушли из части под Черёхой в ночь на 2 июня.\n\n"
    "Одного из них задержали в четверг на заправке под Островом. "
    "Ещё одного задержали в воскресенье в квартире в Великих Луках."
)


@pytest.mark.parametrize(("text", "lang"), [(_EN_HEADLINE, "en"), (_RU_HEADLINE, "ru")])
def test_a_headline_total_of_the_parts_told_after_it_is_no_happening(text, lang):
    found = of_type(events(text, lang, "2025-06-09"), "detention")
    assert sorted(e.count for e in found) == [1, 1], found


# --- counts: a court's number; an anaphor naming its people by the act (anaphor_type)


def test_the_number_of_a_court_is_no_count():
    text = (
        "Рядовой Б. 11 апреля 2024 года не явился в часть из отпуска. "
        "235 гарнизонный военный суд признал его виновным и приговорил к пяти годам колонии."
    )
    assert one(events(text, "ru", "2024-10-07"), "sentence").count == 1


_RU_TYPED = (
    "В Самаре на вокзале задержаны двое контрактников, сообщили в военной прокуратуре. "
    "По данным источника, они ушли из части под Оренбургом вместе с ещё шестью сослуживцами, "
    "всего восемь человек. "
    "Против задержанных возбуждены уголовные дела."
)


def test_an_anaphor_naming_the_detained_counts_the_detention():
    found = events(_RU_TYPED, "ru", "2025-03-06")
    assert one(found, "prosecution").count == 2, found


# --- a subject of two people before the act (argument_counts._pairs)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In March, after their trench was shelled, he and another soldier walked away from "
         "their positions near Vuhledar.", "en"),
        ("Private Orlov and a fellow conscript fled their unit near Tver on Monday.", "en"),
        ("Рядовой Орлов и ещё один срочник сбежали из части под Тверью в понедельник.", "ru"),
        ("В понедельник он и его сослуживец ушли с позиций под Кременной.", "ru"),
    ],
)  # fmt: skip
def test_a_pair_of_people_before_the_act_counts_two(text, lang):
    assert one(events(text, lang, "2025-03-20"), "desertion").count == 2


# --- those who tell are not the people counted (argument_counts._group_anaphor; the Russian case
# passes on main too, its speaker's clause ending before the act: a guard)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Private Maxim Orlov left his unit near Pskov in August. In September officials "
         "phoned his mother. They told her a criminal case had been opened against Orlov for "
         "desertion.", "en"),
        ("Рядовой Максим Орлов ушёл из части под Псковом в августе. В сентябре матери "
         "позвонили из военкомата. Они рассказали, что против Орлова возбудили уголовное дело "
         "о самовольном оставлении части.", "ru"),
    ],
)  # fmt: skip
def test_a_plural_speaker_is_no_group_of_the_act(text, lang):
    assert one(events(text, lang, "2024-11-05"), "prosecution").count == 1
