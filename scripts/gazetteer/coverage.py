#!/usr/bin/env python3
"""How well does the gazetteer resolve Russian settlements and districts in running text?

    PYTHONPATH=src .venv/bin/python scripts/gazetteer/coverage.py [--n 200] [--seed 50] [-v]

Samples settlements of Russia with a region from ``data/settlements.tsv`` (two pools: towns of
5,000+ people, and smaller places), puts each name in template sentences in the forms news
uses (Russian: locative and genitive after a preposition, after a settlement word, with its
region; a district adjective "в Xском районе", a court "Xский городской суд", "xские
полицейские"; English: "in X", "a court in X", "the village of X in the Y region", "X police",
"the X district") and counts, per template, the sentences whose found places include the
settlement's region.  Inflections come from pymorphy3; the adjectives from the regular rules
(-ск -> -ский, -ово/-ево/-ино -> -овский/-евский/-инский, -ов/-ев/-ин -> -овский...), so only
names of those shapes get adjective templates.  Nothing is written.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

from awol.extract.places import get_gazetteer, get_morph
from awol.extract.places_data import load_settlements


def _inflect(name: str, case: str) -> str | None:
    m = get_morph()
    out = []
    for part in name.split(" "):
        pieces = part.split("-")
        got = []
        for p in pieces:
            if p.lower() in ("на", "де", "в"):
                got.append(p)
                continue
            ps = [x for x in m.parse(p) if "Geox" in x.tag or "NOUN" in x.tag or "ADJF" in x.tag]
            if not ps:
                return None
            f = ps[0].inflect({case})
            if f is None:
                return None
            w = f.word
            got.append(w[:1].upper() + w[1:] if p[:1].isupper() else w)
        out.append("-".join(got))
    return " ".join(out)


def _adj_stem(name: str) -> str | None:
    """The stem a town's adjective is made from, for the regular shapes only."""
    n = name
    if " " in n or "-" in n:
        return None
    low = n.lower()
    if low.endswith("ск"):
        return n[:-1]
    for end in ("ово", "ево", "ёво", "ино", "ыно"):
        if low.endswith(end):
            return n[:-1] + "с"
    for end in ("ов", "ев", "ин", "ын"):
        if low.endswith(end):
            return n + "с"
    return None


def _adj(stem: str, ending: str) -> str:
    return stem + ending


def _region_gen(g, code: str) -> str | None:
    e = g.lookup(code)
    if not e or not e.get("name_ru"):
        return None
    return _inflect(e["name_ru"], "gent")


def _region_en(g, code: str) -> str | None:
    e = g.lookup(code)
    return e.get("name_en") if e else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=50)
    ap.add_argument("-v", action="store_true", help="print every failing sentence")
    args = ap.parse_args()
    g = get_gazetteer()
    rows = [
        s for s in load_settlements() if s["country"] == "RU" and s["region"] and not s["shadow"]
    ]
    rnd = random.Random(args.seed)
    big = [s for s in rows if s["pop"] >= 5000]
    small = [s for s in rows if s["pop"] < 5000]
    ok: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    fails: list[str] = []
    cur = [""]

    def check(kind: str, text: str, lang: str, region: str) -> None:
        flag = cur[0]
        tried[kind] += 1
        if any(m.region == region for m in g.find(text, lang)):
            ok[kind] += 1
        else:
            fails.append(f"{kind}\t{region}\t{flag}\t{text}")

    for pool, tag in ((big, "big"), (small, "small")):
        for s in rnd.sample(pool, min(args.n, len(pool))):
            reg, ru, en = s["region"], s["name_ru"], s["name_en"]
            cur[0] = f"{'cue' if s['cue'] else '-'}/{s['pop']}"
            rg = _region_gen(g, reg)
            loc = _inflect(ru, "loct")
            gen = _inflect(ru, "gent")
            if tag == "big":
                if loc:
                    check("ru loc", f"Солдата задержали в {loc}.", "ru", reg)
                if gen:
                    check("ru gen", f"Он сбежал из {gen} неделю назад.", "ru", reg)
                    check(
                        "ru court of", f"Гарнизонный военный суд {gen} приговорил его.", "ru", reg
                    )
                if loc:
                    check("ru unit in", f"Он служил в воинской части в {loc}.", "ru", reg)
                if ru.lower().endswith(("ово", "ево", "ёво", "ино", "ыно")):
                    # (the undeclined form news now mostly write: "в Пушкино", "из Кемерово")
                    check("ru -ово undeclined", f"Солдата задержали в {ru}.", "ru", reg)
                    check("ru -ово undeclined", f"Он сбежал из {ru} неделю назад.", "ru", reg)
                check("en in", f"He was detained in {en} last week.", "en", reg)
                check("en court", f"A court in {en} sentenced him.", "en", reg)
                check("en police", f"On Monday {en} police detained the soldier.", "en", reg)
                check("en garrison", f"The {en} Garrison Military Court sentenced him.", "en", reg)
                check("en adj court", f"On Monday a {en} court sentenced him.", "en", reg)
            if rg:
                check(f"ru settle+region {tag}", f"Его задержали в посёлке {ru} {rg}.", "ru", reg)
                if loc:
                    check(f"ru loc+region {tag}", f"Его задержали в {loc} {rg}.", "ru", reg)
            ren = _region_en(g, reg)
            if ren:
                check(
                    f"en village+region {tag}",
                    f"He was found in the village of {en}, {ren}.",
                    "en",
                    reg,
                )
            stem = _adj_stem(ru)
            if stem:
                check(f"ru district {tag}", f"Его нашли в {stem}ком районе.", "ru", reg)
                if rg:
                    check(
                        f"ru district+region {tag}",
                        f"Его нашли в {stem}ком районе {rg}.",
                        "ru",
                        reg,
                    )
                if tag == "big":
                    check("ru court adj", f"{stem}кий городской суд приговорил его.", "ru", reg)
                    check("ru commissariat adj", f"Его доставили в {stem}кий военкомат.", "ru", reg)
                    check(
                        "ru police adj",
                        f"{stem.lower()}кие полицейские задержали его.".capitalize(),
                        "ru",
                        reg,
                    )
                    check(
                        "ru garrison adj",
                        f"{stem}кий гарнизонный военный суд приговорил его.",
                        "ru",
                        reg,
                    )
                en_stem = en[:-1] + "sky" if en.endswith(("o", "e", "a")) else en + "sky"
                check(
                    f"en district {tag}", f"He was detained in the {en_stem} district.", "en", reg
                )
    for k in sorted(tried):
        print(f"{k:28s} {ok[k]:4d}/{tried[k]:4d}  {ok[k] / tried[k]:.3f}")
    if args.v:
        print("\n".join(fails))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
