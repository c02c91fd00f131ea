"""Who said so, round 41 (source41): the Russian «Об этом» telling with the place of the telling
set between "Об этом" and its verb («Об этом в своей статье пишет ...», «Об этом в своем
Telegram-канале написал ...») and the telling verbs it lacked in the present and the plural past
(«информирует», «рассказывает», «сообщали»); a relative clause of reading or obtaining between
a document and its verb («Из картотеки, которую изучило издание, следует ...»), and the
documents a report, a card index, a letter, an extract, a correspondence, statistics.
Invented text only (no corpus sentence, no real person)."""

from __future__ import annotations

import pytest

from awol.extract.attribution import own_source
from awol.extract.lexicon import get_lexicon


def _src(text: str, lang: str) -> str | None:
    got = own_source(text, get_lexicon(lang))
    return getattr(got, "text", None)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the place of the telling between «Об этом» and its verb
        ("Об этом в своей заметке пишет новосибирский портал «Тайга».", "Тайга"),
        (
            "Об этом в своём телеграм-канале написал мэр Бердска.",
            "мэр Бердска",
        ),
        ("Об этом на своей странице во «ВКонтакте» сообщила мать военного.", "мать военного"),
        # the verbs of telling the line lacked
        ("Об этом информирует портал «Сибкрай».", "Сибкрай"),
        ("Об этом рассказывает издание «Ангарские вести».", "Ангарские вести"),
        (
            "Срочник не вернулся в часть после увольнения: об этом сообщали районные паблики.",
            "районные паблики",
        ),
        # a relative clause of reading or obtaining between a document and its verb
        (
            "Из картотеки суда, которую изучило издание «Тайга», следует, что рядового"
            " задержали в Бийске в мае.",
            "картотеки суда",
        ),
        (
            "В служебном рапорте, который видели журналисты, говорится, что ефрейтор покинул"
            " пост ночью.",
            "служебном рапорте",
        ),
        (
            "В письме, которое получила редакция, сказано, что сержант сбежал из госпиталя.",
            "письме",
        ),
    ],
)
def test_russian_tellers_read(text: str, source: str) -> None:
    got = _src(text, "ru")
    assert got is not None and source in got, got


@pytest.mark.parametrize(
    "text",
    [
        # «об этом» that tells no one's telling
        "Сейчас бывший контрактник пишет об этом повесть.",
        "Родители узнали об этом от командира роты.",
        # the story's man in a relative clause with no verb of reading: no document
        "В деревне, которую покинул рядовой, говорят о нём неохотно.",
    ],
)
def test_no_teller_where_none_tells(text: str) -> None:
    assert _src(text, "ru") is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an outlet whose name opens on "The" tells of its own finding
        (
            "The Insider has obtained a list of 30 marines who left a base near Kherson in May.",
            "Insider",
        ),
        ("The Bell has seen court papers saying the private fled his unit twice.", "Bell"),
        # an outlet's own inquiry in the possessive
        (
            "Vot Tak's analysis of court rulings shows that a corporal from Kirov was jailed"
            " for desertion last week.",
            "Vot Tak",
        ),
    ],
)
def test_an_outlet_named_with_the_finds(text: str, source: str) -> None:
    got = _src(text, "en")
    assert got is not None and source in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The deserter has seen his unit leave for the front without him.",
        "The corporal's account of his escape was later confirmed by a comrade.",
    ],
)
def test_no_outlet_where_a_man_tells(text: str) -> None:
    assert _src(text, "en") is None
