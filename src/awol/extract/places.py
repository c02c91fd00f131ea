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
from dataclasses import replace
from typing import Any

from awol.extract import places_data, places_en, places_ru, places_spelling, places_tokens
from awol.extract.courts import military_courts
from awol.extract.places_context import (
    in_outlet_name,
    landmarks_left_out,
    near_words,
    not_outlets,
)
from awol.extract.places_data import cached, cues, load_entries
from awol.extract.places_en import EnglishPlaces
from awol.extract.places_ru import RussianPlaces
from awol.extract.places_spelling import ROMANISED, romanisations
from awol.extract.places_tokens import (
    PlaceMention,
    _en_key,
    _gap_norm,
    _gaz_tok,
    _is_cap,
    _Name,
    _norm_ru,
    _ru_tok,
    _tokens,
    get_morph,
)
from awol.extract.recent import MISSING, Recent, preread

__all__ = [
    "Gazetteer",
    "PlaceMention",
    "get_gazetteer",
    "get_morph",
    "in_outlet_name",
    "landmarks_left_out",
    "not_outlets",
]

_DOMINANT = 10  # a town this many times larger than its namesakes keeps a shared stem
_HOME_OVER = 2  # a town of Russia or Ukraine this many times larger keeps its English name

# (also through a noun set beside the name: "Pokrovka, a village in the Orenburg region",
# "в Покровке, небольшом селе Оренбургской области")
_CONTAIN_GAP = re.compile(
    r"^[\s,(]*(?:(?:an?\s+(?:[a-z-]+\s+)?(?:village|town|settlement|hamlet)"
    r"|(?:[а-яё-]+\s+)?(?:селе|деревне|пос[её]лке|городке|городе|станице|хуторе))\s+)?"
    r"(?:(?:в|во|in|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_INTO_RU = re.compile(r"(?<![а-яё])во?\s", re.IGNORECASE)
_RU_FIRST = re.compile(r"[А-ЯЁа-яё-]+")


def _goal_case(name: str) -> bool:
    """Is a Russian place name in the accusative only ("Воронежскую область"), so that "в"
    before it tells where someone went ("в Воронежской области" tells where they are)?"""
    word = _RU_FIRST.match(name)
    if not word:
        return False
    cases = {p.tag.case for p in get_morph().parse(word.group().lower())}
    return "accs" in cases and not cases & {"loct", "loc2", "gent", "datv", "ablt"}


# a short quoted Title Case phrase is a name ("the “Anne of Kiev” brigade"), not a place
_EN_NAME_QUOTE_RE = re.compile(
    r"[“\"](?:[A-Z][\w'’-]*|of|the|and|de)(?:\s+(?:[A-Z][\w'’-]*|of|the|and|de)){1,4},?[”\"]"
)

_RECENT = Recent()  # (the places of the last texts read)
_QUOTED_RE = re.compile(r"«[^«»]{1,80}»")
# the words before a quoted name that make it a place's name: a border crossing, a training
# ground ("на КПП «Верхний Ларс»", "с полигона «Прудбой»", "в аэропорту «Пулково»")
_PLACE_BEFORE_QUOTE = re.compile(
    r"(?i)(?<![а-яё])(?:кпп|пункт\w* пропуска|пропускно\w* пункт\w*|погранпереход\w*|"
    r"пограничн\w* переход\w*|полигон\w*|аэропорт\w*)\s*$"
)


_ONE_NAME_RU = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?")


@functools.lru_cache(maxsize=1)
def _police_before_quote() -> re.Pattern[str] | None:
    words = cues().get("ru", {}).get("police_before_quote")
    return re.compile("(?:" + "|".join(sorted(words)) + ")", re.IGNORECASE) if words else None


# an English line in capitals ("DESERTER DETAINED IN KURSK REGION"): no lower-case letter, two
# capitalised words
_SHOUTED_RE = re.compile(r"(?=[^a-z]*$)(?=.*?[A-Z]{2,}\W+[A-Z]{2,})", re.DOTALL)
_EN_WORD_RE = re.compile(r"[A-Za-z]+")


def _recased(text: str, index: dict[str, list[_Name]], entries: list[dict[str, Any]]) -> str:
    """An English line in capitals as it would be written in running text, same length: a word
    the gazetteer knows capitalised ("Kursk", "Norway"), unless it is also a word of the
    dictionary (simplemma) and names no country, region or large city ("TIME", "STAR"); every
    other word in lower case ("in", "region", "police"), so that the case-sensitive gazetteer
    reads its names."""
    from awol.extract.tokens import known_en

    def one(m: re.Match[str]) -> str:
        w = m.group(0).lower()
        cap = w.capitalize()
        names = index.get(cap)
        if not names:
            return w
        if known_en(w) and not any(
            entries[n.entry]["type"] in ("country", "region")
            or (entries[n.entry].get("pop") or 0) >= _LARGE_CITY
            for n in names
        ):
            return w
        return cap

    return _EN_WORD_RE.sub(one, text)


_LARGE_CITY = 100_000

# the adjectives that open the names of villages ("Верхняя Берёзовка", "Novaya Usman", "Bolshaya
# Kuzminka"), as written, in any case
_NAME_PREFIX = re.compile(
    r"(?:(?:Верхн|Нижн|Средн)(?:ий|яя|ее|ие|его|ей|юю|ем|ему|их|им)"
    r"|(?:Нов|Стар|Больш|Мал|Красн|Бел|Черн|Чёрн|Сух|Кривой|Горн|Дальн)"
    r"(?:ый|ий|ой|ая|ое|ые|ого|ой|ую|ом|ому|ых|ым|ую))"
    r"|(?:Verkhn|Nizhn|Sredn)(?:y|i|iy|yy|yaya|aya|eye|ee|iye|ie|ye)"
    r"|(?:Nov|Star|Bolsh|Mal|Krasn|Bel|Chern|Sukh|Gorn)(?:y|yi|iy|yy|oy|oi|aya|oye|oe|ye|iye|ie)"
)
_EN_REGIONAL = re.compile(r"\s+regional\b")
_WORD_BEFORE = re.compile(r"([A-Za-zА-ЯЁа-яё]+)[ \u00a0]$")


@functools.lru_cache(maxsize=2)
def _en_inst_rx(adjs: tuple[str, ...]) -> re.Pattern[str]:
    nouns = sorted(cues()["en"]["authority_nouns"], key=len, reverse=True)
    return re.compile(
        r"\b(" + "|".join(re.escape(a) for a in adjs) + r")\s+(?=(?:regional\s+|republican\s+)?"
        r"(?:" + "|".join(re.escape(n) for n in nouns) + r"|interior ministry|garrison)\b)"
    )


def _half_a_name(text: str, m: PlaceMention) -> bool:
    """Is a town found the second half of a longer name the gazetteer does not know ("Берёзовка"
    of "в селе Верхняя Берёзовка", "Berezovka" of "Verkhnyaya Berezovka"): another village, whose
    region the namesake's would not be?"""
    if m.kind != "city":
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start - 24), m.start)
    return before is not None and _NAME_PREFIX.fullmatch(before.group(1)) is not None


