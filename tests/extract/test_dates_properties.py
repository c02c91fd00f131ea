"""Property-based tests (hypothesis) for date parsing: no input crashes it, offsets stay valid,
values have the precision they claim and absolute dates read back exactly."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from awol.clean.dates import combine_published, normalise_iso, parse_dateline
from awol.extract.dates import find_dates, parse_published_precision, resolve_offset

_EN_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
_RU_MONTHS = [
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
]  # fmt: skip
_PIECES = [
    "yesterday", "on Monday", "last week", "in December", "Dec. 31", "last year", "a year ago",
    "the next day", "a month later", "in 2023", "late 2023", "last winter", "9999", "0001",
    "вчера", "в понедельник", "на прошлой неделе", "31 декабря", "в прошлом году", "накануне",
    "через месяц", "летом", "12.09.2024", "2024-09-12", " ", ", ", ". ", "\n",
]  # fmt: skip
_VALUE = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}

pubs = st.one_of(
    st.none(),
    st.dates().map(dt.date.isoformat),
    st.dates().map(lambda d: d.isoformat()[:7]),
    st.dates().map(lambda d: d.isoformat()[:4]),
    st.text(max_size=12),
)
texts = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=12).map("".join), st.text(max_size=80)
)


@settings(max_examples=300, deadline=None)
@given(text=texts, pub=pubs, lang=st.sampled_from(["en", "ru"]))
def test_find_dates_never_crashes_and_offsets_hold(text, pub, lang):
    last_end = -1
    for m in find_dates(text, lang, pub):
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end
        last_end = m.end
        if m.value is not None:
            assert re.fullmatch(_VALUE[m.precision], m.value)


@settings(max_examples=200, deadline=None)
@given(d=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)), pub=pubs)
def test_absolute_dates_read_back(d, pub):
    en = f"He fled on {_EN_MONTHS[d.month - 1]} {d.day}, {d.year}."
    ru = f"Он сбежал {d.day} {_RU_MONTHS[d.month - 1]} {d.year} года."
    assert [m.value for m in find_dates(en, "en", pub)] == [d.isoformat()]
    assert [m.value for m in find_dates(ru, "ru", pub)] == [d.isoformat()]
    assert parse_dateline(f"{d.day:02d}.{d.month:02d}.{d.year} 10:31") == d.isoformat()


@given(value=st.text(max_size=30))
def test_publication_parsers_accept_anything(value):
    parsed = parse_published_precision(value)
    if parsed is not None:
        assert parsed[1] in ("day", "month", "year")
    got = normalise_iso(value, partial=True)
    assert got is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", got)
    combine_published(value, got, None)


@given(
    anchor=st.one_of(
        st.dates().map(dt.date.isoformat),
        st.dates().map(lambda d: d.isoformat()[:7]),
        st.dates().map(lambda d: d.isoformat()[:4]),
    ),
    unit=st.sampled_from(["day", "week", "month", "year"]),
    n=st.integers(-5000, 5000),
)
def test_resolve_offset_never_crashes(anchor, unit, n):
    got = resolve_offset(anchor, (unit, n))
    assert got is None or len(got) <= len(anchor) or unit in ("day", "week")
