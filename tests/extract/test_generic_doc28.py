"""Generic statements are not happenings (round 28, doc28: :mod:`awol.extract.relevance_generic`).

A body sentence with a bare plural subject, a verb in the plain present and no particular object
says what people of a kind do ("Military investigators open criminal cases against soldiers who do
not return from leave"); an event read from it is dropped.  A sentence about some people ("the two
men", a number, a name), in the past, or a headline (no full stop) is read as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awol.cli.extract import run_extract
from awol.extract.relevance_generic import generic


@pytest.mark.parametrize(
    "sentence",
    [
        "Military investigators open criminal cases against soldiers who do not return from leave.",
        "Garrison courts often hand down suspended sentences to men who left their units.",
        "Regional commandants regularly send returned runaways back to assault detachments.",
        "Border guards usually detain such men at the checkpoints.",
    ],
)
def test_a_generic_statement(sentence: str) -> None:
    assert generic(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Military investigators opened a criminal case against the soldier.",  # past
        "Garrison courts hand down two suspended sentences.",  # a number: some
        "Regional police hunt the two men who fled the base.",  # a particular object
        "Border guards detain Ivanov at the checkpoint.",  # a name
        "The courts often hand down suspended sentences.",  # the subject is not bare
        "Russian courts jail deserters",  # a headline: no full stop
        "Военные следователи возбуждают дела против солдат.",  # no such rule in Russian
    ],
)
def test_not_a_generic_statement(sentence: str) -> None:
    lang = "ru" if sentence[0] > "z" else "en"
    assert not generic(sentence, lang)


ARTICLE = """How Russia deals with soldiers who walk away

Analysis

Since 2022 the number of soldiers leaving their units has grown every year, lawyers say. \
Garrison courts often hand down suspended sentences to men who left their units, and commanders \
usually send them back to assault detachments. Military investigators open criminal cases \
against soldiers who do not return from leave.

Lawyers say the numbers will keep rising as long as contracts cannot be ended.
"""


def test_an_explainer_gets_no_event_from_its_generic_sentence(tmp_path: Path) -> None:
    (tmp_path / "g1.txt").write_text(ARTICLE, encoding="utf-8")
    meta = {"id": "g1", "url": "https://x.example/g1", "outlet": "Test", "language": "en"}
    (tmp_path / "manifest.jsonl").write_text(json.dumps({**meta, "published": "2025-05-05"}))
    (x,) = run_extract([str(tmp_path / "g1.txt")], str(tmp_path / "manifest.jsonl"))
    told = [e.evidence.text for e in x.events]
    assert not any(t.startswith("Military investigators open") for t in told), told
