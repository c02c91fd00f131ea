"""Round 53 (people53): who the named man is, told where the story introduces him.

* A named man's flight with no descriptor of its own takes the description apposed to his name
  where the story introduces him, a few sentences off ("The story of X, a former signaller of the
  air defence forces, ..."; "a young Russian, X, was driving ..."), in a sentence that tells no
  happening (people_described.who_described_of_name; ``apposed_before``, ``apposed_after`` of
  ``lang/en/arguments.yaml``).
* An event whose sentence tells of one man by his age alone ("the 29-year-old chose not to go
  back") takes it as its who (people_described.who_of_age; ``aged_alone``).
* Russian: a sentence that identifies the story's man by a dash or «Это», with his birthplace
  («Молодой человек — уроженец Рязани Иван X.») names him as the deserter (``named_as`` of
  ``lang/people.yaml``, people._a_deserter).

All sentences are invented.
"""

from __future__ import annotations

from helpers import pipeline_events


def _events(text: str, lang: str = "en") -> list[dict]:
    return pipeline_events(text, lang, "2025-12-01", "people53")


def _of(events: list[dict], etype: str) -> dict:
    got = [e for e in events if e["type"] == etype]
    assert got, events
    return got[0]


def test_apposition_after_the_name_where_he_is_introduced() -> None:
    text = (
        "The story of Yaroslav Melnikov, a former signaller of the air defence forces, "
        "is not unusual these days. "
        "Human rights groups say many men now take the same road. "
        "Yaroslav Melnikov fled Russia in October after he was ordered to the front."
    )
    e = _of(_events(text), "desertion")
    assert e["names"] == ["Yaroslav Melnikov"]
    assert e["who"] and e["who"].startswith("a former signaller")


def test_apposition_before_the_name_where_he_is_introduced() -> None:
    text = (
        "On a spring morning in a village near Kursk, a young Russian conscript, "
        "Timofei Zaitsev, was driving his sister to the market. "
        "In March Timofei Zaitsev deserted from his regiment near Belgorod."
    )
    e = _of(_events(text), "desertion")
    assert e["names"] == ["Timofei Zaitsev"]
    assert e["who"] == "a young Russian conscript"


def test_a_man_told_of_by_his_age_alone() -> None:
    text = (
        "Shaken by the shelling he had lived through, the 34-year-old deserted from his "
        "unit near Kupiansk in May, his cousin told reporters."
    )
    e = _of(_events(text), "desertion")
    assert e["who"] == "the 34-year-old"


def test_not_an_age_before_a_noun_or_a_possessive() -> None:
    from awol.extract.argument_words import _words

    aged = _words("en")["aged_alone"]
    assert aged.search("the 34-year-old soldier fled") is None
    assert aged.search("the 34-year-old's mother said") is None
    assert aged.search("police caught the 27-year-old on Sunday") is not None


def test_ru_man_named_in_a_sentence_that_identifies_him() -> None:
    text = (
        "В Липецкой области полиция ищет сбежавшего из части 20-летнего срочника с автоматом. "
        "Позже было опубликовано фото беглеца. "
        "Молодой человек — уроженец Ельца Матвей Г. Он служит по призыву в танковом полку."
    )
    e = _of(_events(text, "ru"), "wanted")
    assert e["names"] == ["Матвей Г."]
