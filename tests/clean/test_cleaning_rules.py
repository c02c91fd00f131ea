"""Cleaning keeps what a scrape cut, the headline and standfirst, single-paragraph texts, and is
deterministic per document (issues 8 and 12)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from awol.clean import BoilerplateIndex, clean_document, clean_documents
from awol.clean.text import clean_text
from awol.model import Article, Document

BODY = (
    "Military police detained two contract soldiers in the Tula region on Tuesday, the regional "
    "interior ministry said.\n\n"
    "The men had left their unit near Kursk in March and were hiding at a relative's house, "
    "according to the statement."
)


def doc(text: str, i: str = "a", outlet: str | None = "Outlet") -> Document:
    return Document(f"{i}.txt", text.encode(), id=i, outlet=outlet)


def test_cut_off_last_paragraph_is_kept():
    cut = "The border post, where the pair turned up next, also handed them a le"
    a = clean_document(doc(f"{BODY}\n\n{cut}"))
    assert a.text.endswith(cut)
    cut_ru = "Ранее стало известно, что в Брянско"
    assert clean_text(f"{BODY}\n\n{cut_ru}").text.endswith(cut_ru)


def test_trailing_furniture_still_goes():
    for tail in (
        "Read the original story on The Kyiv Evening Courier",
        "This post appeared first on FOX NEWS",
        "Apple Courted Anthropic, Mistral, and Google’s Top Talent—Here Is What It Got",
        "В Тамбове открылся новый пункт отбора на контракт",
    ):
        assert tail not in clean_text(f"{BODY}\n\n{tail}").text


def test_headline_and_standfirst_are_in_the_text():
    head = "Two Soldiers Who Left Their Unit Near Kursk Detained in Tula"
    lead = "The men had been on the run for two months and were hiding at a relative's house"
    a = clean_document(doc(f"Home | News\n\n{head}\n\n{lead}\n\nPhoto: Reuters\n\n{BODY}"))
    assert a.title == head
    assert a.text.startswith(f"{head}\n\n{lead}\n\n")
    assert "Home | News" not in a.text and "Photo: Reuters" not in a.text
    # offsets into the cleaned text hold for the headline like for any paragraph
    assert a.text[: len(head)] == head


def test_repeated_headline_kept_once():
    head = "Russian soldiers set records for desertion"
    a = clean_document(doc(f"News{head}\n\n{head}\n\n{BODY}"))
    assert a.text.count(head) == 1


def test_headline_event_is_evidence_only_when_the_body_lacks_it():
    from awol.extract import Extractor

    head = "Two soldiers who fled their unit caught in Tula"
    body = "Police in Tula said on Tuesday that an investigation is under way.\n\nNo more is known."
    art = clean_document(doc(f"{head}\n\n{body}"))
    ex = Extractor().extract(art)
    assert any(e.evidence.start == 0 and e.type == "detention" for e in ex.events)
    for e in ex.events:
        assert art.text[e.evidence.start : e.evidence.end] == e.evidence.text
    art2 = clean_document(doc(f"{head}\n\n{BODY}"))
    ex2 = Extractor().extract(art2)
    assert [e.evidence.start >= len(head) for e in ex2.events if e.type == "detention"] == [True]


def test_one_unpunctuated_paragraph_or_line_is_a_text():
    line = "Police in Tula detained two soldiers who had left their unit near Kursk"
    assert clean_document(doc(line)).text == line
    para = (
        "police in tula detained two soldiers who had left their unit near kursk they had been "
        "hiding at a relatives house for two months according to the regional ministry"
    )
    assert clean_document(doc(para)).text == para


def _near_copies(n: int) -> list[Document]:
    shared = (
        "The men had left their unit near Kursk in March and were hiding at a relative's house."
    )
    out = []
    for i in range(n):
        text = (
            f"Soldier number {i} detained in Tula after {i + 2} weeks on the run\n\n"
            f"Military police detained soldier {i} in the Tula region on day {i}, the ministry "
            f"said.\n\n{shared}\n\nSupport independent journalism from Riverside today"
        )
        out.append(doc(text, f"d{i}", "Riverside"))
    return out


def test_cleaning_does_not_depend_on_the_batch():
    docs = _near_copies(6)
    alone = {d.id: clean_document(d).text for d in docs}
    batch = {a.id: a.text for a in clean_documents(docs) if isinstance(a, Article)}
    assert batch == alone
    shuffled = docs[:]
    random.Random(1).shuffle(shuffled)
    again = {a.id: a.text for a in clean_documents(shuffled[:3]) if isinstance(a, Article)}
    assert all(alone[k] == v for k, v in again.items())


def test_stored_boilerplate_knowledge_round_trips(tmp_path):
    docs = _near_copies(4)
    index = BoilerplateIndex.fit(docs)
    path = tmp_path / "outlets.json"
    index.save(path)
    loaded = BoilerplateIndex.load(path)
    for d in docs:
        assert clean_document(d, loaded).text == clean_document(d, index).text


@settings(max_examples=60, deadline=None)
@given(
    paras=st.lists(
        st.text(alphabet=st.characters(categories=["L", "N", "P", "Zs"]), min_size=1, max_size=120),
        min_size=1,
        max_size=6,
    )
)
def test_clean_text_is_deterministic_and_keeps_paragraph_text(paras):
    text = "\n\n".join(paras)
    a = clean_text(text)
    b = clean_text(text)
    assert a.text == b.text
    for part in a.text.split("\n\n"):
        if part:
            assert part in " ".join(u.text for u in a.units)
