"""Attribution of what an outlet relays: an unnamed informant gives way to the outlet that names
it ("X со ссылкой на источники" -> X), a named informant stays; "per X" names a source.
(Invented sentences.)"""

from __future__ import annotations

import pytest

from awol.extract.attribution import find_source, own_source
from awol.extract.document import extract_article
from awol.extract.lexicon import get_lexicon
from awol.model import Article


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # the outlet relays an unnamed informant: the outlet
        (
            "ru",
            "Как сообщает «Вестник Заречья» со ссылкой на источники в силовых структурах, "
            "из части сбежали трое контрактников.",
            "Вестник Заречья",
        ),
        (
            "ru",
            "Трое солдат покинули часть, сообщает агентство Полярный Курьер со ссылкой на "
            "правоохранительные органы.",
            "Полярный Курьер",
        ),
        # ... but the outlet an informant told is not the informant's source alone: both, as
        # written (round 22; the coders' "A law enforcement source told TASS")
        (
            "en",
            "Two deserters were detained near the border, a law enforcement source told the "
            "Northern Ledger.",
            "law enforcement source told the Northern Ledger",
        ),
        # a named informant is kept (as written, with its relay or alone)
        (
            "ru",
            "Двое военных задержаны, сообщает «Вестник Заречья» со ссылкой на Военную "
            "прокуратуру Заречного округа.",
            "Военную прокуратуру Заречного округа",
        ),
        # no outlet named: the unnamed informant is all the sentence gives
        (
            "ru",
            "По данным источников в силовых структурах, из части сбежали трое контрактников.",
            "источников в силовых структурах",
        ),
        # "per X" opening or closing a clause
        ("en", "Per Riverbank Monitor, 40 soldiers fled the unit in May.", "Riverbank Monitor"),
        (
            "en",
            "Forty soldiers fled the unit in May, per the Riverbank Monitor.",
            "Riverbank Monitor",
        ),
    ],
)
def test_relayed_source(lang: str, sentence: str, expected: str) -> None:
    src = find_source(sentence, get_lexicon(lang))
    assert src is not None and src.text == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Courts hand down 100 sentences per week.",
        "He was paid per month, per Article 5 of the contract.",
    ],
)
def test_per_is_not_a_rate(sentence: str) -> None:
    src = find_source(sentence, get_lexicon("en"))
    assert src is None or src.text not in ("week", "month")


def test_unnamed_informant_alone_is_not_dropped() -> None:
    """A sentence whose only source is unnamed keeps it (nothing better is named)."""
    lex = get_lexicon("en")
    src = own_source("Five soldiers fled, according to sources in the Defense Ministry.", lex)
    assert src is not None and src.text == "sources in the Defense Ministry"


def test_figure_of_a_relayed_count_takes_the_outlet() -> None:
    """The statistic an outlet relays from unnamed informants is the outlet's."""
    text = (
        "Как сообщает «Вестник Заречья» со ссылкой на источники в Минобороны, с начала года "
        "из армии дезертировали около 50 тысяч военнослужащих."
    )
    ext = extract_article(Article(id="t", text=text, language="ru", published="2024-10-01"))
    assert [(f.value, f.source) for f in ext.figures] == [(50000, "Вестник Заречья")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a reporting verb with its clause ("that"), its subject after an opening adverbial
        (
            "On March 3, journalist Oleg Marsh stated that 200 soldiers had left the brigade.",
            "journalist Oleg Marsh",
        ),
        (
            "The Harbour Gazette also notes that 12 more soldiers deserted in May.",
            "Harbour Gazette",
        ),
        # not a subject that only does something ("found that" is not in the verbs)
        ("Investigators found that the soldier had fled in May.", None),
    ],
)
def test_reporting_verb_with_that_clause(sentence: str, expected: str | None) -> None:
    src = find_source(sentence, get_lexicon("en"))
    assert (src.text if src else None) == expected


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # the verb of a relative clause is no one's statement
        (
            "en",
            "Border guards have detained a former sergeant who had claimed asylum in the north.",
        ),
        ("ru", "Задержан бывший сержант, который заявил о намерении сдаться."),
    ],
)
def test_relative_clause_is_not_a_source(lang: str, sentence: str) -> None:
    assert find_source(sentence, get_lexicon(lang)) is None


