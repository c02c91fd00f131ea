"""Round 52 (ruprec52): a news story's lead tells its act (a catch, a death) with the people's
flight in a participle or a relative clause; the body then tells that flight in a sentence of its
own, with the whole group's count, the flight's own date and the place the men went to.  One
flight, not two (merge_lead.lead_flight): the lead's count of those caught is a part of the group,
its place is the catch's.  A flight the body tells of other people (a later month, more people
in the lead than in the body, a named man) stays apart.  Small invented texts (no real
incidents)."""

from __future__ import annotations

from tests.extract.helpers import events, of_type

PART_OF_GROUP = (
    "В Саратове задержали двух военных, ушедших из части\n\n"
    "В Саратове на автовокзале задержаны двое контрактников, самовольно оставивших часть в "
    "Вольске, сообщили в военной прокуратуре гарнизона.\n\n"
    "По данным прокуратуры, пятеро военнослужащих ушли из части 11 марта.\n\n"
    "Задержанных передали в комендатуру."
)


def test_the_leads_caught_two_and_the_bodys_five_are_one_flight() -> None:
    got = of_type(events(PART_OF_GROUP, "ru", "2025-03-20"), "desertion")
    assert len(got) == 1
    assert got[0].count == 5
    assert "пятеро" in got[0].evidence.text


OTHER_REGION = (
    "В Кирове задержали двух мобилизованных\n\n"
    "Двое мобилизованных, самовольно покинувших полигон под Пензой, задержаны в Кирове, сообщил "
    "источник в полиции.\n\n"
    "По его словам, мужчины ушли с полигона ночью 4 мая и на попутке добрались до Кирова."
)


def test_the_catchs_place_does_not_part_the_flight_from_its_own_telling() -> None:
    got = of_type(events(OTHER_REGION, "ru", "2025-05-12"), "desertion")
    assert len(got) == 1
    assert got[0].date == "2025-05-04"


ANOTHER_MONTH = (
    "Хроника недели\n\n"
    "Полицейские остановили на трассе автомобиль, за рулём которого оказался военнослужащий, "
    "с октября находившийся в СОЧ.\n\n"
    "В соседнем районе задержали срочника, а в другом городе срочник ушёл из части 3 февраля."
)


def test_a_flight_of_another_month_stays_apart() -> None:
    got = of_type(events(ANOTHER_MONTH, "ru", "2026-02-18"), "desertion")
    assert len(got) != 1


MORE_IN_THE_LEAD = (
    "В Туле задержали четырёх военных\n\n"
    "В Туле задержаны четверо военнослужащих, самовольно оставивших часть под Курском.\n\n"
    "Кроме того, двое солдат ушли из части в Брянской области."
)


def test_more_people_in_the_lead_than_in_the_body_stay_apart() -> None:
    got = of_type(events(MORE_IN_THE_LEAD, "ru", "2025-06-01"), "desertion")
    assert len(got) == 2
