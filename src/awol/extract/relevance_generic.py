"""Generic statements are not happenings (round 28, doc28).

An article about desertion that reports no event still speaks of the acts: "Regional governors
post search notices on Telegram", "Courts often hand down suspended sentences".  Such a sentence
has a bare plural subject (no article, number, possessive or quantity), a verb in the plain
present and no particular object (not "the two men", "a soldier", a name or a number): it says
what people of a kind do.  An event whose evidence is such a body sentence is
dropped (:func:`drop_generic`).  The words are data (``lang/<lang>/relevance.yaml``; a language
without the file has no such rule).  Headlines tell a happening in the present ("Russian courts
jail deserter"): a sentence is read only if it ends with a full stop."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import yaml

from awol.extract.lexicon import LANG_DIR

_ENDS = (".", '."', ".”", ".’")


@cache
def _data(lang: str) -> dict[str, Any]:
    path = LANG_DIR / lang / "relevance.yaml"
    if not path.is_file():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    data = _data(lang)
    if not data.get("verbs"):
        return None

    def alt(key: str) -> str:
        return "|".join(sorted(map(re.escape, data.get(key) or ()), key=len, reverse=True))

    collectives = alt("collectives") or "(?!)"
    return re.compile(
        rf"^(?!(?:{alt('determiners')})\b)"  # not "The courts", "Two soldiers"
        r"(?:[A-Za-z][\w-]* ){0,2}"  # up to two modifiers ("Regional", "Military")
        # a plural noun ("governors", not "boss"), or a collective one ("police"); not a word
        # of another class ending in s ("When his leave ran out": "his" is no plural; prop45)
        r"(?!(?:his|its|this|was|has|does|is|as|us|thus|plus|yes|whereas|perhaps|always|"
        r"sometimes|besides|unless|towards|afterwards|hers|ours|yours|theirs)\b)"
        r"(?:[a-z][\w-]*[^s'\W]s|" + collectives + ") "
        rf"(?:(?:{alt('adverbs')}) )?"
        rf"(?:{alt('verbs')})\b(?!-)"  # the plain present ("post", not "posted", "posts")
        r"(?: (?:down|up|out|off|back|in|for)\b)?+"
        # ... of people or things of a kind, not of some ("the two men", "a soldier", "Ivanov")
        rf" (?!(?:{alt('determiners')})\b|(?-i:[A-Z\d]))",
        re.IGNORECASE,
    )


@cache
def _few(lang: str) -> re.Pattern[str] | None:
    """A kind counted as the subject, then a verb of the acts in the plain present: "Only a
    minority ever face a criminal case", "Only a small fraction of them face trial" (``few`` and ``verbs`` in
    ``lang/<lang>/relevance.yaml``; round 34, prec34)."""
    data = _data(lang)
    if not data.get("few") or not data.get("verbs"):
        return None
    verbs = "|".join(sorted(map(re.escape, data["verbs"]), key=len, reverse=True))
    return re.compile(rf"^\W*(?:{data['few']})\s+(?:(?:are|is)\s+)?(?:{verbs})\w*\b", re.I)


@cache
def _kind_described(lang: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of ``kind_described`` in ``lang/<lang>/relevance.yaml``, their ``{verbs}``
    and ``{adverbs}`` filled from the lists of the same file."""
    data = _data(lang)

    def alt(key: str) -> str:
        return (
            "|".join(sorted(map(re.escape, data.get(key) or ()), key=len, reverse=True)) or "(?!)"
        )

    fill = {"{verbs}": alt("verbs"), "{adverbs}": alt("adverbs")}
    out = []
    for raw in data.get("kind_described") or ():
        for key, value in fill.items():
            raw = raw.replace(key, value)
        out.append(re.compile(raw, re.IGNORECASE))
    return tuple(out)


