"""Person-name recognition (English, Russian), transliteration and cross-language name keys.

``find_person_names(text, lang)`` -> :class:`NameMention` list (offsets into ``text``;
``normalized`` is the nominative form: "Сергея Ладыгина" -> "Сергей Ладыгин").

English (here): a capitalised 2-3 token sequence whose first token is a known given name
(``lang/en/given_names.txt``), "Firstname Patronymic" forms, and a lone given name after a cue
("named Kirill", "identified only as Kirill").
Russian (:mod:`awol.extract.names_ru`): given names from ``lang/ru/given_names.txt`` or pymorphy3
``Name`` tags, followed by a surname (pymorphy3 ``Surn`` or a surname-like ending) and/or a
patronymic, or the formal order Фамилия Имя Отчество; the name is put in the nominative,
agreeing with the given name's gender.

``transliterate_ru(name)`` and ``name_key(name)`` (:mod:`awol.extract.name_forms`, importable
from here): a news-style Latin spelling, and a key that compares Cyrillic and Latin spellings.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from awol.extract import names_ru
from awol.extract.lexicon import lang_file
from awol.extract.name_forms import (
    INITIAL_AFTER,
    NEXT_WORD,
    NameMention,
    en_given_names,
    name_key,
    transliterate_ru,
    words,
)
from awol.extract.names_ru import ru_given_names

__all__ = [
    "NameMention",
    "en_given_names",
    "find_person_names",
    "name_key",
    "ru_given_names",
    "transliterate_ru",
]


_POSSESSIVE = ("'s", "’s")
_EN_PATR_RE = re.compile(r"(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna)$")
_EN_CUE_RE = re.compile(
    r"(?:\bnamed|\bidentified(?: only)? as|\bknown(?: only)? as|\bcalled|\bfirst name,?|"
    r"\bname is|\bonly as)\s+$",
    re.IGNORECASE,
)
_EN_SAID_RE = re.compile(r"\b(?:said|says|recalled|explained|added|told us)\s+$")
_EN_STOP = {
    "The", "A", "An", "And", "But", "Or", "In", "On", "At", "Of", "To", "For", "From", "By",
    "With", "As", "He", "She", "It", "They", "His", "Her", "Their", "Who", "Which", "That",
    "This", "Was", "Is", "Has", "Had", "Said", "Says", "Told", "Street", "Avenue", "Square",
    "Region", "Oblast", "District", "Province", "Krai", "Republic", "City", "Army", "Ministry",
    "Court", "Police", "Service", "Times", "News", "Post", "Media", "Center", "Centre",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "Jr", "Sr", "Mr", "Mrs", "Ms", "Dr", "Telegram", "Facebook", "VK",
    "Kremlin", "Duma",
}  # fmt: skip


# ----------------------------------------------------------------------------- English
def _strip_poss(tok: str) -> str:
    return tok[:-2] if tok.endswith(_POSSESSIVE) else tok


def _is_name_word(tok: str) -> bool:
    t = _strip_poss(tok)
    return (
        len(t) > 1
        and t[0].isupper()
        and not t.isupper()
        and t not in _EN_STOP
        and all(p[:1].isupper() for p in t.split("-"))
    )


def _is_place(text: str, lang: str, wide: bool = False) -> bool:
    """Is ``text`` a place name (with ``wide``: a region or a country; a town may be a surname,
    "Konstantin Yegorshin", "Ivan Kirov")?"""
    from awol.extract.places import get_gazetteer

    # (a name's words are read again in each sentence that names it: the answer is kept)
    global _PLACE_SEEN
    gaz = get_gazetteer()
    seen = _PLACE_SEEN
    if seen[0] is not gaz or len(seen[1]) >= 50_000:
        seen = _PLACE_SEEN = (gaz, {})
    key = (text, lang, wide)
    out = seen[1].get(key)
    if out is None:
        ms = gaz.find(text, lang)
        whole = bool(ms) and ms[0].start == 0 and ms[0].end >= len(text.rstrip()) - 2
        out = seen[1][key] = whole and (not wide or ms[0].kind != "city")
    return out


_PLACE_SEEN: tuple = (None, {})  # (the gazetteer, {(text, lang, wide): is it a place})


@functools.lru_cache(maxsize=1)
def _en_given_keys() -> frozenset[str]:
    """The :func:`name_key` of every known English given name: another transliteration of one
    ("Sergej", "Vasilij", "Aleksej" for "Sergei", "Vasily", "Alexei") reads as the same name."""
    keys = {name_key(n).replace(" ", "") for n in en_given_names()}
    keys.discard("")
    return frozenset(keys)


@functools.lru_cache(maxsize=50_000)
def en_given(tok: str) -> bool:
    """Is ``tok`` a known English given name, in the list's spelling or another transliteration
    of it (5 letters or more: "Jan." is a month, not "Yan")?"""
    if tok in en_given_names():
        return True
    return (
        len(tok) >= 5
        and tok[:1].isupper()
        and tok[1:].islower()
        and name_key(tok).replace(" ", "") in _en_given_keys()
    )


@functools.lru_cache(maxsize=1)
def _lexicon_keys() -> frozenset[str]:
    """The :func:`name_key` of every Latin spelling of the Russian dictionary's given names
    (``lang/en/given_names_lexicon.txt``, built by ``scripts/build_given_names.py``)."""
    path = resources.files("awol.extract") / "lang" / "en" / "given_names_lexicon.txt"
    keys = {
        name_key(ln.strip()).replace(" ", "")
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    }
    keys.discard("")
    return frozenset(keys)


@functools.lru_cache(maxsize=50_000)
def lexicon_given(tok: str) -> bool:
    """Is ``tok`` one of the Russian dictionary's given names in any Latin spelling ("Bakhtiyor",
    "Gennadiy", "Oleh")?  A weaker cue than :func:`en_given` (the dictionary knows rare names
    that are English words too: "Vera", "Mark"): the recogniser reads it before a surname."""
    return (
        len(tok) >= 3
        and tok[:1].isupper()
        and tok[1:].islower()
        and tok not in _EN_STOP
        and name_key(tok).replace(" ", "") in _lexicon_keys()
        and not _english_word(tok)
    )


@functools.lru_cache(maxsize=50_000)
def _english_word(tok: str) -> bool:
    """Is ``tok`` (any case) a word of simplemma's English dictionary ("Wagner", "Will",
    "Berlin"; not "Ivanov", "Kremlin")?"""
    from awol.extract.tokens import known_en

    return known_en(tok)


@functools.lru_cache(maxsize=1)
def _given_capitalised() -> bool:
    """Does every known English given name start with a capital (a word that does not then
    starts no name: :func:`_find_en` passes it by)?"""
    return all(n[:1].isupper() for n in en_given_names())


def _find_en(text: str) -> list[NameMention]:
    toks = words(text)
    out: list[NameMention] = []
    i, n = 0, len(toks)
    # (perf13) a name starts at a capitalised word: a given name of the list, or a name word
    # after a rank; the others (most words) are passed by without the tests below
    skip = _given_capitalised()
    while i < n:
        tok, s, e = toks[i]
        if skip and not tok[0].isupper():
            i += 1
            continue
        first = _strip_poss(tok)
        if en_given(tok) or (tok != first and en_given(first)):
            j = i + 1
            # following capitalised words, adjacent (only spaces between), at most 2 more
            while (
                j < n
                and j - i < 3
                and _is_name_word(toks[j][0])
                and text[toks[j - 1][2] : toks[j][1]].strip() == ""
                and not toks[j - 1][0].endswith(_POSSESSIVE)
            ):
                j += 1
            if j - i == 3 and not _EN_PATR_RE.search(toks[i + 1][0]):
                j = i + 2  # "Firstname Patronymic Surname" only with a patronymic in the middle
            if j > i + 1:
                norm = " ".join(_strip_poss(t[0]) for t in toks[i:j])
                if not _is_place(norm, "en") and not _is_place(
                    _strip_poss(toks[i + 1][0]), "en", wide=True
                ):
                    end = toks[j - 1][2] - (2 if toks[j - 1][0].endswith(_POSSESSIVE) else 0)
                    out.append(NameMention(text[s:end], s, end, norm))
                    i = j
                    continue
            elif (ini := INITIAL_AFTER.match(text, e)) and not (
                (nx := NEXT_WORD.match(text, ini.end())) and nx.group(1) not in _EN_STOP
            ):
                # a given name and the initial of the surname: "Ruslan K.", "Gleb Sh." (not a
                # middle initial: "Ivan A. Smith"; "Ruslan K. He fled" is the surname's)
                out.append(
                    NameMention(text[s : ini.end()], s, ini.end(), f"{first} {ini.group(1)}.")
                )
                i += 2
                continue
            elif _EN_CUE_RE.search(text[max(0, s - 30) : s]) or (
                _EN_SAID_RE.search(text[max(0, s - 20) : s]) and text[e : e + 1] in (",", ".")
            ):
                end = e - (len(tok) - len(first))
                out.append(NameMention(text[s:end], s, end, first))
        elif (
            i + 1 < n
            and _is_name_word(tok)
            and not tok.endswith(_POSSESSIVE)
            and _is_name_word(toks[i + 1][0])
            and text[e : toks[i + 1][1]] == " "
            and (
                (
                    _EN_SURNAME_RE.search(sur := _strip_poss(toks[i + 1][0]))
                    and _en_rank().search(text[max(0, s - 30) : s])
                )
                or (lexicon_given(first) and _EN_SURNAME_AFTER_GIVEN.search(sur))
            )
            and first.lower() not in _EN_NOT_GIVEN
            and not _is_place(first, "en")
            and not _is_place(_strip_poss(toks[i + 1][0]), "en", wide=True)
        ):
            # a given name the list lacks before a Slavic surname: one of the dictionary's
            # given names ("Bakhtiyor Nurmatov", "Gennadiy Bystryj"), or any after a soldier's
            # rank or role ("24-year-old corporal Marcel Gildarov")
            end = toks[i + 1][1] + len(sur)
            out.append(NameMention(text[s:end], s, end, f"{first} {sur}"))
            i += 2
            continue
        elif (ini := _en_rank_initials(text, toks, i)) is not None:
            # a surname after a soldier's rank or role and his initials ("Corporal P. Orlov",
            # "Sgt. V. Orlov", "serviceman I.S. Orlov": who35); the span with the initials, the
            # name the surname alone as after a rank with none ("Orlov" ~ the story's "Oleg Orlov")
            end = s + len(first)
            out.append(NameMention(text[ini:end], ini, end, first))
        elif _EN_SURNAME_RE.search(first) and _lone_surname(text, toks, i):
            # a surname alone, where its role tells a person: after a soldier's rank or role
            # ("Private Ivanov", "serviceman Petrov") or before his age ("Ivanov, 29, was ...")
            end = s + len(first)
            out.append(NameMention(text[s:end], s, end, first))
        i += 1
    return out


def _lone_surname(text: str, toks: tuple[tuple[str, int, int], ...], i: int) -> bool:
    """Is the surname-like word ``toks[i]`` a person's surname alone: capitalised, not a given
    name, a place, nor the first of two name words, with a rank or role right before it or an
    age apposition right after it ("Ivanov, 29,")?"""
    tok, s, e = toks[i]
    word = _strip_poss(tok)
    if not _is_name_word(tok) or en_given(word) or lexicon_given(word) or _english_word(word):
        return False
    if i + 1 < len(toks) and _is_name_word(toks[i + 1][0]) and text[e : toks[i + 1][1]] == " ":
        return False
    if not (_en_rank().search(text[max(0, s - 30) : s]) or _EN_AGE_AFTER.match(text, e)):
        return False
    return not _is_place(word, "en")


_EN_AGE_AFTER = re.compile(r",\s(?:[1-6]\d|7[0-5]),")
# one or two initials right before a surname, after a soldier's rank or role (the rank's short
# forms too: "Sgt.", "Pvt.", "Cpl."): "Corporal P. ", "Sgt. V. ", "serviceman I.S. "
_EN_INITIALS_BEFORE = re.compile(r"(?-i:(?:[A-Z]\.\s?){1,2})\s*$")


@functools.cache
def _en_rank_short() -> re.Pattern[str]:
    """A rank's short form right before initials ("Sgt. ", "Jr. Sgt. ", "Pvt "): ``rank_short``
    and ``rank_short_grade`` of ``lang/en/names.yaml``."""
    words = lang_file("en", "names")
    short, grade = "|".join(words["rank_short"]), "|".join(words["rank_short_grade"])
    return re.compile(rf"\b(?:(?:{grade})\.?\s+)?(?:{short})\.?\s*$", re.IGNORECASE)


def _en_rank_initials(text: str, toks: tuple[tuple[str, int, int], ...], i: int) -> int | None:
    """Where the surname-like word ``toks[i]`` follows a soldier's rank or role and his initials
    ("Corporal P. Orlov", "Sgt. V. Orlov", "Private A. V. Orlov", "serviceman I.S. Orlov"), the
    start of the initials; else None (the caller reads the surname alone).  Only a rank or role of the ranks and file (as
    ``_en_rank`` reads a surname alone after it): an official's initials stay no name."""
    tok, s, _e = toks[i]
    word = _strip_poss(tok)
    if not _is_name_word(tok) or not _EN_SURNAME_RE.search(word):
        return None
    if en_given(word) or lexicon_given(word) or _english_word(word):
        return None
    ini = _EN_INITIALS_BEFORE.search(text, max(0, s - 8), s)
    if ini is None:
        return None
    before = text[max(0, ini.start() - 30) : ini.start()]
    if not (_en_rank().search(before) or _en_rank_short().search(before)):
        return None
    return None if _is_place(word, "en") else ini.start()


