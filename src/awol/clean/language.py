"""Language identification that holds on short texts: script, alphabet, then character n-grams.

1. Script: the letters of the sample are counted by script; a text mostly in another script
   (Greek, Hebrew, Arabic, Georgian, Armenian, CJK) gets that script's language.
2. Alphabet: of the Latin or Cyrillic languages listed in ``languages.yaml`` (``candidates``),
   only those whose alphabet spells the text's letters stay candidates ("ы" is no Ukrainian
   letter, "ў" only Belarusian, "и" no Belarusian one, "ł" only Polish; a few foreign letters in
   a long text are tolerated: a quoted name).
3. A long text whose stopwords leave no doubt is identified by them (fast path); otherwise
   py3langid's character n-gram model (a naive Bayes model shipped inside its wheel; nothing is
   downloaded) scores the candidates, each weighted by its ``prior`` (the languages of AWOL's
   feeds): a short post that reads as well as Bulgarian as Russian is Russian.

``detect_language`` returns ``(code, confidence)``: a code whenever the text has letters (an
unsupported language is an answer the caller reports, never silence), None only for a text
without letters.  The confidence is the model's posterior scaled by how much text there is, so
that a short text overrides a declared language only when its script says so
(``choose_language``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Set
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain
from typing import Any

import yaml

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CYR = re.compile(r"[\u0400-\u04ff]")
_LAT = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]")
_OTHER_SCRIPTS = (
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u0600-\u06ff]"), "ar"),
    (re.compile(r"[\u10a0-\u10ff]"), "ka"),
    (re.compile(r"[\u0530-\u058f]"), "hy"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\u4e00-\u9fff]"), "zh"),
    (re.compile(r"[\uac00-\ud7af]"), "ko"),
)
_ANY_OTHER = re.compile(
    r"[\u0370-\u03ff\u0530-\u06ff\u10a0-\u10ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)
_BASE = {
    "latin": frozenset("abcdefghijklmnopqrstuvwxyz"),
    "cyrillic": frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
}
CYRILLIC = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "tt"})
_FOREIGN_SHARE = 0.01  # letters outside a language's alphabet tolerated (quoted names) ...
_FOREIGN_MIN = 0.34  # ... and at least one letter of a name
_NAME_WEIGHT = 0.1  # weight of a letter of a capitalised word (see _script_letters)
_FULL_EVIDENCE = 120  # letters for a confidence of 1 (fewer: a short text is less sure)
_FAST_STOPWORDS = 12  # stopword hits of the best language for the fast path ...
_FAST_MARGIN = 3  # ... and how many times the runner-up's
_MIXED_SHARE = 0.8  # below this share of its script's letters a text is read by its lines


@dataclass(frozen=True)
class _Data:
    candidates: dict[str, tuple[str, ...]]  # script -> languages
    prior: dict[str, float]
    other_prior: float
    alphabet: dict[str, frozenset[str]]  # language -> its lower-case letters
    stopwords: dict[str, tuple[str, ...]]  # word -> languages that list it
    common: dict[str, frozenset[str]]  # script -> the letters all its candidates' alphabets hold


@lru_cache(maxsize=1)
def _data() -> _Data:
    raw = yaml.safe_load(
        resources.files("awol.clean").joinpath("languages.yaml").read_text("utf-8")
    )
    candidates = {s: tuple(str(c) for c in langs) for s, langs in raw["candidates"].items()}
    prior = {str(k): float(v) for k, v in raw["prior"].items()}
    other = prior.pop("other", 0.2)
    lacks = {str(k): set(v) for k, v in (raw.get("cyrillic_lacks") or {}).items()}
    alphabet = {}
    for script, langs in candidates.items():
        for lang in langs:
            letters = set(_BASE[script]) - lacks.get(lang, set())
            alphabet[lang] = frozenset(letters | set(str(raw["alphabets"].get(lang) or "")))
    inv: dict[str, list[str]] = {}
    for lang, words in raw["stopwords"].items():
        for w in words:
            inv.setdefault(str(w).lower(), []).append(str(lang))
    common = {
        s: frozenset.intersection(*(alphabet[x] for x in langs)) for s, langs in candidates.items()
    }
    stops = {w: tuple(ls) for w, ls in inv.items()}
    return _Data(candidates, prior, other, alphabet, stops, common)


def load_language_model() -> None:
    """Load the n-gram model now (it is otherwise loaded by the first text that needs it)."""
    _model()


@lru_cache(maxsize=1)
def _model() -> Any:
    """py3langid's identifier, restricted once to the candidate languages (~1 s to load)."""
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError as exc:  # an environment made before the dependency was added
        raise ImportError(
            "py3langid is not installed (a dependency since the short-text language "
            "identification): run scripts/setup.sh"
        ) from exc

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    langs = sorted({c for cs in _data().candidates.values() for c in cs})
    ident.set_languages(langs)
    return ident


