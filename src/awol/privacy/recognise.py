"""Find person mentions in free text (no stored names needed).

``person_spans(text)`` -> sorted ``(start, end)`` character spans of person names.

- Cyrillic text: natasha's news NER (slovnet + navec, the model ships inside the natasha wheel;
  loaded once, lazily) for ``PER`` spans, plus :func:`awol.extract.names.find_person_names`.
- Latin text (no NER model for English ships on PyPI): :func:`find_person_names` (given-name
  lists) and a rule recogniser over capitalised word sequences that takes a sequence for a person
  when a cue stands next to it (``person_cues.yaml``: titles, ranks, roles and relatives before
  it, an age after it -- "Gurov, 29," --, a verb of saying, a Slavic surname ending, a known
  given name), and leaves it readable when it is a place the gazetteer knows or contains an
  organisation word.  It errs towards masking.

Results are cached per text; :func:`prime` runs the NER over many texts in batches first
(about 2 ms a sentence batched, 15 ms one by one).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from awol.privacy.cues import cues, place_kinds

__all__ = ["cues", "person_spans", "prime", "seed", "seeded_places", "slug_spans"]

_CYR = re.compile(r"[А-Яа-яЁё]")
_LATIN_CAP = re.compile(r"[A-Z]")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")
_POSS = ("'s", "’s")
_AGE_AFTER = re.compile(r"^\s*,\s*\d{1,2}\s*,")
_INITIALS_AFTER = re.compile(r"\.(?:\s?[A-Z]\.)*")
_NER_BATCH = 64
_NER_MIN_WORDS = 4


# ----------------------------------------------------------------------------- Russian (NER)
@functools.lru_cache(maxsize=1)
def _ner() -> Any:
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())
    tagger.batch_size = _NER_BATCH
    return tagger


_ner_cache: dict[str, tuple[tuple[int, int], ...]] = {}
_NER_CACHE_MAX = 300_000


def _store_ner(text: str, spans: tuple[tuple[int, int], ...]) -> None:
    if len(_ner_cache) >= _NER_CACHE_MAX:
        _ner_cache.clear()
    _ner_cache[text] = spans


def _one_thread():  # noqa: ANN202
    """BLAS on one thread: the model's small matrices gain nothing from more, and on a busy
    machine extra threads make it several times slower."""
    try:
        from threadpoolctl import threadpool_limits

        return threadpool_limits(1)
    except Exception:  # threadpoolctl comes with scikit-learn; without it, run as is
        import contextlib

        return contextlib.nullcontext()


def _wants_ner(text: str) -> bool:
    """NER for Cyrillic text of a few words or more (sentences, titles); a short field (who,
    source, place) is covered by the rules and by the names found in its record's sentences."""
    return bool(_CYR.search(text)) and len(text.split()) >= _NER_MIN_WORDS


def _ner_spans(text: str) -> tuple[tuple[int, int], ...]:
    hit = _ner_cache.get(text)
    if hit is None:
        with _one_thread():
            markup = _ner()(text)
        hit = tuple((s.start, s.stop) for s in markup.spans if s.type == "PER")
        _store_ner(text, hit)
    return hit


def prime(texts: Iterable[str]) -> None:
    """Run the Russian NER over ``texts`` in batches and cache the result (optional: only
    faster than letting :func:`person_spans` do it text by text)."""
    todo = list(
        dict.fromkeys(
            t for t in texts if isinstance(t, str) and _wants_ner(t) and t not in _ner_cache
        )
    )
    if not todo:
        return
    todo.sort(key=len)  # batches of similar length: the model pads each batch to its longest
    with _one_thread():
        for text, markup in zip(todo, _ner().map(todo), strict=True):
            _store_ner(text, tuple((s.start, s.stop) for s in markup.spans if s.type == "PER"))


# ----------------------------------------------------------------------------- English (rules)
def _is_cap(tok: str) -> bool:
    tok = _strip_poss(tok)  # "BBC's" is an acronym too
    return tok[:1].isupper() and "A" <= tok[0] <= "Z" and not (len(tok) > 1 and tok.isupper())


_YEAR_OLD = re.compile(r"-years?-old$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")  # (matched at a position: no ^)


