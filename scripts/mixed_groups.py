"""Story groups of one article that hold two stories, with the events of NO case counted
(round 51, cases51).

    PYTHONPATH=src:scripts python scripts/mixed_groups.py [PROBES] [--real REAL] [--list]

``story_evidence*.py`` skip an event of no gold case (a single-article story: the second man of
a roundup, told once), yet that is what ``awol evaluate``'s "story-group of two cases" counts as
the other case: a case's event grouped with it carries it into the case, and every event of the
case in another article makes a false case pair with it.  Here each event aligned with a gold
event is labelled by its gold case, or, in no case, by ``none:<doc>:<gold index>`` (two events
of no case are not compared: one single-article story may hold both).  For each event joining a
story group (the shipped grouping, gate on), the kinds of evidence it has
(:mod:`awol.link.story_evidence`; ``name`` for a name in common) and whether its label agrees
with the group's first labelled event.  Readings: the link probes' gold events and their
extracted events (every split but this round's blind sets), and with ``--real`` the real train
articles' gold events and their held-out extraction (labels: corpus/labels story labels, which
label single-article stories too).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from story_evidence import probe_articles, real_articles
from story_evidence_extracted import readings

import awol.link.cases as cases
from awol.link.feat import written_name
from awol.link.story_evidence import KINDS, evidence_kinds, single_story
from awol.link.text import names_match


def none_labels(art: dict) -> list:
    """The article's labels with an aligned event of no case labelled ``none:<doc>:<gold>``."""
    gold = art.get("gold") or []
    return [
        lab if lab is not None else (None if j is None else f"none:{art['doc']}:{j}")
        for lab, j in zip(
            art["labels"], gold + [None] * (len(art["labels"]) - len(gold)), strict=False
        )  # fmt: skip
    ]


def wrong(a: object, b: object) -> bool | None:
    """Whether two labels are of two stories (None: cannot say)."""
    if a is None or b is None:
        return None
    if (
        isinstance(a, str)
        and isinstance(b, str)
        and a.startswith("none:")
        and b.startswith("none:")
    ):
        return None if a.split(":")[1] == b.split(":")[1] else True
    return a != b


def joins(art: dict, listing: bool, tag: str) -> Counter:
    feats, lab = art["feats"], art["labels"]
    cases.POSITIVE_ONLY = True
    groups = cases.document_groups(feats)
    single = single_story(feats)
    out: Counter = Counter()
    for g in groups:
        for k, i in enumerate(g[1:], 1):
            before = [feats[j] for j in g[:k]]
            first = next((lab[j] for j in g[:k] if lab[j] is not None), None)
            w = wrong(lab[i], first)
            if w is None:
                continue
            if names_match(feats[i].names, [n for b in before for n in b.names]) is True:
                kinds = {"name"} if written_name(feats[i]) else {"carried name"}
                if kinds == {"carried name"} and "--carried" in sys.argv:
                    other = evidence_kinds(feats[i], before, single, latest=(i - 1) in g[:k])
                    print(
                        f"  carried {tag} {art['doc']} {i} {'WRONG' if w else 'right'} "
                        f"{sorted(other)} {feats[i].type}: {(feats[i].evidence or '')[:110]}"
                    )
            else:
                kinds = set(evidence_kinds(feats[i], before, single, latest=(i - 1) in g[:k]))
            right = "wrong" if w else "right"
            none = "none" if (isinstance(lab[i], str) and lab[i].startswith("none:")) or (
                isinstance(first, str) and first.startswith("none:")) else "case"  # fmt: skip
            for kk in kinds or {"(no kind)"}:
                out[(kk, right, none)] += 1
            if len(kinds) <= 1:
                out[("only " + next(iter(kinds or {"(no kind)"})), right, none)] += 1
            if listing and w:
                print(f"  {tag} {art['doc']} {i} <- group of {g[0]} {sorted(kinds)} "
                      f"{feats[i].type}: {(feats[i].evidence or '')[:150]}")  # fmt: skip
    return out


def report(name: str, arts: list[dict], listing: bool) -> None:
    c: Counter = Counter()
    for a in arts:
        c += joins(a, listing, name)
    print(f"{name}: joins by kind, right / wrong (of them: with an event of no case)")
    for k in ("name", "carried name", *KINDS, "(no kind)"):
        r = c[(k, "right", "case")] + c[(k, "right", "none")]
        w = c[(k, "wrong", "case")] + c[(k, "wrong", "none")]
        ro = c[("only " + k, "right", "case")] + c[("only " + k, "right", "none")]
        wo = c[("only " + k, "wrong", "case")] + c[("only " + k, "wrong", "none")]
        print(f"  {k:9s} {r:4d} {w:4d} ({c[(k, 'wrong', 'none')]:3d})   only this kind: "
              f"{ro:4d} {wo:4d}")  # fmt: skip


def main(argv: list[str]) -> int:
    paths = [a for a in argv if not a.startswith("--")]
    probes = Path(paths[0]) if paths else Path("tests/link/probes")
    listing = "--list" in argv
    gold = [a | {"labels": none_labels(a)} for a in probe_articles(probes)]
    report("probes-gold", gold, listing)
    ext = [a | {"labels": none_labels(a)} for a in readings(probes)]
    report("probes-extracted", ext, listing)
    if "--real" in argv:
        real = Path(argv[argv.index("--real") + 1])
        arts = real_articles(real, extracted=True)
        report("real-gold", [a for a in arts if a["set"] == "real"], listing)
        report("real-extracted", [a for a in arts if a["set"] == "real-extracted"], listing)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
