"""Ukrainian and Russian reports: numbers, casualty words, inflected place names and dates.

Regional military administrations, the State Emergency Service and local media
publish first in Ukrainian (some outlets in Russian).  Both languages inflect: a
city is "Харків" as a subject, "у Харкові" where something happened, "Харкова"
after "мер"; a number is "троє", "трьох", "3"; an oblast is "Харківська область",
"Харківської області" or "Харківщина".  The rules here bring every word back to a
form the gazetteer and the counting rules know:

- **lemmas** come from pymorphy3 with its OpenCorpora-derived dictionaries
  (``pymorphy3-dicts-uk``, ``pymorphy3-dicts-ru``), which also inflect an adjective
  back to its nominative ("Харківської" -> "харківська");
- **number words** come from num2words (every cardinal it writes, 0-1000, lemmatised
  by pymorphy3), plus the collective numerals ("семеро", "двоє", "п'ятеро") that it
  does not write;
- **place names** the dictionaries do not know ("Костянтинівці", "Запоріжжі") are
  tried with the case endings of Ukrainian and Russian nouns removed, and the
  і/о alternation of names like Харків/Харкова undone, until the gazetteer knows
  one form exactly.

Everything is offline and deterministic.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from data.extraction.counts import Count, _list_counts
from data.extraction.dates import DateMention, _year_for
from data.extraction.exclusions import _DATELINE_AFTER
from data.extraction.lookup import _REGION_IN_NAME, Mention, _lookup, settlement_mention
from data.extraction.numbers import ADULT_AGE, NumberMatch
from data.extraction.places import _move_to_oblast
from geo.gazetteer import load_gazetteer, normalize_name
from geo.oblasts import find_oblast
from geo.romanisation import romanize_ukrainian

KILLED, INJURED = "killed", "injured"

# --- words ----------------------------------------------------------------------

_KILLED_STEM = re.compile(
    r"^(?:загин|загибл|загибел|загибель|вбит|вбив|вбил|убит|убил|убив|убива|помер|погиб|жертв|смерт|мертв|тіл[аоу]?$|тел[ао]?$|тела"
    # "5 життів окупанти обірвали", "унесла 4 жизней"
    r"|життів$|жизней$|життя$|жизни$|скончал|помира)",
    re.IGNORECASE,
)
_INJURED_STEM = re.compile(
    r"^(?:поранен|поранил|поранив|поранень|травм|постражд|потерпіл|ранен|ранил|ранив|пострада|контуз|звернул|обратил"
    r"|госпіталізов|госпитализирова)",
    re.IGNORECASE,
)
_CHILD_WORD = re.compile(
    r"^(?:діт(?:и|ей|ям|ьми|ях)|дитин\w*|дитя\w*|неповнолітн\w*|підліт\w*|підлітк\w*|хлопчик\w*|дівчинк\w*|"
    r"дівчат\w*|немовл\w*|малюк\w*|дет(?:и|ей|ям|ьми|ях)|реб[её]н\w*|несовершеннолетн\w*|подрост\w*|"
    r"мальчик\w*|девоч\w*|младен\w*|малыш\w*|школяр\w*|школьник\w*)$",
    re.IGNORECASE,
)
# One person named without a number: "загинула жінка", "поранено чоловіка", "погиб мужчина".
_PERSON_WORD = re.compile(
    r"^(?:жінк[аиуо]|жінкою|чолов[іі]к(?:а|ові|ом)?|людин[аиу]|людиною|пенсіонер(?:а|ка|ку|ки)?|"
    r"мешкан(?:ець|ця|ка|ку|ки)|жительк[аиу]|херсон(?:ка|ку|ець|ця)|хлопець|хлопця|дівчина|дівчину|тато|мати|"
    r"матір|матері|батько|батька|бабус[яію]|дідус[ья]|брат|сестра|син|сина|донька|доньку|онук|онука|онучк[аиу]|"
    r"внук|внука|внучк[аиу]|водій|водія|водієм|водитель|водителя|працівник\w*|работник\w*|сотрудник\w*|"
    r"співробітник\w*|"
    r"женщин[аыу]|мужчин[аыу]|человек|пенсионер(?:а|ка|ку)?|жител(?:ь|я|ьница|ьницу)|парень|парня|"
    r"девушк[аиу]|мама|мать|отец|бабушк[аиу]|дедушк[аиу]|сын|сына|дочь|дочка|дочку|учительниц[аиу])$",
    re.IGNORECASE,
)
# Plural people before a list of their ages ("хлопці 17, 16 та 15 років", "мужчины 40 и 52 лет").
_PEOPLE_WORD = re.compile(
    r"^(?:хлопц[іяи]\w*|чоловік(?:и|ів)|жінок|мужчин(?:ы)?|женщин(?:ы)?|мальчик(?:и|ов)|девоч(?:ки|ек)|"
    r"парн(?:и|ей)|девушк(?:и)?|людей|люди|осіб|особи|человек)$",
    re.IGNORECASE,
)
_AGE_LIST = re.compile(
    r"^\s+(?:віком\s+|у\s+віці\s+|в\s+возрасте\s+)?(?P<ages>\d{1,3}(?:-?(?:ти|х|и))?"
    r"(?:(?:\s*,\s*|\s+(?:і|й|та|и)\s+)\d{1,3}(?:-?(?:ти|х|и))?)*)\s+"
    r"(?:(?P<years>років|роки|року|рік|рочк\w*|рочок|лет|года|год|годик\w*)|місяц\w*|месяц\w*)(?!\w)",
    re.IGNORECASE,
)
_AGE = re.compile(
    r"^(?P<age>\d{1,3}|[а-яіїєґ'’ʼ]+?)-?(?:ти-?)?(?:річн|летн|місячн|месячн)\w*$", re.IGNORECASE
)
_BOUND = re.compile(
    r"^(?:щонайменше|принаймні|понад|більше|більш|мінімум|свыше|более|больше|минимум|"
    r"не\s+менше|не\s+менш|не\s+менее|як\s+мінімум|как\s+минимум|по\s+меньшей\s+мере|по\s+крайней\s+мере)$",
    re.IGNORECASE,
)
_BOUND_PHRASE = re.compile(
    r"(?:не\s+менше(?:\s+(?:ніж|як))?|не\s+менш(?:\s+(?:ніж|як))?|не\s+менее|як\s+мінімум|как\s+минимум|"
    r"по\s+меньшей\s+мере|по\s+крайней\s+мере|більше\s+ніж|більш\s+ніж|более\s+чем"
    # "відомо щонайменше про одного пораненого", "известно как минимум о двух"
    r"|(?:щонайменше|принаймні|мінімум|минимум|как\s+минимум|по\s+меньшей\s+мере)\s+(?:про|о|об))\s*$",
    re.IGNORECASE,
)
# Words that may stand between a number and what it counts: "троє цивільних загинули".
_FILLER = re.compile(
    # "жителька Марганецької територіальної громади Нікопольського району загинула": where they live
    r"^(?:громади|громаді|громад|общины|общине|району|районі|района|районе|області|области|територіальної|"
    r"территориальной|сільської|селищної|міської|сельской|поселковой|городской|"
    r"людей|людини|люди|особи|осіб|особа|цивільних|цивільні|мешканці|жителі|жители|мирные|цивільна|цивільний|мирних|мирні|мешканців|місцевих|місцеві|местных|местные|"
    r"жителів|чоловік|чоловіків|человека|людини|жінок|дорослих|громадян|ще|інших|вже|було|були|було|також|отримали|отримала|"
    r"отримав|дістали|дістала|зазнали|зазнала|людям|человек|людей|мирных|жителей|граждан|взрослых|женщин|"
    r"мужчин|еще|ещё|других|уже|было|были|также|получили|получил|получила|горожан|харків'ян|одеситів|"
    r"херсонців|осіб|із|з|из|них|поранених|травмованих|загиблих|погибших|раненых|у|в|тому|числі|том|числе|"
    r"кількість|число|количество|зросла|зросло|зріс|возросло|возросла|увеличилось|збільшилась|збільшилася|збільшилося|збільшився|увеличилось|увеличилась|выросло|выросла|сягнула|"
    r"внаслідок|в\s+результате|результаті|осколкові|осколкове|осколкових|важкі|тяжкі|легкі|численні|вибухові|"
    r"тяжелые|тяжёлые|осколочные|легкие|лёгкие|множественные|маленьких|маленькие|маленькі|малих|малі|"
    r"малолітніх|малолетних|–|-|—|:)$",
    re.IGNORECASE,
)
_INHERIT = re.compile(
    r"(?:з\s+них|із\s+них|серед\s+них|серед\s+яких|з\s+яких|зокрема|у\s+тому\s+числі|в\s+тому\s+числі|включаючи|"
    r"среди\s+них|из\s+них|в\s+том\s+числе|включая|среди\s+которых|из\s+которых)\s*(?:є\s+|есть\s+)?"
    r"(?:(?:і|и|й|також|также)\s+)?[:–—-]?\s*"
    # "о семи погибших, в том числе, о трехлетнем ребенке"; "зокрема, 14-річний хлопець"
    r"(?:,\s*(?:(?:о|об|про)\s+)?)?$",
    re.IGNORECASE,
)
_AMONG = re.compile(r"(?:серед|среди)\s+(?P<what>\w+)", re.IGNORECASE)
_PARTITIVE_AFTER = re.compile(
    r"^\s*(?:з|із|зі|из|со|с)\s+(?:них|постраждал\w*|поранен\w*|загибл\w*|пострадавш\w*|"
    r"ранен\w*|погибш\w*|дітей|детей|людей|яких|которых)\b",
    re.IGNORECASE,
)
_NOBODY = re.compile(
    # ("Постраждалих серед цивільного населення не зафіксовано")
    r"(?:постраждалих|пострадавших|поранених|раненых|загиблих|погибших)(?:\s+(?:серед|среди)\s+[\w'’ʼ]+"
    r"(?:\s+[\w'’ʼ]+)?)?\s+(?:немає|нема|нет|не\s+зафіксовано|не\s+зафиксировано|не\s+виявлено)\b|"
    # "без разрушений и пострадавших", "без руйнувань та постраждалих"
    r"\bбез\s+(?:[\w'’ʼ]+\s+(?:і|й|та|и)\s+)?(?:постраждалих|пострадавших|жертв)\b|(?:люди|людей|никто|ніхто)\s+не\s+(?:постраждал\w*|пострадал\w*|задело|зачепило)|(?:людських\s+|человеческих\s+)?жертв(?:\s+[\w'’ʼ]+){0,4}?\s+(?:немає|нема|нет)\b|обійшлося\s+без\s+\w+|обошлось\s+без\s+\w+"
    # "Без людських втрат": no one killed or hurt
    r"|\bбез\s+(?:людських|человеческих)\s+(?:втрат|потерь)\b"
    # "Без наслідків." as a sentence of its own after a shelling: no one hurt either
    r"|^\W*без\s+(?:наслідків|последствий)\W*$",
    re.IGNORECASE,
)
_SOME = re.compile(
    r"\b(?:є|есть|маємо|имеются|наявні)\s+(?P<what>загибл\w*|погибш\w*|поранен\w*|постраждал\w*|пострадавш\w*|"
    r"ранен\w*|жертв\w*)",
    re.IGNORECASE,
)
_CHILDREN_SOME = re.compile(
    r"\b(?:серед\s+них|зокрема|у\s+тому\s+числі|среди\s+них|в\s+том\s+числе|включая)\s+(?:є\s+|есть\s+)?"
    r"(?:діти|дети)\b|\b(?:постраждали|поранені|пострадали|ранены)\s+(?:діти|дети)\b|"
    r"\b(?:діти|дети)\s+(?:постраждали|пострадали)",
    re.IGNORECASE,
)
_COLLECTIVE = {
    "двоє": 2,
    "обидва": 2,
    "обоє": 2,
    "троє": 3,
    "четверо": 4,
    "п'ятеро": 5,
    "шестеро": 6,
    "семеро": 7,
    "восьмеро": 8,
    "дев'ятеро": 9,
    "десятеро": 10,
    "двое": 2,
    "оба": 2,
    "трое": 3,
    "пятеро": 5,
    "девятеро": 9,
}
# "3 664 загиблих": thousands set apart by a space are one number
_TOKEN = re.compile(
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3}(?![\d.,]))+|\d+(?:[.,]\d+)?(?:-\w+)?|[\w'’ʼ]+(?:-[\w'’ʼ]+)*|[^\w\s]"
)

ATTACK_CUE = re.compile(
    r"(?<!\w)(?:атак|удар|обстр|влуч|вибух|взрыв|ракет|дрон|шахед|бпла|безпілотн|беспилотн|снаряд|бомб|"
    r"авіабомб|авиабомб|авиаудар|авіаудар|ранил|ранив|скину|скинул|сброси|сбросил|тероризува|терроризирова|горіл|горів|"
    r"займанн|загоранн|возгоран|каб\w*\b|прил[іе]т|поціл|цілив|цілил|целил|потерпа|загин|загибл|загибел|поранен|поранил|поранив|постражд|травм|вбил|вбив|вбит|убит|убил|погиб|ранен|"
    r"пострада|зруйн|пошкодж|разруш|поврежд|гати|гатя|поцілил|попал|уламк|обломк|жертв|вогн|огн|вогонь|огонь|вгати|артил|смерт|"
    r"помер|умер|контуз|тіла|тела|потерпіл|життів|жизней|госпіталізов|госпитализир|попадан|"
    r"дісталося|досталось|медичн\w*\s+допомог|медицинск\w*\s+помощ|обірвав\w*\s+життя|оборвал\w*\s+жизн|"
    # "Серед них 12 дітей": a part of the toll just given
    r"серед\s+них|среди\s+них|з\s+них|із\s+них|из\s+них|(?:у|в)\s+тому\s+числі|в\s+том\s+числе"
    # "Людей не задело": no one hurt is a figure too
    r"|не\s+(?:постраждал\w*|пострадал\w*|задело|зачепило)"
    # "Без людських втрат": a figure (zero) too
    r"|без\s+(?:людських|человеческих)\s+(?:втрат|потерь)|^\W*без\s+(?:наслідків|последствий)\W*$)",
    re.IGNORECASE,
)
TOTAL_CUE = re.compile(
    r"(?<!\w)(?:загалом|всього|усього|в\s+цілому|за\s+(?:минулу\s+)?добу|всего|в\s+общей\s+сложности|"
    # "протягом минулої доби", "в течение суток": the day's toll too
    r"(?:протягом|упродовж|впродовж)\s+(?:минулої\s+)?доби|(?:в\s+течение|на\s+протяжении)\s+(?:минувших\s+|прошедших\s+)?суток|"
    r"за\s+(?:минувшие\s+)?сутки|з\s+початку|с\s+начала|по\s+всій|по\s+всей"
    # "в області 12 постраждалих": the region's figure, not the village's named before it
    r"|(?:в|у|по)\s+(?:області|области|регіоні|регионе)(?!\s+[А-ЯІЇЄҐ]))(?!\w)",
    re.IGNORECASE,
)
# A sentence that quotes an earlier toll: its figures never replace the current ones.
EARLIER_CUE = re.compile(
    r"^\W*(?:раніше|ранее|спершу|спочатку|сначала|перед\s+цим|до\s+цього|initially|earlier|previously"
    r"|an\s+earlier\s+toll)\b",
    re.IGNORECASE,
)
_CLAUSE_SPLIT = re.compile(
    r"\s*;\s*|,\s+а\s+також\s+|,\s+тоді\s+як\s+|,\s+в\s+то\s+время\s+как\s+|,\s+але\s+|,\s+но\s+|"
    r"\.\s+Крім\s+того,?\s+|\.\s+Кроме\s+того,?\s+",
    re.IGNORECASE,
)


def split_clauses(sentence: str) -> list[str]:
    """Cut a Ukrainian or Russian sentence where a second attack usually begins."""
    return [c for c in _CLAUSE_SPLIT.split(sentence) if c and c.strip()]


# --- lemmas and numbers ------------------------------------------------------------


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
    word = word.lower().replace("’", "'").replace("ʼ", "'")
    found: list[str] = []
    for language in ("uk", "ru"):
        for parse in analyzer(language).parse(word)[:3]:
            if parse.normal_form not in found:
                found.append(parse.normal_form)
    return tuple(found)


@lru_cache(maxsize=20_000)
def number_value(word: str) -> int | None:
    """The value of one number word in any case ("трьох" -> 3, "семеро" -> 7), or None."""
    word = word.lower().replace("’", "'").replace("ʼ", "'")
    if word in _COLLECTIVE:
        return _COLLECTIVE[word]
    table = _number_lemmas()
    if word in table:
        return table[word]
    if len(word) < 3:
        return None
    for language in ("uk", "ru"):
        for parse in analyzer(language).parse(word)[:3]:
            if parse.tag.POS != "NUMR":
                continue
            if parse.normal_form in _COLLECTIVE:
                return _COLLECTIVE[parse.normal_form]
            if parse.normal_form in table:
                return table[parse.normal_form]
    return None


def _age(token: str) -> tuple[int | None, bool] | None:
    """ "15-річний" -> (15, years); "8-місячна" -> (8, months); "семилетний" -> (7, years)."""
    match = _AGE.match(token)
    if not match:
        return None
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


# Animate nouns that never name a casualty: the attacker and the officials who speak.
_NOT_SOMEONE = {
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
    "начальник",
    "керівник",
    "очільник",
    "мер",
    "глава",
    "губернатор",
    "речник",
    "міністр",
    "президент",
    "прокурор",
    "слідчий",
    "командувач",
    "министр",
    "представитель",
    "представник",
    "заступник",
    "директор",
    "журналіст",
    "кореспондент",
    "корреспондент",
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


@lru_cache(maxsize=4096)
def _someone(word: str) -> bool:
    """ "Постраждав рятувальник", "поранено тракториста", "погиб спасатель": one person named by what they
    do, as pymorphy3 knows an animate noun in the singular (no first names or surnames, no attackers or
    officials)."""
    lower = word.lower()
    if len(lower) < 4 or not re.fullmatch(r"[а-яіїєґё'’ʼ]+", lower) or _kind_of(lower):
        return False  # ("постраждалих", "погибших": the casualty words themselves)
    if re.search(r"[іїєґ'’ʼ]", lower):
        languages = ("uk",)
    elif re.search(r"[ыэёъ]", lower):
        languages = ("ru",)
    else:
        languages = ("uk", "ru")
    for language in languages:
        known = [p for p in analyzer(language).parse(lower) if p.is_known]
        if not known or any("ADJF" in p.tag or "PRTF" in p.tag for p in known):
            continue  # an adjective too ("старший", "поліцейський" is read elsewhere)
        top = max(known, key=lambda p: p.score)
        if (
            "NOUN" in top.tag
            and "anim" in top.tag
            and "plur" not in top.tag
            and not (
                {"Name", "Surn", "Patr", "Geox", "Orgn"} & set(str(top.tag).replace(" ", ",").split(","))
            )
            and top.normal_form not in _NOT_SOMEONE
        ):
            return True
    return False


@lru_cache(maxsize=5_000)
def find_numbers(text: str) -> tuple[NumberMatch, ...]:
    """Numbers in a Ukrainian or Russian clause: figures, words, and people named one by one.

    Returns
    -------
    tuple of NumberMatch
        ``at_least`` for "щонайменше", "понад", "не менше", "более", ...;
        ``child`` when the number counts children itself ("троє дітей", "15-річний
        хлопець", "дитина"), never for an adult ("45-річний чоловік", "жінка").
    """
    tokens = list(_TOKEN.finditer(text))
    found: list[NumberMatch] = []
    skip_until = -1
    for index, token in enumerate(tokens):
        if token.start() < skip_until:
            continue
        word = token.group(0)
        lower = word.lower()
        value: int | None = None
        end = token.end()
        start = token.start()
        child = False
        person = False
        age = _age(word)
        if age is not None:
            # "45-річний чоловік", "7-річного хлопчика", "15-річний" (alone)
            years, months = age
            value, person = 1, True
            if index + 1 < len(tokens) and (
                _PERSON_WORD.match(tokens[index + 1].group(0))
                or _CHILD_WORD.match(tokens[index + 1].group(0))
            ):
                end = tokens[index + 1].end()
            child = months or (years is not None and years < ADULT_AGE)
            if years is None:
                child = bool(index + 1 < len(tokens) and _CHILD_WORD.match(tokens[index + 1].group(0)))
            if (
                found
                and index
                and found[-1].start == tokens[index - 1].start()
                and not found[-1].person
                and re.search(r"(?:і|ие|ые|их|ых)$", lower)
            ):
                # "дві 48-річні, 40-річна і 63-річна жінки": two people of that age, four in all
                value, start = found[-1].value, found[-1].start
                found.pop()
        elif (
            re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*", word)
            and not re.match(r"^[.,:]\d", text[end : end + 2])
            and not re.search(r"\d[:.]$", text[: token.start()])  # "около 13:30": a time, not a count
        ):
            value = int(re.sub(r"\D", "", word))
            if re.match(r"^\s+(?:річн|летн|місячн|месячн)\w*", text[end:], re.IGNORECASE):
                # "30 річний чоловік": an age written apart from its word, one person
                years = int(word)
                word_end = re.match(r"^\s+\S+", text[end:]).end()
                person_next = re.match(r"^\s+(\S+)", text[end + word_end :])
                value, person, child = 1, True, years < ADULT_AGE
                if person_next and (
                    _PERSON_WORD.match(person_next.group(1)) or _CHILD_WORD.match(person_next.group(1))
                ):
                    end = end + word_end + person_next.end()
                else:
                    end = end + word_end
                found.append(
                    NumberMatch(value, False, token.start(), end, text[token.start() : end], child, person)
                )
                skip_until = end
                continue
            if text[end : end + 1] == "-" or re.match(
                r"^\s*(?:(?:та|і|и|,|до|-|–|—)\s*\d+\s*)*(?:років|року|рік|роки|рочк\w*|рочок|лет|года|год|годик\w*)\b",
                text[end:],
            ):
                value = None  # an age list ("5-ти, 11-ти та 12-річні") or "41 та 51 років"
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
        elif (_PERSON_WORD.match(word) or _CHILD_WORD.match(word) or _PEOPLE_WORD.match(word)) and (
            ages := _AGE_LIST.match(text[end:])
        ):
            # "хлопчики 6 й 11 років", "жінки 63, 61, 55 років": as many people as ages listed; "хлопець 14
            # років", "немовля 7 місяців": one person of that age
            years = [int(a) for a in re.findall(r"\d+", ages.group("ages"))]
            previous = tokens[index - 1].group(0) if index else ""
            if len(years) == 1 and (previous.isdigit() or number_value(previous) is not None):
                continue  # "двоє чоловіків 56 років": counted with their number
            value, person, end = len(years), True, end + ages.end()
            child = all(y < ADULT_AGE for y in years) if ages.group("years") else True
        elif _PERSON_WORD.match(word) or _CHILD_WORD.match(word) or _someone(word):
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
            if re.match(r"^(?:діти|дети|дітей|детей|люди|людей)$", lower):
                continue  # plural without a number: a note, never a count
            if re.fullmatch(
                r"кілька|кількох|декілька|десятки|десятків|десятков|сотні|сотень|сотни|несколько|многие|много|багато",
                previous,
                re.IGNORECASE,
            ):
                continue  # "несколько десятков человек": no figure
            value, person = 1, True
            child = bool(_CHILD_WORD.match(word))
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
                    pass  # "Ще один, 47 років, отримав поранення": one more person
                elif re.search(
                    r"(?:з|із|из)\s+(?:яких|них|которых)\s+$", text[: token.start()], re.IGNORECASE
                ):
                    pass  # "поранив двох людей, з яких один, 61-річний чоловік, помер": one of them
                elif not (
                    _PERSON_WORD.match(nxt)
                    or (  # "загинув один мирний житель"
                        re.fullmatch(
                            r"мирн\w*|цивільн\w*|місцев\w*|местн\w*|гражданск\w*", nxt, re.IGNORECASE
                        )
                        and index + 2 < len(tokens)
                        and _PERSON_WORD.match(tokens[index + 2].group(0))
                    )
                    or _CHILD_WORD.match(nxt)
                    or _FILLER.match(nxt)
                    or _KILLED_STEM.match(nxt)
                    or _INJURED_STEM.match(nxt)
                ):
                    value = None  # "один з районів", "одна з ракет"
        if value is None:
            continue
        if not child and not person and index + 1 < len(tokens):
            nxt = tokens[index + 1].group(0)
            nxt2 = tokens[index + 2].group(0) if index + 2 < len(tokens) else ""
            if re.fullmatch(r"маленьк\w*|мал(?:их|і|ые|ых)|малолітн\w*|малолетн\w*", nxt, re.IGNORECASE):
                nxt, nxt2 = nxt2, ""  # "двое маленьких детей"
            child = bool(_CHILD_WORD.match(nxt)) or bool(
                re.match(r"^(?:поранених|травмованих|загиблих|постраждалих|раненых|пострадавших)$", nxt, re.I)
                and _CHILD_WORD.match(nxt2)
            )
            # "19 загиблих, серед яких 9 — це діти", "9 из них – дети"
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
        if _BOUND.match(previous) or _BOUND_PHRASE.search(before):
            bound = True
        found.append(NumberMatch(value, bound, start, end, text[start:end], child, person))
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
            child = all(a.child for a in ages)
            result.append(
                NumberMatch(number.value, number.at_least, number.start, number.end, number.text, child, True)
            )
            position = following
            continue
        result.append(number)
        position += 1
    return result


# --- counts --------------------------------------------------------------------


def _kind_of(token: str) -> str | None:
    if re.match(r"^смертельн", token, re.IGNORECASE):
        return KILLED
    if _KILLED_STEM.match(token):
        return KILLED
    if _INJURED_STEM.match(token):
        return INJURED
    return None


# "Під час транспортування до лікарні він помер": the one person told of before died
_PRONOUN_DIED = re.compile(
    r"(?<!\w)(?:він|вона|он|она)\s+(?:\w+\s+)?(?:помер|померла|скончал\w*|умер|умерла)(?!\w)", re.IGNORECASE
)
_FATAL = re.compile(
    r"несумісн\w*\s+з\s+життям|несовместим\w*\s+с\s+жизнью|призвел\w*\s+до\s+(?:\w+\s+)?смерті|"
    r"привел\w*\s+к\s+(?:\w+\s+)?смерти|від\s+(?:отриманих\s+)?(?:поранень|травм)\s+(?:\w+\s+)?помер|"
    r"от\s+полученных\s+(?:ранений|травм)\s+(?:\w+\s+)?(?:погиб|скончал|умер)",
    re.IGNORECASE,
)


_DIED_BEFORE = re.compile(
    r"(?<!\w)(?:помер|померла|померли|скончал\w*|умер|умерла|умерли)\s+(?:[\w'’ʼ]+\s+){0,2}$", re.IGNORECASE
)


def count_kind(clause: str, number: NumberMatch) -> tuple[str, bool] | None:
    """See :func:`_count_kind`; wounds "incompatible with life" are deaths."""
    kind = _count_kind(clause, number)
    if kind is not None and kind[0] == INJURED and _FATAL.search(clause):
        return KILLED, kind[1]
    if (
        kind is not None
        and kind[0] == INJURED
        and _DIED_BEFORE.search(clause[: number.start])
        and not any(
            _kind_of(t.group(0)) == INJURED
            for t in _TOKEN.finditer(_DIED_BEFORE.search(clause[: number.start]).group(0))
        )
    ):
        # "у лікарні помер ще один постраждалий", "скончался один из раненых": one of the hurt died
        return KILLED, kind[1]
    return kind


# "зросла до 18, серед них – дев'ятеро дітей, поранені 56": an aside naming a part of the number is no
# aside to read past, and the verb after it is another count's.
_PART_ASIDE = re.compile(
    r"^(?:серед|среди|з\s+них|із\s+них|из\s+них|зокрема|в\s+тому|у\s+тому|в\s+том|включно|включая)\b",
    re.IGNORECASE,
)


# "Наймолодшій загиблій було 21, найстаршій – 95", "Самому младшему погибшему 30": an age, never a count.
_ELDEST_BEFORE = re.compile(
    r"(?<!\w)(?:наймолодш|найстарш|самому\s+(?:младш|старш)|самой\s+(?:младш|старш)|младше|старше)\w*"
    r"(?:\s+[\w'’ʼ]+){0,2}\s*(?:[-–—:]|було|была|был|исполнилось|виповнилося)?\s*$",
    re.IGNORECASE,
)


def _counts_things(clause: str, rest: str) -> bool:
    """ "пострадали более ста квартир", "пошкоджено 20 будинків": the number counts things, not people
    (the word after it is, in the clause's language, a noun pymorphy3 knows as inanimate and no word for
    people or casualties)."""
    word = re.match(r"^\s*([а-яіїєґёА-ЯІЇЄҐЁ'’ʼ]+)", rest)
    if word is None:
        return False
    word = word.group(1)
    if _kind_of(word) or _PERSON_WORD.match(word) or _PEOPLE_WORD.match(word) or _CHILD_WORD.match(word):
        return False
    language = "uk" if re.search(r"[іїєґ]", clause, re.IGNORECASE) else "ru"
    parse = analyzer(language).parse(word.lower())[0]
    return parse.tag.POS == "NOUN" and "inan" in parse.tag and parse.score >= 0.5


@lru_cache(maxsize=5_000)
def _animate_plural(word: str) -> bool:
    """Whether pymorphy3's dictionary knows the word as an animate noun in the plural ("пасажирів",
    "рятувальників", "пассажиров"): people counted by what they are."""
    lower = word.lower()
    if not re.fullmatch(r"[а-яіїєґ'’ʼ]+", lower):
        return False
    for language in ("uk", "ru"):
        for parse in analyzer(language).parse(lower)[:2]:
            if (
                "NOUN" in parse.tag
                and "anim" in parse.tag
                and "plur" in parse.tag
                and type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
            ):
                return True
    return False


# "19 - у тяжкому стані", "19 з них у важкому стані", "трое в тяжелом состоянии": a part of the hurt by their state
_PATIENTS_STATE_PART = re.compile(
    r"^\s*(?:(?:з|із|из)\s+них\s+)?[-–—]?\s*(?:перебува\w+\s+|находя\w+\s+)?(?:у|в)\s+(?:(?:вкрай|дуже|крайне|очень)\s+)?"
    r"(?:тяжк|важк|критичн|тяжел|тяжёл|стабільн|стабильн|середн|средн)\w*\s+(?:\w+\s+)?(?:стан|состояни)",
    re.IGNORECASE,
)


def _count_kind(clause: str, number: NumberMatch) -> tuple[str, bool] | None:
    """What a number counts: ``(killed|injured|inherit, child)`` or None.

    The words right after the number decide first ("семеро цивільних зазнали
    поранень", "двоє дітей загинули"), then those right before it ("загинули троє",
    "поранено 9", "серед поранених – четверо дітей"), then "з них", "зокрема", "в том
    числе" make it a part of the count before it.
    """
    rest = clause[number.end :]
    if _counts_things(clause, rest) or _ELDEST_BEFORE.search(clause[: number.start]):
        return None
    # "одна женщина в возрасте 51 года скончалась", "жінка віком 70 років загинула": the age is no count.
    rest = re.sub(
        r"^((?:\s*[^\s\d]+)?)\s+(?:в\s+возрасте|у\s+віці|віком)\s+\d+\s*(?:лет|года|год|років|року|рік)\b",
        lambda m: m.group(1) or "",
        rest,
        flags=re.IGNORECASE,
    )
    # "трое мужчин от 38 до 46 лет получили ранения": their ages are no word between
    rest = re.sub(
        r"^((?:\s*[^\s\d]+)?)\s+(?:від|от)\s+\d+\s+до\s+\d+\s*(?:років|року|рік|лет|года|год)\b",
        lambda m: m.group(1) or "",
        rest,
        flags=re.IGNORECASE,
    )
    if number.person:
        # "Женщина 64 года госпитализирована": the age right after the person, too
        rest = re.sub(r"^\s+\d+\s*(?:лет|года|год|років|року|рік)\b", "", rest, flags=re.IGNORECASE)
    relative = re.match(
        r"^\s*(?:\S+\s*)?,\s*(?:яка|який|які|яку|которая|который|которые|которую)\s+([\w'’ʼ]+(?:\s+[\w'’ʼ]+){0,2})",
        rest,
        re.IGNORECASE,
    )
    relative_kind = (
        next((k for k in map(_kind_of, relative.group(1).split()) if k), None) if relative else None
    )
    if relative_kind and not _kind_of(relative.group(1).split()[0]):
        # "померла ще одна людина, яка зазнала поранень": the verb before the person tells their fate
        told = False
        for token in reversed(list(_TOKEN.finditer(clause[: number.start]))[-3:]):
            if re.fullmatch(r"і|й|та|и|,", token.group(0), re.IGNORECASE):
                break  # "двох загиблих і 15 осіб, які отримали травми": another count, listed
            told = told or bool(_kind_of(token.group(0)))
        relative_kind = None if told else relative_kind
    if relative_kind == INJURED and re.search(
        r"^[^.;]*?,\s*(?:(?:згодом|пізніше|потім|позже|затем|впоследствии)\s+)?"
        r"(?:помер(?:ла|ли)?|умер(?:ла|ли)?|скончал(?:ся|ась|ись))(?!\w)",
        rest[relative.end() :],
        re.IGNORECASE,
    ):
        # "6-річна дівчинка, яка учора постраждала через обстріл ..., померла в лікарні": the relative
        # clause tells the hurt, the main verb after it the death
        return KILLED, number.child
    if relative_kind:
        # "ще одну дитину, яка постраждала через обстріл", "15 осіб, які отримали травми": the relative
        # clause says what happened to them.
        return relative_kind, number.child
    if re.match(
        r"^\s*(?:[^\s\d,.]+\s*)?,\s*(?:(?:згодом|пізніше|потім|позже|впоследствии|затем)\s+)?"
        r"(?:умерш|скончавш|померл(?:ий|ого|ому|ої|у|а|і|их|им)\b|загибл|погибш)",
        rest,
        re.IGNORECASE,
    ):
        # "мужчина, умерший в больнице, получил ранения", "поранено чоловіка, згодом померлого в лікарні":
        # a participle of death after the person says they died
        return KILLED, number.child
    if re.match(r"^\s*[–—-]\s*(?:у|в)\s+(?:лікарн|больниц|реанімац|реанимац|стаціонар|стационар)\w*", rest, re.I):
        return INJURED, number.child  # "Одна людина загинула, одна – в лікарні": the other one is hurt
    partitive = _PARTITIVE_AFTER.match(rest)
    if partitive:
        # "Один из них погиб" counts; "стан одного з постраждалих дітей важкий" does not.
        if number.child and re.search(r"(?:них|яких|которых)$", partitive.group(0), re.IGNORECASE):
            return "inherit", True  # "10 поранених, щонайменше 3 з них діти"
        if re.search(r"(?:них|которых)$", partitive.group(0), re.IGNORECASE) and re.match(
            r"^\s*(?:[-–—:]\s*)?(?:(?:це|это|—|–|-)\s*)*(?:діти|дети|дитина|ребенок|ребёнок|неповнолітні|"
            r"несовершеннолетние)\b",
            rest[partitive.end() :],
            re.IGNORECASE,
        ):
            return (
                "inherit",
                True,
            )  # "загинули 12 людей, троє з них – діти": a part of the dead, not more dead
        rest = rest[partitive.end() :]
    after = list(_TOKEN.finditer(rest))
    position, looked, asides = 0, 0, 0
    while position < len(after) and looked < 6:
        word = after[position].group(0)
        if word.lower() in ("за", "добу", "сутки", "минулу", "минувшие") and position:
            position += 1  # "Ще 2 людини в області за добу дістали поранення": the day is no word between
            continue
        kind = _kind_of(word)
        following = after[position + 1].group(0) if position + 1 < len(after) else ""
        if kind and (_PERSON_WORD.match(following) or _CHILD_WORD.match(following)):
            break  # "батько загиблої дитини": the word describes the child, it says nothing of the father
        if kind:
            return kind, number.child
        if word == "," and asides == 0:
            # One aside: "одна людина, за попередніми даними, загинула".
            closing = [
                # ("ще одна людина, доставлена у тяжкому стані до лікарні, померла")
                i
                for i in range(position + 1, min(position + 10, len(after)))
                if after[i].group(0) == ","
            ]
            aside = " ".join(after[i].group(0) for i in range(position + 1, min(position + 4, len(after))))
            verb_next = (
                # "Семеро людей, серед яких 3 дитини, загинули": the part aside closes right before the verb of
                # the people before it ("..., поранені 56" after the aside is another count's)
                closing
                and closing[0] + 1 < len(after)
                and _kind_of(after[closing[0] + 1].group(0))
                and not (closing[0] + 2 < len(after) and re.match(r"\d", after[closing[0] + 2].group(0)))
                and not (closing[0] + 2 < len(after) and number_value(after[closing[0] + 2].group(0)))
            )
            if closing and (not _PART_ASIDE.match(aside) or verb_next):
                position, asides = closing[0] + 1, 1
                continue
        if word.lower() in ("внаслідок", "унаслідок", "через", "из-за") and position + 1 < len(after):
            # "Троє людей внаслідок удару "Іскандером" загинули": the cause stands between them and the verb
            skip = position + 1
            while skip < min(position + 6, len(after)) and not _kind_of(after[skip].group(0)):
                if after[skip].group(0) in (",", "."):
                    break
                skip += 1
            if skip < len(after) and _kind_of(after[skip].group(0)):
                position = skip
                continue
        if word in (",", ".", "(", ")") or word.isdigit() or number_value(word) is not None:
            break
        whose_town = word[:1].isupper() and (
            (position == 0 and number.person)  # "жителька Марганецької громади загинула"
            or position > 0
            and bool(
                _FILLER.match(after[position - 1].group(0))
                or _PERSON_WORD.match(after[position - 1].group(0))
            )
        )  # "Два жителя Никополя пострадали": the people's town between them and the verb
        if not (
            _FILLER.match(word)
            or _CHILD_WORD.match(word)
            or _PERSON_WORD.match(word)
            or whose_town
            # "ще двоє пасажирів травмовані": who they are, an animate noun right after the number
            or (position == 0 and not number.person and _animate_plural(word))
        ):
            break
        position += 1
        looked += 1
    before_text = clause[: number.start]
    among = list(_AMONG.finditer(before_text))
    if among:
        # "Серед загиблих — учителька і її семирічний син": the list after "серед" shares its kind.
        kind = _kind_of(among[-1].group("what"))
        between = before_text[among[-1].end() :]
        if kind and not any(_kind_of(t.group(0)) for t in _TOKEN.finditer(between)):
            return kind, number.child
    if _INHERIT.search(_BOUND_PHRASE.sub("", before_text).rstrip() + " "):
        return "inherit", number.child
    grew = re.search(
        r"(?:кількість|число|количество)\s+(?P<what>\w+)(?:(?!\b(?:кількість|число|количество)\b).)*?\bдо\s*$",
        before_text,
        re.IGNORECASE,
    )
    if grew and _kind_of(grew.group("what")):
        # "кількість постраждалих унаслідок удару ... збільшилася до 75 людей"; "кількість поранених дітей
        # зросла до чотирьох" counts children
        children = any(_CHILD_WORD.match(t.group(0)) for t in _TOKEN.finditer(grew.group(0)))
        return _kind_of(grew.group("what")), number.child or children
    aside = re.search(r"([\w'’ʼ]+)\s*,\s*[^,\d]{3,40}?,\s*$", before_text)
    if aside and _kind_of(aside.group(1)):
        # "убив, по предварительной информации, одного человека": the verb before an aside
        return _kind_of(aside.group(1)), number.child
    before = list(_TOKEN.finditer(before_text))
    for index in range(len(before) - 1, max(len(before) - 7, -1), -1):
        word = before[index].group(0)
        kind = _kind_of(word)
        if kind and index and re.match(r"^смертельн", before[index - 1].group(0), re.IGNORECASE):
            return KILLED, number.child  # "Смертельні травми отримав хлопчик": fatal wounds
        if kind:
            return kind, number.child
        if word in (",", ".") or word.isdigit():
            break
    return None


_LIST_GLUE = re.compile(r"^\s*(?:,\s*)?(?:і|й|та|и|а\s+також|а\s+также|,|–|—)?\s*$", re.IGNORECASE)


_GLUE_WORDS = re.compile(
    r"^(?:і|й|та|и|а|також|также|,|її|його|їхні|їхній|їхня|ее|её|его|их"
    # "мати і її молодший син": a relative's age word between
    r"|молодш\w*|старш\w*|младш\w*|маленьк\w*)$",
    re.IGNORECASE,
)


def _listed(between: str, strict: bool = False) -> bool:
    """ "двоє неповнолітніх та четверо": two numbers of one list (nouns and "та" between them).

    A dash or colon is not a list: "двое детей – девочка и парень" names the same two again.
    """
    words = [t.group(0) for t in _TOKEN.finditer(between)]
    if not words:
        return False
    if _INHERIT.search(between.rstrip() + " "):
        return False  # "три человека, в том числе 12-летний мальчик": a part of the count, not more people
    if strict and re.search(r"(?<!\w)а\s+(?:також|также)(?!\w)", between, re.IGNORECASE):
        return False  # "..., а також ще шестеро дітей отримали поранення": a new statement, not the same verb
    if any(
        w in ("–", "—", "-", ":") or re.fullmatch(r"них|яких|которых|них", w, re.I) for w in words
    ) or not any(re.fullmatch(r"і|й|та|и|,|також|также", w, re.IGNORECASE) for w in words):
        return False
    return all(
        _GLUE_WORDS.match(w) or _FILLER.match(w) or _CHILD_WORD.match(w) or _PERSON_WORD.match(w)
        for w in words
    )


def _children_listed_after_colon(clause: str, numbers, kinds, counts) -> list:
    """ "травм зазнали троє людей: 45-річні чоловік та жінка, а також 7-річний хлопчик": the people
    listed after the count are its members, and a child among them is a child of that count."""
    colon = clause.find(":")
    if colon < 0 and counts:
        # "известно о четырех погибших — женщине, её 10-летней дочери и двух мужчинах": a dash does the same
        dash = re.search(r"\s[—–]\s", clause[counts[0].start :])
        colon = counts[0].start + dash.start() if dash else -1
    if colon < 0:
        return []
    heads = [c for c in counts if c.field in (KILLED, INJURED) and c.start < colon]
    # "Серед них є діти: немовля 7 місяців, хлопець 14 років та дівчинка 8 років": children of the toll before
    among = re.match(r"^\W*(?:серед|среди)\s+(?:них|яких|которых)\b", clause, re.IGNORECASE)
    if (not heads and not among) or any(c.field.startswith("children") for c in counts):
        return []
    listed = [n for n, k in zip(numbers, kinds) if k is None and n.start > colon and n.person and n.child]
    if not listed:
        return []
    field = f"children_{heads[-1].field}" if heads else "children_inherit"
    return [Count(field, sum(n.value for n in listed), False, listed[0].start)]


_PRONOUN_TOLL = re.compile(r"(?<!\w)(?:їх|их)(?!\w)", re.IGNORECASE)
_TOLL_NOUN = re.compile(
    r"(?<!\w)(?:кількість|кількості|количество|количества|число|числа)\s+(?:[\w'’ʼ-]+\s+){0,2}?(?P<what>[\w'’ʼ-]+)",
    re.IGNORECASE,
)


def toll_kind(text: str) -> str | None:
    """Which toll "кількість загиблих / число пострадавших" in ``text`` speaks of (the last one named)."""
    kinds = [_kind_of(m.group("what")) for m in _TOLL_NOUN.finditer(text)]
    kinds = [k for k in kinds if k in (KILLED, INJURED)]
    return kinds[-1] if kinds else None


def _add_one_more(clause: str, counts: list) -> list:
    """ "Одна людина загинула на місці, ще одна ... померла": "ще" adds to the same toll told before."""
    result: list = []
    for count in counts:
        earlier = [c for c in result if c.field == count.field]
        if earlier and re.search(r"(?<!\w)(?:ще|еще|ещё)\s+$", clause[: count.start], re.IGNORECASE):
            previous = earlier[-1]
            result[result.index(previous)] = Count(
                previous.field,
                previous.value + count.value,
                previous.at_least or count.at_least,
                previous.start,
            )
            continue
        result.append(count)
    return result


# Phrases that say what one word says, read as that word (of the same length, so offsets hold):
# "медичну допомогу отримали двоє" are two hurt, "оборвал жизнь у двух женщин" two dead.
_SAME_AS = re.compile(
    r"(?P<injured>(?:медичну|медицинскую)\s+(?:допомогу|помощь)\s+(?:отримал\w*|получил\w*)|"
    r"(?:отримал\w*|получил\w*)\s+(?:медичну|медицинскую)\s+(?:допомогу|помощь)|"
    # "медичної допомоги потребували 34 людини", "в медицинской помощи нуждались пятеро"
    r"(?:медичної|медицинской)\s+(?:допомоги|помощи)\s+(?:потребувал\w*|потребува\w*|нуждал\w*)|"
    r"(?:потребувал\w*|нуждал\w*)\s+(?:в\s+)?(?:медичної|медицинской)\s+(?:допомоги|помощи))|"
    r"(?P<killed>(?:обірвав|обірвала|обірвали|оборвал|оборвала|оборвали)\s+(?:життя|жизнь|жизни))",
    re.IGNORECASE,
)
_SAME_AS_WORD = {"injured": "постраждали", "killed": "загинули"}


def _same_length(match: re.Match, word: str) -> str:
    return word + " " * max(0, len(match.group(0)) - len(word))


def find_counts(clause: str):
    """Casualty figures in a Ukrainian or Russian clause, and notes for casualties without a number.

    Same contract as :func:`data.extraction.extract.find_counts`.
    """
    clause = _SAME_AS.sub(lambda m: _same_length(m, _SAME_AS_WORD[m.lastgroup]), clause)
    numbers = list(find_numbers(clause))
    kinds = [count_kind(clause, n) for n in numbers]
    for position in range(1, len(numbers)):
        # "серед них чотири жінки та двоє дітей": the part's list goes on
        if (
            kinds[position] is None
            and kinds[position - 1] is not None
            and kinds[position - 1][0] == "inherit"
            and _listed(clause[numbers[position - 1].end : numbers[position].start])
        ):
            kinds[position] = ("inherit", numbers[position].child)
    # People listed together share what the list says of them: "хлопчик і його мати загинули".
    for position in range(len(numbers) - 2, -1, -1):
        if (
            kinds[position] is None
            and kinds[position + 1] is not None
            and _listed(clause[numbers[position].end : numbers[position + 1].start], strict=True)
        ):
            kinds[position] = (kinds[position + 1][0], numbers[position].child)
    for position in range(1, len(numbers)):
        # "поранені хлопчики 6 й 11 років та 17-річна дівчина": the list goes on after the verb's people.
        if (
            kinds[position] is None
            and kinds[position - 1] is not None
            and numbers[position].person
            and numbers[position - 1].person
            and _listed(clause[numbers[position - 1].end : numbers[position].start], strict=True)
        ):
            kinds[position] = (kinds[position - 1][0], numbers[position].child)
    counts: list = []
    last_adult: str | None = None
    group: list = []
    group_inherited = False
    described = 0
    for position, (number, kind) in enumerate(zip(numbers, kinds)):
        if kind is None:
            continue
        base, child = kind
        inherited = base == "inherit"
        if described and child and not inherited and number.value <= described:
            # "серед них ... двоє дітей, один малюк 2 рочки ..., хлопчик 15 років": the two children described
            described -= number.value
            continue
        described = number.value if inherited and child else 0
        if (
            base == "inherit"
            and position
            and kinds[position - 1] is None
            and not numbers[position - 1].person
        ):
            if child and last_adult is not None and _PATIENTS_STATE_PART.match(clause[numbers[position - 1].end :]):
                # "37 поранених, 19 - у тяжкому стані, у тому числі 4 дітей": children among a part of the
                # hurt, so at least that many children hurt
                counts += _list_counts(group)
                group = []
                counts.append(Count(f"children_{last_adult}", number.value, True, number.start))
            continue  # "психологи допомогли 194 особам, з них – 11 дітей": a part of a figure that is no toll
        if base == "inherit":
            if not child:
                continue  # "з них шестеро отримали допомогу": a part, not a count of its own
            if last_adult is None:
                # "Серед них 10-річний хлопчик": children of the count the sentence before gave.
                group_end = _list_counts(group)
                counts += group_end
                group = []
                counts.append(Count("children_inherit", number.value, number.at_least, number.start))
                continue
            base = last_adult
        if not child:
            last_adult = base
        hospital = re.compile(r"^\W*(?:\S+\s+){0,2}?(?:госпіталізов|госпитализир|шпиталізов)", re.IGNORECASE)
        part_of_it = (
            bool(hospital.match(clause[number.end :]))
            # the word before this number, not after it: "50 людей, 40 госпіталізовано" reaches it in two words
            and not hospital.match(clause[numbers[position - 1].end : number.start] if position else "")
            # ("поранено 47-річну жінку та 18-річного хлопця, їх було госпіталізовано": all of them)
            and not re.match(
                r"^\W*(?:їх|их|обох|обоих|усіх|всіх|всех)\s", clause[number.end :], re.IGNORECASE
            )
        )  # "звернулися 50 людей, 40 госпіталізовано": the hospitalised are some of them
        if (
            group
            and group[-1][1] == base
            and not part_of_it
            and inherited == group_inherited  # "загинули 12 людей, троє з них – діти": three of the twelve
            and _listed(clause[numbers[position - 1].end : number.start])
        ):
            group.append((number, base, child))
            continue
        counts += _list_counts(group)
        group = [(number, base, child)]
        group_inherited = inherited
    counts += _list_counts(group)
    counts += _children_listed_after_colon(clause, numbers, kinds, counts)
    counts = _add_one_more(clause, counts)
    for position, count in enumerate(counts):
        # "п'ятеро дорослих": only the grown-ups; the event adds the children it already has.
        if count.field in (KILLED, INJURED) and re.match(
            r"^\S+\s+(?:дорослих|дорослі|взрослых|взрослые)\b", clause[count.start :], re.IGNORECASE
        ):
            counts[position] = Count(count.field, count.value, count.at_least, count.start, adults=True)
    for match in _PRONOUN_TOLL.finditer(clause) if not counts else ():
        # "Кількість постраждалих зросла – на зараз їх 14", "По состоянию на сейчас их пятеро".
        number = next((n for n in numbers if 0 <= n.start - match.end() <= 12), None)
        if number is not None:
            kind = toll_kind(clause[: match.start()])
            counts.append(Count(kind or "toll_inherit", number.value, number.at_least, number.start))
    for number in numbers if not counts else ():
        # "їхня кількість зросла до 6", "их число выросло до 9": the toll the sentence before named
        if re.search(
            r"(?<!\w)(?:їхня|їхнє|їх|их)\s+(?:кількість|число|количество)\s+(?:[\w'’ʼ]+\s+){0,2}до\s*$",
            clause[: number.start],
            re.IGNORECASE,
        ):
            counts.append(Count("toll_inherit", number.value, number.at_least, number.start))
    if (
        not counts
        and re.search(r"(?<!\w)(?:вона|він|она|он)(?!\w)", clause, re.IGNORECASE)
        and (_FATAL.search(clause) or _PRONOUN_DIED.search(clause))
    ):
        # "від отриманих травм вона померла": the one person the report is about died.
        counts.append(
            Count(KILLED, 1, False, (_FATAL.search(clause) or _PRONOUN_DIED.search(clause)).start())
        )
    for match in _NOBODY.finditer(clause):
        text = match.group(0).lower()
        if re.search(
            r"(?<!\w)(?:не|не\s+обійшлося|не\s+обошлось|не\s+обошлось)\s*$", clause[: match.start()], re.I
        ):
            continue  # "не обошлось без пострадавших", "не без жертв": there were casualties
        counts.append(Count(KILLED, 0, False, match.start()))
        if "жертв" not in text or re.search(r"постраждал|пострадав|поранен|ранен|потерпіл", text):
            # ("без жертв і постраждалих": neither killed nor hurt; "жертв немає" alone: no one killed)
            counts.append(Count(INJURED, 0, False, match.start()))
    notes: list[str] = []
    for match in _SOME.finditer(clause):
        kind = _kind_of(match.group("what"))
        if not any(c.field == kind for c in counts):
            notes.append(f"{'killed' if kind == KILLED else 'injured'} reported, no figure given")
    if _CHILDREN_SOME.search(clause) and not any(c.field.startswith("children") for c in counts):
        notes.append("children among the casualties, number not given")
    return counts, notes


# --- places --------------------------------------------------------------------

# Case endings to take off a place name, and what may replace them; longest first.
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ському", ("ськ", "ський", "ське")),
    ("ського", ("ськ", "ський", "ське")),
    ("ськом", ("ськ",)),
    ("ському", ("ськ",)),
    ("ську", ("ськ", "ська")),
    ("ська", ("ськ",)),
    ("ське", ("ськ",)),
    ("ской", ("ск", "ская")),
    ("ского", ("ск", "ский", "ское")),
    ("ском", ("ск", "ский", "ское")),
    ("ску", ("ск", "ская")),
    ("ска", ("ск",)),
    ("ске", ("ск",)),
    # Neuter adjectival names: Боковому, Дробишевого, Піщаному -> Бокове, Дробишеве, Піщане.
    ("ому", ("е", "ий")),
    ("ого", ("е", "ий")),
    ("жжям", ("жжя",)),
    ("жжі", ("жжя",)),
    ("жжю", ("жжя",)),
    ("ьем", ("ье",)),
    ("ья", ("ье",)),
    ("ью", ("ье",)),
    ("ьи", ("ье",)),
    ("ові", ("", "о")),
    ("ова", ("",)),
    ("ову", ("",)),
    ("овом", ("",)),
    ("ою", ("а", "я")),
    ("ею", ("а", "я")),
    ("єю", ("я",)),
    ("ці", ("ка", "ця")),
    ("ки", ("ка",)),
    ("ку", ("ка",)),
    ("кою", ("ка",)),
    ("зі", ("га", "г")),
    ("ах", ("и", "ы", "")),
    ("ях", ("і", "и")),
    ("ам", ("и", "ы")),
    ("ом", ("", "о")),
    ("ем", ("", "ь", "е")),
    ("ій", ("а", "я")),
    ("ої", ("а",)),
    ("ій", ("а",)),
    ("і", ("", "а", "я", "о", "ь", "и", "е")),
    ("и", ("а", "", "я")),
    ("ы", ("а", "")),
    ("у", ("", "а", "о", "ь")),
    ("ю", ("я", "ь", "")),
    ("а", ("", "о", "ь", "е")),
    ("я", ("", "ь", "і", "е")),
    ("е", ("", "а", "ь", "о")),
    ("о", ("", "а")),
)
_ALTERNATION = (
    (r"ов$", "ів"),
    (r"ев$", "ів"),
    (r"єв$", "їв"),
    (r"ор$", "ір"),
    (r"ог$", "іг"),
    (r"он$", "ін"),
)
# Regions named as a land ("на Сумщині", "Донеччина", "Запоріжжя" after "на").
_REGION_SUFFIXES = (("ська", "щина"), ("цька", "ччина"), ("зька", "жжя"))
_REGION_EXTRA = {
    "волинь": "UA-07",
    "закарпаття": "UA-21",
    "буковина": "UA-77",
    "прикарпаття": "UA-26",
    "слобожанщина": "UA-63",
    "харьковщина": "UA-63",
    "сумщина": "UA-59",
    "одесщина": "UA-51",
    "одесчина": "UA-51",
    "херсонщина": "UA-65",
    "донетчина": "UA-14",
    "днепропетровщина": "UA-12",
    "николаевщина": "UA-48",
    "черниговщина": "UA-74",
    "полтавщина": "UA-53",
    "киевщина": "UA-32",
    "криворіжжя": "UA-12",
}
# Russian names of the oblasts, as adjectives without their ending ("Херсонской области", "Запорожская ОВА").
# The gazetteer's oblast names are Ukrainian and English only.
_RUSSIAN_OBLASTS = {
    "винницк": "UA-05",
    "волынск": "UA-07",
    "луганск": "UA-09",
    "днепропетровск": "UA-12",
    "донецк": "UA-14",
    "житомирск": "UA-18",
    "закарпатск": "UA-21",
    "запорожск": "UA-23",
    "ивано-франковск": "UA-26",
    "киевск": "UA-32",
    "кировоградск": "UA-35",
    "львовск": "UA-46",
    "николаевск": "UA-48",
    "одесск": "UA-51",
    "полтавск": "UA-53",
    "ровенск": "UA-56",
    "сумск": "UA-59",
    "тернопольск": "UA-61",
    "харьковск": "UA-63",
    "херсонск": "UA-65",
    "хмельницк": "UA-68",
    "черкасск": "UA-71",
    "черниговск": "UA-74",
    "черновицк": "UA-77",
}
_ADJECTIVE_ENDING = re.compile(r"(?:ая|ой|ую|ий|ого|ому|ом|ие|их|ым|ими|ое)$")
NOT_PLACES = {
    "москва",
    "кремль",
    "росія",
    "россия",
    "рф",
    "україна",
    "украина",
    "білорусь",
    "беларусь",
    "вашингтон",
    "лондон",
    "париж",
    "брюссель",
    "стамбул",
    "женева",
    "мінськ",
    "минск",
    "бєлгород",
    "белгород",
    "курськ",
    "курск",
    "брянськ",
    "брянск",
    "ростов",
    "європа",
    "европа",
    "нато",
    "сша",
    "telegram",
    "телеграм",
    # "Глава міської військової адміністрації ...": an official's title at the start of a sentence (the
    # village Hlavani is not meant)
    "глава",
    "голова",
    # A preposition that opens a sentence ("Из шести раненых четверо – дети"): not the village Iza
    "из",
    "із",
    "зі",
    # The adjective "Ukrainian" in the forms the town Українськ does not share ("Українські військові
    # знешкодили ..."): not the town
    "українські",
    "український",
    "українське",
    "українського",
    "українських",
    "українським",
    "українськими",
    "украинские",
    "украинский",
    "украинское",
    "украинского",
    "украинских",
    "украинским",
}
# First names a town shares ("Володимир Погорєлий" among the dead): a person when a capitalised surname
# follows
_FIRST_NAMES = {"володимир", "владимир"}
_SURNAME_AFTER = re.compile(r"^\s+[А-ЯІЇЄҐ][а-яіїєґ'’ʼ]+(?:ий|ій|ов|ев|єв|ін|ин|ко|ук|юк|чук|ич|ський|цький|ва|на)\b")
_OBLAST_WORD_AFTER = re.compile(
    r"^\s*(?:област[іяьи]|область|обл\.|області|областей|региона?|регіон[уі]?)\b", re.I
)
_OFFICIAL_AFTER = re.compile(
    r"^\s*(?:ОВА|ОДА|МВА|РВА|ОГА|ГВА|обласн\w*|міськ\w*|районн\w*|областн\w*|городск\w*|военн\w*|військов\w*|"
    r"прокуратур\w*|поліці\w*|полици\w*|ДСНС|ГСЧС|мер\w*|рад[аиі])\b",
)
_OFFICIAL_BEFORE = re.compile(
    r"(?:мер|мера|мэр|мэра|голова|голови|очільник\w*|начальник\w*|глава|главы|губернатор\w*|керівник\w*|"
    r"міський\s+голова|городской\s+голова|поліці\w*|полици\w*|прокуратур\w*|адміністраці\w*|администраци\w*|"
    r"ОВА|ОДА|МВА|управлінн\w*|управлени\w*|служб\w*|влад[аиі]|власт[иь]|влада)\s+(?:міста\s+|города\s+)?$",
    re.IGNORECASE,
)
_LAND_BEFORE = re.compile(r"(?:^|\s)на\s+$", re.IGNORECASE)
# "після атаки на Одесу обстріляли Ізмаїльський район": the earlier attack is a reference, not this one.
_REFERENCE_BEFORE = re.compile(
    r"(?:після|после|слідом\s+за|вслед\s+за)\s+(?:\w+\s+)?(?:атаки|атак|удару|ударів|обстрілу|обстрела|удара)\s+"
    r"(?:на|по)\s+$"
    # "мікроавтобус, який прямував із Білопілля": where someone came from is not where the attack was.
    r"|(?:прямував\w*|їхав\w*|їхал\w*|ехал\w*|следовал\w*|направлял\w*|виїжджал\w*|выезжал\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:із|з|зі|из|от|від)\s+$"
    # "його госпіталізували в Херсон", "доставлены в Днепр": where the wounded were taken, not the attack.
    r"|(?:госпіталізува\w*|госпитализирова\w*|доставил\w*|доставлен\w*|доставили|доправил\w*|доправлен\w*|"
    r"перевезл\w*|перевезен\w*|евакуйова\w*|эвакуирова\w*)\s+(?:\w+\s+){0,3}?(?:в|у|до|во)\s+"
    r"(?:(?:лікарн\w*|больниц\w*|медзаклад\w*|госпитал\w*|шпитал\w*)\s+)?$"
    # "з лівого берега Дніпра": the river, not the city.
    r"|(?:берег\w*|річк\w*|річц\w*|рек\w*|вздовж|вдоль|озер\w*|ставк\w*|ставу|водосховищ\w*|пруд\w*)\s+$"
    # "авто, яке рухалося трасою на Прудянку": where a road leads, not where the attack was
    r"|(?:трас\w*|дорог\w*|автодорог\w*|шлях\w*)\s+(?:\w+\s+){0,2}?(?:на|до)\s+$|(?:в|у)\s+(?:напрямку|направлении)\s+$"
    # "обстрілу Миколаєва з боку Херсону", "со стороны Белгорода": where the fire came from
    r"|(?:з|зі|із)\s+(?:боку|сторони)\s+$|со\s+стороны\s+$",
    re.IGNORECASE,
)
# "села Новояковлівка": a settlement the gazetteer may not list; kept by its name, without a point.
_SETTLEMENT_WORD = re.compile(
    r"(?:^|(?<=\s))(?:село|села|селі|селе|селу|селом|селище|селища|селищі|смт|поселок|посёлок|поселка|поселке|деревня|деревни|"
    r"деревне|хутір|хутора|хуторі|селам|сёлам|селах|сёлах|селами|сіл|селищам|селищах|поселкам|поселкам|"
    # "в с. Хотомля", "у с-щі Ківшарівка", "в пос. Ковшаровка", "в пгт Боровая": the abbreviations of a roundup
    r"с\.|сел\.|с-ще|с-щі|с-ща|смт\.|пос\.|пгт\.?)\s+"
    # "в пос. Казачья Лопань Дергачевской громады": two words, unless the second is the community's
    r"(?P<name>[А-ЯІЇЄҐ][\w'’ʼ-]+(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]+(?![\w'’ʼ-])(?!\s+(?:громад|общин|район|област|обл\.|ОТГ|сільськ|сельск|"
    r"селищн|поселков|міськ|городск|територ|территор)))?)(?![\w'’ʼ-])"
    # "в селі Новгород-Сіверської громади": a village of that community, its name not given
    r"(?!\s+(?:громад|общин|район|област|обл\.|ОТГ|сільськ|сельск|селищн|міськ|городск|територ|территор))(?P<more>(?:\s*(?:,|і|й|та|и)\s+[А-ЯІЇЄҐ][\w'’ʼ-]+)*)",
)
_DISTRICT_AFTER = re.compile(
    # "Марганецкой и Покровской общинам": the first of two adjectives shares the noun after the second
    # ("Хотинська, Миколаївська сільська, Білопільська ... громади": a village community among them)
    r"^(?:\s+(?:сільськ|селищн|сельск|поселков)\w*(?=\s*,))?"
    r"(?:(?:,|\s+(?:и|і|та|й)|,\s+(?:и|і|та|й))\s+[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк)\w*"
    r"(?:\s+(?:сільськ|селищн|сельск|поселков)\w*(?=\s*,))?){0,8}"
    r"\s*(?:район\w*|громад\w*|ОТГ|селищн\w*\s+громад\w*|(?:територіальн|сільськ|сельск|поселков|территориальн)\w*\s+"
    r"(?:громад|общин)\w*|общин\w*|обществ\w*|сельсовет\w*|старостат\w*|старостинськ\w*\s+округ\w*)\b",
    re.IGNORECASE,
)
_NAME = re.compile(
    r"(?<![\w'’ʼ])[А-ЯІЇЄҐ][\w'’ʼ]*(?:-[А-ЯІЇЄҐа-яіїєґ][\w'’ʼ]*)*"
    r"(?:\s+[А-ЯІЇЄҐ][\w'’ʼ]*(?:-[А-ЯІЇЄҐа-яіїєґ][\w'’ʼ]*)*){0,2}"
)


def name_forms(word: str) -> list[str]:
    """Nominative forms a place name written in any case may have, most likely first.

    Examples
    --------
    >>> "харків" in name_forms("Харкові") and "костянтинівка" in name_forms("Костянтинівці")
    True
    """
    word = word.lower().replace("’", "'").replace("ʼ", "'")
    forms = [word]
    for ending, replacements in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= (2 if len(ending) >= 2 else 3):
            stem = word[: -len(ending)]
            for replacement in replacements:
                forms.append(stem + replacement)
                for pattern, repl in _ALTERNATION:
                    # Харкові -> Харків, Розі -> Ріг: the і of the name's last syllable comes back.
                    if re.search(pattern, stem + replacement):
                        forms.append(re.sub(pattern, repl, stem + replacement))
    for lemma in lemmas(word):
        forms.append(lemma)
    for language in ("uk", "ru"):
        for parse in analyzer(language).parse(word)[:2]:
            inflected = parse.inflect({"nomn"})
            if inflected is not None:
                forms.append(inflected.word)
    seen: list[str] = []
    for form in forms:
        if form not in seen:
            seen.append(form)
    return seen


@lru_cache(maxsize=1)
def _region_lands() -> dict[str, str]:
    """ "харківщина" -> "UA-63": region names formed from each oblast's adjective, plus a few by tradition."""
    lands = dict(_REGION_EXTRA)
    places = load_gazetteer().places.drop_duplicates("oblast_iso")
    for iso, name_uk in zip(places.oblast_iso, places.oblast_name_uk):
        adjective = normalize_name(str(name_uk).split()[0])
        for ending, land in _REGION_SUFFIXES:
            if adjective.endswith(ending):
                lands[adjective[: -len(ending)] + land] = iso
    return lands


