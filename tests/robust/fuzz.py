"""Fuzzing the pipeline with mutated corpus/dev articles (used by test_fuzz.py and
benchmarks/bench_fuzz.py).

``mutants(seed)`` yields an endless, reproducible stream of (description, Document) made from
the bundled articles by random edits: spans deleted, repeated, swapped or cut; control
characters, NUL, bidi and zero-width marks, combining marks, emoji, HTML tags and entities, huge
numbers and impossible dates inserted; bytes flipped; re-encoded (Windows-1251, UTF-16,
mojibake); articles glued together; odd metadata (publication dates of year 1 or 9999).

``run_one(doc)`` cleans and extracts one document and returns None if all is well, else the
problem: a traceback (any exception other than the InputError that reports bad input) or an
evidence offset that does not point at its text.
"""

from __future__ import annotations

import random
import traceback
from collections.abc import Iterator
from pathlib import Path

from awol.errors import InputError
from awol.model import Document

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"

INSERTS = [
    "\x00", "\x01\x02\x03", "\x07", "\x1b[31m", "\u200b", "\u200e", "\u202e", "\ufeff", "\u0301",
    "\u0336" * 5, "😀🇷🇺", "\ud7ff", "\n\n\n", "\t", "\r", " " * 200, "<p>", "</div>", "<script>x",
    "<!--", "&amp;", "&#0;", "&nbsp;", "&lt;/p&gt;", "<br/>", "99999999999999999999999",
    "0001-01-01", "9999-12-31", "31.02.2024", "32 декабря 2024 года", "on Feb. 30, 2023",
    "more than -5 soldiers", "1e308 deserters", "１２３", "Ⅻ", "『』", "«", "»", "\"", "'",
    "deserted deserted deserted", "дезертировал", "задержан", "объявлен в розыск", "Mr. ",
    "Rostov region", "в Ростовской области", "=cmd|' /C calc'!A0", "x" * 5000, ".", "...",
]  # fmt: skip
PUBLISHED = [None, "2024-05-01", "0001-01-01", "9999-12-31", "2024", "2024-13", "garbage", ""]


def articles() -> list[tuple[str, bytes]]:
    out = []
    for p in sorted(DEV.iterdir()):
        if p.suffix in (".txt", ".html") and p.name[:2] in ("en", "ru"):
            out.append((p.name, p.read_bytes()))
    return out


def _mutate_text(rng: random.Random, text: str, others: list[str]) -> tuple[str, str]:
    op = rng.choice(
        ["delete", "repeat", "swap", "cut", "insert", "insert", "insert", "upper", "strip_punct",
         "glue", "lines", "shuffle_sentences"]
    )  # fmt: skip
    n = len(text)
    a, b = sorted(rng.randrange(n + 1) for _ in range(2)) if n else (0, 0)
    if op == "delete":
        return op, text[:a] + text[b:]
    if op == "repeat":
        return op, text[:b] + text[a:b] * rng.randint(2, 6) + text[b:]
    if op == "swap":
        c = rng.randrange(b, n + 1) if n else 0
        return op, text[:a] + text[b:c] + text[a:b] + text[c:]
    if op == "cut":
        return op, text[:a]
    if op == "insert":
        ins = rng.choice(INSERTS)
        k = rng.randint(1, 8)
        for _ in range(k):
            pos = rng.randrange(len(text) + 1)
            text = text[:pos] + ins + text[pos:]
        return f"insert {ins[:12]!r} x{k}", text
    if op == "upper":
        return op, text.upper()
    if op == "strip_punct":
        return op, "".join(ch for ch in text if ch not in ".!?,;:\n")
    if op == "glue":
        return op, text + "\n" + rng.choice(others)
    if op == "lines":
        return op, text.replace("\n", " ")
    parts = text.split(". ")
    rng.shuffle(parts)
    return op, ". ".join(parts)


def _encode(rng: random.Random, text: str) -> tuple[str, bytes]:
    enc = rng.choice(["utf-8"] * 6 + ["cp1251", "utf-16", "latin-1-mojibake", "flip"])
    if enc == "cp1251":
        return enc, text.encode("cp1251", "replace")
    if enc == "utf-16":
        return enc, text.encode("utf-16")
    if enc == "latin-1-mojibake":
        return enc, text.encode("utf-8").decode("latin-1").encode("utf-8")
    data = bytearray(text.encode("utf-8", "surrogatepass"))
    if enc == "flip" and data:
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    return enc, bytes(data)


def mutants(seed: int = 0) -> Iterator[tuple[str, Document]]:
    rng = random.Random(seed)
    arts = articles()
    texts = [b.decode("utf-8", "replace") for _, b in arts]
    i = 0
    while True:
        k = rng.randrange(len(arts))
        name, _ = arts[k]
        text = texts[k]
        ops = []
        for _ in range(rng.randint(1, 4)):
            op, text = _mutate_text(rng, text, texts)
            ops.append(op)
        enc, data = _encode(rng, text)
        html = name.endswith(".html")
        doc = Document(
            origin=f"fuzz-{seed}-{i}:{name}",
            content=data,
            id=f"fuzz-{i}",
            url=rng.choice([None, f"https://x.example/{i}", "not a url", "https://"]),
            outlet=rng.choice([None, "Volga Herald", "Свободный Урал", ""]),
            published=rng.choice(PUBLISHED),
            language=rng.choice([None, None, "en", "ru", "xx"]),
            media_type=rng.choice([None, "html" if html else "text", "html", "text"]),
        )
        yield f"{name}: {', '.join(ops)}; {enc}; published={doc.published!r}", doc
        i += 1


_EXTRACTOR = None


def run_one(doc: Document) -> str | None:
    """None if the document is cleaned and extracted (or refused with a reason) and every
    offset is valid; else what went wrong."""
    global _EXTRACTOR
    from awol.clean import clean_document
    from awol.extract import Extractor
    from awol.validate import ValidationError, check_date

    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    try:
        article = clean_document(doc)
    except InputError:
        return None
    except Exception:
        return "cleaning: " + traceback.format_exc(limit=3)
    try:
        ex = _EXTRACTOR.extract(article)
    except InputError:
        return None
    except Exception:
        return "extraction: " + traceback.format_exc(limit=3)
    text = article.text
    for kind, items in (("event", ex.events), ("figure", ex.figures)):
        for it in items:
            ev = it.evidence
            if not (0 <= ev.start <= ev.end <= len(text)) or text[ev.start : ev.end] != ev.text:
                return f"{kind} evidence offsets ({ev.start}, {ev.end}) do not point at its text"
            value = it.date if kind == "event" else it.as_of
            if value is not None:
                try:
                    check_date(value)
                except ValidationError:
                    return f"{kind} date {value!r} is no valid date (published {doc.published!r})"
    return None
