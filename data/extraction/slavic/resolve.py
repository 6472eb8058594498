"""A Ukrainian or Russian name, as inflected in the text, resolved to a gazetteer place."""

from __future__ import annotations

import re
from functools import lru_cache

from data.extraction.lookup import Mention, lookup_place, settlement_mention
from data.extraction.slavic.names import (
    ADJECTIVE_ENDING,
    DISTRICT_AFTER,
    FIRST_NAMES,
    HOSPITAL_AFTER,
    LAND_BEFORE,
    NOT_PLACES,
    OBLAST_WORD_AFTER,
    PATIENTS_STATE_AFTER,
    RUSSIAN_OBLASTS,
    SETTLEMENT_NOUNS,
    SLAVIC_OFFICIAL_AFTER,
    SURNAME_AFTER,
    common_word,
    elliptic_district,
    function_word,
    name_forms,
    oblast_mention,
    region_lands,
    sentence_word,
    starostat_village,
)
from data.extraction.slavic.numbers import analyzer
from geo.city_districts import district_cities, only_a_city_district
from geo.gazetteer import load_gazetteer, normalize_name
from geo.oblasts import find_oblast
from geo.romanisation import romanize_ukrainian
from geo.settlements import unit_centres


def _adjective_forms(stem: str, word: str) -> list[str]:
    """The names a community or raion adjective's stem may come from (``word`` is the adjective)."""
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
        stem + "са",  # Одеський, Одесский -> Одеса, Одесса
        stem + "си",  # Черкаський -> Черкаси (the с of the name and of the suffix are one)
    ]  # Сумський -> Суми, Полтавській -> Полтава
    if stem.endswith("ій"):
        forms.append(stem[:-1] + "я")  # Олександрійського -> Олександрія
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
    if re.search(r"[аеиіоуяєїю]н$", stem):
        forms.append(stem + "ка")  # Новоукраїнський, Знам'янський -> Новоукраїнка, Знам'янка
    if stem.endswith("ів"):
        forms.append(stem[:-2] + "і")  # Дергачівській громаді -> Дергачі
        forms.append(stem[:-2] + "и")  # Річківської громади -> Річки
    if re.search(r"цьк\w*$|цк\w*$", word):
        forms += [stem + "ць", stem + "цьк", stem + "цк"]  # Марганецька -> Марганець, Донецька -> Донецьк
        forms.append(stem + "к")  # Кременчуцький -> Кременчук (к before the suffix becomes ц)
        forms += [
            stem + "цький",
            stem + "цкий",
        ]  # Кропивницького району -> Кропивницький, named as its adjective
    if re.search(r"[^аеиіоуяєїю]е[^аеиіоуяєїюь]$", stem):
        forms.append(stem[:-2] + stem[-1] + "и")  # Лубенський -> Лубни: the е of the adjective comes and goes
    if re.search(r"(?<![цз])ь?ськ\w*$|(?<![цз])ск\w*$", word):
        # Покровська громада -> Покровське: a village's adjectival name, the least likely (an alternative)
        forms += [stem + "ське", stem + "ское"]
    return forms


# An adjective's oblique case after "-ськ-" / "-ск-" ("Таврійського", "Приморскому"), never a case of a noun in "-ськ"
_ADJECTIVE_OBLIQUE = re.compile(r"(?:ськ|цьк|зьк|ск|цк)(?P<ending>ого|ому)$")


# A roundup's paragraph opened by its region's adjective with the noun left out: "У Сумській вночі ...", "У
# Чернігівській за добу ...", "В Херсонской, по данным ОВА, ..." (the feminine locative agrees with the region;
# what follows is a time, the attacker or a pause, never a noun the adjective could qualify)
_REGION_LEAD_BEFORE = re.compile(r"(?:^|[.!?:;\n]\s*)(?:у|в|во)\s+$", re.IGNORECASE)
_REGION_LEAD_AFTER = re.compile(
    r"^(?:\s*[,:–—-]|\s+(?:за\s|протягом|впродовж|упродовж|в\s+течение|минул\w*\s+доб|вночі|уночі|вдень|зранку|"
    r"увечері|вчора|сьогодні|ночью|днем|днём|утром|вечером|вчера|сегодня|ворог|окупант|росіян|россиян|противник|враг|"
    r"рф\b|було|была|был|знову|снова))",
    re.IGNORECASE,
)


