"""Round 54 (legal54): a charge's next step still to come, told of one case ("is due in court",
"will appear before a court", "the case will go to the garrison court"; «дело поступит в суд»,
«дело будет направлено в суд»), and the Ukrainian notice of suspicion told with "of" or "that"
("was notified of suspicion of ...", "notified that he is suspected of ...") are a prosecution.
A case whose court date is unknown («Когда дело передадут в суд, неизвестно») is none.
Invented sentences."""

from __future__ import annotations

import pytest

from awol.extract.document import extract_article
from awol.model import Article

_EN_HEAD = (
    "Conscript walks out of his unit near Pskov\n\n"
    "A conscript of a motor rifle regiment walked out of his unit near Pskov in May, "
    "his mother told a local news site.\n"
)
_RU_HEAD = (
    "Срочник ушёл из части под Псковом\n\n"
    "Срочник мотострелкового полка в мае самовольно ушёл из части под Псковом, "
    "рассказала его мать местному изданию.\n"
)


def _types(text: str, lang: str) -> list[str]:
    return [e.type for e in extract_article(Article(id="t", text=text, language=lang)).events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police caught him a week later, and he is due in court in October, his mother said.",
        "In June he was arrested in Ostrov, where he was notified of suspicion of leaving his "
        "unit without permission.",
        "There he was formally notified that he is suspected of leaving his unit without "
        "permission.",
    ],
)
def test_en_charge_ahead(sentence: str) -> None:
    assert "prosecution" in _types(_EN_HEAD + sentence + "\n", "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Его дело поступит в гарнизонный суд в августе.",
        "Уголовное дело о самовольном оставлении части расследуют военные следователи, оно будет "
        "направлено в гарнизонный суд, добавили в прокуратуре.",
    ],
)
def test_ru_charge_ahead(sentence: str) -> None:
    assert "prosecution" in _types(_RU_HEAD + sentence + "\n", "ru")


def test_ru_unknown_court_date_is_none() -> None:
    # (a guard beside the new rule: it passes on the start code too)
    assert "prosecution" not in _types(_RU_HEAD + "Когда дело передадут в суд, неизвестно.\n", "ru")