@dataclass(frozen=True)
class Identification:
    code: str | None
    confidence: float
    script: str | None  # "latin", "cyrillic", "other", or None without letters
    script_share: float  # share of the sample's letters in that script
    spellable: tuple[str, ...] = ()  # the candidates whose alphabet spells the text


# what each character counts as in :func:`identify`: 0 Cyrillic, 1 Latin (an ASCII letter or
# one of the Latin ranges), 2 another script, 3 none (kept per character seen; see _kind)
_KIND: dict[str, int] = {}
_KIND_MAX = 50_000  # characters kept (a text of many scripts: the rest read each time)


def _kind(ch: str) -> int:
    """What ``ch`` counts as in :func:`identify` (see ``_KIND``)."""
    if "\u0400" <= ch <= "\u04ff":
        kind = 0
    elif ch.isascii():
        kind = 1 if ch.isalpha() else 3
    elif _LAT.match(ch):
        kind = 1
    elif _ANY_OTHER.match(ch):
        kind = 2
    else:
        kind = 3
    if len(_KIND) < _KIND_MAX:
        _KIND[ch] = kind
    return kind


def identify(text: str, sample_chars: int = 1500) -> Identification:
    """The language of ``text`` with its confidence and script (see the module doc)."""
    sample = text[:sample_chars]
    chars: Counter[str] | None = None
    if sample.isascii():  # (its letters, A-Z and a-z, are Latin: counted by deleting them)
        distinct: Set[str] = set(sample)
        n_cyr = n_other = 0
        n_lat = len(sample) - len(sample.encode("ascii").translate(None, _ASCII_LETTERS))
    else:
        chars = Counter(sample)  # one C pass; the scripts are read from the distinct characters
        distinct = chars.keys()
        by_kind = [0, 0, 0, 0]
        kinds = _KIND
        for ch, n in chars.items():
            kind = kinds.get(ch)
            by_kind[_kind(ch) if kind is None else kind] += n
        n_cyr, n_lat, n_other = by_kind[0], by_kind[1], by_kind[2]
    total = n_cyr + n_lat + n_other
    if n_other >= 2 and n_other > n_cyr + n_lat:
        code, _hits = max(
            ((c, len(rx.findall(sample))) for rx, c in _OTHER_SCRIPTS), key=lambda x: x[1]
        )
        return Identification(code, 0.9 * min(1.0, n_other / 20), "other", n_other / total)
    if n_cyr + n_lat < 2:
        return Identification(None, 0.0, None, 0.0)
    script = "cyrillic" if n_cyr >= n_lat else "latin"
    n_script = max(n_cyr, n_lat)
    share = n_script / total
    data = _data()
    if share < _MIXED_SHARE:  # a mixed text (a bilingual live blog): read its script's lines
        sample = _lines_in(sample, script)
    words = (_WORD_ASCII if sample.isascii() else _WORD).findall(sample)
    # (a text whose letters every candidate's alphabet holds, most English ones, is spelt by
    # them all whatever its letters weigh: its names are not read)
    if _spelt_by_all(distinct, script, data):
        candidates = data.candidates[script]
    else:
        letters = _script_letters(chars or Counter(text[:sample_chars]), sample, script)
        candidates = _spellable(data, script, letters)
    evidence = min(1.0, n_script / _FULL_EVIDENCE)
    if len(candidates) == 1:
        conf = share * max(evidence, 0.9)
        return Identification(candidates[0], conf, script, share, candidates)
    fast = _by_stopwords(data, words, candidates)
    if fast is not None:
        return Identification(fast, share * 0.95, script, share, candidates)
    code, posterior = _by_ngrams(data, sample, candidates)
    return Identification(code, share * posterior * evidence, script, share, candidates)


# (the same words in an ASCII text: there a letter, ``[^\W\d_]``, is one of these, and "’" is none)
_WORD_ASCII = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# per script, characters known to be no letter of it or a letter all its candidates spell
_SPELT: dict[str, set[str]] = {"cyrillic": set(), "latin": set()}


