"""Round 45 (prec45): statements of no one in particular and counts told as prose, on invented
sentences.  Each non-event has a twin that is an event, so a rule that blocks everything fails.

- a multitude told by a participle after it («свыше тысячи военных, решивших дезертировать»,
  «сотни солдат, ушедших из частей»): ``generic_who_before`` in ``lang/ru/events.yaml``;
- a bare «человек» right after a clause opens is anyone («почему человек ушёл», «что человек
  ушёл навсегда»), not «трёх человек», «молодой человек»: ``generic_who_before``;
- «сколько» / "how many" after a colon asks a count ("В следующем выпуске: сколько военных
  объявлено в розыск"): ``statistic_before``;
- verdicts counted in thousands by digits ("more than 9,000 verdicts for leaving a unit"):
  ``statistic`` in ``lang/en/events.yaml``; a multitude told by the manner ("deserting by the
  tens of thousands"), or as the people after the verb ("courts have convicted thousands of
  soldiers"): ``generic_after``;
- "someone who ..." is anyone (the twin of «кто-то»): ``generic_who_before``;
- a charge of people of a kind ("only a minority of such soldiers ever face a criminal case"):
  ``generic_people_types`` in ``lang/en/events.yaml`` now holds prosecution too.
"""

from __future__ import annotations

import pytest

from awol.extract.lexicon import get_lexicon
from awol.extract.scope import not_a_happening


def _reason(lang: str, sentence: str, trigger: str, etype: str) -> str | None:
    s = sentence.index(trigger)
    return not_a_happening(sentence, etype, s, s + len(trigger), get_lexicon(lang))


@pytest.mark.parametrize(
    ("lang", "sentence", "trigger", "etype", "reading"),
    [
        ("ru", "С начала года юристы проекта проконсультировали свыше тысячи военных, решивших "
               "дезертировать.", "дезертировать", "desertion", "generic"),
        ("ru", "Ко мне обращаются сотни солдат, сбежавших из частей.", "сбежавших", "desertion",
         "generic"),
        ("ru", "Судьи больше не спрашивают, почему человек ушёл, им важно другое.", "ушёл",
         "desertion", "generic"),
        ("ru", "Дело переквалифицируют, если следствие решит, что человек ушёл навсегда.", "ушёл",
         "desertion", "generic"),
        ("ru", "В следующем выпуске: сколько военнослужащих объявлено в розыск за год.",
         "объявлено в розыск", "wanted", "statistic"),
        ("en", "Garrison courts delivered more than 9,000 verdicts for leaving a unit in the first "
               "half of the year.", "for leaving a unit", "desertion", "statistic"),
        ("en", "State television prefers stories about enemy soldiers deserting by the tens of "
               "thousands.", "deserting", "desertion", "generic"),
        ("en", "Coming up: how many soldiers were put on the wanted list last year.",
         "the wanted list", "wanted", "statistic"),
        ("en", "Courts have convicted thousands of soldiers of leaving their units since 2022.",
         "convicted", "sentence", "generic"),
        ("en", "\"Someone who has left his comrades at the front has no place in the state service,\" "
               "said a senator.", "left his comrades at the front", "desertion", "generic"),
        ("en", "In practice, only a minority of such soldiers ever face a criminal case.",
         "a criminal case", "prosecution", "generic"),
    ],
)  # fmt: skip
def test_no_one_in_particular(
    lang: str, sentence: str, trigger: str, etype: str, reading: str
) -> None:
    assert _reason(lang, sentence, trigger, etype) == reading


@pytest.mark.parametrize(
    ("lang", "sentence", "trigger", "etype"),
    [
        ("ru", "Под Выборгом задержали трёх человек, которые сбежали со службы.",
         "сбежали со службы", "desertion"),
        ("ru", "Полиция сообщила, что молодой человек ушёл из части без оружия.", "ушёл из части",
         "desertion"),
        ("ru", "Прошлой ночью двое военных, сбежавших из части, задержаны в Коврове.", "задержаны",
         "detention"),
        ("ru", "Больше тысячи военнослужащих 20-й дивизии объявлены в розыск.", "объявлены в розыск",
         "wanted"),
        ("en", "On Monday nine soldiers deserted from a unit in the Tver region.", "deserted",
         "desertion"),
        ("en", "The court delivered its verdict for leaving a unit on Friday.", "for leaving a unit",
         "desertion"),
        ("en", "Courts have convicted two of the soldiers of leaving their units.", "convicted",
         "sentence"),
        ("en", "Somebody fled the hospital in Tver last night.", "fled the hospital", "desertion"),
        ("en", "Five soldiers who left their unit have been charged with desertion.", "charged with",
         "prosecution"),
        ("en", "The court fined him thousands of roubles.", "fined", "sentence"),
        ("en", "The court sentenced him to hundreds of hours of community work.", "sentenced",
         "sentence"),
    ],
)  # fmt: skip
def test_twins_stay_events(lang: str, sentence: str, trigger: str, etype: str) -> None:
    assert _reason(lang, sentence, trigger, etype) is None
