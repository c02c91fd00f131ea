"""Round 45 (legal45): the legal chain (invented sentences, EN and RU). A charge in the present
passive of someone in particular is a prosecution, not a habit; a modal kept from its passive by
adverbs is no happening; Russian verdicts told by the penalty the court set, in any order, and
cases opened told noun first, are read (lang/ru/proposals.yaml)."""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.model import Article


def _types(text: str, lang: str) -> list[tuple[str, str]]:
    art = Article(id="t", text=text, published="2024-05-28", language=lang)
    return [(e.type, e.evidence.text) for e in extract_article(art).events]


def test_charge_in_present_passive_of_someone_is_a_prosecution():
    # the present "is" before "charged" is the state of a case told of someone in particular
    text = (
        "Deserter from Kursk awaits his trial\n\n"
        "A 31-year-old contract soldier from Kursk left his unit near Belgorod in March. "
        "Sergei Volkov is charged with unauthorised abandonment of a unit during mobilisation, "
        "his lawyer said."
    )
    found = _types(text, "en")
    assert any(t == "prosecution" and "is charged with" in ev for t, ev in found)


@pytest.mark.parametrize(
    "sentence",
    [
        # a habit of a kind of people stays blocked
        "Soldiers who leave their units are charged with unauthorised abandonment, lawyers say.",
        # a law's penalty still blocks it
        "The article under which he is charged carries a penalty of up to ten years.",
        # a modal still blocks it
        "He could be charged with desertion if he does not return.",
    ],
)
def test_charge_in_present_passive_still_blocked(sentence):
    text = (
        "Soldier leaves unit near Kursk\n\nA soldier deserted from his unit near Kursk in May. "
        + sentence
    )
    found = _types(text, "en")
    assert not any(t == "prosecution" for t, _ev in found)


def test_russian_verdict_told_by_the_penalty_set_in_any_order():
    text = (
        "Дезертира из Курска осудили\n\n"
        "Контрактник Андрей Клюев в марте самовольно оставил часть под Белгородом и полгода "
        "жил у родственников. "
        "Четыре года колонии общего режима Клюеву назначил гарнизонный военный суд в Курске."
    )
    found = _types(text, "ru")
    assert any(t == "sentence" and "назначил гарнизонный" in ev for t, ev in found)


def test_russian_court_setting_a_hearing_is_no_verdict():
    text = (
        "Дезертира из Курска будут судить\n\n"
        "Контрактник Андрей Клюев в марте самовольно оставил часть под Белгородом. "
        "Суд назначил заседание по его делу на 12 мая следующего года."
    )
    found = _types(text, "ru")
    assert not any(t == "sentence" for t, _ev in found)


def test_russian_case_opened_told_noun_first():
    text = (
        "Контрактник сам пришёл в прокуратуру\n\n"
        "Контрактник Андрей Клюев в марте самовольно оставил часть под Белгородом и уехал домой. "
        "Узнав, что дело на него действительно возбуждено, Клюев сам пришёл в военную прокуратуру."
    )
    found = _types(text, "ru")
    assert any(t == "prosecution" and "возбуждено" in ev for t, ev in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "In wartime a soldier could in theory be sentenced to death for it.",
        "Such a soldier would in all probability be sentenced to ten years.",
    ],
)
def test_modal_kept_from_its_passive_by_adverbs_is_no_happening(sentence):
    from awol.extract.lexicon import get_lexicon
    from awol.extract.scope import not_a_happening

    i = next(sentence.find(w) for w in ("sentenced", "charged") if w in sentence)
    assert not_a_happening(sentence, "sentence", i, i + 9, get_lexicon("en")) == "hypothetical"


def test_verdict_with_an_adverb_is_still_a_verdict():
    from awol.extract.lexicon import get_lexicon
    from awol.extract.scope import not_a_happening

    sentence = "He was later sentenced in May to five years in a penal colony."
    i = sentence.find("sentenced")
    assert not_a_happening(sentence, "sentence", i, i + 9, get_lexicon("en")) is None


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        (
            "His lawyer said he would ask to be sent back to the front rather than stand trial.",
            "stand trial",
        ),
        (
            "Instead of a trial, he was offered a choice: a new contract or a case for desertion.",
            "case for desertion",
        ),
    ],
)
def test_alternative_not_taken_is_no_happening(sentence, trigger):
    from awol.extract.lexicon import get_lexicon
    from awol.extract.scope import not_a_happening

    i = sentence.find(trigger)
    lex = get_lexicon("en")
    assert not_a_happening(sentence, "prosecution", i, i + len(trigger), lex) == "hypothetical"


def test_flight_told_after_an_alternative_stands():
    from awol.extract.lexicon import get_lexicon
    from awol.extract.scope import not_a_happening

    sentence = "Instead of returning to the front after his leave, he deserted in May."
    i = sentence.find("deserted")
    assert not_a_happening(sentence, "desertion", i, i + 8, get_lexicon("en")) is None


def test_charge_said_of_people_of_a_kind_is_no_happening():
    # ``generic_people_types`` holds prosecution too: a charge of a kind of people, pointing to
    # no one in particular, is no happening (as a verdict or a detention so told)
    from awol.extract.lexicon import get_lexicon
    from awol.extract.scope import not_a_happening

    lex = get_lexicon("en")
    generic = "In practice, only a minority of such soldiers ever face a criminal case."
    i = generic.find("criminal case")
    assert not_a_happening(generic, "prosecution", i, i + 13, lex) == "generic"
    someone = "In practice, the two soldiers now face a criminal case."
    i = someone.find("criminal case")
    assert not_a_happening(someone, "prosecution", i, i + 13, lex) is None
