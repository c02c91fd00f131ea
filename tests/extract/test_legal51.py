"""Round 51 (legal51): the state's answer on unseen wording (invented sentences).

- A Russian search told as going on by a verb of continuing with the infinitive («седьмого
  продолжают искать», «не прекращают разыскивать») is a search (``general: triggers: wanted`` of
  lang/ru/events.yaml), merged with the article's search already told (``ongoing_search``).
- A case the people are the subject of, or face, named by its noun of inquiry ("each of them is
  the subject of a desertion inquiry", "face a criminal inquiry for desertion") is a charge.
- Disobeying an order, insubordination or crossing the border illegally is another crime: a
  verdict or a charge for it alone is no event of the desertion story.
- Cases counted against each other are a statistic, not a charge: "more AWOL cases were filed in
  the first half of this year than in all of last year", "verdicts are ten times rarer than
  registered cases", «растёт число дел о дезертирстве».
"""

from __future__ import annotations

from awol.extract.document import extract_article
from awol.model import Article


def _types(text: str, lang: str) -> list[str]:
    art = Article(id="t", text=text, published="2025-06-30", language=lang)
    return [e.type for e in extract_article(art).events]


def test_ru_search_told_as_continuing_is_a_search() -> None:
    text = (
        "Из воинской части под Тулой в понедельник ушли трое контрактников. "
        "Двоих из них задержали на следующий день на вокзале в Ефремове. "
        "Третьего продолжают искать, в том числе в Липецкой области."
    )
    assert _types(text, "ru").count("wanted") == 1


def test_ru_search_not_stopped_is_one_search_with_the_first() -> None:
    text = (
        "Из воинской части под Тулой в понедельник ушли трое контрактников. "
        "Полиция объявила их в розыск. "
        "Беглецов не прекращают разыскивать и в соседних областях."
    )
    assert _types(text, "ru").count("wanted") == 1


def test_subject_of_a_desertion_inquiry_is_a_charge() -> None:
    text = (
        "Five soldiers of a motor rifle regiment left their base near Kursk in May, the channel "
        "said. Each of them is now the subject of a desertion inquiry, the channel added."
    )
    assert "prosecution" in _types(text, "en")


def test_facing_a_criminal_inquiry_is_a_charge() -> None:
    text = (
        "Four conscripts walked out of their training ground near Omsk last week. "
        "All four face a criminal inquiry for desertion, the regional prosecutor said."
    )
    assert "prosecution" in _types(text, "en")


def test_verdict_for_disobeying_an_order_is_another_crime() -> None:
    text = (
        "A garrison court in Perm jailed a mobilised soldier for five years for leaving his unit. "
        "A contract soldier from Omsk was also given two years in a settlement colony, for "
        "disobeying a commander's order."
    )
    assert _types(text, "en").count("sentence") == 1


def test_charge_of_crossing_the_border_illegally_is_another_crime() -> None:
    text = (
        "A Russian army pilot deserted and flew his helicopter to Ukraine in August, officials "
        "in Kyiv said. Prosecutors in Moscow have charged him with crossing the border illegally."
    )
    assert "prosecution" not in _types(text, "en")


def test_more_cases_than_last_year_is_a_statistic() -> None:
    text = (
        "A mobilised soldier from Tomsk left his unit near Belgorod in March and went home. "
        "More AWOL cases were filed in the first half of this year than in all of last year."
    )
    assert "prosecution" not in _types(text, "en")


def test_verdicts_rarer_than_cases_is_a_statistic() -> None:
    text = (
        "A Ukrainian soldier left his brigade near Kupiansk in May and hid at home for months. "
        "Yet verdicts are roughly ten times rarer than registered cases, the newspaper noted."
    )
    assert "prosecution" not in _types(text, "en")


def test_ru_growing_number_of_cases_is_a_statistic() -> None:
    text = (
        "Контрактник из Брянска в апреле самовольно оставил часть под Курском. "
        "Отдельно растёт число дел о дезертирстве, которое вменяют, если следствие считает, "
        "что человек ушёл навсегда."
    )
    assert "prosecution" not in _types(text, "ru")
