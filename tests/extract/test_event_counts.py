"""How many people an event is about: which number of its sentence counts them (Russian)."""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.model import Article


def _counts(text: str, lang: str = "ru") -> dict[str, int | None]:
    art = Article(id="t", text="Новости\n\n" + text, published="2024-06-01", language=lang)
    return {e.type: e.count for e in extract_article(art).events}


@pytest.mark.parametrize(
    ("text", "etype", "count"),
    [
        # an animate noun counts people whatever the number ("участников" is not in any list)
        ("Позже полиция задержала ещё двоих участников побега.", "detention", 2),
        # a number word after "части" (the unit, not an article's part) counts
        ("Сбежавших из части шестерых военных задержали в Туле.", "detention", 6),
        # the participle describes the people: the predicate keeps their count too
        ("Сбежавших из части шестерых военных задержали в Туле.", "desertion", 6),
        (
            "Трое военных, сбежавших с оружием из части в Ростовской области, задержаны, "
            "еще двое находятся в розыске.",
            "detention",
            3,
        ),
        # companions count with the one who went with them
        (
            "Дезертира, который сбежал из части вместе с двумя сослуживцами, задержали в Москве.",
            "desertion",
            3,
        ),
        # an ordinal standing for a person ("третий") is one person
        (
            "Трое военнослужащих самовольно оставили воинскую часть.\n\n"
            "Двоих задержали в Белгороде, третий до сих пор в розыске.",
            "wanted",
            1,
        ),
        # records counted by the court are no one's count; nor are the soldier's children
        (
            "Рядового, сбежавшего из части в 2022 году, суд приговорил к 6 годам колонии, "
            "сообщили в пресс-службе суда, рассмотревшего 12 подобных дел.",
            "sentence",
            1,
        ),
        (
            "Суд приговорил рядового Виталия Теплякина, контрактника и отца троих детей, к пяти "
            "годам колонии за самовольное оставление части.",
            "sentence",
            1,
        ),
        # a place written like a full name ("Прокуратура Свердловской") is no one named
        (
            "Прокуратура Свердловской области сообщила, что суд приговорил дезертира к 6 годам.",
            "sentence",
            1,
        ),
        # a resident of a town is one person
        (
            "Сотрудники военной полиции задержали в Ростове-на-Дону 31-летнего жителя Курска, "
            "который самовольно оставил часть.",
            "detention",
            1,
        ),
        # inanimate things counted beside the soldier are not people
        (
            "Контрактник Алексей Сизов, вооруженный автоматом и четырьмя снаряженными "
            "магазинами, самовольно покинул пункт временной дислокации.",
            "desertion",
            1,
        ),
    ],
)
def test_the_count_of_an_event_is_of_its_people(text: str, etype: str, count: int) -> None:
    assert _counts(text).get(etype, "no event") == count


@pytest.mark.parametrize(
    ("text", "lang", "etype", "count"),
    [
        # a story of one man: an act whose sentence counts nobody is his (count 1)
        (
            "Военнослужащий сбежал из части. Возбуждено уголовное дело о самовольном "
            "оставлении части.",
            "ru",
            "prosecution",
            1,
        ),
        (
            "A serviceman deserted his unit in May. A criminal case was opened under the "
            "article on desertion.",
            "en",
            "prosecution",
            1,
        ),
        # not one where the story counts a group: the group's (a bare charge counts the flight
        # told before it: round 45, count45, carry.carry_charge_flight) ...
        (
            "Трое военнослужащих сбежали из части. Возбуждено уголовное дело о самовольном "
            "оставлении части.",
            "ru",
            "prosecution",
            3,
        ),
        # ... nor where the sentence speaks of people it does not count
        (
            "Военнослужащий сбежал из части. Против нескольких его сослуживцев возбуждено "
            "уголовное дело о самовольном оставлении части.",
            "ru",
            "prosecution",
            None,
        ),
    ],
)
def test_a_story_of_one_man_counts_its_uncounted_acts(text, lang, etype, count):
    assert _counts(text, lang).get(etype) == count
