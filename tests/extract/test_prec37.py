"""Round 37 (prec37): spurious events on unseen text, on invented sentences (my own wording),
each reading with twins that stay events (a rule that blocks everything fails too).

- a search for a missing person, or a family's or volunteers' own search («объявила сына в
  розыск как без вести пропавшего», "The family has been searching for him for months"): no
  wanted notice - ``nonevent: clause: wanted`` in ``lang/{en,ru}/events.yaml``;
- a lawful departure told with a desertion verb ("In 2020 he left the service when his contract
  ended", «ушёл со службы по собственному желанию», «после окончания сборов»):
  ``nonevent: authorised_sentence`` (EN) and ``authorised_more`` (RU), read by
  ``awol.extract.scope._authorised``; the front left wounded ("He left the front after being
  wounded"): ``nonevent: sentence: desertion`` (EN);
- a child who ran away from home, anyone who fled the country in a sentence that names the
  mobilisation and nothing military ("The actor fled the country after mobilisation was
  announced"): ``nonevent: sentence: desertion`` (both);
- a fine for evading service, or alternative civilian service («Суд оштрафовал жителя района на
  80 тысяч рублей за уклонение от военной службы»): draft evasion -
  ``draft_evasion: civil_or_fine`` in ``lang/{en,ru}/relevance.yaml``,
  ``awol.extract.scope_more.draft_evasion``;
- "always" of a practice ("They were always caught within a week", «Их всегда ловили»):
  ``nonevent: habitual``;
- a heading «label: question» («Ушедшие с фронта: о чём молчат архивы района», «Беглецы из
  части: как их ищут»): ``awol.extract.headings.title_question``;
- a bare plural's search in a one-man story («Дезертиров в регионе ищут полиция»):
  ``awol.extract.one_man.drop_bare_search`` (``bare_search:`` in ``lang/*/relevance.yaml``).
"""

from __future__ import annotations

import pytest
from tests.extract.helpers import TRUE_LEAD, events

from awol.extract.headings import title_question
from awol.extract.one_man import bare_search

PUB = "2026-05-20"

# a group's flight to open a text with (the bare plural's search is the group's there)
GROUP_LEAD = {
    "en": "Three contract soldiers fled their unit near Tver on Sunday night, police said. ",
    "ru": "Трое контрактников в ночь на воскресенье самовольно покинули часть под Тверью, "
    "сообщили в полиции. ",
}


