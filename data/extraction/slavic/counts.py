"""Casualty counts read from a Ukrainian or Russian clause."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from data.extraction.counts import Count, list_counts
from data.extraction.numbers import NumberMatch
from data.extraction.slavic.numbers import analyzer, animal_words, find_numbers, kind_of, number_value
from data.extraction.slavic.words import (
    AMONG,
    BORN_IN,
    BOUND_PHRASE,
    CHILD_WORD,
    CHILDREN_SOME,
    INHERIT,
    INJURED,
    KILLED,
    NOBODY,
    NOBODY_KILLED,
    PARTITIVE_AFTER,
    PEOPLE_WORD,
    PERSON_WORD,
    SLAVIC_FILLER,
    SOME,
    TOKEN,
)

# "Під час транспортування до лікарні він помер": the one person told of before died
_PRONOUN_DIED = re.compile(
    r"(?<!\w)(?:він|вона|он|она)\s+(?:\w+\s+)?(?:помер|померла|скончал\w*|умер|умерла)(?!\w)", re.IGNORECASE
)
_PRONOUN_HURT = re.compile(
    r"^\W*(?:він|вона|он|она)\s+(?:\w+\s+)?(?P<verb>(?:отримав|отримала|дістав|дістала|получил|получила)\s+"
    r"(?:\w+\s+)?(?:поранен|травм|ранени|контуз)\w*|(?:був|була|был|была)\s+(?:поранен|травмован|ранен)\w*"
    # "її шпиталізували", "сейчас он госпитализирован", "его госпитализировали": the one person told of
    # was taken to hospital, hurt
    r"|(?<=\s)(?:госпіталізован|госпитализирован|шпиталізован)\w*)"
    r"|(?:^\W*|,\s+)(?:(?:в\s+настоящее\s+время|сейчас|наразі|зараз|нині)\s+)?(?:він|вона|он|она)\s+"
    r"(?P<passive>(?:госпіталізован|госпитализирован|шпиталізован)\w*)"
    r"|(?:^\W*|,\s+)(?:його|її|его|её|ее)\s+(?P<active>(?:госпіталізували|госпитализировали|шпиталізували)(?!\w))",
    re.IGNORECASE,
)
_FATAL = re.compile(
    r"несумісн\w*\s+з\s+життям|несовместим\w*\s+с\s+жизнью|призвел\w*\s+до\s+(?:\w+\s+)?смерті|"
    r"привел\w*\s+к\s+(?:\w+\s+)?смерти|від\s+(?:отриманих\s+)?(?:поранень|травм)\s+(?:\w+\s+)?помер|"
    r"от\s+полученных\s+(?:ранений|травм)\s+(?:\w+\s+)?(?:погиб|скончал|умер)",
    re.IGNORECASE,
)


# "Її госпіталізували, проте врятувати її не вдалося", "двух мужчин спасти не удалось": a death.
_NOT_SAVED = re.compile(
    r"(?<!\w)(?:врятувати|спасти)\s+(?:(?:її|його|їх|ее|её|его|их)\s+)?не\s+(?:вдалося|вдалось|удалось|удалося)"
    r"|(?<!\w)не\s+(?:вдалося|вдалось|удалось|удалося)\s+(?:врятувати|спасти)(?!\w)",
    re.IGNORECASE,
)


# "троє зниклих безвісти", "четверо вважаються зниклими", "двое пропавших без вести", "судьба двоих неизвестна":
# people missing, told by the words right after their number
_MISSING_AFTER = re.compile(
    r"^\s+(?:(?:людей|людини|осіб|особи|человек|человека|мешканців|жителів|жителей|ще|еще|ещё)\s+)?"
    r"(?:(?:вважа\w*|счита\w*|остаю\w*|залиша\w*|досі|до\s+сих\s+пор|є|числ\w*)\s+)?"
    r"(?:зникл\w*|пропал\w*|пропавш\w*|безвіст\w*|без\s+вести|у\s+розшуку|в\s+розыске)",
    re.IGNORECASE,
)


_DIED_AFTER = re.compile(
    r"(?<!\w)(?:помер|померла|скончал\w*|умер|умерла|загинув|загинула|погиб|погибла)(?!\w)", re.IGNORECASE
)
_DIED_BEFORE = re.compile(
    r"(?<!\w)(?:помер|померла|померли|скончал\w*|умер|умерла|умерли)\s+(?:[\w'’ʼ]+\s+){0,2}$", re.IGNORECASE
)


def count_kind(clause: str, number: NumberMatch) -> tuple[str, bool] | None:
    """See :func:`_count_kind`; wounds "incompatible with life" are deaths, and the missing no casualties."""
    rest = clause[number.end :]
    if _MISSING_AFTER.match(rest):
        # "двое убитых, пятеро раненых и трое пропавших без вести": the missing are neither dead nor hurt, though
        # listed after the hurt
        return None
    kind = _count_kind(clause, number)
    before_saving = re.match(r"\s+(?:[\w'’ʼ]+\s+){0,2}?(?=(?:врятувати|спасти)\s)", rest, re.IGNORECASE)
    if kind is None and before_saving and _NOT_SAVED.match(rest[before_saving.end() :]):
        return KILLED, number.child  # "двух мужчин спасти не удалось"
    if kind is not None and kind[0] == INJURED and _FATAL.search(clause):
        return KILLED, kind[1]
    if (
        kind is not None
        and kind[0] == INJURED
        and _DIED_BEFORE.search(clause[: number.start])
        and not any(
            kind_of(t.group(0)) == INJURED
            for t in TOKEN.finditer(_DIED_BEFORE.search(clause[: number.start]).group(0))
        )
    ):
        # "у лікарні помер ще один постраждалий", "скончался один из раненых": one of the hurt died
        return KILLED, kind[1]
    return kind


# "зросла до 14, серед них – шестеро дітей, поранені 41": an aside naming a part of the number is no
# aside to read past, and the verb after it is another count's.
_PART_ASIDE = re.compile(
    r"^(?:серед|среди|з\s+них|із\s+них|из\s+них|зокрема|в\s+тому|у\s+тому|в\s+том|включно|включая)\b",
    re.IGNORECASE,
)


# "отримали поранення", "получили ранения", "зазнали травм": a verb whose noun after it tells the kind
_GOT_VERB = re.compile(r"(?:отрима|получи|зазна|діста)\w*", re.IGNORECASE)


# "Наймолодшій загиблій було 19, найстаршій – 88", "Самому младшему погибшему 27": an age, never a count.
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
    if kind_of(word) or PERSON_WORD.match(word) or PEOPLE_WORD.match(word) or CHILD_WORD.match(word):
        return False
    language = "uk" if re.search(r"[іїєґ]", clause, re.IGNORECASE) else "ru"
    parse = analyzer(language).parse(word.lower())[0]
    return parse.tag.POS == "NOUN" and "inan" in parse.tag and parse.score >= 0.5


def _adjective(word: str, clause: str) -> bool:
    """Whether pymorphy3's dictionary of the clause's language knows the word first as a full adjective, not a
    pronoun ("тілесні", "множинні", "телесные"; not "та", "эти")."""
    lower = word.lower()
    if not re.fullmatch(r"[а-яіїєґё'’ʼ]+", lower):
        return False
    language = "uk" if re.search(r"[іїєґ]", clause, re.IGNORECASE) else "ru"
    parse = analyzer(language).parse(lower)[0]
    return parse.is_known and parse.tag.POS == "ADJF" and "Apro" not in parse.tag.grammemes


def _participle(word: str, clause: str) -> bool:
    """Whether pymorphy3's dictionary of the clause's language knows the word first as a participle ("врятованих",
    "спасенных")."""
    lower = word.lower()
    if not re.fullmatch(r"[а-яіїєґё'’ʼ]+", lower) or kind_of(lower):
        return False
    language = "uk" if re.search(r"[іїєґ]", clause, re.IGNORECASE) else "ru"
    parse = analyzer(language).parse(lower)[0]
    # (the Ukrainian dictionary tags a participle as an adjective with its voice)
    return parse.is_known and (parse.tag.POS == "PRTF" or bool({"pssv", "actv"} & parse.tag.grammemes))


def _wounds_after(tokens: list, clause: str) -> bool:
    """Whether the words are adjectives up to a word for wounds ("осколкові травми", "ушкодження")."""
    for token in tokens[:3]:
        if kind_of(token.group(0)) == INJURED:
            return True
        if not _adjective(token.group(0), clause):
            return False
    return False


def _genitive(word: str, adjective: bool = False) -> bool:
    """Whether pymorphy3's dictionary knows the word first as a noun in the genitive ("прокуратури",
    "підприємства", "полиции"), or with ``adjective`` also as an adjective in the genitive ("коммунального")."""
    lower = word.lower()
    if not re.fullmatch(r"[а-яіїєґё'’ʼ]+", lower):
        return False
    for language in ("uk", "ru"):
        parse = analyzer(language).parse(lower)[0]
        if parse.is_known:
            return ("NOUN" in parse.tag or (adjective and "ADJF" in parse.tag)) and "gent" in parse.tag
    return False


@lru_cache(maxsize=5_000)
def _animate_plural(word: str, counted: bool = False) -> bool:
    """Whether pymorphy3's dictionary knows the word as an animate noun in the plural ("пасажирів",
    "рятувальників", "пассажиров"): people counted by what they are; with ``counted`` also in the genitive
    singular a Russian 2-4 takes ("два работника")."""
    lower = word.lower()
    if not re.fullmatch(r"[а-яіїєґё'’ʼ]+", lower):
        return False
    for language in ("uk", "ru"):
        for parse in analyzer(language).parse(lower)[:2]:
            if (
                "NOUN" in parse.tag
                and "anim" in parse.tag
                and ("plur" in parse.tag or (counted and "sing" in parse.tag and "gent" in parse.tag))
                and type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
            ):
                return True
    return False


# "12 - у тяжкому стані", "12 з них у важкому стані", "трое в тяжелом состоянии": a part of the hurt by their state
_PATIENTS_STATE_PART = re.compile(
    r"^\s*(?:(?:з|із|из)\s+них\s+)?[-–—]?\s*(?:перебува\w+\s+|находя\w+\s+)?(?:у|в)\s+(?:(?:вкрай|дуже|крайне|очень)\s+)?"
    r"(?:тяжк|важк|критичн|тяжел|тяжёл|стабільн|стабильн|середн|средн)\w*\s+(?:\w+\s+)?(?:стан|состояни)",
    re.IGNORECASE,
)


# "мать троих детей", "батько двох дітей", "матір-одиночка трьох дітей": a parent named by her children
_PARENT_OF = re.compile(
    r"(?<!\w)(?:мати|матір|матері|матір'ю|мать|матери|матерью|мама|мамы|мами|батько|батька|батькові|отец|отца|"
    r"отцу|отцом|бабуся|бабусі|бабушка|бабушки|дідусь|дідуся|дедушка|дедушки|опікун\w*|опекун\w*|"
    r"багатодітн\w*|многодетн\w*)\s*$",
    re.IGNORECASE,
)


def _whose(clause: str, number: NumberMatch) -> bool:
    """ "мати загиблого хлопчика": the boy tells whose mother she is; he is counted where his death is told.
    "загинула мати трьох дітей": the children say whose mother she is; they are no casualties."""
    if _PARENT_OF.search(clause[: number.start]):
        return True
    whose = [t.group(0) for t in TOKEN.finditer(clause[: number.start])][-2:]
    return bool(number.person and len(whose) == 2 and PERSON_WORD.match(whose[0]) and kind_of(whose[1]))


_POSSESSIVE_AFTER = re.compile(r"^\s+(?:его|её|ее|их|його|її|їхніх|їхні)\s+([\w'’ʼ]+)", re.IGNORECASE)


def _count_kind(clause: str, number: NumberMatch) -> tuple[str, bool] | None:
    """What a number counts: ``(killed|injured|inherit, child)`` or None.

    The words right after the number decide first ("семеро цивільних зазнали
    поранень", "двоє дітей загинули"), then those right before it ("загинули троє",
    "поранено 9", "серед поранених – четверо дітей"), then "з них", "зокрема", "в том
    числе" make it a part of the count before it.
    """
    rest = clause[number.end :]
    # ("Загинув житель міста", "поранено мешканку села": the noun after one person named is where they are
    # from or what they drive, not what a number counts)
    if (not number.person and _counts_things(clause, rest)) or _ELDEST_BEFORE.search(clause[: number.start]):
        return None
    if _whose(clause, number):
        return None
    # "одна женщина в возрасте 61 года скончалась", "жінка віком 76 років загинула": the age is no count.
    rest = re.sub(
        r"^((?:\s*[^\s\d]+)?)\s+(?:в\s+возрасте|у\s+віці|віком)\s+\d+\s*(?:лет|года|год|років|року|рік)\b",
        lambda m: m.group(1) or "",
        rest,
        flags=re.IGNORECASE,
    )
    # "трое мужчин от 33 до 49 лет получили ранения": their ages are no word between
    rest = re.sub(
        r"^((?:\s*[^\s\d]+)?)\s+(?:від|от)\s+\d+\s+до\s+\d+\s*(?:років|року|рік|лет|года|год)\b",
        lambda m: m.group(1) or "",
        rest,
        flags=re.IGNORECASE,
    )
    # "ще одна жінка від отриманих травм померла", "еще одна женщина от полученных ранений скончалась": the wounds
    # the person died of stand between them and the verb that tells their fate
    rest = re.sub(
        r"^((?:\s*[^\s\d]+)?)\s+(?:від|от)\s+(?:отриман|получен)\w*\s+(?:травм|поранен|ранен|ран)\w*(?=\s)",
        lambda m: m.group(1) or "",
        rest,
        flags=re.IGNORECASE,
    )
    whose_people = _POSSESSIVE_AFTER.match(rest)
    if whose_people and (_animate_plural(whose_people.group(1)) or CHILD_WORD.match(whose_people.group(1))):
        # "еще трое его сослуживцев получили ранения", "двоє її дітей": whose people they are, between the number and
        # the word for them
        rest = " " + rest[whose_people.start(1) :]
    if number.person:
        # "Женщина 62 года госпитализирована": the age right after the person, too
        rest = re.sub(r"^\s+\d+\s*(?:лет|года|год|років|року|рік)\b", "", rest, flags=re.IGNORECASE)
    relative = re.match(
        r"^\s*(?:\S+\s*)?,\s*(?:яка|який|які|яку|якого|якої|которая|который|которые|которую|которого|которой)\s+"
        r"([\w'’ʼ]+(?:\s+[\w'’ʼ]+){0,2})",
        rest,
        re.IGNORECASE,
    )
    relative_kind = (
        next((k for k in map(kind_of, relative.group(1).split()) if k), None) if relative else None
    )
    if relative_kind and not kind_of(relative.group(1).split()[0]):
        # "померла ще одна людина, яка зазнала поранень": the verb before the person tells their fate
        told = False
        for token in reversed(list(TOKEN.finditer(clause[: number.start]))[-3:]):
            if re.fullmatch(r"і|й|та|и|,", token.group(0), re.IGNORECASE):
                break  # "двох загиблих і 11 осіб, які отримали травми": another count, listed
            told = told or bool(kind_of(token.group(0)))
        relative_kind = None if told else relative_kind
    if relative_kind == INJURED and re.search(
        r"^[^.;]*?,\s*(?:(?:згодом|пізніше|потім|позже|затем|впоследствии)\s+)?"
        r"(?:помер(?:ла|ли)?|умер(?:ла|ли)?|скончал(?:ся|ась|ись))(?!\w)",
        rest[relative.end() :],
        re.IGNORECASE,
    ):
        # "4-річна дівчинка, яка учора постраждала через обстріл ..., померла в лікарні": the relative
        # clause tells the hurt, the main verb after it the death
        return KILLED, number.child
    if relative_kind:
        # "ще одну дитину, яка постраждала через обстріл", "11 осіб, які отримали травми": the relative
        # clause says what happened to them.
        return relative_kind, number.child
    told_before = list(TOKEN.finditer(clause[: number.start]))[-1:]
    if relative and told_before and kind_of(told_before[0].group(0)):
        # "убили чоловіка, який саме їхав на роботу, поранили трьох": the verb right before the person tells
        # their fate; the relative clause tells who they were, and the verb after it is another count's
        return kind_of(told_before[0].group(0)), number.child
    if re.match(
        # ("мужчина около 60 лет, умерший в больнице": an age told after the person, too)
        r"^\s*(?:[^\s\d,.]+\s*|(?:(?:около|примерно|близько|приблизно)\s+)?\d+\s+(?:лет|года|год|років|роки|рік)\s*)?,"
        r"\s*(?:(?:згодом|пізніше|потім|позже|впоследствии|затем)\s+)?"
        r"(?:умерш|скончавш|померл(?:ий|ого|ому|ої|у|а|і|их|им)\b|загибл|погибш)",
        rest,
        re.IGNORECASE,
    ):
        # "мужчина, умерший в больнице, получил ранения", "поранено чоловіка, згодом померлого в лікарні":
        # a participle of death after the person says they died
        return KILLED, number.child
    if re.match(
        r"^\s*[–—-]\s*(?:у|в)\s+(?:(?:лікарн|больниц|реанімац|реанимац|стаціонар|стационар)\w*"
        # "Девочка 9 лет – в тяжелом состоянии": a state of health is a hurt person's
        r"|(?:(?:вкрай|дуже|крайне|очень)\s+)?(?:тяжк|важк|критичн|тяжел|тяжёл|стабільн|стабильн|середн|средн|"
        r"задовільн|удовлетворительн|легк)\w*\s+(?:\w+\s+)?(?:стан|состояни)\w*"
        r"|(?:стан|состояни)\w*\s+(?:середн|средн|легк|важк|тяжк|тяжел|задовільн|удовлетворительн|стабільн|стабильн)\w*)",
        rest,
        re.I,
    ):
        return INJURED, number.child  # "Одна людина загинула, одна – в лікарні": the other one is hurt
    if re.match(
        r"^\s+(?:постраждал|пострадавш|поранен|ранен|травмован|потерпіл)\w*им(?!\w)", rest, re.IGNORECASE
    ):
        # "Еще трем пострадавшим помощь была оказана амбулаторно": help given to some of the hurt already
        # counted (the dative of the word for them), no more people
        return None
    partitive = PARTITIVE_AFTER.match(rest)
    if partitive:
        # "Один из них погиб" counts; "стан одного з поранених підлітків тяжкий" does not.
        if number.child and re.search(r"(?:них|яких|которых)$", partitive.group(0), re.IGNORECASE):
            return "inherit", True  # "8 поранених, щонайменше 2 з них діти"
        if re.search(r"(?:них|которых)$", partitive.group(0), re.IGNORECASE) and re.match(
            r"^\s*(?:[-–—:]\s*)?(?:(?:це|это|—|–|-)\s*)*(?:діти|дети|дитина|ребенок|ребёнок|неповнолітні|"
            r"несовершеннолетние)\b",
            rest[partitive.end() :],
            re.IGNORECASE,
        ):
            return (
                "inherit",
                True,
            )  # "загинули 9 людей, двоє з них – діти": a part of the dead, not more dead
        rest = rest[partitive.end() :]
    after = list(TOKEN.finditer(rest))
    position, looked, asides = 0, 0, 0
    while position < len(after) and looked < 6:
        word = after[position].group(0)
        if word.lower() in ("за", "добу", "сутки", "минулу", "минувшие", "день", "ніч", "ночь") and position:
            position += 1  # "Ще 2 людини в області за добу дістали поранення": the day is no word between
            continue
        kind = kind_of(word)
        following = after[position + 1].group(0) if position + 1 < len(after) else ""
        if kind and (PERSON_WORD.match(following) or CHILD_WORD.match(following)):
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
            verb_at = closing[0] + 1 if closing else len(after)
            if (
                verb_at + 1 < len(after)
                and _GOT_VERB.fullmatch(after[verb_at].group(0))
                and kind_of(after[verb_at + 1].group(0))
            ):
                verb_at += (
                    1  # "..., в том числе двое детей, получили ранения": the verb's noun tells the kind
                )
            verb_next = (
                # "Шестеро людей, серед яких 2 дитини, загинули": the part aside closes right before the verb of
                # the people before it ("..., поранені 41" after the aside is another count's)
                closing
                and verb_at < len(after)
                and kind_of(after[verb_at].group(0))
                and not (verb_at + 1 < len(after) and re.match(r"\d", after[verb_at + 1].group(0)))
                and not (verb_at + 1 < len(after) and number_value(after[verb_at + 1].group(0)))
            )
            if closing and (not _PART_ASIDE.match(aside) or verb_next):
                position, asides = closing[0] + 1, 1
                continue
        if word.lower() in ("внаслідок", "унаслідок", "через", "из-за") and position + 1 < len(after):
            # "Двоє людей внаслідок удару "Іскандером" загинули": the cause stands between them and the verb
            skip = position + 1
            while skip < min(position + 6, len(after)) and not kind_of(after[skip].group(0)):
                if after[skip].group(0) in (",", "."):
                    break
                skip += 1
            if skip < len(after) and kind_of(after[skip].group(0)):
                position = skip
                continue
        if word in (",", ".", "(", ")") or word.isdigit() or number_value(word) is not None:
            break
        whose_town = word[:1].isupper() and (
            (position == 0 and number.person)  # "жителька Марганецької громади загинула"
            or position > 0
            and bool(
                SLAVIC_FILLER.match(after[position - 1].group(0))
                or PERSON_WORD.match(after[position - 1].group(0))
            )
        )  # "Два жителя Никополя пострадали": the people's town between them and the verb
        if not (
            SLAVIC_FILLER.match(word)
            or CHILD_WORD.match(word)
            or PERSON_WORD.match(word)
            or whose_town
            # "3 людей отримали тілесні ушкодження", "двоє дістали множинні травми": what kind of wounds
            or (_adjective(word, clause) and _wounds_after(after[position + 1 :], clause))
            # "52-річний водій цієї вантажівки дістав травми": up to two lowercase words after the aged person's
            # noun say whose or where they are; the verb after them is theirs
            or (
                number.person
                and position <= 1
                and (len(number.text.split()) >= 2 or PERSON_WORD.match(number.text))
                and re.fullmatch(r"[а-яіїєґё'’ʼ]+", word)
                and word not in ("і", "й", "та", "и", "а", "але", "но", "який", "яка", "который", "которая")
            )
            # "дістав поранення", "зазнав травм": the verb whose noun after it tells the kind
            or (
                _GOT_VERB.fullmatch(word)
                and position + 1 < len(after)
                and kind_of(after[position + 1].group(0)) is not None
            )
            # "ще двоє пасажирів травмовані": who they are, an animate noun right after the number
            or (position == 0 and not number.person and _animate_plural(word))
            # "четверо медицинских работников были ранены", "троє медичних працівників": what they are, an
            # adjective before that noun
            or (
                position <= 1
                and not number.person
                and len(after) > 1
                and _adjective(after[0].group(0), clause)
                and _animate_plural(after[1].group(0))
            )
            # "двоє працівників прокуратури постраждали": and whom they work for, a noun in the genitive
            or (
                position == 1 and not number.person and _animate_plural(after[0].group(0)) and _genitive(word)
            )
            # "четыре работника районной электросети ранены", "три працівники міської лікарні": up to
            # three words in the genitive after people counted by what they are (a noun of 2-4 in the singular)
            or (
                0 < position <= 3
                and not number.person
                and _animate_plural(after[0].group(0), counted=True)
                and all(_genitive(w.group(0), adjective=True) for w in after[1 : position + 1])
            )
            # "11 врятованих людей з пораненнями", "двое спасенных жителей": a participle right before the
            # word for the people says what was done with them; the people's fate is told after it
            or (
                position == 0
                and not number.person
                and len(after) > 1
                and (SLAVIC_FILLER.match(after[1].group(0)) or _animate_plural(after[1].group(0)))
                and _participle(word, clause)
            )
        ):
            break
        position += 1
        looked += 1
    if partitive and not re.search(r"(?:них|яких|которых)$", partitive.group(0), re.IGNORECASE):
        # "рятувальники знайшли тіло однієї із загиблих": one of the dead told already, no toll
        # of its own unless a verb after it says what befell them ("один із поранених помер")
        return None
    before_text = clause[: number.start]
    among = list(AMONG.finditer(before_text))
    if among:
        # "Серед загиблих — продавчиня і її восьмирічний син": the list after "серед" shares its kind.
        kind = kind_of(among[-1].group("what"))
        between = before_text[among[-1].end() :]
        if kind and not any(kind_of(t.group(0)) for t in TOKEN.finditer(between)):
            return kind, number.child
    if INHERIT.search(BOUND_PHRASE.sub("", before_text).rstrip() + " "):
        return "inherit", number.child
    gapped = re.search(r",\s+(?:а|и|і|та)\s+(?P<what>\w+)\s*[—–-]?\s*до\s*$", before_text, re.IGNORECASE)
    if gapped and kind_of(gapped.group("what")):
        # "число раненых выросло до 17, а погибших — до трех": the verb left out after the second
        # noun, whose kind it is
        return kind_of(gapped.group("what")), number.child
    grew = re.search(
        r"(?:кількість|число|количество)\s+(?P<what>\w+)(?:(?!\b(?:кількість|число|количество)\b).)*?\bдо\s*$",
        before_text,
        re.IGNORECASE,
    )
    if grew and kind_of(grew.group("what")):
        # "кількість постраждалих унаслідок удару ... збільшилася до 46 людей"; "кількість поранених дітей
        # зросла до чотирьох" counts children
        children = any(CHILD_WORD.match(t.group(0)) for t in TOKEN.finditer(grew.group(0)))
        return kind_of(grew.group("what")), number.child or children
    aside = re.search(r"([\w'’ʼ]+)\s*,\s*[^,\d]{3,40}?,\s*$", before_text)
    if aside and kind_of(aside.group(1)):
        # "убил, по данным спасателей, двух человек": the verb before an aside
        return kind_of(aside.group(1)), number.child
    before = list(TOKEN.finditer(before_text))
    for index in range(len(before) - 1, max(len(before) - 7, -1), -1):
        word = before[index].group(0)
        kind = kind_of(word)
        if kind and index and re.match(r"^смертельн", before[index - 1].group(0), re.IGNORECASE):
            return KILLED, number.child  # "Смертельні травми отримав хлопчик": fatal wounds
        if (
            kind
            and 0 < index < len(before) - 1
            and PERSON_WORD.match(before[index - 1].group(0))
            and (
                PERSON_WORD.match(before[index + 1].group(0)) or CHILD_WORD.match(before[index + 1].group(0))
            )
        ):
            continue  # "мати загиблого хлопчика та троє дівчат": whose mother, no word for the girls' fate
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


# A person's year of birth told after them
_BIRTH_YEAR = re.compile(BORN_IN, re.IGNORECASE)


# The ages of the people just counted, then the list goes on: "(трое детей) в возрасте пяти, шести и восьми лет и (младенец)",
# "(двоє дітей) віком 4 і 7 років та (немовля)"
_AGES_THEN_MORE = re.compile(
    r"^\s*[\w'’ʼ]+\s+(?:в\s+возрасте|віком|у\s+віці|в\s+віці)\s+[\w\s,'’ʼ-]{1,40}?"
    r"(?:лет|года|год|років|року|рік|месяц\w*|місяц\w*)\s*,?\s+(?:и|і|й|та)\s+(?:[\w'’ʼ-]+\s+)?$",
    re.IGNORECASE,
)


def _goes_on_past_ages(clause: str, before: NumberMatch, number: NumberMatch) -> bool:
    """Between ``before`` and ``number``, the ages of the people ``before`` counts and then the list goes on."""
    return bool(_AGES_THEN_MORE.match(clause[before.end : number.start]))


def _listed(between: str, strict: bool = False, same_verb: bool = False) -> bool:
    """ "двоє неповнолітніх та четверо": two numbers of one list (nouns and "та" between them).

    A dash or colon is not a list: "двое детей – девочка и парень" names the same two again. ``strict``: no
    "а також" nor ", а" between, which set a new statement apart; ``same_verb``: "а також" still goes on when
    the people after it have no verb of their own ("поранено двох жінок, а також 60-річного чоловіка").
    """
    # ("чоловіка 1969 р.н. та жінку 1972 р.н.": the years say who they are, no word between)
    between = _BIRTH_YEAR.sub(" ", between)
    words = [t.group(0) for t in TOKEN.finditer(between)]
    if not words:
        return False
    if INHERIT.search(between.rstrip() + " "):
        return False  # "три человека, в том числе 13-летний мальчик": a part of the count, not more people
    if strict and not same_verb and re.search(r"(?<!\w)а\s+(?:також|также)(?!\w)", between, re.IGNORECASE):
        return False  # "..., а також ще четверо дітей отримали поранення": a new statement, not the same verb
    also = r"(?!\s+(?:також|также)(?!\w))" if same_verb else ""
    if strict and re.search(r",\s*а(?!\w)" + also, between, re.IGNORECASE):
        return False  # "загинула дівчинка, а її мати й бабуся встигли сховатися": "а" sets the others against him
    if any(
        w in ("–", "—", "-", ":") or re.fullmatch(r"них|яких|которых|них", w, re.I) for w in words
    ) or not any(re.fullmatch(r"і|й|та|и|,|також|также", w, re.IGNORECASE) for w in words):
        return False
    return all(
        _GLUE_WORDS.match(w) or SLAVIC_FILLER.match(w) or CHILD_WORD.match(w) or PERSON_WORD.match(w)
        for w in words
    )


def _people_word_first(between: str) -> bool:
    """Whether the first word of ``between`` says people ("двоє чоловіків, а також ...", "2 жінки і ...")."""
    first = TOKEN.search(between)
    return first is not None and bool(PERSON_WORD.match(first.group(0)) or PEOPLE_WORD.match(first.group(0)))


def _colon_after(clause: str, start: int) -> int:
    """The first colon after ``start`` (-1 when none): "Є травмовані: - у A травмовано троє дітей: хлопці 16 і 11
    років ..." leads a list with its first colon; the toll's own colon is the one after its figure."""
    return clause.find(":", start)


