"""Reading a text's places with the gazetteer: :meth:`PlaceReading.find`, then what the text
around a name says of it -- a quoted outlet's or unit's name, a line in capitals, a river named
like a town, the second half of a village's name, a court's seat, a region's people before an
authority ("Buryat police"), a town before "regional", and a region or town named right after a
settlement that contains it (:meth:`PlaceReading._contain`)."""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any

from awol.extract.courts import military_courts
from awol.extract.places_context import near_words
from awol.extract.places_data import cue_lang, cues
from awol.extract.places_tokens import (
    PlaceMention,
    _en_key,
    _Name,
    _norm_ru,
    _ru_tok,
    _tokens,
    get_morph,
)
from awol.extract.recent import MISSING, Recent, preread
from awol.extract.tokens import known_en

# (also through a noun set beside the name: "Pokrovka, a village in the Orenburg region",
# "в Покровке, небольшом селе Оренбургской области")
_CONTAIN_GAP = re.compile(
    r"^[\s,(]*(?:(?:an?\s+(?:[a-z-]+\s+)?(?:village|town|settlement|hamlet)"
    r"|(?:[а-яё-]+\s+)?(?:селе|деревне|пос[её]лке|городке|городе|станице|хуторе))\s+)?"
    r"(?:(?:в|во|in|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_INTO_RU = re.compile(r"(?<![а-яё])во?\s", re.IGNORECASE)
# a district's mention (a district named after its centre: "the Kachugsky district", «Качугского
# района»), which contains a settlement named right before it
_DISTRICT_WORD = re.compile(r"(?<![а-яё])район|\b(?:district|raion|rayon)\b", re.IGNORECASE)
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
    key = cue_lang(lang)
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


class PlaceReading:
    """The gazetteer's reading of a text (its indexes: :class:`~awol.extract.places_index.
    GazetteerIndex`; the names matched by :class:`~awol.extract.places_en.EnglishPlaces` and
    :class:`~awol.extract.places_ru.RussianPlaces`)."""

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

    def _small_town(self, a: PlaceMention, text: str, lang: str) -> bool:
        """Can the settlement ``a`` lie in a rural district: read after a settlement word, a name
        of several regions, or a town of fewer than 100,000 people (a curated town, a capital or
        a large city, has no population and is none)?"""
        e = self.entries[self._by_id[a.id]] if a.id in self._by_id else {}
        pop = e.get("pop")
        return bool(
            e.get("alts") or (pop and pop < 100_000) or _after_settlement_word(text, a.start, lang)
        )

    def _contain(self, text: str, ms: list[PlaceMention], lang: str = "en") -> list[PlaceMention]:
        """A region named right after a district or a settlement contains it ("в Захаровском
        районе Одесской области", "Sosnovka in the Penza region"), and so does a district named
        right after a settlement ("Novoselye in the Kachugsky district"); a settlement whose name several
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
            if not b.region or a.region == b.region:
                continue
            if b.kind != "region" and not (
                # "the village of Novoselye in the Kachugsky district", «в селе Новоселье
                # Качугского района»: a settlement named by its district is the district's, not a
                # namesake town of another region (round 37, place37)
                b.kind == "area"
                and a.kind == "city"
                and _DISTRICT_WORD.search(b.text)
                and self._small_town(a, text, lang)
            ):
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
