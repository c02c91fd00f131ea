"""Attacks on the recogniser with invented names: a surname that is a common word opening a
sentence as the subject of what a person does, and an unknown surname after a known given name,
are masked; the same common word opening a sentence about the weather stays readable."""

from __future__ import annotations

import pytest

from awol.privacy import redact_text


@pytest.mark.parametrize(
    "text,hidden",
    [
        ("Мороз сбежал из части в мае.", "Мороз"),
        ("Мороз самовольно оставил часть под Курском.", "Мороз"),
        ("Мороз не вернулся в часть после отпуска.", "Мороз"),
        ("Мороз, 25 лет, задержан в Курске.", "Мороз"),
        ("Следователи обвинили Игоря Шмухта в дезертирстве.", "Шмухта"),
        ("Суд приговорил Игоря Шмухту к пяти годам колонии.", "Шмухту"),
        # a title-case headline: its run of capitalised words is judged word by word
        ("Brodenko Signs Law Allowing AWOL Soldiers to Return", "Brodenko"),
        ("Zarkhat Velimzhanov Speaks About Deportation From Kazakhstan", "Velimzhanov"),
        ("Zarkhat Velimzhanov Speaks About Deportation From Kazakhstan", "Zarkhat"),
        ("Kulbakov Sentenced to Five Years for Leaving His Unit", "Kulbakov"),
        # a surname with the initials after it, as court records write it, with no cue and no
        # other mention of the person in the text
        ("Kravchuk D.A. was put on the wanted list.", "Kravchuk"),
        ("Court records list the defendant as Kravchuk D. A., born 1998.", "Kravchuk"),
        ("The court named Abdrakhmanov R.R. and Melnyk A.A. as defendants.", "Melnyk"),
        ("The court named Abdrakhmanov R.R. and Melnyk A.A. as defendants.", "Abdrakhmanov"),
        # a given name no list knows, with the present tense of a feature's quotes, or a
        # relative clause; a surname no ending shows, coordinated with a recognised one
        ("“I was afraid,” Temirlan admits.", "Temirlan"),
        ("Temirlan, who is now in Kazakhstan, asked us not to publish his surname.", "Temirlan"),
        ("Savchenko and Bondar were both mobilised in Kherson.", "Bondar"),
        # a given name the dictionary reads first as a common noun, with a person's verb after
        ("Слава пропал без вести в мае.", "Слава"),
    ],
)
def test_the_name_is_masked(text, hidden):
    out = redact_text(text)
    assert hidden not in out, "a name form is left readable"  # (no name printed)
    assert "[name]" in out


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Мороз ударил ночью, и дороги замёрзли.", "Мороз"),
        ("Мороз сковал реку, и солдат не смог уйти.", "Мороз"),
        ("Вера в победу среди контрактников угасла.", "Вера"),
        ("Kremlin Says Deserters Will Face Court Within Days", "Within Days"),
        ("Armenia Refuses To Extradite Russian Deserter From Rostov Region", "Rostov Region"),
        # initials-like letters after a place or an organisation: no person
        ("He flew to Washington D.C. in May.", "Washington D.C."),
        ("Sberbank P.J.S.C. froze the accounts.", "Sberbank P.J.S.C."),
        ("The unit Storm Z. was formed in 2023.", "Storm Z."),
        ("Plan A. was dropped.", "Plan A."),
        ("Надежда умирает последней.", "Надежда"),
        ("Слава досталась другим.", "Слава"),
        ("Story continues below", "Story"),
        (
            "The Verkhovna Rada Committee on Law Enforcement says it is overwhelmed.",
            "Law Enforcement",
        ),
        ("Savchenko moved to Kherson, which was occupied in March.", "Kherson"),
        ("Savchenko and Kherson volunteers helped him.", "Kherson"),
    ],
)
def test_the_common_word_stays(text, kept):
    assert kept in redact_text(text)
