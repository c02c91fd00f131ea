"""Every written form of stored person names.

``NameForms(["Станислав Гуров", "Yegor Sablin"]).spans(text)`` finds, as whole words:

- each part of each name alone (surname alone, given name alone, patronymic);
- in either script: words are compared through :func:`awol.extract.names.name_key`, the
  spelling-insensitive key shared with linking ("Гуров" ~ "Gurov", "Саблин" ~ "Sablin");
- inflected: every pymorphy3 form of a Cyrillic part ("Павел" -> "Павла"), and any word whose
  key extends the part's stem (the key without final vowels, at least 4 letters) by at most
  3 letters ("Гурова", "Гуровым", "Гуровой", "Корецкого", "Sablina").

A word inside a place the gazetteer knows is only masked when it is a form of a surname (the
last part of a name) or when nothing around it shows the place (:func:`shown_as_place`): "the
town of Artyom", "in Artyom" and "Иваново" stay readable next to people called Artyom and Иван,
"his mother said that Artyom called" does not.

In a URL or a handle (``any_case``), where a name is spelt in whatever transliteration the
outlet's slug maker uses, a word also matches a part of 5 sounds or more by its *loose
skeleton* (:func:`loose_key`): "shevtchouk" ~ "Шевчук", "kojemyakin" ~ "Кожемякин",
"juravlev" ~ "Журавлёв", "hrytsenko" ~ "Гриценко".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

__all__ = ["NameForms", "loose_key", "name_forms", "query_names"]

_WORD = re.compile(r"[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")
_SLUG_WORD = re.compile(r"[^\W\d_]+")
_CYR = re.compile(r"[А-Яа-яЁё]")
_POSS = ("'s", "’s")
_MIN_STEM = 4
_MAX_EXTRA = 3
_MIN_LOOSE = 5
# Latin spellings of one Cyrillic sound in the transliterations outlets use (English, French,
# German, Ukrainian, Polish styles), longest first: each becomes one symbol of the skeleton
_LOOSE = (
    ("shch", "S"), ("sch", "S"), ("dzh", "J"), ("tch", "C"), ("tsch", "C"), ("zh", "J"),
    ("dj", "J"), ("sh", "S"), ("ch", "C"), ("cz", "C"), ("sz", "S"), ("kh", "X"), ("ts", "c"),
    ("tz", "c"), ("ph", "f"), ("ck", "k"), ("x", "ks"), ("w", "v"), ("j", "J"), ("h", "g"),
)  # fmt: skip
_LOOSE_RE = re.compile("|".join(re.escape(a) for a, _ in sorted(_LOOSE, key=lambda x: -len(x[0]))))
_LOOSE_MAP = dict(_LOOSE)


@functools.lru_cache(maxsize=500_000)
def _key(word: str) -> str:
    from awol.extract.names import name_key

    return name_key(word).replace(" ", "")


def _stem(key: str) -> str:
    return re.sub(r"[aeiou]+$", "", key)


@functools.lru_cache(maxsize=500_000)
def loose_key(word: str) -> str:
    """A transliteration-blind skeleton of one word: Cyrillic transliterated, every spelling of
    one sound one symbol ("zh", "j" -> J; "tch", "ch" -> C; "kh" -> X; "h", "g" -> g), every run
    of vowels one "a", doubled letters single: "Шевчук", "shevtchouk", "szewczuk" -> "SavCak"."""
    import unicodedata

    from awol.extract.names import transliterate_ru

    s = unicodedata.normalize("NFKC", word).replace("ё", "е").replace("Ё", "Е")
    if _CYR.search(s):
        s = transliterate_ru(s)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z]", "", s)
    s = _LOOSE_RE.sub(lambda m: _LOOSE_MAP[m.group()], s)
    s = re.sub(r"[aeiouy]+", "a", s)
    return re.sub(r"(.)\1+", r"\1", s)


@functools.lru_cache(maxsize=100_000)
def _part_loose(part: str) -> tuple[frozenset[str], str | None]:
    """(skeletons of every form, stem skeleton or None) of one name part long enough for them."""
    forms = {part}
    if _CYR.search(part):
        from awol.extract.places import get_morph

        for p in get_morph().parse(part)[:4]:
            if any(t in p.tag for t in ("Name", "Surn", "Patr")):
                forms.update(f.word for f in p.lexeme)
    base = loose_key(part)
    if len(base) < _MIN_LOOSE:
        return frozenset(), None
    skel = frozenset(k for k in (loose_key(f) for f in forms) if len(k) >= _MIN_LOOSE)
    stem = base[:-1] if base.endswith("a") else base
    return skel, (stem if len(stem) >= _MIN_LOOSE else None)


@functools.lru_cache(maxsize=100_000)
def _part_forms(part: str) -> tuple[frozenset[str], str | None]:
    """(exact keys, stem or None) of one name part."""
    keys = {_key(part)}
    if _CYR.search(part):
        from awol.extract.places import get_morph

        for p in get_morph().parse(part)[:4]:
            if any(t in p.tag for t in ("Name", "Surn", "Patr")):
                keys.update(_key(f.word) for f in p.lexeme)
    keys.discard("")
    stem = _stem(_key(part))
    return frozenset(keys), (stem if len(stem) >= _MIN_STEM else None)


class NameForms:
    """Matcher for the forms of a set of names."""

    def __init__(self, names: Iterable[str]):
        exact: set[str] = set()
        stems: set[str] = set()
        strong: set[str] = set()
        loose: set[str] = set()
        loose_stems: set[str] = set()
        loose_strong: set[str] = set()
        for name in names:
            if not isinstance(name, str):
                continue
            parts = list(_WORD.finditer(name))
            for i, m in enumerate(parts):
                part = m.group()
                if part.endswith(_POSS):
                    part = part[:-2]
                if len(part) < 2:
                    continue
                keys, stem = _part_forms(part)
                exact |= keys
                if stem:
                    stems.add(stem)
                skel, lstem = _part_loose(part)
                loose |= skel
                if lstem:
                    loose_stems.add(lstem)
                if i == len(parts) - 1 and len(parts) > 1:
                    strong |= keys | ({stem} if stem else set())
                    loose_strong |= skel | ({lstem} if lstem else set())
        self.exact = frozenset(exact)
        self.stems = tuple(sorted(stems))
        self.strong = frozenset(strong)
        self.loose = frozenset(loose)
        self.loose_stems = tuple(sorted(loose_stems))
        self.loose_strong = frozenset(loose_strong)

    def __bool__(self) -> bool:
        return bool(self.exact)

    def matches(self, word: str, loose: bool = False) -> tuple[bool, bool]:
        """(matches, a form of a surname) for one word; ``loose``: by its skeleton too, for a
        word of a URL or a handle (:func:`loose_key`)."""
        k = _key(word)
        if not k:
            return False, False
        if k in self.exact:
            return True, k in self.strong
        for st in self.stems:
            if k.startswith(st) and len(k) - len(st) <= _MAX_EXTRA:
                return True, st in self.strong
        if loose and self.loose:
            sk = loose_key(word)
            if sk in self.loose:
                return True, sk in self.loose_strong
            for st in self.loose_stems:
                if sk.startswith(st) and len(sk) - len(st) <= _MAX_EXTRA:
                    return True, st in self.loose_strong
        return False, False

    def spans(
        self, text: str, places: list[tuple[int, int]] | None = None, any_case: bool = False
    ) -> list[tuple[int, int]]:
        """Spans of words of ``text`` that are forms of the names (capitalised words only,
        unless ``any_case``: URLs and slugs)."""
        if not self.exact or not text:
            return []
        out = []
        low: list[tuple[int, int]] = []  # forms written in lower case
        for m in (_SLUG_WORD if any_case else _WORD).finditer(text):
            w = m.group()
            end = m.end()
            if w.endswith(_POSS):
                w, end = w[:-2], end - 2
            hit, surname = self.matches(w, loose=any_case)
            if not hit:
                continue
            if not surname and places and shown_as_place(text, m.start(), end, places):
                continue
            if any_case or w[:1].isupper():
                out.append((m.start(), end))
            else:
                low.append((m.start(), end))
        # a name written in lower case ("free ivan zayats") is two forms side by side; one
        # lower-case word alone is a common word ("волк", "мороз")
        for k, (s, e) in enumerate(low):
            near = [low[k - 1][1]] if k else []
            near += [x for x, _ in out if x > e] + [y for _, y in out if y < s]
            nxt = low[k + 1][0] if k + 1 < len(low) else None
            if (nxt is not None and text[e:nxt].strip() == "") or any(
                text[min(x, e) : max(x, s)].strip() == "" for x in near
            ):
                out.append((s, e))
        return sorted(out)


_AND = re.compile(r"\s*(?:,|и|или|and|or)\s*", re.IGNORECASE)
_WORD_JOIN = re.compile(r"\b(?:и|или|and|or)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _place_before() -> re.Pattern:
    from awol.privacy.cues import cues

    words = sorted({w.lower() for w in cues()["place_before"]}, key=len, reverse=True)
    alts = "|".join(re.escape(w) for w in words)
    return re.compile(r"(?:^|[^\w-])(?:" + alts + r")\s*$", re.IGNORECASE)


def shown_as_place(text: str, s: int, e: int, places: list[tuple[int, int]]) -> bool:
    """Does ``text`` show its word ``text[s:e]`` as a place where it stands?  A place the
    gazetteer found (``places``) covers it and: the place is longer than the word ("Vladimir
    region", "Ростов-на-Дону"), a preposition or a settlement word before it shows a place ("в
    Ростове", "the town of Artyom": person_cues.yaml ``place_before``), or another place is
    joined to it by "и", "and" or a comma ("Kursk and Artyom").  A word the gazetteer also reads
    as a place is a person's name everywhere else ("his mother said that Artyom called")."""
    spans = sorted(places)
    for k, (ps, pe) in enumerate(spans):
        if not (ps <= s and e <= pe):
            continue
        if (ps, pe) != (s, e) and text[ps:pe].strip() != text[s:e]:
            return True
        if _place_before().search(text[max(0, ps - 30) : ps]):
            return True
        prev = spans[k - 1] if k else None
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        joined_before = bool(prev and prev[1] <= ps and _AND.fullmatch(text[prev[1] : ps]))
        joined_after = bool(nxt and pe <= nxt[0] and _AND.fullmatch(text[pe : nxt[0]]))
        # a comma alone ends a clause as often as it lists places ("back in Vladivostok,
        # Artyom told her"): it joins places only where the list goes on past the word, or
        # a word ("и", "and", "or") joins them
        if joined_before and (joined_after or _WORD_JOIN.search(text[prev[1] : ps])):
            return True
        if joined_after and (joined_before or _WORD_JOIN.search(text[pe : nxt[0]])):
            return True
        if joined_before and k >= 2 and _AND.fullmatch(text[spans[k - 2][1] : prev[0]]):
            return True
    return False


@functools.lru_cache(maxsize=50_000)
def name_forms(names: tuple[str, ...]) -> NameForms:
    """Cached :class:`NameForms` for a tuple of names."""
    return NameForms(names)


def query_names(query: str, names: tuple[str, ...]) -> bool:
    """Does a word of the search ``query`` name one of ``names``: a form of a part in any case
    or transliteration (:meth:`NameForms.matches`, loosely), or a piece of a form that a
    substring search would find in it ("Petro" of "Petrov", "ivan" of "Ivanovich")?  An
    anonymous search drops the records whose names it hits, whatever else they show ("Petrov"
    finds no record of an article about Petrov, even where "Petrovsky district" stays readable
    in it)."""
    forms = name_forms(tuple(sorted(set(names))))
    if not forms:
        return False
    for term in _SLUG_WORD.findall(query):
        if len(term) < 3:
            continue
        if forms.matches(term, loose=True)[0]:
            return True
        k = _key(term)
        if len(k) >= 3 and any(x.startswith(k) or (len(k) >= 4 and k in x) for x in forms.exact):
            return True
    return False
