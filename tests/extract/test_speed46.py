"""Round 46 (speed46): the proposals' gates read quicker, with the same answers.

:class:`~awol.extract.proposals.Needs` asks a rule's ``^(?=.*?\\b(?:stems))(?=.*?(?:needs))``
(case-blind, dot-all) as two prefiltered searches, and :class:`~awol.extract.proposals.Head`
asks the language's gate ``\\b(?:stems)`` (case-blind) of an ASCII text on its lower-cased form;
:func:`~awol.extract.fastre.ascii_safe` keeps its answer for the last two texts.  Each must
answer as the pattern it stands for on any text: upper case, the letters ``re`` folds into an
ASCII one (the long s, the Kelvin sign), Cyrillic, the separators ASCII's ``\\s`` lacks.
"""

from __future__ import annotations

import re

import pytest

from awol.extract import fastre
from awol.extract.proposals import Head, Needs, propose, rules

_TEXTS = [
    "",
    "He went home and did not come back to his unit.",
    "HE WENT HOME AND DID NOT COME BACK.",
    "He Went Home And Never Came Back",
    "The soldier didn’t go back to the base.",
    "The soldier didn't go back.",
    "She crossed the border into Norway at night.",
    "Border guards saw him crossing the frontier.",
    "A ſoldier crossed into Latvia.",  # (the long s: "s" to a case-blind pattern)
    "\u212aept in custody for two months.",  # (the Kelvin sign: "k" to a case-blind pattern)
    "The escaped man was held\x1cin custody.",
    "The recrossing was blocked.",  # (a stem inside a word: no word starts with it)
    "Его задержали на границе с Финляндией.",
    "Суд назначил ему наказание: два года колонии.",
    "Дело возбудили, а его держали под стражей.",
    "Photos and a description were sent to every checkpoint.",
    "They never returned; he REFUSED to rejoin.",
    "no\nnewline returned? not at all",
]


def _combined(stems: list[str], more: str | None) -> re.Pattern[str]:
    """The rule's gate as it was compiled before round 46."""
    head = rf"(?=.*?\b(?:{'|'.join(map(re.escape, stems))}))"
    tail = rf"(?=.*?(?:{more}))" if more else ""
    return re.compile(rf"^{head}{tail}", re.I | re.S)


_RULES = [
    (["go", "went", "came", "come"], r"\b(?:not|never|instead|rather|refus\w*)\b|n['’]t\b"),
    (["cross", "fled", "flee"], r"\b(?:border|frontier|Norway|Latvia)\b"),
    (["kept", "keep", "held", "hold"], None),
    (["photo", "description"], None),
    (["return", "rejoin"], r"\b(?:not|never)\b|n['’]t\b"),
    (["назнач"], r"суд"),
    (["дел"], None),
    (["soldier"], r"lat"),
]


@pytest.mark.parametrize(("stems", "more"), _RULES)
def test_needs_answers_as_the_combined_pattern(stems, more):
    needs = Needs(stems, more)
    combined = _combined(stems, more)
    for text in _TEXTS:
        assert needs.search(text) == (combined.search(text) is not None), text


@pytest.mark.parametrize(
    "stems",
    [
        ["went", "cross", "photo", "kept", "escap", "defect"],
        ["назнач", "дел"],
        ["go", "дел", "soldier"],
        ["ſtay"],  # (a stem whose letter folds into an ASCII one: no ASCII shortcut)
    ],
)
def test_head_answers_as_the_case_blind_pattern(stems):
    head = Head(stems)
    icase = re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + ")", re.I)
    for text in _TEXTS + ["STAY here", "stay", "Went", "ДЕЛО"]:
        assert head.search(text) == (icase.search(text) is not None), (stems, text)


def test_head_reads_an_ascii_text_lower_cased():
    # the shortcut is there for English stems, and not where a stem folds into ASCII letters
    assert Head(["went", "cross"]).ascii not in (None, False)
    assert Head(["назнач"]).ascii is False  # (no Russian stem is in an ASCII text)
    assert Head(["ſtay"]).ascii is None


def test_the_language_rules_use_the_split_gates():
    for lang in ("en", "ru"):
        found, head = rules(lang)
        assert isinstance(head, Head)
        assert found and all(isinstance(r.needs, Needs) for r in found)


def test_propose_reads_the_gates_as_before():
    # (a question proposes nothing, however its words fit)
    assert propose("Did he go home and not come back?", "en", set(), True) == []
    # (a sentence without any head word proposes nothing)
    assert propose("The weather was fine.", "en", set(), True) == []


def test_ascii_safe_keeps_two_texts():
    a = "plain words"
    b = "word\x1dword"
    c = "слово"
    for _ in range(3):
        assert fastre.ascii_safe(a) is True
        assert fastre.ascii_safe(b) is False
        assert fastre.ascii_safe(c) is False
    # the sentence and its lower-cased form asked in turn are both kept
    fastre.ascii_safe(a)
    fastre.ascii_safe(b)
    assert fastre._LAST_SAFE[0] is b and fastre._PREV_SAFE[0] is a
    assert fastre.ascii_safe(a) is True and fastre._LAST_SAFE[0] is b


@pytest.mark.parametrize("sep", ["\x1c", "\x1d", "\x1e", "\x1f"])
def test_ascii_safe_refuses_each_separator(sep):
    text = f"one{sep}two"
    assert fastre.ascii_safe(text) is False
    assert fastre.ascii_safe(text.upper()) is False
