"""Invented documents a hostile tester would publish through AWOL, with the people each names.

Every way a name can slip past a masker that works from cues and stored names: a file name and a
URL slug that name the deserter (so the document id, the incident and case ids and every link
carry it), a headline in ALL CAPS, surnames that are common words ("Volk", "Zayats", "Волк",
"Мороз"), hyphenated surnames, initials before and after ("I. Zayats", "Zayats I.V.", "П. Волк"),
a given name and patronymic without a surname ("Пётр Васильевич"), call signs in quotes
(«Гром», "Grom"), relatives and lawyers named only in the evidence, Ukrainian spellings, a name
written in lower case, a name split by a line break, names next to punctuation and emoji, and a
name in a figure's evidence.  ``write_corpus(folder)`` writes them with a manifest and returns
``(folder, {document id: names})``.
"""

from __future__ import annotations

import json
from pathlib import Path

DOCS: list[dict] = [
    {
        "file": "ivan-zayats-deserter.txt",
        "url": "https://example.org/news/2024/06/ivan-zayats-deserter-detained",
        "outlet": "Invented Courier",
        "published": "2024-06-03",
        "language": "en",
        "names": [
            "Ivan Zayats",
            "Dmitry Volk",
            "Yelena Zayats",
            "Maxim Olevsky",
            "Alexei Kuznetsov",
            "Anna Rimsky-Korsakova",
            "Serhiy Hrytsenko",
            "Grom",
        ],
        "text": """DESERTER IVAN ZAYATS DETAINED IN KURSK

Ivan Zayats, 24, a contract soldier from Tver, deserted from his unit in the Belgorod region \
in March 2024, his wife, Yelena Zayats, told the Invented Courier.

Military police detained Zayats in Kursk on May 5, 2024, his lawyer Maxim Olevsky said. \
"I. Zayats did not want to go back," the lawyer added.

Private Dmitry Volk, 31, who served with him under the call sign "Grom", also fled the unit \
in April 2024, according to his commander.

A garrison court in Kursk sentenced Zayats I.V. to five years in a penal colony on June 1, 2024.

Lawyer Anna Rimsky-Korsakova, who represents Volk, said 🙏Volk! had been "driven to despair".

Ukrainian volunteer Serhiy Hrytsenko, who helps deserters cross the border, said more than \
300 soldiers had asked his group for help since January 2024.

A post shared by relatives read: "free ivan zayats, he is not a criminal". Corporal Alexei
Kuznetsov, another soldier of the unit, deserted in May 2024 and was detained in Voronezh,
the regional court said.
""",
    },
    {
        "file": "dezertir-petr-volk.txt",
        "url": "https://example.org/novosti/2024/07/dezertir-petr-volk-zaderzhan",
        "outlet": "Выдуманные вести",
        "published": "2024-07-10",
        "language": "ru",
        "names": [
            "Пётр Волк",
            "Пётр Васильевич",
            "Ирина Бирюкова",
            "Олександр Гриценко",
            "Анна Иванова-Петросян",
            "Степан Мороз",
            "Алексей Кузнецов",
            "Гром",
            "Моряк",
        ],
        "text": """ДЕЗЕРТИРА ПЕТРА ВОЛКА ЗАДЕРЖАЛИ В КУРСКЕ

Контрактник Пётр Волк самовольно оставил воинскую часть в Белгородской области в марте 2024 \
года, рассказала его мать Анна Иванова-Петросян.

Волку 25 лет. 5 июня 2024 года военная полиция задержала П. Волка в Курске, сообщила адвокат \
Ирина Бирюкова. «Пётр Васильевич не хотел возвращаться на фронт», — сказала она.

Вместе с ним из части сбежал рядовой Степан Мороз с позывным «Моряк». Мороза объявили в \
розыск в апреле 2024 года.

Гарнизонный суд приговорил Волка П.В. к пяти годам колонии.

По словам украинского волонтёра Олександра Гриценко, с начала 2024 года за помощью к его \
группе обратились более 300 российских военных.

Сослуживец Волка, ефрейтор Алексей
Кузнецов, тоже самовольно покинул часть в мае 2024 года и был задержан в Воронеже.
""",
    },
    {
        # an id whose every word has at most three letters ("lev-kim"); a URL slug that names a
        # person the text names only in Cyrillic, in a photo caption and in oblique cases; an
        # outlet that is a person's channel; a diminutive in a quote; initials before; a hashtag
        "file": "lev-kim.txt",
        "url": "https://example.org/news/2024/08/ivan-petrov-sentenced-for-desertion",
        "outlet": "Канал Олега Царькова",
        "published": "2024-08-20",
        "language": "ru",
        "names": ["Лев Ким", "Иван Петров", "Николай Петров", "Олег Царьков", "Ваня"],
        "text": """Суд в Ростове-на-Дону вынес приговор Ивану Петрову

На фото: Иван Петров с сослуживцами, 2023 год (фото из семейного архива).

Южный окружной военный суд приговорил контрактника И. Петрова к шести годам колонии за \
самовольное оставление части. Петров сбежал из части в Донецкой области в январе 2024 года.

«Ваня просто не выдержал», — сказал его брат Николай.

Вместе с ним в розыск объявили рядового Льва Кима. Ким, по данным следствия, скрылся в \
Ростовской области в феврале 2024 года.

Канал Олега Царькова первым сообщил о приговоре 19 августа 2024 года. Родные запустили хештег \
#СвободуИвануПетрову.
""",
    },
    {
        # a Ukrainian transliteration in the slug ("oleh-lys") of a name the text spells "Oleg
        # Lis"; a three-letter surname alone; a photo caption; an outlet that is a person's blog;
        # a mother and a brother named only outside the events' sentences; a hashtag, a handle
        "file": "2024-09-07-en-5.txt",
        "url": "https://example.org/2024/09/mother-of-deserter-oleh-lys-speaks-out",
        "outlet": "Irina Sokol's Blog",
        "published": "2024-09-07",
        "language": "en",
        "names": ["Oleg Lis", "Oleh Lys", "Pavel Lis", "Tamara Lis", "Irina Sokol"],
        "text": """Mother of deserter Oleg Lis speaks out

Photo: Oleg Lis (left) with his brother Pavel in 2022. Courtesy of the family.

"My son is not a traitor," Tamara Lis, 52, said by phone from Pskov.

Her son, a conscript, left his unit near Belgorod in August 2024, she said.

Lis was detained on September 2, 2024, according to the Pskov garrison court. Supporters \
shared #FreeOlegLis, and his mother posts as @tamara_lis_pskov.
""",
    },
    {
        # traps for over-masking, beside one real name: a common noun that is also a surname or a
        # given name opening a sentence, a car named by a proper noun, an outlet's handle and a
        # hashtag that name no one (TRAPS: each must stay readable)
        "file": "moroz-udaril.txt",
        "url": "https://example.org/2025/01/moroz-udaril-dezertir-sdalsya",
        "outlet": "Выдуманный вестник",
        "published": "2025-01-21",
        "language": "ru",
        "names": ["Денис Соколов"],
        "text": """Мороз ударил по позициям: дезертир сдался сам

Мороз ударил ночью, и дороги к части замёрзли. Вера в победу среди контрактников угасла, \
рассказал изданию военнослужащий, попросивший не называть его имени.

Рядовой Денис Соколов самовольно оставил часть в Белгородской области 10 января 2025 года, а \
20 января сам пришёл в военную комендатуру. Угнанный им автомобиль «Лада Приора» нашли в поле.

Подписчики канала @astrapress распространили новость с хештегом #НетВойне.
""",
    },
    {
        # traps in English: a title-case headline with a relative and a verb ("Son Died"), a
        # hyphenated rank before a name, a sentence opening on "Not", a street, an outlet, a
        # hashtag and a handle that name no one
        "file": "en-traps-6.txt",
        "url": "https://example.org/2025/03/mother-says-son-died-in-custody",
        "outlet": "Volga Herald",
        "published": "2025-03-10",
        "language": "en",
        "names": ["Ivan Sedov", "Dmitry Belov", "Galina Belova"],
        "text": """Mother Says Son Died in Custody After Being Detained for Going AWOL

A mother says her son died in military police custody. Lieutenant-Colonel Ivan Sedov, the \
unit's commander, declined to comment.

Not everyone agreed. Frost hit the Kursk region hard that week, and Hope Street in Belgorod was \
closed, according to Volga Herald.

The soldier, Dmitry Belov, 27, deserted in February 2025 and was detained on March 3, 2025, his \
mother Galina Belova said. Supporters used the hashtag #NoWar and the handle @novayagazeta.
""",
    },
    {
        # a URL whose slug is percent-encoded Cyrillic ("/новости/.../кожемякина-задержали-...")
        # and names the deserter by his surname alone, in an oblique case
        "file": "2024-10-02-ru-7.txt",
        "url": "https://example.org/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/2024/10/%D0%BA%D0%BE%D0%B6%D0%B5%D0%BC%D1%8F%D0%BA%D0%B8%D0%BD%D0%B0-%D0%B7%D0%B0%D0%B4%D0%B5%D1%80%D0%B6%D0%B0%D0%BB%D0%B8-%D0%B2-%D0%BA%D1%83%D1%80%D1%81%D0%BA%D0%B5",
        "outlet": "Выдуманная газета",
        "published": "2024-10-02",
        "language": "ru",
        "names": ["Андрей Кожемякин"],
        "text": """Беглого контрактника задержали в Курске

Рядовой Андрей Кожемякин самовольно оставил воинскую часть в Белгородской области в сентябре \
2024 года. 1 октября 2024 года военная полиция задержала его в Курске, сообщил источник.
""",
    },
    {
        # a French-style transliteration in the slug ("shevtchouk") of a surname the text spells
        # "Shevchuk": no spelling key joins them, only the sounds do; a village named after the
        # family stays readable, so only the query's check against the record's names keeps a
        # search for "Shevchuk" from finding it
        "file": "2024-11-05-en-8.txt",
        "url": "https://example.org/fr/2024/11/soldat-shevtchouk-deserteur-arrete",
        "outlet": "Invented Courier",
        "published": "2024-11-05",
        "language": "en",
        "names": ["Oleksiy Shevchuk", "Shevtchouk"],
        "text": """Deserter detained in Bryansk

Private Oleksiy Shevchuk, 23, deserted from his unit in the Kursk region in October 2024 and \
was detained in the village of Shevchukivka near Bryansk on November 3, 2024, the regional \
court said.
""",
    },
]

