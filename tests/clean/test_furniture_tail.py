"""A channel's sign-off glued to the end of a paragraph that states an event is cut, not the
paragraph: before, "... was detained in Kursk, police said. Subscribe to our channel" went whole
as furniture, and the event with it."""

from __future__ import annotations

import pytest

from awol.clean.text import clean_text
from awol.pipeline import event_cue


@pytest.fixture(scope="module")
def cue():
    return event_cue()


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        (
            "A soldier who fled his unit in May was detained in Kursk, police said. "
            "Subscribe to our channel",
            "A soldier who fled his unit in May was detained in Kursk, police said.",
        ),
        (
            "A soldier who fled his unit in May was detained in Kursk, police said. Subscribe",
            "A soldier who fled his unit in May was detained in Kursk, police said.",
        ),
        (
            "В Курске задержали военнослужащего, который самовольно оставил часть в мае. "
            "Его передали военной полиции. Подписывайтесь на наш канал",
            "В Курске задержали военнослужащего, который самовольно оставил часть в мае. "
            "Его передали военной полиции.",
        ),
        (
            "В Курске задержали военнослужащего, который самовольно оставил часть в мае. "
            "Подписаться. Поделиться",
            "В Курске задержали военнослужащего, который самовольно оставил часть в мае.",
        ),
    ],
)
def test_sign_off_cut_event_kept(cue, paragraph: str, kept: str) -> None:
    text = f"Deserter caught\n\n{paragraph}\n\nMore news from the region today here."
    out = clean_text(text, states_event=cue).text
    assert kept in out
    assert "Subscribe" not in out and "Подпис" not in out and "Поделиться" not in out


def test_furniture_paragraph_still_dropped_whole(cue) -> None:
    # no event in what precedes the sign-off: the paragraph is furniture, as before
    text = (
        "Deserter caught in Kursk\n\nA soldier who fled his unit was detained in Kursk.\n\n"
        "We publish the news every day. Subscribe to our channel"
    )
    out = clean_text(text, states_event=cue).text
    assert "We publish" not in out
    assert "detained in Kursk" in out


def test_long_last_sentence_is_not_a_sign_off(cue) -> None:
    para = (
        "A soldier who fled his unit in May was detained in Kursk. Readers can subscribe to "
        "our channel to follow the case of the soldier and the others who fled with him in May."
    )
    out = clean_text(f"Deserter caught\n\n{para}\n\nMore news.", states_event=cue).text
    assert "detained in Kursk" not in out or para in out  # never cut mid-paragraph


def test_without_event_cue_nothing_is_cut() -> None:
    para = "A soldier who fled his unit in May was detained in Kursk. Subscribe to our channel"
    out = clean_text(f"Deserter caught\n\n{para}\n\nMore news.").text
    assert "detained in Kursk" not in out


def test_event_of_a_signed_off_post_is_extracted(tmp_path) -> None:
    from awol.cli.extract import run_extract

    post = tmp_path / "post.txt"
    post.write_text(
        "Дезертира задержали в Курске\n\n"
        "В Курске задержали военнослужащего, который самовольно оставил часть в мае. "
        "Подписывайтесь на наш канал\n",
        encoding="utf-8",
    )
    (ext,) = list(run_extract([str(post)], None))
    bodies = [e.evidence.text for e in ext.events if e.evidence.start >= 30]
    assert any("задержали военнослужащего" in b for b in bodies), bodies
