"""Who states an article's statistics: the source of a figure, resolved over the article.

An article attributes its statistics once and tells them over several sentences ("..., Mediazona
reported on Nov. 24." then "As of Nov. 21, courts had 3,870 such cases"; "According to the
courts' press office:" then the numbers; "The prosecutor's office said so in its reply." then
the numbers).  Each sentence's statements of a source are read while
the article is read (:func:`sentence_sources`); once it is read, each figure takes
(:func:`attribute_figures`):

1. a source its own sentence names;
2. else one the next sentence names for the same statistics: a sentence that states figures too
   and names it in its second half ("That's more than in 2022, according to Mediazona"), or one
   that refers back ("Source: Mediazona");
3. else the nearest one stated before it in the article;
4. else, when none is named before it (a headline, a lead), one the next two sentences name;
5. else a generic source of its own sentence, which names no one ("according to media reports",
   "journalists' calculations", "data extracted from court websites"): only when the article
   names no one else;
6. else none.

The vocabulary (patterns of statements, words that make a source generic, bodies that are named
by a common noun) is language data in ``lang/*/figures.yaml``.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TypeVar

from awol.extract.attribution import Source, finding
from awol.extract.attribution_story import a_story_person, told_chain
from awol.extract.fastre import compile_fast
from awol.extract.lexicon import Lexicon, icase
from awol.extract.mentions import SentenceAnalysis
from awol.extract.prefilter import FilteredRegex, filtered
from awol.extract.recent import per_list
from awol.extract.sentences import Sentence
from awol.model import Event, Figure

# a source named in this first share of a sentence opens it ("According to X, ..."); one named
# later closes it ("..., according to X") and may close the sentence before it too
_OPENING = 0.4
Told = TypeVar("Told", Figure, Event)  # what an article attributes: its figures and events

# a figure told before any source takes one named this many sentences after it
_AHEAD = 2


@dataclass(frozen=True)
class Statement:
    """A source a sentence names for what it states (``generic``: it names no one)."""

    index: int  # the sentence's index in the article
    name: str
    generic: bool = False
    backward: bool = False  # refers to what came before ("Source: X", "This was reported by X")
    opening: bool = False  # named before the sentence's middle: it introduces what follows
    told: bool = False  # the outlet people told: a source of events, not of statistics
    # a person's words after a quote and a dash ("«...», — сказал начальник полиции"): the
    # source of its own sentence only, neither carried nor read from the next sentence
    local: bool = False
    # a document of one case ("the verdict", "материалов дела", ``event_source_document`` of
    # lang/*/figures.yaml): an event of another paragraph does not take it (:meth:`attribute`)
    document: bool = False
    # a material of a body named by its common noun ("сайте суда", "the court's website":
    # ``figure_source_owned`` of lang/*/figures.yaml), generic by its words: for events the
    # body's, carried as a named source is (:meth:`ArticleStatements.attribute`'s ``events``);
    # for statistics still generic
    owned: bool = False
    # a relative with the outlet told ("His wife told the outlet X": ``attribution_story.
    # told_chain``): the outlet's report on one man's story, carried to the next events of its
    # paragraph only (:meth:`ArticleStatements.apart`), never to an event told before it
    chain: bool = False
    # an unnamed informant with the named outlet it told ("a source in the ministry told TASS",
    # ``event_source_relayed`` of lang/*/figures.yaml): generic for statistics; for events the
    # outlet's report, carried as a named source is, before and after its sentence (round 50)
    relayed: bool = False
    # named only by the sentence's event attribution ("According to the press centre:", «по
    # словам Ольги»), by none of the statistics' patterns (:meth:`ArticleStatements.story_teller`)
    event_only: bool = False
    # named only by a pattern of statistics' tellers (``figure_sources_stats``: «данные,
    # собранные X», «к такому выводу пришёл X»): no event takes it (round 51, figures51)
    stats: bool = False


@lru_cache(maxsize=32)
def _pattern(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    return re.compile(pattern, flags) if pattern else None


def _vocab(lex: Lexicon, key: str, text: str) -> re.Match | None:
    """A match of the vocabulary ``key`` in ``text`` (case-insensitive; for its truth and
    offsets only: its text may be lower-cased)."""
    raw = str(lex.extra.get(key) or "")
    return icase(raw).search(text) if raw else None


def _vocab_cased(lex: Lexicon, key: str, text: str) -> re.Match | None:
    """A match of the vocabulary ``key`` in ``text``, case-sensitive (its capitals tell a name)."""
    raw = str(lex.extra.get(key) or "")
    pat = _pattern(raw, 0) if raw else None
    return pat.search(text) if pat is not None else None


def _tidy_source(
    src: str | None, lex: Lexicon, text: str = "", named: bool = False, doc: str = ""
) -> str | None:
    """ "data from Mediazona" -> "Mediazona", "Mediazona's count" -> "Mediazona"; quotes around a
    whole name dropped.  ``named``:
    None for what names no one ("data extracted from court websites", "Analysts" opening a
    sentence), which a statement may not carry to other sentences."""
    if not src:
        return None
    lead = _pattern(str(lex.extra.get("figure_source_lead") or ""))
    if lead is not None:
        m = lead.match(src)
        if m and m.end() < len(src):
            src = src[m.end() :]
    src = src.strip().rstrip(".,;:")
    tail = _pattern(str(lex.extra.get("figure_source_tail") or ""))
    m = tail.search(src) if tail is not None else None
    if m and m.start() > 0:
        src = src[: m.start()]  # "citing Mediazona's count" -> "Mediazona"
    if src.count('"') == 1 or src[:1] in "«“" and "»" not in src and "”" not in src:
        src = src.strip('"«“ ')  # a quote the name only stands next to
    quoted = src[:1] in '«"“' and src[-1:] in '»"”' and len(src) > 2
    if quoted:
        src = src[1:-1]
    if (
        named
        and (not _a_name(src, text, quoted, lex, doc) or _anonymous(src, lex))
        or _vocab(lex, "figure_source_reject", src)
    ):
        return None
    return src or None


def _anonymous(src: str, lex: Lexicon) -> bool:
    """An unnamed informant ("a source", "insiders"), not an outlet whose name is such a word
    ("The Insider": a capital after its first letter)."""
    return bool(lex.attribution_anonymous.match(src)) and not any(ch.isupper() for ch in src[1:])


def _a_name(src: str, text: str, quoted: bool, lex: Lexicon, doc: str = "") -> bool:
    """Quoted, a capital inside it, a capital where the sentence (or, in the article ``doc``,
    another sentence) does not start, or a body named by a common noun ("prosecutors")."""
    return (
        quoted
        or any(ch.isupper() for ch in src[1:])
        or (src[:1].isupper() and (text.find(src) > 0 or _inside(src, doc)))
        or bool(_vocab(lex, "figure_source_bodies", src))
        or (src[:1].isupper() and " " not in src and not _dictionary_word(src, lex.lang))
    )


def _ru_parse(word: str) -> tuple[bool, frozenset[str]]:
    """pymorphy3's most likely reading of a lower-cased Russian word: (in its dictionary, grammemes)."""
    from awol.extract.places import get_morph

    parses = get_morph().parse(word)
    if not parses:
        return False, frozenset()
    return parses[0].is_known, frozenset(str(parses[0].tag).replace(" ", ",").split(","))


