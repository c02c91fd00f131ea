"""Round 55 (desert55): a flight told only as a charge's statutory content where no legal event
stands is the charge, not a flight (awol/extract/statute_flight.py; ``statute_flight: verdict /
charge`` in ``lang/ru/events.yaml``).  Invented sentences; each has a twin that stays a flight
(a flight with its own date and place; a duration with no legal step)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import types

_PUB = "2025-05-14"


@pytest.mark.parametrize(
    "text",
    [
        "Костромской гарнизонный военный суд принял к производству очередное дело об уходе из "
        "части во время мобилизации: по версии следствия, Глеб Репин отсутствовал на службе "
        "больше месяца. Ему может грозить до десяти лет колонии.",
        "Очередное дело об уходе со службы в период мобилизации получил Ивановский гарнизонный "
        "суд. По версии обвинения, рядовой Антон Юдин больше месяца отсутствовал в части.",
    ],
)
def test_a_statute_flight_with_no_legal_event_is_the_charge(text: str) -> None:
    got = types(text, "ru", _PUB)
    assert "prosecution" in got
    assert "desertion" not in got


def test_a_dated_placed_flight_beside_the_case_stays() -> None:
    text = (
        "Очередное дело об уходе со службы получил Ивановский гарнизонный суд: в мае рядовой "
        "Антон Юдин самовольно покинул часть в Кинешме и больше месяца жил у родных."
    )
    assert "desertion" in types(text, "ru", _PUB)


def test_a_duration_with_only_the_law_stays_a_flight() -> None:
    from awol.extract.lexicon import get_lexicon
    from awol.extract.statute_flight import _step

    spec = get_lexicon("ru").extra["statute_flight"]
    assert _step(spec, "Он больше месяца не появляется в части, ему грозит до десяти лет.") is None
    assert _step(spec, "По версии обвинения, он больше месяца отсутствовал.") == "prosecution"
    assert _step(spec, "Суд приговорил рядового, который больше месяца отсутствовал.") == "sentence"
