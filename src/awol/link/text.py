"""Language-neutral keys for linking: names (Cyrillic ~ Latin), places and descriptors.

Russian and English reports spell the same person differently (Щербак / Shcherbak, Корецкий /
Koretsky, Ладыгина / Ladygin).  We reduce every name token to a *consonant skeleton* of a loose
transliteration: the skeleton survives the common romanisation systems and most Russian case
endings (which are mostly vowels).  If the extraction package provides ``name_key`` it is used as
an additional key.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from awol.extract.names import CYRILLIC_LATIN
from awol.extract.names import name_key as _extract_name_key

# Russian oblique-case endings that add consonants to a surname (instrumental, genitive, dative)
_RU_ENDINGS = ("ыми", "ими", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем")
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)
_VOWELS = set("aeiouyj")


def translit(text: str) -> str:
    """Loose Cyrillic -> Latin transliteration (lower case)."""
    return "".join(CYRILLIC_LATIN.get(ch, ch) for ch in text.lower())


def _is_cyrillic(token: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in token)


def skeleton(token: str) -> str:
    """Consonant skeleton of a name/place token in either script."""
    t = token.lower().replace("ё", "е")
    if _is_cyrillic(t):
        for end in _RU_ENDINGS:
            if t.endswith(end) and len(t) - len(end) >= 4:
                t = t[: -len(end)]
                break
        t = translit(t)
    t = re.sub(r"[^a-z]", "", t)
    for a, b in (
        ("shch", "s"), ("sch", "s"), ("tch", "c"), ("ch", "c"), ("sh", "s"), ("zh", "z"),
        ("kh", "h"), ("ts", "c"), ("tz", "c"), ("x", "ks"), ("w", "v"), ("ph", "f"), ("h", ""),
    ):  # fmt: skip
        t = t.replace(a, b)
    out = []
    for ch in t:
        if ch in _VOWELS:
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    sk = "".join(out)
    return sk if len(sk) >= 2 else re.sub(r"[^a-z]", "", translit(token.lower()))


@lru_cache(maxsize=200_000)
def name_parts(name: str) -> tuple[str, str]:
    """(first-name key, surname key) of a person's name; first key is "" for one-token names."""
    tokens = _TOKEN.findall(name or "")
    if not tokens:
        return "", ""
    keys = [skeleton(t) for t in tokens]
    if len(keys) == 1:
        return "", keys[0]
    return keys[0], keys[-1]


def name_keys(names: list[str]) -> list[str]:
    """Surname keys of a list of names (the blocking/matching key)."""
    return list(_name_keys(tuple(names or ())))


@lru_cache(maxsize=200_000)
def _name_keys(names: tuple[str, ...]) -> tuple[str, ...]:
    keys = []
    for n in names:
        _, sur = name_parts(n)
        if sur:
            keys.append(sur)
        k = _extract_name_key(n)
        if k:
            keys.append("x:" + k)
    return tuple(sorted(set(keys)))


def names_match(a: list[str], b: list[str]) -> bool | None:
    """True if the two name lists share a person, False if both are named and disjoint,
    None if either is empty."""
    if not a or not b:
        return None
    pa = [name_parts(n) for n in a]
    pb = [name_parts(n) for n in b]
    for fa, sa in pa:
        for fb, sb in pb:
            if sa and sa == sb and (not fa or not fb or fa == fb):
                return True
            # one side gives only a first name ("Kirill") that equals the other's first name
            if (not fa and sa == fb) or (not fb and sb == fa):
                return True
    if _extract_name_key is not None:
        ka = {k for k in name_keys(a) if k.startswith("x:")}
        kb = {k for k in name_keys(b) if k.startswith("x:")}
        if ka & kb:
            return True
    return False


_PLACE_STOP = {
    skeleton(w)
    for w in (
        "region oblast district town city village near the of in occupied part ukraine russia "
        "russian training ground base unit military hospital krai republic "
        "область области районе район город города села поселка под на в у полигон полигона "
        "округе округ край края республики республика военный госпиталь части"
    ).split()
}


def place_keys(place: str | None) -> set[str]:
    """Skeletons of the distinctive tokens of a place phrase (both scripts)."""
    if not place:
        return set()
    out = set()
    for tok in _TOKEN.findall(place):
        if len(tok) < 4 or tok[0].islower():
            continue
        sk = skeleton(tok)
        if len(sk) >= 2 and sk not in _PLACE_STOP:
            out.add(sk)
    return out


def places_match(a: set[str], b: set[str]) -> bool:
    for x in a:
        for y in b:
            if x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))):
                return True
    return False


@lru_cache(maxsize=1)
def _descriptor_classes() -> dict[str, list[str]]:
    path = Path(__file__).with_name("descriptors.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {k: [str(s).lower() for s in v] for k, v in data.items()}


@lru_cache(maxsize=50_000)
def descriptor_classes(who: str | None) -> frozenset[str]:
    """Classes ("contract", "mobilized", ...) a descriptor belongs to, in either language."""
    if not who:
        return frozenset()
    w = who.lower()
    return frozenset(c for c, stems in _descriptor_classes().items() if any(s in w for s in stems))
