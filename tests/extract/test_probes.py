"""Probe suites (tests/extract/probes/*.yaml): invented sentences generated from a grammar.

Every suite must reach the pins it states (recall, precision, share of clean negatives, field
accuracy); the runner itself is checked on a small suite written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from awol.evaluate.probes import Outcome, Probe, load_suite, report, run_suite, score

SUITES = sorted((Path(__file__).parent / "probes").glob("*.yaml"))
# short articles, each written out whole, that say how many events of each type they report
STORIES = sorted((Path(__file__).parent / "probes" / "stories").glob("*.yaml"))


@pytest.mark.parametrize(
    "path", SUITES + STORIES, ids=[p.stem for p in SUITES] + [f"stories-{p.stem}" for p in STORIES]
)
def test_probe_suite_reaches_its_pins(path: Path) -> None:
    suite = load_suite(path)
    if path in STORIES:
        assert len(suite.probes) >= 30, "a story suite should tell many stories"
        assert all(p.events is not None for p in suite.probes), "a story says its events"
    else:
        assert len(suite.probes) >= 100, "a suite should cross its grammar into many probes"
    outcomes = run_suite(suite)
    s = score(outcomes)
    values = {"recall": s.recall, "precision": s.precision, "negatives": s.negatives, **s.fields}
    if s.granularity is not None:
        values["granularity"] = s.granularity
    low = {
        k: (round(values.get(k, 0.0), 3), pin)
        for k, pin in suite.pins.items()
        if values.get(k, 0.0) < pin
    }
    assert not low, f"{path.name}: below its pins (value, pin): {low}\n" + report(outcomes)


def _suite(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "s.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_grammar_crosses_participants_agreement_and_slots(tmp_path: Path) -> None:
    path = _suite(
        tmp_path,
        """
language: ru
participants:
  - {id: one, count: 1, agree: m, nom: дезертир, acc: дезертира, tags: [d]}
  - {id: two, count: 2, agree: pl, nom: двое солдат, acc: двоих солдат}
  - {id: pron, count: 1, agree: m, intro: "Он служил.", nom: он}
slots:
  place: [{text: "в Курской области", region: RU-KRS}, {text: ""}]
probes:
  - {id: a, expect: [detention], text: {m: "{P.nom} задержан {place}.", pl: "{P.nom} задержаны {place}."}}
  - {id: b, expect: [wanted], with: [d], optional: [desertion], text: "{P.acc} ищут."}
  - {id: c, expect: [], text: "Закон принят."}
""",
    )
    suite = load_suite(path)
    got = [(p.row, p.column, p.text, p.count, p.region) for p in suite.probes]
    assert got == [
        ("a", "one", "Дезертир задержан в Курской области.", 1, "RU-KRS"),
        ("a", "two", "Двое солдат задержаны.", 2, None),
        ("a", "pron", "Он служил. Он задержан в Курской области.", 1, "RU-KRS"),
        ("b", "one", "Дезертира ищут.", 1, None),
        ("c", "-", "Закон принят.", None, None),
    ]
    assert suite.probes[3].optional == ["desertion"]


def test_scores_count_misses_spurious_optional_and_fields() -> None:
    hit = Outcome(
        Probe("a", "x", "t", ["detention"], count=2, region="RU-KRS"),
        [{"type": "detention", "count": 2, "region": None}],
    )
    opt = Outcome(
        Probe("b", "x", "t", ["wanted"], optional=["desertion"]),
        [{"type": "wanted"}, {"type": "desertion"}],
    )
    miss = Outcome(Probe("c", "x", "t", ["death"]), [{"type": "detention"}])
    neg = Outcome(Probe("d", "-", "t", []), [])
    s = score([hit, opt, miss, neg])
    assert (s.expected, s.found, s.predicted) == (3, 2, 3)
    assert s.recall == pytest.approx(2 / 3) and s.precision == pytest.approx(2 / 3)
    assert s.negatives == 1.0
    assert s.fields == {"count": 1.0, "region": 0.0}
    text = report([hit, opt, miss, neg])
    assert "[c / x] want death" in text and "fields wrong: ['region']" in text


def test_granularity_counts_events_per_type(tmp_path: Path) -> None:
    path = _suite(
        tmp_path,
        """
language: ru
probes:
  - {id: a, expect: [desertion, detention], events: {desertion: 1, detention: 2}, text: "x"}
  - {id: b, expect: [], events: {}, text: "y"}
""",
    )
    a, b = load_suite(path).probes
    assert a.events == {"desertion": 1, "detention": 2} and b.events == {}
    right = Outcome(a, [{"type": "desertion"}, {"type": "detention"}, {"type": "detention"}])
    split = Outcome(a, [{"type": "desertion"}] * 2 + [{"type": "detention"}] * 2)
    clean, dirty = Outcome(b, []), Outcome(b, [{"type": "wanted"}])
    assert (right.exact, split.exact, clean.exact, dirty.exact) == (True, False, True, False)
    assert score([right, split, clean, dirty]).granularity == 0.5
    assert score([Outcome(Probe("c", "-", "t", []), [])]).granularity is None
    text = report([right, split])
    assert "granularity 0.500" in text and "events: want {'desertion': 1, 'detention': 2}" in text
    with pytest.raises(ValueError, match="'events' must give the types of 'expect'"):
        load_suite(
            _suite(
                tmp_path,
                "language: ru\nprobes: [{id: 0, text: x, expect: [], events: {death: 1}}]\n",
            )
        )
    with pytest.raises(ValueError, match="'events' must map event types to numbers"):
        load_suite(
            _suite(tmp_path, "language: ru\nprobes: [{id: 0, text: x, expect: [], events: [1]}]\n")
        )


def test_expected_evidence_is_checked_per_event(tmp_path: Path) -> None:
    path = _suite(
        tmp_path,
        """
language: en
probes:
  - id: a
    expect: [desertion, detention]
    events: {desertion: 1, detention: 2}
    evidence: {desertion: "left his unit  on May 3", detention: ["caught on May 9", "two more"]}
    text: "x"
""",
    )
    (a,) = load_suite(path).probes
    assert a.evidence == {
        "desertion": ["left his unit  on May 3"],
        "detention": ["caught on May 9", "two more"],
    }

    def ev(t: str, text: str) -> dict:
        return {"type": t, "evidence": {"text": text, "start": 0, "end": len(text)}}

    right = Outcome(
        a,
        [
            ev("desertion", "He left his unit on May 3."),  # (spaces do not matter)
            ev("detention", "He was caught on May 9."),
            ev("detention", "Police caught two more on May 10."),
        ],
    )
    headline = Outcome(
        a,
        [
            ev("desertion", "Deserter caught"),
            ev("detention", "He was caught on May 9."),
            ev("detention", "Deserter caught"),
        ],
    )
    assert score([right]).fields == {"evidence": 1.0}
    assert score([headline]).fields == {"evidence": pytest.approx(1 / 3)}
    assert "evidence: want" in report([headline])
    with pytest.raises(ValueError, match="'evidence' gives words"):
        load_suite(
            _suite(
                tmp_path,
                "language: en\nprobes: [{id: 0, text: x, expect: [], evidence: {death: y}}]\n",
            )
        )


def test_bad_suite_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="needs 'language' and 'probes'"):
        load_suite(_suite(tmp_path, "language: ru\n"))
    with pytest.raises(ValueError, match="probe 0: needs 'text' and 'expect'"):
        load_suite(_suite(tmp_path, "language: ru\nprobes: [{id: 0, text: x}]\n"))
