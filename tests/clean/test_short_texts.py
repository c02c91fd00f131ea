"""The minimum-prose rule as a mechanism: a short post or headline that states an event is a
text; a line of channel furniture is not (invented texts)."""

from __future__ import annotations

import pytest

from awol.clean import clean_document
from awol.errors import InputError
from awol.model import Document
from awol.pipeline import event_cue


@pytest.fixture(scope="module")
def cue():
    return event_cue()


def _doc(text: str, **kw) -> Document:
    return Document(origin="post", content=text.encode("utf-8"), media_type="text", **kw)


@pytest.mark.parametrize(
    "text",
    [
        "Беглецов задержали в Белгороде.",
        "Солдат сбежал.",
        "Deserter detained in Kursk",
        "DESERTER DETAINED IN KURSK",
        "⚡️ Дезертира задержали в Курске\n\n#СОЧ #Курск\n\nhttps://t.me/channel",
        "Его объявили в розыск.",
    ],
)
def test_a_short_post_that_states_an_event_is_a_text(text, cue):
    art = clean_document(_doc(text), states_event=cue)
    assert art.text and art.language in ("en", "ru")
    with pytest.raises(InputError, match="no prose left"):  # the old rule: five words
        if len(art.text.split()) >= 5:
            raise InputError("post", "no prose left (long enough: not this test's case)")
        clean_document(_doc(text))


@pytest.mark.parametrize(
    "text",
    [
        "Подписывайтесь на наш канал",
        "Ставьте лайк ❤️",
        "Subscribe to our channel",
        "Read more",
        "#СОЧ #Курск",
    ],
)
def test_channel_furniture_is_not_a_text(text, cue):
    with pytest.raises(InputError, match="no prose left"):
        clean_document(_doc(text), states_event=cue)


def test_the_cue_reads_short_units_only(cue):
    """A text with a paragraph of five words or more is cleaned as before (the cue is not
    asked), and a one-word "event" is not a text."""
    calls: list[str] = []

    def spy(text: str) -> bool:
        calls.append(text)
        return cue(text)

    long = "Military police detained a soldier who had left his unit in Tver."
    assert clean_document(_doc(long), states_event=spy).text == long
    assert calls == []
    with pytest.raises(InputError):
        clean_document(_doc("Сбежал"), states_event=spy)


def test_a_short_post_keeps_its_declared_language(cue):
    art = clean_document(_doc("Дезертира задержали в Курске.", language="ru"), states_event=cue)
    assert art.language == "ru"
