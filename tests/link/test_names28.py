"""A name in the formal order of Russian police notices and court papers, surname first
("Сидоренко Павел Андреевич", round 28, link28): the linker took its last word, the
patronymic, for the surname, so the same man named "Pavel Sidorenko" by another report seemed
another person, and the pair was vetoed (disjoint named people).  Invented names."""

from __future__ import annotations

from awol.link import Linker
from awol.link.text import full_name_match, name_parts, name_strength, names_match


def test_the_formal_order_is_read_as_first_name_and_surname():
    assert name_parts("Сидоренко Павел Андреевич") == name_parts("Павел Сидоренко")
    assert name_parts("Белова Ирина Петровна") == name_parts("Ирина Белова")
    # inflected as a notice writes it ("разыскивает Сидоренко Павла Андреевича")
    assert name_parts("Сидоренко Павла Андреевича")[1] == name_parts("Павел Сидоренко")[1]
    # a patronymic of the -ич kind
    assert name_parts("Кузнецов Олег Ильич") == name_parts("Олег Кузнецов")
    for a, b in (("Сидоренко Павел Андреевич", "Pavel Sidorenko"),
                 ("Лукашевич Иван Петрович", "Ivan Lukashevich")):  # fmt: skip
        assert name_strength([a], [b]) == 2
        assert full_name_match([a], [b])
        assert names_match([a], [b])


def test_the_usual_orders_are_left_alone():
    # first name, patronymic, surname (a surname may end like a patronymic: "Лукашевич")
    assert name_parts("Павел Андреевич Сидоренко") == name_parts("Павел Сидоренко")
    assert name_parts("Иван Петрович Лукашевич") == name_parts("Иван Лукашевич")
    # two given names and a surname in -евич: not the formal order
    assert name_parts("Анна Мария Лукашевич")[1] == name_parts("Анна Лукашевич")[1]
    # another first name is another man
    assert name_strength(["Сидоренко Павел Андреевич"], ["Андрей Сидоренко"]) == -1
    assert name_strength(["Сидоренко Павел Андреевич"], ["Pavel Andreev"]) == -1


def _doc(doc_id: str, lang: str, pub: str, evidence: str, names: list[str], region: str) -> dict:
    ev = {"type": "wanted", "date": None, "date_text": None, "place_text": None,
          "country": "RU", "region": region, "count": 1, "count_qualifier": "exact",
          "who": None, "names": names, "armed": None, "source": None,
          "evidence": {"text": evidence, "start": 0, "end": len(evidence)}}  # fmt: skip
    return {"id": doc_id, "url": f"https://x.example/{doc_id}", "outlet": doc_id,
            "published": pub, "language": lang, "title": "t", "events": [ev],
            "figures": []}  # fmt: skip


def test_a_notice_in_the_formal_order_links_with_a_report_of_the_same_man():
    notice = _doc("n", "ru", "2026-03-09", "Полиция Самары разыскивает военнослужащего "
                  "Сидоренко Павла Андреевича, 1998 года рождения.",
                  ["Сидоренко Павел Андреевич"], "RU-SAM")  # fmt: skip
    report = _doc("r", "en", "2026-03-10", "Police in the Samara region are searching for "
                  "contract soldier Pavel Sidorenko, 27.", ["Pavel Sidorenko"], "RU-SAM")  # fmt: skip
    lk = Linker()
    lk.add([notice, report])
    assert [inc["events"] for inc in lk.incidents() if len(inc["events"]) == 2] == [
        [["n", 0], ["r", 0]]
    ]
    # one person in the incident's names (the Latin spelling; the notice's as a variant)
    assert [inc["fields"]["names"] for inc in lk.incidents()] == [["Pavel Sidorenko"]]
    # another man of the same surname stays apart
    other = _doc("o", "en", "2026-03-10", "Police in the Samara region are searching for "
                 "contract soldier Andrei Sidorenko, 27.", ["Andrei Sidorenko"], "RU-SAM")  # fmt: skip
    lk = Linker()
    lk.add([notice, other])
    assert all(len(inc["events"]) == 1 for inc in lk.incidents())
