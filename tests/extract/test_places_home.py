"""Regions the text supports in words the gazetteer or the story must read (invented sentences,
EN and RU): a two-word town's adjective ("Нижнетагильский гарнизонный военный суд") and a
detention "at home" placed where the story says the man lives."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events
from tests.extract.helpers import one as _one

from awol.extract.places import get_gazetteer
from awol.extract.places_home import at_home


def _events(text: str, lang: str):
    return events(text, lang, "2024-05-28")


# ------------------------------------------------------- the adjective of a two-word town
@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Нижнетагильский гарнизонный военный суд", "RU-SVE"),  # Нижний Тагил
        ("в Старооскольском городском суде", "RU-BEL"),  # Старый Оскол
        ("Набережночелнинский городской суд", "RU-TA"),  # Набережные Челны
        ("Великолукский городской суд", "RU-PSK"),  # Великие Луки
        ("нижнетагильские полицейские задержали", "RU-SVE"),
    ],
)
def test_a_two_word_towns_adjective_names_the_town(text, region):
    found = get_gazetteer().find(text, "ru")
    assert [p.region for p in found] == [region]


def test_the_adjective_of_a_two_word_town_places_a_verdict():
    text = (
        "Нижнетагильский гарнизонный военный суд приговорил контрактника к пяти годам колонии "
        "за самовольное оставление части."
    )
    assert _one(_events(text, "ru"), "sentence").region == "RU-SVE"


def test_an_ordinary_adjective_before_a_noun_names_no_town():
    assert get_gazetteer().find("Новый дом культуры открыли в марте.", "ru") == []


# ------------------------------------------------------- a detention at home
def test_at_home_words():
    assert at_home("Его задержали дома.", "ru")
    assert at_home("Полицейские доставили его в местный военкомат.", "ru")
    assert at_home("He was detained at his home on Monday.", "en")
    assert at_home("He was handed over to the local military commissariat.", "en")
    assert not at_home("Его задержали в Ростове.", "ru")
    assert not at_home("He was detained near the border.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        (
            "Мобилизованный житель Бурятии не вернулся в часть из отпуска. Его задержали дома.",
            "ru",
            "RU-BU",
        ),
        (
            "Житель Камышина самовольно оставил часть в марте и вернулся домой. Полицейские "
            "задержали его и доставили в местный военкомат.",
            "ru",
            "RU-VGG",
        ),
        (
            "A mobilised man from Buryatia did not return to his unit after leave. He was "
            "detained at home.",
            "en",
            "RU-BU",
        ),
        (
            "A resident of Kamyshin left his unit without permission in March. Police detained "
            "him and handed him over to the local military commissariat.",
            "en",
            "RU-VGG",
        ),
    ],
)
def test_a_detention_at_home_takes_the_region_the_story_says_he_lives_in(text, lang, region):
    assert _one(_events(text, lang), "detention").region == region


def test_a_detention_at_home_keeps_its_own_place():
    text = (
        "A mobilised man from Buryatia did not return to his unit after leave. He was detained "
        "at home in the Irkutsk region."
    )
    assert _one(_events(text, "en"), "detention").region == "RU-IRK"


def test_homes_in_two_regions_place_nothing():
    text = "Уроженец Бурятии и житель Читы самовольно оставили часть. Их задержали дома."
    assert _one(_events(text, "ru"), "detention").region is None


def test_a_detention_not_at_home_does_not_take_the_home():
    text = (
        "A mobilised man from Buryatia did not return to his unit after leave. He was detained "
        "by military police last week."
    )
    assert _one(_events(text, "en"), "detention").region is None


def test_a_home_town_places_no_flight():
    text = "Мобилизованный житель Бурятии самовольно оставил часть. Его задержали дома."
    assert _one(_events(text, "ru"), "desertion").region is None


# ------------------------------------------------------- half of a village's name
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Его задержали в селе Верхняя Березовка.", "ru"),
        ("He was detained in the village of Verkhnyaya Berezovka.", "en"),
    ],
)
def test_the_second_half_of_an_unknown_village_name_is_no_town(text, lang):
    assert [p.region for p in get_gazetteer().find(text, lang) if p.kind == "city"] == []


def test_a_known_two_word_town_is_read_whole():
    found = get_gazetteer().find("Его задержали в Нижнем Тагиле, а судили в Старом Осколе.", "ru")
    assert [p.region for p in found] == ["RU-SVE", "RU-BEL"]


def test_an_unknown_village_keeps_the_region_named_after_it():
    found = get_gazetteer().find("Его задержали в селе Верхняя Березовка Тамбовской области.", "ru")
    assert [p.region for p in found] == ["RU-TAM"]


# ------------------------------------------------------- the issuer the source names
@pytest.mark.parametrize(
    ("text", "lang", "type_", "region"),
    [
        (
            "Военнослужащего, самовольно оставившего часть, объявили в розыск. Об этом сообщает "
            "пресс-служба ГУ МВД по Новосибирской области.",
            "ru",
            "wanted",
            "RU-NVS",
        ),
        (
            "В отношении контрактника возбуждено уголовное дело о самовольном оставлении части. "
            "Об этом сообщили в военной прокуратуре Магнитогорского гарнизона.",
            "ru",
            "prosecution",
            "RU-CHE",
        ),
        (
            "A contract soldier has been charged with desertion. The Kaliningrad garrison "
            "military prosecutor's office reported this on Monday.",
            "en",
            "prosecution",
            "RU-KGD",
        ),
    ],
)
def test_a_search_or_charge_takes_the_region_of_the_authority_reporting_it(
    text, lang, type_, region
):
    assert _one(_events(text, lang), type_).region == region


@pytest.mark.parametrize(
    "text",
    [
        # a military district is no region
        "В отношении контрактника возбуждено уголовное дело о самовольном оставлении части. "
        "Об этом сообщили в военной прокуратуре Московского военного округа.",
        # an outlet issues nothing
        "Военнослужащего, самовольно оставившего часть, объявили в розыск. Об этом сообщает "
        "«Вечерняя Москва».",
    ],
)
def test_a_source_that_issues_nothing_places_nothing(text):
    e = next(e for e in _events(text, "ru") if e.type in ("wanted", "prosecution"))
    assert e.region is None


def test_a_detention_at_home_takes_the_town_he_went_home_to():
    text = (
        "Ivan Petrov left his unit in the occupied Luhansk region in November and went home to "
        "Novocherkassk, in the Rostov region, his sister said. Military police detained him at "
        "home on Dec. 28."
    )
    assert _one(_events(text, "en"), "detention").region == "RU-ROS"
    text = (
        "В ноябре Иван Петров самовольно оставил часть и вернулся домой в Новочеркасск. "
        "В декабре его задержали дома сотрудники военной полиции."
    )
    assert _one(_events(text, "ru"), "detention").region == "RU-ROS"


def test_there_before_the_particle_i_points_to_the_place_before():
    # "Там его и задержали": the particle "и" opens the trigger's clause; "там" stands before it
    text = (
        "Мобилизованный не прибыл к месту службы и скрывался на даче в Березовском. "
        "Там его и задержали сотрудники военной полиции."
    )
    assert _one(_events(text, "ru"), "detention").region == "RU-SVE"


# ------------------------------------------------------- a region's people's adjective
@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        ("Бурятские полицейские задержали дезертира.", "ru", "RU-BU"),
        ("Дагестанские силовики задержали дезертира.", "ru", "RU-DA"),
        ("Крымские полицейские задержали дезертира.", "ru", "UA-43"),  # not the town of Krymsk
        ("Петербургские полицейские задержали дезертира.", "ru", "RU-SPE"),
        ("Buryat police detained a deserter.", "en", "RU-BU"),
        ("Dagestani authorities said the deserter was detained.", "en", "RU-DA"),
        ("Crimean police detained a deserter.", "en", "UA-43"),
    ],
)
def test_a_regions_adjective_before_an_authority_names_the_region(text, lang, region):
    assert [p.region for p in get_gazetteer().find(text, lang)] == [region]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Бурятский военнослужащий самовольно оставил часть.", "ru"),  # a people, not a place
        ("A Buryat soldier deserted from his unit.", "en"),
        ("Уральские полицейские задержали дезертира.", "ru"),  # the Urals: no region
    ],
)
def test_a_peoples_adjective_elsewhere_names_no_place(text, lang):
    assert get_gazetteer().find(text, lang) == []


def test_krymsky_district_stays_in_the_krasnodar_region():
    found = get_gazetteer().find("Его задержали в Крымском районе.", "ru")
    assert [p.region for p in found] == ["RU-KDA"]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Московский гарнизонный военный суд приговорил его.", "RU-MOW"),  # it sits in Moscow
        ("Московский городской суд оставил приговор в силе.", "RU-MOW"),
        ("Московский областной суд оставил приговор в силе.", "RU-MOS"),
        ("Его задержали в Московской области.", "RU-MOS"),
    ],
)
def test_moscows_adjective_before_a_court_is_the_citys_but_the_regional_courts(text, region):
    assert [p.region for p in get_gazetteer().find(text, "ru")] == [region]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("The Moscow regional court upheld the sentence.", "RU-MOS"),
        ("The Leningrad regional court upheld the sentence.", "RU-LEN"),
        ("The Kursk regional court upheld the sentence.", "RU-KRS"),
        ("Moscow police detained him.", "RU-MOW"),
    ],
)
def test_a_town_before_regional_names_its_region(text, region):
    assert [p.region for p in get_gazetteer().find(text, "en")] == [region]


def test_a_home_named_far_from_the_detention_in_a_long_text_is_another_story():
    # (a home is looked for within HOME_WINDOW sentences of the detention: a whole news article,
    # a bounded stretch of a long text, so the cost stays linear in its length)
    from awol.extract.places_home import HOME_WINDOW

    home = "Мобилизованный житель Бурятии не вернулся в часть из отпуска."
    filler = " ".join(
        f"Погода в этот день {k}-й раз была дождливой и холодной." for k in range(HOME_WINDOW + 4)
    )
    far = f"{home} {filler} Его задержали дома."
    assert _one(_events(far, "ru"), "detention").region is None
    near = f"{filler} {home} Его задержали дома."
    assert _one(_events(near, "ru"), "detention").region == "RU-BU"


# ------------------------------------------------------- patterns keep their escapes
def test_the_cue_patterns_keep_their_upper_case_escapes():
    from awol.extract.places_data import cues, lower_words

    assert lower_words(r"Parents\W?\s+\B\D\S") == r"parents\W?\s+\B\D\S"
    assert lower_words(r"\\W Дома") == r"\\w дома"  # an escaped backslash, then text
    assert any(r"parents\W?" in w for w in cues()["en"]["home_before"])


def test_a_detention_at_his_parents_home_takes_that_home():
    text = (
        "A mobilised man left his unit in October and went to his parents' house in Kamyshin. "
        "Police detained him at home on Monday."
    )  # "parents\\W?": str.lower had made it "parents\\w?", and the apostrophe broke the match
    assert _one(_events(text, "en"), "detention").region == "RU-VGG"
