"""Round 34 (source34): an event's source and a statistic's as_of and source, read where the
blind probes (tests/extract/probes/fields/*-source34.yaml, committed before any fix) found them
wrong.  Invented sentences, worded apart from the probes (invented names); each checks one
mechanism and fails without it.

Events: the speaker after a quote and a dash with an apposition after the name ("— рассказал X,
сослуживец ..."); a person in apposition who told an outlet ("his brother, X, told Y"); an
opening phrase before a title and a name ("In a post on Telegram, the mayor of Z, X, wrote");
"Об этом говорится в ..."; "Там уточнили" (an anaphora of the body named before); an impersonal
plural verb and the body it was told in ("Подробности рассказали в ..."); an outlet's earlier
report on a case ("«X» писала о ..."); "According to him" (an anaphora, never the pronoun); a
proper adjective before an outlet's kind ("reported by the Volga news site X"); a headline's
teller before a colon ("ГУР: ...").
Figures: a quarter with no year; the year before last; a
counter named by a common noun ("Rights groups have counted", "Правозащитники насчитали").
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import figures_by_value

from awol.extract.attribution import Anaphora, Source, own_source
from awol.extract.document import extract_article
from awol.extract.lexicon import get_lexicon
from awol.model import Article


def _own(text: str, lang: str) -> Source | Anaphora | None:
    return own_source(text, get_lexicon(lang))


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "ru",
            "«Его просто перестали отпускать домой», — сказала Дарья Сомова, сестра "
            "пропавшего контрактника.",
            "Дарья Сомова",
        ),
        (
            "ru",
            "Об этом говорится в постановлении Ржевского гарнизонного военного суда.",
            "постановлении Ржевского гарнизонного военного суда",
        ),
        (
            "ru",
            "Подробности побега корреспонденту рассказали в районной администрации.",
            "районной администрации",
        ),
        (
            "ru",
            "Весной «Северный ветер» писал о двух срочниках, которые ушли из части под Псковом.",
            "Северный ветер",
        ),
        (
            "ru",
            "ГУР: трое военных перешли на сторону Украины",
            "ГУР",
        ),
        (
            "en",
            "Military police found him at a friend's flat, his brother, Gleb Rusanov, told "
            "Northwind.",
            "Gleb Rusanov",
        ),
        (
            "en",
            "In a post on Telegram, the mayor of Lensk, Roman Tagirov, wrote that two local men "
            "had fled their unit.",
            "the mayor of Lensk, Roman Tagirov",
        ),
        (
            "en",
            "He was put on the wanted list, as reported by the Volga news site Kama24.",
            "Kama24",
        ),
        (
            "en",
            "Border guards: two deserters caught near the frontier",
            "Border guards",
        ),
    ],
)
def test_event_source_read(lang: str, text: str, source: str) -> None:
    got = _own(text, lang)
    assert isinstance(got, Source)
    assert got.text.strip("«»") in source or source in got.text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Там же добавили, что солдата нашли у родственников."),
        ("en", "According to her, the soldier fled in March."),
    ],
)
def test_pronoun_is_an_anaphora(lang: str, text: str) -> None:
    assert isinstance(_own(text, lang), Anaphora)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Фото: Иван Петров / агентство «Север»"),
        ("ru", "СМОТРИТЕ ТАКЖЕ: Как дезертиров ищут по камерам"),
        ("ru", "«Это ошибка», — сказал он, добавив, что обжалует решение."),
        ("ru", "Во вторник ему сообщили о подозрении в дезертирстве."),
        ("en", "Update: the soldier was found"),
    ],
)
def test_no_source_read(lang: str, text: str) -> None:
    got = _own(text, lang)
    assert got is None or isinstance(got, Anaphora)


def test_pronoun_speaker_in_an_article_takes_the_one_named_before() -> None:
    text = (
        "Lawyer Olga Vetrova described the case to the Northwind outlet.\n\n"
        "According to her, a contract soldier from Kirov left his unit near Kupiansk in May."
    )
    art = Article(id="t", text=text, language="en", published="2026-03-04")
    events = extract_article(art).events
    assert events and all(e.source != "her" for e in events)


@pytest.mark.parametrize(
    ("lang", "text", "value", "as_of"),
    [
        (
            "en",
            "In the fourth quarter alone, garrison courts heard 2,900 desertion cases, the "
            "Harbour Post found.",
            2900,
            "2025-12",
        ),
        (
            "ru",
            "Только за первый квартал суды рассмотрели 3100 дел о самовольном оставлении "
            "части, подсчитал «Северный ветер».",
            3100,
            "2026-03",
        ),
        (
            "en",
            "The year before last, courts convicted 5,100 soldiers of going AWOL, the Harbour "
            "Post found.",
            5100,
            "2024",
        ),
        (
            "ru",
            "В позапрошлом году суды осудили за дезертирство 5100 военных, подсчитал «Северный "
            "ветер».",
            5100,
            "2024",
        ),
    ],
)
def test_figure_as_of(lang: str, text: str, value: int, as_of: str) -> None:
    assert figures_by_value(text, lang, "2026-03-04")[value].as_of == as_of


@pytest.mark.parametrize(
    ("lang", "text", "value", "source"),
    [
        (
            "en",
            "Human rights activists have documented at least 1,150 desertion cases in the "
            "Kuban since 2023.",
            1150,
            "Human rights activists",
        ),
        (
            "ru",
            "Правозащитники насчитали более 1250 дел о дезертирстве в Приморье с 2023 года.",
            1250,
            "Правозащитники",
        ),
        (
            "ru",
            "По оценке юристов, сейчас в розыске за дезертирство находятся 2700 военнослужащих.",
            2700,
            "юристов",
        ),
    ],
)
def test_figure_common_noun_counter(lang: str, text: str, value: int, source: str) -> None:
    assert figures_by_value(text, lang, "2026-03-04")[value].source == source
