"""Russian precision and granularity (rurec8): one flight told again, a part of the group, two
detentions in one sentence, escapes from prison and disappearances that are no desertion.

Invented texts only (no corpus text); each mechanism is also measured on the story probes
(tests/extract/probes/stories/ru3.yaml), in other wordings.
"""

from __future__ import annotations

from collections import Counter

import pytest

from awol.extract.document import extract_article
from awol.model import Article

PUBLISHED = "2025-03-20"


def _counts(text: str) -> Counter:
    ex = extract_article(Article(id="t", text=text, published=PUBLISHED, language="ru"))
    return Counter(e.type for e in ex.events)


def test_recap_retells_the_flight() -> None:
    # the recap dates the news ("стало известно в январе") and names no unit: the same flight
    text = (
        "Военная полиция 18 марта задержала в Самаре контрактника, который в декабре 2024 года "
        "самовольно покинул часть под Белгородом. Напомним, о побеге стало известно в январе: "
        "тогда его мать рассказала, что сын ушёл из части после ранения."
    )
    assert _counts(text) == Counter({"desertion": 1, "detention": 1})


def test_recap_of_another_flight_stays_apart() -> None:
    text = (
        "Из госпиталя в Уссурийске 14 марта сбежал раненый мобилизованный. Напомним, в начале "
        "февраля из этого же госпиталя ушли ещё трое военнослужащих."
    )
    assert _counts(text)["desertion"] == 2


def test_part_of_the_group_is_a_detail() -> None:
    text = (
        "Пятеро контрактников 2 марта самовольно оставили позиции в Курской области. Двое из них "
        "ушли с оружием."
    )
    assert _counts(text)["desertion"] == 1


def test_part_of_the_group_detained_is_a_detention() -> None:
    # (a part of the group caught is a detention of its own, not the flight told again)
    text = (
        "Пятеро контрактников 2 марта самовольно оставили позиции в Курской области. Двоих из них "
        "задержали в Белгороде."
    )
    assert _counts(text) == Counter({"desertion": 1, "detention": 1})


@pytest.mark.parametrize(
    "second",
    ["а ещё двоих — в Краснодаре", "а двоих — в Краснодаре"],
)
def test_two_detentions_in_one_sentence(second: str) -> None:
    text = (
        "В конце февраля пятеро контрактников самовольно оставили позиции в Запорожской области. "
        f"Троих задержали в Ростове-на-Дону, {second}."
    )
    assert _counts(text) == Counter({"desertion": 1, "detention": 2})


def test_elided_second_clause_needs_its_own_place() -> None:
    text = (
        "В конце февраля пятеро контрактников самовольно оставили позиции в Запорожской области. "
        "Троих задержали в Ростове-на-Дону, а двоих отпустили."
    )
    assert _counts(text)["detention"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "Осужденный за кражу 5 марта сбежал из исправительной колонии в Коми. Его объявили в "
        "розыск, через сутки беглеца задержали.",
        "В Тверской области из СИЗО сбежал обвиняемый в грабеже. Полиция задержала его на вокзале.",
        "Мужчина самовольно покинул колонию-поселение в Забайкалье. Суд приговорил его к году "
        "лишения свободы по ст. 313 УК РФ.",
        "Из ИК-3 в Кировской области бежал осужденный. Его задержали через два дня.",
        "Арестант сбежал из-под конвоя в Пензенской области. Беглеца задержали.",
        "Двое заключенных сбежали ночью, перепилив решетку. Их объявили в розыск.",
    ],
)
def test_prison_escape_is_no_desertion(text: str) -> None:
    assert not _counts(text)


def test_recruit_from_a_colony_who_fled_the_front_deserted() -> None:
    text = (
        "Бывший заключенный, завербованный из колонии в Коми, в феврале сбежал с передовой в "
        "Запорожской области."
    )
    assert _counts(text)["desertion"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "Рядовой срочной службы пропал во время учений на полигоне в Амурской области 5 марта. "
        "9 марта его тело нашли в лесу.",
        "Срочник пропал из части в Хабаровском крае. Через неделю его тело нашли в лесу.",
    ],
)
def test_a_disappearance_is_no_desertion(text: str) -> None:
    assert not _counts(text)


def test_a_disappearance_in_a_desertion_story_is_the_flight() -> None:
    text = (
        "Полиция ищет сбежавшего с полигона срочника с автоматом. Известно, что 4 марта он "
        "находился на стрельбище, но в какой-то момент пропал."
    )
    assert _counts(text)["desertion"] == 1


def test_a_year_is_not_a_term() -> None:
    text = (
        "Контрактник 3 марта самовольно оставил часть в Курской области. Ранение он получил "
        "весной 2023 года."
    )
    assert "sentence" not in _counts(text)


def test_case_received_by_the_court_is_a_prosecution() -> None:
    text = (
        "В Тверской гарнизонный военный суд поступило уголовное дело в отношении контрактника, "
        "обвиняемого в самовольном оставлении части."
    )
    assert _counts(text)["prosecution"] == 1


def test_elided_second_flight() -> None:
    text = (
        "Военная полиция 14 марта задержала двух дезертиров. Первый ушёл из части в Курской "
        "области в январе, второй — в феврале."
    )
    assert _counts(text) == Counter({"desertion": 2, "detention": 1})


def test_a_pronoun_is_the_deserter_just_told() -> None:
    # (the first sentence's region is the man's home town, the second's the front)
    text = (
        "«Я ушёл из части, потому что нас бросили на штурм», — рассказал мобилизованный из "
        "Саратова. Он покинул позиции под Бахмутом в мае 2023 года."
    )
    assert _counts(text)["desertion"] == 1


def test_he_left_again_is_another_flight() -> None:
    text = (
        "Рядовой в мае 2024 года самовольно оставил часть в Курской области, но через месяц "
        "вернулся. В августе он снова ушёл из части."
    )
    assert _counts(text)["desertion"] == 2
