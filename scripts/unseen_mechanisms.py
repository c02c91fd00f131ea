"""What recalls unseen wording?  Events P/R/F1 of held-out real train per language, with the
lexicon as written (``awol evaluate --folds 5``) and with each fold's own words held out
(``--hold-out-words``, :mod:`awol.evaluate.unseen`), for a variant of the constants
(``--set module.NAME=VALUE``, as scripts/repeated_cv.py) against none.

    python scripts/unseen_mechanisms.py [--set classifier.STEM=6 ...] [--modes normal,words]
        [--misses] [--sentences]

The folds are those of ``awol evaluate --folds 5`` (dealt over the whole train split), one run
for both languages.  ``--sentences``: in the words mode, the held-out gold sentences by whether
the (reduced) lexicon still gives them a cue word and a rule trigger of their type, and how many
of each reach the classifier's probability 0.3 / 0.5 / 0.7 (what the sentence model reads when
the words are unknown).  Reads only the train split; prints counts (with ``--misses``, the train
misses and spurious events: train may be read).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

REAL = ROOT.parent / "shared" / "corpus" / "real"


def _set(assignments: list[str]) -> None:
    import importlib

    for a in assignments:
        name, _, value = a.partition("=")
        mod, _, attr = name.rpartition(".")
        module = importlib.import_module(f"awol.extract.{mod}")
        if not hasattr(module, attr):
            raise SystemExit(f"--set {a}: no constant {attr!r} in awol.extract.{mod}")
        setattr(module, attr, json.loads(value))


def run(mode: str, folds: int = 5, misses: bool = False) -> dict[str, dict]:
    from awol.errors import InputError
    from awol.evaluate.events import by_language, by_split, score
    from awol.evaluate.heldout import held_out_extractions
    from awol.extract.train import _load_jsonl
    from awol.runs import DEFAULT_CORPORA

    corpora = [p for p in DEFAULT_CORPORA if (p / "gold.jsonl").exists()]
    gold = by_split(_load_jsonl(REAL / "gold.jsonl"), REAL, "train")
    ids = [g["id"] for g in gold]
    man = REAL / "manifest.jsonl"
    preds = [
        x.to_dict(include_text=True)
        for x in held_out_extractions(
            REAL, ids, folds, corpora, str(man), ids, hide_words=mode == "words"
        )
        if not isinstance(x, InputError)
    ]
    out = {}
    for lang in ("en", "ru"):
        res = score(by_language(gold, lang), preds)
        out[lang] = res["events"]
        if misses:
            for kind in ("misses", "spurious"):
                for m in res[kind]:
                    if "id" in m:  # (events only, not figures)
                        ev = (m.get("evidence") or "")[:110]
                        print(f"  {mode} {lang} {kind} {m['id']} {m['type']} [{m['cause']}] {ev}")
    return out


def sentences(folds: int = 5) -> None:
    """Out-of-fold probabilities of the held-out gold sentences, the fold's words hidden."""
    import numpy as np

    from awol.evaluate.heldout import assign_folds
    from awol.evaluate.unseen import WordFolds, hiding
    from awol.extract import train as tr
    from awol.model import EVENT_TYPES
    from awol.runs import DEFAULT_CORPORA

    corpora = [p for p in DEFAULT_CORPORA if (p / "gold.jsonl").exists()]
    fold_of = assign_folds(sorted(tr.corpus_ids(REAL) or ()), folds)
    words = WordFolds(corpora, REAL)
    seen: dict[tuple, list[float]] = {}
    for k in range(folds):
        keys = [tr.document_key(REAL, i) for i, f in fold_of.items() if f == k]
        told: list[tuple[set[str], set[str]]] = []  # per candidate: cue types, trigger types
        real = tr.candidates

        def spy(sents, lex, title, told=told, real=real):
            out = real(sents, lex, title)
            told.extend((set(c.cues), {t.type for t, _a, _b in c.found}) for c in out)
            return out

        with hiding(words.hidden(set(keys))):
            tr.candidates = spy
            try:
                ds = tr.build_dataset(corpora)
            finally:
                tr.candidates = real
            groups = np.array(ds.groups)
            model = tr.train(ds, [p.name for p in corpora], rows=~np.isin(groups, keys))
        cand = np.cumsum([not a for a in ds.augmented]) - 1
        for i in np.flatnonzero(np.isin(groups, keys) & ~np.array(ds.augmented, dtype=bool)):
            z = model.weights.take(ds.rows[i], axis=0).sum(axis=0) + model.bias
            prob = 1.0 / (1.0 + np.exp(-z))
            cues, trig = told[cand[i]]
            for j, t in enumerate(EVENT_TYPES):
                if ds.labels[i][j]:
                    key = (ds.languages[i], t in cues, t in trig)
                    seen.setdefault(key, []).append(float(prob[j]))
    for (lang, cue, trig), ps in sorted(seen.items()):
        print(
            f"{lang} gold sentences {'with' if cue else 'without'} a cue word, "
            f"{'with' if trig else 'without'} a trigger of their type: {len(ps)}; "
            f"p >= 0.3 / 0.5 / 0.7: {sum(p >= 0.3 for p in ps)} / {sum(p >= 0.5 for p in ps)} / "
            f"{sum(p >= 0.7 for p in ps)}; highest {max(ps):.2f}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", action="append", default=[], metavar="MODULE.NAME=VALUE")
    ap.add_argument("--modes", default="normal,words")
    ap.add_argument("--misses", action="store_true", help="list the train misses and spurious")
    ap.add_argument(
        "--sentences", action="store_true", help="held-out gold sentences' probabilities"
    )
    a = ap.parse_args()
    _set(a.set)
    if a.sentences:
        sentences()
        return
    for mode in a.modes.split(","):
        t = time.time()
        res = run(mode, misses=a.misses)
        line = "; ".join(
            f"{lang} P {e['precision']:.3f} R {e['recall']:.3f} F1 {e['f1']:.3f} "
            f"({e['tp']}/{e['fp']}/{e['fn']})"
            for lang, e in res.items()
        )
        print(f"{' '.join(a.set) or 'as shipped'} | {mode}: {line} [{time.time() - t:.0f} s]")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