def oblast_of_adjective(word: str):
    """The oblast a Ukrainian or Russian adjective names in any case ("Сумській", "Херсонской"), or None."""
    for form in name_forms(word):
        oblast = find_oblast(form) if re.search(r"(?:ськ|цьк|зьк|ск|цк)[аяий]?$", form) else None
        if oblast is not None:
            return oblast
    iso = RUSSIAN_OBLASTS.get(ADJECTIVE_ENDING.sub("", word.lower()))
    return find_oblast(iso) if iso is not None else None


def _after_first_name(before: str) -> bool:
    """Whether the words before a name end with a first name the dictionary of their language knows as such
    ("Елена ", "Олег "): the name after it is the person's surname."""
    last = re.search(r"(?<![\w'’ʼ-])([А-ЯІЇЄҐ][а-яіїєґё'’ʼ]+)\s+$", before)
    if last is None:
        return False
    word = last.group(1)
    language = "uk" if re.search(r"[іїєґ]", word, re.IGNORECASE) else "ru"
    parses = analyzer(language).parse(word)
    return analyzer(language).word_is_known(word.lower()) and bool(parses) and "Name" in parses[0].tag


def _russian_verb_only(word: str, clause: str) -> bool:
    """Whether a word of a Russian clause (no Ukrainian letters in it) is one the Russian dictionary knows only as a
    verb ("Бил", "Ударил"): capitalised at a sentence's opening, it is no place, whatever Ukrainian name it sounds
    like."""
    if re.search(r"[іїєґ]", word + clause, re.IGNORECASE):
        return False
    russian = analyzer("ru")
    parses = russian.parse(word)
    return russian.word_is_known(word.lower()) and bool(parses) and all(p.tag.POS == "VERB" for p in parses)


def _own_name(form: str) -> bool:
    """Whether ``form`` is some place's own name in the gazetteer (not only an old, foreign or other name)."""
    return bool(load_gazetteer().primary.get(normalize_name(form)))


