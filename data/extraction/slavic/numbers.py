"""Ukrainian and Russian lemmas (pymorphy3), number words, ages and the numbers of a text."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from data.extraction.numbers import ADULT_AGE, NumberMatch
from data.extraction.slavic.words import (
    AGE,
    AGE_LIST,
    BIRTH_YEAR_LIST,
    BOUND,
    BOUND_PHRASE,
    CHILD_WORD,
    COLLECTIVE,
    INJURED,
    INJURED_STEM,
    KILLED,
    KILLED_STEM,
    PEOPLE_WORD,
    PERSON_WORD,
    SLAVIC_FILLER,
    TOKEN,
)


@lru_cache(maxsize=2)
def analyzer(language: str):
    """The pymorphy3 analyser for ``"uk"`` or ``"ru"`` (loaded once: about 0.3 s)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


@lru_cache(maxsize=1)
def _number_lemmas() -> dict[str, int]:
    """Every cardinal num2words writes for 0-1000 in Ukrainian and Russian, by lemma."""
    from num2words import num2words

    lemmas: dict[str, int] = {}
    for language in ("uk", "ru"):
        for value in range(0, 1001):
            words = num2words(value, lang=language)
            if " " not in words:
                lemmas.setdefault(words.replace("’", "'"), value)
    return lemmas


@lru_cache(maxsize=20_000)
def lemmas(word: str) -> tuple[str, ...]:
    """Normal forms of a word in both languages, most likely first (lower case)."""
    word = word.lower().replace("’", "'").replace("ʼ", "'").replace("‘", "'").replace("`", "'")
    found: list[str] = []
    for language in ("uk", "ru"):
        for parse in analyzer(language).parse(word)[:3]:
            if parse.normal_form not in found:
                found.append(parse.normal_form)
    return tuple(found)


@lru_cache(maxsize=20_000)
def number_value(word: str) -> int | None:
    """The value of one number word in any case ("трьох" -> 3, "семеро" -> 7), or None."""
    word = word.lower().replace("’", "'").replace("ʼ", "'").replace("‘", "'").replace("`", "'")
    if word in COLLECTIVE:
        return COLLECTIVE[word]
    table = _number_lemmas()
    if word in table:
        return table[word]
    if len(word) < 3:
        return None
    for language in ("uk", "ru"):
        # Every reading, not the likeliest three: "п'яти" is first the heel ("п'ята") to pymorphy3, then five.
        for parse in analyzer(language).parse(word):
            if parse.tag.POS != "NUMR" and not (parse.tag.POS == "ADJF" and "Anum" in parse.tag.grammemes):
                continue  # (Russian "одном" is an adjective of number to pymorphy3)
            if parse.normal_form in COLLECTIVE:
                return COLLECTIVE[parse.normal_form]
            if parse.normal_form in table:
                return table[parse.normal_form]
    return None


def age_in_word(token: str) -> tuple[int | None, bool] | None:
    """The age a word states ("15-річний" -> (15, False), "8-місячна" -> (8, True)), else None."""
    return _age(token)


def _age(token: str) -> tuple[int | None, bool] | None:
    """ "15-річний" -> (15, years); "8-місячна" -> (8, months); "семилетний" -> (7, years)."""
    match = AGE.match(token)
    if not match or re.match(r"несовершенно|неповно", token, re.IGNORECASE):
        return None  # ("двое несовершеннолетних": minors, their "-летних" no age)
    age = match.group("age")
    months = bool(re.search(r"місячн|месячн", token, re.IGNORECASE))
    if age.isdigit():
        return int(age), months
    # "семилетний", "двухлетнем": the number word fused with "-летний" ("п'ятирічний" also without its
    # apostrophe, which the dictionary may not know in that form)
    plain = re.sub(r"['’ʼ]", "", age)
    # Whole words first: "двадцятирічний" is 20 (cutting it down would find "два"); "п'ятирічний" lost
    # its "ти" to the suffix.
    for spelling in dict.fromkeys((age + "ти", plain + "ти", age, plain)):
        value = number_value(spelling) or number_value(spelling + "ь")
        if value is not None:
            return value, months
    for spelling in dict.fromkeys((age, plain, plain + "ти")):
        for cut in range(len(spelling), 2, -1):
            value = number_value(spelling[:cut]) or number_value(spelling[:cut] + "ь")
            if value is not None:
                return value, months
    return None, months


