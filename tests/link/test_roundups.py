"""A roundup tells several cases one after another (round 26, link26; tests/link/probes split
`e`): each case's sentence starts a story of its own when it tells its own flight after a story
that has told one (``cases._other_flight``), or writes a name after a story that named nobody
and told its flight (``cases._named_after_unnamed``); a single story's sentences stay one story.
Invented wording, not the probes'."""

from __future__ import annotations

from awol.link.features import document_features, event_records

from .test_probes import _ev


def groups(events: list[dict]) -> list[int]:
    return [f.group for f in document_features(event_records(events, "d", "2025-10-10"))]


HUNT = _ev("wanted", "Police in the Vologda region are searching for a 33-year-old contract "
           "soldier who walked away from a training ground near Cherepovets.", region="RU-VLG",
           who="contract soldier")  # fmt: skip
HUNT_FLED = dict(HUNT, type="desertion")


def test_a_verdict_that_tells_its_own_flight_is_another_story():
    text = (
        "In Yaroslavl, a court gave a contract soldier four years for leaving his post "
        "near Belgorod in the spring."
    )
    verdict = _ev("sentence", text, region="RU-YAR", who="contract soldier")
    fled = _ev("desertion", text, region="RU-BEL", who="contract soldier")
    # before: the verdict joined the Vologda story on the status they share
    assert groups([HUNT, HUNT_FLED, verdict, fled]) == [0, 0, 1, 1]
    ru = "А в Ярославле суд назначил контрактнику четыре года за то, что он весной ушёл с поста."
    verdict = _ev("sentence", ru, region="RU-YAR", who="контрактнику")
    fled = _ev("desertion", ru, who="контрактнику")
    assert groups([HUNT, HUNT_FLED, verdict, fled]) == [0, 0, 1, 1]


def test_a_verdict_that_retells_the_storys_flight_stays():
    caught = _ev("detention", "Military police detained Oleg Surin, who had fled his unit in "
                 "May, in Tula.", region="RU-TUL", names=["Oleg Surin"])  # fmt: skip
    fled = dict(caught, type="desertion", region=None, country=None)
    text = "On Monday a court sentenced Surin, who had left his unit in May, to five years."
    verdict = _ev("sentence", text, names=["Surin"])
    again = _ev("desertion", text, names=["Surin"])
    assert groups([caught, fled, verdict, again]) == [0, 0, 0, 0]
    # unnamed, one story told in one sentence: nothing of the story before it is a flight
    caught = _ev("detention", "Police detained a soldier in Tula.", region="RU-TUL")
    text = "A court later sentenced him for leaving his unit in May."
    assert groups([caught, _ev("sentence", text), _ev("desertion", text)]) == [0, 0, 0]


def test_a_name_after_an_unnamed_story_with_its_flight_is_another_story():
    named = _ev("detention", "In Ivanovo, officers detained Timur Ragimov, a mobilized "
                "soldier sought since the summer.", region="RU-IVA", names=["Timur Ragimov"],
                who="mobilized soldier")  # fmt: skip
    assert groups([HUNT, HUNT_FLED, named]) == [0, 0, 1]
    ru = _ev("sentence", "В Иванове суд приговорил Тимура Рагимова к трём годам колонии.",
             region="RU-IVA", names=["Тимур Рагимов"])  # fmt: skip
    assert groups([HUNT, HUNT_FLED, ru]) == [0, 0, 1]
    # a name that refers back to the story's man stays ("the soldier, Timur Ragimov, ...")
    his = _ev("detention", "The soldier, Timur Ragimov, was detained on Friday.",
              names=["Timur Ragimov"])  # fmt: skip
    assert groups([HUNT, HUNT_FLED, his]) == [0, 0, 0]
    # a name given to the man just introduced, before his story told a flight, stays
    verdict = _ev("sentence", "Another contract soldier was sentenced to six years.")
    named = _ev("desertion", "Timur Ragimov had failed to return from leave in March.",
                names=["Timur Ragimov"])  # fmt: skip
    assert groups([verdict, named]) == [0, 0]


def test_a_short_surname_is_written_in_its_sentence():
    """ "Зуев" has a two-consonant skeleton ("zv"), which the article-wide capitalised words
    (``names_seen``) leave out; the sentence's own name is still written there
    (``features.written_name``), so a wrong descriptor the extraction gave the flight does not
    part it from the man's verdict as if his name were carried (split e, p-02)."""
    from awol.link.features import event_records, features, written_name

    verdict = _ev("sentence", "Суд приговорил 29-летнего контрактника Артёма Зуева к шести годам.",
                  region="RU-TVE", names=["Артем Зуев"], who="контрактника")  # fmt: skip
    fled = _ev("desertion", "В мае Зуев самовольно покинул часть.", names=["Артем Зуев"],
               who="мобилизованному")  # fmt: skip
    recs = event_records([verdict, fled], "d", "2025-10-10")
    assert all(written_name(features(r)) for r in recs)
    assert groups([verdict, fled]) == [0, 0]
