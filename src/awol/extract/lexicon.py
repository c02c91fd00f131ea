"""Load per-language knowledge (``lang/<code>/*.yaml``) once and compile it.

The extraction code is language-neutral; everything it knows about how English or Russian news
states desertion events lives in the YAML files beside this module.  Adding a language is a new
data folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path

import yaml

from awol.extract.fastre import ascii_safe, ascii_twin, compile_fast, skips
from awol.extract.line_guard import line_guarded, top_level_branches
from awol.extract.prefilter import LiteralFilter, literal_filter, lowered
from awol.extract.prefilter_index import WordStartIndex

LANG_DIR = Path(__file__).parent / "lang"


@cache
def lang_file(lang: str, name: str) -> dict:
    """The data of ``lang/<lang>/<name>.yaml`` (empty where there is none), read once."""
    path = LANG_DIR / lang / f"{name}.yaml"
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


FLAGS = re.IGNORECASE | re.UNICODE
# the literals a vocabulary's filter may test (speed51: 8 before)
WIDE_LITERALS = 32


_ESCAPE_OR_TEXT = re.compile(r"(\\.)|([^\\]+)", re.DOTALL)


def lower_pattern(pattern: str) -> str:
    """``pattern`` to match on lower-cased text: its letters lower-cased, its escapes kept ("\\W"
    is not "\\w", "\\S" not "\\s") and its group syntax kept ("(?P<name>")."""
    low = _ESCAPE_OR_TEXT.sub(lambda m: m.group(1) or m.group(2).lower(), pattern)
    return low.replace("(?p<", "(?P<").replace("(?p=", "(?P=")


class Pattern:
    """A case-insensitive pattern that matches on the lower-cased text.

    Python's ``re`` is several times slower with IGNORECASE; lexicon patterns are lower-cased once
    and matched against ``text.lower()``, which keeps every offset (a text whose lower-casing
    changes its length falls back to an IGNORECASE pattern).  Match objects therefore carry
    positions into the original text but lower-case ``group()`` text: use their offsets.
    """

    __slots__ = (
        "_lower", "_icase", "_need", "_branches", "pattern", "cased", "_last", "_ascii",
        "_branches_ascii",
    )  # fmt: skip

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        # a part that keeps its case ("(?-i:[A-Z][a-z]+)", a capitalised word): lower-cased, it
        # would match any word, so such a pattern runs on the text itself (IGNORECASE outside
        # that part); its lower-cased form, the part made case-blind, serves as a filter only
        self.cased = "(?-i" in pattern
        # (escapes keep their case: "\W" is not "\w")
        lowered = lower_pattern(pattern)
        if self.cased:
            lowered = lowered.replace("(?-i:", "(?:")
        self._lower = compile_fast(lowered, re.UNICODE)  # (skips to where a match may start)
        self._icase = re.compile(pattern, FLAGS)
        # words a match cannot lack: most texts are ruled out by a substring test (exact)
        self._need = literal_filter(lowered, WIDE_LITERALS)
        # an alternation ``re`` cannot skip through (one branch opens with ``^\W*``, a class):
        # its branches searched one by one, each skipping ahead (see :func:`_first_branch`)
        self._branches = None if self.cased else _branches(lowered, self._lower)
        # the same, compiled for a lower-cased text of ASCII characters (:func:`ascii_twin`: the
        # same matches, without a look-up in Unicode's tables per character; round 45, speed45)
        self._ascii = None if self.cased else ascii_twin(lowered, re.UNICODE)
        self._branches_ascii = _ascii_branches(self._branches) if self._ascii else None
        # (a pattern, or a branch, that reads the first line up to its words, ``^(?!A)[^\n]*?
        # REST``: REST looked for alone first, where it skips ahead; round 52, doc52)
        self._lower, self._branches = line_guarded(self._lower), _guarded(self._branches)
        if self._ascii is not None:
            self._ascii = line_guarded(self._ascii, True)
            self._branches_ascii = _guarded(self._branches_ascii, True)
        # the last search: (text, pos, endpos, its match), for the same text object searched
        # again at once (the stages of one sentence ask a vocabulary of it in turn)
        self._last: tuple = (None, 0, None, None)

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        low = lowered(text)
        if len(low) == len(text) and not self.cased:
            return self._on(low), low
        return self._icase, text

    def _on(self, low: str) -> re.Pattern[str]:
        """The compiled pattern to search the lower-cased text ``low`` with (its ASCII twin
        where the text allows it: the same matches)."""
        return (
            self._ascii
            if self._ascii is not None and low.isascii() and ascii_safe(low)
            else self._lower
        )

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        # (the most called method of the extraction: ``_pick`` inlined, and a search to the end
        # tests the literals with ``in``; the same text object searched again over the same
        # span is answered by the match found, kept by identity, so never another text's, and
        # replaced at once, as ``lowered`` keeps its text: the stages of one sentence ask a
        # vocabulary of it in turn)
        last = self._last
        if last[0] is text and last[1] == pos and last[2] == endpos:
            return last[3]
        low = lowered(text)
        need = self._need
        if len(low) != len(text):
            m = self._icase.search(text, pos, len(text) if endpos is None else endpos)
        elif self.cased:
            if need is not None and not need.may_match(low, pos, endpos):
                m = None
            else:
                m = self._icase.search(text, pos, len(text) if endpos is None else endpos)
        elif endpos is None:
            if need is not None and not need.may_match(low, pos):
                m = None
            elif self._ascii is not None and low.isascii() and ascii_safe(low):
                if self._branches_ascii is not None:
                    m = _first_branch(self._branches_ascii, low, pos, len(low))
                else:
                    m = self._ascii.search(low, pos)
            elif self._branches is not None:
                m = _first_branch(self._branches, low, pos, len(low))
            else:
                m = self._lower.search(low, pos)
        elif need is not None and not need.may_match(low, pos, endpos):
            m = None
        elif self._ascii is not None and low.isascii() and ascii_safe(low):
            if self._branches_ascii is not None:
                m = _first_branch(self._branches_ascii, low, pos, endpos)
            else:
                m = self._ascii.search(low, pos, endpos)
        elif self._branches is not None:
            m = _first_branch(self._branches, low, pos, endpos)
        else:
            m = self._lower.search(low, pos, endpos)
        self._last = (text, pos, endpos, m)
        return m

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        rx, t = self._pick(text)
        if rx is not self._icase and self._need is not None and not self._need.may_match(t, pos):
            return None
        return rx.match(t, pos)

    def finditer(self, text: str):
        rx, t = self._pick(text)
        if rx is not self._icase and self._need is not None and not self._need.may_match(t):
            return iter(())
        return rx.finditer(t)

    def finditer_passed(self, lowered: str):
        """``finditer`` on the lower-cased text (of the same length as the text) where the caller
        has tested the literals a match needs (:class:`~awol.extract.prefilter_index.WordStartIndex`).
        Not for a pattern with a part that keeps its case (the lexicon refuses such triggers)."""
        if self.cased:
            raise ValueError(
                f"a case-sensitive pattern cannot run on lower-cased text: {self.pattern!r}"
            )
        return self._on(lowered).finditer(lowered)

    def finditer_lowered(self, text: str, lowered: str, pos: int = 0):
        """``finditer`` when the caller has lower-cased ``text`` once for many patterns (from
        ``pos``: look-behinds and word boundaries still see the text before it)."""
        if len(lowered) == len(text) and not self.cased:
            if self._need is not None and not self._need.may_match(lowered, pos):
                return iter(())
            return self._on(lowered).finditer(lowered, pos)
        return self._icase.finditer(text, pos)


_Branch = tuple[re.Pattern[str], LiteralFilter | None]
# (each branch searched costs a call, most of them a substring test that rules it out; round 43
# (speed43): 12 left the two longest alternations of ``nonevent:`` whole, 13 and 14 branches
# with ``^(?!...)`` heads tried at every character: a fifth of English pattern time)
_MAX_BRANCHES = 64


def _branches(lowered: str, combined: re.Pattern[str]) -> tuple[_Branch, ...] | None:
    """The top-level branches of ``lowered`` (each compiled to skip ahead, with the literals it
    needs), where the whole alternation cannot skip ahead, has no group (a match of a branch is
    then a match of the whole: its span is all a caller reads) and at least one branch can."""
    if combined.groups or skips(lowered, re.UNICODE):
        return None
    parts = top_level_branches(lowered)
    if not 2 <= len(parts) <= _MAX_BRANCHES:  # (each branch searched costs a call)
        return None
    out = []
    for part in parts:
        try:
            rx = compile_fast(part, re.UNICODE)
        except re.error:
            return None
        if rx.groups or rx.flags != combined.flags:  # (an inline flag of one part: not split)
            return None
        out.append((rx, literal_filter(part)))
    if not any(skips(part, re.UNICODE) for part in parts):
        return None
    return tuple(out)


def _first_branch(
    branches: tuple[_Branch, ...], low: str, pos: int, endpos: int
) -> re.Match[str] | None:
    """The match the whole alternation finds: the leftmost start of any branch, and there the
    first branch in order that matches (``re`` tries the branches in order at each position)."""
    best = None
    for rx, need in branches:
        if need is not None and not need.may_match(low, pos, endpos):
            continue
        m = rx.search(low, pos, endpos)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
            if m.start() == pos:  # (no branch starts earlier; an earlier one had priority)
                break
    return best


def _guarded(branches: tuple[_Branch, ...] | None, ascii: bool = False):
    """``branches`` each :func:`~awol.extract.line_guard.line_guarded` where it can be."""
    if branches is None:
        return None
    return tuple((line_guarded(rx, ascii), need) for rx, need in branches)


def _ascii_branches(branches: tuple[_Branch, ...] | None) -> tuple[_Branch, ...] | None:
    """``branches`` each compiled for an ASCII text (:func:`ascii_twin`), None unless all can."""
    if branches is None:
        return None
    twins = [ascii_twin(rx.pattern, re.UNICODE) for rx, _need in branches]
    if any(t is None for t in twins):
        return None
    return tuple((t, need) for t, (_rx, need) in zip(twins, branches, strict=True))


_UPPER_ESCAPE = re.compile(r"\\[A-Z]")


@lru_cache(maxsize=512)
def icase(pattern: str) -> Pattern | re.Pattern[str]:
    """``pattern`` matched case-insensitively, for callers that read only whether and where it
    matches, not the matched text: a :class:`Pattern` (run on the lower-cased text, with its
    prefilter) where lower-casing the pattern keeps its meaning, else the IGNORECASE regex (a
    case-sensitive part ``(?-i:...)`` or an upper-case escape such as ``\\S`` would change)."""
    if "(?-i" in pattern or _UPPER_ESCAPE.search(pattern):
        return re.compile(pattern, FLAGS)
    try:
        return Pattern(pattern)
    except re.error:  # a pattern whose lower-cased form does not compile
        return re.compile(pattern, FLAGS)


@dataclass(frozen=True)
class Trigger:
    type: str
    pattern: Pattern
    weight: float
    context: str  # "none" | "story"
    place: bool = (
        True  # False: the words name no place of their own ("failed to return from leave")
    )
    shares_count: bool = False  # True: done by the people of another event of the sentence
    lemma: bool = False  # True: found on a word's lemma (LemmaRule), not by a pattern
    # True: a step after a happening of its type told before ("handed over to the military
    # commandant's office" after a detention): it joins that happening, adds no place and is not
    # its evidence; it makes an event only where none was told (merging.Drafts.merge_steps)
    step: bool = False
    # True: a clause whose verb is left out ("..., and Private Ilya Bortnikov in July",
    # «..., рядового Рябова — в июле»), given the type of the trigger before it
    # (trigger_find.elided): its people are the clause's own
    elided: bool = False
    # True: kept only after the head its language's ``participle_head`` names (one man or a
    # counted group, then a comma: «двух мобилизованных, не вернувшихся в часть»), a participle
    # of flight of concrete people (trigger_find.find_triggers; round 32, type32)
    head: bool = False
    # True: evidence that puts its article on the topic by itself (document._read's gate), though
    # it needs the story or the classifier to make an event: a flight told by its frame, a verb
    # of leaving and a military place, in a report that never names desertion (round 44, gate44)
    gate: bool = False


# each trigger's ``elided`` copy, made once (by id, with the trigger kept alive beside it), so a
# clause with its verb left out is found with the same object wherever it is read: the workers
# that read a long text's sentences ahead send triggers by their place in a list the reader made
# before they started (verdicts._triggers), not the objects
_ELIDED: dict[int, tuple[Trigger, Trigger]] = {}


def elided_copy(trigger: Trigger) -> Trigger:
    """``trigger`` as found for a clause whose verb is left out (``elided``), the same object
    each time."""
    got = _ELIDED.get(id(trigger))
    if got is None or got[0] is not trigger:
        got = (trigger, replace(trigger, elided=True))
        _ELIDED[id(trigger)] = got
    return got[1]


@dataclass(frozen=True)
class LemmaRule:
    """A trigger stated by a word's lemma, so one entry covers every form of it: tenses,
    infinitive, participles, gerund, and the verbal noun where listed ("escape", "escaping",
    "managed to escape"; "задержало", "о задержании", "поимка").

    ``then``: one of these lemmas must follow within ``span`` words ("stand ... trial",
    "возбуждение уголовного дела"); ``not_prev`` / ``not_next``: the word just before / after
    must not be one of these ("уголовный розыск" is a police department, "detention centre" a
    building)."""

    trigger: Trigger
    then: frozenset[str] = frozenset()
    span: int = 3
    not_prev: frozenset[str] = frozenset()
    not_next: frozenset[str] = frozenset()


@dataclass
class Lexicon:
    lang: str
    topic: Pattern
    people: Pattern
    reporting_verbs: Pattern
    triggers: list[Trigger]
    any_trigger: Pattern  # all trigger patterns in one: most sentences have none
    other_crimes: Pattern
    block_before: Pattern
    block_negation: Pattern
    block_clause: Pattern
    armed_true: Pattern
    armed_false: Pattern
    additive: Pattern
    figure_cues: Pattern
    figure_nouns: Pattern
    # abbreviations whose period ends no sentence; "#oct": one whose period ends none before a number
    abbreviations: frozenset[str]
    attribution: list[re.Pattern[str]]
    attribution_anaphora: re.Pattern[str]
    media_nouns: str
    attribution_reject: re.Pattern[str]
    extra: dict = field(default_factory=dict)
    # lemma -> the rules it starts (``lemma_triggers`` of events.yaml)
    lemma_rules: dict[str, list[LemmaRule]] = field(default_factory=dict)
    # which trigger patterns may match a sentence, from its words' first letters (None: any)
    trigger_index: WordStartIndex | None = None
    # the outlet people told or that investigated: an event's source, not a statistic's
    attribution_told: list[re.Pattern[str]] = field(default_factory=list)
    # an unnamed informant ("sources in the ministry", "источники", "правоохранительные органы"):
    # the outlet that relays it is the source, where the sentence names one
    attribution_anonymous: re.Pattern[str] = field(default_factory=lambda: re.compile("(?!)"))
    # the verb from an unnamed informant on to the outlet it told ("sources ... told Verstka"):
    # :func:`awol.extract.attribution._told_chain`; none where the language has no such entry
    attribution_told_verb: re.Pattern[str] = field(default_factory=lambda: re.compile("(?!)"))
    # what joins the outlet to the informant it relays ("X, citing Y", "X со ссылкой на Y")
    attribution_relay: re.Pattern[str] = field(default_factory=lambda: re.compile("(?!)"))
    # a document named alone ("решение", "приговор"): no one where an outlet relays it ("пишет
    # «Медиазона» со ссылкой на решение" -> the outlet), the source where nothing relays it
    # ("Согласно приговору, ...")
    attribution_document: re.Pattern[str] = field(default_factory=lambda: re.compile("(?!)"))

    def has_trigger(self, text: str) -> bool:
        """Does any trigger pattern match ``text``?  (``any_trigger.search(text)`` as a truth
        value.)  ``re`` tries the alternation of all the triggers at every character of a text
        (~5 us a character in English); here only the patterns the trigger index leaves for the
        text's words (:class:`~awol.extract.prefilter_index.WordStartIndex`, a necessary condition)
        are searched, each skipping ahead: the same answer."""
        low = lowered(text)
        index = self.trigger_index
        if index is None or len(low) != len(text):
            return self.any_trigger.search(text) is not None
        triggers = self.triggers
        return any(
            triggers[i].pattern._lower.search(low) is not None for i in index.candidates(low)
        )


def _abbreviations(tx: dict) -> frozenset[str]:
    """``text.yaml``'s abbreviations, lower-cased; those that hold a sentence only before a
    number (``abbreviations_before_number``: months) marked "#"."""
    plain = str(tx.get("abbreviations", "")).split()
    before_number = str(tx.get("abbreviations_before_number", "")).split()
    return frozenset([a.lower() for a in plain] + ["#" + a.lower() for a in before_number])


def _any(patterns: list[str] | str) -> Pattern:
    if isinstance(patterns, str):
        patterns = [patterns]
    return Pattern("|".join(f"(?:{p})" for p in patterns))


@cache
def available_languages() -> tuple[str, ...]:
    """Languages with a knowledge folder (``lang/<code>/events.yaml``), read once."""
    return tuple(sorted(p.name for p in LANG_DIR.iterdir() if (p / "events.yaml").exists()))


@cache
def get_lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of one language (loaded once per process)."""
    folder = LANG_DIR / lang
    ev = yaml.safe_load((folder / "events.yaml").read_text(encoding="utf-8"))
    _merge_general(ev)
    # the vocabulary of aggregate figures (figure_cues, figure_nouns, figure_*) has its own file
    fig_path = folder / "figures.yaml"
    if fig_path.exists():
        ev.update(yaml.safe_load(fig_path.read_text(encoding="utf-8")) or {})
    tx = yaml.safe_load((folder / "text.yaml").read_text(encoding="utf-8"))
    triggers = [
        Trigger(
            etype,
            Pattern(t["pattern"]),
            float(t["weight"]),
            t["context"],
            bool(t.get("place", True)),
            bool(t.get("shares_count", False)),
            step=bool(t.get("step", False)),
            head=bool(t.get("head", False)),
            gate=bool(t.get("gate", False)),
        )
        for etype, items in ev["triggers"].items()
        for t in items
    ]
    cased = [t.pattern.pattern for t in triggers if t.pattern.cased]
    if cased:  # (triggers run on the lower-cased sentence: see Pattern.finditer_passed)
        raise ValueError(f"{folder}: a trigger pattern cannot keep its case: {cased[0]!r}")
    att = tx["attribution"]
    return Lexicon(
        lang=lang,
        topic=_any(ev["topic"]),
        people=_any(ev["people"]),
        reporting_verbs=_any(ev["reporting_verbs"]),
        triggers=triggers,
        any_trigger=_any([t.pattern.pattern for t in triggers]),
        other_crimes=_any(ev["other_crimes"]),
        block_before=_any(ev["block"]["before"]),
        block_negation=_any(ev["block"].get("negation") or ev["block"]["before"]),
        block_clause=_any(ev["block"]["clause"]),
        armed_true=_any(ev["armed"][True] if True in ev["armed"] else ev["armed"]["true"]),
        armed_false=_any(ev["armed"][False] if False in ev["armed"] else ev["armed"]["false"]),
        additive=_any(ev["additive"]),
        figure_cues=_any(ev["figure_cues"]),
        figure_nouns=_any(ev["figure_nouns"]),
        abbreviations=_abbreviations(tx),
        attribution=[re.compile(p, re.UNICODE) for p in att["patterns"]],
        attribution_anaphora=re.compile(att["anaphora"], FLAGS),
        media_nouns=att["media_nouns"],
        attribution_reject=re.compile(att["reject"], FLAGS),
        extra={k: v for k, v in ev.items() if k not in _KNOWN},
        lemma_rules=_lemma_rules(ev.get("lemma_triggers") or {}),
        trigger_index=WordStartIndex(
            [t.pattern._lower.pattern for t in triggers], [t.pattern._need for t in triggers]
        ),
        attribution_told=[re.compile(p, re.UNICODE) for p in att.get("told") or ()],
        attribution_anonymous=re.compile(att.get("anonymous") or "(?!)", FLAGS),
        attribution_told_verb=re.compile(att.get("told_verb") or "(?!)", FLAGS),
        attribution_relay=re.compile(att.get("relay") or "(?!)", FLAGS),
        attribution_document=re.compile(att.get("document") or "(?!)", FLAGS),
    )


