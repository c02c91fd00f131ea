"""Build ``src/awol/extract/lang/en/given_names_lexicon.txt``: the Latin spellings of every given
name the Russian dictionary knows.

    .venv/bin/python scripts/build_given_names.py

Reads pymorphy3's dictionary (its ``Name`` lemmas, nominative singular, both genders) and
``lang/ru/given_names.txt`` (the names it lacks), and writes each name's news-style
transliteration (:func:`awol.extract.names.transliterate_ru`; a Ukrainian spelling with "h" for
"г" beside it: "Oleh", "Hennadiy"), sorted, one per line, but for the spellings that are English words too
(simplemma's English dictionary: "Garrison", "Wagner", "Will").  The other spellings the press uses
(y/i/iy/ii, kh/h, ya/ia, j/i, x/ks) are read through :func:`awol.extract.names.name_key`, so one
spelling a name is enough.  The English recogniser reads this list where a Slavic surname follows
(``awol.extract.names``: a given name of the dictionary is a weaker cue than one of the curated
``given_names.txt``).  Deterministic: the same dictionary gives the same file.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/awol/extract/lang/en/given_names_lexicon.txt"

HEADER = """\
# Latin spellings of the Russian dictionary's given names (pymorphy3 Name lemmas) and of
# lang/ru/given_names.txt, one per line; built by scripts/build_given_names.py (do not edit by
# hand: rebuild).  Read by awol.extract.names through name_key (spelling variants compare equal).
"""


def main() -> None:
    import pymorphy3
    import simplemma

    from awol.extract.names import ru_given_names, transliterate_ru

    morph = pymorphy3.MorphAnalyzer()
    names: set[str] = set()
    for _word, tag, normal, _para, _idx in morph.dictionary.iter_known_words():
        if "Name" in tag and "nomn" in tag and "sing" in tag:
            names.add(normal)
    names |= {nom.lower() for nom, _g, _c in ru_given_names().values()}
    out: set[str] = set()
    for n in names:
        # (a name that is an English word too, "Garrison", "Wagner", "Will", "Mark", is no cue:
        # only the curated list, read before this one, has the common ones, "Ivan", "Maria")
        if not n.isalpha() or len(n) < 3:
            continue
        cap = n[:1].upper() + n[1:]
        latin = transliterate_ru(cap)
        if not latin.isascii() or not latin.isalpha():
            continue
        spellings = {latin}
        if "g" in latin.lower():  # ("g" is only ever "г")
            spellings.add(latin.replace("g", "h").replace("G", "H"))
        out |= {w for w in spellings if not simplemma.is_known(w.lower(), lang="en")}
    OUT.write_text(HEADER + "\n".join(sorted(out)) + "\n", encoding="utf-8")
    print(f"{len(out)} spellings -> {OUT}")


if __name__ == "__main__":
    main()
