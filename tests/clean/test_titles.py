"""The first line of a text file that reads as a headline is its title (issue 12: a bare
headline .txt with a manifest got title null)."""

from __future__ import annotations

import json

import pytest

from awol.clean import clean_document, clean_documents
from awol.ingest import iter_documents, load_manifest
from awol.model import Document
from awol.pipeline import event_cue

BODY_EN = "A soldier who fled his unit in May was detained in Tver on Monday, police said."
BODY_RU = "Солдата, сбежавшего из части в мае, задержали в Твери, сообщила полиция."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Deserter detained\n", "Deserter detained"),
        ("Дезертира задержали", "Дезертира задержали"),
        (
            "Deserter detained in Tver after three months",
            "Deserter detained in Tver after three months",
        ),
        ("Дезертир задержан в Твери.", "Дезертир задержан в Твери."),
        (f"Deserter detained\n{BODY_EN}", "Deserter detained"),
        (f"Дезертира задержали\n\n{BODY_RU}", "Дезертира задержали"),
        (f"Armed deserters\n\n{BODY_EN}", "Armed deserters"),
    ],
)
def test_a_headline_line_is_the_title(tmp_path, text, title):
    (tmp_path / "h.txt").write_text(text, encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(
        json.dumps({"id": "h", "outlet": "Outlet", "language": "en", "published": "2024-05-01"}),
        encoding="utf-8",
    )
    docs = list(iter_documents([tmp_path / "h.txt"], load_manifest(tmp_path / "manifest.jsonl")))
    (art,) = clean_documents(docs, states_event=event_cue())
    assert art.title == title
    assert art.text.startswith(title)  # the headline stays first, with valid offsets


@pytest.mark.parametrize(
    "text",
    [
        f"Main page\n{BODY_EN}",  # furniture, not a headline
        f"By Ivan Petrov\n\n{BODY_EN}",  # a byline
        f"{BODY_EN}\n\nHe faces ten years.",  # a sentence that goes on: no headline
        "Солдат сбежал из части. Его задержали через три дня.",  # two sentences
    ],
)
def test_no_headline_no_title(text):
    art = clean_document(Document("x.txt", text.encode(), id="x"), states_event=event_cue())
    assert art.title is None


def test_a_post_of_an_export_is_not_titled_by_its_line():
    doc = Document("x.json#1", "Дезертира задержали".encode(), id="x", container="x.json")
    art = clean_document(doc, states_event=event_cue())
    assert art.title is None
