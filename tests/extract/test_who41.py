"""Round 41 (who41): the who of an event told by a pronoun in a one-man (one-group) story.

An event whose sentence speaks of its people only by a pronoun anywhere in it ("the prosecutor
sent his case to court", «Во вторник его задержали», «Против них возбудили дело») or by the word
of their number alone ("Both were detained", «обоих задержали») takes the descriptor of the
story's one set of people told in an event a few sentences before, also across a sentence that
speaks of someone else (his wife, his commander), where the chain of :func:`who_of_pronoun`
breaks: ``who_story.who_of_protagonist``.  Twins: a story of two men with two descriptors gives
none; a part of a group caught takes none.
"""

from __future__ import annotations

import pytest
from helpers import pipeline_events, pipeline_one

from awol.extract.argument_words import _words


def _events(text: str, lang: str) -> list[dict]:
    return pipeline_events(text, lang, "2025-12-01", "who41")


def _one(text: str, lang: str, etype: str) -> dict:
    return pipeline_one(text, lang, etype, "2025-12-01")


@pytest.mark.parametrize(
    ("text", "lang", "etype", "who"),
    [
        (
            "A gunner from Tomsk went missing from his unit in the Luhansk region in May. His wife "
            "learned of it from his commander. On Friday he was detained in Novosibirsk.",
            "en",
            "detention",
            "gunner",
        ),
        (
            "A gunner from Tomsk went missing from his unit in the Luhansk region in May. His "
            "wife wrote to the ombudsman. In July investigators opened a case against him.",
            "en",
            "prosecution",
            "gunner",
        ),
        (
            "Two gunners from Tomsk went missing from their unit in the Luhansk region in May. The "
            "local governor promised to help. Both were detained in Novosibirsk on Friday.",
            "en",
            "detention",
            "gunners",
        ),
        (
            "Мобилизованный из Томска пропал из части в Луганской области в мае. Жена узнала об "
            "этом от командира. В пятницу его задержали в Новосибирске.",
            "ru",
            "detention",
            "мобилизованный",
        ),
        (
            "Двое срочников ушли из части под Псковом в мае. Их матери обратились в прокуратуру. "
            "В июле обоих задержали в Твери.",
            "ru",
            "detention",
            "срочников",
        ),
    ],
)
def test_a_pronoun_event_takes_the_one_descriptor_of_its_story(
    text: str, lang: str, etype: str, who: str
) -> None:
    got = _one(text, lang, etype)
    assert (got["who"] or "").lower().endswith(who), got


def test_two_men_of_two_descriptors_give_a_pronoun_event_none() -> None:
    text = (
        "A gunner from Tomsk went missing from his unit in May. A sapper from Omsk fled from "
        "the same brigade in June. The governor promised to look into it. In July "
        "investigators opened a case against him."
    )
    got = [e for e in _events(text, "en") if e["type"] == "prosecution"]
    assert got and all(e["who"] is None for e in got), got


def test_the_number_word_reads_a_group_not_a_term() -> None:
    both = _words("en")["speaks_of_both"]
    assert both.search("Both were detained on Sunday")
    assert both.search("the four were charged")
    assert not both.search("sentenced to the two years")
    assert _words("ru")["speaks_of_both"].search("В воскресенье обоих задержали")
    assert not _words("ru")["speaks_of_both"].search("обороны")


@pytest.mark.parametrize(
    ("text", "etype", "who"),
    [
        (
            "A man was detained at a railway station in Kirov on Tuesday, police said. The "
            "35-year-old mobilised soldier had fled his unit in the spring.",
            "detention",
            "mobilised soldier",
        ),
        (
            "A 30-year-old private from Perm fled his unit in the Kursk region in April. The "
            "30-year-old was detained at a bus station in Perm in July.",
            "detention",
            "private",
        ),
        (
            "A court in Kursk has sentenced a local man to six years for desertion. The "
            "29-year-old contract soldier had hidden in a village for a year.",
            "sentence",
            "contract soldier",
        ),
    ],
)
def test_a_who_that_says_only_a_man_gives_way_to_the_story_s_serviceman(
    text: str, etype: str, who: str
) -> None:
    assert (_one(text, "en", etype)["who"] or "").endswith(who)


def test_a_named_man_s_pronoun_event_keeps_none() -> None:
    text = (
        "A garrison court sentenced contract soldier Ruslan Okhotnikov to five years for "
        "desertion. His lawyer plans an appeal. Investigators say that in the spring he was "
        "detained by police."
    )
    got = [e for e in _events(text, "en") if e["type"] == "detention"]
    assert got and all(e["names"] and e["who"] is None for e in got), got