@functools.lru_cache(maxsize=4)
def _river_rx(
    lang: str,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, frozenset, re.Pattern[str] | None]:
    words = cues().get(lang, {})

    def rx(key: str, tail: str = "") -> re.Pattern[str] | None:
        pats = words.get(key)
        if not pats:
            return None
        return re.compile("(?:" + "|".join(f"(?:{p})" for p in sorted(pats)) + ")" + tail, re.I)

    preps = words.get("river_prepositions") or ()
    prep = (
        re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(preps))) + r")\s+$", re.I)
        if preps
        else None
    )
    return rx("river_before"), rx("river_after"), frozenset(words.get("river_names") or ()), prep


def _a_river(text: str, m: PlaceMention, lang: str) -> bool:
    """Is a town found the river named like it ("на левом берегу Днепра", "реки Самары", "the
    Dnipro River", "the left bank of the Dnipro", "через Днепр", "across the Dnipro")?  A river
    names no region: the front along it runs through several."""
    if m.kind != "city":
        return False
    key = "ru" if (lang or "en").startswith(("ru", "uk", "be")) else "en"
    before, after, names, prep = _river_rx(key)
    head = text[max(0, m.start - 40) : m.start]
    if before is not None and before.search(head):
        return True
    if after is not None and after.match(text, m.end):
        return True
    if prep is None or not names:
        return False
    word = m.text.lower()
    lemma = word if key == "en" else _norm_ru(word)
    return any(lemma.startswith(n) for n in names) and prep.search(head) is not None


