"""Documents that mix English and Russian paragraphs (a live blog, a bilingual post): each
paragraph is read with its own language's rules, so neither language's events are lost.
Invented texts."""

from __future__ import annotations

import pytest

from awol.clean.language import identify, language_blocks
from awol.model import Document
from awol.pipeline import Pipeline

EN_1 = (
    "A contract soldier deserted from his unit in the Belgorod region on May 3, "
    "his mother told reporters."
)
RU_1 = (
    "В Курской области 5 мая задержали двух военнослужащих, самовольно оставивших "
    "воинскую часть, сообщает суд."
)
EN_2 = "Military police detained the contract soldier in Voronezh two weeks later."
RU_2 = (
    "Гарнизонный суд в Новосибирске приговорил контрактника к пяти годам колонии за "
    "самовольное оставление части."
)
LIVE_BLOG = "\n\n".join(["Live updates: the war, day 900", EN_1, RU_1, EN_2, RU_2])


def test_the_other_languages_paragraphs_are_found():
    en = language_blocks(LIVE_BLOG, "en")
    assert [(LIVE_BLOG[s:e], code) for s, e, code in en] == [(RU_1, "ru"), (RU_2, "ru")]
    ru = language_blocks(LIVE_BLOG, "ru")
    assert [(LIVE_BLOG[s:e], code) for s, e, code in ru] == [(EN_1, "en"), (EN_2, "en")]


@pytest.mark.parametrize(
    "text, lang",
    [
        (EN_1 + "\n\n" + EN_2, "en"),  # one language
        (RU_1 + "\n\n" + RU_2, "ru"),
        # a quoted phrase, an outlet's or a project's name in the other script is no block
        (EN_1 + ' The project "Идите лесом" (Go by the Forest) helped him.', "en"),
        (RU_1 + " Об этом сообщила Radio Free Europe / Radio Liberty со ссылкой на суд.", "ru"),
        ("Ukrainian text", "uk"),  # a language AWOL does not read: nothing to split
    ],
)
def test_single_language_texts_have_no_blocks(text, lang):
    assert language_blocks(text, lang) == []


def test_a_bilingual_text_is_identified_by_one_of_its_languages():
    # the n-gram model read on both scripts at once answered a third language (Latvian)
    assert identify(LIVE_BLOG).code in ("en", "ru")
    assert identify(f"Live updates\n{LIVE_BLOG}").code in ("en", "ru")


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize("declared", [None, "en", "ru"])
def test_each_paragraph_is_read_in_its_own_language(pipeline, declared):
    doc = Document(origin="live.txt", content=LIVE_BLOG.encode(), id="live", language=declared,
                   published="2024-06-01")  # fmt: skip
    (ex,) = list(pipeline.process([doc]))
    text = ex.article.text
    got = {}
    for e in ex.events:
        assert text[e.evidence.start : e.evidence.end] == e.evidence.text  # offsets hold
        got.setdefault(e.type, []).append(e)
    # both languages' events: the English desertion and detention, the Russian detention and
    # sentence, each with its place read by its own language's gazetteer rules
    assert {e.region for e in got.get("desertion", [])} == {"RU-BEL"}, ex.events
    assert {e.region for e in got.get("detention", [])} == {"RU-KRS", "RU-VOR"}, ex.events
    assert {e.region for e in got.get("sentence", [])} == {"RU-NVS"}, ex.events
    ru_detention = next(e for e in got["detention"] if e.region == "RU-KRS")
    assert ru_detention.count == 2 and ru_detention.date == "2024-05-05"
    starts = [e.evidence.start for e in ex.events]
    assert starts == sorted(starts)
