"""How the articles' story groups (``cases.document_groups``) match the gold cases: TRAIN only.

    .venv/bin/python scripts/link_groups.py ../shared/corpus/real [--preds PREDS.jsonl]
        [--half A|B] [--language en|ru] [--list]

Within one article, two events of one story group are told as one story; the gold cases
(``cases.jsonl``) say which events of the articles that share a story with another article
belong together.  A pair of events of one article is counted when at least one of the two is in
a gold case (an event in no case is no story of that case; two events in no case say nothing):

- ``joined right``: one group, one gold case; ``joined wrong``: one group, different cases (or
  one in a case and the other in none) -- a cross-document link of one then carries the other
  into the wrong case;
- ``apart right`` / ``apart wrong`` likewise for two groups.

Read for the gold events (as annotated) and, with ``--preds`` (what
``scripts/link_extracted.py --save`` wrote: a held-out extraction of train), for the extracted
events mapped to the gold events the evaluation aligns them with (an unaligned extracted event
is left out).  ``--list`` prints every wrongly joined pair with the two events' type, names,
count, region and evidence (train texts only).  ``--half``: only the train ids of that half
(scripts/attribution_errors.py ``half_ids``): develop reading one half, measure on the other.

``--labels``: against the story labels of the train articles (``corpus/labels/``: the story of
every gold event of each train article with two or more, single-article stories included), for
the gold events and (``--preds``) the extracted ones aligned to them: every pair of labelled
events of one article, joined right / wrong, apart right / wrong, by what links the later event
to the earlier (:func:`_pair_kind`: a name in common or other names, a rule that forbids the
join, one sentence, a status / region / place in common, a crowd of 50 or more on one side, or
nothing but their order; two groups the article ties into one case, ``cases.story_ties``,
count as joined); ``--model``: grouped with the story model (:mod:`awol.link.stories`,
not adopted) fitted on the other half's labels (``--half``), or on all of them.

``--roundups``: since train's groupings never join two stories where the gold cases can tell,
a roundup is made of two train articles of one language that share no gold case, their events
told one after the other (the second's evidence offsets moved past the first's text), and the
groups counted that hold events of both: how often the second article's first story is taken
for a continuation of the first's last one, and on what (a name, status, region or place in
common, or its order alone).  What a grouping rule loses on real articles (the pairs above)
against what it stops here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _groups(events: list[dict], did: str, published: str | None) -> list[int]:
    from awol.link.features import document_features, event_records

    return [f.group for f in document_features(event_records(events, did, published))]


def _roundups(name: str, docs: dict[str, list[dict]], pub: dict, lang: dict,
              cases_of: dict) -> None:  # fmt: skip
    import itertools

    from awol.evaluate.link_causes import shared_with
    from awol.link.cases import story_ties
    from awol.link.features import document_features, event_records

    ids = sorted(d for d, evs in docs.items() if evs)
    n = mixed = tied = 0
    how: Counter = Counter()
    for a, b in itertools.permutations(ids, 2):
        if lang[a] != lang[b] or cases_of.get(a, set()) & cases_of.get(b, set()):
            continue
        ea, eb = docs[a], docs[b]
        rfeats = document_features(event_records(ea + _after(eb), "roundup", pub.get(b)))
        groups = [f.group for f in rfeats]
        n += 1
        members: dict[int, list[int]] = {}
        for k, gi in enumerate(groups):
            members.setdefault(gi, []).append(k)
        # a tie (cases.story_ties) of a flight of the second article to one of the first
        tied += any(x < len(ea) <= y for x, y in story_ties(rfeats, list(members.values())))
        first = set(groups[: len(ea)])
        joined = [j for j in range(len(ea), len(ea) + len(eb)) if groups[j] in first]
        if not joined:
            continue
        mixed += 1
        from awol.link.features import EVENT_FIELDS, features

        def feat(ev: dict, i: int):  # noqa: ANN202
            rec = {f: ev.get(f) for f in EVENT_FIELDS}
            rec.update(doc="roundup", idx=i, evidence="")
            return features(rec)

        j = joined[0]
        f = feat(eb[j - len(ea)], j)
        before = [feat(ea[i], i) for i in range(len(ea)) if groups[i] == groups[j]]
        shared = shared_with(f, before)
        how["+".join(shared) or "order"] += 1
    print(f"{name} roundups: article pairs {n}, a story of the second joined to one of the first "
          f"{mixed} ({mixed / max(n, 1):.3f}); the first such event shares: {dict(how.most_common())}; "
          f"tied into one case (story_ties) {tied}")  # fmt: skip


def _after(events: list[dict], by: int = 10**7) -> list[dict]:
    """The events with their evidence offsets moved past the first article's text (the
    grouping reads an extracted article's events in the order of their evidence sentences)."""
    out = []
    for ev in events:
        e = ev.get("evidence")
        if isinstance(e, dict) and isinstance(e.get("start"), int):
            ev = {
                **ev,
                "evidence": {**e, "start": e["start"] + by, "end": (e.get("end") or 0) + by},
            }
        out.append(ev)
    return out