# Officials, named by the office, who are the speakers of most reports: one of them is a casualty only when a word of
# death or hurt comes right before ("поранено водія, постраждав також прокурор")
# Animals, by their lemmas in both languages: a strike's dead cattle or dog are no casualties
ANIMALS = frozenset(
    {
        "собака",
        "пес",
        "пёс",
        "кіт",
        "кішка",
        "кот",
        "кошка",
        "корова",
        "кінь",
        "лошадь",
        "конь",
        "тварина",
        "животное",
        "свиня",
        "свинья",
        "порося",
        "поросёнок",
        "поросенок",
        "вівця",
        "овца",
        "коза",
        "худоба",
        "скот",
        "птах",
        "птиця",
        "птица",
        "курка",
        "курица",
        "теля",
        "телёнок",
        "теленок",
        "бичок",
        "бычок",
        "бик",
        "бык",
        "кролик",
    }
)


def animal_words(rest: str) -> int:
    """How many words right after a number name animals ("22 корови": 1, "15 голів худоби", "троє свійських
    тварин": 2, one adjective allowed before the noun); 0 when they do not."""
    words = [w.lower() for w in re.findall(r"[а-яіїєґёА-ЯІЇЄҐЁ'’ʼ]+", rest[:60])[:2]]
    skipped = 0
    if len(words) > 1 and (
        words[0] in ("голів", "голов")
        or any("ADJF" in analyzer(language).parse(words[0])[0].tag for language in ("uk", "ru"))
    ):
        skipped = 1
    if len(words) > skipped and any(lemma in ANIMALS for lemma in lemmas(words[skipped])):
        return skipped + 1
    return 0


_OFFICIALS = {
    "начальник",
    "керівник",
    "очільник",
    "мер",
    "губернатор",
    "речник",
    "прокурор",
    "слідчий",
    "командувач",
    "представитель",
    "представник",
    "заступник",
    "директор",
    "журналіст",
    "кореспондент",
    "корреспондент",
}

# Animate nouns that never name a casualty: the attacker and the officials who speak.
_NOT_SOMEONE = (
    _OFFICIALS
    | {
        "боже",  # "Боже диво, ... всі живі": an exclamation, no one hurt
        "господи",
        "ворог",
        "окупант",
        "агресор",
        "загарбник",
        "противник",
        "росіянин",
        "терорист",
        "враг",
        "оккупант",
        "агрессор",
        "захватчик",
        "россиянин",
        "террорист",
        "голова",
        "глава",
        "міністр",
        "президент",
        "министр",
        "джерело",
        "источник",
        "співрозмовник",
        "собеседник",
        "очевидець",
        "очевидец",
        # relatives are read by their own rules ("її старший син", "мать и ее сын")
        "син",
        "дочка",
        "донька",
        "мати",
        "матір",
        "батько",
        "брат",
        "сестра",
        "онук",
        "онука",
        "дружина",
        "сын",
        "дочь",
        "мать",
        "отец",
        "внук",
        "внучка",
        "жена",
        "муж",
        "бабуся",
        "дідусь",
        "бабушка",
        "дедушка",
    }
    | ANIMALS
)  # animals killed or hurt beside the people ("загинули п'ятеро людей і собака") are no casualties


def _official_hurt(tokens: list, index: int) -> bool:
    """An official named right after a word of death or hurt, "також" / "ще" aside ("постраждав також прокурор",
    "поранено начальника"), as pymorphy3 knows the noun."""
    before = [t.group(0) for t in tokens[max(0, index - 3) : index]]
    while before and re.fullmatch(r"також|теж|ще|также|тоже|ещё|еще|і|й|и", before[-1], re.IGNORECASE):
        before.pop()
    if not before or not kind_of(before[-1]):
        return False
    return _someone(tokens[index].group(0), officials=True)


# "убили гражданского", "поранили цивільну": the adjective for a civilian stands for the person
_CIVILIAN = re.compile(r"(?:цивільн|гражданск)(?:ого|ий|у|а|ая|ую)", re.IGNORECASE)