def kind_described(sentence: str, lang: str) -> bool:
    """Does ``sentence`` describe a kind of people, not someone in particular?  "The typical
    defendant is a contract soldier who went home after being wounded", «Типичный подсудимый —
    мобилизованный, который уехал домой после ранения», "Most defendants now get three to six
    years", "Russia puts such men on interstate wanted lists": a subject that is a type ("the
    typical", "the average", «типичный», «обычный») defined by a copula, a quantified kind
    ("most", "the majority of") with a verb of the acts in the plain present, or "such" people
    as the object of a present verb (``kind_described`` in ``lang/<lang>/relevance.yaml``;
    round 43, prec43).  Not where a capital after the first word names a man or a place: the
    type then has an instance ("The typical case is that of Private Ivanov, who fled ...")."""
    patterns = _kind_described(lang)
    if not patterns or not any(p.search(sentence) for p in patterns):
        return False
    first = re.match(r"\W*[^\W\d_]+", sentence)
    rest = sentence[first.end() :] if first else sentence
    return re.search(r"(?<![\w«\"'-])[A-ZА-ЯЁ][a-zа-яё]", rest) is None


def generic(sentence: str, lang: str) -> bool:
    """Does ``sentence`` say what people of a kind do, not what happened?"""
    text = sentence.strip()
    if not text.endswith(_ENDS):
        return False
    pattern, few = _pattern(lang), _few(lang)
    return (
        (pattern is not None and pattern.match(text) is not None)
        or (few is not None and few.match(text) is not None)
        or kind_described(text, lang)
    )


@cache
def _sought(lang: str) -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str] | None] | None:
    """(the pattern of a kind of people as the sought, the words that make the noun not bare,
    the words that point to someone in particular anywhere in the sentence)."""
    spec = _data(lang).get("sought") or {}
    if not spec.get("kinds"):
        return None

    def alt(key: str) -> str:
        return "|".join(f"(?:{p})" for p in spec.get(key) or ())

    kinds = "|".join(sorted(map(re.escape, spec["kinds"]), key=len, reverse=True))
    # a noun of search before the kind ("по розыску [сбежавших] дезертиров"), else a participle
    # or a passive after it ("servicemen sought", "soldiers ... have been placed on")
    before = rf"(?:{alt('before')})\s+(?P<np>(?:[\w-]+\s+){{0,2}}?)" if spec.get("before") else ""
    after = rf"\s+(?:{alt('after')})" if spec.get("after") else ""
    anchor = spec.get("anchor")
    # a defining clause right after the noun ("servicemen who left the unit", "военнослужащих,
    # самовольно оставивших часть") may make them a particular group told of elsewhere
    defined = rf"(?!{alt('defined_after')})" if spec.get("defined_after") else ""
    return (
        re.compile(rf"(?<![\w-]){before}(?P<kind>{kinds})(?![\w-]){defined}{after}", re.IGNORECASE),
        frozenset(str(w).lower() for w in spec.get("not_bare") or ()),
        re.compile(anchor, re.IGNORECASE) if anchor else None,
    )


def sought_kind(sentence: str, lang: str) -> bool:
    """Does ``sentence`` name a kind of people (a bare plural) as the ones sought?  The words
    before the noun (after a noun of search; else up to two, back to a comma) hold no
    determiner or number, and the sentence no pronoun of one person ("his photograph appeared
    among people being sought" is his search)."""
    spec = _sought(lang)
    if spec is None:
        return False
    pattern, not_bare, anchor = spec
    if anchor is not None and anchor.search(sentence):
        return False
    for m in pattern.finditer(sentence):
        if m.groupdict().get("np") is not None:
            words = m.group("np").split()
        else:
            words = re.split(r"[,;:()]", sentence[: m.start("kind")])[-1].split()[-2:]
        if not any(w.lower() in not_bare or w[:1].isdigit() for w in words):
            return True
    return False


def drop_generic(events: list[Any], lang: str) -> list[Any]:
    """``events`` without those whose evidence is a generic statement, and without the wanted
    events whose evidence seeks a kind of people."""
    if not _data(lang):
        return events
    return [
        e
        for e in events
        if not generic(e.evidence.text, lang)
        and not (e.type == "wanted" and sought_kind(e.evidence.text, lang))
    ]