def _members_after_colon(clause: str, numbers, kinds) -> list:
    """ "постраждали п'ятеро людей: чоловіки 38 і 71 років, жінка 45 років та двоє дітей": the people
    listed after a toll and its colon are its members, not more people of the toll's kind (the children
    among them are read as the toll's children)."""
    tolls = [
        n
        for n, k in zip(numbers, kinds, strict=True)
        if k is not None and k[0] in (KILLED, INJURED) and not n.person
    ]
    colon = _colon_after(clause, tolls[0].end if tolls else len(clause))
    heads = [
        (n, k)
        for n, k in zip(numbers, kinds, strict=True)
        if k is not None and k[0] in (KILLED, INJURED) and not n.person and n.end <= colon
    ]
    if colon < 0 or not heads or re.search(r"[.;]", clause[heads[-1][0].end : colon]):
        return kinds
    base = heads[-1][1][0]
    after = [i for i, n in enumerate(numbers) if n.start > colon]
    if not after or any(not numbers[i].person and not numbers[i].child for i in after):
        return kinds  # ("загинули двоє: 1 у A, 1 у B": figures of places, read elsewhere)
    if any(kinds[i] is not None and kinds[i][0] != base for i in after):
        return kinds
    return [None if i in after else k for i, k in enumerate(kinds)]


