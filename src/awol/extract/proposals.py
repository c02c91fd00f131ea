"""Event proposals the sentence model does not read (round 44, prop44).

A happening told with words no trigger lists is never proposed: the patterns and lemma rules of
``lang/*/events.yaml`` list the words the corpora taught, and the sentence model recovers a type
only where its probability is high, which it seldom is for words it never saw.  These rules
(``lang/<code>/proposals.yaml``) propose an event by the lemma of its head word and the lemmas of
its clause ("sent his photo to every checkpoint": a search; "will spend two months in custody": a
detention; "the case over his absence is being heard": a prosecution).  They are read after the
classifier, only in a desertion story and only where no trigger of their type matched, so the
classifier's features (built from events.yaml alone) do not change.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from awol.extract.fastre import _no_ascii_case, ascii_twin, compile_fast
from awol.extract.lexicon import Pattern, Trigger, lang_file
from awol.extract.prefilter import filtered, lowered
from awol.extract.tokens import Token, word_lemmas

# a sentence within this many sentences of one that names desertion reads its proposals, as one
# in a story does (a story's first sentences tell its happening before the word "deserter")
NEAR = 3


def near_topic(topic: list[bool], i: int) -> bool:
    """Whether sentence ``i`` is within :data:`NEAR` sentences of one that names desertion, or
    in the article's lead: before the first sentence that names it (round 48, recall48: a
    report tells its happening first and names it later, "the men were being kept against their
    will in a tent camp" four sentences before "criminal cases ... for leaving their units").
    The headline (sentence 0) is not read so: it says what a story is about, often of a group in
    the present ("soldiers who refuse to go back are being flown to the front"), and its
    proposal took the body's man's name off his events (lead's review)."""
    if any(topic[max(i - NEAR, 0) : i + NEAR + 1]):
        return True
    return i > 0 and not any(topic[:i]) and any(topic[i:])


@dataclass(frozen=True)
class Proposal:
    """One rule: the head lemmas, the lemma lists of which one each must stand near the head."""

    type: str
    lemmas: frozenset[str]
    with_: tuple[frozenset[str], ...]
    not_with: frozenset[str]
    not_prev: frozenset[str]
    span: int
    trigger: Trigger
    not_span: int = 0  # how far ``not_with`` is looked for (0: as far as ``span``)
    # the index of the ``with_`` list whose word, where it stands before the head, begins the
    # telling (its negation: "did not go back", "never went back"; -1: the head begins it)
    starts: int = -1
    # the words the sentence must hold for the rule to be read (before its words' lemmas are
    # read, which costs: "did not go back" needs a negation, a crossing a country), with the
    # head's stems (:class:`Needs`); None: any sentence (where the language's gate of head
    # stems matched)
    needs: Needs | None = None
    # the telling begins at the auxiliary right before the head ("are now wanted by", "is being
    # sought"), so the gates do not read a bare present ("are" + the head) as a habit (round 46)
    aux: bool = False


class Needs:
    """Whether a sentence holds one of a rule's head stems (a word starting with one) and, where
    the rule gives ``needs``, matches that pattern, both case-blind: what
    ``^(?=.*?\b(?:stems))(?=.*?(?:needs))`` (IGNORECASE, DOTALL) tells, asked as two searches
    (a look-ahead after ``^`` and ``.*?`` tries its body at every position of the text, as a
    search does), each ruled out first by the literals it needs and run on an ASCII text by its
    ASCII twin (:func:`awol.extract.prefilter.filtered`: the same matches; round 46, speed46:
    the combined pattern read every sentence with a head word 8 times, case-blind, at each
    character)."""

    __slots__ = ("stems", "more")

    def __init__(self, stems: list[str], more: str | None) -> None:
        flags = re.I | re.S
        self.stems = filtered(re.compile(rf"\b(?:{'|'.join(map(re.escape, stems))})", flags))
        self.more = None if more is None else filtered(re.compile(f"(?:{more})", flags))

    def search(self, text: str) -> bool:
        return self.stems.search(text) is not None and (
            self.more is None or self.more.search(text) is not None
        )


class Head:
    """The gate of a language's rules: does the text hold a word that starts with one of their
    head stems, case-blind (``\b(?:stems)``, IGNORECASE)?  On an ASCII text the stems are looked
    for in the lower-cased text, case-sensitively, by the ASCII twin (an ASCII letter matches a
    stem's letter case-blind exactly where its lower case is that letter; a stem beyond ASCII
    matches no ASCII text unless one of its letters has an ASCII case: then no twin); ``re``
    then skips to the stems' first letters and tries them as a tree of letters
    (:func:`awol.extract.fastre.compile_fast`), not 60 alternatives at each character."""

    __slots__ = ("icase", "ascii")

    def __init__(self, stems: list[str]) -> None:
        self.icase = re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + ")", re.I)
        others = [s for s in stems if not s.isascii()]
        plain = sorted({s.lower() for s in stems if s.isascii()})
        self.ascii: re.Pattern[str] | None | bool = None
        if all(_no_ascii_case(ord(c)) for s in others for c in s if ord(c) > 127):
            if not plain:
                self.ascii = False  # (no stem can match an ASCII text)
            else:
                low = r"\b(?:" + "|".join(map(re.escape, plain)) + ")"
                self.ascii = ascii_twin(low, 0) or compile_fast(low, re.ASCII)

    def search(self, text: str) -> bool:
        fast = self.ascii
        if fast is not None and text.isascii():
            return fast is not False and fast.search(lowered(text)) is not None
        return self.icase.search(text) is not None


