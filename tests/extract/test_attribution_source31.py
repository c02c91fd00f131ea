"""Round 31 (source31): where an event's source stops, continued.  A roundup's paragraph label
(a place's name and a full stop alone: "Kaliningrad.", "Курская область.") opens another story:
a source named in the items before it is not carried into it; the prosecution's or the
investigation's version of a case ("По версии обвинения", "According to the investigation")
speaks for its own paragraph, as a case's document does.  Invented sentences (outlets of
invented names): each fails without its mechanism."""

from __future__ import annotations

import pytest

from awol.extract.attribution import a_document
from awol.extract.attribution_story import opens_new_story


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "Kaliningrad.", True),
        ("en", "Tomsk.", True),
        ("ru", "Курская область.", True),
        ("ru", "Екатеринбург.", True),
        # not a place: a headline's topic, a short sentence, a country (no one region)
        ("ru", "Побег зэков.", False),
        ("en", "He fled.", False),
        ("ru", "Казахстан.", False),
    ],
)  # fmt: skip
def test_a_paragraph_label_opens_a_story(lang: str, sentence: str, expected: bool) -> None:
    assert opens_new_story(sentence, lang) is expected


@pytest.mark.parametrize(
    ("lang", "source", "expected"),
    [
        ("en", "investigation", True),
        ("en", "the prosecution", True),
        ("en", "State Bureau of Investigation", False),
        ("en", "investigators", False),
        ("ru", "обвинения", True),
        ("ru", "следствия", True),
        ("ru", "Следственного комитета", False),
    ],
)  # fmt: skip
def test_the_prosecution_version_is_a_document(lang: str, source: str, expected: bool) -> None:
    assert a_document(source, lang) is expected


def _events_sources(text: str, lang: str) -> list[tuple[str, str | None]]:
    from tests.extract.helpers import events

    return [(e.type, e.source) for e in events(text, lang, "2025-12-03")]


def test_a_label_stops_the_carry() -> None:
    text = (
        "Обзор недели.\n\n"
        "Томск. Гарнизонный суд приговорил рядового Ивана Лодкина к пяти годам колонии за "
        "самовольное оставление части. Как сообщает «Северная правда», он скрывался у матери.\n\n"
        "Омск. В пятницу задержали двух мобилизованных, которые в октябре не вернулись "
        "из отпуска."
    )
    got = _events_sources(text, "ru")
    assert [s for t, s in got if t == "detention"] == [None]  # (was «Северная правда»)


def test_the_prosecution_version_stays_in_its_paragraph() -> None:
    text = (
        "Военные суды за неделю.\n\n"
        "Гарнизонный военный суд приговорил рядового Ивана Лодкина к пяти годам колонии. По "
        "версии обвинения, в мае он ушел из части в Курской области.\n\n"
        "Двое мобилизованных из Омска получили условные сроки за неявку из отпуска."
    )
    got = _events_sources(text, "ru")
    assert ("desertion", "обвинения") in got  # its own sentence
    assert [s for t, s in got if t == "sentence"][-1] is None  # (was "обвинения")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the outlet's kind before its name in guillemets: the name is the subject
        ("Издание «Полярный ветер» рассказало историю контрактника из Мурманска.",
         "Издание «Полярный ветер»"),
        ("Независимое издание «Полярный ветер» рассказало историю контрактника.",
         "Полярный ветер"),
        # an outlet told mid-sentence still gives the speaker after it
        ("Об этом «Полярному ветру» рассказала его сестра Анна.", "его сестра Анна"),
        # the outlet told in the dative after the verb, then the speaker (was "«Полярному")
        ("Весной его задержали у родных, рассказал «Полярному ветру» брат беглеца.",
         "брат беглеца"),
        ("Дезертира задержали, сообщил «Полярный ветер».", "Полярный ветер"),
        # a day between the name in guillemets and its verb
        ("«Полярный ветер» в пятницу сообщил, что дезертира задержали.", "Полярный ветер"),
        # a comma before the relay
        ("Дезертира задержали, передает «Полярный ветер», ссылаясь на источник.",
         "Полярный ветер"),
        # a media noun inside a name in guillemets is a word of the name
        ("Об этом сообщает «Северная газета Юга».", "Северная газета Юга"),
        # the outlet that analysed the data cited (not the data)
        ("Согласно данным судебной статистики, проанализированным изданием «Полярный ветер», "
         "за год осуждены 400 человек.", "Полярный ветер"),
        # the owner of a report that says it
        ("В опубликованном в марте отчете Судебного департамента говорится, что осуждены 400 "
         "человек.", "Судебного департамента"),
    ],
)  # fmt: skip
def test_ru_own_source_grammar(sentence: str, expected: str) -> None:
    from awol.extract.attribution import own_source
    from awol.extract.lexicon import get_lexicon

    src = own_source(sentence, get_lexicon("ru"))
    assert src is not None and src.text == expected


def test_ru_told_to_him_is_no_source() -> None:
    from awol.extract.attribution import own_source
    from awol.extract.lexicon import get_lexicon

    # "ему сообщили": he was told (was "Во вторник ему")
    assert (
        own_source("Во вторник ему сообщили о подозрении в дезертирстве.", get_lexicon("ru"))
        is None
    )


def test_en_said_after_a_closing_quote() -> None:
    from awol.extract.attribution import own_source
    from awol.extract.lexicon import get_lexicon

    sentence = (
        '"At least 900 men have left the brigade since spring," said Pavel Orlov, a spokesman '
        "for the border service."
    )
    src = own_source(sentence, get_lexicon("en"))
    assert src is not None and src.text == "Pavel Orlov"