def _adult_and_child_told_apart(numbers, counts: list) -> list:
    """ "На месте погиб мужчина, раненый ребенок скончался по дороге": a grown-up and a child, each with a
    verb of their own, are two of the dead (the child's count alone would be read as a part of the man's)."""
    by_start = {n.start: n for n in numbers}
    result = list(counts)
    for base in (KILLED, INJURED):
        adults = [
            i
            for i, c in enumerate(result)
            if c.field == base
            and c.start in by_start
            and by_start[c.start].person
            and not by_start[c.start].child
            and c.value == by_start[c.start].value  # (one person told alone, not the head of a list)
        ]
        children = [
            c
            for c in result
            if c.field == f"children_{base}"
            and c.start in by_start
            and by_start[c.start].person
            and not any(o.field == base and o.start == c.start for o in result)
        ]
        if len(adults) == 1 and len(children) == 1 and children[0].start > result[adults[0]].start:
            adult = result[adults[0]]
            result[adults[0]] = Count(base, adult.value + children[0].value, adult.at_least, adult.start)
    return result


def _children_in(number) -> int:
    """How many of the people a number counts are children: all of them, unless their ages say only some
    ("двоє хлопців 13 і 18 років": one child and one adult, labelling rule 14)."""
    return number.value if number.children is None else number.children


