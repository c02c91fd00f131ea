"""Document-level rescue: an article the models read as a desertion story, from which the
sentence level extracted nothing, yields its desertion from the sentences surest of it.

The rules and the sentence classifier read one sentence at a time, and an article that tells a
flight in words neither knows ("refused to fight and walked home", "flew his helicopter to
Ukraine") loses its event whole: on held-out real train these were the "document-empty" misses.
Where nothing was extracted, the relevance model (over the whole article) reads it as reporting
a happening with probability >= ``rescue[0]`` and one of its candidate sentences holds a
desertion cue word with a desertion probability >= ``rescue[1]``, the article is read again with
the desertion of each such sentence taken as said (:attr:`awol.extract.mentions.Verdict.rescue`):
a trigger there counts, and with none the event is placed at the cue word; the sentence-level
gates (negation, law, habit, generic people) still apply, mentions of one happening merge and
the evidence is chosen as for any event, and its fields come from that sentence and the story.
Only desertions that tell a time or a place are kept from that reading (:func:`told`), and an
article that tells draft evasion anywhere is not read again.  Both thresholds are the
model's (``rescue`` in its meta, chosen on held-out real train: :data:`awol.extract.train.RESCUE`).

The same learned recovery works at the level of a type inside an article with events
(:func:`recover_types`): where the article has no event of a type and one of its sentences in the
story's context holds a cue word of that type with a probability that reaches the type's
threshold (``recover_types`` in the model's meta, chosen per type on held-out real train:
:data:`awol.extract.train.RECOVER_TYPES`), the article is read again with that type taken as said
in that sentence, and the events of that type it yields there are added (a capture told in a
word no trigger knows, "узнал о возбуждении уголовного дела").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from awol.extract.classifier import SentenceModel
from awol.extract.dates import find_dates
from awol.extract.mentions import Verdict, negated_cue, negated_lemmas
from awol.extract.merging import extra_pattern
from awol.extract.tokens import Token
from awol.model import Article, Event, Extraction

RESCUED = "desertion"  # the type an article's story is read as

# the document reader: (article, what it read, the sentences whose event of a type is taken as
# said) -> its extraction (:func:`awol.extract.document._extract`)
Reader = Callable[[Article, dict, "dict[int, str] | None"], Extraction]


def read_again(article: Article, extract: Reader, model: SentenceModel | None) -> Extraction:
    """``article`` read by ``extract``, and read again from its surest sentence where the models
    read it as a desertion story but nothing was extracted (see the module)."""
    read: dict = {}
    out = extract(article, read, None)
    if model is None or "verdicts" not in read:
        return out
    if out.events:
        out = recover_types(article, extract, out, read, model.recover_types.get(article.language))
        return date_retellings(article, extract, out, read)
    at = rescue_sentences(
        read["verdicts"], read["relevance"], model.rescue, article.text, article.language
    )
    if not at:
        return out
    again = extract(article, again_from(read), dict.fromkeys(at, RESCUED))
    events = told(again.events)
    return replace(again, events=events) if events else out


def again_from(read: dict) -> dict:
    """What a reading again starts from: the first reading's (``read``: its sentences, their
    topic, the classifier's verdicts and the relevance, which the sentences taken as said do not
    change; :func:`awol.extract.document._read` takes them where the verdicts were read whole,
    not by a long text's workers)."""
    return {"first": read}


def rescue_sentences(
    verdicts: dict[int, Verdict],
    relevance: float | None,
    thresholds: tuple[float, float] | None,
    text: str = "",
    lang: str = "en",
) -> list[int]:
    """The sentences to read the article's desertion from (see the module): none in an article
    ``text`` that tells draft evasion (``draft_evasion`` in ``lang/*/events.yaml``)."""
    if thresholds is None or relevance is None or relevance < thresholds[0]:
        return []
    evasion = extra_pattern(lang, "draft_evasion")
    if evasion is not None and evasion.search(text) is not None:
        return []
    return [
        i
        for i, v in sorted(verdicts.items())
        if RESCUED in v.cues and v.probs.get(RESCUED, 0.0) >= thresholds[1]
    ]