def resolve_place(name: str, after: str = "", before: str = ""):
    """A Mention for a Cyrillic place name in any case, or None.

    ``after`` / ``before`` are the words around it: "Харківської області" is the
    oblast, "на Запоріжжі" the region, "у Запоріжжі" the city.
    """
    tokens = name.split()
    if normalize_name(name) in NOT_PLACES or normalize_name(tokens[0]) in NOT_PLACES:
        return "blocked"
    if _RIVER_BEFORE.search(before):
        return "blocked"  # "уздовж ріки Дніпро", "вдоль Днепра", "на берегу Днепра": the river, not the city
    if re.search(r"[а-яіїєґё](?:ОВА|ОГА|ОДА|МВА)$", tokens[-1]):
        return "blocked"  # "главу ДнепрОВА", "ЗапорізькаОДА": the administration, glued to its city's name
    if len(tokens) == 1 and normalize_name(name) in FIRST_NAMES and SURNAME_AFTER.match(after):
        return "blocked"
    if len(tokens) == 1 and _after_first_name(before):
        return "blocked"  # "пресс-секретарь полиции Елена Медведева": a surname, no village Медведево
    if HOSPITAL_AFTER.match(after) or (PATIENTS_STATE_AFTER.match(after) and _LOCATIVE_BEFORE.search(before)):
        return "blocked"
    locative = bool(_LOCATIVE_BEFORE.search(before))
    if len(tokens) == 1 and _REGION_LEAD_BEFORE.search(before) and _REGION_LEAD_AFTER.match(after):
        oblast = oblast_of_adjective(tokens[0])
        if oblast is not None:
            return oblast_mention(oblast)  # "У Сумській вночі ...": a roundup's region, its noun left out
    elliptic = len(tokens) == 1 and elliptic_district(name, after, before)
    if elliptic == "oblast":
        oblast = oblast_of_adjective(tokens[0])
        if oblast is not None:
            return oblast_mention(oblast)
        # ("У Харківській області внаслідок удару по Куп'янську постраждали ...": no oblast's adjective, so no
        # oblast understood; a town whose name ends in "-ськ", in its dative or locative, which reads as one)
        elliptic = False
    if (
        len(tokens) == 1
        and not elliptic
        and common_word(tokens[0])
        and not (locative and re.search(r"(?:ому|ім)$", name))
        # ("попадания в Роменскую громаду": pymorphy3 knows the adjective, but a community noun follows)
        and not re.match(r"^\s*(?:громад|общин)\w*\b", after, re.IGNORECASE)
    ):
        # ("у Боковому", "у Дробишевому": a village's adjectival name after "у" is the village)
        return None  # "Частково зруйновано ...": a capitalised adverb at the start of a sentence
    if len(tokens) == 1 and _russian_verb_only(name, before + after):
        return None  # "Бил враг по Мировской громаде": a Russian verb opening the sentence, no village Біла
    if len(tokens) > 1 and OBLAST_WORD_AFTER.match(after):
        return None  # "село Богатир Донецької області": the village, then its oblast, each on its own
    if OBLAST_WORD_AFTER.match(after) or (
        SLAVIC_OFFICIAL_AFTER.match(after)
        and len(tokens) == 1
        and not re.match(r"^\s*(?:міськ|городск)\w*", after, re.IGNORECASE)
    ):
        # An adjective: "Харківської області", "Донецької ОВА", "Херсонська МВА", "Херсонской области".
        oblast = oblast_of_adjective(tokens[-1])
        if oblast is not None:
            return oblast_mention(oblast)
        if OBLAST_WORD_AFTER.match(after):
            return None  # an oblast's adjective is never its capital ("Днепропетровской области")
    lands = region_lands()
    for form in name_forms(tokens[-1]) if len(tokens) == 1 else []:
        iso = lands.get(normalize_name(form))
        if iso is not None and (
            form not in ("запоріжжя", "запорожье")
            or (tokens[0].lower() == "запоріжжі" and LAND_BEFORE.search(before))
        ):
            oblast = find_oblast(iso)
            if oblast is not None:
                return oblast_mention(oblast)
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
    # (also told in a line: "Постраждали території трьох громад Сумщини: Юнаківська, Білопільська ... та
    # Шалигінська")
    listed = len(tokens) == 1 and re.search(
        # ("четыре местных громады - Покровская, Марганецкая ... и Мировская": after a dash too)
        r"(?:громад|общин)\w*(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]*)?\s*(?::\s*(?:[-–—•*]\s*)?|[-–—]\s+)"
        r"(?:[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк)\w*(?:\s*,\s*|\s+(?:і|й|та|и)\s+))*$",
        before,
        re.IGNORECASE,
    )
    # "Київської міської військової адміністрації", "Харьковского городского совета": the city speaks
    city_office = len(tokens) == 1 and re.match(r"^\s*(?:міськ|городск)\w*", after, re.IGNORECASE)
    if (
        len(tokens) == 1
        and re.match(r"(?:київськ|киевск)", tokens[0], re.IGNORECASE)
        and re.match(r"^\s*район\w*\b", after, re.IGNORECASE)
    ):
        # "влучання у Київському районі" of Kharkiv (or Odesa): Kyiv has no raion of that name, so this is
        # a district of the city the report is about, never Kyiv
        return None
    # "уламки впали у двох районах – Оболонському та Святошинському": raions or a city's districts, listed
    # after their noun (each named after a town, or a district of the city: never a village)
    raion_list = bool(
        len(tokens) == 1
        and re.search(r"(?:ськ|цьк|зьк|ск|цк)\w*$", tokens[0])
        and _RAIONS_BEFORE.search(before)
    )
    # "у трьох районах міста, серед них у Печерському, ...", "В Оболонському районі ..., у
    # Деснянському – ...": a city's district (geo/city_districts.py) where the clause speaks of districts
    city_district = bool(
        len(tokens) == 1
        and district_cities(tokens[0])
        and re.search(r"(?:ий|ій|ый|ой|ого|ому|ом|ім|им|ая|ої|ой|ую)$", tokens[0])
        and (
            _DISTRICTS_BEFORE.search(before)
            or re.match(r"^[\s,іїйтаи]*(?:[А-ЯІЇЄҐ][\w'’ʼ-]*[\s,]+(?:і|й|та|и)?\s*)*район", after, re.I)
        )
    )
    if city_district and only_a_city_district(tokens[0]):
        # (a district of the city, no place of its own: the city is named elsewhere in the report)
        return "blocked"
    raion_list = raion_list or city_district
    if len(tokens) == 1 and (DISTRICT_AFTER.match(after) or listed or city_office or elliptic or raion_list):
        stem = re.sub(
            r"(?:ськ|цьк|зьк|ск|цк)(?:ий|ого|ому|им|ім|ій|ая|ой|ом|ої|ою|их|у|а|е|і|ое|ую)$",
            "",
            tokens[0].lower(),
        )
        forms = _adjective_forms(stem, tokens[0].lower())
        if re.search(r"[эыё]|(?:ск|цк)(?:ой|ую|ая|ом|ие|их|им)$", tokens[0].lower()):
            # Russian "по Эсманской и Белопольской громадам", "Краснопольскую громаду": the town's Ukrainian
            # name from the Russian stem (Есмань, Білопілля, Краснопілля)
            russian = re.sub(r"оль$", "іль", stem.replace("э", "е").replace("ы", "и").replace("ё", "е"))
            for guess in [russian, *ukrainian_spellings(russian)]:
                forms += ([guess[:-1] + "ля"] if guess.endswith("іль") else []) + [guess + "ь", guess]
            # "Белогородская община" -> Білогородка: a village's name in -ка, the last tried
            forms += [
                guess + "ка" for guess in ukrainian_spellings(russian) if not guess.endswith(("к", "ц"))
            ]
            # "Великописаревская", "Галицыновской", "Мировской": the Ukrainian adjective has і where the Russian
            # has е or о in its last syllable (Великописарівська, Галицинівська, Мирівська); its names too
            ikavic = re.sub(r"[ео](?=[^аеиіоуяєїюь]+$)", "і", russian)
            if ikavic != russian:
                forms += _adjective_forms(ikavic, tokens[0].lower())
            if re.search(r"[еоі]в$", russian):
                forms.append(stem + "ка")  # "Николаевская" -> Николаевка, a Russian name the gazetteer keeps
            if russian.startswith("красно"):
                # "Красногригорьевская" is Червоногригорівська: "красно-" translated from "червоно-" (tried
                # last, so Красноград's "Красноградская" is still Krasnohrad)
                forms += _adjective_forms("червоно" + stem[len("красно") :], tokens[0].lower())
        hits = []
        for form in forms:
            mention = lookup_place(form) if len(form) >= 3 and form != tokens[0].lower() else None
            if mention is not None and all(h.key != mention.key for h in hits):
                hits.append(mention)
        noun = DISTRICT_AFTER.match(after)
        if (raion_list or (noun and re.search(r"район\w*$", noun.group(0), re.IGNORECASE))) and (
            only_a_city_district(tokens[0])
        ):
            # "у Деснянському районі", "в Соломенском районе": a district of a city (geo/city_districts.py), no
            # place of its own and no raion's town; the city is named elsewhere in the report
            return "blocked"
        if raion_list or (noun and re.search(r"район\w*$", noun.group(0), re.IGNORECASE)):
            # A raion is named after a town: "у Деснянському, Оболонському районах" of Kyiv are no villages
            # Desna and Obolon, "Самарівського району" no village Samary.
            hits = [h for h in hits if _own_population(h) >= MIN_POPULATION_FOR_RAION]
            # "у Салтівському районі": the gazetteer lists Kharkiv's Saltivka as a place of its own; a raion's
            # "town" that lies inside a city many times its size is a district of that city
            hits = [_city_around(h) or h for h in hits]
        if not hits and not re.match(r"^\s*старост", after, re.IGNORECASE):
            # "у Бучанському районі", "в Белоцерковском районе", "Степногорскую громаду", "Часовоярській громаді": the
            # centre of the raion or hromada of that adjective (geo/settlements.py), when the spellings of the
            # town's name tried above miss it
            area = noun.group(0).lower() if noun else ""
            kind = (
                "raion"
                if raion_list or "район" in area
                else "hromada"
                if re.search(r"громад|общин|отг|тг", area)
                else None
            )
            if kind is not None or elliptic or listed:
                hits = _unit_centre_mentions(tokens[0], kind)
        if hits:
            hits[0].alternatives = hits[1:]
            hits[0].adjective = True
            if city_district:
                # ("у Подільському районі": Odesa oblast's raion, or a district of Kyiv, Poltava or Kropyvnytskyi)
                hits[0].district_of = district_cities(tokens[0])
            return hits[0]
        if (
            not hits
            and not raion_list
            and not (noun and re.search(r"район\w*$", noun.group(0), re.IGNORECASE))
        ):
            # "Губиниській громаді" -> Губиниха, "Мар'їнська громада" -> Мар'їнка: the one settlement whose
            # name is the adjective's stem and an ending of up to three letters.
            village = _village_of_stem(stem)
            if village is not None:
                village.adjective = True
                return village
        if stem != tokens[0].lower():
            if re.match(r"^\s*старост", after, re.IGNORECASE):
                # (Russian "в Бытицком старостате": the village's Ukrainian name has и for ы, е for э)
                stem = stem.replace("ы", "и").replace("э", "е").replace("ё", "е")
                # "у Стецьківському старостаті": a starostat is one village, named as its adjective says;
                # kept by that name when the gazetteer lacks it (Стецьківка, Велика Чернеччина)
                name = starostat_village(stem)
                if name is None and re.search(r"[иі]ць?к\w*$", tokens[0].lower()):
                    name = (stem + "ця").capitalize()  # "Битицький старостат" -> Битиця
                if name:
                    return Mention(name, 0, 0, "settlement", True, place_name=name)
            return None
    demoted: set[str] = set()
    if len(tokens) == 1:
        candidates = name_forms(tokens[0])
        oblique = _ADJECTIVE_OBLIQUE.search(tokens[0].lower())
        if oblique:
            # "по Таврійському", "Приморського": an adjective's case, so the village Таврійське, not the town
            # Таврійськ (whose cases are Таврійська, Таврійську); the bare stem is tried last, and no larger town
            # of that stem takes the name over
            demoted = {tokens[0].lower()[: oblique.start("ending")]}
            candidates = [c for c in candidates if c not in demoted] + [c for c in candidates if c in demoted]
        if tokens[0].lower().endswith("ці") and re.search(r"(?<!\w)(?:у|в|на)\s*$", before, re.IGNORECASE):
            # "у Петрівці" is the locative of Петрівка (a plural name Петрівці would be "у Петрівцях")
            candidates = candidates[1:] + candidates[:1]
    else:
        # "Кривому Розі", "Білій Церкві": each word back to its nominative.
        first = name_forms(tokens[0])[:10]
        possessive = re.match(r"^(.+)ов(?:ого|ому|им)$", tokens[0].lower())
        if possessive:
            # "Часового Яру", "у Часовому Яру": the possessive first word back to its nominative (Часів Яр)
            first.append(possessive.group(1) + "ів")
        last = name_forms(tokens[-1])
        candidates = [f"{a} {b}" for a in first for b in last]
    if len(tokens) == 1 and not before.strip(" \t«\"'“(—–-") and function_word(tokens[0]):
        return None  # "Более десяти домов ...": a word of comparison opening the sentence, no village
    best, best_own = None, False
    # ("перебували Антонівка, Львове, Тягинка": in Ukrainian, a name the gazetteer has as written is that place;
    # "Львове" is Lviv's locative in Russian only, "Приморське" no case of Приморський)
    as_written = (
        len(tokens) == 1
        and bool(re.search(r"[іїєґ]", before + " " + after, re.IGNORECASE))
        and not re.search(r"[ыэёъ]", before + " " + after, re.IGNORECASE)
    )
    for form in candidates:
        if normalize_name(form) in NOT_PLACES and best is None:
            # ("Українські військові": the adjective, no town; but "в Украинске" is Українськ, found before
            # pymorphy3's guessed lemma "украинский")
            return "blocked"
        mention = lookup_place(form)
        if mention is None:
            continue
        if best is None:
            best, best_own = mention, _own_name(form)
            if as_written and form == tokens[0].lower():
                break
        elif form not in demoted and _population(mention) >= max(10_000, 10 * _population(best)):
            # "Львове" is a village's own name and the locative of Львов (Lviv): the city is meant.
            best = mention
        elif not best_own and _own_name(form) and 10 * _population(mention) > _population(best):
            # "у Смілі": "Сміл" is an old name of Izmail, "Сміла" the town's own name; a case of a place's own name
            # beats a form that only an old or foreign name of another place matches (unless that place is ten times
            # larger, as in :func:`lookup_place`)
            best, best_own = mention, True
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
        and sentence_word(tokens[0], re.match(r"\s*((?:[а-яіїєґ'’ʼ]+\s+){0,2}[а-яіїєґ'’ʼ]*)", after).group(1))
        and _population(best) < 10_000
    ):
        return None  # "Мирна жителька ...", "Атаки рф на ...": a word that starts the sentence, not a village
    if best is not None and demoted and not best.alternatives:
        # ("по Степногірську, Приморському": of the places each nominative may be, Приморське of the oblast of the
        # places named beside it, not the larger Приморський of Crimea)
        best.alternatives = _namesakes([c for c in candidates if c not in demoted], best)
    if best is None and locative:
        # A village the gazetteer lists only in Latin ("у Дробишевому" -> Drobysheve): the national
        # romanisation of each nominative form, exact hits only.
        for form in candidates[:6]:
            mention = lookup_place(romanize_ukrainian(form))
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
            likelier = ukrainian_spellings(form)
            vowels = [v for v in vowel_spellings(form) if v not in likelier]
            for guess in likelier + vowels:
                mention = lookup_place(guess)
                # ("в Кураховке": after a preposition of place a village's Russian name is meant too, and so it is
                # after a settlement word: "в селе Мирное" is a village Мирне, not the town Мирний a lemma's vowels make)
                if mention is not None and (
                    ((locative or _SETTLEMENT_WORD_BEFORE.search(before)) and guess not in vowels)
                    or _population(mention) >= MIN_POPULATION_FOR_GUESS
                ):
                    if re.match(r"^\s*район\w*\b", after, re.IGNORECASE) and (
                        _own_population(mention) < MIN_POPULATION_FOR_RAION
                    ):
                        return None  # "обстреляли Центральный район" of Kherson
                    return mention
    return best


