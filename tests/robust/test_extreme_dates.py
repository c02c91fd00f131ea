"""Publication dates of year 1 and 9999 (a hostile manifest): extraction neither crashes nor
reckons impossible dates from them ("в прошлом году" of 0001-01-01 was "0000"); a normal
publication date still dates the same events (so the check can fail)."""

from __future__ import annotations

import pytest

from awol.model import Document
from awol.pipeline import Pipeline
from awol.validate import check_date

EN = (
    "Deserters detained\n\nTwo contract soldiers deserted from their unit last Monday, and were "
    "detained yesterday in Kursk. Another soldier fled in December, two years ago."
)
RU = (
    "Дезертиров задержали\n\nВчера в Курске задержали двух контрактников, которые в прошлом "
    "месяце самовольно оставили часть. В декабре прошлого года сбежал ещё один, его объявили в "
    "розыск."
)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _dates(pipeline, published):
    docs = [Document(origin=f"{lang}.txt", content=text.encode(), id=lang, language=lang,
                     published=published) for lang, text in (("en", EN), ("ru", RU))]  # fmt: skip
    out = {}
    for ex in pipeline.process(docs):
        assert not isinstance(ex, Exception), ex
        assert ex.events, ex.article.id
        out[ex.article.id] = [e.date for e in ex.events]
    return out


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01", "0001", "9999-12-31", "9999"])
def test_absurd_publication_dates_give_no_impossible_dates(pipeline, published):
    for doc, dates in _dates(pipeline, published).items():
        for d in dates:
            assert d is None or check_date(d) == d, (doc, published, dates)


def test_a_real_publication_date_dates_the_same_events(pipeline):
    got = _dates(pipeline, "2024-06-01")
    assert "2024-05-31" in got["en"] and "2024-05-31" in got["ru"], got
    assert "2023-12" in got["ru"], got
