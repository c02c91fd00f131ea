"""URLs and anonymous search, with invented names.

A URL slug spells a name in whatever transliteration its outlet's slug maker uses, or in
percent-encoded Cyrillic: each word that is a form of a person the article names (found in its
text by the recogniser, or stored) is masked, in any of those spellings; the host, the dates, the
numbers and every other word stay.  An anonymous search runs over the masked records and is
checked against the names of the records it would return: a search by a person's name finds
none of them, even where the name stays readable inside a place; signed in, it finds them."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from awol.privacy.forms import loose_key, query_names
from awol.privacy.mask import public_record


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Шевчук", "shevtchouk"),
        ("Шевчук", "szewczuk"),
        ("Кожемякин", "kojemyakin"),
        ("Журавлёв", "juravlev"),
        ("Журавлёв", "zhuravlyov"),
        ("Гриценко", "hrytsenko"),
        ("Харитонов", "kharitonov"),
    ],
)
def test_one_name_in_several_transliterations_has_one_skeleton(a, b):
    assert loose_key(a) == loose_key(b)


@pytest.mark.parametrize(
    ("a", "b"), [("Петров", "patrol"), ("Козлов", "kiselev"), ("Шевчук", "shevchenko")]
)
def test_other_words_have_other_skeletons(a, b):
    assert loose_key(a) != loose_key(b)


@pytest.mark.parametrize(
    ("text", "url", "hidden", "kept"),
    [
        (
            "Рядовой Тарас Шевчук самовольно оставил часть, сообщили в суде.",
            "https://example.org/fr/2024/05/shevtchouk-deserteur-arrete",
            ["shevtchouk"],
            ["example.org/fr/2024/05/", "-deserteur-arrete"],
        ),
        (
            "Андрей Кожемякин сбежал из части в Курской области.",
            "https://example.org/news/kojemyakin-v-kurske",
            ["kojemyakin"],
            ["example.org/news/", "-v-kurske"],
        ),
        (
            "Private Yevgeny Zhuravlyov, 24, fled his unit, his mother said.",
            "https://example.org/2024/zhuravlyova-mother-speaks",
            ["zhuravlyova"],
            ["-mother-speaks"],
        ),
        (
            # percent-encoded Cyrillic: the surname in the genitive, alone
            "Private Andrei Kozhemyakin deserted in May.",
            "https://example.org/" + quote("новости/кожемякина-задержали"),
            [quote("кожемякина")],
            [quote("новости/"), "-" + quote("задержали")],
        ),
        (
            # a given name (known in any script) takes the word after it, encoded too
            "A soldier deserted in May.",
            "https://example.org/" + quote("сергей-кузьмич-сбежал"),
            [quote("сергей"), quote("кузьмич")],
            ["example.org/", quote("сбежал")],
        ),
    ],
)
def test_url_words_that_name_the_articles_people_are_masked(text, url, hidden, kept):
    """The names come from the record's own text (the recogniser): no stored name needed."""
    out = public_record({"url": url, "text": text})["url"]
    for word in hidden:
        assert word not in out, (url, out)
    for part in kept:
        assert part in out, (url, out)
    assert out.startswith("https://example.org/")


@pytest.mark.parametrize(
    ("url", "kept", "hidden"),
    [
        # the outlet's host spells the person's surname and a given name: it stays, the slug's
        # forms of the name go
        (
            "https://shevchuk-news.example.org/2024/05/taras-shevchuk-sbezhal?id=7",
            ["https://shevchuk-news.example.org/2024/05/", "-sbezhal?id=7"],
            ["taras-shevchuk"],
        ),
        ("http://taras.example.org", ["http://taras.example.org"], []),
    ],
)
def test_the_host_of_a_url_is_the_outlets_and_stays(url, kept, hidden):
    out = public_record({"url": url, "text": "Рядовой Тарас Шевчук сбежал из части."})["url"]
    for part in kept:
        assert part in out, (url, out)
    for part in hidden:
        assert part not in out, (url, out)


def test_a_url_with_no_name_is_unchanged():
    url = "https://example.org/" + quote("новости/дезертира-задержали-в-курске") + "?id=42"
    assert public_record({"url": url, "text": "Рядовой Тарас Шевчук сбежал."})["url"] == url


