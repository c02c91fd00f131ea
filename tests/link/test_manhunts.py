"""A manhunt told beside detentions of other men in the same region (round 27, link27; the
blind probe split `f`, tests/link/probes q-01 ... q-08): a story that has told no flight -- a
search notice, a wanted list -- holds a later detention only where something ties it to the
hunted (a word referring back, "one of them", an age or place in common), not by the region
alone, when the detention's sentence tells its own flight (``cases._flight_of_its_own``), or is
of a count none of the story's manhunts has, or is dated before them (``cases._not_the_hunted``);
an age the story never states is another person in a group's story too.  Invented wording."""

from __future__ import annotations

from awol.link.features import document_features, event_records

from .test_probes import _ev


def groups(events: list[dict]) -> list[int]:
    return [f.group for f in document_features(event_records(events, "d", "2025-10-22"))]


def test_a_detention_that_tells_its_own_flight_is_not_the_manhunts():
    hunt = _ev("wanted", "Полиция Брянской области ищет военнослужащих срочной службы, которые "
               "могут быть вооружены.", count=None, region="RU-BRY")  # fmt: skip
    text = ("В Новозыбкове полицейские задержали военнослужащего, который самовольно оставил "
            "часть в Курской области.")  # fmt: skip
    caught = _ev("detention", text, region="RU-BRY")
    fled = _ev("desertion", text, region="RU-KRS")
    assert groups([hunt, caught, fled]) == [0, 1, 1]
    # the sentence refers back to the hunted: their own flight, told late, is the story's
    text = "Во вторник беглецов, которые ушли из части в воскресенье, задержали под Клинцами."
    caught = _ev("detention", text, count=None, region="RU-BRY")
    fled = _ev("desertion", text, count=None, region="RU-BRY")
    assert groups([hunt, caught, fled]) == [0, 0, 0]


HUNT2 = _ev("wanted", "Полиция Брянской области разыскивает двоих срочников.", count=2,
            region="RU-BRY")  # fmt: skip


def test_a_detention_of_more_people_than_the_hunted_is_another_story():
    caught = _ev("detention", "Пограничники задержали в регионе троих мужчин.", count=3,
                 region="RU-BRY")  # fmt: skip
    assert groups([HUNT2, caught]) == [0, 1]
    # some of the hunted (said so or not), or the two of them
    one = _ev("detention", "Одного из них задержали в среду.", region="RU-BRY")
    assert groups([HUNT2, one]) == [0, 0]
    one = _ev("detention", "Одного задержали в среду в Клинцах.", region="RU-BRY")
    assert groups([HUNT2, one]) == [0, 0]
    both = _ev("detention", "Обоих задержали в среду в Клинцах.", count=2, region="RU-BRY")
    assert groups([HUNT2, both]) == [0, 0]


def test_a_detention_before_the_manhunt_is_another_story():
    hunt = dict(_ev("wanted", "Брянская полиция объявила военнослужащего в розыск.", count=None,
                    region="RU-BRY"), date="2025-10-19")  # fmt: skip
    text = "Пограничники задержали военнослужащего под Клинцами."
    before = dict(_ev("detention", text, count=None, region="RU-BRY"), date="2025-10-18")
    assert groups([hunt, before]) == [0, 1]
    after = dict(before, date="2025-10-21")
    assert groups([hunt, after]) == [0, 0]


def test_an_age_a_groups_story_never_states_is_another_person():
    hunt = _ev("wanted", "Двух 19-летних военнослужащих объявили в розыск.", count=2,
               region="RU-UD")  # fmt: skip
    other = _ev("wanted", "Полиция также разыскивает 30-летнего Сергея Кадочникова.",
                region="RU-UD", names=["Сергей Кадочников"])  # fmt: skip
    assert groups([hunt, other]) == [0, 1]
    his = _ev("detention", "19-летнего Никиту Орлова задержали в Ижевске.", region="RU-UD",
              names=["Никита Орлов"])  # fmt: skip
    assert groups([hunt, his]) == [0, 0]


def test_the_wanted_man_refers_back_to_the_manhunt():
    """«разыскиваемого», "the wanted man": the hunted man told before, not a new one."""
    hunt = _ev("wanted", "Полиция Оренбургской области разыскивает 28-летнего Илью Саблина.",
               region="RU-ORE", names=["Илья Саблин"])  # fmt: skip
    caught = _ev("detention", "Во вторник разыскиваемого задержали на автовокзале в Орске.",
                 region="RU-ORE")  # fmt: skip
    assert groups([hunt, caught]) == [0, 0]
    hunt = _ev("wanted", "Police in the Orenburg region put Ilya Sablin on the wanted list.",
               region="RU-ORE", names=["Ilya Sablin"])  # fmt: skip
    caught = _ev("detention", "On Tuesday the wanted man was detained in Orsk.", region="RU-ORE")
    assert groups([hunt, caught]) == [0, 0]


def test_a_named_detention_after_an_unnamed_manhunt_is_another_story():
    """A name first written in a detention, after a manhunt for someone unnamed that told no
    flight, with nothing before the name referring back: another man caught in the region."""
    hunt = _ev("wanted", "Полиция Тверской области ищет военнослужащего, который может быть "
               "вооружён.", region="RU-TVE")  # fmt: skip
    caught = _ev("detention", "В понедельник в Ржеве задержали Ивана Петрова.", region="RU-TVE",
                 names=["Иван Петров"])  # fmt: skip
    assert groups([hunt, caught]) == [0, 1]
    his = _ev("detention", "Беглеца, Ивана Петрова, задержали в понедельник в Ржеве.",
              region="RU-TVE", names=["Иван Петров"])  # fmt: skip
    assert groups([hunt, his]) == [0, 0]
    # a name given to the man just introduced, in his flight, stays (ren-029's shape)
    fled = _ev("desertion", "Иван Петров должен был вернуться в часть в марте.",
               names=["Иван Петров"])  # fmt: skip
    assert groups([hunt, fled]) == [0, 0]


def test_an_age_of_one_of_the_group_told_so_stays():
    hunt = _ev("wanted", "Двух 19-летних военнослужащих объявили в розыск.", count=2,
               region="RU-UD")  # fmt: skip
    one = _ev("detention", "Одного из беглецов, 20-летнего, задержали в Ижевске.", region="RU-UD")
    assert groups([hunt, one]) == [0, 0]
