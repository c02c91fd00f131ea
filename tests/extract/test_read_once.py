"""Each sentence's costly readings are made once per document reading, however many stages ask
(counted operations, no timings): the person names, asked by the mention finder of a sentence
with a trigger and by the story's people for every sentence."""

from __future__ import annotations

from collections import Counter

import pytest

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
    # (the story's people read them all where an event names no one: a sentence with no trigger)
    assert "Nothing else was said about the case." in calls
    assert calls and max(calls.values()) == 1, calls


def test_name_finder_passes_by_only_words_that_start_no_name(monkeypatch) -> None:
    """The English name finder passes by the words that do not start with a capital (no given
    name of the list does, and a name after a rank is capitalised): the names found are those
    of reading every word."""
    from tests.conftest import DEV

    from awol.extract.sentences import split_sentences

    assert names._given_capitalised()
    texts = [
        "corporal marcel kandarov and Corporal Marcel Kandarov's unit; ivan petrov, Ivan A. Smith",
        "said Dmitry, and dmitry said; Sergej Ivanov’s brother Artur A. He fled. Semyon Sh.",
        "private Ivan ivanov and Private ivan Ivanov left; Major General Petrov said Ivan Kirov",
    ]
    for path in sorted(DEV.glob("en-*.txt")):
        text = path.read_text(encoding="utf-8")
        texts += [s.text for s in split_sentences(text, "en")]
        texts.append(text.lower())
    skipped = [names._find_en(t) for t in texts]
    monkeypatch.setattr(names, "_given_capitalised", lambda: False)
    assert [names._find_en(t) for t in texts] == skipped
    assert any(skipped)


def test_workers_read_ahead_what_a_trigger_sentence_holds(monkeypatch) -> None:
    """A long text read ahead by workers: its trigger sentences' dates, numbers, places, own
    sources and scope readings are read by the workers, not again by the reader (counted in the
    reader's process), with the same extraction as reading alone; nothing read ahead is kept
    after the reading."""
    from tests.conftest import DEV

    import awol.extract.attribution as attribution
    import awol.extract.counts as counts
    import awol.extract.dates as dates
    import awol.extract.recent as recent
    import awol.extract.scope as scope
    import awol.extract.verdicts as verdicts
    from awol.clean.encoding import decode
    from awol.extract.classifier import get_model
    from awol.extract.document import extract_article

    if get_model() is None:
        pytest.skip("no sentence model")
    files = sorted(DEV.glob("en-*.txt"))
    text = "\n\n".join(decode(p.read_bytes(), str(p))[0].strip() for p in files)
    article = Article(id="long", text=text, language="en", published="2024-06-30")
    monkeypatch.setattr(verdicts, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(verdicts, "CHUNK", 53)
    calls: Counter[str] = Counter()

    def counting(module, name: str) -> None:
        real = getattr(module, name)

        def f(*a, **k):
            calls[name] += 1
            return real(*a, **k)

        monkeypatch.setattr(module, name, f)

    for module, name in (
        (dates, "_find_dates"),
        (counts, "_candidates"),
        (scope, "_rules"),
        (attribution, "_tidy"),
    ):
        counting(module, name)
    monkeypatch.setenv("AWOL_WORKERS", "1")
    alone = extract_article(article)
    read_alone = dict(calls)
    calls.clear()
    monkeypatch.setenv("AWOL_WORKERS", "2")
    ahead = extract_article(article)
    assert ahead.events and ahead.events == alone.events
    assert ahead.figures == alone.figures
    assert set(read_alone) == {"_find_dates", "_candidates", "_rules", "_tidy"}
    for name, n in read_alone.items():
        assert calls[name] < n / 2, (name, calls[name], n)
    assert not recent._PREREAD
