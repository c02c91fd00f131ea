"""Readings in which a trigger reports no happening (awol.extract.scope), on invented sentences:
each non-event has a twin that is an event, so a rule that blocks everything fails too."""

from __future__ import annotations

import pytest
from tests.extract.helpers import types

from awol.extract.document import extract_article
from awol.extract.lexicon import get_lexicon
from awol.extract.scope import not_a_happening
from awol.model import Article

LEAD = {
    "en": "Three contract soldiers deserted from a tank regiment near Kursk in March. ",
    "ru": "Трое контрактников дезертировали из танкового полка под Курском в марте. ",
}


def _types(text: str, lang: str) -> list[str]:
    return types(LEAD[lang] + text, lang, "2025-06-02")


def _reason(sentence: str, trigger: str, etype: str, lang: str) -> str | None:
    s = sentence.index(trigger)
    return not_a_happening(sentence, etype, s, s + len(trigger), get_lexicon(lang))


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "lang", "reason"),
    [
        # generic reference
        ("An amnesty is offered to those who deserted before May.", "deserted", "desertion",
         "en", "generic"),
        ("Most of those found guilty of desertion get probation.", "found guilty", "sentence",
         "en", "generic"),
        ("He counted the number of fighters who went AWOL in winter.", "went AWOL", "desertion",
         "en", "generic"),
        ("Почти 40% личного состава дезертировали из бригады.", "дезертировали", "desertion",
         "ru", "generic"),
        ("За последний год из армии дезертировали тысячи военнослужащих.", "дезертировали",
         "desertion", "ru", "generic"),
        ("Амнистия касается тех, кто сбежал из части до мая.", "сбежал", "desertion", "ru",
         "generic"),
        ("Ко мне обращаются люди, которые сбежали из армии.", "сбежали", "desertion", "ru",
         "generic"),
        # a present tense in a relative clause: what a kind of people does
        ("The group helps soldiers who flee the front.", "flee", "desertion", "en", "generic"),
        ("A sailor who deserts faces jail.", "deserts", "desertion", "en", "generic"),
        # the people a law speaks of
        ("Parliament passed a bill that frees soldiers who deserted once.", "deserted",
         "desertion", "en", "law"),
        ("Депутаты приняли закон о военных, которые дезертировали впервые.", "дезертировали",
         "desertion", "ru", "law"),
        ("Новый порядок распространяется на солдат, которые оставили часть до апреля.",
         "оставили часть", "desertion", "ru", "law"),
        # a yes/no question; someone else detained or killed (a helper, a draft evader, an
        # officer who tried to stop one deserter); another crime after the charge cue
        ("Did the sergeant really desert?", "desert", "desertion", "en", "question"),
        ("Police detained a man who helped the deserter hide.", "detained", "detention", "en",
         "other_crime"),
        # a helper's verdict, charge or search; a verdict for a crime named first; an arrest in
        # absentia; a sentence being served; those convicted of fleeing
        ("A woman who hid the deserter was sentenced to two years.", "sentenced", "sentence",
         "en", "other_crime"),
        ("A woman who hid Petrov was sentenced to two years.", "sentenced", "sentence", "en",
         "other_crime"),
        ("Police are searching for the man who helped them cross the border.", "searching for",
         "wanted", "en", "other_crime"),
        ("She was charged with harbouring a fugitive.", "charged with", "prosecution", "en",
         "other_crime"),
        ("The runaway was sentenced to four years for stealing a car.", "sentenced", "sentence",
         "en", "other_crime"),
        ("A court arrested the deserter in absentia.", "arrested", "detention", "en",
         "other_crime"),
        ("He was recruited in a colony where he was serving a seven-year sentence.",
         "seven-year sentence", "sentence", "en", "other_crime"),
        ("Most of those found guilty of fleeing the service were mobilised men.",
         "of fleeing the service", "desertion", "en", "generic"),
        ("Guards detained a man who was trying to avoid mobilisation.", "detained", "detention",
         "en", "other_crime"),
        ("An officer who tried to stop a deserter was killed.", "killed", "death", "en",
         "victim"),
        ("Police detained a deserter on suspicion of theft.", "detained", "detention", "en",
         "other_crime"),
        # habits and statistics
        ("After being detained, runaways are usually sent back to the trenches.", "detained",
         "detention", "en", "habitual"),
        ("Fewer soldiers deserted than in the previous year.", "deserted", "desertion", "en",
         "statistic"),
        ("Точной статистики по дезертировавшим нет.", "дезертировавшим", "desertion", "ru",
         "statistic"),
        ("В этом году из армии сбежало больше людей, чем в прошлом.", "сбежало", "desertion",
         "ru", "statistic"),
        ("At present, there are 3,587 criminal charges brought against deserters.", "charges",
         "prosecution", "en", "statistic"),
        ("С начала года зарегистрировано более 5000 дел о дезертирстве.", "дел",
         "prosecution", "ru", "statistic"),
        # labels, statuses, quoted terms
        ("Television showed footage of captured conscripts.", "captured", "detention", "en",
         "label"),
        ("Её сыну присвоили статус самовольно оставившего часть.",
         "самовольно оставившего часть", "desertion", "ru", "label"),
        ("Сводки пишут о СЗЧ (то есть «оставивших часть»).", "оставивших часть", "desertion",
         "ru", "quoted"),
        ("Сбежали пятеро из категории ранее самовольно покинувших часть.",
         "самовольно покинувших часть", "desertion", "ru", "label"),
        # someone else's fate
        ("A sentry who tried to stop the fugitives was killed.", "killed", "death", "en",
         "victim"),
        ("Охранник, который пытался остановить беглецов, был убит.", "убит", "death", "ru",
         "victim"),
        ("Guards captured two prisoners of war near the river.", "captured", "detention", "en",
         "other_crime"),
        ("The pilot was arrested in Minsk on charges of espionage.", "arrested", "detention",
         "en", "other_crime"),
        ("Его арестовали по обвинению в госизмене.", "арестовали", "detention", "ru",
         "other_crime"),
        ("A previously convicted man joined the assault unit.", "convicted", "sentence", "en",
         "label"),
        ("Он был ранее осуждён, а весной подписал контракт.", "осуждён", "sentence", "ru",
         "other_crime"),
        # a verdict whose sentence names another crime and nothing of desertion
        ("Суд приговорил его к шести годам: в 2019 году он участвовал в ограблении магазина.",
         "приговорил", "sentence", "ru", "other_crime"),
        # a hypothetical carried through "and"
        ("He fears he could be sent home and jailed.", "jailed", "sentence", "en",
         "hypothetical"),
        # a course of things told with a verb of possibility or a conditional (pymorphy3)
        ("Солдат ушёл из одной части, потом мог вернуться и уйти снова.", "ушёл из одной части",
         "desertion", "ru", "hypothetical"),
        ("Без этого закона контрактник сбежал бы с фронта.", "сбежал", "desertion", "ru",
         "hypothetical"),
        # a yes/no question; a future read from the verbs' morphology (pymorphy3)
        ("Сбежал ли контрактник из части?", "Сбежал ли контрактник из части", "desertion",
         "ru", "question"),
        ("Если беглец оставит часть, его объявят в розыск.", "розыск", "wanted", "ru",
         "future"),
        ("Дезертира задержат в ближайшее время.", "задержат", "detention", "ru", "future"),
        # a departure with leave
        ("Контрактник уехал из части в отпуск.", "уехал из части", "desertion", "ru",
         "authorised"),
        ("После увольнения в запас он покинул часть.", "покинул часть", "desertion", "ru",
         "authorised"),
        ("Он будет объявлен в розыск.", "объявлен в розыск", "wanted", "ru", "future"),
        # people of a kind, no one in particular: a verdict or a detention of a bare or
        # quantified plural
        ("Soldiers who left their units were detained and sent back.", "detained",
         "detention", "en", "generic"),
        ("All individuals convicted in such cases were given suspended sentences.",
         "suspended sentences", "sentence", "en", "generic"),
        ("Lawyers say courts have sentenced deserters to up to ten years.", "sentenced",
         "sentence", "en", "generic"),
        # a verdict or a charge whose offence, named after it, is not desertion
        ("He was jailed for ten years for posting anti-war messages.", "jailed", "sentence",
         "en", "other_crime"),
        ("In Germany, a court sentenced a man for refusing military service.", "sentenced",
         "sentence", "en", "other_crime"),
        ("He was charged with shooting at a police car.", "charged with", "prosecution", "en",
         "other_crime"),
        # no one in particular: an indefinite subject, a multitude or "many" of a kind
        ("Кто-то уехал домой после отпуска и не вернулся.", "не вернулся", "desertion", "ru",
         "generic"),
        ("Ко мне обращаются десятки солдат, которые ушли в СОЧ.", "ушли в СОЧ", "desertion",
         "ru", "generic"),
        ("Он говорит, что многие его сослуживцы уходили в СОЧ.", "уходили в СОЧ", "desertion",
         "ru", "generic"),
        # a norm told of the one who did it
        ("Военнослужащий, который самовольно оставил часть, обязан явиться в комендатуру.",
         "самовольно оставил часть", "desertion", "ru", "law"),
        # a headline of another article on the page; an item of a news feed
        ("Читайте также: Контрактник сбежал из части с автоматом", "сбежал из части",
         "desertion", "ru", "related"),
        ("СМОТРИТЕ ТАКЖЕ: шестеро дезертиров уехали во Францию", "уехали", "desertion", "ru",
         "related"),
        ("12:45 В Курской области контрактник сбежал из части", "сбежал из части",
         "desertion", "ru", "related"),
        ("Read more: Russian soldier deserts with his rifle", "deserts", "desertion", "en",
         "related"),
        # a flight to escape the draft, told in another clause
        ("Мужчина сбежал из Украины, чтобы избежать мобилизации.", "сбежал", "desertion", "ru",
         "other_crime"),
        ("He fled the country, hoping to avoid being drafted.", "fled", "desertion", "en",
         "other_crime"),
        # (enrec7) the deserters' kin or helper is the one fined or jailed; a war long over; a
        # question of numbers; a court extending custody; a quoted status
        ("The mother of a deserter was fined 50,000 rubles for an anti-war post.", "fined",
         "sentence", "en", "other_crime"),
        ("Police detained the wife of the fugitive in Tver.", "detained", "detention", "en",
         "other_crime"),
        ("A woman who gave the deserter shelter was jailed for two years.", "jailed", "sentence",
         "en", "other_crime"),
        ("During World War II, soldiers who retreated without orders were shot as deserters.",
         "shot", "death", "en", "history"),
        ("How many Russian soldiers have deserted since the start of the invasion?", "deserted",
         "desertion", "en", "question"),
        ("The court extended the pre-trial detention of a soldier accused of going AWOL.",
         "detention", "detention", "en", "other_crime"),
        ('The deserter is "wanted", his lawyer joked.', "wanted", "wanted", "en", "quoted"),
    ],
)  # fmt: skip
def test_readings(sentence: str, trigger: str, etype: str, lang: str, reason: str) -> None:
    assert _reason(sentence, trigger, etype, lang) == reason