def _oblast_mention(oblast):
    # Named as in English reports ("Kharkiv"), so that the same oblast pairs across languages.
    name = _REGION_IN_NAME.sub("", oblast.name)
    return Mention(
        name, 0, 0, "oblast", True, oblast.iso, name, oblast.latitude, oblast.longitude, oblast.name
    )


_NOT_A_NAME_POS = {
    "ADVB",
    "ADJS",
    "VERB",
    "INFN",
    "GRND",
    "PRTS",
    "CONJ",
    "PREP",
    "PRCL",
    "NPRO",
    "PRED",
    "INTJ",
}


@lru_cache(maxsize=5_000)
def _common_word(word: str) -> bool:
    """An adverb, verb or other word that is never a place name, in both languages' dictionaries."""
    # The Ukrainian dictionary must say so (the Russian one guesses "Харків" is a gerund), and the Russian
    # one too unless the word is Ukrainian by its letters.
    tops = {}
    for language in ("uk", "ru"):
        parses = analyzer(language).parse(word)
        if any("Geox" in str(p.tag) for p in parses):
            return False
        tops[language] = bool(parses and parses[0].tag.POS in _NOT_A_NAME_POS)
    return tops["uk"] and (tops["ru"] or bool(re.search(r"[іїєґ]", word, re.IGNORECASE)))


