"""Person-name recognition (English, Russian), transliteration and cross-language name keys.

``find_person_names(text, lang)`` -> :class:`NameMention` list (offsets into ``text``;
``normalized`` is the nominative form: "Сергея Ладыгина" -> "Сергей Ладыгин").

English: a capitalised 2-3 token sequence whose first token is a known given name
(``lang/en/given_names.txt``), "Firstname Patronymic" forms, and a lone given name after a cue
("named Kirill", "identified only as Kirill").
Russian: given names from ``lang/ru/given_names.txt`` or pymorphy3 ``Name`` tags, followed by a
surname (pymorphy3 ``Surn`` or a surname-like ending) and/or a patronymic, or the formal order
Фамилия Имя Отчество; the name is put in the nominative, agreeing with the given name's gender.

``transliterate_ru(name)`` gives a common news-style Latin spelling ("Дмитрий Кулебин" ->
"Dmitry Kulebin"); ``name_key(name)`` maps Cyrillic and Latin spellings of one name to the same
comparable key ("Кулебин" ~ "Kulebin", "Щербак" ~ "Shcherbak", "Dmitriy" ~ "Dmitri").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from awol.extract.tokens import word_spans

__all__ = [
    "NameMention",
    "en_given_names",
    "find_person_names",
    "name_key",
    "ru_given_names",
    "transliterate_ru",
]


@dataclass(frozen=True)
class NameMention:
    text: str  # as written
    start: int  # text[start:end] == self.text
    end: int
    normalized: str  # nominative form ("Сергей Ладыгин"); English: as written, no possessive


_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")
_POSSESSIVE = ("'s", "’s")
_EN_PATR_RE = re.compile(r"(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna)$")
_EN_CUE_RE = re.compile(
    r"(?:\bnamed|\bidentified(?: only)? as|\bknown(?: only)? as|\bcalled|\bfirst name,?|"
    r"\bname is|\bonly as)\s+$",
    re.IGNORECASE,
)
_EN_SAID_RE = re.compile(r"\b(?:said|says|recalled|explained|added|told us)\s+$")
_RU_CUE_RE = re.compile(r"(?:\bпо имени|\bзовут|\bимени)\s+$", re.IGNORECASE)
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
_RU_MONTHS = {
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
    "октябрь", "ноябрь", "декабрь",
}  # fmt: skip
_RU_SURNAME_RE = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|цкой|ова|ева|ёва|ина|ына|ская|цкая|енко|ко|ук|юк|чук|"
    r"ян|янц|дзе|швили|ич|ов[ауе]|ев[ауе]|ин[ауе]|ым|ой|ых|их|ак|як|ец|ун|ур|ай|ей)$"
)


@functools.lru_cache(maxsize=1)
def en_given_names() -> frozenset[str]:
    """Known given names in English transliteration (case-sensitive, e.g. "Dmitry")."""
    path = resources.files("awol.extract") / "lang" / "en" / "given_names.txt"
    return frozenset(
        ln.strip()
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    )


@functools.lru_cache(maxsize=1)
def ru_given_names() -> dict[str, tuple[str, str, frozenset[str]]]:
    """Inflected Russian given name (lowercase, ё->е) -> (nominative, gender "m"/"f", cases)."""
    path = resources.files("awol.extract") / "lang" / "ru" / "given_names.txt"
    out: dict[str, tuple[str, str, frozenset[str]]] = {}
    for ln in path.read_text(encoding="utf-8").splitlines():
        ln = ln.strip()
        if not ln or ln.startswith("#"):
            continue
        name, _, g = ln.partition(" ")
        for form, cases in _decline_given(name, g.strip() or "m"):
            key = form.lower().replace("ё", "е")
            prev = out.get(key)
            if prev and prev[0] == name:
                cases = prev[2] | cases
            elif prev:
                continue
            out[key] = (name, g.strip() or "m", frozenset(cases))
    return out


def _decline_given(n: str, g: str) -> list[tuple[str, set[str]]]:
    forms = [(n, {"nomn"})]
    if n.endswith(("а", "я")):
        stem, soft = n[:-1], n.endswith("я")
        gen = stem + ("и" if soft or stem[-1:] in "гкхжчшщ" else "ы")
        forms += [
            (gen, {"gent"}),
            (stem + ("е" if not n.endswith("ия") else "и"), {"datv", "loct"}),
            (stem + ("ю" if soft else "у"), {"accs"}),
            (stem + ("ей" if soft or stem[-1:] in "жчшщц" else "ой"), {"ablt"}),
        ]
    elif n.endswith("ий"):
        s = n[:-1]
        forms += [(s + "я", {"gent", "accs"}), (s + "ю", {"datv"}), (s + "ем", {"ablt"})]
        forms += [(s + "и", {"loct"})]
    elif n.endswith(("й", "ь")):
        s = n[:-1]
        forms += [(s + "я", {"gent", "accs"}), (s + "ю", {"datv"})]
        forms += [(s + ("ем" if n.endswith("й") else "ем"), {"ablt"}), (s + "е", {"loct"})]
    elif g == "m":
        soft_end = n[-1:] in "жчшщц"
        forms += [(n + "а", {"gent", "accs"}), (n + "у", {"datv"}), (n + "е", {"loct"})]
        forms += [(n + ("ем" if soft_end else "ом"), {"ablt"})]
    return forms


# ----------------------------------------------------------------------------- English
def _words(text: str) -> tuple[tuple[str, int, int], ...]:
    return word_spans(_WORD_RE, text)


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
    toks = _words(text)
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
            elif (ini := _INITIAL_AFTER.match(text, e)) and not (
                (nx := _NEXT_WORD.match(text, ini.end())) and nx.group(1) not in _EN_STOP
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
                    and _EN_RANK_RE.search(text[max(0, s - 30) : s])
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
    if not (_EN_RANK_RE.search(text[max(0, s - 30) : s]) or _EN_AGE_AFTER.match(text, e)):
        return False
    return not _is_place(word, "en")


_EN_AGE_AFTER = re.compile(r",\s(?:[1-6]\d|7[0-5]),")
# one or two initials right before a surname, after a soldier's rank or role (the rank's short
# forms too: "Sgt.", "Pvt.", "Cpl."): "Corporal P. ", "Sgt. V. ", "serviceman I.S. "
_EN_INITIALS_BEFORE = re.compile(r"(?-i:(?:[A-Z]\.\s?){1,2})\s*$")
_EN_RANK_SHORT_RE = re.compile(
    r"\b(?:(?:jr|sr)\.?\s+)?(?:pvt|pte|cpl|l/cpl|sgt|jr\.?\s+sgt|sr\.?\s+sgt)\.?\s*$", re.IGNORECASE
)


def _en_rank_initials(text: str, toks: tuple[tuple[str, int, int], ...], i: int) -> int | None:
    """Where the surname-like word ``toks[i]`` follows a soldier's rank or role and his initials
    ("Corporal P. Orlov", "Sgt. V. Orlov", "Private A. V. Orlov", "serviceman I.S. Orlov"), the
    start of the initials; else None (the caller reads the surname alone).  Only a rank or role of the ranks and file (as
    ``_EN_RANK_RE`` reads a surname alone after it): an official's initials stay no name."""
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
    if not (_EN_RANK_RE.search(before) or _EN_RANK_SHORT_RE.search(before)):
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
_EN_RANK_RE = re.compile(
    r"\b(?:private|corporal|lance corporal|sergeant|lieutenant|captain|major|ensign|soldier|"
    r"serviceman|conscript|contract soldier|contractor|deserter|rifleman|gunner|sniper|"
    r"paratrooper|sailor|seaman|pilot|marine|mobili[sz]ed man|recruit)\s+$",
    re.IGNORECASE,
)


