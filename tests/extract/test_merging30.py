"""Round 30 (evid30): which mentions make one event (extract/merging.py ``stale``).

A detention or a death an article tells with no date anywhere is its news, of about the time it
was published; a telling dated long before the publication is another happening ("Last year, a
deserter ... was detained at the same checkpoint").  Small invented texts (no real incidents).
"""

from __future__ import annotations

from tests.extract.helpers import events, of_type

from awol.extract.merging import STALE_DAYS, _days_before

EN = (
    "Police in northern Kazakhstan have detained a Russian contract soldier who fled his unit, "
    "a rights group said on Thursday.\n\n"
    "The group said the man had asked for asylum.\n\n"
    "In 2023, Kazakh police detained another Russian deserter at the same border crossing and "
    "handed him over to Russia."
)
RU = (
    "Полиция Казахстана задержала российского контрактника, который сбежал из части, сообщили "
    "в четверг правозащитники.\n\n"
    "По словам правозащитников, мужчина просил убежища.\n\n"
    "В 2023 году казахстанские полицейские уже задерживали на этом пункте пропуска российского "
    "дезертира и передали его России."
)


def test_an_undated_detention_and_one_dated_two_years_before_stay_apart() -> None:
    for text, lang in ((EN, "en"), (RU, "ru")):
        held = of_type(events(text, lang, "2025-06-12"), "detention")
        assert len(held) == 2, (lang, [(e.date, e.evidence.text) for e in held])
        assert sorted(str(e.date) for e in held) == ["2023", "None"], lang


def test_a_detention_dated_within_the_season_is_the_news_told_again() -> None:
    # "in May" in a June article: the same detention the lead told, not an older one
    text = EN.replace(
        "In 2023, Kazakh police detained another Russian deserter",
        "In May, Kazakh police detained the soldier",
    )
    held = of_type(events(text, "en", "2025-06-12"), "detention")
    assert len(held) == 1, [(e.date, e.evidence.text) for e in held]


def test_days_before_the_publication_count_from_the_periods_end() -> None:
    assert _days_before("2024", "2025-01-20") == 20  # (December may be told as "last year")
    assert _days_before("2024-11", "2025-03-01") == 91
    assert _days_before("2025-05-31", "2025-06-12") == 12
    assert _days_before("bad", "2025-06-12") == 0
    assert _days_before("2023", "2025-06-12") > STALE_DAYS


HEADLINE = (
    "Army deserter detained at mountain border post\n\n"
    "A rights group said on Thursday it had lost touch with a soldier who fled his unit in the "
    "Kursk region.\n\n"
    "Two years ago, guards at the same post caught a runaway conscript from Ingushetia who was "
    "carrying his cousin's passport."
)


def test_an_undated_headline_is_not_told_again_by_an_older_detention() -> None:
    # the headline's detention is the news; the body tells only one of two years before
    held = of_type(events(HEADLINE, "en", "2025-06-12"), "detention")
    assert len(held) == 2, [(e.date, e.evidence.text) for e in held]
    assert any(e.evidence.text.startswith("Army deserter detained") for e in held)
