"""Event fields from the story around a sentence (invented sentences, EN and RU): the acting
authority's country, the court of the story, "it happened on May 24", counts and "armed"."""

from __future__ import annotations

from tests.extract.helpers import events
from tests.extract.helpers import one as _one

from awol.extract.document import extract_article
from awol.extract.story_authority import authority_country
from awol.model import Article


def _events(text: str, lang: str = "en", published: str | None = "2024-05-28"):
    return events(text, lang, published)


# ---------------------------------------------------------------- the authority's country
def test_authority_country_is_the_adjective_before_an_authority_noun():
    text = "Finnish border guards stopped a Russian deserter who had crossed the frontier."
    assert authority_country(text, text.index("stopped"), "en") == "FI"
    text = "Грузинские пограничники задержали российского дезертира."
    assert authority_country(text, text.index("задержали"), "ru") == "GE"
    # the authority nearest before the trigger acts; the one after it receives
    text = "Казахстанские силовики передали российской военной полиции беглого солдата."
    assert authority_country(text, text.index("передали"), "ru") == "KZ"
    # a country adjective before a noun that is no authority says nothing
    text = "A Polish journalist said the soldier was detained."
    assert authority_country(text, text.index("detained"), "en") is None


def test_a_detention_by_foreign_police_happens_in_their_country():
    text = (
        "A Russian soldier deserted from his unit in March. "
        "Estonian police detained the deserter last week, the outlet reported."
    )
    e = _one(_events(text), "detention")
    assert e.country == "EE"
    assert e.region is None  # a country is not a region


# ---------------------------------------------------------------- the court of the story
def test_a_verdict_takes_the_region_of_the_court_the_story_names_elsewhere():
    text = (
        "Дело рассматривал Курганский гарнизонный военный суд. "
        "Военнослужащий самовольно оставил часть и два месяца жил у родственников. "
        "Суд приговорил его к трём годам колонии."
    )
    e = _one(_events(text, "ru"), "sentence")
    assert e.region == "RU-KGN"


def test_a_roundup_of_verdicts_does_not_take_one_court_for_all():
    text = (
        "The Kurgan garrison military court sentenced a soldier to five years for desertion. "
        "In another case, a contractor was sentenced to three years for leaving his unit."
    )
    events = [e for e in _events(text) if e.type == "sentence"]
    assert [e.region for e in events].count("RU-KGN") <= 1


# ---------------------------------------------------------------- "it happened on May 24"
def test_a_sentence_saying_when_the_escape_took_place_dates_the_flight():
    text = (
        "Five soldiers deserted from a unit near Belgorod, a source told the agency. "
        "The escape took place on Wednesday, May 22, according to the source."
    )
    e = _one(_events(text), "desertion")
    assert e.date == "2024-05-22"


def test_another_incident_on_another_day_dates_nothing():
    text = (
        "Трое военнослужащих сбежали из части. "
        "Ещё один инцидент произошёл 6 мая: неизвестный обстрелял патруль."
    )
    e = _one(_events(text, "ru"), "desertion")
    assert e.date is None


def test_the_incident_statement_gives_date_and_region_to_the_story():
    text = (
        "Инцидент произошёл 14 мая 2024 года в Курской области. "
        "Четверо военнослужащих сбежали из учебной части."
    )
    e = _one(_events(text, "ru"), "desertion")
    assert e.date == "2024-05-14"
    assert e.region == "RU-KRS"


# ---------------------------------------------------------------- counts and "armed"
def test_a_partitive_pronoun_counts():
    text = (
        "Ten soldiers were sent to the front. A week later, eight of them fled the camp near Kursk."
    )
    e = _one(_events(text), "desertion")
    assert e.count == 8


def test_a_headline_noun_without_article_is_one_person():
    text = "Deserter sentenced to seven years in prison for leaving his unit"
    e = _one(_events(text), "sentence")
    assert e.count == 1


def test_the_armed_forces_are_not_armed_deserters():
    text = "A soldier of the Armed Forces of Ukraine deserted from his unit in the Kharkiv region."
    assert _one(_events(text), "desertion").armed is None
    text = "Военнослужащий Вооружённых сил России самовольно оставил часть в Курской области."
    assert _one(_events(text, "ru"), "desertion").armed is None
    text = "An armed soldier deserted from his unit in the Kharkiv region."
    assert _one(_events(text), "desertion").armed is True


def test_a_place_carried_from_the_sentence_before_keeps_its_own_words():
    text = (
        "A soldier deserted from his unit and went to the Kursk region, the outlet reported. "
        "Military police detained the deserter there a week later."
    )
    e = _one(_events(text), "detention")
    assert e.region == "RU-KRS"
    assert e.place_text is not None and "Kursk" in e.place_text


