"""Round 47 (attrib47): a named man's description, stated once anywhere the article names him,
carries to his story when none of his events has one (``who_story.who_stated_once``; the phrases
``named_apposed_before`` / ``named_apposed_after`` of ``lang/en/arguments.yaml``).

In real train every named man whom the article describes has at least one event with a who (his
other events, told by his surname or a pronoun, often have none); the readers before this round
looked only next to an event (``who_of_named``: the sentence before or after) and only for a
serviceman's title, so a man described in a lead far from his flight, or described as what he
was before the army ("a young farmhand"), had none on any event.  Twin: "the fifth, Name" of a
list is not a description.
"""

from __future__ import annotations

from helpers import pipeline_events


def _events(text: str) -> list[dict]:
    return pipeline_events(text, "en", "2025-12-01", "who47")


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


def test_apposition_after_the_name_two_sentences_back_goes_to_his_flight() -> None:
    text = (
        "Kirill Osokin, a former crewman of a missile launcher, has been hiding in Georgia "
        "since the spring. Prosecutors in Moscow put Osokin on the wanted list in June. "
        "The reporters learned that Osokin had left his brigade near Kupiansk in April."
    )
    events = _events(text)
    e = _of(events, "desertion")
    assert e["who"] and "crewman" in e["who"], events


def test_a_list_ordinal_or_a_clause_before_a_name_is_no_description() -> None:
    text = (
        "Five conscripts fled a base near Omsk. Police caught four of them two days later; "
        "the fifth, Denis Mazurov, went back to the base on his own. "
        "Mazurov was detained there on Monday."
    )
    for e in _events(text):
        assert not (e["who"] or "").lower().startswith("the fifth"), e