#: words of the documents above that name no one: every anonymous view shows them as they are
TRAPS = {
    "moroz-udaril": ["Мороз ударил по позициям", "moroz-udaril", "Мороз ударил ночью", "Вера в победу", "«Лада Приора»", "@astrapress",
                     "#НетВойне", "Выдуманный вестник"],
    "en-traps-6": ["Mother Says Son Died", "Lieutenant-Colonel", "Not everyone", "Frost hit",
                   "Hope Street", "Volga Herald", "#NoWar", "@novayagazeta"],
}  # fmt: skip


def trap_words() -> set[str]:
    """Every word of the trap phrases (a search for "Мороз" finds "Мороз ударил", as it should)."""
    return {w for traps in TRAPS.values() for t in traps for w in t.split()}


def without_traps(text: str) -> str:
    """``text`` without the trap phrases of :data:`TRAPS` ("Мороз ударил" is a trap in one article
    and "Мороз" a man's surname in another: the audit looks for names over all of them)."""
    for traps in TRAPS.values():
        for t in traps:
            text = text.replace(t, " ")
    return text


def write_corpus(folder: Path) -> tuple[Path, dict[str, set[str]]]:
    """Write :data:`DOCS` into ``folder`` (files, manifest.jsonl, gold.jsonl with each
    document's people in ``names``)."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest, gold, names = [], [], {}
    for d in DOCS:
        doc_id = d["file"].rsplit(".", 1)[0]
        (folder / d["file"]).write_text(d["text"], encoding="utf-8")
        manifest.append({"id": doc_id, "url": d["url"], "outlet": d["outlet"],
                         "published": d["published"], "language": d["language"]})  # fmt: skip
        gold.append({"id": doc_id, "events": [{"type": "desertion", "names": d["names"]}]})
        names[doc_id] = set(d["names"])
    for name, rows in (("manifest.jsonl", manifest), ("gold.jsonl", gold)):
        (folder / name).write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
    return folder, names
