"""Statistics told as a table: rows under a sentence that says what they count.

    Teslenko gave ... the count of soldiers who left without leave each month (in brackets):
    May 52 (4);
    June 117 (9);

A sentence about desertion that ends with a colon and counts something ("the number of",
"число") introduces rows; each following short line of a label and numbers is a row, and gives
one figure: the number in brackets when the introduction says the count is in brackets, else the
row's last number.  A label that is a date ("March", "2023") is the date the figure holds for.
The vocabulary (what an introduction says, where it puts the count) is in ``lang/*/figures.yaml``
(``figure_table_*``).
"""

from __future__ import annotations

import re

from awol.extract.counts import parse_number
from awol.extract.dates import find_dates, month_number, parse_published
from awol.extract.lexicon import Lexicon, icase
from awol.extract.sentences import Sentence
from awol.model import Evidence, Figure

# a row: a label (words, which may end in a year: "March", "In 2023"; or a year: "2022",
# "2022 год"), a number, maybe one in brackets, maybe the word for what it counts ("4,211 cases")
_ROW = re.compile(
    r"^\s*[-•–—*]?\s*(?P<label>[^\W\d][^\d:;()]{0,40}?(?:\s(?:19|20)\d{2})?"
    r"|(?:19|20)\d{2}(?:\s*(?:год|г\.|year))?)\s*[:—–-]?\s*"
    r"(?P<a>\d{1,3}(?:[ \u00a0,]\d{3})+|\d+)"
    r"(?:\s*\((?P<b>\d{1,3}(?:[ \u00a0,]\d{3})+|\d+)\))?"
    r"(?:\s+[^\W\d][^\W\d\s]*(?:\s+[^\W\d][^\W\d\s]*){0,2})?\s*[;.,]?\s*$"
)


def _vocab(lex: Lexicon, key: str, text: str) -> bool:
    raw = str(lex.extra.get(key) or "")
    return bool(raw and icase(raw).search(text))


def table_figures(
    sentences: list[Sentence], lex: Lexicon, published: str | None
) -> list[tuple[int, Figure]]:
    """The figures of the tables of an article, each with the index of its row's sentence."""
    out: list[tuple[int, Figure]] = []
    intro: Sentence | None = None
    for sent in sentences:
        # (a row only right after an introduction or another row: most sentences are neither)
        m = _ROW.match(sent.text) if intro is not None else None
        if m:
            fig = _row_figure(sent, m, intro, lex, published)
            if fig is not None:
                out.append((sent.index, fig))
            continue
        intro = sent if _introduces(sent.text, lex) else None
    return out


def _introduces(text: str, lex: Lexicon) -> bool:
    return (
        text.rstrip().endswith(":")
        and bool(lex.topic.search(text) or _vocab(lex, "figure_about", text))
        and _vocab(lex, "figure_table_intro", text)
    )


def _row_figure(
    sent: Sentence, m: re.Match[str], intro: Sentence, lex: Lexicon, published: str | None
) -> Figure | None:
    bracketed = _vocab(lex, "figure_table_brackets", intro.text)
    raw = m.group("b") if bracketed else (m.group("b") or m.group("a"))
    if raw is None:
        return None
    value = parse_number(raw.replace("\u00a0", " "), lex.lang)
    if value is None:
        return None
    label = m.group("label").strip()
    dates = [d.value for d in find_dates(label, lex.lang, published) if d.value]
    month, pub = month_number(label, lex.lang), parse_published(published)
    if month and pub:  # "May": the last May before publication
        dates = [f"{pub.year if month <= pub.month else pub.year - 1:04d}-{month:02d}"]
    metric = re.sub(r"\s+", " ", intro.text.rstrip(" :"))[-160:]
    return Figure(
        metric=metric,
        value=value,
        qualifier="exact",
        as_of=dates[0] if dates else published,
        evidence=Evidence(sent.text, sent.start, sent.end),
        confidence=0.6,
    )
