"""A conjoined predicate shares the adverbials of the clause before; a clause with a subject of
its own does not (``conjoined`` in ``lang/*/arguments.yaml``)."""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.model import Article


def _regions(text: str, lang: str) -> dict[str, str | None]:
    events = extract_article(Article(id="t", text=text, language=lang)).events
    return {e.type: e.region for e in events}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Military police raided a camp in the Kursk region and detained 12 deserters.",
            "en",
            {"detention": "RU-KRS"},
        ),
        (
            "Two deserters were caught drunk at a bar in the Kursk region, and three others are "
            "wanted by the military police.",
            "en",
            {"wanted": None},
        ),
        (
            "В среду полиция провела рейд в Курской области и задержала 12 дезертиров.",
            "ru",
            {"detention": "RU-KRS"},
        ),
        (
            "Двоих дезертиров нашли в кафе в Курской области, и ещё трое объявлены в розыск.",
            "ru",
            {"wanted": None},
        ),
    ],
)
def test_a_clause_with_a_subject_of_its_own_keeps_its_own_place(
    text: str, lang: str, expected: dict
) -> None:
    got = _regions(text, lang)
    assert {t: got.get(t, "absent") for t in expected} == expected, got