_ACTOR_GENITIVE = re.compile(r"^(?:рф|росії|россии|ворога|врага|окупантів|оккупантов|армії|армии|агресора)$")


@lru_cache(maxsize=5_000)
def _sentence_word(word: str, following: str) -> bool:
    """ "Мирна жителька", "Атаки рф": an ordinary adjective before its noun, or a noun before the attacker,
    at the start of a sentence; the dictionary knows the word and never as a place."""
    languages = ("uk",) if re.search(r"[іїєґ]", word + following, re.IGNORECASE) else ("uk", "ru")
    found = False
    for language in languages:
        parses = analyzer(language).parse(word.lower())
        if any("Geox" in str(p.tag) for p in parses):
            return False
        top = parses[0] if parses else None
        if not (top and top.is_known):
            continue
        if top.tag.POS in ("ADJF", "ADJS") and following:
            nouns = analyzer(language).parse(following)
            found = found or bool(nouns and nouns[0].is_known and nouns[0].tag.POS == "NOUN")
        if top.tag.POS == "NOUN" and _ACTOR_GENITIVE.match(following):
            found = True
    return found


def _starostat_village(stem: str) -> str | None:
    """The village a starostat adjective's stem most likely names: стецьків -> Стецьківка,
    великочернеччин -> Велика Чернеччина; None when no nominative is likely."""
    compound = re.match(r"(нов|велик|мал|стар|верхн|нижн)(?:о|ьо|е)(\w{3,})$", stem)
    head = ""
    if compound:
        head, stem = compound.group(1) + "а ", compound.group(2)
    if re.search(r"[іїи]в$", stem):
        village = stem + "ка"
    elif stem.endswith("ин"):
        village = stem + "а"
    else:
        return None
    return " ".join(word.capitalize() for word in (head + village).split())


