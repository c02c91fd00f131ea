"""Story groups that survive a missed flight and a carried name (round 33, link33): a pronoun
reads the unnamed group told just before it even when another event of its sentence already
sits in that group's story, and a word referring back ("one of them", «одного из них») after a
sentence that tells other people and gave no event reads those people, not the story told
before them.  Invented wording, not the probes'."""

from __future__ import annotations

from awol.link.case_markers import mark_after_others
from awol.link.features import document_features, event_records

from .test_probes import _ev


def _placed(text: str, events: list[dict]) -> list[dict]:
    """``events`` with their evidence offsets read off ``text`` (as the extraction gives them)."""
    out = []
    for ev in events:
        e = ev["evidence"]
        start = text.index(e["text"])
        out.append({**ev, "evidence": {**e, "start": start, "end": start + len(e["text"])}})
    return out


def _groups(text: str, events: list[dict], *, with_text: bool = True) -> list[int]:
    recs = event_records(_placed(text, events), "d", "2026-05-20")
    mark_after_others(recs, text if with_text else None)
    return [f.group for f in document_features(recs)]


OMSK = "Omsk. Police are looking for contract soldier Pavel Reznik, who left his unit on May 2."
TYUMEN = "Tyumen. Three conscripts walked out of a training ground on May 4."
CAUGHT = "One of them was caught in Tobolsk, and the others are still at large."


def test_a_pronoun_moves_to_the_story_its_sentence_already_sits_in():
    """``cases._pronoun_of_latest``: the detention was given the name of the man told two items
    before (carried); "one of them" reads the three conscripts told just before it, whose story
    already holds the manhunt of the same sentence.  Round 31's reading refused the move there."""
    text = f"{OMSK}\n\n{TYUMEN} {CAUGHT}"
    events = [
        _ev("wanted", OMSK, region="RU-OMS", names=["Pavel Reznik"], who="contract soldier"),
        _ev("desertion", OMSK, region="RU-OMS", names=["Pavel Reznik"]),
        _ev("desertion", TYUMEN, count=3, region="RU-TYU", who="conscripts"),
        _ev("detention", CAUGHT, region="RU-TYU", names=["Pavel Reznik"]),
        _ev("wanted", CAUGHT, count=2),
    ]
    assert _groups(text, events) == [0, 0, 1, 1, 1]


TVER = "Тверь. Полиция ищет двух мобилизованных — Артёма Белова и Глеба Крылова."
TVER_FLED = "По данным полиции, 3 марта они не вернулись в часть из увольнения."
KURGAN = "Курган. 5 марта четверо срочников покинули расположение полка."
ONE_OF = "Одного из них задержали в Шадринске, остальных ищут."
STORY = [
    _ev("wanted", TVER, count=2, region="RU-TVE", names=["Артём Белов", "Глеб Крылов"],
        who="мобилизованных"),
    _ev("desertion", TVER_FLED, count=2, region="RU-TVE", names=["Артём Белов", "Глеб Крылов"]),
]  # fmt: skip
CAUGHT_ONE = _ev("detention", ONE_OF, region="RU-KGN")
SOUGHT_REST = _ev("wanted", ONE_OF, count=None)


def test_one_of_them_after_an_untold_flight_reads_its_people():
    """``cases.mark_after_others`` / ``_elsewhere``: the Kurgan flight was not extracted; «Одного
    из них» reads the four conscripts of the sentence before it, not the two men of the Tver
    item, and the detention in another region starts a story of its own."""
    text = f"{TVER} {TVER_FLED}\n\n{KURGAN} {ONE_OF}"
    assert _groups(text, [*STORY, CAUGHT_ONE, SOUGHT_REST]) == [0, 0, 1, 1]
    # without the article's text (a stored or text-less document) the word ties it, as before
    assert _groups(text, [*STORY, CAUGHT_ONE, SOUGHT_REST], with_text=False) == [0, 0, 0, 0]


