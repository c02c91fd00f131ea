"""What the document-level rescue costs and gains on held-out real train (issue 8).

The rescue (:mod:`awol.extract.rescue`) reads again an article from which nothing was extracted
where the relevance model reads it as a story.  This deals the real train articles into folds as
``scripts/repeated_cv.py`` does (``--repeats`` dealings), trains a model without each fold, reads
each held-out article once, and for each article left empty tries the rescue variants:

- the relevance gate (``--gates``) and the desertion probability a sentence needs (``--probs``);
- which sentences are read again: ``all`` (every candidate with a desertion cue at that
  probability, as shipped), ``lead`` (those of the title and the first paragraph where there
  are any, else all), ``best`` (only the surest one);
- ``told``: keep only the desertions that tell a time or a place (``told``, as shipped), all
  (``none``), or those and the ones told in the title or the first paragraph (``lead``);

and prints, per language and variant, the held-out events tp/fp/fn summed over the dealings
(the articles with events are as read; only the empty ones change).  With ``--nested`` the gate
and probability are also chosen inside each dealing's other folds (the best F1 there) and
scored on the fold: an honest estimate of the chosen rescue.  Reads only the train split;
prints aggregate counts only (``--list`` adds the train ids an empty article's rescue changes).

    python scripts/rescue_sweep.py [--repeats 3] [--folds 5] [--list] [--set module.NAME=VALUE]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

REAL = ROOT.parent / "shared" / "corpus" / "real"


def lead_sentences(read: dict, text: str) -> set[int]:
    """The sentences of the title and the first paragraph after it."""
    sents = read["sentences"]
    out: set[int] = set()
    paragraphs = 0
    for s in sents:
        out.add(s.index)
        if "\n" in text[s.end : (sents[s.index + 1].start if s.index + 1 < len(sents) else s.end)]:
            paragraphs += 1
            if paragraphs >= 2:
                break
    return out


def picks(read: dict, text: str, lang: str, gate: float, prob: float, choice: str) -> tuple:
    from awol.extract.rescue import RESCUED, rescue_sentences

    at = rescue_sentences(read["verdicts"], read["relevance"], (gate, prob), text, lang)
    if not at:
        return ()
    if choice == "lead":
        lead = lead_sentences(read, text)
        inside = [i for i in at if i in lead]
        at = inside or at
    elif choice == "best":
        at = [max(at, key=lambda i: read["verdicts"][i].probs.get(RESCUED, 0.0))]
    return tuple(at)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--gates", default="0.3,0.4,0.5,0.6,0.7")
    ap.add_argument("--probs", default="0.1,0.2,0.3,0.5")
    ap.add_argument("--choices", default="all,lead,best")
    ap.add_argument("--told", default="told,none,lead")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--nested", action="store_true")
    ap.add_argument("--set", action="append", default=[], metavar="MODULE.NAME=VALUE")
    a = ap.parse_args()
    from repeated_cv import _set, deal

    _set(a.set)  # (a model variant, as scripts/repeated_cv.py --set)

    from awol.clean import clean_documents
    from awol.errors import InputError
    from awol.evaluate.events import by_split, score
    from awol.extract.classifier import using_model
    from awol.extract.document import _extract
    from awol.extract.rescue import RESCUED, recover_types, told
    from awol.extract.train import build_dataset, document_key, train
    from awol.ingest.files import iter_documents
    from awol.ingest.manifest import load_manifest
    from awol.runs import DEFAULT_CORPORA

    corpora = [p for p in DEFAULT_CORPORA if (p / "gold.jsonl").exists()]
    gold_all = [json.loads(x) for x in (REAL / "gold.jsonl").read_text("utf-8").splitlines() if x]
    gold = {g["id"]: g for g in by_split(gold_all, REAL, "train")}
    ids = sorted(gold)
    man = load_manifest(str(REAL / "manifest.jsonl"))
    articles = {
        art.id: art
        for art in clean_documents(iter_documents([str(REAL / f"{i}.txt") for i in ids], man))
        if not isinstance(art, InputError)
    }
    ds = build_dataset(corpora)
    groups = np.array(ds.groups)
    names = [p.name for p in corpora]
    gates = [float(x) for x in a.gates.split(",")]
    probs = [float(x) for x in a.probs.split(",")]
    choices = a.choices.split(",")
    needs = a.told.split(",")
    variants = list(itertools.product(gates, probs, choices, needs))
    # per repeat: doc -> base prediction dict; empty doc -> variant -> prediction dict
    base: list[dict[str, dict]] = []
    alt: list[dict[str, dict[tuple, dict]]] = []
    fold_of_rep: list[dict[str, int]] = []
    info: dict = {}
    for seed in range(a.repeats):
        fold_of = deal(ids, a.folds, seed)
        fold_of_rep.append(fold_of)
        b: dict[str, dict] = {}
        v: dict[str, dict[tuple, dict]] = {}
        for k in range(a.folds):
            held = sorted(i for i, f in fold_of.items() if f == k)
            model = train(ds, names, rows=~np.isin(groups, [document_key(REAL, i) for i in held]))
            with using_model(model):
                for i in held:
                    art = articles[i]
                    read: dict = {}
                    out = _extract(art, read, None)
                    if out.events and "verdicts" in read:
                        out = recover_types(
                            art, _extract, out, read, model.recover_types.get(art.language)
                        )
                    b[i] = out.to_dict(include_text=False)
                    if out.events or "verdicts" not in read:
                        continue
                    cache: dict[tuple, list] = {}
                    v[i] = {}
                    lead = lead_sentences(read, art.text)
                    ver = read["verdicts"]
                    info[seed, i] = (
                        read["relevance"],
                        max(
                            (x.probs.get(RESCUED, 0.0) for x in ver.values() if RESCUED in x.cues),
                            default=0.0,
                        ),
                        max(
                            ((p, t, j in lead) for j, x in ver.items() for t, p in x.probs.items()),
                            default=None,
                        ),
                        len(ver),
                        len([j for j in ver if j in lead]),
                    )
                    for gate, prob, choice, need in variants:
                        at = picks(read, art.text, art.language, gate, prob, choice)
                        if at and at not in cache:
                            cache[at] = _extract(art, {}, dict.fromkeys(at, RESCUED)).events
                        events = cache.get(at, [])
                        events = [e for e in events if e.type == RESCUED]
                        if need == "told":
                            events = told(events)
                        elif need == "lead":
                            lead_end = max(
                                read["sentences"][j].end for j in lead_sentences(read, art.text)
                            )
                            events = [
                                e
                                for e in events
                                if e.date_text or e.place_text or e.evidence.start < lead_end
                            ]
                        v[i][gate, prob, choice, need] = replace(out, events=events).to_dict(
                            include_text=False
                        )
        base.append(b)
        alt.append(v)
        print(f"repeat {seed}: {len(v)} empty articles", file=sys.stderr)

    def counts(variant, lang: str, rep: int, docs: set[str] | None = None) -> tuple[int, int, int]:
        preds = []
        golds = []
        for i, p in base[rep].items():
            if docs is not None and i not in docs:
                continue
            if gold[i].get("language") != lang and p.get("language") != lang:
                continue
            golds.append(gold[i])
            if variant is not None and i in alt[rep]:
                preds.append(alt[rep][i][variant])
            else:
                preds.append(p)
        e = score(golds, preds)["events"]
        return e["tp"], e["fp"], e["fn"]

    def f1(t: tuple[int, int, int]) -> float:
        tp, fp, fn = t
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    langs = ("en", "ru")
    for lang in langs:
        lang_ids = {i for i in ids if gold[i].get("language") == lang}
        none = [counts(None, lang, r) for r in range(a.repeats)]
        tot = tuple(sum(x[j] for x in none) for j in range(3))
        print(f"{lang}: no rescue tp/fp/fn {tot}, F1 {f1(tot):.3f}")
        rows = []
        for var in variants:
            per = [counts(var, lang, r) for r in range(a.repeats)]
            t = tuple(sum(x[j] for x in per) for j in range(3))
            rows.append((var, t, [f1(x) - f1(n) for x, n in zip(per, none, strict=True)]))
        for var, t, d in rows:
            print(
                f"  gate {var[0]:.2f} p {var[1]:.2f} {var[2]:4s} told={var[3]}: "
                f"tp {t[0] - tot[0]:+d} fp {t[1] - tot[1]:+d}  F1 {f1(t):.3f} "
                f"(per repeat {' '.join(f'{x:+.3f}' for x in d)})"
            )
        if a.list:
            for r in range(a.repeats):
                for i in sorted(set(alt[r]) & lang_ids):
                    g = len(gold[i].get("events") or [])
                    rel, pd, top, n, nl = info[r, i]
                    types = sorted({e["type"] for e in gold[i].get("events") or []})
                    print(
                        f"    rep {r} {i}: gold {g} {types} rel {rel or 0:.2f} p(desertion,cue) "
                        f"{pd:.2f} top {top and (round(top[0], 2), top[1], top[2])} "
                        f"cands {n} in lead {nl}"
                    )
        if a.nested:
            for choice, need in itertools.product(choices, needs):
                tot_n = [0, 0, 0]
                chosen = []
                for r in range(a.repeats):
                    for k in range(a.folds):
                        inner = {i for i, f in fold_of_rep[r].items() if f != k}
                        outer = {i for i, f in fold_of_rep[r].items() if f == k}
                        best = max(
                            ((g, p) for g in gates for p in probs),
                            key=lambda gp: (
                                f1(counts((*gp, choice, need), lang, r, inner)),
                                gp[0],
                                gp[1],
                            ),
                        )
                        chosen.append(best)
                        c = counts((*best, choice, need), lang, r, outer)
                        for j in range(3):
                            tot_n[j] += c[j]
                print(
                    f"  nested {choice:4s} told={need}: tp/fp/fn {tuple(tot_n)} "
                    f"F1 {f1(tuple(tot_n)):.3f}; chosen {sorted(set(chosen))}"
                )


if __name__ == "__main__":
    main()
