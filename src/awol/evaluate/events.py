"""Score extracted events and figures against hand-coded gold (SCHEMA.md).

Matching, per document: a predicted event can only match a gold event of the same type; among
those, pairs are scored by how much their evidence sentences overlap and how many of date, count
and region agree, and matched greedily best-first.  A pair needs some evidence overlap or two
agreeing fields, so an event found in the wrong place does not count as found.
Fields of matched events are scored as accuracy: date, region, country, count and armed must be
equal; the fields given "as written" are compared as words: ``names`` (each name of one side is a
name of the other: the same words, inflection aside), ``who`` and ``source`` (most of the words of
the shorter).  Both null counts as agreeing.
Figures match on value (within 1%) in the same document; the source (most of the words of the
shorter name) and as_of date of matched figures are scored as field accuracy.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from awol.errors import InputError
from awol.model import EVENT_TYPES

FIELDS = ("date", "region", "country", "count", "armed", "who", "names", "source")
FIGURE_FIELDS = ("source", "as_of")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _tokens(s: str | None) -> set[str]:
    return set(_TOKEN.findall((s or "").lower()))


def _evidence(e: dict[str, Any]) -> str:
    ev = e.get("evidence")
    if isinstance(ev, dict):
        return ev.get("text") or ""
    return ev or ""


def _overlap(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def _pair_score(p: dict[str, Any], g: dict[str, Any]) -> float | None:
    ov = _overlap(_evidence(p), _evidence(g))
    agree = sum(
        1 for f in ("date", "count", "region") if g.get(f) is not None and p.get(f) == g.get(f)
    )
    if ov < 0.5 and agree < 2:
        return None
    return ov + 0.4 * agree


@dataclass
class Scores:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    field_ok: Counter = field(default_factory=Counter)
    field_n: Counter = field(default_factory=Counter)
    # a matched event's field that disagrees with gold: a value given (wrong) or none (missing)
    field_wrong: Counter = field(default_factory=Counter)
    field_missing: Counter = field(default_factory=Counter)
    fig_tp: int = 0
    fig_fp: int = 0
    fig_fn: int = 0
    fig_field_ok: Counter = field(default_factory=Counter)  # source, as_of of matched figures
    # source, as_of of matched figures: right, wrong (both given, differ), missing (only gold
    # gives one), extra (only the prediction gives one)
    fig_field_how: dict = field(default_factory=lambda: {f: Counter() for f in FIGURE_FIELDS})
    misses: list[dict[str, Any]] = field(default_factory=list)
    miss_causes: Counter = field(default_factory=Counter)
    spurious_causes: Counter = field(default_factory=Counter)
    alignment: list[tuple[str, int, int]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    field_errors: list[dict[str, Any]] = field(default_factory=list)
    documents: int = 0
    quiet_docs_with_events: list[str] = field(default_factory=list)

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def as_dict(self) -> dict[str, Any]:
        per_type = {}
        for t in EVENT_TYPES:
            p, r, f = self.prf(self.tp[t], self.fp[t], self.fn[t])
            per_type[t] = {
                "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                "tp": self.tp[t], "fp": self.fp[t], "fn": self.fn[t],
            }  # fmt: skip
        tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        p, r, f = self.prf(tp, fp, fn)
        fp_, fr_, ff_ = self.prf(self.fig_tp, self.fig_fp, self.fig_fn)
        return {
            "documents": self.documents,
            "events": {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                       "tp": tp, "fp": fp, "fn": fn},
            "per_type": per_type,
            "field_accuracy": {
                k: round(self.field_ok[k] / self.field_n[k], 3) if self.field_n[k] else None
                for k in FIELDS
            },
            # counts behind the ratios: a correct new event whose field is unknown lowers a
            # ratio but leaves "right" and "wrong" alone, so quality gates pin these
            "field_counts": {
                k: {
                    "right": self.field_ok[k],
                    "wrong": self.field_wrong[k],
                    "missing": self.field_missing[k],
                }
                for k in FIELDS
            },
            "figures": {"precision": round(fp_, 3), "recall": round(fr_, 3), "f1": round(ff_, 3),
                        "tp": self.fig_tp, "fp": self.fig_fp, "fn": self.fig_fn,
                        "field_accuracy": {
                            k: round(self.fig_field_ok[k] / self.fig_tp, 3) if self.fig_tp else None
                            for k in FIGURE_FIELDS},
                        "field_counts": {
                            k: {h: self.fig_field_how[k][h]
                                for h in ("right", "wrong", "missing", "extra")}
                            for k in FIGURE_FIELDS}},
            "misses": self.misses,
            "spurious": self.spurious,
            "miss_causes": {k: self.miss_causes[k] for k in MISS_CAUSES},
            "spurious_causes": {k: self.spurious_causes[k] for k in SPURIOUS_CAUSES},
            "field_errors": self.field_errors,
        }  # fmt: skip


def score(gold_docs: list[dict[str, Any]], pred_docs: list[dict[str, Any]]) -> dict[str, Any]:
    """Compare predictions with gold, document by document (matched on ``id``)."""
    s = Scores()
    pred_by_id = {d["id"]: d for d in pred_docs}
    for g in gold_docs:
        s.documents += 1
        p = pred_by_id.get(g["id"], {"events": [], "figures": []})
        _score_events(s, g["id"], g.get("events") or [], p.get("events") or [])
        _score_figures(s, g.get("figures") or [], p.get("figures") or [])
        if not g.get("events") and p.get("events"):
            s.quiet_docs_with_events.append(g["id"])
    out = s.as_dict()
    out["documents_without_gold_events_but_predicted"] = s.quiet_docs_with_events
    out["alignment"] = [list(a) for a in s.alignment]
    return out


def _score_events(s: Scores, doc_id: str, gold: list[dict], pred: list[dict]) -> None:
    pairs = []
    for i, pe in enumerate(pred):
        for j, ge in enumerate(gold):
            if pe.get("type") != ge.get("type"):
                continue
            sc = _pair_score(pe, ge)
            if sc is not None:
                pairs.append((sc, i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _sc, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pe, ge = pred[i], gold[j]
        s.alignment.append((doc_id, i, j))
        s.tp[ge["type"]] += 1
        for f in FIELDS:
            s.field_n[f] += 1
            if same_field(f, ge.get(f), pe.get(f)):
                s.field_ok[f] += 1
            else:
                if _is_null(pe.get(f)):
                    s.field_missing[f] += 1
                else:
                    s.field_wrong[f] += 1
                s.field_errors.append(
                    {"id": doc_id, "type": ge["type"], "field": f, "gold": ge.get(f),
                     "predicted": pe.get(f), "evidence": _evidence(ge)[:120]}
                )  # fmt: skip
    free_p = [pred[i] for i in range(len(pred)) if i not in used_p]
    free_g = [gold[j] for j in range(len(gold)) if j not in used_g]
    for j, ge in enumerate(gold):
        if j not in used_g:
            s.fn[ge["type"]] += 1
            cause = _miss_cause(ge, pred, free_p)
            s.miss_causes[cause] += 1
            s.misses.append(
                {"id": doc_id, "index": j, "type": ge["type"], "evidence": _evidence(ge),
                 "cause": cause}
            )  # fmt: skip
    for i, pe in enumerate(pred):
        if i not in used_p:
            s.fp[pe.get("type", "?")] += 1
            cause = _spurious_cause(pe, gold, free_g)
            s.spurious_causes[cause] += 1
            s.spurious.append(
                {"id": doc_id, "index": i, "type": pe.get("type"), "evidence": _evidence(pe),
                 "cause": cause}
            )  # fmt: skip


def _cause(ev: dict, others: list[dict], free: list[dict], shared: str, found: str) -> str:
    """Why ``ev`` (a gold or a predicted event) went unmatched, told by the events of the other
    side in its document (``others``; ``free``: those left unmatched): counts only, see
    MISS_CAUSES and SPURIOUS_CAUSES (``shared``/``found``: the names of the two causes that
    differ between the sides)."""
    if not others:
        return shared
    t, text = ev.get("type"), _evidence(ev)
    if any(o.get("type") == t for o in free):
        return "near-miss"
    if any(o.get("type") != t and _overlap(_evidence(o), text) >= 0.5 for o in others):
        return "other-type"
    return found if any(o.get("type") == t for o in others) else _LAST[shared]


def _miss_cause(ge: dict, pred: list[dict], free_p: list[dict]) -> str:
    return _cause(ge, pred, free_p, "document-empty", "merged")


def _spurious_cause(pe: dict, gold: list[dict], free_g: list[dict]) -> str:
    return _cause(pe, gold, free_g, "quiet-document", "extra-of-found-type")


_LAST = {"document-empty": "not-found", "quiet-document": "type-not-in-gold"}


# what each cause means, printed with the counts
MISS_CAUSES = {
    "document-empty": "nothing was extracted from the document",
    "near-miss": "an unmatched event of its type was extracted (another sentence or fields)",
    "other-type": "its sentence gave an event of another type",
    "merged": "every event of its type extracted there matched another gold event",
    "not-found": "no event of its type, none from its sentence",
}
SPURIOUS_CAUSES = {
    "quiet-document": "the document has no gold events",
    "near-miss": "a gold event of its type is unmatched (another sentence or fields)",
    "other-type": "its sentence is a gold event of another type",
    "extra-of-found-type": "every gold event of its type is matched: a split or extra happening",
    "type-not-in-gold": "the document has gold events, none of its type",
}


def _score_figures(s: Scores, gold: list[dict], pred: list[dict]) -> None:
    used: set[int] = set()
    for gf in gold:
        hit = None
        for i, pf in enumerate(pred):
            if i in used:
                continue
            gv, pv = float(gf.get("value") or 0), float(pf.get("value") or 0)
            if gv and abs(gv - pv) <= 0.01 * abs(gv):
                hit = i
                break
        if hit is None:
            s.fig_fn += 1
            s.misses.append(
                {
                    "figure": gf.get("metric"),
                    "value": gf.get("value"),
                    "evidence": gf.get("evidence"),
                }
            )
        else:
            used.add(hit)
            s.fig_tp += 1
            pf = pred[hit]
            s.fig_field_ok["as_of"] += pf.get("as_of") == gf.get("as_of")
            s.fig_field_ok["source"] += _same_source(gf.get("source"), pf.get("source"))
            for f, same in (
                ("as_of", pf.get("as_of") == gf.get("as_of")),
                ("source", _same_source(gf.get("source"), pf.get("source"))),
            ):
                g_null, p_null = _is_null(gf.get(f)), _is_null(pf.get(f))
                how = ("right" if same else "missing" if p_null else "extra" if g_null
                       else "wrong")  # fmt: skip
                s.fig_field_how[f][how] += 1
    for i, pf in enumerate(pred):
        if i not in used:
            s.fig_fp += 1
            s.spurious.append(
                {"figure": pf.get("metric"), "value": pf.get("value"), "evidence": _evidence(pf)}
            )


def _is_null(value: Any) -> bool:
    return value is None or value == [] or value == ""


def same_field(name: str, gold: Any, pred: Any) -> bool:
    """Does a predicted event field agree with the gold's?  (See the module's docstring.)"""
    if name == "names":
        return _same_names(gold or [], pred or [])
    if name in ("who", "source"):
        return _same_words(gold, pred)
    return pred == gold


def _word_stem(w: str) -> str:
    return w.lower().replace("ё", "е")


def _same_word(a: str, b: str) -> bool:
    """The same word, inflection aside: "Кашурова" ~ "Кашуров", "Semyon" ~ "Semyon"."""
    a, b = _word_stem(a), _word_stem(b)
    if a == b:
        return True
    k = max(3, min(len(a), len(b)) - 2)
    return len(a) >= k and len(b) >= k and a[:k] == b[:k]


def _same_words(gold: str | None, pred: str | None, share: float = 0.5) -> bool:
    """Both null, or most (``share``) of the words of the shorter are words of the longer."""
    if not gold or not pred:
        return not gold and not pred
    ga, pa = _TOKEN.findall(gold), _TOKEN.findall(pred)
    if not ga or not pa:
        return not ga and not pa
    short, long_ = (ga, pa) if len(ga) <= len(pa) else (pa, ga)
    hits = sum(any(_same_word(w, x) for x in long_) for w in short)
    return hits / len(short) >= share


def _same_names(gold: list[str], pred: list[str]) -> bool:
    """The same people named: as many names, each gold name matched by a predicted one (every
    word of the shorter form: "Кашуров" ~ "Семёна Кашурова", not "Alexander Kotov")."""
    if len(gold) != len(pred):
        return False
    left = list(pred)
    for g in gold:
        hit = next((p for p in left if _same_words(g, p, 1.0)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def _same_source(gold: str | None, pred: str | None) -> bool:
    """Both unattributed, or the same name as written (most of the words of the shorter)."""
    if not gold or not pred:
        return not gold and not pred
    return _overlap(gold, pred) >= 0.5


def format_report(res: dict[str, Any], details: bool = True) -> str:
    """A plain-text report of :func:`score` results."""
    lines = [
        f"documents: {res['documents']}",
        "",
        f"{'type':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}",
    ]
    for t, v in res["per_type"].items():
        lines.append(
            f"{t:<12} {v['precision']:>6.3f} {v['recall']:>6.3f} {v['f1']:>6.3f} {v['tp']:>4} {v['fp']:>4} {v['fn']:>4}"
        )
    e = res["events"]
    lines.append(
        f"{'ALL EVENTS':<12} {e['precision']:>6.3f} {e['recall']:>6.3f} {e['f1']:>6.3f} {e['tp']:>4} {e['fp']:>4} {e['fn']:>4}"
    )
    f = res["figures"]
    lines.append(
        f"{'FIGURES':<12} {f['precision']:>6.3f} {f['recall']:>6.3f} {f['f1']:>6.3f} {f['tp']:>4} {f['fp']:>4} {f['fn']:>4}"
    )
    ff = f.get("field_accuracy") or {}
    lines.append(
        "accuracy on matched figures: "
        + ", ".join(f"{k} {v:.3f}" if v is not None else f"{k} n/a" for k, v in ff.items())
    )
    fc = f.get("field_counts") or {}
    if fc:
        lines.append(
            "matched-figure fields right/wrong/missing/extra: "
            + ", ".join(
                f"{k} {v['right']}/{v['wrong']}/{v['missing']}/{v['extra']}" for k, v in fc.items()
            )
        )
    lines.append("")
    lines.append(
        "accuracy on matched events: "
        + ", ".join(
            f"{k} {v:.3f}" if v is not None else f"{k} n/a"
            for k, v in res["field_accuracy"].items()
        )
    )
    counts = res.get("field_counts") or {}
    if counts:
        lines.append(
            "matched-event fields right/wrong/missing: "
            + ", ".join(f"{k} {v['right']}/{v['wrong']}/{v['missing']}" for k, v in counts.items())
        )
    quiet = res.get("documents_without_gold_events_but_predicted") or []
    # --brief (no details) prints counts only: it is what may be run on a split no one may read,
    # and a document id names an article of it
    lines.append(
        f"documents with no gold events but predicted events: {len(quiet)}"
        + (f" {' '.join(quiet)}" if details and quiet else "")
    )
    for key, label in (("miss_causes", "misses"), ("spurious_causes", "spurious")):
        causes = res.get(key) or {}
        if causes:
            lines.append(f"{label} by cause: " + ", ".join(f"{k} {v}" for k, v in causes.items()))
    if details:
        lines.append("")
        lines.append(f"misses ({len(res['misses'])}):")
        for m in res["misses"]:
            lines.append("  - " + _one(m))
        lines.append(f"spurious ({len(res['spurious'])}):")
        for m in res["spurious"]:
            lines.append("  + " + _one(m))
        lines.append(f"field errors ({len(res['field_errors'])}):")
        for m in res["field_errors"]:
            lines.append(
                f"  ~ {m['id']} {m['type']} {m['field']}: gold={m['gold']!r} predicted={m['predicted']!r} | {m['evidence']}"
            )
    return "\n".join(lines)


def _one(m: dict[str, Any]) -> str:
    if "figure" in m:
        return f"figure {m['value']} ({m['figure']}) | {(m.get('evidence') or '')[:110]}"
    cause = f" [{m['cause']}]" if m.get("cause") else ""
    return f"{m['id']} {m['type']}{cause} | {(m.get('evidence') or '')[:110]}"


def by_language(docs: list[dict[str, Any]], lang: str | None) -> list[dict[str, Any]]:
    if not lang:
        return docs
    return [d for d in docs if (d.get("language") or "") == lang]


def load_split(folder: Path, split: str) -> set[str]:
    """The document ids of ``split`` in ``folder/splits.json`` (``{"train": [ids], ...}``)."""
    path = Path(folder) / "splits.json"
    if not path.exists():
        raise InputError(str(folder), "no splits.json in this folder (needed by --split)")
    try:
        splits = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"not valid JSON ({exc})") from None
    if not isinstance(splits, dict) or not all(isinstance(v, list) for v in splits.values()):
        raise InputError(str(path), 'expected an object of id lists, e.g. {"train": [...]}')
    if split not in splits:
        names = ", ".join(sorted(splits)) or "none"
        raise InputError(str(path), f"no split named {split!r} (splits: {names})")
    return {str(i) for i in splits[split]}


def corpus_gold(
    folder: Path, split: str | None, language: str | None
) -> tuple[list[dict[str, Any]], list[str], str | None]:
    """A corpus folder's gold for the scripts that read it: (the documents of ``split`` in
    ``language``, the ids of the whole split, as held-out folds are dealt over it, the manifest
    path or None)."""
    rows = [json.loads(x) for x in (folder / "gold.jsonl").read_text("utf-8").splitlines() if x]
    gold = by_split(rows, folder, split)
    dealt = [g["id"] for g in gold]
    man = folder / "manifest.jsonl"
    return by_language(gold, language), dealt, str(man) if man.exists() else None


def by_split(docs: list[dict[str, Any]], folder: Path, split: str | None) -> list[dict[str, Any]]:
    """Keep the documents of ``split`` (named in ``folder/splits.json``); all if ``split`` is None.

    A gold file that codes one document twice is refused (it would be scored twice)."""
    seen = Counter(d.get("id") for d in docs)
    twice = sorted(str(i) for i, n in seen.items() if n > 1)
    if twice:
        raise InputError(
            str(folder / "gold.jsonl"),
            f"document id coded more than once: {', '.join(twice[:5])} (one line per document)",
        )
    if not split:
        return docs
    ids = load_split(folder, split)
    return [d for d in docs if d.get("id") in ids]