_ELLIPSIS_AFTER = re.compile(
    # "у Шосткинській — об'єкт", "Миколаївська сільська – загинув", "В Есманській пошкоджено ..."
    r"^(?:\s*(?:сільськ|селищн|міськ|сельск|поселков|городск)\w*)?\s*[-–—]|"
    r"^\s+(?:пошкоджен|зруйнован|понівечен|загину|постражд|поранен|травмован|повреждет|разрушен|погиб|пострадал)",
    re.IGNORECASE,
)
_ELLIPSIS_NOUN = re.compile(r"(?<!\w)(област|обл\.|громад|общин|район|ОТГ)", re.IGNORECASE)


def _elliptic_district(name: str, after: str, before: str) -> str | bool:
    """A community's, raion's or oblast's adjective whose noun is left out: "У Харківському районі ...,
    у Куп'янському - приватний будинок", "у Сумській — обʼєкти", "Сумська – постраждала 44-річна жінка".

    "oblast" when the noun understood is an oblast ("у Харківській області ..., у Донецькій — ..."),
    True for a community or raion, False when the word is no such adjective.
    """
    if not re.search(r"(?:ськ|цьк|зьк|ск|цк)(?:а|ій|ої|у|ою|ая|ой|ую|ому|ого|ий|ом|ім|ое)$", name):
        return False
    if not _ELLIPSIS_AFTER.match(after):
        return False
    # ("У Харківському районі області ..., у Куп'янському -": the raion is the noun understood)
    nouns = _ELLIPSIS_NOUN.findall(re.sub(r"(?<=район)(\w*)\s+(?:області|области)", r"\1", before))
    if nouns and nouns[-1].lower().startswith("обл"):
        return "oblast"
    if re.search(r"(?:ому|ого|ий|ом|ім|ое)$", name) and not nouns:
        return False  # a masculine or neuter adjective may be a village's own name ("у Боковому")
    return True


