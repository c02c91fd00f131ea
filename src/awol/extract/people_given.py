"""A story told of one soldier by his given name alone ("We meet Vasilij in a park", "Vasilij
recalls"): the one given name an article that names no one in full uses alone
(:func:`_lone_given`), and whether an article names someone else by a given name alone beside
its one named man (:func:`_someone_else`); a capitalised word after a settlement or street word
is a place's name, no person's (:func:`after_settlement_word`)."""

from __future__ import annotations

import re

from awol.extract.morph import get_morph
from awol.extract.names import _EN_STOP, NameMention, _is_place, en_given, name_key
from awol.extract.names_ru import ru_given
from awol.extract.people_data import _lang
from awol.extract.people_roles import not_a_deserter
from awol.extract.places_data import cues as place_cues


class _Given:
    """The forms of a given name that an article uses alone, as :class:`_Surname` searches a
    surname: ``search(text)``."""

    def __init__(self, name: str, forms: set[str]) -> None:
        self.name = name
        self.rx = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(forms)) + r")(?![\w-])"
        )

    def search(self, text: str) -> bool:
        return bool(self.rx.search(text))


def _lone_givens(
    text: str, ms: list[NameMention], lower: set[str], lang: str
) -> list[tuple[str, str]] | None:
    """The given names ``text`` uses alone as a person's name, as (nominative, word as written):
    capitalised, outside every name found (``ms``), never written in lower case in the article
    (``lower``: not "will", "вера").  None where one is followed by a capitalised word (a full
    name the rules did not read) or marked as someone else's (a role, a title or a relative
    before it, :func:`not_a_deserter`): no guessing there."""

    out = []
    for w in _CAP_WORD.finditer(text):
        word = w.group()
        if any(m.start <= w.start() < m.end for m in ms) or word.lower() in lower:
            continue
        if _lang(lang) == "ru":
            noms = {r[0] for r in ru_given(word)}
        else:
            noms = {word} if en_given(word) and word not in _EN_STOP else set()
        if len(noms) != 1 or _a_place(text, w.start(), word, lang):
            continue
        if re.match(r"\s+[A-ZА-ЯЁ]", text[w.end() :]):
            return None
        m = NameMention(word, w.start(), w.end(), next(iter(noms)))
        if not_a_deserter(text, m, lang):
            return None
        out.append((m.normalized, word))
    return out


_PREV_WORDS = re.compile(r"([^\W\d_]+)\.?(?:\s+of)?\s+$")


def _a_place(text: str, start: int, word: str, lang: str) -> bool:
    """Is ``word`` (at ``start``) a place: one the gazetteer knows, or a name after a settlement
    or street word ("в посёлке Янино", "the village of Maria": ``data/place_cues.yaml``)?"""

    return _is_place(word, lang) or after_settlement_word(text, start, lang)


def after_settlement_word(text: str, start: int, lang: str) -> bool:
    """Does a settlement or street word (``data/place_cues.yaml``: "в посёлке Янино", "с.
    Ивановка", "the village of Maria") stand right before ``start``, naming a place there?"""
    prev = _PREV_WORDS.search(text, max(0, start - 40), start)
    if prev is None:
        return False
    c = place_cues()[_lang(lang)]
    words = set(c.get("settlement_words", ())) | set(c.get("street_words", ()))
    low = prev.group(1).lower()
    if _lang(lang) == "ru":
        if prev.group(0).rstrip().endswith(".") and low in c.get("settlement_abbrev", ()):
            return True
        low = get_morph().parse(low)[0].normal_form.replace("ё", "е")
    return low in words


def _lower_words(texts: list[str]) -> set[str]:
    return {w.lower() for t in texts for w in re.findall(r"(?<![\w-])[a-zа-яё]+", t)}


def _lone_given(texts: list[str], named: list[list[NameMention]], lang: str) -> _Given | None:
    """The one given name (in one or several spellings: "Vasilij", "Vasiliy") an article that
    names no one in full uses alone (:func:`_lone_givens`); None where there is none, or more
    than one (then "he" may be either), or one may be someone else's."""
    lower = _lower_words(texts)
    found: dict[str, tuple[str, set[str]]] = {}
    for text, ms in zip(texts, named, strict=True):
        got = _lone_givens(text, ms, lower, lang)
        if got is None:
            return None
        for nom, word in got:
            found.setdefault(name_key(nom), (nom, set()))[1].add(word)
    if len(found) != 1:
        return None
    name, forms = next(iter(found.values()))
    return _Given(name, forms)


_CAP_WORD = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][a-zа-яё]+(?![\w-])")


def _someone_else(person: str, texts: list[str], named: list[list[NameMention]], lang: str) -> bool:
    """Does the article name someone else by a given name alone, outside every full name it
    names ("Александр" beside "Иван Кружалов"; not the person's own given name)?  Then "he" and
    "the soldier" may be that other man."""

    ru = _lang(lang) == "ru"
    own = name_key(person.split()[0]) if person.split() else ""
    for text, ms in zip(texts, named, strict=True):
        for w in _CAP_WORD.finditer(text):
            if any(m.start <= w.start() < m.end for m in ms):
                continue
            if ru and _place_after_preposition(text, w):
                continue  # («под Бахмутом» is a town, though «Бахмут» is a given name too)
            if ru:
                readings = ru_given(w.group())
                if readings and all(name_key(r[0]) != own for r in readings):
                    return True
            elif en_given(w.group()) and name_key(w.group()) != own:
                return True
    return False


_SPATIAL = re.compile(r"(?<![а-яё-])(?:в|во|под|над|около|возле|близ|из|из-под|через)\s+$", re.I)


def _place_after_preposition(text: str, w: re.Match[str]) -> bool:
    """Is the capitalised word ``w`` a place the gazetteer knows, right after a preposition of
    place («под Бахмутом», «из Владимира»): no given name of someone else (who34)?"""

    return bool(_SPATIAL.search(text, max(0, w.start() - 10), w.start())) and _is_place(
        w.group(), "ru"
    )
