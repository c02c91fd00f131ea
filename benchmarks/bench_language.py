"""Language identification accuracy by length: whole articles, their titles, their sentences.

    python benchmarks/bench_language.py [--corpus DIR ...] [--declared] [--errors N]

The labelled set: every article of the given corpus folders (default: ../shared/corpus/real, all
splits, and the bundled corpus/dev; only the manifest's language labels are read), each
article's title alone and each of its sentences alone, plus the invented short posts of
tests/fixtures/clean/short_posts.yaml (en, ru, uk, be, pl, cs, de, es).  Each text is given to
``choose_language`` as a document without a declared language (a Telegram post, a file without
a manifest) and the answer is compared with the label; accuracy is printed per length bucket
(words) and per language.  ``--declared`` also declares the right language, as a feed does (the
answer must then never be lost to a wrong guess).  Time per call is printed too.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from awol.clean import clean_document  # noqa: E402
from awol.clean.language import choose_language  # noqa: E402
from awol.errors import InputError  # noqa: E402
from awol.ingest.files import iter_documents  # noqa: E402
from awol.ingest.manifest import load_manifest  # noqa: E402

BUCKETS = ((1, 3), (4, 7), (8, 15), (16, 40), (41, 10**9))
_SENT = re.compile(r"(?<=[.!?…])[\"'»”)]*\s+(?=[\"'«“(]?[A-ZА-ЯЁІЇЄҐЎ0-9])")


def bucket(text: str) -> str:
    n = len(text.split())
    lo, hi = next(b for b in BUCKETS if b[0] <= n <= b[1])
    return f"{lo}-{hi}" if hi < 10**9 else f"{lo}+"


def labelled(corpora: list[Path]) -> list[tuple[str, str, str]]:
    """(kind, language, text) items."""
    out: list[tuple[str, str, str]] = []
    for folder in corpora:
        man_path = folder / "manifest.jsonl"
        if not man_path.exists():
            print(f"skipped {folder}: no manifest.jsonl", file=sys.stderr)
            continue
        man = load_manifest(str(man_path))
        for doc in iter_documents([str(folder)], man):
            if isinstance(doc, InputError) or not doc.language:
                continue
            lang = doc.language
            try:
                art = clean_document(doc)
            except InputError:
                continue
            out.append(("article", lang, f"{art.title or ''}\n{art.text}"))
            if art.title:
                out.append(("title", lang, art.title))
            for para in art.text.split("\n\n"):
                for s in _SENT.split(para):
                    if len(s.split()) >= 1 and any(c.isalpha() for c in s):
                        out.append(("sentence", lang, s))
    posts = yaml.safe_load((REPO / "tests/fixtures/clean/short_posts.yaml").read_text("utf-8"))
    for lang, texts in posts.items():
        out.extend(("post", lang, t) for t in texts)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", action="append", type=Path)
    ap.add_argument("--declared", action="store_true", help="also score with the label declared")
    ap.add_argument("--errors", type=int, default=0, help="print N wrong answers")
    args = ap.parse_args()
    corpora = args.corpus or [REPO.parent / "shared/corpus/real", REPO / "corpus/dev"]
    items = labelled(corpora)
    modes = [("undeclared", False)] + ([("declared", True)] if args.declared else [])
    for mode, declare in modes:
        right: dict[str, Counter[bool]] = defaultdict(Counter)
        wrong: list[tuple[str, str, str | None, str]] = []
        t0 = time.process_time()
        for kind, lang, text in items:
            got = choose_language(lang if declare else None, text)
            ok = got == lang
            for key in (f"len {bucket(text)}", f"kind {kind}", f"lang {lang}", "all"):
                right[key][ok] += 1
            if not ok:
                wrong.append((kind, lang, got, text))
        dt = time.process_time() - t0
        print(f"== {mode}: {len(items)} texts, {dt / len(items) * 1e3:.3f} ms per text")
        for key in sorted(right, key=_order):
            c = right[key]
            n = c[True] + c[False]
            print(f"  {key:<16} {c[True] / n:6.3f}  ({c[True]}/{n})")
        lost = Counter((lang, got) for _k, lang, got, _t in wrong)
        print(
            "  wrong (label -> answer): "
            + json.dumps({f"{a}->{b}": n for (a, b), n in lost.most_common()})
        )
        for kind, lang, got, text in wrong[: args.errors]:
            print(f"    {kind:<8} {lang}->{got}: {text[:100]!r}")


def _order(key: str) -> tuple[int, int, str]:
    group = ("len", "kind", "lang", "all").index(key.split()[0])
    if key.startswith("len "):
        return group, int(key.split()[1].split("-")[0].rstrip("+")), key
    return group, 0, key


if __name__ == "__main__":
    main()