def _no_name_word(group: list[tuple[str, int, int]], k: int, c: dict[str, Any]) -> int:
    """How many words at ``group[k]`` are no part of a name: a nationality ("Russian", "North
    Korean"), a word opening a clause ("When", "After"), an age ("Twenty-six-year-old"), a word
    of the not-a-name list ("Defense").  0 if ``group[k]`` may be a name."""
    w = _strip_poss(group[k][0]).lower()
    if k + 1 < len(group) and f"{w} {_strip_poss(group[k + 1][0]).lower()}" in c["nationalities"]:
        return 2
    if w in c["nationalities"] or w in c["leading"] or w in c["not_names"] or _YEAR_OLD.search(w):
        return 1
    return 0


def _cue_word(tok: str, c: dict[str, Any]) -> bool:
    """A title, rank, role or relative word, hyphenated ones too ("Lieutenant-Colonel")."""
    low = _strip_poss(tok).lower()
    return low in c["before_words"] or all(p in c["before_words"] for p in re.split(r"[-‐]", low))


def _strip_poss(tok: str) -> str:
    return tok[:-2] if tok.endswith(_POSS) else tok


@functools.lru_cache(maxsize=200_000)
def _place_spans(text: str, lang: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e, _ in place_kinds(text, lang)]


def _initial(text: str, tok: tuple[str, int, int]) -> bool:
    """Is ``tok`` an initial ("A." of "Melnyk A.A.": a capital letter and a full stop)?"""
    return len(tok[0]) == 1 and tok[0].isupper() and text[tok[2] : tok[2] + 1] == "."


def _surname_like(tok: str, c: dict[str, Any]) -> bool:
    low = tok.lower()
    if len(low) < 4 or low in c["not_names"]:
        return False
    return any(low.endswith(e) and len(low) > len(e) + 1 for e in c["endings"])


def _title_case(words: list[tuple[str, int, int]]) -> bool:
    long = [w for w, _, _ in words if len(w) >= 4]
    return len(long) >= 3 and sum(1 for w in long if w[0].isupper()) >= 0.6 * len(long)


