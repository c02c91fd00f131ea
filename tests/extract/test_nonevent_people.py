"""Round 19 (precision19): whose happening a sentence tells, on invented sentences.  Each
non-event has a twin that is an event, so a rule that blocks everything fails too.

- civilians crossing a border (a sentence whose people are citizens, residents, men of military
  age, and that has no military word) are draft evasion or a border offence, not desertion;
- a death in combat ("killed in action", "погиб на СВО") or of the deserter's kin or comrades is
  no deserter's death (SCHEMA.md: killed or died while fleeing or during capture);
- the people a law speaks of, told by a participle after it ("закон о возвращении
  военнослужащих, самовольно оставивших часть"), did nothing in particular.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import types

from awol.extract.lexicon import get_lexicon
from awol.extract.scope import not_a_happening


def _reason(sentence: str, trigger: str, etype: str, lang: str) -> str | None:
    s = sentence.index(trigger)
    return not_a_happening(sentence, etype, s, s + len(trigger), get_lexicon(lang))


def _types(text: str, lang: str) -> list[str]:
    return sorted(types(text, lang, "2025-06-02"))


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "lang", "reason"),
    [
        # civilians at a border
        ("A 40-year-old Ukrainian citizen crossed the border into Poland in a truck on May 3.",
         "crossed the border", "desertion", "en", "other_crime"),
        ("Men of military age have fled across the border to Romania.", "fled", "desertion",
         "en", "other_crime"),
        ("Житель Одессы сбежал за границу в Молдову 3 мая.", "сбежал", "desertion", "ru",
         "other_crime"),
        ("Мужчина призывного возраста сбежал за границу в Молдову.", "сбежал", "desertion", "ru",
         "other_crime"),
        # "от армии": evading conscription
        ("Рэпер, который сбежал от армии, получил повестку в военкомат.", "сбежал", "desertion",
         "ru", "other_crime"),
        # a death in combat, of kin or of comrades
        ("He was killed in action near Bakhmut in May.", "killed", "death", "en", "victim"),
        ("They were sent to storm the positions and they died.", "died", "death", "en",
         "victim"),
        ("His brother was killed near Avdiivka last autumn.", "killed", "death", "en", "victim"),
        ("Он погиб в бою под Бахмутом в мае.", "погиб", "death", "ru", "victim"),
        ("На СВО погиб бывший заключённый из Калуги.", "погиб", "death", "ru", "victim"),
        # the people of a law, told by a participle
        ("Рада приняла закон о возвращении военнослужащих, самовольно оставивших часть впервые.",
         "самовольно оставивших часть", "desertion", "ru", "law"),
    ],
)  # fmt: skip
def test_not_a_happening(sentence: str, trigger: str, etype: str, lang: str, reason: str) -> None:
    assert _reason(sentence, trigger, etype, lang) == reason


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "lang"),
    [
        # the twins: a serviceman at the border, a flight from a unit by a man, a death while
        # fleeing or during capture, the participle of a particular group
        ("A 40-year-old Ukrainian soldier crossed the border into Poland in a truck on May 3.",
         "crossed the border", "desertion", "en"),
        ("A resident of Odesa serving in the 155th brigade fled across the border on May 3.",
         "fled", "desertion", "en"),
        ("Военнослужащий из Одессы сбежал за границу в Молдову 3 мая.", "сбежал", "desertion",
         "ru"),
        ("Житель Самары сбежал из части в Курской области 3 мая.", "сбежал", "desertion", "ru"),
        ("Контрактник сбежал из армии в марте.", "сбежал", "desertion", "ru"),
        # "men" alone recalls the soldiers told before
        ("Мужчины прибыли в Париж после того, как сбежали из РФ в Казахстан.", "сбежали",
         "desertion", "ru"),
        ("He was killed while trying to escape a military police patrol.", "killed", "death",
         "en"),
        ("The deserter was shot dead during an attempt to detain him.", "shot dead", "death",
         "en"),
        ("Он погиб при попытке задержания в Саратовской области.", "погиб", "death", "ru"),
        ("В Курске задержали военнослужащих, самовольно оставивших часть в марте.",
         "самовольно оставивших часть", "desertion", "ru"),
    ],
)  # fmt: skip
def test_happening_stays(sentence: str, trigger: str, etype: str, lang: str) -> None:
    assert _reason(sentence, trigger, etype, lang) is None


@pytest.mark.parametrize(
    ("text", "lang", "types"),
    [
        ("Draft dodgers keep inventing new routes\n\nA 40-year-old Ukrainian citizen crossed the "
         "border into Poland hidden in a truck on March 3. He asked for asylum.", "en", []),
        ("A Ukrainian soldier who fled his unit crossed the border into Poland hidden in a truck "
         "on March 3. He asked for asylum.", "en", ["desertion"]),
        ("Мобилизованный из Самары самовольно оставил часть в Луганской области в январе. "
         "Его брат погиб в бою под Авдеевкой осенью 2023 года.", "ru", ["desertion"]),
        ("The mobilized soldier fled his unit near Bakhmut in February. His comrades were sent "
         "to storm enemy positions and they died, he said.", "en", ["desertion"]),
        ("Верховная рада приняла закон о добровольном возвращении военнослужащих, самовольно "
         "оставивших часть впервые.", "ru", []),
    ],
)  # fmt: skip
def test_articles(text: str, lang: str, types: list[str]) -> None:
    assert _types(text, lang) == types