def _children_listed_after_colon(clause: str, numbers, kinds, counts) -> list:
    """ "травм зазнали троє людей: 45-річні чоловік та жінка, а також 7-річний хлопчик": the people
    listed after the count are its members, and a child among them is a child of that count."""
    colon = _colon_after(clause, counts[0].start if counts else 0)
    if colon < 0 and counts:
        # "известно о трех погибших — женщине, её 6-летнем сыне и мужчине": a dash does the same
        dash = re.search(r"\s[—–]\s", clause[counts[0].start :])
        colon = counts[0].start + dash.start() if dash else -1
    if colon < 0:
        return []
    heads = [c for c in counts if c.field in (KILLED, INJURED) and c.start < colon]
    # "Серед них є діти: немовля 5 місяців, хлопець 12 років та дівчинка 9 років": children of the toll before
    among = re.match(r"^\W*(?:серед|среди)\s+(?:них|яких|которых)\b", clause, re.IGNORECASE)
    if (not heads and not among) or any(c.field.startswith("children") for c in counts):
        return []
    listed = [n for n, k in zip(numbers, kinds) if k is None and n.start > colon and n.person and n.child]
    # ("... жінка 45 років та двоє дітей": children told by their number alone)
    listed = listed or [n for n, k in zip(numbers, kinds) if k is None and n.start > colon and n.child]
    if not listed:
        return []
    field = f"children_{heads[-1].field}" if heads else "children_inherit"
    return [Count(field, sum(_children_in(n) for n in listed), False, listed[0].start)]


