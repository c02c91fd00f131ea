"""Round 54 (evid54): an event told in the headline (or the lead) whose body tells it again in a
sentence that is no mention of its type takes the date and region it lacks from that retelling
(evidence_fields.fields_of_retelling); the evidence stays where it was, since real coders cite
the headline or lead as often as the body.  A retelling of another case gives nothing.  Small
invented texts (no real incidents)."""

from __future__ import annotations

from tests.extract.helpers import events, of_type

TITLE = "Из части в Донбассе ушли с оружием девять бывших заключённых"
GROUP = (
    f"{TITLE}\n\n"
    "Девять контрактников из числа бывших заключённых без разрешения оставили подразделение, "
    "стоявшее под Горловкой в ДНР, сообщают местные каналы.\n\n"
    "Командование пока не комментирует произошедшее."
)


def test_the_headlines_flight_takes_the_bodys_region() -> None:
    got = of_type(events(GROUP, "ru", "2025-06-10", title=TITLE), "desertion")
    assert len(got) == 1
    assert got[0].region == "UA-14"
    assert got[0].evidence.text == TITLE  # (the evidence does not move)


ANOTHER = (
    f"{TITLE}\n\n"
    "В другом случае девять контрактников без разрешения оставили подразделение, стоявшее под "
    "Горловкой в ДНР, сообщают местные каналы.\n\n"
    "Командование пока не комментирует произошедшее."
)


def test_another_case_gives_no_region() -> None:
    got = of_type(events(ANOTHER, "ru", "2025-06-10", title=TITLE), "desertion")
    assert got and all(e.region is None for e in got if e.evidence.text == TITLE)


LEAD = (
    "A contract soldier who did not return to his unit after home leave has been detained, "
    "police said on Monday.\n\n"
    "The soldier's home leave ended on March 3 in the Tambov region, but he never went back to "
    "his regiment.\n\n"
    "He was handed over to the military commandant's office."
)


def test_the_leads_flight_takes_the_retellings_region() -> None:
    got = of_type(events(LEAD, "en", "2025-06-10"), "desertion")
    assert len(got) == 1
    assert got[0].region == "RU-TAM"
    assert got[0].evidence.text.startswith("A contract soldier")
