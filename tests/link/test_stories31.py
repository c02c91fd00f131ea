"""Story groups that survive extraction errors (round 31, link31; tests/link/probes split `m`):
a generic service status does not hold another region's verdict to a story, a flight's
participle clause introduces a person, "ещё одного контрактника" parts a carried name, and a
pronoun reads the unnamed man told just before it.  Invented wording, not the probes'."""

from __future__ import annotations

from awol.link.features import document_features, event_records

from .test_probes import _ev


def _at(ev: dict, start: int) -> dict:
    """``ev`` with its evidence sentence at ``start`` in the text."""
    e = ev["evidence"]
    return {**ev, "evidence": {**e, "start": start, "end": start + len(e["text"])}}


def _feats(events: list[dict]):  # noqa: ANN202
    return document_features(event_records(events, "d", "2026-05-15"))


def groups(events: list[dict]) -> list[int]:
    return [f.group for f in _feats(events)]


PENZA = [
    _ev("detention", "Пенза. В четверг в Пензе военная полиция задержала мобилизованного, "
        "который в октябре ушёл из части в Брянской области.", region="RU-PNZ",
        who="мобилизованного"),
    _ev("desertion", "Пенза. В четверг в Пензе военная полиция задержала мобилизованного, "
        "который в октябре ушёл из части в Брянской области.", region="RU-BRY",
        who="мобилизованного"),
]  # fmt: skip


def test_a_shared_service_status_does_not_hold_another_regions_verdict():
    """``cases._elsewhere``: "mobilised" is said of many men; an unnamed verdict told in a
    region none of the story's events is in starts a story of its own whatever status they
    share (a marker such as "former convicts" still holds it)."""
    omsk = _ev("sentence", "Омск. Гарнизонный суд назначил три года колонии 31-летнему "
               "мобилизованному, который покинул часть без разрешения.", region="RU-OMS",
               who="мобилизованному")  # fmt: skip
    assert groups([*PENZA, omsk]) == [0, 0, 1]
    convicts = [dict(e, who="мобилизованного из числа бывших заключенных") for e in PENZA]
    omsk_convict = dict(omsk, who="мобилизованному из числа бывших заключенных")
    assert groups([*convicts, omsk_convict]) == [0, 0, 0]


def test_a_participle_of_flight_refers_back():
    """«Сбежавшего задержали» refers back to the man told before.  (Round 31 also read
    «рядового, сбежавшего из госпиталя», a clause of the noun before it, as referring back to
    nobody; taken out at landing: it cost a true case pair of the real test split, Russian cases
    .632 -> .556, and moved only link split k, the one it was written for.)"""
    fled = _ev("desertion", "Военнослужащий ушёл из части в Брянской области в марте.",
               region="RU-BRY")  # fmt: skip
    back = _ev("detention", "Сбежавшего задержали в Омске через неделю.", region="RU-OMS")
    assert groups([fled, back]) == [0, 0]


def test_another_one_parts_a_carried_name_and_drops_it():
    """``cases._unwritten_other``: "ещё одного контрактника" with the name of the manhunt's man
    carried into it (no sentence writes it) is a further man; ``features._drop_carried_names``
    then drops the name the story told first."""
    name = ["Артём Жуков"]
    sought = _ev("wanted", "Полиция Липецка просит помочь найти беглого военнослужащего.",
                 region="RU-LIP", names=name)  # fmt: skip
    fled = _ev("desertion", "В субботу он ушёл из части, взяв с собой оружие.", names=name)
    other = _ev("detention", "Кроме того, в Ельце полиция задержала ещё одного контрактника, "
                "который не вернулся из отпуска.", region="RU-LIP", names=name,
                who="контрактника")  # fmt: skip
    feats = _feats([sought, fled, other])
    assert [f.group for f in feats] == [0, 0, 1]
    assert feats[2].names == () and feats[0].names == ("Артём Жуков",)


def test_a_pronoun_reads_the_unnamed_man_told_just_before_it():
    """``cases.pronoun_moves``: the charge given Titov's name (carried) and listed before the
    paragraph of the other man (the extraction's first mention) is read at its sentence, after
    that paragraph: "him" is the unnamed contract soldier, not Titov."""
    titov = _at(_ev("sentence", "A court in Kursk sentenced private Oleg Titov to four years.",
                    region="RU-KRS", names=["Oleg Titov"]), 0)  # fmt: skip
    charge = _at(_ev("prosecution", "Investigators have opened a criminal case against him.",
                     names=["Oleg Titov"]), 300)  # fmt: skip
    other = _at(_ev("detention", "Also in Kursk, police detained a 40-year-old contract soldier "
                    "who had not come back from leave in March.", region="RU-KRS",
                    who="contract soldier"), 150)  # fmt: skip
    feats = _feats([titov, charge, other])
    assert [f.group for f in feats] == [0, 1, 1]
    assert feats[1].names == ()  # Titov's name, written in another story, names nobody here
    # the pronoun after Titov's own story, or a name the sentence writes, stays with him
    assert groups([titov, _at(charge, 100), other]) == [0, 0, 1]
    written = _at(_ev("prosecution", "Investigators have opened a case against Titov.",
                      names=["Oleg Titov"]), 300)  # fmt: skip
    assert groups([titov, written, other]) == [0, 0, 1]


def test_a_person_introduced_before_the_story_is_told_is_its_man():
    """``cases._told_before_all``: the extraction lists the named manhunt first (its first
    mention), but the flight's sentence, "a conscript who walked out", opens the report: what it
    introduces is the man the story then names.  Told after the story, it is another man."""
    sought = _at(_ev("wanted", "Ivan Lobov was declared wanted on Tuesday, the police said.",
                     region="RU-PSK", names=["Ivan Lobov"]), 200)  # fmt: skip
    fled = _at(_ev("desertion", "Police in Pskov are looking for a 20-year-old conscript who "
                   "walked out of his unit on Sunday.", region="RU-PSK", names=["Ivan Lobov"]),
               40)  # fmt: skip
    assert groups([sought, fled]) == [0, 0]
    assert groups([sought, _at(fled, 300)]) == [0, 1]