def test_a_sentence_between_that_refers_back_keeps_the_tie():
    """The sentence between tells the story's own people ("они", "they"): «Одного из них» is
    one of them, whatever region he was caught in."""
    between = "Позже они, по словам полицейских, разделились и уехали в разные города."
    text = f"{TVER} {TVER_FLED}\n\n{between} {ONE_OF}"
    assert _groups(text, [*STORY, CAUGHT_ONE, SOUGHT_REST]) == [0, 0, 0, 0]
    # a sentence of the story's own people (their status, no word referring back) neither
    between = "В части, по словам родственников, мобилизованных почти не отпускали домой."
    text = f"{TVER} {TVER_FLED}\n\n{between} {ONE_OF}"
    assert _groups(text, [*STORY, CAUGHT_ONE, SOUGHT_REST]) == [0, 0, 0, 0]
    # a sentence that tells no people at all is no other people either
    between = "Поиски продолжались почти две недели и шли сразу в трёх областях."
    text = f"{TVER} {TVER_FLED}\n\n{between} {ONE_OF}"
    assert _groups(text, [*STORY, CAUGHT_ONE, SOUGHT_REST]) == [0, 0, 0, 0]


def test_the_mark_is_kept_in_a_stored_linker():
    """A linker saved and read back groups the document as it did: the mark is the record's."""
    import json

    from awol.link import Linker

    text = f"{TVER} {TVER_FLED}\n\n{KURGAN} {ONE_OF}"
    doc = {"id": "d", "published": "2026-05-20", "language": "ru", "text": text,
           "events": _placed(text, [*STORY, CAUGHT_ONE, SOUGHT_REST])}  # fmt: skip
    lk = Linker()
    lk.add([doc])
    before = sorted(tuple(sorted(map(tuple, (a, b)))) for a, b in lk.case_links)
    back = Linker.from_state(json.loads(json.dumps(lk.state())))
    after = sorted(tuple(sorted(map(tuple, (a, b)))) for a, b in back.case_links)
    assert before == after
    assert [bool(r.get("after_others")) for r in back.state()["events"]] == [
        False, False, True, True
    ]  # fmt: skip


KURSK = (
    "Two mobilised soldiers from Tuva have fled their unit in the Kursk region, a local site said."
)
SHOT = "A serviceman who had left his unit was shot dead near Valuyki on Sunday while resisting arrest."


def test_a_carried_name_is_no_name_for_another_regions_outcome():
    """``cases._elsewhere`` reads a name the sentence does not write (the extraction carried it
    from the man told two items before) as none: the unnamed death in another region, held to
    the Tuva story by nothing but the order, starts a story of its own."""
    text = f"{OMSK}\n\n{KURSK}\n\n{SHOT}"
    events = [
        _ev("wanted", OMSK, region="RU-OMS", names=["Pavel Reznik"], who="contract soldier"),
        _ev("desertion", OMSK, region="RU-OMS", names=["Pavel Reznik"]),
        _ev("desertion", KURSK, count=2, region="RU-KRS", who="mobilised soldiers"),
        _ev("death", SHOT, region="RU-BEL", names=["Pavel Reznik"], who="serviceman"),
    ]
    assert _groups(text, events) == [0, 0, 1, 2]


PERM = "В Перми ищут двух срочников — Ивана Соколова и Романа Титова, ушедших из казармы 3 октября."
CHITA = "В Чите трое контрактников 9 октября ушли из части с автоматами."
OMSK_RU = "А в Омске суд дал два года условно срочнику, который месяц провёл в самоволке."


def test_a_carried_name_does_not_take_a_verdict_from_its_own_flight():
    """``cases._join_score``: the Omsk verdict was given the Perm men's names (carried); its own
    sentence tells its flight, and the Perm story has its flight told elsewhere -- the verdict
    goes with the flight of its sentence, whatever status the stories share."""
    text = f"{PERM}\n\n{CHITA}\n\n{OMSK_RU}"
    names = ["Иван Соколов", "Роман Титов"]
    events = [
        _ev("wanted", PERM, count=2, region="RU-PER", names=names, who="срочников"),
        _ev("desertion", PERM, count=2, region="RU-PER", names=names, who="срочников"),
        _ev("desertion", CHITA, count=3, region="RU-ZAB", who="контрактников"),
        _ev("sentence", OMSK_RU, region="RU-OMS", names=names, who="срочнику"),
        _ev("desertion", OMSK_RU, who="срочнику"),
    ]
    assert _groups(text, events) == [0, 0, 1, 2, 2]
