from __future__ import annotations

import pytest

from awol.clean.language import choose_language, detect_language

SAMPLES = {
    "en": "Police detained a soldier who had left his unit, the ministry said on Tuesday. "
    "He was handed over to military investigators and faces up to ten years in prison.",
    "ru": "Военная полиция задержала контрактника, который самовольно оставил часть. "
    "Об этом сообщили в пресс-службе, уточнив, что он не оказал сопротивления.",
    "uk": "Прикордонники затримали російського військового, який залишив свою частину. "
    "Про це повідомили у Державній прикордонній службі, він попросив притулку.",
    "de": "Die Polizei hat am Montag einen russischen Soldaten festgenommen, der aus seiner "
    "Einheit geflohen war. Er wurde nach Angaben der Behörden in der Nähe der Grenze gefunden.",
    "pl": "Straż Graniczna zatrzymała rosyjskiego żołnierza, który przekroczył granicę z "
    "Białorusią. Mężczyzna poprosił o ochronę międzynarodową i jest w ośrodku dla cudzoziemców.",
    "fr": "La police a arrêté un soldat russe qui avait déserté son unité, selon le ministère. "
    "Il a été remis aux enquêteurs militaires et risque dix ans de prison.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_detect(lang):
    code, conf = detect_language(SAMPLES[lang])
    assert code == lang
    assert conf > 0.5


def test_too_little_text_is_unknown():
    assert detect_language("12 34 ...")[0] is None


def test_declared_language_wins_unless_clearly_wrong():
    assert choose_language("en", SAMPLES["en"]) == "en"
    assert choose_language(None, SAMPLES["ru"]) == "ru"
    assert choose_language("en", SAMPLES["ru"]) == "ru"  # wrong script
    assert choose_language("ru", SAMPLES["uk"]) == "uk"
    assert choose_language("ru-RU", SAMPLES["ru"]) == "ru"
    # a mostly-English text that quotes a few foreign words stays as declared
    mixed = SAMPLES["en"] + " The sign read «Стоп»."
    assert choose_language("en", mixed) == "en"
