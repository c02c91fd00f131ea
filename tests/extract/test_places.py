"""Gazetteer and place recognition (English, Russian) + a check against the dev gold."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from awol.extract.places import PlaceMention, get_gazetteer

GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev" / "gold.jsonl"


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def regions(gaz, text, lang):
    return [m.region for m in gaz.find(text, lang)]


def test_gazetteer_covers_all_russian_subjects(gaz):
    ru = [c for c in gaz.codes("region") if c.startswith("RU-")]
    assert len(set(ru)) == 83
    for code in ("RU-ROS", "RU-LIP", "RU-MOW", "RU-SPE", "RU-BA", "RU-TY", "RU-KGD", "UA-43"):
        info = gaz.lookup(code)
        assert info and info["centroid"] and info["name_en"] and info["name_ru"]
    assert gaz.lookup("UA-40")["name_en"] == "Sevastopol"
    assert gaz.lookup("KZ")["centroid"]
    assert all(gaz.lookup(c)["centroid"] for c in gaz.codes())


@pytest.mark.parametrize(
    "text,expected",
    [
        ("in the Rostov region", ["RU-ROS"]),
        ("in Rostov Oblast", ["RU-ROS"]),
        ("in Russia's Rostov region", [None, "RU-ROS"]),
        ("the Voronezh, Lipetsk and Belgorod regions", ["RU-VOR", "RU-LIP", "RU-BEL"]),
        ("a military hospital in Volgograd", ["RU-VGG"]),
        ("near the town of Kamensk-Shakhtinsky", ["RU-ROS"]),
        ("the occupied part of Ukraine's Zaporizhzhia region", [None, "UA-23"]),
        ("near the town of Dzhankoi in occupied Crimea", ["UA-43", "UA-43"]),
        ("near Nova Kakhovka", ["UA-65"]),
        ("in central Yerevan", ["AM-ER"]),
        ("the western Kazakh city of Uralsk", ["KZ-27"]),
        ("near the village of Białowieża", ["PL-20"]),
        ("in Bishkek", ["KG-GB"]),
        ("Moscow's Komsomolskaya metro station", ["RU-MOW"]),
        ("St. Petersburg and Ulan-Ude", ["RU-SPE", "RU-BU"]),
    ],
)
def test_english_places(gaz, text, expected):
    assert regions(gaz, text, "en") == expected


def test_english_mention_fields(gaz):
    text = "He fled to Kursk on Monday."
    (m,) = gaz.find(text, "en")
    assert isinstance(m, PlaceMention)
    assert (m.text, m.kind, m.country, m.region) == ("Kursk", "city", "RU", "RU-KRS")
    assert text[m.start : m.end] == "Kursk"
    (m,) = gaz.find("in the Kursk region", "en")
    assert m.kind == "region" and m.text == "Kursk region"
    (m,) = gaz.find("in eastern Ukraine", "en")
    assert (m.kind, m.country, m.region) == ("area", "UA", None)


def test_english_no_false_positives(gaz):
    assert gaz.find("The soldier said he would buy bread and mark the date.", "en") == []
    assert gaz.find("Vladimir Putin signed the decree.", "en") == []
    assert regions(gaz, "Artyom Kulagin was treated in Volgograd", "en") == ["RU-VGG"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("в Ростовской области", ["RU-ROS"]),
        ("из Ростова-на-Дону", ["RU-ROS"]),
        ("жителя Курска", ["RU-KRS"]),
        ("на автостанции в Ельце", ["RU-LIP"]),
        ("в Каменске-Шахтинском", ["RU-ROS"]),
        ("в Мичуринском районе Тамбовской области", ["RU-TAM", "RU-TAM"]),
        ("в Запорожской области", ["UA-23"]),
        ("в Мелитополе", ["UA-23"]),
        ("в Бишкеке", ["KG-GB"]),
        ("в Бурятии, в Улан-Удэ", ["RU-BU", "RU-BU"]),
        ("под Донецком", ["UA-14"]),
        ("в Крыму под Джанкоем", ["UA-43", "UA-43"]),
        ("в Воронежской, Липецкой и Белгородской областях", ["RU-VOR", "RU-LIP", "RU-BEL"]),
        ("Екатеринбургский гарнизонный военный суд", ["RU-SVE"]),
        ("в Шебекинском округе", ["RU-BEL"]),
        ("в Рыльском районе", ["RU-KRS"]),
        ("в Ереване", ["AM-ER"]),
        ("в Уральске", ["KZ-27"]),
    ],
)
def test_russian_places(gaz, text, expected):
    assert regions(gaz, text, "ru") == expected


def test_russian_no_false_positives(gaz):
    assert gaz.find("Он видел орла и шахты, луга и остров.", "ru") == []
    assert gaz.find("Владимир Путин подписал указ.", "ru") == []
    assert gaz.find("Мирный житель", "ru") == []


def test_region_of(gaz):
    assert gaz.region_of("Yelets", "en") == "RU-LIP"
    assert gaz.region_of("Ельце", "ru") == "RU-LIP"
    assert gaz.region_of("nowhere", "en") is None


def test_speed(gaz):
    en = (
        "The soldier fled his unit in Russia's Belgorod region and was detained in Kursk on Monday."
    )
    ru = "Военнослужащий сбежал из части в Белгородской области и был задержан в Курске в понедельник."
    gaz.find(en, "en"), gaz.find(ru, "ru")
    t = time.perf_counter()
    for _ in range(200):
        gaz.find(en, "en")
        gaz.find(ru, "ru")
    assert (time.perf_counter() - t) / 200 < 0.005  # generous; typically ~0.1 ms each


def test_gold_place_texts_resolve(gaz):
    if not GOLD.exists():
        pytest.skip(f"shared corpus not found at {GOLD}")
    hits = total = 0
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        for ev in doc["events"]:
            if ev.get("region") and ev.get("place_text"):
                total += 1
                found = gaz.find(ev["place_text"], doc["language"])
                hits += any(m.region == ev["region"] for m in found)
    rate = hits / total
    print(f"gold place_text -> region hit rate: {hits}/{total} = {rate:.3f}")
    assert rate >= 0.9
