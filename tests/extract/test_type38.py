"""Round 38 (type38): the type chosen for a found mention, and two happenings told together
(invented text throughout).

- A flight told by what the man did instead of going back or by the way out: he stayed behind
  when his unit went back, stayed at home after his leave ran out, is absent from a smaller unit
  than the patterns named, went over the fence of the barracks («остался ..., когда его часть
  вернулась на фронт», «после окончания отпуска остался дома», «отсутствует в отряде без
  разрешения», «перелезли через забор казармы»): desertion triggers in ``general:`` of
  ``lang/*/events.yaml``.
- Held on another state's request: a detention, not only the search it answers; found in a
  state at a place with a count of its own: a second detention of the sentence.
- A killing told before the official version the family was given ("was shot dead; his mother
  was told he had died in combat"): a death (``cover_story`` in ``nonevent:``,
  ``scope._before_cover``); the combat death of the version alone stays none.
- An hour told by the part of the day ("at six in the morning") is no count of people.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awol.cli.extract import run_extract
from awol.extract.lexicon import get_lexicon
from awol.extract.trigger_find import find_triggers


def _extract(tmp_path: Path, text: str, lang: str, published: str = "2025-06-10") -> list[dict]:
    f = tmp_path / "doc.txt"
    f.write_text(text, "utf-8")
    man = tmp_path / "manifest.jsonl"
    man.write_text(
        json.dumps({"id": "doc", "published": published, "language": lang}) + "\n", "utf-8"
    )
    (doc,) = run_extract([str(f)], str(man))
    return doc.to_dict()["events"]


def _types(text: str, lang: str) -> set[str]:
    return {t.type for t, _s, _e in find_triggers(text, get_lexicon(lang))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Private Yuri Kalganov stayed behind in Kurgan when his unit returned to the front.",
            "en",
        ),
        ("The corporal stayed at home in Shadrinsk after his leave ran out in May.", "en"),
        ("He stayed home, as his battalion was sent back to the Zaporizhzhia region.", "en"),
        ("Her son had been absent from his detachment without permission since 3 May.", "en"),
        ("Two recruits went over the fence of their barracks near Kamyshin on Sunday night.", "en"),
        ("A conscript climbed over the wall of the training ground and vanished.", "en"),
        ("Рядовой Юрий Калганов остался в Кургане, когда его часть вернулась на фронт.", "ru"),
        ("После окончания отпуска в мае ефрейтор остался дома в Шадринске.", "ru"),
        ("Ефрейтор остался дома после окончания отпуска по ранению.", "ru"),
        ("С 3 мая её сын отсутствует в своём отряде без разрешения.", "ru"),
        ("Двое новобранцев перелезли через забор казармы под Камышином.", "ru"),
        ("Срочник ночью перемахнул через ограждение полигона и исчез.", "ru"),
    ],
)
def test_a_flight_told_by_staying_behind_or_the_way_out(text: str, lang: str) -> None:
    assert "desertion" in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no unit: a family's day, a school's fence, a meeting
        ("He stayed at home with the children when his wife returned to work.", "en"),
        ("The boys climbed over the fence of the school stadium.", "en"),
        ("She stayed behind after the meeting to talk to the mayor.", "en"),
        ("He was absent from the meeting without permission of the chairman.", "en"),
        ("Он остался дома, когда жена вернулась на работу.", "ru"),
        ("Мальчишки перелезли через забор стадиона.", "ru"),
        ("Он отсутствовал на собрании без разрешения председателя.", "ru"),
    ],
)
def test_twins_a_stay_or_a_fence_without_a_unit_is_no_flight(text: str, lang: str) -> None:
    assert "desertion" not in _types(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Private Ivan Sorokin was held at a hostel in Petropavl on May 3 on an interstate search "
        "request filed by Russia.",
        "The two soldiers were held at the airport at Russia's request.",
        "He was briefly held in Tashkent under an international arrest warrant.",
    ],
)
def test_held_on_a_request_or_a_warrant_is_a_detention(text: str) -> None:
    assert "detention" in _types(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held in Astana at Russia's request.",
        "A meeting was held at the base on Monday.",
        "Hearings were held under a warrant procedure.",
    ],
)
def test_twins_a_meeting_held_is_no_detention(text: str) -> None:
    assert "detention" not in _types(text, "en")


def test_found_drunk_with_a_count_of_its_own_is_a_second_detention(tmp_path: Path) -> None:
    events = _extract(
        tmp_path,
        "Five conscripts deserted from a base near Yelets in March. Two were detained at once, "
        "the remaining three were found drunk at a roadside bar in Zadonsk.",
        "en",
    )
    counts = sorted(e["count"] for e in events if e["type"] == "detention")
    assert counts == [2, 3]


def test_twin_found_dead_is_a_death_not_a_detention(tmp_path: Path) -> None:
    events = _extract(
        tmp_path,
        "A conscript deserted from a base near Yelets in March. In April he was found dead in "
        "a forest near Zadonsk.",
        "en",
    )
    types = [e["type"] for e in events]
    assert "death" in types and "detention" not in types


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In April a search team caught up with a runaway named Gleb Ustinov in a forest belt "
            "near Bakhmut. He tried to run and was shot dead; his mother was told he had died in "
            "combat.",
            "en",
        ),
        (
            "В апреле поисковая группа настигла в лесополосе под Бахмутом беглеца по имени Глеб "
            "Устинов. Он попытался убежать, и его застрелили; матери сообщили, что он погиб при "
            "выполнении боевой задачи.",
            "ru",
        ),
    ],
)
def test_a_killing_told_before_the_official_version_is_a_death(
    tmp_path: Path, text: str, lang: str
) -> None:
    assert "death" in {e["type"] for e in _extract(tmp_path, text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Private Gleb Ustinov deserted from his unit in March. He returned in May and was "
            "killed in action near Bakhmut, his mother was told.",
            "en",
        ),
        (
            "Рядовой Глеб Устинов самовольно оставил часть в марте. В мае он вернулся и погиб в "
            "бою под Бахмутом, сообщили матери.",
            "ru",
        ),
        (
            "Private Gleb Ustinov deserted from his unit in March. His mother was told that he "
            "had died in combat near Bakhmut.",
            "en",
        ),
        (
            "Рядовой Глеб Устинов самовольно оставил часть в марте. Матери сообщили, что он погиб "
            "в бою под Бахмутом.",
            "ru",
        ),
    ],
)
def test_twins_a_death_in_combat_stays_none(tmp_path: Path, text: str, lang: str) -> None:
    assert "death" not in {e["type"] for e in _extract(tmp_path, text, lang)}


def test_an_hour_of_the_morning_is_no_count(tmp_path: Path) -> None:
    events = _extract(
        tmp_path,
        "A conscript left his unit near Ostrov at six in the morning on Monday, the regional "
        "police said.",
        "en",
    )
    (flight,) = [e for e in events if e["type"] == "desertion"]
    assert flight["count"] == 1


def test_twin_a_count_before_a_time_of_day_stays(tmp_path: Path) -> None:
    events = _extract(
        tmp_path,
        "Six conscripts left their unit near Ostrov in the morning on Monday, the regional "
        "police said.",
        "en",
    )
    (flight,) = [e for e in events if e["type"] == "desertion"]
    assert flight["count"] == 6


@pytest.mark.parametrize(
    ("text", "lang", "caught"),
    [
        (
            "In April a search team caught up with a runaway named Gleb Ustinov in a forest belt "
            "near Bakhmut. He tried to run and was shot dead.",
            "en",
            "caught up with",
        ),
        (
            "В апреле поисковая группа настигла в лесополосе под Бахмутом беглеца по имени Глеб "
            "Устинов. Он попытался убежать, и его застрелили.",
            "ru",
            "настигла",
        ),
    ],
)
def test_a_catch_then_killed_as_he_ran_is_one_death(
    tmp_path: Path, text: str, lang: str, caught: str
) -> None:
    events = _extract(tmp_path, text, lang)
    told = [e for e in events if e["type"] in ("detention", "death")]
    assert [e["type"] for e in told] == ["death"]
    assert caught in told[0]["evidence"]["text"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # two caught, one of them killed: two happenings
        (
            "Military police caught two deserters near Izium in April. They tried to run, and one "
            "of them was shot dead.",
            "en",
        ),
        # caught, then handed over: a detention, no death
        (
            "In April a patrol caught up with a runaway named Gleb Ustinov near Bakhmut. He was "
            "handed over to the commandant's office.",
            "en",
        ),
        (
            "В апреле патруль настиг беглеца Глеба Устинова под Бахмутом. Его доставили в "
            "комендатуру.",
            "ru",
        ),
    ],
)
def test_twins_a_catch_stays_a_detention(tmp_path: Path, text: str, lang: str) -> None:
    assert "detention" in {e["type"] for e in _extract(tmp_path, text, lang)}


def test_caught_up_with_in_russian_is_a_catch() -> None:
    assert "detention" in _types("Патруль настиг их у переправы под Изюмом.", "ru")
    assert "detention" not in _types("Его настигла болезнь.", "ru")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Private Gleb Ustinov deserted from his unit in January and stayed in hiding until his "
            "arrest in Tula on 3 April.",
            "en",
        ),
        (
            "Two contract soldiers failed to return from leave in March and stayed away from the "
            "regiment until their detention by police in Tula in May.",
            "en",
        ),
        (
            "Рядовой Глеб Устинов в январе самовольно оставил часть и скрывался вплоть до "
            "задержания полицией в Туле 3 апреля.",
            "ru",
        ),
        (
            "Рядовой Глеб Устинов в январе не вернулся из отпуска и до 19 мая жил у знакомой в "
            "Алексине, где был установлен сотрудниками полиции.",
            "ru",
        ),
    ],
)
def test_a_catch_told_as_the_end_of_the_flight(tmp_path: Path, text: str, lang: str) -> None:
    types = [e["type"] for e in _extract(tmp_path, text, lang)]
    assert types.count("desertion") == 1 and types.count("detention") == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Личность погибшего была установлена сотрудниками полиции.", "ru"),
        ("Факт самовольного оставления части был установлен проверкой.", "ru"),
    ],
)
def test_twins_no_catch_told(text: str, lang: str) -> None:
    assert "detention" not in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Private Gleb Ustinov deserted from his unit in March. His commander stayed at his "
            "post until the arrest of the regiment's chief in May.",
            "en",
        ),
        (
            "Рядовой Глеб Устинов сбежал из части в марте. В апреле его нашли мёртвым в лесу; "
            "личность погибшего была установлена сотрудниками полиции.",
            "ru",
        ),
    ],
)
def test_twins_no_catch_of_the_deserter(tmp_path: Path, text: str, lang: str) -> None:
    assert "detention" not in {e["type"] for e in _extract(tmp_path, text, lang)}


def test_the_men_of_an_office_who_came_are_no_count(tmp_path: Path) -> None:
    events = _extract(
        tmp_path,
        "Private Ivan Zhurbin deserted from his unit in March. Two weeks later four men from the "
        "military commandant's office came to the dacha and put him in handcuffs.",
        "en",
    )
    (caught,) = [e for e in events if e["type"] == "detention"]
    assert caught["count"] == 1


def test_twin_four_men_who_fled_are_a_count(tmp_path: Path) -> None:
    events = _extract(
        tmp_path,
        "Four men from a motor rifle company deserted from their unit near Valuyki in March.",
        "en",
    )
    (flight,) = [e for e in events if e["type"] == "desertion"]
    assert flight["count"] == 4


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Private Gleb Ustinov was a welder before the war. In May 2024, after a third assault "
            "in a week, he and two friends climbed into a supply truck heading to the rear near "
            "Pokrovsk and did not get out until Rostov.",
            "en",
        ),
        (
            "Рядовой Глеб Устинов до войны был сварщиком. В мае 2024 года, после третьего штурма "
            "за неделю, он вместе с двумя товарищами залез в кузов машины с продуктами, шедшей в "
            "тыл под Покровском, и выбрался только в Ростове.",
            "ru",
        ),
    ],
)
def test_a_flight_told_as_a_ride_to_the_rear(tmp_path: Path, text: str, lang: str) -> None:
    assert "desertion" in {e["type"] for e in _extract(tmp_path, text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The wounded were loaded into a truck heading to the rear near Pokrovsk.", "en"),
        ("Раненых погрузили в машину, шедшую в тыл под Покровском.", "ru"),
    ],
)
def test_twins_the_wounded_carried_to_the_rear_did_not_flee(text: str, lang: str) -> None:
    assert "desertion" not in _types(text, lang)
