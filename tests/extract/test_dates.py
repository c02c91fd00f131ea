"""Tests for awol.extract.dates (language-neutral engine + en/ru lexicons)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awol.extract.dates import DateMention, find_dates, resolve_offset

SHARED = Path(__file__).resolve().parents[2] / "corpus" / "dev"  # the bundled dev corpus


def values(text: str, lang: str, published: str | None) -> list[str | None]:
    return [m.value for m in find_dates(text, lang, published)]


def one(text: str, lang: str, published: str | None) -> DateMention:
    found = find_dates(text, lang, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "pub", "value", "precision"),
    [
        ("He left on Jan. 13.", "2024-02-01", "2024-01-13", "day"),
        ("on January 13, 2023", "2024-02-01", "2023-01-13", "day"),
        ("13 January", "2024-02-01", "2024-01-13", "day"),
        ("as of Sept. 1, 2025", "2025-10-08", "2025-09-01", "day"),
        ("in October 2022", "2025-10-08", "2022-10", "month"),
        ("in March 2024", "2025-10-08", "2024-03", "month"),
        ("in 2023", "2025-10-08", "2023", "year"),
        ("late 2023", "2024-06-20", "2023", "year"),
        ("In April of last year", "2025-08-14", "2024-04", "month"),
        ("at the end of December", "2024-01-10", "2023-12", "month"),
        ("Monday, Aug. 12", "2024-08-14", "2024-08-12", "day"),
        ("the night of Aug. 10", "2024-08-14", "2024-08-10", "day"),
        ("in early August", "2023-09-06", "2023-08", "month"),
        ("in May", "2024-11-21", "2024-05", "month"),
        ("2025-03-15", None, "2025-03-15", "day"),
    ],
)
def test_absolute_english(text, pub, value, precision):
    m = one(text, "en", pub)
    assert (m.value, m.precision) == (value, precision)
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "pub", "value"),
    [
        ("13 января", "2025-02-14", "2025-01-13"),
        ("13 января 2025 года", "2026-02-14", "2025-01-13"),
        ("13.05.2025", None, "2025-05-13"),
        ("в марте", "2025-05-14", "2025-03"),
        ("в октябре прошлого года", "2025-04-14", "2024-10"),
        ("в конце декабря", "2025-01-14", "2024-12"),
        ("в начале апреля", "2025-05-14", "2025-04"),
        ("в январе", "2025-02-14", "2025-01"),
        ("февраля 2024 года", "2024-06-14", "2024-02"),
        ("в 2023 году", "2025-08-21", "2023"),
        ("вечером 6 июля", "2025-07-09", "2025-07-06"),
        ("в середине мая", "2025-06-04", "2025-05"),
    ],
)
def test_absolute_russian(text, pub, value):
    assert one(text, "ru", pub).value == value


def test_year_rollover():
    assert values("Dec. 28", "en", "2026-01-09") == ["2025-12-28"]
    assert values("in October", "en", "2024-01-12") == ["2023-10"]
    assert values("at the end of December", "en", "2024-01-10") == ["2023-12"]
    assert values("в январе", "ru", "2025-02-14") == ["2025-01"]
    assert values("в декабре", "ru", "2026-02-11") == ["2025-12"]
    # the publication day itself is not in the future
    assert values("Feb. 20", "en", "2026-02-20") == ["2026-02-20"]


def test_no_publication_date_gives_no_guessed_year():
    found = find_dates("Dec. 28, in October, on Monday, в марте, вчера", "en", None)
    assert [m.text for m in found] == ["Dec. 28", "in October", "on Monday"]
    assert all(m.value is None for m in found)
    ru = find_dates("в марте и вчера", "ru", None)
    assert [m.text for m in ru] == ["в марте", "вчера"]
    assert all(m.value is None for m in ru)
    # a full date needs no publication date
    assert values("January 13, 2023", "en", None) == ["2023-01-13"]


@pytest.mark.parametrize(
    ("text", "lang", "pub", "value"),
    [
        ("on Sunday", "en", "2023-11-13", "2023-11-12"),
        ("early on Monday", "en", "2025-03-18", "2025-03-17"),
        ("in the early hours of Saturday", "en", "2025-03-18", "2025-03-15"),
        ("on Wednesday", "en", "2024-11-20", "2024-11-20"),  # same weekday = publication day
        ("last Tuesday", "en", "2025-07-14", "2025-07-08"),
        ("Last Thursday", "en", "2024-06-20", "2024-06-13"),  # strictly before publication
        ("on Monday night", "en", "2025-09-24", "2025-09-22"),
        ("в среду", "ru", "2025-02-14", "2025-02-12"),
        ("во вторник", "ru", "2023-11-08", "2023-11-07"),
        ("в ночь на воскресенье", "ru", "2025-10-14", "2025-10-12"),
        ("во вторник вечером", "ru", "2025-07-09", "2025-07-08"),
        ("в ночь с субботы на воскресенье", "ru", "2025-10-14", "2025-10-12"),
    ],
)
def test_weekdays(text, lang, pub, value):
    m = one(text, lang, pub)
    assert (m.value, m.precision) == (value, "day")


def test_night_of():
    assert values("в ночь на 9 мая", "ru", "2024-05-10") == ["2024-05-09"]
    assert values("в ночь с 8 на 9 мая", "ru", "2024-05-10") == ["2024-05-09"]
    assert values("В ночь на 15 марта", "ru", "2025-03-16") == ["2025-03-15"]
    assert values("on the night of Aug. 10", "en", "2024-08-14") == ["2024-08-10"]


@pytest.mark.parametrize(
    ("text", "lang", "pub", "value", "precision"),
    [
        ("yesterday", "en", "2024-05-10", "2024-05-09", "day"),
        ("today", "en", "2024-05-10", "2024-05-10", "day"),
        ("last week", "en", "2023-11-13", "2023-11", "month"),
        ("last weekend", "en", "2025-05-21", "2025-05", "month"),
        ("a week ago", "en", "2025-07-14", "2025-07", "month"),
        ("last month", "en", "2024-01-05", "2023-12", "month"),
        ("in the middle of last month", "en", "2024-09-05", "2024-08", "month"),
        ("last year", "en", "2024-09-05", "2023", "year"),
        ("last spring", "en", "2024-11-21", "2024", "year"),
        ("this year", "en", "2024-09-05", "2024", "year"),
        ("since October", "en", "2025-02-13", "2024-10", "month"),
        ("five months ago", "en", "2025-02-13", "2024-09", "month"),
        ("вчера", "ru", "2024-05-10", "2024-05-09", "day"),
        ("сегодня", "ru", "2024-05-10", "2024-05-10", "day"),
        ("на прошлой неделе", "ru", "2024-05-03", "2024-04", "month"),
        ("в прошлом месяце", "ru", "2024-05-10", "2024-04", "month"),
        ("в прошлом году", "ru", "2024-05-10", "2023", "year"),
        ("прошлой весной", "ru", "2024-05-10", "2023", "year"),
        ("С сентября", "ru", "2025-02-14", "2024-09", "month"),
        ("пять месяцев назад", "ru", "2025-02-13", "2024-09", "month"),
    ],
)
def test_relative_to_publication(text, lang, pub, value, precision):
    m = one(text, lang, pub)
    assert (m.value, m.precision) == (value, precision)
    assert m.anchor is None


@pytest.mark.parametrize(
    ("text", "lang", "offset"),
    [
        ("the same day", "en", ("day", 0)),
        ("the next day", "en", ("day", 1)),
        ("a month later", "en", ("month", 1)),
        ("two days later", "en", ("day", 2)),
        ("в тот же день", "ru", ("day", 0)),
        ("на следующий день", "ru", ("day", 1)),
        ("через неделю", "ru", ("week", 1)),
        ("спустя месяц", "ru", ("month", 1)),
        ("через два дня", "ru", ("day", 2)),
    ],
)
def test_anchored_expressions_are_not_resolved_against_publication(text, lang, offset):
    m = one(text, lang, "2024-05-10")
    assert m.anchor == "previous"
    assert m.offset == offset
    assert m.value is None


def test_nakanune_and_day_before_fall_back_to_publication():
    for text, lang in [("накануне", "ru"), ("the day before", "en")]:
        m = one(text, lang, "2026-02-11")
        assert (m.value, m.anchor, m.offset) == ("2026-02-10", "previous", ("day", -1))
    # "накануне 9 мая" is the eve of that date
    assert values("накануне 9 мая", "ru", "2024-05-20") == ["2024-05-08"]


def test_resolve_offset_keeps_sensible_precision():
    assert resolve_offset("2022-10", ("month", 1)) == "2022-11"
    assert resolve_offset("2024-03", ("month", 1)) == "2024-04"
    assert resolve_offset("2024-02-26", ("day", 0)) == "2024-02-26"
    assert resolve_offset("2024-05-09", ("day", -1)) == "2024-05-08"
    assert resolve_offset("2024-12-31", ("day", 1)) == "2025-01-01"
    assert resolve_offset("2024-08", ("day", 1)) == "2024-08"
    assert resolve_offset("2024-03-05", ("month", 1)) == "2024-04"
    assert resolve_offset("2024-05-08", ("week", 1)) == "2024-05-15"
    assert resolve_offset("2023", ("month", 1)) == "2023"
    assert resolve_offset("2023", ("year", 1)) == "2024"
    assert resolve_offset(None, ("day", 1)) is None
    assert resolve_offset("garbage", ("day", 1)) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The soldier, 31 years old, faces 13 years in prison under Article 337.", "en"),
        ("He was sentenced to 5 years; 10 soldiers fled at 10:30.", "en"),
        ("Ему грозит до 10 лет по статье 337 УК, часть 5.", "ru"),
        ("Суд назначил 5 лет колонии; задержаны 37 военнослужащих.", "ru"),
        ("The police may detain them; troops march on.", "en"),
    ],
)
def test_non_dates_are_ignored(text, lang):
    assert find_dates(text, lang, "2024-05-10") == []


def test_mentions_are_ordered_non_overlapping_and_exact_substrings():
    text = "He fled on Nov. 5, was put on a wanted list last week and was shot dead on Sunday."
    found = find_dates(text, "en", "2023-11-13")
    assert [m.value for m in found] == ["2023-11-05", "2023-11", "2023-11-12"]
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    for m in found:
        assert text[m.start : m.end] == m.text


def test_empty_and_unknown_language():
    assert find_dates("", "en", None) == []
    with pytest.raises(ValueError):
        find_dates("today", "xx", None)


def test_gold_date_texts():
    """Each gold event's date_text resolves to its gold date (anchored ones excluded)."""
    gold = SHARED / "gold.jsonl"
    if not gold.is_file():
        pytest.skip(f"dev corpus not found at {gold}")
    hits = total = anchored = 0
    misses = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        for event in doc["events"]:
            if not event.get("date_text") or not event.get("date"):
                continue
            found = find_dates(event["date_text"], doc["language"], doc["published"])
            if any(m.value == event["date"] for m in found):
                hits += 1
                total += 1
            elif any(m.anchor for m in found):
                anchored += 1
            else:
                total += 1
                misses.append((doc["id"], event["date_text"], event["date"]))
    rate = hits / total
    print(f"gold date_text hit rate: {hits}/{total} = {rate:.1%} ({anchored} anchored excluded)")
    assert rate >= 0.85, misses