@lru_cache(maxsize=4096)
def _dictionary_word(word: str, lang: str) -> bool:
    """Is ``word`` a word of the language's dictionary ("Analysts"), not a name ("Mediazona")?
    (simplemma for English, pymorphy3 for Russian: what the lemmatiser of tokens.py reads.)"""
    w = word.lower()
    if lang == "ru" and re.search(r"[а-яё]", w):
        known, tags = _ru_parse(w)
        return known and not {"Name", "Surn", "Orgn", "Geox"} & tags
    from awol.extract.tokens import known_en

    return known_en(w)


@lru_cache(maxsize=4096)
def _person_word(word: str, lang: str) -> bool:
    """Is the capitalised ``word`` a person's name or surname (pymorphy3's Name/Surn/Patr for
    Russian, the given names list for English)?"""
    if not word[:1].isupper():
        return False
    w = word.lower()
    if lang == "ru" and re.search(r"[а-яё]", w):
        return bool({"Name", "Surn", "Patr"} & _ru_parse(w)[1])
    from awol.extract.names import en_given_names

    return word in en_given_names()


@functools.lru_cache(maxsize=1)  # (one article at a time: a long text is not kept twice)
def _guillemet_names(doc: str) -> frozenset[str]:
    """The names an article writes in guillemets, read once per article (:func:`a_person` is
    asked of every source statement: not a search of the whole text for each)."""
    return frozenset(re.findall(r"«([^«»]+)»", doc))