@pytest.mark.parametrize(
    ("sentence", "trigger", "etype", "lang"),
    [
        # the twins: particular people, a finite report, the deserters' own fate
        ("Two of those who deserted from the 41st Brigade were found in Tver.", "deserted",
         "desertion", "en"),
        ("За последний год из бригады дезертировали семь военнослужащих.", "дезертировали",
         "desertion", "ru"),
        ("The soldiers, who deserted in May, were caught in June.", "caught", "detention", "en"),
        ("Russian law enforcement arrested two men who deserted in May.", "deserted",
         "desertion", "en"),
        ("Police detained the captured deserter's brother.", "detained", "detention", "en"),
        ("He was arrested on charges of desertion and theft.", "arrested", "detention", "en"),
        ("The deserter was shot dead while police tried to stop him.", "shot dead", "death",
         "en"),
        ("Из числа бывших заключённых сбежали двадцать человек.", "сбежали", "desertion", "ru"),
        ("Находясь в розыске, он сам пришёл в полицию.", "в розыске", "wanted", "ru"),
        ("Полиция задержала беглеца по подозрению в дезертирстве.", "задержала", "detention",
         "ru"),
        ("Ранее самовольно покинули часть трое контрактников.", "самовольно покинули часть",
         "desertion", "ru"),
        ("Суд приговорил его к шести годам: он ограбил магазин и самовольно оставил часть.",
         "приговорил", "sentence", "ru"),
        # managed to (смочь), a negated "could not", a particular date: happenings
        ("Солдат смог уйти из части и сбежал в Грузию.", "сбежал", "desertion", "ru"),
        ("Он не мог больше воевать, поэтому ушёл из части.", "ушёл из части", "desertion",
         "ru"),
        ("Солдат ушёл из части 5 мая, теперь его могут осудить.", "ушёл из части",
         "desertion", "ru"),
        # a question that tells that he did; a past verb beside a future one
        ("Как лётчик смог угнать вертолёт и сбежать из части?", "сбежать из части",
         "desertion", "ru"),
        ("Беглеца задержали, теперь его отправят в часть.", "задержали", "detention", "ru"),
        ("Он приехал домой в отпуск и в часть больше не вернулся.", "в часть больше не вернулся",
         "desertion", "ru"),
        ("Его объявили в розыск и будут искать.", "объявили в розыск", "wanted", "ru"),
        ("He refused to fight and fled the camp.", "fled the camp", "desertion", "en"),
        ("Police seek a conscript who escaped from his unit.", "escaped from his unit",
         "desertion", "en"),
        ("They found the soldiers who left their unit in May.", "left their unit",
         "desertion", "en"),
        ("There are 12 soldiers who deserted from the camp.", "deserted", "desertion", "en"),
        ("Charges were filed against 12 soldiers last week.", "Charges were filed",
         "prosecution", "en"),
        # a verdict or a detention of someone in particular: a number of people, a name, a
        # pronoun, a definite or singular noun
        ("Five soldiers who left their units were detained.", "detained", "detention", "en"),
        ("Soldiers who left their units were detained, and they were sent back.", "detained",
         "detention", "en"),
        ("The soldiers who left their unit were detained in Kursk.", "detained", "detention",
         "en"),
        ("A soldier who left his unit was sentenced to five years.", "sentenced", "sentence",
         "en"),
        ("Courts have sentenced deserters Ivan Petrov and Oleg Sidorov to ten years.",
         "sentenced", "sentence", "en"),
        # the offence named is desertion in any form, or is not named (a term, the same one)
        ("He was jailed for ten years for leaving his unit without permission.", "jailed",
         "sentence", "en"),
        ("He was found guilty of failing to return from leave.", "found guilty", "sentence",
         "en"),
        ("He was sentenced to five years for the same offence.", "sentenced", "sentence", "en"),
        ("He was charged under Article 407 for unauthorised absence.", "charged under",
         "prosecution", "en"),
        # the twins: a wh-question is no yes/no question; the deserter detained, the charge
        # desertion
        ("Why did police detain the deserter?", "detain", "detention", "en"),
        ("Police detained a man who deserted from his unit.", "detained", "detention", "en"),
        ("Police detained a deserter on suspicion of desertion.", "detained", "detention", "en"),
        # the twins: some of a group, a group counted, a norm's sentence about one dated flight,
        # a sentence that only mentions reading
        ("Некоторые из них уже задержаны.", "задержаны", "detention", "ru"),
        ("Десятки солдат, которые ушли из части 8 марта, задержаны.", "ушли из части",
         "desertion", "ru"),
        ("Военнослужащий, который сбежал из части 3 марта, может получить до десяти лет.",
         "сбежал из части", "desertion", "ru"),
        ("Военнослужащий, который самовольно оставил часть, задержан в Курске.",
         "самовольно оставил часть", "desertion", "ru"),
        ("Он прочитал также, что контрактник сбежал из части.", "сбежал из части",
         "desertion", "ru"),
        ("В 12:45 контрактник сбежал из части.", "сбежал из части", "desertion", "ru"),
        # a live-blog entry opening with its time is a sentence of this page's news
        ("12:45 В Курской области контрактник сбежал из части, сообщили в полиции.",
         "сбежал из части", "desertion", "ru"),
        ("14:05 Police detained two deserters in the Kursk region, officials said.", "detained",
         "detention", "en"),
        ("Военный сбежал из части, чтобы избежать отправки на фронт.", "сбежал из части",
         "desertion", "ru"),
        ("The soldier fled his unit to avoid being sent to the front.", "fled his unit",
         "desertion", "en"),
        # (enrec7) twins: the deserter's own fate; a passing mention of a war; a killing in
        # scare quotes; a question that presupposes the event
        ("The mother of the deserter said he was detained in Tver.", "detained", "detention",
         "en"),
        ("Four deserters were caught on May 9, when Russia marks its victory in World War II.",
         "caught", "detention", "en"),
        ('The deserter was "liquidated" during an attempt to detain him.', "liquidated", "death",
         "en"),
        ("Why did police detain the deserter?", "detain", "detention", "en"),
    ],
)  # fmt: skip
def test_events_stay(sentence: str, trigger: str, etype: str, lang: str) -> None:
    assert _reason(sentence, trigger, etype, lang) is None


