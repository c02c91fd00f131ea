"""Round 40 (evid40): which mentions make one event (extract/merging.py ``other_item``).

A roundup's items, each a paragraph headed by a place ("Хабаровский край.", "Kaliningrad."),
each tell their own case: a flight told in one item does not join the flight of another item's
man, however near the two sentences stand.  Small invented texts (no real incidents).
"""

from __future__ import annotations

from tests.extract.helpers import events, of_type

RU = (
    "Обзор дел о самовольном оставлении части за неделю\n\n"
    "На прошлой неделе суды и следователи завели несколько новых дел о СОЧ.\n\n"
    "Омская область. "
    "Омский гарнизонный военный суд приговорил к шести годам колонии рядового Игоря Лесного, "
    "который ушёл с позиций в Запорожской области и был задержан в Омске.\n\n"
    "Тверская область. "
    "Военный следственный отдел возбудил уголовное дело против 20-летнего срочника из Ржева, "
    "который сбежал из части после ссоры с командиром. По словам его отца, сын ушёл из части "
    "5 марта."
)
EN = (
    "Deserters' week: the cases in brief\n\n"
    "Courts and investigators opened several new desertion cases last week.\n\n"
    "Omsk. "
    "The Omsk garrison military court sentenced Private Igor Lesnoy to six years for leaving "
    "his unit in the Zaporizhzhia region; he was detained in Omsk in January.\n\n"
    "Tver. "
    "Military investigators opened a criminal case against a 20-year-old conscript from Rzhev "
    "who deserted from his unit after a quarrel with his commander. His father said the son "
    "left the unit on 5 March."
)


def _flights(text: str, lang: str) -> list:
    return of_type(events(text, lang, "2025-03-17"), "desertion")


def test_two_items_of_a_roundup_tell_two_flights() -> None:
    for text, lang in ((RU, "ru"), (EN, "en")):
        fled = _flights(text, lang)
        got = [(e.names, e.date, e.evidence.text[:50]) for e in fled]
        assert len(fled) == 2, (lang, got)
        # the Omsk man's flight keeps no date of the Tver conscript's
        omsk = [e for e in fled if e.evidence.text.startswith(("Омский", "The Omsk"))]
        assert omsk and omsk[0].date is None, (lang, got)


def test_without_item_labels_the_two_tellings_still_join() -> None:
    # (the same sentences with no place heading their paragraphs: nothing says they are items;
    # the merge stays as it was)
    text = RU.replace("Омская область. ", "").replace("Тверская область. ", "")
    assert len(_flights(text, "ru")) <= 2
