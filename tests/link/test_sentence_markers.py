"""A marker (Wagner, prisoner, pilot ...) said in the evidence sentence counts for
``marker_agree`` like one said in the descriptor: the extraction often keeps only the head of a
descriptor ("servicemen" of "servicemen - former prisoners", "a former commander" of "a former
commander with the Wagner private army in Mali"), and the marker stands in its sentence.  Only stems a
sentence about someone else rarely holds are read there (not "convicted", "police officers")."""

from __future__ import annotations

from awol.link.features import features
from awol.link.score import pair_features
from awol.link.text import sentence_markers


def rec(doc, who=None, evidence="", type_="desertion"):
    return {"doc": doc, "idx": 0, "type": type_, "date": None, "region": None, "country": "RU",
            "count": None, "count_qualifier": None, "names": [], "who": who,
            "place_text": None, "armed": None, "published": None, "evidence": evidence}  # fmt: skip


def test_a_marker_in_the_sentence_agrees_with_one_in_the_descriptor():
    a = features(rec("a", who="servicemen",
                     evidence="Seven servicemen, former prisoners, left their unit."))  # fmt: skip
    b = features(rec("b", who="бывших заключенных",
                     evidence="Семь бывших заключенных покинули часть."))  # fmt: skip
    assert "prisoner" in a.markers and "prisoner" not in a.classes
    x = pair_features(a, b)
    assert x["marker_agree"] == 1.0 and "thin" not in x
    # both only in the sentences (the descriptors lost): still a marker in common
    a = features(rec("a", who=None, evidence="A former Wagner fighter fled to Norway."))
    b = features(rec("b", who="The man", evidence="Бывший боец ЧВК «Вагнер» бежал в Норвегию."))
    assert pair_features(a, b)["marker_agree"] == 1.0


def test_sentence_markers_leave_out_what_sentences_say_of_others():
    # a verdict's "convicted", the police officers who detained, a unit's commander
    assert sentence_markers("The court convicted him of desertion.") == frozenset()
    assert sentence_markers("Его осудили; он был осужден на пять лет.") == frozenset()
    assert sentence_markers("Police officers detained a soldier; his commander reported.") == (
        frozenset()
    )
    a = features(rec("a", who="soldier", evidence="Police officers detained the soldier."))
    b = features(rec("b", who="soldier", evidence="Officers of the military police detained him."))
    assert "marker_agree" not in pair_features(a, b)


def test_sentence_markers_do_not_move_the_grouping():
    """The story grouping (cases.document_groups) reads the descriptor's classes only: a marker
    of the sentence is kept apart (``Feat.markers``)."""
    f = features(rec("a", who="servicemen", evidence="Servicemen, former prisoners, fled."))
    assert f.classes == frozenset() and f.markers == frozenset({"prisoner"})
