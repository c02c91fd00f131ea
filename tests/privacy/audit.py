"""Audit of public output for person names (used by the privacy tests and bench_privacy.py).

``leaks(text, names)`` lists the forms of ``names`` found in ``text``, built independently of the
masking code: each name part of at least 4 letters, every pymorphy3 form of a Cyrillic part read
as a name, the transliteration of each form into Latin, and any word extending a form's stem by
at most 3 letters (Гуров -> Гурова, Гуровым; Sablin -> Sablina), all case-insensitive.

``audit_store(store, names_by_doc)`` exports every format with and without names and counts, in
each output record, the forms of the gold names of the documents that record comes from.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections.abc import Iterable
from pathlib import Path

_CYR = re.compile(r"[А-Яа-яЁё]")
_PART = re.compile(r"[^\W\d_]{4,}")

OUTPUTS = [
    ("acled-csv", "events"),
    ("csv", "events"),
    ("jsonl", "events"),
    ("geojson", "events"),
    ("parquet", "events"),
    ("jsonl", "incidents"),
    ("jsonl", "cases"),
]


@functools.lru_cache(maxsize=20_000)
def part_patterns(part: str) -> re.Pattern:
    from awol.extract.names import transliterate_ru
    from awol.extract.places import get_morph

    forms = {part}
    if _CYR.search(part):
        for p in get_morph().parse(part)[:4]:
            if any(t in p.tag for t in ("Name", "Surn", "Patr")):
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


def gold_names(corpus: Path) -> dict[str, set[str]]:
    """Gold names per document id."""
    out: dict[str, set[str]] = {}
    for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        for ev in doc.get("events", []):
            out.setdefault(doc["id"], set()).update(n for n in ev.get("names") or [] if n)
    return out


def _records(store, fmt: str, what: str, with_names: bool) -> list[tuple[set[str], str]]:
    """(document ids, text) of each output record."""
    from awol.serve.export import export

    if fmt == "parquet":
        import pyarrow.parquet as pq

        buf = io.BytesIO()
        export(store, fmt, buf, with_names=with_names)
        buf.seek(0)
        rows = pq.read_table(buf).to_pylist()
        return [({r["document_id"]}, json.dumps(r, ensure_ascii=False)) for r in rows]
    buf = io.StringIO()
    export(store, fmt, buf, with_names=with_names, what=what)
    out = buf.getvalue()
    if fmt in ("csv", "acled-csv"):
        key = "document_id" if fmt == "csv" else "awol_document_id"
        return [
            ({r[key]}, json.dumps(r, ensure_ascii=False)) for r in csv.DictReader(io.StringIO(out))
        ]
    if fmt == "geojson":
        feats = json.loads(out)["features"]
        return [
            ({f["properties"]["document_id"]}, json.dumps(f, ensure_ascii=False)) for f in feats
        ]
    recs = [json.loads(x) for x in out.splitlines() if x.strip()]
    if what == "incidents":
        return [({d for d, _ in r["events"]}, json.dumps(r, ensure_ascii=False)) for r in recs]
    if what == "cases":
        return [(set(r["documents"]), json.dumps(r, ensure_ascii=False)) for r in recs]
    return [({r["document_id"]}, json.dumps(r, ensure_ascii=False)) for r in recs]


def audit_store(store, names_by_doc: dict[str, set[str]]) -> dict[str, tuple[int, int, list]]:
    """label -> (name forms found with names, found in the default output, sample)."""
    res = {}
    for fmt, what in OUTPUTS:
        label = fmt if what == "events" else f"{what}-jsonl"
        counts = []
        sample: list[str] = []
        for with_names in (True, False):
            n = 0
            for docs, text in _records(store, fmt, what, with_names):
                names = set().union(*(names_by_doc.get(d, set()) for d in docs))
                found = leaks(text, names) if names else []
                n += len(found)
                if not with_names:
                    sample.extend(found)
            counts.append(n)
        res[label] = (counts[0], counts[1], sorted(set(sample))[:10])
    return res