_EN_NOT_GIVEN = frozenset(
    """general colonel admiral marshal commander chief head deputy minister president governor
    judge senior junior lieutenant major captain private corporal sergeant ensign staff
    lance warrant officer soldier russian ukrainian belarusian chechen""".split()
)
# a Slavic, Caucasian or Central Asian surname's ending, as the press spells it: -ov/-ova,
# -ev/-eva, -in/-ina, -sky/-skaya, -enko, -uk/-yuk/-chuk, -vich, -shvili, -dze, -yan/-ian ...
_EN_SURNAME_RE = re.compile(
    r"[a-z](?:[oe]va?|yova?|[iy]na?|sk(?:y|iy|ii|yi|aya)|tsk(?:y|iy|ii|aya)|enko|[iy]?uk|chuk|"
    r"vich|shvili|dze|[iy]ani|[iy]an|yants?)$"
)
# after a given name of the dictionary's (:func:`lexicon_given`), a surname's ending besides
# those: -ko ("Kovbasko"), an adjective's ("Bystryj", "Tolstoy"; not a bare "-y": "Military",
# "Ministry"), -ets, -ak/-yak
_EN_SURNAME_AFTER_GIVEN = re.compile(
    rf"{_EN_SURNAME_RE.pattern}|[a-z]ko$|[a-z](?:yj|iy|yi|oy|oi)$|[a-z]ets$|[a-z][iy]?ak$"
)