def told(events: list[Event]) -> list[Event]:
    """The events a rescued reading yields: its desertions that tell a time or a place (the
    coders' "a reported leaving": ../shared/corpus/dev/README.md).  Other types are left out:
    the reading takes away the gates that keep an article off the topic, not only the doubt of
    one sentence."""
    return [e for e in events if e.type == RESCUED and (e.date_text or e.place_text)]


def rescued(verdict: Verdict, etype: str = RESCUED) -> Verdict:
    """``verdict`` with its event of type ``etype`` taken as said."""
    return replace(verdict, rescue=etype)


def recover_types(
    article: Article,
    extract: Reader,
    out: Extraction,
    read: dict,
    thresholds: dict[str, float] | None,
) -> Extraction:
    """``out`` with the events of the types it has none of that the classifier is sure of in one
    sentence (:func:`type_sentences`), read again from that sentence with that type taken as said;
    only the events of those types whose evidence is that sentence are added."""
    picks = type_sentences(out.events, read, thresholds)
    if not picks:
        return out
    again = extract(article, again_from(read), picks)
    spans = {i: (read["sentences"][i].start, read["sentences"][i].end) for i in picks}
    added = [
        e
        for e in again.events
        if any(
            t == e.type and spans[i][0] <= e.evidence.start < spans[i][1] for i, t in picks.items()
        )
    ]
    return replace(out, events=out.events + added) if added else out


def type_sentences(
    events: list[Event], read: dict, thresholds: dict[str, float] | None
) -> dict[int, str]:
    """The sentence to read each event type from that an article with events has none of: its
    candidate sentence surest of that type, where the classifier's probability reaches the type's
    threshold (``recover_types`` in the model's meta, chosen on held-out real train:
    :data:`awol.extract.train.RECOVER_TYPES`), the type is the one the classifier reads in the
    sentence above all others (not "walked out of the base with 120 rounds of ammunition", a
    flight, read as a round-up), the sentence holds a cue word or a trigger of the type, and it
    stands in the story's context (it names desertion, or an event mention came a few sentences
    before it: where the rules read a story trigger).  The gates of the sentence level
    (negation, law, penalty, habit, generic people) still apply to the reading."""
    if not thresholds:
        return {}
    have = {e.type for e in events}
    context = read["context"]
    picks: dict[int, str] = {}
    for etype, threshold in thresholds.items():
        if etype in have:
            continue
        best = max(
            (
                (v.probs.get(etype, 0.0), i)
                for i, v in read["verdicts"].items()
                if context[i]
                and (etype in v.cues or any(t.type == etype for t, _a, _b in v.found))
                and v.probs.get(etype, 0.0) >= max(v.probs.values())
            ),
            default=None,
        )
        if best is not None and best[0] >= threshold and best[1] not in picks:
            picks[best[1]] = etype
    return picks


# event type -> the least probability of it the classifier gives a sentence with a cue word of it
# that may be read as a retelling of the article's undated event of that type
# (:func:`date_retellings`; round 41, evid41: held out on real train, see docs/extraction.md)
RETOLD: dict[str, float] = {"desertion": 0.05}
# the sentences after the event's first telling within which its retelling is looked for (a
# lead's flight is retold in the body's next paragraphs)
RETOLD_WITHIN = 6


