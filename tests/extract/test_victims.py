"""A killing done by the deserters is not a death of theirs; their own death still is."""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.model import Article


def _types(text: str, lang: str) -> list[str]:
    art = Article(id="t", language=lang, text=text, published="2024-05-20")
    return [e.type for e in extract_article(art).events]


@pytest.mark.parametrize(
    ("text", "lang", "death"),
    [
        ("Five soldiers deserted from their unit in May. The fugitives killed a guard.", "en", 0),
        ("Five soldiers deserted from their unit in May. One deserter was shot dead.", "en", 1),
        # a passive: the deserters are the ones killed
        ("Two soldiers deserted from their unit in May. One of the fugitives was killed.", "en", 1),
        ("Пятеро военнослужащих дезертировали в мае. Они убили охранника.", "ru", 0),
        ("Пятеро военнослужащих дезертировали в мае. Одного беглеца застрелили.", "ru", 1),
    ],
)
def test_victims_are_not_deaths(text: str, lang: str, death: int) -> None:
    assert _types(text, lang).count("death") == death
