"""Audit of public output for person names (used by the privacy tests and bench_privacy.py).

``leaks(text, names)`` lists the forms of ``names`` found in ``text``, built independently of the
masking code: each name part of at least 4 letters, every pymorphy3 form of a Cyrillic part,
the transliteration of each form into Latin, and any word extending the part's stem by at most
3 letters (Гуров -> Гурова, Гуровым; Sablin -> Sablina), all case-insensitive.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from pathlib import Path

_CYR = re.compile(r"[А-Яа-яЁё]")
_PART = re.compile(r"[^\W\d_]{4,}")


@functools.lru_cache(maxsize=20_000)
def part_patterns(part: str) -> re.Pattern:
    from awol.extract.names import transliterate_ru
    from awol.extract.places import get_morph

    forms = {part}
    if _CYR.search(part):
        for p in get_morph().parse(part)[:4]:
            forms.update(f.word for f in p.lexeme)
        forms |= {transliterate_ru(f) for f in list(forms)}
    alts = []
    for f in sorted(forms, key=len, reverse=True):
        stem = re.sub(r"(?i)[aeiouyаеёиоуыэюяйь]+$", "", f)
        if len(stem) >= 4:
            alts.append(re.escape(stem) + r"\w{0,3}")
        alts.append(re.escape(f))
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=20_000)
def _is_place(word: str) -> bool:
    from awol.extract.places import get_gazetteer

    lang = "ru" if _CYR.search(word) else "en"
    ms = get_gazetteer().find(word, lang)
    return bool(ms) and ms[0].start == 0 and ms[0].end == len(word)


def leaks(text: str, names: Iterable[str]) -> list[str]:
    """Forms of ``names`` in ``text`` (a word that is itself a known place, such as the town
    of Artyom, is not counted)."""
    found = []
    for name in set(names):
        for part in _PART.findall(name):
            for m in part_patterns(part).finditer(text):
                if not _is_place(m.group()[:1].upper() + m.group()[1:]):
                    found.append(m.group())
    return found


def gold_names(corpus: Path) -> set[str]:
    out = set()
    for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        for ev in doc.get("events", []):
            out.update(n for n in ev.get("names") or [] if n)
    return out


def over_masking(public_text: str, original_text: str, names: Iterable[str]) -> tuple[int, int]:
    """(masked words that are not forms of ``names``, all words of the original) -- a rough
    measure of how much non-name text the masking hides."""
    masked = public_text.count("[name]")
    name_words = len(leaks(original_text, names))
    return max(0, masked - name_words), len(re.findall(r"\w+", original_text))