def _latin_spans(text: str) -> list[tuple[int, int]]:
    from awol.extract.names import _EN_STOP, en_given
    from awol.privacy.forms import shown_as_place

    c = cues()
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    headline = _title_case(words)
    kinds = place_kinds(text, "en")
    places = [(ps, pe) for ps, pe, _ in kinds]
    # a town that is exactly one word ("Artyom", "Vladimir"), not a country or a region
    towns = {(ps, pe) for ps, pe, kind in kinds if kind == "city" and " " not in text[ps:pe]}
    # a country or a region (Moscow and Kyiv are regions): "Moscow was planning", "Kyiv said"
    # is its government, no person
    states = [(ps, pe) for ps, pe, kind in kinds if kind in ("country", "region")]
    out: list[tuple[int, int]] = []
    i, n = 0, len(words)
    while i < n:
        if not _is_cap(words[i][0]):
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and _is_cap(words[j][0])
            and text[words[j - 1][2] : words[j][1]] in (" ", "\u00a0")
            and not words[j - 1][0].endswith(_POSS)
        ):
            j += 1
        group = words[i:j]
        i = j
        # leading stop words and cue words ("The", "Private", "Lawyer") are not the name
        k, cue_inside = 0, False
        while k < len(group):
            if group[k][0] in _EN_STOP or _cue_word(group[k][0], c):
                cue_inside = cue_inside or _cue_word(group[k][0], c)
                k += 1
            elif skip := _no_name_word(group, k, c):
                k += skip
            else:
                break
        # trailing stop words ("Gurov Said"), a unit's letter ("Storm Z", not "Ivan P.")
        m = len(group)
        while m > k and (
            (group[m - 1][0] in _EN_STOP and not _initial(text, group[m - 1]))
            or _cue_word(group[m - 1][0], c)
            or (len(group[m - 1][0]) == 1 and text[group[m - 1][2] : group[m - 1][2] + 1] != ".")
        ):
            m -= 1
        # a leading place ("Ukraine Petro Poroshenko") is not part of the name
        while k < m - 1 and any(ps <= group[k][1] and group[k][2] <= pe for ps, pe in places):
            k += 1
        toks = group[k:m]
        if not toks:
            continue
        s, e = toks[0][1], toks[-1][2]
        plain = [_strip_poss(t[0]) for t in toks]
        if toks[-1][0].endswith(_POSS):
            e -= 2
        # initials after the surname, as court records write it ("Kravchuk D.A.", "Kravchuk
        # D. A."): the name is the word before them, and the span runs over all of them; two
        # (a given name's and a patronymic's) are a person's, more a legal form ("P.J.S.C.")
        initials = 0
        while initials < len(toks) - 1 and _initial(text, toks[-1 - initials]):
            initials += 1
        core = plain[: len(plain) - initials]
        if initials:
            more = _INITIALS_AFTER.match(text, e)
            if more:
                initials += more.group().count(".") - 1
                e = more.end()
        if headline and len(toks) > 1:
            # a headline capitalises every word: a run of them is no name as a whole
            # ("Petrenko Signs Law Allowing"), each word is judged alone
            out.extend(_headline_names(text, toks, places, c))
            continue
        if any(p.lower() in c["orgs"] for p in plain):
            continue
        if " ".join(plain).lower() in c["not_names"] or all(
            p.lower() in c["not_names"] for p in plain
        ):
            continue
        # a word the gazetteer reads as a place ("Artyom", "Vladimir") is the place where the
        # text shows one (:func:`~awol.privacy.forms.shown_as_place`: "in Artyom", "the town of
        # Artyom"), and a person where a cue says so ("his friend Artyom", "Artyom, 25,",
        # "Artyom recalls"): its being a given name or a surname alone decides nothing
        in_place = any(ps <= s and e <= pe for ps, pe in places)
        if in_place and (headline or shown_as_place(text, s, e, places)):
            continue
        if _modifier_or_organisation(text, s, e, toks, out, c):
            continue
        # a given name that is also a town's name is the person's unless the text shows the
        # town ("Later, Artyom called his mother" is the man; "in Artyom" is the town, above)
        is_given = any(en_given(p) for p in plain) and (not in_place or (s, e) in towns)
        surname = _surname_like(core[-1], c) and not in_place
        # (before a place, "by" is the agent: "a request filed by Moscow")
        weak = in_place and bool(re.search(r"(?i)\bby\s+$", text[max(0, s - 10) : s]))
        if headline:
            person = is_given or surname
        else:
            before = text[max(0, s - 40) : s]
            after = text[e : e + 40]
            initial = s == 0 or text[:s].rstrip()[-1:] in '.!?"“«(:;'
            saying = (
                bool(c["saying_after_re"].match(after))
                and (not initial or len(core) >= 2)
                and not any(ps <= s and e <= pe for ps, pe in states)
            )
            person = (
                is_given
                or surname
                or (initials == 2 and not in_place)
                or (cue_inside and k > 0)
                or saying
                or (bool(c["before_re"].search(before)) and not weak)
                or bool(_AGE_AFTER.match(after))
                or bool(c["appositive_re"].match(text, e, e + 60))
                or bool(c["said_before_re"].search(before))
                or bool(c["who_after_re"].match(text, e, e + 12))
                # "Savchenko and Bondar were mobilised": a surname coordinated with a person's
                # (one word: a run of them after a name is a headline's or a list's words)
                or (
                    len(core) == 1
                    and bool(out)
                    and text[out[-1][1] : s] in (" and ", ", ", " or ")
                    and not in_place
                )
            )
        if person:
            out.append((s, e))
    return out


