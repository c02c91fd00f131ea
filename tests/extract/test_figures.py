"""Aggregate figures: records of the justice system, compared values, compound numbers."""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.model import Article

LEAD = {
    "en": "Desertion from the army keeps growing, prosecutors say.\n\n",
    "ru": "Дезертирство из армии продолжает расти, сообщает прокуратура.\n\n",
}


def figures(text: str, lang: str) -> list[tuple[int, str, str | None]]:
    art = Article(id="t", language=lang, text=LEAD[lang] + text, published="2024-11-20")
    return [(f.value, f.qualifier, f.as_of) for f in extract_article(art).figures]


@pytest.mark.parametrize(
    "text, lang, value",
    [
        # no topic word in the sentence: the counted records make it a statistic
        ("In the first five months of 2024, 12,345 proceedings were registered.", "en", 12345),
        ("In 2023, the prosecutors registered more than 7,000 such cases.", "en", 7000),
        ("За 2023 год было зарегистрировано 8412 уголовных производств.", "ru", 8412),
    ],
)
def test_counted_records_are_figures(text, lang, value):
    assert value in [v for v, _q, _a in figures(text, lang)]


def test_record_figure_carries_its_year_and_qualifier():
    got = figures("In 2023, the prosecutors registered more than 7,000 such cases.", "en")
    assert (7000, "at_least", "2023") in got


@pytest.mark.parametrize(
    "text, lang, values",
    [
        (
            "In 2024 there were 9,120 such cases, compared to just 2,301 a year earlier.",
            "en",
            {9120, 2301},
        ),
        (
            "За 2024 год зарегистрировано 5120 производств против 1302 годом ранее.",
            "ru",
            {5120, 1302},
        ),
    ],
)
def test_compared_value_is_the_same_metric(text, lang, values):
    assert values <= {v for v, _q, _a in figures(text, lang)}


def test_thousands_and_units_are_one_number():
    got = {
        v
        for v, _q, _a in figures("Всего зарегистрировано 211 тыс. 45 уголовных производств.", "ru")
    }
    assert 211045 in got
    assert 211000 not in got and 45 not in got


@pytest.mark.parametrize(
    "text, lang",
    [
        # records of something else, or no statistic language: not a desertion figure
        ("The city has 40,000 residents and 300 shops.", "en"),
        ("Police opened 5,000 roads to traffic.", "en"),
    ],
)
def test_other_numbers_are_not_figures(text, lang):
    assert figures(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("Requests for help with desertion grew by 64% over the summer.", "en", 64),
        ("Число просьб помочь дезертировать выросло на 57 процентов за осень.", "ru", 57),
    ],
)
def test_change_in_per_cent_is_a_figure(text, lang, value):
    assert value in [v for v, _q, _a in figures(text, lang)]


def test_people_in_any_case_form_are_counted():
    got = figures("В 2024 году проект помог 512 людям дезертировать из армии.", "ru")
    assert (512, "exact", "2024") in got


def _figs(text: str, lang: str) -> list:
    art = Article(id="t", language=lang, text=LEAD[lang] + text, published="2024-11-20")
    return extract_article(art).figures


@pytest.mark.parametrize(
    "text, lang, value",
    [
        # the same statistic told twice: one figure
        (
            "Prosecutors registered 48,213 cases of desertion in 2023. "
            "As noted, 48,213 cases of desertion were registered that year.",
            "en",
            48213,
        ),
        # a rounded restatement of a precise figure: the precise one stays
        (
            "Prosecutors registered 48,213 cases of desertion in 2023. "
            "In other words, almost 48,000 desertion cases in a year.",
            "en",
            48213,
        ),
        (
            "В 2023 году зарегистрировано 31 742 дела о дезертирстве. "
            "Это более 31 тысячи дел о дезертирстве за год.",
            "ru",
            31742,
        ),
    ],
)
def test_restated_figure_is_one_figure(text, lang, value):
    assert [f.value for f in _figs(text, lang)] == [value]


def test_restated_figure_keeps_the_attribution_of_either_telling():
    got = _figs(
        "In 2023, 48,213 desertion cases were registered. "
        "48,213 desertion cases were registered in 2023, according to Mediazona.",
        "en",
    )
    assert [(f.value, f.source) for f in got] == [(48213, "Mediazona")]