@functools.cache
def rules(lang: str) -> tuple[tuple[Proposal, ...], Head | None]:
    """The language's rules and a pattern of their head words' stems (a sentence without one is
    not read further)."""
    data = lang_file(lang, "proposals").get("proposals") or []
    out = []
    for r in data:
        trig = Trigger(
            r["type"],
            Pattern(r"\b\w+"),
            float(r.get("weight", 0.7)),
            "none" if r.get("alone") else "story",
            step=bool(r.get("step")),
        )
        out.append(
            Proposal(
                r["type"],
                frozenset(r["lemmas"]),
                tuple(frozenset(w) for w in r.get("with") or ()),
                frozenset(r.get("not_with") or ()),
                frozenset(r.get("not_prev") or ()),
                int(r.get("span", 6)),
                trig,
                int(r.get("not_span", 0)),
                int(r.get("starts", -1)),
                _needs(r),
                bool(r.get("aux")),
            )
        )
    stems = sorted({x for r in data for x in _stems(r["lemmas"], r.get("forms"))})
    _IDS.update(id(p.trigger) for p in out)
    return tuple(out), Head(stems) if stems else None


# a contracted negation ("didn't", "won't", "hadn’t") reads as "not" beside its verb's lemma
_NOT = re.compile(r"n[\'’]t$", re.I)


def _lemmas(toks: list[Token]) -> set[str]:
    out = {t.lemma for t in toks}
    if any(_NOT.search(t.text) for t in toks):
        out.add("not")
    return out


def _stems(lemmas, forms) -> list[str]:
    return sorted({lem if len(lem) <= 4 else lem.rstrip("e") for lem in lemmas} | set(forms or ()))


def _needs(r: dict) -> Needs:
    """What a sentence must hold for rule ``r`` to be read: one of its head's stems and, where it
    gives ``needs``, a match of that pattern too."""
    return Needs(_stems(r["lemmas"], r.get("forms")), r.get("needs") or None)


def _fits(rule: Proposal, toks: list[Token], i: int) -> bool:
    near = _lemmas(toks[max(i - rule.span, 0) : i])
    near |= _lemmas(toks[i + 1 : i + rule.span + 1])
    if i > 0 and toks[i - 1].lemma in rule.not_prev:
        return False
    far = rule.not_span or rule.span
    if far != rule.span:
        wide = _lemmas(toks[max(i - far, 0) : i]) | _lemmas(toks[i + 1 : i + far + 1])
    else:
        wide = near
    if wide & rule.not_with:
        return False
    return all(near & w for w in rule.with_)


# a question tells no happening ("What happens to a soldier who goes home and does not come
# back?"): its words propose nothing
_QUESTION = re.compile(r"\?[\s\"'’”»)]*$")


# the auxiliaries a telling begins at (``aux``), and the words between it and the head
_AUX = frozenset({"be", "remain", "have"})
_AUX_BETWEEN = frozenset(
    {"now", "still", "also", "currently", "officially", "formally", "be", "being"}
)


def _start(rule: Proposal, toks: list[Token], i: int) -> int:
    """Where the telling of a fitting head ``toks[i]`` begins: at the first word of its
    ``starts`` list before it (a negation a pattern would begin with, so that the gates do not
    read it as negating the happening), else at the head."""
    if rule.aux:
        begin = -1
        for j in range(i - 1, max(i - 4, -1), -1):
            if toks[j].lemma in _AUX:
                begin = j
            elif toks[j].lemma not in _AUX_BETWEEN:
                break
        if begin >= 0:
            return toks[begin].start
    if rule.starts < 0:
        return toks[i].start
    words = rule.with_[rule.starts]
    for t in toks[max(i - rule.span, 0) : i]:
        if t.lemma in words or ("not" in words and _NOT.search(t.text)):
            return t.start
    return toks[i].start


def propose(
    text: str, lang: str, have: set[str], story: bool = True
) -> list[tuple[Trigger, int, int]]:
    """The proposals of one sentence, as trigger matches (trigger, start, end), one per type not
    in ``have`` (the types a pattern of events.yaml found there: a lemma rule the classifier
    doubts leaves the proposal standing), at its first head word that fits.  ``story``: the
    sentence is in a desertion story or near a sentence that names desertion; else only the rules
    whose own words tell the flight (``alone: true``, context "none") are read; those are read
    beside a pattern of their type too (one the classifier doubts where the sentence names no
    desertion; both kept, they make one mention)."""
    found, head = rules(lang)
    if (
        not found
        or head is None
        or not (story or _any_alone(found))
        or not head.search(text)
        or _QUESTION.search(text)
    ):
        return []
    toks: list[Token] | None = None
    out: list[tuple[Trigger, int, int]] = []
    done = set(have)
    for rule in found:
        alone = rule.trigger.context == "none"
        if (rule.type in done and not alone) or not (story or alone):
            continue
        # (a rule's words are asked only where it would be read; the words' lemmas only where
        # a rule's are there)
        if rule.needs is not None and not rule.needs.search(text):
            continue
        if toks is None:
            toks = word_lemmas(text, lang)
        for i, t in enumerate(toks):
            if t.lemma in rule.lemmas and _fits(rule, toks, i):
                out.append((rule.trigger, _start(rule, toks, i), t.end))
                done.add(rule.type)
                break
    return sorted(out, key=lambda x: x[1])


@functools.cache
def _any_alone(found: tuple[Proposal, ...]) -> bool:
    """Whether any rule of ``found`` is read outside a story (``alone``): else a sentence outside
    one reads none, and its words are not lemmatised for them."""
    return any(r.trigger.context == "none" for r in found)


def is_proposal(trigger: Trigger) -> bool:
    """Whether ``trigger`` is one of these rules' (not a pattern of events.yaml)."""
    return id(trigger) in _IDS


_IDS: set[int] = set()  # the rules' triggers (kept alive by the cached rules)
