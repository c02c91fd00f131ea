"""region_text: an event that says no region, nor its story, is compared with the other
report's region through the region names its article writes (invented articles)."""

from __future__ import annotations

from awol.link import Linker
from awol.link.features import document_features
from awol.link.score import pair_features
from awol.link.text import names_seen, regions_seen


def _doc(doc: str, text: str, region: str | None, ev: str) -> dict:
    return {
        "id": doc, "published": "2025-03-14", "language": "en", "outlet": doc, "url": None,
        "title": "Search for a deserter", "text": text + " " + ev,
        "events": [{"type": "wanted", "date": None, "country": "RU", "region": region,
                    "count": 1, "names": [], "who": "soldier",
                    "evidence": {"text": ev, "start": 0, "end": len(ev)}}],
        "figures": [],
    }  # fmt: skip


def _feat(doc: dict):
    recs = [{**e, "doc": doc["id"], "idx": i, "published": doc["published"]}
            for i, e in enumerate(doc["events"])]  # fmt: skip
    return document_features(recs, names_seen(doc["text"]))[0]


def test_regions_seen_reads_region_names_in_either_script():
    assert "RU-ROS" in regions_seen(names_seen("Police of the Rostov region said."))
    assert "RU-ROS" in regions_seen(names_seen("В Ростовской области ищут солдата."))
    assert regions_seen(names_seen("Police said nothing more.")) == frozenset()
    assert regions_seen(None) == frozenset()


def test_region_text_only_when_the_article_writes_the_other_region():
    placed = _feat(_doc("a", "", "RU-ROS", "Police in the Rostov region are searching for him."))
    says = _feat(_doc("b", "The man fled to the Rostov region.", None, "A search is on."))
    other = _feat(_doc("c", "The man fled to the Kursk region.", None, "A search is on."))
    assert pair_features(placed, says)["region_text"] == 1.0
    assert pair_features(says, placed)["region_text"] == 1.0  # symmetric
    assert "region_text" not in pair_features(placed, other)
    # an event with its own region is compared as a region, not through its article
    assert "region_text" not in pair_features(placed, placed.__class__(**{
        **{s: getattr(placed, s) for s in placed.__slots__}, "key": ("d", 0), "doc": "d"}))  # fmt: skip


def test_the_linker_keeps_what_the_article_writes_in_its_state():
    """incremental = batch: the regions come from the stored capitalised words."""
    a = _doc("a", "", "RU-ROS", "Police in the Rostov region are searching for him.")
    b = _doc("b", "The man fled to the Rostov region.", None, "A search is on.")
    batch = Linker()
    batch.record = []
    batch.add([a, b])
    first = Linker()
    first.add([b])
    again = Linker.from_state(first.state())
    again.record = []
    again.add([a])
    assert [x for *_k, x in again.record] == [x for *_k, x in batch.record]
    assert any(x.get("region_text") for *_k, x in batch.record)
