"""Place recognition: a gazetteer of countries, first-level regions, cities and generic areas.

``get_gazetteer().find(text, lang)`` returns the place names found in ``text`` as
:class:`PlaceMention` objects (non-overlapping, longest match first, in order of appearance,
offsets into ``text``), each resolved to an ISO 3166-1 country and, where known, an ISO 3166-2
first-level region.  Data: ``awol/data/places.yaml``.

English is matched case-sensitively on tokens ("Kursk", "the Rostov region", "Rostov Oblast",
"Russia's Belgorod region", "the Voronezh, Lipetsk and Belgorod regions").  Russian is matched on
pymorphy3 lemmas, so inflected forms resolve ("в Ростовской области", "из Ростова-на-Дону",
"в Ельце", "Мичуринском районе Тамбовской области", "Екатеринбургский гарнизонный суд").
Names written with a capital letter in the gazetteer must be capitalised in the text, which
keeps common words ("орёл", "шахты", "луга") from matching.

Districts named after their centre resolve to the centre's region: "в Балтачевском районе",
"the Baltachevsky district", "Kantemirovsky raion", "the Shebekinsky urban okrug".  Generic
district names (Кировский, Советский, Тверской районный суд in Moscow...) and stems shared by towns
of different regions are not resolved.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Any

from awol.extract.places_data import cached, cues, forms_table, load_entries

__all__ = ["Gazetteer", "PlaceMention", "get_gazetteer", "get_morph"]


@dataclass(frozen=True)
class PlaceMention:
    text: str  # the words as written in the text
    start: int  # character offsets: text[start:end] == self.text
    end: int
    kind: str  # "country" | "region" | "city" | "area"
    country: str | None  # ISO 3166-1 alpha-2
    region: str | None  # ISO 3166-2 first-level region
    name: str  # canonical English name of the place
    id: str = ""  # gazetteer entry id


_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")
# English generic words: matched in any case ("Rostov Region" == "Rostov region")
_GENERIC_EN = {
    "region",
    "oblast",
    "province",
    "krai",
    "kray",
    "territory",
    "republic",
    "district",
    "okrug",
    "county",
    "voivodeship",
    "city",
}
_PLURAL_GENERIC_EN = {
    "regions": "region",
    "oblasts": "region",
    "provinces": "region",
    "territories": "region",
    "krais": "region",
}
_POSSESSIVE = ("'s", "’s")
# Russian: words after a district/court adjective ("Рыльский район", "Пермский гарнизонный суд")
_RU_DISTRICT_NEXT = {
    "район",
    "округ",
    "городской",
    "гарнизонный",
    "районный",
    "областной",
    "краевой",
    "окружной",
    "муниципальный",
    "межрайонный",
    "горрайонный",
    "военный",
    "суд",
    "сельсовет",
    "поселение",
}
_RU_REGION_GENERIC = {"область", "край", "обл", "регион"}
# District adjectives that name districts of many cities (Soviet names) or of Moscow / St Petersburg
# and would otherwise resolve to a homonymous town: "Кировский район" (not Kirov), "Тверской
# районный суд" (Moscow), "Люблинский районный суд" (Moscow, not Lublin).
_RU_DISTRICT_STOP = {
    "кировский",
    "советский",
    "дзержинский",
    "октябрьский",
    "ленинский",
    "первомайский",
    "свердловский",
    "калининский",
    "фрунзенский",
    "куйбышевский",
    "пролетарский",
    "красноармейский",
    "троицкий",
    "люблинский",
    "петровский",
    "павловский",
    "беловский",
    "пушкинский",
    "выборгский",
    "заводской",
    "центральный",
    "железнодорожный",
}
# region adjectives that, before "район"/"районный", usually name a city district elsewhere
# ("Московский районный суд Санкт-Петербурга", "Тверской районный суд Москвы")
_RU_REGION_ADJ_NOT_DISTRICT = {"московский", "ленинградский", "тверской"}
# English: "the Atkarsky district", "Baltachevsky raion" -> the region of the town (Atkarsk, Baltachevo)
_EN_DISTRICT_WORDS = {"district", "raion", "rayon", "okrug"}
_EN_ADJ_SUFFIXES = ("skiy", "skii", "skyi", "sky", "ski", "skoy", "skoi", "skaya")
_EN_DISTRICT_STOP = {
    "Kirov",
    "Sovet",
    "Dzerzhin",
    "Oktyabr",
    "Lenin",
    "Pervomay",
    "Pervomai",
    "Sverdlov",
    "Kalinin",
    "Frunzen",
    "Kuybyshev",
    "Kuibyshev",
    "Proletar",
    "Krasnoarmey",
    "Krasnoarmei",
    "Troit",
    "Troits",
    "Tver",
    "Lyublin",
    "Lublin",
    "Petrov",
    "Pavlov",
    "Belov",
    "Pushkin",
    "Vyborg",
    "Mosk",
    "Moskov",
    "Leningrad",
    "Zavod",
    "Tsentral",
    "Zheleznodorozh",
}
_BIG = 50000  # a lower-case adjective names only a town this large (or a region)
_DOMINANT = 10  # a town this many times larger than its namesakes keeps a shared stem
_RU_PROPER_TAGS = ("Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr")
_CONTAIN_GAP = re.compile(r"^[\s,(]*(?:(?:в|во|in|of)\s+)?(?:the\s+)?$", re.IGNORECASE)
# a short quoted Title Case phrase is a name ("the “Anne of Kiev” brigade"), not a place
_EN_NAME_QUOTE_RE = re.compile(
    r"[“\"](?:[A-Z][\w'’-]*|of|the|and|de)(?:\s+(?:[A-Z][\w'’-]*|of|the|and|de)){1,4},?[”\"]"
)
_QUOTED_RE = re.compile(r"«[^«»]{1,80}»")
_SENT_END = set('.!?…\n«"“„(')


@functools.lru_cache(maxsize=1)
def _ru_institutions() -> frozenset[str]:
    return frozenset(cues()["ru"]["institution_nouns"])


class _SafeMorph:
    """pymorphy3's analyser, except that ``parse`` never raises: pymorphy3 asks
    ``unicodedata.name`` about every letter, which fails on code points without a name (some
    ideographs), so such letters are read as an unknown Latin one instead."""

    def __init__(self, morph: Any) -> None:
        self._morph = morph

    def parse(self, word: str) -> list:
        try:
            return self._morph.parse(word)
        except ValueError:
            return self._morph.parse("".join(ch if _named(ch) else "x" for ch in word))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._morph, name)


def _named(ch: str) -> bool:
    import unicodedata

    return bool(unicodedata.name(ch, ""))


@functools.lru_cache(maxsize=1)
def get_morph() -> Any:
    """The shared pymorphy3 analyser (created once, for every module that needs one)."""
    import pymorphy3

    return _SafeMorph(pymorphy3.MorphAnalyzer())


def _norm_ru(s: str) -> str:
    return s.lower().replace("ё", "е")


@dataclass(frozen=True)
class _RuTok:
    keys: frozenset[str]  # lowercased surface + lemmas of all parses
    name: bool  # has a given-name parse
    surn: bool  # has a surname / patronymic parse
    adjf: frozenset[str]  # lemmas of adjective parses
    common: bool  # has a parse that is an ordinary (non-proper) word


@functools.lru_cache(maxsize=65536)
def _ru_tok(token: str) -> _RuTok:
    morph = get_morph()
    low = _norm_ru(token)
    keys = {low}
    name = surn = common = False
    adjf: set[str] = set()
    for p in morph.parse(token):
        nf = _norm_ru(p.normal_form)
        keys.add(nf)
        tag = p.tag
        if "Name" in tag:
            name = True
        if "Surn" in tag or "Patr" in tag:
            surn = True
        if tag.POS in ("ADJF", "ADJS"):
            adjf.add(nf)
        if p.score >= 0.1 and p.is_known and not any(t in tag for t in _RU_PROPER_TAGS):
            common = True
    if "-" in token:
        parts = token.split("-")
        lem = [_norm_ru(morph.parse(x)[0].normal_form) if x else "" for x in parts]
        keys.add("-".join(lem))
    return _RuTok(frozenset(keys), name, surn, frozenset(adjf), common)


def _gaz_tok(token: str) -> _RuTok:
    """A gazetteer name token: from the table built with the gazetteer (``data/ru_forms.tsv``),
    else analysed now (only if the table is stale)."""
    row = forms_table().get(token)
    if row is None:
        return _ru_tok(token)
    keys, flags, adjf = row
    return _RuTok(keys, "n" in flags, "s" in flags, adjf, "c" in flags)


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\r\u00a0":
        i -= 1
    return i < 0 or text[i] in _SENT_END


_CUE_GAP = re.compile(r"[ \t\u00a0]+(?:of[ \t\u00a0]+)?$")
_DOMAIN_RE = re.compile(r"\.(?:ру|рф|ru|com|ua|org|net|info)\b", re.IGNORECASE)


def _domain(text: str, end: int) -> bool:
    """Is the word ending at ``end`` the name part of a web address ("Фонтанка.ру")?"""
    return bool(_DOMAIN_RE.match(text, end))


def _gap_norm(gap: str) -> str:
    return "".join(ch for ch in gap if not ch.isspace())


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def _en_key(tok: str) -> str:
    low = tok.lower()
    return low if low in _GENERIC_EN else tok


@dataclass(slots=True)
class _Name:
    toks: tuple  # en: keys (str); ru: frozensets of keys
    caps: tuple[bool, ...]  # ru: token must be capitalised in the text
    gaps: tuple[str, ...]
    entry: int
    ambiguous: bool = False  # ru single word that is also a common word


class Gazetteer:
    """Countries, regions, cities and areas, with English and Russian names."""

    def __init__(self, entries: list[dict[str, Any]]):
        self.entries = entries
        self._by_code: dict[str, dict[str, Any]] = {}
        self._by_id: dict[str, int] = {}
        for i, e in enumerate(entries):
            self._by_id.setdefault(e["id"], i)
            self._by_code.setdefault(e["id"], e)
            if e["type"] in ("region", "country"):
                self._by_code[e["region"] or e["country"]] = e
        self._en_index: dict[str, list[_Name]] = {}
        self._en_seen: set[tuple] = set()
        self._en_stems: dict[tuple[str, ...], int] = {}
        self._ru_index: dict[str, list[_Name]] = {}
        self._ru_region_adj: dict[str, int] = {}  # "ростовский" -> entry
        self._ru_city_stems: dict[str, int] = {}  # "екатеринбург" / "перм" -> city entry
        self._en_city_stems: dict[str, int] = {}  # "Atkar" / "Baltachev" -> city entry
        # (lang, stem) -> [(entry, region, population or None for a curated town)]
        self._stem_regions: dict[tuple[str, str], list] = {}
        for i, e in enumerate(entries):
            for nm in e.get("en") or []:
                self._add_en(nm, i)
            for nm in e.get("ru") or []:
                self._add_ru(nm, i)
        for lst in (*self._en_index.values(), *self._ru_index.values()):
            lst.sort(key=lambda n: -len(n.toks))
        # a stem shared by towns of different regions ("Котово"/"Котовск") resolves nothing,
        # unless one is a curated town or much larger than all the others
        for (lang, stem), cands in self._stem_regions.items():
            table = self._ru_city_stems if lang == "ru" else self._en_city_stems
            curated = [c for c in cands if c[2] is None]
            pool = curated or cands
            regions = {c[1] for c in pool}
            if len(regions) == 1:
                table[stem] = pool[0][0]
                continue
            pool = sorted(pool, key=lambda c: -(c[2] or 0))
            top, rest = pool[0], pool[1:]
            others = sum(c[2] or 0 for c in rest if c[1] != top[1])
            if not curated and top[2] >= _DOMINANT * max(others, 1):
                table[stem] = top[0]
            else:
                table.pop(stem, None)
        del self._stem_regions, self._en_seen

    # ----------------------------------------------------------------- building
    def _add_en(self, name: str, i: int) -> None:
        toks = _tokens(name)
        if not toks:
            return
        keys = tuple(_en_key(t[0]) for t in toks)
        gaps = tuple(_gap_norm(name[a[2] : b[1]]) for a, b in zip(toks, toks[1:], strict=False))
        if (keys, gaps) in self._en_seen and not self.entries[i].get("shadow"):
            return  # first entry wins (countries, then regions, then cities)
        self._en_seen.add((keys, gaps))
        self._en_index.setdefault(keys[0], []).append(_Name(keys, (), gaps, i))
        e = self.entries[i]
        if (
            e["type"] == "city"
            and len(toks) == 1
            and e.get("country") in ("RU", "UA", "BY")
            and e.get("region")
        ):
            for stem in self._en_stems_of(toks[0][0]):
                self._stem_regions.setdefault(("en", stem), []).append(
                    (i, e["region"], e.get("pop"))
                )
        if e["type"] == "region" and len(keys) >= 2 and keys[-1] == "region":
            self._en_stems.setdefault(keys[:-1], i)

    def _add_ru(self, name: str, i: int) -> None:
        toks = _tokens(name)
        if not toks:
            return
        sets = []
        for t, _, _ in toks:
            info = _gaz_tok(t)
            sets.append(info.keys)
        caps = tuple(_is_cap(t[0]) for t in toks)
        gaps = tuple(_gap_norm(name[a[2] : b[1]]) for a, b in zip(toks, toks[1:], strict=False))
        e = self.entries[i]
        ambiguous = len(toks) == 1 and "-" not in name and _gaz_tok(toks[0][0]).common
        variants = [tuple(sets)]
        # "Ростовская область" also as "Ростовский регион", "Ростовская обл."
        if len(toks) == 2 and sets[1] & {"область", "край"} and e["type"] == "region":
            adj = _gaz_tok(toks[0][0]).adjf
            for a in adj:
                self._ru_region_adj.setdefault(a, i)
            variants.append((sets[0], frozenset({"регион", "обл"})))
        for v in variants:
            for k in v[0]:
                self._ru_index.setdefault(k, []).append(_Name(v, caps, gaps, i, ambiguous))
        if e["type"] == "city" and len(toks) == 1 and e.get("region"):
            for stem in self._city_stems(_norm_ru(toks[0][0])):
                self._stem_regions.setdefault(("ru", stem), []).append(
                    (i, e["region"], e.get("pop"))
                )

    @staticmethod
    def _city_stems(n: str) -> set[str]:
        out = {n}
        if n[-1] in "аяоеиыьйуюэ":
            out.add(n[:-1])
        if n[-1] in "аоеиуюэ":
            out.add(n + "н")  # Улан-Удэ -> улан-удэнский, Сочи -> сочинский
        if n.endswith("ск"):
            out.add(n[:-2])  # Новосибирск -> новосибирский
        if n.endswith("цк"):
            out.add(n[:-1])  # Донецк -> донецкий
        if n.endswith(("ки", "ка")) and len(n) > 5:
            out.add(n[:-2])  # Валуйки -> валуйский, Кантемировка -> кантемировский
        if n.endswith(("ское", "ский")) and len(n) > 6:
            out.add(n[:-4])  # Раменское -> раменский, Чайковский
        if n.endswith(("цкое", "цкий")) and len(n) > 6:
            out.add(n[:-3])  # Тоцкое -> тоцкий
        return out

    @staticmethod
    def _en_stems_of(n: str) -> set[str]:
        """Stems an English "-sky district" adjective is built on: Atkarsk -> Atkar, Glushkovo ->
        Glushkov, Valuyki -> Valuy, Sudzha -> Sudzhan, Totskoye -> Tot."""
        out = {n}
        if n.endswith("sk"):
            out.add(n[:-2])
        for suf in ("skoye", "skoe", "skiy", "sky"):
            if n.endswith(suf):
                out.add(n[: -len(suf)])
        if n.endswith(("oye", "oe", "ye")):
            out.add(n[: -len("oye") if n.endswith("oye") else -2])
        if n.endswith(("ki", "ky", "ka")) and len(n) > 5:
            out.add(n[:-2])  # Valuyki -> Valuy(sky), Kantemirovka -> Kantemirov(sky)
        if n[-1] in "aeiouy":
            out.add(n[:-1])
            out.add(n + "n")
        return {x for x in out if len(x) >= 3}

    # ----------------------------------------------------------------- API
    def find(self, text: str, lang: str = "en") -> list[PlaceMention]:
        """Place names in ``text``: non-overlapping longest matches, in order of appearance."""
        if not text:
            return []
        if (lang or "en").lower().startswith(("ru", "uk", "be")):
            ms = self._find_ru(text)
            if "«" in text:  # outlet / organisation names: «Свободный Урал», «Уральский рабочий»
                spans = [(q.start(), q.end()) for q in _QUOTED_RE.finditer(text)]
                ms = [m for m in ms if not any(a < m.start and m.end < b for a, b in spans)]
        else:
            ms = self._find_en(text)
            if "“" in text or '"' in text:  # a unit's or a group's name: “Anne of Kiev”
                spans = [(q.start(), q.end()) for q in _EN_NAME_QUOTE_RE.finditer(text)]
                ms = [m for m in ms if not any(a < m.start and m.end < b for a, b in spans)]
        return self._contain(text, ms) if len(ms) > 1 else ms

    def _contain(self, text: str, ms: list[PlaceMention]) -> list[PlaceMention]:
        """A region named right after a district or a settlement contains it ("в Захаровском
        районе Одесской области", "Sosnovka in the Penza region"); a settlement whose name several
        regions share takes the one the text names."""
        out = list(ms)
        for k in range(len(out) - 1):
            a, b = out[k], out[k + 1]
            if b.kind != "region" or not b.region or a.region == b.region:
                continue
            if not _CONTAIN_GAP.match(text[a.end : b.start]):
                continue
            e = self.entries[self._by_id.get(a.id, 0)] if a.id else {}
            if a.kind == "area" or e.get("alts") or (e.get("pop") and a.kind == "city"):
                out[k] = replace(a, region=b.region, country=b.country)
        named = {m.region for m in out if m.region}
        for k, a in enumerate(out):
            alts = self.entries[self._by_id[a.id]].get("alts") if a.id in self._by_id else None
            if a.region is None and alts:
                hit = sorted(named & set(alts))
                if len(hit) == 1:
                    out[k] = replace(a, region=hit[0], country=hit[0][:2])
        return out

    def resolve(self, text: str, lang: str = "en") -> PlaceMention | None:
        """The most specific place in ``text``: the first mention with a region, else the first."""
        ms = self.find(text, lang)
        for m in ms:
            if m.region:
                return m
        for m in ms:
            if m.country:
                return m
        return ms[0] if ms else None

    def region_of(self, name: str, lang: str = "en") -> str | None:
        """ISO 3166-2 region of a place name ("Yelets" -> "RU-LIP", "Ельце" -> "RU-LIP")."""
        m = self.resolve(name, lang)
        return m.region if m else None

    def lookup(self, code: str) -> dict[str, Any] | None:
        """{id, type, name_en, name_ru, country, region, centroid} for a region/country code or id."""
        e = self._by_code.get(code)
        if e is None:
            return None
        return {
            "id": e["id"],
            "type": e["type"],
            "name_en": e.get("name_en"),
            "name_ru": e.get("name_ru"),
            "country": e.get("country"),
            "region": e.get("region"),
            "centroid": e.get("centroid"),
        }

    def codes(self, kind: str | None = None) -> list[str]:
        """All region and country codes (``kind`` = "region" or "country" to filter)."""
        return [
            e["region"] or e["country"]
            for e in self.entries
            if e["type"] in ("region", "country") and (kind is None or e["type"] == kind)
        ]

    # ----------------------------------------------------------------- helpers
    def _mention(self, text: str, start: int, end: int, i: int, kind: str | None = None):
        e = self.entries[i]
        return PlaceMention(
            text=text[start:end],
            start=start,
            end=end,
            kind=kind or e["type"],
            country=e.get("country"),
            region=e.get("region"),
            name=e.get("name_en") or "",
            id=e["id"],
        )

    # ----------------------------------------------------------------- English
    def _find_en(self, text: str) -> list[PlaceMention]:
        from awol.extract.names import en_given_names

        given = en_given_names()
        toks = _tokens(text)
        n = len(toks)
        out: list[PlaceMention] = []
        pending: list[tuple[int, int, int]] = []
        listed = self._en_lists(text, toks)
        i = 0
        while i < n:
            if i in listed:
                j, m = listed[i]
                out.append(m)
                i = j
                continue
            tok, s, _ = toks[i]
            key = _en_key(tok)
            cands = self._en_index.get(key)
            if cands is None and tok.endswith(_POSSESSIVE):
                cands = self._en_index.get(tok[:-2])
            if cands is None and "-" in tok:  # "Moscow-based", "Kursk-born"
                head, _, suffix = tok.rpartition("-")
                if suffix.lower() in cues()["en"]["place_suffixes"]:
                    for nm in self._en_index.get(head, ()):
                        e = self.entries[nm.entry]
                        if len(nm.toks) == 1 and not e.get("cue"):
                            out.append(self._mention(text, s, s + len(head), nm.entry))
                            break
                    i += 1
                    continue
            best = None
            cued = None
            hint = self._en_country_hint(toks, i) if cands else None
            for nm in self._by_hint(cands or (), hint):
                L = len(nm.toks)
                if i + L > n:
                    continue
                end = self._en_match(text, toks, i, nm)
                if end is None:
                    continue
                e = self.entries[nm.entry]
                if e.get("cue") or (
                    e.get("pop") is not None
                    and L == 1
                    and (
                        len(tok) <= 4
                        or tok.isupper()
                        or _sentence_initial(text, s)
                        or _domain(text, toks[i][2])
                    )
                ):
                    if cued is None:
                        cued = self._en_cued(text, toks, i)
                    if not cued:
                        pending.append((s, end, nm.entry))
                        continue
                best = (L, end, nm)
                break
            if best is None and tok.lower() == "capital" and i:
                ent = self._capital(cues()["en"]["country_adjectives"].get(toks[i - 1][0].lower()))
                if ent is not None:
                    out.append(self._mention(text, toks[i - 1][1], toks[i][2], ent, kind="city"))
                    i += 1
                    continue
            if best is None:
                hit = self._en_district(toks, i) if i + 1 < n else None
                if hit is not None:
                    ent, j = hit
                    out.append(self._mention(text, s, toks[j][2], ent, kind="area"))
                    i = j + 1
                    continue
                i += 1
                continue
            L, end, nm = best
            e = self.entries[nm.entry]
            # a city that is part of a person's name: "Vladimir Putin", "Artyom Kulagin"
            if L == 1 and e["type"] == "city" and self._en_person_like(toks, i, given):
                i += 1
                continue
            out.append(self._mention(text, s, end, nm.entry))
            i += L
        return self._with_pending(text, out, pending)

    def _en_match(self, text, toks, i, nm: _Name) -> int | None:
        L = len(nm.toks)
        for k in range(L):
            tok, s, e = toks[i + k]
            if k:
                if _gap_norm(text[toks[i + k - 1][2] : s]) != nm.gaps[k - 1]:
                    return None
            key = _en_key(tok)
            if key == nm.toks[k]:
                continue
            if k == L - 1 and tok.endswith(_POSSESSIVE) and _en_key(tok[:-2]) == nm.toks[k]:
                return e - 2
            return None
        return toks[i + L - 1][2]

    def _en_district(self, toks, i) -> tuple[int, int] | None:
        """ "Baltachevsky district" -> (town the district is named after, index of the last token)."""
        tok = toks[i][0]
        j = i + 1
        if toks[j][0].lower() in ("urban", "municipal") and j + 1 < len(toks):
            j += 1
        if not tok[:1].isupper() or toks[j][0].lower() not in _EN_DISTRICT_WORDS:
            return None
        if toks[j][1] - toks[j - 1][2] > 1 or toks[i + 1][1] - toks[i][2] > 1:
            return None
        for suf in _EN_ADJ_SUFFIXES:
            if tok.endswith(suf) and len(tok) > len(suf) + 2:
                base = tok[: -len(suf)]
                if base in _EN_DISTRICT_STOP or base not in self._en_city_stems:
                    return None
                return self._en_city_stems[base], j
        return None

    @staticmethod
    def _en_cued(text, toks, i) -> bool:
        """Is token ``i`` preceded by a settlement word ("the village of", "the town")?"""
        words = cues()["en"]["settlement_words"]
        k = i - 1
        if k >= 0 and toks[k][0] == "of":
            k -= 1
        if k < 0 or not _CUE_GAP.match(text, toks[k][2], toks[i][1]):
            return False
        w = toks[k][0].lower()
        if w in words:
            return True
        return k > 0 and f"{toks[k - 1][0].lower()} {w}" in words

    @staticmethod
    def _en_person_like(toks, i, given) -> bool:
        tok = toks[i][0]
        nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
        prv = toks[i - 1][0] if i else ""
        if tok in given and nxt[:1].isupper() and toks[i + 1][1] - toks[i][2] <= 1:
            return True
        return prv in given and toks[i][1] - toks[i - 1][2] <= 1

    def _en_lists(self, text, toks) -> dict[int, tuple[int, PlaceMention]]:
        """ "the Voronezh, Lipetsk and Belgorod regions" -> one region mention per name."""
        found: dict[int, tuple[int, PlaceMention]] = {}
        for j, (tok, _, _) in enumerate(toks):
            if tok.lower() not in _PLURAL_GENERIC_EN or j == 0:
                continue
            items: list[tuple[int, int, int]] = []  # (first token, after-last token, entry)
            k = j  # exclusive end of the next stem to read
            while k > 0:
                hit = None
                for L in (3, 2, 1):
                    if k - L < 0:
                        continue
                    key = tuple(_en_key(t[0]) for t in toks[k - L : k])
                    if key in self._en_stems:
                        hit = (k - L, k, self._en_stems[key])
                        break
                if hit is None:
                    break
                items.append(hit)
                k = hit[0]
                if k == 0:
                    break
                gap = text[toks[k - 1][2] : toks[k][1]]
                if toks[k - 1][0] in ("and", "or") and not _gap_norm(gap):
                    k -= 1
                elif _gap_norm(gap) == ",":
                    continue
                else:
                    break
            if len(items) < 2:
                continue
            for a, b, ent in items:
                end = toks[j][2] if b == j else toks[b - 1][2]
                found[a] = (j + 1 if b == j else b, self._mention(text, toks[a][1], end, ent))
        return found

    # ----------------------------------------------------------------- Russian
    def _find_ru(self, text: str) -> list[PlaceMention]:
        toks = _tokens(text)
        n = len(toks)
        infos = [_ru_tok(t[0]) for t in toks]
        out: list[PlaceMention] = []
        pending: list[tuple[int, int, int]] = []
        i = 0
        while i < n:
            tok, s, _ = toks[i]
            info = infos[i]
            cap = _is_cap(tok)
            lst = self._ru_lists(text, toks, infos, i) if cap else None
            if lst:
                out.extend(lst[1])
                i = lst[0]
                continue
            best = None
            seen: set[int] = set()
            cands = []
            for k in info.keys:
                for nm in self._ru_index.get(k, ()):
                    if id(nm) in seen:
                        continue
                    seen.add(id(nm))
                    if self._ru_match(text, toks, infos, i, nm):
                        cands.append(nm)
            # longest first; a small / ambiguous settlement only after a settlement word
            cands.sort(key=lambda nm: (-len(nm.toks), bool(self.entries[nm.entry].get("cue"))))
            if cands:
                cands = self._by_hint(cands, self._ru_country_hint(toks, infos, i))
            # a generated settlement written like a word, a person or an acronym ("Мера",
            # "Калашникова", "УК") or like a web address ("Фонтанка.ру") also needs the cue
            wordlike = (
                info.common or info.name or info.surn or tok.isupper() or _domain(text, toks[i][2])
            )
            for nm in cands:
                e = self.entries[nm.entry]
                cue = e.get("cue") or (wordlike and len(nm.toks) == 1 and e.get("pop") is not None)
                if not cue or self._ru_cued(text, toks, infos, i):
                    best = (len(nm.toks), nm)
                    break
                # (a guessed surname is fine here: the region it is in is named too)
                if (
                    cap
                    and not (info.common or info.name or tok.isupper())
                    and i
                    and not (_sentence_initial(text, s) or _domain(text, toks[i][2]))
                ):
                    pending.append((s, toks[i + len(nm.toks) - 1][2], nm.entry))
            if best is not None:
                L, nm = best
                e = self.entries[nm.entry]
                skip = False
                if L == 1:
                    # "Шахты закрыли..." at a sentence start is the common word (a bare name is not)
                    if nm.ambiguous and i + 1 < n and _sentence_initial(text, s):
                        skip = True
                    elif e["type"] == "city" and (info.name or info.surn):
                        skip = self._ru_person_like(text, toks, infos, i)
                    if (
                        not skip
                        and info.adjf & _RU_DISTRICT_STOP
                        and i + 1 < n
                        and infos[i + 1].keys & _RU_DISTRICT_NEXT
                    ):
                        skip = True  # "в Советском районе Волгограда" is not Sovetsk
                if not skip:
                    out.append(self._mention(text, s, toks[i + L - 1][2], nm.entry))
                    i += L
                    continue
            if "столица" in info.keys and i:  # "в армянской столице"
                adjs = cues()["ru"]["country_adjectives"]
                ent = self._capital(next((adjs[a] for a in infos[i - 1].adjf if a in adjs), None))
                if ent is not None:
                    out.append(self._mention(text, toks[i - 1][1], toks[i][2], ent, kind="city"))
                    i += 1
                    continue
            # district / court adjective: "Рыльском районе", "Пермский гарнизонный суд";
            # a place adjective before an institution: "новосибирские полицейские"
            nxt = infos[i + 1].keys if i + 1 < n else frozenset()
            if info.adjf and nxt & _ru_institutions() and not nxt & _RU_DISTRICT_NEXT:
                ent = self._ru_adj_place(info.adjf, nxt, big=not cap)
                if ent is not None:
                    out.append(self._mention(text, s, toks[i][2], ent, kind="area"))
                    i += 1
                    continue
            if cap and info.adjf and i + 1 < n and (infos[i + 1].keys & _RU_DISTRICT_NEXT):
                ent = self._ru_adj_place(info.adjf, infos[i + 1].keys)
                if ent is not None:
                    end = toks[i][2]
                    if infos[i + 1].keys & {"район", "округ"}:
                        end = toks[i + 1][2]
                    out.append(self._mention(text, s, end, ent, kind="area"))
                    i += 2 if end == toks[i + 1][2] else 1
                    continue
            i += 1
        return self._with_pending(text, out, pending)

    def _with_pending(
        self, text: str, out: list[PlaceMention], pending: list[tuple[int, int, int]]
    ) -> list[PlaceMention]:
        """Small settlements read without a settlement word, kept when the text also names
        their region ("на Биржевой улице в Белоострове ... Санкт-Петербурга")."""
        named = {m.region for m in out if m.region}
        add = [
            self._mention(text, a, b, ent)
            for a, b, ent in pending
            if self.entries[ent].get("region") in named
            and not any(m.start < b and a < m.end for m in out)
        ]
        return sorted(out + add, key=lambda m: m.start) if add else out

    def _ru_match(self, text, toks, infos, i, nm: _Name) -> bool:
        L = len(nm.toks)
        if i + L > len(toks):
            return False
        for k in range(L):
            tok = toks[i + k][0]
            if nm.caps[k] and not _is_cap(tok):
                return False
            if not (infos[i + k].keys & nm.toks[k]):
                return False
            if k and _gap_norm(text[toks[i + k - 1][2] : toks[i + k][1]]) != nm.gaps[k - 1]:
                return False
        return True

    def _capital(self, country: str | None) -> int | None:
        """The entry of a country's capital region ("the Armenian capital" -> AM-ER)."""
        code = cues()["capitals"].get(country or "")
        e = self._by_code.get(code or "")
        return self._by_id.get(e["id"]) if e else None

    def _by_hint(self, cands, hint: str | None) -> list:
        """Candidates in order, those of the country the text names first ("в казахстанском
        Приозерске"); a shadow (a namesake of a curated place) only with its country named."""
        out = [nm for nm in cands if not self.entries[nm.entry].get("shadow")]
        if hint:
            named = [nm for nm in cands if self.entries[nm.entry].get("country") == hint]
            if named:
                longest = max(len(nm.toks) for nm in named)
                out = [nm for nm in named if len(nm.toks) == longest] + out
        return out

    @staticmethod
    def _ru_country_hint(toks, infos, i) -> str | None:
        """The country an adjective names just before token ``i`` ("казахстанском [городе]")."""
        adjs = cues()["ru"]["country_adjectives"]
        for k in (i - 1, i - 2):
            if k < 0:
                break
            for a in infos[k].adjf:
                if a in adjs:
                    return adjs[a]
        return None

    @staticmethod
    def _en_country_hint(toks, i) -> str | None:
        """ "the Kazakh town of Priozersk", "Polish Wroclaw": the country named just before."""
        adjs = cues()["en"]["country_adjectives"]
        for k in (i - 1, i - 2, i - 3):
            if k < 0:
                break
            c = adjs.get(toks[k][0].lower())
            if c:
                return c
        return None

    @staticmethod
    def _ru_cued(text, toks, infos, i) -> bool:
        """Is token ``i`` preceded by a settlement word ("в посёлке", "с.", "г.")?"""
        if i == 0:
            return False
        c = cues()["ru"]
        gap = _gap_norm(text[toks[i - 1][2] : toks[i][1]])
        if gap == "." and toks[i - 1][0].lower() in c["settlement_abbrev"]:
            return True
        return not gap and bool(infos[i - 1].keys & c["settlement_words"])

    @staticmethod
    def _ru_person_like(text, toks, infos, i) -> bool:
        if i + 1 < len(toks) and _is_cap(toks[i + 1][0]) and (infos[i + 1].surn):
            return True
        if i == 0 or not (_is_cap(toks[i - 1][0]) and infos[i - 1].name and infos[i].surn):
            return False
        # a one-letter "name" is an initial only with its dot: "В. Ростов", not "В Ростове"
        return len(toks[i - 1][0]) > 1 or toks[i - 1][2] < len(text) and text[toks[i - 1][2]] == "."

    def _ru_adj_place(
        self, adjs: frozenset[str], nxt: frozenset[str] = frozenset(), big: bool = False
    ) -> int | None:
        """The place an adjective names ("рыльский" -> Rylsk, "ростовский" -> Rostov region);
        ``big``: only a region or a town of 50,000+ (a lower-case adjective before an
        institution: "новосибирские полицейские")."""
        if adjs & _RU_DISTRICT_STOP or adjs & cues()["ru"]["not_place_adjectives"]:
            return None
        for a in adjs:
            for suf in ("ский", "цкий"):
                if a.endswith(suf):
                    stem = a[: -len(suf)] + ("ц" if suf == "цкий" else "")
                    if stem in self._ru_city_stems:
                        ent = self._ru_city_stems[stem]
                        pop = self.entries[ent].get("pop")
                        if big and (pop or _BIG) < _BIG:
                            continue
                        if pop is not None and a in self._ru_region_adj:
                            continue  # "московский": the region's adjective, not Moskovskoye
                        return ent
        district = bool(nxt & {"район", "районный"})
        for a in adjs:
            if a in self._ru_region_adj:
                if district and a in _RU_REGION_ADJ_NOT_DISTRICT:
                    return None
                return self._ru_region_adj[a]
        return None

    def _ru_lists(self, text, toks, infos, i):
        """ "в Воронежской, Липецкой и Белгородской областях" -> one region per adjective."""
        adj = [a for a in infos[i].adjf if a in self._ru_region_adj]
        if not adj:
            return None
        items = [(i, self._ru_region_adj[adj[0]])]
        j = i + 1
        n = len(toks)
        while j < n:
            gap = _gap_norm(text[toks[j - 1][2] : toks[j][1]])
            tok = toks[j][0]
            if gap not in ("", ","):
                return None
            if tok in ("и", "или") and not gap:
                j += 1
                continue
            if infos[j].keys & _RU_REGION_GENERIC:
                break
            a = [x for x in infos[j].adjf if x in self._ru_region_adj] if _is_cap(tok) else []
            if not a:
                return None
            items.append((j, self._ru_region_adj[a[0]]))
            j += 1
        else:
            return None
        if len(items) < 2:
            return None
        ms = []
        for k, (ti, ent) in enumerate(items):
            end = toks[j][2] if k == len(items) - 1 else toks[ti][2]
            ms.append(self._mention(text, toks[ti][1], end, ent))
        return j + 1, ms


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer's indexes from its data files (about a second)."""
    return Gazetteer(load_entries())


@functools.lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The gazetteer: the curated ``data/places.yaml`` (countries, regions, areas, main towns),
    then the settlements built from GeoNames (loaded once per process; the built indexes are
    cached on disk, see :func:`awol.extract.places_data.cached`)."""
    return cached("gazetteer", build_gazetteer, Gazetteer, (__file__,))