def a_person(name: str, lang: str, doc: str = "") -> bool:
    """Does a source name a person ("по словам Мелихова", "his mother Larisa said")?  A person
    speaks for what their own sentence tells; the article's other events are not carried to them
    (and a person's name is not spread over more fields than the text gives it).

    Not a name a Russian article ``doc`` writes in guillemets (Telegram-канал «Астра»): an
    outlet's or a channel's name, whatever word it is (a person's name is not so written)."""
    if lang == "ru" and doc and name in _guillemet_names(doc):
        return False
    return any(_person_word(w, lang) for w in re.findall(r"\w+", name))


def _inside(word: str, doc: str) -> bool:
    """Is ``word`` written inside a sentence somewhere in ``doc`` (not only opening one)?

    The whole article is searched only for a word whose first run of letters follows a space
    inside a sentence somewhere in it (found in one pass, kept for the article), and once per
    word and article: a long text costs linear time, not one pass per sentence."""
    if not doc:
        return False
    runs, known = index_inside(doc)
    found = known.get(word)
    if found is None:
        first = _RUN.match(word)
        if first is not None and first.end() == len(word):
            # one run of letters: a run the pass found after a space inside a sentence is
            # exactly such a place (no search of the whole article per word)
            found = known[word] = word in runs
        else:
            found = known[word] = bool(first and first.group() in runs and _after_space(word, doc))
    return found


def index_inside(doc: str) -> tuple[set[str], dict[str, bool]]:
    """The one pass :func:`_inside` reads ``doc`` with (its runs of letters after a space inside
    a sentence, and the answers per word so far), made where it is not made yet.  A long text's
    reader makes it once before it forks the children that read sources (they inherit it: a
    fork copies the process), not each of them once more (:func:`awol.extract.document._read`)."""
    seen = _INSIDE.get(doc)
    if seen is None:
        _INSIDE.clear()
        seen = _INSIDE[doc] = ({m.group(1) for m in _MID_CAPITAL.finditer(doc)}, {})
    return seen


_ENDS = frozenset('.!?…:;"“”«»')  # (what may not stand before the spaces before the word)


def _after_space(word: str, doc: str) -> bool:
    """``re.search(r"[^\\s.!?…:;\"“”«»]\\s+" + re.escape(word) + r"\\b", doc)`` for a ``word``
    that starts with no space: each place ``word`` is found at (``str.find``: a long text is
    not scanned by a pattern ``re`` cannot skip through, once per word) is read as the pattern
    would read it there: spaces before it, and before them a character that is neither a
    space nor one of ``_ENDS``; a word boundary after it."""
    n = len(word)
    i = doc.find(word)
    while i >= 0:
        j = i + n
        if (j > 0 and _is_word(doc[j - 1])) != (j < len(doc) and _is_word(doc[j])):
            k = i - 1
            while k >= 0 and doc[k].isspace():
                k -= 1
            if k < i - 1 and k >= 0 and doc[k] not in _ENDS:
                return True
        i = doc.find(word, i + 1)
    return False


def _is_word(ch: str) -> bool:
    """Is ``ch`` a character ``\\w`` matches (``re``: alphanumeric, or the underscore)?"""
    return ch.isalnum() or ch == "_"


# the article last read by _inside: its runs of letters that follow a space inside a sentence
# and start with anything but a lower-case letter or a digit (a superset of the capitalised
# ones), and the answer per word; keyed by the text itself (one entry: a hash of a long string
# is computed once and kept by the string)
_INSIDE: dict[str, tuple[set[str], dict[str, bool]]] = {}
# (the white space ``\s`` matches, as a set of characters: ``re`` skips ahead to them, where it
# tried the look-behind at every character of the article; the same matches)
SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_MID_CAPITAL = compile_fast(
    r"(?<=[^\s.!?…:;\"“”«»])[" + re.escape(SPACES) + r"]+([^\W\d_a-zа-яё]\w*)"
)
_RUN = re.compile(r"\w+")


