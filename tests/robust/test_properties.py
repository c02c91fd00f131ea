"""Property-based tests (hypothesis): counts, validation, readers and masking never crash on any
input, keep their offsets valid and read back what they were given."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from awol.errors import InputError
from awol.extract.counts import find_counts, parse_number
from awol.ingest.sources import iter_sources
from awol.ingest.warc import warc_documents
from awol.model import EVENT_TYPES, Document
from awol.privacy import mask_spans, redact_text
from awol.serve.export import csv_cell
from awol.validate import (
    ValidationError,
    check_count,
    check_date,
    check_event_type,
    check_filters,
    check_override,
    check_region,
    known_codes,
)

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

_EN_NUM = ["one", "two", "three", "a dozen", "dozens of", "more than 10", "at least 49,000",
           "about 300", "up to 20", "5", "1,140", "twenty-one"]  # fmt: skip
_RU_NUM = ["один", "двое", "трое из шести", "более 10", "не менее 49 тысяч", "около 300",
           "до 20", "5", "1 140", "двадцать один"]  # fmt: skip
_PEOPLE = [" soldiers", " deserters", " men", " военнослужащих", " дезертиров", ""]
_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)


# ------------------------------------------------------------------ counts
@given(
    pieces=st.lists(
        st.one_of(st.sampled_from(_EN_NUM + _RU_NUM), st.sampled_from(_PEOPLE), _TEXT), max_size=8
    ),
    lang=st.sampled_from(["en", "ru"]),
)
@SETTINGS
def test_counts_never_crash_and_offsets_are_valid(pieces, lang):
    text = " ".join(pieces)
    last = -1
    for c in find_counts(text, lang):
        assert text[c.start : c.end] == c.text
        assert c.start >= last  # in order, non-overlapping
        last = c.end
        assert isinstance(c.value, int) and c.value >= 0
        assert c.qualifier in ("exact", "at_least", "approx", "up_to")


@given(n=st.integers(min_value=1, max_value=10_000_000), lang=st.sampled_from(["en", "ru"]))
@SETTINGS
def test_digit_counts_read_back(n, lang):
    sep = "," if lang == "en" else " "
    written = f"{n:,}".replace(",", sep)
    assert parse_number(written, lang) == n
    noun = " soldiers deserted" if lang == "en" else " военнослужащих дезертировали"
    counts = find_counts(f"Officials said {written}{noun}.", lang)
    if not (1900 <= n <= 2099):  # a year-like number may be a date
        assert [c.value for c in counts] == [n]


# ------------------------------------------------------------------ validation
@given(d=st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)))
@SETTINGS
def test_every_real_date_is_accepted_in_each_precision(d):
    iso = d.isoformat()
    for v in (iso, iso[:7], iso[:4]):
        assert check_date(v) == v


@given(v=st.one_of(_TEXT, st.integers(), st.none(), st.floats(), st.lists(st.integers())))
@SETTINGS
def test_date_check_accepts_only_real_dates(v):
    try:
        out = check_date(v)
    except ValidationError as err:
        assert repr(v)[:20] in str(err) or "..." in str(err)
        return
    parts = [int(p) for p in out.split("-")]
    dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


@given(v=st.one_of(st.integers(), st.floats(allow_nan=True), st.booleans(), _TEXT, st.none()))
@example(v="0\x1f")  # a control character Python's \s counts as space, int() refuses
@example(v="\u0663")  # a non-ASCII digit
@SETTINGS
def test_count_check(v):
    try:
        out = check_count(v)
    except ValidationError:
        return
    assert isinstance(out, int) and not isinstance(out, bool) and 0 <= out <= 10_000_000


@given(v=_TEXT)
@SETTINGS
def test_types_and_regions_are_closed_sets(v):
    try:
        assert check_event_type(v) in EVENT_TYPES
    except ValidationError:
        pass
    try:
        assert check_region(v) in known_codes()
    except ValidationError:
        pass


@given(
    field=st.sampled_from(["type", "date", "count", "region", "country", "armed", "names", "who",
                           "count_qualifier", "rejected", "bogus"]),
    value=st.one_of(st.none(), st.booleans(), st.integers(), _TEXT, st.lists(_TEXT, max_size=3)),
)  # fmt: skip
@SETTINGS
def test_override_check_never_crashes(field, value):
    try:
        out = check_override(field, value)
    except ValidationError:
        return
    json.dumps(out)  # what is stored is plain JSON


@given(since=_TEXT, until=_TEXT)
@SETTINGS
def test_filter_check_never_crashes(since, until):
    try:
        check_filters(since, until, ["desertion"], ["RU"])
    except ValidationError:
        pass


# ------------------------------------------------------------------ readers
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _TEXT,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(_TEXT, kids, max_size=4),
    max_leaves=20,
)
_MESSAGE = st.fixed_dictionaries(
    {},
    optional={
        "id": _JSON | st.integers(),
        "type": st.sampled_from(["message", "service"]) | _JSON,
        "date": _JSON | st.just("2024-05-01T10:00:00"),
        "text": _JSON | _TEXT | st.lists(_TEXT | st.fixed_dictionaries({"text": _JSON})),
    },
)


@given(
    name=_JSON,
    chat=_JSON,
    messages=st.lists(_MESSAGE | _JSON, max_size=6),
)
@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
def test_telegram_reader_never_crashes(tmp_path_factory, name, chat, messages):
    d = tmp_path_factory.mktemp("tg")
    (d / "result.json").write_text(
        json.dumps({"name": name, "id": chat, "messages": messages}), encoding="utf-8"
    )
    for item in iter_sources([str(d)]):
        assert isinstance(item, (Document, InputError))
        if isinstance(item, Document):
            assert isinstance(item.content, bytes)
            for f in ("id", "url", "outlet", "published"):
                assert getattr(item, f) is None or isinstance(getattr(item, f), str)
        else:
            assert "cannot read" not in item.reason  # a reader bug, not a reason


@given(data=st.binary(max_size=3000), gz=st.booleans())
@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
def test_warc_reader_never_crashes(tmp_path_factory, data, gz):
    p = Path(tmp_path_factory.mktemp("w")) / ("x.warc.gz" if gz else "x.warc")
    p.write_bytes((b"WARC/1.0\r\n" if not gz else b"") + data)
    for item in warc_documents(p):
        assert isinstance(item, (Document, InputError))


# ------------------------------------------------------------------ masking, CSV cells
@given(text=_TEXT, names=st.lists(_TEXT, max_size=3))
@SETTINGS
def test_masking_never_crashes_and_spans_are_valid(text, names):
    spans = mask_spans(text, names)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        last = e
    out = redact_text(text, names)
    assert isinstance(out, str)
    if not spans:
        assert out == text


@given(v=st.one_of(_TEXT, st.integers(), st.floats(allow_nan=False), st.none(), st.booleans()))
@SETTINGS
def test_csv_cells_never_start_a_formula(v):
    out = csv_cell(v)
    if isinstance(out, str):
        assert not out.startswith(("=", "+", "-", "@", "\t", "\r"))
        assert not any(ord(c) < 32 and c not in "\n\t" for c in out)