def _civilian_hurt(tokens: list, index: int) -> bool:
    """A civilian named by the adjective alone, right after a word of death or hurt, "також" / "ще" aside, and
    with no noun after it ("Так, в A убили гражданского.", "поранено цивільну в B"; not "цивільну жінку")."""
    if not _CIVILIAN.fullmatch(tokens[index].group(0)):
        return False
    nxt = tokens[index + 1].group(0) if index + 1 < len(tokens) else ""
    if re.fullmatch(r"[а-яіїєґё'’ʼ-]+", nxt) and nxt.lower() not in (
        "в",
        "у",
        "во",
        "на",
        "під",
        "под",
        "біля",
        "возле",
        "поблизу",
        "вблизи",
        "із",
        "з",
        "из",
        "і",
        "й",
        "та",
        "и",
        "а",
        "але",
        "но",
        "від",
        "от",
        "внаслідок",
        "вследствие",
    ):
        return False
    before = [t.group(0) for t in tokens[max(0, index - 3) : index]]
    while before and re.fullmatch(r"також|теж|ще|также|тоже|ещё|еще|одного|одну|одна|один", before[-1], re.I):
        before.pop()
    return bool(before) and bool(kind_of(before[-1]))


@lru_cache(maxsize=4096)
def _someone(word: str, officials: bool = False) -> bool:
    """ "Постраждав рятувальник", "поранено тракториста", "погиб спасатель": one person named by what they
    do, as pymorphy3 knows an animate noun in the singular (no first names or surnames, no attackers; an
    official only when ``officials``)."""
    lower = word.lower()
    if len(lower) < 4 or not re.fullmatch(r"[а-яіїєґё'’ʼ]+", lower) or kind_of(lower):
        return False  # ("постраждалих", "погибших": the casualty words themselves)
    if re.search(r"[іїєґ'’ʼ]", lower):
        languages = ("uk",)
    elif re.search(r"[ыэёъ]", lower):
        languages = ("ru",)
    else:
        languages = ("uk", "ru")
    if any(
        p.is_known and p.tag.POS in ("PREP", "CONJ", "PRCL")
        for language in ("uk", "ru")
        for p in analyzer(language).parse(lower)
    ):
        return False  # "после удара": a Russian preposition, though Ukrainian has a vocative "после" (envoy)
    for language in languages:
        known = [p for p in analyzer(language).parse(lower) if p.is_known]
        if not known or any("ADJF" in p.tag or "PRTF" in p.tag for p in known):
            continue  # an adjective too ("старший", "поліцейський" is read elsewhere)
        if any("NOUN" in p.tag and "plur" in p.tag and "nomn" in p.tag for p in known):
            continue  # "є поранені мирні жителі": a plural too (the singular's locative), so no one person
        top = max(known, key=lambda p: p.score)
        if (
            "NOUN" in top.tag
            and "anim" in top.tag
            and "plur" not in top.tag
            and not (
                {"Name", "Surn", "Patr", "Geox", "Orgn"} & set(str(top.tag).replace(" ", ",").split(","))
            )
            and (top.normal_form not in _NOT_SOMEONE or officials and top.normal_form in _OFFICIALS)
        ):
            return True
    return False


@lru_cache(maxsize=4096)
def _plural_people(word: str) -> bool:
    """Whether a person word is a plural in every noun reading the dictionaries know ("дітьми", "хлопчики",
    "подростков"; not "девочки", which is also one girl's genitive)."""
    readings = [
        p
        for language in ("uk", "ru")
        for p in analyzer(language).parse(word)
        if p.is_known and "NOUN" in p.tag
    ]
    return bool(readings) and all("plur" in p.tag for p in readings)


def _singular_only(word: str) -> bool:
    """Whether a person word, as a subject or object, can only be one person: a singular nominative or accusative
    reading the dictionaries know, and no plural nominative ("жінка", "чоловіка"; not "жінки", which is also the
    plural)."""
    readings = [
        p
        for language in ("uk", "ru")
        for p in analyzer(language).parse(word)
        if p.is_known and "NOUN" in p.tag and ("nomn" in p.tag or "accs" in p.tag)
    ]
    # ("чоловік" is also the counted plural of "п'ять чоловік", never a plural subject)
    return any("plur" not in p.tag for p in readings) and not any(
        "plur" in p.tag and "nomn" in p.tag for p in readings
    )


