"""Is a trigger a happening?  Readings of real news that name an event type without reporting one.

A trigger pattern ("deserted", "задержаны", "was sentenced") proposes an event; the sentence around
it can still say that nothing happened to anyone in particular:

- a *generic reference*: the trigger describes a kind of people, not a group that did it ("those
  who went AWOL", "most of those found guilty", "the number of fighters who deserted", "тех, кто
  сбежал", "servicemen who deserted for a first time will be let go"), or its
  subject is a multitude, not a group ("сбежали тысячи военнослужащих") or no one in particular
  ("кто-то сбежал из госпиталя");
- a *law*: the people a law or bill speaks of ("a law allowing soldiers who left their unit to
  return"), or a norm told of the one who did it ("Военнослужащий, который самовольно оставил
  часть, обязан явиться в комендатуру");
- a *related headline*: a line of the page that points to another article ("Читайте также:
  ...", "Read more: ...");
- a *habit or a statistic*: "are usually thrown back to the front", "fewer people fled than in
  2024", "there are no exact statistics on deserters";
- a *label or a term*: an attributive participle ("videos of captured soldiers"), a status ("the
  status of one who left his unit without leave"), a quoted term ("«оставивших часть»");
- *someone else's fate*: a death whose victim acted on the deserters ("an officer who tried to
  stop the deserters was killed"), a detention of prisoners of war, a detention or verdict for
  another crime or a past record ("arrested on treason charges", "ранее судимый");
- a *hypothetical* carried through a conjunction ("could be deported and imprisoned");
- a departure *with leave* ("уехал из части в отпуск", "after being discharged");
- a *question* ("Сбежал ли он из части?", "Did he really desert?") or a *future* told in the
  trigger's clause, read from the verbs' morphology ("его объявят в розыск", "будет задержан"),
  with no past verb beside it.

What each language says for each reading is data (``nonevent:`` in ``lang/*/events.yaml``); this
module only knows where to look: before the trigger, in its clause, or in its sentence.
"""

from __future__ import annotations

import re
from functools import cache

from awol.extract.headings import title_question
from awol.extract.lexicon import Lexicon, Pattern
from awol.extract.recent import MISSING, preread
from awol.extract.scope_charges import _has, charge_named_other, other_act, past_record_state
from awol.extract.scope_more import (
    conditional,
    draft_evasion,
    explainer,
    kind_present,
    offence_name,
    practice_present,
    retreat,
    status_predicate,
    verb_tense,
)
from awol.extract.scope_told import told_apart
from awol.extract.scope_unmet import unmet
from awol.extract.sentences import clause_bounds
from awol.extract.victims import victim_death

_LOOKBACK = 140  # characters before a trigger that may hold its generic head
_LOOKAHEAD = 60  # characters after it, in its clause, that may hold its subject


@cache
def _rules(lang: str) -> dict[str, Pattern]:
    from awol.extract.lexicon import get_lexicon

    raw = get_lexicon(lang).extra.get("nonevent") or {}
    out: dict[str, Pattern] = {}
    for key, val in raw.items():
        if isinstance(val, dict):  # per event type: {"death": [...], ...}
            for etype, pats in val.items():
                if isinstance(pats, (str, list)) and pats:  # (not a switch: "future: true")
                    out[f"{key}:{etype}"] = _compile(pats)
        else:
            out[key] = _compile(val)
    return out


def _compile(pats: list[str] | str) -> Pattern:
    if isinstance(pats, str):
        pats = [pats]
    return Pattern("|".join(f"(?:{p})" for p in pats))


def _before_cover(text: str, e: int, rules: dict[str, Pattern]) -> str:
    """The sentence up to the official version told after a death's trigger, which the family
    was given instead ("He tried to run and was shot dead; his mother was told he had died in
    combat", «его застрелили; матери сообщили, что он погиб при выполнении боевой задачи»):
    the combat death of that version says nothing of the killing told before it (round 38,
    type38; ``cover_story`` in ``nonevent:``).  A trigger inside the version (its "died") is not
    cut off: it stays the combat death it tells."""
    p = rules.get("cover_story")
    m = p.search(text, e) if p is not None else None
    return text if m is None else text[: m.start()]


