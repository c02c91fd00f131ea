"""Round 45 (link45): a second man's flight told in a relative clause (invented text).

Link split n's regression (round 44): "On May 2, officers stopped a 23-year-old conscript who
had run away from a training unit in Chebarkul in April" after "Oleg Dronov, 36, failed to
return to his unit ..." -- gate44's flight frame proposes the conscript's flight, which

- took the main clause's day ("On May 2", the stop's) rather than its own clause's month
  (``arguments._own_clause_dates``), and
- joined the named man's flight (``merging._someone_else``: a mention that names no one and
  states an age none of the draft's sentences states, "Dronov, 36," read as his age by
  ``person_words.named_ages``, is another man's), giving it the other man's place and
  descriptor, so that the linker lost the story's agreements.
"""

from __future__ import annotations

from tests.extract.helpers import pipeline_events

from awol.extract.person_words import ages, named_ages

_TWO_MEN = (
    "Deserter caught in Tula\n\n"
    "Police in Tula have detained a mobilised soldier from the Kaluga region who had been on "
    "the wanted list since January, police said on Friday.\n\n"
    "Ivan Sorokin, 41, failed to return to his unit after home leave in Kozelsk in December. "
    "He was detained on Thursday in a rented flat, police said.\n\n"
    "It was the second such case in the city this month. On March 3, officers stopped a "
    "22-year-old conscript who had run away from a training unit in Kimry in February.\n"
)


def _flights(text: str, published: str | None) -> list[dict]:
    return [e for e in pipeline_events(text, "en", published, origin="link45")
            if e["type"] == "desertion"]  # fmt: skip


def test_a_relative_clause_flight_takes_its_own_clause_date() -> None:
    text = (
        "Conscript detained in Tula\n\n"
        "On March 14, police in Tula stopped a 24-year-old contract soldier who had fled a "
        "unit in Kaluga in February.\n"
    )
    (e,) = _flights(text, "2026-03-20")
    assert e["date_text"] == "in February"
    assert e["date"] == "2026-02"


def test_a_second_man_of_another_age_is_another_flight() -> None:
    for published in ("2026-03-20", None):  # (undated: no date tells the two flights apart)
        flights = _flights(_TWO_MEN, published)
        assert len(flights) == 2, flights
        named = [e for e in flights if e["names"]]
        other = [e for e in flights if not e["names"]]
        assert len(named) == 1 and len(other) == 1
        assert "conscript" not in (named[0]["who"] or "")
        assert named[0]["place_text"] != "Kimry"
        assert other[0]["date_text"] == "in February"


def test_the_same_man_retold_by_his_age_stays_one_flight() -> None:
    text = (
        "Deserter caught in Tula\n\n"
        "Ivan Sorokin, 41, failed to return to his unit after home leave in Kozelsk in "
        "December. Police said the 41-year-old had fled his unit in December and hid at his "
        "sister's flat.\n"
    )
    assert len(_flights(text, None)) == 1


def test_an_age_set_after_a_name_by_commas() -> None:
    assert named_ages("Ivan Sorokin, 41, failed to return.") == {41}
    assert named_ages("Иван Сорокин, 41, не вернулся в часть.") == {41}
    assert named_ages("a 22-year-old conscript") == {22}
    assert not named_ages("On May 2, 36 soldiers left.")
    # (the linker's reading is unchanged: its features were fitted on it)
    assert not ages("Ivan Sorokin, 41, failed to return.")


def test_a_day_counted_from_a_flight_told_in_the_same_sentence() -> None:
    text = (
        "Armed deserter found near Pytalovo\n\n"
        "A 25-year-old contract soldier who slipped out of a military unit in Ostrov last "
        "Saturday with a rifle was tracked down by a patrol near Pytalovo the following evening.\n"
    )
    events = pipeline_events(text, "en", "2025-08-22", origin="link45")
    (flight,) = [e for e in events if e["type"] == "desertion"]
    (catch,) = [e for e in events if e["type"] == "detention"]
    assert flight["date"] == "2025-08-16"
    assert catch["date_text"] == "the following evening"
    assert catch["date"] == "2025-08-17"  # (the flight's day, told before it in its sentence)


def test_a_relative_clause_dated_before_its_verb_keeps_that_date() -> None:
    text = (
        "Екатеринбург. Военные полицейские доставили в суд двух мобилизованных, которые в "
        "октябре ушли из части в Белгородской области и в воскресенье были остановлены на "
        "трассе под Первоуральском.\n"
    )
    flights = [e for e in pipeline_events(text, "ru", "2025-12-10", origin="link45")
               if e["type"] == "desertion"]  # fmt: skip
    assert flights and flights[0]["date_text"] == "в октябре"


def test_a_relative_clause_counted_period_gives_way_to_its_month() -> None:
    text = (
        "In Kaliningrad, a garrison court on Feb. 12 handed a four-year suspended sentence to a "
        "22-year-old contract soldier who had left his unit for three weeks in November.\n"
    )
    (e,) = _flights(text, "2026-02-14")
    assert e["date_text"] == "in November"
