"""Who a Russian name in an event sentence is, read from the sentence's dependency syntax
(round 52, syntax52): natasha's news syntax parser (slovnet; its model ships inside the natasha
wheel, nothing is downloaded) gives each word its head and relation, and the name's role decides:

- the subject of a verb of telling, noticing or catching («рассказала его мать Анна X», «задержал
  старший лейтенант Денис X», «сослуживец Олег X видел его»): someone else (``"other"``), unless a
  clause of his own tells that he fled («Роман X, который сбежал из части, рассказал»);
- the object of a verb of harm («избил сослуживца Петра X»): his victim (``"other"``);
- the subject of a verb of flight, the object (or indirect object, or passive subject) of a verb
  of catching or punishing («приговорил ефрейтора Антона X», «Максиму X предъявлено
  обвинение»): the man the event is about (``"deserter"``);
- anything else: ``None`` (the word-window rules of :mod:`awol.extract.people_roles` decide).

A name in apposition to a noun («рядового Игната X», «лейтенант Денис X») takes that noun's role;
conjoined names share theirs.  The verb groups are lemma lists (``lang/ru/syntax.yaml``).

Only sentences that hold a person name next to an event trigger are parsed (the callers ask
about a found name), each once (kept per sentence text); BLAS runs on one thread for the
parser's small matrices (on a busy machine more threads make it many times slower).
:data:`SYNTAX_ROLES` turns the reading on (off by default: ``False``, the word-window rules
alone; see its comment for why).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from awol.extract.morph import get_morph

__all__ = ["SYNTAX_ROLES", "Parse", "name_role", "parse"]

# the option: read the names' roles from syntax (Russian); False: the word-window rules alone.
# Off (round 52): on, it corrects ~20 names of the invented Russian sets and changes nothing on
# real train held out (--folds 5, --hold-out-words), but its blind set (ru-who52) lost a name and
# a who, and it costs ~13% of the Russian extraction's CPU and ~175 MB (navec's vocabulary) in
# each process that reads a name (docs/measurements.md, Round 52, syntax52)
SYNTAX_ROLES = False
_MAX_CHARS = 600  # longer texts (a headline run into a paragraph) are not parsed
_CACHE_MAX = 20_000
_cache: dict[str, Parse | None] = {}
_ROLE_CLIMB = ("appos", "flat:name", "flat")
_APPOS_NEAR = 5  # words between a name and the noun it stands in apposition to, at most
_CYRILLIC = re.compile(r"[а-яё]")
_SUBJ_PRONOUNS = frozenset({"я", "мы", "он", "она", "они"})


@dataclass(frozen=True)
class Parse:
    """One sentence's words (character offsets in it), each word's head (an index; -1 for the
    root) and relation to it."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[str, ...]
    heads: tuple[int, ...]
    rels: tuple[str, ...]

    def children(self, i: int) -> list[int]:
        return [k for k, h in enumerate(self.heads) if h == i]


@functools.cache
def _verbs() -> dict[str, frozenset[str]]:
    path = resources.files("awol.extract") / "lang" / "ru" / "syntax.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items()}


@functools.cache
def _parser() -> Any:
    """natasha's syntax parser, or None where natasha cannot be loaded."""
    try:
        from natasha import NewsEmbedding, NewsSyntaxParser

        return NewsSyntaxParser(NewsEmbedding())
    except Exception:  # pragma: no cover - natasha is a dependency; run without it as is
        return None


def _one_thread():  # noqa: ANN202
    try:
        from threadpoolctl import threadpool_limits

        return threadpool_limits(1)
    except Exception:  # pragma: no cover
        import contextlib

        return contextlib.nullcontext()