def _generic(src: str, lex: Lexicon) -> bool:
    """Does the source name a kind of material rather than someone ("media reports"), or an
    unnamed informant ("sources in the ministry", "в правоохранительных органах")?  Its own
    sentence's source, never carried to others (an event's, but for a body's material:
    ``Statement.owned``)."""
    told = lex.attribution_told_verb.search(src)
    if told is not None and told.start() > 0:
        # a teller with the outlet it told: as generic as its teller ("sources ... told TASS"
        # is; "His mother told The Insider" is not, whatever words the outlet's name holds)
        src = src[: told.start()]
    return bool(lex.attribution_anonymous.match(src)) or (
        bool(_vocab(lex, "figure_source_generic", src)) and not any(ch.isupper() for ch in src[1:])
    )


def source_statement(
    text: str, lex: Lexicon, doc: str = "", key: str = "figure_sources"
) -> str | None:
    """The source a sentence names for statistics ("This was stated by the Office of the
    Prosecutor General", "Source: Mediazona", "в ответе Офиса генпрокурора на запрос NV");
    ``key``: the patterns read (``figure_sources_stats``: a teller of statistics only)."""
    for pat in per_list(lex.extra.get(key) or _NONE, _cased):
        for m in pat.finditer(text):
            src = _tidy_source(m.group("src"), lex, text, named=True, doc=doc)
            if src:
                return src
    return None


_NONE: tuple = ()


@lru_cache(maxsize=8)
def _cased(patterns: tuple[str, ...]) -> tuple[re.Pattern[str] | FilteredRegex, ...]:
    # (with a prefilter, compiled to skip ahead: same matches)
    return tuple(filtered(compile_fast(p)) for p in patterns)


def _counter(text: str, lex: Lexicon) -> str | None:
    """Subject of a counting verb: "The independent project Soldat.Monitor counted ..."."""
    verbs = str(lex.extra.get("figure_counting_verbs") or "")
    if not verbs:
        return None
    gate, rx = _counting(lex.media_nouns, verbs)
    if not gate.search(text):  # no counting verb: the whole pattern cannot match (most texts)
        return None
    m = rx.search(text)
    return m.group("name").strip('«»" ') if m else None


