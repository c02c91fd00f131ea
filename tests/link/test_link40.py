"""An article that tells two men's cases, where the extraction bridges them (round 40, link40;
blind link split `w`): a story group must not hold both men's events, or a cross-document link
of one carries the other into his case.

- "That soldier had been detained ..." refers back as "the soldier" does (descriptors.yaml
  ``second_case.back``): the carried name of the man told first does not hold it in his story
  when the sentence just before tells another, unnamed man (``cases._pronoun_moves``);
- a date told relative to another happening ("a week later", reckoned by the extraction from
  some date of the article: ``Feat.relative_date``) does not order a story's stages: a verdict
  dated before it still joins.

Invented wording, not the probes'."""

from __future__ import annotations

from awol.link.case_markers import BACK
from awol.link.features import document_features, event_records


def _ev(typ: str, evidence: str, start: int, *, names: list[str] | None = None,
        region: str | None = None, who: str | None = None, place: str | None = None,
        date: str | None = None, date_text: str | None = None,
        count: int | None = 1) -> dict:  # fmt: skip
    return {"type": typ, "date": date, "date_text": date_text, "place_text": place,
            "country": region.split("-")[0] if region else None, "region": region,
            "count": count, "count_qualifier": "exact" if count else None, "who": who,
            "names": names or [], "armed": None, "source": None,
            "evidence": {"text": evidence, "start": start, "end": start + len(evidence)}}  # fmt: skip


def _groups(events: list[dict], pub: str = "2026-08-20") -> list[int]:
    return [f.group for f in document_features(event_records(events, "d", pub))]


def _placed(sentences: list[str]) -> list[int]:
    """Start offsets of the sentences told one after another, a space between them."""
    out, at = [], 0
    for s in sentences:
        out.append(at)
        at += len(s) + 1
    return out


def test_a_demonstrative_refers_back():
    assert BACK.search("That soldier had been detained in Tobolsk in April.")
    assert BACK.search("The latter was found at his mother's house.")
    assert BACK.search("This mobilised soldier was caught in Ishim.")
    # a conjunction before a count is no reference back
    assert not BACK.search("Police said that two soldiers fled the unit.")
    assert not BACK.search("This week a contract soldier left his unit.")


A1 = "A court in Tyumen on Tuesday sentenced Gleb Sorokoumov to seven years for deserting his unit in Tobolsk in March."
A2 = "He was caught two days later in Ishim."
B1 = ("A similar case was heard in Kurgan last month, when a judge sentenced a mobilised soldier "
      "who fled a training ground near Shadrinsk to four years.")  # fmt: skip
B2 = "That soldier had been detained in Shchuchye in April."


def _two_men(b2: str = B2) -> list[dict]:
    a1, a2, b1, b2_at = _placed([A1, A2, B1, b2])
    name = ["Gleb Sorokoumov"]
    return [
        _ev("sentence", A1, a1, names=name, region="RU-TYU", place="Tyumen", date="2026-08-18",
            date_text="on Tuesday"),
        _ev("desertion", A1, a1, names=name, region="RU-TYU", place="Tobolsk", date="2026-03",
            date_text="in March"),
        _ev("desertion", B1, b1, who="a mobilised soldier", place="Shadrinsk", region="RU-KGN"),
        _ev("detention", A2, a2, names=name, region="RU-TYU", place="Ishim", date="2026-03",
            date_text="two days later"),
        _ev("sentence", B1, b1, who="a mobilised soldier", region="RU-KGN", place="Kurgan",
            date="2026-07", date_text="last month"),
        # the extraction carried the first man's name into the second man's detention
        _ev("detention", b2, b2_at, names=name, region="RU-KGN", place="Shchuchye",
            date="2026-04", date_text="in April"),
    ]  # fmt: skip


def test_that_soldier_is_the_man_told_just_before():
    assert _groups(_two_men()) == [0, 0, 1, 0, 1, 1]
    # its carried name is dropped: no case link by it
    feats = document_features(event_records(_two_men(), "d", "2026-08-20"))
    assert feats[5].names == ()


F1 = "Four contract soldiers fled a unit in Kirovo-Chepetsk last November; all four were detained in Kotelnich a week later and sentenced in February."


def test_a_weak_date_orders_no_stage():
    at = 0
    evs = [
        _ev("desertion", F1, at, count=4, who="contract soldiers", region="RU-KIR",
            place="Kirovo-Chepetsk", date="2025-11", date_text="last November"),
        # "a week later" reckoned from the publication: after the verdict
        _ev("detention", F1, at, count=4, region="RU-KIR", place="Kotelnich", date="2026-04-12",
            date_text="a week later"),
        _ev("sentence", F1, at, count=4, region="RU-KIR", date="2026-02", date_text="in February"),
    ]  # fmt: skip
    assert _groups(evs, "2026-04-07") == [0, 0, 0]
    # a date of its own words still orders them
    evs[1] = {**evs[1], "date_text": "on April 12"}
    assert _groups(evs, "2026-04-07") == [0, 0, 1]
