"""A small, fast, dependency-free language guesser: script first, then stopwords."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources

import yaml

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_RU_LETTERS = re.compile(r"[ыэъЫЭЪ]")
_BE_LETTERS = re.compile(r"[ўЎ]")
_CYR = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґЎў]")
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
_DIACRITIC_HINTS = {
    "pl": re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻ]"),
    "de": re.compile(r"[äöüßÄÖÜ]"),
    "cs": re.compile(r"[ěřůčšžĚŘŮČŠŽ]"),
}


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, dict[str, frozenset[str]]]:
    data = yaml.safe_load(
        resources.files("awol.clean").joinpath("languages.yaml").read_text("utf-8")
    )
    return {
        script: {lang: frozenset(str(w).lower() for w in words) for lang, words in langs.items()}
        for script, langs in data.items()
    }


@lru_cache(maxsize=4)
def _inverted(script: str) -> dict[str, tuple[str, ...]]:
    inv: dict[str, list[str]] = {}
    for lang, words in _stopwords()[script].items():
        for w in words:
            inv.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in inv.items()}


def _stopword_scores(words: list[str], script: str) -> Counter[str]:
    inv = _inverted(script)
    counts: dict[str, int] = {}
    for w in words:
        langs = inv.get(w)
        if langs:
            for lang in langs:
                counts[lang] = counts.get(lang, 0) + 1
    return Counter(counts)


def detect_language(text: str, sample_chars: int = 1500) -> tuple[str | None, float]:
    """Return ``(code, confidence)``; code is "en", "ru", "uk", ... or None if unsure."""
    sample = text[:sample_chars]
    n_cyr = len(_CYR.findall(sample))
    n_lat = len(_LAT.findall(sample))
    n_other = len(_ANY_OTHER.findall(sample)) if not sample.isascii() else 0
    if n_other >= 20 and n_other > n_cyr + n_lat:
        code, hits = max(
            ((c, len(rx.findall(sample))) for rx, c in _OTHER_SCRIPTS), key=lambda x: x[1]
        )
        return code, 0.9
    if n_cyr + n_lat < 20:
        return None, 0.0
    words = [w.lower() for w in _WORD.findall(sample)]
    if n_cyr >= n_lat:
        script_conf = n_cyr / (n_cyr + n_lat)
        uk = len(_UK_LETTERS.findall(sample))
        ru = len(_RU_LETTERS.findall(sample))
        be = len(_BE_LETTERS.findall(sample))
        scores = _stopword_scores(words, "cyrillic")
        if be >= 3 and be * 5 >= ru:
            return "be", 0.8 * script_conf
        if uk >= 3 and uk > ru * 2 and scores["uk"] >= scores["ru"]:
            return "uk", min(1.0, 0.6 + uk / max(1, n_cyr) * 10) * script_conf
        if ru == 0 and uk == 0 and scores["bg"] > scores["ru"] * 1.5:
            return "bg", 0.6 * script_conf
        if ru > 0 or scores["ru"] >= max(scores["uk"], scores["bg"], 1):
            return "ru", script_conf * (0.95 if ru else 0.7)
        return None, 0.3
    script_conf = n_lat / (n_cyr + n_lat)
    scores = _stopword_scores(words, "latin")
    if not sample.isascii():
        for lang, rx in _DIACRITIC_HINTS.items():
            hits = len(rx.findall(sample))
            if hits >= 3:
                scores[lang] += hits
    if not scores:
        return None, 0.0
    (best, top), *rest = scores.most_common()
    second = rest[0][1] if rest else 0
    if top < 3:
        return None, 0.2
    conf = script_conf * min(1.0, (top - second) / max(top, 1) + 0.3)
    return best, conf


def choose_language(declared: str | None, text: str) -> str | None:
    """A declared language wins unless detection clearly says otherwise."""
    detected, conf = detect_language(text)
    if not declared:
        return detected
    declared = declared.strip().lower().split("-")[0].split("_")[0] or None
    if declared is None or detected is None or detected == declared:
        return declared or detected
    cyrillic = {"ru", "uk", "be", "bg"}
    if (declared in cyrillic) != (detected in cyrillic) and conf >= 0.6:
        return detected  # wrong script altogether
    if detected == "uk" and declared == "ru" and conf >= 0.7:
        return detected
    if conf >= 0.85:
        return detected
    return declared
