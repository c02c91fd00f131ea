"""Each sentence's costly readings are made once per document reading, however many stages ask
(counted operations, no timings): the person names, asked by the mention finder of a sentence
with a trigger and by the story's people for every sentence."""

from __future__ import annotations

from collections import Counter

import awol.extract.document as document
import awol.extract.mentions as mentions
import awol.extract.names as names
import awol.extract.people as people
from awol.extract import Extractor
from awol.model import Article

TEXT = (
    "Deserter detained in Tver region.\n\n"
    "A soldier who fled his unit in May was detained in Tver region on Monday, police said. "
    "Corporal Ivan Petrov had left his unit near Belgorod in the spring. "
    "He was put on the wanted list in June. "
    "The court sentenced him to five years in a penal colony. "
    "Nothing else was said about the case."
)


def test_person_names_read_once_per_sentence(monkeypatch) -> None:
    calls: Counter[str] = Counter()
    real = names.find_person_names

    def counting(text: str, lang: str = "en"):
        calls[text] += 1
        return real(text, lang)

    for module in (document, mentions, people):
        monkeypatch.setattr(module, "find_person_names", counting, raising=False)
    ex = Extractor().extract(Article(id="a", text=TEXT, language="en", published="2024-06-30"))
    assert ex.events
    # (the story's people read them all where an event names no one)
    assert any(not e.names for e in ex.events)
    assert calls and max(calls.values()) == 1, calls
