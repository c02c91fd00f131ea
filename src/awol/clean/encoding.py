"""Bytes -> str: UTF-8 first, then declared / meta charset, then plausible legacy encodings."""

from __future__ import annotations

import codecs
import re
import unicodedata

from awol.errors import InputError

LEGACY_CANDIDATES = ("cp1251", "koi8_r", "cp1252", "cp1250")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_LOWER_UPPER = re.compile(r"[a-zа-яёїієґ][A-ZА-ЯЁЇІЄҐ]")
_WORD = re.compile(r"\w+")
_CYR = re.compile(r"[а-яёіїєґўА-ЯЁІЇЄҐЎ]")
_LAT = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]")
# characters that (almost) only show up when bytes were decoded with the wrong legacy codepage
_SUSPICIOUS = set("ЂЃѓЉЊЌЋЏђљњќћџЈ¤Ґ¦§¬®±µ¶Ѕѕј‰‹›™†‡ˆ˜¦¨¯¸¹²³¼½¾×÷þÞðÐ�")
# box drawing, block elements, geometric shapes: what KOI8-R / cp866 make of stray bytes, never news prose
_SUSPICIOUS |= {chr(c) for c in range(0x2500, 0x2600)}
PLAUSIBLE = 0.55
_PRINTABLE = bytes([9, 10, 12, 13, 27, *range(32, 256)])


def is_binary(content: bytes) -> bool:
    head = content[:8192]
    if head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    ctrl = len(head.translate(None, _PRINTABLE))
    return ctrl > len(head) * 0.05


def plausibility(text: str) -> float:
    """Roughly 1.0 for natural-language text, lower (even negative) for mojibake or noise."""
    sample = text[:20000]
    chars = [c for c in sample if not c.isspace()]
    n = len(chars)
    if n == 0:
        return 0.0
    letters = sum(1 for c in chars if c.isalpha())
    bad = 0
    for c in chars:
        if c in _SUSPICIOUS:
            bad += 1
        else:
            cat = unicodedata.category(c)
            if cat in ("Cc", "Co", "Cn", "Cs"):
                bad += 1
    words = _WORD.findall(sample)
    nwords = max(1, len(words))
    mixed = sum(1 for w in words if _CYR.search(w) and _LAT.search(w))
    # a short word of the other script between two words of one script ("Soldiers яюъ
    # deserted"): stray bytes decoded as letters
    scripts = ["c" if _CYR.search(w) else "l" if _LAT.search(w) else "" for w in words]
    stray = sum(
        1
        for k in range(1, len(words) - 1)
        if len(words[k]) <= 3
        and scripts[k]
        and scripts[k - 1] == scripts[k + 1] != scripts[k]
        and scripts[k - 1]
    )
    alternation = len(_LOWER_UPPER.findall(sample))
    latin = [c for c in chars if "A" <= c <= "z" or "\u00c0" <= c <= "\u024f"]
    accented = sum(1 for c in latin if c > "\u007f")
    accent_share = accented / len(latin) if latin else 0.0
    score = letters / n
    score -= 5 * bad / n
    score -= 3 * mixed / nwords
    score -= 1.5 * stray / nwords
    score -= 2 * alternation / nwords
    score -= max(0.0, accent_share - 0.2) * 2
    # KOI8-R read as cp1251 (and vice versa) swaps the case of every Cyrillic letter
    upper = sum(1 for c in chars if c.isupper())
    if letters:
        score -= max(0.0, upper / letters - 0.4) * 1.5
    return score


def _meta_charset(content: bytes) -> str | None:
    m = _META_CHARSET.search(content[:4096])
    if not m:
        return None
    return _codec(m.group(1).decode("ascii", "ignore"))


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(
    content: bytes, origin: str, declared: str | None = None, html: bool = False
) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise InputError if the bytes are not sensible text."""
    if content.startswith(codecs.BOM_UTF8):
        try:
            return content[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise InputError(origin, "invalid UTF-8 after a UTF-8 byte-order mark") from None
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return content.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError(origin, "invalid UTF-16 after a byte-order mark") from None
    if is_binary(content):
        raise InputError(origin, "binary content, not text")
    try:
        return content.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass

    candidates: list[str] = []
    for name in (_codec(declared), _meta_charset(content) if html else None, *LEGACY_CANDIDATES):
        if name and name not in candidates and name not in ("utf-8", "utf_8"):
            candidates.append(name)
    best: tuple[float, str, str] | None = None
    for enc in candidates:
        try:
            text = content.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        score = plausibility(text)
        # a declared / meta charset gets a small head start over the guesses
        if enc == candidates[0] and (declared or html):
            score += 0.05
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is not None and best[0] >= PLAUSIBLE:
        return best[1], best[2]

    try:  # slower statistical detector as a last resort
        from charset_normalizer import from_bytes

        match = from_bytes(content).best()
    except Exception:  # pragma: no cover - detector failure is just "no guess"
        match = None
    if match is not None and match.encoding:
        text = str(match)
        if plausibility(text) >= PLAUSIBLE:
            return text, match.encoding

    # mostly UTF-8 with a few stray bytes: keep it, replacing the bad bytes
    text = content.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= max(2, len(text) // 1000) and plausibility(text) >= PLAUSIBLE:
        return text, "utf-8"
    raise InputError(origin, "cannot decode: invalid UTF-8 and no plausible legacy encoding")