# ----------------------------------------------------------------- publication date precision
@pytest.mark.parametrize(
    ("text", "lang", "pub", "value", "precision"),
    [
        ("in March", "en", "2024-09", "2024-03", "month"),
        ("in October", "en", "2024-09", "2023-10", "month"),  # the most recent October
        ("on Sept. 3", "en", "2024-09", "2024-09-03", "day"),
        ("last month", "en", "2024-09", "2024-08", "month"),
        ("last year", "en", "2024-09", "2023", "year"),
        ("в марте", "ru", "2025-05", "2025-03", "month"),
        ("в прошлом году", "ru", "2025-05", "2024", "year"),
        ("last year", "en", "2024", "2023", "year"),
    ],
)
def test_month_or_year_publication_resolves_what_it_can(text, lang, pub, value, precision):
    m = one(text, lang, pub)
    assert (m.value, m.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "lang", "pub"),
    [
        ("on Wednesday", "en", "2024-09"),  # which Wednesday of September is not known
        ("yesterday", "en", "2024-09"),
        ("three days ago", "en", "2024-09"),
        ("в среду", "ru", "2025-05"),
        ("вчера", "ru", "2025-05"),
        ("in March", "en", "2024"),  # March 2024 or 2023: not known from a year
    ],
)
def test_finer_than_publication_stays_unresolved(text, lang, pub):
    assert values(text, lang, pub) == [None]


