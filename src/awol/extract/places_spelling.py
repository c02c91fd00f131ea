"""Other spellings of a romanised place name ("Sharalday" / "Sharaldai", "Primorsky" /
"Primorskiy", "Kostyantynivka" / "Kostiantynivka", "Yel’sk" / "Yelsk"), which the gazetteer
indexes beside the name.  (Split out of :mod:`awol.extract.places`.)"""

from __future__ import annotations

import re

__all__ = ["ROMANISED", "romanisations"]

# countries whose place names English texts romanise from Cyrillic, each writer in his own way
ROMANISED = frozenset({"RU", "UA", "BY", "KZ"})
# word endings written either way, each group one ending: "-ай" as "-ay"/"-ai", "-ей" as
# "-ey"/"-ei", "-ий" as "-iy"/"-ii", "-ский" as "-sky"/"-skiy"/"-skii" ("Primorsky" /
# "Primorskiy"), "-ный" as "-ny"/"-nyy"/"-niy"/"-nii" ("Nizhny" / "Nizhniy", "Grozny" / "Groznyy")
_ENDINGS = (
    ("ay", "ai"),
    ("ey", "ei"),
    ("iy", "ii"),
    ("sky", "skiy", "skii"),
    ("ny", "nyy", "niy", "nii"),
)
# the generic words of region names, written one way ("Altai Krai": only "Altai" varies)
_GENERIC_EN = frozenset({"Krai", "Kray", "Oblast", "Republic", "Territory", "Okrug", "Autonomous"})


# soft vowels inside a word written either way: "я" as "ya"/"ia" ("Kostyantynivka" /
# "Kostiantynivka", "Hulyaipole" / "Huliaipole"), "ю" as "yu"/"iu", "є"/"е" as "ye"/"ie", "ї" after
# a vowel as "yi"/"i" ("Avdiyivka" / "Avdiivka"); and "й" before a consonant as "y"/"i"
# ("Zaytseve" / "Zaitseve"), each class written one way or the other throughout the word
_SOFT = (
    (
        re.compile(r"(?<=[A-Za-z])(?:ia|iu|ie|ii)(?=[a-z-])"),
        {"ia": "ya", "iu": "yu", "ie": "ye", "ii": "iyi"},
    ),
    (
        re.compile(r"(?<=[A-Za-z])(?:ya|yu|ye|iyi)(?=[a-z-])"),
        {"ya": "ia", "yu": "iu", "ye": "ie", "iyi": "ii"},
    ),
)
_SHORT_I = (
    (re.compile(r"(?<=[aeou])i(?=[bcdfghjklmnpqrstvwxz])"), "y"),
    (re.compile(r"(?<=[aeou])y(?=[bcdfghjklmnpqrstvwxz])"), "i"),
)


# the soft and hard signs a transliteration writes as apostrophes ("Yel’sk", "Nes'vezh"), which
# running text leaves out ("Yelsk"); "ё" written "ë" ("Zhigulëvsk": "Zhigulevsk", "Zhigulyovsk")
_SIGNS = re.compile(r"(?<=[a-z])[’'ʹ]+(?=[a-z-]|$)")


def romanisations(name: str) -> list[str]:
    """:func:`_spellings` of a name, also as running text writes a transliteration's signs
    ("Yel’sk" -> "Yelsk", "Zhigulëvsk" -> "Zhigulevsk", "Zhigulyovsk") and its hyphens as
    spaces."""
    plain = [name]
    if _SIGNS.search(name) or "ë" in name:
        bare = _SIGNS.sub("", name)
        plain = list(dict.fromkeys([bare.replace("ë", "e"), bare.replace("ë", "yo")]))
    # a hyphenated name written with spaces ("Khanty Mansiysk", "Komsomolsk on Amur",
    # "Petropavlovsk Kamchatsky")
    if "-" in name:
        plain += [p.replace("-", " ") for p in plain]
    out: list[str] = []
    for p in plain:
        for alt in ([p] if p != name else []) + _spellings(p):
            if alt != name and alt not in out:
                out.append(alt)
    return out


def _spellings(name: str) -> list[str]:
    """Other spellings of a romanised name: by its ending ("Sharalday" -> "Sharaldai",
    "Primorsky" -> "Primorskiy"), and with the soft vowels or the short "i" inside it written
    the other way ("Kostyantynivka" -> "Kostiantynivka", "Zaytseve" -> "Zaitseve").  A name of
    several words varies one word at a time, its generic words never ("Primorsky Krai" ->
    "Primorskiy Krai", "Nizhny Novgorod" -> "Nizhniy Novgorod")."""
    words = name.split(" ")
    if len(words) > 1:
        out: list[str] = []
        for k, w in enumerate(words):
            if w in _GENERIC_EN or w[:1].islower():
                continue
            for alt in _word_romanisations(w):
                full = " ".join([*words[:k], alt, *words[k + 1 :]])
                if full not in out:
                    out.append(full)
        return out
    return _word_romanisations(name)


def _word_romanisations(name: str) -> list[str]:
    """:func:`romanisations` of one word."""
    if len(name) < 5:
        return []
    # (the soft vowels inside the word, not at its end: "Buryatia" is not "Buryatya")
    bodies = {name}
    for rx, swap in _SOFT:
        bodies |= {rx.sub(lambda m, swap=swap: swap[m.group(0)], b) for b in list(bodies)}
    for rx, to in _SHORT_I:
        bodies |= {rx.sub(to, b) for b in list(bodies)}
    out: list[str] = []
    for word in sorted(bodies):
        alts = [word]
        for group in _ENDINGS:
            a = max((x for x in group if word.endswith(x)), key=len, default=None)
            if a is not None:
                alts += [word[: -len(a)] + b for b in group if b != a]
        for alt in alts:
            if alt != name and alt not in out:
                out.append(alt)
    return out
