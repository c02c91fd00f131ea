"""Tests for awol.extract.counts (language-neutral engine + en/ru number lexicons)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from awol.extract.counts import _lexicon, find_counts, ordinal_value, parse_number

SHARED = Path(__file__).resolve().parents[2] / "corpus" / "dev"  # the bundled dev corpus


def vq(text: str, lang: str) -> list[tuple[int, str]]:
    return [(m.value, m.qualifier) for m in find_counts(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police detained 10 soldiers.", [(10, "exact")]),
        ("at least 49,000 arrest warrants", [(49000, "at_least")]),
        ("as many as 52 400 servicemen", [(52400, "up_to")]),
        ("about 1 140 cases", [(1140, "approx")]),
        ("two soldiers and ten conscripts", [(2, "exact"), (10, "exact")]),
        ("twenty-five men", [(25, "exact")]),
        ("a dozen soldiers", [(12, "exact")]),
        ("more than a dozen soldiers", [(12, "at_least")]),
        ("about a dozen soldiers", [(12, "approx")]),
        ("up to a dozen more suspected deserters", [(12, "up_to")]),
        ("both men were charged", [(2, "exact")]),
        ("nearly 300 soldiers", [(300, "approx")]),
        ("fewer than 9,000 entries", [(9000, "up_to")]),
        ("more than 10,000 sentences", [(10000, "at_least")]),
        ("over 400 servicemen", [(400, "at_least")]),
        ("roughly 14,600 verdicts", [(14600, "approx")]),
        ("Some 40 activists", [(40, "approx")]),
        ("1.2 million men", [(1200000, "exact")]),
        ("10 or more soldiers", [(10, "at_least")]),
    ],
)
def test_english_counts_and_qualifiers(text, expected):
    assert vq(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("задержаны четверо", [(4, "exact")]),
        ("четырёх военнослужащих", [(4, "exact")]),
        ("трое военнослужащих", [(3, "exact")]),
        ("троих, пятерых и семерых", [(3, "exact"), (5, "exact"), (7, "exact")]),
        ("шестеро контрактников", [(6, "exact")]),
        ("двое сбежали", [(2, "exact")]),
        ("более 100 человек", [(100, "at_least")]),
        ("около 300 человек", [(300, "approx")]),
        ("не менее 49 тысяч", [(49000, "at_least")]),
        ("не менее 9,8 тысячи приговоров", [(9800, "at_least")]),
        ("14,2 тысячи приговоров", [(14200, "exact")]),
        ("чуть больше 4 тысяч", [(4000, "at_least")]),
        ("почти 300 человек", [(300, "approx")]),
        ("менее 9 тысяч", [(9000, "up_to")]),
        ("свыше 50 военнослужащих", [(50, "at_least")]),
        ("как минимум пятеро", [(5, "at_least")]),
        ("порядка 20 человек", [(20, "approx")]),
        ("до 10 человек", [(10, "up_to")]),
        ("двадцать пять человек", [(25, "exact")]),
        ("полторы тысячи военнослужащих", [(1500, "exact")]),
        ("более десятка военных", [(10, "at_least")]),
        ("оба военнослужащих", [(2, "exact")]),
        ("52 400 военнослужащих", [(52400, "exact")]),
    ],
)
def test_russian_counts_case_forms_and_qualifiers(text, expected):
    assert vq(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "lang", "value", "total", "head"),
    [
        ("two of 10 former prison inmates", "en", 2, 10, "former prison inmates"),
        ("three of the six contract soldiers who walked off", "en", 3, 6, "contract soldiers"),
        ("Трое из шести беглецов задержаны", "ru", 3, 6, "беглецов"),
        ("двух из десяти военнослужащих", "ru", 2, 10, "военнослужащих"),
        ("at least 30 of the roughly 120 men", "en", 30, 120, "men"),
    ],
)
def test_partitions(text, lang, value, total, head):
    (m,) = find_counts(text, lang)
    assert (m.value, m.total, m.head) == (value, total, head)
    assert text[m.start : m.end] == m.text
    assert text[m.head_start : m.head_start + len(m.head)] == m.head


def test_one_of_has_head_after_partition_word():
    (m,) = find_counts("один из беглецов", "ru")
    assert (m.value, m.total, m.head) == (1, None, "беглецов")
    (m,) = find_counts("one of the deserters", "en")
    assert (m.value, m.head) == (1, "deserters")


@pytest.mark.parametrize(
    ("text", "lang", "head"),
    [
        ("10 former prison inmates fled", "en", "former prison inmates"),
        ("More than a dozen Russian contract soldiers left", "en", "Russian contract soldiers"),
        ("Some 40 activists gathered outside", "en", "activists"),
        ("6 военнослужащих по контракту сбежали", "ru", "военнослужащих по контракту"),
        ("37 военнослужащих, находившихся в розыске", "ru", "военнослужащих"),
        ("не менее 300 российских военнослужащих", "ru", "российских военнослужащих"),
        ("двое сбежали", "ru", None),
    ],
)
def test_heads(text, lang, head):
    assert find_counts(text, lang)[0].head == head


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2023 the court ruled.", "en"),
        ("Gurov, 29, a contract soldier", "en"),
        ("a 31-year-old soldier", "en"),
        ("he faces 10 years in prison", "en"),
        ("13 years in prison", "en"),
        ("under Article 337 of the Criminal Code", "en"),
        ("on May 9 and on Aug. 10, 2024", "en"),
        ("at 10:30 a.m.", "en"),
        ("a $500 fine and 5% of cases", "en"),
        ("No. 5", "en"),
        ("the fourth time", "en"),
        ("several dozen soldiers", "en"),
        ("dozens of soldiers and hundreds of men", "en"),
        ("between five and six years in prison each", "en"),
        ("34-летнего военнослужащего", "ru"),
        ("5 лет колонии", "ru"),
        ("пять месяцев", "ru"),
        ("9 мая", "ru"),
        ("по статье 337, ст. 337, части 5", "ru"),
        ("в 2023 году", "ru"),
        ("грозит до 10 лет", "ru"),
        ("от пяти до шести с половиной лет", "ru"),
        ("в шесть утра", "ru"),
        ("пятый случай", "ru"),
        ("звонить по номеру 102", "ru"),
        ("18+", "ru"),
        ("ни один", "ru"),
    ],
)
def test_non_counts_are_ignored(text, lang):
    assert find_counts(text, lang) == []


def test_year_is_a_count_before_a_people_noun():
    assert vq("Police caught 2000 soldiers.", "en") == [(2000, "exact")]


def test_parse_number():
    assert parse_number("49,000", "en") == 49000
    assert parse_number("at least 49,000", "en") == 49000
    assert parse_number("two hundred", "en") == 200
    assert parse_number("a dozen", "en") == 12
    assert parse_number("9,8 тысячи", "ru") == 9800
    assert parse_number("14,2 тыс.", "ru") == 14200
    assert parse_number("полтора", "ru") == 1.5
    assert parse_number("полторы тысячи", "ru") == 1500
    assert parse_number("пятерых", "ru") == 5
    assert parse_number("no number here", "en") is None
    assert parse_number("", "en") is None


@pytest.mark.parametrize(
    ("word", "lang", "value"),
    [
        ("fourth", "en", 4),
        ("First", "en", 1),
        ("4th", "en", 4),
        ("пятый", "ru", 5),
        ("третьего", "ru", 3),
        ("третий", "ru", 3),
        ("четвёртой", "ru", 4),
        ("5-й", "ru", 5),
        ("пятью", "ru", None),
        ("soldier", "en", None),
    ],
)
def test_ordinal_value(word, lang, value):
    assert ordinal_value(word, lang) == value


def _explicit(evidence: str, value: int, lang: str) -> bool:
    """Is ``value`` written out in ``evidence`` (digits or a lexicon word)?"""
    lex = _lexicon(lang)
    forms = {str(value), f"{value:,}", f"{value:,}".replace(",", " ")}
    if any(re.search(rf"(?<![\d,.]){re.escape(f)}(?!\d)", evidence) for f in forms):
        return True
    low = evidence.lower().replace("ё", "е")
    words = [w for w, v in lex.cardinals.items() if v == value]
    words += [w for w, (v, _) in lex.specials.items() if v == value]
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) for w in words)


def test_gold_counts():
    """Counts and figure values written out in the gold evidence are found, with the qualifier."""
    gold = SHARED / "gold.jsonl"
    if not gold.is_file():
        pytest.skip(f"dev corpus not found at {gold}")
    hits = qual_hits = total = 0
    misses = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        lang = doc["language"]
        items = [(e["evidence"], e["count"], e["count_qualifier"]) for e in doc["events"]]
        items += [(f["evidence"], f["value"], f["qualifier"]) for f in doc["figures"]]
        for evidence, value, qualifier in items:
            if not value or value == 1 or not _explicit(evidence, value, lang):
                continue
            total += 1
            found = [m for m in find_counts(evidence, lang) if value in (m.value, m.total)]
            if found:
                hits += 1
                qual_hits += any(m.qualifier == qualifier for m in found if m.value == value)
            else:
                misses.append((doc["id"], value, evidence))
    print(f"gold counts: {hits}/{total} found, {qual_hits}/{total} with the gold qualifier")
    assert hits / total >= 0.85, misses
    assert qual_hits / total >= 0.8


def test_letters_without_a_unicode_name_do_not_crash_russian_analysis():
    # pymorphy3 calls unicodedata.name() on every letter; U+17000 has none in some Python builds
    text = "more than 10 \U00017000 сбежавших \U00017000солдат"
    for c in find_counts(text, "ru"):
        assert text[c.start : c.end] == c.text
    from awol.extract.places import get_morph

    assert get_morph().parse("\U00017000")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Several soldiers fled the training ground on Monday.", "en"),
        ("Dozens of his fellow servicemen deserted during the training.", "en"),
        ("Он говорит, что пока шла подготовка, дезертировали десятки его сослуживцев.", "ru"),
        ("Несколько бойцов батальона покинули фронт в прошлом году.", "ru"),
    ],
)
def test_an_unstated_number_of_people_is_no_count(text, lang):
    from awol.extract.document import extract_article
    from awol.model import Article

    lead = {"en": "Deserters were reported. ", "ru": "Сообщается о дезертирах. "}[lang]
    art = Article(id="t", language=lang, text=lead + text, published="2024-11-20")
    events = [e for e in extract_article(art).events if e.type == "desertion"]
    assert events and all(e.count is None for e in events)


def test_the_other_side_is_not_the_others():
    from awol.extract.document import extract_article
    from awol.model import Article

    text = (
        "A Russian deserter crossed into Kazakhstan. In the dark, the major crossed the "
        "frontier, but he was arrested once across."
    )
    art = Article(id="t", language="en", text=text, published="2024-11-20")
    got = [e.count for e in extract_article(art).events if e.type == "detention"]
    assert got == [1]


def _counts_by_type(text: str, lang: str) -> dict[str, int | None]:
    from awol.extract.document import extract_article
    from awol.model import Article

    art = Article(id="t", text=text, published="2024-05-28", language=lang)
    return {e.type: e.count for e in extract_article(art).events}


def test_a_predicate_with_no_subject_of_its_own_takes_the_sentences_count():
    text = (
        "Soldiers of the brigade deserted in May. 37 soldiers heeded this advice and fled, "
        "with their rifles, but were quickly caught by military police."
    )
    assert _counts_by_type(text, "en")["detention"] == 37
    # a subject of its own ("the rest", "one") is other people
    text = (
        "Ten soldiers deserted from the unit in May, but the rest were caught by military police."
    )
    assert _counts_by_type(text, "en").get("detention") != 10
    text = "В мае 12 военнослужащих сбежали из части, но вскоре были задержаны полицией."
    assert _counts_by_type(text, "ru")["detention"] == 12


def test_members_and_occupiers_are_people_counted():
    assert _counts_by_type("At least 50 members of the unit went AWOL in France.", "en") == {
        "desertion": 50
    }
    assert _counts_by_type("In Svatove, 40 occupiers deserted their unit.", "en") == {
        "desertion": 40
    }


@pytest.mark.parametrize(
    "text",
    [
        "Дезертиры бежали из части. Еще одного бежавшего застрелили его подельники.",
        "Дезертиры бежали из части. Завязалась перестрелка, в ходе которой один из "
        "нападавших был застрелен.",
    ],
)
def test_one_person_named_by_grammar_is_a_count_of_one(text):
    from awol.extract.document import extract_article
    from awol.model import Article

    art = Article(id="t", language="ru", text=text, published="2024-11-20")
    deaths = [e for e in extract_article(art).events if e.type == "death"]
    assert deaths and deaths[0].count == 1


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_may_count_only_rules_out_texts_without_a_count(lang: str) -> None:
    """`may_count` lets find_counts skip its pattern: it must never rule out a text that holds a
    count (with the count pattern run anyway), and it must rule out the many that hold none."""
    from awol.clean.encoding import decode
    from awol.extract import counts
    from awol.extract.sentences import split_sentences

    texts = []
    for p in sorted(SHARED.glob(f"{lang}-*.txt")):
        for s in split_sentences(decode(p.read_bytes(), str(p))[0], lang):
            texts += [s.text, s.text.upper()]
    lex = _lexicon(lang)
    ruled_out = 0
    for text in texts:
        if counts.may_count(text, lang):
            continue
        ruled_out += 1
        low = text.lower()
        rx = lex.regex_lower if len(low) == len(text) else lex.regex
        assert rx.search(low if rx is lex.regex_lower else text) is None, text
    assert ruled_out > len(texts) // 5
    assert counts.may_count("No one was there.", "en")  # "one" is a number word: not ruled out
    assert counts.may_count("one soldier", "en") and counts.may_count("5", lang)
    assert not counts.may_count("Soldiers fled the unit.", "en")
    assert find_counts("Soldiers fled the unit.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("11:31 Дезертира, сбежавшего из части, приговорили к шести годам.", "ru", []),
        ("09:05 Из части в Мулино ушли трое срочников.", "ru", [3]),
        ("At 12:45 on Monday two soldiers fled the base.", "en", [2]),
        ("The 18:00 curfew did not stop 5 soldiers from leaving.", "en", [5]),
    ],
)
def test_a_time_of_day_counts_no_one(text: str, lang: str, expected: list[int]) -> None:
    # (a feed item's time read as 31 people kept its verdict apart from the story's "him")
    assert [m.value for m in find_counts(text, lang)] == expected