@pytest.mark.parametrize("pub", ["0001-01-01", "9999-12-31", "0001-01", "9999-12", "9999", "0001"])
@pytest.mark.parametrize(
    "text",
    [
        "He fled yesterday, on Monday, last week, in December, last year, a year ago.",
        "Next year, the day before, a month later, next month, tomorrow, last winter.",
        "Вчера, в понедельник, на прошлой неделе, в декабре, в прошлом году, год назад.",
        "Через год, накануне, месяц спустя, в следующем месяце, завтра, прошлой зимой.",
    ],
)
def test_extreme_publication_dates_do_not_crash(text, pub):
    lang = "ru" if text[0] in "ВЧ" else "en"
    for m in find_dates(text, lang, pub):
        assert text[m.start : m.end] == m.text
        if m.value is not None:
            assert len(m.value) == {"day": 10, "month": 7, "year": 4}[m.precision]


def test_resolve_offset_past_the_calendar_is_none():
    assert resolve_offset("9999-12-31", ("day", 1)) is None
    assert resolve_offset("0001-01", ("month", -1)) is None
    assert resolve_offset("2024-01-31", ("month", 1)) == "2024-02"


@pytest.mark.parametrize(
    ("text", "lang", "pub", "value"),
    [
        ("the inmates escaped on July 26 and 27.", "en", "2024-07-29", "2024-07"),
        ("between March and August 2023", "en", "2024-01-10", "2023"),
        ("26 и 27 июля", "ru", "2024-07-29", "2024-07"),
        ("26-27 июля 2024 года", "ru", None, "2024-07"),
        ("с марта по август 2023 года", "ru", None, "2023"),
    ],
)
def test_a_range_is_the_period_that_holds_it(text, lang, pub, value):
    assert values(text, lang, pub) == [value]


def test_a_count_after_a_date_is_not_a_range():
    assert values("On May 5 and 12 soldiers fled", "en", "2024-07-29") == ["2024-05-05"]