@pytest.mark.parametrize(
    ("url", "hidden", "kept"),
    [
        # a surname named only in the slug, after a given name no list holds
        (
            "https://example.org/a/ne-bufer-zarkhat-velimzhanov-o-vysylke/123.html",
            ["zarkhat", "velimzhanov"],
            ["/a/ne-bufer-", "-o-vysylke/123.html"],
        ),
        # a surname alone the dictionary reads as one, in an oblique case
        ("https://example.org/news/sud-nad-kuznetsovym-otlozhen", ["kuznetsovym"], ["sud-nad-"]),
        # a surname the dictionary knows (no Slavic ending to go by) before a given name;
        # "novosti" (news) before one stays
        ("https://example.org/sud-tsoi-taras/7", ["tsoi", "taras"], ["/sud-", "/7"]),
        ("https://example.org/novosti-taras", ["taras"], ["/novosti-"]),
        # an invented surname alone stays (no given name, no dictionary reading): the
        # word's shape alone would mask "dezertirov"-like words too
        ("https://example.org/news/soldat-bragomyrov-sbezhal", [], ["bragomyrov"]),
    ],
)
def test_surnames_named_only_in_the_slug_are_masked(url, hidden, kept):
    """No text names them: the slug's word is a surname by its shape and its reading."""
    out = public_record({"url": url, "text": "A soldier deserted."})["url"]
    for word in hidden:
        assert word not in out, (url, out)
    for part in kept:
        assert part in out, (url, out)


@pytest.mark.parametrize(
    "url",
    [
        # Russian words in Latin letters with a surname's ending: plural genitives, places
        "https://example.org/news/kolichestvo-dezertirov-rastet",
        "https://example.org/2022/11/otkazavshihsya-voevat-rezervistov-uderzhivayut",
        "https://example.org/news/v-rostove-zaderzhali-soldata",
        "https://example.org/news/dezertir-ugnal-mashinu-s-poligona",
        # function words a given-name list spells too ("were", "any", "ili")
        "https://example.org/2023/09/13/were-all-hostages-here",
        "https://example.org/feature/expected-to-serve-in-any-conditions",
        "https://example.org/2023/voina-tyurma-ili-invalidnost",
        # English words and the outlet's host
        "https://kremlinwatch.example.org/news/kremlin-bulletin-within-days",
    ],
)
def test_words_of_a_slug_that_name_no_one_stay(url):
    assert public_record({"url": url, "text": "A soldier deserted."})["url"] == url


@pytest.mark.parametrize(
    ("query", "names", "hit"),
    [
        ("Petrov", ("Ivan Petrov",), True),
        ("petrova", ("Ivan Petrov",), True),  # an inflected form
        ("Петрова", ("Ivan Petrov",), True),  # the other script
        ("Petro", ("Ivan Petrov",), True),  # a piece a substring search finds in it
        ("shevtchouk", ("Тарас Шевчук",), True),  # another transliteration
        ("deserter Ivanovich", ("Пётр Иванович",), True),  # one word of several
        ("deserter", ("Ivan Petrov",), False),
        ("Kursk", ("Ivan Petrov",), False),
        ("district", ("Ivan Petrov",), False),
        ("Petrov", (), False),
    ],
)
def test_a_query_is_checked_against_the_records_names(query, names, hit):
    assert query_names(query, names) is hit


def test_a_search_drops_records_that_name_the_person_it_asks_for():
    """The masked text may still hold the name inside a place ("Petrovsky district"): the
    record is dropped because its names answer the query, not because its text lacks it."""
    from awol.query import _public_match

    rec = {
        "_search": "[name], 25, was detained in the petrovsky district".replace("[name]", " "),
        "_names": ("Ivan Petrov",),
    }
    assert not _public_match(rec, "Petrov")
    assert not _public_match(rec, "petrovsky")
    assert _public_match(rec, "detained")
    assert _public_match(rec, "petrovsky district") is False
    # a record whose documents name no Petrov is found by the place
    assert _public_match({**rec, "_names": ("Oleg Lis",)}, "petrovsky")


def test_the_search_index_holds_no_mask_tokens():
    """A search for "name" finds the word, not every record where someone was masked."""
    from awol.serve.public import unmasked

    assert "[name]" not in unmasked("[name], 25, deserted, [name] said")
    assert "name" not in unmasked("[name], 25, deserted")
