"""Words that say who a person is: a stated age and a descriptor's classes.

Read by the extraction (``people.said_of_another``: a sentence that tells of another man than
the story's one person) and by the linker (:mod:`awol.link.text`: two reports' people agree or
disagree), so both read the same words and the extraction never imports the linker.  The
classes live as data in ``awol/data/descriptors.yaml`` (service statuses that exclude each
other, markers that only ever agree, and the linker's second-case patterns).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_DATA = Path(__file__).resolve().parent.parent / "data" / "descriptors.yaml"


@lru_cache(maxsize=1)
def descriptor_data() -> dict:
    """``awol/data/descriptors.yaml``, read once for every reading of it."""
    return yaml.safe_load(_DATA.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def _descriptor_classes() -> dict[str, list[str]]:
    data = descriptor_data()
    out = {}
    for section in ("exclusive", "markers"):
        for k, v in (data.get(section) or {}).items():
            out[k] = [str(s).lower() for s in v]
    return out


@lru_cache(maxsize=1)
def marker_classes() -> frozenset[str]:
    """Descriptor classes that only ever agree (affiliations, roles)."""
    return frozenset(descriptor_data().get("markers") or {})


@lru_cache(maxsize=1)
def exclusive_classes() -> frozenset[str]:
    """Descriptor classes that exclude each other (service status)."""
    return frozenset(descriptor_data().get("exclusive") or {})


@lru_cache(maxsize=50_000)
def descriptor_classes(who: str | None) -> frozenset[str]:
    """Classes ("contract", "wagner", ...) a descriptor belongs to, in either language."""
    if not who:
        return frozenset()
    w = who.lower()
    return frozenset(c for c, stems in _descriptor_classes().items() if any(s in w for s in stems))


_AGE = re.compile(
    r"(?<!\d)(\d{2})(?:[- \u00a0]year[- \u00a0]old|[- \u00a0]?летн|\s+(?:лет|года)\b)"
    r"|\baged\s+(\d{2})\b|\bв\s+возрасте\s+(\d{2})\b",
    re.IGNORECASE,
)


def ages(*texts: str | None) -> frozenset[int]:
    """Ages stated for the people ("a 22-year-old contract soldier", "38-летний", "aged 26")."""
    out = set()
    for t in texts:
        for m in _AGE.finditer(str(t or "")):
            v = int(next(g for g in m.groups() if g))
            if 16 <= v <= 70:
                out.add(v)
    return frozenset(out)


# an age set off after a name by commas ("Oleg Dronov, 36, failed to return", "Иван Петров, 25,
# ушёл"): read where one man's happenings are merged (extract/merging.py), not by the linker
_NAMED_AGE = re.compile(r"(?<=[a-zа-яё]),\s(\d{2}),\s")


def named_ages(*texts: str | None) -> frozenset[int]:
    """Ages set after a name by commas ("Oleg Dronov, 36, failed ...") and those :func:`ages`
    reads."""
    out = set(ages(*texts))
    for t in texts:
        for m in _NAMED_AGE.finditer(str(t or "")):
            k = m.start()
            word = re.search(r"(\w+)$", str(t)[:k])
            v = int(m.group(1))
            if word and word.group(1)[:1].isupper() and 16 <= v <= 70:
                out.add(v)
    return frozenset(out)