def _headline_names(
    text: str,
    toks: list[tuple[str, int, int]],
    places: list[tuple[int, int]],
    c: dict[str, Any],
) -> list[tuple[int, int]]:
    """The names in a run of capitalised words of a title-case headline: a known given name,
    a word of a surname's shape that is no English word ("Petrenko Signs Law", "Gurov
    Sentenced"), with the capitalised word after a given name and before a surname that is no
    English word either ("Ivan Petrov", "Merhat Sharipzhanov Speaks").  Places, organisation
    words, the word before one ("Verkhovna Rada") and not-names stay."""
    from awol.extract.names import en_given
    from awol.extract.tokens import known_en

    def word(i: int) -> str:
        return _strip_poss(toks[i][0])

    def other(i: int) -> bool:  # a word that names no one here: an organisation's words too
        low = word(i).lower()
        return (
            low in c["orgs"]
            or low in c["not_names"]
            or (i + 1 < len(toks) and word(i + 1).lower() in c["orgs"])  # "Verkhovna Rada"
            or any(ps <= toks[i][1] and toks[i][2] <= pe for ps, pe in places)
        )

    def english(i: int) -> bool:
        return known_en(word(i))

    keep: set[int] = set()
    for i in range(len(toks)):
        if other(i):
            continue
        if en_given(word(i)):
            keep.add(i)
            if i + 1 < len(toks) and not other(i + 1) and not english(i + 1):
                keep.add(i + 1)
        elif _surname_like(word(i), c) and not english(i):
            keep.add(i)
            if i and not other(i - 1) and not english(i - 1):
                keep.add(i - 1)
    out = []
    for i in sorted(keep):
        s, e = toks[i][1], toks[i][2]
        if toks[i][0].endswith(_POSS):
            e -= 2
        out.append((s, e))
    return out


def _modifier_or_organisation(
    text: str,
    s: int,
    e: int,
    toks: list[tuple[str, int, int]],
    persons: list[tuple[int, int]],
    c: dict[str, Any],
) -> bool:
    """Is the capitalised sequence ``text[s:e]`` a modifier of a noun after it ("the Chesmensky
    district", "the Anna Kievskaya company") or an organisation's name ("the rights group Erkin
    Adam", "<person> of Public Verdict")?"""
    if not toks[-1][0].endswith(_POSS):  # "Selminov's unit" is his
        nxt = _NEXT_WORD.match(text, e)
        if nxt and nxt.group(1) in c["modified_nouns"]:
            return True
    if c["org_before_re"].search(text[max(0, s - 40) : s]):
        return True
    return bool(persons) and text[persons[-1][1] : s] in (" of ", " of the ")


# ----------------------------------------------------------------------------- Russian (short)
_RU_CAP_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")


def _ru_short_spans(text: str) -> list[tuple[int, int]]:
    """A short Cyrillic field (a source "адвокат Павел Кириллов", a who) is too short for the
    NER: a given name in any case, with the capitalised words right next to it, is a person
    (a surname pymorphy reads as a possessive, "Кириллов", is no surname to the name rules)."""
    from awol.extract.names_ru import ru_given

    words = list(_RU_CAP_WORD.finditer(text))
    out: list[tuple[int, int]] = []
    for k, m in enumerate(words):
        if not ru_given(m.group()):
            continue
        s, e = m.start(), m.end()
        j = k + 1  # the surname (and patronymic) after it ...
        while j < len(words) and text[e : words[j].start()].strip() == "":
            e = words[j].end()
            j += 1
        i = k - 1  # ... or before it ("Кириллов Павел"; not "Канал Олега ...", "Блог ...")
        while (
            i >= 0 and text[words[i].end() : s].strip() == "" and not _thing_noun(words[i].group())
        ):
            s = words[i].start()
            i -= 1
        out.append((s, e))
    return out


def _thing_noun(word: str) -> bool:
    """A word the dictionary reads only as a noun of a thing ("Канал", "Блог", "Суд"), never a
    person's: no name, surname or animate reading ("Мороз", "Волк", "Кириллов" may be names)."""
    from awol.extract.places_tokens import get_morph

    parses = get_morph().parse(word)
    return all(
        "NOUN" in p.tag
        and "inan" in p.tag
        and not ({"Name", "Surn", "Patr"} & set(p.tag.grammemes))
        for p in parses
    )


_RU_PREV_WORD = re.compile(r"([а-яё]+)\.?\s+[«\"„“]?$")
# things named after someone: the surname after them is not a person of the story
_RU_NAMED_AFTER = frozenset(
    """автомат пулемёт пулемет пистолет орден медаль улица проспект площадь переулок бульвар
    набережная шоссе премия имя завод музей театр университет институт академия училище
    станция аэропорт автомобиль машина марка модель катер корабль судно теплоход танк самолёт
    самолет вертолёт вертолет""".split()
)