def test_different_close_values_are_kept():
    # not rounded: two statistics that happen to be close
    got = {
        f.value
        for f in _figs("In 2023, 5,204 desertion cases and 5,096 AWOL cases were registered.", "en")
    }
    assert {5204, 5096} <= got


@pytest.mark.parametrize(
    "text, lang, kept, dropped",
    [
        (
            "In 2024 courts heard 7,311 cases of AWOL, 412 cases of insubordination "
            "and 215 cases of desertion.",
            "en",
            {7311, 215},
            {412},
        ),
        (
            "In 2022, 1,207 people were convicted of evading military conscription, "
            "compared with an average of around 700 in earlier years.",
            "en",
            set(),
            {1207, 700},
        ),
        (
            "В 2024 году больше всего дел возбуждено о самовольном оставлении части — 12 511, "
            "далее следует неисполнение приказа — 1702 и дезертирство — 933.",
            "ru",
            {12511, 933},
            {1702},
        ),
        (
            "В 2024 году суды рассмотрели 3100 дел об уклонении от мобилизации "
            "и 2750 дел о дезертирстве.",
            "ru",
            {2750},
            {3100},
        ),
    ],
)
def test_other_offences_are_not_desertion_figures(text, lang, kept, dropped):
    got = {f.value for f in _figs(text, lang)}
    assert kept <= got
    assert not dropped & got


@pytest.mark.parametrize(
    "text, lang",
    [
        # one unit's mass flight, told as a happening: an event with its count, not a statistic
        ("About 2,300 soldiers of the brigade deserted before it reached the front.", "en"),
        # a small hedged count on a given day is one happening
        ("Во вторник, 14 мая, как минимум 12 дезертиров сбежали из части под Омском.", "ru"),
    ],
)
def test_one_happening_is_an_event_not_a_figure(text, lang):
    art = Article(id="t", language=lang, text=LEAD[lang] + text, published=None)
    ex = extract_article(art)
    assert ex.figures == []
    assert any(e.type == "desertion" and e.count for e in ex.events)


@pytest.mark.parametrize(
    "text, lang, value",
    [
        # a small number stated as a total, or as a part of a counted whole
        (
            "Courts heard 312 desertion cases in 2024, with the Kursk region totaling seven.",
            "en",
            7,
        ),
        (
            "Prosecutors filed 58 desertion charges in 2023, and defendants in 14 of those "
            "cases have already been convicted.",
            "en",
            14,
        ),
        (
            "В 2024 году суды рассмотрели 212 дел о дезертирстве, всего девять из них в Крыму.",
            "ru",
            9,
        ),
        (
            "В 2024 году возбуждено 212 дел о дезертирстве, по 17 из этих дел уже вынесены приговоры.",
            "ru",
            17,
        ),
    ],
)
def test_small_total_or_subset_is_a_figure(text, lang, value):
    assert value in [v for v, _q, _a in figures(text, lang)]


def test_a_part_of_a_group_of_people_stays_an_event():
    art = Article(
        id="t",
        language="ru",
        text=LEAD["ru"] + "С начала года в комендатуре задержаны не менее 150 дезертиров. "
        "В отношении пятерых из них возбуждены уголовные дела.",
        published="2024-11-20",
    )
    assert [f.value for f in extract_article(art).figures] == [150]


@pytest.mark.parametrize(
    "text, lang, value",
    [
        # attempts to flee counted in a desertion article: about soldiers without naming them
        ("Больше всего попыток сбежать было зафиксировано в марте (143 случая).", "ru", 143),
        # requests that "such" points back to the topic are the statistic's records
        (
            "Фонд помогает солдатам дезертировать. За весну было получено 412 таких обращений "
            "против 296 за зиму.",
            "ru",
            412,
        ),
        (
            "The group helps soldiers desert. Over the spring it received 412 such requests, "
            "compared with 296 over the winter.",
            "en",
            412,
        ),
    ],
)
def test_flight_attempts_and_such_requests_are_figures(text, lang, value):
    assert value in [v for v, _q, _a in figures(text, lang)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("За весну городская справочная получила 412 обращений граждан.", "ru"),
        ("Over the spring the city hotline received 412 requests about potholes.", "en"),
    ],
)
def test_requests_about_something_else_are_not_figures(text, lang):
    assert figures(text, lang) == []


