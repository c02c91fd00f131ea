"""Round 39 (who39): who told in another sentence than the event's, on invented text.

(1) A named man's title told in the sentence right before (or after) an event that mentions him
    by name ("Russian Lieutenant Ivan X has escaped ... X reached Vilnius before he was
    detained", «контрактник Максим X заявил ... Ранее X приговорили»): the event's who
    (who_story.who_of_named).  Twins: a title two sentences back stays off (the coders leave
    it: train ren-029, ren-136), an event told by a pronoun alone takes none this way, and a
    plural title before a list of names («двоих военнослужащих Сергея X и Александра Y») is
    no one man's.
(2) An event told by a pronoun ("they were charged", «Они сбежали») takes the who of the event
    of the same people told in the sentence before (who_story.who_of_pronoun).  Twins: a group
    of another size, and "another soldier", give none.
"""

from __future__ import annotations

import pytest
from helpers import pipeline_events, pipeline_one


def _events(text: str, lang: str) -> list[dict]:
    return pipeline_events(text, lang, "2025-12-01", "who39")


def _one(text: str, lang: str, etype: str) -> dict:
    return pipeline_one(text, lang, etype, "2025-12-01")


# (1) the title of the named man in the sentence right before
@pytest.mark.parametrize(
    ("text", "lang", "etype", "who"),
    [
        (
            "Russian Lieutenant Ivan Zabolotny has escaped to Lithuania, seeking asylum. Crossing "
            "the border illegally, Zabolotny reached Vilnius before he was detained by border "
            "guards on August 10.",
            "en",
            "detention",
            "Russian Lieutenant",
        ),
        (
            "The district court in Lviv remanded serviceman Taras Hlushko in custody for two "
            "months. Hlushko wrote online that he had left his unit without permission in "
            "September to protest the lack of rotation.",
            "en",
            "desertion",
            "serviceman",
        ),
        (
            "Окружной военный суд рассмотрел жалобы. Так, контрактник Максим Горелкин заявил, что "
            "суд не учёл его ранение. Ранее Горелкина приговорили к пяти годам колонии за "
            "самовольное оставление части.",
            "ru",
            "sentence",
            "контрактник",
        ),
    ],
)
def test_title_of_the_named_man_next_door(text: str, lang: str, etype: str, who: str) -> None:
    assert _one(text, lang, etype)["who"] == who


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # (two sentences back: the coders leave it)
        (
            "The Ufa garrison court sentenced corporal Marat Ilyasov to five years on Monday. The "
            "verdict can be appealed. In May, Ilyasov did not return to his unit from leave.",
            "en",
            "desertion",
        ),
        # (a plural title before a list of names)
        (
            "Суд в Бийске приговорил двоих военнослужащих Сергея Малинина и Александра Полозова "
            "к пяти и шести годам колонии. Малинин в декабре ушёл из части, чтобы отдохнуть.",
            "ru",
            "desertion",
        ),
    ],
)
def test_no_title_from_afar_or_from_a_list(text: str, lang: str, etype: str) -> None:
    assert _one(text, lang, etype)["who"] is None


# (2) a pronoun's event takes the who of the same people's event told before
@pytest.mark.parametrize(
    ("text", "lang", "etype", "who"),
    [
        (
            "Eight mobilised soldiers from the Tver region fled their camp near Svatove in "
            "December. When they tried to hand in their rifles, they were charged with desertion.",
            "en",
            "prosecution",
            "mobilised soldiers",
        ),
        (
            "Полиция задержала в Петербурге двух военнослужащих. Они сбежали из зоны СВО в июне.",
            "ru",
            "desertion",
            "военнослужащих",
        ),
    ],
)
def test_pronoun_event_takes_the_who_before(text: str, lang: str, etype: str, who: str) -> None:
    assert who in (_one(text, lang, etype)["who"] or "")


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        # (another soldier told before: not the man of "he")
        (
            "Another soldier was detained in Kursk on Monday. He had left his unit in May.",
            "en",
            "desertion",
        ),
        # (a group of another size before)
        (
            "Полиция задержала в Петербурге двух военнослужащих. Трое других сбежали из части "
            "в июне. Их объявили в розыск.",
            "ru",
            "wanted",
        ),
    ],
)
def test_pronoun_event_not_from_other_people(text: str, lang: str, etype: str) -> None:
    assert _one(text, lang, etype)["who"] is None
