"""A day that opens a Russian sentence before its teller and a reporting verb is the telling's
day, not the event's (round 35, lead): «В среду канал сообщил о задержании ...».

Round 35's source35 took such a day out of the source's text («В субботу канал сообщил» used
to give the source "В субботу"); the day then dated the event, and a channel with none named
before resolves to no source at all, so nothing kept the day out.  Invented text only."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events

PUB = "2025-10-15"  # a Wednesday


def _dated(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events(text, "ru", PUB)]


def test_telling_day_does_not_date_the_event() -> None:
    got = _dated("В среду канал сообщил о задержании дезертира в Туле. Его задержали во вторник.")
    # one detention, dated by the sentence that says when it happened (Tuesday), not two
    assert got == [("detention", "2025-10-14")]


def test_telling_day_before_an_authority_teller() -> None:
    got = _dated("В среду полиция сообщила о задержании дезертира в Туле.")
    assert got and all(date != PUB for _, date in got)


@pytest.mark.parametrize(
    "text, date",
    [
        # the day is the event's: its verb comes first, the teller after a comma
        ("В среду дезертира задержали в Туле, сообщил канал.", PUB),
        # a month is no telling's day («объявили в розыск» is a search, not a telling)
        ("В августе дезертира объявили в федеральный розыск.", "2025-08"),
    ],
)
def test_event_days_stay(text: str, date: str) -> None:
    assert any(d == date for _, d in _dated(text))


def test_a_notice_of_suspicion_told_to_him_is_the_event() -> None:
    # «ему сообщили о подозрении»: he was told (the notice of suspicion is the prosecution), no
    # teller: the day is the event's
    got = _dated("Во вторник ему сообщили о подозрении в дезертирстве.")
    assert ("prosecution", "2025-10-14") in got
