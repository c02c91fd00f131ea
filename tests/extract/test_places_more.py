"""Russian places named by an epithet, an adjective, an address or a city's district."""

from __future__ import annotations

import pytest

from awol.extract.places import get_gazetteer


def _regions(text: str) -> list[str | None]:
    return [m.region for m in get_gazetteer().find(text, "ru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an epithet of the city
        ("задержали в северной столице двух военнослужащих", ["RU-SPE"]),
        # an adjective that names its region wherever it stands, not only before an institution
        ("сбежал из подмосковного парка «Патриот»", ["RU-MOS"]),
        # a small settlement after the street of an address
        ("на Биржевой улице в Белоострове задержали двух военнослужащих", ["RU-SPE"]),
        # a district of the city named after it, whatever town its adjective names elsewhere
        ("задержали в Курортном районе северной столицы", ["RU-SPE"]),
        ("в Советском районе Волгограда", ["RU-VGG"]),
        # a district named by a town of the same region keeps both
        ("в Наро-Фоминском районе Московской области", ["RU-MOS", "RU-MOS"]),
        # a town also a surname, after a part of a town ("на окраине", "в пригороде")
        ("задержали на окраине Курчатова", ["RU-KRS"]),
        ("в окрестностях Курчатова", ["RU-KRS"]),
        ("на окраине леса", []),
    ],
)
def test_russian_places(text: str, expected: list[str]) -> None:
    assert _regions(text) == expected


def test_the_outskirts_of_a_town_name_it() -> None:
    found = get_gazetteer().find("He was caught on the outskirts of Kurchatov.", "en")
    assert [m.region for m in found] == ["RU-KRS"]


def test_a_small_settlement_needs_its_street_right_before_it() -> None:
    # "улице Ленина в Мере": the street is not right before "в", the town (also a word) is unread
    assert _regions("на улице Ленина в Мере задержали") == []


def test_a_town_is_read_in_the_other_romanisation_of_its_ending() -> None:
    gaz = get_gazetteer()
    for spelling in ("Sharalday", "Sharaldai"):
        found = gaz.find(f"He hid in the village of {spelling} for months.", "en")
        assert [m.region for m in found] == ["RU-BU"], spelling


@pytest.mark.parametrize(
    ("spellings", "region"),
    [
        # "я" as "ya" or "ia", each writer in his own way (the gazetteer lists one of them)
        (("Kostyantynivka", "Kostiantynivka"), "UA-14"),
        (("Hulyaipole", "Huliaipole"), "UA-23"),
        (("Kupyansk", "Kupiansk"), "UA-63"),
        # "ї" after a vowel as "yi" or "i"; "й" before a consonant as "y" or "i"
        (("Avdiyivka", "Avdiivka"), "UA-14"),
        (("Novoaidar", "Novoaydar"), "UA-09"),
    ],
)
def test_a_town_is_read_in_the_other_romanisation_of_its_soft_vowels(
    spellings: tuple[str, str], region: str
) -> None:
    gaz = get_gazetteer()
    for spelling in spellings:
        found = gaz.find(f"The soldiers fled from their positions near {spelling}.", "en")
        assert [m.region for m in found] == [region], spelling


def test_the_other_romanisation_is_only_a_place_name() -> None:
    from awol.extract.places_spelling import romanisations as _romanisations

    assert _romanisations("Kostyantynivka") == ["Kostiantynivka"]
    assert _romanisations("Pokrovsk") == []  # nothing to write otherwise
    assert _romanisations("Yalta") == []  # (too short; a first "Y" stays)


