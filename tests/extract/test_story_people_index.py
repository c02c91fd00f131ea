"""The story people of a long text are looked up by word, not each compared with all (a 1 MB text
naming hundreds of people spent half its time there), with the same answers as comparing all:
the quadratic versions are kept here as the reference, run over the dev corpus's sentences and
over made-up spellings (inflected, one letter off, hyphenated, Cyrillic and Latin)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from awol.clean.encoding import decode
from awol.extract.names import find_person_names, name_key
from awol.extract.people import (
    _story_people,
    _Surname,
    _surname_rx,
    _Surnames,
)
from awol.extract.people_roles import not_a_deserter
from awol.extract.sentences import split_sentences

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"


def _story_people_all(texts, named, lang):
    """_story_people as it was: every name against every one found before."""
    found = []
    for text, mentions in zip(texts, named, strict=True):
        for m in mentions:
            other = not_a_deserter(text, m, lang)
            k = set(name_key(m.normalized).split())
            same = [i for i, (ks, _, _) in enumerate(found) if k <= ks or ks <= k]
            if same:
                for i in same:
                    found[i] = (found[i][0], found[i][1], found[i][2] or other)
                continue
            found.append((k, m.normalized, other))
    return [name for _, name, other in found if not other]


def _sentences(lang: str) -> list[str]:
    out = []
    for p in sorted(DEV.glob(f"{lang}-*.txt")):
        text = decode(p.read_bytes(), str(p))[0]  # (some are not UTF-8)
        out += [s.text for s in split_sentences(text, lang)]
    return out


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_story_people_same_as_comparing_all(lang: str) -> None:
    texts = _sentences(lang)
    if not texts:
        pytest.skip("no dev corpus")
    named = [find_person_names(t, lang) for t in texts]
    assert sum(map(len, named)) > 10  # (the corpus names people: the test reads some)
    assert _story_people(texts, named, lang) == _story_people_all(texts, named, lang)
    # the whole corpus as one article, in another order (a name told first in full, or not)
    rng = random.Random(3)
    order = list(range(len(texts)))
    rng.shuffle(order)
    texts2, named2 = [texts[i] for i in order], [named[i] for i in order]
    assert _story_people(texts2, named2, lang) == _story_people_all(texts2, named2, lang)


def _variants(surname: str, rng: random.Random) -> list[str]:
    """Spellings of a surname that match it and that do not."""
    out = [surname, surname + "a", surname + "ого", surname + "ovoy", surname[:-1], surname[1:]]
    for _ in range(6):
        i = rng.randrange(len(surname))
        out.append(surname[:i] + rng.choice("aeoкxz") + surname[i + 1 :])  # one letter other
        out.append(surname[:i] + surname[i + 1 :])  # one dropped
        out.append(surname[:i] + rng.choice("aeiя") + surname[i:])  # one more
        out.append(surname[:i] + "xy" + surname[i + 2 :])  # two other
    out = [w[:1].upper() + w[1:] for w in out if w]
    return out + [w.lower() for w in out[:4]] + [w + "-" for w in out[:2]]


def test_surnames_same_as_searching_each() -> None:
    rng = random.Random(12)
    names = [
        "Marcel Gildarov",
        "Ivan Morzinenko",
        "Petr Ivanov-Sidorov",
        "Иван Петров",
        "Петров Иван Сергеевич",
        "Анна Кузнецова",
        "Oleg Kim",
        "Dmitry Abramovich",
        "Игорь Дорохин",
        "Sean O'Connell",  # (a stem of other characters than word ones: searched)
        "Maria da silvestrova",  # (a surname in lower case: its words looked up too)
        "Ivan Gildarovich",  # (a stem that holds another's: both looked up)
    ]
    surnames = [(p, _surname_rx(p)) for p in names]
    index = _Surnames(surnames)
    words = [
        w for _p, sx in surnames if isinstance(sx, _Surname) for w in _variants(sx.surname, rng)
    ]
    checked = matched = 0
    for _ in range(400):
        text = " ".join(
            rng.choice([*words, "the", "soldier", "в", "части", "Moscow", "-", "Ivanov's"])
            for _ in range(rng.randint(1, 8))
        )
        brute = [p for p, sx in surnames if sx is not None and sx.search(text)]
        assert index.hits(text) == brute, text
        keep = rng.randrange(len(names))
        assert index.hits(text, lambda k, keep=keep: k != keep) == [
            p for p in brute if p != names[keep]
        ]
        checked += 1
        matched += bool(brute)
    assert matched > 50 and checked - matched > 20  # (both kinds of sentence were read)


def test_story_people_same_as_comparing_all_made_up() -> None:
    """Names that hold one another ("Ivan Petrov", "Ivan Sergeyevich Petrov", "Иван Петров"),
    some of them someone else (a lawyer), in random orders."""
    rng = random.Random(5)
    given = ["Ivan", "Oleg", "Anna", "Petr"]
    middle = ["", "Sergeyevich ", "Olegovich "]
    surnames = ["Petrov", "Sidorov", "Gildarov", "Volkov"]
    before = ["Private", "Lawyer", "Soldier", "Corporal"]
    for _ in range(30):
        texts = [
            f"{rng.choice(before)} {rng.choice(given)} {rng.choice(middle)}"
            f"{rng.choice(surnames)} fled the unit."
            for _ in range(rng.randint(2, 12))
        ]
        named = [find_person_names(t, "en") for t in texts]
        assert _story_people(texts, named, "en") == _story_people_all(texts, named, "en")


def test_surnames_that_share_an_ending_are_not_all_searched() -> None:
    """A long text names hundreds of people whose surnames end alike ("-enko"): a sentence's
    word is checked against the surnames it may be one letter off (or a form cut short of),
    not against every surname that ends as it does (the index grew with the text)."""
    rng = random.Random(5)
    stems = {
        "".join(rng.choice("bdklmnprstvz") + rng.choice("aeiou") for _ in range(2))
        for _ in range(300)
    }
    names = [f"Ivan {s.capitalize()}enko" for s in sorted(stems)]
    surnames = [(p, _surname_rx(p)) for p in names]
    index = _Surnames(surnames)
    searched = []
    for p, sx in surnames:
        assert isinstance(sx, _Surname)
        sx.search = lambda text, sx=sx, p=p: searched.append(p) or _Surname.search(sx, text)
    target = names[7].split()[1]
    text = f"Commander {target[:3]}x{target[4:]} and Mr Kovalenko said"  # one letter other
    brute = [p for p, sx in surnames if sx is not None and _Surname.search(sx, text)]
    assert names[7] in brute
    searched.clear()
    assert index.hits(text) == brute
    assert len(searched) <= 2 * len(brute) + 2, searched  # (not the 300 that end in "-enko")


def test_a_words_people_one_letter_off_are_read_once_per_story() -> None:
    """A capitalised word one letter off (or cut short of) a long surname is checked against the
    surnames once per story (speed20: a long text repeats its names in many sentences); the
    same people in every sentence it stands in."""
    names = ["Ivan Morzinenko", "Marcel Gildarovich", "Petr Chetvergin"]
    surnames = [(p, _surname_rx(p)) for p in names]
    index = _Surnames(surnames)
    texts = ["Morizinenko fled.", "Later Morizinenko and Chetverg were seen.", "Morizinenko."]
    first = [index.hits(t) for t in texts]
    assert first == [
        ["Ivan Morzinenko"],
        ["Ivan Morzinenko", "Petr Chetvergin"],
        ["Ivan Morzinenko"],
    ]
    assert index._by_word["Morizinenko"] == (0,)
    index._by_word["Morizinenko"] = (2,)  # (read from the story's words, not checked again)
    assert index.hits("Now Morizinenko hid.") == ["Petr Chetvergin"]
