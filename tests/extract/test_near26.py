"""Round 26 (near26): dates and spurious events of invented real-style text.

Each test fails on main 5a2bf1f: the mechanism it names is what makes it pass."""

from __future__ import annotations

from helpers import events, one


def test_a_weekday_after_the_dateline_dates_the_event():
    # the dateline's own date is the report's; a date later in the sentence is the event's
    text = (
        "KAZAN, March 6 (Wire News) - A garrison military court on Wednesday sentenced a "
        "conscript who ran away from his unit near Kazan to two years in a penal colony."
    )
    sentence = one(events(text, "en", "2025-03-06"), "sentence")
    assert sentence.date == "2025-03-05"
