"""Round 43 (evid43): a detention's body retelling dates the lead's telling.

- A lead that tells a detention without a date, and a body sentence that tells it again with its
  day and place in words no trigger reads ("was held at the airport on Tuesday"), is one
  detention, dated from the body (extract/rescue.py ``RETOLD["detention"]``).

Small invented texts (no real incidents)."""

from __future__ import annotations

from tests.extract.helpers import events, of_type

HELD_IN_THE_BODY = (
    "Kazakhstan detains Russian soldier who fled his unit, rights group says\n\n"
    "Kazakh police have detained a Russian soldier who deserted from his unit and crossed into "
    "Kazakhstan, a rights group said on Thursday.\n\n"
    "Pavel Gromov, 29, was held at Almaty airport on Tuesday as he tried to board a flight to "
    "Tbilisi, the group said.\n\n"
    "Russia had put him on an interstate wanted list in July, it said."
)


def test_the_body_retelling_dates_the_leads_detention() -> None:
    held = of_type(events(HELD_IN_THE_BODY, "en", "2025-09-04"), "detention")
    assert len(held) == 1, [(e.date, e.evidence.text) for e in held]
    assert held[0].date == "2025-09-02", (held[0].date, held[0].evidence.text)
