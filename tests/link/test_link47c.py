"""Round 47 (link47c): a roundup's next item, told in a paragraph of its own.

An event whose sentence opens a paragraph that refers back to nobody ("he", "the soldier",
«его», «беглеца», "one of them": ``case_markers.mark_fresh_items``) and says a new person -- a
name after a story that names nobody, an English sentence or a Russian group after a story of
one person, a date more than a year from the story's, a flight or an outcome in another region --
begins a story of its own (``story_rules.new_item``), where its order alone had continued the
story told before it.  Read off the article's text by the events' offsets: the paragraphs are
the text's, so the tests give the linker whole documents with their text."""

from __future__ import annotations

from tests.link.helpers import event_in as _ev

from awol.link import Linker


def groups(text: str, events: list[tuple]) -> list[int]:
    """The story groups the linker gives a document of ``text`` whose events are ``events``
    (type, sentence, keyword fields)."""
    evs = [_ev(t, text, s, **kw) for t, s, kw in events]
    lk = Linker()
    lk.add([{"id": "d", "published": "2026-03-10", "language": "en", "text": text,
             "events": evs}])  # fmt: skip
    return [f.group for f in lk._doc_feats("d")]


VERDICT = "A garrison court in Pskov has sentenced a contract soldier to five years in a colony."
FLED = "According to the court, the soldier left his unit in March and stayed away for months."
COMMANDER = ("Military police on Tuesday detained the commander of a motor rifle company who "
             "walked away from his post in January.")  # fmt: skip
STORY = [("sentence", VERDICT, {"region": "RU-PSK"}), ("desertion", FLED, {}),
         ("detention", COMMANDER, {})]  # fmt: skip


def test_an_english_item_of_one_person_in_a_paragraph_of_its_own_is_another_story():
    text = f"Desertion cases this week\n\n{VERDICT} {FLED}\n\n{COMMANDER}"
    assert groups(text, STORY) == [0, 0, 1]


def test_the_same_sentence_in_the_story_s_paragraph_or_reading_him_back_stays():
    # one paragraph: the story told on
    assert groups(f"Desertion cases this week\n\n{VERDICT} {FLED} {COMMANDER}", STORY) == [0, 0, 0]
    # a paragraph of its own that reads the man back
    back = "Military police on Tuesday detained him in Velikiye Luki."
    text = f"Desertion cases this week\n\n{VERDICT} {FLED}\n\n{back}"
    story = [*STORY[:2], ("detention", back, {})]
    assert groups(text, story) == [0, 0, 0]


CAUGHT_RU = "В Курске в понедельник военная полиция задержала военнослужащего."
NAMED_RU = "Гарнизонный суд в Белгороде приговорил Ивана Жукова к четырём годам колонии."


def test_a_name_in_a_paragraph_of_its_own_after_an_unnamed_story_is_another_story():
    events = [("detention", CAUGHT_RU, {"region": "RU-KRS"}),
              ("sentence", NAMED_RU, {"region": "RU-BEL", "names": ["Иван Жуков"]})]  # fmt: skip
    assert groups(f"Дезертиры недели\n\n{CAUGHT_RU}\n\n{NAMED_RU}", events) == [0, 1]
    # told in the story's paragraph, the name is the story's man's (as before)
    assert groups(f"Дезертиры недели\n\n{CAUGHT_RU} {NAMED_RU}", events) == [0, 0]


def test_a_group_s_story_told_on_in_paragraphs_stays_one_story():
    fled = "Семеро контрактников с автоматами ушли из части под Соледаром."
    caught = "Пятерых беглецов задержали под Брянкой."
    shot = "Ещё одного дезертира застрелили свои же, когда он решил сдаться."
    sought = "Седьмого ищут до сих пор, в том числе в Ростовской области."
    text = f"Под Соледаром сбежали семеро\n\n{fled}\n\n{caught}\n\n{shot}\n\n{sought}"
    events = [("desertion", fled, {"region": "UA-14", "count": 7}),
              ("detention", caught, {"region": "UA-09", "count": 5}),
              ("death", shot, {}), ("wanted", sought, {"region": "RU-ROS"})]  # fmt: skip
    assert groups(text, events) == [0, 0, 0, 0]


def test_a_group_in_a_paragraph_of_its_own_after_one_man_s_story_is_another_story():
    caught = "В Смоленске в понедельник задержали контрактника, объявленного в розыск в марте."
    group = "Из части под Ельней ушли трое мобилизованных."
    events = [("detention", caught, {"region": "RU-SMO"}),
              ("desertion", group, {"region": "RU-SMO", "count": 3})]  # fmt: skip
    assert groups(f"Хроника недели\n\n{caught}\n\n{group}", events) == [0, 1]
    # one of more: the story's man is one of a group, whose flight this may be
    shot = "Один из беглецов был застрелен при задержании в Смоленске."
    events[0] = ("death", shot, {"region": "RU-SMO"})
    assert groups(f"Хроника недели\n\n{shot}\n\n{group}", events) == [0, 0]


def test_according_to_is_no_reference_back():
    # «по данным» ("according to") is no «данный» ("the said") of the story's people
    caught = "В Смоленске в понедельник задержали контрактника, объявленного в розыск в марте."
    group = "По данным полиции, из части под Ельней ушли трое мобилизованных."
    events = [("detention", caught, {"region": "RU-SMO"}),
              ("desertion", group, {"region": "RU-SMO", "count": 3})]  # fmt: skip
    assert groups(f"Хроника недели\n\n{caught}\n\n{group}", events) == [0, 1]
    said = "Данный военнослужащий, по словам полиции, ушёл из части под Ельней с двумя другими."
    events[1] = ("desertion", said, {"region": "RU-SMO", "count": 3})
    assert groups(f"Хроника недели\n\n{caught}\n\n{said}", events) == [0, 0]
