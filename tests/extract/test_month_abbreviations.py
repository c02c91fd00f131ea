"""A month's abbreviation holds its sentence only before a number: "on Oct. 5" and «в окт. 2023
г.» go on; "He left in Oct. He was found ..." and «вынесен 5 окт. Его ...» end there.  Before,
every English month abbreviation held the sentence (two sentences read as one, the second's
event with the first's date and place), and a Russian one never did («в окт.» cut off its
year)."""

from __future__ import annotations

import pytest

from awol.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "lang", "sentences"),
    [
        ("He left in Oct. He was found in Nov. 2023.", "en", 2),
        ("The soldier fled on 5 Oct. The police opened a case.", "en", 2),
        ("They fled Sept. 12 and were found Oct. 3 in Tver.", "en", 1),
        ("In Jan. 2024, two men fled. Police found them.", "en", 2),
        ("Lt. Col. Smirnov fled on Dec. 12. Police found him.", "en", 2),
        ("Он сбежал в окт. 2023 г. Его нашли.", "ru", 1),
        ("Приговор вынесен 5 окт. Его нашли в лесу.", "ru", 2),
        ("Солдата задержали 3 февр. 2024 г. в Твери.", "ru", 1),
    ],
)
def test_month_abbreviation(text: str, lang: str, sentences: int) -> None:
    got = split_sentences(text, lang)
    assert len(got) == sentences, [s.text for s in got]
    assert all(text[s.start : s.end] == s.text for s in got)