# the endings of the adjective that opens a town's name ("Нижний", "Старая", "Великие")
_RU_ADJ_END = re.compile(r"(?:ий|ый|ой|ая|яя|ое|ее|ие|ые)$")


def _compound_head(word: str) -> str | None:
    """The first part of the one adjective a two-word town's name makes, from its first word:
    "Нижний" -> "нижне", "Старый" -> "старо", "Набережные" -> "набережно"; None where the word
    is no adjective ("Усть", "Сергиев")."""
    w = _norm_ru(word)
    if not _RU_ADJ_END.search(w) or not _gaz_tok(word).adjf:
        return None
    stem = w[:-2]
    if len(stem) < 3:
        return None
    soft = w.endswith(("ний", "няя", "нее", "ние")) or stem[-1] in "жшчщ"
    return stem + ("е" if soft else "о")


class Gazetteer(EnglishPlaces, RussianPlaces):
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
        # "подмосковный" -> entry: adjectives that name a place wherever they stand (``ru_adj``)
        self._ru_adj_anywhere: dict[str, int] = {}
        self._ru_city_stems: dict[str, int] = {}  # "екатеринбург" / "перм" -> city entry
        self._en_city_stems: dict[str, int] = {}  # "Atkar" / "Baltachev" -> city entry
        # (lang, stem) -> [(entry, region, population or None for a curated town)]
        self._stem_regions: dict[tuple[str, str], list] = {}
        for i, e in enumerate(entries):
            for nm in e.get("en") or []:
                self._add_en(nm, i)
        # the other common romanisations of a town's name ("Sharalday" / "Sharaldai"), after all
        # the names as written (a name of another place as written wins)
        for i, e in enumerate(entries):
            if e["type"] in ("city", "region") and e.get("country") in ROMANISED:
                for nm in e.get("en") or []:
                    for alt in romanisations(nm):
                        self._add_en(alt, i, variant=True)
            for nm in e.get("ru") or []:
                self._add_ru(nm, i)
            for adj in e.get("ru_adj") or []:
                self._ru_adj_anywhere.setdefault(str(adj).lower().replace("ё", "е"), i)
        for lst in (*self._en_index.values(), *self._ru_index.values()):
            lst.sort(key=lambda n: -len(n.toks))
        # the adjectives of regions whose names make none ("бурятские полицейские", "Buryat
        # police"): read only before an institution (``institution_adjectives``)
        region_at = {e["region"]: i for i, e in enumerate(entries) if e["type"] == "region"}
        self._ru_inst_adj: dict[str, int] = {
            _norm_ru(adj): region_at[code]
            for adj, code in cues()["ru"].get("institution_adjectives", {}).items()
            if code in region_at
        }
        for adj, i in self._ru_inst_adj.items():
            self._ru_region_adj.setdefault(adj, i)
        # the front's axes ("на херсонском направлении"): read only before "направление"
        self._ru_axis_adj: dict[str, int] = {
            _norm_ru(adj): region_at[code]
            for adj, code in cues()["ru"].get("front_axes", {}).items()
            if code in region_at
        }
        self._en_inst_adj: dict[str, int] = {
            adj.capitalize() if "-" not in adj else adj.title(): region_at[code]
            for adj, code in cues()["en"].get("institution_adjectives", {}).items()
            if code in region_at
        }
        # the adjectives a town's name does not make by rule ("Уфа" -> "уфимский"), as a curated
        # town's stem: they beat a village whose name is the adjective (Уфимский, Sverdlovsk)
        curated_towns = {
            e.get("name_ru"): i
            for i, e in enumerate(entries)
            if e["type"] == "city" and e.get("region") and e.get("pop") is None
        }
        for adj, town in (cues()["ru"].get("town_adjectives") or {}).items():
            i = curated_towns.get(town)
            a = _norm_ru(adj)
            if i is None or not a.endswith(("ский", "цкий")):
                continue
            stem = a[:-4] + ("ц" if a.endswith("цкий") else "")
            self._stem_regions.setdefault(("ru", stem), []).append((i, entries[i]["region"], None))
        # a stem shared by towns of different regions ("Котово"/"Котовск") resolves nothing,
        # unless one is a curated town or much larger than all the others
        # a Russian town's stem whose adjective reads a foreign town ("покров": Pokrovsk of
        # Donetsk; Pokrovskoye of Oryol, Rostov, ...): the Russian namesake, for a Russian
        # district court ("Покровский районный суд")
        self._ru_home_stems: dict[str, int] = {}
        for (lang, stem), cands in self._stem_regions.items():
            table = self._ru_city_stems if lang == "ru" else self._en_city_stems
            home = [c for c in cands if entries[c[0]].get("country") == "RU"]
            if lang == "ru" and home and len(home) < len(cands):
                # (of one region where all its namesakes are; else of Russia, no region)
                regions = {c[1] for c in home if c[1]}
                regions |= {a for c in home if not c[1] for a in entries[c[0]].get("alts") or ()}
                one = [c for c in home if c[1]] if len(regions) == 1 else []
                self._ru_home_stems[stem] = (
                    one[0][0] if one else self._by_id[self._by_code["RU"]["id"]]
                )
            # a town whose namesakes leave its region open ("Краснознаменск" of Kaliningrad and
            # of Moscow) keeps a smaller village from taking its adjective: "Краснознаменский"
            # is that town's, of no region until the text names one, not Krasnoznamenka's of
            # Crimea (a stem only such towns make is read as before: not at all)
            open_towns = sorted((c for c in cands if c[1] is None), key=lambda c: -(c[2] or 0))
            cands = [c for c in cands if c[1] is not None]
            if not cands:
                continue
            top_open = open_towns[0][2] or 0 if open_towns else 0
            if open_towns and all(c[2] is not None and c[2] < top_open for c in cands):
                table[stem] = open_towns[0][0]
                continue
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
        self._en_near = self._near_index()  # (misspelt names: "Kharkhiv")
        del self._stem_regions, self._en_seen

    # ----------------------------------------------------------------- building
    def _add_en(self, name: str, i: int, variant: bool = False) -> None:
        toks = _tokens(name)
        if not toks:
            return
        keys = tuple(_en_key(t[0]) for t in toks)
        gaps = tuple(_gap_norm(name[a[2] : b[1]]) for a, b in zip(toks, toks[1:], strict=False))
        if (
            (keys, gaps) in self._en_seen
            and not self.entries[i].get("shadow")
            # (another spelling of a place beats a namesake read only with its country named)
            and not (variant and self._only_shadows(keys, gaps))
        ):
            # first entry wins (countries, then regions, then cities), but not a smaller town
            # of another country over Russia's or Ukraine's: "Kirovsk" (of the Leningrad and
            # Murmansk regions) is not Belarus's, as in Russian (round 32, place32)
            held = self._home_over(keys, gaps, i)
            if held is None:
                return
            lst = self._en_index[keys[0]]
            lst.insert(lst.index(held), _Name(keys, (), gaps, i))
            return
        self._en_seen.add((keys, gaps))
        self._en_index.setdefault(keys[0], []).append(_Name(keys, (), gaps, i))
        e = self.entries[i]
        if (
            e["type"] == "city"
            and len(toks) == 1
            and e.get("country") in ("RU", "UA", "BY")
            and (e.get("region") or e.get("alts"))
        ):
            for stem in self._en_stems_of(toks[0][0]):
                self._stem_regions.setdefault(("en", stem), []).append(
                    (i, e.get("region"), e.get("pop"))
                )
        if e["type"] == "region" and len(keys) >= 2 and keys[-1] == "region":
            self._en_stems.setdefault(keys[:-1], i)

    def _home_over(self, keys: tuple, gaps: tuple, i: int):
        """The first name indexed under these words, where entry ``i`` (a town of Russia or
        Ukraine) goes before it: every place it names is a town of another country
        ``_HOME_OVER`` times smaller."""
        e = self.entries[i]
        if e["type"] != "city" or e.get("country") not in ("RU", "UA") or not e.get("pop"):
            return None
        held = [n for n in self._en_index.get(keys[0], ()) if n.toks == keys and n.gaps == gaps]
        if not held or any(
            (h := self.entries[n.entry])["type"] != "city"
            or h.get("country") in ("RU", "UA")
            or h.get("pop") is None  # (a curated place: Berlin is Germany's)
            or _HOME_OVER * h["pop"] > e["pop"]  # (not Aksay of Rostov over Kazakhstan's)
            for n in held
        ):
            return None
        return held[0]

    def _only_shadows(self, keys: tuple, gaps: tuple) -> bool:
        """Are all the places indexed under these words namesakes read only with their country
        named (``shadow``)?"""
        held = [n for n in self._en_index.get(keys[0], ()) if n.toks == keys and n.gaps == gaps]
        return bool(held) and all(self.entries[n.entry].get("shadow") for n in held)

    def _add_ru(self, name: str, i: int) -> None:
        toks = _tokens(name)
        if not toks:
            return
        sets = []
        for t, _, _ in toks:
            info = _gaz_tok(t)
            sets.append(info.keys)
        caps = _ru_caps([t[0] for t in toks], self.entries[i]["type"] == "region")
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
        if e["type"] == "city" and len(toks) == 1 and (e.get("region") or e.get("alts")):
            # (a town whose region its namesakes leave open, "Краснознаменск" of Kaliningrad
            # and of Moscow, still holds its adjective against a village's: "Краснознаменский"
            # is not Krasnoznamenka's of Crimea)
            for stem in self._city_stems(_norm_ru(toks[0][0])):
                self._stem_regions.setdefault(("ru", stem), []).append(
                    (i, e.get("region"), e.get("pop"))
                )
        elif e["type"] == "city" and len(toks) == 2 and e.get("region") and gaps == ("",):
            # a town of two words, an adjective and a noun, makes one adjective of both:
            # "Нижний Тагил" -> "нижнетагильский", "Старый Оскол" -> "старооскольский",
            # "Набережные Челны" -> "набережночелнинский", "Великие Луки" -> "великолукский"
            head = _compound_head(toks[0][0])
            if head:
                for stem in self._city_stems(_norm_ru(toks[1][0])):
                    self._stem_regions.setdefault(("ru", head + stem), []).append(
                        (i, e["region"], e.get("pop"))
                    )

    # ----------------------------------------------------------------- API
    def find(self, text: str, lang: str = "en") -> list[PlaceMention]:
        """Place names in ``text``: non-overlapping longest matches, in order of appearance.

        The stages that read a sentence share what was found in it (the analysis, the sentence's
        court, a count's full name: :mod:`awol.extract.recent`)."""
        if not text:
            return []
        key = (self, lang)
        found = _RECENT.get(text, key)
        if found is MISSING:
            found = tuple(self._find(text, lang))
            _RECENT.put(text, key, found)
        return list(found)

    def _find(self, text: str, lang: str) -> list[PlaceMention]:
        pre = preread(text, "places", lang)  # (a long text's, read by workers)
        if pre is not MISSING:
            return list(pre)
        if (lang or "en").lower().startswith(("ru", "uk", "be")):
            ms = self._find_ru(text)
            if "«" in text:  # outlet / organisation names: «Свободный Урал», «Уральский рабочий»
                # (but a place's own name: "КПП «Верхний Ларс»", "полигон «Прудбой»")
                spans = [
                    (q.start(), q.end())
                    for q in _QUOTED_RE.finditer(text)
                    if not _PLACE_BEFORE_QUOTE.search(text, max(0, q.start() - 30), q.start())
                ]
                ms = [m for m in ms if not any(a < m.start and m.end < b for a, b in spans)]
                ms = self._police_named_in_quotes(text, ms)
        else:
            shouted = (
                _recased(text, self._en_index, self.entries) if _SHOUTED_RE.match(text) else None
            )
            ms = self._find_en(shouted or text)
            if self._en_inst_adj:
                ms = self._en_institution_adjectives(text, ms)
            if " regional" in text:
                ms = [self._en_regional(text, m) for m in ms]
            if shouted:  # (its words as written)
                ms = [replace(m, text=text[m.start : m.end]) for m in ms]
            if "“" in text or '"' in text:  # a unit's or a group's name: “Anne of Kiev”
                spans = [(q.start(), q.end()) for q in _EN_NAME_QUOTE_RE.finditer(text)]
                ms = [m for m in ms if not any(a < m.start and m.end < b for a, b in spans)]
        ms = [m for m in ms if not _half_a_name(text, m) and not _a_river(text, m, lang)]
        courts = military_courts(text, lang, self)
        if courts:  # a court's name is its seat ("Южный окружной военный суд": Rostov-on-Don)
            ms = [m for m in ms if not any(c.start < m.end and m.start < c.end for c in courts)]
            ms = sorted(ms + courts, key=lambda m: m.start)
        return self._contain(text, ms, lang) if len(ms) > 1 else ms

    def _police_named_in_quotes(self, text: str, ms: list[PlaceMention]) -> list[PlaceMention]:
        """A police department named in quotes by its town's adjective ("МО МВД России
        «Шарыповский»", "МУ МВД России «Оренбургское»", "ОМВД «Сальский»": Sharypovo's,
        Orenburg's, Salsk's) is read as the adjective before an authority noun is ("шарыповские
        полицейские"); ``police_before_quote`` in ``data/place_cues.yaml``.  An adjective of
        several towns or of a generic district ("«Центральный»", "«Каменский»") names none."""
        before = _police_before_quote()
        if before is None:
            return ms
        added: list[PlaceMention] = []
        for q in _QUOTED_RE.finditer(text):
            inner = q.group(0)[1:-1]
            if not _ONE_NAME_RU.fullmatch(inner):
                continue
            if not before.search(text, max(0, q.start() - 30), q.start()):
                continue
            if any(q.start() < m.end and m.start < q.end() for m in ms):
                continue
            shift = q.start() + 1
            for m in self._find_ru(inner + " полиция"):
                if m.region and m.end <= len(inner):
                    added.append(replace(m, start=m.start + shift, end=m.end + shift))
        return sorted(ms + added, key=lambda m: m.start) if added else ms

    def _en_regional(self, text: str, m: PlaceMention) -> PlaceMention:
        """A town before "regional" names its region ("the Moscow regional court" is the Moscow
        region's, "the Leningrad regional court" the Leningrad region's), where a region is
        named after it."""
        if m.kind not in ("city", "region") or not _EN_REGIONAL.match(text, m.end):
            return m
        i = self._en_stems.get(tuple(_en_key(t[0]) for t in _tokens(m.text)))
        if i is None:
            return m
        e = self.entries[i]
        return replace(m, kind="region", region=e.get("region"), country=e.get("country"))

    def _en_institution_adjectives(self, text: str, ms: list[PlaceMention]) -> list[PlaceMention]:
        """The regions named by their people's adjective before an authority ("Buryat police",
        "Dagestani authorities", "Crimean police"), where no other place was read there."""
        rx = _en_inst_rx(tuple(sorted(self._en_inst_adj)))
        added = False
        for m in rx.finditer(text):
            a, b = m.start(1), m.end(1)
            if any(x.start < b and a < x.end for x in ms):
                continue
            ms.append(self._mention(text, a, b, self._en_inst_adj[m.group(1)], kind="area"))
            added = True
        return sorted(ms, key=lambda x: x.start) if added else ms

    def _contain(self, text: str, ms: list[PlaceMention], lang: str = "en") -> list[PlaceMention]:
        """A region named right after a district or a settlement contains it ("в Захаровском
        районе Одесской области", "Sosnovka in the Penza region"); a settlement whose name several
        regions share takes the one the text names.  A village said to be near a town ("в
        посёлке Песчанка под Читой", "the village of Ivanovka near Orenburg") is in the town's
        region where the gazetteer's reading of the village is a guess (a small place read after
        a settlement word, a name of several regions, or of none)."""
        out = list(ms)
        for k in range(len(out) - 1):
            a, b = out[k], out[k + 1]
            if (
                a.kind == "city"
                and b.region
                and b.kind in ("city", "region")
                and a.region != b.region
                and near_words(text[a.end : b.start], lang)
            ):
                e = self.entries[self._by_id[a.id]] if a.id in self._by_id else {}
                if (
                    e.get("cue")
                    or e.get("alts")
                    or not a.region
                    or _after_settlement_word(text, a.start, lang)
                ):
                    region = cues()["around_cities"].get(b.region, b.region)
                    out[k] = replace(a, region=region, country=b.country)
                    continue
            if b.kind != "region" or not b.region or a.region == b.region:
                continue
            if not _CONTAIN_GAP.match(text[a.end : b.start]):
                continue
            if _INTO_RU.search(text[a.end : b.start]) and _goal_case(b.text):
                continue  # "из зоны СВО в Воронежскую область": where they went, no container
            e = self.entries[self._by_id.get(a.id, 0)] if a.id else {}
            if (
                a.kind == "area"
                or e.get("alts")
                or (e.get("pop") and a.kind == "city")
                # "the village of Pavlovo, in the Leningrad region": a settlement word says the
                # text means a village the region holds, not the town of another region the
                # gazetteer knows by that name (round 29)
                or (a.kind == "city" and _after_settlement_word(text, a.start, lang))
            ):
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

    def entry(self, place_id: str | None) -> dict[str, Any] | None:
        """The gazetteer entry of a found place's id (its alternatives, population), or None."""
        i = self._by_id.get(place_id) if place_id else None
        return self.entries[i] if i is not None else None

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


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:of\s+)?$")