@pytest.mark.parametrize(
    ("text", "flights"),
    [
        # draft evasion is not desertion (SCHEMA.md): the lead's flight only
        ("Его брат Иван бежал от мобилизации в Казахстан в сентябре 2022 года.", 1),
        ("Среди них был и Алексей, который сбежал от призыва в Грузию.", 1),
        # the twin: a flight from a unit after the mobilisation is one
        ("После мобилизации рядовой Иван Смирнов сбежал из части в Казахстан.", 2),
    ],
)
def test_a_flight_from_the_draft_is_no_desertion(text: str, flights: int) -> None:
    assert _types(text, "ru").count("desertion") == flights


def test_a_law_sentence_adds_no_desertion() -> None:
    law = "The president signed a law letting troops who, for the first time, left a unit go back."
    assert _types(law, "en").count("desertion") == 1  # the lead's flight only
    caught = "Two of them were detained in Voronezh in April."
    assert "detention" in _types(caught, "en")


def test_evidence_prefers_a_sentence_about_its_type_alone() -> None:
    text = (
        "Ten soldiers deserted from a base near Omsk on May 3, and four of them were detained. "
        "The four fugitives were detained by military police in a village on May 5."
    )
    art = Article(id="t", language="en", text=text, published="2025-06-02")
    det = [e for e in extract_article(art).events if e.type == "detention"]
    assert len(det) == 1
    assert det[0].evidence.text.startswith("The four fugitives")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_search_told_as_going_on_is_the_manhunt_reported(lang: str) -> None:
    """ "Три дезертира объявлены в розыск ... поиски ещё одного продолжаются": one manhunt, though
    fewer are still sought; a new search for two more is another one."""
    first = {
        "en": "Three deserters from a base near Omsk were put on the wanted list on May 3. "
        "Two of them were detained on May 5. ",
        "ru": "Трое дезертиров из части под Омском объявлены в розыск 3 мая. "
        "Двое из них задержаны 5 мая. ",
    }[lang]
    going_on = {
        "en": "The search for one more deserter continues.",
        "ru": "Поиски ещё одного дезертира продолжаются.",
    }[lang]
    another = {
        "en": "Two more soldiers from the base were put on the wanted list.",
        "ru": "Ещё двое военнослужащих из части объявлены в розыск.",
    }[lang]
    art = Article(id="t", language=lang, text=first + going_on, published="2025-06-02")
    wanted = [e for e in extract_article(art).events if e.type == "wanted"]
    assert len(wanted) == 1 and wanted[0].count == 3
    art = Article(id="t", language=lang, text=first + another, published="2025-06-02")
    assert [e.type for e in extract_article(art).events].count("wanted") == 2


