"""Who said so, round 40 (source40): a teller parted from its verb by a clause set between
commas (a relative clause, a participle's: "The ruling, posted on the court's site, says ...",
«В решении, опубликованном на сайте суда, говорится ...») is read past that clause where the
sentence as written names no one; tellers the patterns did not read ("X was able to establish
that", "X posted on its Telegram channel a video", "The court's press secretary told",
«Из материалов дела следует», a Latin name opening a Russian sentence).  Invented text only (no
corpus sentence, no real person)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import extract

from awol.extract.attribution import own_source
from awol.extract.lexicon import get_lexicon

PUB = "2026-12-03"  # a Thursday


def _src(text: str, lang: str) -> str | None:
    got = own_source(text, get_lexicon(lang))
    return getattr(got, "text", None)


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        # a participle's clause between a document and its verb
        (
            "en",
            "The ruling, posted on the garrison court's site last week, says the corporal"
            " abandoned his post near Svatove in April.",
            "ruling",
        ),
        # a relative clause between an outlet and its verb
        (
            "en",
            "Vot Tak, which follows military trials, reported that a marine from Tula had"
            " been given five years for desertion.",
            "Vot Tak",
        ),
        (
            "ru",
            "В решении, размещенном в картотеке суда, говорится, что ефрейтор оставил"
            " позиции под Сватово в апреле.",
            "решении",
        ),
        (
            "ru",
            "Из приговора, с которым ознакомились журналисты «Вот Так», следует, что морпех"
            " из Тулы дезертировал в мае.",
            "приговора",
        ),
    ],
)
def test_a_teller_parted_from_its_verb_by_a_clause(lang: str, text: str, source: str) -> None:
    assert _src(text, lang) == source


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a clause with no teller outside it: still none
        ("en", "The corporal, who had deserted in April, was detained in Tula on Monday."),
        ("ru", "Ефрейтора, оставившего позиции в апреле, задержали в Туле в понедельник."),
        # the man the story is of, telling the officers: not read past a "who" clause or a
        # participle of his (dev en-11's kind)
        (
            "en",
            "The 29-year-old corporal, whose name was withheld, told officers that he had left"
            " his unit in May.",
        ),
        ("ru", "Ефрейтор, задержанный в Туле, рассказал полицейским, что ушел из части в мае."),
    ],
)
def test_a_clause_read_past_names_no_one_where_none_is(lang: str, text: str) -> None:
    assert _src(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "en",
            "Vot Tak was able to establish that nine marines had fled a base near Tula.",
            "Vot Tak",
        ),
        ("en", "Fontanka managed to confirm that the corporal had been detained.", "Fontanka"),
        (
            "en",
            "Baza posted on its Telegram channel a video of two deserters detained near Tula.",
            "Baza",
        ),
        (
            "en",
            "The court's press secretary told reporters that the marine had been given six years.",
            "court's press secretary",
        ),
        ("ru", "Из материалов дела следует, что морпеха задержали в Туле.", "материалов дела"),
        (
            "ru",
            "Baza опубликовала в своем телеграм-канале видео задержания двух дезертиров.",
            "Baza",
        ),
    ],
)
def test_tellers_the_patterns_did_not_read(lang: str, text: str, source: str) -> None:
    assert _src(text, lang) == source


def test_an_event_takes_the_document_read_past_a_clause() -> None:
    text = (
        "Marine sentenced in Tula\n\n"
        "The verdict, published on the garrison court's site on Tuesday, says the marine left"
        " his unit near Svatove in April and was detained at his home in Tula in June."
    )
    got = extract(text, "en", PUB).events
    flights = [e for e in got if e.type == "desertion"]
    assert flights and flights[0].source == "verdict", [(e.type, e.source) for e in got]
