"""Round 50 (cases50): an event joins a story of its article only on positive evidence that it is
of the story's people (:mod:`awol.link.story_evidence`), not on its order or a status alone.
The tests give the linker whole documents with their text and the events' offsets."""

from __future__ import annotations

from tests.link.helpers import story_groups

from awol.link.feat import Feat
from awol.link.story_evidence import evidence_kinds, single_story


def groups(text: str, events: list[tuple], language: str = "ru") -> list[int]:
    return story_groups(text, events, language, "2025-11-04")


LOMOV = "Контрактник Иван Ломов в марте ушёл из части в Острове."
SIDOROV = "Мобилизованный Пётр Сидоров в апреле не вернулся в часть из отпуска."
FIRST = ("desertion", LOMOV, {"names": ["Иван Ломов"], "region": "RU-PSK", "who": "Контрактник"})
SECOND = ("desertion", SIDOROV, {"names": ["Пётр Сидоров"], "who": "Мобилизованный"})


def test_a_status_alone_does_not_take_an_event_back_past_another_man():
    # a Russian bare noun («контрактника») reads no one told before: with another man's story
    # told between, the shared status and region are no evidence the verdict is Lomov's
    verdict = "Псковский гарнизонный суд приговорил контрактника к четырём годам колонии."
    text = f"Дезертиры недели\n\n{LOMOV} {SIDOROV} {verdict}"
    ev = ("sentence", verdict, {"region": "RU-PSK", "who": "контрактника"})
    g = groups(text, [FIRST, SECOND, ev])
    assert len(set(g)) == 3


def test_a_pronoun_reads_the_man_told_last():
    held = "Его задержали в Пскове."
    text = f"Дезертиры недели\n\n{LOMOV} {SIDOROV} {held}"
    g = groups(text, [FIRST, SECOND, ("detention", held, {"region": "RU-PSK"})])
    assert g[2] == g[1] != g[0]


def test_an_english_definite_noun_with_the_story_s_status_reads_that_story():
    lomov = "Contract soldier Ivan Lomov walked out of his unit in Ostrov in March."
    sidorov = "Mobilised soldier Pyotr Sidorov did not come back from leave in April."
    verdict = "Pskov's garrison court sentenced the contract soldier to four years."
    text = f"Runaways of the week\n\n{lomov} {sidorov} {verdict}"
    events = [("desertion", lomov, {"names": ["Ivan Lomov"], "region": "RU-PSK",
                                    "who": "Contract soldier"}),
              ("desertion", sidorov, {"names": ["Pyotr Sidorov"], "who": "Mobilised soldier"}),
              ("sentence", verdict, {"region": "RU-PSK", "who": "the contract soldier"})]  # fmt: skip
    g = groups(text, events, "en")
    assert g[2] == g[0] != g[1]


def _feat(typ: str, evidence: str, count: int | None = 1, names: tuple[str, ...] = (),
          classes: frozenset[str] = frozenset()) -> Feat:  # fmt: skip
    return Feat(key=("d", 0), doc="d", type=typ, pub=None, date=None, country=None, region=None,
                count=count, qualifier=None, names=names, name_keys=(), places=frozenset(),
                classes=classes, armed=None, evidence=evidence)  # fmt: skip


def test_an_officer_detained_is_not_one_of_the_soldiers_who_fled():
    fled = _feat("desertion", "Из бригады ушли 50 военных.", count=50)
    officer = _feat("detention", "Теперь задержали и командира одной из рот.",
                    classes=frozenset({"officer"}))  # fmt: skip
    some = _feat("detention", "Двоих из них задержали в Ровно.", count=2)
    assert "part" not in evidence_kinds(officer, [fled], latest=True)
    assert "part" in evidence_kinds(some, [fled], latest=True)


def test_a_rank_in_common_with_the_story_told_just_before():
    fled = _feat("desertion", "A company commander left his post.", classes=frozenset({"officer"}))
    charged = _feat("prosecution", "The senior officer was charged under two articles.",
                    classes=frozenset({"officer"}))  # fmt: skip
    assert "rank" in evidence_kinds(charged, [fled], latest=True)
    assert "rank" not in evidence_kinds(charged, [fled], latest=False)


def test_an_article_of_two_verdicts_is_no_single_story():
    a = _feat("sentence", "A court jailed Oleg Rudin.", names=("Oleg Rudin",))
    b = _feat("sentence", "Another court jailed a conscript.")
    c = _feat("detention", "He was detained in May.")
    assert not single_story([a, b, c])
    assert single_story([a, c])