_HOSPITAL_AFTER = re.compile(
    # "до Семенівської міської лікарні": a hospital named after its town is where the hurt were taken
    r"^\s*(?:(?:міськ|районн|обласн|центральн|багатопрофільн|городск|областн|дитяч|детск)\w*\s+)*"
    r"(?:лікарн|больниц|госпітал|госпитал|медзаклад)",
    re.IGNORECASE,
)


# "(двоє дітей у Дніпрі у вкрай тяжкому стані)": where the hurt lie in hospital, not where they were hurt
_PATIENTS_STATE_AFTER = re.compile(
    r"^\s*(?:у|в)\s+(?:(?:вкрай|дуже|украй|крайне|очень)\s+)?(?:тяжк|важк|критичн|тяжел|тяжёл|стабільн|стабильн"
    r"|задовільн|удовлетворительн|середн\w*\s+(?:тяжк|важк|тяжест))\w*\s+(?:стан|состояни)",
    re.IGNORECASE,
)
# A capitalised name, and what joins the items of a list ("A, B і C").
_CAPITALISED = r"[А-ЯІЇЄҐ][\w'’ʼ-]*"
_LIST_JOIN = r"(?:\s*,\s*|\s+(?:і|й|та|и)\s+)"
_SETTLEMENTS_OF_RAIONS_BEFORE = re.compile(
    rf"(?:населен\w+\s+пункт\w*|сіл|сел|громад\w*|общин\w*)\s+(?:{_CAPITALISED}{_LIST_JOIN})*$",
    re.IGNORECASE,
)
_RAIONS_AFTER = re.compile(rf"^(?:{_LIST_JOIN}{_CAPITALISED})*\s+(?:район(?:ів|ов)|районах)\b", re.IGNORECASE)