@lru_cache(maxsize=5_000)
def _with_ages(number: NumberMatch, kids: int, people: int, person: bool) -> NumberMatch:
    """``number`` told with the ages of its ``people``, ``kids`` of them under 18: a child when any is, and how many
    are when only some are."""
    return dataclasses.replace(
        number, child=kids > 0, person=person, children=kids if 0 < kids < people else None
    )


_AGE_DASH = re.compile(r"(?<=\d)[–—‑](?=(?:ти-?)?(?:річн|летн|місячн|месячн))", re.IGNORECASE)


def hyphened_ages(text: str) -> str:
    """ "15–річний", "8—летняя": an age typed with a dash other than the hyphen is the same age; the dash becomes
    the hyphen (one character for one, so positions found in the result are those of ``text``)."""
    return _AGE_DASH.sub("-", text)


def _adjective_then_noun(tokens: list, index: int) -> bool:
    """Whether the token at ``index`` is an adjective and another word follows it ("сімейний лікар")."""
    if index + 1 >= len(tokens):
        return False
    word = tokens[index].group(0).lower()
    if not re.fullmatch(r"[а-яіїєґё'’ʼ]{4,}", word):
        return False
    languages = (
        ("uk",) if re.search(r"[іїєґ'’ʼ]", word) else ("ru",) if re.search(r"[ыэёъ]", word) else ("uk", "ru")
    )
    return any(
        parse.is_known and parse.tag.POS == "ADJF" and "Apro" not in parse.tag.grammemes
        for language in languages
        for parse in analyzer(language).parse(word)[:1]
    )


