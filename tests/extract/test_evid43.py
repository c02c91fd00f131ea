"""Round 43 (evid43): which telling of one detention is its evidence, and its body retelling.

- A detention told by its catch and then by its hand-over («Его передали военной комендатуре»)
  is cited from the catch (extract/evidence_pick.py ``_handover``, ``handover_words`` in
  lang/ru/events.yaml): the hand-over is a step after it, and the coders cite the catch.
- A lead that tells a detention without a date, and a body sentence that tells it again with its
  day and place in words no trigger reads ("was held at the airport on Tuesday"), is one
  detention, dated from the body (extract/rescue.py ``RETOLD["detention"]``).

Small invented texts (no real incidents)."""

from __future__ import annotations

from tests.extract.helpers import events, of_type

from awol.extract.evidence_pick import _handover_words

CATCH_THEN_HANDOVER = (
    "Верхний Ларс: беглый контрактник из Волгограда\n\n"
    "Пограничники в Северной Осетии проверили документы у пассажиров микроавтобуса на "
    "пропускном пункте Верхний Ларс.\n\n"
    "Среди задержанных на КПП во вторник оказался и военнослужащий-контрактник из Волгограда, "
    "который с апреля самовольно отсутствовал в части.\n\n"
    "Его передали военной комендатуре Владикавказа, сообщил источник в погрануправлении."
)


def test_the_catch_not_the_handover_is_the_detentions_evidence() -> None:
    held = of_type(events(CATCH_THEN_HANDOVER, "ru", "2026-12-03"), "detention")
    assert len(held) == 1, [e.evidence.text for e in held]
    assert held[0].evidence.text.startswith("Среди задержанных на КПП"), held[0].evidence.text


def test_handover_words_read_the_step_not_the_catch() -> None:
    (rx,) = [p for p in _handover_words() if p.search("передали")]
    for step in ("передали военной комендатуре", "вернули в часть", "передан военной полиции"):
        assert rx.search(step) is not None and rx.search(step).start() == 0, step
    for catch in ("задержали", "поймали", "нашли", "передвигался по городу"):
        assert rx.search(catch) is None, catch


HELD_IN_THE_BODY = (
    "Kazakhstan detains Russian soldier who fled his unit, rights group says\n\n"
    "Kazakh police have detained a Russian soldier who deserted from his unit and crossed into "
    "Kazakhstan, a rights group said on Thursday.\n\n"
    "Pavel Gromov, 29, was held at Almaty airport on Tuesday as he tried to board a flight to "
    "Tbilisi, the group said.\n\n"
    "Russia had put him on an interstate wanted list in July, it said."
)


def test_the_body_retelling_dates_the_leads_detention() -> None:
    held = of_type(events(HELD_IN_THE_BODY, "en", "2025-09-04"), "detention")
    assert len(held) == 1, [(e.date, e.evidence.text) for e in held]
    assert held[0].date == "2025-09-02", (held[0].date, held[0].evidence.text)