# ---------------------------------------------------------------- whose state acts
def test_a_verdict_without_place_is_of_the_state_whose_army_the_story_is_about():
    ua = (
        "A soldier of the Armed Forces of Ukraine left his unit in March. "
        "The State Bureau of Investigation said Ukrainian servicemen who desert face charges. "
        "The court sentenced the deserter to five years in prison."
    )
    assert _one(_events(ua), "sentence").country == "UA"
    ru = (
        "A mobilized Russian soldier left his unit in March. "
        "The court sentenced the deserter to five years in prison."
    )
    assert _one(_events(ru), "sentence").country == "RU"


def test_the_publication_stamp_does_not_date_the_event():
    text = "date 2024-05-20 The court sentenced a deserter to five years for leaving his unit."
    e = _one(_events(text, published="2024-05-20"), "sentence")
    assert e.date is None
    text = "The court sentenced a deserter on May 14 to five years for leaving his unit."
    assert _one(_events(text), "sentence").date == "2024-05-14"


# ---------------------------------------------------------------- a death near the unit
def test_a_death_near_the_unit_takes_the_region_of_the_flight_and_one_elsewhere_does_not():
    near = (
        "A conscript deserted from his unit in the Tver region in March. "
        "He was found dead in a forest about 15 kilometers from the base on Sunday."
    )
    assert _one(_events(near), "death").region == "RU-TVE"
    far = (
        "A conscript deserted from his unit in the Tver region in March. "
        "He was shot dead by other fugitives when he wanted to surrender."
    )
    assert _one(_events(far), "death").region is None


def test_a_search_for_them_takes_the_size_of_the_group_last_counted():
    text = (
        "Nine soldiers deserted from a training ground in the Belgorod region on May 3. "
        "A manhunt was launched, police said, and a reward was offered for their capture."
    )
    assert _one(_events(text), "wanted").count == 9


# ---------------------------------------------------------------- where a flight went
def test_destination_is_the_goal_of_a_movement():
    from awol.extract.places import get_gazetteer
    from awol.extract.story import destination

    def places(text: str, lang: str):
        return {p.text: p for p in get_gazetteer().find(text, lang)}

    text = "Солдаты бежали с Украины в Воронежскую область, а потом жили в Тамбовской области."
    ps = places(text, "ru")
    assert destination(text, ps["Воронежскую область"], "ru")
    assert not destination(text, ps["Украины"], "ru")
    assert not destination(text, ps["Тамбовской области"], "ru")  # "в" + locative: where
    text = "Two soldiers fled from Belarus into Lithuania and settled in Vilnius."
    ps = places(text, "en")
    assert destination(text, ps["Lithuania"], "en")
    assert not destination(text, ps["Belarus"], "en")
    assert not destination(text, ps["Vilnius"], "en")


def test_a_flight_happened_where_the_people_left_not_where_they_went():
    text = "Трое контрактников с оружием дезертировали с Украины в Воронежскую область."
    e = _one(_events(text, "ru"), "desertion")
    assert (e.country, e.region) == ("UA", None)
    # told only by where it went, a Russian flight has no place of its own
    text = "Дезертировавший из части рядовой Олег Тамм сбежал в Казахстан."
    e = _one(_events(text, "ru"), "desertion")
    assert (e.country, e.region) == (None, None)


def test_the_zone_of_the_special_operation_names_no_country():
    text = "Двое мобилизованных самовольно покинули зону СВО и вернулись домой."
    e = _one(_events(text, "ru"), "desertion")
    assert e.country is None and e.region is None


# ---------------------------------------------------------------- whose, not where
def test_the_owner_of_an_army_or_ministry_is_not_where_it_happened():
    text = "Рядовой Олег Тамм сбежал из армии РФ в прошлом месяце."
    e = _one(_events(text, "ru"), "desertion")
    assert e.country is None and e.place_text is None
    text = (
        "Двое осуждённых, подписавших контракт с Министерством обороны России, "
        "самовольно оставили часть."
    )
    e = _one(_events(text, "ru"), "desertion")
    assert e.country is None
    text = "A contract soldier who signed up with Russia's Defense Ministry deserted last week."
    e = _one(_events(text), "desertion")
    assert e.country is None
    # a place where it happened still counts
    text = "Рядовой Олег Тамм самовольно оставил часть в Курской области, сообщили в армии РФ."
    e = _one(_events(text, "ru"), "desertion")
    assert e.region == "RU-KRS"


def test_a_named_national_agency_acts_in_its_country():
    text = "Officers of the SBU detained a deserter from a mechanized brigade on Monday."
    assert authority_country(text, text.index("detained"), "en") == "UA"
    text = "Сотрудники ФСБ задержали дезертира, сбежавшего из части."
    assert authority_country(text, text.index("задержали"), "ru") == "RU"
    e = _one(_events("A soldier deserted his unit. Officers of the SBU detained him."), "detention")
    assert e.country == "UA"