def _ru_surnames(text: str) -> list[tuple[int, int]]:
    """Capitalised Cyrillic words the dictionary reads first as a surname ("Кузнецов,",
    "Гурова") or a given name ("Ваня", "Николай"; not "Вера", read first as "faith"), or reads
    so at all with a person's verb after it ("Мельник ранее служил"), outside the
    places the gazetteer knows: the NER misses a surname or a given name alone (at the start of
    a sentence, in a quote) with no cue beside it."""
    from awol.extract.places_tokens import get_morph

    morph = get_morph()
    out = []
    places = None
    for m in _RU_CAP_WORD.finditer(text):
        parses = morph.parse(m.group())
        tag = parses[0].tag
        if "Surn" not in tag and "Name" not in tag:
            # a common word that is also a surname ("Мельник", "Коваль", "Мороз") is the
            # surname where a verb of what a person does follows it ("Мельник ранее служил")
            if not any("Surn" in p.tag or "Name" in p.tag for p in parses[1:4]):
                continue
            if not _person_predicate(text, m.end()):
                continue
        prev = _RU_PREV_WORD.search(text, 0, m.start())
        if prev and morph.parse(prev.group(1))[0].normal_form in _RU_NAMED_AFTER:
            continue  # "автомат Калашникова", "орден Суворова", "автомобиль «Лада Приора»"
        if places is None:
            places = _place_spans(text, "ru")
        if not any(ps <= m.start() and m.end() <= pe for ps, pe in places):
            out.append(m.span())
    return out


# ----------------------------------------------------------------------------- URL slugs
_SLUG_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def _given_keys() -> frozenset[str]:
    """The keys (:func:`awol.extract.names.name_key`) of every known given name, either list."""
    from awol.extract.names import en_given_names, name_key, ru_given_names

    keys = {name_key(n).replace(" ", "") for n in en_given_names()}
    keys |= {name_key(n).replace(" ", "") for n in ru_given_names()}
    keys.discard("")
    return frozenset(k for k in keys if len(k) >= 3)


@functools.lru_cache(maxsize=100_000)
def slug_spans(url: str) -> tuple[tuple[int, int], ...]:
    """Person names in a URL's words, where no case and no cue marks them
    ("/news/ivan-petrov-sentenced", "/mother-of-deserter-oleh-lys"): a known given name in any
    transliteration (no function word: "were", "any"), with the word after it (the surname,
    unless a function word follows), and a surname by its shape
    (:func:`awol.privacy.slugs.surname_spans`)."""
    from awol.extract.names import name_key

    given = _given_keys()
    stop = cues()["slug_stop_words"]
    words = list(_SLUG_WORD.finditer(url))
    out: list[tuple[int, int]] = []
    from awol.privacy.slugs import _reading

    for k, m in enumerate(words):
        w = m.group()
        if len(w) < 3 or w.lower() in stop or name_key(w).replace(" ", "") not in given:
            continue  # (a function word spelt like a name: "were" ~ Vera, "ili" ~ Ili)
        out.append(m.span())
        prev = words[k - 1] if k else None
        if (
            prev is not None
            and url[prev.end() : m.start()] in ("-", "_", "+", "%20", ".")
            and len(prev.group()) >= 2
            and prev.group().lower() not in stop
            and prev.group().islower()
            and _reading(prev.group()) == "name"
        ):  # the surname before the given name, as the dictionary reads it: "shevchuk-taras"
            out.append(prev.span())
        nxt = words[k + 1] if k + 1 < len(words) else None
        if (
            nxt is not None
            and url[m.end() : nxt.start()] in ("-", "_", "+", "%20", ".")
            and len(nxt.group()) >= 2
            and nxt.group().lower() not in stop
        ):
            out.append(nxt.span())
    from awol.privacy.slugs import surname_spans

    out += surname_spans(url)  # a surname by its shape: "/merhat-sharipzhanov-o-vysylke"
    return tuple(merge_spans(out))


# ----------------------------------------------------------------------------- both
# results read from the store (:mod:`awol.privacy.stored`): the recogniser's own, found before
_SEEDED_PERSONS: dict[str, tuple[tuple[int, int], ...]] = {}
_SEEDED_PLACES: dict[str, list[tuple[int, int]]] = {}
_SEEDED_MAX = 500_000


