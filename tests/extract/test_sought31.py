"""A search of a kind of people is no manhunt (round 31, prec31: relevance_generic.sought_kind).

A wanted event whose evidence names a bare plural as the ones sought ("a register of conscripts
sought by the commandant's office", "по розыску дезертиров") tells what is done to people of a
kind; it is dropped.  A number, a determiner or a pronoun of one person keeps it: someone in
particular is sought."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awol.cli.extract import run_extract
from awol.extract.relevance_generic import sought_kind


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Reporters have seen a register of conscripts sought by the commandant's office.", "en"),
        ("Across the Far East, contractors are put on the wanted list within a week.", "en"),
        ("Border guards say deserters wanted by Moscow rarely cross at this checkpoint.", "en"),
        ("Some men are tried; others get put on the wanted list.", "en"),
        (
            "Губернатор потребовал усилить работу по розыску мобилизованных в других регионах.",
            "ru",
        ),
        ("Вопросы взаимодействия при поиске самовольщиков обсудили в военной прокуратуре.", "ru"),
    ],
)
def test_a_kind_sought(sentence: str, lang: str) -> None:
    assert sought_kind(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Police put the three conscripts on the wanted list.", "en"),
        ("Two contractors were added to the wanted list on Monday.", "en"),
        ("Some 250 servicemen wanted for desertion were found by the cameras.", "en"),
        ("Her son was listed among deserters wanted by the police.", "en"),
        ("Three runaways sought by police were found in a barn.", "en"),
        # a defining clause: maybe a group told of elsewhere
        ("Contractors who left the base near Kursk have been added to the wanted list.", "en"),
        ("Идут мероприятия по розыску военнослужащих, самовольно оставивших часть.", "ru"),
        ("Продолжается работа по розыску мобилизованных, не вернувшихся из отпуска.", "ru"),
        ("Полиция объявила розыск двух мобилизованных, сбежавших с полигона.", "ru"),
        ("Начался розыск сбежавших срочников.", "ru"),
        ("Его фото появилось в базе среди военнослужащих, находящихся в розыске.", "ru"),
    ],
)
def test_someone_in_particular(sentence: str, lang: str) -> None:
    assert not sought_kind(sentence, lang)


_ARTICLES = {
    "en": (
        "Conscript detained in Pskov region after leaving his unit\n\n"
        "Military police detained a conscript in the Pskov region on Tuesday, three weeks after "
        "he walked out of his unit near Ostrov, the regional prosecutor's office said.\n\n"
        "Across the north-west, contractors are put on the wanted list within a week.\n\n"
        "Reporters have seen a register of conscripts sought by the commandant's office.\n",
        "2025-03-12",
    ),
    "ru": (
        "В Псковской области задержали срочника, ушедшего из части\n\n"
        "Военная полиция во вторник задержала в Псковской области срочника, который три недели "
        "назад ушёл из части под Островом, сообщила областная прокуратура.\n\n"
        "Губернатор потребовал усилить работу по розыску мобилизованных в других регионах.\n",
        "2025-03-12",
    ),
}


@pytest.mark.parametrize("lang", sorted(_ARTICLES))
def test_an_article_keeps_its_detention_and_drops_the_kind_sought(lang: str, tmp_path: Path):
    text, published = _ARTICLES[lang]
    (tmp_path / "s-01.txt").write_text(text, "utf-8")
    man = tmp_path / "manifest.jsonl"
    man.write_text(
        json.dumps({"id": "s-01", "url": "https://x.example/1", "outlet": "X",
                    "published": published, "language": lang}) + "\n", "utf-8"
    )  # fmt: skip
    (doc,) = list(run_extract([str(tmp_path / "s-01.txt")], str(man)))
    types = [e.type for e in doc.events]
    assert "detention" in types
    assert "wanted" not in types, [(e.type, e.evidence.text) for e in doc.events]
