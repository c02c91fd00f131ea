"""Russian place names in text, matched on pymorphy3 lemmas so that inflected forms resolve ("в
Ростовской области", "в Ельце"), district and court adjectives ("в Рыльском районе", "Пермский
гарнизонный суд"), place adjectives before institutions ("новосибирские полицейские") and lists
of regions ("в Воронежской, Липецкой и Белгородской областях")."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from awol.extract.places_data import cues
from awol.extract.places_tokens import (
    PlaceMention,
    _domain,
    _gap_norm,
    _gaz_tok,
    _guessed_person,
    _is_cap,
    _Name,
    _ru_tok,
    _sentence_initial,
    _tokens,
    get_morph,
)


# The words this reader reads around a place (lemmas; language knowledge, kept as data in
# ``data/place_cues.yaml``, ``ru``): what follows a district's or a court's adjective
# ("Рыльский район", "Пермский гарнизонный суд"), the Soviet names of many cities' districts,
# the generic words of a region, and the like.
class _Words:
    __slots__ = (
        "district_next",
        "district_nouns",
        "district_words",
        "district_court",
        "court_nouns",
        "not_institution_next",
        "region_generic",
        "district_stop",
        "garrison_words",
        "region_adj_not_district",
        "capital_nouns",
        "front_axis_nouns",
        "place_prepositions",
    )

    def __init__(self, c: dict) -> None:
        for name in self.__slots__:
            setattr(self, name, frozenset(c[name]))


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words(cues()["ru"])


_BIG = 50000  # a lower-case adjective names only a town this large (or a region)
_HOME = ("RU", "UA")  # the countries most names of the news are of


@functools.lru_cache(maxsize=1)
def _ru_institutions() -> frozenset[str]:
    return frozenset(cues()["ru"]["institution_nouns"])


@functools.lru_cache(maxsize=1)
def _ru_institution_middle() -> frozenset[str]:
    return frozenset(cues()["ru"].get("institution_middle") or ())


_DISTRICT_WORD_END = re.compile(r"(?i)\s(?:район\w*|округ\w*|микрорайон\w*)$")
_DISTRICT_OF = re.compile(r"\s+(?:район\w*|округ\w*|микрорайон\w*)\s+$", re.IGNORECASE)


def _districts_of_the_next(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """ "в Курортном районе северной столицы", "в Советском районе Волгограда": a district of the
    place named right after it, whatever town its adjective happens to name (Kurortne, Sovetsk):
    the place after it says where it is."""
    out = []
    for k, p in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        if (
            nxt is not None
            and nxt.region
            and p.region != nxt.region
            and (
                _DISTRICT_OF.fullmatch(text[p.end : nxt.start] + " ")
                # "военкомат Орджоникидзевского района Екатеринбурга": the district read with
                # its word (a namesake district elsewhere), right before its city
                or (
                    _DISTRICT_WORD_END.search(p.text) is not None
                    and nxt.kind == "city"
                    and not text[p.end : nxt.start].strip()
                )
            )
        ):
            continue
        out.append(p)
    return out


_COURT_REACH = 3  # court words after a lower-case adjective up to its court noun


def _court_ahead(text: str, toks: tuple, infos: list, i: int, w: _Words) -> bool:
    """Do the words right after the adjective at ``i`` name a court ("хабаровский суд",
    "магнитогорский гарнизонный военный суд", "новосибирский областной суд"): up to
    ``_COURT_REACH`` words of a court's kind (``district_next``) ending in a court noun, with no
    punctuation between them?"""
    for k in range(i + 1, min(i + 1 + _COURT_REACH, len(toks))):
        if _gap_norm(text[toks[k - 1][2] : toks[k][1]]):
            return False
        keys = infos[k].keys
        if keys & w.court_nouns:
            return k > i
        if not keys & w.district_next or keys & w.district_nouns:
            return False
    return False


def _institution_after_kinds(text: str, toks: tuple, infos: list, i: int) -> frozenset[str]:
    """The keys of the institution noun after one or two words of its kind that follow the
    adjective at ``i`` with no punctuation between ("омские военные следователи", "курганского
    военного следственного отдела"); empty if there is none."""
    middle = _ru_institution_middle()
    for k in range(i + 1, min(i + 4, len(toks))):
        if _gap_norm(text[toks[k - 1][2] : toks[k][1]]):
            return frozenset()
        if k > i + 1 and infos[k].keys & _ru_institutions():
            return infos[k].keys
        if not infos[k].keys & middle:
            return frozenset()
    return frozenset()


_ADJ_ENDING = re.compile(r"(?i)^([а-яё-]+?[сц]к)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")


def _adj_lemmas(tok: str, adjf: frozenset[str]) -> frozenset[str]:
    """The adjective lemmas of a word, with a guess for a town's adjective the dictionary does not
    know ("купянском" -> "купянский")."""
    m = _ADJ_ENDING.match(tok)
    if m is None:
        return adjf
    return adjf | {m.group(1).lower().replace("ё", "е") + "ий"}


_BEFORE_WORD = re.compile(r"(\w+)(\.?)\s+$")


def _instrumental_towns(text: str, toks: tuple, infos: list) -> list:
    """A town in "-ск"/"-цк" after a preposition of the instrumental, ending its phrase ("под
    Змеиногорском", "за Шимановском"): pymorphy3 reads an unknown town's "-ском" as an
    adjective's ("змеиногорский"), so the town's own lemma is added to the word's keys
    (``instrumental_before`` in ``data/place_cues.yaml``).  Not before a word of its own phrase
    ("под Покровским районом": a district's adjective).  Likewise a town in "-ово"/"-ево"/"-ино"
    declined after "в" ("в Заиграеве", "в Выдрине": read as a surname's form;
    ``locative_before``)."""
    before = cues()["ru"].get("instrumental_before") or set()
    in_before = cues()["ru"].get("locative_before") or set()
    out = infos
    for k in range(1, len(toks)):
        tok = toks[k][0]
        low = tok.lower().replace("ё", "е")
        if not _is_cap(tok) or text[toks[k - 1][2] : toks[k][1]].strip():
            continue
        prep = toks[k - 1][0].lower()
        if low.endswith(("ском", "цком")) and len(low) > 6 and prep in before:
            lemma = low[:-2]
        elif low.endswith(("ове", "еве", "ине", "ыне")) and len(low) > 5 and prep in in_before:
            lemma = low[:-1] + "о"  # "в Заиграеве": Заиграево
        else:
            continue
        if k + 1 < len(toks) and not text[toks[k][2] : toks[k + 1][1]].strip(" "):
            nxt = toks[k + 1][0]
            if not _is_cap(nxt) and any(
                p.score >= 0.1 and p.tag.POS == "NOUN" and p.tag.case == "ablt"
                for p in get_morph().parse(nxt)
            ):
                continue  # "под Покровским районом", "с Краснодарским краем"
        if out is infos:
            out = list(infos)
        # (read as the town's noun here, not as the adjective pymorphy3 guessed)
        out[k] = replace(
            infos[k],
            keys=infos[k].keys | {lemma},
            common=False,
            adjf=frozenset(),
            surn=False,
            name=False,
        )
    return out


_LOCATIVE_TOWN = ("ове", "еве", "ёве", "ине", "ыне")
# (and its genitive after "из": "сбежал из Черепанова", "из Азова"; round 50)
_GENITIVE_TOWN = ("ова", "ева", "ёва", "ина", "ына")


def _pop(entry: dict) -> int:
    """A gazetteer entry's population; a curated city (no count) as the largest."""
    pop = entry.get("pop")
    return 10**9 if pop is None else int(pop)


_TOWN_POP = 10000  # a town, not a village ("в Молдове" is the state, not a hamlet Молдове)


def _town(entry: dict) -> bool:
    """Is a gazetteer entry a counted town of at least ``_TOWN_POP`` people?"""
    return (entry.get("pop") or 0) >= _TOWN_POP


def _locative_town(text: str, toks: tuple, i: int) -> bool:
    """Is token ``i`` a capitalised word in a town's locative ending ("-ове", "-ине") right after
    a lowercase "в"/"во" inside a sentence ("задержали в Азове", "в Гагарине")?  There it is the
    town, not the surname it is also read as: a town (``_town``) that needs a settlement word
    (``cue``) is read without one (``locative_before`` in ``data/place_cues.yaml``; round 29)."""
    if i == 0:
        return False
    tok, prep = toks[i][0], toks[i - 1][0]
    if not _is_cap(tok) or tok.isupper():
        return False
    c = cues()["ru"]
    low = tok.lower()
    if not (
        (low.endswith(_LOCATIVE_TOWN) and prep in (c.get("locative_before") or set()))
        or (low.endswith(_GENITIVE_TOWN) and prep in (c.get("genitive_before") or set()))
    ):
        return False  # (lowercase only: "В Чехове ..." opening a sentence may be a person's)
    return not text[toks[i - 1][2] : toks[i][1]].strip()


_NOUNISH = frozenset({"NOUN", "NPRO"})
_ADJ_RUN = frozenset({"ADJF", "PRTF", "CONJ", "NUMR"})
_ADJ_TOWN_AHEAD = 6  # words scanned after an adjective-named town for the noun it would qualify


def _adjective_town(text: str, toks: tuple, i: int) -> bool:
    """Is token ``i`` a capitalised adjective standing alone after a place's preposition, as a
    town named by an adjective is written ("в Прохладном", "из Жуковского", "под Отрадным"): no
    noun follows it or the adjectives and conjunctions after it ("в Ленинградской и Псковской
    областях", "в Кировском районе" qualify a noun)?  Such a town (``_town``) that needs a
    settlement word because its name is also an adjective is read without one, as a town's
    locative in "-ове" is (:func:`_locative_town`; round 50)."""
    if i == 0:
        return False
    tok, prep = toks[i][0], toks[i - 1][0]
    if not _is_cap(tok) or tok.isupper() or text[toks[i - 1][2] : toks[i][1]].strip():
        return False
    if prep not in (cues()["ru"].get("adjective_town_before") or set()):
        return False
    morph = get_morph()
    if not any(p.tag.POS == "ADJF" for p in morph.parse(tok)):
        return False
    for k in range(i + 1, min(len(toks), i + 1 + _ADJ_TOWN_AHEAD)):
        gap = text[toks[k - 1][2] : toks[k][1]].strip()
        if gap and gap not in (",", "-", "—"):
            return True  # (the clause ends: nothing it qualifies)
        pos = {p.tag.POS for p in morph.parse(toks[k][0])[:2]}
        if pos & _NOUNISH:
            return False
        if not pos & _ADJ_RUN:
            return True
    return i + 1 >= len(toks)  # (no word after it: nothing to qualify; else a long run of adjectives: no town)


def _same_form(tok: str, entry: dict) -> bool:
    """Can the adjective ``tok`` be a form of the town's adjective name (of its gender: "Ясной"
    is no form of "Ясный")?"""
    names = entry.get("ru") or []
    if not names or " " in names[0] or "-" in names[0]:
        return False
    morph = get_morph()
    own = {p.tag.gender for p in morph.parse(names[0]) if p.tag.POS == "ADJF"}
    got = {p.tag.gender for p in morph.parse(tok) if p.tag.POS == "ADJF"}
    return bool(own & got)


def _settlements_of_the_next(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """ "в станице Ленинградской Краснодарского края", "в посёлке Ростовском Оренбургской
    области": a settlement's name that reads as another region's adjective, right after a
    settlement word and right before the region it is in, is that region's village (the region
    after it says where it is), not the region its adjective names."""
    out = []
    c = cues()["ru"]
    for k, p in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        if (
            p.kind == "region"
            and nxt is not None
            and nxt.kind == "region"
            and nxt.region
            and p.region != nxt.region
            and not text[p.end : nxt.start].strip()
        ):
            m = _BEFORE_WORD.search(text, max(0, p.start - 40), p.start)
            if m is not None and m.end() == p.start:
                keys = _ru_tok(m.group(1)).keys
                if keys & c["settlement_words"] or (
                    m.group(2) and m.group(1).lower() in c["settlement_abbrev"]
                ):
                    continue
        out.append(p)
    return out


class RussianPlaces:
    """The Russian reader of :class:`awol.extract.places.Gazetteer` (a mixin: the indexes and
    ``_mention``/``_by_hint``/``_with_pending``/``_capital`` are the gazetteer's)."""

    @staticmethod
    def _city_stems(n: str) -> set[str]:
        out = {n}
        if n[-1] in "аяоеиыьйуюэ":
            out.add(n[:-1])
        if n[-1] in "аоеиуюэ":
            out.add(n + "н")  # Улан-Удэ -> улан-удэнский, Сочи -> сочинский
        if n[-1] in "аяы" and len(n) > 3:
            # Йошкар-Ола -> йошкар-олинский, Чита -> читинский, Махачкала -> махачкалинский,
            # Борзя -> борзинский, Шахты -> шахтинский
            out.add(n[:-1] + "ин")
        if n.endswith("л"):
            out.add(n + "ь")  # Барнаул -> барнаульский
        if n.endswith("га") and len(n) > 3:
            out.add(n[:-2] + "ж")  # Луга -> лужский
        if n.endswith("ый") and len(n) > 4:
            out.add(n[:-2] + "ен")  # Грозный -> грозненский
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

    # ----------------------------------------------------------------- Russian
    def _find_ru(self, text: str) -> list[PlaceMention]:
        toks = _tokens(text)
        n = len(toks)
        infos = _instrumental_towns(text, toks, [_ru_tok(t[0]) for t in toks])
        out: list[PlaceMention] = []
        pending: list[tuple[int, int, int]] = []
        w = _words()
        i = 0
        while i < n:
            tok, s, _ = toks[i]
            info = infos[i]
            cap = _is_cap(tok)
            # an axis of the front: "на херсонском направлении", "на Покровском направлении"
            if i + 1 < n and not infos[i + 1].keys.isdisjoint(w.front_axis_nouns):
                axis = next(
                    (a for a in _adj_lemmas(tok, info.adjf) if a in self._ru_axis_adj), None
                )
                if axis is not None:
                    ent = self._ru_axis_adj[axis]
                    out.append(self._mention(text, s, toks[i][2], ent, kind="area"))
                    i += 1
                    continue
            if (
                not cap
                and not info.adjf
                and self._ru_index.keys().isdisjoint(info.keys)
                and info.keys.isdisjoint(w.capital_nouns)
            ):
                # (most words: no name starts here, no list, no adjective of a place, and none
                # of the steps below reads anything of them)
                i += 1
                continue
            lst = self._ru_lists(text, toks, infos, i) if cap else None
            if lst:
                out.extend(lst[1])
                i = lst[0]
                continue
            best = None
            seen: set[int] = set()
            cands = []
            for k in sorted(info.keys):  # (a set: its order changes with the hash seed)
                for nm in self._ru_index.get(k, ()):
                    if id(nm) in seen:
                        continue
                    seen.add(id(nm))
                    if self._ru_match(text, toks, infos, i, nm):
                        cands.append(nm)
            # longest first; a small / ambiguous settlement only after a settlement word; of
            # namesakes alike, Russia's or Ukraine's before another country's (a Transnistrian
            # "Каменка" is not the one "Каменка ... Ленинградской области" names)
            located = _locative_town(text, toks, i)
            # (a town named by an adjective, standing alone: "в Прохладном"; not a region's
            # adjective, "живёт в Ленинградской", nor a Soviet name of towns everywhere)
            adj_town = (
                bool(cands)
                and cap
                and bool(info.adjf)
                and not info.adjf & (w.district_stop | self._ru_region_adj.keys())
                and _adjective_town(text, toks, i)
            )
            cands.sort(
                key=lambda nm: (
                    -len(nm.toks),
                    bool(self.entries[nm.entry].get("cue"))
                    and not (located and _town(self.entries[nm.entry])),
                    self.entries[nm.entry].get("country") not in _HOME,
                    # (a town's locative after "в": of namesakes alike, the larger, a curated
                    # city first: "в Боброве" Bobrov of Voronezh, not a village Боброво)
                    -_pop(self.entries[nm.entry]) if located else 0,
                )
            )
            if cands:
                cands = self._by_hint(cands, self._ru_country_hint(toks, infos, i))
            # a generated settlement written like a word, a person or an acronym ("Мера",
            # "Калашникова", "УК") or like a web address ("Фонтанка.ру") also needs the cue
            wordlike = (
                info.common or info.name or info.surn or tok.isupper() or _domain(text, toks[i][2])
            )
            for nm in cands:
                e = self.entries[nm.entry]
                cue = e.get("cue") or (
                    wordlike
                    and len(nm.toks) == 1
                    and e.get("pop") is not None
                    and not (
                        # (after a place's preposition: «в Баткене», not «считает Баткен»)
                        i
                        and toks[i - 1][0].lower() in w.place_prepositions
                        and not _domain(text, toks[i][2])
                        and self._no_person_by_guess(tok, info, e)
                    )
                )
                if (
                    not cue
                    or self._ru_cued(text, toks, infos, i)
                    or (located and _town(e))
                    or (adj_town and _town(e) and e.get("region") and _same_form(tok, e))
                    # (a town several regions share, as a unit's seat: «части в Мирном»; a
                    # town abroad named like a word or a person: «авиабазы в Канте», round 38)
                    or (
                        (e.get("alts") or (_town(e) and e.get("country") not in _HOME))
                        and self._ru_unit_cued(text, toks, infos, i)
                    )
                ):
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
                    if (
                        nm.ambiguous
                        and i + 1 < n
                        and _sentence_initial(text, s)
                        and not self._ru_cued(text, toks, infos, i)
                    ):
                        # ("в г. Шахты, где": the abbreviation's dot ends no sentence)
                        skip = True
                    elif e["type"] == "city" and (info.name or info.surn):
                        skip = self._ru_person_like(text, toks, infos, i) or (
                            # "приговорил Иванова": a surname, no preposition before it (a
                            # town is named "в Иванове", "из Иванова", "под Ивановом")
                            info.surn
                            and not e.get("cue")
                            and (i == 0 or toks[i - 1][0].lower() not in w.place_prepositions)
                            and not self._ru_cued(text, toks, infos, i)
                        )
                    if (
                        not skip
                        and info.adjf & w.district_stop
                        and i + 1 < n
                        and infos[i + 1].keys & w.district_next
                    ):
                        skip = True  # "в Советском районе Волгограда" is not Sovetsk
                if not skip:
                    out.append(self._mention(text, s, toks[i + L - 1][2], nm.entry))
                    i += L
                    continue
            if i and not info.keys.isdisjoint(w.capital_nouns):  # "в армянской столице"
                adjs = cues()["ru"]["country_adjectives"]
                ent = self._capital(next((adjs[a] for a in infos[i - 1].adjf if a in adjs), None))
                if ent is not None:
                    out.append(self._mention(text, toks[i - 1][1], toks[i][2], ent, kind="city"))
                    i += 1
                    continue
            # an adjective that names a place wherever it stands ("из подмосковного парка")
            anywhere = next((a for a in info.adjf if a in self._ru_adj_anywhere), None)
            if anywhere is not None:
                ent = self._ru_adj_anywhere[anywhere]
                out.append(self._mention(text, s, toks[i][2], ent, kind="area"))
                i += 1
                continue
            # district / court adjective: "Рыльском районе", "Пермский гарнизонный суд";
            # a place adjective before an institution: "новосибирские полицейские"
            nxt = infos[i + 1].keys if i + 1 < n else frozenset()
            if info.adjf and i + 2 < n and nxt & _ru_institution_middle():
                # "курганские транспортные полицейские", "омские военные следователи": the
                # kind of the institution between the place and it (two kinds: "курганского
                # военного следственного отдела", place47)
                nxt = _institution_after_kinds(text, toks, infos, i) or nxt
            if info.adjf and nxt & _ru_institutions() and not nxt & w.district_next:
                ent = self._ru_adj_place(info.adjf, nxt, big=not cap)
                if ent is not None:
                    out.append(self._mention(text, s, toks[i][2], ent, kind="area"))
                    i += 1
                    continue
            court_lower = False
            if (
                info.adjf
                and i + 1 < n
                and (infos[i + 1].keys & w.district_next)
                and (cap or (court_lower := _court_ahead(text, toks, infos, i, w)))
            ):
                # (a lower-case adjective only before a court's name, "хабаровский суд",
                # "магнитогорский гарнизонный военный суд", and then, but for a garrison's
                # town, only a region or a town of 50,000+: place47)
                ent = self._ru_adj_place(
                    info.adjf,
                    infos[i + 1].keys,
                    big=bool(court_lower) and not infos[i + 1].keys & w.garrison_words,
                )
                if (
                    ent is not None
                    and self.entries[ent].get("country") != "RU"
                    and infos[i + 1].keys & w.district_court
                    and i + 2 < n
                    and infos[i + 2].keys & w.court_nouns
                ):
                    ent = self._home_namesake(info.adjf, ent)
                if ent is not None:
                    end = toks[i][2]
                    if infos[i + 1].keys & w.district_nouns:
                        end = toks[i + 1][2]
                    out.append(self._mention(text, s, end, ent, kind="area"))
                    i += 2 if end == toks[i + 1][2] else 1
                    continue
            i += 1
        return self._with_pending(
            text, _settlements_of_the_next(text, _districts_of_the_next(text, out)), pending
        )

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
    def _ru_cued(text, toks, infos, i) -> bool:
        """Is token ``i`` preceded by a settlement word ("в посёлке", "с.", "г.") or by a street
        of an address ("на Биржевой улице в Белоострове")?"""
        if i == 0:
            return False
        c = cues()["ru"]
        gap = _gap_norm(text[toks[i - 1][2] : toks[i][1]])
        if gap == "." and toks[i - 1][0].lower() in c["settlement_abbrev"]:
            return True
        if (
            i >= 2
            and not gap
            and toks[i - 1][0].lower() in ("в", "во")
            and not _gap_norm(text[toks[i - 2][2] : toks[i - 1][1]])
            and infos[i - 2].keys & c.get("street_words", set())
        ):
            return True
        return not gap and bool(infos[i - 1].keys & c["settlement_words"])

    @staticmethod
    def _ru_unit_cued(text, toks, infos, i) -> bool:
        """Is token ``i`` a unit's seat («в части в Мирном», «гарнизона в Каменке»: ``unit_words``
        of ``data/place_cues.yaml`` and «в/во/под» right before it)?"""
        if i < 2 or toks[i - 1][0].lower() not in ("в", "во", "под"):
            return False
        if _gap_norm(text[toks[i - 1][2] : toks[i][1]]) or _gap_norm(
            text[toks[i - 2][2] : toks[i - 1][1]]
        ):
            return False
        return bool(infos[i - 2].keys & cues()["ru"].get("unit_words", set()))

    @staticmethod
    def _no_person_by_guess(tok: str, info, e: dict) -> bool:
        """A town whose one-word Russian name the gazetteer knows as no person's name (not even
        by the analyser's guess: the Central Asian towns, ``scripts/build_gazetteer.py``), read
        in a form the analyser takes for a person's name only by guess ("в Баткене"): the town,
        as its name's own form is (round 38, place38)."""
        names = e.get("ru") or []
        if info.common or tok.isupper() or not names or " " in names[0] or "-" in names[0]:
            return False
        own = _gaz_tok(names[0])
        # (the gazetteer cleared the guess: its own name is read as a person's by the analyser's
        # guess alone, as the text's form is; the build leaves such a name without its ``cue``
        # only where the analyser knows no person of that name, round 50)
        return (
            not own.common
            and _guessed_person(names[0])
            and not _ru_tok(names[0]).common
            and _guessed_person(tok)
        )

    @staticmethod
    def _ru_person_like(text, toks, infos, i) -> bool:
        if i + 1 < len(toks) and _is_cap(toks[i + 1][0]) and (infos[i + 1].surn):
            return True
        if i == 0 or not (_is_cap(toks[i - 1][0]) and infos[i - 1].name and infos[i].surn):
            return False
        # a one-letter "name" is an initial only with its dot: "В. Саратов", not "В Ростове"
        return len(toks[i - 1][0]) > 1 or toks[i - 1][2] < len(text) and text[toks[i - 1][2]] == "."

    def _ru_adj_place(
        self, adjs: frozenset[str], nxt: frozenset[str] = frozenset(), big: bool = False
    ) -> int | None:
        """The place an adjective names ("рыльский" -> Rylsk, "ростовский" -> Rostov region);
        ``big``: only a region or a town of 50,000+ (a lower-case adjective before an
        institution: "новосибирские полицейские")."""
        w = _words()
        if adjs & cues()["ru"]["not_place_adjectives"]:
            return None
        if adjs & w.district_stop and not nxt & w.garrison_words:
            # (a garrison court is named after its town, never after a city's district:
            # "Кировский гарнизонный военный суд" sits in Kirov; round 33, place33)
            return None
        if not nxt & w.not_institution_next:
            # "крымские полицейские": Crimea's, not the town of Krymsk's
            inst = next((self._ru_inst_adj[a] for a in adjs if a in self._ru_inst_adj), None)
            if inst is not None:
                return inst
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
        district = bool(nxt & w.district_words)
        for a in adjs:
            if a in self._ru_region_adj:
                if district and a in w.region_adj_not_district:
                    return None
                return self._ru_region_adj[a]
        return None

    def _home_namesake(self, adjs: frozenset[str], ent: int) -> int:
        """A Russian district court named like a foreign town ("Покровский районный суд": a
        court of Oryol's Pokrovsky district, not of Pokrovsk in Donetsk): the Russian town of
        the adjective, of no region until the text names one of its namesakes' (a district
        court of the foreign country is a "горрайонный"/"городской" one there)."""
        for a in sorted(adjs):
            for suf in ("ский", "цкий"):
                if a.endswith(suf):
                    stem = a[: -len(suf)] + ("ц" if suf == "цкий" else "")
                    home = self._ru_home_stems.get(stem)
                    if home is not None:
                        return home
        return ent

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
            if infos[j].keys & _words().region_generic:
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
