"""Round 26 (source26): Russian wordings of "who said so" the patterns lacked, found by the
second blind field probes (tests/extract/probes/fields/ru-attribution2.yaml).  Invented
sentences: each checks one mechanism, and fails without it.  (The English ones found by
en-attribution2 were not landed: docs/attribution.md, round 26.)"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events

from awol.extract.attribution import own_source
from awol.extract.figure_sources import a_person
from awol.extract.lexicon import get_lexicon


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Как написал в Telegram глава округа, местный житель сбежал из части.", "глава округа"),
        ("«Он ушёл ночью», — рассказал сослуживец, попросивший не называть имени.", "сослуживец"),
        (
            "«Мы нашли его у бабушки», — сказал начальник отдела полиции.",
            "начальник отдела полиции",
        ),
        ("«Сын сбежал от побоев», — говорит отец солдата.", "отец солдата"),
        ("В telegram-канале «Тихо, новости» сообщили, что задержали дезертира.", "Тихо, новости"),
        (
            "«Северный вестник» со ссылкой на областное МВД сообщил о задержании дезертира.",
            "«Северный вестник» со ссылкой на областное МВД",
        ),
        ("«Заря» выяснила, что солдат сбежал из части.", "Заря"),
        ("Журналисты «Зари» установили, что солдат сбежал из части.", "Журналисты «Зари»"),
        # an investigator's finding or a man's learning is not a source
        ("Следствие установило, что солдат сбежал из части.", None),
        ("В марте он выяснил, что объявлен в розыск.", None),
    ],
)
def test_russian_wordings(sentence: str, expected: str | None) -> None:
    src = own_source(sentence, get_lexicon("ru"))
    got = None if src is None else src.text
    assert (got is None) == (expected is None), got
    if expected is not None:
        assert expected in got or got in expected, got


def test_published_details_are_carried_to_the_next_sentence() -> None:
    """A body that published the details in a sentence with no event, the publication before
    its subject, is the source of the events the next sentences tell."""
    ru = events(
        "Подробности в четверг опубликовала региональная полиция. Дезертира задержали в "
        "общежитии в Саратове.",
        "ru",
        "2025-06-11",
    )
    assert [e.source for e in ru] == ["региональная полиция"]


def test_an_outlet_in_guillemets_is_not_a_person() -> None:
    """ "Телеграм-канал «Астра» ...": «Астра» is a given name to the dictionary, but a name the
    article writes in guillemets is an outlet's, carried to the events told after it (a
    person's source speaks for their own sentence only)."""
    doc = "Телеграм-канал «Астра» получил копию приговора."
    assert a_person("Астра", "ru")
    assert not a_person("Астра", "ru", doc)
    found = events(
        doc + " Солдат ушёл из части в Белгородской области в мае. Через два месяца его "
        "задержали в Курске.",
        "ru",
        "2025-06-11",
    )
    assert [e.source for e in found] == ["Астра", "Астра"]