@lru_cache(maxsize=8)
def _counting(media_nouns: str, verbs: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The counting statement ("The project Soldat.Monitor counted"), and its verbs alone, which
    every match holds (a cheap test first; the same results)."""
    rx = re.compile(
        r"(?:^|,\s*)(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:"
        + media_nouns
        + r")\s+(?P<name>[A-ZА-ЯЁ«\"][\w.\-«»\" ]*?)\s+(?:"
        + verbs
        + r")\b"
    )
    return re.compile(r"\s(?:" + verbs + r")\b"), rx


def figure_source(an: SentenceAnalysis, lex: Lexicon) -> str | None:
    """Who the statistics of this sentence are from, if the sentence says."""
    text = an.sentence.text
    return (
        source_statement(text, lex)
        or _tidy_source(an.source.text if an.source and not an.source.told else None, lex)
        or _counter(text, lex)
    )


def sentence_sources(an: SentenceAnalysis, lex: Lexicon, doc: str = "") -> list[Statement]:
    """The sources one sentence (of the article ``doc``) names, named ones first."""
    return _statements(an.sentence, an.source, lex, doc)


def _statements(
    sentence: Sentence, source: Source | None, lex: Lexicon, doc: str
) -> list[Statement]:
    """:func:`sentence_sources` of a sentence whose attributed source is ``source``."""
    text = sentence.text
    backward: bool | None = None  # read only for a sentence that names a source (most do not)
    out: list[Statement] = []
    if source is not None and source.refers is not None:
        # (an anaphora of a kind of body given as written to its own events: the statistics
        # and the carry read the source named before, as they did)
        source = Source(source.refers, -1, -1, source.span_start, source.span_end)
    elif source is not None and source.search:
        # (the body that declared a search: that search's source only)
        source = None
    # (the speaker after a quote and a dash: what the quote's sentence tells only)
    local = bool(source is not None and source.speaker)
    told = source.told if source else False
    # (the outlet's own information: its paragraph's, as a document of one case)
    own_paragraph = bool(source is not None and source.paragraph)
    stated = source_statement(text, lex, doc)
    stats = None if stated else source_statement(text, lex, doc, "figure_sources_stats")
    counter = _counter(text, lex)
    attributed = _tidy_source(source.text if source else None, lex)
    for name, by_told, by_speaker, by_paragraph in (
        (stated or stats, False, False, False),
        (attributed, told, local, own_paragraph),
        (counter, False, False, False),
    ):
        if not name or any(s.name == name for s in out):
            continue
        event_only = name not in (stated, stats, counter)
        if backward is None:
            backward = bool(_vocab(lex, "figure_source_backward", text))
        at = text.find(name)
        opening = 0 <= at < len(text) * _OPENING
        generic = _generic(name, lex)
        owned = generic and bool(_vocab(lex, "figure_source_owned", name))
        document = by_paragraph or bool(_vocab(lex, "event_source_document", name))
        relayed = generic and bool(_vocab_cased(lex, "event_source_relayed", name))
        # (a relayed informant is a chain too: its paragraph's next events, and the sentence
        # before it in its paragraph: attribute's ``later``)
        chain = (told_chain(name, lex.lang) and not generic) or relayed
        out.append(
            Statement(
                sentence.index,
                name,
                generic,
                backward,
                opening,
                by_told,
                by_speaker,
                document,
                owned,
                chain,
                relayed,
                event_only,
                bool(stats) and name == stats and name != attributed,
            )
        )
    return sorted(out, key=lambda s: s.generic)


class ArticleStatements:
    """The statements of an article's sentences (:func:`sentence_sources`), read only where a
    figure or an event asks for them (:meth:`attribute`): its own sentence, the next ones, and
    the sentences before it back to the nearest that names a source.  A sentence is read at
    most once; the attribution is exactly :func:`attribute_figures` over every sentence's
    statements (``tests/extract/test_figure_sources_lazy.py``), and most sentences of an
    article, far from any figure or event without a source, are never read."""

    def __init__(self, lex: Lexicon, doc: str, source_of: Callable[[int], Source | None]) -> None:
        self._lex = lex
        self._doc = doc
        self._source_of = source_of  # the source a sentence's analysis attributes it to
        self._sentences: dict[int, Sentence] = {}
        self._read: dict[int, list[Statement]] = {}
        self._first: Statement | bool | None = None  # (False: the article names none)

    def add(self, sentence: Sentence) -> None:
        """A sentence of the article."""
        self._sentences[sentence.index] = sentence

    def at(self, i: int) -> list[Statement]:
        """The statements of sentence ``i`` (none for an index the article lacks)."""
        found = self._read.get(i)
        if found is None:
            sent = self._sentences.get(i)
            found = self._read[i] = (
                _statements(sent, self._source_of(i), self._lex, self._doc) if sent else []
            )
        return found

    def every(self) -> list[Statement]:
        """The statements of every sentence, in order (what :meth:`attribute` may read)."""
        return [s for i in sorted(self._sentences) for s in self.at(i)]

    def apart(self, j: int, i: int) -> bool:
        """Does the source named at sentence ``j`` speak only for its own paragraph, so that an
        event told at sentence ``i``, in another paragraph, does not take it?  So for

        - a document of one case ("According to the verdict, ...", "Как следует из материалов
          дела": ``event_source_document`` of lang/*/figures.yaml): a paragraph after it may
          tell another case (a roundup of verdicts); the document speaks for its own;
        - a source the article names after its first ones (in a paragraph after the first that
          names a source, persons aside, and not the first source named again): brought in for
          the story its paragraph tells ("In February, ..., Armenia's Interior Ministry
          said"), not the article's own source.

        (The events' story boundary, with ``article_sources.source_of_story``'s new stories; not
        the figures': a statistic's source is the article's.)"""
        a, b = self._sentences.get(j), self._sentences.get(i)
        if a is None or b is None or a.paragraph == b.paragraph:
            return False
        if any(s.relayed for s in self.at(j)):
            return True  # (an informant's chain: its paragraph's, as a relative's chain is)
        mine = self._carried(j)
        if not mine:
            return False
        if any(s.document or s.chain for s in mine):
            return True
        first = self._first_named()
        if first is None:
            return False
        lead = self._sentences[first.index].paragraph
        return a.paragraph != lead and not any(_same_name(first.name, s.name) for s in mine)

    def story_teller(
        self,
        j: int,
        i: int,
        with_figures: set[int],
        events: set[int] | frozenset[int] = frozenset(),
    ) -> bool:
        """Is what sentence ``j`` names (it tells no figure) the teller of a story told there,
        not of the statistics told at sentence ``i`` after it?  So where every source it names
        is a document of one case ("According to the case papers", «по версии следствия»), a
        person, by name or by a role ("по словам адвоката", "his relatives said":
        ``story_person`` of lang/*/attribution.yaml), or, where ``j`` tells an event
        (``events``: the sentences that do) in another paragraph than ``i``, a teller only the
        events' attribution reads ("..., сообщает пресс-служба суда").
        Not a sentence that ends on a colon ("According to the courts' press office:",
        "The journalist listed ... (in brackets):"): it opens the numbers after it (round 51,
        figures51)."""
        if j in with_figures:
            return False
        a, b = self._sentences.get(j), self._sentences.get(i)
        if a is None or b is None or a.text.rstrip().endswith(":"):
            return False
        lang = self._lex.lang
        mine = [s for s in self.at(j) if not s.generic and not s.local]
        return bool(mine) and all(
            s.document
            or a_person(s.name, lang, self._doc)
            or a_story_person(s.name, lang)
            or (s.event_only and j in events and a.paragraph != b.paragraph)
            for s in mine
        )

    def _carried(self, j: int) -> list[Statement]:
        """The statements of sentence ``j`` an event of another sentence may take (persons
        aside, as :func:`.article_sources.source_of_story` keeps them)."""
        lang = self._lex.lang
        return [
            s
            for s in self.at(j)
            if not s.generic and not s.local and not a_person(s.name, lang, self._doc)
        ]

    def _first_named(self) -> Statement | None:
        """The article's first named source (:meth:`_carried`), read once."""
        if self._first is None:
            found: Statement | bool = False
            for k in sorted(self._sentences):
                got = self._carried(k)
                if got:
                    found = got[0]
                    break
            self._first = found
        return self._first or None

    def attribute(
        self,
        figures: list[tuple[int, Told]],
        keep: Callable[[Statement], bool],
        keep_next: Callable[[Statement], bool] | None = None,
        crosses: Callable[[int, int], bool] | None = None,
        events: bool = False,
    ) -> list[Told]:
        """:func:`attribute_figures` of ``figures`` over the statements ``keep`` accepts; the
        next sentence's statements that ``keep_next`` accepts count too, for what it refers
        back to ("Об этом сообщил глава района X": a person speaks for the sentence before).
        ``crosses(j, i)``: does another story of the article open between sentence ``j`` and
        sentence ``i`` (after ``j``, at or before ``i``)?  Then what ``i`` tells takes no source
        named at ``j`` or before it.  ``events``: the attribution of events, where a body's
        material ("на сайте суда": ``Statement.owned``) is named, not generic, and what is
        still left with none takes the court or the investigation whose finding its own
        sentence tells ("The court established that ...": :func:`~awol.extract.attribution.
        finding`)."""

        def generic(s: Statement) -> bool:
            return s.generic and not (events and (s.owned or s.relayed))

        kept: dict[int, list[Statement]] = {}

        def own(j: int) -> list[Statement]:
            found = kept.get(j)
            if found is None:
                found = kept[j] = [s for s in self.at(j) if keep(s)]
            return found

        def named(j: int) -> list[Statement]:
            return [s for s in own(j) if not generic(s) and not s.local]

        # the nearest sentence at or before j that names one (-1: none), for every j walked
        upto: dict[int, int] = {}

        def nearest_before(i: int) -> int:
            walked = []
            j = i - 1
            found = -1
            while j >= 0:
                if j in upto:
                    found = upto[j]
                    break
                walked.append(j)
                if named(j):
                    found = j
                    break
                j -= 1
            for w in walked:
                upto[w] = found
            return found

        with_figures = {i for i, _f in figures}
        out: list[Told] = []
        for i, f in figures:
            mine = own(i)
            chosen = [s for s in mine if not generic(s)]
            if not chosen:
                nxt = named(i + 1)
                if keep_next is not None:
                    nxt = [
                        s
                        for s in self.at(i + 1)
                        if not generic(s) and not s.local and (keep(s) or keep_next(s))
                    ]
                if nxt and (nxt[0].backward or i + 1 in with_figures and not nxt[0].opening):
                    chosen = nxt
            ahead = not chosen
            if not chosen:
                j = nearest_before(i)
                if j >= 0:
                    # (one named before, of another story: none from after it either)
                    ahead = False
                    if crosses is None or not crosses(j, i):
                        chosen = named(j)
            if ahead:

                def later(j: int, i: int = i) -> list[Statement]:
                    # (not one that opens a later sentence of figures of its own: "Figures from
                    # X show that ...", its own statistics' teller, not the earlier ones'; round
                    # 47, figures47)
                    return [
                        s
                        for s in named(j)
                        if (not s.chain or s.relayed and self._same_paragraph(i, j))
                        and not (s.opening and j in with_figures and not events)
                    ]

                chosen = next(
                    (later(j)[:1] for j in range(i + 1, i + _AHEAD + 1) if later(j)),
                    [],
                )
            if chosen:
                out.append(replace(f, source=chosen[0].name))
            elif mine:
                out.append(replace(f, source=mine[0].name))
            elif events and (got := self._finding(i)):
                out.append(replace(f, source=got))
            else:
                out.append(replace(f, source=None))
        return out

    def _same_paragraph(self, i: int, j: int) -> bool:
        a, b = self._sentences.get(i), self._sentences.get(j)
        return a is not None and b is not None and a.paragraph == b.paragraph

    def _finding(self, i: int) -> str | None:
        sent = self._sentences.get(i)
        return finding(sent.text, self._lex.lang) if sent is not None else None


def _same_name(a: str, b: str) -> bool:
    """One source named twice ("Mediazona", "independent news website Mediazona")?"""
    a, b = a.lower(), b.lower()
    return a in b or b in a


def attribute_figures(
    figures: list[tuple[int, Told]],
    statements: list[Statement],
    next_statements: list[Statement] | None = None,
    crosses: Callable[[int, int], bool] | None = None,
) -> list[Told]:
    """The figures (each with the index of its sentence) with the source the article gives them
    (the order of the module's docstring).  Events whose own sentence names no source are
    attributed the same way.  ``next_statements``: the statements a next sentence may give
    (step 2), where they are more than ``statements``.  ``crosses(j, i)``: another story opens
    after sentence ``j`` and at or before ``i`` (step 3 takes nothing named at ``j``)."""
    by_sentence: dict[int, list[Statement]] = {}
    for s in statements:
        by_sentence.setdefault(s.index, []).append(s)
    by_next = by_sentence
    if next_statements is not None:
        by_next = {}
        for s in next_statements:
            by_next.setdefault(s.index, []).append(s)
    with_figures = {i for i, _f in figures}
    # the named statements in sentence order (the article's order), and their sentences: the
    # nearest ones before or after a figure are found by bisection (linear in a long text)
    named_all = [s for s in statements if not s.generic and not s.local]
    at = [s.index for s in named_all]
    out: list[Figure] = []
    for i, f in figures:
        own = by_sentence.get(i, [])
        named = [s for s in own if not s.generic]
        if not named:
            nxt = [s for s in by_next.get(i + 1, []) if not s.generic and not s.local]
            if nxt and (nxt[0].backward or i + 1 in with_figures and not nxt[0].opening):
                named = nxt
        ahead = not named
        if not named:
            # the nearest sentence before that names one, and its first
            k = bisect_left(at, i)
            if k:
                ahead = False  # (one named before, of another story: none from after it either)
                if crosses is None or not crosses(at[k - 1], i):
                    named = named_all[bisect_left(at, at[k - 1]) : k]
        if ahead:
            # nothing before (a headline, a lead): the source the next sentences name
            # (not one that opens a later sentence of figures of its own; round 47)
            named = [
                s
                for s in named_all[bisect_right(at, i) : bisect_right(at, i + _AHEAD)]
                if not (s.opening and s.index in with_figures)
            ][:1]
        if named:
            out.append(replace(f, source=named[0].name))
        elif own:
            out.append(replace(f, source=own[0].name))
        else:
            out.append(replace(f, source=None))
    return out


def own_count(figures: list[Figure], lex: Lexicon, outlet: str | None) -> list[Figure]:
    """The article's own count ("по нашим подсчетам", "by our count", "our analysis of court
    rulings") is its outlet's: the gold of train and of the invented articles name the publisher
    there (``figure_own_count`` of lang/*/figures.yaml), not a source named before (carried) nor
    the document the count read ("следует из нашего анализа судебных решений").  With no outlet
    known, none."""
    return [
        replace(f, source=outlet) if _vocab(lex, "figure_own_count", f.evidence.text) else f
        for f in figures
    ]