def test_a_civil_authority_is_not_an_owner():
    from awol.extract.places import get_gazetteer
    from awol.extract.story import owner_not_place

    text = "The government of the Lipetsk region said the soldier had been found."
    p = get_gazetteer().find(text, "en")[0]
    assert not owner_not_place(text, p, "en")
    text = "He had served in the Armed Forces of Ukraine before he fled."
    p = get_gazetteer().find(text, "en")[0]
    assert owner_not_place(text, p, "en")


# ---------------------------------------------------------------- the group counted later
def test_the_soldiers_told_before_the_story_counts_them_take_that_count():
    text = (
        "A group of conscripts deserted from the base and hid in a forest. "
        "The deserters were detained by military police on Sunday. "
        "More than 30 soldiers who refused to return had been living in tents, the outlet said."
    )
    e = _one(_events(text), "detention")
    assert e.count == 30


def test_plural_anaphora_words_take_the_group_counted_before():
    text = (
        "Трое военнослужащих самовольно оставили часть под Тверью. "
        "Мужчины были задержаны полицией через два дня."
    )
    assert _one(_events(text, "ru"), "detention").count == 3
    text = (
        "Four conscripts deserted from a base near Tver. "
        "These conscripts were detained by military police two days later."
    )
    assert _one(_events(text), "detention").count == 4


# ---------------------------------------------------------------- armed: said, not guessed
def test_a_guess_that_they_are_armed_says_nothing():
    fled = "Трое солдат самовольно оставили часть под Тверью. "
    e = _one(_events(fled + "Сообщалось, что мужчины могут быть вооружены.", "ru"), "desertion")
    assert e.armed is None
    e = _one(_events(fled + "Все трое мужчин были вооружены автоматами.", "ru"), "desertion")
    assert e.armed is True
    fled = "Three soldiers deserted from a base near Tver. "
    e = _one(_events(fled + "Police warned that the men may be armed."), "desertion")
    assert e.armed is None


def test_caught_outside_a_region_is_in_its_country_not_in_it():
    text = "Двое дезертиров, сбежавших из части, задержаны за пределами Курской области."
    e = _one(_events(text, "ru"), "detention")
    assert (e.country, e.region) == ("RU", None)
    text = "Two deserters who fled their unit were detained outside the Kursk region."
    e = _one(_events(text), "detention")
    assert (e.country, e.region) == ("RU", None)
    text = "Two deserters who fled their unit were detained in the Kursk region."
    assert _one(_events(text), "detention").region == "RU-KRS"


def test_with_courts_of_several_regions_a_verdict_takes_the_court_just_before_it():
    text = (
        "Курганский гарнизонный военный суд рассмотрел дело о краже гранат. "
        "Ранее этого военнослужащего уже судили в Омском гарнизонном суде. "
        "Его приговорили к трём годам условно за самовольное оставление части."
    )
    e = _one(_events(text, "ru"), "sentence")
    assert e.region == "RU-OMS"


def test_the_police_warning_armed_and_dangerous_is_not_a_guess():
    fled = "Three soldiers deserted from a base near Tver. "
    text = fled + "Police named the men and warned they may be armed and dangerous."
    assert _one(_events(text), "desertion").armed is True


def test_an_event_takes_the_source_the_article_gives_for_its_story():
    """A report attributed once ("according to the Volga Herald") tells its later events on
    that authority: an event whose own sentence names no source takes the nearest one named
    before it; one whose sentence names its own keeps it."""
    text = (
        "Two contract soldiers deserted from a unit in the Samara region on May 3, according "
        "to the Volga Herald. Police detained one of them in Tolyatti on May 20."
    )
    events = _events(text)
    assert _one(events, "desertion").source == "Volga Herald"
    assert _one(events, "detention").source == "Volga Herald"
    own = _events(text.replace("May 20.", "May 20, the regional police said."))
    assert "police" in (_one(own, "detention").source or "")


def test_an_unattributed_article_gives_its_events_no_source():
    text = (
        "Two contract soldiers deserted from a unit in the Samara region on May 3. Police "
        "detained one of them in Tolyatti on May 20."
    )
    assert all(e.source is None for e in _events(text))


def test_a_person_quoted_is_not_the_source_of_the_story_s_other_events():
    """Quoting "по словам Петрова" attributes what Petrov himself says; the article's later events keep
    the outlet that reports the story (and the name spreads to no other field)."""
    text = (
        "Двое военнослужащих самовольно покинули воинскую часть в Самарской области 3 мая, "
        "сообщает «Волжский вестник». По словам Петрова, автомат он выбросил в лесу. "
        "Полиция задержала одного из них в Тольятти 20 мая."
    )
    events = _events(text, "ru")
    detention = _one(events, "detention")
    assert detention.source and "Волжский вестник" in detention.source
    assert all("Петров" not in (e.source or "") for e in events)