def _merge_general(ev: dict) -> None:
    """The words of ``general:`` in events.yaml (written from knowledge of the language, not from a
    corpus sentence) join the ``triggers``, ``lemma_triggers`` and ``cues`` of their type;
    ``general`` itself stays in ``extra``: held-out words (:mod:`awol.evaluate.unseen`) never hide
    them."""
    gen = ev.get("general") or {}
    for key in ("triggers", "lemma_triggers", "cues"):
        for etype, items in (gen.get(key) or {}).items():
            ev.setdefault(key, {}).setdefault(etype, []).extend(items or [])


_NEVER = Pattern("(?!)")  # a lemma trigger is found on the words, not by a pattern


def _lemma_rules(spec: dict) -> dict[str, list[LemmaRule]]:
    def words(x) -> frozenset[str]:
        return frozenset(str(w).lower() for w in (x or []))

    out: dict[str, list[LemmaRule]] = {}
    for etype, items in spec.items():
        for t in items:
            trig = Trigger(
                etype,
                _NEVER,
                float(t["weight"]),
                t["context"],
                bool(t.get("place", True)),
                bool(t.get("shares_count", False)),
                lemma=True,
                step=bool(t.get("step", False)),
                gate=bool(t.get("gate", False)),
            )
            rule = LemmaRule(
                trig,
                words(t.get("then")),
                int(t.get("span", 3)),
                words(t.get("not_prev")),
                words(t.get("not_next")),
            )
            for lemma in words(t["lemmas"]):
                out.setdefault(lemma, []).append(rule)
    return out


_KNOWN = {
    "topic", "people", "reporting_verbs", "triggers", "other_crimes", "block", "armed",
    "additive", "figure_cues", "figure_nouns", "lemma_triggers",
}  # fmt: skip
