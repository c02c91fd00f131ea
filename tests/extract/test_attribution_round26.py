"""Round 26 (source26): wordings of "who said so" the patterns lacked, found by the second blind
field probes (tests/extract/probes/fields/*-attribution2.yaml).  Invented sentences: each checks
one mechanism, and fails without it."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events

from awol.extract.attribution import own_source
from awol.extract.figure_sources import a_person
from awol.extract.lexicon import get_lexicon


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "As reported by X": the conjunction is no one, the outlet after "by" (with its
        # descriptors before the name) is the source
        ("As reported by the Tambov Herald outlet, a soldier fled his unit.", "Tambov Herald"),
        ("Two men deserted, as reported by the local outlet Dolina News.", "Dolina News"),
        ("A deserter was caught, as first reported by the news site Zarya.", "Zarya"),
        # the speaker after a closing quote, the verb before him
        ('"He left at night," said a former comrade who asked not to be named.', "former comrade"),
        (
            '"We caught him at the station," said the head of the city police.',
            "head of the city police",
        ),
        ('"He is gone," he said.', None),
        # (a name closing the sentence keeps no period)
        ('"They fled," said volunteer Ivan Ivanov.', "volunteer Ivan Ivanov"),
        # an unnamed informant gives way to the outlet named after "reported by"
        ("As reported by Zarya, citing sources in the police, two men fled.", "Zarya"),
        # a post on a page, then its clause
        (
            "The Orel police posted on its Telegram channel that a deserter had been detained.",
            "Orel police",
        ),
        # an outlet's finding (not an investigator's: test_attribution_relay)
        ("The Lantern has learned that an officer fled abroad in April.", "The Lantern"),
    ],
)
def test_english_wordings(sentence: str, expected: str | None) -> None:
    src = own_source(sentence, get_lexicon("en"))
    got = None if src is None else src.text
    assert (got is None) == (expected is None)
    if expected is not None:
        assert expected in got or got in expected, got
        assert not got.endswith("."), got


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
        ("В феврале он узнал, что находится в розыске.", None),
    ],
)
def test_russian_wordings(sentence: str, expected: str | None) -> None:
    src = own_source(sentence, get_lexicon("ru"))
    got = None if src is None else src.text
    assert (got is None) == (expected is None), got
    if expected is not None:
        assert expected in got or got in expected, got


def test_published_details_are_carried_to_the_next_sentence() -> None:
    """A body that published the details in a sentence with no event is the source of the
    events the next sentences tell (EN: a `told` pattern; RU: the publication before its
    subject)."""
    en = events(
        "The regional police published the details on Thursday. The deserter had been detained "
        "at a hostel in Saratov.",
        "en",
        "2025-06-11",
    )
    assert [e.source for e in en] == ["regional police"]
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


def test_a_quoted_speaker_is_not_carried() -> None:
    """The speaker after a quote is the source of what the quote's sentence tells, not of the
    article's other events: his words are his (as a person's source, round 20)."""
    found = events(
        '"He ran away from the unit in the night," said a fellow soldier from the company. '
        "Police detained a deserter at a railway station in Tula on Monday.",
        "en",
        "2025-06-11",
    )
    assert [(e.type, e.source) for e in found] == [
        ("desertion", "fellow soldier from the company"),
        ("detention", None),
    ]