def _spelt_by_all(chars: Set[str], script: str, data: _Data) -> bool:
    """Does every candidate's alphabet hold each letter of ``script`` of ``chars`` (lower-cased)?
    The characters that pass are kept per script: a text of them all is answered by one set
    difference."""
    known = _SPELT[script]
    rest = chars - known
    if not rest:
        return True
    rx = _CYR if script == "cyrillic" else _LAT
    common = data.common[script]
    ok = True
    for ch in rest:
        if rx.match(ch) and ch.lower() not in common:
            ok = False
        elif len(known) < _KIND_MAX:
            known.add(ch)
    return ok


def detect_language(text: str, sample_chars: int = 1500) -> tuple[str | None, float]:
    """Return ``(code, confidence)``: "en", "ru", "uk", ...; None only for a text without
    letters (see the module doc)."""
    ident = identify(text, sample_chars)
    return ident.code, ident.confidence


def _script_letters(chars: Counter[str], sample: str, script: str) -> dict[str, float]:
    """Lower-cased letters of the script and their weights: a letter of a capitalised word
    inside a sentence (a name: "Frătăuţii", "Pabradė") weighs a tenth, so that a name spelt in
    its own language does not take the text out of the language that quotes it."""
    rx = _CYR if script == "cyrillic" else _LAT
    counts: dict[str, float] = {}
    for ch, n in chars.items():
        if rx.match(ch):
            low = ch.lower()
            counts[low] = counts.get(low, 0.0) + n
    if not sample.isupper():  # an ALL-CAPS headline has no names to tell apart
        names = "".join(_names(sample)).lower()
        for ch, n in Counter(names).items():
            if ch in counts:
                counts[ch] -= n * (1 - _NAME_WEIGHT)
    return counts


def _lines_in(sample: str, script: str) -> str:
    """The lines of ``sample`` mostly in ``script`` (the n-gram model read on a bilingual
    text's mix of scripts answers a third language: Latvian for English and Russian)."""
    rx, other = (_CYR, _LAT) if script == "cyrillic" else (_LAT, _CYR)
    kept = [ln for ln in sample.split("\n") if len(rx.findall(ln)) > len(other.findall(ln))]
    return "\n".join(kept) or sample


_SENTENCE_START = re.compile(r"(?:^|[.!?…:\n])\W*$")


def _names(sample: str) -> list[str]:
    """Capitalised words inside sentences ("Frătăuţii", not a sentence's first word)."""
    # (the capitalised words found by a pattern of their own, not every word looked at: a word
    # of ``_WORD`` starts at a letter with none before it, but for the letters after an
    # apostrophe that joins them to the word before, "O'Neil", where the word-by-word reading
    # below decides; so does a letter beyond the BMP, which the capitals' class leaves out)
    if not _ASTRAL.search(sample):
        out = []
        for m in _capital_word().finditer(sample):
            start = m.start()
            if start >= 2 and sample[start - 1] in "'’" and _LETTER.match(sample, start - 2):
                break
            w = m.group()
            if not w.isupper() and not _SENTENCE_START.search(sample, max(0, start - 4), start):
                out.append(w)
        else:
            return out
    out = []
    for m in _WORD.finditer(sample):
        w = m.group()
        if w[0].isupper() and not w.isupper():
            if not _SENTENCE_START.search(sample, max(0, m.start() - 4), m.start()):
                out.append(w)
    return out


