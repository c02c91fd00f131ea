"""Publication dates: manifest (full, month or year), page metadata, URL, dateline lines."""

from __future__ import annotations

import pytest

from awol.clean import clean_document
from awol.clean.dates import combine_published, month_from_url, normalise_iso, parse_prefixed
from awol.model import Document

BODY = b"Police detained two soldiers on Monday who had fled their unit, officials said."


def doc(content: bytes = BODY, **kw) -> Document:
    return Document("u.txt", content, id="u", **kw)


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-09-12", "2024-09-12"),
        ("2024-09-12T10:31:00+03:00", "2024-09-12"),
        ("2024-09", "2024-09"),
        ("2024", "2024"),
        ("2024-13", None),
        ("2024-02-30", None),
        ("0000", None),
        ("September 2024", None),
    ],
)
def test_normalise_partial(value, iso):
    assert normalise_iso(value, partial=True) == iso


def test_month_only_manifest_date_is_kept_as_a_month():
    assert clean_document(doc(published="2024-09")).published == "2024-09"


def test_month_only_manifest_date_refined_by_an_agreeing_url_date():
    d = doc(published="2024-09", url="https://x.example/2024/09/12/slug")
    assert clean_document(d).published == "2024-09-12"
    d = doc(published="2024-09", url="https://x.example/2023/01/18/slug")  # disagrees: the manifest
    assert clean_document(d).published == "2024-09"


def test_month_archive_url_gives_a_month():
    assert month_from_url("https://blog.example/2023/05/russias-awol-caseload.html") == "2023-05"
    assert month_from_url("https://x.example/news/3515166/slug") is None
    assert clean_document(doc(url="https://blog.example/2023/05/post.html")).published == "2023-05"


def test_published_line_in_the_text():
    text = (
        b"Soldier detained after fleeing his unit\n\n"
        b"Police detained two soldiers on Monday who had fled their unit, officials said.\n\n"
        b"The men were handed over to the military police and face charges of desertion.\n\n"
        b"Updated: 14 March 2025 at 10:20"
    )
    assert clean_document(doc(text)).published == "2025-03-14"
    assert parse_prefixed("Опубликовано 14 марта 2025, 10:20") == "2025-03-14"
    assert parse_prefixed("Published on March 14, 2025 by Jane Roe") == "2025-03-14"


def test_no_date_anywhere_stays_null():
    assert clean_document(doc()).published is None


def test_combine_never_guesses():
    assert combine_published(None) is None
    assert combine_published("2024", None, "2024-05-02") == "2024-05-02"
    assert combine_published("2024-09-01", "2023-01-01") == "2024-09-01"


def test_iso_timestamp_line_is_a_dateline():
    from awol.clean.dates import parse_dateline

    assert parse_dateline("2024-09-12T10:31:00+03:00") == "2024-09-12"
    text = b"2024-09-12T10:31:00Z\n\n" + BODY
    assert clean_document(doc(text)).published == "2024-09-12"