def _sources(text: str, lang: str) -> list[tuple[int, str | None]]:
    return [(f.value, f.source) for f in _figs(text, lang)]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a statement of its own names the source of the statistics that follow
        (
            "This was reported by the Office of the Prosecutor General in response to a request. "
            "In 2024, 31,742 desertion cases were registered. "
            "In 2023 there were 12,310 such cases.",
            "en",
            [
                (31742, "Office of the Prosecutor General"),
                (12310, "Office of the Prosecutor General"),
            ],
        ),
        (
            "Source: news outlet Mediazona\n\nIn 2024, 7,214 deserters were sentenced.",
            "en",
            [(7214, "Mediazona")],
        ),
        # what the source gave is not who it is
        (
            "According to data from Mediazona, 7,214 deserters were sentenced in 2024.",
            "en",
            [(7214, "Mediazona")],
        ),
        (
            "Как отмечается в ответе Офиса генерального прокурора на запрос издания, в 2024 году "
            "зарегистрировано 31 742 дела о дезертирстве.",
            "ru",
            [(31742, "Офиса генерального прокурора")],
        ),
    ],
)
def test_statistics_source_is_carried(text, lang, expected):
    assert _sources(text, lang) == expected


def test_a_description_of_data_is_not_carried_as_a_source():
    got = _sources(
        "Data extracted from court websites shows 7,214 deserters were sentenced in 2024. "
        "In 2023, 5,120 desertion cases were registered.",
        "en",
    )
    assert (5120, None) in got


def test_each_number_takes_its_own_year():
    got = figures(
        "Under the AWOL article, 6,120 proceedings were registered in 2022, 15,733 in 2023 "
        "and 61,004 in 2024.",
        "en",
    )
    assert {(v, a) for v, _q, a in got} >= {(6120, "2022"), (15733, "2023"), (61004, "2024")}


def test_each_number_takes_its_own_year_ru():
    got = figures(
        "По статье о СЗЧ зарегистрировано 6120 производств в 2022 году и 15 733 производства "
        "в 2023 году.",
        "ru",
    )
    assert {(v, a) for v, _q, a in got} >= {(6120, "2022"), (15733, "2023")}


def test_an_undated_total_holds_for_the_publication_date():
    # a statistic is told as it stands when published (the convention of the annotated corpora)
    got = figures("Military courts have heard 10,412 desertion cases.", "en")
    assert (10412, "exact", "2024-11-20") in got
    art = Article(id="t", language="en", text=LEAD["en"] + "Military courts have heard 10,412 "
                  "desertion cases.", published=None)  # fmt: skip
    assert [f.as_of for f in extract_article(art).figures] == [None]


@pytest.mark.parametrize(
    "text, lang, value, as_of",
    [
        # the end of the period a statistic covers
        ("From January to August 2024, 23,456 desertion cases were registered.", "en", 23456,
         "2024-08"),
        ("In January-May 2023, 4,567 proceedings for desertion were registered.", "en", 4567,
         "2023-05"),
        ("In the first five months of 2023, courts heard 2,345 desertion cases.", "en", 2345,
         "2023-05"),
        ("In the first half of 2022, courts heard 1,234 desertion cases.", "en", 1234, "2022-06"),
        ("С марта по июль 2023 года в суды поступило 3456 дел о дезертирстве.", "ru", 3456,
         "2023-07"),
        ("За первые восемь месяцев 2024 года возбуждено 7890 дел о дезертирстве.", "ru", 7890,
         "2024-08"),
        ("За февраль — апрель было получено 678 обращений дезертиров.", "ru", 678, "2024-04"),
        # an open period holds for the publication date, not for its start
        ("Since March 2023, courts have heard 3,456 desertion cases.", "en", 3456, "2024-11-20"),
        ("С 2022 года возбуждено более 12 тысяч дел о дезертирстве.", "ru", 12000, "2024-11-20"),
        # ... or for the date of the report it quotes
        ('"Since the start of 2024, 5,432 desertion cases have been filed," the outlet Zemlya '
         "reported on Aug. 14.", "en", 5432, "2024-08-14"),
    ],
)  # fmt: skip
def test_as_of_is_the_end_of_the_period(text, lang, value, as_of):
    assert as_of in [a for v, _q, a in figures(text, lang) if v == value]