def _namesakes(forms: list[str], best) -> list:
    """The places other than ``best`` that the name's nominative ``forms`` name, the likeliest of each oblast, in
    the order of the forms."""
    gazetteer = load_gazetteer()
    found = []
    for form in forms:
        rows = gazetteer.primary.get(normalize_name(form)) or []
        for iso in dict.fromkeys(gazetteer.places.oblast_iso.iloc[r] for r in rows):
            mention = settlement_mention(
                gazetteer, form, [r for r in rows if gazetteer.places.oblast_iso.iloc[r] == iso]
            )
            if mention.key != best.key and all(m.key != mention.key for m in found):
                found.append(mention)
    return found


# "уздовж ріки", "вдоль реки", "along the river", "на березі", "вздовж": what follows is a river
_RIVER_BEFORE = re.compile(
    r"(?<!\w)(?:рік[аиуіо]\w*|річк\w*|рек[аиуео]\w*|уздовж|вздовж|вдоль|берег\w*|березі|бережок)\s+$",
    re.IGNORECASE,
)
# "у двох районах – Оболонському та Святошинському", "у районах: Шевченківському, ...": a list of districts
_RAIONS_BEFORE = re.compile(
    r"(?<!\w)район\w*\s*[-–—:]\s*(?:[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк)\w*\s*(?:,|і|й|та|и)\s*)*$",
    re.IGNORECASE,
)

