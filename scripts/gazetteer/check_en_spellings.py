#!/usr/bin/env python3
"""Does the gazetteer read the English spellings of every Russian region and of its centre?

    .venv/bin/python scripts/gazetteer/check_en_spellings.py [--all]

Reads ``scripts/gazetteer/ru_region_forms.tsv`` (each federal subject's English names and its
administrative centre's) and makes the forms English-language news writes them in:

- the generic words of its kind: "X Oblast" is also written "the X region", "X Region",
  "X oblast", "X province"; "X Krai" also "X Territory", "X territory", "X Kray", "the X region";
  "X Autonomous Okrug" also "X Autonomous District";
- the alternations of romanised Russian, one at a time, throughout the name: "-iy" / "-y" /
  "-ii" ("Primorskiy" / "Primorsky"), "ya" / "ia", "yu" / "iu", "ye" / "ie" inside a word
  ("Ulyanovsk" / "Ulianovsk"), "ai" / "ay" ("Altai" / "Altay"), "Ye" / "E" at the start of a
  word ("Yekaterinburg" / "Ekaterinburg") and "yo" / "e" ("Oryol" / "Orel").

Each form is read in a sentence ("It happened in X last week.") and must resolve to the region's
ISO 3166-2 code.  Prints the forms that do not (``--all``: every form) and the counts; exits 1
if any fails.  Nothing is downloaded or written.  ``tests/extract/test_place_spellings.py`` runs
it.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

FORMS = Path(__file__).resolve().parent / "ru_region_forms.tsv"

_GENERIC = {
    " Autonomous Okrug": (" Autonomous Okrug", " Autonomous District"),
    " Autonomous Oblast": (" Autonomous Oblast", " Autonomous Region"),
    " Oblast": (" Oblast", " oblast", " region", " Region", " province"),
    " Krai": (" Krai", " krai", " Kray", " Territory", " territory", " region"),
}

# (pattern, replacement): one class of alternation, applied throughout a name
_ALTERNATIONS = (
    (re.compile(r"(?<=[a-z])iy\b"), "y"),  # Primorskiy -> Primorsky
    (re.compile(r"(?<=sk)y\b"), "iy"),  # Zabaykalsky -> Zabaykalskiy
    (re.compile(r"(?<=[a-z])iy\b"), "ii"),  # Nizhniy -> Nizhnii
    (re.compile(r"(?<=[a-z])y(?=[au][a-z])"), "i"),  # Ulyanovsk -> Ulianovsk, Tyumen -> Tiumen
    # Altai -> Altay, Zabaykalsky -> Zabaikalsky (not "Krai": a generic word keeps its spelling)
    (re.compile(r"(?<=[a-z])ai(?=[bcdfghklmnprstvz]|\b)(?<![Kk]rai)"), "ay"),
    (re.compile(r"(?<=[a-z])ay(?=[bcdfghklmnprstvz]|\b)(?<![Kk]ray)"), "ai"),  # Maykop -> Maikop
    (re.compile(r"\bYe"), "E"),  # Yekaterinburg -> Ekaterinburg
    (re.compile(r"yo"), "e"),  # Oryol -> Orel
)


def read_forms(path: Path = FORMS) -> list[tuple[str, list[str], list[str]]]:
    """(code, region names, centre names) per line of the table."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, regions, centres = line.split("\t")
        out.append((code, regions.split("|"), centres.split("|")))
    return out


def generic_forms(name: str) -> list[str]:
    """A region's name with each generic word of its kind ("Tula Oblast" -> "Tula region" ...)."""
    for suffix, alts in _GENERIC.items():
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            return [stem + a for a in alts] + ([f"the {stem} region"] if " region" in alts else [])
    return [name]


def spellings(name: str) -> list[str]:
    """``name`` and its spellings by each alternation of romanised Russian (one at a time)."""
    out = [name]
    for rx, to in _ALTERNATIONS:
        alt = rx.sub(to, name)
        if alt not in out:
            out.append(alt)
    return out


def all_forms() -> list[tuple[str, str, str]]:
    """(code, "region" or "centre", form) for every form the check reads."""
    out: list[tuple[str, str, str]] = []
    for code, regions, centres in read_forms():
        for kind, names in (("region", regions), ("centre", centres)):
            seen: set[str] = set()
            for name in names:
                for g in generic_forms(name) if kind == "region" else [name]:
                    for form in spellings(g):
                        if form not in seen:
                            seen.add(form)
                            out.append((code, kind, form))
    return out


def failures(show_all: bool = False) -> tuple[list[str], int]:
    """The lines of the forms that do not resolve to their region (every form's with
    ``show_all``) and the number of forms read."""
    from awol.extract.places import get_gazetteer

    g = get_gazetteer()
    lines = []
    forms = all_forms()
    for code, kind, form in forms:
        text = f"It happened in {form} last week."
        ms = g.find(text, "en")
        got = next((m.region for m in ms if m.region), None)
        if got != code or show_all:
            mark = "ok  " if got == code else "FAIL"
            lines.append(f"{mark} {code:<7} {kind:<6} {form!r:<40} -> {got}")
    return lines, len(forms)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--all", action="store_true", help="print every form, not only failures")
    args = ap.parse_args()
    lines, n = failures(args.all)
    print("\n".join(lines))
    bad = sum(line.startswith("FAIL") for line in lines)
    print(f"\n{n - bad} of {n} forms resolve to their region; {bad} do not")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