def test_the_same_period_of_another_year_ends_in_the_same_month():
    got = figures(
        "From January to August 2024, 23,456 desertion cases were opened, while in the "
        "same months of 2023 there were 8,765 such cases.",
        "en",
    )
    assert {(v, a) for v, _q, a in got} >= {(23456, "2024-08"), (8765, "2023-08")}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("At the current pace, desertions could reach 60,000 by the end of the year.", "en"),
        (
            "При сохранении нынешних темпов по итогам года из армии сбежит не менее 60 тысяч человек.",
            "ru",
        ),
    ],
)
def test_a_forecast_is_not_a_figure(text, lang):
    assert figures(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # the attribution closes the next sentence, which states figures too
        (
            "In the first four months of 2024, military courts heard 1,234 desertion cases. "
            "That is more than in all of 2023, when courts heard 1,108 such cases, according to "
            "the independent outlet Zemlya.",
            "en",
            [(1234, "Zemlya"), (1108, "Zemlya")],
        ),
        # a description of the material gives way to the organisation the article names
        (
            "The outlet Novaya Vest reported on the desertion cases on Monday. As of March 1, "
            "there were 2,345 desertion cases, according to data gathered from court websites.",
            "en",
            [(2345, "Novaya Vest")],
        ),
        # the organisation stated once carries to the statistics told after it
        (
            "Journalists from Kraj Media analyzed court records of desertion cases. In 2023, "
            "courts handed down 1,678 sentences for desertion. In 2024, 2,456 deserters were "
            "sentenced.",
            "en",
            [(1678, "Kraj Media"), (2456, "Kraj Media")],
        ),
        (
            "С начала года в военные суды поступило 5432 дела о самовольном оставлении части, "
            "подсчитала «Северная газета». Приговоры вынесены 4321 военнослужащему.",
            "ru",
            [(5432, "Северная газета"), (4321, "Северная газета")],
        ),
    ],
)
def test_statistics_source_resolved_over_the_article(text, lang, expected):
    assert _sources(text, lang) == expected


def test_a_generic_source_stays_when_the_article_names_no_one():
    got = _sources(
        "As of March 1, there were 2,345 desertion cases, according to Russian media reports.",
        "en",
    )
    assert got == [(2345, "Russian media reports")]


def test_table_rows_under_an_introduction_are_figures():
    art = Article(
        id="t",
        language="en",
        published="2025-02-03",
        text=LEAD["en"] + "The blogger Ivan Petrenko listed the number of recruits of the brigade "
        "for each month and the number of soldiers who deserted that month (in brackets):\n\n"
        "April 120 (7);\n\nMay 310 (25);\n\nJune 2 140 (96).\n\nThe brigade was sent to the front "
        "in July.",
    )
    got = [(f.value, f.as_of, f.source) for f in extract_article(art).figures]
    assert got == [
        (7, "2024-04", "Ivan Petrenko"),
        (25, "2024-05", "Ivan Petrenko"),
        (96, "2024-06", "Ivan Petrenko"),
    ]


def test_rows_without_an_introduction_are_not_figures():
    art = Article(
        id="t",
        language="en",
        published="2025-02-03",
        text=LEAD["en"] + "Prices at the market:\n\nApples 120 (7);\n\nPears 310 (25).",
    )
    assert extract_article(art).figures == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a name opening the sentence, which no dictionary knows, is a source
        ("Zemlyanka has counted more than 7,300 verdicts against deserters since 2022.", "en",
         [(7300, "Zemlyanka")]),
        # a word of the dictionary opening it is not
        ("Analysts counted more than 7,300 verdicts against deserters since 2022.", "en",
         [(7300, None)]),
    ],
)  # fmt: skip
def test_a_source_opening_the_sentence(text, lang, expected):
    assert _sources(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, value, qualifier",
    [
        # a date after the number is not what was counted
        ("The number of desertion cases doubled to 4,000 last year.", "en", 4000, "exact"),
        # a mean is a statistic, approximate
        ("В среднем суды принимают 38 решений по подобным делам за рабочий день.", "ru", 38,
         "approx"),
        ("Courts handed down an average of 35 verdicts for desertion a day.", "en", 35, "approx"),
    ],
)  # fmt: skip
def test_rates_and_changes_are_figures(text, lang, value, qualifier):
    assert (value, qualifier) in [(v, q) for v, q, _a in figures(text, lang)]


