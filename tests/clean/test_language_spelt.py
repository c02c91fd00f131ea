"""Language identification reads the names of a text (capitalised words, weighing a tenth:
awol.clean.language._script_letters) only where they can change which candidates spell it: a
text whose letters every candidate's alphabet holds (most English ones) is spelt by them all,
whatever its letters weigh.  Checked against the full reading (letters weighed, names read) on
the development corpus and on random texts of Latin and Cyrillic letters, with and without
letters some candidates lack, capitalised words and sentence ends."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from awol.clean import language as L

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"


def _full(text: str) -> tuple[str, ...] | None:
    """The candidates that spell ``text`` as read before the shortcut (None: no Latin or
    Cyrillic reading of it)."""
    sample = text[:1500]
    ident = L.identify(text)
    if ident.script not in ("latin", "cyrillic"):
        return None
    chars = Counter(sample)
    if ident.script_share < L._MIXED_SHARE:
        sample = L._lines_in(sample, ident.script)
    letters = L._script_letters(chars, sample, ident.script)
    return L._spellable(L._data(), ident.script, letters)


def _texts() -> list[str]:
    out = [p.read_bytes().decode("utf-8", "replace") for p in sorted(DEV.glob("*.txt"))]
    rng = random.Random(22)
    latin = "abcdefghijklmnopqrstuvwxyz" * 3 + "éàüöçłşăţõ"
    cyr = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя" * 2 + "іїєґўі"
    for alphabet in (latin, cyr, "abcdefghijklmnopqrstuvwxyz", "абвгдежзиклмнопрстуфхцчш"):
        for _ in range(150):
            words = []
            for _ in range(rng.randint(3, 60)):
                w = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9)))
                words.append(w.capitalize() if rng.random() < 0.3 else w)
                if rng.random() < 0.1:
                    words[-1] += rng.choice(".!?:\n")
            out.append(" ".join(words))
    return out


def test_the_candidates_that_spell_a_text_are_those_of_the_full_reading():
    shortcut = 0
    for text in _texts():
        full = _full(text)
        if full is None:
            continue
        assert L.identify(text).spellable == full, text[:80]
        data = L._data()
        ident = L.identify(text)
        rx = L._CYR if ident.script == "cyrillic" else L._LAT
        shortcut += all(
            ch.lower() in data.common[ident.script] for ch in text[:1500] if rx.match(ch)
        )
    assert shortcut >= 100  # (the shortcut is taken: the English dev texts, plain random ones)


def test_the_common_letters_are_in_every_candidates_alphabet():
    data = L._data()
    for script, langs in data.candidates.items():
        assert data.common[script] and all(data.common[script] <= data.alphabet[x] for x in langs)
    assert set("abcdefghijklmnopqrstuvwxyz") <= data.common["latin"]
    assert (
        "ы" not in data.common["cyrillic"]
    )  # (Ukrainian lacks it: a Russian text reads its names)
