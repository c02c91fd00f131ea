"""Each sentence's costly readings are made once per document reading, however many stages ask
(counted operations, no timings): the person names, asked by the mention finder of a sentence
with a trigger and by the story's people for every sentence; the analysis, the triggers, the
dates, the numbers, the words and the places of each sentence."""

from __future__ import annotations

from collections import Counter

import pytest

import awol.extract.document as document
import awol.extract.document_story as document_story
import awol.extract.mentions as mentions
import awol.extract.names as names
import awol.extract.names_ru as names_ru
import awol.extract.people as people
import awol.extract.trigger_find as trigger_find
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

    for module in (document_story, mentions, people):
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
        "corporal marcel gildarov and Corporal Marcel Gildarov's unit; ivan petrov, Ivan A. Smith",
        "said Dmitry, and dmitry said; Sergej Ivanov’s brother Ruslan K. He fled. Gleb Sh.",
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
    import awol.parallel as parallel
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
    # (the reader reads the parts the workers have not taken: here its first one at most)
    mine = parallel.Parts.mine
    monkeypatch.setattr(parallel.Parts, "mine", lambda self, k: k == 0 and mine(self, k))
    monkeypatch.setattr(parallel.Parts, "between", False)
    ahead = extract_article(article)
    assert ahead.events and ahead.events == alone.events
    assert ahead.figures == alone.figures
    assert set(read_alone) == {"_find_dates", "_candidates", "_rules", "_tidy"}
    for name, n in read_alone.items():
        assert calls[name] < n / 2, (name, calls[name], n)
    assert not recent._PREREAD


def _joined(lang: str) -> Article:
    from tests.conftest import DEV

    from awol.clean.encoding import decode

    files = sorted(DEV.glob(f"{lang}-*.txt"))
    if not files:
        pytest.skip("corpus/dev holds no articles")
    text = "\n\n".join(decode(p.read_bytes(), str(p))[0].strip() for p in files)
    return Article(id=f"joined-{lang}", text=text, language=lang, published="2024-06-30")


def _count(
    monkeypatch, owner, name: str, calls: Counter, arg: int = 0, key: str | None = None
) -> None:
    real = getattr(owner, name)

    def counted(*a, **k):
        calls[key or name, id(a[arg])] += 1
        return real(*a, **k)

    monkeypatch.setattr(owner, name, counted)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_each_sentence_is_read_once_by_each_analysis(monkeypatch, lang) -> None:
    """Issue 12: a long text costs its sentences times the cost of reading one; a stage that
    reads a sentence again (the story's people, the sentence before a "he", a count's full
    name, the sentence's court) multiplies it.  Counted per sentence (the very ``str`` the
    reader split off) on the development corpus's articles of one language joined into one
    text."""
    import awol.extract.counts as counts_module
    import awol.extract.dates as dates_module
    import awol.extract.tokens as tokens_module
    from awol.extract.document import extract_article
    from awol.extract.places import Gazetteer

    calls: Counter = Counter()
    read: list = []
    split = document.split_sentences_read
    monkeypatch.setattr(
        document, "split_sentences_read", lambda *a: read.append(split(*a)) or read[-1]
    )
    real_an = document_story.analyse_sentence

    def analysed(sent, *a, **k):
        calls["analyse_sentence", id(sent.text)] += 1
        return real_an(sent, *a, **k)

    monkeypatch.setattr(document_story, "analyse_sentence", analysed)
    _count(monkeypatch, mentions, "_find_triggers", calls)
    # (the classifier and the scope reader import it where they call it, from its own module)
    _count(monkeypatch, trigger_find, "find_triggers", calls, key="_find_triggers")
    _count(monkeypatch, mentions, "sentence_arguments", calls)
    _count(monkeypatch, dates_module, "_matches", calls)
    _count(monkeypatch, counts_module, "_candidates", calls)
    # (the Russian finder's home is names_ru: find_person_names calls it there)
    if lang == "en":
        _count(monkeypatch, names, "_find_en", calls)
    else:
        _count(monkeypatch, names_ru, "find_ru", calls)
    _count(monkeypatch, Gazetteer, "_find", calls, arg=1)
    _count(monkeypatch, tokens_module, "_tokens", calls)
    ex = extract_article(_joined(lang))
    assert ex.events  # (the joined articles tell events: the analyses ran)
    # (a sentence of one character is the same ``str`` as every other one of it: left out)
    objects = Counter(id(s.text) for s in read[0][0])  # (the sentences, and their topic)
    sentences = {k for k, n in objects.items() if n == 1}
    assert len(read) == 1  # (no second reading of the article: nothing was rescued)
    per: dict[str, Counter] = {}
    for (name, key), n in calls.items():
        if key in sentences:
            per.setdefault(name, Counter())[key] = n
    # every sentence analysed once, its triggers found once, its names read once (the story's
    # people and the mentions' names, the names of the sentence before a "he")
    assert set(per["analyse_sentence"].values()) == {1}
    assert len(per["analyse_sentence"]) == len(sentences)
    assert set(per["_find_triggers"].values()) == {1}
    assert len(per["_find_triggers"]) == len(sentences)
    finder = "_find_en" if lang == "en" else "find_ru"
    assert max(per[finder].values()) == 1
    for name in ("sentence_arguments", "_matches", "_candidates"):
        assert max(per[name].values()) == 1, name
    # the words: the classifier's reading; in Russian the scope and victim readers of a trigger
    # sentence read them once more (long after the classifier's, shared between them)
    assert max(per["_tokens"].values()) == (1 if lang == "en" else 2)
    # the places of a sentence: read once by the analysis, its court and a count's full name;
    # once more only where an event left with no place looks for its unit's (:func:`unit_place`)
    assert max(per["_find"].values()) <= 2
    twice = sum(1 for n in per["_find"].values() if n == 2)
    assert twice <= sum(1 for e in ex.events if e.type == "desertion")