_PRONOUN_TOLL = re.compile(r"(?<!\w)(?:їх|их)(?!\w)", re.IGNORECASE)
_TOLL_NOUN = re.compile(
    r"(?<!\w)(?:кількість|кількості|кількістю|количество|количества|количестве|количеством|число|числа)"
    r"\s+(?:[\w'’ʼ-]+\s+){0,2}?(?P<what>[\w'’ʼ-]+)",
    re.IGNORECASE,
)


def toll_kind(text: str, told: bool = False) -> str | None:
    """Which toll "кількість загиблих / число пострадавших" in ``text`` speaks of (the last one named);
    with ``told``, else the last casualty word ("Постраждала родина.": the hurt)."""
    kinds = [
        kind_of(m.group("what"))
        # "Кількість людей, які постраждали, збільшується": the people's relative clause says which toll
        or next(
            (k for k in (kind_of(t.group(0)) for t in TOKEN.finditer(text[m.end() : m.end() + 30])) if k),
            None,
        )
        for m in _TOLL_NOUN.finditer(text)
    ]
    kinds = [k for k in kinds if k in (KILLED, INJURED)]
    if not kinds and told:
        kinds = [k for k in (kind_of(t.group(0)) for t in TOKEN.finditer(text)) if k in (KILLED, INJURED)]
    return kinds[-1] if kinds else None


def _add_one_more(clause: str, counts: list) -> list:
    """ "Одна людина загинула на місці, ще одна ... померла": "ще" adds to the same toll told before."""
    # ("також" with its verb too: "Поранено водія, постраждав також начальник", "також постраждала жінка")
    result: list = []
    for count in counts:
        earlier = [c for c in result if c.field == count.field]
        if earlier and re.search(
            r"(?<!\w)(?:ще|еще|ещё)\s+$|(?<!\w)(?:також|также|теж|тоже)\s+(?:[\w'’ʼ]+\s+)?$",
            clause[: count.start],
            re.IGNORECASE,
        ):
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
    # "медичної допомоги потребували 22 людини", "в медицинской помощи нуждались пятеро"
    r"(?:медичної|медицинской)\s+(?:допомоги|помощи)\s+(?:потребувал\w*|потребува\w*|нуждал\w*)|"
    r"(?:потребувал\w*|нуждал\w*)\s+(?:в\s+)?(?:медичної|медицинской)\s+(?:допомоги|помощи)|"
    # "хлопчика доставили до лікарні з пораненнями", "доставлен в больницу с ранениями": hurt
    r"(?:доставил\w*|доставлен\w*|доправил\w*|доправлен\w*|госпіталізува\w*|госпіталізован\w*|"
    r"госпитализирова\w*)\s+(?:до|в|у|во)\s+(?:лікарн\w*|больниц\w*|медзаклад\w*|госпитал\w*)\s+"
    r"(?:з|із|зі|с|со)\s+(?:пораненн\w*|поранення|травм\w*|ранени\w*)|"
    # "ще двоє отримали допомогу на місці", "медики борються за життя 40-річної жінки": hurt, not dead
    r"(?:отримал\w*|получил\w*)\s+(?:допомогу|помощь)\s+на\s+(?:місці|месте)|"
    r"(?:борют\w*|борються|боролис[яь])\s+за\s+(?:життя|жизнь)|"
    # "ще троє отримали гостру реакцію на стрес", "получили острую реакцию на стресс": among the hurt (rule 11)
    r"(?:отримал\w*|дістал\w*|получил\w*)\s+(?:гостр\w+|остр\w+)\s+(?:стресов\w+\s+)?реакці\w+"
    r"(?:\s+на\s+стрес\w*)?)|"
    r"(?P<killed>(?:обірвав|обірвала|обірвали|оборвал|оборвала|оборвали)\s+(?:життя|жизнь|жизни)"
    # "оккупанты лишили жизни троих человек", "позбавили життя двох людей"
    r"|(?:лишил|лишила|лишили|позбавив|позбавила|позбавили)\s+(?:жизни|життя))",
    re.IGNORECASE,
)
_SAME_AS_WORD = {"injured": "постраждали", "killed": "загинули"}


