"""Round 49 (recall49): the lemma rules recall48 built and dropped, rebuilt narrowed
(lang/*/proposals.yaml), on invented text.

- a catch told as a find with its time and place in any order ("Two more were found on Friday
  in a garage"): a detention, where the people found are people, no death or verdict is told in
  the sentence, the finders are the authorities and it is no habit;
- a catch told as a traffic stop ("Traffic police stopped a Lada on the highway", "was stopped by
  a police patrol"; «сотрудники ДПС остановили машину»): a detention, a step of the catch told
  around it; not a group stopped on foot, nor a man named only as a noun;
- the military police taking a man away («забрали ... сотрудники военной полиции»);
- a flight told as a state of absence ("had been missing from the same regiment since October");
- a search told by the police's bulletin or alert, by posters going up, by a wanted page, or by
  the authorities being or going after the men ("officers are after him"): a wanted;
- a count that stresses the period it fills ("in a single week", «за неделю») is a tally, so the
  stop told beside it is the article's one detention.
All sentences invented.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

from awol.extract.proposals import propose

PUB = "2026-12-07"


def _proposed(sentence: str, lang: str) -> list[str]:
    return [t.type for t, _s, _e in propose(sentence, lang, set(), True)]


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
        ("He was stopped by a police patrol in Ust-Kut on Friday.", "en", "detention"),
        ("Officers stopped the minibus he was riding in near Tara.", "en", "detention"),
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
        (
            "Offence: absent from his unit in Tara without leave from 3 to 21 May 2025.",
            "en",
            "desertion",
        ),
        (
            "Вчера в Омске сотрудники ДПС остановили машину, в которой ехал контрактник.",
            "ru",
            "detention",
        ),
        ("Его остановили на посту ДПС под Ишимом в воскресенье.", "ru", "detention"),
        (
            "Border guards in Sochi stopped Ivan Sitnikov, 26, as he tried to board a ferry.",
            "en",
            "detention",
        ),
        (
            "A bulletin circulated to police says the armed men are moving in two cars.",
            "en",
            "wanted",
        ),
        ("Going by the police alerts, both men may be hiding near Tara.", "en", "wanted"),
        (
            "Police posters with the faces of all six went up across the region on Monday.",
            "en",
            "wanted",
        ),
        ("A neighbour said his photo was on the interior ministry's wanted page.", "en", "wanted"),
        (
            "Commanders have sent patrols out after the missing soldiers and are checking cars.",
            "en",
            "wanted",
        ),
        (
            "One man is still unaccounted for, and officers are after him as far as the Omsk "
            "region.",
            "en",
            "wanted",
        ),
        ("В среду Олега забрали прямо из дома сотрудники военной полиции.", "ru", "detention"),
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
        ("Police found one of the two dead in a birch wood near Tara on Monday.", "en"),
        ("He was found guilty in March by the garrison court.", "en"),
        ("Investigators found that he had been in Omsk since May.", "en"),
        ("A rifle was found in his flat in Omsk.", "en"),
        ("The van was found parked in his yard in Ishim.", "en"),
        (
            "A pensioner who wandered off was found three days later in a park by volunteers.",
            "en",
        ),
        (
            "Rights groups say most men in his position are eventually found by the military "
            "police and sent back.",
            "en",
        ),
        ("He stopped showing up at his unit, police said.", "en"),
        ("Police tried to stop the car at the border.", "en"),
        ("The patrol stopped a group of men in the hills near Tara at night.", "en"),
        (
            "Border guards said they had stopped another 30 men trying to cross the river.",
            "en",
        ),
        ("His mother reported him missing from the regiment in May.", "en"),
        ("Soldier missing from Tara regiment found at a dacha", "en"),
        ("Kyiv says about 31,000 Russian soldiers are now absent without leave from units.", "en"),
        (
            "A soldier who is late from leave is considered absent without leave from his unit.",
            "en",
        ),
        ("An air raid alert was issued by police in the city on Monday.", "en"),
        ("After two days police found them in a barn near Tara.", "en"),
        ("Police came after the arrest to search the flat in Tara.", "en"),
        ("Сотрудники полиции пытались остановить машину беглеца.", "ru"),
        ("Патруль остановил группу мужчин в горах ночью.", "ru"),
        ("Документы у него забрали сотрудники военной полиции.", "ru"),
    ],
)
def test_no_catch_or_flight_is_proposed(sentence: str, lang: str) -> None:
    got = _proposed(sentence, lang)
    assert "detention" not in got and "desertion" not in got and "wanted" not in got


@pytest.mark.parametrize(
    ("text", "lang", "stop"),
    [
        (
            "Police at checkpoints in the Omsk region detained 19 soldiers who had gone absent "
            "without leave in a single week, the regional police said. On Friday officers "
            "stopped a taxi on the highway near Ishim carrying a 29-year-old contract soldier "
            "who had left his unit near Tara in May.",
            "en",
            "stopped a taxi",
        ),
        (
            "За неделю на постах ДПС в Омской области задержали 19 военнослужащих, находившихся "
            "в СЗЧ, сообщили в областной полиции. В пятницу на трассе под Ишимом полицейские "
            "остановили такси, в котором ехал 29-летний контрактник, ушедший из части под Тарой "
            "в мае.",
            "ru",
            "остановили такси",
        ),
    ],
)
def test_a_week_tally_is_no_catch_and_the_stop_beside_it_is(
    text: str, lang: str, stop: str
) -> None:
    caught = of_type(events(text, lang, PUB), "detention")
    assert len(caught) == 1 and stop in caught[0].evidence.text
    assert caught[0].count == 1
