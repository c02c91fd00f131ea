"""The title readers shared by the who readers of one sentence (``descriptors``) and of the
story (``who_story``): the title set right before a name, the initials a title stands before,
the pronoun that opens a sentence about one man, and whether a description names a serviceman.
(Split from ``descriptors.py``, round 40: ``who_story`` imported five of its private names.)
"""

from __future__ import annotations

import re
from functools import cache

from awol.extract.argument_words import _raw_words, _words, pronoun_alone

__all__ = [
    "INITIALS_BEFORE",
    "PRONOUN_LEAD",
    "SPEAKS_OF_HIM",
    "WHO_CHAIN",
    "names_service",
    "role_rx",
]


@cache
def role_rx(lang: str) -> re.Pattern[str] | None:
    """The title set right before a name (``role_before_name`` of ``lang/<lang>/arguments.yaml``,
    with an organisation after it, ``role_org``), anchored at the end: search it in the text
    that ends where the name starts; None where the language has none."""
    raw = _raw_words(lang).get("role_before_name")
    org = _raw_words(lang).get("role_org")  # ("бывшего бойца ЧВК «Вагнер» Олега Белова")
    tail = f"(?:{org})?" if org else ""
    return re.compile(rf"(?:{raw}){tail}\s+$", re.IGNORECASE) if raw else None


# (the initials a surname is read after: the title stands before them, "conscript V.A. Orlov",
# «рядового Н. А. Орлова»: who35)
INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-ZА-ЯЁ]\.\s?){1,2}\s*$")


# an event's sentence that speaks of its one man by a pronoun near its start ("He was
# subsequently detained", "Его задержали пограничники", "In May he was sentenced")
# after an opening clause or phrase of its own ("As a consequence, the court sentenced him",
# "After a ten-day leave, he did not return": who40)
# (not the man as a speaker: "He said that ...", "Он объяснил, что ...": his words tell of
# others)
PRONOUN_LEAD = {
    "en": re.compile(
        r"^\W*(?:[^,;:.!?\"“”«»]{1,60}?,\s+)?(?:[\w’'-]+,?\s+){0,5}?(?:he|him)\b"
        r"(?!\s+(?:\w+\s+)?(?:said|says|told|tells|explained|added|claimed|recalled|noted|wrote)\b)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^\W*(?:[^,;:.!?\"“”«»]{1,60}?,\s+)?(?:[\w-]+,?\s+){0,5}?(?:он|его|ему|него|нему)\b"
        r"(?!\s+(?:\w+\s+)?(?:сказал|рассказал|объяснил|заявил|отметил|добавил|пояснил|уточнил"
        r"|вспоминает|говорит|рассказывает|пишет|написал)\w*)",
        re.IGNORECASE,
    ),
}


# a sentence that goes on speaking of one man by a pronoun anywhere in it ("On several occasions
# he travelled home", "These absences from his unit ...", «Дело в отношении него ...»): a link of
# the chain back to his descriptor (who40)
SPEAKS_OF_HIM = {
    "en": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE),
    "ru": re.compile(r"(?<![а-яё])(?:он|его|ему|него|нему|себя)(?![а-яё])", re.IGNORECASE),
}


# sentences back along a chain of "he" sentences ("The sapper had served for a year. He was
# wounded in May. In October he left his position": "The sapper")
WHO_CHAIN = 3


# (an English descriptor that opens on its article or another determiner)
_DETERMINED = re.compile(r"(?i)\W*(?:a|an|the|one|this|that|another|his|her|their)\s")


def names_service(who: str, lang: str) -> bool:
    """Does a description name a serviceman or a group of them (``singular`` not by a pronoun
    alone, or ``plural_who``), not only a man ("a man of 40")?  An English one told without its
    article ("contract serviceman", "platoon commander") is read as if it had one (who42)."""
    from awol.extract.argument_counts import _a_head, _plural_who, _rx

    one = _rx(lang, "singular").search(who)
    if one is None and lang == "en" and not _DETERMINED.match(who):
        one = _rx(lang, "singular").search(f"a {who}")  # (told bare: "contract serviceman")
    if one is not None and not pronoun_alone(one.group(0), lang) and _a_head(one):
        return not re.search(r"(?i)(?:\bm[ae]n|мужчин\w*)$", one.group(0))
    role = _words(lang).get("role_before_name")  # ("mobilized in 2022", "мобилизованный")
    if _plural_who(who, lang) is not None or bool(role is not None and role.match(who)):
        return True
    member = _words(lang).get("member_of_force")  # ("a member of Wagner", «членом ЧВК»: who51)
    return bool(member is not None and member.search(who))
