"""Round 32 (source32): the court's finding as an event's source, where nothing else gives one.

"The court established that in May 2024 X left his unit": the court whose finding the sentence
tells is the source of its events, where neither the sentence nor the story around it names
another (``finding`` of lang/en/attribution.yaml, ``ArticleStatements.attribute``'s
``findings``).  The invented articles' gold names the court there 5 times of 5, train's one such
sentence the court's press service (the same words under the scorer).  Not Russian: the blind
articles j lost a right none with "Судом установлено" (docs/attribution.md, round 32).
"""

from __future__ import annotations

from awol.extract.attribution import finding


def _sources(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    from tests.extract.helpers import events

    return [(e.type, e.source) for e in events(text, lang, "2026-11-18")]


def test_the_court_that_established_is_the_source() -> None:
    got = _sources(
        "A military court in Tver sentenced a contract soldier to five years.\n\n"
        "The court established that in May 2026 the defendant left his unit in the Kursk "
        "region and hid at his mother's house until police detained him in August."
    )
    assert ("desertion", "The court") in got


def test_finding_needs_that_and_a_court_or_investigation() -> None:
    assert finding("The Tver garrison court found that the man had fled.", "en") == (
        "The Tver garrison court"
    )
    assert finding("Investigators have determined that he left in May.", "en") == "Investigators"
    # the verdict, not a finding
    assert finding("The court found him guilty of desertion.", "en") is None
    # Russian: a key since round 50 (source50: counted again, 23 right / 9 wrong on the invented
    # sets, no real train change); the verdict is still no finding
    assert finding("Судом установлено, что в марте он оставил часть.", "ru") == "Судом"
    assert finding("Суд признал его виновным в дезертирстве.", "ru") is None


def test_a_source_the_story_gives_comes_first() -> None:
    got = _sources(
        "A garrison court in Pskov sentenced a private to four years for desertion, the court's "
        "press service said.\n\n"
        "The court established that in June 2026 the private left his unit near Belgorod."
    )
    assert ("desertion", "The court") not in got


def test_a_body_material_is_carried_to_the_story_events() -> None:
    # "на сайте суда": generic by its words ("сайт"), the court's by its owner: the story's
    # events take it, as train gold rru-016 codes it (was: the own sentence's only)
    text = (
        "Гарнизонный суд в Чите приговорил рядового Петра Осипова к четырем годам колонии за "
        "самовольное оставление части. Об этом сообщается на сайте суда.\n\n"
        "Осипов, мобилизованный осенью 2022 года, в марте 2023 года ушел из части и жил у "
        "родителей."
    )
    got = _sources(text, "ru")
    assert ("desertion", "сайте суда") in got


def test_a_body_material_stays_generic_for_statistics() -> None:
    from awol.extract.attribution import own_source
    from awol.extract.figure_sources import _statements
    from awol.extract.lexicon import get_lexicon
    from awol.extract.sentences import Sentence

    lex = get_lexicon("ru")
    for text, owned in (
        ("Об этом сообщается на сайте суда.", True),
        ("Об этом сообщают местные журналисты.", False),
    ):
        sent = Sentence(text, 0, len(text), 0, 0)
        [st] = _statements(sent, own_source(text, lex), lex, text)
        assert st.generic and st.owned == owned


def test_ru_a_day_or_the_outlet_told_before_the_verb_after_ob_etom() -> None:
    from awol.extract.attribution import own_source
    from awol.extract.lexicon import get_lexicon

    lex = get_lexicon("ru")
    for sentence, expected in (
        ("Об этом в среду сообщили в пресс-службе ГУ МВД по региону.", "пресс-службе ГУ МВД"),
        ("Об этом 59.RU сообщили в пресс-службе краевого УМВД.", "пресс-службе краевого УМВД"),
        ("Об этом в понедельник вечером сообщило региональное МВД.", "региональное МВД"),
        ("Об этом сообщает «Медиазона».", "Медиазона"),
    ):
        got = own_source(sentence, lex)
        assert got is not None and got.text.startswith(expected), (sentence, got)


def test_en_reported_with_a_day_before_by() -> None:
    from awol.extract.attribution import own_source
    from awol.extract.lexicon import get_lexicon

    lex = get_lexicon("en")
    for sentence, expected in (
        ("This was reported on Sunday by the Telegram channel Astra.", "Astra"),
        ("It was first reported by the journalists of Baza.", "Baza"),
        ("This was reported by the regional interior ministry.", "regional interior ministry"),
    ):
        got = own_source(sentence, lex)
        assert got is not None and got.text == expected, (sentence, got)
