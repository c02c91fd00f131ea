"""What cleaning and sentence splitting lose of a corpus's gold evidence (counts only).

For every gold event's and figure's evidence sentence: is it in the cleaned text (verbatim, then
with quotes, dashes and spaces folded), and inside one sentence of the splitter?  Prints counts
and, except for the ``test`` split (which stands in for the private judge: its sentences are
never printed), the documents that lose or split evidence.

    python scripts/evidence_integrity.py ../shared/corpus/real --split train
    python scripts/evidence_integrity.py corpus/dev
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from awol.cli.extract import run_extract
from awol.extract.sentences import split_sentences

_QUOTES = re.compile(r"[«»“”\"„']")
_DASHES = re.compile(r"[–—-]")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Quotes, dashes and runs of space made one."""
    return _SPACE.sub(" ", _DASHES.sub("-", _QUOTES.sub('"', text))).strip()


def integrity(folder: Path, split: str | None = None) -> dict:
    """Counts (and documents) of gold evidence kept by cleaning and splitting in ``folder``."""
    gold = {}
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold[g["id"]] = g
    if split:
        ids = set(json.loads((folder / "splits.json").read_text(encoding="utf-8"))[split])
        gold = {k: v for k, v in gold.items() if k in ids}
    files = [
        str(p) for p in sorted(folder.iterdir()) if p.suffix in (".txt", ".html") and p.stem in gold
    ]
    man = folder / "manifest.jsonl"
    out = {"evidence": 0, "verbatim": 0, "folded": 0, "one_sentence": 0, "lost": [], "split": []}
    for item in run_extract(files, str(man) if man.exists() else None):
        d = item.to_dict(include_text=True) if hasattr(item, "to_dict") else None
        if d is None or d["id"] not in gold:
            continue
        text = d.get("text") or ""
        flat, folded = _SPACE.sub(" ", text), fold(text)
        sentences = [fold(s.text) for s in split_sentences(text, d["language"])]
        g = gold[d["id"]]
        for x in g.get("events", []) + g.get("figures", []):
            ev = x.get("evidence") or ""
            if not ev:
                continue
            out["evidence"] += 1
            out["verbatim"] += _SPACE.sub(" ", ev).strip() in flat
            fe = fold(ev)
            if fe not in folded:
                out["lost"].append(d["id"])
            elif any(fe in s for s in sentences):
                out["folded"] += 1
                out["one_sentence"] += 1
            else:
                out["folded"] += 1
                out["split"].append(d["id"])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--split", default=None)
    a = ap.parse_args()
    r = integrity(a.folder, a.split)
    print(
        f"{a.folder.name} {a.split or ''}: gold evidence {r['evidence']}; in the cleaned text "
        f"verbatim {r['verbatim']}, folded {r['folded']}; inside one sentence {r['one_sentence']}"
    )
    if a.split != "test":
        print("lost in", sorted(set(r["lost"])), "split in", sorted(set(r["split"])))


if __name__ == "__main__":
    main()
