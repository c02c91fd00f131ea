"""Roundups of several men (round 29, link29; tests/link/probes splits `e` and `j`): the story
grouping of one article keeps each man's events apart where nothing but their order holds them
together.  Invented wording, not the probes'."""

from __future__ import annotations

from awol.link.features import document_features, event_records

from .test_probes import _ev


def groups(events: list[dict]) -> list[int]:
    return [f.group for f in document_features(event_records(events, "d", "2026-01-16"))]


MURMANSK = _ev("sentence", "A garrison court in Murmansk gave a 22-year-old conscript a "
               "suspended term of two years, its press office said.", region="RU-MUR",
               who="conscript")  # fmt: skip


def test_a_flight_goes_with_the_verdict_its_sentence_tells():
    """``cases._told_with``: the named flight comes first in the reading; alone it would
    continue the unnamed verdict's story (no flight yet), and its verdict would follow it by
    the name -- a story of two verdicts."""
    text = ("In Pskov, contract soldier Gleb Yashin got six years in a penal colony for walking "
            "off his post near Kupiansk.")  # fmt: skip
    fled = _ev("desertion", text, names=["Gleb Yashin"])
    verdict = _ev("sentence", text, region="RU-PSK", names=["Gleb Yashin"])
    assert groups([MURMANSK, fled, verdict]) == [0, 1, 1]
    ru = "В Пскове контрактник Глеб Яшин получил шесть лет колонии за то, что ушёл с поста."
    fled = _ev("desertion", ru, names=["Глеб Яшин"])
    verdict = _ev("sentence", ru, region="RU-PSK", names=["Глеб Яшин"])
    assert groups([MURMANSK, fled, verdict]) == [0, 1, 1]


def test_one_mans_flight_told_in_his_verdicts_sentence_stays():
    caught = _ev("detention", "Police detained a soldier in Tula on Friday.", region="RU-TUL")
    text = "A court later sentenced him for leaving his unit in May."
    assert groups([caught, _ev("desertion", text), _ev("sentence", text)]) == [0, 0, 0]
    named = _ev("detention", "Officers detained Pavel Osin in Tula.", region="RU-TUL",
                names=["Pavel Osin"])  # fmt: skip
    text = "On Monday a court sentenced Osin, who had left his unit in May, to five years."
    again = [_ev("desertion", text, names=["Osin"]), _ev("sentence", text, names=["Osin"])]
    assert groups([named, *again]) == [0, 0, 0]


ZABAIKALYE = [
    _ev("desertion", "Four contract soldiers walked out of their unit near Borzya with rifles "
        "on Sunday.", count=4, region="RU-ZAB", who="contract soldiers"),
    _ev("detention", "Two of them were caught the next day.", count=2, region="RU-ZAB"),
]  # fmt: skip


def test_an_unnamed_verdict_in_another_region_held_by_order_alone_is_another_story():
    """``cases._elsewhere``: the verdict's own flight is not extracted, so nothing but the
    region it is told in says it is another man's."""
    ru = _ev("sentence", "А в Костроме суд вынес приговор рядовому, который две недели провёл "
             "в самоволке: год условно.", count=None, region="RU-KOS")  # fmt: skip
    assert groups([*ZABAIKALYE, ru]) == [0, 0, 1]
    en = _ev("sentence", "Meanwhile a court in Kostroma handed down a one-year suspended term "
             "for two weeks of absence.", count=None, region="RU-KOS")  # fmt: skip
    assert groups([*ZABAIKALYE, en]) == [0, 0, 1]


def test_one_storys_outcome_in_another_region_stays_when_it_refers_back():
    caught = _ev("detention", "Один из беглецов задержан в Костроме.", region="RU-KOS")
    assert groups([*ZABAIKALYE, caught]) == [0, 0, 0]
    tried = _ev("sentence", "A court in Kostroma later sentenced them.", count=None,
                region="RU-KOS")  # fmt: skip
    assert groups([*ZABAIKALYE, tried]) == [0, 0, 0]


def test_a_named_other_man_goes_back_to_an_earlier_story_only_on_some_evidence():
    """A story of two who fled, one of them named, leaves room for a second man; a later item
    of the list naming another man does not go back to it past the story between them."""
    brothers = [
        _ev("detention", "3. Тамбов. В пятницу задержали Олега Кирина, который в июле вместе "
            "с другом ушёл из части.", region="RU-TAM", names=["Олег Кирин"]),
        _ev("desertion", "3. Тамбов. В пятницу задержали Олега Кирина, который в июле вместе "
            "с другом ушёл из части.", count=2, names=["Олег Кирин"]),
    ]  # fmt: skip
    text = "4. Курган. В субботу задержали призывника, самовольно оставившего часть в Шадринске."
    kurgan = [_ev("detention", text, region="RU-KGN", who="призывника"),
              _ev("desertion", text, region="RU-KGN", who="призывника")]  # fmt: skip
    charged = _ev("prosecution", "5. Тверь. Следователи возбудили дело против рядового Ильи "
                  "Зотова.", region="RU-TVE", names=["Илья Зотов"])  # fmt: skip
    assert groups([*brothers, *kurgan, charged]) == [0, 0, 1, 1, 2]
    # the latest story, or one sharing a status, still takes a second man of its group
    friend = _ev("detention", "Его друга, Илью Зотова, задержали в Тамбове днём позже.",
                 region="RU-TAM", names=["Илья Зотов"])  # fmt: skip
    assert groups([*brothers, friend]) == [0, 0, 0]
