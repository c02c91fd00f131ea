"""name_text: an extracted event that names nobody (the extraction left the name out) is
compared with the other report's named people through the surnames its article writes
(invented articles; real/ is read by tests/link/test_real.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awol.link import Linker
from awol.link.features import document_features
from awol.link.score import pair_features
from awol.link.text import names_seen

NAMED = {
    "id": "inv-named", "published": "2025-03-12", "language": "en", "outlet": "a", "url": None,
    "title": "Contract soldier flees unit",
    "text": "Contract soldier Ivan Petrovsky fled his unit on March 10, his lawyer said.",
    "events": [{"type": "desertion", "date": "2025-03-10", "country": "RU", "region": None,
                "count": 1, "names": ["Ivan Petrovsky"], "who": "contract soldier",
                "evidence": {"text": "Contract soldier Ivan Petrovsky fled his unit on March 10, "
                             "his lawyer said.", "start": 0, "end": 70}}],
    "figures": [],
}  # fmt: skip


def _unnamed(text: str, doc: str = "inv-unnamed", lang: str = "ru") -> dict:
    ev = "Контрактник самовольно оставил часть, сообщил адвокат."
    return {
        "id": doc, "published": "2025-03-14", "language": lang, "outlet": "b", "url": None,
        "title": "Побег из части", "text": text + " " + ev,
        "events": [{"type": "desertion", "date": None, "country": "RU", "region": None,
                    "count": 1, "names": [], "who": "контрактник",
                    "evidence": {"text": ev, "start": 0, "end": len(ev)}}],
        "figures": [],
    }  # fmt: skip


def test_names_seen_reads_capitalised_words_in_either_script():
    seen = names_seen("Адвокат Ивана Петровского рассказал об этом. Hrabilov wrote on Facebook.")
    assert {"ptrvsk", "grblv"} <= seen
    assert names_seen("") == frozenset() and names_seen(None) == frozenset()


def _feats(doc: dict):
    recs = [{**e, "doc": doc["id"], "idx": i, "published": doc["published"]}
            for i, e in enumerate(doc["events"])]  # fmt: skip
    seen = names_seen(doc["text"]) if any(not e["names"] for e in doc["events"]) else None
    return document_features(recs, seen)


def test_pair_gets_name_text_only_when_the_article_writes_the_surname():
    a = _feats(NAMED)[0]
    with_name = _feats(_unnamed("Адвокат Ивана Петровского подтвердил побег."))[0]
    other_name = _feats(_unnamed("Адвокат Сергея Кузнецова подтвердил побег.", doc="inv-o"))[0]
    assert pair_features(a, with_name)["name_text"] == 1.0
    assert pair_features(with_name, a)["name_text"] == 1.0  # symmetric
    assert "name_text" not in pair_features(a, other_name)
    # both unnamed: nothing to compare
    assert "name_text" not in pair_features(with_name, other_name)


def test_the_linker_links_through_the_article_text_and_keeps_it_in_its_state():
    b = _unnamed("Адвокат Ивана Петровского подтвердил побег.")
    c = _unnamed("Адвокат Сергея Кузнецова подтвердил побег.", doc="inv-other")
    lk = Linker()
    lk.add([NAMED, b])
    assert (("inv-named", 0), ("inv-unnamed", 0)) in lk.links
    lk2 = Linker()
    lk2.add([NAMED, c])
    assert not lk2.links  # the same pair without the surname in the article stays apart
    # incremental = batch: the unnamed article restored from a saved state, the named one added
    first = Linker()
    first.add([b])
    again = Linker.from_state(first.state())
    again.add([NAMED])
    assert dict(again.links.items()) == dict(lk.links.items())


REAL = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"


@pytest.mark.skipif(not (REAL / "splits.json").exists(), reason=f"real corpus not found at {REAL}")
def test_real_articles_write_the_surnames_their_events_name():
    """The premise of name_text, on real/ train read in place: an article's capitalised words
    hold the surname of every person its gold events name (inflected Russian forms included),
    so an event the extraction leaves unnamed can still be compared (measured: 28 of 28 such
    events on held-out train; here 100 of the 101 surnames of named gold events)."""
    from awol.link.text import name_parts

    train = set(json.loads((REAL / "splits.json").read_text("utf-8"))["train"])
    found = total = 0
    for line in (REAL / "gold.jsonl").read_text("utf-8").splitlines():
        g = json.loads(line) if line.strip() else None
        if not g or g["id"] not in train:
            continue
        seen = names_seen((REAL / f"{g['id']}.txt").read_text("utf-8"))
        for ev in g.get("events") or []:
            for n in ev.get("names") or []:
                sur = name_parts(n)[1]
                if len(sur) >= 3:
                    total += 1
                    found += sur in seen
    assert total > 50 and found >= 0.98 * total, (found, total)
