"""Round 46 (link46): the words of a happening's particulars compared across languages.

Two reports of one happening in English and Russian share its particulars -- the vehicle, the
place where the men were found, the weapon, their state -- but not their words' skeletons
("helicopter" / «вертолёт», "cafe" / «кафе», "drunk" / «пьяные»), so the ``words`` evidence of
a pair (``score.pair_features``) had only ever counted for two reports of one language.  The
words of ``link/happening_words.yaml`` now count as their concept, the same in both languages
(``text.evidence_words``).  Invented sentences."""

from __future__ import annotations

from awol.link import Linker
from awol.link.features import features
from awol.link.score import pair_features
from awol.link.text import evidence_words

EN_CAFE = "Three of the runaways were found drunk in a roadside cafe outside the town."
RU_CAFE = "Троих беглецов нашли в придорожном кафе, все они были пьяны."
EN_HELI = "The pilot took an army helicopter and flew it across the front line."
RU_HELI = "Лётчик угнал армейский вертолёт и перелетел линию фронта."


def test_particulars_are_compared_as_concepts_across_languages():
    shared = evidence_words(EN_CAFE) & evidence_words(RU_CAFE)
    assert {"=cafe", "=drunk"} <= shared
    assert "=helicopter" in evidence_words(EN_HELI) & evidence_words(RU_HELI)
    # the skeleton of a word the lexicon does not hold stays, and a word every report uses
    # (common_words.yaml) still counts for nothing
    assert "rdsd" in evidence_words(EN_CAFE)
    assert not {w for w in evidence_words("The soldiers deserted their unit.") if w[0] == "="}


def _ev(text: str, kind: str = "detention", count: int | None = 3) -> dict:
    return {"type": kind, "date": None, "date_text": None, "place_text": None, "country": None,
            "region": None, "count": count, "count_qualifier": "exact" if count else None,
            "who": None, "names": [], "armed": None, "source": None,
            "evidence": {"text": text, "start": 0, "end": len(text)}}  # fmt: skip


def _doc(did: str, lang: str, *events: dict) -> dict:
    return {"id": did, "published": "2025-05-28", "language": lang, "outlet": did,
            "events": list(events)}  # fmt: skip


def test_the_pair_holds_the_words_evidence():
    def feat(did: str, text: str):  # noqa: ANN202
        rec = {**_ev(text), "doc": did, "idx": 0, "evidence": text, "published": "2025-05-28"}
        return features(rec)

    x = pair_features(feat("en-1", EN_CAFE), feat("ru-1", RU_CAFE))
    assert x is not None and x.get("words", 0) >= 1


def test_an_english_and_a_russian_report_of_one_detention_link():
    en = _doc("en-1", "en", _ev(EN_CAFE))
    ru = _doc("ru-1", "ru", _ev(RU_CAFE))
    lk = Linker()
    lk.add([en, ru])
    incs = [{d for d, _ in p["events"]} for p in lk.incidents()]
    assert {"en-1", "ru-1"} in incs
