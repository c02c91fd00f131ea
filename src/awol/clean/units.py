"""What a unit of a text is: one paragraph or one line of site furniture (:class:`Unit`), and the
kinds a unit's own words tell (prose, a byline, a photo caption, a headline, a standfirst, a
paragraph cut off by a scrape), read by :mod:`awol.clean.text` and :mod:`awol.clean.link_lists`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from awol.clean.dates import is_dateline

__all__ = [
    "EventCue",
    "Unit",
    "is_byline",
    "is_caption",
    "is_cut_prose",
    "is_headline",
    "is_prose",
    "is_standfirst",
    "is_text_unit",
    "reads_as_headline",
]


_TERMINAL = re.compile(r"[.!?…:;][\"'»”’)\]]*$")


_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)\]]*$")


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


@dataclass
class Unit:
    text: str
    block: int
    drop: str | None = None  # reason, if dropped
    role: str | None = None  # "title" / "standfirst" for the kept head of an article

    @property
    def words(self) -> int:
        return len(self.text.split())


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


_SENTENCE_BREAK = re.compile(r"[.!?…][\"'»”’)]*\s+[\"'«“(]?[A-ZА-ЯЁ0-9]")


_CLAUSE = re.compile(r"[,:;]\s|[.!?…][\"'»”’)]*\s+[\"'«“(]?[A-ZА-ЯЁ]")


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
