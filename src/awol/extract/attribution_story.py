"""When a source named for a story carries to an event, and who a source is by its words: the
story-level half of attribution (split from :mod:`awol.extract.attribution`, round 41).

A sentence that opens another story (:func:`opens_new_story`), tells an earlier happening
(:func:`tells_earlier`) or is part of a photo caption (:func:`in_caption`) takes no source carried
from the story around it; a source that is a person (:func:`a_person_source`: a relative, an
honorific, a surname the article writes after a given name) speaks for its own sentence only.
The patterns are data: ``lang/<lang>/attribution.yaml``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from awol.extract.fastre import compile_fast
from awol.extract.lexicon import lang_file


@cache
def attribution_rx(lang: str, key: str) -> re.Pattern[str] | None:
    """The pattern ``key`` of ``lang/<lang>/attribution.yaml``, compiled once (None where the
    language has no such entry)."""
    data = lang_file(lang, "attribution")
    raw = data.get(key)
    if raw and PERSON_NOUNS in raw:  # (the one list of person nouns: round 52, source52)
        raw = raw.replace(PERSON_NOUNS, data["person_nouns"])
    return re.compile(raw) if raw else None


# where a pattern of ``lang/<lang>/attribution.yaml`` takes its ``person_nouns`` list
PERSON_NOUNS = "%person_nouns%"


def a_story_person(name: str, lang: str) -> bool:
    """Is the teller ``name`` all one person named by a role ("his lawyer", "a fellow soldier",
    «адвоката», «его мать»: ``story_person`` of ``lang/<lang>/attribution.yaml``, on the same
    ``person_nouns`` list as ``person``)?  A story's teller, not carried to a statistic
    (:meth:`awol.extract.figure_sources.ArticleStatements.story_teller`)."""
    rx = attribution_rx(lang, "story_person")
    return bool(rx is not None and rx.search(name))


def a_media_teller(name: str, lang: str) -> bool:
    """Is the teller ``name`` the press of a country, a region or a kind ("Ukrainian media",
    "local media in Belgorod Oblast", «местных СМИ»: ``media_teller`` of
    ``lang/<lang>/attribution.yaml``)?  Generic for statistics; for events named and carried as
    an outlet is (round 53, source53)."""
    rx = attribution_rx(lang, "media_teller")
    return bool(rx is not None and rx.match(name.strip()))


def opens_new_story(sentence: str, lang: str) -> bool:
    """Does ``sentence`` open another story of its article ("Meanwhile, in Svatove, 40 occupiers
    fled", "A former senior lieutenant ... also fled", "Как сообщалось ранее, ...", "В мае
    сообщалось о задержании ...")?  (``new_story`` of ``lang/<lang>/attribution.yaml``.)  An
    event told there or after it takes no source named for the story before it."""
    rx = attribution_rx(lang, "new_story")
    return bool(rx is not None and rx.search(sentence)) or _a_label(sentence, lang)


def _a_label(sentence: str, lang: str) -> bool:
    """Is ``sentence`` a roundup's paragraph label, a place's name and a full stop alone
    ("Kaliningrad.", "Курская область.": :func:`~awol.extract.places_dateline.paragraph_label`)?
    Each labelled paragraph tells its own case: a source named in the paragraphs before it
    (the roundup's first item's "По версии обвинения", "По данным местного телеграм-канала") is
    not carried into it.  Train has no such roundup (one headline "Побег зэков." names no
    place); the invented roundups' gold gives the later items none (round 31, source31)."""
    if len(sentence) > 64 or not sentence.rstrip().endswith("."):
        return False
    from awol.extract.places_dateline import paragraph_label  # (places read on demand)

    return paragraph_label(sentence, lang) is not None


def a_police_body(source: str, lang: str) -> bool:
    """Is ``source`` a police body ("the regional police", "Interior Ministry", «ОМВД»)?
    (``police_body`` of ``lang/<lang>/attribution.yaml``.)  What it tells in another sentence is
    not carried to a verdict or a charge (round 48, attrib48)."""
    rx = attribution_rx(lang, "police_body")
    return bool(rx is not None and rx.search(source))


def tells_earlier(sentence: str, lang: str) -> bool:
    """Does ``sentence`` tell an earlier happening from an earlier report ("Earlier, ...",
    "Ранее ...")?  (``earlier`` of ``lang/<lang>/attribution.yaml``.)  An event told there takes
    no source carried from the story around it; the sentences after it still do ("Ранее было
    обнародовано фото" goes on with the same story)."""
    rx = attribution_rx(lang, "earlier")
    return bool(rx is not None and rx.search(sentence))


def _surname_in(word: str, doc: str, honorific: re.Pattern[str] | None) -> bool:
    """Does the article ``doc`` write ``word`` as a surname: after a known given name
    ("Konstantin Yegorshin") or an honorific ("Ms. Zhurbina")?"""
    n = len(word)
    for i in _places_of(word, doc):
        if not doc[i + n : i + n + 1].isalnum():
            before = _word_before(doc, i)
            if before is not None and _names_a_surname(before, honorific):
                return True
    return False


def _word_before(doc: str, i: int) -> str | None:
    """``_WORD_BEFORE.search(doc, max(0, i - 40), i)``'s word, read back from ``i`` (the
    pattern tried at each start of the window costs 40 tries per place): the run of characters
    that are not white space before the spaces, tabs and no-break spaces that end at ``i`` (or
    at a newline right before it: ``$``), within the 40 characters before ``i``."""
    lo = max(0, i - 40)
    e = i - 1 if i > lo and doc[i - 1] == "\n" else i
    j = e
    while j > lo and doc[j - 1] in _BLANKS:
        j -= 1
    if j == e or j <= lo or doc[j - 1].isspace():
        return None
    k = j - 1
    while k > lo and not doc[k - 1].isspace():
        k -= 1
    return doc[k:j]


_BLANKS = frozenset(" \t\xa0")


@lru_cache(maxsize=1 << 16)
def _names_a_surname(before: str, honorific: re.Pattern[str] | None) -> bool:
    """Does the word ``before`` a capitalised word make it a surname: a known given name, or an
    honorific?  (Read once per word: a long text's surnames ask the same words again.)"""
    from awol.extract.names import en_given, lexicon_given

    if en_given(before) or lexicon_given(before):
        return True
    return honorific is not None and honorific.fullmatch(before) is not None


_WORD_BEFORE = re.compile(r"(\S+)[ \t\xa0]+$")
# a text this long has its capitalised words' places found in one pass (:func:`_places_of`)
SPOTS_MIN_CHARS = 100_000
# a capitalised word ([A-Z][a-z]+) where _WORD_BEFORE may end right before it: after a space,
# a tab, a no-break space, or a newline (``$`` matches before a newline at the end)
_SPOT = compile_fast(r"(?<=[ \t\xa0\n])[A-Z][a-z]+")
_SPOTS: dict[str, dict[str, list[int]]] = {}  # (the last long text: keyed by the text itself)


def _places_of(word: str, doc: str) -> Iterator[int]:
    """The places ``doc`` may write ``word`` (``[A-Z][a-z]+``) as a surname at, in order: every
    place it is found at (``str.find``) in an article; in a long text (``SPOTS_MIN_CHARS``),
    only those :data:`_SPOT` finds it at, found for every word in one pass (where a word is
    followed by no letter or digit and ``_WORD_BEFORE`` matches before it, the word is all of a
    ``_SPOT`` match: a superset of the places that pass, and no whole-text scan per word; a
    long text's names are many, each scan of it was 3 ms per 5 MB and grew with the text)."""
    if len(doc) < SPOTS_MIN_CHARS:
        i = doc.find(word)
        while i >= 0:  # (str.find: a text is not scanned by a pattern per position)
            yield i
            i = doc.find(word, i + 1)
        return
    yield from index_spots(doc).get(word, ())


def index_spots(doc: str) -> dict[str, list[int]]:
    """The places of every capitalised word :data:`_SPOT` finds in the long text ``doc`` (one
    pass, :func:`_places_of`), made where it is not made yet.  A long text's reader makes it
    once before it forks the child that reads the later events' sources (which inherits it),
    not each of them once more (:func:`awol.extract.document._read`)."""
    spots = _SPOTS.get(doc)
    if spots is None:
        _SPOTS.clear()
        spots = _SPOTS[doc] = {}
        for m in _SPOT.finditer(doc):
            w = m.group()
            at = spots.get(w)
            if at is None:
                spots[w] = [m.start()]
            else:
                at.append(m.start())
    return spots


def told_chain(name: str, lang: str) -> bool:
    """Is the source ``name`` a teller with the outlet it told, as written ("A source in law
    enforcement told TASS", "His wife told the outlet Astra": ``told_verb`` of
    ``lang/<lang>/text.yaml`` between them; :func:`awol.extract.attribution._told_chain`), its
    teller not named ("his lawyer Ivan Petrov told X" is a person's words)?  A relative's chain
    is the outlet's report, not a person's words for their own sentence only: it carries to the
    next events of its paragraph (``figure_sources.Statement.chain``; round 42, source42)."""
    from awol.extract.lexicon import get_lexicon

    m = get_lexicon(lang).attribution_told_verb.search(name)
    # (a named teller, "his lawyer Ivan Petrov told X": a person's words, their sentence's only)
    return m is not None and not re.search(r"\s[A-ZА-ЯЁ]", name[: m.start()])


def a_person_teller(name: str, lang: str) -> bool:
    """Is the teller ``name`` a person by its words: a relative, a lawyer, an honorific
    (``person`` of ``lang/<lang>/attribution.yaml``), or a name that opens with a known given
    name ("Denis Karavayko")?  Told to an outlet, such a teller makes a chain with the outlet
    (:func:`told_chain`)."""
    rx = attribution_rx(lang, "person")
    if rx is not None and rx.search(name):
        return True
    first = name.split(maxsplit=1)[0] if name.strip() else ""
    if lang != "en" or not first[:1].isupper():
        return False
    from awol.extract.names import en_given

    return bool(en_given(first))


def a_person_source(name: str, lang: str, doc: str = "") -> bool:
    """Is the source ``name`` a person by its words where the names lists cannot tell: a
    relative or a lawyer ("His mother-in-law", "жена военнослужащего"), an honorific ("Ms.
    Zhurbina"), or a surname the article ``doc`` writes after a given name elsewhere ("Yegorshin"
    after "Konstantin Yegorshin")?  (``person`` and ``honorific`` of
    ``lang/<lang>/attribution.yaml``.)  A person speaks for their own sentence only."""
    if told_chain(name, lang):
        return False  # (a person with the outlet told: the outlet's report, :func:`told_chain`)
    rx = attribution_rx(lang, "person")
    if rx is not None and rx.search(name):
        return True
    if lang != "en" or not doc:
        return False  # (Russian surnames: pymorphy3, figure_sources.a_person)
    from awol.extract.tokens import known_en

    honorific = attribution_rx(lang, "honorific")
    return any(
        _surname_in(w, doc, honorific)
        for w in re.findall(r"\b[A-Z][a-z]+\b", name)
        if len(w) > 3 and not known_en(w.lower())
    )


def in_caption(sentences: list, i: int, lang: str) -> bool:
    """Is sentence ``i`` (of the article's ``sentences``) part of a photo caption: its paragraph
    opens with "This picture taken on ... shows", "На фото ...", or ends with a photographer's
    credit ("[Name/AFP]")?  (``caption`` of ``lang/<lang>/attribution.yaml``.)  An event told
    there takes no source carried from the article around it; the story goes on after it."""
    rx = attribution_rx(lang, "caption")
    if rx is None or not 0 <= i < len(sentences):
        return False
    para = sentences[i].paragraph
    first = last = i
    while first > 0 and sentences[first - 1].paragraph == para:
        first -= 1
    while last + 1 < len(sentences) and sentences[last + 1].paragraph == para:
        last += 1
    return bool(rx.search(sentences[first].text) or rx.search(sentences[last].text))
