"""Round 48 (legal48): verdicts, searches and charges told in other shapes (invented sentences).

- A verdict with its verb left out: a list item after a dash ("Corporal X - to six and a half
  years, for ...", «Рядовой X — к пяти с половиной годам: ...»), a decimal term ("received 4 and
  4.5 years"), "drew three years", "is to spend five years in a penal colony", a verbless
  «Наказание — удержание ...», a fine told after its man («назначил ... контрактнику, ...,
  штраф»), «к шести годам колонии» (lang/{en,ru}/events.yaml).
- A charge heading to trial: «теперь их ждёт суд по статьям о ...».
- A case sent to court with its man told at length, or split off and sent to court.
- A verdict with its own term in a desertion story stands where the sentence model doubts it
  («нашли ..., дали пять лет»; terms.term_told).
- A verdict for another crime (forgery, destroyed property) told next: dropped (other_crimes).
- A charge told only as the ground of a search or a verdict ("put him on a wanted list on charges
  of desertion", «по обвинению в дезертирстве»): no prosecution of its own (charge_ground.py).
"""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.model import Article

LEAD = {
    "en": "A contract soldier fled his unit near Kostroma in May, police said on Monday. ",
    "ru": "Контрактник в мае самовольно покинул часть под Костромой, сообщили в полиции. ",
}


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    art = Article(id="t", text=text, published="2025-06-30", language=lang)
    return [(e.type, e.evidence.text) for e in extract_article(art).events]


def _told(sentence: str, lang: str) -> set[str]:
    """The types of the events whose evidence is ``sentence``, told after a flight."""
    return {t for t, ev in _events(LEAD[lang] + sentence, lang) if ev == sentence}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Corporal Oleg Berestov - to six and a half years, for staying away after his leave.",
            "en",
        ),
        (
            "Two reservists who never came back from a hospital in Kursk received 4 and 4.5 years "
            "on Tuesday.",
            "en",
        ),
        ("In March a second gunner from the regiment, Pavel Ustyugov, drew three years.", "en"),
        (
            "A 26-year-old private from Udmurtia, Ilya Korepanov, is to spend four years in a penal "
            "colony after the garrison court in Izhevsk ruled on his case.",
            "en",
        ),
        (
            "Рядовой Семён Ковригин — к пяти с половиной годам: в марте он самовольно оставил "
            "расположение полка под Валуйками.",
            "ru",
        ),
        ("Наказание — удержание 15% денежного довольствия в течение года.", "ru"),
        (
            "В конце ноября суд в Костроме назначил 31-летнему мобилизованному, который не вернулся "
            "из отпуска, штраф в 60 тысяч рублей.",
            "ru",
        ),
    ],
)
def test_verdict_without_its_verb_is_a_sentence(sentence: str, lang: str) -> None:
    assert "sentence" in _told(sentence, lang)


def test_trial_ahead_is_a_prosecution() -> None:
    assert "prosecution" in _told(
        "Теперь их ждёт суд по статьям о дезертирстве и самовольном оставлении части.", "ru"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "In Kostroma, the case of Private Roman Shishkin, who did not return to his unit after "
        "treatment in June, was sent to the garrison court.",
        "The second gunner's case has been split off and sent to court.",
    ],
)
def test_case_sent_to_court_is_a_prosecution(sentence: str) -> None:
    assert "prosecution" in _told(sentence, "en")


def test_verdict_for_forgery_told_next_is_dropped() -> None:
    text = (
        "Новгородский гарнизонный военный суд вынес приговор бывшему кладовщику полка, который "
        "вывез со склада 40 ящиков тушёнки. Его признали виновным в служебном подлоге и "
        "умышленном уничтожении военного имущества. Ранее его уже судили за самовольное "
        "оставление части."
    )
    found = _events(text, "ru")
    assert not any(t == "sentence" and "кладовщику" in ev for t, ev in found)


@pytest.mark.parametrize(
    ("sentence", "lang", "kept"),
    [
        (
            "Russia had placed him on an interstate wanted list on charges of desertion, which "
            "carries up to 15 years in prison.",
            "en",
            "wanted",
        ),
        (
            "On Friday the Kaluga garrison court delivered a verdict in the case of a contract "
            "gunner charged under Part 5 of Article 337 of the Criminal Code.",
            "en",
            "sentence",
        ),
    ],
)
def test_charge_told_as_a_ground_is_no_prosecution(sentence: str, lang: str, kept: str) -> None:
    got = _told(sentence, lang)
    assert kept in got
    assert "prosecution" not in got


def test_charge_with_its_own_verb_stays() -> None:
    got = _told("He was arrested at a hostel in Kaluga and charged with desertion on Friday.", "en")
    assert "prosecution" in got


def _read_doubted(sentence: str, lang: str, in_story: bool) -> list[str]:
    """The mention types of ``sentence`` read with a sentence model that doubts a verdict."""
    from awol.extract.lexicon import get_lexicon
    from awol.extract.mentions import Verdict, _find_triggers, analyse_sentence
    from awol.extract.sentences import Sentence

    lex = get_lexicon(lang)
    probs = {t: 0.01 for t in ("desertion", "wanted", "death", "prosecution", "sentence")}
    probs["detention"] = 0.7
    verdict = Verdict(probs, {}, _find_triggers(sentence, lex), 0.5, 0.3, 0.1)
    sent = Sentence(sentence, 0, len(sentence), 0, 0)
    an = analyse_sentence(sent, lex, "2025-06-30", in_story, None, (), verdict=verdict)
    return [m.type for m in an.mentions]


def test_verdict_with_its_term_in_a_story_outweighs_the_models_doubt() -> None:
    sentence = "Его нашли у тёти в Рязани в августе, дали пять лет, сейчас он в колонии."
    assert "sentence" in _read_doubted(sentence, "ru", in_story=True)
    # (outside a desertion story the doubt still outweighs it)
    assert "sentence" not in _read_doubted(sentence, "ru", in_story=False)
