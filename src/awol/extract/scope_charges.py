"""More readings of :mod:`awol.extract.scope` (kept apart for its size): a charge or a verdict
that is another man's or for another crime (round 55, legal55).

- *another crime named by the charge's own words* (:func:`charge_named_other`): "police charged
  the driver who took them to Moscow with harbouring fugitives", «Беглецов обвиняют в убийстве
  полицейского», «оштрафовали за то, что она прятала сына», "a case into the death of a guard";
- *another man's act* (:func:`other_act`): "a case against the officer who beat the recruits",
  «Водителя, который помог беглецу, оштрафовали»;
- *a past record told as a state* (:func:`past_record_state`): «Оба беглеца раньше были
  осуждены и попали в армию из колонии».

The words are data (``charge_named``, ``charge_object``, ``charge_clause``,
``charge_clause_other``, ``charge_of_service``, ``charged_other_act``, ``past_record_state`` under
``nonevent:`` in ``lang/<lang>/events.yaml``); a language without them keeps every event.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from awol.extract.lexicon import Lexicon, Pattern

_LOOKAHEAD = 60  # characters after a trigger where the charge's words may begin
_CRIME_END = re.compile(r"[,;:.!?()\u2014\u2013]")
_SENTENCE_END = re.compile(r"[;.!?]")
# two offences named side by side ("abuse of office and desertion", «в краже и дезертирстве»)
_JOINED = re.compile(r"(?<![\w-])(?:and|or|as well as|и|или|а также)(?![\w-])|[,;]")


def _has(rules: dict[str, Pattern], key: str, text: str) -> bool:
    p = rules.get(key)
    return p is not None and p.search(text) is not None


def _match(rules: dict[str, Pattern], key: str, text: str) -> re.Match[str] | None:
    p = rules.get(key)
    return None if p is None else p.search(text)


def charge_named_other(text: str, s: int, lex: Lexicon, rules: dict[str, Pattern]) -> bool:
    """ "Беглецов обвиняют в убийстве полицейского", "police charged the driver who took them to
    Moscow with harbouring fugitives": a charge or a verdict whose own words name its offence
    after the one charged (``charge_named`` in ``nonevent:``: the verb of the charge, its object,
    and the word that opens the offence, read from the trigger on; a case opened "into" or "over"
    something) is for another crime where the offence names one of the lexicon's
    ``other_crimes`` or of ``charge_object`` ("into the death of a guard") and no flight.
    «Мать оштрафовали за то, что она прятала сына»: the offence told as a clause after «за то,
    что» / «в том, что» (``charge_clause``) runs to the sentence's end, and is another crime where
    it names one (``other_crimes``, or hiding or helping someone: ``charge_clause_other``) and
    tells no flight (no desertion word, cue lemma or trigger: not «обвиняют в том, что в период
    мобилизации он больше месяца не появлялся на службе», an absence in words no trigger
    reads).  Round 55 (legal55)."""
    pat = rules.get("charge_named")
    if pat is not None:
        at = s
        while (m := pat.search(text, at)) is not None and m.start() <= s + _LOOKAHEAD:
            end = _CRIME_END.search(text, m.end())
            phrase = text[m.end() : end.start() if end else len(text)]
            other = lex.other_crimes.search(phrase) or _match(rules, "charge_object", phrase)
            if other is not None:
                # "harbouring fugitives": the flight's word is the other crime's object (not
                # "abuse of office and desertion": two offences, desertion among them)
                topic = lex.topic.search(phrase)
                if topic is None and not _tells_flight(phrase, lex, rules):
                    return True
                if (
                    topic is not None
                    and other.start() < topic.start()
                    and not _JOINED.search(phrase, other.end(), topic.start())
                ):
                    return True
            at = m.end()
    pat = rules.get("charge_clause")
    if pat is not None:
        m = pat.search(text, s)
        if m is not None and m.start() <= s + _LOOKAHEAD:
            end = _SENTENCE_END.search(text, m.end())
            told = text[m.end() : end.start() if end else len(text)]
            named = lex.other_crimes.search(told) or _has(rules, "charge_clause_other", told)
            return bool(named) and not _tells_flight(told, lex, rules)
    return False


def other_act(text: str, lex: Lexicon, rules: dict[str, Pattern]) -> bool:
    """ "A criminal case was opened against the officer who beat the recruits", «Водителя,
    который помог беглецу, оштрафовали», «В отношении сержанта, избивавшего солдат, возбуждено
    дело»: the one charged or punished is told by another act of his (a relative clause or a
    participle: ``charged_other_act`` in ``nonevent:``, beating, helping, hiding, extorting),
    in a sentence that tells no flight (no desertion trigger): another man's case.  Round 55."""
    if not _has(rules, "charged_other_act", text):
        return False
    from awol.extract.trigger_find import find_triggers as _find_triggers

    return not any(t.type == "desertion" for t, _s, _e in _find_triggers(text, lex))


def past_record_state(
    text: str, s: int, e: int, ce: int, before: str, lex: Lexicon, rules: dict[str, Pattern]
) -> bool:
    """«Оба беглеца раньше были осуждены и попали в армию из колонии»: a conviction told as the
    men's past state (``past_record_state`` right before the trigger: an adverb of the past, with
    or without its auxiliary) with no term and no flight named for it in its clause is their
    record (convicts recruited from a colony), no verdict for desertion; not «ранее он был
    осуждён за самовольное оставление части», «ранее был осуждён на пять лет».  Round 55."""
    if not _has(rules, "past_record_state", before[-40:]):
        return False
    from awol.extract.terms import penalty_months

    return penalty_months(text, s, lex.lang) is None and not _tells_flight(text[e:ce], lex, rules)


def _tells_flight(phrase: str, lex: Lexicon, rules: dict[str, Pattern]) -> bool:
    """Does ``phrase`` name desertion: a topic word, a charge of leaving the service the coders
    code as one (``charge_of_service`` in ``nonevent:``: «в уклонении от исполнения обязанностей
    военной службы»), a desertion cue lemma (any form: "leaving", «отсутствовал»), or words a
    desertion trigger reads?"""
    if lex.topic.search(phrase) or _has(rules, "charge_of_service", phrase):
        return True
    from awol.extract.classifier import _cue_sets
    from awol.extract.tokens import tokens
    from awol.extract.trigger_find import find_triggers as _find_triggers

    desertion = _cue_sets(lex.lang).get("desertion", frozenset())
    if any(t.lemma in desertion or t.text.lower() in desertion for t in tokens(phrase, lex.lang)):
        return True
    return any(t.type == "desertion" for t, _s, _e in _find_triggers(phrase, lex))
