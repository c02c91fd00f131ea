"""Who said so and when a figure holds, round 37 (source37): a carried period gives way to the
day a report stands at (figure_state.py); a document's verb of showing or stating, a
participle's clause between a teller and its verb, the telling's frame before its day, and the
Russian documents, first tellers, findings and relays no earlier line read.  Invented text only
(no corpus sentence, no real person)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, figures_by_value

PUB = "2026-10-16"  # a Friday


def _one(text: str, lang: str, kind: str, published: str | None = PUB):
    got = [e for e in events(text, lang, published) if e.type == kind]
    assert got, f"no {kind} in {text!r}"
    return got[0]


def _words(s: str | None) -> set[str]:
    return set((s or "").lower().replace("«", " ").replace("»", " ").split()) - {"the", "a", "an"}


# --- a figure with no date of its own holds at the report's day, not a period's ------------


def test_english_parallel_count_takes_the_reports_day_not_the_period_before() -> None:
    text = (
        "As of Oct. 3, 2026, there have been 5,210 desertion cases in garrison courts, according to"
        " data gathered by the project Zona Prava.\n\n"
        "An accompanying chart shows that over 2,400 desertion cases were recorded in 2025.\n\n"
        "Courts also heard 640 cases of desertion by soldiers from occupied areas."
    )
    figs = figures_by_value(text, "en", None)
    assert figs[5210].as_of == "2026-10-03"
    assert figs[2400].as_of.startswith("2025") and len(figs[2400].as_of) == 4
    assert figs[640].as_of == figs[5210].as_of  # was 2025, the chart's period


def test_russian_count_up_to_now_takes_the_reports_day() -> None:
    text = (
        "3 октября 2026 года «Зона права» опубликовала такие данные: «За 2025 год в военные суды"
        " поступили 4100 уголовных дел о самовольном оставлении части — почти вдвое больше, чем"
        " годом ранее (2300)… С начала войны военные суды получили почти 9 тысяч уголовных дел»."
    )
    figs = figures_by_value(text, "ru", None)
    assert figs[4100].as_of == "2025"
    assert figs[2300].as_of == "2024"
    assert figs[9000].as_of == "2026-10-03"  # was 2024, the year before's


def test_a_part_of_the_period_keeps_the_period() -> None:
    # guard: "Of those" counts a part of the 2025 figure, which holds for 2025
    text = (
        "As of Oct. 3, 2026, there have been 5,210 desertion cases in garrison courts, according to"
        " data gathered by the project Zona Prava.\n\n"
        "An accompanying chart shows that over 2,400 desertion cases were recorded in 2025.\n\n"
        "Of those, 310 desertion cases were heard in Moscow courts."
    )
    figs = figures_by_value(text, "en", None)
    assert figs[310].as_of == figs[2400].as_of


def test_the_publication_day_is_no_reports_state() -> None:
    # guard: a count up to now holds at publication; a breakdown of a month's count after it
    # keeps the month (the publication day is the default, not a day the report told)
    text = (
        "Military courts have heard 7,310 desertion cases since September 2022, according to"
        " Mediazona.\n\n"
        "In August 2026 alone, 812 desertion cases were brought before the courts.\n\n"
        "There were 760 cases of unauthorised absence and 52 cases of desertion."
    )
    figs = figures_by_value(text, "en", PUB)
    assert figs[812].as_of == "2026-08"
    assert figs[760].as_of == "2026-08"


# --- English: a document's verb, a participle's clause, the telling's frame ----------------


@pytest.mark.parametrize(
    "text, kind, source",
    [
        (
            "A driver from Kirov deserted from his battalion near Bakhmut in March, the"
            " indictment states.",
            "desertion",
            "the indictment",
        ),
        (
            "A signaller from Penza deserted from his unit in July, the case materials show.",
            "desertion",
            "the case materials",
        ),
        (
            "The gunner left his brigade without permission on 2 May, the garrison court's case"
            " card shows.",
            "desertion",
            "the garrison court's case card",
        ),
        (
            "The mayor of Belgorod, writing on VKontakte, said three deserters had been"
            " detained at a checkpoint.",
            "detention",
            "The mayor of Belgorod",
        ),
    ],
)
def test_english_tellers(text: str, kind: str, source: str) -> None:
    assert _words(source) <= _words(_one(text, "en", kind).source)


@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "In a statement on Monday, the Investigative Committee said a deserter had been"
            " detained in Murmansk.",
            "detention",
        ),
        (
            "In an interview with Dozhd on Thursday, the private's father said his son, a"
            " deserter, had been detained in Ufa.",
            "detention",
        ),
    ],
)
def test_english_telling_frame_day_does_not_date_the_event(text: str, kind: str) -> None:
    assert _one(text, "en", kind).date is None


def test_english_event_day_after_a_frame_stays() -> None:
    # guard: the day of the event's own clause, the frame's day aside
    e = _one(
        "In a statement on Wednesday, the regional police said a deserter had been detained"
        " on Monday.",
        "en",
        "detention",
    )
    assert e.date == "2026-10-12"


# --- Russian: documents, the first teller, a finding's owner, a relay, a frame -------------


@pytest.mark.parametrize(
    "text, kind, source",
    [
        (
            "В решении суда говорится, что рядовой дезертировал из полка в октябре 2025 года.",
            "desertion",
            "решении суда",
        ),
        (
            "Водитель из Кирова сбежал из батальона под Бахмутом в марте, указано в"
            " обвинительном заключении.",
            "desertion",
            "обвинительном заключении",
        ),
        (
            "Как указано в постановлении суда, сбежавшего из части контрактника из Томска"
            " объявили в розыск.",
            "wanted",
            "постановлении суда",
        ),
        (
            "Как первой сообщила «Медиазона», танкиста из Омска приговорили к пяти годам за"
            " дезертирство.",
            "sentence",
            "Медиазона",
        ),
        (
            "Анализ «Вёрстки» показал, что лейтенант флота дезертировал в апреле и уехал в Грузию.",
            "desertion",
            "Вёрстки",
        ),
        (
            "Дезертира из Твери задержали в Казахстане, о чем ранее сообщал сайт «Фергана».",
            "detention",
            "Фергана",
        ),
        (
            "В интервью «Дождю» в пятницу отец рядового рассказал, что его сына, дезертира,"
            " задержали в Уфе.",
            "detention",
            "отец рядового",
        ),
    ],
)
def test_russian_tellers(text: str, kind: str, source: str) -> None:
    assert _words(source) <= _words(_one(text, "ru", kind).source)


def test_russian_telling_frame_day_does_not_date_the_event() -> None:
    e = _one(
        "В заявлении во вторник следственный комитет сообщил, что в Мурманске задержан дезертир.",
        "ru",
        "detention",
    )
    assert e.date is None


def test_a_courts_document_gives_its_seat_to_no_flight() -> None:
    # the court's place in the document's words is its seat, not where the flight happened
    e = _one(
        "В одном из решений Курского гарнизонного суда говорится, что рядовой самовольно"
        " покинул воинскую часть, чтобы добиться увольнения.",
        "ru",
        "desertion",
    )
    assert "решений" in (e.source or "")
    assert e.region is None