def test_a_value_compared_with_the_year_before():
    got = figures(
        "Military courts convicted 5,517 soldiers of desertion in 2023, up from 3,208 a year "
        "earlier.",
        "en",
    )
    assert {(v, a) for v, _q, a in got} >= {(5517, "2023"), (3208, "2022")}


@pytest.mark.parametrize(
    "text, lang, values",
    [
        # a change in per cent and the value it led to
        ("Desertion cases increased by 50 percent to 26,000 last year.", "en", {50, 26000}),
        # a rate
        ("Around 80 deserters a day were caught by military police in December.", "en", {80}),
        ("Ежедневно в суды поступает около 45 дел о самовольном оставлении части.", "ru", {45}),
    ],
)
def test_changes_and_rates(text, lang, values):
    assert values <= {v for v, _q, _a in figures(text, lang)}


def test_a_month_later_is_not_a_rate():
    got = figures("A month later, 52 deserters were detained in the Rostov region.", "en")
    assert got == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # "the group" names no one: the group the article named before
        ("According to the volunteer network Dorozhka, more soldiers ask for help. The group says it has "
         "helped more than 1,400 servicemen desert since 2022.", "en", [(1400, "Dorozhka")]),
        # the name after a descriptor ("по оценке правозащитного проекта «X»")
        ("По оценке правозащитного проекта «Северный путь», в розыске за дезертирство сейчас "
         "находятся не менее 4000 военнослужащих.", "ru", [(4000, "Северный путь")]),
    ],
)  # fmt: skip
def test_statistics_source_names_someone(text, lang, expected):
    assert _sources(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, value",
    [
        # the counted people are named by a people noun or a nationality, not only by a
        # statistic noun ("draftees", "Ukrainians")
        ("Some 2,000 Ukrainians deserted every month in 2024.", "en", 2000),
        ("Since 2022, more than 5,000 draftees have fled their units.", "en", 5000),
        # a period of months is a statistic's, even where the sentence reads as a verdict
        ("Over 1,000 soldiers were convicted of going AWOL in the past twelve months.", "en", 1000),
        ("За последние полгода за самовольное оставление части осуждены 1200 военных.", "ru", 1200),
    ],
)
def test_people_heads_and_periods_make_figures(text, lang, value):
    assert value in [v for v, _q, _a in figures(text, lang)]


def test_a_people_word_that_is_not_the_head_noun_does_not_make_a_figure():
    # "58 военных судов": courts, not soldiers
    got = figures(
        "Журналисты изучили тексты приговоров 58 военных судов по делам о самовольном "
        "оставлении части.",
        "ru",
    )
    assert 58 not in [v for v, _q, _a in got]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "The number of criminal proceedings for desertion and AWOL, by year:\n\n"
            "2022 – 6,988;\n\n2023 – 17,658 proceedings;\n\n2024 – 67,840.",
        ),
        (
            "ru",
            "Количество уголовных производств по статье о дезертирстве по годам:\n\n"
            "2022 год — 6988;\n\n2023 год — 17 658;\n\n2024 год — 67 840.",
        ),
    ],
)
def test_table_rows_labelled_by_a_year(lang, text):
    art = Article(id="t", language=lang, published="2025-02-03", text=LEAD[lang] + text)
    got = [(f.value, f.as_of) for f in extract_article(art).figures]
    assert got == [(6988, "2022"), (17658, "2023"), (67840, "2024")]


def _as_of(text: str, lang: str, published: str | None) -> list[tuple[int, str | None]]:
    art = Article(id="t", language=lang, text=LEAD[lang] + text, published=published)
    return [(f.value, f.as_of) for f in extract_article(art).figures]


