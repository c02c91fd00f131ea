"""Round 29 (source29): a statistic's as_of and its source, read where the blind probes
(tests/extract/probes/fields/*-source29.yaml) and the invented articles found them wrong: the
date of the report that tells a figure is not the figure's own; a date in a clause opened by
"since" starts an open period; "a year earlier" in the next sentence shifts the statistic told
before; a count of the publication's year "so far" holds at publication; the article's own count
is its outlet's.  Invented sentences (outlets of invented names): each checks one mechanism and
fails without it."""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.model import Article


def _figures(text: str, lang: str, published: str | None, outlet: str | None = None) -> dict:
    art = Article(id="t", text=text, language=lang, published=published, outlet=outlet)
    return {f.value: f for f in extract_article(art).figures}


@pytest.mark.parametrize(
    ("lang", "text", "value", "as_of"),
    [
        # the report's month after its verb, the figure's quarter: the quarter
        (
            "en",
            "Northwind said in April that military courts had handed down at least 2,100 "
            "verdicts for going AWOL in the first quarter of 2025.",
            2100,
            "2025-03",
        ),
        # the report's day opening the clause of its verb and "that"
        (
            "en",
            "In late November, the Harbour Post reported that military courts had received "
            "7,400 desertion cases in the first ten months of 2024.",
            7400,
            "2024-10",
        ),
        # the day a count was published, the month it counts: the month
        (
            "en",
            "Military courts handed down 980 verdicts for going AWOL in April, according to a "
            "count by the Harbour Post published on Monday.",
            980,
            "2025-04",
        ),
        # an open period up to the report: the report's date stays
        (
            "en",
            '"Since the beginning of 2025, 3,300 AWOL cases have reached the courts," '
            "Northwind reported on May 28.",
            3300,
            "2025-05-28",
        ),
        # a date in a clause opened by "since": the start of an open period
        (
            "en",
            "Since the rules were changed in March 2023, courts have convicted more than 15,000 "
            "people of leaving their units, Northwind has counted.",
            15000,
            "2025-06-02",
        ),
        (
            "ru",
            "С момента объявления мобилизации в сентябре 2022 года суды осудили за самовольное "
            "оставление части более 15 000 человек, подсчитал «Северный ветер».",
            15000,
            "2025-06-02",
        ),
        # a count of the publication's own year that runs up to now
        (
            "ru",
            "По данным гарнизонного суда, в 2025 году к нему поступило уже более 300 дел о "
            "самовольном оставлении части.",
            300,
            "2025-06-02",
        ),
        # a year earlier, told in the next sentence
        (
            "ru",
            "По данным Северного департамента, в 2024 году за самовольное оставление части "
            "осуждены 8 200 человек. Годом ранее по этой статье осудили около 5 100 человек.",
            5100,
            "2023",
        ),
    ],
)
def test_figure_as_of(lang: str, text: str, value: int, as_of: str) -> None:
    figs = _figures(text, lang, "2025-06-02")
    assert value in figs, figs
    assert figs[value].as_of == as_of


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "Courts in the region issued 640 verdicts for desertion in 2024, according to our "
            "count of rulings published on court websites.",
            640,
        ),
        (
            "ru",
            "По нашим подсчетам, с начала 2025 года военные суды вынесли не менее 1 900 "
            "приговоров за самовольное оставление части.",
            1900,
        ),
        (
            "ru",
            "С 2023 по 2025 год в крае за дезертирство осудили 950 человек, следует из нашего "
            "анализа судебных решений.",
            950,
        ),
    ],
)
def test_own_count_is_the_outlets(lang: str, text: str, value: int) -> None:
    figs = _figures(text, lang, "2025-06-02", outlet="Northwind")
    assert figs[value].source == "Northwind"
    figs = _figures(text, lang, "2025-06-02")  # no outlet known: none
    assert figs[value].source is None


@pytest.mark.parametrize(
    ("lang", "text", "value", "source"),
    [
        # a ministry's name goes on past its lowercase complement
        (
            "ru",
            "По данным Министерства обороны Северии, с начала года в части вернулись более "
            "4 000 военнослужащих, самовольно оставивших службу.",
            4000,
            "Министерства обороны Северии",
        ),
        # the owner of a document that shows it
        (
            "en",
            "Military courts received 6,300 desertion cases in 2024, the Northern Department's "
            "annual report shows.",
            6300,
            "Northern Department",
        ),
        # the work after its owner dropped: "citing Northwind's count" -> "Northwind"
        (
            "en",
            "The Harbour Post, citing Northwind's count, reported that at least 1,400 contract "
            "soldiers had been sentenced for desertion in 2025.",
            1400,
            "Northwind",
        ),
        # an estimating subject
        (
            "ru",
            "Разведка Северии оценивает число военных, покинувших часть с начала года, в 12 тысяч.",
            12000,
            "Разведка Северии",
        ),
        # the speaker after a quote and a dash: its own sentence's figure
        (
            "ru",
            "«Только с начала года в области задержали около 600 дезертиров», — сказал "
            "начальник областной полиции.",
            600,
            "начальник областной полиции",
        ),
    ],
)
def test_figure_source(lang: str, text: str, value: int, source: str) -> None:
    figs = _figures(text, lang, "2025-06-02")
    assert value in figs, figs
    assert figs[value].source == source


def test_speaker_not_carried_to_the_next_figure() -> None:
    """The speaker after a quote speaks for the quote's sentence only."""
    text = (
        "«Только с начала года в области задержали около 600 дезертиров», — сказал начальник "
        "областной полиции. Всего по стране с 2022 года за самовольное оставление части "
        "осуждены более 20 тысяч человек."
    )
    figs = _figures(text, "ru", "2025-06-02")
    assert figs[600].source == "начальник областной полиции"
    assert figs[20000].source is None
