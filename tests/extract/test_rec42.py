"""Round 42 (rec42): event recall on wording the lexicon was not fitted to (invented text).

- A verb of leaving in any form with a military place a few words after it (a lemma rule of
  ``general:``): "abandoned his battery's firing positions".
- A search told by its means: an area combed in any form of the verb ("combed the hills"), a
  photograph or a bulletin sent round, in the passive ("his photograph has been distributed").
"""

from __future__ import annotations

from awol.extract.lexicon import get_lexicon
from awol.extract.trigger_find import find_triggers
from awol.model import Document
from awol.pipeline import Pipeline


def _events(text: str, lang: str = "en", published: str = "2026-05-20") -> list[dict]:
    doc = Document(
        origin="rec42",
        content=text.encode("utf-8"),
        id="rec42",
        published=published,
        language=lang,
        media_type="text",
    )
    (out,) = Pipeline().process([doc])
    return [e.to_dict() for e in out.events]


def _evidence(events: list[dict], etype: str) -> list[str]:
    return [e["evidence"]["text"] for e in events if e["type"] == etype]


def test_a_verb_of_leaving_with_a_military_place_words_after_it_is_a_flight() -> None:
    events = _events(
        "Search for runaway gunner\n\n"
        "A 25-year-old gunner who abandoned his battery's firing positions near Vasylivka last "
        "week is being sought, the regional police said.\n\n"
        "No one has seen him since."
    )
    assert any("firing positions" in e for e in _evidence(events, "desertion"))
    assert _evidence(events, "wanted")


def test_the_russian_rule_reads_a_participle_of_leaving_with_its_place() -> None:
    lex = get_lexicon("ru")
    for text in (
        "Рядовой, убежавший ночью из казармы полка, задержан в Курске.",
        "Матрос, самовольно уходивший с корабля, найден у родственников.",
    ):
        assert any(t.type == "desertion" for t, _a, _b in find_triggers(text, lex)), text


def test_hills_combed_for_runaways_are_a_search() -> None:
    events = _events(
        "Two soldiers missing in Murmansk region\n\n"
        "Two conscripts deserted from a border post near Kandalaksha on Saturday, the regional "
        "police said.\n\n"
        "Rescuers and police combed the hills and lakes north of the town on Sunday."
    )
    assert any("combed the hills" in e for e in _evidence(events, "wanted"))


def test_a_photograph_sent_round_in_the_passive_is_a_search() -> None:
    events = _events(
        "Sailor missing from Baltiysk\n\n"
        "A sailor of the Baltic Fleet deserted his ship in Baltiysk last week, the fleet's press "
        "office said.\n\n"
        "His photograph has been distributed to railway stations and bus terminals."
    )
    assert any("photograph has been distributed" in e for e in _evidence(events, "wanted"))
