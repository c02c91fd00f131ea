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

(What a unit is and the kinds its words tell: :mod:`awol.clean.units`; the cues of
``boilerplate.yaml``: :mod:`awol.clean.cues`; lists and link lists: :mod:`awol.clean.link_lists`.)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from awol.clean.cues import Cues, appeal_hits, load_cues
from awol.clean.dates import is_dateline, parse_dateline, parse_prefixed
from awol.clean.link_lists import _drop_link_list, _inline_link, introduced_items
from awol.clean.units import (
    _SENTENCE_END,
    _TERMINAL,
    EventCue,
    Unit,
    is_byline,
    is_caption,
    is_cut_prose,
    is_headline,
    is_prose,
    is_standfirst,
    is_text_unit,
    reads_as_headline,
)
from awol.parallel import can_fork, map_halves, workers

if TYPE_CHECKING:
    from awol.clean.boilerplate import BoilerplateIndex

_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_MULTI_SPACE = re.compile(r" {2,}")
_WORDS = re.compile(r"\w[\w'’.-]*")
_HEAD_DATE_UNITS = 15  # where a "Published ..." line is looked for
_TAIL_DATE_UNITS = 8


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


_STRUCTURAL = ("above title", "head furniture", "tail furniture", "title repeat")


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
