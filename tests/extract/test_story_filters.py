"""Whole-text filters of a story's events (extract/story_filters.py): a flight told only by labels
of its people (words found on their lemma, with no time or place of their own) is not a reported
leaving.

Small invented texts (no real incidents).
"""

from __future__ import annotations

from awol.extract.dates import DateMention
from awol.extract.document import extract_article
from awol.extract.lexicon import Pattern, Trigger
from awol.extract.mentions import Mention
from awol.extract.merging import Draft
from awol.extract.places_tokens import PlaceMention
from awol.extract.sentences import Sentence
from awol.extract.story_filters import labels_only
from awol.model import Article

LABEL = "Журналисты изучили документы о розыске сбежавших со службы военных."
TOLD = "Двое военнослужащих самовольно оставили часть в Бурятии."


def _mention(
    text: str,
    word: str,
    etype: str = "desertion",
    lemma: bool = True,
    index: int = 0,
    date: str | None = None,
    region: str | None = None,
) -> Mention:
    start = text.index(word)
    trigger = Trigger(etype, Pattern(word), 0.55 if lemma else 0.95, "story", lemma=lemma)
    m = Mention(etype, trigger, start, start + len(word), Sentence(text, 0, len(text), index, 0))
    if date:
        m.date = DateMention(date, 0, 1, date, "day")
    if region:
        m.places = [PlaceMention("Бурятии", 0, 1, "region", "RU", region, "Buryatia")]
    return m


def test_a_flight_told_only_by_a_label_makes_no_event() -> None:
    assert labels_only([Draft([_mention(LABEL, "сбежавших")])]) == []


def test_a_label_with_a_told_leaving_stays() -> None:
    d = Draft(
        [_mention(TOLD, "самовольно оставили", lemma=False), _mention(LABEL, "сбежавших", index=1)]
    )
    assert labels_only([d]) == [d]


def test_a_label_with_its_own_date_or_place_is_a_leaving() -> None:
    dated = Draft([_mention(LABEL, "сбежавших", date="2025-03-03")])
    placed = Draft([_mention(LABEL, "сбежавших", region="RU-BU")])
    assert labels_only([dated, placed]) == [dated, placed]


def test_other_types_found_on_their_lemma_stay() -> None:
    # the convention is the coders' of a desertion (a reported leaving); a search told by its
    # noun ("о розыске") is coded as one
    d = Draft([_mention(LABEL, "розыске", etype="wanted")])
    assert labels_only([d]) == [d]


def test_a_reported_leaving_beside_a_label_is_one_desertion() -> None:
    text = f"{TOLD} В документах о розыске сбежавших со службы военных журналисты нашли их фамилии."
    art = Article(id="t", text=text, published="2025-03-20", language="ru")
    fled = [e for e in extract_article(art).events if e.type == "desertion"]
    assert [e.evidence.text for e in fled] == [TOLD]