def test_the_one_person_a_story_names_carries_to_its_events():
    from awol.extract.document import extract_article
    from awol.model import Article

    text = (
        "Военный суд рассмотрел жалобу контрактника. Контрактник Максим Перелыгин самовольно "
        "оставил часть в августе. Ранее его приговорили к пяти годам колонии общего режима."
    )
    art = Article(id="t", language="ru", text=text, published="2024-11-20")
    events = {e.type: e for e in extract_article(art).events}
    assert events["sentence"].names == ["Максим Перелыгин"]
    assert events["sentence"].count == 1


def test_a_story_of_several_people_carries_no_name():
    from awol.extract.story_carry import carry_story_person
    from awol.model import Event, Evidence

    def event(type_: str, count: int | None, names: list[str] | None = None) -> Event:
        return Event(type=type_, evidence=Evidence("x", 0, 1), count=count, names=names or [])

    bare = event("detention", None)
    carry_story_person(
        [event("desertion", 1, ["Ivan Petrov"]), event("wanted", 1, ["Oleg Sidorov"]), bare]
    )
    assert bare.names == [] and bare.count is None
    bare = event("detention", None)
    carry_story_person([event("sentence", 1, ["Ivan Petrov"]), event("desertion", 10), bare])
    assert bare.names == [] and bare.count is None  # a counted group: whose detention is unsaid


def test_story_person_stays_in_his_story_of_a_roundup():
    from awol.extract.story_carry import carry_story_person
    from awol.model import Event, Evidence

    def event(type_: str, names: list[str] | None = None, region: str | None = None) -> Event:
        return Event(type=type_, evidence=Evidence("x", 0, 1), count=1, names=names or [],
                     region=region)  # fmt: skip

    # a roundup of verdicts: Karelin's, then an unnamed sailor's (same type: another person)
    other_verdict, other_flight = event("sentence"), event("desertion")
    carry_story_person([event("sentence", ["Denis Karelin"]), event("desertion", ["Denis Karelin"]),
                        other_verdict, other_flight])  # fmt: skip
    assert other_verdict.names == [] and other_flight.names == []
    # his arrest, told without his name in his region, is his; one in another region is not
    his, elsewhere = event("detention", region="RU-SVE"), event("wanted", region="RU-PRI")
    carry_story_person([event("sentence", ["Denis Karelin"], "RU-SVE"), his, elsewhere])
    assert his.names == ["Denis Karelin"] and elsewhere.names == []


def test_a_search_counts_the_group_that_fled():
    import re

    from awol.extract.story_carry import carry_search_group
    from awol.model import Event, Evidence

    def event(type_: str, count: int | None, text: str = "x") -> Event:
        return Event(type=type_, evidence=Evidence(text, 0, len(text)), count=count, names=[])

    additive = re.compile(r"\bother")
    search = event("wanted", None)
    carry_search_group([event("desertion", 39), search], additive)
    assert search.count == 39
    # someone caught: fewer are sought than fled; a search for the others; two flights
    for story in (
        [event("desertion", 39), event("detention", 3), search := event("wanted", None)],
        [event("desertion", 39), search := event("wanted", None, "the others are sought")],
        [event("desertion", 3), event("desertion", 2), search := event("wanted", None)],
    ):
        carry_search_group(story, additive)
        assert search.count is None


def test_a_unit_named_after_someone_names_no_deserter():
    from awol.extract.document import extract_article
    from awol.model import Article

    text = (
        "Soldiers of the 155th brigade named after Anna Kyivska deserted in France, the "
        "journalist said."
    )
    art = Article(id="t", language="en", text=text, published="2024-11-20")
    assert all(not e.names for e in extract_article(art).events)


def test_a_story_trigger_right_before_the_desertion_it_belongs_to(monkeypatch) -> None:
    """ "Погиб" in the headline, before the lead that says he had fled (``story_ahead``)."""
    import awol.extract.document as document
    from awol.extract.lexicon import get_lexicon

    text = (
        "В Курской области погиб рядовой Иван Смирнов.\n\n"
        "Весной он самовольно оставил часть под Белгородом."
    )
    monkeypatch.setattr(document, "get_model", lambda: None)  # the rules alone
    art = Article(id="t", language="ru", text=text, published="2025-06-02")
    assert get_lexicon("ru").extra.get("story_ahead") == 1
    assert [e.type for e in extract_article(art).events] == ["death", "desertion"]
    monkeypatch.setitem(get_lexicon("ru").extra, "story_ahead", 0)
    assert [e.type for e in extract_article(art).events] == ["desertion"]