def _pair_kind(fa, fb) -> str:  # noqa: ANN001
    """What links event ``fb`` to the earlier ``fa`` of its article, for the grouping."""
    from awol.evaluate.link_causes import shared_with
    from awol.link.cases import ONCE_PER_STORY, _join_score
    from awol.link.text import names_match

    nm = names_match(fb.names, fa.names)
    if nm is True:
        return "name"
    if nm is False:
        return "other names"
    if _join_score(fb, [fa], 0) is None:
        return "rule: second " + fb.type if fb.type == fa.type and fb.type in ONCE_PER_STORY else (
            "rule: other")  # fmt: skip
    if fb.evidence and fb.evidence == fa.evidence:
        return "one sentence"
    shared = [x for x in shared_with(fb, [fa]) if x != "name"]
    if shared:
        return "+".join(shared)
    if (fa.count or 0) >= 50 or (fb.count or 0) >= 50:
        return "crowd"
    return "order"


def _labelled(corpus: Path, preds: Path | None, half: str | None, with_model: bool) -> None:
    from attribution_errors import half_ids

    from awol.link.cases import document_groups, story_ties
    from awol.link.stories import StoryModel
    from awol.link.story_fit import THRESHOLD, articles, fit_weights

    pl = None
    if preds:
        pl = [json.loads(x) for x in preds.read_text("utf-8").splitlines() if x.strip()]
    keep = half_ids(json.loads((corpus / "splits.json").read_text("utf-8"))["train"], half)
    model = None
    if with_model:  # fitted on the labelled articles of the OTHER half (or all): a check
        other = half_ids(json.loads((corpus / "splits.json").read_text("utf-8"))["train"],
                         {"A": "B", "B": "A"}.get(half or "", None))  # fmt: skip
        arts = [a for a in articles(corpus, pl, extracted=bool(preds)) if a["doc"] in other]
        model = StoryModel(fit_weights(arts), THRESHOLD)
    for reading in ("gold", "extracted") if preds else ("gold",):
        by: dict[str, Counter] = {}
        tot: Counter = Counter()
        for art in articles(corpus, pl, extracted=bool(preds)):
            if art["reading"] != reading or art["doc"] not in keep:
                continue
            feats, lab, gidx = art["feats"], art["labels"], art["gold"]
            groups = document_groups(feats, model)
            of = {j: gi for gi, g in enumerate(groups) for j in g}
            # two story groups the article ties into one case (cases.story_ties) count as one
            for a, b in story_ties(feats, groups):
                ga, gb = of[a], of[b]
                of = {j: (ga if gi == gb else gi) for j, gi in of.items()}
            for a in range(len(feats)):
                for b in range(a + 1, len(feats)):
                    if lab[a] is None or lab[b] is None or gidx[a] == gidx[b]:
                        continue
                    joined, same = of[a] == of[b], lab[a] == lab[b]
                    k = ("joined" if joined else "apart") + (
                        " right" if joined == same else " wrong"
                    )
                    tot[k] += 1
                    by.setdefault(_pair_kind(feats[a], feats[b]), Counter())[k] += 1
        jr, jw, aw = tot["joined right"], tot["joined wrong"], tot["apart wrong"]
        print(f"{reading} (labels{', half ' + half if half else ''}"
              f"{', story model' if with_model else ''}): joined right {jr}, joined wrong {jw}, "
              f"apart wrong {aw}, apart right {tot['apart right']}; same-story P "
              f"{jr / max(jr + jw, 1):.3f} R {jr / max(jr + aw, 1):.3f}")  # fmt: skip
        for kind, c in sorted(by.items(), key=lambda kv: -sum(kv[1].values())):
            print(f"    {kind:22s} joined right {c['joined right']:3d}  joined wrong "
                  f"{c['joined wrong']:3d}  apart wrong {c['apart wrong']:3d}  apart right "
                  f"{c['apart right']:3d}")  # fmt: skip