# "у шести районах міста, зокрема в Дарницькому, ...", "В Оболонському районі ..., у ": districts spoken of before
_DISTRICTS_BEFORE = re.compile(r"(?<!\w)район\w*\b[^.;]{0,80}$", re.IGNORECASE)

_LOCATIVE_BEFORE = re.compile(
    r"(?:^|\s)(?:у|в|во|на|біля|поблизу|під|із|з)\s+(?:(?:с|смт|м)\.\s*)?$", re.IGNORECASE
)

# "в селе ", "жителя поселка ", "с. ": the name next is a settlement's
_SETTLEMENT_WORD_BEFORE = re.compile(rf"(?<![\w'’ʼ])(?:{SETTLEMENT_NOUNS})\s*$", re.IGNORECASE)

# A guessed Ukrainian spelling is trusted for towns, not for villages whose names recur everywhere.
MIN_POPULATION_FOR_GUESS = 3_000
MIN_POPULATION_FOR_RAION = 10_000


def _russian_base(form: str) -> str:
    """The first Ukrainian respelling of a Russian name: letters and endings (Приднепровское -> Придніпровське
    needs more: see :func:`ukrainian_spellings`)."""
    base = form.replace("ы", "и").replace("э", "е").replace("ё", "е").replace("ъ", "'")
    base = re.sub(r"(с|ц)к(ое|ая|ий|ой)$", r"\1ьк\2", base)  # Приднепровское -> ...ське
    base = re.sub(r"(с|ц)к$", r"\1ьк", base)  # Зеленодольск -> Зеленодольськ
    base = re.sub(r"^и", "і", re.sub(r"^алекс", "олекс", base))  # Ивановка -> Іванівка, Александровка
    return re.sub(r"ое$", "е", re.sub(r"ий$", "ий", base))


