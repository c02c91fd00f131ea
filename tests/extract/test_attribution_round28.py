"""Round 28 (source28): event sources read where the blind probes
(tests/extract/probes/fields/en-attribution-source28.yaml) and the invented articles found
garbage or nothing: a time after the verb of saying ("..., police said at the time"), the
outlet's descriptors inside "the report by the ... outlet X", an adverb after a passive's
auxiliary ("The news was first reported by X"), a title and full name between commas, a passive
agent of more bodies, Russian "сообщали ранее в X" and the topic "о ..." after a name in
guillemets.  Invented sentences (outlets of invented names): each checks one mechanism, and
fails without it."""

from __future__ import annotations

import pytest

from awol.extract.attribution import Anaphora, own_source
from awol.extract.lexicon import get_lexicon


def _source(sentence: str, lang: str = "en") -> str | None:
    src = own_source(sentence, get_lexicon(lang))
    return src.text if src is not None and not isinstance(src, Anaphora) else None


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # a time after the verb of saying, the after-the-event pattern
        ("en", "In May, a deserter was detained in a forest, state media reported at the time.",
         "state media"),
        ("en", "Two soldiers who fled were detained in March, police said at the time.", "police"),
        ("en", "A conscript fled his post, the regional governor said during a briefing.",
         "regional governor"),
        # "confirmed to X": the subject confirms, the outlet it told is not the source
        ("en", "Two soldiers fled the base, the regional police confirmed to Northwind on Monday.",
         "regional police"),
        # the outlet's descriptors between "report by" and its name
        ("en", "Nobody could confirm the report by the Latvian outlet Baltic Wire that six men "
               "deserted.", "Baltic Wire"),
        # an adverb after the passive's auxiliary: the subject is what was said, "by X" is who
        ("en", "The news was first reported by the Telegram channel Kestrel, which said a soldier "
               "had deserted.", "Kestrel"),
        # a title, the full name between commas, the verb
        ("en", "The governor of the Tver region, Pavel Orlov, said two soldiers had been "
               "detained.", "governor of the Tver region, Pavel Orlov"),
        ("en", "The soldier, Ivan, said he fled.", None),
        # the passive's agent: a commissariat, a court
        ("en", "The detention of the deserter was confirmed by the military commissariat of "
               "the Kirov region.", "military commissariat of the Kirov"),
        # Russian: the imperfective plural and an adverb before the body
        ("ru", "Суд рассмотрел более 300 дел о самовольном оставлении части, сообщали ранее в "
               "пресс-службе суда.", "пресс-службе суда"),
        # the topic after a name in guillemets is no source; the name is
        ("ru", "«Северный ветер» рассказали о задержании дезертира в Омске.", "Северный ветер"),
        ("ru", "Как сообщалось ранее, дезертира задержали.", None),
    ],
)  # fmt: skip
def test_own_source(lang: str, sentence: str, expected: str | None) -> None:
    assert _source(sentence, lang) == expected


def _events_sources(text: str) -> list[tuple[str, str | None]]:
    from tests.extract.helpers import events

    return [(e.type, e.source) for e in events(text, "en", "2025-09-17")]


def test_an_anaphora_of_a_kind_of_body_refers_back_only_to_its_kind() -> None:
    # nothing named before: "the ministry" as written (was None)
    assert _events_sources(
        "Two contract soldiers went missing from their unit near Dzhankoi, the ministry said."
    ) == [("desertion", "ministry")]
    # an outlet named before is not "the court": the court as written (was the outlet)
    text = (
        "Northwind wrote about the case on Monday. According to the court, the private left "
        "his unit in October and was picked up by police two months later."
    )
    assert {s for _t, s in _events_sources(text)} == {"court"}
    # a body of its kind named before: the name
    text = (
        "The Ministry of Defence of Latvia said on Monday that it was looking into the case. "
        "Two soldiers went missing "
        "from their unit, the ministry said."
    )
    got = _events_sources(text)
    assert got and all(s is not None and "Ministry" in s for _t, s in got)
    # an outlet's anaphora still refers back to the outlet
    text = "Northwind reported on the case. Two soldiers went missing from their unit, the outlet said."
    assert _events_sources(text) == [("desertion", "Northwind")]


def test_the_anaphora_as_written_is_not_carried() -> None:
    text = (
        "According to the court, the private left his unit in October. Another court in the "
        "region sentenced a sailor to five years in a penal colony."
    )
    got = dict(_events_sources(text))
    assert got.get("desertion") == "court" and got.get("sentence") is None


@pytest.mark.parametrize(
    ("lang", "source", "expected"),
    [
        ("ru", "Супруга задержанного", True),
        ("ru", "один из них", True),
        ("ru", "двое из них и родственники ещё троих", True),
        ("ru", "Северный ветер", False),
        ("en", "relative of one of the men", True),
        ("en", "one of the soldiers", True),
        ("en", "Friends of the Earth", False),
        ("en", "Northwind", False),
    ],
)
def test_a_person_by_the_words_of_the_source(lang: str, source: str, expected: bool) -> None:
    # a person (a spouse, a relative of someone, some of the men told of) speaks for their own
    # sentence only: not carried to the article's other events
    from awol.extract.attribution_story import a_person_source

    assert a_person_source(source, lang, "") is expected


def test_a_spouse_is_not_carried_to_another_sentence() -> None:
    from tests.extract.helpers import events

    text = (
        "Супруга задержанного рассказала, что он вернулся домой в мае. "
        "В сентябре в Бийске полиция задержала другого контрактника, который сбежал из части."
    )
    got = [e.source for e in events(text, "ru", "2025-09-17") if e.type == "detention"]
    assert got and got[-1] is None


def test_a_russian_pronoun_speaker_is_the_one_named_before() -> None:
    from tests.extract.helpers import events

    text = (
        "Telegram-канал «Северный ветер» сообщил о побеге. По их данным, срочники покинули "
        "часть в ночь на воскресенье."
    )
    got = [e.source for e in events(text, "ru", "2025-09-17") if e.type == "desertion"]
    assert got == ["Северный ветер"]
    # with no one named before, no source
    alone = "По их данным, срочники покинули часть в ночь на воскресенье."
    assert [e.source for e in events(alone, "ru", "2025-09-17")] == [None]
