"""Round 41 (type41): event recall through any form of a word (invented text).

- An English topic word in any form of its verb ("accused of failing to return from a hospital",
  "charged with leaving his unit"): the sentence names desertion itself, so the classifier's
  doubt no longer vetoes its prosecution trigger ("began hearing the case").
"""

from __future__ import annotations

from awol.extract.lexicon import get_lexicon
from awol.model import Document
from awol.pipeline import Pipeline


def _events(text: str, lang: str, published: str = "2026-05-20") -> list[dict]:
    doc = Document(
        origin="type41",
        content=text.encode("utf-8"),
        id="type41",
        published=published,
        language=lang,
        media_type="text",
    )
    (out,) = Pipeline().process([doc])
    return [e.to_dict() for e in out.events]


def test_an_english_topic_word_in_any_form_of_its_verb() -> None:
    topic = get_lexicon("en").topic
    assert topic.search("a private who is accused of failing to return from a hospital")
    assert topic.search("he was charged with leaving his unit")


def test_a_trial_of_a_man_accused_of_failing_to_return_is_a_prosecution() -> None:
    text = (
        "Military court hears two desertion cases\n\n"
        "A garrison court in Omsk on Tuesday sentenced a sergeant to five years for desertion.\n\n"
        "On the same day the judge began hearing the case of a corporal from Tara who is accused "
        "of failing to return from a hospital in Novosibirsk in the spring."
    )
    assert "prosecution" in [e["type"] for e in _events(text, "en")]
