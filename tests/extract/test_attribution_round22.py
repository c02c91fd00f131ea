"""Round 22 attribution readers (invented sentences only): the subject of a reporting verb set
off from it by a clause, the reporting verbs the patterns lacked, the body that declared a
search (a search's source only), an outlet that names itself the subject of its work (Russian),
a dotted outlet name, the speaker before the outlet told, a document named alone, a group named
by a bare plural (``who``), a title before a name and the formation between them."""

from __future__ import annotations

import pytest

from awol.evaluate.probes import extract_texts
from awol.extract.attribution import own_source
from awol.extract.lexicon import get_lexicon


def _src(text: str, lang: str) -> str | None:
    s = own_source(text, get_lexicon(lang))
    return getattr(s, "text", None)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the subject, a clause set off by commas, then its reporting verb
        (
            "Mediazona, which reviewed the rulings, reported that a soldier deserted.",
            "en",
            "Mediazona",
        ),
        (
            "Meduza, citing sources close to the investigation, reported that two men fled.",
            "en",
            "Meduza",
        ),
        ("«Медуза», ссылаясь на источники, пишет, что двое военных сбежали.", "ru", "Медуза"),
        ("«Вёрстка», изучившая приговоры, сообщает, что солдат сбежал.", "ru", "Вёрстка"),
        # the reporting verbs the patterns lacked
        ("Investigators say the man fled his unit in May.", "en", "Investigators"),
        ("ISW assessed that dozens of soldiers deserted.", "en", "ISW"),
        (
            "Российские военкоры утверждают, что группа военных дезертировала.",
            "ru",
            "Российские военкоры",
        ),
        ("Как утверждает E1.RU, полиция задержала дезертира.", "ru", "E1.RU"),
        # the source after the event, a clause on its claim after it
        (
            "A soldier deserted, the Defence Ministry said in a statement, which could not be verified.",
            "en",
            "Defence Ministry",
        ),
        # the speaker of a quote, not the outlet told
        (
            "«Он ушёл из части», — рассказал брат солдата изданию «Сибирь.Реалии».",
            "ru",
            "брат солдата",
        ),
        # the outlet that relays a document named alone
        ("Суд приговорил дезертира, пишет «Медиазона» со ссылкой на решение.", "ru", "Медиазона"),
        # an outlet names itself the subject of its work; the body that published a video
        ("Telegram-канал «Осторожно» опубликовал видео задержания.", "ru", "Осторожно"),
        (
            "На видео, опубликованном ГУР Украины, военные переходят линию фронта.",
            "ru",
            "ГУР Украины",
        ),
        # an opening phrase before the subject and its verb
        (
            "In a statement on Telegram, the regional police said a man fled.",
            "en",
            "regional police",
        ),
        ("Writing on Telegram, the governor said two soldiers had deserted.", "en", "governor"),
        # "As first reported by X": X, not the conjunction's words
        ("As first reported by Meduza, two conscripts fled a base.", "en", "Meduza"),
        # an unnamed informant and the outlet it told, as written
        (
            "Sources in the ministry told Verstka that three soldiers had deserted.",
            "en",
            "Sources in the ministry told Verstka",
        ),
        # the news as the object, the body that confirmed it
        (
            "Информацию о задержании дезертира подтвердили в пресс-службе УМВД.",
            "ru",
            "пресс-службе УМВД",
        ),
        (
            "Двое срочников сбежали, следует из сообщения военной прокуратуры.",
            "ru",
            "сообщения военной прокуратуры",
        ),
        # the body that declared a search
        ("The man was put on the wanted list by the Interior Ministry.", "en", "Interior Ministry"),
        ("Контрактник объявлен МВД в федеральный розыск.", "ru", "МВД"),
    ],
)
def test_sources_read(text: str, lang: str, want: str) -> None:
    assert _src(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a clause after a subject that is no one's words: a time, a place
        ("In May, when the men fled, police said nothing.", "en"),
        ("В Курской области, где сбежали военные, сообщили о задержании.", "ru"),
    ],
)
def test_no_interposed_subject(text: str, lang: str) -> None:
    assert _src(text, lang) not in ("In May", "В Курской области")


def test_a_search_agent_is_the_search_s_source_only() -> None:
    text = (
        "Seven deserters fled from a military unit. One of them was detained at once, and three"
        " others are wanted by military police and the FSB. The newspaper covered it."
    )
    events = extract_texts([text], "en", [None], "t")[0]
    by_type = {e["type"]: e["source"] for e in events}
    assert by_type.get("wanted") == "military police and the FSB"
    assert by_type.get("detention") is None
    assert by_type.get("desertion") is None


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Soldiers who had been recruited from prisons fled their positions.", "en", "Soldiers"),
        (
            "Former prisoners who had signed contracts deserted from a storm detachment.",
            "en",
            "Former prisoners",
        ),
        (
            "Бывшие заключённые, подписавшие контракт, сбежали из штурмового отряда.",
            "ru",
            "Бывшие заключённые",
        ),
        ("Группа срочников сбежала из части в Белгородской области.", "ru", "срочников"),
        (
            "Суд приговорил бывшего бойца ЧВК «Вагнер» Олега Белова к шести годам за дезертирство.",
            "ru",
            "бывшего бойца ЧВК «Вагнер»",
        ),
        (
            "Yegor Volkov, a former member of the Strategic Missile Forces, fled to Armenia in May.",
            "en",
            "a former member of the Strategic Missile Forces",
        ),
    ],
)
def test_who_read(text: str, lang: str, want: str) -> None:
    events = extract_texts([text], lang, [None], "t")[0]
    assert events and events[0]["who"] == want


def test_bare_plural_is_not_one_man_s_who() -> None:
    # one man named: a plural elsewhere in the sentence is not his descriptor
    events = extract_texts(
        ["Police said soldiers who fled are sought; one conscript deserted from his unit in May."],
        "en",
        [None],
        "t",
    )[0]
    assert all(e["who"] != "soldiers" for e in events if e.get("count") == 1)