_RAION_LIST = re.compile(
    rf"(?P<list>{_CAPITALISED}(?:{_LIST_JOIN}{_CAPITALISED}){{2,}})\s+(?:райони|районы|районів|районов|районах)\b"
)


def resolve_place(name: str, after: str = "", before: str = ""):
    """A Mention for a Cyrillic place name in any case, or None.

    ``after`` / ``before`` are the words around it: "Харківської області" is the
    oblast, "на Запоріжжі" the region, "у Запоріжжі" the city.
    """
    tokens = name.split()
    if normalize_name(name) in NOT_PLACES or normalize_name(tokens[0]) in NOT_PLACES:
        return "blocked"
    if len(tokens) == 1 and normalize_name(name) in _FIRST_NAMES and _SURNAME_AFTER.match(after):
        return "blocked"
    if _HOSPITAL_AFTER.match(after) or (_PATIENTS_STATE_AFTER.match(after) and _LOCATIVE_BEFORE.search(before)):
        return "blocked"
    if (
        len(tokens) == 1
        and _RAIONS_AFTER.match(after)
        and _SETTLEMENTS_OF_RAIONS_BEFORE.search(before)
    ):
        # "16 населених пунктів Богодухівського, Харківського ... та Куп'янського районів": the raions
        # only say where the settlements lie (a summary; the settlements are told after it)
        return None
    locative = bool(_LOCATIVE_BEFORE.search(before))
    elliptic = len(tokens) == 1 and _elliptic_district(name, after, before)
    if elliptic == "oblast":
        for form in name_forms(tokens[0]):
            oblast = find_oblast(form) if re.search(r"(?:ськ|цьк|зьк|ск|цк)[аяий]?$", form) else None
            if oblast is not None:
                return _oblast_mention(oblast)
        iso = _RUSSIAN_OBLASTS.get(_ADJECTIVE_ENDING.sub("", tokens[0].lower()))
        return _oblast_mention(find_oblast(iso)) if iso is not None else None
    if (
        len(tokens) == 1
        and not elliptic
        and _common_word(tokens[0])
        and not (locative and re.search(r"(?:ому|ім)$", name))
    ):
        # ("у Боковому", "у Дробишевому": a village's adjectival name after "у" is the village)
        return None  # "Частково зруйновано ...": a capitalised adverb at the start of a sentence
    if len(tokens) > 1 and _OBLAST_WORD_AFTER.match(after):
        return None  # "село Богатир Донецької області": the village, then its oblast, each on its own
    if _OBLAST_WORD_AFTER.match(after) or (
        _OFFICIAL_AFTER.match(after)
        and len(tokens) == 1
        and not re.match(r"^\s*(?:міськ|городск)\w*", after, re.IGNORECASE)
    ):
        # An adjective: "Харківської області", "Донецької ОВА", "Херсонська МВА".
        for form in name_forms(tokens[-1]):
            oblast = find_oblast(form) if re.search(r"(?:ськ|цьк|зьк|ск|цк)[аяий]?$", form) else None
            if oblast is not None:
                return _oblast_mention(oblast)
        iso = _RUSSIAN_OBLASTS.get(_ADJECTIVE_ENDING.sub("", tokens[-1].lower()))
        if iso is not None:
            # "Херсонской области": the Russian adjective.
            return _oblast_mention(find_oblast(iso))
        if _OBLAST_WORD_AFTER.match(after):
            return None  # an oblast's adjective is never its capital ("Днепропетровской области")
    lands = _region_lands()
    for form in name_forms(tokens[-1]) if len(tokens) == 1 else []:
        iso = lands.get(normalize_name(form))
        if iso is not None and (
            form not in ("запоріжжя", "запорожье")
            or (tokens[0].lower() == "запоріжжі" and _LAND_BEFORE.search(before))
        ):
            oblast = find_oblast(iso)
            if oblast is not None:
                return _oblast_mention(oblast)
    if len(tokens) == 1 and not before.endswith("район"):
        # "на Нікопольщині", "Синельниківщину", "на Никопольщине": a raion's land is its town, as
        # "Нікопольського району" is (never a village: the raion's town has 10,000 people or more).
        land = next(
            (f for f in name_forms(tokens[0]) if re.search(r"[^щ](?:щина|ччина)$", f) and f not in lands),
            None,
        )
        if land is not None:
            stem = land[: -len("щина")] if land.endswith("щина") else land[: -len("ччина")] + "ц"
            adjective = stem + (
                "ский" if re.search(r"[ыэёъ]", stem) or not re.search(r"[іїєґ]", stem) else "ський"
            )
            mention = resolve_place(adjective.capitalize(), " району", "район ")
            if mention not in (None, "blocked") and _own_population(mention) >= MIN_POPULATION_FOR_RAION:
                mention.district = False
                return mention
    if len(tokens) == 1 and re.match(
        # "Слободской, Шевченковский, Основянский районы Харькова": a list of the city's districts
        r"^(?:(?:,\s*|\s+(?:і|й|та|и)\s+)[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк|ів|ов|ин|ий|ой)\w*){0,6}"
        r"\s*район\w*\s+(?:(?:міста\s+|города\s+)?[А-ЯІЇЄҐ][\w'’ʼ-]*(?<!ої)(?<!ой)(?<!ого)(?<!ї)\b|(?:міста|города)\b)",
        after,
    ):
        return (
            None  # "Шевченківський район Харкова": a district of the city named next, not a place of its own
        )
    # "населені пункти таких громад:" then "• Юнаківська": each item is a community's adjective
    # (also told in a line: "Постраждали території чотирьох громад Сумщини: Юнаківська, Білопільська ... та
    # Шалигінська")
    listed = len(tokens) == 1 and re.search(
        r"(?:громад|общин)\w*(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]*)?\s*:\s*(?:[-–—•*]\s*)?"
        r"(?:[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк)\w*(?:\s*,\s*|\s+(?:і|й|та|и)\s+))*$",
        before,
        re.IGNORECASE,
    )
    # "Київської міської військової адміністрації", "Харьковского городского совета": the city speaks
    city_office = len(tokens) == 1 and re.match(r"^\s*(?:міськ|городск)\w*", after, re.IGNORECASE)
    if len(tokens) == 1 and (_DISTRICT_AFTER.match(after) or listed or city_office or elliptic):
        stem = re.sub(
            r"(?:ськ|цьк|зьк|ск|цк)(?:ий|ого|ому|им|ім|ій|ая|ой|ом|ої|ою|их|у|а|е|і|ое|ую)$",
            "",
            tokens[0].lower(),
        )
        # Ізмаїльський -> Ізмаїл, Марганецькій -> Марганець, Червоногригорівську -> Червоногригорівка
        forms = [
            stem + "ськ",
            stem + "ський",  # Новгород-Сіверської -> Новгород-Сіверський
            stem + "ский",  # Куп'янського, Покровському -> Куп'янськ, Покровськ (not Покров)
            stem + "ск",
            stem,
            stem.rstrip("ь"),
            stem + "ь",
            stem + "и",
            stem + "а",
        ]  # Сумський -> Суми, Полтавській -> Полтава
        if "-" in stem:
            # Середино-Будська -> Середина-Буда: the first part of a compound adjective ends in о
            first, _, rest = stem.partition("-")
            forms += (
                [f"{first[:-1]}а-{rest}а", f"{first[:-1]}а-{rest}", f"{first}-{rest}а"]
                if first.endswith("о")
                else []
            )
        compound = re.match(r"(нов|велик|мал|стар|верхн|нижн|червон|біл|бел)(?:о|ьо|е)(\w{3,})$", stem)
        if compound:
            # Новослобідська -> Нова Слобода, Великописарівська -> Велика Писарівка
            head, rest = compound.groups()
            rests = [rest + "а", rest + "ка", rest, re.sub(r"і(\w)$", r"о\1", rest) + "а"]
            split = [f"{head}{ending} {r}" for ending in ("а", "ий", "е", "ая", "ое") for r in rests]
        else:
            split = []
        if stem.endswith("ян"):
            forms.append(stem[:-1])  # Боромлянська -> Боромля
            forms.append(stem[:-2] + "а")  # Ворожбянська -> Ворожба
        if re.search(r"ь?ев$", stem):
            # Червоногригорьевской -> Червоногригорівка, Андреевской -> Андріївка (a Russian spelling)
            base = re.sub(r"ь?ев$", "", stem)
            forms += [base + "івка", base + "ївка", re.sub(r"е$", "і", base) + "ївка"]
        if stem.endswith("ов"):
            forms.insert(0, stem[:-2] + "івка")  # Новопавловской -> Новопавлівка (the Ukrainian name first)
            forms.append(stem[:-2] + "и")  # Пологовскому -> Пологи
        if stem in ("криворі", "криворіз", "криворож"):
            forms.insert(0, "кривий ріг")  # Криворізький, Криворожский -> Кривий Ріг
        if re.search(r"[^аеиіоуя]ин$", stem):
            forms.append(stem[:-2] + "а")  # Шосткинський -> Шостка
        if stem.endswith("ін"):
            forms.append(stem[:-2] + "ине")  # Шалигінська -> Шалигине
        if re.search(r"[^аеиіоуяєїю]и[^аеиіоуяєїюь]$", stem):
            # "Хотинська" beside Sumy oblast's communities: Хотінь (the и of an older spelling is і)
            forms += [stem[:-2] + "і" + stem[-1], stem[:-2] + "і" + stem[-1] + "ь"]
        if stem.endswith("іль"):
            forms.insert(0, stem[:-1] + "ля")  # Білопільська, Краснопільської -> Білопілля, Краснопілля
        # Синельниківського, Синельниковского -> Синельникове, Синельниково
        forms += [stem + "е", stem + "о", re.sub(r"ів$", "ов", stem) + "е"]
        if re.search(r"[іїи]в$", stem):
            forms.append(stem + "ка")
        if re.search(r"[іе]в$", stem):
            forms.append(stem[:-2] + "ова")  # Межівській, Межевской -> Межова
        # Великомихайлівська -> Великомихайлівка when there is one, else Велика Михайлівка
        forms += split
        if stem.endswith("ів"):
            forms.append(stem[:-2] + "і")  # Дергачівській громаді -> Дергачі
            forms.append(stem[:-2] + "и")  # Річківської громади -> Річки
        if re.search(r"цьк\w*$|цк\w*$", tokens[0].lower()):
            forms += [stem + "ць", stem + "цьк", stem + "цк"]  # Марганецька -> Марганець, Донецька -> Донецьк
            forms.append(stem + "к")  # Кременчуцький -> Кременчук (к before the suffix becomes ц)
        if re.search(r"[^аеиіоуяєїю]е[^аеиіоуяєїюь]$", stem):
            forms.append(
                stem[:-2] + stem[-1] + "и"
            )  # Лубенський -> Лубни: the е of the adjective comes and goes
        hits = []
        for form in forms:
            mention = _lookup(form) if len(form) >= 3 and form != tokens[0].lower() else None
            if mention is not None and all(h.key != mention.key for h in hits):
                hits.append(mention)
        noun = _DISTRICT_AFTER.match(after)
        if noun and re.search(r"район\w*$", noun.group(0), re.IGNORECASE):
            # A raion is named after a town: "у Деснянському, Оболонському районах" of Kyiv are no villages
            # Desna and Obolon, "Самарівського району" no village Samary.
            hits = [h for h in hits if _own_population(h) >= MIN_POPULATION_FOR_RAION]
        if hits:
            hits[0].alternatives = hits[1:]
            hits[0].adjective = True
            return hits[0]
        if not hits and not (noun and re.search(r"район\w*$", noun.group(0), re.IGNORECASE)):
            # "Губиниській громаді" -> Губиниха, "Мар'їнська громада" -> Мар'їнка: the one settlement whose
            # name is the adjective's stem and an ending of up to three letters.
            village = _village_of_stem(stem)
            if village is not None:
                village.adjective = True
                return village
        if stem != tokens[0].lower():
            if re.match(r"^\s*старост", after, re.IGNORECASE):
                # "у Стецьківському старостаті": a starostat is one village, named as its adjective says;
                # kept by that name when the gazetteer lacks it (Стецьківка, Велика Чернеччина)
                name = _starostat_village(stem)
                if name:
                    return Mention(name, 0, 0, "settlement", True, place_name=name)
            return None
    if len(tokens) == 1:
        candidates = name_forms(tokens[0])
    else:
        # "Кривому Розі", "Білій Церкві": each word back to its nominative.
        first = name_forms(tokens[0])[:10]
        last = name_forms(tokens[-1])
        candidates = [f"{a} {b}" for a in first for b in last]
    best = None
    for form in candidates:
        if normalize_name(form) in NOT_PLACES:
            return "blocked"
        mention = _lookup(form)
        if mention is None:
            continue
        if best is None:
            best = mention
        elif _population(mention) >= max(10_000, 10 * _population(best)):
            # "Львове" is a village's own name and the locative of Львов (Lviv): the city is meant.
            best = mention
    if (
        best is not None
        and len(tokens) == 1
        and re.match(r"^\s*район\w*\b", after, re.IGNORECASE)
        and _own_population(best) < MIN_POPULATION_FOR_RAION
    ):
        # "обстріляли Центральний район" of Kherson: a city's district, no village Центральний (a raion
        # is named after a town of 10,000 or more)
        return None
    if (
        best is not None
        and len(tokens) == 1
        and not before.strip(" \t«\"'“(—–-")
        and _sentence_word(tokens[0], re.match(r"\s*([а-яіїєґ'’ʼ]*)", after).group(1))
        and _population(best) < 10_000
    ):
        return None  # "Мирна жителька ...", "Атаки рф на ...": a word that starts the sentence, not a village
    if best is None and locative:
        # A village the gazetteer lists only in Latin ("у Дробишевому" -> Drobysheve): the national
        # romanisation of each nominative form, exact hits only.
        for form in candidates[:6]:
            mention = _lookup(romanize_ukrainian(form))
            if mention is not None:
                return mention
    if best is None and len(tokens) == 2 and not re.search(r"[іїєґ]", name, re.IGNORECASE):
        # A two-word Russian spelling ("Черкасская Лозовая", "в Казачьей Лопани"): each word's Ukrainian
        # spelling, the pair looked up whole (exact hits only)
        mention = _two_word_russian(tokens)
        if mention is not None:
            return mention
    if best is None and len(tokens) == 1 and not re.search(r"[іїєґ]", name, re.IGNORECASE):
        # A Russian spelling the gazetteer lacks ("в Белозерке"): its Ukrainian spelling, for towns only.
        for form in candidates[:6]:
            for guess in _ukrainian_spellings(form):
                mention = _lookup(guess)
                # ("в Кураховке": after a preposition of place a village's Russian name is meant too)
                if mention is not None and (locative or _population(mention) >= MIN_POPULATION_FOR_GUESS):
                    if re.match(r"^\s*район\w*\b", after, re.IGNORECASE) and (
                        _own_population(mention) < MIN_POPULATION_FOR_RAION
                    ):
                        return None  # "обстреляли Центральный район" of Kherson
                    return mention
    return best


