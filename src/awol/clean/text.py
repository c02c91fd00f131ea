"""Plain-text normalisation and boilerplate removal.

A text is split into *units* (one paragraph or one line of site furniture) grouped in *blocks*
(runs of lines not separated by a blank line).  Units are dropped by

* cues from ``boilerplate.yaml`` (whole-line furniture, strong phrases, link-list markers,
  donation-appeal markers),
* repetition across documents of the same outlet (:class:`awol.clean.boilerplate.BoilerplateIndex`),
* structure: everything above the headline, non-prose lines between the headline and the first
  body paragraph (dateline, byline, photo caption), and the trailing run of non-prose lines,
  appeals and repeated blocks at the end.

Body paragraphs in the middle of the text are only dropped on a specific cue, never for being
short, so a short real sentence survives.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from awol.clean.dates import is_dateline, parse_dateline, parse_prefixed
from awol.parallel import can_fork, map_halves, workers

if TYPE_CHECKING:
    from awol.clean.boilerplate import BoilerplateIndex

_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_MULTI_SPACE = re.compile(r" {2,}")
_TERMINAL = re.compile(r"[.!?…:;][\"'»”’)\]]*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)\]]*$")
_WORDS = re.compile(r"\w[\w'’.-]*")
_BYLINE = re.compile(
    r"^(?:by|words by|author|authors|written by|автор|авторы|текст|автор текста)\s*:?\s+"
    r"[\w.’'\- ]{2,60}(?:\s*(?:,|and|и|&)\s*[\w.’'\- ]{2,60})?$",
    re.I,
)
_CAPTION_CREDIT = re.compile(
    r"(?:^|\.\s+|\s[/|]\s|:\s)(?:photo|фото|image|illustration|иллюстрация|"
    r"social media|соцсети|social networks|courtesy|архив|archive|press service|пресс-служба)\b",
    re.I,
)
_CREDIT_TAIL = re.compile(r"\.\s+([^.]{2,60})$")
_URLISH = re.compile(r"https?://|www\.|@[\w-]+\.\w+")
_HEAD_DATE_UNITS = 15  # where a "Published ..." line is looked for
_TAIL_DATE_UNITS = 8


@dataclass
class Unit:
    text: str
    block: int
    drop: str | None = None  # reason, if dropped
    role: str | None = None  # "title" / "standfirst" for the kept head of an article

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Cues:
    line: re.Pattern[str]
    strong: list[tuple[str | None, re.Pattern[str]]]  # (required literal, pattern)
    strong_max_chars: int
    list_marker: re.Pattern[str]
    inline_list: re.Pattern[str]  # a marker and its one link on one line
    appeal_marker: re.Pattern[str]
    appeal_words: list[re.Pattern[str]] = field(default_factory=list)

    def within(self, lows: list[str]) -> Cues:
        """These cues with only the strong ones whose required literal one of the lower-cased
        units ``lows`` holds (or that have none): the others match no unit of the text.  A long
        text's units are then tested against a few of them, not all (the same drops)."""
        if len(lows) < _FEW_UNITS:
            return self
        every = "\n".join(lows)  # (no literal holds a line break)
        strong = [(lit, rx) for lit, rx in self.strong if lit is None or lit in every]
        return replace(self, strong=strong)

    def strong_match(self, low: str) -> bool:
        """Does the lower-cased unit contain a strong cue?  A cheap substring test gates the
        regex (a big case-insensitive alternation is ~100x slower than this)."""
        for lit, rx in self.strong:
            if (lit is None or lit in low) and rx.search(low):
                return True
        return False


_FEW_UNITS = 64  # (an article's units: each tested against every strong cue)


