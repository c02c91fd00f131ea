"""The gazetteer's indexes, built once from its entries (then cached on disk with the
:class:`~awol.extract.places.Gazetteer` that holds them): the English names as written and their
romanisations, the Russian names by lemma, the adjectives of regions and towns, and the stems of
towns' names that districts and courts are named after ("Балтачевский", "Kantemirovsky")."""

from __future__ import annotations

import re
from typing import Any

from awol.extract.places_data import cues
from awol.extract.places_spelling import ROMANISED, romanisations
from awol.extract.places_tokens import (
    _en_key,
    _gap_norm,
    _gaz_tok,
    _is_cap,
    _Name,
    _norm_ru,
    _tokens,
)

_DOMINANT = 10  # a town this many times larger than its namesakes keeps a shared stem
_HOME_OVER = 2  # a town of Russia or Ukraine this many times larger keeps its English name

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


class GazetteerIndex:
    """The indexes of the gazetteer's ``entries`` (the stems of towns through the English and
    Russian readers' ``_en_stems_of`` / ``_city_stems``, the misspellings through
    ``_near_index``)."""

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
