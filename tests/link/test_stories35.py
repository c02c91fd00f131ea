"""A pronoun whose person its own sentence introduces (round 35, link35): "detained a
30-year-old mobilised soldier who had overstayed his leave, and he was handed over", «ушли двое
срочников, их задержали через неделю» -- the pronoun speaks of the man (men) the sentence tells,
and is no reference back to the people told before it (``references.own_antecedent``,
``antecedent`` / ``pronoun`` in references.yaml).  Read as one, it held a detention of another
man to the manhunt story told before it and cancelled the sentence's own introduction of a
person.  Invented wording, not the probes'."""

from __future__ import annotations

from awol.link.case_markers import mark_after_others, second_case
from awol.link.features import document_features, event_records
from awol.link.references import refers_back

from .test_probes import _ev

HUNT = "Police in the Tula region are searching for a soldier who left his unit near Aleksin on Sunday."
OTHER_HE = ("On Tuesday, officers in Tula detained a 30-year-old mobilised soldier who had "
            "overstayed his leave, and he was handed over to the military police.")  # fmt: skip
OTHER_HIM = ("Border guards in the Tula region detained a deserter at a checkpoint and handed him "
             "over to the military police.")  # fmt: skip
BACK = "On Tuesday, he was detained in Tula."
RU_HUNT = (
    "В Курской области полиция разыскивает двух контрактников, которые в понедельник ушли из части."
)
RU_OWN = "Из той же части в январе ушли двое срочников, их задержали через неделю в Туле."
RU_BACK = "Их задержали через неделю в Туле."


def _placed(events: list[dict]) -> tuple[list[dict], str]:
    """The events with their offsets in a text of their sentences, told in their order."""
    text = " ".join(dict.fromkeys(e["evidence"]["text"] for e in events))
    placed = []
    for e in events:
        start = text.index(e["evidence"]["text"])
        ev = {**e["evidence"], "start": start, "end": start + len(e["evidence"]["text"])}
        placed.append({**e, "evidence": ev})
    return placed, text


def _groups(events: list[dict]) -> list[int]:
    placed, text = _placed(events)
    recs = event_records(placed, "d", "2026-03-04")
    mark_after_others(recs, text)
    return [f.group for f in document_features(recs)]


def _hunt(text: str, region: str, who: str, count: int = 1) -> list[dict]:
    return [
        _ev("wanted", text, region=region, who=who, count=count),
        _ev("desertion", text, region=region, who=who, count=count),
    ]


def test_a_pronoun_after_the_sentence_s_own_person_is_no_reference_back():
    assert not refers_back(OTHER_HE)
    assert not refers_back(OTHER_HIM)
    assert not refers_back(RU_OWN)
    # a pronoun with nobody before it in its sentence still refers back
    assert refers_back(BACK)
    assert refers_back(RU_BACK)
    assert refers_back("He was detained in Tula together with a friend, a 30-year-old soldier.")
    # a definite noun phrase still refers back, whatever pronoun follows it
    assert refers_back("The soldier was detained in Tula, and he was handed over to the police.")


def test_the_sentence_s_own_pronoun_does_not_cancel_its_introduction_of_a_person():
    """Read where the events' offsets are known (an extraction: its stories are those its text
    tells before it); annotations without offsets keep main's reading (the annotator's order may
    list before the sentence a story its text tells after it)."""
    hunt = _hunt(HUNT, "RU-TUL", "soldier")
    other = _ev("detention", OTHER_HE, region="RU-TUL", who="mobilised soldier")
    events, _text = _placed([*hunt, other])
    feats = document_features(event_records(events, "d", "2026-03-04"))
    assert second_case(feats[2], feats[:2])
    # annotations: the evidence a sentence, no offsets
    bare = [{**e, "evidence": e["evidence"]["text"]} for e in [*hunt, other]]
    unplaced = document_features(event_records(bare, "d", "2026-03-04"))
    assert not second_case(unplaced[2], unplaced[:2])


