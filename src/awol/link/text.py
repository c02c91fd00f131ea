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

from awol.extract.name_forms import CYRILLIC_LATIN
from awol.extract.names import name_key as _extract_name_key
from awol.extract.person_words import (  # noqa: F401  (the linker's readers of the same words)
    ages,
    descriptor_classes,
    descriptor_data,
    exclusive_classes,
    marker_classes,
)

# Russian oblique-case endings that add consonants to a surname (instrumental, genitive, dative)
_RU_ENDINGS = ("ыми", "ими", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем")
_RU_PLURAL_SURNAME = re.compile(r"(?:ин|ов|ев)ых$")
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)
_VOWELS = set("aeiouyj")


def translit(text: str) -> str:
    """Loose Cyrillic -> Latin transliteration (lower case)."""
    return "".join(CYRILLIC_LATIN.get(ch, ch) for ch in text.lower())


def is_cyrillic(token: str) -> bool:
    """Does ``token`` (a word or a sentence) hold a letter of the Cyrillic script?"""
    return any("\u0400" <= ch <= "\u04ff" for ch in token)


def skeleton(token: str) -> str:
    """Consonant skeleton of a name/place token in either script."""
    t = token.lower().replace("ё", "е")
    if is_cyrillic(t):
        for end in _RU_ENDINGS:
            if t.endswith(end) and len(t) - len(end) >= 4:
                t = t[: -len(end)]
                break
        else:
            # a family's surname in the genitive plural ("братьев Ворониных", "супругов
            # Петровых"): -ин / -ов / -ев + ых; not a surname that ends so in every case
            # ("Черных", "Седых")
            if _RU_PLURAL_SURNAME.search(t) and len(t) - 2 >= 4:
                t = t[:-2]
        t = translit(t)
    t = re.sub(r"[^a-z]", "", t)
    for a, b in (
        ("shch", "s"), ("sch", "s"), ("tch", "c"), ("ch", "c"), ("sh", "s"), ("zh", "z"),
        ("kh", "h"), ("ts", "c"), ("tz", "c"), ("x", "ks"), ("w", "v"), ("ph", "f"), ("gh", "g"),
        ("h", "g"),  # Ukrainian г is h in Latin, g in Russian spelling (Hrabilov ~ Грабилов)
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


# a Russian patronymic in any case ("Андреевич", "Андреевича", "Сергеевной", "Ильич"), as
# the last word of the formal order "Сидоренко Павел Андреевич" (police notices, court papers)
_PATRONYMIC = re.compile(
    r"(?:[оеё]вич|ьич|(?:лук|фом|кузьм|никит|савв)ич)(?:а|у|ем|е)?$|(?:[оеё]вн|ичн)(?:а|ы|е|у|ой)$"
)


def _with_initials(tokens: list[str]) -> str | None:
    """The surname of a name written with initials: "Д.С. Курбатов", "S. Kadochnikov" (the
    initials before it), or a court's and a notice's "Курбатов Д.С." (after it: a Cyrillic word
    that is no given name -- "Даниил Ф.", a first name with the surname's initial, is not).
    The person is then the surname's, of any first name with those initials (read as a name
    of one word); the initial was taken for the surname before, and "Курбатов Д.С." seemed
    another man than "Denis Kurbatov" of another report: a veto."""
    if len(tokens) < 2 or len(tokens) > 4:
        return None
    long = [t for t in tokens if len(t) > 1]
    if len(long) != 1:
        return None
    word = long[0]
    if tokens[-1] == word:
        return word
    if tokens[0] != word or not is_cyrillic(word):
        return None
    from awol.extract.names import ru_given_names

    return None if word.lower().replace("ё", "е") in ru_given_names() else word


def _formal_order(tokens: list[str]) -> bool:
    """Is a name of three words in the order surname, first name, patronymic (Cyrillic)?  The
    last word a patronymic, the middle one not ("Павел Андреевич Сидоренко" is the usual order:
    the surname last), the first not a given name ("Анна Мария Лукашевич")."""
    if len(tokens) != 3 or not is_cyrillic(tokens[2]):
        return False
    last, mid, first = (t.lower().replace("ё", "е") for t in (tokens[2], tokens[1], tokens[0]))
    if not _PATRONYMIC.search(last) or _PATRONYMIC.search(mid):
        return False
    from awol.extract.names import ru_given_names

    return first not in ru_given_names()


@lru_cache(maxsize=200_000)
def name_parts(name: str) -> tuple[str, str]:
    """(first-name key, surname key) of a person's name; first key is "" for one-token names.
    The formal order of Russian notices ("Сидоренко Павел Андреевич", "Белова Ирина Петровна")
    is read as the person "Павел Сидоренко" (else its patronymic was taken for the surname, and
    the man seemed another than "Pavel Sidorenko" of another report: a veto)."""
    tokens = _TOKEN.findall(name or "")
    if not tokens:
        return "", ""
    sur = _with_initials(tokens)
    if sur is not None:
        return "", skeleton(sur)
    if _formal_order(tokens):
        tokens = [tokens[1], tokens[0]]
    keys = [skeleton(t) for t in tokens]
    if len(keys) == 1:
        return "", keys[0]
    return _first_names().get(keys[0], keys[0]), keys[-1]


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """Skeleton of a diminutive / variant first name -> skeleton of the full name."""
    path = Path(__file__).with_name("first_names.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, str] = {}
    for full, variants in data.items():
        fk = skeleton(str(full))
        for v in variants or []:
            out.setdefault(skeleton(str(v)), fk)
    return out


def _near(a: str, b: str) -> bool:
    """Skeletons of one surname misspelt by one letter (Moriginenko ~ Morzinenko): equal length
    >= 5 and one substitution, or one insertion."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


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
            # the same first name and a surname misspelt by one letter
            if fa and fa == fb and _near(sa, sb):
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


@lru_cache(maxsize=1)
def _region_words() -> dict[str, frozenset[str]]:
    """Region code -> skeletons of the words of its names in the gazetteer (``awol/data/
    places.yaml``: "Rostov", "Ростовская", "Don")."""
    path = Path(__file__).resolve().parents[1] / "data" / "places.yaml"
    if not path.exists():
        return {}
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
    out: dict[str, frozenset[str]] = {}
    generic = _PLACE_STOP | {
        skeleton(w) for w in ("province", "people's", "народная", "автономный")
    }
    for e in data.get("places") or []:
        if e.get("type") != "region" or not e.get("region"):
            continue
        names = [e.get("name_en"), e.get("name_ru"), *(e.get("en") or []), *(e.get("ru") or [])]
        words = {skeleton(t) for n in names if n for t in _TOKEN.findall(str(n)) if len(t) >= 4}
        out[str(e["region"])] = frozenset(w for w in words if len(w) >= 2 and w not in generic)
    return out


BIG_CITY = 200_000  # population from which a city's name is a coarse place (Rostov, Kyiv)


@lru_cache(maxsize=1)
def _big_city_words() -> frozenset[str]:
    """Skeletons of the names of cities of at least ``BIG_CITY`` people (the gazetteer's
    ``awol/data/settlements.tsv``, both scripts)."""
    path = Path(__file__).resolve().parents[1] / "data" / "settlements.tsv"
    if not path.exists():
        return frozenset()
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 7 or not cols[3].isdigit() or int(cols[3]) < BIG_CITY:
            continue
        for name in [cols[4], *cols[5].split("|"), *cols[6].split("|")]:
            toks = _TOKEN.findall(name)
            if toks and len(toks[0]) >= 4:
                out.add(skeleton(toks[0]))
    return frozenset(w for w in out if len(w) >= 2)


def coarse_places(places: set[str]) -> set[str]:
    """The place words of ``places`` that name a big city, a country or an area of several
    regions (the rest single out a place)."""
    big, countries = _big_city_words(), wide_place_words()
    return {
        p
        for p in places
        if p in big or p in countries or any(len(p) >= 4 and b.startswith(p) for b in big)
    }


@lru_cache(maxsize=1)
def wide_place_words() -> frozenset[str]:
    """Skeletons of the words of the gazetteer's places that span several regions
    (``awol/data/places.yaml``: countries — "Norway", "Норвегия", "Kazakh" — and areas without a
    region — "Siberia", "Donbas", "Urals"): a place word in common that is one of them says no
    more than the country or the area (it does not place two mentions in one region)."""
    path = Path(__file__).resolve().parents[1] / "data" / "places.yaml"
    if not path.exists():
        return frozenset()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
    out = set()
    for e in data.get("places") or []:
        if not (e.get("type") == "country" or (e.get("type") == "area" and not e.get("region"))):
            continue
        names = [e.get("name_en"), e.get("name_ru"), *(e.get("en") or []), *(e.get("ru") or [])]
        out.update(skeleton(t) for n in names if n for t in _TOKEN.findall(str(n)) if len(t) >= 4)
    return frozenset(w for w in out if len(w) >= 2 and w not in _PLACE_STOP)


@lru_cache(maxsize=1)
def _wide_or_region() -> tuple[frozenset[str], frozenset[str]]:
    """(skeletons, their first five letters) of the words naming a region, a country, a wide
    area or a big city: words many reports of other happenings write too."""
    words = frozenset().union(*_region_words().values()) | wide_place_words() | _big_city_words()
    return words, frozenset(w[:5] for w in words if len(w) >= 5)


def wide_or_region_word(word: str) -> bool:
    """Is the skeleton ``word`` a region's, a country's, a wide area's or a big city's name (or
    a form of it sharing its first five letters)?"""
    words, heads = _wide_or_region()
    return word in words or (len(word) >= 5 and word[:5] in heads)


def drop_region_words(places: set[str], region: str | None) -> set[str]:
    """Place words minus those that only restate the event's region ("Rostov" in "the Rostov
    region" of an RU-ROS event): the region is compared as a region, and two reports in one
    region would otherwise also agree on a "place"."""
    words = _region_words().get(region or "")
    if not places or not words:
        return places
    return {p for p in places if not places_match({p}, words)}


def places_match(a: set[str], b: set[str]) -> bool:
    for x in a:
        for y in b:
            if x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))):
                return True
    return False


def _descriptors() -> dict:
    """``descriptors.yaml`` (awol/data), read once for every reading of it below."""
    return descriptor_data()


@lru_cache(maxsize=16)
def case_pattern(name: str) -> re.Pattern[str]:
    """One of ``second_case``'s patterns in descriptors.yaml (``separate``, ``earlier``,
    ``back``, ``introduces``, ``another_one``, ``relative``, ``kin``, ``recap``, ``plural``, ...): its
    alternatives joined, read case-blind."""
    return re.compile("|".join(_descriptors()["second_case"][name]), re.IGNORECASE)


@lru_cache(maxsize=50_000)
def sentence_markers(text: str | None) -> frozenset[str]:
    """Marker classes an evidence sentence says of its people (``sentence_markers`` of
    descriptors.yaml: the stems a sentence about someone else rarely holds), read beside the
    descriptor's classes for ``marker_agree``: the extraction often keeps only the descriptor's
    head ("servicemen" of "servicemen - former prisoners")."""
    if not text:
        return frozenset()
    w = text.lower()
    stems, drop = _sentence_markers()
    for d in drop:
        w = w.replace(d, " ")
    return frozenset(c for c, st in stems.items() if any(s in w for s in st))


@lru_cache(maxsize=1)
def _sentence_markers() -> tuple[dict[str, list[str]], tuple[str, ...]]:
    data = _descriptors()
    stems = {k: [str(s).lower() for s in v]
             for k, v in (data.get("sentence_markers") or {}).items()}  # fmt: skip
    return stems, tuple(str(s).lower() for s in data.get("sentence_markers_not") or ())


def name_strength(a: list[str], b: list[str]) -> int:
    """2: the lists share a person by surname; 1: only a one-word name equals the other's first
    name ("Pavel" ~ "Pavel Rudnev": weak); 0: either list is empty; -1: disjoint named people."""
    if not a or not b:
        return 0
    pa = [name_parts(n) for n in a]
    pb = [name_parts(n) for n in b]
    weak = False
    for fa, sa in pa:
        for fb, sb in pb:
            if sa and sa == sb and (not fa or not fb or fa == fb):
                if fa or fb or len(sa) >= 3:
                    return 2
                weak = True
            elif fa and fa == fb and _near(sa, sb):
                return 2
            elif (not fa and sa == fb) or (not fb and sb == fa):
                weak = True
    if names_match(a, b):
        return 2 if not weak else 1
    return 1 if weak else -1


def full_name_match(a: list[str], b: list[str]) -> bool:
    """Both lists give a person with first name and surname, and the same one: equal first names
    (diminutives folded) and equal or one-letter-apart surnames ("Semyon Chetvergin" ~ "Семен
    Четвергин"); a shared surname alone is weaker evidence (namesakes, relatives)."""
    for fa, sa in (name_parts(n) for n in a):
        if not fa or not sa:
            continue
        for fb, sb in (name_parts(n) for n in b):
            if fa == fb and sb and (sa == sb or _near(sa, sb)):
                return True
    return False


# --- distinctive words and numbers ------------------------------------------------------------
_WORDISH = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)
_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:[ ,\u00a0]\d{3})+|\d+)(?![\d])")


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    path = Path(__file__).with_name("stopwords.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    words = [str(w) for lst in data.values() for w in lst or []]
    return frozenset(skeleton(w) for w in words) | _PLACE_STOP


@lru_cache(maxsize=200_000)
def _word_tokens(text: str, capitalised_only: bool) -> frozenset[str]:
    out = set()
    stop = _stopwords()
    for sent in re.split(r"(?<=[.!?«\"“])\s+|\n", text):
        for i, tok in enumerate(_WORDISH.findall(sent)):
            has_digit = any(c.isdigit() for c in tok)
            alpha = any(c.isalpha() for c in tok)
            if not alpha:
                continue
            if has_digit:  # Mi-8, Ми-8, Su-25: model designations
                if not tok[0].isalpha():
                    # a number first: an age, an ordinal, a length ("49-летний", "24-year-old",
                    # "155th", "72-hour"): its number alone, as each language writes the same
                    # ("49-летний" ~ "49-year-old", "155-й" ~ "155th"); not a year ("2024The")
                    digits = "".join(c for c in tok if c.isdigit())
                    if not (len(digits) == 4 and digits[:2] in ("19", "20")):
                        out.add("#" + digits)
                    continue
                sk = skeleton(re.sub(r"\d", "", tok)) + "".join(c for c in tok if c.isdigit())
                out.add("#" + sk)
                continue
            if len(tok) < 4:
                continue
            if capitalised_only and (not tok[0].isupper() or i == 0):
                continue
            sk = skeleton(tok)
            if len(sk) >= 3 and sk not in stop:
                out.add(sk)
    return frozenset(out)


def tokens(who: str | None, place: str | None, evidence: str | None,
           names: list[str] | None = None) -> frozenset[str]:  # fmt: skip
    """Distinctive words of an event, as language-neutral skeletons: proper nouns (not at the
    start of a sentence) of the evidence and of the descriptor ("Storm Z", "Wagner" ~ "Вагнера"),
    model designations ("Mi-8" ~ "Ми-8"), minus stop words, the people's names and the place
    words (compared as places)."""
    out: set[str] = set()
    if who:
        out |= _capital_skeletons(str(who)) | {
            t for t in _word_tokens(str(who), False) if t[0] == "#"
        }
    if evidence:
        out |= _word_tokens(str(evidence), True)
    for n in names or []:
        out -= {skeleton(t) for t in _TOKEN.findall(n)}
    if place:  # place words are compared as places
        out -= place_keys(place) | _capital_skeletons(str(place))
    return frozenset(out)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    path = Path(__file__).with_name("common_words.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    words = [str(w) for lst in data.values() for w in lst or []]
    return frozenset(skeleton(w) for w in words) | _stopwords()


_LETTERS = re.compile(r"[^\W\d_]{5,}", re.UNICODE)


@lru_cache(maxsize=100_000)
def evidence_words(evidence: str, names: tuple[str, ...] = ()) -> frozenset[str]:
    """The words (of five letters or more, any case) of an evidence sentence that are not common
    to every report about desertion (``common_words.yaml``, ``stopwords.yaml``) nor the people's
    names, as skeletons: a rewrite or a translation that keeps a detail ("drove off in an armoured
    vehicle", "в лесополосе") shares them."""
    if not evidence:
        return frozenset()
    common = _common_words()
    out = {skeleton(w) for w in _LETTERS.findall(evidence)}
    for n in names:
        out -= {skeleton(t) for t in _TOKEN.findall(n)}
    return frozenset(w for w in out if len(w) >= 3 and w not in common)


_CAPITAL = re.compile(r"(?<![\w-])[^\W\d_a-zа-яё][^\W\d_]{3,}", re.UNICODE)


def names_seen(text: str | None) -> frozenset[str]:
    """The skeletons of the words an article writes with a capital letter (four letters or
    more, stop words left out): where a surname stands that the extraction did not put in an
    event ("Hrabilov wrote ...", "Четвергина задержали" ~ "Chetvergin"); compared with another
    report's names only (``score.pair_features``: ``name_text``), never given out."""
    if not text:
        return frozenset()
    stop = _stopwords()
    out = set()
    for tok in set(_CAPITAL.findall(text)):
        sk = _skeleton_cached(tok)
        if len(sk) >= 3 and sk not in stop:
            out.add(sk)
    return frozenset(out)


@lru_cache(maxsize=1)
def _region_index() -> dict[str, list[tuple[str, str]]]:
    """First three letters of a region-name skeleton -> (skeleton, region code)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for region, words in _region_words().items():
        for w in words:
            out.setdefault(w[:3], []).append((w, region))
    return out


def regions_seen(seen: frozenset[str] | None) -> frozenset[str]:
    """The regions whose names an article writes (``seen``: its capitalised words,
    :func:`names_seen`; "Rostov", "Ростовской" -> RU-ROS), matched as place words
    (:func:`places_match`)."""
    if not seen:
        return frozenset()
    index = _region_index()
    out = set()
    for sk in seen:
        for w, region in index.get(sk[:3], ()):
            if region not in out and places_match({sk}, {w}):
                out.add(region)
    return frozenset(out)


@lru_cache(maxsize=200_000)
def _skeleton_cached(token: str) -> str:
    return skeleton(token)


@lru_cache(maxsize=100_000)
def _capital_skeletons(text: str) -> frozenset[str]:
    stop = _stopwords()
    out = set()
    for tok in _WORDISH.findall(text):
        if any(c.isdigit() for c in tok) or len(tok) < 4 or not tok[0].isupper():
            continue
        sk = skeleton(tok)
        if len(sk) >= 3 and sk not in stop:
            out.add(sk)
    return frozenset(out)


# a reference to a statute's article ("Article 407", "Articles 402 and 407", "ч. 5 ст. 337",
# "статьям 337 и 338", "по 338-й статье"): its number names the crime every report of its kind
# cites, not the happening (two desertion cases share "337"; one case is charged under 337, then
# 338), so it is neither agreement (``numbers``) nor a distinctive difference (``distinct_diff``)
_NUM_LIST = r"\d+(?:\.\d+)?(?:\s*(?:,|and|or|и|или)\s*\d+(?:\.\d+)?(?![^\W_]|-\w|[,.\u00a0]\d))*"
_STATUTE = re.compile(
    r"(?:\b(?:articles?|art\.)|(?<![^\W\d_])(?:ст\.|стат(?:ья|ьи|ье|ью|ьей|ьёй|ей|ьям|ьями|ьях)\b))"
    rf"\s*{_NUM_LIST}"
    r"|\b\d+(?:-?(?:й|я|ой|ей|ю))?\s+стат(?:ья|ьи|ье|ью|ьей|ьёй)\b",
    re.IGNORECASE,
)

# a cheap first look: the words _STATUTE starts from, near a digit ("Article 4", "ст. 3", "3-й стат")
_STATUTE_HINT = re.compile(r"(?i:art|ст)[^\d]{0,12}\d|\d\S{0,4}\s+(?i:стат)")


def _numbers(text: str, floor: int) -> list[int]:
    """The numbers of ``text`` of at least ``floor``, years left out."""
    out = []
    for m in _NUMBER.finditer(text):
        n = int(re.sub(r"\D", "", m.group(1)))
        if n >= floor and not (1900 <= n <= 2100):
            out.append(n)
    return out


def distinctive_numbers(who: str | None, place: str | None, evidence: str | None,
                        count: int | None) -> frozenset[int]:  # fmt: skip
    """Numbers that single out a happening: unit numbers in the descriptor or place ("155th
    brigade", "56-й"), large numbers in the evidence (1,700; 39).  Years, day numbers (<= 31 in
    the evidence), a statute's article numbers (``_STATUTE``) and the event's own count (compared
    as a count) are left out."""
    out: set[int] = set()
    for text, floor in ((who, 2), (place, 2), (evidence, 32)):
        if not text:
            continue
        text = str(text)
        found = _numbers(text, floor)
        if found and _STATUTE_HINT.search(text):  # (most texts have no number to keep)
            found = _numbers(_STATUTE.sub(" ", text), floor)
        out.update(found)
    out.discard(count)
    out -= ages(who, place, evidence)
    return frozenset(out)
