#!/usr/bin/env python3
"""Where the coders take an event's region and date from when its own sentence states none, on
TRAIN documents only (gold events; nothing is extracted).

    .venv/bin/python scripts/context_places.py ../shared/corpus/real [--language ru] [--half A|B]
        [--show]

For every gold event of a train document (``splits.json``; ``--half``: the train ids of one
half, as ``scripts/attribution_errors.py`` deals them) whose evidence sentence names no place with
a region (the gazetteer, less outlets' names and armies' owners), counts whether the gold region
is set, and where the article names that region: the headline, the sentence before or after the
evidence, the nearest earlier sentence naming a region, the only region the article names.
It also scores, on the same events, the candidate carries a rule could make (right = the gold
region; wrong = another region, or a region where the gold leaves it null).  The same for dates:
an evidence sentence with no date, and whether the gold date is the publication date (or its
month), the date of the sentence before, or null.  ``--show``: one line per such event.  Never
reads the test split: a corpus without ``splits.json`` is refused.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path


def _articles(folder: Path, ids: list[str]) -> dict:
    from awol.clean import clean_documents
    from awol.ingest.files import iter_documents
    from awol.ingest.manifest import load_manifest

    man = load_manifest(str(folder / "manifest.jsonl"))
    docs = iter_documents([str(folder / f"{i}.txt") for i in ids], man)
    return {a.id: a for a in clean_documents(docs) if not isinstance(a, Exception)}


def _regions(gaz, text: str, lang: str) -> list:
    from awol.extract.places import not_outlets
    from awol.extract.story import owner_not_place

    ps = not_outlets(text, gaz.find(text, lang), lang)
    return [p for p in ps if p.region and not owner_not_place(text, p, lang)]


def _places(gaz, text: str, lang: str) -> list:
    """Every place of ``text`` with a country (less outlets' names and armies' owners)."""
    from awol.extract.places import not_outlets
    from awol.extract.story import owner_not_place

    ps = not_outlets(text, gaz.find(text, lang), lang)
    return [p for p in ps if p.country and not owner_not_place(text, p, lang)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--language")
    ap.add_argument("--half", choices=["A", "B"])
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    from attribution_errors import train_gold

    from awol.extract.dates import find_dates
    from awol.extract.places import get_gazetteer
    from awol.extract.sentences import split_sentences
    from awol.extract.story import army_country

    gaz = get_gazetteer()
    gold = list(train_gold(args.corpus, args.half, args.language))
    arts = _articles(args.corpus, [d["id"] for d, _ in gold])
    where: Counter = Counter()
    rules: dict[str, Counter] = {}
    dates: Counter = Counter()
    by_type: Counter = Counter()
    countries: Counter = Counter()
    crules: dict[str, Counter] = {}

    def crule(name: str, etype: str, pred, gold_country) -> None:
        how = "none" if pred is None else "right" if pred == gold_country else "wrong"
        crules.setdefault(name, Counter())[how] += 1
        crules.setdefault(f"{name} [{etype}]", Counter())[how] += 1

    def rule(name: str, etype: str, pred, gold_region) -> None:
        how = "none" if pred is None else "right" if pred == gold_region else "wrong"
        rules.setdefault(name, Counter())[how] += 1
        rules.setdefault(f"{name} [{etype}]", Counter())[how] += 1

    for doc, lang in gold:
        art = arts.get(doc["id"])
        if art is None:
            continue
        text = art.text
        sents = split_sentences(text, lang)
        regs = [_regions(gaz, s.text, lang) for s in sents]
        cps = [_places(gaz, s.text, lang) for s in sents]
        title = art.title
        head = 0 if title and text.startswith(title) else None
        all_regions = {p.region for rs in regs for p in rs}
        for e in doc.get("events") or []:
            ev = (e.get("evidence") or "").strip()
            at = text.find(ev[:80]) if ev else -1
            if at < 0:
                where["evidence not found in text"] += 1
                continue
            k = next((s.index for s in sents if s.start <= at < s.end), None)
            if k is None:
                continue
            own = _regions(gaz, ev, lang)
            gr = e.get("region")
            t = e["type"]
            if not _places(gaz, ev, lang):
                gc = e.get("country")
                countries[f"no place in own sentence, gold country {'set' if gc else 'null'}"] += 1
                countries[f"  {t}: gold country {'set' if gc else 'null'}"] += 1
                allc = {p.country for ps in cps for p in ps}
                one = next(iter(allc)) if len(allc) == 1 else None
                crule("article's single country", t, one, gc)
                prevc = next((ps for ps in reversed(cps[:k]) if ps), [])
                nc = {p.country for p in prevc}
                crule("nearest earlier sentence's country", t, next(iter(nc)) if len(nc) == 1
                      else None, gc)  # fmt: skip
                crule("the army's country (army_country)", t, army_country(text, lang), gc)
                crule("RU", t, "RU", gc)
            if own:
                where["own sentence names a region"] += 1
            else:
                where["no region in own sentence"] += 1
                where[f"  gold region {'set' if gr else 'null'}"] += 1
                by_type[(t, bool(gr))] += 1
                flags = []
                if gr:
                    pt = e.get("place_text")
                    if pt and pt in ev:
                        flags.append("its place_text is in its sentence (the gazetteer misses it)")
                    if gr not in all_regions:
                        flags.append("not named in the article")
                    if head is not None and any(p.region == gr for p in regs[head]):
                        flags.append("headline")
                    if k > 0 and any(p.region == gr for p in regs[k - 1]):
                        flags.append("sentence before")
                    if k + 1 < len(sents) and any(p.region == gr for p in regs[k + 1]):
                        flags.append("sentence after")
                    if any(p.region == gr for rs in regs[:k] for p in rs):
                        flags.append("some sentence before")
                    if all_regions == {gr}:
                        flags.append("the only region of the article")
                    for f in flags:
                        where[f"    gold region set: {f}"] += 1
                # candidate carries
                single = next(iter(all_regions)) if len(all_regions) == 1 else None
                rule("article's single region", t, single, gr)
                prev = next((rs for rs in reversed(regs[:k]) if rs), [])
                near = {p.region for p in prev}
                rule("nearest earlier sentence's region", t, next(iter(near)) if len(near) == 1
                     else None, gr)  # fmt: skip
                hd = {p.region for p in regs[head]} if head is not None and head != k else set()
                rule("headline's region", t, next(iter(hd)) if len(hd) == 1 else None, gr)
                both = single if single and hd == {single} else None
                rule("article's single region, named in the headline", t, both, gr)
                pv = {p.region for p in regs[k - 1]} if k > 0 else set()
                rule("sentence before's region", t, next(iter(pv)) if len(pv) == 1 else None, gr)
                if args.show:
                    print(f"{doc['id']} {t:<11} gold={gr} single={single} "
                          f"near={sorted(near)} flags={flags}\n    {ev[:140]}")  # fmt: skip
            # dates
            pub = art.published or doc.get("published")
            own_dates = [d for d in find_dates(ev, lang, pub) if d.value]
            if own_dates:
                continue
            gd = e.get("date")
            dates["no date in own sentence"] += 1
            if not gd:
                dates["  gold date null"] += 1
                continue
            dates["  gold date set"] += 1
            if args.show:
                print(f"DATE {doc['id']} {t:<11} gold={gd} pub={pub} text={e.get('date_text')!r}"
                      f"\n    {ev[:160]}")  # fmt: skip
            if pub and gd == pub:
                dates["  gold date set: = publication date"] += 1
            elif pub and gd == pub[:7]:
                dates["  gold date set: = publication month"] += 1
            before = (
                [d.value for d in find_dates(sents[k - 1].text, lang, pub) if d.value] if k else []
            )
            if gd in before:
                dates["  gold date set: a date of the sentence before"] += 1
            elif any(
                gd in [d.value for d in find_dates(s.text, lang, pub) if d.value] for s in sents[:k]
            ):
                dates["  gold date set: a date of an earlier sentence"] += 1
            else:
                dates[
                    "  gold date set: given by a later sentence, or by words that are no date"
                ] += 1

    print("REGION (gold events)")
    for k, v in sorted(where.items()):
        print(f"  {k}: {v}")
    print(
        "  by type (type, gold region set): "
        + ", ".join(f"{k}: {v}" for k, v in sorted(by_type.items()))
    )
    print("candidate carries on events with no region in their sentence (right/wrong/none):")
    for k, c in sorted(rules.items()):
        print(f"  {k}: {c['right']}/{c['wrong']}/{c['none']}")
    print("COUNTRY (gold events whose sentence names no place)")
    for k, v in sorted(countries.items()):
        print(f"  {k}: {v}")
    print("candidate carries (right/wrong/none):")
    for k, c in sorted(crules.items()):
        print(f"  {k}: {c['right']}/{c['wrong']}/{c['none']}")
    print("DATE (gold events)")
    for k, v in sorted(dates.items()):
        print(f"  {k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
