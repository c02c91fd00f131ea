"""Story groups that survive extraction errors (round 32, link32): a participle of flight that
qualifies the noun before it («мобилизованного, сбежавшего из госпиталя») no longer holds an
unnamed verdict of another region to the story (``link/references.yaml``).  Invented wording,
not the probes'."""

from __future__ import annotations

from awol.link.features import document_features, event_records

from .test_probes import _ev


def groups(events: list[dict]) -> list[int]:
    return [f.group for f in document_features(event_records(events, "d", "2026-05-15"))]


TULA = [
    _ev("detention", "Тула. Во вторник в Туле полиция задержала мобилизованного, который в "
        "феврале не вернулся в часть из отпуска.", region="RU-TUL", who="мобилизованного"),
    _ev("desertion", "Тула. Во вторник в Туле полиция задержала мобилизованного, который в "
        "феврале не вернулся в часть из отпуска.", region="RU-TUL", who="мобилизованного"),
]  # fmt: skip


def test_a_participle_qualifying_its_noun_does_not_hold_another_regions_verdict():
    """``cases._elsewhere``: an unnamed verdict told in a region none of the story's events is
    in, whose only tie to the story was its participle of flight, starts a story of its own
    when the participle qualifies the noun before it (the verdict's own flight, which the
    extraction did not give: the v-06 shape of link split k); fails on main (one group)."""
    lipetsk = _ev("sentence", "Липецк. Гарнизонный суд назначил четыре года колонии "
                  "мобилизованному, сбежавшему с полигона под Задонском.", region="RU-LIP",
                  who="мобилизованному")  # fmt: skip
    assert groups([*TULA, lipetsk]) == [0, 0, 1]


def test_a_participle_standing_for_the_people_still_refers_back():
    """«Сбежавшего задержали» (no noun before the participle) is the man told before, in
    whatever region he was caught; so is a clause with a pronoun of its own."""
    fled = _ev("desertion", "Военнослужащий ушёл из части в Брянской области в марте.",
               region="RU-BRY")  # fmt: skip
    back = _ev("detention", "Сбежавшего задержали в Омске через неделю.", region="RU-OMS")
    assert groups([fled, back]) == [0, 0]
    him = _ev("detention", "Его, сбежавшего из части, задержали в Омске.", region="RU-OMS")
    assert groups([fled, him]) == [0, 0]