def parse(text: str) -> Parse | None:
    """The dependency parse of one sentence (kept per text), or None (no parser, too long)."""
    if text in _cache:
        return _cache[text]
    out = None
    sp = _parser() if len(text) <= _MAX_CHARS else None
    if sp is not None:
        from razdel import tokenize

        toks = [t for t in tokenize(text)]
        if toks:
            with _one_thread():
                markup = next(iter(sp.map([[t.text for t in toks]])))
            index = {tok.id: k for k, tok in enumerate(markup.tokens)}
            out = Parse(
                tuple(t.start for t in toks),
                tuple(t.stop for t in toks),
                tuple(t.text.lower() for t in toks),
                tuple(index.get(tok.head_id, -1) for tok in markup.tokens),
                tuple(tok.rel for tok in markup.tokens),
            )
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    _cache[text] = out
    return out


def _lemma(word: str) -> tuple[str, bool]:
    """A verb form's lemma and whether it is passive (a passive participle)."""
    parses = get_morph().parse(word)
    verbal = [p for p in parses if p.tag.POS in ("VERB", "INFN", "PRTS", "PRTF", "GRND")]
    p = verbal[0] if verbal else parses[0]
    passive = p.tag.POS in ("PRTS", "PRTF") and "pssv" in p.tag
    lemma = p.normal_form
    if p.tag.POS in ("PRTS", "PRTF", "GRND"):  # a participle's lemma: its verb's infinitive
        inf = p.inflect({"INFN"})
        lemma = inf.word if inf is not None else lemma
    return lemma, passive


def _nominative(word: str) -> bool:
    """Can the word be in the nominative (a subject)?"""
    return any(p.tag.case == "nomn" for p in get_morph().parse(word))


def _agrees(pr: Parse, h: int, v: int) -> bool:
    """Does the verb ``v`` agree in number with its subject ``h`` (a plural verb with one
    singular man and no other joined to him is no verb of his: «их объявили в розыск»)?"""
    vn = {p.tag.number for p in get_morph().parse(pr.words[v]) if p.tag.POS in ("VERB", "PRTS")}
    hn = {p.tag.number for p in get_morph().parse(pr.words[h]) if p.tag.case == "nomn"}
    if not vn or not hn or None in vn or None in hn:
        return True
    if any(pr.rels[k] == "conj" for k in pr.children(h)):
        hn = hn | {"plur"}
    return bool(vn & hn)


def _group(lemma: str) -> str | None:
    for name, lemmas in _verbs().items():
        if lemma in lemmas:
            return name
    return None


def _own_flight(pr: Parse, h: int) -> bool:
    """Does a clause on the noun ``h`` or on a word in apposition to it (a participle or a
    «который» clause) tell that he fled («Роман X, мобилизованный, который сбежал»)?"""
    nouns = [h, *(k for k in pr.children(h) if pr.rels[k] in ("appos", "flat:name"))]
    for c in (c for n in nouns for c in pr.children(n)):
        if pr.rels[c] not in ("acl", "acl:relcl"):
            continue
        if _group(_lemma(pr.words[c])[0]) != "flee":
            continue
        subj = [k for k in pr.children(c) if pr.rels[k].startswith("nsubj")]
        if all(pr.words[k] in ("который", "которые", "кто") for k in subj):
            return True
    return False


def _tells_own_flight(pr: Parse, v: int, skip: int) -> bool:
    """Does what the teller ``v`` says tell a flight of a pronoun's or of no named subject
    («рассказал, что сбежал», «заявил, что он ушёл»): maybe his own, so undecided?"""
    stack = [c for c in pr.children(v) if c != skip]
    while stack:
        k = stack.pop()
        if (
            pr.rels[k] not in ("acl", "acl:relcl", "amod")
            and _group(_lemma(pr.words[k])[0]) == "flee"
        ):
            subj = [s for s in pr.children(k) if pr.rels[s].startswith("nsubj")]
            if not subj or all(pr.words[s] in _SUBJ_PRONOUNS for s in subj):
                return True
        stack.extend(pr.children(k))
    return False


