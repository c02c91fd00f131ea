from __future__ import annotations

from pathlib import Path

import pytest

from awol.clean import BoilerplateIndex, clean_document, clean_documents, content_hash
from awol.clean.cues import required_literal
from awol.clean.text import clean_text, normalize_text
from awol.errors import InputError
from awol.ingest import iter_documents, load_manifest
from awol.model import Article, Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean"


def load(name: str, **kw) -> Document:
    p = FIXTURES / name
    return Document(origin=str(p), content=p.read_bytes(), id=p.stem, **kw)


def test_normalize_spaces_and_nfc_keep_curly_quotes():
    raw = "A\u00a0soldier\u2009fled\u200b. “He left,” she said.\r\nCafe\u0301  \t ok\n\n\n\nEnd."
    out = normalize_text(raw)
    assert out == "A soldier fled. “He left,” she said.\nCafé ok\n\nEnd."


def test_required_literal():
    assert required_literal(r"\b(we|this (web)?site) uses? cookies") == " cookies"
    assert required_literal("all rights reserved") == "all rights reserved"
    assert required_literal("a|b") is None


def test_russian_boilerplate_removed_title_and_dateline():
    a = clean_document(load("ru-appeal.txt"))
    assert a.title == "В Тамбове задержан контрактник, сбежавший из части"
    assert a.published == "2025-05-13"
    assert a.language == "ru"
    assert a.text.startswith(a.title + "\n\nСотрудники военной полиции во вторник задержали")
    assert a.text.endswith("не оказал сопротивления.")
    for gone in ("cookie", "Фото:", "деньги читателей", "нежелательной", "Поддержать",
                 "Читайте также", "новый пункт отбора", "13.05.2025"):  # fmt: skip
        assert gone not in a.text
    assert "\n\n" in a.text


def test_english_furniture_byline_caption_and_link_list():
    a = clean_document(load("riverside-1.txt", outlet="Riverside Courier"))
    assert a.title == "Two Soldiers Who Left Their Unit Near Kursk Detained in Tula"
    assert a.published == "2025-04-02"  # dateline
    assert a.text.startswith(a.title + "\n\nMilitary police detained two contract soldiers")
    for gone in ("By Maria Ivanova", "A photo of the checkpoint", "Read more", "Tula Region Opens",
                 "Riverside Courier\n", "Opinion"):  # fmt: skip
        assert gone not in a.text
    assert "The Defense Ministry did not comment." in a.text


def test_repeated_blocks_of_one_outlet_are_learned():
    man = load_manifest(FIXTURES / "manifest.jsonl")
    docs = [d for d in iter_documents([FIXTURES], man) if "riverside" in d.origin]
    alone = clean_document(docs[0])
    assert "Open River Media Foundation" in alone.text  # no cue for it: needs learning
    index = BoilerplateIndex.fit(docs)
    assert index.documents == 2 and len(index) > 0
    for d in docs:
        a = clean_document(d, boilerplate=index)
        assert "Open River Media Foundation" not in a.text
        assert "Tips and corrections" not in a.text
        # a short real sentence that repeats in both articles is kept
        assert "The Defense Ministry did not comment." in a.text
    both = [a for a in clean_documents(docs, boilerplate=index) if isinstance(a, Article)]
    assert [a.id for a in both] == ["riverside-1", "riverside-2"]
    assert all("Open River" not in a.text for a in both)
    # without stored knowledge, a batch teaches nothing: each is cleaned as if alone
    alone_again = [a for a in clean_documents(docs) if isinstance(a, Article)]
    assert alone_again[0].text == alone.text
    assert both[1].published == "2025-05-14"  # no date in manifest or URL: dateline


def test_index_add_api_and_duplicates_are_not_learned():
    text = (FIXTURES / "riverside-1.txt").read_text()
    index = BoilerplateIndex()
    assert index.add("riverside", text, doc_id="a")
    assert not index.add("riverside", text, doc_id="a")  # same id again
    assert not index.add("riverside", text, doc_id="b")  # same article, new id
    d = Document("r.txt", text.encode(), id="a", outlet="riverside")
    a = clean_document(d, boilerplate=index)
    assert "Military police detained two contract soldiers" in a.text