def test_the_same_named_person_is_the_same_detention() -> None:
    """Told once with a companion (count 2) and once alone (count 1), one detention of the same
    named deserter is one event; two detentions of different people stay two."""
    text = (
        "Private Semyon Kashurov deserted from his unit in the Belgorod region in October. "
        "Kazakh police detained two men, deserter Semyon Kashurov and his friend, on February 2. "
        "The weather was cold. Kashurov was detained at a checkpoint near Almaty, the border "
        "service said."
    )
    art = Article(id="t", language="en", text=text, published="2025-02-10")
    det = [e for e in extract_article(art).events if e.type == "detention"]
    assert len(det) == 1 and det[0].names == ["Semyon Kashurov"]
    other = text.replace("Kashurov was detained", "Ivan Petrov was detained")
    art = Article(id="t", language="en", text=other, published="2025-02-10")
    assert [e.type for e in extract_article(art).events].count("detention") == 2


def test_the_main_predicate_is_the_news_and_the_deserters_victims_are_not_theirs() -> None:
    """A type told only in a relative clause about the people ("who fled his unit") is the
    background of the main predicate, which makes its event whatever the classifier doubts; a
    killing done by one deserter is no death of his (twins: his own death is one)."""
    art = Article(
        id="t",
        language="en",
        published="2025-06-11",
        text="A serviceman who fled his unit was declared wanted in the Leningrad region.",
    )
    assert {e.type for e in extract_article(art).events} >= {"wanted"}
    assert "death" not in _types("A deserter shot two guards dead and fled.", "en")
    assert "death" in _types("Guards shot the deserter dead near the border.", "en")