def _same_length(match: re.Match, word: str) -> str:
    return word + " " * max(0, len(match.group(0)) - len(word))


_RECEIVED_BEFORE = re.compile(r"(?<!\w)(?:дістал|отримал|получил|має|мала|имеет|имела)\w*\s+$", re.IGNORECASE)
_WOUNDS_AFTER = re.compile(
    r"^\s+(?:[\w'’ʼ-]+(?:ві|ні|ые|ых|их|ие)\s+)?(?:поранення|поранень|ранения|ранений|травми|травм|травмы)(?!\w)",
    re.IGNORECASE,
)
_AGE_BY_PRONOUN = re.compile(
    r"(?<!\w)(?:йому|їй|ему|ей)\s+(?:лише\s+|всього\s+|всего\s+|только\s+)?(?P<age>\d{1,2})\s+(?:років|роки|рік|лет|года|год)(?!\w)",
    re.IGNORECASE,
)
# "Постраждала родина. Це жінки 41 і 67 років та двоє хлопців 9 і 15 років": the people of the toll before
_THESE_ARE = re.compile(r"^\W*(?:це|это)\s+", re.IGNORECASE)


def _people_these_are(numbers) -> list:
    """The people listed after "Це" / "Это", counted for the toll the sentence before told, when every
    number is people ("двоє хлопців 9 і 15 років" is two, not four)."""
    people = []
    for position, number in enumerate(numbers):
        following = numbers[position + 1] if position + 1 < len(numbers) else None
        if (
            following is not None
            and not number.person
            and following.person
            and following.value == number.value
            and 0 <= following.start - number.end <= 2
        ):
            continue  # "двоє хлопців 9 і 15 років": the same two
        people.append(number)
    if not people or not all(n.person for n in people):
        return []
    counts = [Count("toll_inherit", sum(n.value for n in people), False, people[0].start)]
    children = [n for n in people if n.child]
    if children:
        counts.append(
            Count("children_inherit", sum(_children_in(n) for n in children), False, children[0].start)
        )
    return counts