def test_other_outlet_does_not_share_learning():
    index = BoilerplateIndex()
    index.add(
        "x", "Title line here for x\n\nShared footer line that is long enough to count as a block."
    )
    index.add(
        "x", "Other title here for x\n\nShared footer line that is long enough to count as a block."
    )
    assert index.is_repeated("x", "Shared footer line that is long enough to count as a block.")
    assert not index.is_repeated("y", "Shared footer line that is long enough to count as a block.")


def test_errors_keep_order_and_pass_through():
    bad = InputError("gone.txt", "no such file")
    docs = [load("riverside-1.txt"), bad, Document("e.txt", b"Menu\nSearch\n", id="e")]
    out = list(clean_documents(docs))
    assert isinstance(out[0], Article) and out[1] is bad
    assert isinstance(out[2], InputError) and "no prose" in out[2].reason


def test_text_without_prose_is_an_error():
    with pytest.raises(InputError, match="no prose"):
        clean_document(Document("n.txt", b"Home\nNews\nAbout | Terms | Contact\n", id="n"))


def test_title_not_taken_from_body_when_text_starts_with_prose():
    body = "Police detained two soldiers on Monday, officials said in a statement on Tuesday.\n\nThey face up to ten years in prison if convicted of desertion by the court."
    c = clean_text(body)
    assert c.title is None and c.text == body


def test_hard_wrapped_paragraphs_are_joined():
    raw = "Police detained two soldiers who had left\ntheir unit near Kursk, officials said on\nTuesday.\n\nSecond paragraph is here and it is fine."
    c = clean_text(raw)
    assert c.text.split("\n\n")[0] == (
        "Police detained two soldiers who had left their unit near Kursk, officials said on Tuesday."
    )


def test_content_hash_normalises_quotes_case_and_spaces():
    assert content_hash("“He left,” she said.\n\nEnd") == content_hash('"he left," she  said. end')
    assert content_hash("a") != content_hash("b")


APPEALS = {
    # the appeal and the article in one block (no blank line between): the article stayed out
    "en, one block": (
        "Soldier detained in Kursk\n\nDear readers,\nPlease support our independent journalism: "
        "donate now.\nMilitary police detained a contract soldier who had deserted from his unit "
        "in the Belgorod region, the court said.\nHe faces up to ten years in prison.",
        ["Military police detained a contract soldier", "He faces up to ten years"],
        ["Dear readers", "donate now"],
    ),
    # a paragraph after the appeal with one appeal word ("journalists") was taken for the appeal
    "en, journalists": (
        "Soldier detained in Kursk\n\nMilitary police detained a contract soldier in Kursk.\n\n"
        "Dear readers,\n\nPlease support our independent journalism: donate now.\n\nOne-time\n\n"
        "Monthly\n\nHis mother told journalists that he had deserted from his unit in March "
        "because he was not paid.\n\nThe court will hear the case in July.",
        ["His mother told journalists that he had deserted", "The court will hear"],
        ["Dear readers", "donate now", "One-time", "Monthly"],
    ),
    "ru, one block": (
        "В Курске задержали контрактника\n\nДорогие читатели!\nПоддержите нашу редакцию "
        "ежемесячным платежом.\nВоенная полиция задержала в Курске контрактника, который "
        "самовольно оставил часть в марте.\nЕму грозит до десяти лет лишения свободы.",
        ["Военная полиция задержала в Курске контрактника", "Ему грозит"],
        ["Дорогие читатели", "ежемесячным платежом"],
    ),
    "ru, our outlet": (
        "В Курске задержали контрактника\n\nВоенная полиция задержала в Курске контрактника.\n\n"
        "Поддержите нашу редакцию!\n\nРазово\n\nЕжемесячно\n\nКак рассказала нашему изданию мать "
        "военного, он самовольно оставил часть в марте, потому что ему не платили.\n\n"
        "Суд рассмотрит дело в июле.",
        ["Как рассказала нашему изданию мать военного", "Суд рассмотрит дело"],
        ["Поддержите нашу редакцию", "Разово", "Ежемесячно"],
    ),
}


@pytest.mark.parametrize("name", sorted(APPEALS))
def test_appeal_removal_keeps_the_article_after_it(name):
    """A donation appeal goes with its buttons and its appeal paragraphs, not with the
    article's text after it (invented texts)."""
    from awol.clean.text import clean_text

    text, kept, gone = APPEALS[name]
    out = clean_text(text).text
    for k in kept:
        assert k in out, (k, out)
    for g in gone:
        assert g not in out, (g, out)
