"""Russian extraction: triggers, blocking, attribution, counts, dates and armed status.

The articles here are small invented texts (no real incidents); they exercise the Russian data
files (lang/ru/events.yaml, lang/ru/text.yaml) through the language-neutral extractor.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.extract.helpers import extract

from awol.cli import main
from awol.extract.attribution import find_source
from awol.extract.lexicon import get_lexicon

PUBLISHED = "2025-03-20"  # a Thursday


def _extract(text: str, published: str | None = PUBLISHED):
    return extract(text, "ru", published)


def _events(text: str, published: str | None = PUBLISHED) -> list:
    return _extract(text, published).events


def _types(text: str) -> list[str]:
    return [e.type for e in _events(text)]


# --- one trigger per event type ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Рядовой Иван Петров самовольно оставил воинскую часть в Курской области.", "desertion"),
        ("Двое контрактников дезертировали с фронта в начале марта.", "desertion"),
        ("В феврале мобилизованный сбежал из госпиталя в Самаре и скрылся.", "desertion"),
        ("Дезертир в январе не вернулся в часть из отпуска.", "desertion"),
        (
            "В отпуск он уехал в январе, а в часть больше не вернулся, сообщил его адвокат.",
            "desertion",
        ),
        ("Контрактник самовольно убыл из пункта временной дислокации.", "desertion"),
        # the Ukrainian army's term, as Russian-language media use it
        ("В марте мобилизованный ушел в СЗЧ из бригады под Харьковом.", "desertion"),
        ("Военнослужащего, ушедшего в СЗЧ, задержали сотрудники ТЦК в Одессе.", "detention"),
        ("Беглого контрактника Олега Смирнова объявили в федеральный розыск.", "wanted"),
        ("Дезертир Олег Смирнов находится в межгосударственном розыске.", "wanted"),
        ("Полиция разыскивает дезертира Олега Смирнова.", "wanted"),
        ("Сотрудники военной полиции задержали дезертира в Самаре.", "detention"),
        ("Беглец был задержан на вокзале во вторник.", "detention"),
        ("При задержании дезертир открыл огонь и был ликвидирован.", "death"),
        ("Тело беглого солдата нашли в лесу под Тамбовом.", "death"),
        ("В отношении дезертира возбуждено уголовное дело по ч. 5 ст. 337 УК РФ.", "prosecution"),
        (
            "Военные следователи возбудили против беглеца уголовное дело о дезертирстве.",
            "prosecution",
        ),
        ("Гарнизонный военный суд приговорил дезертира к пяти годам колонии.", "sentence"),
        ("Суд назначил ему два года условно за самовольное оставление части.", "sentence"),
        ("Контрактник осужден за самовольное оставление части.", "sentence"),
    ],
)
def test_trigger_types(text: str, etype: str) -> None:
    assert etype in _types(text), (text, _types(text))


def test_story_continues_after_topic_sentence() -> None:
    text = (
        "Шестеро военнослужащих по контракту самовольно оставили полигон в Воронежской области. "
        "Трое из них были задержаны во вторник в Ельце. "
        "Остальных объявили в розыск."
    )
    types = _types(text)
    assert types.count("desertion") == 1
    assert "detention" in types
    assert "wanted" in types


# --- blocking: negation, hypotheticals, laws, generic statements, denials, labels ----------------


@pytest.mark.parametrize(
    "text",
    [
        # maximum penalties and laws
        "За самовольное оставление части в период мобилизации грозит до 10 лет лишения свободы.",
        "За дезертирство Уголовный кодекс предусматривает наказание до 15 лет лишения свободы.",
        "Госдума приняла закон, по которому дезертиров будут приговаривать к реальным срокам.",
        # hypotheticals
        "Если дезертира задержат, ему может грозить до десяти лет колонии.",
        "Следователи могут возбудить уголовное дело о дезертирстве.",
        # practice in general
        "Юристы отмечают, что подобные дела о самовольном оставлении части нередко заканчиваются условным сроком.",
        # negation
        "Дезертир, по данным полиции, не был задержан.",
    ],
)
def test_blocked_sentences_yield_no_event(text: str) -> None:
    assert _types(text) == [], text


def test_denial_blocks_the_denied_flight() -> None:
    text = "Минобороны опровергло сообщения о том, что солдаты сбежали с полигона."
    assert "desertion" not in _types(text)


def test_participle_label_is_not_a_desertion() -> None:
    # "самовольно оставивших часть" labels the detainees; no leaving is reported
    text = "Военная полиция в среду задержала 12 военнослужащих, самовольно оставивших часть."
    evs = _events(text)
    assert [e.type for e in evs] == ["detention"]
    assert evs[0].count == 12


def test_participle_with_place_is_a_desertion() -> None:
    text = (
        "Один из двух военнослужащих, самовольно оставивших воинскую часть под Джанкоем, "
        "задержан во вторник в Керчи."
    )
    types = _types(text)
    assert "desertion" in types and "detention" in types


def test_references_to_detainees_are_not_new_events() -> None:
    text = (
        "Военная полиция во вторник задержала дезертира Олега Смирнова в Самаре. "
        "Фамилию задержанного сослуживцы знали. "
        "Среди разыскиваемых ранее числился и он. "
        "Мать осужденного узнала о задержании сына из новостей."
    )
    assert _types(text) == ["detention"]


def test_other_crime_trial_yields_nothing() -> None:
    text = (
        "Гарнизонный военный суд приговорил военнослужащего по контракту к трем годам колонии "
        "за кражу денег у сослуживцев. "
        "Как установил суд, он тайно забрал банковские карты и снял с них 400 тысяч рублей."
    )
    assert _types(text) == []


def test_defence_request_is_not_a_sentence() -> None:
    text = (
        "Дезертира Олега Смирнова задержали в мае. Защита просила назначить ему условное наказание."
    )
    assert "sentence" not in _types(text)


# --- arguments: attribution, counts, dates, places, armed -------------------------------------


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("По данным МВД по Республике Крым, дезертир задержан в Керчи.", "МВД по Республике Крым"),
        ("Как пояснили в прокуратуре, беглец задержан.", "прокуратуре"),
        ("Об этом сообщило МВД по Республике Крым.", "МВД по Республике Крым"),
        ("Дезертир задержан, сообщили в военной комендатуре.", "военной комендатуре"),
        ("Как выяснил «Байкал Сегодня», он служил по контракту.", "Байкал Сегодня"),
        ("Согласно приговору, он самовольно оставил часть.", "приговору"),
    ],
)
def test_attribution(sentence: str, source: str) -> None:
    src = find_source(sentence, get_lexicon("ru"))
    assert src is not None and src.text == source


def test_pronoun_is_not_a_source() -> None:
    assert find_source("По их данным, беглецов было трое.", get_lexicon("ru")) is None


def test_event_source_from_article() -> None:
    evs = _events("По данным МВД по Республике Крым, дезертир задержан в Керчи во вторник.")
    assert evs and evs[0].source == "МВД по Республике Крым"


def test_counts_dates_places() -> None:
    text = (
        "Шестеро военнослужащих по контракту в ночь на 15 марта самовольно оставили полигон "
        "в Воронежской области. "
        "Трое из шести беглецов были задержаны 17 марта в Ельце."
    )
    evs = {e.type: e for e in _events(text)}
    d = evs["desertion"]
    assert (d.date, d.region, d.count) == ("2025-03-15", "RU-VOR", 6)
    t = evs["detention"]
    assert (t.date, t.region, t.count) == ("2025-03-17", "RU-LIP", 3)


def test_relative_weekday_and_collective_numeral() -> None:
    text = (
        "Во вторник военная полиция задержала в Самаре четверых дезертиров. "
        "В отношении всех четверых возбуждены уголовные дела по ч. 5 ст. 337 УК РФ."
    )
    evs = {e.type: e for e in _events(text)}
    assert evs["detention"].date == "2025-03-18"
    assert evs["detention"].region == "RU-SAM"
    assert evs["detention"].count == 4
    assert evs["prosecution"].count == 4


def test_armed_and_unarmed() -> None:
    armed = _events(
        "Пятого марта контрактник ушел с позиций, забрав с собой автомат и две гранаты."
    )
    assert armed and armed[0].type == "desertion" and armed[0].armed is True
    text = (
        "Шестеро военнослужащих самовольно оставили полигон в Воронежской области. "
        "Оружия у беглецов при себе не было."
    )
    unarmed = _events(text)
    assert unarmed and unarmed[0].armed is False


def test_figure_residents_wanted() -> None:
    ex = _extract(
        "По оценке правозащитников, в розыске за самовольное оставление части сейчас находятся "
        "не менее 300 жителей Бурятии."
    )
    assert [(f.value, f.qualifier) for f in ex.figures] == [(300, "at_least")]
    assert ex.events == []


def test_off_topic_article_yields_nothing() -> None:
    text = "Мобилизованный водитель попал в аварию под Курском. Полиция задержала второго водителя."
    assert _types(text) == []


# --- end to end through the CLI -------------------------------------------------------------


def _cli(paths: list[Path], dev: Path) -> list[dict]:
    res = CliRunner().invoke(
        main, ["extract", *map(str, paths), "--manifest", str(dev / "manifest.jsonl")]
    )
    assert res.exit_code == 0, res.stderr
    return [json.loads(x) for x in res.stdout.splitlines() if x.strip()]


def _key(doc: dict) -> list[tuple]:
    return [
        (e["type"], e["date"], e["region"], e["count"], e["armed"], e["evidence"]["text"])
        for e in doc["events"]
    ]


def test_cli_cp1251_copy_gives_identical_events(dev_dir: Path) -> None:
    utf8, cp1251 = _cli([dev_dir / "ru-01.txt", dev_dir / "ru-01.cp1251.txt"], dev_dir)
    assert utf8["events"], "ru-01 reports a desertion"
    assert _key(utf8) == _key(cp1251)
    desertion = next(e for e in utf8["events"] if e["type"] == "desertion")
    assert (desertion["date"], desertion["region"], desertion["count"]) == (
        "2025-03-15",
        "RU-VOR",
        6,
    )


def test_cli_other_russian_articles(dev_dir: Path) -> None:
    docs = {
        d["id"]: d for d in _cli([dev_dir / f"ru-{n}.txt" for n in ("09", "12", "16")], dev_dir)
    }
    # ru-12 is a theft trial at a military court: not about desertion
    assert docs["ru-12"]["events"] == []
    got09 = {(e["type"], e["date"], e["region"], e["count"]) for e in docs["ru-09"]["events"]}
    assert ("detention", "2025-07-08", "UA-43", 1) in got09
    assert ("desertion", "2025-07-06", "UA-43", 2) in got09
    got16 = {(e["type"], e["date"], e["region"], e["count"]) for e in docs["ru-16"]["events"]}
    assert ("sentence", "2025-04-11", "RU-PER", 3) in got16
    assert ("desertion", "2024-10", "RU-ROS", 3) in got16
    for doc in docs.values():
        for e in doc["events"]:
            assert e["evidence"]["text"]


@pytest.mark.parametrize(
    "text, fled",
    [
        ("Дело дезертира рассмотрел суд. В 2023 году он подписал контракт и ушел на фронт.", False),
        ("Дело дезертира рассмотрел суд. Весной он ушел добровольцем на войну.", False),
        ("Дело дезертира рассмотрел суд. В 2023 году он ушел с фронта.", True),
        ("Дело дезертира рассмотрел суд. Он сбежал на машине из части.", True),
    ],
)
def test_going_to_the_front_is_not_leaving_it(text: str, fled: bool) -> None:
    # "ушел на фронт" (went to the front) is the opposite of a flight from it
    last = text.split(". ", 1)[1]
    assert any(e.type == "desertion" and e.evidence.text == last for e in _events(text)) is fled


# --- who the event is about: one person without a number -----------------------------------


@pytest.mark.parametrize(
    "text, etype",
    [
        # a substantivised adjective or participle stands for one person
        ("Военного, самовольно оставившего часть, задержали в Самаре.", "detention"),
        # a surname told alone, as a story names a man after the first time
        (
            "Ранее Перелыгина приговорили к пяти годам колонии за самовольное оставление части.",
            "sentence",
        ),
        # officers and other ranks the singular subject names
        ("Суд приговорил офицера к шести годам колонии за дезертирство.", "sentence"),
    ],
)
def test_one_person_without_a_number(text: str, etype: str) -> None:
    got = [e for e in _events("Дезертирство из армии.\n\n" + text) if e.type == etype]
    assert got and got[0].count == 1, [(e.type, e.count) for e in _events(text)]


def test_an_adjective_before_its_noun_names_no_person() -> None:
    # "военного суда" is a court: nothing counts one person in the sentence
    got = _events(
        "Дезертирство из армии.\n\nПриговор военного суда по делу о дезертирстве вступил в силу."
    )
    assert all(e.count is None for e in got), [(e.type, e.count) for e in got]


def test_them_after_a_preposition_refers_back_not_the_partitive() -> None:
    text = (
        "Трое военнослужащих самовольно покинули воинскую часть в Курской области 3 марта. "
        "Против них возбудили уголовное дело о самовольном оставлении части."
    )
    got = {e.type: e.count for e in _events(text)}
    assert got.get("prosecution") == 3, got
