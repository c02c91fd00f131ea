"""Vocabulary groups real news uses for the events (lang/*/events.yaml): each sentence here is
invented; the trigger of its type must be found, and a near-miss must not make one."""

from __future__ import annotations

import pytest

from awol.extract.lexicon import get_lexicon
from awol.extract.mentions import _find_triggers
from awol.extract.trigger_blocks import blocked as _blocked


def _types(text: str, lang: str) -> set[str]:
    lex = get_lexicon(lang)
    return {
        t.type for t, a, b in _find_triggers(text, lex) if not _blocked(text, t.type, a, b, lex)
    }


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("The private did not appear in the unit after May.", "en", "desertion"),
        # forms the probe suite (tests/extract/probes/en.yaml) found missing
        ("The corporal decided to leave the front and went home.", "en", "desertion"),
        ("Conscript flees unit in Kursk", "en", "desertion"),
        ("Soldier deserts from army", "en", "desertion"),
        (
            "The desertion of two soldiers from a signals battalion was confirmed.",
            "en",
            "desertion",
        ),
        ("A mobilised man defected to Ukraine in May.", "en", "desertion"),
        ("Police are trying to find the runaway conscript.", "en", "wanted"),
        ("Guards shot the runaway conscript dead.", "en", "death"),
        ("The death of the mobilised man was confirmed by the police.", "en", "death"),
        ("The sergeant is accused of desertion.", "en", "prosecution"),
        ("The conviction of the corporal for desertion was upheld on appeal.", "en", "sentence"),
        ("He never reported back to duty after treatment.", "en", "desertion"),
        ("Police were able to catch two of the men.", "en", "detention"),
        ("The captain was served a notice of suspicion of desertion.", "en", "prosecution"),
        ("He is being investigated for leaving his post.", "en", "prosecution"),
        ("A case was opened under Article 407 of the Criminal Code.", "en", "prosecution"),
        ("The court handed him a sentence of six years.", "en", "sentence"),
        ("Both men were executed by their commanders.", "en", "death"),
        ("Officers are searching for the fugitives in the woods.", "en", "wanted"),
        ("A reward was offered for information on his whereabouts.", "en", "wanted"),
        ("The corporal arbitrarily left the location of his battalion.", "en", "desertion"),
        ("A marine defected last spring.", "en", "desertion"),
        ("The sergeant decided not to return to the front after his leave.", "en", "desertion"),
        ("Wounded twice, the private chose not to go back to the war.", "en", "desertion"),
        ("The men were held in a basement for weeks.", "en", "detention"),
        ("The runaways had been kept in a tent camp near the base.", "en", "detention"),
        ("Police came to his flat and took him away.", "en", "detention"),
        # wanted told by its means: declared wanted, police alerts, a warrant, search parties
        ("The interior ministry declared the corporal wanted.", "en", "wanted"),
        ("Police issued a BOLO for the two privates.", "en", "wanted"),
        ("Patrols were told to be on the lookout for the sailor.", "en", "wanted"),
        ("A warrant for his arrest was issued in March.", "en", "wanted"),
        ("Troops and police have been combing the woods near the base.", "en", "wanted"),
        ("Investigators asked residents to report any sighting of the men.", "en", "wanted"),
        ("The private is wanted on charges of desertion.", "en", "wanted"),
        ("The fugitive is being sought by the military police.", "en", "wanted"),
        ("A bounty was offered for the recapture of the convicts.", "en", "wanted"),
        ("According to the orientation, the convicts may be in civilian clothes.", "en", "wanted"),
        (
            "The private was due to return to the unit in May but never came back.",
            "en",
            "desertion",
        ),
        ("A search was announced for the two privates in June.", "en", "wanted"),
        ("Police have been trying to locate the sailor since June.", "en", "wanted"),
        ("A case against the sergeant was opened in July.", "en", "prosecution"),
        ("Russia asked Interpol to issue a red notice for the captain.", "en", "wanted"),
        ("Law enforcement agencies are establishing his whereabouts.", "en", "wanted"),
        ("Efforts to find the two privates have so far failed.", "en", "wanted"),
        # death in other words
        ("The sergeant was gunned down outside his flat.", "en", "death"),
        ("The deserter was fatally wounded during the arrest.", "en", "death"),
        ("The private lost his life in the shootout.", "en", "death"),
        ("His body was discovered by a forester.", "en", "death"),
        ("The man was found on March 2 with several gunshot wounds.", "en", "death"),
        # charges and cases as nouns
        ("The corporal faces charges of desertion.", "en", "prosecution"),
        ("Charges of desertion were filed against the lieutenant.", "en", "prosecution"),
        ("Investigators opened a desertion case against the sailor.", "en", "prosecution"),
        ("A case under Article 338 was opened against the private.", "en", "prosecution"),
        ("The private was indicted last week.", "en", "prosecution"),
        ("The sergeant was remanded in custody pending trial.", "en", "prosecution"),
        # lemma families: a search told by its length, leaflets, residents warned; a death told
        # as a noun; charges faced, a case against someone, a notice served
        ("After a search of 20 hours the private was found.", "en", "wanted"),
        ("Police handed out leaflets with his photograph.", "en", "wanted"),
        ("The ministry warned residents of the district about the armed man.", "en", "wanted"),
        ("The death of the deserter was confirmed in May.", "en", "death"),
        ("The sergeant is facing desertion charges.", "en", "prosecution"),
        ("Prosecutors sent the case against the corporal to court.", "en", "prosecution"),
        ("Investigators served the captain with a notice of suspicion.", "en", "prosecution"),
        ("Рядовой решил не возвращаться в часть после отпуска.", "ru", "desertion"),
        ("Сержант так и не вернулся на войну.", "ru", "desertion"),
        ("Рядовой трижды уходил из части без разрешения.", "ru", "desertion"),
        ("Он жил дома, пока его не задержали патрульные.", "ru", "detention"),
        ("Наряд задержало подразделение полиции.", "ru", "detention"),
        ("Позже стало известно о поимке беглеца.", "ru", "detention"),
        ("Казахстан передал российской стороне контрактника.", "ru", "detention"),
        ("Следователи обвинили сержанта в оставлении части.", "ru", "prosecution"),
        ("Возбуждено дело по статье 337 Уголовного кодекса.", "ru", "prosecution"),
        ("Рядовой до сих пор находится в бегах.", "ru", "wanted"),
        ("Беглецов расстреляли свои же командиры.", "ru", "death"),
    ],
)
def test_found(text: str, lang: str, etype: str) -> None:
    assert etype in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "etype"),
    [
        ("Under the Criminal Code, a deserter can be jailed.", "en", "sentence"),
        ("His mother filed a complaint accusing the officer of extortion.", "en", "prosecution"),
        ("Уголовный кодекс предусматривает за это до 10 лет.", "ru", "sentence"),
        ("Рядовой пропал без вести под Бахмутом.", "ru", "desertion"),
        ("The team held a press conference in the camp.", "en", "detention"),
        ("He decided not to return the money.", "en", "desertion"),
        ("Hardly any soldiers were prosecuted for it before 2022.", "en", "prosecution"),
        ("The sergeant could face charges of desertion.", "en", "prosecution"),
        ("He wanted to declare the income.", "en", "wanted"),
        ("Two of his friends died in battle near Bakhmut.", "en", "death"),
        ("Ukraine recaptured territory in the east last autumn.", "en", "wanted"),
        ("Interpol declined to issue a red notice.", "en", "wanted"),
        ("The officers were searching for evidence of the fraud.", "en", "wanted"),
        ("The corporal is potentially facing charges of desertion.", "en", "prosecution"),
        ("The private was threatened with being jailed.", "en", "sentence"),
        # near-misses of the forms above: a discharge, a way, a plan, a condition
        ("After his contract ended he managed to leave the army.", "en", "desertion"),
        ("Still, they are trying to find their way out of Russia.", "en", "wanted"),
        ("The two privates planned to desert but changed their minds.", "en", "desertion"),
        ("If two contract soldiers deserted, they would be charged.", "en", "desertion"),
    ],
)
def test_not_found(text: str, lang: str, etype: str) -> None:
    assert etype not in _types(text, lang)
