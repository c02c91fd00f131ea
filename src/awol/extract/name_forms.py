"""What both person-name recognisers share, and how names are compared across scripts.

:class:`NameMention` (a name found: offsets and the nominative form), the word pattern both
recognisers tokenise with (:func:`words`), the initial after a given name
(:data:`INITIAL_AFTER`, "Ruslan K.", «Тимофей Ф.») and the word after it (:data:`NEXT_WORD`).
``transliterate_ru(name)`` gives a common news-style Latin spelling ("Дмитрий Кулебин" ->
"Dmitry Kulebin"); ``name_key(name)`` maps Cyrillic and Latin spellings of one name to the same
comparable key ("Кулебин" ~ "Kulebin", "Щербак" ~ "Shcherbak", "Dmitriy" ~ "Dmitri").
``en_given_names()``: the known given names in English transliteration (read by the English
recogniser and by the gazetteer's English reader, :mod:`awol.extract.places_en`).
The recognisers: :mod:`awol.extract.names` (English, and the entry ``find_person_names``) and
:mod:`awol.extract.names_ru` (Russian).  (Split from ``names.py``, round 36.)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from awol.extract.tokens import word_spans


@dataclass(frozen=True)
class NameMention:
    text: str  # as written
    start: int  # text[start:end] == self.text
    end: int
    normalized: str  # nominative form ("Сергей Ладыгин"); English: as written, no possessive


WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")


@functools.lru_cache(maxsize=1)
def en_given_names() -> frozenset[str]:
    """Known given names in English transliteration (case-sensitive, e.g. "Dmitry")."""
    path = resources.files("awol.extract") / "lang" / "en" / "given_names.txt"
    return frozenset(
        ln.strip()
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    )


def words(text: str) -> tuple[tuple[str, int, int], ...]:
    return word_spans(WORD_RE, text)


# the initial (one capital, or a digraph's two letters: "Ш.", "Sh.") of a surname after a given
# name
INITIAL_AFTER = re.compile(r" ([A-ZА-ЯЁ](?:[a-zа-яё])?)\.(?![\w.])")
NEXT_WORD = re.compile(r"\s*([A-ZА-ЯЁ][a-zа-яё]+)")


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