@functools.cache
def _en_rank() -> re.Pattern[str]:
    """A soldier's rank or role right before a surname or his initials ("Private ", "serviceman
    "): ``rank_before_name`` of ``lang/en/names.yaml``."""
    ranks = "|".join(lang_file("en", "names")["rank_before_name"])
    return re.compile(rf"\b(?:{ranks})\s+$", re.IGNORECASE)


def slavic_surname(word: str) -> bool:
    """Does ``word`` end as a Slavic, Caucasian or Central Asian surname is spelt in English
    ("Orlov", "Orlova", "Kovalenko", "Beridze": ``_EN_SURNAME_RE``)?"""
    return bool(_EN_SURNAME_RE.search(word))


def find_person_names(text: str, lang: str = "en") -> list[NameMention]:
    """Person names in ``text``, in order of appearance."""
    if not text:
        return []
    if (lang or "en").lower().startswith(("ru", "uk", "be")):
        found = names_ru.find_ru(text)
        if _LATIN_NAME.search(text):
            # a name in Latin letters in a Russian text, as the English recogniser reads it
            # ("контрактник Pavel Orlov сбежал": who35)
            latin = [m for m in _find_en(text) if not _CYRILLIC.search(m.text)]
            found = sorted(found + latin, key=lambda m: m.start) if latin else found
        return found
    return _find_en(text)


_LATIN_NAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