def test_without_negates_only_the_verb_it_governs() -> None:
    """ "A serviceman who left his unit without authorization was detained": the manner phrase of
    the relative clause does not negate the main predicate (twin: "fled without being caught")."""
    text = "A serviceman who left his unit without authorization was detained in August."
    art = Article(id="t", language="en", published="2025-10-15", text=text)
    assert "detention" in {e.type for e in extract_article(art).events}
    assert "detention" not in _types("One of them fled without being caught.", "en")


def test_a_quoted_speaker_and_a_surname_are_no_count_and_no_place() -> None:
    """One flight told by the group and by one of them in a quote; a man called by his surname
    ("Орлов" is not Orel) in a recap: one desertion each."""
    quote = (
        "Шестеро российских военных дезертировали из армии в 2023 году. «Мы ушли, потому что "
        "не хотели убивать», — рассказал один из них."
    )
    recap = (
        "Суд приговорил контрактника Дмитрия Орлова к пяти годам колонии. В мае 2024 года "
        "Орлов самовольно оставил часть в Новосибирске. Напомним, Орлов сбежал из части весной "
        "прошлого года."
    )
    for text in (quote, recap):
        art = Article(id="t", language="ru", text=text, published="2025-06-02")
        events = [e for e in extract_article(art).events if e.type == "desertion"]
        assert len(events) == 1, text
        assert events[0].region in (None, "RU-NVS")