_LOCATIVE_BEFORE = re.compile(
    r"(?:^|\s)(?:у|в|во|на|біля|поблизу|під|із|з)\s+(?:(?:с|смт|м)\.\s*)?$", re.IGNORECASE
)

# A guessed Ukrainian spelling is trusted for towns, not for villages whose names recur everywhere.
MIN_POPULATION_FOR_GUESS = 3_000
MIN_POPULATION_FOR_RAION = 10_000


def _ukrainian_spellings(form: str) -> list[str]:
    """Ukrainian spellings a Russian place name may have: Белозерка -> Білозерка, Веселое -> Веселе."""
    base = form.replace("ы", "и").replace("э", "е").replace("ё", "е").replace("ъ", "'")
    base = re.sub(r"(с|ц)к(ое|ая|ий|ой)$", r"\1ьк\2", base)  # Приднепровское -> ...ське
    base = re.sub(r"(с|ц)к$", r"\1ьк", base)  # Зеленодольск -> Зеленодольськ
    base = re.sub(r"^и", "і", re.sub(r"^алекс", "олекс", base))  # Ивановка -> Іванівка, Александровка
    base = re.sub(r"ое$", "е", re.sub(r"ий$", "ий", base))
    guesses = [base] + [base[:i] + "і" + base[i + 1 :] for i, letter in enumerate(base) if letter == "е"]
    if base.endswith("овка"):
        guesses.append(base[:-4] + "івка")  # Семеновка -> Семенівка
    if re.search(r"[бпвмф][яює]", base):
        guesses.append(re.sub(r"([бпвмф])([яює])", r"\1'\2", base))  # Купянск -> Куп'янськ
    if re.match(r"^о[лв]", base):
        guesses.append("ві" + base[1:])  # Ольшаны -> Вільшани, Ольховка -> Вільховка: Ukrainian в before і
    return [g for g in guesses if g != form]


def _russian_word_spellings(word: str) -> list[str]:
    """Ukrainian spellings of one word of a Russian place name in any case: Лозовой -> Лозова."""
    word = word.lower()
    forms = [word]
    for parse in analyzer("ru").parse(word)[:3]:
        nominative = parse.inflect({"nomn", "sing"})
        if nominative is not None and nominative.word not in forms:
            forms.append(nominative.word)
    forms += [word[:-1] + "ь" for _ in [0] if word.endswith("и")]  # Лопани -> Лопань
    spellings: list[str] = []
    for form in forms:
        base = form.replace("ы", "и").replace("э", "е").replace("ё", "е").replace("ъ", "'")
        base = re.sub(r"(с|ц)к(ая|ое|ий|ой)$", r"\1ьк\2", base).replace("сськ", "ськ")  # Черкаська
        base = re.sub(r"(?:ая|ья)$", "а", re.sub(r"ое$", "е", re.sub(r"ой$", "ий", base)))
        for guess in [base, *_ukrainian_spellings(base)]:
            guess = re.sub(r"^каза", "коза", guess)  # Казачья -> Козача
            if guess not in spellings:
                spellings.append(guess)
    return spellings[:10]


def _two_word_russian(tokens: list[str]):
    """The gazetteer's place for a two-word Russian name, or None."""
    for first in _russian_word_spellings(tokens[0]):
        for second in _russian_word_spellings(tokens[1]):
            mention = _lookup(f"{first} {second}")
            if mention is not None:
                return mention
    return None


def _population(mention) -> int:
    gazetteer = load_gazetteer()
    rows = gazetteer.primary.get(normalize_name(mention.place_name or mention.name), [])
    return max((int(gazetteer.places.population.iloc[r]) for r in rows), default=0)


def _village_of_stem(stem: str):
    """The settlement a community adjective's stem names when exactly one name in the gazetteer is that
    stem and up to three letters more ("губини" -> Губиниха), or None."""
    key = normalize_name(stem)
    if len(key) < 5:
        return None
    names = {n for n in _cyrillic_names() if n.startswith(key) and 0 < len(n) - len(key) <= 3}
    return _lookup(names.pop()) if len(names) == 1 else None


@lru_cache(maxsize=1)
def _cyrillic_names() -> tuple[str, ...]:
    return tuple(k for k in load_gazetteer().primary if re.search(r"[а-яіїєґ]", k))


def _own_population(mention) -> int:
    """The population of the place a mention names (its oblast's, not a namesake city district's)."""
    gazetteer = load_gazetteer()
    places = gazetteer.places
    rows = gazetteer.primary.get(normalize_name(mention.place_name or mention.name), [])
    return max(
        (
            int(places.population.iloc[r])
            for r in rows
            if places.oblast_iso.iloc[r] == mention.oblast_iso and not places.likely_city_district.iloc[r]
        ),
        default=0,
    )


_VILLAGE_IN_BRACKETS = re.compile(
    r"(?P<raion>[А-ЯІЇЄҐ][\w'’ʼ-]*)\s+район\w*\s+[^()]{0,80}?\((?:(?:с|сел|смт|пгт|пос|м|г)\.\s*)?(?P<name>[А-ЯІЇЄҐ][\w'’ʼ-]+(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]+)?)\)",
    re.IGNORECASE,
)

_MORE_IN_BRACKETS = re.compile(
    r"[^();]{0,80}?\((?:(?:с|сел|смт|пгт|пос|м|г)\.\s*)?(?P<name>[А-ЯІЇЄҐ][\w'’ʼ-]+(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]+)?)\)"
)


def _listed_village(name: str):
    """A village named after "село" / "с." / "пос." that the gazetteer knows under another spelling of any
    population ("Казачья Лопань" is Kozacha Lopan), or None: the settlement word says it is a place, so
    alternate names of small places are safe here."""
    gazetteer = load_gazetteer()
    # only places the gazetteer also names in Ukrainian: "Луговое" alone is a Crimean village's own name
    rows = [
        r
        for r in gazetteer.index.get(normalize_name(name), [])
        if str(gazetteer.places.name_uk.iloc[r]).strip()
    ]
    if not rows:
        # "в с. Кучеровка": a Russian spelling of a village the gazetteer knows in Ukrainian (Кучерівка)
        return _respelled(name)
    return settlement_mention(gazetteer, name, rows)


_WHICH_LIES_IN = re.compile(
    r",\s*(?:що|яка|який|яке|які|что|которая|который|которое|которые)\s+(?:розташован\w*\s+|расположен\w*\s+)?"
    r"(?:на|у|в|во)\s+$",
    re.IGNORECASE,
)


_STRUCK_NAME = re.compile(
    r"(?<!\w)(?:ударил\w*|вдарил\w*|вдарив|ударив|удари\w*|атакува\w*|атаковал\w*|обстріля\w*|обстреля\w*|"
    r"били|бив|бил[аи]?|цілил\w*|поцілил\w*|целил\w*|скинул\w*|сбросил\w*|гатил\w*)"
    r"(?:\s+(?!по\b|на\b)[\w'’ʼ-]+){0,6}?\s+(?:по|на)\s+"
    r"(?P<name>[А-ЯІЇЄҐ][\w'’ʼ-]+(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]+)?)(?![\w'’ʼ-])",
)