def _added(sentence: str, lang: str, lead: dict[str, str] = TRUE_LEAD) -> list[str]:
    """The types of the events a sentence adds after a one-event lead."""
    found = events(lead[lang] + sentence, lang, PUB)
    return [e.type for e in found if e.evidence.start >= len(lead[lang])]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # a missing person's search, a family's, volunteers'
        ("Police have opened a missing person search for her son.", "en"),
        ("The family has been searching for him for months.", "en"),
        ("Volunteers are searching for the missing soldier.", "en"),
        ("Полиция объявила сына в розыск как без вести пропавшего.", "ru"),
        ("Его ищут как пропавшего без вести с весны.", "ru"),
        ("Ищут пропавших месяцами, а иногда годами.", "ru"),
        ("Мать Кирилла Лозовского полгода ищет сына.", "ru"),
        # a lawful departure
        ("In 2020 he left the service when his contract ended.", "en"),
        ("Another comrade left the service when his contract expired in May.", "en"),
        ("Он ушёл со службы по собственному желанию в 2018 году.", "ru"),
        # a fine for evading service, alternative civilian service
        ("A court fined a man 80,000 roubles for evading military service.", "en"),
        ("A court fined him 80,000 roubles for evading alternative civilian service.", "en"),
        ("Суд оштрафовал жителя района на 80 тысяч рублей за уклонение от военной службы.", "ru"),
        ("Суд назначил ему штраф 80 тысяч рублей за уклонение от альтернативной гражданской "
         "службы.", "ru"),
        ("Районный суд рассмотрел уголовное дело об уклонении от военной службы: житель района "
         "полгода не выходил на работу на альтернативной службе.", "ru"),
        ("Мобилизованные покинули учебный центр после окончания сборов и вернулись в свои "
         "части.", "ru"),
        ("He left the front after being wounded and is being treated in Moscow.", "en"),
        # a child's running away from home, a flight from the country told with the mobilisation
        ("He ran away from home at 16 and later signed a contract.", "en"),
        ("Он сбежал из дома в 16 лет и подписал контракт.", "ru"),
        ("The actor fled the country after mobilisation was announced.", "en"),
        ("Артист сбежал из страны после начала мобилизации.", "ru"),
        # "always" of a practice
        ("They were always caught within a week, at their mother's house.", "en"),
        ("Дезертиров всегда объявляли в розыск в тот же день.", "ru"),
        ("Солдаты всегда сбегали из части по ночам.", "ru"),
        # a heading «label: question»
        ("Ушедшие с фронта: о чём молчат архивы района", "ru"),
        ("Беглецы из Шторм Z: как их ищут", "ru"),
        ("Сбежавшие из части: почему мобилизованные уходят", "ru"),
        # a bare plural's search in a one-man story
        ("Дезертиров в регионе ищут полиция и военная комендатура.", "ru"),
        ("Сбежавших из частей военных разыскивают по всей стране.", "ru"),
        ("Беглецов ищут на вокзалах и в аэропортах.", "ru"),
        ("Deserters in the region are being sought by police and the military commandant's "
         "office.", "en"),
        ("Police are searching for deserters at railway stations and bus terminals.", "en"),
    ],
)  # fmt: skip
def test_no_event_is_added(sentence: str, lang: str) -> None:
    assert _added(sentence, lang) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "etype"),
    [
        # a search by police, a kin who learned of it (invented v05, y02, aa02's gold)
        ("Police are searching for two soldiers who left their unit in Ostrov on Wednesday "
         "night.", "en", "wanted"),
        ("Military police launched a search for him the same day, joined later by volunteers.",
         "en", "wanted"),
        ("Военная полиция разыскивает пропавшего из части солдата.", "ru", "wanted"),
        ("В ноябре его мама случайно обнаружила, что сын значится в базе розыска МВД.", "ru",
         "wanted"),
        # a flight after a contract's end from positions or a unit (a real train twin's form)
        ("The former fighter abandoned his trench positions soon after his six-month contract "
         "with the battalion ended on May 3.", "en", "desertion"),
        ("In March he left his unit without permission after his contract expired.", "en",
         "desertion"),
        ("Контрактник ушёл из части в мае и уехал к матери.", "ru", "desertion"),
        ("После окончания обучения в Твери рядовой в часть не прибыл и уехал к матери.", "ru",
         "desertion"),
        ("He escaped from the hospital where he was treated after being wounded.", "en",
         "desertion"),
        ("A mobilised soldier fled his unit in October and left Russia for Kazakhstan after "
         "mobilisation was announced.", "en", "desertion"),
        ("Мобилизованный сбежал из части и уехал из России в Казахстан после начала "
         "мобилизации.", "ru", "desertion"),
        # a verdict for desertion, a fine for refusing to fight (real rru-014's gold)
        ("A court in Tver sentenced a contract soldier to five years for leaving his unit in "
         "May.", "en", "sentence"),
        ("A court fined a contract soldier who refused to fight 70,000 roubles.", "en",
         "sentence"),
        # Article 338's purpose in a verdict's flight (invented f01's gold)
        ("Судом установлено, что в сентябре 2024 года рядовой, желая временно уклониться от "
         "прохождения военной службы, самовольно оставил воинскую часть.", "ru", "desertion"),
        # a heading whose label has a finite past verb (a real train heading's form)
        ("Сотни солдат: с фронта дезертировал батальон 41-й бригады",
         "ru", "desertion"),
    ],
)  # fmt: skip
def test_twins_stay_events(sentence: str, lang: str, etype: str) -> None:
    assert etype in _added(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Дезертиров в регионе ищут полиция и военная комендатура.", "ru"),
        ("Беглецов ищут полиция, Росгвардия и военная полиция.", "ru"),
        ("Deserters in the region are being sought by police.", "en"),
    ],
)
def test_a_bare_plural_search_after_a_group_is_the_groups(sentence: str, lang: str) -> None:
    assert "wanted" in _added(sentence, lang, GROUP_LEAD)


@pytest.mark.parametrize(
    ("sentence", "lang", "bare"),
    [
        ("Дезертиров в регионе ищут полиция.", "ru", True),
        ("Двух дезертиров ищут полиция.", "ru", False),
        ("Этих беглецов разыскивают по всей стране.", "ru", False),
        ("Дезертиров задержали на вокзале.", "ru", False),
        ("Police are searching for deserters at stations.", "en", True),
        ("Police are searching for the deserters at stations.", "en", False),
        ("Police are searching for two deserters.", "en", False),
    ],
)
def test_bare_search(sentence: str, lang: str, bare: bool) -> None:
    assert bare_search(sentence, lang) is bare


@pytest.mark.parametrize(
    ("title", "trigger", "asks"),
    [
        ("Ушедшие с фронта: о чём молчат архивы района", "Ушедшие", True),
        ("Беглецы из части: как их ищут", "ищут", True),
        # a past question, a finite verb in the label, a sentence with a full stop
        ("Беглецы из части: как их поймали", "Беглецы", False),
        ("Сбежавший контрактник задержан: как его нашли", "задержан", False),
        ("Сбежавший контрактник задержан: как его ищут", "задержан", False),
        ("Ушедшие с фронта: о чём молчат архивы района.", "Ушедшие", False),
    ],
)
def test_title_question(title: str, trigger: str, asks: bool) -> None:
    s = title.index(trigger)
    assert title_question(title, s, s + len(trigger), "ru") is asks