def _serviceman(pr: Parse, h: int, name: set[int]) -> bool:
    """Is the name described as a serviceman: the noun ``h`` it stands in apposition to, or a
    word in apposition to either, a word of people in service («контрактник Максим X заявил»: a
    deserter may tell of his own case)?"""
    from awol.extract.lexicon import get_lexicon

    people = get_lexicon("ru").people
    near = [h, *(c for k in (h, *name) for c in pr.children(k) if pr.rels[c] == "appos")]
    return any(k not in name and people.search(pr.words[k]) for k in near)


def _serviceman_among(pr: Parse, h: int, subjects: list[int]) -> bool:
    """Of a verb's several subjects (a parse that left an apposition as a second subject, «Отец
    срочника, Геннадий X, заявил», or joined two clauses), is the name's noun ``h`` or another
    subject before it a word of people in service («Рядовой Денис X ..., рассказал его отец»)?"""
    from awol.extract.lexicon import get_lexicon

    people = get_lexicon("ru").people
    return any(k <= h and people.search(pr.words[k]) for k in subjects)


def name_role(text: str, start: int, end: int, lang: str) -> str | None:
    """``"other"``, ``"deserter"`` or None (undecided) for the name at ``start:end`` of the
    sentence ``text`` (see the module)."""
    if not SYNTAX_ROLES or lang != "ru":
        return None
    pr = parse(text)
    if pr is None:
        return None
    span = [
        k
        for k, (s, e) in enumerate(zip(pr.starts, pr.ends, strict=True))
        if start <= s and e <= end
    ]
    if not span:
        return None
    inside = set(span)
    h = next((k for k in span if pr.heads[k] not in inside), span[-1])
    seen = {h}
    while (
        pr.rels[h] in _ROLE_CLIMB
        and pr.heads[h] >= 0
        and pr.heads[h] not in seen
        and (pr.heads[h] in inside or 0 <= min(span) - pr.heads[h] <= _APPOS_NEAR)
    ):
        # (an apposition to a noun right before the name: a far one, or one after it, is a
        # parse that hung a man's name on another's noun: «... Баир X, сообщает МВД»)
        h = pr.heads[h]
        seen.add(h)
    if _own_flight(pr, h):
        return "deserter"
    v = pr.heads[h]
    rel = pr.rels[h]
    if v < 0:
        return None
    lemma, passive = _lemma(pr.words[v])
    group = _group(lemma)
    if group is None:
        return None
    if rel == "nsubj" and passive:
        rel = "nsubj:pass"
    if rel == "nsubj":
        if not _nominative(pr.words[h]):
            return None  # (an object the parser took for a subject: «Матроса X будут судить»)
        if any(pr.rels[k].startswith("nsubj") for k in pr.children(h)):
            return None  # (a predicate noun: «Это Денис X ...; их объявили в розыск»)
        if not _agrees(pr, h, v):
            return None  # (a subject the verb does not agree with: not its subject)
        subjects = [k for k in pr.children(v) if pr.rels[k] == "nsubj"]
        if len(subjects) > 1 and _serviceman_among(pr, h, subjects):
            return None  # (a serviceman among two subjects of one verb: whose verb is unclear)
        if group == "flee":
            return "deserter"
        if group in ("say", "see"):
            # a teller or a witness is someone else only where a noun of his own says who he is
            # (a relative, a lawyer, an official: «мать Анна X», «глава района X»): a man named
            # bare, or called a serviceman, may be the deserter telling his own story
            described = h not in inside or any(
                k < h and k not in inside and _CYRILLIC.match(pr.words[k]) for k in subjects
            )
            if not described or _serviceman(pr, h, inside) or _tells_own_flight(pr, v, h):
                return None
            return "other"
        if group == "catch":
            return "other"
        return None
    if rel in ("obj", "iobj", "nsubj:pass"):
        if group == "catch":
            return "deserter"
        if group == "harm":
            return "other"
    return None