def ukrainian_spellings(form: str) -> list[str]:
    """Ukrainian spellings a Russian place name may have: Белозерка -> Білозерка, Веселое -> Веселе."""
    base = _russian_base(form)
    guesses = [base] + [base[:i] + "і" + base[i + 1 :] for i, letter in enumerate(base) if letter == "е"]
    if base.endswith("овка"):
        guesses.append(base[:-4] + "івка")  # Семеновка -> Семенівка
    if re.search(r"[бпвмф][яює]", base):
        guesses.append(re.sub(r"([бпвмф])([яює])", r"\1'\2", base))  # Купянск -> Куп'янськ
    if re.match(r"^о[лв]", base):
        guesses.append("ві" + base[1:])  # Ольшаны -> Вільшани, Ольховка -> Вільховка: Ukrainian в before і
    if base.startswith("каза"):
        guesses.append("коза" + base[4:])  # Казацкое -> Козацьке, as Казачья Лопань is Козача Лопань
    # A Russian и after a vowel is a Ukrainian ї (Украинск -> Українськ, Троицкое -> Троїцьке), and a soft sign
    # before и a doubled consonant before і, or an apostrophe before ї (Ильиновка -> Іллінівка, Марьинка -> Мар'їнка)
    soft = re.sub(r"(?<=[аеиіоуяюї])и", "ї", base)
    soft = re.sub(r"([лнтдсзц])ьи", r"\1\1і", soft)
    soft = re.sub(r"([рбпвмфк])ьи", r"\1'ї", soft)
    if soft != base:
        guesses += [soft] + ([soft[:-4] + "івка"] if soft.endswith("овка") else [])
    return [g for g in guesses if g != form]