_HURT_THE_DAY_BEFORE = re.compile(
    r"(?<!\w)(?:поранен\w*|поранил\w*|ранен\w*|ранил\w*|постраждал\w*|пострадал\w*|травмован\w*)\s+(?:\w+\s+)?"
    r"(?:днем\s+раніше|днем\s+ранее|за\s+день\s+до\s+того|напередодні|накануне)(?!\w)"
    # "помер раніше поранений чоловік", "скончался ранее раненый": hurt in an attack told before, not this one
    r"|(?<!\w)(?:раніше|ранее)\s+(?:поранен\w*|ранен\w*|травмован\w*|травмирован\w*)",
    re.IGNORECASE,
)
# "среди мирного населения", "серед цивільних", "среди людей": everyone there, not a part of them
_WHOLE_POPULATION = re.compile(
    r"(?:цивільн|мирн|населен|людей|люди|жител|мешкан|горожан|містян|громадян|гражданск)", re.IGNORECASE
)
_HOSPITALISED = re.compile(r"(?<!\w)(?:госпіталізов|госпитализир|ушпиталь|шпиталізов)\w*", re.IGNORECASE)
_HURT_WORD = re.compile(
    r"(?<!\w)(?:поранен|поранил|поранив|травм|постражд|потерпіл|ранен|ранил|ранив|пострада|контуз)\w*",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _one_person(word: str) -> bool:
    """Whether a casualty word is singular in the first dictionary that knows it ("постраждалий", "погибший";
    not "постраждалі", "погибшие")."""
    for language in ("uk", "ru"):
        parse = analyzer(language).parse(word.lower())[0]
        if parse.is_known:
            return (
                "nomn" in parse.tag
                and "plur" not in parse.tag
                and any(g in parse.tag for g in ("masc", "femn"))
            )
    return False


# "одного из медицинских учреждений", "однієї з будівель": a number of things picked out of more, before a word
# that is no person's (not "двое из них", "один из раненых", "одна з постраждалих")
_ONE_OF_THINGS = re.compile(
    r"^\s+(?:из|з|із)\s+(?:[а-яіїєґё'’ʼ-]+\s+)?(?!них\b|їх\b|нас\b|пострада|постражда|поранен|ранен|погибш|загибл"
    r"|людей|люди|жител|мешкан|дет|діт|человек|мужчин|чоловік|женщин|жінок|пенсионер|пенсіонер|сотрудник"
    r"|працівник|водител|водіїв|пассажир|пасажир|военн|військов|спасател|рятувальник|медик|горожан|сельчан"
    # ("один из мирных жителей", "одна з місцевих мешканок": the people's adjective before them)
    r"|мирн|местн|місцев|цивільн|гражданск)"
    r"[а-яіїєґё'’ʼ-]+(?:ий|ых|их|ів|ев|ов|ей|ий|ій|й|х)\b",
    re.IGNORECASE,
)
# "один из них – 12-летний мальчик", "одна з них – дівчинка": "one of them" and a dash, then who that one was
_ONE_OF_THEM = re.compile(r"^\s+(?:из|з|із)\s+(?:них|яких|которых)\s*[–—-]\s*(?=\S)", re.IGNORECASE)


# "9 (з них 3 дитини) – зазнали травм", "5 человек (среди них двое детей) ранены": a part of the people told in
# brackets between their number and their verb, read as the same part told between commas ("9, з них 3 дитини,
# зазнали травм"); a dash after the bracket goes too.  A bracket closed by a comma ("Погибли 3 человека (среди
# них ребенок), ранены 5") stays: its part is of the count before it
_BRACKETED_PART = re.compile(
    r"\((?P<part>\s*(?:(?:з|із|из|серед|среди)\s+(?:них|яких|которых)|зокрема|у\s+тому|в\s+тому|в\s+том|включно|"
    r"включая)(?!\w)[^()]{1,60})\)"
    r"(?P<dash>\s*[-–—]+)?(?=\s*[^\W\d_])",
    re.IGNORECASE,
)


def _part_between_commas(match: re.Match) -> str:
    dash = match.group("dash") or ""
    return "," + match.group("part") + "," + " " * len(dash)


@dataclass
class _ListedChildren:
    """Children told one by one after a toll the sentence before gave, then more of them.

    "Серед них 15-річний хлопець і 16-річна дівчина", "среди них двое детей и младенец", "среди них трое детей
    в возрасте пяти, шести и восьми лет и младенец": the children listed together are one count of children
    of that toll, all of them.
    """

    clause: str
    numbers: list
    kinds: list
    at: int | None = None  # the position of the last child told

    def goes_on_past_ages(self, number: NumberMatch) -> bool:
        """The list of children goes on at ``number``, past the ages of the last child told."""
        return self.at is not None and _goes_on_past_ages(self.clause, self.numbers[self.at], number)

    def tell(self, counts: list, position: int) -> None:
        """Count the child at ``position``: with the children told just before when the list goes on, else alone."""
        number = self.numbers[position]
        if (
            self.at is not None
            # (their ages between them: "три девочки в возрасте пяти, шести и восьми лет и мальчик")
            and all(self.kinds[between] is None for between in range(self.at + 1, position))
            and counts
            and counts[-1].field == "children_inherit"
            and (
                _listed(self.clause[self.numbers[position - 1].end : number.start])
                or self.goes_on_past_ages(number)
            )
        ):
            told = counts.pop()
            counts.append(
                Count(
                    "children_inherit",
                    told.value + number.value,
                    told.at_least or number.at_least,
                    told.start,
                )
            )
        else:
            counts.append(Count("children_inherit", number.value, number.at_least, number.start))
        self.at = position


# Between animals counted and a bare figure told of them next: "22 корови, ще 30 травмовано", "загинули 15 корів та
# поранено 20": joiners and words of death or hurt only
_JOINER = re.compile(r"і|й|та|и|а|ще|еще|ещё|також|также", re.IGNORECASE)


def _without_animals(clause: str) -> str:
    """The clause with animals' counts blanked out (same length, so every offset stays), and with each the bare
    figure told right after them with no noun of its own ("ще 30 травмовано"): a strike's dead cattle are no
    casualties."""
    numbers = find_numbers(clause)
    for position, number in enumerate(numbers):
        named = 0 if number.person or number.child else animal_words(clause[number.end :])
        if not named:
            continue
        blank = [number]
        after = numbers[position + 1] if position + 1 < len(numbers) else None
        if after is not None and not (after.person or after.child):
            words = re.findall(r"[^\W\d_]+|[.:;!?]", clause[number.end : after.start])
            between = words[named:]  # (past the animals' words)
            noun = re.match(r"\s*([^\W\d_]+)", clause[after.end :])
            if (
                between
                and len(between) <= 3
                and all(_JOINER.fullmatch(w) or kind_of(w) for w in between)
                # (no noun of its own: "ще 30 травмовані", "поранено 30."; not "поранено 4 людей")
                and (noun is None or kind_of(noun.group(1)))
            ):
                blank.append(after)
        for n in blank:
            clause = clause[: n.start] + " " * (n.end - n.start) + clause[n.end :]
    return clause


def find_counts(clause: str):
    """Casualty figures in a Ukrainian or Russian clause, and notes for casualties without a number.

    Same contract as :func:`data.extraction.counts.find_counts`.
    """
    clause = _SAME_AS.sub(lambda m: _same_length(m, _SAME_AS_WORD[m.lastgroup]), clause)
    clause = _BRACKETED_PART.sub(_part_between_commas, clause)
    for n in find_numbers(clause):
        if _RECEIVED_BEFORE.search(clause[: n.start]) and _WOUNDS_AFTER.match(clause[n.end :]):
            # "жінка дістала три осколкові поранення": wounds of one person, not three people (the number is
            # blanked out, so the person is read as for "дістала осколкові поранення")
            clause = clause[: n.start] + " " * (n.end - n.start) + clause[n.end :]
    clause = _without_animals(clause)
    for n in find_numbers(clause):
        # (never a person or child word: "девочка из того дома" is the girl, of that house)
        if not (n.person or n.child) and _ONE_OF_THINGS.match(clause[n.end :]):
            # "пострадали окна одного из медицинских учреждений", "пошкоджено вікна однієї з шкіл": one of
            # some things, no person
            clause = clause[: n.start] + " " * (n.end - n.start) + clause[n.end :]
    for n in find_numbers(clause):
        if n.value == 1 and not (n.person or n.child) and _ONE_OF_THEM.match(clause[n.end :]):
            # "погибли четверо, один из них – 12-летний мальчик": "one of them" names who that one is, a part
            # of the toll told after the dash, not a count of its own
            clause = clause[: n.start] + " " * (n.end - n.start) + clause[n.end :]
    numbers = list(find_numbers(clause))
    kinds = _members_after_colon(clause, numbers, [count_kind(clause, n) for n in numbers])
    for position in range(1, len(numbers)):
        # "серед них три жінки та двоє дітей": the part's list goes on
        back = position - 1
        # (past the ages of the item before: "три девочки в возрасте пяти, шести и восьми лет и мальчик")
        while back > 0 and kinds[back] is None and not numbers[back].person and not numbers[back].child:
            back -= 1
        if (
            kinds[position] is None
            and kinds[back] is not None
            and kinds[back][0] == "inherit"
            and (
                _listed(clause[numbers[back].end : numbers[position].start])
                if back == position - 1
                else _goes_on_past_ages(clause, numbers[back], numbers[position])
            )
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
        # "поранені хлопчики 7 й 13 років та 16-річна дівчина": the list goes on after the verb's people ("ранены
        # двое мужчин, а также 16-летний подросток": a figure with its people's word after it too)
        between = clause[numbers[position - 1].end : numbers[position].start]
        if (
            kinds[position] is None
            and kinds[position - 1] is not None
            and numbers[position].person
            and (numbers[position - 1].person or _people_word_first(between))
            and _listed(between, strict=True, same_verb=True)
        ):
            kinds[position] = (kinds[position - 1][0], numbers[position].child)
    kinds = [None if _whose(clause, n) else kind for n, kind in zip(numbers, kinds, strict=True)]
    counts: list = []
    last_adult: str | None = None
    group: list = []
    group_inherited = False
    described = 0
    listed = _ListedChildren(clause, numbers, kinds)
    for position, (number, kind) in enumerate(zip(numbers, kinds)):
        if kind is None:
            continue
        base, child = kind
        inherited = base == "inherit"
        if described and child and not inherited and number.value <= described:
            # "серед них ... двоє дітей, один малюк 3 рочки ..., хлопчик 13 років": the two children described
            described -= number.value
            continue
        described = number.value if inherited and child else 0
        if (
            base == "inherit"
            and position
            and kinds[position - 1] is None
            and not numbers[position - 1].person
            and not listed.goes_on_past_ages(number)
        ):
            if (
                child
                and last_adult is not None
                and _PATIENTS_STATE_PART.match(clause[numbers[position - 1].end :])
            ):
                # "17 поранених, 5 - у тяжкому стані, у тому числі 2 дітей": children among a part of the
                # hurt, so at least that many children hurt
                counts += list_counts(group)
                group = []
                counts.append(Count(f"children_{last_adult}", number.value, True, number.start))
            continue  # "психологи допомогли 126 особам, з них – 8 дітей": a part of a figure that is no toll
        if base == "inherit":
            if not child:
                continue  # "з них шестеро отримали допомогу": a part, not a count of its own
            if last_adult is None:
                # "Серед них 9-річний хлопчик": children of the count the sentence before gave.
                counts += list_counts(group)
                group = []
                listed.tell(counts, position)
                continue
            base = last_adult
        if not child:
            last_adult = base
        hospital = re.compile(r"^\W*(?:\S+\s+){0,2}?(?:госпіталізов|госпитализир|шпиталізов)", re.IGNORECASE)
        part_of_it = (
            bool(hospital.match(clause[number.end :]))
            # the word before this number, not after it: "35 людей, 28 госпіталізовано" reaches it in two words
            and not hospital.match(clause[numbers[position - 1].end : number.start] if position else "")
            # ("поранено 52-річну жінку та 19-річного хлопця, їх було госпіталізовано": all of them)
            and not re.match(
                r"^\W*(?:їх|их|обох|обоих|усіх|всіх|всех)\s", clause[number.end :], re.IGNORECASE
            )
        )  # "звернулися 35 людей, 28 госпіталізовано": the hospitalised are some of them
        if (
            group
            and group[-1][1] == base
            and not part_of_it
            and inherited == group_inherited  # "загинули 9 людей, двоє з них – діти": two of the nine
            and _listed(clause[numbers[position - 1].end : number.start])
        ):
            group.append((number, base, child))
            continue
        counts += list_counts(group)
        group = [(number, base, child)]
        group_inherited = inherited
    counts += list_counts(group)
    counts = _adult_and_child_told_apart(numbers, counts)
    counts += _children_listed_after_colon(clause, numbers, kinds, counts)
    counts = _add_one_more(clause, counts)
    for position, count in enumerate(counts):
        # "п'ятеро дорослих", "двух женщин": only the grown-ups; the event adds the children it already has.
        if count.field in (KILLED, INJURED) and re.match(
            r"^\S+\s+(?:дорослих|дорослі|взрослых|взрослые|жінок|жінки|чоловіків|чоловіки|женщин|женщины|мужчин|"
            r"мужчины)(?!\w)",
            clause[count.start :],
            re.IGNORECASE,
        ):
            counts[position] = Count(count.field, count.value, count.at_least, count.start, adults=True)
    for match in _PRONOUN_TOLL.finditer(clause) if not counts else ():
        # "Кількість постраждалих зросла – на зараз їх 11", "По состоянию на сейчас их пятеро".
        number = next((n for n in numbers if 0 <= n.start - match.end() <= 12), None)
        if number is not None:
            kind = toll_kind(clause[: match.start()])
            counts.append(Count(kind or "toll_inherit", number.value, number.at_least, number.start))
    for number in numbers if not counts else ():
        # "їхня кількість зросла до 5", "их число выросло до 7": the toll the sentence before named
        if re.search(
            r"(?<!\w)(?:їхня|їхнє|їх|их)\s+(?:кількість|число|количество)\s+(?:[\w'’ʼ]+\s+){0,2}до\s*$",
            clause[: number.start],
            re.IGNORECASE,
        ):
            # "обновил информацию о количестве пострадавших ..., их количество увеличилось до 35": the
            # toll this sentence named before the pronoun, else the one the sentence before named
            kind = toll_kind(clause[: number.start])
            counts.append(Count(kind or "toll_inherit", number.value, number.at_least, number.start))
    if (
        not counts
        and re.search(r"(?<!\w)(?:вона|він|она|он)(?!\w)", clause, re.IGNORECASE)
        and (_FATAL.search(clause) or _PRONOUN_DIED.search(clause))
    ):
        # "від отриманих травм вона померла": the one person the report is about died.
        counts.append(
            Count(KILLED, 1, False, (_FATAL.search(clause) or _PRONOUN_DIED.search(clause)).start())
        )
    hurt_pronoun = _PRONOUN_HURT.search(clause)
    if not counts and all(n.person and n.value == 1 for n in numbers) and hurt_pronoun:
        # (the one person may be named in the clause too: "Водитель уцелел, его госпитализировали")
        # "В магазине был 45-летний продавец. Он получил ранение.": the one person told of was hurt
        # ("Он получил ранения, вечером скончался": and died of them)
        died = _DIED_AFTER.search(clause, hurt_pronoun.end())
        verb = next(g for g in ("verb", "passive", "active") if hurt_pronoun.group(g))
        counts.append(Count(KILLED if died else INJURED, 1, False, hurt_pronoun.start(verb)))
    if not counts and not numbers and _NOT_SAVED.search(clause):
        # "Її госпіталізували, проте врятувати її не вдалося": the one person told of before died.
        counts.append(Count(KILLED, 1, False, _NOT_SAVED.search(clause).start()))
    for match in NOBODY.finditer(clause):
        text = match.group(0).lower()
        if re.search(
            r"(?<!\w)не(?:\s+(?:обійшлося|обійшлось|обошлось|обошлося|минулося|минулось|минуло|обходиться|обходится))?\s*$",
            clause[: match.start()],
            re.I,
        ):
            # "не обошлось без пострадавших", "не без жертв", "Не минулося без потерпілих": there were casualties
            continue
        if re.search(
            r"(?<!\w)(?:інформаці\w*|информаци\w*|відомост\w*|сведени\w*|дан(?:их|их|ных))\s+(?:про|о|об|щодо)\s*$",
            clause[: match.start()],
            re.I,
        ):
            continue  # "Информации о пострадавших нет": nothing is known yet, which is no zero (rule 8)
        if re.search(r"(?<!\w)(?:про|о|об|щодо)\s*$", clause[: match.start()], re.I) or re.match(
            r"\s*(?:інформаці|информаци|відомост|сведени|даних|данных|точн)", clause[match.end() :], re.I
        ):
            continue  # "О пострадавших пока нет информации": the same, told the other way round
        # "среди работников жертв нет": the people named just before the zero are whom it is told of, no one
        # of them a casualty (the person word is not one killed) ...
        counts = [
            c
            for c in counts
            if not (
                c.value and c.start < match.start() and " " not in clause[c.start : match.start()].strip(" ,")
            )
        ]
        among = re.search(r"(?<!\w)(?:серед|среди)\s+(?P<who>[\w'’ʼ]+)\s+$", clause[: match.start()], re.I)
        if among and not _WHOLE_POPULATION.match(among.group("who")):
            continue  # ... and the zero is theirs, a part of the people there: no figure for the attack
        counts.append(Count(KILLED, 0, False, match.start()))
        if not re.search(r"жертв|загибл|погибш", text) or re.search(
            r"постраждал|пострадав|поранен|ранен|потерпіл|потерпев", text
        ):
            # ("без жертв і постраждалих": neither killed nor hurt; "жертв немає", "загиблих немає", "обошлось без
            # погибших" alone: no one killed, the hurt not said, as "no one was killed" says nothing of them)
            counts.append(Count(INJURED, 0, False, match.start()))
    for match in NOBODY_KILLED.finditer(clause):
        counts.append(Count(KILLED, 0, False, match.start()))
    notes: list[str] = []
    for match in SOME.finditer(clause):
        kind = kind_of(match.group("what"))
        if not any(c.field == kind for c in counts):
            if kind and _one_person(match.group("what")):
                # "На жаль, є постраждалий", "есть погибший": the singular says one
                counts.append(Count(kind, 1, False, match.start("what")))
                continue
            notes.append(f"{'killed' if kind == KILLED else 'injured'} reported, no figure given")
    if CHILDREN_SOME.search(clause) and not any(c.field.startswith("children") for c in counts):
        notes.append("children among the casualties, number not given")
    if (
        _HOSPITALISED.search(clause)
        and not _HURT_WORD.search(clause)
        # ("14 человек госпитализированы, из них двое детей": the children of the hospital's own total)
        and not any(c.field == INJURED for c in counts)
    ):
        # "Двоє підлітків у віці 14 та 15 років потрапили до лікарні": the children taken to hospital are a
        # part of the children hurt, as "19 in serious condition, including 4 children" is
        counts = [
            Count(c.field, c.value, True, c.start, c.adults) if c.field == "children_injured" else c
            for c in counts
        ]
    told_age = _AGE_BY_PRONOUN.search(clause)
    if (
        told_age
        and int(told_age.group("age")) < 18
        and len(counts) == 1
        and counts[0].field in (KILLED, INJURED)
        and counts[0].value == 1
    ):
        # "хлопця доставили до лікарні з пораненнями, йому 16 років": the one person is a child
        counts.append(Count(f"children_{counts[0].field}", 1, False, told_age.start()))
    if not counts and _THESE_ARE.match(clause):
        counts += _people_these_are(numbers)
    if _HURT_THE_DAY_BEFORE.search(clause):
        # "евакуювали чоловіка, якого поранило напередодні": hurt in an attack told before, not this one
        counts = [c for c in counts if c.field not in (INJURED, "children_injured")]
    return counts, notes