def _alt(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def required_literal(pattern: str) -> str | None:
    """The longest plain substring every match of ``pattern`` must contain (>= 3 chars)."""
    depth = 0
    for ch in pattern:  # a top-level alternation has no common literal
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            return None
    out: list[str] = []
    i, depth, n = 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append("\x00")
            i += 2
            continue
        if ch == "[":
            j = pattern.find("]", i + 2)
            out.append("\x00")
            i = (j if j > 0 else n - 1) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            out.append("\x00")
        elif depth == 0 and ch in "?*{":
            if out:
                out[-1] = "\x00"  # the preceding char is optional
            if ch == "{":
                j = pattern.find("}", i)
                i = (j if j > 0 else n - 1) + 1
                continue
        elif depth == 0 and ch in ".^$+":
            out.append("\x00")
        elif depth == 0:
            out.append(ch)
        i += 1
    chunks = "".join(out).split("\x00")
    best = max(chunks, key=len) if chunks else ""
    return best if len(best) >= 3 else None


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    raw = resources.files("awol.clean").joinpath("boilerplate.yaml").read_text("utf-8")
    data = yaml.safe_load(raw)
    flags = re.I | re.U
    return Cues(
        line=re.compile(rf"^(?:{_alt(data['line'])})$", flags),
        strong=[(required_literal(p), re.compile(p, flags)) for p in data["strong"]],
        strong_max_chars=int(data.get("strong_max_chars", 400)),
        list_marker=re.compile(rf"^(?:{_alt(data['list_markers'])})\s*[:.→»>]*$", flags),
        inline_list=re.compile(
            rf"^(?:{_alt(data['list_markers'])})\s*[:→»>]\s*(?P<rest>\w.*)$", flags
        ),
        appeal_marker=re.compile(rf"^(?:{_alt(data['appeal_markers'])})$", flags),
        appeal_words=[re.compile(p, flags) for p in data["appeal_words"]],
    )


def normalize_text(text: str) -> str:
    """NFC, one kind of line break, plain spaces, no invisible characters, trimmed lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n").replace("\x85", "\n")
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    text = unicodedata.normalize("NFC", text)
    lines = [(_MULTI_SPACE.sub(" ", ln) if "  " in ln else ln).strip() for ln in text.split("\n")]
    text = "\n".join(lines)
    # (a long text is scanned once more only where it has three line breaks in a row)
    return (_BLANK_LINES.sub("\n\n", text) if "\n\n\n" in text else text).strip()


_BLANK_LINES = re.compile(r"\n{3,}")


def split_units(text: str) -> list[Unit]:
    """Normalised text -> units; hard-wrapped prose lines are joined back into one paragraph."""
    units: list[Unit] = []
    for b, block in enumerate(text.split("\n\n")):
        lines = block.split("\n")
        if len(lines) > 1 and _hard_wrapped(lines):
            units.append(Unit(" ".join(lines), b))
            continue
        current: str | None = None
        for line in lines:
            if not line:
                continue
            if current is not None and _continues(current, line):
                current = current[:-1] + line if current.endswith("-") else f"{current} {line}"
                continue
            if current is not None:
                units.append(Unit(current, b))
            current = line
        if current is not None:
            units.append(Unit(current, b))
    return units


def _hard_wrapped(lines: list[str]) -> bool:
    """A paragraph wrapped at a fixed width: every line but the last nearly full, ending in a
    sentence, with at least one break in mid-sentence before a lower-case word."""
    width = max(len(ln) for ln in lines)
    if width > 100 or not _SENTENCE_END.search(lines[-1]):
        return False
    if any(len(ln) < max(40, 0.7 * width) for ln in lines[:-1]):
        return False
    return any(nxt[:1].islower() for nxt in lines[1:])


# a row of a list: a label and its number ("январь — 1410", "Kursk region: 3", "2024 – 8 050")
_ROW = re.compile(r"^\w[\w .()'’-]{0,40}?\s*[—–:-]\s*\d[\d\s.,]*%?$")


def _continues(prev: str, line: str) -> bool:
    """Is ``line`` the continuation of a hard-wrapped ``prev``?"""
    if _TERMINAL.search(prev):
        return False
    if _ROW.match(prev) and _ROW.match(line):
        return False  # rows of a list: «январь — 1410» / «февраль — 1520»
    first = line[0]
    if first.islower():
        return True
    return prev.endswith((",", "-", "—", "–")) and len(prev) >= 40


MIN_PROSE_WORDS = 5  # a paragraph of this many words can be an article's text ...
MIN_EVENT_WORDS = 2  # ... and so can a shorter one that states an event ("Солдат сбежал.")
_NOT_A_WORD = re.compile(r"[#@]|https?://|www\.")  # a hashtag, a mention, a link
EventCue = Callable[[str], bool]  # does this text state an event? (the extractor's triggers)


def is_text_unit(u: str, states_event: EventCue | None = None) -> bool:
    """Can this paragraph be (part of) an article's text?  A paragraph of a few words, or a
    short post or headline that states an event ("Беглецов задержали в Белгороде."); channel
    furniture ("Подписывайтесь на наш канал") states none, and hashtags, mentions, links and
    emoji are no words of a short one ("#СОЧ #Курск")."""
    tokens = u.split()
    if len(tokens) >= MIN_PROSE_WORDS:
        return True
    if states_event is None:
        return False
    words = [t for t in tokens if not _NOT_A_WORD.match(t) and any(c.isalpha() for c in t)]
    return len(words) >= MIN_EVENT_WORDS and states_event(" ".join(words))


def is_prose(u: str, min_words: int = 5) -> bool:
    """A sentence-like paragraph: ends with sentence punctuation and has a few words."""
    return len(u.split()) >= min_words and bool(_TERMINAL.search(u))


def is_byline(u: str) -> bool:
    return len(u) <= 80 and bool(_BYLINE.match(u))


def is_caption(u: str) -> bool:
    """Photo caption with a credit: "A checkpoint near Atkarsk. Social media", "... / TASS"."""
    if _SENTENCE_END.search(u) or len(u) > 300:
        return False
    if _CAPTION_CREDIT.search(u) or " / " in u:
        return True
    m = _CREDIT_TAIL.search(u)
    if m:
        tail = m.group(1).split()
        return len(tail) <= 4 and all(w[:1].isupper() or w.lower() == "media" for w in tail)
    return False


def is_headline(u: str) -> bool:
    n = len(u.split())
    if not (3 <= n <= 40 and 15 <= len(u) <= 300):
        return False
    if u.endswith((".", ",", ";", ":")) and not u.endswith("..."):
        return False
    if _URLISH.search(u) or is_dateline(u) or is_byline(u):
        return False
    return sum(c.isalpha() for c in u) >= len(u) * 0.6


def reads_as_headline(u: str, whole_text: bool, states_event: EventCue | None = None) -> bool:
    """The first line of a plain text read as its headline, where :func:`is_headline` is too
    strict for a bare headline file: two words that state an event ("Deserter detained",
    "Дезертира задержали"), or, when the line is the whole text, one short sentence with its
    full stop ("Дезертир задержан в Твери.")."""
    if is_headline(u):
        return True
    words = [w for w in u.split() if any(c.isalpha() for c in w)]
    if not 2 <= len(words) <= 12 or len(u) < 10 or _SENTENCE_BREAK.search(u):
        return False
    if any(sep in u for sep in "|·•/>»"):  # a menu or a breadcrumb: "Home | News"
        return False
    if _URLISH.search(u) or is_dateline(u) or is_byline(u) or is_caption(u):
        return False
    if u.endswith((",", ";", ":")) or (u.endswith(".") and not whole_text):
        return False
    if sum(c.isalpha() for c in u) < len(u) * 0.6:
        return False
    return len(words) >= 3 or (states_event is not None and states_event(u))


def appeal_hits(u: str, cues: Cues) -> int:
    return sum(1 for rx in cues.appeal_words if rx.search(u))


def _continues_appeal(u: Unit, cues: Cues, states_event: EventCue | None) -> bool:
    """Does ``u``, after a unit that opens a donation appeal, still belong to the appeal?  Units
    already dropped, buttons ("Разово", "Donate now") and paragraphs that read like an appeal
    (two appeal words or more: "we", "our support", "редакция", "пожертвование") do; the
    article's text after the appeal does not, even in the same block or with one appeal word
    ("his mother told journalists", "рассказала нашему изданию"), nor a paragraph that states
    an event."""
    if u.drop:
        return True
    if u.words <= 4 and not u.text.rstrip().endswith("."):
        return True
    hits = appeal_hits(u.text, cues)
    if hits == 1 and not _SENTENCE_END.search(u.text):
        return True  # a call to action: "Подписывайтесь на наш Telegram", "Join our newsletter"
    if hits < 2:
        return False
    return states_event is None or not states_event(u.text)


@dataclass
class CleanedText:
    text: str
    title: str | None
    dateline: str | None  # ISO date from a dateline line in the head, if any
    units: list[Unit]


def clean_text(
    text: str,
    *,
    outlet_key: str | None = None,
    outlet_names: tuple[str, ...] = (),
    boilerplate: BoilerplateIndex | None = None,
    known_title: str | None = None,
    find_title: bool = True,
    states_event: EventCue | None = None,
    bare_headline: bool = True,
) -> CleanedText:
    """Remove boilerplate from (already decoded) text; return body, title and dateline date.

    ``states_event`` (the extractor's event triggers, given by the pipeline) lets a text whose
    only paragraph is a short sentence or headline that states an event keep it;
    ``bare_headline``: a first line that :func:`reads_as_headline` is the title (a file's, not
    a post's)."""
    cues = load_cues()
    units = split_units(normalize_text(text))
    if not units:
        return CleanedText("", known_title, None, units)
    names = tuple(n.casefold() for n in outlet_names if n)

    # 1. cues, outlet-name furniture and repeated blocks, anywhere
    repeated_ok = boilerplate is not None and boilerplate.trusted_for(outlet_key, units)
    lows = [u.text.lower() for u in units]
    cues = cues.within(lows)  # (the strong cues some unit holds: a cut unit holds no more)
    if states_event is not None:
        for k, u in enumerate(units):
            if _trim_furniture_tail(u, cues, states_event):
                lows[k] = u.text.lower()
    first = (units, lows, cues, names, repeated_ok, boilerplate, outlet_key)
    for u, drop in zip(units, _first_drops(*first), strict=True):
        u.drop = drop

    # 2. link lists ("Read more" + headlines) and donation appeals
    i = 0
    while i < len(units):
        u = units[i]
        if cues.list_marker.match(u.text):
            u.drop = "list marker"
            i = _drop_link_list(units, i, cues)
            continue
        if _inline_link(u.text, cues):  # "Читайте также: <headline>" on one line
            u.drop = "link list"
            i += 1
            continue
        if cues.appeal_marker.match(u.text):
            u.drop = "appeal"
            j = i + 1
            while j < len(units) and _continues_appeal(units[j], cues, states_event):
                units[j].drop = units[j].drop or "appeal"
                j += 1
            i = j
            continue
        i += 1

    # 3. head: the headline, and site furniture above / dateline, byline, caption below it
    title = known_title
    dateline: str | None = None
    live = [k for k, u in enumerate(units) if not u.drop]
    body_start = next(
        (k for k in live if is_prose(units[k].text, 12) and not is_caption(units[k].text)),
        len(units),
    )
    title_idx: int | None = None
    if find_title and known_title is None:
        for k in live:
            if k >= body_start:
                break
            t = units[k].text
            first = bare_headline and k == 0 == live[0]  # a bare headline opening the text
            if (is_headline(t) or (first and reads_as_headline(t, False, states_event))) and (
                not is_caption(t)
            ):
                title_idx = k
                title = t
                break
    elif known_title:
        kt = _fold(known_title)
        for k in live:
            if k >= body_start:
                break
            if _fold(units[k].text) == kt:
                title_idx = k
                break
    if title_idx is not None:
        for k in range(title_idx):
            units[k].drop = units[k].drop or "above title"
        units[title_idx].drop = None  # the headline stays in the text: context and evidence
        units[title_idx].role = "title"
        # the body begins with the first sentence-like paragraph after the headline
        body_start = next(
            (
                k
                for k in range(title_idx + 1, len(units))
                if not units[k].drop and is_prose(units[k].text) and not is_caption(units[k].text)
            ),
            len(units),
        )
    seen_head = {_fold(title)} if title else set()
    listed = introduced_items(units, cues)  # a list the article's own sentence introduces
    for k in range(title_idx + 1 if title_idx is not None else 0, body_start):
        u = units[k]
        iso = parse_dateline(u.text)
        if iso and dateline is None:
            dateline = iso
        if u.drop or k in listed:
            continue
        if _fold(u.text) in seen_head or any(_fold(u.text).endswith(h) for h in seen_head if h):
            u.drop = "title repeat"  # "NewsRussian soldiers set records", a repeated headline
        elif title_idx is not None and is_standfirst(u.text):
            u.role = "standfirst"  # the lead under the headline stays too
            seen_head.add(_fold(u.text))
        elif not is_prose(u.text) or is_dateline(u.text):
            u.drop = "head furniture"

    if dateline is None:  # a "Published / Updated <date>" line near the top or the bottom
        near = (*units[:_HEAD_DATE_UNITS], *units[-_TAIL_DATE_UNITS:])
        dateline = next((d for u in near if (d := parse_prefixed(u.text))), None)

    # 4. tail: trailing furniture, link lists, appeals and repeated blocks
    for k in range(len(units) - 1, body_start - 1, -1):
        u = units[k]
        if u.drop:
            continue
        t = u.text
        if k == len(units) - 1 and is_cut_prose(t) and not is_caption(t):
            break  # a scrape cut in mid-paragraph: the paragraph is still the article's
        if k in listed:
            break  # the last lines of a list the article introduces ("by year:")
        if (
            u.words <= 3
            or (repeated_ok and _in_boilerplate_block(u, units, boilerplate, outlet_key))
            or (not is_prose(t) and u.words < 25)
            or is_dateline(t)
            or (_strong_appeal(t, cues) and appeal_hits(t, cues) >= 3)
        ):
            u.drop = "tail furniture"
            continue
        break

    # a text that is one unpunctuated paragraph or line is still a text, not furniture, and so
    # is a short post or headline that states an event
    if not any(is_text_unit(u.text, states_event) for u in units if not u.drop):
        for u in units:
            if u.drop in _STRUCTURAL and is_text_unit(u.text, states_event):
                u.drop = None
    if known_title and title_idx is None and any(not u.drop for u in units):
        # an HTML page's title is not in its main text: put it first, so that it can be
        # evidence with valid offsets like any other paragraph
        units.insert(0, Unit(known_title.strip(), -1, role="title"))
    body = [u.text for u in units if not u.drop]
    return CleanedText("\n\n".join(body), title, dateline, units)


_LIST_INTRO_END = re.compile(r":[\"'»”’)\]]*$")
_LIST_ITEM_MAX_WORDS = 12  # a line of a list: "2024: 8,050", "январь — 1410", "Kursk region: 3"
_LIST_ITEM_MIN_WORDS = 3  # (a line without a digit: "Two were caught in Kursk")


def introduced_items(units: list[Unit], cues: Cues) -> set[int]:
    """The indices of the short lines that a sentence of the article introduces with a colon
    ("Sentences for going AWOL, by year:" / «Дела о СОЧ по месяцам:» and "2023: 4,210", «январь
    — 1410» under it): the list is the article's text, not the head's or the tail's furniture
    (above the first long paragraph or at the end, short lines are dropped).  The introducing
    sentence is a kept prose paragraph ending with a colon that is no appeal or furniture
    ("Follow us on social media:"); its lines follow it in its block of lines or in the next
    blocks, each short, holding a digit or a few words, and none furniture, a dateline, a
    byline, a caption or a link; the list ends at the first line that is not one."""
    out: set[int] = set()
    k, n = 0, len(units)
    while k < n:
        u = units[k]
        k += 1
        t = u.text
        if u.drop or not _LIST_INTRO_END.search(t) or not is_prose(t):
            continue
        if appeal_hits(t, cues) or cues.strong_match(t.lower()) or _URLISH.search(t):
            continue
        while k < n and _list_item(units[k]):
            out.add(k)
            k += 1
    return out


def _list_item(u: Unit) -> bool:
    t = u.text
    words = t.split()
    if u.drop or not words or len(words) > _LIST_ITEM_MAX_WORDS or _LIST_INTRO_END.search(t):
        return False
    if not any(c.isdigit() for c in t) and len(words) < _LIST_ITEM_MIN_WORDS:
        return False
    if _URLISH.search(t) or is_byline(t) or is_caption(t):
        return False
    return not is_dateline(t)


# a sentence break inside a paragraph: what follows the last one is the paragraph's last sentence
_LAST_BREAK = re.compile(r"[.!?…][\"'»”’)\]]*\s+(?=\S)")
_TAIL_MAX_WORDS = 12  # a channel's or site's sign-off glued to a paragraph is short
_TAIL_MAX_CHARS = 200
_SIGN_OFF_WORDS = 6  # a sign-off ended by a full stop: "Подписывайтесь на наш канал."


def _trim_furniture_tail(u: Unit, cues: Cues, states_event: EventCue) -> bool:
    """Cut a sign-off glued to the end of a paragraph that states an event: "... was detained in
    Kursk, police said. Subscribe to our channel", "... передали военной полиции.
    Подписывайтесь на наш канал".  Without the cut the whole paragraph goes as furniture (its
    sign-off is a strong cue or a button) and the event with it.  Only a last sentence of a few
    words that is furniture on its own (a whole-line cue or a strong one) is cut, and only where
    the rest states an event; a paragraph of furniture stays whole (and is dropped whole).
    True where it cut."""
    t = u.text
    for _ in range(3):  # "... police said. Subscribe. Share"
        # (a tail of a few words is short: the last break is searched near the end only)
        last = next(reversed(list(_LAST_BREAK.finditer(t, max(0, len(t) - _TAIL_MAX_CHARS)))), None)
        if last is None:
            break
        tail = t[last.end() :].strip()
        if len(tail.split()) > _TAIL_MAX_WORDS:
            break
        bare = tail.rstrip(".!…")
        # (a sentence of the article's, ended by its stop, is not read against every strong cue)
        signs_off = cues.line.match(bare) or (
            (bare == tail or len(tail.split()) <= _SIGN_OFF_WORDS)
            and cues.strong_match(tail.lower())
        )
        if not signs_off:
            break
        head = t[: last.end()].rstrip()
        if not states_event(head):
            break
        t = head
    if t == u.text:
        return False
    u.text = t
    return True


# a text of this many units or more (a long text: ~2 MB of news) has the first pass over its
# units (:func:`_first_drops`) read half by a forked child, where the extraction may use more
# than one core (``AWOL_WORKERS``): the process reads the first half meanwhile
UNITS_APART_MIN = 16_000


def _first_drops(
    units: list[Unit],
    lows: list[str],
    cues: Cues,
    names: tuple[str, ...],
    repeated_ok: bool,
    boilerplate: BoilerplateIndex | None,
    outlet_key: str | None,
) -> list[str | None]:
    """Why each unit is dropped in the first pass (cues, outlet-name furniture and repeated
    blocks, anywhere; None: kept), a function of each unit alone: a long text's second half
    read by a forked child (:data:`UNITS_APART_MIN`; the same reasons)."""
    n = len(units)
    fixed = (units, lows, cues, names, repeated_ok, boilerplate, outlet_key)
    if n < UNITS_APART_MIN or workers() < 2 or not can_fork():
        return _drops(*fixed, 0, n)
    # the two halves as two spans: the second read by a forked child (map_halves falls back to
    # reading it here where the child fails)
    first, second = map_halves(_drops_span, [(0, n // 2), (n // 2, n)], *fixed)
    return first + second


def _drops_span(span: tuple[int, int], *fixed) -> list[str | None]:
    """:func:`_drops` of the units of ``span`` (a, b)."""
    return _drops(*fixed, *span)


def _drops(
    units: list[Unit],
    lows: list[str],
    cues: Cues,
    names: tuple[str, ...],
    repeated_ok: bool,
    boilerplate: BoilerplateIndex | None,
    outlet_key: str | None,
    a: int,
    b: int,
) -> list[str | None]:
    """:func:`_first_drops` of ``units[a:b]``."""
    out: list[str | None] = []
    for u, low in zip(units[a:b], lows[a:b], strict=True):
        t = u.text
        drop = None
        if not any(c.isalnum() for c in t):
            drop = "symbol"
        elif cues.line.match(t):
            drop = "furniture"
        elif len(t) <= cues.strong_max_chars and cues.strong_match(low):
            drop = "cue"
        elif names and any(low == n or (low.startswith(n) and u.words <= 8) for n in names):
            drop = "outlet name"
        elif is_byline(t):
            drop = "byline"
        elif repeated_ok and boilerplate.is_repeated(outlet_key, t):  # type: ignore[union-attr]
            if not is_prose(t) or len(t) >= 80 or not _SENTENCE_END.search(t):
                drop = "repeated"
        out.append(drop)
    return out


_SENTENCE_BREAK = re.compile(r"[.!?…][\"'»”’)]*\s+[\"'«“(]?[A-ZА-ЯЁ0-9]")
_LIST_ITEM_WORDS = 25


def _link_sized(t: str) -> bool:
    """Could this unit be one link of a list: a headline, with or without a full stop (one
    sentence of at most ``_LIST_ITEM_WORDS`` words)?  A longer paragraph, or one of several
    sentences, is an article's text, never a link."""
    return len(t.split()) <= _LIST_ITEM_WORDS and not _SENTENCE_BREAK.search(t)


def _inline_link(t: str, cues: Cues) -> bool:
    """A list marker and one headline on one line: "Read also: <headline>"."""
    m = cues.inline_list.match(t)
    return m is not None and _link_sized(m.group("rest"))


def _drop_link_list(units: list[Unit], i: int, cues: Cues) -> int:
    """Drop the links that follow the list marker ``units[i]``; return the index after them.

    The links of one list share a form: headlines without a full stop ("Суд в Пскове приговорил
    контрактника") or one-sentence headlines with one.  A headline without a full stop is a
    link wherever it is; a sentence only while the list has had no bare headline, and only in
    the marker's own block (a blank line before the marker, none between it and the sentence).
    So the list stops at the article's own paragraphs: at a long or multi-sentence paragraph,
    at a sentence that follows bare headlines, and at a sentence of a text that puts the list
    and the article in one block of lines, or of an HTML page whose extractor dropped the
    links and left their marker before the article's next paragraph."""
    marker = units[i]
    own_block = i == 0 or units[i - 1].block != marker.block
    style: str | None = None
    j = i + 1
    while j < len(units):
        v = units[j]
        if v.drop:
            j += 1
            continue
        t = v.text
        if cues.list_marker.match(t) or not _link_sized(t):
            break
        if not is_prose(t) and not _TERMINAL.search(t):
            style = style or "headline"
        elif style == "headline":
            break  # a sentence after bare headlines: the article again
        elif own_block and v.block == marker.block:
            style = "sentence"
        else:
            break  # (an HTML extractor that dropped the links leaves the marker before prose)
        v.drop = "link list"
        j += 1
    return j


_CLAUSE = re.compile(r"[,:;]\s|[.!?…][\"'»”’)]*\s+[\"'«“(]?[A-ZА-ЯЁ]")
_STRUCTURAL = ("above title", "head furniture", "tail furniture", "title repeat")
_CREDITISH = re.compile(r"\s[/|]\s|©|\b(?:getty|reuters|afp|ap|tass|ria|photo|фото)\b", re.I)


def is_standfirst(u: str) -> bool:
    """The lead under a headline: a phrase of some length that is not a caption, credit,
    dateline or byline."""
    return (
        u.count(" ") >= 6
        and len(u) <= 400
        and not is_caption(u)
        and not is_dateline(u)
        and not is_byline(u)
        and not _CREDITISH.search(u)
        and not _URLISH.search(u)
    )


def is_cut_prose(u: str) -> bool:
    """A paragraph cut off mid-sentence by a scrape: running text (mostly lower-case words,
    several of them) that just stops."""
    words = u.split()
    if len(words) < 6 or _TERMINAL.search(u) or _CREDITISH.search(u) or _URLISH.search(u):
        return False
    caps = sum(1 for w in words[1:] if w[:1].isupper())
    if caps > 0.4 * (len(words) - 1):
        return False  # Title Case: a headline of another article
    # a clause structure (a comma, a colon, a finished sentence before it) or a long run;
    # a short phrase without one is more likely a "read more" headline
    return len(words) >= 14 or bool(_CLAUSE.search(u))


_STRONG_APPEAL = re.compile(
    r"support|donat|contribut|subscri|newsletter|journalis|member|поддерж|пожертв|подпис|"
    r"журналист|редакц|платеж|платёж",
    re.I,
)


def _strong_appeal(t: str, cues: Cues) -> bool:
    return bool(_STRONG_APPEAL.search(t))


def _in_boilerplate_block(
    u: Unit, units: list[Unit], index: BoilerplateIndex | None, outlet: str | None
) -> bool:
    """A repeated unit sharing its block with units already dropped as repeated / cue."""
    if index is None or not index.is_repeated(outlet, u.text):
        return False
    return any(
        v is not u and v.block == u.block and v.drop in ("repeated", "cue", "furniture")
        for v in units
    )


def _fold(s: str) -> str:
    return " ".join(s.casefold().split())
