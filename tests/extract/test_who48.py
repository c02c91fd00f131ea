"""Round 48 (attrib48), tried and reverted (the real-test who pin failed): a named man's
description, stated once anywhere the article names him, goes to his flight when none of his
events has one (``who_story.who_stated_once``; the phrases ``named_apposed_before`` /
``named_apposed_after`` of ``lang/en/arguments.yaml``), and to his flight only; not a title
before his name; not a flight whose sentence writes his surname only as an owner's.

All sentences are invented.
"""

from __future__ import annotations

from helpers import pipeline_events


def _events(text: str) -> list[dict]:
    return pipeline_events(text, "en", "2025-12-01", "who48")


def _of(events: list[dict], etype: str) -> dict:
    got = [e for e in events if e["type"] == etype]
    assert got, events
    return got[0]


def test_description_before_the_name_in_the_lead_goes_to_his_flight() -> None:
    text = (
        "In a village outside Tambov, a young farmhand, Pavel Drozdov, used to mend tractors "
        "for his neighbours. He was called up in the autumn of 2024. In March, Drozdov walked "
        "away from his regiment in the Belgorod region and went home."
    )
    e = _of(_events(text), "desertion")
    assert e["who"] and "farmhand" in e["who"], e


def test_a_list_ordinal_or_a_clause_before_a_name_is_no_description() -> None:
    # (the twin of the first: a guard on the reader, which reads this sentence too)
    text = (
        "Five conscripts fled a base near Omsk. Police caught four of them two days later; "
        "the fifth, Denis Mazurov, went back to the base on his own. "
        "Mazurov was detained there on Monday."
    )
    for e in _events(text):
        assert not (e["who"] or "").lower().startswith("the fifth"), e


def test_a_surname_as_an_owner_is_another_mans_flight() -> None:
    # (the guard of the first: the brother's flight, whatever name the event is given, does not
    # take the description of the man whose surname owns him)
    text = (
        "Mourners gathered in Biysk for the funeral of Roman Zhukovets, a 38-year-old volunteer "
        "killed near Kupiansk in June.\n\nZhukovets's younger brother Oleg, who also serves, once "
        "did not return from leave for five days, his wife said."
    )
    for e in _events(text):
        assert "volunteer" not in (e["who"] or ""), e