def vowel_spellings(form: str) -> list[str]:
    """Less likely Ukrainian spellings of a Russian name: Степногорск -> Степногірськ (о in a closed
    syllable), Зализничное -> Залізничне (и for і), one letter at a time.  Trusted for towns only (of
    MIN_POPULATION_FOR_GUESS people or more: the villages Гірне and Горное are not told apart this way)."""
    base = _russian_base(form)
    return [base[:i] + "і" + base[i + 1 :] for i, letter in enumerate(base) if letter in "ои" and i]


def russian_word_spellings(word: str) -> list[str]:
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
        for guess in [base, *ukrainian_spellings(base)]:
            guess = re.sub(r"^каза", "коза", guess)  # Казачья -> Козача
            if guess not in spellings:
                spellings.append(guess)
    return spellings[:10]


def _two_word_russian(tokens: list[str]):
    """The gazetteer's place for a two-word Russian name, or None."""
    for first in russian_word_spellings(tokens[0]):
        for second in russian_word_spellings(tokens[1]):
            mention = lookup_place(f"{first} {second}")
            if mention is not None:
                return mention
    return None


def _population(mention) -> int:
    gazetteer = load_gazetteer()
    rows = gazetteer.primary.get(normalize_name(mention.place_name or mention.name), [])
    return max((int(gazetteer.places.population.iloc[r]) for r in rows), default=0)