_LETTER = re.compile(r"[^\W\d_]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # (beyond the BMP)


@lru_cache(maxsize=1)
def _capital_word() -> re.Pattern[str]:
    """A word of ``_WORD`` that opens with a capital letter of the BMP, where no letter stands
    before it (the class built once, from the code points ``str.isupper`` and ``_LETTER`` say
    are both)."""
    caps = [c for c in range(0x10000) if chr(c).isupper() and _LETTER.match(chr(c))]
    ranges = []
    for c in caps:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    cls = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    # (the capital first, so that ``re`` skips to one; then no letter before it)
    return re.compile(rf"[{cls}](?<![^\W\d_].)[^\W\d_]*(?:['’][^\W\d_]+)?")


def _spellable(data: _Data, script: str, letters: dict[str, float]) -> tuple[str, ...]:
    """The script's candidates whose alphabet spells the text (all but a few quoted letters);
    if none does, those that leave the fewest letters out."""
    n = sum(letters.values())
    out = {
        lang: sum(c for ch, c in letters.items() if ch not in data.alphabet[lang])
        for lang in data.candidates[script]
    }
    tolerated = max(_FOREIGN_MIN, _FOREIGN_SHARE * n)
    ok = tuple(lang for lang, o in out.items() if o <= tolerated)
    if ok:
        return ok
    least = min(out.values())
    return tuple(lang for lang, o in out.items() if o == least)


def _by_stopwords(data: _Data, words: list[str], candidates: tuple[str, ...]) -> str | None:
    """The candidate whose stopwords clearly dominate a long enough text, else None."""
    allowed = set(candidates)
    # (the words' languages counted in C: each word lower-cased and looked up, every language
    # of a stopword once per occurrence)
    listed = filter(None, map(data.stopwords.get, map(str.lower, words)))
    counts = {
        lang: n for lang, n in Counter(chain.from_iterable(listed)).items() if lang in allowed
    }
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if top >= _FAST_STOPWORDS and top >= _FAST_MARGIN * second:
        return best
    return None


def _by_ngrams(data: _Data, sample: str, candidates: tuple[str, ...]) -> tuple[str, float]:
    """The candidate of highest posterior under the n-gram model and the priors."""
    scores = dict(_model().rank(sample))
    nbytes = len(sample.encode("utf-8"))
    temperature = math.sqrt(max(nbytes, 1))  # py3langid's calibration across lengths
    raw = {lang: scores.get(lang, -math.inf) / temperature for lang in candidates}
    top = max(raw.values())
    weights = {
        lang: math.exp(s - top) * data.prior.get(lang, data.other_prior) for lang, s in raw.items()
    }
    total = sum(weights.values()) or 1.0
    best = max(sorted(weights), key=lambda lang: weights[lang])
    return best, weights[best] / total


def choose_language(declared: str | None, text: str) -> str | None:
    """A declared language wins unless detection clearly says otherwise."""
    ident = identify(text)
    detected, conf = ident.code, ident.confidence
    if declared:
        declared = declared.strip().lower().split("-")[0].split("_")[0] or None
    if not declared:
        return detected
    if detected is None or detected == declared:
        return declared
    if (declared in CYRILLIC) != (detected in CYRILLIC) and ident.script_share >= 0.8:
        return detected  # wrong script altogether ("en" declared, a Russian post)
    same_script = _data().candidates.get(ident.script or "", ())
    if declared in same_script and declared not in ident.spellable:
        return detected  # its alphabet cannot spell the text ("uk" declared, "ы" in the post)
    if detected == "uk" and declared == "ru" and conf >= 0.7:
        return detected
    if conf >= 0.85:
        return detected
    return declared


# ------------------------------------------------------------------ mixed-language documents
# A live blog or a bilingual post may hold paragraphs in English and in Russian.  A run of six
# words of the other script is the cheap gate (one regex search over a single-language text);
# only then is each line counted by script and identified.
_RUNS = {
    "cyrillic": re.compile(r"[\u0400-\u04ff]{2,}(?:[\s,;:()«»\"'—–-]+[\u0400-\u04ff]+){5}"),
    "latin": re.compile(r"[A-Za-z]{2,}(?:[\s,;:()\"'“”—–-]+[A-Za-z]+){5}"),
}
_BLOCK_LETTERS = 30  # letters a line needs to be read as a block of its own language ...
_BLOCK_SHARE = 0.8  # ... and the share of them in the other script


def language_blocks(
    text: str, language: str | None, readable: tuple[str, ...] = ("en", "ru")
) -> list[tuple[int, int, str]]:
    """The lines of ``text`` written in another of the ``readable`` languages than the
    document's ``language``, as ``(start, end, code)``: the English paragraphs of a Russian
    live blog, the Russian ones of an English post.  A quoted phrase or name inside a line of
    the document's language is no block (a line must be at least 80% the other script, with 30
    letters or more, and identified as that language).  Empty for a single-language text (one
    regex search)."""
    if language not in readable:
        return []
    other_script = "latin" if language in CYRILLIC else "cyrillic"
    if _RUNS[other_script].search(text) is None:
        return []
    blocks: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        n_cyr = len(_CYR.findall(line))
        n_lat = len(_LAT.findall(line))
        n_other = n_lat if other_script == "latin" else n_cyr
        if n_other < _BLOCK_LETTERS or n_other < _BLOCK_SHARE * (n_cyr + n_lat):
            continue
        code = identify(line).code
        if code in readable and code != language:
            blocks.append((start, start + len(line), code))
    return blocks