def _show(ev: dict) -> str:
    from awol.link.features import evidence_text

    ev_text = evidence_text(ev).replace("\n", " ")
    return (f"{ev.get('type')} names={ev.get('names') or []} count={ev.get('count')} "
            f"region={ev.get('region')} date={ev.get('date')} who={ev.get('who')!r}\n"
            f"        {ev_text[:220]}")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--preds", type=Path, help="held-out extraction of train (JSON Lines)")
    ap.add_argument("--half", choices=("A", "B", "AB"))
    ap.add_argument("--language")
    ap.add_argument("--list", action="store_true", help="list the wrongly joined pairs")
    ap.add_argument("--roundups", action="store_true", help="pairs of articles told as one")
    ap.add_argument("--labels", action="store_true", help="against the story labels")
    ap.add_argument(
        "--model",
        action="store_true",
        help="(--labels) group with the story model fitted on the other half",
    )
    args = ap.parse_args()
    if args.labels:
        _labelled(args.corpus, args.preds, args.half, args.model)
        return

    from attribution_errors import train_gold

    from awol.evaluate.events import score as score_events
    from awol.evaluate.linking import load_gold_links

    gold = [g for g, _ in train_gold(args.corpus, args.half, args.language)]
    _inc, cases = load_gold_links(args.corpus)
    case_of = {(d, int(i)): n for n, c in enumerate(cases or []) for d, i in c["events"]}
    name_of = {n: c.get("case") for n, c in enumerate(cases or [])}
    readings = {"gold": {g["id"]: (g.get("events") or [], None) for g in gold}}
    if args.preds:
        ids = {g["id"] for g in gold}
        preds = [json.loads(x) for x in args.preds.read_text("utf-8").splitlines() if x.strip()]
        preds = [p for p in preds if p.get("id") in ids]
        align = score_events(gold, preds)["alignment"]
        to_gold = {(d, int(i)): int(j) for d, i, j in align}
        readings["extracted"] = {
            p["id"]: (p.get("events") or [], {i: to_gold.get((p["id"], i))
                                              for i in range(len(p.get("events") or []))})
            for p in preds
        }  # fmt: skip
    pub = {g["id"]: g.get("published") for g in gold}
    if args.roundups:
        lang = {g["id"]: g.get("language") or "en" for g in gold}
        docs_of = {d: {n for (dd, _i), n in case_of.items() if dd == d} for d in pub}
        for name, docs in readings.items():
            _roundups(name, {d: v[0] for d, v in docs.items()}, pub, lang, docs_of)
        return
    for name, docs in readings.items():
        counts: Counter = Counter()
        kinds: Counter = Counter()
        mixed_docs = 0
        for did in sorted(docs):
            events, to_gold = docs[did]
            groups = _groups(events, did, pub.get(did))
            gidx = [i if to_gold is None else to_gold.get(i) for i in range(len(events))]
            mixed = False
            for a in range(len(events)):
                for b in range(a + 1, len(events)):
                    ga, gb = gidx[a], gidx[b]
                    if ga is None or gb is None or ga == gb:
                        continue
                    ca, cb = case_of.get((did, ga)), case_of.get((did, gb))
                    if ca is None and cb is None:
                        continue
                    same_group = groups[a] == groups[b]
                    same_case = ca == cb
                    k = ("joined" if same_group else "apart") + (
                        " right" if same_group == same_case else " wrong"
                    )
                    counts[k] += 1
                    if same_group and not same_case:
                        mixed = True
                        kinds["other case" if ca is not None and cb is not None else "no case"] += 1
                        if args.list:
                            print(f"[{name}] {did} {a}/{b} groups {groups[a]} "
                                  f"cases {name_of.get(ca)} / {name_of.get(cb)}")  # fmt: skip
                            print("    " + _show(events[a]))
                            print("    " + _show(events[b]))
                    if args.list and not same_group and same_case and name == "extracted":
                        print(f"[{name}] APART {did} {a}/{b} groups {groups[a]}/{groups[b]} "
                              f"case {name_of.get(ca)}")  # fmt: skip
                        print("    " + _show(events[a]))
                        print("    " + _show(events[b]))
            mixed_docs += mixed
        jr, jw = counts["joined right"], counts["joined wrong"]
        ar, aw = counts["apart right"], counts["apart wrong"]
        p = jr / (jr + jw) if jr + jw else 0.0
        r = jr / (jr + aw) if jr + aw else 0.0
        print(f"{name}: articles {len(docs)}, with a wrongly joined pair {mixed_docs}; pairs "
              f"joined right {jr}, joined wrong {jw} ({dict(kinds)}), apart right {ar}, "
              f"apart wrong {aw}; same-story P {p:.3f} R {r:.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