def _unit_centre_mentions(adjective: str, kind: str | None) -> list:
    """Mentions of the centres of the raions or hromadas an adjective names (:func:`geo.settlements.unit_centres`),
    the gazetteer's place where it lists the centre in that oblast, else the centre kept by its name in its oblast."""
    gazetteer = load_gazetteer()
    mentions = []
    for centre in unit_centres(adjective, kind):
        rows = [
            r
            for r in gazetteer.index.get(normalize_name(centre.name_uk), [])
            if gazetteer.places.oblast_iso.iloc[r] == centre.oblast_iso
        ]
        if rows:
            mention = settlement_mention(gazetteer, centre.name_uk, rows)
        else:
            mention = Mention(centre.name_uk, 0, 0, "settlement", True, centre.oblast_iso, centre.name_uk)
        if all(m.key != mention.key for m in mentions):
            mentions.append(mention)
    return mentions


def _village_of_stem(stem: str):
    """The settlement a community adjective's stem names when exactly one name in the gazetteer is that
    stem and up to three letters more ("губини" -> Губиниха), or None."""
    key = normalize_name(stem)
    if len(key) < 5:
        return None
    names = {n for n in _cyrillic_names() if n.startswith(key) and 0 < len(n) - len(key) <= 3}
    return lookup_place(names.pop()) if len(names) == 1 else None


@lru_cache(maxsize=1)
def _cyrillic_names() -> tuple[str, ...]:
    return tuple(k for k in load_gazetteer().primary if re.search(r"[а-яіїєґ]", k))


def _city_around(mention):
    """The city of 500,000 people or more, three times the place's size, within 12 km of it in its oblast
    (the place is one of its districts), else None."""
    if mention.latitude is None or mention.longitude is None:
        return None
    places = load_gazetteer().places
    own = _own_population(mention)
    near = places[
        (places.oblast_iso == mention.oblast_iso)
        & (places.population >= max(500_000, 3 * own))
        & ((places.latitude - mention.latitude).abs() < 0.11)
        & ((places.longitude - mention.longitude).abs() < 0.17)
    ]
    if near.empty:
        return None
    city = lookup_place(near.sort_values("population").iloc[-1]["name"])
    if city is not None:
        city.adjective = True
    return city


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


VILLAGE_IN_BRACKETS = re.compile(
    r"(?P<raion>[А-ЯІЇЄҐ][\w'’ʼ-]*)\s+район\w*\s+[^()]{0,80}?\((?:(?:с|сел|смт|пгт|пос|м|г)\.\s*)?(?P<name>[А-ЯІЇЄҐ][\w'’ʼ-]+(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]+)?)\)",
    re.IGNORECASE,
)

MORE_IN_BRACKETS = re.compile(
    r"[^();]{0,80}?\((?:(?:с|сел|смт|пгт|пос|м|г)\.\s*)?(?P<name>[А-ЯІЇЄҐ][\w'’ʼ-]+(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]+)?)\)"
)


def listed_village(name: str):
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
        return respelled(name)
    return settlement_mention(gazetteer, name, rows)


def respelled(name: str):
    """A Ukrainian spelling of a Russian place name that the gazetteer knows ("Приднепровское" ->
    Придніпровське), or None."""
    if " " in name or re.search(r"[іїєґ]", name, re.IGNORECASE):
        return None
    found = next((m for g in ukrainian_spellings(name.lower()) for m in [lookup_place(g)] if m), None)
    if found is None:
        found = next(
            (
                m
                for g in vowel_spellings(name.lower())
                for m in [lookup_place(g)]
                if m is not None and _population(m) >= MIN_POPULATION_FOR_GUESS
            ),
            None,
        )
    return found
