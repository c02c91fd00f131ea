"""Round 45 (place45).

A catch abroad told with no place: a detention with no place, no region and no country of its
own takes the one third country (neither Russia nor Ukraine) the two sentences before it name,
as a place or as an authority's state (train ren-023 "he was arrested on the other side" after
"sneaking across the southern border into Kazakhstan": KZ; ren-136 "Following a 72-hour
detention" after "Armenian authorities": AM; rru-019 «Его задержали пограничники» after «полиция
Норвегии сообщила о незаконном въезде»: NO).  Not where those sentences name two third countries,
and no region.

Small invented texts (no real incidents)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, of_type

EN_FRONTIER = (
    "A soldier's escape\n\n"
    "A sergeant of a tank regiment, Oleg Varnin, deserted last autumn to avoid the war in "
    "Ukraine, slipping across the border into Finland.\n\n"
    "He walked through the forest at night, carrying only a small backpack and a map.\n\n"
    "He got across without trouble, but the deserter was detained on the other side."
)
EN_AUTHORITY = (
    "No extradition for a deserter\n\n"
    "Georgian police have refused to hand over a Russian deserter, Pavel Lomov, whom Moscow has "
    "put on its wanted list. Lomov asked the Georgian authorities for protection after hearing "
    "that he might be taken back by force. After a 48-hour detention, he was released."
)
RU_GUARDS = (
    "Беглец перешёл границу\n\n"
    "На прошлой неделе финская полиция рассказала, что из России нелегально пришёл мужчина. "
    "Он постучался в дом у самой границы и попросил позвонить в полицию. Его задержали "
    "пограничники."
)


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [(EN_FRONTIER, "en", "FI"), (EN_AUTHORITY, "en", "GE"), (RU_GUARDS, "ru", "FI")],
)
def test_a_catch_with_no_place_is_in_the_country_the_man_had_reached(
    text: str, lang: str, country: str
) -> None:
    caught = of_type(events(text, lang, "2025-03-02"), "detention")
    assert caught, events(text, lang, "2025-03-02")
    assert all(e.country == country and e.region is None for e in caught), caught


EN_TWO = (
    "Two borders\n\n"
    "A deserter, Oleg Varnin, first fled to Georgia and then moved on to Turkey. "
    "The deserter was detained last week."
)
EN_HOME = (
    "A deserter caught\n\n"
    "A sergeant, Oleg Varnin, left his unit in the Kursk region in May. "
    "He was detained last week."
)


@pytest.mark.parametrize("text", [EN_TWO, EN_HOME])
def test_no_third_country_or_two_give_none(text: str) -> None:
    caught = of_type(events(text, "en", "2025-03-02"), "detention")
    assert caught and all(e.country in (None, "RU") for e in caught), caught
    assert all(e.country not in ("GE", "TR") for e in caught), caught


# An article of Ukraine's criminal code on military crimes cited in a charge's sentence makes the
# charge Ukraine's (articles EN at-03, ar-08: "opened proceedings against him under Article 408 of
# the Criminal Code"; the default gave Russia's), and a court named only where it ordered the man
# held (remand) gives the charge no place.
EN_ARTICLE = (
    "A soldier in custody\n\n"
    "On May 3 the Shevchenkivskyi District Court of Kyiv ordered a serviceman of the 24th "
    "brigade, Ivan Prykhodko, held in custody for two months.\n\n"
    "He says he left his unit without leave to protest against the lack of fixed terms of "
    "service.\n\n"
    "Investigators opened a criminal case against him under Article 407 of the Criminal Code."
)
RU_ARTICLE = (
    "Военного взяли под стражу\n\n"
    "Военнослужащий, самовольно оставивший часть в марте, задержан.\n\n"
    "Следователи возбудили против него уголовное производство по статье 407 Уголовного кодекса."
)


@pytest.mark.parametrize(("text", "lang"), [(EN_ARTICLE, "en"), (RU_ARTICLE, "ru")])
def test_a_charge_under_an_article_of_ukraines_code_is_ukraines(text: str, lang: str) -> None:
    charged = of_type(events(text, lang, "2025-05-20"), "prosecution")
    assert charged, events(text, lang, "2025-05-20")
    assert all(e.country == "UA" and e.region is None for e in charged), charged


def test_code_articles_read_as_ukraines() -> None:
    from awol.extract.story_authority import authorities

    assert "UA" in {c for _s, c in authorities("charged under Article 408 of the Code", "en")}
    assert "UA" in {c for _s, c in authorities("обвинили по ч. 5 ст. 407 УК", "ru")}
    # (Russia's articles and other numbers are not Ukraine's)
    assert not authorities("charged under Article 337 of the Criminal Code", "en")
    assert not authorities("по статье 338 УК РФ", "ru")
    assert not authorities("Article 4070 of the code", "en")
