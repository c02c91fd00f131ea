"""Round 47 (attrib47): two English ways of telling who said so.

- A teller in the present tense after the event ("..., his family tells the independent outlet
  X."): the teller with the outlet it told, as "told" reads it (the chain, either link right);
  it was read as the outlet alone, not the relative the coders name (train ren-115's shape).
- A body named by its common noun after "reported by" ("as reported by the regional interior
  ministry"): the body, as a capitalised name after "reported by" was read; not an actor after
  "by" ("detained by police").
"""

from __future__ import annotations

from helpers import pipeline_events


def _events(text: str) -> list[dict]:
    return pipeline_events(text, "en", "2025-12-01", "source47")


def test_present_tense_teller_with_the_outlet() -> None:
    text = (
        "Haunted by nightmares, the 31-year-old chose not to go back to his regiment, "
        "his family tells the independent outlet Bereg."
    )
    got = [e["source"] for e in _events(text) if e["type"] == "desertion"]
    assert got and got[0] and got[0].startswith("his family"), got


def test_body_by_its_common_noun_after_reported_by() -> None:
    text = "A deserter was detained in Tver, as reported by the regional interior ministry."
    got = [e["source"] for e in _events(text) if e["type"] == "detention"]
    assert got == ["regional interior ministry"], got


def test_an_actor_after_by_is_no_teller() -> None:
    text = "A deserter from a Pskov unit was detained by military police in Tver on Friday."
    got = [e["source"] for e in _events(text) if e["type"] == "detention"]
    assert got == [None], got
