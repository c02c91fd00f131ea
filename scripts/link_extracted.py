"""What extraction loses and what the linker loses: linking FROM EXTRACTED events, held out.

    .venv/bin/python scripts/link_extracted.py ../shared/corpus/real --split train \
        --preds PREDS.jsonl [--language en|ru] [--list] [--cases]

``PREDS.jsonl`` is what ``awol extract`` printed for the split's documents; for a held-out
reading of train, extract each document with a sentence model that did not see it
(``--extract-folds 5`` does it here, as ``awol evaluate --folds 5`` does, ``--hold-out-words``
also without the words only each fold's gold fires, and ``--save`` keeps
the result for the next run).  Never run this on the test split (docs/linking.md).

The linker's weights are held out too, as ``python -m awol.link.fit`` chooses its threshold:
the split's documents are dealt into folds by story (``fit.story_folds``); for fold K the
weights are fitted on the pairs of the other folds (of the gold events and of these extracted
events, as the fit pools them; ``--gold-only``: of the gold events alone), the whole split is linked with them
and only the pairs with a document of fold K are counted.  Both readings are linked: the gold
events (the oracle) and the extracted ones (mapped to gold events by the evaluation's
alignment), and the pooled pairwise P/R/F1 of incidents and cases are printed per language pair
(en-en, ru-ru, en-ru).

Each gold pair missed from extracted events gets the first cause that fits:

- ``missing``: an event of the pair was not extracted (no extracted event aligned to it);
  ``missing/other-type`` when an unaligned extracted event of another type has its evidence,
  ``missing/split`` when an unaligned extracted event of its type shares the evidence words;
- ``oracle-miss``: the oracle misses it too (the linker's own loss);
- ``vetoed`` / ``no-candidate`` / ``below`` / ``one-to-one`` / ``merge`` (as
  scripts/link_misses.py), with the fields the extracted events lost or changed against their
  gold events (``date: 2023-05-24 -> None``) and the pair's features;
- for cases, ``other-type``: a pair of two types, joined only through incidents and stories.

False links from extracted events are counted the same way (``oracle-false`` when the oracle
makes it too).  Nothing is written (but ``--save``).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

FIELDS = ("date", "region", "country", "count", "names", "place_text", "who")


def _jsonl(p: Path) -> list[dict]:
    return [json.loads(x) for x in p.read_text("utf-8").splitlines() if x.strip()]


def _extract_held_out(folder: Path, gold: list[dict], folds: int, hide: bool = False) -> list[dict]:
    from awol.cli.extract import _held_out

    ids = [g["id"] for g in gold]
    man = folder / "manifest.jsonl"
    items = _held_out(folder, ids, folds, str(man) if man.exists() else None, ids, hide)
    return [it.to_dict(include_text=True) for it in items if hasattr(it, "to_dict")]


def _lang_pair(a: str, b: str, lang: dict[str, str]) -> str:
    x, y = sorted((lang.get(a) or "?", lang.get(b) or "?"))
    return f"{x}-{y}"


class Run:
    """One held-out linking of a reading (gold events or extracted ones)."""

    def __init__(self, docs: list[dict], to_gold: dict | None) -> None:
        self.docs = docs
        self.to_gold = to_gold  # (doc, extracted idx) -> gold idx; None: gold events
        self.inc: dict = {}  # gold key -> predicted incident id (of the fold's linking)
        self.case: dict = {}
        self.lk: dict = {}  # fold -> Linker
        self.weights: dict = {}

    def link(self, k: int, weights: dict, t: float) -> None:
        from awol.link import Linker
        from awol.link import score as sc

        old = sc.model
        sc.model = lambda: (weights, t)  # type: ignore[assignment]
        try:
            lk = Linker(threshold=t)
            lk.record = []
            lk.add(self.docs)
            incs = lk.incidents()
        finally:
            sc.model = old
        self.lk[k], self.weights[k] = lk, weights
        inc, case = {}, {}
        for p in incs:
            for d, i in p["events"]:
                g = (d, i) if self.to_gold is None else self.to_gold.get((d, i))
                if g is None:
                    continue
                g = (d, g) if self.to_gold is not None else g
                inc[g] = (k, p["incident_id"])
                case[g] = (k, p["case_id"])
        self.inc[k], self.case[k] = inc, case


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--split", default="train")
    ap.add_argument("--preds", type=Path, help="extracted documents (JSON Lines)")
    ap.add_argument("--extract-folds", type=int, help="extract here, held out in K folds")
    ap.add_argument(
        "--hold-out-words",
        action="store_true",
        help="extract each fold without the words only its gold fires (awol evaluate "
        "--hold-out-words): a reading of train closer to unseen text",
    )
    ap.add_argument("--save", type=Path, help="write the extracted documents here")
    ap.add_argument("--language", help="only pairs with a document in this language")
    ap.add_argument("--cases", action="store_true", help="list case misses (else incidents)")
    ap.add_argument("--list", action="store_true", help="list every missed and false pair")
    ap.add_argument("--threshold", type=float, help="link threshold (default: the model's)")
    ap.add_argument(
        "--gold-only",
        action="store_true",
        help="fit the fold weights on the gold events' pairs alone (as before)",
    )
    args = ap.parse_args()
    if args.split == "test":
        ap.error("never on test: held-out train only (the test split's rule)")

    from awol.evaluate.events import score as score_events
    from awol.evaluate.linking import load_gold_links, oracle_input
    from awol.link import fit
    from awol.link import score as sc
    from awol.link.features import document_features

    folder = args.corpus
    gold, inc_gold, texts = fit.load_split(folder, args.split)
    incidents, cases = load_gold_links(folder)
    if args.preds:
        preds = _jsonl(args.preds)
    else:
        preds = _extract_held_out(folder, gold, args.extract_folds or 5, args.hold_out_words)
    if args.save:
        args.save.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds))
    ids = {g["id"] for g in gold}
    preds = [p for p in preds if p.get("id") in ids]
    lang = {g["id"]: g.get("language") for g in gold}
    align = score_events(gold, preds)["alignment"]
    to_gold = {(d, i): j for d, i, j in align}
    from_gold = {(d, j): i for d, i, j in align}
    pred_ev = {(p["id"], i): e for p in preds for i, e in enumerate(p.get("events") or [])}
    gold_ev = {(g["id"], i): e for g in gold for i, e in enumerate(g.get("events") or [])}

    # held-out weights per fold, as awol.link.fit: fitted on the candidate pairs of the gold
    # events and of these extracted events (--gold-only: of the gold events alone) of the
    # other folds
    fold_of = fit.story_folds(gold, list(incidents or []) + list(cases or []), fit.FOLDS)
    reads = fit.readings(folder, args.split, not args.gold_only, preds)
    pairs, y, src = fit.training_pairs(reads)
    t = sc.model()[1] if args.threshold is None else args.threshold
    runs = {"gold": Run(oracle_input(gold, texts), None), "extracted": Run(preds, to_gold)}
    for k in range(fit.FOLDS):
        w_k = fit.fold_weights(pairs, y, fold_of, k, src)
        for r in runs.values():
            r.link(k, w_k, t)

    gold_inc = {(d, int(i)): n for n, g in enumerate(incidents or []) for d, i in g["events"]}
    gold_case = {(d, int(i)): n for n, g in enumerate(cases or []) for d, i in g["events"]}
    keys = sorted(gold_ev)

    def pairs_of(level: str):
        gmap = gold_inc if level == "incidents" else gold_case
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if a[0] == b[0]:
                    continue
                k = fold_of[a[0]] if fold_of[a[0]] == fold_of[b[0]] else None
                folds = [k] if k is not None else sorted({fold_of[a[0]], fold_of[b[0]]})
                if args.language and args.language not in (lang[a[0]], lang[b[0]]):
                    continue
                same_g = a in gmap and gmap[a] == gmap.get(b)
                yield a, b, folds, same_g

    def same(r: Run, level: str, k: int, a, b) -> bool:
        m = (r.inc if level == "incidents" else r.case)[k]
        return a in m and m.get(a) == m.get(b)

    print(
        f"held-out linking, {args.split}, threshold {t}"
        + (f", pairs with a {args.language} document" if args.language else "")
    )
    table: dict = {}
    for level in ("incidents", "cases"):
        for a, b, folds, same_g in pairs_of(level):
            lp = _lang_pair(a[0], b[0], lang)
            for k in folds:  # a pair across two folds is counted in each (as fit._sweep)
                for name, r in runs.items():
                    c = table.setdefault((level, name, lp), [0, 0, 0])
                    sp = same(r, level, k, a, b)
                    c[0] += sp and same_g
                    c[1] += sp
                    c[2] += same_g
    for level in ("incidents", "cases"):
        for name in runs:
            tot = [0, 0, 0]
            parts = []
            for lp in sorted({lp for (lv, n, lp) in table if lv == level and n == name}):
                c = table[(level, name, lp)]
                tot = [x + y for x, y in zip(tot, c, strict=True)]
                f1, p, rc = fit._prf(*c)
                parts.append(f"{lp} {f1:.3f} ({c[0]}/{c[1]}/{c[2]})")
            f1, p, rc = fit._prf(*tot)
            print(f"  {level:<9} {name:<9} P={p:.3f} R={rc:.3f} F1={f1:.3f} "
                  f"(tp/pred/gold {tot[0]}/{tot[1]}/{tot[2]}); " + "; ".join(parts))  # fmt: skip

    # causes of the extracted reading's misses and false links
    level = "cases" if args.cases else "incidents"
    ex, go = runs["extracted"], runs["gold"]
    pfeats: dict = {}
    for p in preds:
        recs = [{**e, "doc": p["id"], "idx": i, "published": p.get("published")}
                for i, e in enumerate(p.get("events") or [])]  # fmt: skip
        for f in document_features(recs):
            pfeats[f.key] = f
    ev_words = {}

    def words(e: dict) -> set[str]:
        s = (
            (e.get("evidence") or {}).get("text")
            if isinstance(e.get("evidence"), dict)
            else e.get("evidence")
        )
        k = id(e)
        if k not in ev_words:
            ev_words[k] = {w for w in str(s or "").lower().split() if len(w) > 3}
        return ev_words[k]

    def missing_cause(g) -> str:
        ge = gold_ev[g]
        gw = words(ge)
        best = ""
        for (d, i), pe in pred_ev.items():
            if d != g[0] or (d, i) in to_gold:
                continue
            pw = words(pe)
            if gw and len(gw & pw) >= 0.5 * min(len(gw), len(pw) or 1):
                if pe.get("type") == ge.get("type"):
                    return "missing/split"
                best = "missing/other-type"
        return best or "missing"

    def lost(g) -> str:
        pe, ge = pred_ev[(g[0], from_gold[g])], gold_ev[g]
        out = []
        for f in FIELDS:
            gv, pv = ge.get(f), pe.get(f)
            if (gv or None) != (pv or None):
                out.append(f"{f}: {gv!r}->{pv!r}")
        return "; ".join(out)

    def explain(a, b, k: int, lvl: str) -> tuple[str, str]:
        """Why the gold pair (a, b), in one gold group at level ``lvl``, is apart when linked
        from extracted events (fold k)."""
        miss = [g for g in (a, b) if g not in from_gold]
        if miss:
            return "+".join(sorted({missing_cause(g) for g in miss})), ""
        if not same(go, lvl, k, a, b):
            return "oracle-miss", ""
        if lvl == "cases" and (a not in gold_inc or gold_inc.get(a) != gold_inc.get(b)):
            # two happenings of one story: joined through an incident between the two
            # documents (a bridge) and the documents' story groups
            bridges = [(u, v) for u in keys if u[0] == a[0] and u in gold_inc
                       for v in keys if v[0] == b[0] and gold_inc.get(v) == gold_inc[u]]  # fmt: skip
            if not bridges:
                return "story/indirect", ""
            if any(same(ex, "incidents", k, u, v) for u, v in bridges):
                return "story/doc-group", ""
            sub = Counter(explain(u, v, k, "incidents")[0] for u, v in bridges)
            return "story/bridge:" + sub.most_common(1)[0][0], ""
        pa, pb = (a[0], from_gold[a]), (b[0], from_gold[b])
        fa, fb = pfeats[pa], pfeats[pb]
        lk = ex.lk[k]
        rec = recs.setdefault(k, {tuple(sorted((u, v))): x for u, v, x in lk.record})
        x = rec.get(tuple(sorted((pa, pb))))
        if sc.pair_features(fa, fb) is None:
            cause = "vetoed"
        elif x is None:
            cause = "no-candidate"
        else:
            s = sc.weigh(x, ex.weights[k])
            if s < t:
                cause = "below"
            elif tuple(sorted((pa, pb))) in lk.links:
                cause = "merge"
            else:
                cause = "one-to-one"
        for g in (a, b):
            for part in lost(g).split("; "):
                if part:
                    field_loss[(cause, part.split(":")[0])] += 1
        info = f"\n      {a[0]}#{a[1]}: {lost(a)}\n      {b[0]}#{b[1]}: {lost(b)}"
        if x is not None:
            info += f"\n      {sc.weigh(x, ex.weights[k]):+.2f} " + " ".join(
                f"{f}={v:g}" for f, v in x.items()
            )
        return cause, info

    recs: dict = {}
    causes: Counter = Counter()
    lines: list[str] = []
    field_loss: Counter = Counter()
    for a, b, folds, same_g in pairs_of(level):
        if not same_g:
            continue
        k = folds[0]
        if same(ex, level, k, a, b):
            continue
        cause, info = explain(a, b, k, level)
        lp = _lang_pair(a[0], b[0], lang)
        causes[(cause, lp)] += 1
        lines.append(f"  {cause:<14} {lp} {a[0]}#{a[1]} ~ {b[0]}#{b[1]} "
                     f"{gold_ev[a].get('type')}/{gold_ev[b].get('type')}{info}")  # fmt: skip
    fp: Counter = Counter()
    fp_lines = []
    gmap = gold_inc if level == "incidents" else gold_case
    for a, b, folds, same_g in pairs_of(level):
        if same_g:
            continue
        for k in folds:
            if not same(ex, level, k, a, b):
                continue
            cause = "oracle-false" if same(go, level, k, a, b) else "new-false"
            fp[(cause, _lang_pair(a[0], b[0], lang))] += 1
            fp_lines.append(f"  {cause:<13} {a[0]}#{a[1]} ~ {b[0]}#{b[1]} "
                            f"{gold_ev[a].get('type')}/{gold_ev[b].get('type')} "
                            f"gold {gmap.get(a)}/{gmap.get(b)}")  # fmt: skip
    if args.list:
        print(f"\n{level}: missed gold pairs from extracted events")
        print("\n".join(lines))
        print(f"\n{level}: false pairs from extracted events")
        print("\n".join(fp_lines))
    print(f"\n{level} missed (extracted), by cause and language pair:")
    for (c, lp), n in sorted(causes.items(), key=lambda t: (-t[1], t[0])):
        print(f"  {n:4d} {c} {lp}")
    print("fields lost or changed on the pairs the linker missed (cause, field): "
          + ", ".join(f"{c}/{f} {n}" for (c, f), n in field_loss.most_common(20)))  # fmt: skip
    print(
        f"{level} false (extracted): "
        + ", ".join(f"{c} {lp} {n}" for (c, lp), n in sorted(fp.items()))
    )


if __name__ == "__main__":
    main()