def not_a_happening(text: str, etype: str, s: int, e: int, lex: Lexicon) -> str | None:
    """Why the trigger at ``text[s:e]`` (of type ``etype``) reports no happening, or None.

    The reason names the reading (``generic``, ``habitual``, ``statistic``, ``label``,
    ``quoted``, ``law``, ``victim``, ``other_crime``, ``hypothetical``, ``question``,
    ``future``, ``authorised``, ``related``, ``history``, ``denied``, ``retreat``, ``appeal``,
    ``uncertain``, ``part``, ``failed``, ``rumour``, ``kind``) so that tests and the debugging of a corpus can tell which one
    fired.
    """
    pre = preread(text, "scope", (etype, s, e, lex.lang))  # (a long text's, read by workers)
    if pre is not MISSING:
        return pre
    rules = _rules(lex.lang)
    if not rules:
        return None
    before = text[max(0, s - _LOOKBACK) : s]
    cs, ce = clause_bounds(text, s)
    clause = text[cs:ce]
    trig = text[s:e]
    if _has(rules, "related", text):
        return "related"
    if _has(rules, "generic_before", before) or _has(rules, "indefinite_before", before):
        return "generic"
    # "Many of them were caught at train stations": a part of a kind or of a count, no group of
    # the story (no number, date or named place in the sentence; round 48, prec48)
    if _has(rules, "quantified_before", text[:s]) and not _has(rules, "quantified_anchor", text):
        return "generic"
    # the subject after the verb ("за год из армии сбежали тысячи военнослужащих")
    if _has(rules, "generic_after", text[e : min(ce, e + _LOOKAHEAD)]):
        return "generic"
    if _has(rules, "generic_opening", text[:s]):
        return "generic"
    if _has(rules, "generic_who_before", before) and not _ANCHOR.search(text, s, ce):
        return "generic"
    # a present tense in a relative clause tells what a kind of people does, not what a group
    # did: "helps soldiers who flee", "anyone who deserts" (not "who fled", "who has deserted")
    if _has(rules, "present_relative_before", before) and _present(trig, lex):
        return "generic"
    if (
        _law_relative(text[:s], rules)
        or _norm_relative(text, s, e, cs, ce, rules)
        or _norm_participle(text, s, e, cs, ce, rules)
    ):
        return "law"
    if _has(rules, "law_label_before", before) and _has(rules, "label_trigger", trig):
        return "law"
    if _has(rules, "unconfirmed", clause):
        return "denied"
    if _has(rules, "habitual", text):
        return "habitual"
    if _has(rules, "history", text):
        return "history"
    if _has(rules, "historical", clause):
        return "historical"
    # a date of history that opens the sentence dates its clauses ("В 1986 году ветеран, тогда
    # ещё срочник, сбежал из части"), where the sentence names no year of our time
    if _has(rules, "historical_opening", text[:s]) and not _has(rules, "modern_year", text):
        return "historical"
    if _has(rules, "statistic", text) or (
        _has(rules, "statistic_before", before)
        # (one man's entry in a database is his search: "The ministry's database lists him as
        # wanted", «он числится в базе данных МВД»; not a database of the missing; round 47,
        # legal47)
        and not (etype == "wanted" and _has(rules, "one_entry", text))
    ):
        return "statistic"
    told = told_apart(text, etype, s, e, lex.lang)
    if told is not None:
        return told
    told = unmet(text, etype, s, e, cs, ce, lex.lang)
    if told is not None:
        return told
    if _has(rules, "label_before", before) and _has(rules, "label_trigger", trig):
        return "label"
    if _has(rules, "status_before", before) or status_predicate(text, s, e, cs, lex.lang):
        return "label"
    if _quoted_term(text, s, e, predicate_ok=etype == "death"):
        return "quoted"
    whole = _before_cover(text, e, rules) if etype == "death" else text
    if _has(rules, f"sentence:{etype}", whole) or _has(rules, f"clause:{etype}", clause):
        return "victim" if etype == "death" else "other_crime"
    if etype == "death" and victim_death(text, s, e, cs, ce, lex.lang):
        return "victim"
    if etype == "desertion" and retreat(text, s, lex.lang):
        return "retreat"
    if etype == "desertion" and offence_name(text, s, e, lex.lang):
        return "label"
    if draft_evasion(text, etype, lex.lang):
        return "other_crime"
    # someone who hid, drove or helped the deserters is the one tried, held or sought ("a woman
    # who hid the deserter was sentenced", "searching for the man who helped them")
    if etype != "desertion" and (
        _has(rules, "helper_before", before)
        or _has(rules, "helper_after", text[s : e + _LOOKAHEAD])
        or _helped_named(before, rules)
        or _has(rules, "kin_before", before)
        or _has(rules, "kin_after", text[e : e + _LOOKAHEAD])
    ):
        return "other_crime"
    if etype == "detention" and "charged_with" in rules:
        # "arrested in Moscow on treason charges": the charge names another crime
        # (the crime is read after the cue: "detained a deserter on suspicion of theft")
        told = clause + _charged_relative(text, e, ce, rules)
        for m in rules["charged_with"].finditer(told):
            charge = told[m.start() : m.end() + 60]
            if lex.other_crimes.search(charge) and not lex.topic.search(charge):
                return "other_crime"
    if etype in ("prosecution", "sentence") and (
        charge_named_other(text, s, lex, rules) or other_act(text, lex, rules)
    ):
        return "other_crime"
    if etype == "sentence" and (
        _has(rules, "past_record_before", before[-40:])
        or past_record_state(text, s, e, ce, before, lex, rules)
    ):
        return "other_crime"
    if etype in ("prosecution", "sentence") and _for_another_crime(text, lex):
        return "other_crime"
    if _crime_named_other(text, etype, s, ce, lex, rules):
        return "other_crime"
    if _modal_through_conjunction(before, rules) or _has(rules, "modal_adverb_before", before):
        return "hypothetical"
    if _has(rules, "alternative_before", before):
        return "hypothetical"
    if _possible_course(text, cs, ce, lex) or _bare_infinitive(text, s, e, cs, lex):
        return "hypothetical"
    if etype == "desertion" and _authorised(text, rules, trig, s, cs, ce):
        return "authorised"
    if (
        _has(rules, "question", text)
        or _indirect_question(text, s, cs, ce, lex.lang)
        or explainer(text, s, e, lex.lang)
        or title_question(text, s, e, lex.lang)
    ):
        return "question"
    if _future(text, cs, ce, lex) and not (
        etype == "prosecution" and _has(rules, "trial_ahead", text[s:e])
    ):
        return "future"
    # (after the future: "Если беглец оставит часть, его объявят в розыск" is told a future)
    if conditional(text, s, lex.lang):
        return "hypothetical"
    if kind_present(text, s, e, cs, ce, lex.lang):
        return "habitual"
    if practice_present(text, cs, ce, lex.lang):
        return "habitual"
    if _generic_people(text, etype, cs, ce, lex, rules):
        return "generic"
    return None


