"""A statute's article number ("Article 407", "ч. 5 ст. 337 УК РФ") names the crime every
report of its kind cites, not the happening: it is not a distinctive number, so two court
reports of different cases under one article do not agree by it (``numbers``), and two reports
of one case charged under different articles are not set apart by it (``distinct_diff``).
Invented sentences, in the styles court and investigators' reports use."""

from __future__ import annotations

from awol.link.features import features
from awol.link.score import pair_features
from awol.link.text import distinctive_numbers


def test_article_numbers_are_not_distinctive_in_either_language():
    for text in (
        "He was charged under Part 4 of Article 402 and Part 5 of Article 407 of the Code.",
        "Prosecutors cited Articles 337 and 338 of the Russian Criminal Code.",
        "The court found him guilty under art. 338 and sentenced him.",
        "Суд признал его виновным по ч. 5 ст. 337 УК РФ.",
        "Дело возбуждено по статье 338 Уголовного кодекса.",
        "Ему вменяют преступления по статьям 337 и 338 УК РФ.",
        "Его обвиняют по 338-й статье.",
    ):
        assert distinctive_numbers(None, None, text, None) == frozenset(), text


def test_unit_numbers_and_large_counts_beside_an_article_stay():
    text = "Under Article 408, 1,700 soldiers of the 155th brigade were charged."
    assert distinctive_numbers(None, None, text, None) == frozenset({1700, 155})
    assert distinctive_numbers(None, None, "По ст. 337 и 155-й бригады", None) == {155}
    assert distinctive_numbers("a soldier of the 56th brigade", None, None, None) == {56}


def _ev(doc: str, evidence: str, region: str) -> object:
    return features({
        "doc": doc, "idx": 0, "published": "2025-03-14", "type": "sentence", "date": None,
        "country": "RU", "region": region, "count": 1, "names": [], "who": "serviceman",
        "evidence": evidence,
    })  # fmt: skip


def test_one_article_cited_by_two_cases_is_no_agreement():
    a = _ev("a", "The garrison court sentenced a contract soldier under Article 337.", "RU-ROS")
    b = _ev("b", "Гарнизонный суд приговорил мобилизованного по ч. 5 ст. 337 УК РФ.", "RU-KDA")
    assert "numbers" not in pair_features(a, b)


def test_two_articles_of_one_case_are_no_distinctive_difference():
    a = _ev("a", "A court sentenced the serviceman under Article 338 (desertion).", "RU-ROS")
    b = _ev("b", "Суд приговорил военнослужащего по ч. 5 ст. 337 УК РФ.", "RU-ROS")
    x = pair_features(a, b)
    assert "distinct_diff" not in x and "numbers" not in x


def test_a_number_first_is_one_token_in_both_languages():
    """An age, an ordinal or a length written with its number first ("49-летний", "a
    49-year-old", "155-й", "155th") is its number alone, as either language writes it: an
    English and a Russian report of one man agree by it, and are not set apart by it
    (``distinct_diff``); a designation ("Mi-8" ~ "Ми-8") keeps its letters; a year does not
    count."""
    from awol.link.text import tokens

    en = tokens(None, None, "Police detained a 49-year-old mobilised man of the 155th brigade.")
    ru = tokens(None, None, "Полиция задержала 49-летнего мобилизованного из 155-й бригады.")
    assert {"#49", "#155"} <= en & ru
    assert tokens(None, None, "The Mi-8 landed.") & tokens(None, None, "Вертолёт Ми-8 сел.")
    assert not any(t.startswith("#20") for t in tokens(None, None, "January 25, 2024The court"))
    a = features({"doc": "a", "idx": 0, "published": "2025-03-14", "type": "detention",
                  "date": None, "country": "UA", "region": None, "count": 1, "names": [],
                  "who": "serviceman", "evidence": "Police in Lutsk detained a 49-year-old "
                  "serviceman who had left the training ground."})  # fmt: skip
    b = features({"doc": "b", "idx": 0, "published": "2025-03-14", "type": "detention",
                  "date": None, "country": "UA", "region": None, "count": 1, "names": [],
                  "who": "военнослужащий", "evidence": "Задержан 49-летний военнослужащий, "
                  "покинувший полигон, сообщила Полиция Ровно."})  # fmt: skip
    x = pair_features(a, b)
    assert "distinct_diff" not in x and x.get("tokens") == 1.0
