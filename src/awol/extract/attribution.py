"""Who a sentence attributes its facts to ("according to X", "X reported", "по данным X")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from awol.extract.attribution_story import a_person_teller, attribution_rx
from awol.extract.dates import find_dates
from awol.extract.lexicon import Lexicon, get_lexicon
from awol.extract.prefilter import FilteredRegex, filtered
from awol.extract.recent import MISSING, per_list, preread
from awol.extract.referents import (
    a_channel_noun,
    a_headline_teller,
    a_role_noun,
    channel_before,
    person_before,
    pronoun_gender,
)

_LEAD = re.compile(r"^(?:the|a|an|and|but|also|both|then)\s+", re.IGNORECASE)
_QUOTES = "\"'“”«»„‘’"
_TAIL = re.compile(
    r"\s+(?:in|on|late|earlier|last|this|via)\s+(?:western|eastern|northern|southern|central|social|its|his|her|their|a|the)?\s*\w*\s*\w*$"
)
# a time said with the source, not part of it: "сообщила полиция в понедельник"
_TAIL_TIME = re.compile(
    r"\s+(?:(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"|накануне|вчера|сегодня|утром|вечером|днём|днем|ночью)$",
    re.I,
)
# a day said before the subject, not part of it: "В субботу канал сообщил, что ..." (round 35)
_LEAD_TIME = re.compile(
    r"^(?:(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"|накануне|вчера|сегодня|утром|вечером|позже|позднее|затем)\s+(?=\S)",
    re.I,
)
# where the source said it, not part of it: "сообщило управление полиции на своей странице в
# Facebook", "сообщил глава района в своём Telegram-канале"
_TAIL_OWN_PAGE = re.compile(r"\s+(?:в|во|на)\s+сво(?:[её]м|ей|их)\s.*$", re.I)
_TAIL_AUX = re.compile(r"\s+(?:has|have|had)$", re.I)
_CITED_BY = re.compile(r"\s(?:cited|quoted)\s+by\s", re.I)
# "a commander ... who had claimed asylum": the verb of a relative clause, whose subject is no
# one's words ("который заявил" likewise)
_RELATIVE = re.compile(r"\b(?:who|which|whom|whose|котор\w+)\b", re.I)
# "Пресс-служба МВД официально не подтвердила", "the ministry did not confirm": a denial or a
# silence attributes nothing
_NEGATED = re.compile(
    r"\b(?:не|ни|not|never|n[o']t|didn['’]t|hasn['’]t|haven['’]t)"
    r"(?:\s+(?:официально|пока|ещё|еще|так|и|yet|officially|publicly))*$",
    re.I,
)
_PASSIVE_END = re.compile(
    r"\b(?:were|was|is|are|been|be|being|later|also|reportedly|был\w*|были)$", re.I
)
# "The arrest of a deserter in Tver was confirmed by the regional police": the subject of a
# passive verb of saying is what was said, not who said it, also where a tail ("in Tver") cut
# from it hides the auxiliary the check above reads; "The news was first reported by X": an
# adverb of time or order after the auxiliary too
_PASSIVE_AUX = re.compile(
    r"\b(?:were|was|is|are|been|being)"
    r"(?:\s+(?:\w+ly|first|also|then|later|earlier|originally|since|soon))?\s*$",
    re.I,
)


@lru_cache(maxsize=8)
def _filtered(patterns: tuple[re.Pattern[str], ...]) -> tuple[re.Pattern[str] | FilteredRegex, ...]:
    """The attribution patterns with a prefilter on the words each needs (same matches)."""
    return tuple(filtered(p) for p in patterns)


@lru_cache(maxsize=16)
def _media_before(media: str) -> re.Pattern[str]:
    return re.compile(rf"\b{media}\s+(?P<name>[\"«“]?[A-ZА-ЯЁ0-9][^,;]*)$")


@lru_cache(maxsize=16)
def _media_after(media: str) -> re.Pattern[str]:
    return re.compile(rf"^(?P<name>[A-ZА-ЯЁ«\"“][\w.\-«»\"“” ]*?)\s+{media}$")


@dataclass(frozen=True)
class Source:
    text: str  # as written in the article (a substring of the sentence)
    start: int
    end: int
    span_start: int = -1  # the whole attribution phrase (places in it are the source's, not
    span_end: int = -1  # the event's: "the administration of the Oryol region south of Moscow")
    told: bool = False  # the outlet people told ("they told BBC News Russian"): not a statistic's
    search: bool = False  # the body that declared a search ("wanted by the FSB"): a search's only
    speaker: bool = False  # the speaker after a quote and a dash ("«...», — говорит юрист"): a
    # person's words, the source of what the quote's sentence tells, never carried to another
    # (also a pattern's group `own`: "..., police say.", its own sentence's only; round 36)
    # the outlet's own information ("По нашим данным"): its own paragraph's only, as a document
    # of one case is (an event of a later paragraph does not take it: the invented gold, b05)
    paragraph: bool = False
    # an anaphora of a kind of body given as written ("court": :func:`resolve`), and the source
    # it was read as before (the last named, or None): what the article's statistics and its
    # other sentences take from this sentence (figure_sources._statements), as before
    refers: str | None = None


@dataclass(frozen=True)
class Anaphora:
    """A sentence that attributes its facts to one named before ("the outlet said"): the span
    of that phrase; :func:`resolve` gives it the last source named."""

    span_start: int
    span_end: int
    text: str = ""  # the phrase as written ("ministry", "outlet")
    # a speaker's pronoun ("she said", «говорит она», group `person`; «По ее словам», group
    # `pron`): the person named before it (:mod:`awol.extract.referents`); ``fallback`` what the
    # sentence's other phrases give where no one is (group `person` only: "She told the outlet
    # Astra" -> Astra)
    pronoun: str = ""
    speaker: bool = False  # group `person`
    fallback: Source | None = None
    # the outlet's own information ("According to our information", «По нашим данным», group
    # `ours`): the article's outlet (:class:`SourceChain`'s), none where it is not known
    ours: bool = False


def find_source(sentence: str, lex: Lexicon, last_named: str | None = None) -> Source | None:
    """The attributed source of ``sentence`` or None.

    ``last_named`` is the last named source of the document; generic references such as "the
    outlet said" resolve to it.
    """
    return resolve(own_source(sentence, lex), last_named, lex.lang)


def resolve(
    own: Source | Anaphora | None, last_named: str | None, lang: str | None = None
) -> Source | None:
    """:func:`find_source` from :func:`own_source` (read once) and the last source named before.

    An anaphora of a kind of body ("the court", "the ministry": ``anaphora_kind`` of
    ``lang/<lang>/attribution.yaml``) refers back only to a source of its kind (one that holds
    its noun: "the ministry" after "Russia's Defence Ministry"); after another kind of source (an
    outlet: "Mediazona wrote ... According to the court, ...") or none, it is the source as
    written ("court"), of its own sentence only."""
    if own.__class__ is Anaphora:
        if own.speaker:  # ("..., she said" with no one named before: what else it names)
            return own.fallback
        if own.ours:  # (the outlet, not known here)
            return None
        if lang and own.text:
            kind = attribution_rx(lang, "anaphora_kind")
            m = kind.match(own.text) if kind is not None else None
            if m and (not last_named or m.group("noun").lower() not in last_named.lower()):
                # (its own sentence's events' only, as a speaker's words: not what a later
                # anaphora refers back to; the statistics and the carry read ``refers``)
                # (a document named before is no body's anaphora: "According to the verdict,
                # ... the court noted" refers to nothing, carried nowhere: a_document)
                refers = None if last_named and a_document(last_named, lang) else last_named
                return Source(
                    own.text, -1, -1, own.span_start, own.span_end, speaker=True, refers=refers
                )
        return Source(last_named, -1, -1, own.span_start, own.span_end) if last_named else None
    return own


@lru_cache(maxsize=1024)
def a_document(source: str, lang: str) -> bool:
    """Is ``source`` a document of one case ("the verdict", "материалов дела")?
    (``event_source_document`` of ``lang/<lang>/figures.yaml``.)"""
    raw = str(get_lexicon(lang).extra.get("event_source_document") or "")
    return bool(raw and re.search(raw, source, re.IGNORECASE))


def own_source(sentence: str, lex: Lexicon) -> Source | Anaphora | None:
    """What ``sentence`` itself says of its source: a :class:`Source` it names (``start`` >= 0:
    a source the next sentences' anaphora may refer to), an :class:`Anaphora`, or None.  It does
    not depend on the sources of other sentences (only :func:`resolve` does).

    An unnamed informant ("citing sources in the ministry") gives way to a source the sentence
    names by another of its phrases (the outlet that relays it); it is the source only where the
    sentence names no one else."""
    pre = preread(sentence, "source", lex.lang)  # (a long text's, read by workers)
    if pre is not MISSING:
        return pre
    return _own_source(sentence, lex)


def _own_source(sentence: str, lex: Lexicon) -> Source | Anaphora | None:
    """(:func:`own_source`, not pre-read.)  A speaker's pronoun (group `person`: "..., she
    said") is the sentence's :class:`Anaphora` whatever else it names, with that as its
    ``fallback``."""
    person: Anaphora | None = None
    got = None
    for got in _own_sources(sentence, lex):
        if got.__class__ is Anaphora and got.speaker and person is None:
            person = got
            continue
        break
    else:
        got = None
    if person is None:
        if got is None:
            return _past_aside(sentence, lex)
        return got
    fallback = got if got.__class__ is Source else None
    return Anaphora(person.span_start, person.span_end, person.text, person.pronoun, True, fallback)


def _past_aside(sentence: str, lex: Lexicon) -> Source | Anaphora | None:
    """A teller parted from its verb by a clause set between commas (round 40, source40): "The
    verdict, published on the court's website, says ...", "Mediazona, which tracks the courts,
    reported ...", «Из материалов дела, с которыми ознакомилась «Медиазона», следует, что ...»,
    «В приговоре, опубликованном на сайте суда, говорится ...».  Where the sentence as written
    names no source, it is read again without such clauses (``aside`` of
    ``lang/<lang>/attribution.yaml``: a relative clause or a participle's), the spans placed
    back in the sentence as written."""
    rx = attribution_rx(lex.lang, "aside")
    if rx is None:
        return None
    cuts = [(m.start(), m.end()) for m in rx.finditer(sentence)]
    if not cuts:
        return None
    short = "".join(sentence[a:b] for a, b in _kept(cuts, len(sentence)))
    got = None
    person = None
    for got in _own_sources(short, lex):
        if got.__class__ is Anaphora and got.speaker:
            person = person or got
            continue
        break
    else:
        got = None
    got = got or person
    if got is None:
        return None

    def back(i: int) -> int:
        if i < 0:
            return i
        for a, b in cuts:
            if i >= a:
                i += b - a
        return i

    if got.__class__ is Anaphora:
        return replace(got, span_start=back(got.span_start), span_end=back(got.span_end))
    if sentence[back(got.start) : back(got.start) + len(got.text)] != got.text:
        return None  # (a teller that spans a cut: not as written)
    start = back(got.start)
    return replace(
        got,
        start=start,
        end=start + len(got.text),
        span_start=back(got.span_start),
        span_end=back(got.span_end),
    )


def _kept(cuts: list[tuple[int, int]], n: int) -> Iterator[tuple[int, int]]:
    """The spans of a text of length ``n`` outside the (sorted, disjoint) ``cuts``."""
    at = 0
    for a, b in cuts:
        yield at, a
        at = b
    yield at, n


def _own_sources(sentence: str, lex: Lexicon) -> Iterator[Source | Anaphora]:
    """What :func:`own_source` would give, then (after a speaker's pronoun, group `person`) what
    the sentence's other phrases would."""
    unnamed: Source | None = None
    for told, patterns in ((False, lex.attribution), (True, lex.attribution_told)):
        if told and unnamed is not None:
            # "a law enforcement source told TASS": the informant and the outlet it told, as
            # written (the coders' practice; either is the source), still an unnamed informant
            # (never carried to the article's other events)
            yield _told_chain(sentence, unnamed, patterns, lex) or unnamed
            return
        for pattern in per_list(patterns, _filtered):
            m = pattern.search(sentence)
            if not m:
                continue
            if _subject_quote(sentence, m, lex.media_nouns):
                continue
            if "ours" in m.re.groupindex and m.group("ours") is not None:
                # "According to our information", «По нашим данным»: the outlet itself
                yield Anaphora(m.start("src"), m.end("src"), ours=True)
                return
            if "person" in m.re.groupindex and m.group("person") is not None:
                # "..., she said", «Он уточнил, что»: a speaker's pronoun (round 35)
                yield Anaphora(m.start("src"), m.end("src"), "", m.group("person"), True)
                continue
            if "pron" in m.re.groupindex and m.group("pron") is not None:
                # "По его словам": a pronoun for the one named before (no name of its own)
                yield Anaphora(m.start("src"), m.end("src"), "", m.group("pron"))
                return
            src = _tidy(sentence, m.start("src"), m.end("src"), lex)
            if src is None:
                continue
            if "head" in m.re.groupindex and not a_headline_teller(m.group("head"), lex.lang):
                continue  # ("Kursk: two deserters detained": a place, not a teller)
            if lex.attribution_anaphora.match(src.text) or relays_anaphora(src.text, lex.lang):
                # "a source told the outlet"; "the channel's sources said": an informant of the
                # outlet named before, which is the source
                yield Anaphora(m.start("src"), m.end("src"), src.text)
                return
            found = Source(
                src.text,
                src.start,
                src.end,
                m.start("src"),
                m.end("src"),
                told=told,
                search=told and "search" in m.re.groupindex,
                speaker=("dash" in m.re.groupindex and m.group("dash") is not None)
                or "own" in m.re.groupindex,
            )
            if not told and a_person_teller(src.text, lex.lang):
                # "His wife told the outlet Astra that ...": the person with the outlet told,
                # as written (either is the source; the chain is the outlet's report, carried
                # to the story as an outlet is: attribution_story.told_chain)
                chain = _told_chain(sentence, found, lex.attribution_told, lex)
                if chain is not None:
                    yield chain
                    return
            if not told and a_role_noun(src.text, lex.lang):
                # "the politician noted": the person named before in that role, else as written
                yield Anaphora(found.span_start, found.span_end, src.text, src.text, True)
                yield found
                return
            if not lex.attribution_anonymous.match(src.text):
                yield found
                return
            unnamed = unnamed or found
    if unnamed is not None:
        yield unnamed


@lru_cache(maxsize=1024)
def finding(sentence: str, lang: str) -> str | None:
    """ "The court established that ...", "Судом установлено, что ...", "Следствие установило":
    the court or the investigation whose finding the sentence tells (``finding`` of
    ``lang/<lang>/attribution.yaml``).  The source of its own sentence's events where neither
    the sentence nor the story around it gives one (``ArticleStatements.attribute``): a
    fallback, never carried, never over a source the story gives (round 32, source32)."""
    rx = attribution_rx(lang, "finding")
    m = rx.search(sentence) if rx is not None else None
    return m.group("src") if m is not None else None


def _subject_quote(sentence: str, m: re.Match[str], media: str = "") -> bool:
    """ "«Сибирь.Реалии» рассказали историю ...": a match of the speaker-after pattern (its
    group ``dash``) from a closing quote with no dash after it, where the quote closes a name
    that opens the sentence, alone or after the noun of its kind ("Издание «Люди Байкала»
    рассказало историю ...": ``media``, the language's ``media_nouns``): that name is the
    verb's subject, not a quote, and what follows the verb its object (not the "Об этом
    «Свободному Уралу» рассказала его жена" of an outlet told mid-sentence)."""
    if "dash" not in m.re.groupindex or m.group("dash") is not None:
        return False
    at = m.start()
    closing = sentence[at]
    opener = {"»": "«", '"': '"'}.get(closing)
    if opener is None:
        return False
    lead = len(sentence) - len(sentence.lstrip())
    kind = _media_lead(media).match(sentence, lead) if media else None
    if kind is not None:
        lead = kind.end()
    return (
        sentence.startswith(opener, lead) and sentence.count(opener, 0, at) == 1 and at - lead <= 42
    )


@lru_cache(maxsize=16)
def _media_lead(media: str) -> re.Pattern[str]:
    """The noun of an outlet's kind before its name, with at most one adjective ("Издание ",
    "Независимое издание ", "Telegram-канал ")."""
    return re.compile(rf"(?i:(?:[\w-]+\s+)?{media})\s+")


def _told_chain(sentence: str, unnamed: Source, patterns: list, lex: Lexicon) -> Source | None:
    """ "Sources in the ministry told Verstka": the unnamed informant with the outlet it told,
    where the sentence goes on from it with the language's ``told_verb`` (``attribution`` of
    ``lang/<lang>/text.yaml``; "told") and a ``told`` pattern names the outlet."""
    if unnamed.start < 0 or not lex.attribution_told_verb.match(sentence, unnamed.end):
        return None
    for pattern in patterns:
        m = pattern.search(sentence, unnamed.end)
        if m and m.start() <= unnamed.end + 2 and m.end("src") - unnamed.start <= 120:
            text = sentence[unnamed.start : m.end("src")]
            return Source(text, unnamed.start, m.end("src"), unnamed.span_start, m.end("src"))
    return None


def _relayed(sentence: str, start: int, lex: Lexicon) -> bool:
    """Whether the words before ``start`` join it to an outlet that relays it ("... со ссылкой
    на" ``решение``)."""
    return any(
        m.end() == start
        for m in lex.attribution_relay.finditer(sentence, max(0, start - 40), start)
    )


class SourceChain:
    """The attributed source of each sentence of an article (:func:`find_source` with the last
    source named before it), read only where asked: what a sentence itself says is read once,
    and the sentences before it only for an anaphora ("the outlet said"), back to the nearest
    that names a source.  The same sources as reading every sentence in turn; a sentence no
    stage asks about (most of those with no trigger) is never read."""

    def __init__(
        self,
        sentences: list,
        lex: Lexicon,
        outlet: str | None = None,
        names: Callable[[int], list] | None = None,
    ) -> None:
        self._outlet = outlet  # (the article's: "По нашим данным" is its own information)
        # each sentence's person names (the document's reader, read once), for "she said"
        self._names = names
        self._texts = [s.text for s in sentences]
        self._paras = [getattr(s, "paragraph", 0) for s in sentences]
        self._lex = lex
        self._own: dict[int, Source | Anaphora | None] = {}
        self._upto: dict[int, str | None] = {}  # j -> the last source named at or before j

    def _own_at(self, i: int) -> Source | Anaphora | None:
        own = self._own
        if i in own:
            return own[i]
        found = own[i] = own_source(self._texts[i], self._lex)
        return found

    def last_named(self, i: int) -> str | None:
        """The source the nearest sentence before ``i`` names (None: none does)."""
        walked = []
        j = i - 1
        found = None
        while j >= 0:
            if j in self._upto:
                found = self._upto[j]
                break
            walked.append(j)
            own = self._own_at(j)
            if own is not None and own.__class__ is Source and not own.speaker:
                found = own.text  # (not a speaker: "издание сообщило" refers to an outlet)
                break
            j -= 1
        for w in walked:
            self._upto[w] = found
        return found

    def own_read(self, start: int, stop: int) -> dict[int, Source | Anaphora | None]:
        """What the sentences from ``start`` to ``stop`` say of their source, where read."""
        return {i: v for i, v in self._own.items() if start <= i < stop}

    def know(self, own: dict[int, Source | Anaphora | None]) -> None:
        """What some sentences say of their source, read elsewhere (:meth:`own_read`: a worker
        of a long text, :mod:`awol.extract.sentence_pool`)."""
        for i, v in own.items():
            self._own.setdefault(i, v)

    def source(self, i: int) -> Source | None:
        """The source of sentence ``i``: its own, or for an anaphora the last one named (a
        speaker's pronoun or "the channel": the one it refers to, :meth:`_referent`)."""
        own = self._own_at(i)
        if own.__class__ is Anaphora:
            if own.ours:
                outlet = self._outlet
                if not outlet:
                    return None
                return Source(outlet, -1, -1, own.span_start, own.span_end, paragraph=True)
            return self._referent(i, own) or resolve(own, self.last_named(i), self._lex.lang)
        return own

    def _named(self, j: int) -> str | None:
        own = self._own_at(j)
        if own is not None and own.__class__ is Source and not own.speaker:
            return own.text
        return None

    def _referent(self, i: int, own: Anaphora) -> Source | None:
        """A speaker's pronoun: the person of its gender named before it; "the channel": the
        channel named before it (:mod:`awol.extract.referents`), where no source is named
        nearer; None where neither."""
        lang = self._lex.lang
        name = None
        if own.pronoun:
            gender = pronoun_gender(own.pronoun, lang)
            if gender is not None:
                name = person_before(
                    self._texts, self._paras, i, gender, lang, self._named, own.pronoun, self._names
                )
        elif own.text and a_channel_noun(own.text, lang):
            name = channel_before(self._texts, self._paras, i, lang, self._named)
        if not name:
            return None
        return Source(name, -1, -1, own.span_start, own.span_end)


def _tidy(sentence: str, start: int, end: int, lex: Lexicon) -> Source | None:
    text = sentence[start:end]
    if _PASSIVE_AUX.search(text):
        return None
    # drop leading function words and trailing "in western Russia" / "on social media" tails
    while True:
        m = _LEAD.match(text)
        if not m:
            break
        start += m.end()
        text = text[m.end() :]
    m = _LEAD_TIME.match(text)
    if m:
        start += m.end()
        text = text[m.end() :]
    tail = _TAIL.search(text)
    if tail and tail.start() > 8:
        text = text[: tail.start()]
    tail = _TAIL_TIME.search(text)
    if tail and tail.start() >= 2:
        text = text[: tail.start()]
    tail = _TAIL_OWN_PAGE.search(text)
    if tail and tail.start() >= 2:
        text = text[: tail.start()]
    tail = _TAIL_AUX.search(text)  # "Kyiv has said": the auxiliary is the verb's
    if tail and tail.start() >= 2:
        text = text[: tail.start()]
    # "the exiled news outlet IStories" -> "IStories"; "The Kommersant newspaper" -> "Kommersant"
    media = lex.media_nouns
    m = _media_before(media).search(text)
    if m and text.count("«", 0, m.start()) > text.count("»", 0, m.start()):
        m = None  # (the noun is a word of a name in guillemets: «Новая газета Европа»)
    if m:
        start += m.start("name")
        text = m.group("name")
    elif not _CITED_BY.search(text):  # ("officials cited by the broadcaster" stays whole)
        m = _media_after(media).match(text)
        if m:
            text = m.group("name")
    # "«Верстка» со ссылкой на источники": the outlet relays an unnamed informant, and is the
    # source (a named informant stays written with it: either is the source as written)
    # (and one that relays no one: "со ссылкой на решение", a document named alone)
    relay = lex.attribution_relay.search(text)
    if (
        relay
        and relay.start() > 1
        and (
            lex.attribution_anonymous.match(text[relay.end() :])
            or lex.attribution_document.match(text[relay.end() :])
        )
    ):
        text = text[: relay.start()]
    text = (
        text.strip(" " + _QUOTES) if text[:1] in _QUOTES and text[-1:] in _QUOTES else text.strip()
    )
    if (
        start < len(sentence)
        and sentence[start] in _QUOTES
        and not text.startswith(sentence[start])
    ):
        start += 1
    if len(text) < 2 or lex.attribution_reject.match(text) or len(text.split()) > 14:
        return None
    if _only_a_date(text, lex.lang):
        return None  # "По данным на 30 сентября 2025 года, ...": when, not who
    if lex.attribution_document.match(text) and _relayed(sentence, start, lex):
        return None
    # "Nearly 300 were later reported ...": a passive, not a source
    if _PASSIVE_END.search(text) or _RELATIVE.search(text) or _NEGATED.search(text):
        return None
    pos = sentence.find(text, max(0, start - 2))
    if pos < 0:
        return None
    return Source(text, pos, pos + len(text))


_WORD = re.compile(r"\w+")


def _only_a_date(text: str, lang: str) -> bool:
    """Are the words of a would-be source a date and at most two short words ("на 30 сентября
    2025 года", "as of October 1")?  A date says when, never who; only one with a digit (a day
    or a year), so that no name is read as a month."""
    if not any(ch.isdigit() for ch in text):
        return False
    spans = [(d.start, d.end) for d in find_dates(text, lang, None)]
    if not spans:
        return False
    rest = [
        m.group(0) for m in _WORD.finditer(text) if not any(a <= m.start() < b for a, b in spans)
    ]
    return len(rest) <= 2 and all(len(w) <= 3 for w in rest)


def relays_anaphora(source: str, lang: str) -> bool:
    """Is ``source`` an informant of an outlet the sentence names only by a common noun ("the
    channel's sources", "the outlet's source")?  (``anaphora_relay`` of
    ``lang/<lang>/attribution.yaml``.)  The outlet named before is the source, not the
    informant: the coders name the outlet."""
    rx = attribution_rx(lang, "anaphora_relay")
    return bool(rx and rx.search(source))