def _nominative_name(name: str) -> str | None:
    """ "Жовтій Кручі" -> "Жовта Круча", "Малинівці" -> "Малинівка": a place name the gazetteer lacks,
    back in the nominative; None for what is not such a name (a common word, one word without a
    village's ending)."""
    words = name.split()
    language = "uk" if re.search(r"[іїєґ]", name, re.IGNORECASE) else "ru"
    morph = analyzer(language)
    if len(words) == 2:
        # an adjective and a noun the dictionary knows that agree in gender and case ("Жовтій Кручі"; a
        # guessed noun may be given the wrong gender: "Малой Токмачке" is no "Малый Токмачок")
        pairs = [
            (a, n)
            for a in morph.parse(words[0].lower())
            if "ADJF" in a.tag
            for n in morph.parse(words[1].lower())
            if "NOUN" in n.tag
            and type(n.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
            and n.tag.gender is not None
            and n.tag.gender == a.tag.gender
            and n.tag.case == a.tag.case
        ]
        if not pairs:
            return None
        adjective, noun = pairs[0]
        first = adjective.inflect({"nomn", noun.tag.gender})
        if first is None:
            return None
        return f"{first.word.capitalize()} {noun.normal_form.capitalize()}"
    forms = [f for f in name_forms(words[0]) if re.search(r"(?:івка|ївка|овка|евка|ове|еве|єве|ине|іне)$", f)]
    if not forms or _common_word(words[0]):
        return None
    return forms[0].capitalize()


def find_places(clause: str) -> list:
    """Places named in a Ukrainian or Russian clause as possible attack sites.

    Same contract as :func:`data.extraction.extract.find_places`: settlements and
    oblasts the gazetteer knows, without speakers, datelines and places abroad;
    ``strong`` is False for a place named as the seat of an office ("мер Харкова",
    "Харківська ОВА").
    """
    mentions = []
    for match in _NAME.finditer(clause):
        words = match.group(0)
        tokens = list(re.finditer(r"\S+", words))
        found = None
        for size in range(len(tokens), 0, -1):
            for first in range(0, len(tokens) - size + 1):
                start, end = tokens[first].start(), tokens[first + size - 1].end()
                candidate = words[start:end]
                absolute_start, absolute_end = match.start() + start, match.start() + end
                mention = resolve_place(candidate, clause[absolute_end:], clause[:absolute_start])
                if mention == "blocked":
                    found = "blocked"
                    break
                if mention is None:
                    continue
                mention.name = candidate
                mention.start, mention.end = absolute_start, absolute_end
                found = mention
                break
            if found:
                break
        if found is None or found == "blocked":
            continue
        after = clause[found.end :]
        before = clause[: found.start]
        if _DATELINE_AFTER.match(after) or _REFERENCE_BEFORE.search(before):
            continue
        if mentions and _WHICH_LIES_IN.search(before):
            continue  # "Межівська громада, що на Синельниківщині": where the place named before lies
        if _OFFICIAL_BEFORE.search(before) or _OFFICIAL_AFTER.match(after):
            found.strong = False
        mentions.append(found)
    # "села Новояковлівка Запорізького району", "Кириківська громада": a district names where a
    # settlement lies; drop it when a settlement is named beside it.
    for match in _SETTLEMENT_WORD.finditer(clause):
        spans = [match.span("name")]
        # "по селах Веселе і Козацьке": every name of the list is a village.
        spans += [
            (match.start("more") + m.start(), match.start("more") + m.end())
            for m in re.finditer(r"[А-ЯІЇЄҐ][\w'’ʼ-]+", match.group("more") or "")
        ]
        for start, end in spans:
            if not any(m.start <= start < m.end for m in mentions):
                name = clause[start:end]
                mention = _listed_village(name)
                if mention is not None:
                    mention.start, mention.end = start, end
                    mentions.append(mention)
                    continue
                mentions.append(Mention(name, start, end, "settlement", True, place_name=name))
    for match in _STRUCK_NAME.finditer(clause):
        # "ударили по Жовтій Кручі": a place the gazetteer lacks, named right after what struck it, kept
        # by its name in the nominative (a two-word name, or one with a village's ending)
        start, end = match.span("name")
        covered = [m for m in mentions if m.start < end and start < m.end]
        if covered and not (
            # ("по Зеленій Діброві" is no village Зелена: a two-word name is whole when its words agree)
            len(covered) == 1
            and covered[0].start == start
            and covered[0].end < end
            and " " in match.group("name")
        ):
            continue
        name = _nominative_name(match.group("name"))
        if name is not None and covered:
            mentions.remove(covered[0])
        if name is None or normalize_name(name) in NOT_PLACES:
            continue
        mentions.append(Mention(match.group("name"), start, end, "settlement", True, place_name=name))
    bracketed = []
    for match in _VILLAGE_IN_BRACKETS.finditer(clause):
        bracketed.append((match, match.span("name"), match.group("name")))
        position = match.end()
        while True:
            # "... складское помещение (с. Ольховка), частный дом (сел. Слатино)": each bracket of the raion
            more = _MORE_IN_BRACKETS.match(clause, position)
            if more is None:
                break
            bracketed.append((match, more.span("name"), more.group("name")))
            position = more.end()
    for match, (start, end), bracket_name in bracketed:
        # "у Лозівському районі пошкоджено приватний будинок (Орілька)": the village in brackets is where
        mentions = [m for m in mentions if not (m.start <= start < m.end)]
        mention = _listed_village(bracket_name)
        if mention is None:
            mention = Mention(bracket_name, start, end, "settlement", True, place_name=bracket_name)
        mention.start, mention.end = start, end
        raion = next((m for m in mentions if m.start == match.start("raion")), None)
        if raion is not None:
            # (in the raion's oblast: "у Богодухівському районі ... (Золочів)" is Kharkiv oblast's Zolochiv)
            _move_to_oblast(mention, raion.oblast_iso)
        mentions.append(mention)
    for match in _RAION_LIST.finditer(clause):
        # "снаряды прилетали в Чугуевский, Харьковский, Богодуховский, Изюмский районы": a list of three or
        # more raions only says where the day's shelling fell; the places hit are told on their own
        # (a toll told with it is the oblast's day)
        start, end = match.span("list")
        listed = [m for m in mentions if start <= m.start < end]
        oblasts = {m.oblast_iso for m in listed}
        mentions = [m for m in mentions if not (start <= m.start < end)]
        if len(oblasts) == 1 and len(listed) >= 2:
            oblast = find_oblast(next(iter(oblasts)))
            if oblast is not None:
                mention = _oblast_mention(oblast)
                mention.name, mention.start, mention.end = match.group("list"), start, end
                mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    mentions = _listed_names(clause, mentions)
    mentions = _regional_centre(clause, mentions)
    for mention in mentions:
        # "у Полтавському районі": a raion, which beside its oblast is the oblast's attack (as in English).
        mention.district = bool(re.match(r"^\s*район\w*\b", clause[mention.end :], re.IGNORECASE))
        nouns = _ELLIPSIS_NOUN.findall(
            re.sub(r"(?<=район)(\w*)\s+(?:області|области)", r"\1", clause[: mention.start])
        )
        if not mention.district and mention.adjective and nouns and nouns[-1].lower() == "район":
            # "у Куп'янському районі ..., в Ізюмському - ..., у Чугуївському - ...": raions too
            mention.district = (
                _elliptic_district(mention.name, clause[mention.end :], clause[: mention.start]) is True
            )
    for position, mention in enumerate(mentions):
        # "по Никополю, Марганецкой и Покровской общинам": of the towns an adjective may name, the one in
        # the oblast of the places named with it.
        others = {m.oblast_iso for m in mentions if m is not mention and not m.alternatives and m.oblast_iso}
        if mention.alternatives and len(others) == 1 and mention.oblast_iso not in others:
            better = next((a for a in mention.alternatives if a.oblast_iso in others), None)
            if better is not None:
                better.name, better.start, better.end = mention.name, mention.start, mention.end
                better.district, better.strong = mention.district, mention.strong
                mentions[position] = better
    kept = []
    for mention in mentions:
        district = _DISTRICT_AFTER.match(clause[mention.end :])
        beside = [
            m
            for m in mentions
            if m is not mention
            and 0 <= mention.start - m.end <= 3
            and not clause[m.end : mention.start].strip()
        ]
        if district and beside:
            continue
        # "у Покровському районі у Боковому": the raion says where the village named next lies.
        # "били по Покровському району: у Кураховому ...": so does a raion before a colon.
        lies_in = re.match(
            r"^\s*район\w*\s*:?\s+(?:у|в|на)\s+(?:(?:с|смт|м|пгт|пос|сел|г)\.\s*"
            r"|(?:пгт|смт|села|селі|селе|селищі|поселке|посёлке|місті|городе)\s+)?",
            clause[mention.end :],
            re.IGNORECASE,
        )
        if lies_in and any(m.start == mention.end + lies_in.end() for m in mentions):
            continue
        # "У Краматорському районі росіяни убили одну людину ... у селі Щурове": the village named later
        # in the clause is where, the raion only says where it lies.
        if mention.district and any(
            m.start > mention.end
            and not m.district
            and re.search(
                r"(?<!\w)(?:с\.|смт|селі|селищі|селе|поселке|пос\.)\s*$|\($", clause[: m.start], re.IGNORECASE
            )
            and not re.search(r"район|громад|общин", clause[mention.end + 6 : m.start], re.IGNORECASE)
            for m in mentions
        ):
            continue
        # "Марганецької територіальної громади Нікопольського району", "в Марганецкой громаде
        # (Днепропетровская область, Никопольский район)", "Новопавловской громады в Синельниковском
        # районе": the raion says where the community named just before lies.
        holds = [
            m
            for m in mentions
            if m.end <= mention.start
            and re.fullmatch(
                r"\s*(?:(?:територіальн|сільськ|селищн|міськ|сельск|поселков|городск|территориальн)\w*\s+)?"
                r"(?:громад\w*|общин\w*|ОТГ)\s*(?:,|\(|у|в|во)?\s*(?:[А-ЯІЇЄҐ][\w'’ʼ-]*\s+(?:област\w*|обл\.)\s*,?\s*)?",
                clause[m.end : mention.start],
                re.IGNORECASE,
            )
        ]
        if mention.district and holds:
            continue
        kept.append(mention)
    return kept


_LIST_ITEM = re.compile(r"[А-ЯІЇЄҐ][\w'’ʼ-]+(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]+)?")
_LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:та|і|й|и)\s+(?:(?:місто|село|селище|город)\s+)?")


def _respelled(name: str):
    """A Ukrainian spelling of a Russian place name that the gazetteer knows ("Приднепровское" ->
    Придніпровське), or None."""
    if " " in name or re.search(r"[іїєґ]", name, re.IGNORECASE):
        return None
    return next((m for g in _ukrainian_spellings(name.lower()) for m in [_lookup(g)] if m), None)


def _listed_names(clause: str, mentions: list) -> list:
    """ "Зимівник, Білозерка, Антонівка, ..., Томарине та місто Херсон": in a list of bare names most of
    which the gazetteer knows, the others are villages too, kept by their names ("Красне Перше", not the
    Krasne its first word would be)."""
    items = []
    position = 0
    for piece in _LIST_SEPARATOR.split(clause):
        start = clause.index(piece, position)
        position = start + len(piece)
        item = _LIST_ITEM.fullmatch(piece.strip().rstrip(".;:!?»\""))  # (the last name before the full stop)
        if item is None and not items:
            # the first item follows the words that open the list ("... опинилися Зимівник")
            item = re.search(r"(?<=[а-яіїєґ'’ʼ]\s)" + _LIST_ITEM.pattern + r"$", piece.rstrip())
        if item is None:
            if len(items) >= 4:
                break
            items = []
            continue
        begin = start + piece.rindex(item.group(0))
        items.append((begin, begin + len(item.group(0))))
    if len(items) < 4:
        return mentions
    whole = [m for m in mentions if m.precision == "settlement" and (m.start, m.end) in items]
    if len(whole) < 2 or 3 * len(whole) < len(items):
        return mentions
    oblasts = [m.oblast_iso for m in whole if m.oblast_iso]
    usual = max(set(oblasts), key=oblasts.count) if oblasts else None
    kept = [
        m
        for m in mentions
        if not any(a <= m.start < b for a, b in items)
        or ((m.start, m.end) in items and (m.oblast_iso == usual or not _respelled(clause[m.start : m.end])))
    ]
    # "обстріляли Уди, ..., Дворічну, Петропавлівку, Синьківку": a list of names in the accusative, as the
    # known ones show; the others are brought back to the nominative ("Синьківку" -> Синьківка).
    accusative = sum(
        bool(re.search(r"[ую]$", clause[m.start : m.end], re.IGNORECASE))
        and normalize_name(clause[m.start : m.end]) != normalize_name(m.place_name or m.name)
        for m in whole
    ) >= 2
    for a, b in items:
        if any((m.start, m.end) == (a, b) for m in kept):
            continue
        name = clause[a:b]
        if normalize_name(name) in NOT_PLACES or _common_word(name.split()[0]):
            continue
        if accusative:
            # ("Кам'янському, Лук'янівському": an adjectival village in the dative of the same list is neuter,
            # Лук'янівське, not "Лук'янівськома")
            name = " ".join(
                re.sub(r"ому$", "е", word) if re.search(r"[^\W\d_]{3}ому$", word)
                else re.sub(r"ю$", "я", re.sub(r"у$", "а", word))
                for word in name.split()
            )
        # "Понятовка", "Камышаны": a Russian spelling of a village the gazetteer knows in Ukrainian
        guessed = _respelled(name)
        if guessed is not None:
            guessed.name, guessed.start, guessed.end = name, a, b
            kept.append(guessed)
            continue
        kept.append(Mention(clause[a:b], a, b, "settlement", True, place_name=name))
    return sorted(kept, key=lambda m: m.start)


_REGIONAL_CENTRE = re.compile(r"(?<!\w)(?:обласн|областн)\w*\s+центр\w*", re.IGNORECASE)
_CAPITALS = {"UA-12": "Dnipro", "UA-35": "Kropyvnytskyi", "UA-43": "Simferopol", "UA-32": "Kyiv"}


def _regional_centre(clause: str, mentions: list) -> list:
    """ "У Запорізькій області 20 поранених внаслідок атак по обласному центру": the oblast's capital."""
    centre = _REGIONAL_CENTRE.search(clause)
    oblasts = [m for m in mentions if m.precision == "oblast"]
    if centre is None or len({m.oblast_iso for m in oblasts}) != 1:
        return mentions
    iso = oblasts[0].oblast_iso
    capital = _lookup(_CAPITALS.get(iso) or _REGION_IN_NAME.sub("", oblasts[0].oblast or ""))
    if capital is None or capital.oblast_iso != iso:
        return mentions
    capital.name, capital.start, capital.end = centre.group(0), centre.start(), centre.end()
    return sorted([m for m in mentions if m not in oblasts] + [capital], key=lambda m: m.start)


# --- dates ---------------------------------------------------------------------

MONTHS = {
    **{
        name: number
        for number, name in enumerate(
            [
                "січня",
                "лютого",
                "березня",
                "квітня",
                "травня",
                "червня",
                "липня",
                "серпня",
                "вересня",
                "жовтня",
                "листопада",
                "грудня",
            ],
            start=1,
        )
    },
    **{
        name: number
        for number, name in enumerate(
            [
                "января",
                "февраля",
                "марта",
                "апреля",
                "мая",
                "июня",
                "июля",
                "августа",
                "сентября",
                "октября",
                "ноября",
                "декабря",
            ],
            start=1,
        )
    },
}
_WEEKDAY_STEMS = (
    ("понеділ", "понедельн"),
    ("вівтор", "вторник"),
    ("серед", "сред"),
    ("четвер", "четверг"),
    ("п'ятниц", "пятниц"),
    ("субот", "суббот"),
    ("неділ", "воскресен"),
)
_DAY_MONTH = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s+(?P<month>" + "|".join(MONTHS) + r")(?:\s+(?P<year>20\d{2}))?", re.I
)
_WEEKDAY = re.compile(
    r"(?:\b[ву]\s+ніч\s+на\s+|\b[ву]\s+ночь\s+на\s+|\b[ву]о?\s+|\bу\s+)(?P<day>"
    + "|".join(s for pair in _WEEKDAY_STEMS for s in pair).replace("'", "['’ʼ]")
    + r")\w*",
    re.IGNORECASE,
)
_RELATIVE = (
    (
        re.compile(
            r"(?<!\w)(?:вчора|учора|вчера|напередодні|накануне|минулої\s+ночі|прошлой\s+ночью)(?!\w)", re.I
        ),
        -1,
        "day",
    ),
    (
        re.compile(
            r"(?<!\w)(?:сьогодні|сегодня|цієї\s+ночі|этой\s+ночью|вночі|ночью|зранку|утром|вранці)(?!\w)",
            re.I,
        ),
        0,
        "day",
    ),
    (
        re.compile(r"(?<!\w)(?:минулого\s+тижня|на\s+минулому\s+тижні|на\s+прошлой\s+неделе)(?!\w)", re.I),
        -7,
        "week",
    ),
)


def find_date(text: str, report_date: dt.date | None = None) -> DateMention | None:
    """The first attack date a Ukrainian or Russian sentence gives.

    "17 серпня", "в ніч на 2 березня" (the night before the 2nd: reported as the
    2nd), "у неділю", "вчора", "сьогодні вночі"; days without a year take the
    report's year (or the year before, if the day would be in the future).

    Examples
    --------
    >>> find_date("в ніч на 2 березня", dt.date(2025, 3, 2)).date
    datetime.date(2025, 3, 2)
    """
    match = _DAY_MONTH.search(text)
    if match:
        month = MONTHS[match.group("month").lower()]
        day = int(match.group("day"))
        year = int(match.group("year")) if match.group("year") else _year_for(month, day, report_date)
        if year is not None:
            try:
                return DateMention(dt.date(year, month, day), "day", match.group(0))
            except ValueError:
                pass
    if report_date is None:
        return None
    match = _WEEKDAY.search(text)
    if match:
        stem = match.group("day").lower().replace("’", "'").replace("ʼ", "'")
        weekday = next(i for i, pair in enumerate(_WEEKDAY_STEMS) if any(stem.startswith(s) for s in pair))
        back = (report_date.weekday() - weekday) % 7
        return DateMention(report_date - dt.timedelta(days=back), "day", match.group(0))
    for pattern, offset, precision in _RELATIVE:
        match = pattern.search(text)
        if match:
            return DateMention(report_date + dt.timedelta(days=offset), precision, match.group(0))
    return None
