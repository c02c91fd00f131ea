"""Every unmatched gold or predicted event is counted under one cause, so an aggregate report of
a held-out split tells which mechanism loses events without showing its text.  Invented
examples."""

from __future__ import annotations

from awol.evaluate.events import MISS_CAUSES, SPURIOUS_CAUSES, format_report, score

FLED = "Two conscripts deserted from a base near Tver on May 3."
CAUGHT = "Both were detained in Moscow a week later."
OTHER = "Prosecutors opened a case on Monday."


def _ev(t: str, ev: str, **kw) -> dict:
    return {"type": t, "evidence": ev, **kw}


def test_causes_of_misses_and_spurious_events() -> None:
    gold = [
        {"id": "a", "events": [_ev("desertion", FLED)]},  # nothing extracted: document-empty
        {"id": "b", "events": [_ev("desertion", FLED), _ev("detention", CAUGHT)]},
        {"id": "c", "events": []},
        {"id": "d", "events": [_ev("wanted", OTHER)]},
    ]
    pred = [
        {"id": "a", "events": []},
        # b: the flight found in another sentence (near-miss both ways); the detention's sentence
        # read as a sentence-type event (other-type both ways)
        {"id": "b", "events": [_ev("desertion", OTHER), _ev("sentence", CAUGHT)]},
        {"id": "c", "events": [_ev("desertion", FLED)]},  # quiet-document
        # d: a type the gold does not have; the gold wanted event is matched
        {"id": "d", "events": [_ev("wanted", OTHER), _ev("death", FLED)]},
    ]
    res = score(gold, pred)
    assert set(res["miss_causes"]) == set(MISS_CAUSES)
    assert res["miss_causes"]["document-empty"] == 1
    assert res["miss_causes"]["near-miss"] == 1
    assert res["miss_causes"]["other-type"] == 1
    assert sum(res["miss_causes"].values()) == res["events"]["fn"] == 3
    assert set(res["spurious_causes"]) == set(SPURIOUS_CAUSES)
    assert res["spurious_causes"]["near-miss"] == 1
    assert res["spurious_causes"]["other-type"] == 1
    assert res["spurious_causes"]["quiet-document"] == 1
    assert res["spurious_causes"]["type-not-in-gold"] == 1
    assert sum(res["spurious_causes"].values()) == res["events"]["fp"] == 4
    brief = format_report(res, details=False)
    assert "misses by cause: document-empty 1, near-miss 1, other-type 1" in brief
    assert FLED not in brief  # counts only


def test_an_extra_event_of_a_found_type_and_a_merged_miss() -> None:
    two = "Four were caught in Kursk on May 3, and two more in Belgorod on May 9."
    gold = [
        {"id": "x", "events": [_ev("detention", two, count=4), _ev("detention", OTHER, count=2)]}
    ]
    pred = [{"id": "x", "events": [_ev("detention", two, count=6), _ev("desertion", FLED)]}]
    res = score(gold, pred)
    assert res["miss_causes"]["merged"] == 1
    assert res["spurious_causes"]["type-not-in-gold"] == 1
    gold2 = [{"id": "y", "events": [_ev("desertion", FLED)]}]
    pred2 = [{"id": "y", "events": [_ev("desertion", FLED), _ev("desertion", CAUGHT)]}]
    assert score(gold2, pred2)["spurious_causes"]["extra-of-found-type"] == 1


def test_brief_report_prints_counts_not_document_ids(tmp_path) -> None:
    """``awol evaluate --brief`` is what may be run on a split no one may read: it prints how
    many documents are quiet, never which (a document id names an article of the split)."""
    import json

    from click.testing import CliRunner

    from awol.cli import main

    gold = [
        {"id": "quiet-doc-alpha", "events": []},
        {"id": "busy-doc-beta", "events": [_ev("desertion", FLED)]},
    ]
    pred = [
        {"id": "quiet-doc-alpha", "events": [_ev("desertion", FLED)]},
        {"id": "busy-doc-beta", "events": [_ev("desertion", FLED)]},
    ]
    res = score(gold, pred)
    brief = format_report(res, details=False)
    assert "documents with no gold events but predicted events: 1" in brief
    assert "quiet-doc-alpha" not in brief and "busy-doc-beta" not in brief
    assert "quiet-doc-alpha" in format_report(res)  # the full report still lists it
    g, p = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    g.write_text("\n".join(json.dumps(x) for x in gold) + "\n")
    p.write_text("\n".join(json.dumps(x) for x in pred) + "\n")
    out = CliRunner().invoke(main, ["evaluate", str(p), "--gold", str(g), "--brief"])
    assert out.exit_code == 0, out.output
    assert "no gold events but predicted events: 1" in out.output
    assert "quiet-doc-alpha" not in out.output and "busy-doc-beta" not in out.output
    both = CliRunner().invoke(main, ["evaluate", str(p), "--gold", str(g), "--brief", "--json"])
    assert both.exit_code == 2 and "quiet-doc-alpha" not in both.output
