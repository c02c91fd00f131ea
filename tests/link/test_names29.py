"""A family's surname in the genitive plural (round 29, link29; link split j's «братьев
Ворониных»): the same surname as each member's, in either script."""

from __future__ import annotations

from awol.link.text import names_match, skeleton


def test_a_family_surname_in_the_genitive_plural_is_each_members():
    assert names_match(["Ворониных"], ["Nikita Voronin"]) is True
    assert names_match(["Ворониных"], ["Никита Воронин"]) is True
    assert names_match(["Лаптевых"], ["Олег Лаптев"]) is True
    assert names_match(["Ворониных"], ["Sergei Voronov"]) is False


def test_a_surname_that_ends_so_in_every_case_is_left_whole():
    assert skeleton("Черных") == skeleton("Chernykh")
    assert names_match(["Иван Седых"], ["Ivan Sedykh"]) is True
    assert names_match(["Черных"], ["Chernov"]) is False