def seed(text: str, persons: Iterable, places: Iterable) -> None:
    """Take ``persons`` (this module's spans) and ``places`` (the gazetteer's, as masking reads
    them) of ``text`` as already found, instead of running the recogniser on it."""
    if len(_SEEDED_PERSONS) >= _SEEDED_MAX:
        _SEEDED_PERSONS.clear()
        _SEEDED_PLACES.clear()
    _SEEDED_PERSONS[text] = tuple((int(s), int(e)) for s, e in persons)
    _SEEDED_PLACES[text] = [(int(s), int(e)) for s, e in places]


def seeded_places(text: str) -> list[tuple[int, int]] | None:
    """The place spans :func:`seed` was given for ``text`` (None: not seeded)."""
    return _SEEDED_PLACES.get(text)


def person_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Sorted, non-overlapping ``(start, end)`` spans of person names in ``text``."""
    hit = _SEEDED_PERSONS.get(text)
    if hit is not None:
        return hit
    return _person_spans(text)


@functools.lru_cache(maxsize=200_000)
def _person_spans(text: str) -> tuple[tuple[int, int], ...]:
    if not text:
        return ()
    spans: list[tuple[int, int]] = []
    if _CYR.search(text):
        if _wants_ner(text):
            spans.extend(_by_line(text, _ner_spans(text)))
        else:
            spans.extend(_ru_short_spans(text))
        from awol.extract.names import find_person_names

        spans.extend((m.start, m.end) for m in find_person_names(text, "ru"))
        spans.extend(_ru_surnames(text))
    if _LATIN_CAP.search(text):
        from awol.extract.names import find_person_names

        spans.extend((m.start, m.end) for m in find_person_names(text, "en"))
        spans.extend(_latin_spans(text))
    spans = [sp for sp in spans if not _not_a_person(text, *sp)]
    low = text.lower()
    if any(c in low for c in _CALL_SIGN_CUES):
        spans.extend(m.span(1 if m.group(1) else 2) for m in _CALL_SIGN.finditer(text))
    return tuple(merge_spans(spans))


_LINE = re.compile(r"[^\n]*\S[^\n]*")


def _by_line(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The NER's spans cut at line breaks: a name never runs over the end of a headline or a
    paragraph ("экс-командира Вагнера\n\nНорвежские власти", "Исянаманов Рустам\n\nАдвокат").
    A part past a break is kept only where the dictionary reads a name in it (or does not know
    it): the part the break cut off is most often the next paragraph's first word."""

    out: list[tuple[int, int]] = []
    for s, e in spans:
        if "\n" not in text[s:e]:
            out.append((s, e))
            continue
        for k, m in enumerate(_LINE.finditer(text, s, e)):
            a = m.start() + len(m.group()) - len(m.group().lstrip())
            b = m.start() + len(m.group().rstrip())
            if k and not any(_name_reading(w) for w in _WORD.findall(text[a:b])):
                continue
            out.append((a, b))
    return out


def _name_reading(word: str) -> bool:
    """Does the dictionary read ``word`` as a name, a surname or a patronymic, or not know it?"""
    from awol.extract.places_tokens import get_morph

    morph = get_morph()
    if not morph.word_is_known(word.lower()):
        return True
    return any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in morph.parse(word))


# a call sign or a nickname names a person as surely as a surname: 'the call sign "Grom"',
# 'позывной «Моряк»', 'по прозвищу Гром', 'nicknamed "Wolf"'
_CALL_SIGN_CUES = ("call sign", "call-sign", "callsign", "nicknam", "nom de guerre", "позывн",
                   "прозвищ", "кличк")  # fmt: skip
_CALL_SIGN = re.compile(
    r"(?i:\bcall[- ]?signs?|\bnicknamed|\bnicknames?|\bnom de guerre|позывн\w*|"
    r"прозвищ\w*|кличк\w*)(?:\s+(?:of|was|is|—|-|–))?[\s:,]*"
    r"(?:[\"“«„'‘]([^\"”»“'’\n]{1,30})[\"”»“'’]|([A-ZА-ЯЁ][\w-]{1,29}))"
)


