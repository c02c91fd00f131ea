"""Round 54 (source54): a teller the next sentence names for its event.

An event whose own sentence names its teller only by a word that stands for one named elsewhere
(«в сообщении», «в ведомстве», «по словам адвоката», "the agency") or by a country's authorities
as a whole («Власти Финляндии подтвердили, что ...»), where the next sentence names, looking
back, who told it («Об этом сообщает X», "This was reported by X"), takes that one
(``teller_forward`` of lang/*/attribution.yaml, ``article_sources._named_next``).  A body named
by its kind («в полиции», «суд») keeps its own.

Invented sentences only.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import pipeline_events

from awol.extract.attribution_story import attribution_rx


def _sources(text: str, lang: str) -> list[tuple[str, str | None]]:
    got = pipeline_events(text, lang, "2026-12-07", "source54")
    assert got
    return [(e["type"], e.get("source")) for e in got]


def test_authorities_confirmed_then_the_agency_reports() -> None:
    text = (
        "Власти Финляндии подтвердили, что российский контрактник Олег Крапивин дезертировал "
        "из своей части и попросил убежища. Об этом во вторник сообщает агентство "
        "Рейтер со ссылкой на Финскую иммиграционную службу."
    )
    got = dict(_sources(text, "ru"))
    assert got.get("desertion") and "Власти" not in got["desertion"]
    assert "Финскую иммиграционную службу" in got["desertion"]


def test_the_message_is_the_press_service_named_next() -> None:
    text = (
        "Как говорится в сообщении, гарнизонный суд приговорил контрактника Илью Рожнова к "
        "четырём годам колонии за самовольное оставление части. Об этом сообщили в "
        "пресс-службе Сибирского окружного военного суда."
    )
    got = dict(_sources(text, "ru"))
    assert got.get("sentence") == "пресс-службе Сибирского окружного военного суда"


def test_a_body_named_by_its_kind_keeps_its_own() -> None:
    # (control: «в полиции» is the teller as written, not replaced by the next sentence's)
    text = (
        "В полиции рассказали, что двое военнослужащих самовольно покинули часть под Омском. "
        "Об этом сообщает издание «Омский вестник»."
    )
    got = dict(_sources(text, "ru"))
    assert "полиции" in (got.get("desertion") or "")


@pytest.mark.parametrize(
    ("name", "lang", "want"),
    [
        ("сообщении", "ru", True),
        ("ведомстве", "ru", True),
        ("адвоката", "ru", True),
        ("Власти Норвегии", "ru", True),
        ("Норвежские власти", "ru", True),
        ("полиции", "ru", False),
        ("суд", "ru", False),
        ("МВД по Республике Коми", "ru", False),
        ("the agency", "en", True),
        ("Finnish authorities", "en", True),
        ("the regional police", "en", False),
        ("Mediazona", "en", False),
    ],
)
def test_teller_forward_words(name: str, lang: str, want: bool) -> None:
    rx = attribution_rx(lang, "teller_forward")
    assert rx is not None
    assert bool(rx.match(name)) is want
