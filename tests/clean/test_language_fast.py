"""Language identification's quick forms (awol.clean.language) say what the plain reading says:
each character's kind kept per character (``_kind``), the characters every candidate spells kept
per script (``_spelt_by_all``), the stopwords counted in C (``_by_stopwords``), and an ASCII
text's letters counted without counting its characters one by one (its words read by the ASCII
twin of the word pattern).  Checked on every character up to U+3000, on random sets of
characters (each asked twice: once read, once from what was kept), on the development corpus
and on random texts."""

from __future__ import annotations

import random
from pathlib import Path

from awol.clean import language as L
from awol.clean.encoding import decode

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"
_ALPHABET = "abcxyz ABCXYZ éüßłİı ąčęõ ыэъ іїєўјљ абвгд ГДЕЁ .,!?:\n’'-—0123 αβ א ا 中 한 ÀÖ\u00a0"


def _plain_kind(ch: str) -> int:
    if "\u0400" <= ch <= "\u04ff":
        return 0
    if ch.isascii():
        return 1 if ch.isalpha() else 3
    if L._LAT.match(ch):
        return 1
    return 2 if L._ANY_OTHER.match(ch) else 3


def _texts() -> list[str]:
    rng = random.Random(23)
    out = [decode(p.read_bytes(), str(p))[0] for p in sorted(DEV.glob("*.txt"))]
    out += [ln for t in list(out) for ln in t.split("\n") if ln.strip()]
    out += ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 120))) for _ in range(2000)]
    return out


def test_each_characters_kind_is_the_plain_reading() -> None:
    for code in list(range(0x3000)) + [0xAC00, 0xFF21, 0x1F600]:
        ch = chr(code)
        assert L._kind(ch) == _plain_kind(ch), hex(code)
        assert L._KIND.get(ch, _plain_kind(ch)) == _plain_kind(ch), hex(code)


def test_spelt_by_all_is_the_plain_test_and_keeps_only_what_passes() -> None:
    data = L._data()
    rng = random.Random(5)
    for _ in range(3000):
        chars = set(rng.sample(_ALPHABET, rng.randint(0, 12)))
        for script in ("latin", "cyrillic"):
            rx = L._CYR if script == "cyrillic" else L._LAT
            want = all(ch.lower() in data.common[script] for ch in chars if rx.match(ch))
            assert L._spelt_by_all(chars, script, data) is want, (chars, script)
            assert L._spelt_by_all(chars, script, data) is want, (chars, script)  # (kept)
    for script, kept in L._SPELT.items():
        rx = L._CYR if script == "cyrillic" else L._LAT
        assert not any(rx.match(ch) and ch.lower() not in data.common[script] for ch in kept)


def test_stopwords_are_counted_as_word_by_word() -> None:
    data = L._data()
    for text in _texts():
        words = L._WORD.findall(text[:1500])
        for script in ("latin", "cyrillic"):
            candidates = data.candidates[script]
            counts: dict[str, int] = {}
            for w in words:
                for lang in data.stopwords.get(w.lower(), ()):
                    if lang in candidates:
                        counts[lang] = counts.get(lang, 0) + 1
            ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            want = None
            if ranked:
                best, top = ranked[0]
                second = ranked[1][1] if len(ranked) > 1 else 0
                if top >= L._FAST_STOPWORDS and top >= L._FAST_MARGIN * second:
                    want = best
            assert L._by_stopwords(data, words, candidates) == want


def test_an_ascii_text_reads_as_through_the_character_counts() -> None:
    """An ASCII text and the same text with a no-break space after it (not ASCII: its
    characters counted one by one; the space is no letter and no word) read alike (the
    language too where the n-gram model, which reads the space, is not asked); and the ASCII
    twin of the word pattern finds the same words in it."""
    data = L._data()
    seen = 0
    for text in _texts():
        if not text.isascii():
            continue
        seen += 1
        sample = text[:1500]
        words = L._WORD.findall(sample)
        assert L._WORD_ASCII.findall(sample) == words
        a, b = L.identify(sample), L.identify(sample + "\u00a0")
        assert (a.script, a.script_share, a.spellable) == (b.script, b.script_share, b.spellable)
        if len(a.spellable) == 1 or L._by_stopwords(data, words, a.spellable) is not None:
            assert (a.code, a.confidence) == (b.code, b.confidence), sample[:80]
    assert seen > 100


def _plain_names(sample: str) -> list[str]:
    out = []
    for m in L._WORD.finditer(sample):
        w = m.group()
        if w[0].isupper() and not w.isupper():
            if not L._SENTENCE_START.search(sample, max(0, m.start() - 4), m.start()):
                out.append(w)
    return out


def test_capitalised_words_are_those_of_the_word_by_word_reading() -> None:
    """``_names`` finds the capitalised words by a pattern of their own (a capital with no
    letter before it), and reads word by word where a capital follows an apostrophe that joins
    it to a word ("O'Neil", "d'Arc") or the text holds a letter beyond the BMP: the same words
    as reading every word, on the dev texts and random ones of capitals, apostrophes, Greek,
    titlecase and mathematical letters."""
    rng = random.Random(11)
    alphabet = _ALPHABET + "ǅῼΑΒ𝐀𝐁 O'N d’A ’'"
    texts = _texts() + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(5000)
    ]
    texts += ["O'Neil and Mc'Donald met D'Arc.", "Jean d’Arc, rock'n'Roll", "𝐀bc Ivan"]
    for text in texts:
        assert L._names(text) == _plain_names(text), text
    word = L._capital_word()
    assert word.match("Ivan").group() == "Ivan" and word.search("xIvan") is None