def test_a_date_without_its_year_takes_the_year_its_sentence_names():
    got = _as_of(
        "As of Nov. 21, courts had received 3,870 desertion cases, with verdicts issued weekly "
        "since June 2023.\n\nThe busiest month was August, with 412 desertion verdicts in all.",
        "en",
        None,
    )
    assert got == [(3870, "2023-11-21"), (412, "2023-08")]


def test_a_date_without_its_year_stays_unresolved_with_no_year_told():
    got = _as_of("As of Nov. 21, courts had received 3,870 desertion cases.", "en", None)
    assert got == [(3870, None)]


def test_the_date_of_the_numbers_own_clause():
    got = _as_of(
        "Если за весь 2024 год в отчёте указано 3200 случаев дезертирства, то в 2025 "
        "году их число выросло.",
        "ru",
        "2025-09-28",
    )
    assert (3200, "2024") in got


@pytest.mark.parametrize(
    "text, lang, value",
    [
        (
            "As of 1 May, 120 thousand criminal proceedings were opened under Article 407.",
            "en",
            120000,
        ),
        ("С начала года открыто 45 тысяч уголовных производств по статье о СЗЧ.", "ru", 45000),
    ],
)
def test_thousands_of_records_beside_an_event_word_are_a_figure(text, lang, value):
    # "proceedings were opened" reads as a prosecution, but no one case is of thousands
    assert value in [v for v, _q, _a in figures(text, lang)]


def test_a_few_records_beside_an_event_word_are_no_figure():
    got = figures("In March, 16 proceedings were opened against the deserters.", "en")
    assert 16 not in [v for v, _q, _a in got]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The total of AWOL cases in 2024 exceeded 90,000, prosecutors said.", "en"),
        ("Количество дел о СЗЧ в 2024 году превысило 90 тысяч.", "ru"),
    ],
)
def test_a_value_exceeded_is_at_least_it(text, lang):
    # "СЗЧ" (AWOL) puts the statistic about soldiers without another topic word
    assert (90000, "at_least", "2024") in figures(text, lang)


def _as_of_by_value(text: str, lang: str, published: str | None) -> dict[int, str | None]:
    art = Article(id="t", language=lang, text=LEAD[lang] + text, published=published)
    return {f.value: f.as_of for f in extract_article(art).figures}


def test_a_part_of_the_statistics_told_before_holds_for_their_date():
    text = (
        "Police were searching for 52,400 servicemen suspected of desertion as of Sept. 1, 2025.\n\n"
        "The database was leaked by an official.\n\n"
        "The largest group, about 6,300 deserters, was registered by police in the Rostov region."
    )
    got = _as_of_by_value(text, "en", "2025-10-08")
    assert got[52400] == "2025-09-01" and got[6300] == "2025-09-01"


def test_a_rate_or_a_count_up_to_now_holds_as_published():
    text = (
        "In 2024, military courts handed down 9,800 sentences for desertion.\n\n"
        "The outlet studied the courts' websites.\n\n"
        "The courts now pass 200 such sentences weekly, the outlet says.\n\n"
        "The lawyers of the deserters say appeals rarely succeed.\n\n"
        "So far, more than 30,000 soldiers have been convicted of desertion."
    )
    got = _as_of_by_value(text, "en", "2025-10-08")
    assert got[9800] == "2024" and got[200] == "2025-10-08" and got[30000] == "2025-10-08"


def test_a_period_up_to_now_holds_as_published_and_an_undated_article_does_not_guess():
    text = (
        "В 2024 году было возбуждено 89 тысяч дел о СЗЧ.\n\n"
        "За последний месяц открыто 12 тысяч производств по статье о самовольном оставлении части."
    )
    assert _as_of_by_value(text, "ru", "2025-06-10")[12000] == "2025-06-10"
    # undated: "last year" holds for a year no one can tell, not for the statistic before
    text = (
        "In 2024, prosecutors registered 89,000 AWOL cases.\n\n"
        "Last year, courts handed down 9,000 sentences for desertion."
    )
    assert _as_of_by_value(text, "en", None)[9000] is None


def test_the_entire_previous_year_is_a_year():
    text = (
        "From January to September 2024, 35,307 criminal cases were opened, while in the "
        "same months of 2023 there were 11,625 cases. For the whole previous year, the total of "
        "such cases came to 17,658."
    )
    assert _as_of_by_value(text, "en", None)[17658] == "2023"
