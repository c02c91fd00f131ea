"""Round 43 (clean43): a list that a sentence of the article introduces with a colon is the
article's text, not the head's or the tail's furniture (invented texts).

Above the first long paragraph and at the end of a text, short lines are dropped as site
furniture (datelines, bylines, menus).  A statistic told as a list under its own sentence
("Sentences for going AWOL, by year:" and "2023: 4,210" under it; «по месяцам:» and «январь —
1410») was dropped with them and its figures lost (round 41's and 42's blind figure suites: two
lists per language).  Menus under a colon line ("Follow us on social media:") stay out.
"""

from __future__ import annotations

import pytest

from awol.clean.cues import load_cues
from awol.clean.link_lists import introduced_items
from awol.clean.text import clean_text, split_units
from awol.pipeline import Pipeline, event_cue


@pytest.fixture(scope="module")
def cue():
    return event_cue()


def _kept(text: str, cue) -> list[str]:
    return [u.text for u in clean_text(text, states_event=cue).units if not u.drop]


BY_YEAR = (
    "Verdicts for going absent without leave, year by year:\n2022: 1,090\n2023: 4,380\n2024: 7,940"
)
BY_MONTH_RU = (
    "Приговоры по статье о самовольном оставлении части за этот год, по месяцам:\n"
    "январь — 1270\nфевраль — 1385\nмарт — 1440"
)


def test_a_list_above_the_first_long_paragraph_is_the_articles(cue) -> None:
    # (no headline: the first long paragraph would be the body's start, the lines head furniture)
    assert _kept(BY_YEAR, cue) == BY_YEAR.split("\n")


def test_a_russian_month_list_keeps_its_rows_apart_and_in_the_text(cue) -> None:
    rows = BY_MONTH_RU.split("\n")
    # (a lower-case line after one without a full stop was read as a hard-wrapped continuation)
    assert [u.text for u in split_units(BY_MONTH_RU)] == rows
    assert _kept(BY_MONTH_RU, cue) == rows


def test_a_list_at_the_end_of_an_article_is_kept(cue) -> None:
    text = (
        "Garrison courts pass more AWOL verdicts than ever\n\n"
        "Military courts in Russia passed more verdicts for unauthorised absence last year than in "
        "any year before, an independent outlet found after reading the court records.\n\n"
        "The number has grown every year since the mobilisation, the outlet said:\n"
        "2022: 1,090\n2023: 4,380\n2024: 7,940"
    )
    kept = _kept(text, cue)
    assert kept[-3:] == ["2022: 1,090", "2023: 4,380", "2024: 7,940"]


def test_furniture_under_a_colon_line_stays_out(cue) -> None:
    text = (
        "Two soldiers who fled a unit near Kursk detained\n\n"
        "Follow us on social media:\nTelegram\nVK\n\n"
        "Two contract soldiers who left their unit near Kursk without permission were detained on "
        "Monday in the Voronezh region, police said.\n\n"
        "Share this article:\nFacebook\nTwitter\n\n"
        "By John Smithson\n12 March 2026"
    )
    kept = _kept(text, cue)
    for line in ("Telegram", "VK", "Facebook", "Twitter", "By John Smithson", "12 March 2026"):
        assert line not in kept


def test_a_dateline_a_byline_or_a_link_is_no_line_of_a_list() -> None:
    units = split_units(
        "The court published its figures for the year as follows:\n"
        "12 March 2026\nBy John Smithson\nhttps://court.example/report\n2025: 3,120"
    )
    # (the list ends at its first line that is not one: the dateline)
    assert introduced_items(units, load_cues()) == set()
    units = split_units("The court published its figures for the year as follows:\n2025: 3,120")
    assert introduced_items(units, load_cues()) == {1}


@pytest.mark.parametrize("text,values", [(BY_YEAR, [1090, 4380, 7940])])
def test_the_list_gives_its_figures(text: str, values: list[int]) -> None:
    from awol.model import Document

    doc = Document(
        origin="list.txt",
        content=text.encode("utf-8"),
        media_type="text",
        language="en",
        published="2026-11-20",
    )
    (out,) = list(Pipeline().process([doc]))
    assert sorted(f.value for f in out.figures) == values
