"""Round 47 (legal47): the legal chain (invented sentences, EN and RU).

- A charge told only as what a verdict was for («Он обвинялся в том, что ...» beside «суд
  приговорил его ...») is the verdict's charge, not a prosecution of its own; a case opened
  before the verdict keeps its own event (merging.charges_of_verdicts, ``charge_recital``).
- A verdict whose own sentence tells the flight is for desertion even where the next sentence
  tells an older conviction for another crime (crime_next.drop_crime_told_next).
- Searches and cases told in other shapes, by lemma (lang/{en,ru}/proposals.yaml): a man
  declared a fugitive, a search to track him down, a defendant in the dock or being tried, a
  case handed over to or now before a court; «дело передали в суд», «ведётся уголовное
  преследование», «стал обвиняемым», «устанавливают местонахождение»; a man wanted in a country for desertion, in a catch's sentence; one man's
  entry in a database (a singular pronoun in the search's clause: ``one_entry``) is his search,
  not a statistic (scope.not_a_happening).
"""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.model import Article

LEAD = {
    "en": "A contract soldier fled his unit near Tver in April, police said on Monday. ",
    "ru": "Контрактник в апреле самовольно покинул часть под Тверью, сообщили в полиции. ",
}


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    art = Article(id="t", text=text, published="2024-05-28", language=lang)
    return [(e.type, e.evidence.text) for e in extract_article(art).events]


def _told(sentence: str, lang: str) -> set[str]:
    """The types of the events whose evidence is ``sentence``, told after a flight."""
    return {t for t, ev in _events(LEAD[lang] + sentence, lang) if ev == sentence}


@pytest.mark.parametrize(
    "text",
    [
        "Суд в Твери приговорил контрактника к пяти годам колонии. Он обвинялся в том, что в "
        "марте самовольно оставил часть и три месяца жил дома.",
        "Военнослужащий обвиняется в том, что два раза самовольно покидал часть. Гарнизонный суд "
        "приговорил его к пяти годам колонии.",
    ],
)
def test_charge_a_verdict_recites_is_no_prosecution(text):
    found = [t for t, _ev in _events(text, "ru")]
    assert "sentence" in found
    assert "prosecution" not in found


def test_case_opened_before_a_verdict_stays():
    text = (
        "Тверской гарнизонный суд вынес приговор мобилизованному. Его признали виновным в "
        "самовольном оставлении части и назначили три года условно. Как следует из материалов "
        "дела, в отношении него было возбуждено уголовное дело, когда он не вернулся из отпуска."
    )
    found = [t for t, _ev in _events(text, "ru")]
    assert "sentence" in found and "prosecution" in found


def test_charge_without_a_verdict_stays():
    text = LEAD["ru"] + "Он обвиняется в самовольном оставлении части."
    assert "prosecution" in [t for t, _ev in _events(text, "ru")]


def test_verdict_that_tells_its_flight_survives_an_older_theft_conviction():
    text = (
        "A soldier who fled his unit in March was sentenced to five years. Earlier this year he "
        "had been convicted of theft and given a suspended term."
    )
    assert "sentence" in [t for t, _ev in _events(text, "en")]


def test_verdict_for_another_crime_told_next_still_dropped():
    text = (
        LEAD["en"] + "A second reservist from the same battalion got eighteen months of a penal "
        "colony. The court convicted him of theft of fuel from the unit's depot."
    )
    assert "sentence" not in [t for t, _ev in _events(text, "en")]


@pytest.mark.parametrize(
    "sentence, etype",
    [
        ("Investigators declared him a fugitive.", "wanted"),
        ("Authorities are trying to track him down.", "wanted"),
        ("He is in the dock at the garrison court.", "prosecution"),
        ("The soldier is being tried by a military court in Yekaterinburg.", "prosecution"),
        ("His case has been handed over to the court.", "prosecution"),
        ("His case is now before the garrison military court.", "prosecution"),
        ("The man, wanted in Russia for desertion, was detained at Yerevan airport.", "wanted"),
        # one man's entry in a database is his search, not a statistic
        ("He is listed in the Interior Ministry's database.", "wanted"),
        ("The ministry's database lists him as wanted for desertion.", "wanted"),
    ],
)
def test_english_state_answer_by_lemma(sentence, etype):
    assert etype in _told(sentence, "en")


@pytest.mark.parametrize(
    "sentence, etype",
    [
        ("Его дело передали в суд.", "prosecution"),
        ("В отношении него ведётся уголовное преследование.", "prosecution"),
        ("Он стал обвиняемым по делу о дезертирстве.", "prosecution"),
        ("Сотрудники полиции устанавливают местонахождение беглеца.", "wanted"),
        ("В базе данных МВД он значится как находящийся в розыске.", "wanted"),
    ],
)
def test_russian_state_answer_by_lemma(sentence, etype):
    assert etype in _told(sentence, "ru")


@pytest.mark.parametrize(
    "sentence, lang, etype",
    [
        # a catch, not a search
        ("Police tracked him down in Tula on Friday.", "en", "wanted"),
        # an appeal before a higher court is no new case
        ("His lawyer said the appeal case is now before the Supreme Court.", "en", "prosecution"),
        # a crime of others
        ("Residents were fined for harbouring a fugitive.", "en", "wanted"),
        # relatives in the dock, a trend
        (
            "Courts handle more cases of men who desert, and the relatives who shelter them "
            "increasingly find themselves in the dock.",
            "en",
            "prosecution",
        ),
        # a general effort
        ("The authorities have stepped up efforts to track them down.", "en", "wanted"),
        # a database of many stays a statistic, and the missing are no search
        (
            "The ministry's database lists more than 30,000 soldiers as wanted for desertion.",
            "en",
            "wanted",
        ),
        ("His mother found his name in a database of soldiers missing in action.", "en", "wanted"),
        (
            "In May the police added him to the database of missing persons, and a volunteer "
            "search group shared his photograph online.",
            "en",
            "wanted",
        ),
        (
            "В базе данных проекта более 30 тысяч военнослужащих, объявленных в розыск.",
            "ru",
            "wanted",
        ),
        # the defence's request after a verdict
        (
            "Защита просила отменить приговор и отправить его дело на новое рассмотрение в суд.",
            "ru",
            "prosecution",
        ),
    ],
)
def test_state_answer_lemmas_leave_these(sentence, lang, etype):
    assert etype not in _told(sentence, lang)
