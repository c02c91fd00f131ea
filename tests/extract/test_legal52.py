"""Round 52 (legal52): the legal chain on unseen wording (invented sentences).

- a search told by its means: squads or patrols set up to find runaways ("squads whose job is
  to track down runaway soldiers"), and by the authorities' wish ("want him for desertion");
- "the others remain at large" after a catch told in the same sentence is no search notice (5
  invented sentences, none a gold search's; alone it stays: it carries the count of a search
  told next);
- an ultimatum ("either you go to the front or we open a criminal case") tells no happening.
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import events, types

PUB = "2024-08-28"


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers deserted from a base near Melitopol last month. The occupation forces have "
        "since formed new squads whose job is to track down runaway soldiers, a Ukrainian agency said.",
        "Two conscripts fled their unit in the Kherson region in July. Russian commanders have sent out "
        "patrols tasked with tracking down the deserters, the partisans reported.",
        "Private Oleg Tarasenko deserted from his unit in May. The Russian authorities want him for "
        "desertion and have told his family to hand him over.",
    ],
)
def test_search_told_by_its_means_or_wish(text: str) -> None:
    assert "wanted" in types(text, "en", PUB)


def test_the_others_at_large_after_a_catch_is_no_search() -> None:
    text = (
        "Eleven contract soldiers deserted from a training ground in the Voronezh region on Monday. "
        "Police have since detained six of them, and the rest remain at large."
    )
    assert "wanted" not in types(text, "en", PUB)


def test_an_ultimatum_is_no_case() -> None:
    text = (
        "Sergei Vilkov deserted from his unit near Bakhmut in March and hid at his aunt's flat. "
        '"Either you come back to the front, or we open a criminal case against you," an officer '
        "told him on the phone, he said."
    )
    assert "prosecution" not in types(text, "en", PUB)


def test_a_cumulative_term_told_by_what_it_takes_in_is_the_new_crime_s() -> None:
    text = (
        "Военный суд в Майкопе осудил бывшего кладовщика части за кражу топлива. "
        "Суд признал его виновным в хищении военного имущества. "
        "В мае 2023 года Майкопский гарнизонный суд уже дал ему три года условно за самовольное "
        "оставление части. Теперь, с учётом прежнего приговора, ему назначили пять лет колонии "
        "общего режима."
    )
    sentences = [e for e in events(text, "ru", PUB) if e.type == "sentence"]
    assert len(sentences) == 1
    assert "самовольное" in sentences[0].evidence.text


def test_at_large_alone_still_carries_the_search_told_next() -> None:
    text = (
        "Five conscripts deserted from a base in the Kursk region on Sunday, and two of them were "
        "detained the next day. The other three are still at large. Police in the Kursk and Oryol "
        "regions have circulated their photographs."
    )
    wanted = [e for e in events(text, "en", PUB) if e.type == "wanted"]
    assert len(wanted) == 1 and wanted[0].count == 3
