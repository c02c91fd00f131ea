"""More readings of :mod:`awol.extract.scope` (kept apart for its size): triggers that tell a
happening which is not the deserters', or none (round 33, prec33).

- *someone else's death*: :func:`awol.extract.victims.victim_death` (beside the older
  Russian readings of whose death it is);
- *a retreat* (:func:`retreat`): a unit or an army that left its positions;
- *another crime* (:func:`draft_evasion`): a verdict or a case for dodging the draft;
- *an explainer's question* (:func:`explainer`): «Как ищут беглецов», a headline that asks how
  a thing is done;
- *a practice* (:func:`practice_present`): «Беглецов объявляют в розыск», an act done once told
  in the imperfective present (round 36, prec36).

The words are data (``retreat:``, ``draft_evasion:``, ``explainer:`` in
``lang/<lang>/relevance.yaml``); a language without them keeps every event.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from awol.extract.prefilter import FilteredRegex, StartOrRest, filtered

# a relative clause set off by commas ("подразделения полка, в котором служили беглецы,
# оставили позиции"): its people are not the subject of the verb after it
_RELATIVE = re.compile(
    r",\s*(?:[\w-]+\s+)?(?:котор\w+|кто|где|куда|who|which|whom|whose|where)\b[^,.;]*,",
    re.IGNORECASE,
)


_OF = re.compile(r"\bof\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)


@cache
def _retreat(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    from awol.extract.relevance_generic import _data

    spec = _data(lang).get("retreat") or {}
    if not spec.get("units"):
        return None
    flags = re.IGNORECASE | re.UNICODE
    return (
        re.compile(spec["units"], re.UNICODE),
        re.compile(spec["people"], flags),
        re.compile(spec["anchor"], flags),
    )


@cache
def _handover(lang: str) -> re.Pattern[str] | None:
    from awol.extract.relevance_generic import _data

    raw = (_data(lang).get("retreat") or {}).get("handover")
    return re.compile(raw, re.IGNORECASE | re.UNICODE) if raw else None


def retreat(text: str, s: int, lang: str) -> bool:
    """ "Russian units abandoned their positions near Kupiansk", «подразделения ВСУ оставили
    позиции у Степногорска и отошли»: a desertion trigger whose subject is a unit or an army (a
    noun of ``retreat: units`` as the last words before the trigger, an auxiliary, an adverb or
    a genitive between, a relative clause left out), where no person
    (``people``) stands before it as the subject and the sentence names no leaving without
    leave (``anchor``: "without permission", "AWOL", «самовольно», «дезертир»), tells a retreat,
    not a desertion.  Real train has no such sentence coded as an event (its positions left are
    soldiers': ren-045, ren-122)."""
    spec = _retreat(lang)
    if spec is None:
        return False
    units, people, anchor = spec
    # (round 38, prec38) positions handed over to another force, a rotation: whoever left them
    # ("Wagner fighters left the town and handed their positions to the army"), where the sentence
    # names no leaving without leave
    handover = _handover(lang)
    if handover is not None and handover.search(text) and anchor.search(text) is None:
        return True
    before = _RELATIVE.sub(",", text[:s])
    unit = units.search(before)
    if unit is None or _OF.search(before, 0, unit.start()) is not None:
        return False  # (a unit after "of" is not the subject: "elements of the 1st Brigade")
    # (the subject may follow the verb: «Из роты ушли двое мобилизованных»)
    after = re.split(r"[,.;:!?—–]", text[s:], maxsplit=1)[0]
    return (
        people.search(before) is None
        and people.search(after) is None
        and anchor.search(text) is None
    )


_Rx = re.Pattern[str] | FilteredRegex | StartOrRest


@cache
def _draft(
    lang: str,
) -> tuple[_Rx, _Rx, _Rx | None] | None:
    from awol.extract.relevance_generic import _data

    spec = _data(lang).get("draft_evasion") or {}
    if not spec.get("words") or not spec.get("desertion"):
        return None
    flags = re.IGNORECASE | re.UNICODE
    # (round 37, prec37) ``civil_or_fine``: alternative civilian service, or a fine for evading
    # service (no penalty of desertion or AWOL is a fine), whatever else the sentence names
    civil = spec.get("civil_or_fine")
    # (each with a prefilter on the words it needs, compiled to skip ahead: the same matches;
    # round 43, speed43: read for every trigger's sentence, ~1% of English reading)
    return (
        filtered(re.compile(spec["words"], flags)),
        filtered(re.compile(spec["desertion"], flags)),
        filtered(re.compile(civil, flags)) if civil else None,
    )


def draft_evasion(text: str, etype: str, lang: str) -> bool:
    """ "A court in Omsk fined a local man for ignoring a draft summons", «суд отправил в колонию
    мужчину, который уклонялся от мобилизации»: a verdict or a case whose sentence names dodging
    the draft (``draft_evasion: words``) and no leaving of the army (``desertion``) is for
    another crime (SCHEMA.md: a sentence or a case for desertion or AWOL).  Real train and dev:
    no gold verdict or case is told in a sentence naming the draft.  So is a search or a
    detention ("A conscript who ignored his summons was put on the wanted list", «Призывника, не
    явившегося в военкомат, объявили в розыск»: round 36, prec36; no gold event sentence of real,
    dev or the invented articles names the draft)."""
    if etype not in ("sentence", "prosecution", "wanted", "detention"):
        return False
    spec = _draft(lang)
    if spec is None:
        return False
    words, desertion, civil = spec
    if civil is not None and civil.search(text) is not None:
        return True
    return words.search(text) is not None and desertion.search(text) is None


@cache
def _openers(lang: str) -> frozenset[str]:
    from awol.extract.relevance_generic import _data

    return frozenset(str(w) for w in (_data(lang).get("explainer") or {}).get("openers") or ())


def explainer(text: str, s: int, e: int, lang: str) -> bool:
    """«Как ищут беглецов», «Как задерживают дезертиров: объясняем», «Что ждёт солдата, который
    ушёл из части»: a sentence opened by a question word (``explainer: openers``) whose first
    finite verb is not in the past tense asks how a thing is done, an explainer's title, not a
    report (a
    past verb tells one: real train rru-031 «Как российский летчик смог угнать Ми-8», rru-118
    «Как произошел побег»; «Как сообщает ...» opens no question of the trigger's).  Russian
    (pymorphy3's tense)."""
    openers = _openers(lang)
    if not openers:
        return False
    first = re.match(r"\W*([^\W\d_]+)", text)
    if first is None or first.group(1).lower() not in openers:
        return False
    if lang != "ru":
        return _explainer_en(text, first.end(), lang)
    # (the question is the sentence's first part: «Где сейчас находится муж, она не знает: по
    # её словам, он звонил ...» asks nothing after the colon)
    if re.search(r"[;:(—–]", text[: max(s, first.end())]):
        return False
    from awol.extract.places import get_morph

    # the sentence's first finite verb: the question's own («Что ждёт солдата, который ушёл из
    # части»: «ждёт», not the relative clause's «ушёл»), not a reporting one («Как сообщает ...»)
    # (before a comma: «Как известно, беглецов задерживают на вокзалах» is no question)
    for m in re.finditer(r"[^\W\d_]+", re.split(r"[,;:(—–]", text[first.end() :])[0]):
        parses = get_morph().parse(m.group(0).lower())
        if parses and parses[0].tag.POS == "VERB":
            # (a present or a future: pymorphy3 reads «уходят» as a perfective future first)
            return parses[0].tag.tense != "past" and parses[0].normal_form not in _reporting()
    return False


def _explainer_en(text: str, start: int, lang: str) -> bool:
    """ "How Russia hunts for its deserters, and what happens when it finds them", "What awaits a
    soldier who leaves his unit": an English sentence opened by a question word (``explainer:
    openers``) that tells nothing in the past (``explainer: past``; a passive present's
    participle, "are caught", "is wanted", is no past: ``explainer: passive``) asks how a thing
    is done, an explainer's title or subhead.  A past tells a report ("How a pilot flew his
    helicopter to Ukraine", "Why he left": kept).  (Round 48, prec48: no gold event's evidence
    of any English gold file we may read opens with such a word but "When", not an opener.)"""
    from awol.extract.relevance_generic import _data

    spec = _data(lang).get("explainer") or {}
    past, passive = spec.get("past"), spec.get("passive")
    if not past:
        return False
    rest = text[start:]
    for m in re.finditer(past, rest, re.IGNORECASE):
        if not (passive and re.search(passive, rest[: m.start()], re.IGNORECASE)):
            return False
    return True


@cache
def _reporting() -> frozenset[str]:
    from awol.extract.relevance_generic import _data

    return frozenset(str(w) for w in (_data("ru").get("explainer") or {}).get("reporting") or ())


@cache
def _conditional(lang: str) -> dict[str, Any]:
    from awol.extract.relevance_generic import _data

    spec = _data(lang).get("conditional") or {}
    if not spec.get("if"):
        return {}
    flags = re.IGNORECASE | re.UNICODE
    return {k: re.compile(v, flags) for k, v in spec.items() if isinstance(v, str)}


def conditional(text: str, s: int, lang: str) -> bool:
    """ "Например, если контрактник не вернулся из отпуска, его ищет военная полиция", "If a
    soldier does not come back from leave, military police look for him": a trigger in a
    sentence that sets a condition (``conditional: if``, "if", «если»; or ``when``, "when",
    «когда», whose own clause is not past: a habit) tells what is done in such a case, not what
    happened, where the sentence's main clause (after the condition's comma) names no past
    (``past`` in English; pymorphy3's tense in Russian).  "When police stopped the car, they
    found him" (a past "when") and «Если верить соседям, его задержали» (a past main clause)
    tell a happening."""
    spec = _conditional(lang)
    if not spec:
        return False
    for m in spec["if"].finditer(text, 0, s):
        comma = text.find(",", m.end())
        if comma < 0:
            continue
        cond, main = text[m.end() : comma], text[comma + 1 :]
        if m.group("when") and _past(cond, lang, spec):
            continue  # "when police stopped the car": a past, a happening
        if not _past(main, lang, spec):
            return True
    return False


def _past(clause: str, lang: str, spec: dict[str, Any]) -> bool:
    """Does ``clause`` hold a verb in the past tense?"""
    if lang == "ru":
        return any(verb_tense(w.lower()) == "past" for w in re.findall(r"[^\W\d_]+", clause))
    rx = spec.get("past")
    return rx is not None and rx.search(clause) is not None


@cache
def _kind_present(lang: str) -> dict[str, Any]:
    from awol.extract.relevance_generic import _data

    spec = _data(lang).get("kind_present") or {}
    if not spec.get("quantifiers"):
        return {}
    return {
        # (a crowd told by the manner, ``manner``: «массово», «повально»; round 35)
        "quantifiers": frozenset(
            str(w).lower() for w in [*spec["quantifiers"], *(spec.get("manner") or [])]
        ),
        "anchor": re.compile(spec["anchor"], re.IGNORECASE | re.UNICODE),
    }


def kind_present(text: str, s: int, e: int, cs: int, ce: int, lang: str) -> bool:
    """«Многие мобилизованные после отпуска не возвращаются в часть», «Такие солдаты не
    возвращаются в часть после госпиталя»: a trigger whose clause's finite verbs are all in the present
    tense (pymorphy3's ``pres``: what is done, not what was or will be) and whose people are
    counted by a word of a kind (``kind_present: quantifiers``: многие, большинство, некоторые,
    такие ...; or told a crowd by its manner, ``manner``: «Мобилизованные массово не возвращаются
    из отпусков») tells a habit of a kind of people; not where the sentence points to someone in
    particular (``anchor``: a number, a pronoun of the story's people, «сейчас»), nor where a
    name or a place (a capital after the sentence's first word) says who.  Russian."""
    spec = _kind_present(lang)
    if not spec or lang != "ru":
        return False
    clause = text[cs:ce]
    words = re.findall(r"[^\W\d_]+", clause)
    tenses = [t for t in (verb_tense(w.lower()) for w in words) if t is not None]
    if not tenses or any(t != "pres" for t in tenses):
        return False
    if not any(w.lower() in spec["quantifiers"] for w in words):
        return False
    if spec["anchor"].search(text):
        return False
    first = re.match(r"\W*[^\W\d_]+", text)
    rest = text[first.end() :] if first else text
    return re.search(r"(?<![\w«\"-])[А-ЯЁA-Z][а-яёa-z]", rest) is None


@cache
def _finite(word: str) -> tuple[str | None, bool] | None:
    """A Russian finite verb form's tense (pymorphy3's first parse), and whether it is the
    imperfective present, third person plural, of a verb of ``kind_present: practice``; None
    for any other word."""
    from awol.extract.places import get_morph

    parses = get_morph().parse(word)
    if not parses or parses[0].tag.POS != "VERB":
        return None
    tag = parses[0].tag
    practice = (
        parses[0].normal_form in _practice("ru")
        and tag.aspect == "impf"
        and tag.tense == "pres"
        and tag.person == "3per"
        and tag.number == "plur"
    )
    return tag.tense, practice


@cache
def _practice(lang: str) -> frozenset[str]:
    from awol.extract.relevance_generic import _data

    return frozenset(str(w) for w in (_data(lang).get("kind_present") or {}).get("practice") or ())


def practice_present(text: str, cs: int, ce: int, lang: str) -> bool:
    """«Военнослужащих, самовольно оставивших часть, объявляют в розыск», «Беглецов задерживают
    на вокзалах и отправляют обратно»: an act done once to someone (a search declared, an arrest,
    a verdict: ``kind_present: practice``) told in the imperfective present, third person plural,
    in a clause whose finite verbs are all present, is a practice, what is done to such people,
    not a happening (a happening is told by the perfective past: «объявили в розыск»; an ongoing
    search, «его ищут», «разыскивают», is not such a verb).  Not where the sentence points to
    someone in particular (``kind_present: anchor``: a number, a pronoun of the story's people,
    «сейчас»), nor where a capital after its first word names a place or a man («В Туле
    задерживают дезертира»).  Russian (pymorphy3's aspect, tense, person and number); round 36,
    prec36."""
    verbs = _practice(lang)
    if not verbs or lang != "ru":
        return False
    clause = text[cs:ce]
    found = False
    for w in re.findall(r"[^\W\d_]+", clause):
        verb = _finite(w.lower())
        if verb is None:
            continue
        tense, practice = verb
        if tense != "pres":
            return False  # a past or a future beside it tells a happening
        found = found or practice
    if not found:
        return False
    spec = _kind_present(lang)
    # (a pronoun after the clause points back to the kind it names: «Человека объявляют в
    # розыск, а искать его приходят туда, где он прописан»; round 43, prec43)
    if spec and spec["anchor"].search(text[:ce]):
        return False
    first = re.match(r"\W*[^\W\d_]+", text)
    rest = text[first.end() :] if first else text
    return re.search(r"(?<![\w«\"-])[А-ЯЁA-Z][а-яёa-z]", rest) is None


@cache
def _offence_name(
    lang: str,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    from awol.extract.relevance_generic import _data

    spec = _data(lang).get("offence_name") or {}
    if not spec.get("head") or not spec.get("anchor") or not spec.get("court"):
        return None
    return (
        re.compile(spec["head"], re.IGNORECASE),
        re.compile(spec["anchor"]),
        re.compile(spec["court"], re.IGNORECASE),
    )


def offence_name(text: str, s: int, e: int, lang: str) -> bool:
    """ "was sentenced to five years for leaving his unit", "found guilty of leaving his unit
    without permission": a desertion trigger that is a gerund after a preposition (``offence_name:
    head``, "for/of/after leaving ...") with nothing after it, up to the next comma, that says
    when, where, how often or with what (``anchor``: a date, "in/near" and a name, "twice", "with
    their rifles") names the offence of a verdict or a case, not a flight told.  Read invented
    and dev golds code the anchored ones ("for leaving their unit in the Zaporizhzhia region in
    late 2023", "of leaving his ship in Fokino", "of leaving his unit twice in 2024") and not the
    bare ones ("for leaving his unit, according to the court's website").  Only where a court's
    act comes before it (``court``: sentenced, jailed, found guilty, charged): a search or an
    arrest "for abandoning his unit" tells the flight as its fresh news (tests/extract/
    test_type29.py), as train's wanted notices do."""
    spec = _offence_name(lang)
    if spec is None:
        return False
    head, anchor, court = spec
    if head.match(text, s) is None or court.search(text, 0, s) is None:
        return False
    rest = re.split(r"[,;.:!?()—–]", text[e : e + 120], maxsplit=1)[0]
    return anchor.search(rest) is None


@cache
def verb_tense(word: str) -> str | None:
    """The tense of a Russian finite verb form ("past", "futr", "pres"), by its first parse
    (pymorphy3); None for any other word.  Here, not in ``scope`` which reads these readings,
    so that they need not import it back."""
    from awol.extract.places import get_morph

    parses = get_morph().parse(word)
    if not parses:
        return None
    tag = parses[0].tag
    if tag.POS != "VERB":
        return None
    return tag.tense


@cache
def _status_verbs(lang: str) -> frozenset[str]:
    from awol.extract.relevance_generic import _data

    return frozenset(str(w) for w in (_data(lang).get("status_predicate") or {}).get("verbs") or ())


@cache
def _parse(word: str) -> tuple[str, str | None, str | None, str]:
    """A Russian word's first parse: (part of speech, case, number, normal form)."""
    from awol.extract.places import get_morph

    parses = get_morph().parse(word)
    if not parses:
        return "", None, None, word
    tag = parses[0].tag
    return str(tag.POS), tag.case, tag.number, parses[0].normal_form


def status_predicate(text: str, s: int, e: int, cs: int, lang: str) -> bool:
    """«в части их числили пропавшими или самовольно ушедшими», «его признали самовольно
    оставившим часть», «объявили дезертировавшим»: a participle of the trigger in the
    instrumental, standing alone as the predicate of a verb of status earlier in its clause
    (``status_predicate: verbs``: числить, считать, признать, объявить, записать ...), says
    what a man was listed as, not what he did (the listing may be wrong: read ap-06; real train
    rru-142).  A noun of the trigger in the instrumental reads so too: «его называют
    дезертиром», «признали дезертиром» (round 47, ruprec47: a label, not a flight).  Not where
    a noun in the instrumental follows the participle (its attribute: «вместе с самовольно
    ушедшими сослуживцами»).  Russian (pymorphy3); round 43, prec43; a
    morphological reading of the older ``status_before`` word list."""
    verbs = _status_verbs(lang)
    if not verbs or lang != "ru":
        return False
    words = list(re.finditer(r"[^\W\d_]+", text[s:e]))
    if not any(
        _parse(w.group().lower())[0] in ("PRTF", "NOUN") and _parse(w.group().lower())[1] == "ablt"
        for w in words
    ):
        return False
    nxt = re.match(r"\s+([^\W\d_]+)", text[e : e + 40])
    if nxt:
        pos, case, _num, _ = _parse(nxt.group(1).lower())
        if pos == "NOUN" and case == "ablt":
            return False
    before = re.findall(r"[^\W\d_]+", text[cs:s])
    return any(_parse(w.lower())[3] in verbs for w in before)
