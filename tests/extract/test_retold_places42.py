"""Round 42 (place42): a body sentence read again only to date the lead's flight
(extract/rescue.py date_retellings) dates it and places nothing: the flight keeps the place of
the telling it is cited from, not the country the man says he left nor the region he comes from
(train ren-038, ren-131 went wrong so).  Small invented texts (no real incidents)."""

from __future__ import annotations

from tests.extract.helpers import events, of_type

ABROAD = (
    "Russian sergeant seeks asylum in Finland\n\n"
    "A Russian sergeant has fled to Finland and applied for asylum there, the broadcaster Yle "
    "reported.\n\n"
    '"In January I resolved to leave the Russian Federation, because I had no wish to '
    'fight in this war," the sergeant said.\n\n'
    "Finnish officials declined to comment."
)

HOME = (
    "Refusenik's story\n\n"
    "Pavel Orlov decided not to go back to the front after months of nightmares about the "
    "battles he had seen.\n\n"
    "A 35-year-old from Russia's Perm region, he'd been mobilised in the autumn of 2022 and went "
    "home on leave in May 2023.\n\n"
    "He now lives in hiding."
)


def test_the_retelling_dates_the_flight_abroad_and_keeps_its_destination() -> None:
    fled = of_type(events(ABROAD, "en", "2024-03-05"), "desertion")
    assert len(fled) == 1, [(e.date, e.evidence.text) for e in fled]
    e = fled[0]
    assert e.date == "2024-01", e
    assert "fled to Finland" in e.evidence.text
    assert (e.country, e.region) == ("FI", None), e


def test_the_retelling_does_not_place_the_flight_at_the_mans_home_region() -> None:
    fled = of_type(events(HOME, "en", "2024-03-05"), "desertion")
    assert len(fled) == 1, [(e.date, e.evidence.text) for e in fled]
    assert fled[0].date is not None  # (dated by the retelling)
    assert (fled[0].region, fled[0].place_text) == (None, None), fled[0]
