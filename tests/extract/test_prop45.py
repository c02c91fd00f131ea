"""Round 45 (prop45): flights told in words no trigger lists, proposed after the classifier by
lemma and clause (awol.extract.proposals, lang/en/proposals.yaml), on invented text.

- a return that did not happen, without the unit or the leave the patterns ask for ("never went
  back", "He didn't go back.", "stayed put instead of heading back"): the telling begins at its
  negation, so the gates do not read it as a negated happening; a contracted "n't" is a negation;
- a crossing into another country, whatever the man's noun ("Lomakin, who crossed into Norway"),
  a step of a flight told before it (it joins that flight);
- no proposal in a question; not a death, an inability, a plea, a try, the draft's exodus;
- a generic statement's plural subject is no "his" ("When his leave ran out X stayed at home, and
  a case was opened against him" is a happening, not what people of a kind do).
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import pipeline_events

from awol.extract.proposals import propose
from awol.extract.relevance_generic import generic


def _proposed(sentence: str, story: bool = True) -> list[str]:
    return [t.type for t, _s, _e in propose(sentence, "en", set(), story)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He did not go back.",
        "He didn't go back after that.",
        "In May she got a two-week leave and never went back.",
        "The corporal stayed in his village instead of heading back to the regiment.",
        "The sergeant chooses not to return to Ukraine, his sister says.",
        "Rybin, who crossed into Finland from the Karelian woods, asked for asylum.",
        "He slipped across the southern border into Kazakhstan at night.",
        "The private illegally crossed into the country and asked for protection.",
    ],
)
def test_a_flight_in_unlisted_words_is_proposed(sentence: str) -> None:
    assert _proposed(sentence) == ["desertion"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He never came back from the assault on the village.",
        "He did not go back on his word.",
        "His wife begged him not to go back.",
        "He said he couldn't go back there.",
        "What happens to a soldier who goes home and does not come back?",
        "He returned to his unit on Monday.",
        "He was detained when he tried to cross back into Russia.",
        "Thousands of men crossed into Georgia to escape the mobilisation.",
        "Russian troops crossed into the country at dawn.",
    ],
)
def test_a_death_a_plea_a_try_an_exodus_or_a_question_propose_nothing(sentence: str) -> None:
    assert _proposed(sentence) == []


def test_the_telling_begins_at_its_negation() -> None:
    text = "In June he never went back."
    ((_t, start, end),) = propose(text, "en", set(), True)
    assert text[start:end] == "never went"
    text = "He didn't go back."
    ((_t, start, end),) = propose(text, "en", set(), True)
    assert text[start:end] == "didn't go"


def test_a_crossing_joins_the_flight_it_continues() -> None:
    (rule,) = [t for t, _s, _e in propose("He crossed into Norway.", "en", set(), True)]
    assert rule.step


def test_a_past_his_is_not_the_plural_subject_of_a_generic_statement() -> None:
    assert not generic(
        "When his leave ran out Petrov stayed at home, and a criminal case for desertion was "
        "opened against him.",
        "en",
    )
    assert generic("Regional governors post search notices on Telegram every week.", "en")


ARTICLE = """Mobilised man from Kurgan wanted after overstaying his leave

A mobilised soldier from the Kurgan region is being sought by police after he deserted, the regional Interior Ministry said on Tuesday.

Artyom Lebedev, 31, was wounded near Kreminna in the spring and sent home to recover.

In July he got a three-week leave and never went back.

When his leave ran out Lebedev stayed in his village, and a criminal case for desertion was opened against him.
"""


def test_an_article_keeps_the_flight_and_the_case() -> None:
    got = pipeline_events(ARTICLE, "en", "2025-10-07", origin="prop45")
    kinds = [e["type"] for e in got]
    assert "desertion" in kinds, got
    assert "prosecution" in kinds, got
    # (the flight's month is the return that did not happen: "In July ... never went back")
    assert [e["date"] for e in got if e["type"] == "desertion"] == ["2025-07"], got