def find_numbers(text: str) -> tuple[NumberMatch, ...]:
    """Numbers in a Ukrainian or Russian clause: figures, words, and people named one by one.

    Returns
    -------
    tuple of NumberMatch
        ``at_least`` for "щонайменше", "понад", "не менше", "более", ...;
        ``child`` when the number counts children itself ("троє дітей", "15-річний
        хлопець", "дитина"), never for an adult ("45-річний чоловік", "жінка").
    """
    text = hyphened_ages(text)
    tokens = list(TOKEN.finditer(text))
    found: list[NumberMatch] = []
    skip_until = -1
    # "2025-10-23" before the lead (a page's date): its day is no figure
    iso_dates = [m.span() for m in re.finditer(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)", text)]
    for index, token in enumerate(tokens):
        if token.start() < skip_until:
            continue
        if any(start <= token.start() < end for start, end in iso_dates):
            continue
        word = token.group(0)
        lower = word.lower()
        value: int | None = None
        end = token.end()
        start = token.start()
        child = False
        person = False
        children = None  # how many are children when their ages say only some ("підлітки 16 і 19 років": 1)
        age = _age(word)
        if age is not None:
            # "45-річний чоловік", "7-річного хлопчика", "15-річний" (alone)
            years, months = age
            value, person = 1, True
            # ("61-річний сімейний лікар", "70-летний местный житель": an adjective between the age and its noun)
            noun = index + 2 if _adjective_then_noun(tokens, index + 1) else index + 1
            if noun < len(tokens) and (
                PERSON_WORD.match(tokens[noun].group(0))
                or CHILD_WORD.match(tokens[noun].group(0))
                # ("31-річний пасажир отримав поранення", "45-летний охранник": one person named by what they
                # do is the aged one, so the verb after the noun is theirs)
                or _someone(tokens[noun].group(0))
            ):
                end = tokens[noun].end()
            child = months or (years is not None and years < ADULT_AGE)
            if years is None:
                child = bool(index + 1 < len(tokens) and CHILD_WORD.match(tokens[index + 1].group(0)))
            if (
                found
                and index
                and found[-1].start == tokens[index - 1].start()
                and not found[-1].person
                and re.search(r"(?:і|ие|ые|их|ых)$", lower)
            ):
                # "дві 52-річні, 37-річна і 70-річна жінки": two people of that age, four in all
                value, start = found[-1].value, found[-1].start
                found.pop()
        elif (
            re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*", word)
            and not re.match(r"^[.,:]\d", text[end : end + 2])
            and not re.search(r"\d[:.]$", text[: token.start()])  # "около 14:20": a time, not a count
        ):
            value = int(re.sub(r"\D", "", word))
            if re.match(r"^\s+(?:річн|летн|місячн|месячн)\w*", text[end:], re.IGNORECASE):
                # "34 річний чоловік": an age written apart from its word, one person
                years = int(word)
                word_end = re.match(r"^\s+\S+", text[end:]).end()
                person_next = re.match(r"^\s+(\S+)", text[end + word_end :])
                value, person, child = 1, True, years < ADULT_AGE
                if person_next and (
                    PERSON_WORD.match(person_next.group(1)) or CHILD_WORD.match(person_next.group(1))
                ):
                    end = end + word_end + person_next.end()
                else:
                    end = end + word_end
                found.append(
                    NumberMatch(value, False, token.start(), end, text[token.start() : end], child, person)
                )
                skip_until = end
                continue
            if re.match(r"^-\s*(?:і|й|та|и|,)\s*\d{1,3}-?(?:ти-?)?(?:річн|летн)", text[end:], re.IGNORECASE):
                # "поранені 36- і 58-річний чоловіки": the first age's word is left out after its hyphen; one
                # person of that age, the second counted with its own word
                years = int(word)
                found.append(
                    NumberMatch(
                        1,
                        False,
                        token.start(),
                        end + 1,
                        text[token.start() : end + 1],
                        years < ADULT_AGE,
                        True,
                    )
                )
                continue
            if text[end : end + 1] == "-" or re.match(
                r"^\s*(?:(?:та|і|и|,|до|-|–|—)\s*\d+\s*)*(?:років|року|рік|роки|рочк\w*|рочок|лет|года|год|годик\w*)\b",
                text[end:],
            ):
                value = None  # an age list ("6-ти, 9-ти та 13-річні") or "44 та 58 років"
            if re.match(
                r"^\s*(?:%|відсот|процент|км|кілометр|километр|м\b|кв|хв|мин|год\b|годин|час|"
                r"рази|раз\b|разів|снаряд|дрон|ракет|шахед|бпла|будин|будів|багатоповерх|авто|"
                r"одиниц|рятувальн|спасател|будинк|квартир|населен|громад|міст|сіл|дом|здани|"
                r"приватн|пожеж|вибух|удар|атак|обстріл|прильот|лют|берез|квіт|трав(?:ня|ень|ні)\b|черв(?:ня|ень|ні)\b|"
                r"лип(?:ня|ень|ні)\b|серп|верес|жовт|листоп|груд(?:ня|ень|ні)\b|січ|январ|феврал|март|апрел|ма[яй]|июн|июл|август|"
                r"сентябр|октябр|ноябр|декабр)",
                text[end:],
                re.IGNORECASE,
            ):
                value = None
        elif (PERSON_WORD.match(word) or CHILD_WORD.match(word) or PEOPLE_WORD.match(word)) and (
            ages := AGE_LIST.match(text[end:]) or BIRTH_YEAR_LIST.match(text[end:])
        ):
            # "хлопчики 7 й 13 років", "жінки 68, 59, 52 років": as many people as ages listed; "хлопець 12
            # років", "немовля 5 місяців": one person of that age; "діти 2012 та 2015 років народження": as many
            # as years of birth, children when the word says so (the report's date is not known here)
            years = [int(a) for a in re.findall(r"\d+", ages.group("ages"))]
            previous = tokens[index - 1].group(0) if index else ""
            if len(years) == 1 and (previous.isdigit() or number_value(previous) is not None):
                continue  # "двоє чоловіків 49 років": counted with their number
            if (
                found
                and index
                and found[-1].start == tokens[index - 1].start()
                and found[-1].value == len(years)
            ):
                # "двое мужчин 45 и 58 лет": the numeral and the ages count the same two people, once
                start = found.pop().start
            shared = len(years) - 1
            if (
                shared
                and _singular_only(lower)
                and len(found) >= shared
                # (each noun before bare: "40-річний чоловік та жінки 33 і 70 років" has its own age, and a plural)
                and all(n.person and n.value == 1 and not AGE.match(n.text) for n in found[-shared:])
                and all(
                    re.fullmatch(r"\s*(?:,|і|й|та|и)\s*", text[one.end : then], re.IGNORECASE)
                    for one, then in zip(
                        found[len(found) - shared :],
                        [n.start for n in found[len(found) - shared + 1 :]] + [token.start()],
                    )
                )
            ):
                # "жінка та чоловік 52 і 66 років": one noun each, the ages after the last shared among them (the
                # singular cannot have two ages of its own), so two people, not one and two
                start = found[-shared].start
                del found[-shared:]
            value, person, end = len(years), True, end + ages.end()
            if ages.re is BIRTH_YEAR_LIST:  # (years of birth: children when the word says so)
                kids = len(years) if CHILD_WORD.match(word) else 0
            else:
                kids = sum(y < ADULT_AGE for y in years) if ages.group("years") else len(years)
            # an age beats the word: "підлітки 17 і 19 років" are one child and one adult
            child, children = kids > 0, kids if 0 < kids < len(years) else None
        elif not re.fullmatch(r"кілька|декілька|килька", lower) and (
            # ("Ще кілька постраждалих": "several", which pymorphy3 also knows as a fish, is nobody counted)
            PERSON_WORD.match(word)
            or CHILD_WORD.match(word)
            or _someone(word)
            or _official_hurt(tokens, index)
            or _civilian_hurt(tokens, index)
        ):
            previous = tokens[index - 1].group(0) if index else ""
            if previous.isdigit() or number_value(previous) is not None or _age(previous):
                continue  # "15 людей", "троє дітей": counted with their number
            if (
                index >= 2
                and re.fullmatch(r"мирн\w*|цивільн\w*|місцев\w*|местн\w*|інш\w*|друг\w*", previous, re.I)
                and (
                    tokens[index - 2].group(0).isdigit()
                    or number_value(tokens[index - 2].group(0)) is not None
                )
            ):
                continue  # "4 мирных жителя", "двоє місцевих мешканців"
            if re.match(r"^(?:діти|дети|дітей|детей|люди|людей)$", lower) or _plural_people(lower):
                # plural without a number ("з дітьми", "поранені хлопчики"): a note, never a count (rule 16);
                # one person listed with them is a lower bound ("мати з дітьми": at least the mother)
                joined = re.fullmatch(
                    r"\s*(?:,|і|й|та|и|з|із|зі|с|со)\s+(?:(?:її|його|їхні\w*|свої\w*|ее|её|его|их|сво\w*)\s+)?",
                    text[found[-1].end : start] if found else "",
                    re.IGNORECASE,
                )
                if joined and found[-1].person:
                    found[-1] = dataclasses.replace(found[-1], at_least=True)
                continue
            if re.fullmatch(
                r"кілька|кількох|декілька|десятки|десятків|десятков|сотні|сотень|сотни|несколько|многие|много|багато",
                previous,
                re.IGNORECASE,
            ):
                continue  # "несколько десятков человек": no figure
            value, person = 1, True
            child = bool(CHILD_WORD.match(word))
            told = AGE_LIST.match(text[end:])
            years = [int(a) for a in re.findall(r"\d+", told.group("ages"))] if told else []
            if len(years) == 1 and told.group("years"):
                # "юноша 16 лет", "студент 19 років": one person named by what they are; the age decides
                child, end = years[0] < ADULT_AGE, end + told.end()
        elif re.fullmatch(r"пів(?:сотні|сотня)|полсотн[иея]", lower) or (
            lower in ("пів", "пол")
            and index + 1 < len(tokens)
            and re.fullmatch(r"сотн[іяи]", tokens[index + 1].group(0), re.I)
        ):
            # "понад пів сотні": fifty
            value = 50
            if lower in ("пів", "пол"):
                end = tokens[index + 1].end()
        else:
            value = number_value(word)
            if value is not None and lower in ("один", "одна", "одну", "одного", "одній", "одним", "одно"):
                nxt = tokens[index + 1].group(0) if index + 1 < len(tokens) else ""
                if index and tokens[index - 1].group(0).lower() in ("ще", "еще", "ещё"):
                    pass  # "Ще один, 39 років, отримав поранення": one more person
                elif re.search(
                    r"(?:з|із|из)\s+(?:яких|них|которых)\s+$", text[: token.start()], re.IGNORECASE
                ):
                    pass  # "поранив трьох людей, з яких один, 70-річний водій, помер": one of them
                elif not (
                    PERSON_WORD.match(nxt)
                    or (  # "загинув один мирний житель"
                        re.fullmatch(
                            r"мирн\w*|цивільн\w*|місцев\w*|местн\w*|гражданск\w*", nxt, re.IGNORECASE
                        )
                        and index + 2 < len(tokens)
                        and PERSON_WORD.match(tokens[index + 2].group(0))
                    )
                    or CHILD_WORD.match(nxt)
                    or SLAVIC_FILLER.match(nxt)
                    or KILLED_STEM.match(nxt)
                    or INJURED_STEM.match(nxt)
                ):
                    value = None  # "один з районів", "одна з ракет"
        if value is None:
            continue
        if not child and not person and index + 1 < len(tokens):
            nxt = tokens[index + 1].group(0)
            nxt2 = tokens[index + 2].group(0) if index + 2 < len(tokens) else ""
            if re.fullmatch(r"маленьк\w*|мал(?:их|і|ые|ых)|малолітн\w*|малолетн\w*", nxt, re.IGNORECASE):
                nxt, nxt2 = nxt2, ""  # "двое маленьких детей"
            child = bool(CHILD_WORD.match(nxt)) or bool(
                re.match(r"^(?:поранених|травмованих|загиблих|постраждалих|раненых|пострадавших)$", nxt, re.I)
                and CHILD_WORD.match(nxt2)
            )
            # "14 загиблих, серед яких 5 — це діти", "5 из них – дети"
            child = child or bool(
                re.match(
                    r"^\s*(?:(?:з|із|из)\s+(?:них|яких|которых)\s*)?[–—-]?\s*(?:це|это)?\s*(?:діти|дети|дитина|ребенок|ребёнок)\b",
                    text[end:],
                    re.I,
                )
            )
        before = text[: token.start()]
        bound = False
        previous = tokens[index - 1].group(0) if index else ""
        if BOUND.match(previous) or BOUND_PHRASE.search(before):
            bound = True
        found.append(NumberMatch(value, bound, start, end, text[start:end], child, person, children))
        skip_until = end
    return tuple(_ages_after_a_dash(text, found))


def _ages_after_a_dash(text: str, found: list) -> list:
    """ "жінка та її дві доньки – однорічна та трирічна": the ages say who the two are (children here),
    they are not more people."""
    result = []
    position = 0
    while position < len(found):
        number = found[position]
        ages = []
        cursor = number.end
        following = position + 1
        dash = re.match(r"^(?:\s+[\w'’ʼ]+){0,2}?\s*[–—-]\s*", text[number.end :])
        if dash and not number.person:
            cursor = number.end + dash.end()
            while following < len(found):
                candidate = found[following]
                if not (candidate.person and _age(candidate.text) is not None):
                    break
                if not re.fullmatch(r"\s*(?:[–—-]|,|і|й|та|и)?\s*", text[cursor : candidate.start]):
                    break
                ages.append(candidate)
                cursor = candidate.end
                following += 1
        if ages and len(ages) == number.value:
            kids = sum(a.child for a in ages)
            result.append(_with_ages(number, kids, len(ages), person=True))
            position = following
            continue
        listed = _AGES_LISTED.match(text, number.end) if not number.person else None
        years = [int(y) for y in re.findall(r"\d+", listed.group("ages"))] if listed else []
        if years and len(years) == number.value and listed.group("years"):
            # "двох підлітків: 16 і 18 років", "двое детей – 17 и 18 лет": the ages say who they are; an age
            # beats the word, so only those under 18 are children
            kids = sum(y < ADULT_AGE for y in years)
            number = _with_ages(number, kids, len(years), person=number.person)
        result.append(number)
        position += 1
    return result


# the people's word, then their ages after a colon or dash: "двох підлітків: 16 і 18 років"
_AGES_LISTED = re.compile(
    r"\s+[\w'’ʼ]+\s*[:–—-]\s*(?P<ages>\d{1,3}(?:(?:\s*,\s*|\s+(?:і|й|та|и)\s+)\d{1,3})*)\s+"
    r"(?P<years>років|роки|року|рік|лет|года|год)(?!\w)",
    re.IGNORECASE,
)


def kind_of(token: str) -> str | None:
    """``KILLED`` or ``INJURED`` for a word that says which ("загиблих", "поранені"), else None."""
    if re.match(r"^смертельн", token, re.IGNORECASE):
        return KILLED
    if KILLED_STEM.match(token):
        return KILLED
    if INJURED_STEM.match(token):
        return INJURED
    return None
