"""Round 40 (type40): event recall where an article never says "deserter" (invented text).

- Going over to the other side in Russian, as the English general entry has it: «перешли на
  сторону ВСУ», a military aircraft taken to Ukraine («перегнал вертолёт Ми-8 в Украину»,
  «перемещённого в Украину вертолёта», «угнать Ми-8»): a desertion trigger of ``general:`` with
  context ``none``, so an article with no topic word is on the topic.  Twins: a car stolen by
  a man is no flight («угнал автомобиль соседа»), a surrender in battle is none («попал в плен»).
- A refusal to fight followed by going home («отказались воевать ... и вернулись домой",
  "refused to fight ... and returned home"): a flight.  Twin: the refusal alone is none.
- The other aspect of a verb the lexicon had in one: «не являлся в войсковую часть» (a flight,
  as «не явился»), «разыскали» (perfective: a catch; the imperfective «разыскивают» stays a
  search; a body found is no catch), a plan «Перехват» under «режим».
- The state's answer in the court's words: an arrest in absentia however worded («заочно избрал
  ему меру пресечения в виде ареста»: a search), a trial to come or begun («его будут судить за
  ...», «предстанет перед судом», «начался процесс по его делу»: a prosecution).  Twins: a law's
  or a condition's «будут судить», a denied trial, a custody refused.
- «пока ... не» further back (a date or a span between: «пока через два с половиной месяца его
  не поймали»): the expletive negation read in a wider window (trigger_blocks.blocked).
"""

from __future__ import annotations

from awol.model import Document
from awol.pipeline import Pipeline


def _events(text: str, lang: str, published: str = "2026-05-20") -> list[dict]:
    doc = Document(
        origin="type40",
        content=text.encode("utf-8"),
        id="type40",
        published=published,
        language=lang,
        media_type="text",
    )
    (out,) = Pipeline().process([doc])
    return [e.to_dict() for e in out.events]


def _types(text: str, lang: str) -> list[str]:
    return [e["type"] for e in _events(text, lang)]


def test_going_over_to_the_other_side_is_a_flight_in_russian() -> None:
    text = "Двое российских военных на прошлой неделе перешли на сторону ВСУ под Бахмутом."
    got = _events(text, "ru")
    assert [e["type"] for e in got] == ["desertion"] and got[0]["count"] == 2, got


def test_an_aircraft_taken_to_ukraine_is_a_flight() -> None:
    for text in (
        "Российский лётчик в августе перегнал вертолёт Ми-8 в Украину и сдался украинской "
        "разведке, сообщили в ГУР.",
        "Пилот угнанного в Украину самолёта Су-24 впервые дал интервью журналистам.",
        "Как российский лётчик смог угнать Ми-8 и остаться в живых?",
    ):
        assert _types(text, "ru") == ["desertion"], text


def test_a_stolen_car_or_a_capture_in_battle_is_no_flight() -> None:
    for text in (
        "Житель Курска угнал автомобиль соседа и уехал в Белгород.",
        "Российский военный попал в плен под Бахмутом, сообщили украинские военные.",
    ):
        assert _types(text, "ru") == [], text


def test_a_refusal_to_fight_and_the_way_home_is_a_flight() -> None:
    ru = "Двенадцать военнослужащих базы отказались воевать в Украине и в марте пешком вернулись домой."
    en = "Twelve soldiers from the base refused to fight in Ukraine and returned home on foot in March."
    for text, lang in ((ru, "ru"), (en, "en")):
        got = _events(text, lang)
        assert [e["type"] for e in got] == ["desertion"] and got[0]["count"] == 12, got


def test_a_refusal_alone_is_no_flight() -> None:
    assert _types("Двенадцать военнослужащих базы отказались воевать в Украине.", "ru") == []
    assert _types("Twelve soldiers from the base refused to fight in Ukraine.", "en") == []


def test_not_reporting_in_the_imperfective_is_a_flight() -> None:
    text = (
        "С 10 января по 2 марта рядовой без уважительных причин не являлся в войсковую часть, "
        "установил суд."
    )
    assert _types(text, "ru") == ["desertion"]


def test_found_in_the_perfective_is_a_catch_and_the_imperfective_a_search() -> None:
    text = (
        "Солдат в марте самовольно оставил часть под Курском. Мужчину разыскали правоохранители "
        "3 мая в Казани."
    )
    got = _events(text, "ru")
    assert [e["type"] for e in got] == ["desertion", "detention"], got
    assert "разыскали" in got[1]["evidence"]["text"]
    text = "Солдат в марте самовольно оставил часть под Курском. Его разыскивает полиция."
    assert _types(text, "ru") == ["desertion", "wanted"]


def test_a_body_found_is_no_catch() -> None:
    text = (
        "Солдат в марте самовольно оставил часть под Курском. Тело мужчины разыскали в лесу "
        "волонтёры."
    )
    assert "detention" not in _types(text, "ru")


def test_the_plan_interception_under_any_name_is_a_search() -> None:
    text = "Солдат сбежал из части в понедельник. По району действовал режим «Перехват»."
    assert _types(text, "ru") == ["desertion", "wanted"]


_RU_LEAD = "Рядовой в марте самовольно оставил часть под Курском. "


def test_an_arrest_in_absentia_in_the_courts_words_is_a_search() -> None:
    for text in (
        "Суд заочно избрал ему меру пресечения в виде ареста.",
        "Суд санкционировал его арест заочно.",
    ):
        assert _types(_RU_LEAD + text, "ru") == ["desertion", "wanted"], text


def test_a_custody_refused_is_no_search() -> None:
    assert _types(_RU_LEAD + "Суд отказался заключить его под стражу.", "ru") == ["desertion"]


def test_a_trial_to_come_or_begun_is_a_prosecution() -> None:
    for text in (
        "Его будут судить за самовольное оставление части.",
        "Он предстанет перед военным судом в июне.",
        "В гарнизонном суде начался процесс по его делу.",
    ):
        assert _types(_RU_LEAD + text, "ru") == ["desertion", "prosecution"], text


def test_a_trial_in_a_law_or_a_condition_or_denied_is_none() -> None:
    for text in (
        "По закону тех, кто самовольно оставит часть, будут судить за это.",
        "Если военнослужащий самовольно оставит часть, его будут судить за дезертирство.",
    ):
        assert _types(text, "ru") == [], text
    text = _RU_LEAD + "Его не будут судить за самовольное оставление части."
    assert _types(text, "ru") == ["desertion"]


def test_an_expletive_negation_further_back_still_affirms_the_catch() -> None:
    for text in (
        "Солдат сбежал из части в январе и скрывался у родственников, пока в начале марта "
        "2025 года не был задержан полицейскими.",
        "Солдат сбежал из части в январе и жил у родственников, пока в середине марта прошлого "
        "года полицейские не задержали его.",
        "Солдат сбежал из части в январе и скрывался в лесу, пока через два с половиной месяца "
        "его не поймали.",
    ):
        assert _types(text, "ru") == ["desertion", "detention"], text


def test_a_pilots_bearings_are_no_search_bulletin() -> None:
    text = (
        "Российский лётчик в августе перегнал вертолёт Ми-8 в Украину. Экипаж потерял "
        "ориентировку над границей. Попытки восстановить ориентировку закончились ничем."
    )
    assert _types(text, "ru") == ["desertion"]
    text = "Солдат сбежал из части в марте. Полиция разослала ориентировку на беглеца."
    assert _types(text, "ru") == ["desertion", "wanted"]