@pytest.mark.parametrize(
    ("adjective_name", "colloquial"),
    [
        ("Псковская область", "Псковщина"),
        ("Полтавская область", "Полтавщина"),
        ("Вологодская область", "Вологодчина"),
        ("Воронежская область", "Воронежчина"),
        ("Донецкая область", "Донетчина"),
        ("Алтайский край", None),
        ("Республика Бурятия", None),
    ],
)
def test_the_colloquial_name_of_an_oblast(adjective_name: str, colloquial: str | None) -> None:
    from awol.extract.places_data import oblast_colloquial

    assert oblast_colloquial(adjective_name) == colloquial


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # every oblast by its colloquial name, inflected
        ("Дезертира задержали на Псковщине.", "ru", [("RU", "RU-PSK")]),
        ("Дезертира задержали на Полтавщине.", "ru", [("UA", "UA-53")]),
        ("Дезертира задержали на Тамбовщине.", "ru", [("RU", "RU-TAM")]),
        # the Altai is Russia's, in two regions: no region (not a Kazakh town of the name)
        ("Дезертира задержали на Алтае.", "ru", [("RU", None)]),
        ("A deserter was detained in Altai.", "en", [("RU", None)]),
        # the short English names of regions
        ("A deserter was detained in Primorye.", "en", [("RU", "RU-PRI")]),
        ("A deserter was detained in Kuzbass.", "en", [("RU", "RU-KEM")]),
        ("A deserter was detained in Transbaikalia.", "en", [("RU", "RU-ZAB")]),
        ("A deserter was detained in Kamchatka.", "en", [("RU", "RU-KAM")]),
        # abbreviated names of regions, written as one word ("Мособласть" as "Ленобласть")
        ("Дезертира задержали в Мособласти.", "ru", [("RU", "RU-MOS")]),
        ("Дезертира задержали в ХМАО-Югре.", "ru", [("RU", "RU-KHM")]),
        ("A deserter was detained in KhMAO-Yugra.", "en", [("RU", "RU-KHM")]),
        ("A deserter was detained in YaNAO.", "en", [("RU", "RU-YAN")]),
        # the older and the bare adjectival English names
        ("A deserter was detained in Tataria.", "en", [("RU", "RU-TA")]),
        ("A deserter was detained in the Trans-Baikal.", "en", [("RU", "RU-ZAB")]),
        ("A deserter was detained on the Crimean peninsula.", "en", [("UA", "UA-43")]),
    ],
)
def test_colloquial_and_short_region_names(text: str, lang: str, expected: list) -> None:
    got = [(m.country, m.region) for m in get_gazetteer().find(text, lang)]
    assert got == expected


def test_a_place_before_a_soldier_noun_is_his_origin() -> None:
    from awol.extract.document import extract_article
    from awol.model import Article

    text = "A Kamchatka contract soldier was sentenced to two years for desertion."
    events = extract_article(Article(id="t", text=text, language="en")).events
    assert [e.type for e in events] == ["sentence"]
    assert events[0].region is None
    text = "Kursk police detained a deserter."
    events = extract_article(Article(id="t", text=text, language="en")).events
    assert [e.region for e in events] == ["RU-KRS"]


@pytest.mark.parametrize(
    ("court", "region"),
    [
        # a town's adjective as Russian makes it: -а/-я/-ы -> -инский, -л -> -льский,
        # -га -> -жский, -ый -> -енский
        ("Читинский", "RU-ZAB"),
        ("Борзинский", "RU-ZAB"),
        ("Шахтинский", "RU-ROS"),
        ("Барнаульский", "RU-ALT"),
        ("Лужский", "RU-LEN"),
        ("Грозненский", "RU-CE"),
    ],
)
def test_the_court_of_a_town_by_its_adjective(court: str, region: str) -> None:
    assert _regions(f"{court} гарнизонный военный суд приговорил его.") == [region]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the generic words of a region's name as often in lower case as not
        ("бои в Луганской народной республике", ["UA-09"]),
        ("служил в Чеченской республике", ["RU-CE"]),
        ("задержан в республике Алтай", ["RU-AL"]),
        ("в Кабардино-Балкарской республике", ["RU-KB"]),
        # a name of common words only keeps its capitals: not a settlement
        ("Красный луч светил", []),
    ],
)
def test_lower_case_generic_words_of_a_name(text: str, expected: list[str]) -> None:
    assert _regions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long name misspelt by one letter, where a place is said
        ("He touched down at an airbase in Kharkhiv last spring.", ["UA-63"]),
        ("They fled from a unit in the Chelyabinks region.", ["RU-CHE"]),
        ("He was detained in Novosibrsk on Monday.", ["RU-NVS"]),
        # not a person's name, nor a word that inflects at its end, nor a short name
        ("Chertkov had complained to his mother.", []),
        ("The Chertkov family said nothing.", []),
        ("He spoke to Saratova in June.", []),
        ("He was detained in Kurks.", []),
    ],
)
def test_a_misspelt_name_is_read_where_a_place_is_said(text: str, expected: list) -> None:
    assert [m.region for m in get_gazetteer().find(text, "en")] == expected


def test_one_edit() -> None:
    from awol.extract.places_en import one_edit

    assert one_edit("Kharkhiv", "Kharkiv")  # a letter added
    assert one_edit("Chelyabinks", "Chelyabinsk")  # two letters swapped
    assert one_edit("Novosibrsk", "Novosibirsk")  # a letter left out
    assert one_edit("Yekaterinbarg", "Yekaterinburg")  # a letter changed
    assert not one_edit("Saratova", "Saratov")  # at the end: an inflection
    assert not one_edit("Russian", "Russia")
    assert not one_edit("Xharkiv", "Kharkiv")  # the first letter
    assert not one_edit("Kharkivv", "Kharkov")  # two edits
