"""People an article's grouping parted from an unnamed event (round 34, link34): an event that
names nobody, nor its story, in an article that names a man in another story group, and whose
sentence neither writes his surname nor refers back to anybody, is told of someone else
(``features.document_features``, ``Feat.apart``): another report naming that man is against the
pair (``ctx_name_conflict``), not for it (``name_text``).  A wrong type is the extraction error
it guards against: a named man's flight read as a detention finds, in a manhunt post for him,
only the detention of "another contract soldier" told after it.  Invented wording, not the
probes'."""

from __future__ import annotations

from awol.link import Linker
from awol.link.features import document_features, event_records

from .test_probes import _ev

HUNT = "В Ейске разыскивают контрактника Павла Зубрицкого, который в понедельник ушёл из части."
OTHER = "Тем временем в Тихорецке полиция задержала ещё одного контрактника, сбежавшего в мае."
HIS = "В феврале суд выдал ордер на его арест."
WRITES = "Зубрицкого задержали в Тихорецке в пятницу."


def _doc(did: str, published: str, language: str, events: list[dict]) -> dict:
    text = " ".join(dict.fromkeys(e["evidence"]["text"] for e in events))
    placed = []
    for e in events:
        start = text.index(e["evidence"]["text"])
        ev = {**e["evidence"], "start": start, "end": start + len(e["evidence"]["text"])}
        placed.append({**e, "evidence": ev})
    return {"id": did, "published": published, "language": language, "title": "",
            "events": placed, "text": text}  # fmt: skip


def _apart(events: list[dict]) -> list[bool]:
    feats = document_features(event_records(events, "d", "2026-06-05"))
    return [bool(f.apart) for f in feats]


MANHUNT = [
    _ev("wanted", HUNT, region="RU-KDA", names=["Павел Зубрицкий"], who="контрактника"),
    _ev("desertion", HUNT, region="RU-KDA", names=["Павел Зубрицкий"], who="контрактника"),
]


def test_an_unnamed_event_told_of_another_man_holds_the_article_s_names_apart():
    """«ещё одного контрактника» (a participle of its noun, «сбежавшего в мае», is no reference
    back) names nobody and its story names nobody: the article's named man is held apart."""
    other = _ev("detention", OTHER, region="RU-KDA", who="контрактника")
    assert _apart([*MANHUNT, other]) == [False, False, True]


def test_a_sentence_that_refers_back_or_writes_the_name_holds_nobody_apart():
    """The possessive "his arrest" («его арест») speaks of someone told before, and a sentence that writes the
    surname is his whatever group the order put it in: nothing is held apart."""
    his = _ev("wanted", HIS, region="RU-KDA")
    writes = _ev("detention", WRITES, region="RU-KDA")
    assert _apart([*MANHUNT, his]) == [False, False, False]
    assert _apart([*MANHUNT, writes])[-1] is False
    # an English possessive too
    eng = _ev("wanted", "In May, a court issued a warrant for his arrest.", region="RU-KDA")
    named = _ev("desertion", "Pavel Zubritsky left his unit in Yeysk.", region="RU-KDA",
                names=["Pavel Zubritsky"])  # fmt: skip
    assert _apart([named, eng]) == [False, False]


def _incidents(docs: list[dict]) -> list[set[tuple[str, int]]]:
    lk = Linker()
    lk.add(docs)
    return [{(d, int(i)) for d, i in inc["events"]} for inc in lk.incidents()]


def test_a_flight_read_as_a_detention_does_not_take_the_other_man_s_detention():
    """The English report's flight of the named man, read as a detention (the extraction's
    wrong type), has in the manhunt post only the detention of "another contract soldier" of
    the same region to match: the post tells its named man in another story, so the pair is
    not one happening (on main the two were one incident, and the other man joined the case)."""
    post = _doc("post", "2026-06-05", "ru", [
        *MANHUNT, _ev("detention", OTHER, region="RU-KDA", who="контрактника"),
    ])  # fmt: skip
    wire = _doc("wire", "2026-06-06", "en", [
        _ev("detention", "Contract soldier Pavel Zubritsky, who fled his unit in Yeysk on "
            "Monday, is being sought by police in the Krasnodar region.", region="RU-KDA",
            names=["Pavel Zubritsky"], who="contract soldier"),
    ])  # fmt: skip
    incidents = _incidents([post, wire])
    assert not any({("post", 2), ("wire", 0)} <= inc for inc in incidents), incidents


def _groups(events: list[dict]) -> list[int]:
    return [f.group for f in document_features(event_records(events, "d", "2026-06-05"))]


SOUGHT = _ev("wanted", "Police in the Tula region are looking for contract soldier Roman Dyatlov, "
             "who left his unit on May 3.", region="RU-TUL", names=["Roman Dyatlov"],
             who="contract soldier")  # fmt: skip


def test_the_same_region_is_not_said_of_the_people():
    """The words "the same" said of a court, a unit, a place or a time (``same_thing`` in
    references.yaml) are no reference back to the people told before: "in the same region" ties
    the detention to the story's region, which other men share, not to its man
    (``references.refers_back``)."""
    other = _ev("detention", "On Monday, border guards in the same region detained a serviceman "
                "who had crossed the border on foot.", region="RU-TUL")  # fmt: skip
    assert _groups([SOUGHT, other]) == [0, 1]
    # "the same man" is said of the people
    his = _ev("detention", "On Monday, border guards detained the same man near Novomoskovsk.",
              region="RU-TUL")  # fmt: skip
    assert _groups([SOUGHT, his]) == [0, 0]


def test_the_same_unit_in_russian_is_not_said_of_the_people():
    """«из той же части», «в тот же день» say the story's unit and day, not its man: a verdict
    of another serviceman told after the named man's manhunt is another story."""
    hunt = _ev("wanted", "Полиция Тульской области разыскивает контрактника Романа Дятлова.",
               region="RU-TUL", names=["Роман Дятлов"], who="контрактника")  # fmt: skip
    other = _ev("sentence", "В тот же день гарнизонный суд приговорил к трём годам колонии "
                "военнослужащего из той же части.", region="RU-TUL")  # fmt: skip
    assert _groups([hunt, other]) == [0, 1]
    his = _ev(
        "detention", "В тот же день того же беглеца задержали в Новомосковске.", region="RU-TUL"
    )
    assert _groups([hunt, his]) == [0, 0]
