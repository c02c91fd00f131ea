"""``scripts/pair_misses.py`` spies on the draft -> event step where the reader calls it
(``awol.extract.document_apart.finish``) and ranks mentions by the evidence criteria
(``awol.extract.evidence_pick._criteria``); round 53's lead found both names stale.  Run on a
small invented split, it must finish and print its totals, and the spy must see every event."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_pair_misses_runs_on_an_invented_split(tmp_path: Path) -> None:
    dump = tmp_path / "mentions.jsonl"
    r = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "pair_misses.py"),
            str(ROOT / "tests" / "extract" / "probes" / "articles" / "en"),
            "--split",
            "by",
            "--dump",
            str(dump),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    assert "events tp" in r.stdout
    assert dump.exists()


def test_the_spied_step_is_the_one_the_reader_calls(monkeypatch) -> None:
    import awol.extract.document_apart as apart
    from awol.extract.document import extract_article
    from awol.model import Article

    real, calls = apart.finish, []

    def counted(*a, **k):
        calls.append(a)
        return real(*a, **k)

    monkeypatch.setattr(apart, "finish", counted)
    text = (
        "Soldier who fled his unit detained.\n\n"
        "A private who left his unit near Ostrovka in March was detained on Tuesday, the "
        "regional police said."
    )
    events = extract_article(Article(id="pm53", text=text, language="en")).events
    assert events and len(calls) == len(events)