def test_dash_written_as_hyphen_before_the_verb() -> None:
    """'"...", - сообщили в X': the quote's dash typed as a hyphen or an en dash."""
    lex = get_lexicon("ru")
    for dash in ("-", "–", "—"):
        src = find_source(f'"Солдата ищут в области", {dash} сообщили в Заречной полиции.', lex)
        assert src is not None and src.text == "Заречной полиции"


def test_unnamed_informant_is_not_carried_to_other_events() -> None:
    """An unnamed informant speaks for its own sentence; the article's other events keep the
    outlet named before it."""
    text = (
        "Из воинской части в Заречной области сбежали трое контрактников, сообщает агентство "
        "Полярный Курьер. "
        '"Двоих беглецов задержали в поселке Луговом", - сообщили в правоохранительных органах. '
        "Третьего беглеца застрелили сослуживцы."
    )
    ext = extract_article(Article(id="t", text=text, language="ru", published="2024-10-01"))
    assert [(e.type, e.source) for e in ext.events] == [
        ("desertion", "Полярный Курьер"),
        ("detention", "правоохранительных органах"),
        ("death", "Полярный Курьер"),
    ]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # the outlet that cited its unnamed sources, however they are described
        (
            "en",
            "On Monday, the Harbour Gazette cited military and security sources, reporting that "
            "two deserters were detained.",
            "Harbour Gazette",
        ),
        # the verb before its subject: the outlet that reports, not the records it cites
        (
            "en",
            "Two soldiers were sentenced in Tver, reported independent news website Riverbank "
            "Monitor, citing data published by garrison military courts.",
            "Riverbank Monitor",
        ),
        # a source named as such, after a quoted headline
        (
            "en",
            "“Deserter sentenced to five years!”, source: Northern Bureau of Inquiry.",
            "Northern Bureau of Inquiry",
        ),
        (
            "ru",
            "«Дезертира приговорили к пяти годам», источник: Северное бюро расследований.",
            "Северное бюро расследований",
        ),
    ],
)
def test_cited_sources_and_source_label(lang: str, sentence: str, expected: str) -> None:
    src = find_source(sentence, get_lexicon(lang))
    assert src is not None and src.text == expected


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a denial or a silence attributes nothing
        ("ru", "Пресс-служба МВД по Заречной области официально не подтвердила эту информацию."),
        ("ru", "Пресс-служба МВД по Заречной области не сообщила, задержан ли солдат."),
        ("en", "The Northern Guard, however, has not confirmed that the soldier was detained."),
    ],
)
def test_negated_reporting_verb_is_no_source(lang: str, sentence: str) -> None:
    assert find_source(sentence, get_lexicon(lang)) is None


def test_affirmed_reporting_verb_is_a_source() -> None:
    src = find_source(
        "Пресс-служба МВД по Заречной области подтвердила эту информацию.", get_lexicon("ru")
    )
    assert src is not None and src.text == "Пресс-служба МВД по Заречной области"


def test_reporting_verb_with_a_bare_weekday() -> None:
    """ "..., police said Monday.": the day without "on" (news style)."""
    src = find_source(
        "A soldier who fled his unit has been arrested near the border, police said Monday.",
        get_lexicon("en"),
    )
    assert src is not None and src.text == "police"


def test_the_news_before_its_verb() -> None:
    """ "Эту информацию подтвердил X": the object refers back; X is the source."""
    src = find_source(
        "Эту информацию подтвердил глава Заречного района Олег Сомов.", get_lexicon("ru")
    )
    assert src is not None and src.text == "глава Заречного района Олег Сомов"


def test_a_person_speaks_for_the_sentence_before_only() -> None:
    """ "Об этом сообщил глава района X" gives X to the event told just before; the article's
    later events are not carried to a person."""
    text = (
        "Из воинской части в Заречной области дезертировали 10 человек. Об этом сообщил глава "
        "района Олег Сомов. Позднее троих беглецов задержали в Заречной области."
    )
    ext = extract_article(Article(id="t", text=text, language="ru", published="2024-11-13"))
    assert [(e.type, e.source) for e in ext.events] == [
        ("desertion", "глава района Олег Сомов"),
        ("detention", None),
    ]