_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*)$")
_MODEL_AFTER = re.compile(r"[-‐–]?\d")  # "Ми-8", "Mi-8", "Су-34": a model, not a person
_RU_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:под|во?|близ|около|возле|вблизи|из-под)\s+$", re.I)
_RU_NOT_NAMES = frozenset({"вагнер"})  # the military company, not a person
_RU_NOMINAL = ("NOUN", "ADJF", "Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "UNKN", "LATN")


def _not_a_person(text: str, s: int, e: int) -> bool:
    """A span the recognisers took for a person that is none: a model of equipment ("Ми-8"), a
    Latin modifier of a noun ("the Anna Kievskaya company"), and, for one Cyrillic word, a place after a locative preposition ("под Березовским"), a word
    the dictionary knows only as a verb, an adverb or a pronoun ("Ешь – не хочу"), or the name of an organisation
    ("экс-командир Вагнера")."""
    span = text[s:e]
    if any(ch.isdigit() for ch in span) or _MODEL_AFTER.match(text, e):
        return True
    if not _CYR.search(span):
        nxt = _NEXT_WORD.match(text, e)  # "the Chesmensky district" (not "Gurov's unit")
        return bool(nxt) and nxt.group(1) in cues()["modified_nouns"] and not span.endswith(_POSS)
    if " " in span.strip():
        return False
    from awol.extract.people_given import after_settlement_word

    if _RU_PLACE_BEFORE.search(text, 0, s) or after_settlement_word(text, s, "ru"):
        return True  # "под Березовским", "в посёлке Янино", "с. Ивановка"
    from awol.extract.places_tokens import get_morph

    morph = get_morph()
    parses = morph.parse(span)
    if any(p.normal_form in _RU_NOT_NAMES for p in parses):
        return True
    if morph.word_is_known(span.lower()) and _no_one(parses):
        return True  # "Это подтверждает адвокат ...", "Норвежские власти подтвердили"
    # a sentence opening on a common noun that is also a surname or a given name: "Мороз ударил
    # ночью", "Вера в победу не угасла" (the noun read as the subject, in the nominative; an
    # oblique "Мороза объявили в розыск" or a mid-sentence capital stays a person)
    if (
        _SENTENCE_START.search(text, 0, s)
        and any(
            {"NOUN", "inan", "sing", "nomn"} <= set(p.tag.grammemes)
            and not {"Name", "Surn", "Patr", "Geox", "Orgn"} & set(p.tag.grammemes)
            for p in parses
        )
        and not _person_predicate(text, e)
    ):
        return True
    # a verb, an adverb, a pronoun...: no reading of it is a noun or an adjective (a surname
    # the dictionary knows as a common noun, "Задорин", stays a person)
    return morph.word_is_known(span.lower()) and not any(
        tag in p.tag for p in parses for tag in _RU_NOMINAL
    )


def _no_one(parses: list) -> bool:
    """Is a word, by the dictionary's first nominal reading, a pronoun ("Это", "Все", "Многие")
    or a plural in the nominative ("Норвежские власти"), with no reading as a name, a surname
    or a patronymic?  Neither names one person."""
    if any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses):
        return False
    for p in parses:
        g = set(p.tag.grammemes)
        if "NPRO" in g or "Apro" in g:
            return True
        if {"NOUN", "ADJF", "PRTF"} & g:
            return {"plur", "nomn"} <= g
    return False


_RU_NEXT_WORDS = re.compile(
    r"\s*(?:,\s*\d{1,2}\s*(?:лет|год|года)?\s*,\s*)?([а-яё]+)(?:\s+([а-яё]+))?(?:\s+([а-яё]+))?"
)


def _person_predicate(text: str, e: int) -> bool:
    """Does a verb of what a person does or undergoes (``person_verbs_ru``) follow the word
    ending at ``e`` as its predicate, within its next three words ("Мороз сбежал", "Мороз
    самовольно оставил часть", "Мороз не вернулся", "Мороз, 25 лет, задержан")?"""
    m = _RU_NEXT_WORDS.match(text, e)
    if not m:
        return False
    from awol.extract.places_tokens import get_morph

    verbs = cues()["person_verbs_ru"]
    morph = get_morph()
    for w in (g for g in m.groups() if g):
        for p in morph.parse(w)[:2]:
            if ({"VERB"} & set(p.tag.grammemes) or "PRTS" in p.tag) and p.normal_form in verbs:
                return True
    return False


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
