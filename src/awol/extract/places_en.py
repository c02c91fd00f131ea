"""English place names in text: gazetteer names matched case-sensitively on tokens ("Kursk",
"the Rostov region", "Russia's Belgorod region"), lists of regions ("the Voronezh, Lipetsk and
Belgorod regions") and districts named after their centre ("the Baltachevsky district")."""

from __future__ import annotations

import re

from awol.extract.name_forms import en_given_names
from awol.extract.places_data import cues
from awol.extract.places_tokens import (
    _CUE_GAP,
    _POSSESSIVE,
    PlaceMention,
    _domain,
    _en_key,
    _gap_norm,
    _Name,
    _sentence_initial,
    _tokens,
)

_PLURAL_GENERIC_EN = {
    "regions": "region",
    "oblasts": "region",
    "provinces": "region",
    "territories": "region",
    "krais": "region",
}

# English: "the Atkarsky district", "Baltachevsky raion" -> the region of the town (Atkarsk, Baltachevo)
_EN_DISTRICT_WORDS = {"district", "raion", "rayon", "okrug"}
# a town this large named like a word or a person is read after a unit's noun and "in" (round 38)
_UNIT_SEAT_POP = 10000


_EN_OF_CITY = re.compile(r"\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?")


def _districts_of_a_city(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """ "the Ordzhonikidzevsky district of Yekaterinburg": a district of the city named right
    after it, whatever village of another region its adjective happens to name (the city says
    where it is; the Russian reader's ``_districts_of_the_next``)."""
    out = []
    for k, p in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        if (
            nxt is not None
            and nxt.kind == "city"
            and nxt.region
            and p.region != nxt.region
            and p.text.rsplit(None, 1)[-1].lower() in _EN_DISTRICT_WORDS
            and _EN_OF_CITY.fullmatch(text[p.end : nxt.start])
        ):
            continue
        out.append(p)
    return out


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


# a misspelt name ("Kharkhiv", "Chelyabinks"): read as the place one edit away, only for a long
# name (NEAR_MIN letters and up) of a region or a town of NEAR_POP people and up of a country whose
# names English romanises, where exactly one such name is that close (see :func:`one_edit`)
NEAR_MIN = 7
NEAR_POP = 20_000
NEAR_COUNTRIES = frozenset({"RU", "UA", "BY", "KZ"})


# the words before a misspelt name that say a place follows
_NEAR_BEFORE = frozenset(
    {"in", "near", "from", "to", "at", "outside", "around", "towards", "toward", "into", "the"}
)


_UNSEEN = object()
# the misspelt names' index the answers are of, and :meth:`EnglishPlaces._near_key`'s answer for
# each word read
_NEAR_SEEN: tuple[dict | None, dict[str, str | None]] = (None, {})


def _deletes(word: str) -> set[str]:
    return {word[:k] + word[k + 1 :] for k in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one typing slip apart: one letter changed, added or left out, or two
    neighbouring letters swapped, never in the first letter, nor a letter changed, added or left
    out at the end (where words inflect: "Saratova" is a surname, "Russian" no "Russia")?"""
    if a == b or a[:1] != b[:1]:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 1:
            return diff[0] < len(a) - 1
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if abs(len(a) - len(b)) != 1:
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    k = next((k for k in range(len(short)) if long[k] != short[k]), len(short))
    return k < len(short) and long[k + 1 :] == short[k:]


class EnglishPlaces:
    """The English reader of :class:`awol.extract.places.Gazetteer` (a mixin: the indexes and
    ``_mention``/``_by_hint``/``_with_pending`` are the gazetteer's)."""

    @staticmethod
    def _en_stems_of(n: str) -> set[str]:
        """Stems an English "-sky district" adjective is built on: Atkarsk -> Atkar, Glushkovo ->
        Glushkov, Valuyki -> Valuy, Sudzha -> Sudzhan, Totskoye -> Tot, Chishmy -> Chishmin."""
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
        if (
            n.endswith(("y", "i"))
            and len(n) >= 6
            and n[-2:-1] not in "aeiouyjkn’'"
            and not n.endswith(("sky", "ski", "skyi", "tsky", "dy"))
        ):
            # a plural town's adjective takes "-in-": Chishmy -> Chishmin(sky), Shakhty ->
            # Shakhtin(sky), Mytishchi -> Mytishchin(sky) (Russian «Чишмы» -> «Чишминский»)
            out.add(n[:-1] + "in")
        return {x for x in out if len(x) >= 3}

    def _near_index(self) -> dict[str, tuple[str, ...]]:
        """The names a misspelling may be read as (:data:`NEAR_MIN`), under each of their forms
        with one letter left out; the names' own keys under themselves."""
        out: dict[str, set[str]] = {}
        for key, names in self._en_index.items():
            if len(key) < NEAR_MIN or not key[:1].isupper() or not key.isalpha():
                continue
            regions = set()
            for nm in names:
                e = self.entries[nm.entry]
                if nm.toks[0] != key or e.get("country") not in NEAR_COUNTRIES:
                    continue
                big = e["type"] == "region" or (
                    e["type"] == "city"
                    and (e.get("pop") is None or e["pop"] >= NEAR_POP)
                    and not (e.get("cue") or e.get("shadow") or e.get("alts"))
                )
                if big and e.get("region"):
                    regions.add(e["region"])
            if len(regions) != 1:
                continue
            for d in _deletes(key) | {key}:
                out.setdefault(d, set()).add(key)
        return {d: tuple(sorted(keys)) for d, keys in out.items()}

    def _near_said(self, text, toks, i, given) -> bool:
        """Is the misspelt word at token ``i`` said where a place is ("in", "from", "the village
        of", "the ... region"), not a person's name ("Chertkov had complained")?"""
        if self._en_person_like(toks, i, given):
            return False
        prev = toks[i - 1][0].lower() if i else ""
        return prev in _NEAR_BEFORE or self._en_cued(text, toks, i)

    def _near_key(self, tok: str) -> str | None:
        """The one gazetteer name ``tok`` (a capitalised word no name starts with) is a slip of,
        or None (none, or several: "Kharkhiv" -> "Kharkiv")."""
        if len(tok) < NEAR_MIN or not tok.isalpha() or tok.isupper() or not tok[:1].isupper():
            return None
        # (a word's answer is kept: a long text repeats its capitalised words, and reading one
        # costs a set of its forms with a letter left out and an English dictionary look-up)
        global _NEAR_SEEN
        near = self._en_near
        seen = _NEAR_SEEN
        if seen[0] is not near or len(seen[1]) >= 100_000:
            seen = _NEAR_SEEN = (near, {})
        key = seen[1].get(tok, _UNSEEN)
        if key is _UNSEEN:
            key = seen[1][tok] = self._near_read(tok)
        return key

    def _near_read(self, tok: str) -> str | None:
        """:meth:`_near_key`, read."""
        near = self._en_near
        cands = set(near.get(tok, ()))
        for d in _deletes(tok):
            cands.update(near.get(d, ()))
        hits = {k for k in cands if one_edit(tok, k)}
        if len(hits) != 1:
            return None
        (key,) = hits
        from awol.extract.tokens import known_en

        if known_en(tok):
            return None  # an English word ("Iceland", "Chairman")
        return key

    # ----------------------------------------------------------------- English
    def _find_en(self, text: str) -> list[PlaceMention]:
        given = en_given_names()
        toks = _tokens(text)
        n = len(toks)
        out: list[PlaceMention] = []
        pending: list[tuple[int, int, int]] = []
        listed = self._en_lists(text, toks)
        index = self._en_index
        i = 0
        while i < n:
            if i in listed:
                j, m = listed[i]
                out.append(m)
                i = j
                continue
            tok, s, _ = toks[i]
            if (
                tok.islower()
                and tok not in index
                and "-" not in tok
                and tok != "capital"
                and not tok.endswith(_POSSESSIVE)
            ):
                i += 1  # most words: no name starts here, no district, no "capital"
                continue
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
            slip = None
            if cands is None and tok[:1].isupper():
                slip = self._near_key(tok[:-2] if tok.endswith(_POSSESSIVE) else tok)
                if slip is not None and not self._near_said(text, toks, i, given):
                    slip = None
                if slip is not None:
                    cands = self._en_index[slip]
                    # ("the Kharkhiv region", not "the Chertkov family")
                    if i and toks[i - 1][0].lower() == "the":
                        cands = [nm for nm in cands if len(nm.toks) > 1]
            best = None
            cued = None
            hint = self._en_country_hint(toks, i) if cands else None
            for nm in self._by_hint(cands, hint) if cands else ():
                L = len(nm.toks)
                if i + L > n:
                    continue
                end = self._en_match(text, toks, i, nm, slip)
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
                    if not cued and not (
                        # (a town abroad: a Russian base's seat; at home the many towns named
                        # like words have namesakes, whose region the story chooses, round 35)
                        (e.get("pop") or 0) >= _UNIT_SEAT_POP
                        and e.get("country") not in ("RU", "UA")
                        and self._en_unit_cued(toks, i)
                    ):
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
        return self._with_pending(text, _districts_of_a_city(text, out), pending)

    def _en_match(self, text, toks, i, nm: _Name, slip: str | None = None) -> int | None:
        """The end of name ``nm`` read from token ``i``, or None; ``slip``: the name's first word
        that token ``i`` misspells (:meth:`_near_key`)."""
        L = len(nm.toks)
        for k in range(L):
            tok, s, e = toks[i + k]
            if k:
                if _gap_norm(text[toks[i + k - 1][2] : s]) != nm.gaps[k - 1]:
                    return None
            key = _en_key(tok)
            if not k and slip is not None:
                if tok.endswith(_POSSESSIVE) and L == 1:
                    return e - 2
                key = slip
            if key == nm.toks[k]:
                continue
            if k == L - 1 and tok.endswith(_POSSESSIVE) and _en_key(tok[:-2]) == nm.toks[k]:
                return e - 2
            return None
        return toks[i + L - 1][2]

    def _en_district(self, toks, i) -> tuple[int, int] | None:
        """ "Baltachevsky district" -> (town the district is named after, index of the last token)."""
        tok = toks[i][0]
        if not tok[:1].isupper():
            return None
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
    def _en_unit_cued(toks, i) -> bool:
        """Is token ``i`` a unit's seat ("the air base in Kant", "a regiment stationed near
        Kant": ``unit_words`` of ``data/place_cues.yaml``, then "in"/"near"; round 38)?"""
        if i < 2 or toks[i - 1][0] not in ("in", "near"):
            return False
        return toks[i - 2][0].lower() in cues()["en"].get("unit_words", ())

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