def test_another_man_s_detention_in_the_region_does_not_join_the_manhunt_story():
    """The unnamed manhunt and an unnamed detention of the same region: the detention's
    sentence introduces its own man ("a 30-year-old mobilised soldier who ...", "a deserter")
    and its "he" / "him" is his: another story (on main both joined the manhunt's story, by
    the region alone)."""
    hunt = _hunt(HUNT, "RU-TUL", "soldier")
    he = _ev("detention", OTHER_HE, region="RU-TUL", who="mobilised soldier")
    him = _ev("detention", OTHER_HIM, region="RU-TUL", who="deserter")
    assert _groups([*hunt, he]) == [0, 0, 1]
    assert _groups([*hunt, him]) == [0, 0, 1]
    # told as the hunted man's ("he was detained"), it stays in the story
    assert _groups([*hunt, _ev("detention", BACK, region="RU-TUL")]) == [0, 0, 0]


def test_a_russian_pronoun_of_the_sentence_s_own_men_does_not_hold_them_to_the_story():
    """«Из той же части в январе ушли двое срочников, их задержали через неделю в Туле» after
    two contract soldiers' manhunt in the Kursk region, the conscripts' flight not extracted:
    the detention in another region is the conscripts' (``_elsewhere``; on main «их» held it to
    the manhunt); «Их задержали через неделю в Туле» alone is the hunted men's, caught
    elsewhere."""
    hunt = _hunt(RU_HUNT, "RU-KRS", "контрактников", count=2)
    own = _ev("detention", RU_OWN, region="RU-TUL", count=2)
    assert _groups([*hunt, own]) == [0, 0, 1]
    back = _ev("detention", RU_BACK, region="RU-TUL", count=2)
    assert _groups([*hunt, back]) == [0, 0, 0]


CAUGHT3 = (
    "Полицейские Ачинска в пятницу задержали троих контрактников, которые с октября "
    "самовольно отсутствовали в части."
)
SEARCH1 = "Тем временем в Красноярском крае продолжаются поиски военного, который во вторник покинул часть."
SEARCH_OF_THEM = "Полиция продолжает поиски одного из них."


def _caught3() -> list[dict]:
    return [
        _ev("detention", CAUGHT3, region="RU-KYA", count=3, who="контрактников"),
        _ev("desertion", CAUGHT3, region="RU-KYA", count=3, who="контрактников"),
    ]


def test_a_search_told_after_everybody_of_the_story_was_caught_is_another_man_s():
    """Three who fled, three caught; then «продолжаются поиски военного, который ...» (one man,
    its flight clause not extracted, as the extraction may drop it or give it another type):
    nobody of the story is still sought, the search is another man's story (on main it joined
    the three's story by the region alone, and their case through it)."""
    assert _groups([*_caught3(), _ev("wanted", SEARCH1, region="RU-KYA")]) == [0, 0, 1]
    # a search that refers back ("одного из них") stays the story's
    assert _groups([*_caught3(), _ev("wanted", SEARCH_OF_THEM, region="RU-KYA")]) == [0, 0, 0]
    # a search of as many as fled may be the story's own told out of order: not parted
    assert _groups([*_caught3(), _ev("wanted", SEARCH1, region="RU-KYA", count=3)]) == [0, 0, 0]


def test_a_search_told_before_the_detention_in_the_text_stays_the_story_s():
    """The events listed detention first (a merged event stands at its first mention) but the
    search's sentence comes before the detention's in the text: the story's own search.
    (Round 48, link48c: the grouping reads the events in the text's order, so the search is
    read first; a search for one man, «поиски военного, который во вторник покинул часть»,
    followed by three men caught with a flight of their own since October is then other
    people, as the same two sentences listed in that order always were.  The search here is of
    the three, and their detention reads them back.)"""
    search3 = "В Красноярском крае полиция ищет троих контрактников, покинувших часть в октябре."
    caught = "Полицейские Ачинска в пятницу задержали троих беглецов."
    text = f"{search3} {caught}"
    events = [_ev("detention", caught, region="RU-KYA", count=3, who="беглецов"),
              _ev("wanted", search3, region="RU-KYA", count=3, who="контрактников")]  # fmt: skip
    placed = []
    for e in events:
        start = text.index(e["evidence"]["text"])
        ev = {**e["evidence"], "start": start, "end": start + len(e["evidence"]["text"])}
        placed.append({**e, "evidence": ev})
    recs = event_records(placed, "d", "2026-03-04")
    mark_after_others(recs, text)
    assert [f.group for f in document_features(recs)] == [0, 0]