# ----------------------------------------------------------------------------- Russian
def _cap(w: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in w.split("-"))


def _low(w: str) -> str:
    return w.lower().replace("ё", "е")


@functools.lru_cache(maxsize=32768)
def _ru_given(tok: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(nominative, gender, cases) readings of a capitalised token as a given name."""
    hit = ru_given_names().get(_low(tok))
    if hit:
        return (hit,)
    from awol.extract.places import get_morph

    out = []
    for p in get_morph().parse(tok):
        if "Name" in p.tag and p.score >= 0.05 and p.tag.number != "plur":
            g = "f" if p.tag.gender == "femn" else "m"
            out.append((_cap(p.normal_form), g, frozenset({p.tag.case})))
    return tuple(out)


@functools.lru_cache(maxsize=32768)
def _ru_patr(tok: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    from awol.extract.places import get_morph

    out = []
    for p in get_morph().parse(tok):
        if "Patr" in p.tag:
            g = "f" if p.tag.gender == "femn" else "m"
            nom = p.inflect({"nomn", "sing"})
            out.append((_cap(nom.word if nom else p.normal_form), g, frozenset({p.tag.case})))
    if not out:
        m = _PATR_RE.search(_low(tok))
        if m:
            stem = tok[: m.start(2)]
            ending = m.group(2)
            if ending.startswith("ич"):
                out.append((stem + "ич", "m", _PATR_M[ending]))
            else:
                out.append((stem + "на", "f", _PATR_F[ending]))
    return tuple(out)


_PATR_RE = re.compile(r"^\w{2,}(?:ов|ев)((ич|ича|ичу|ичем|иче|на|ны|не|ну|ной))$")
_PATR_M = {
    "ич": frozenset({"nomn"}), "ича": frozenset({"gent", "accs"}), "ичу": frozenset({"datv"}),
    "ичем": frozenset({"ablt"}), "иче": frozenset({"loct"}),
}  # fmt: skip
_PATR_F = {
    "на": frozenset({"nomn"}), "ны": frozenset({"gent"}), "не": frozenset({"datv", "loct"}),
    "ну": frozenset({"accs"}), "ной": frozenset({"ablt"}),
}  # fmt: skip


def _surname_rules(tok: str) -> list[tuple[str, str, frozenset[str]]]:
    low = _low(tok)
    out: list[tuple[str, str, frozenset[str]]] = []

    def add(cut: int, add_m: str | None, add_f: str | None, mcases: str, fcases: str) -> None:
        base = tok[: len(tok) - cut] if cut else tok
        if add_m is not None and mcases:
            out.append((base + add_m, "m", frozenset(mcases.split())))
        if add_f is not None and fcases:
            out.append((base + add_f, "f", frozenset(fcases.split())))

    if re.search(r"(ов|ев|ёв|ин|ын)$", low):
        add(0, "", None, "nomn", "")
    elif re.search(r"(ов|ев|ёв|ин|ын)а$", low):
        add(1, "", "а", "gent accs", "nomn")
    elif re.search(r"(ов|ев|ёв|ин|ын)у$", low):
        add(1, "", "а", "datv", "accs")
    elif re.search(r"(ов|ев|ёв|ин|ын)ым$", low):
        add(2, "", None, "ablt", "")
    elif re.search(r"(ов|ев|ёв|ин|ын)е$", low):
        add(1, "", None, "loct", "")
    elif re.search(r"(ов|ев|ёв|ин|ын)ой$", low):
        add(2, None, "а", "", "gent datv ablt loct")
    elif re.search(r"[сц]кий$", low):
        add(0, "", None, "nomn", "")
    elif re.search(r"[сц]кого$", low):
        add(3, "ий", None, "gent accs", "")
    elif re.search(r"[сц]кому$", low):
        add(3, "ий", None, "datv", "")
    elif re.search(r"[сц]ким$", low):
        add(2, "ий", None, "ablt", "")
    elif re.search(r"[сц]ком$", low):
        add(2, "ий", None, "loct", "")
    elif re.search(r"[сц]кая$", low):
        add(0, None, "", "", "nomn")
    elif re.search(r"[сц]кой$", low):
        add(2, "ой", "ая", "nomn", "gent datv ablt loct")
    elif re.search(r"(енко|ко|дзе|швили|ян|янц|их|ых)$", low):
        add(0, "", "", "nomn gent datv accs ablt loct", "nomn gent datv accs ablt loct")
    elif re.search(r"[бвгджзклмнпрстфхцчшщ]$", low):
        add(0, "", "", "nomn", "nomn gent datv accs ablt loct")
    elif re.search(r"[бвгджзклмнпрстфхцчшщ]а$", low):
        add(1, "", None, "gent accs", "")
    elif re.search(r"[бвгджзклмнпрстфхцчшщ]у$", low):
        add(1, "", None, "datv", "")
    elif re.search(r"[бвгджзклмнпрстфхцчшщ](ом|ем)$", low):
        add(2, "", None, "ablt", "")
    elif re.search(r"[бвгджзклмнпрстфхцчшщ]е$", low):
        add(1, "", None, "loct", "")
    return out


@functools.lru_cache(maxsize=32768)
def _ru_surname(tok: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(nominative, gender, cases) readings of a capitalised token as a surname."""
    from awol.extract.places import get_morph

    morph = get_morph()
    out: list[tuple[str, str, frozenset[str]]] = []
    proper = False
    for p in morph.parse(tok):
        if "Surn" in p.tag and p.tag.number != "plur":
            g = "f" if p.tag.gender == "femn" else "m"
            nom = p.inflect({"nomn", "sing"})
            out.append((_cap(nom.word if nom else p.normal_form), g, frozenset({p.tag.case})))
        if p.score >= 0.2 and any(t in p.tag for t in ("Geox", "Orgn", "Trad")):
            proper = True
    if not out and not proper and _RU_SURNAME_RE.search(_low(tok)):
        out = _surname_rules(tok)
    if not out and not proper:
        # a capitalised word pymorphy does not know (Дашиев, Цыдыпов, Насибуллин...)
        if not any(p.is_known for p in morph.parse(tok)) or _RU_SURNAME_RE.search(_low(tok)):
            out = _surname_rules(tok)
    return tuple(out)


@functools.lru_cache(maxsize=32768)
def _unknown_surname(tok: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Readings of a word the dictionary does not know, right after a given name, as a surname
    ("обвинили Игоря Шмухта"): the dictionary's guess for an unknown capitalised word (a place,
    an organisation) does not outweigh the given name before it."""
    from awol.extract.places import get_morph

    if any(p.is_known for p in get_morph().parse(tok)):
        return ()
    out = _surname_rules(tok)
    # (or a surname declined as a noun in -а, of a man too: "Шмухта", "Шмухту", "Шмухтой")
    m = re.search(r"(?<=[бвгджзклмнпрстфхцчшщ])(а|ы|и|е|у|ю|ой|ей)$", _low(tok))
    if m and len(tok) - len(m.group(1)) >= 3:
        base = tok[: m.start()] + "а"
        cases = _FIRST_DECLENSION[m.group(1)]
        out += [(base, "m", cases), (base, "f", cases)]
    return tuple(out)


_FIRST_DECLENSION = {
    "а": frozenset({"nomn"}), "ы": frozenset({"gent"}), "и": frozenset({"gent"}),
    "е": frozenset({"datv", "loct"}), "у": frozenset({"accs"}), "ю": frozenset({"accs"}),
    "ой": frozenset({"ablt"}), "ей": frozenset({"ablt"}),
}  # fmt: skip


def _agree(a, b, c=None):
    """Pick readings of given name a, surname/patronymic b (and c) agreeing in gender and case."""
    best = None
    for ga in a:
        for gb in b:
            if ga[1] != gb[1]:
                continue
            cases = ga[2] & gb[2]
            if not cases:
                continue
            if c is None:
                return ga, gb, None
            for gc in c:
                if gc[1] == ga[1] and cases & gc[2]:
                    return ga, gb, gc
            best = best or (ga, gb, None)
    return best


def _is_ru_cap(tok: str) -> bool:
    return (
        len(tok) > 1
        and tok[0].isupper()
        and not tok.isupper()
        and "а" <= _low(tok)[0] <= "я"
        and _low(tok) not in _RU_MONTHS
    )


def _find_ru(text: str) -> list[NameMention]:
    toks = _words(text)
    n = len(toks)
    out: list[NameMention] = []

    def adjacent(k: int) -> bool:
        return text[toks[k - 1][2] : toks[k][1]].strip() == ""

    def emit(i: int, j: int, parts: list[str]) -> None:
        s, e = toks[i][1], toks[j - 1][2]
        out.append(NameMention(text[s:e], s, e, " ".join(parts)))

    i = 0
    while i < n:
        tok = toks[i][0]
        if not _is_ru_cap(tok):
            i += 1
            continue
        nxt = [toks[k][0] for k in range(i + 1, min(n, i + 3))]
        ok1 = len(nxt) >= 1 and _is_ru_cap(nxt[0]) and adjacent(i + 1)
        ok2 = ok1 and len(nxt) >= 2 and _is_ru_cap(nxt[1]) and adjacent(i + 2)
        giv = _ru_given(tok)
        if giv and ok1:
            # Имя Отчество Фамилия
            if ok2:
                pat, sur = _ru_patr(nxt[0]), _ru_surname(nxt[1])
                if pat and sur:
                    r = _agree(giv, pat, sur)
                    if r and r[2]:
                        emit(i, i + 3, [r[0][0], r[1][0], r[2][0]])
                        i += 3
                        continue
            # Имя Фамилия / Имя Отчество
            pat = _ru_patr(nxt[0])
            if pat:
                r = _agree(giv, pat)
                if r:
                    emit(i, i + 2, [r[0][0], r[1][0]])
                    i += 2
                    continue
            sur = _ru_surname(nxt[0]) if not _ru_given(nxt[0]) or _ru_surname(nxt[0]) else ()
            if not sur and not _ru_given(nxt[0]):
                sur = _unknown_surname(nxt[0])
            if sur:
                r = _agree(giv, sur)
                if r:
                    emit(i, i + 2, [r[0][0], r[1][0]])
                    i += 2
                    continue
        # Фамилия Имя Отчество
        if ok2 and not giv:
            sur, giv2, pat = _ru_surname(tok), _ru_given(nxt[0]), _ru_patr(nxt[1])
            if sur and giv2 and pat:
                r = _agree(giv2, sur, pat)
                if r and r[2]:
                    emit(i, i + 3, [r[1][0], r[0][0], r[2][0]])
                    i += 3
                    continue
        # a given name and the initial of the surname, as the press shortens a suspect's name:
        # "Тимофей Ф.", "Глеба Ш." (not "Иван И. Петров": a middle initial before a surname)
        ini = _INITIAL_AFTER.match(text, toks[i][2]) if giv else None
        if ini and not _ru_surname_after(text, ini.end()):
            s = toks[i][1]
            out.append(
                NameMention(text[s : ini.end()], s, ini.end(), f"{giv[0][0]} {ini.group(1)}.")
            )
            i += 1
            continue
        # a surname after a soldier's rank or role and his initials ("рядовой П. Орлов",
        # "приговорил военнослужащего И. С. Орлова": who35)
        if not giv and (
            ini := _RU_INITIALS_BEFORE.search(text, max(0, toks[i][1] - 8), toks[i][1])
        ):
            before = text[max(0, ini.start() - 40) : ini.start()]
            sur = _ru_surname(tok) if _RU_RANK_RE.search(before) else ()
            if sur:
                # (the span with the initials; the name the surname alone, as after a rank with no
                # initials: "Орлов" matches the story's "Олег Орлов" and any writing of them)
                m_ = next((r for r in sur if r[1] == "m"), sur[0])
                s, e = ini.start(), toks[i][2]
                out.append(NameMention(text[s:e], s, e, m_[0]))
                i += 1
                continue
        # lone given name after a cue: "по имени Кирилл"
        if giv and _RU_CUE_RE.search(text[max(0, toks[i][1] - 20) : toks[i][1]]):
            emit(i, i + 1, [giv[0][0]])
        i += 1
    return out


# the initial (one capital, or a digraph's two letters: "Ш.", "Sh.") of a surname after a given
# name
_INITIAL_AFTER = re.compile(r" ([A-ZА-ЯЁ](?:[a-zа-яё])?)\.(?![\w.])")
_NEXT_WORD = re.compile(r"\s*([A-ZА-ЯЁ][a-zа-яё]+)")


# one or two initials right before a surname ("П. ", "Н. А. ", "И.С. ")
_RU_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[А-ЯЁ]\.\s?){1,2}\s*$")
# a soldier's rank or role of the ranks and file right before his initials (any case); not an
# officer's, a judge's or a policeman's: their initials stay no name
_RU_RANK_RE = re.compile(
    r"(?<![а-яё])(?:рядов(?:ой|ого|ому|ым|ом)|ефрейтор\w*|(?:младш\w+\s+|старш\w+\s+)?сержант\w*|"
    r"матрос\w*|военнослужащ\w+|контрактник\w*|мобилизованн\w+|срочник\w*|солдат\w*|"
    r"дезертир\w*|бо(?:ец|йца|йцу|йцом)|десантник\w*|морпех\w*|стрелк\w*|наводчик\w*|"
    r"снайпер\w*|курсант\w*|добровол\w+)(?:\s+по\s+(?:мобилизации|контракту|призыву))?\s+$",
    re.IGNORECASE,
)


def _ru_surname_after(text: str, pos: int) -> bool:
    """Does a word read as a surname follow ``pos`` ("Иван И. Петров")?"""
    m = _NEXT_WORD.match(text, pos)
    return bool(m) and bool(_ru_surname(m.group(1)))


def find_person_names(text: str, lang: str = "en") -> list[NameMention]:
    """Person names in ``text``, in order of appearance."""
    if not text:
        return []
    if (lang or "en").lower().startswith(("ru", "uk", "be")):
        found = _find_ru(text)
        if _LATIN_NAME.search(text):
            # a name in Latin letters in a Russian text, as the English recogniser reads it
            # ("контрактник Pavel Orlov сбежал": who35)
            latin = [m for m in _find_en(text) if not _CYRILLIC.search(m.text)]
            found = sorted(found + latin, key=lambda m: m.start) if latin else found
        return found
    return _find_en(text)


_LATIN_NAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


# ----------------------------------------------------------------------------- transliteration
CYRILLIC_LATIN = {  # one letter each; transliterate_ru adds the context rules
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip
_VOWELS = set("аеёиоуыэюяьъіїє")


def transliterate_ru(name: str) -> str:
    """Cyrillic -> Latin in a common news style: "Дмитрий Кулебин" -> "Dmitry Kulebin"."""
    out: list[str] = []
    n = len(name)
    for i, ch in enumerate(name):
        low = ch.lower()
        if low not in CYRILLIC_LATIN:
            out.append(ch)
            continue
        prev = name[i - 1].lower() if i else ""
        nxt = name[i + 1].lower() if i + 1 < n else ""
        after = name[i + 2].lower() if i + 2 < n else ""
        if low == "е" and (not prev.isalpha() or (prev in _VOWELS and prev != "и")):
            t = "ye"
        elif low == "ё" and prev and prev in "жчшщ":
            t = "o"
        elif low in "иы" and nxt == "й" and not after.isalpha():
            t = "i" if low == "и" and prev in _VOWELS else ""  # Дмитрий -> Dmitry
        else:
            t = CYRILLIC_LATIN[low]
        if ch.isupper() and t:
            t = t[0].upper() + t[1:]
        out.append(t)
    return "".join(out)


def name_key(name: str) -> str:
    """A spelling-insensitive key: Cyrillic and Latin spellings of one name compare equal."""
    s = unicodedata.normalize("NFKC", name).replace("ё", "е").replace("Ё", "Е")
    if re.search(r"[а-яА-ЯіїєґІЇЄҐ]", s):
        s = transliterate_ru(s)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z\s]", "", s)
    for a, b in (
        ("shch", "sc"), ("sch", "sc"), ("kh", "h"), ("x", "ks"), ("ye", "e"), ("yo", "e"),
        ("ya", "ia"), ("yu", "iu"), ("y", "i"), ("j", "i"), ("w", "v"), ("tz", "ts"),
    ):  # fmt: skip
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)
    return " ".join(s.split())