@cache
def _indirect_words(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The words of an indirect yes/no question (``indirect_question:`` in ``nonevent:``): one
    that makes the trigger's clause a question wherever it stands in it (``clause``: «ли»), one
    that does so before the trigger (``before``: "whether", "asked if").  Read case-sensitively:
    «Артема Ли» is a surname, not the particle."""
    from awol.extract.lexicon import get_lexicon

    raw = (get_lexicon(lang).extra.get("nonevent") or {}).get("indirect_question") or {}

    def one(key: str) -> re.Pattern[str] | None:
        return re.compile(raw[key], re.UNICODE) if raw.get(key) else None

    return one("clause"), one("before")


def _indirect_question(text: str, s: int, cs: int, ce: int, lang: str) -> bool:
    """ "Журналисты спросили, задержан ли второй беглец", "Неизвестно, объявлен ли он в
    розыск", "asked whether the runaway had been detained", "It is unclear whether he was put
    on the wanted list": a trigger in an indirect yes/no question asks about a happening, it
    does not report one (real train rru-120 "информации о том, завели ли ... уголовное дело,
    нет": no gold event).  Only the trigger's clause is read ("Беглеца задержали, но неизвестно,
    возбуждено ли дело": the detention stands)."""
    clause, before = _indirect_words(lang)
    if clause is not None and clause.search(text, cs, ce):
        return True
    return before is not None and before.search(text, cs, s) is not None


def _possible_course(text: str, cs: int, ce: int, lex: Lexicon) -> bool:
    """ "солдат сбежал из роты, затем мог вернуться, сбежать опять": a sentence that tells
    what could happen or would happen (a verb of possibility with an infinitive, "мог вернуться",
    "может уйти"; a conditional particle, "ушёл бы") tells a course of things, not a happening,
    where the trigger's clause names no particular date, number or name.  The words are the
    language's (``modality:`` in ``nonevent:``, lemmas read with pymorphy3): "смог угнать"
    (managed to) is not among them, nor a negated "не мог" (a reason told with a fact)."""
    spec = _modality(lex.lang)
    if spec is None or _ANCHOR.search(text, cs, ce):
        return False
    modal, conditional = spec
    from awol.extract.tokens import tokens

    toks = tokens(text, lex.lang)
    for k, t in enumerate(toks):
        word = t.text.lower()
        # (a capital is an initial, not the particle: "рядовой Б. не явился на службу")
        if word in conditional and t.text.islower():
            return True
        if t.lemma in modal and not (k and toks[k - 1].text.lower() == "не"):
            if any(_infinitive(x.text, lex.lang) for x in toks[k + 1 : k + 4]):
                return True
    return False


def _bare_infinitive(text: str, s: int, e: int, cs: int, lex: Lexicon) -> bool:
    """ "«Задержать и вернуть в часть могут в любой момент»", "«Объявить в розыск человека, ...,
    могут уже через несколько дней»": the trigger's verb (its own first verb, else a verb right
    before it: "объявить | в розыск") is an infinitive, the sentence holds a word of possibility
    or necessity (``possibility`` and ``necessity`` in ``modality:``, lemmas: "могут", "можно",
    "нужно", "должны"), wherever it stands (the modal before its infinitive is
    :func:`_possible_course`'s), and no verb of achievement (``achieved``: "удалось задержать",
    "смогли найти", "помогли задержать") comes before the verb in its clause: what may or must
    be done is no happening.  (A plan is not read so: "коллег собираются судить за
    дезертирство" is a gold prosecution of real/ train, rru-027.)"""
    achieved, modal = _achieved(lex.lang)
    if not achieved or not modal:
        return False
    from awol.extract.tokens import tokens

    toks = tokens(text, lex.lang)
    if not any(t.lemma in modal for t in toks):
        return False
    verb = None
    for k, t in enumerate(toks):
        if t.start >= e:
            break
        if t.start >= s and _verb_form(t.text) is not None:
            verb = k
            break
    if verb is None:  # a nominal trigger: the verb right before it ("объявить в розыск")
        before = [k for k, t in enumerate(toks) if cs <= t.start < s][-2:]
        verb = next((k for k in reversed(before) if _verb_form(toks[k].text) is not None), None)
    if verb is None or _verb_form(toks[verb].text) != "INFN":
        return False
    return not any(t.lemma in achieved for t in toks[:verb] if t.start >= cs)


@cache
def _verb_form(word: str) -> str | None:
    """The part of speech of a Russian verb form by its first parse (VERB, INFN, PRTF, PRTS,
    GRND), or None."""
    from awol.extract.places import get_morph

    parses = get_morph().parse(word.lower())
    pos = parses[0].tag.POS if parses else None
    return pos if pos in ("VERB", "INFN", "PRTF", "PRTS", "GRND") else None


@cache
def _achieved(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas of achievement, and those of possibility or necessity (``modality:``)."""
    from awol.extract.lexicon import get_lexicon

    raw = (get_lexicon(lang).extra.get("nonevent") or {}).get("modality") or {}
    modal = [*(raw.get("possibility") or ()), *(raw.get("necessity") or ())]
    return frozenset(str(x) for x in raw.get("achieved") or ()), frozenset(map(str, modal))


@cache
def _modality(lang: str) -> tuple[frozenset[str], frozenset[str]] | None:
    from awol.extract.lexicon import get_lexicon

    raw = (get_lexicon(lang).extra.get("nonevent") or {}).get("modality")
    if not raw:
        return None
    return (
        frozenset(str(x) for x in raw.get("possibility") or ()),
        frozenset(str(x) for x in raw.get("conditional") or ()),
    )


_AND = re.compile(r"\s(?:и|но|а|однако|and|but)\s", re.IGNORECASE)


def _authorised(text: str, rules: dict, trig: str, s: int, cs: int, ce: int) -> bool:
    """Does the conjunct of a desertion trigger say the leaving was allowed ("уехал из части в
    отпуск")?  A trigger that spans the leave and the missing return ("отпуск и не вернулся",
    ``not_back`` in ``nonevent:``) is read in the clause and conjunct of its return."""
    pat = rules.get("not_back")
    found = pat.search(trig) if pat is not None else None
    if found is not None:
        s = s + found.start()
        cs, ce = clause_bounds(text, s)
    conj = _conjunct(text, cs, ce, s)
    # (round 37: ``authorised_more``, legal formulas «по собственному желанию»; ``authorised_sentence``
    # read in the whole sentence: "left the service when his contract ended")
    return (
        _has(rules, "authorised", conj)
        or _has(rules, "authorised_more", conj)
        or _has(rules, "authorised_sentence", text)
        # (round 49: ``authorised_known``, the leaving told as known to or let go by the command:
        # «уехал домой, и командир знал, где он», "left with his commander's knowledge")
        or _has(rules, "authorised_known", text)
    )


def _conjunct(text: str, cs: int, ce: int, s: int) -> str:
    """The conjunct of the clause that holds ``s``: "приехал в отпуск | и в часть не вернулся"."""
    start, end = cs, ce
    for m in _AND.finditer(text, cs, ce):
        if m.end() <= s:
            start = m.end()
        elif m.start() >= s:
            end = m.start()
            break
    return text[start:end]


def _future(text: str, cs: int, ce: int, lex: Lexicon) -> bool:
    """ "Если он оставит часть, его объявят в розыск", "дезертира задержат": the trigger's clause
    tells what will happen, not what happened: a finite verb of the clause is in the future tense
    (pymorphy3's ``futr``: a perfective non-past, or "будет"/"будут") and none is in the past.
    Only where the language's morphology says so (``modality: future`` in ``nonevent:``)."""
    if not _future_on(lex.lang):
        return False
    from awol.extract.tokens import tokens

    future = False
    for t in tokens(text[cs:ce], lex.lang):
        tense = verb_tense(t.text.lower())
        if tense == "past":
            return False
        future = future or tense == "futr"
    return future


@cache
def _future_on(lang: str) -> bool:
    from awol.extract.lexicon import get_lexicon

    raw = (get_lexicon(lang).extra.get("nonevent") or {}).get("modality") or {}
    return bool(raw.get("future")) and lang == "ru"


@cache
def _infinitive(word: str, lang: str) -> bool:
    if lang != "ru":
        return False
    from awol.extract.places import get_morph

    return any("INFN" in p.tag for p in get_morph().parse(word.lower())[:1])


@cache
def _generic_types(lang: str) -> frozenset[str]:
    from awol.extract.lexicon import get_lexicon

    raw = (get_lexicon(lang).extra.get("nonevent") or {}).get("generic_people_types") or []
    return frozenset(raw)


def _generic_people(
    text: str, etype: str, cs: int, ce: int, lex: Lexicon, rules: dict[str, Pattern]
) -> bool:
    """ "Soldiers who left their units were detained", "all individuals convicted in these cases
    were given suspended sentences", "courts have sentenced deserters to ten years": the people
    the sentence names up to the end of the trigger's clause are a kind (a bare or quantified
    plural), and nothing in the sentence points to anyone in particular (a number, a person's name, a pronoun, a definite or singular
    noun of people: ``generic_people*`` in ``nonevent:``).  Only for the types of
    ``generic_people_types``, which coders read as happenings only of someone in particular."""
    if etype not in _generic_types(lex.lang):
        return False
    if not _has(rules, "generic_people", text[:ce]):
        return False
    if _has(rules, "generic_people_anchor", text):
        return False
    from awol.extract.names import find_person_names

    return not find_person_names(text, lex.lang)


def _charged_relative(text: str, e: int, ce: int, rules: dict[str, Pattern]) -> str:
    """The relative clause right after the trigger's clause that tells of the one held, where his
    charge is named (``charged_relative``, matched at the clause's end: «задержала мужчину,
    которого затем обвинили в краже»); only where the held one is the trigger's object, at most
    three words after it (not «Передача X военным ... совпала с депортацией программиста,
    которого арестовали по делу о госизмене»: the programmer's).  "" where none follows (round 46,
    ruprec46)."""
    pat = rules.get("charged_relative")
    if pat is None or len(text[e:ce].split()) > 3 or not pat.match(text, ce):
        return ""
    end = _CRIME_END.search(text, text.index(",", ce) + 1)
    return text[ce : end.start() if end else len(text)]


def _helped_named(before: str, rules: dict[str, Pattern]) -> bool:
    """ "A woman who hid Petrov ... was sentenced": the one helped is named (a capitalised word
    right after the verb; patterns match the lower-cased text, so the capital is read here)."""
    pat = rules.get("helper_name_before")
    m = pat.search(before) if pat is not None else None
    return m is not None and before[m.start("obj")].isupper()


def _for_another_crime(text: str, lex: Lexicon) -> bool:
    """ "Его приговорили к шести годам: в 2019 году он ограбил магазин": a charge or a verdict
    whose sentence names another crime (``other_crimes`` in ``lang/*/events.yaml``) and nothing
    of desertion is for that crime, whichever clause names it (the deserter's past, or another
    person's case told in his story)."""
    return lex.other_crimes.search(text) is not None and lex.topic.search(text) is None


def _present(trigger: str, lex: Lexicon) -> bool:
    """The trigger's first word is a present form of a verb the lemma rules list: the lemma
    itself or the lemma with an -s ending ("flee", "flees", "deserts"; not "fled", "deserted",
    "deserting", nor "left", which a lemmatiser may read as an adjective)."""
    m = _FIRST_WORD.search(trigger)
    if not m:
        return False
    word = m.group(0).lower()
    rules = lex.lemma_rules
    if word in rules:
        return True
    return word.endswith("s") and (
        word[:-1] in rules or (word.endswith("es") and word[:-2] in rules)
    )


_FIRST_WORD = re.compile(r"\w+")


# a particular group: a number or a capitalised name after the trigger ("the 123rd Brigade")
_ANCHOR = re.compile(r"\d|(?<=\s)[A-ZА-ЯЁ][a-zа-яё]")

_ONE_OF_A_KIND = re.compile(r"\s*(?:a|an)\s", re.I)

_AUX_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got|get|gets)\s+(?:\w+ly\s+)?$", re.I)

_QUOTES = (("«", "»"), ("“", "”"), ('"', '"'))


def _quoted_term(text: str, s: int, e: int, predicate_ok: bool = False) -> bool:
    """The trigger is a short quoted term: "(аналог российских «оставивших воинскую часть»)".

    ``predicate_ok``: a killing in scare quotes after its auxiliary is still told, the quotes
    mark a euphemism ('was "liquidated"', 'were "zeroed"'); a status in quotes is a label."""
    for op, cl in _QUOTES:
        a = text.rfind(op, 0, s)
        if a < 0:
            continue
        if op == cl and text.count(op, 0, s) % 2 == 0:
            continue  # the quote before the trigger closes one
        b = text.find(cl, e)
        if b < 0 or text.rfind(cl, a + 1, s) >= 0:
            continue
        inside = text[a + 1 : b]
        if predicate_ok and _AUX_BEFORE.search(text, max(0, a - 30), a):
            continue
        # a term is a few words, not a quoted statement (which has a verb of its own and ends
        # the sentence or carries its own punctuation)
        if len(inside.split()) <= 5 and not re.search(r"[.!?,;:]", inside):
            return True
    return False


def _law_relative(before: str, rules: dict[str, Pattern]) -> bool:
    """ "The bill extends the contracts of servicemen who deserted": a trigger in a relative
    clause about the people a law, bill or decree speaks of."""
    law, relative = rules.get("law"), rules.get("relative")
    if law is None or relative is None:
        return False
    starts = [m.start() for m in relative.finditer(before)]
    return bool(starts) and law.search(before[: starts[-1]]) is not None


def _norm_relative(text: str, s: int, e: int, cs: int, ce: int, rules: dict[str, Pattern]) -> bool:
    """ "Военнослужащий, который самовольно оставил часть, обязан явиться в комендатуру": a
    trigger in a relative or participle clause about a kind of people, whose sentence goes on to
    tell what such people must, may or face (``norm_after`` in ``nonevent:``), states a norm,
    not a happening, where the clause names no date, number or name."""
    relative, label, norm = (rules.get(k) for k in ("relative", "label_trigger", "norm_after"))
    if norm is None or ce >= len(text) or not norm.search(text[ce : ce + 40]):
        return False
    if not (
        (relative is not None and relative.search(text, cs, s))
        # (a lexicon Pattern's match takes no end: the trigger's words alone, cut at its end)
        or (label is not None and label.match(text[:e], s))
        # (or a participle after the trigger's adverb: "Военнослужащим, самовольно оставившим
        # часть ..., грозит до 10 лет": round 28, type28)
        or (label is not None and label.search(text[s:e]) is not None)
    ):
        return False
    return not _ANCHOR.search(text, cs, ce)


def _norm_participle(
    text: str, s: int, e: int, cs: int, ce: int, rules: dict[str, Pattern]
) -> bool:
    """ "Under the bill, a soldier found guilty of desertion could lose his flat", "anyone
    convicted of going AWOL would face": a trigger that is a participle right after a kind of
    people (``norm_subject_before``: "a soldier", "anyone", "soldiers"), whose clause goes on
    to tell what such a one could, would or will undergo (``norm_modal_after``), states a norm,
    not a happening, where the clause names no date, number or name (English; the Russian
    clause is cut by its commas and read by :func:`_norm_relative`)."""
    subject, modal = rules.get("norm_subject_before"), rules.get("norm_modal_after")
    if subject is None or modal is None or e >= ce:
        return False
    kind = subject.search(text[cs:s])
    if kind is None or modal.search(text[e:ce]) is None or _ANCHOR.search(text, cs, ce):
        return False
    # one of a kind ("a soldier found guilty ...") is a norm only where a law frames the
    # sentence ("Under the bill, ..."): "a soldier detained last week will be tried" is someone
    law = rules.get("law")
    one = _ONE_OF_A_KIND.match(text[cs:s], kind.start())
    return one is None or (law is not None and law.search(text) is not None)


def _modal_through_conjunction(before: str, rules: dict[str, Pattern]) -> bool:
    """ "he could be sent back to Russia and jailed": a bare participle right after "and"
    shares the auxiliary (and its modal or negation) of the conjunct before it."""
    modal, conj, boundary = (rules.get(k) for k in ("modal_conjunct", "conjunction", "boundary"))
    if modal is None or conj is None or boundary is None:
        return False
    m = conj.search(before)
    if not m:
        return False
    prev = before[: m.start()]
    # the conjunct before: back to the last clause boundary
    ends = [b.end() for b in boundary.finditer(prev)]
    return bool(modal.search(prev[ends[-1] if ends else 0 :]))


@cache
def _crime_types(lang: str) -> frozenset[str]:
    from awol.extract.lexicon import get_lexicon

    raw = (get_lexicon(lang).extra.get("nonevent") or {}).get("crime_types") or []
    return frozenset(raw)


_CRIME_END = re.compile(r"[,;:.!?()\u2014\u2013]")


def _crime_named_other(
    text: str, etype: str, s: int, ce: int, lex: Lexicon, rules: dict[str, Pattern]
) -> bool:
    """ "was sentenced to 12 years for killing a police officer", "a court sentenced a man for
    refusing military service": a verdict or a charge that names its offence ("for ...", "guilty
    of ...": ``crime_after`` in ``nonevent:``) names desertion when it is about desertion.  The
    phrase of the offence, up to the next comma or the end of the clause, holding neither a
    desertion word (``topic``) nor a cue lemma of desertion (``cues: desertion``, any form:
    "leaving", "absence", "fled"), is another crime.  A term ("for five years"), a pronoun or "the
    same" (the offence told before) is no offence named (``crime_unnamed``)."""
    if etype not in _crime_types(lex.lang):
        return False
    # a charge's offence before its trigger, anywhere in the sentence: "По факту нападения на
    # ... возбуждено уголовное дело", "По факту гибели военнослужащего, пытавшегося ...,
    # возбуждено уголовное производство" (``crime_before``; the phrase runs to a comma)
    pre = rules.get("crime_before")
    if pre is not None and etype == "prosecution":
        for m in pre.finditer(text[:s]):
            end = _CRIME_END.search(text, m.end(), s)
            if _offence_other(text[m.end() : end.start() if end else s], lex, rules):
                return True
    pat = rules.get("crime_after")
    if pat is None:
        return False
    for m in pat.finditer(text[s:ce]):  # from the trigger's start: "charged with ..."
        end = _CRIME_END.search(text, s + m.end(), ce)
        phrase = text[s + m.end() : end.start() if end else ce]
        if _has(rules, "crime_term", phrase):
            continue  # "jailed for ten years for ...": the offence comes next
        told = text[s + m.start() : end.start() if end else ce]
        return bool(_offence_other(phrase, lex, rules, told))
    # the offence named after a clause about the convict ("sentenced a soldier who deserted last
    # year to four years for stealing fuel", "приговорил солдата, который самовольно оставил
    # часть, за кражу топлива": round 28, type28): the first one named after the trigger's
    # clause, where that clause names none; a desertion told of the convict is not the charge
    for m in pat.finditer(text[ce:]):
        a, b = ce + m.start(), ce + m.end()
        end = _CRIME_END.search(text, b)
        phrase = text[b : end.start() if end else len(text)]
        if _has(rules, "crime_term", phrase):
            continue
        return bool(
            lex.other_crimes.search(phrase)
            and _offence_other(phrase, lex, rules, text[a : end.start() if end else len(text)])
        )
    return False


def _offence_other(
    phrase: str, lex: Lexicon, rules: dict[str, Pattern], told: str | None = None
) -> bool:
    """Is the offence ``phrase`` names another crime than desertion (True), desertion or none
    named (False)?  ``told``: the phrase with the words that introduce it ("for not going back
    to his regiment"), where a desertion trigger reads it."""
    if not phrase.strip() or _has(rules, "crime_unnamed", phrase):
        return False
    # the offence named first is the charge: "harbouring a fugitive", "stealing a car"
    # (not "desertion and theft")
    other = lex.other_crimes.search(phrase)
    topic = lex.topic.search(phrase)
    if other and (topic is None or other.start() < topic.start()):
        return True
    if topic:
        return False
    from awol.extract.classifier import _cue_sets
    from awol.extract.tokens import tokens

    desertion = _cue_sets(lex.lang).get("desertion", frozenset())
    if any(t.lemma in desertion or t.text.lower() in desertion for t in tokens(phrase, lex.lang)):
        return False
    # a flight told in words no cue lemma holds, which a desertion trigger reads ("for staying
    # away from his unit", "for not going back to his regiment": round 27, recall27)
    from awol.extract.trigger_find import find_triggers as _find_triggers

    return not any(t.type == "desertion" for t, _s, _e in _find_triggers(told or phrase, lex))
