"""A related-news list ("Читайте также", "Новости по теме", "Related", "More on this") is removed,
and the article's own paragraphs around it never go with it (issue 12): invented pages, plain
text and HTML, several layouts, both languages."""

from __future__ import annotations

import pytest

from awol.clean import clean_document
from awol.model import Document

EN_HEAD = "Deserter detained in Tver"
EN_BODY = [
    "A soldier who fled his unit in May was detained in Tver on Monday, police said.",
    "Investigators said he had been hiding at a relative's house for three months.",
    "He faces up to ten years in prison.",
]
EN_LINKS = [
    "Another soldier sentenced in Pskov for leaving his unit",
    "Mobilised men protest in Kazan",
]
RU_HEAD = "Дезертира задержали в Твери"
RU_BODY = [
    "Солдата, сбежавшего из части в мае, задержали в Твери, сообщила полиция.",
    "По данным следствия, он три месяца скрывался у родственников.",
    "Ему грозит до десяти лет лишения свободы.",
]
RU_LINKS = [
    "Суд в Пскове приговорил контрактника к пяти годам",
    "Мобилизованные вышли на протест в Казани",
]


def _layouts(head: str, body: list[str], marker: str, links: list[str]) -> dict[str, str]:
    b, ln = body, links
    return {
        # one line per paragraph, no blank lines: the list inside the article's only block
        "single block, list in the middle": "\n".join([head, b[0], marker, *ln, b[1], b[2]]),
        "single block, list after the first paragraph": "\n".join(
            [head, b[0], marker, ln[0], *b[1:]]
        ),
        "single block, trailing list": "\n".join([head, *b, marker, *ln]),
        "blank lines, list in the middle": "\n\n".join(
            [head, b[0], "\n".join([marker, *ln]), b[1], b[2]]
        ),
        "blank lines, trailing list": "\n\n".join([head, *b, marker, *ln]),
        "marker glued to its list, body after": "\n\n".join(
            [head, b[0], f"{marker}\n{ln[0]}\n{b[1]}", b[2]]
        ),
        "short page, one paragraph and a trailing list": "\n".join([head, b[0], marker, *ln]),
        "inline marker line": "\n\n".join([head, *b[:2], f"{marker}: {ln[0]}", b[2]]),
    }


CASES = [
    (lang, marker, layout, text, body, links)
    for lang, head, body, links, markers in (
        ("en", EN_HEAD, EN_BODY, EN_LINKS, ["Related", "More on this", "Read also", "See also"]),
        (
            "ru",
            RU_HEAD,
            RU_BODY,
            RU_LINKS,
            ["Новости по теме", "Читайте также", "По теме", "Смотрите также"],
        ),
    )
    for marker in markers
    for layout, text in _layouts(head, body, marker, links).items()
]


@pytest.mark.parametrize(
    ("lang", "marker", "layout", "text", "body", "links"),
    CASES,
    ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES],
)
def test_related_list_goes_and_the_article_stays(lang, marker, layout, text, body, links):
    a = clean_document(Document(f"{lang}.txt", text.encode(), id=lang, language=lang))
    for para in body:
        if para in text:
            assert para in a.text, (layout, para)
    assert marker not in a.text
    for link in links:
        assert link not in a.text, (layout, link)


def _html(head: str, body: list[str], marker: str, links: list[str], layout: str) -> str:
    items = "".join(f'<li><a href="/n/{i}">{t}</a></li>' for i, t in enumerate(links))
    paras = [f"<p>{p}</p>" for p in body]
    if layout == "list":
        related = f"<h3>{marker}</h3><ul>{items}</ul>"
    else:  # a paragraph: "Читайте также: <a>...</a>"
        related = f'<p>{marker}: <a href="/n/0">{links[0]}</a></p>'
    return (
        f"<html><head><title>{head}</title></head><body><article><h1>{head}</h1>"
        f"{paras[0]}{related}{''.join(paras[1:])}</article></body></html>"
    )


@pytest.mark.parametrize("layout", ["list", "paragraph"])
@pytest.mark.parametrize(
    ("lang", "head", "body", "links", "marker"),
    [
        ("en", EN_HEAD, EN_BODY, EN_LINKS, "Read also"),
        ("en", EN_HEAD, EN_BODY[:1], EN_LINKS, "More on this"),
        ("ru", RU_HEAD, RU_BODY, RU_LINKS, "Читайте также"),
        ("ru", RU_HEAD, RU_BODY[:1], RU_LINKS, "Новости по теме"),
    ],
)
def test_html_related_list(lang, head, body, links, marker, layout):
    page = _html(head, body, marker, links, layout)
    a = clean_document(Document(f"{lang}.html", page.encode(), id=lang, media_type="html"))
    for para in body:
        assert para in a.text
    assert a.title == head
    assert marker not in a.text
    assert links[0] not in a.text


def test_a_list_of_full_sentences_in_its_own_block_still_goes():
    links = "\n".join(["Read also:", *(f"{t}." for t in EN_LINKS)])
    text = "\n\n".join([EN_HEAD, *EN_BODY[:2], links, EN_BODY[2]])
    a = clean_document(Document("x.txt", text.encode(), id="x"))
    assert a.text.endswith(EN_BODY[-1]) and EN_LINKS[0] not in a.text
    links = "\n".join(["Читайте также:", *(f"{t}." for t in RU_LINKS)])
    text = "\n\n".join([RU_HEAD, RU_BODY[0], links])
    a = clean_document(Document("y.txt", text.encode(), id="y"))
    assert a.text.endswith(RU_BODY[0])


def test_an_html_page_whose_links_the_extractor_dropped_keeps_its_text():
    """trafilatura drops a list of links and keeps its heading: the marker then stands right
    before the article's next paragraphs, which are not links."""
    text = "\n\n".join([RU_HEAD, RU_BODY[0], "Читайте также", *RU_BODY[1:]])
    a = clean_document(Document("z.txt", text.encode(), id="z"))
    assert a.text.endswith(RU_BODY[-1]) and "Читайте также" not in a.text