def date_retellings(article: Article, extract: Reader, out: Extraction, read: dict) -> Extraction:
    """A happening the headline or the lead tells with no date (a flight in the relative clause
    of a detention: «задержали ... контрактника, который самовольно покинул воинскую часть»), and
    a body sentence that tells it again, with its date, in words neither the rules nor the
    classifier are sure of («По данным полиции, в конце августа он не вернулся в свою часть ...
    после лечения в госпитале»): the coders cite the body's telling, ours was the undated lead's,
    so it matched no gold event (a miss and a spurious event).  Where an event of a type of
    ``RETOLD`` has no date, the article is read again with that type taken as said in the sentence
    of the story's context, told after the event's first telling, that holds a cue word of the
    type and a date and no trigger of any type (a telling the rules do not read), within
    ``RETOLD_WITHIN`` sentences, and is surest of the type (at least ``RETOLD[type]``); the
    reading is kept only where that telling joined the undated event (the events the same in
    number and type, those of the other types unchanged) and gave it its date: a new happening
    is not made here."""
    undated = [e for e in out.events if e.type in RETOLD and not e.date]
    if not undated:
        return out
    context, sentences = read.get("context"), read.get("sentences")
    if context is None or sentences is None:
        return out
    cited = {e.evidence.start for e in out.events if e.evidence is not None}
    picks: dict[int, str] = {}
    for etype in sorted({e.type for e in undated}):
        first = min(e.evidence.start for e in undated if e.type == etype)
        at = next((k for k, x in enumerate(sentences) if x.end > first), 0)
        best = max(
            (
                (v.probs.get(etype, 0.0), i)
                for i, v in read["verdicts"].items()
                if context[i]
                and etype in v.cues
                and not _unnegated(sentences[i].text, v.cues[etype], article.language or "")
                and at < i <= at + RETOLD_WITHIN
                and not v.found
                and sentences[i].start not in cited
                and v.probs.get(etype, 0.0) >= RETOLD[etype]
                and find_dates(sentences[i].text, article.language or "", article.published)
            ),
            default=None,
        )
        if best is not None and best[1] not in picks:
            picks[best[1]] = etype
    if not picks:
        return out
    again = extract(article, again_from(read), picks)
    if not _dated_only(out.events, again.events, set(picks.values())):
        return out
    _keep_places(out.events, again.events, set(picks.values()))
    return again


def _keep_places(before: list[Event], after: list[Event], types: set[str]) -> None:
    """A retelling that only dated an event placed already, its evidence still the first
    telling's sentence, does not move it: such an event of ``types`` in ``after`` keeps the place
    (place_text, country, region) it had in ``before``.  A flight told by where the man went
    ("escaped to Lithuania") is not placed again at the country a quote says he left ("In August
    I decided to leave the Russian Federation": train ren-038, round 42, place42).  An event with
    no place of its own takes the retelling's (his unit's town in "he never went back to his unit
    in X"), but not a man's origin ("a 29-year-old from Russia's X region": ``origin`` in
    ``lang/en/arguments.yaml``, train ren-131)."""
    for t in types:
        old = {e.evidence.start: e for e in before if e.type == t and e.evidence is not None}
        for e in after:
            o = old.get(e.evidence.start) if e.type == t and e.evidence is not None else None
            if o is not None and (o.place_text or o.country):
                e.place_text, e.country, e.region = o.place_text, o.country, o.region


def _unnegated(text: str, tok: Token, lang: str) -> bool:
    """Is cue word ``tok`` one that tells the event only negated ("return", «прибыть»), said
    without its negation («прибыл в Армению в сентябре»: an arrival abroad, not the flight)?"""
    return tok.lemma in negated_lemmas(lang) and negated_cue(text, tok, lang) == tok.start


def _dated_only(before: list[Event], after: list[Event], types: set[str]) -> bool:
    """Is ``after`` ``before`` (in any order) with only events of ``types`` changed, as many of
    each type, one more of them dated?"""
    if sorted(e.type for e in before) != sorted(e.type for e in after):
        return False

    def others(events: list[Event]) -> list[tuple]:
        return sorted(
            (e.type, e.evidence.start, e.evidence.end, e.date or "")
            for e in events
            if e.type not in types
        )

    if others(before) != others(after):
        return False
    dated = sum(1 for e in before if e.type in types and e.date)
    return sum(1 for e in after if e.type in types and e.date) > dated
