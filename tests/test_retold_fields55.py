"""Round 55 (retell55): ``scripts/retold_fields.py`` keeps the reader of later tellings with no
cue word that the round measured and did not land (docs/extraction.md, "Round 55 (retell55)").
Its prefilter must read one act's verbs (a negated return as a flight; two acts' verbs: nothing),
fill a missing date from a pronoun's retelling and not from another act's sentence, and refuse
the test split.  Invented sentences only."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from awol.extract.lexicon import get_lexicon
from awol.extract.places import get_gazetteer
from awol.extract.sentences import split_sentences
from awol.model import Event, Evidence

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "retold_fields.py"


def _script():
    spec = importlib.util.spec_from_file_location("retold_fields", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_one_acts_verbs_tell_its_type() -> None:
    rf = _script()
    assert rf.retold_type("He slipped out of the barracks on the night of May 3.", "en") == (
        "desertion"
    )
    assert rf.retold_type("Весной он решил не возвращаться в часть.", "ru") == "desertion"
    # (a flight and a catch in one sentence: whose day?)
    assert rf.retold_type("He fled in March and was caught in May.", "en") is None
    assert rf.retold_type("The weather was cold that week.", "en") is None


def _read(text: str, lang: str, first: str, published: str) -> Event:
    rf = _script()
    sentences = split_sentences(text, lang)
    s = next(s for s in sentences if s.text.startswith(first))
    e = Event("desertion", Evidence(s.text, s.start, s.end), count=1)

    def places(t: str) -> list:
        return get_gazetteer().find(t, lang)

    rf.fields_of_later_telling([e], sentences, {}, get_lexicon(lang), published, places)
    return e


def test_a_pronouns_retelling_dates_the_flight() -> None:
    text = (
        "A contract soldier has gone missing from a regiment, officials said.\n\n"
        "He slipped out of the barracks on the night of May 3 and has not been seen since."
    )
    e = _read(text, "en", "A contract soldier", "2025-05-06")
    assert e.date == "2025-05-03"


def test_another_acts_sentence_gives_no_date() -> None:
    text = (
        "A contract soldier has gone missing from a regiment, officials said.\n\n"
        "He fled on May 3 and was caught by the police on May 5."
    )
    e = _read(text, "en", "A contract soldier", "2025-05-06")
    assert e.date is None


def test_never_on_the_test_split() -> None:
    r = subprocess.run(
        [sys.executable, str(SCRIPT), str(ROOT / "corpus" / "dev"), "--split", "test"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert r.returncode != 0
    assert "never on the test split" in (r.stderr + r.stdout)
