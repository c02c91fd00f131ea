"""Round 48 (recall48): gold sentences no rule proposed, read by lemma (awol.extract.proposals,
lang/*/proposals.yaml), on invented text.

- a report's lead, before the first sentence that names desertion, reads the proposals as a
  story does (``near_topic``): the happening is told first and named later;
- a catch told as a find with its time and place in any order ("Three more were found on
  Thursday in a village"), or as a stop by the police on the road ("Traffic police stopped a
  car"; «сотрудники ДПС остановили машину»), or as the military police taking a man away
  («забрали ... сотрудники военной полиции»): a detention; not "found dead", "found guilty", "his
  body was found", "investigators found that", "stopped showing up", an attempt to stop;
- a flight told as a state of absence in other orders ("had been absent without leave since
  August", "had been missing from the same brigade since"): a desertion; not a missing person,
  a definition, a law, a statistic of thousands;
- a return that did not happen to a place of service the patterns do not list in that order
  («не вернулся на пост», «обратно не поехал»): a desertion; not «не вернулся с задания», not a
  participle of a count.
All sentences invented.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import types

from awol.extract.proposals import near_topic, propose

PUB = "2026-12-07"


def _proposed(sentence: str, lang: str) -> list[str]:
    return [t.type for t, _s, _e in propose(sentence, lang, set(), True)]


def test_the_lead_before_the_topic_word_is_near_the_topic() -> None:
    topic = [False, False, False, False, False, False, True, False]
    assert near_topic(topic, 1)  # the lead, five sentences before the first naming
    assert near_topic(topic, 7)  # after it, within NEAR
    assert not near_topic([False, False, True, False, False, False, False, False], 7)
    assert not near_topic([False] * 8, 1)  # no naming at all: no story


def test_a_confinement_told_before_the_topic_word_is_a_detention() -> None:
    text = (
        "Soldiers who would not go back held in a Perm hangar\n\n"
        "A video posted on Telegram shows a group of servicemen arguing with guards. "
        "According to the channel, about 60 men were being kept against their will in a hangar "
        "outside Perm. One of them asks for a doctor. Another says they have not eaten for two "
        "days. The channel said the men would be flown to the front. "
        "Investigators have opened cases against them for leaving their units."
    )
    assert "detention" in types(text, "en", PUB)


@pytest.mark.parametrize(
    ("sentence", "lang", "kind"),
    [
        (
            "Two more were found on Friday in a garage outside Kurgan, police said.",
            "en",
            "detention",
        ),
        ("The pair were later found in Omsk, the regional police said.", "en", "detention"),
        ("Officers found the 41-year-old on Monday in a hunting hut near Tara.", "en", "detention"),
        ("Traffic police stopped a Lada on the highway near Ishim on Sunday.", "en", "detention"),
        (
            "He had been missing from the same regiment since October, the statement said.",
            "en",
            "desertion",
        ),
        (
            "Among those held was a private from Tambov who had been absent without leave since "
            "May.",
            "en",
            "desertion",
        ),
        ("Absent from his unit in Kursk without leave from 3 to 21 May 2025.", "en", "desertion"),
        (
            "Вчера в Омске сотрудники ДПС остановили машину, в которой ехал контрактник.",
            "ru",
            "detention",
        ),
        ("В среду Олега забрали прямо из дома сотрудники военной полиции.", "ru", "detention"),
        ("В октябре рядовой не вернулся на пост после увольнения.", "ru", "desertion"),
        ("Домой он уехал, а обратно уже не поехал.", "ru", "desertion"),
    ],
)
def test_a_catch_or_a_flight_in_unlisted_shapes_is_proposed(
    sentence: str, lang: str, kind: str
) -> None:
    assert kind in _proposed(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("His body was found in a forest near Kurgan.", "en"),
        ("The runaway was found dead in a garage in Kurgan.", "en"),
        ("He was found guilty in March by the garrison court.", "en"),
        ("Investigators found that he had been in Omsk since May.", "en"),
        ("A rifle was found in his flat in Omsk.", "en"),
        ("He stopped showing up at his unit, police said.", "en"),
        ("Police tried to stop the car at the border.", "en"),
        ("His mother reported him missing from the regiment in May.", "en"),
        ("Kyiv says about 31,000 Russian soldiers are now absent without leave from units.", "en"),
        (
            "A soldier who is late from leave is considered absent without leave from his unit.",
            "en",
        ),
        ("Её муж так и не вернулся с боевого задания.", "ru"),
        ("Местные СМИ пишут о росте числа контрактников, не вернувшихся в часть из отпуска.", "ru"),
        ("Сотрудники полиции пытались остановить машину беглеца.", "ru"),
        ("Документы у него забрали сотрудники военной полиции.", "ru"),
    ],
)
def test_no_catch_or_flight_is_proposed(sentence: str, lang: str) -> None:
    got = _proposed(sentence, lang)
    assert "detention" not in got and "desertion" not in got