def _after_settlement_word(text: str, start: int, lang: str) -> bool:
    """Is the place at ``start`` named right after a settlement word ("в селе Покровка", "the
    village of Pokrovka": ``settlement_words`` in ``data/place_cues.yaml``)?"""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    # (not a town or a city: "в городе Мытищи под Москвой" is a town the gazetteer knows)
    if (lang or "en").startswith(("ru", "uk", "be")):
        keys = _ru_tok(m.group(1)).keys
        return bool(keys & cues()["ru"]["settlement_words"]) and "город" not in keys
    word = m.group(1).lower()
    return word in cues()["en"]["settlement_words"] and word not in ("town", "city")


def _ru_caps(words: list[str], region: bool) -> tuple[bool, ...]:
    """Which words of a Russian name must be capitalised in the text: those capitalised in the
    gazetteer, except a common word of a longer name that a capitalised word still marks as a
    name: one that is no common word ("в республике Алтай", "в новой Каховке"), or, for a
    first-level region, its first word ("в Луганской народной республике", "в Чеченской
    республике").  (A name of common words only, "Новая Деревня", keeps all its capitals.)"""
    cap = [_is_cap(w) for w in words]
    if len(words) == 1:
        return tuple(cap)
    common = [_gaz_tok(w).common for w in words]
    if any(c and not m for c, m in zip(cap, common, strict=True)):
        return tuple(c and not m for c, m in zip(cap, common, strict=True))
    if region and cap[0]:
        return (True,) + (False,) * (len(words) - 1)
    return tuple(cap)


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer's indexes from its data files (about a second)."""
    return Gazetteer(load_entries())


@functools.lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The gazetteer: the curated ``data/places.yaml`` (countries, regions, areas, main towns),
    then the settlements built from GeoNames (loaded once per process; the built indexes are
    cached on disk, see :func:`awol.extract.places_data.cached`)."""
    return cached(
        "gazetteer",
        build_gazetteer,
        Gazetteer,
        (
            __file__,
            places_data.__file__,  # (it adds the oblasts' colloquial names)
            places_en.__file__,
            places_ru.__file__,
            places_tokens.__file__,
            places_spelling.__file__,
        ),
    )
