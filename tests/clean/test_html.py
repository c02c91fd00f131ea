from __future__ import annotations

from pathlib import Path

import pytest

from awol.clean import clean_document
from awol.clean.dates import date_from_url, parse_dateline
from awol.errors import InputError
from awol.model import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean"


def html_doc(name: str, **kw) -> Document:
    p = FIXTURES / name
    return Document(origin=str(p), content=p.read_bytes(), id=p.stem, media_type="html", **kw)


def test_html_article_title_date_and_no_furniture():
    a = clean_document(html_doc("article.html"))
    assert a.title == "Deserter Detained at Border Crossing"
    assert a.published == "2024-06-11"
    assert a.language == "en"
    assert a.text.startswith(a.title + "\n\nBorder guards detained a Russian soldier")
    assert a.text.endswith("since the start of the year.")
    assert len(a.text.split("\n\n")) == 5  # headline + 4 paragraphs
    for gone in ("cookie", "Read more", "Queues Grow", "All rights reserved", "Privacy",
                 "donation", "Donate", "function(", "Home"):  # fmt: skip
        assert gone not in a.text


def test_html_is_sniffed_without_media_type():
    p = FIXTURES / "article.html"
    a = clean_document(Document(origin=str(p), content=p.read_bytes(), id="x"))
    assert a.title == "Deserter Detained at Border Crossing"


def test_declared_published_wins():
    a = clean_document(html_doc("article.html", published="2024-06-12"))
    assert a.published == "2024-06-12"


def test_html_without_article_is_an_error():
    with pytest.raises(InputError) as exc:
        clean_document(html_doc("no-article.html"))
    assert "no article text" in exc.value.reason
    assert exc.value.origin.endswith("no-article.html")


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://www.example.com/2025/05/21/police-arrest-ex-convicts-a89158", "2025-05-21"),
        ("https://eurasiabrief.example/story/2024-10-04-russian-deserter", "2024-10-04"),
        ("https://caucasusobserver.example/2024/01/russian-deserter/", None),
        ("https://kyivledger.example/articles/86214-russian-soldiers", None),
        ("https://x.example/2024/13/45/bad-date", None),
    ],
)
def test_date_from_url(url, iso):
    assert date_from_url(url) == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("March 18, 2025", "2025-03-18"),
        ("May 21, 2025 7:42 PM", "2025-05-21"),
        ("Published 20 June 2024", "2024-06-20"),
        ("13.05.2025", "2025-05-13"),
        ("21.08.2025, 10:30", "2025-08-21"),
        ("18 марта 2025", "2025-03-18"),
        ("9 июля 2025 г., 10:15", "2025-07-09"),
        ("18 февраля, 12:30", None),
        ("March 18, 2025, police said the men had fled.", None),
    ],
)
def test_parse_dateline(line, iso):
    assert parse_dateline(line) == iso


def test_url_date_used_for_plain_text():
    d = Document(
        "u.txt",
        b"Police detained two soldiers on Monday who had fled their unit, officials said.",
        id="u",
        url="https://news.example/2023/01/18/soldiers",
    )
    assert clean_document(d).published == "2023-01-18"
