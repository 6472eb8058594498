"""Ukrainian and Russian place-name forms: case endings, oblast names and words that are no place."""

from __future__ import annotations

import re
from functools import lru_cache

from data.extraction.lookup import REGION_IN_NAME, Mention
from data.extraction.slavic.numbers import analyzer, lemmas
from geo.gazetteer import load_gazetteer, normalize_name

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
RUSSIAN_OBLASTS = {
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
ADJECTIVE_ENDING = re.compile(r"(?:ая|ой|ую|ий|ого|ому|ом|ие|их|ым|ими|ое)$")
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
    # A preposition that opens a sentence ("Из пяти раненых трое – дети"): not the village Iza
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
FIRST_NAMES = {"володимир", "владимир"}
SURNAME_AFTER = re.compile(
    r"^\s+[А-ЯІЇЄҐ][а-яіїєґ'’ʼ]+(?:ий|ій|ов|ев|єв|ін|ин|ко|ук|юк|чук|ич|ський|цький|ва|на)\b"
)
OBLAST_WORD_AFTER = re.compile(
    # ("(Дніпропетровська обл.)": no word boundary after the abbreviation's full stop)
    r"^\s*(?:(?:област[іяьи]|область|області|областей|региона?|регіон[уі]?)\b|обл\.)",
    re.I,
)
# (a city's hromada, "Покровська міська громада", is a place, not an office: its council, head or administration is)
_NOT_A_COMMUNITY = r"(?!\w*\s+(?:територіальн\w*\s+|территориальн\w*\s+)?(?:громад|общин|ОТГ|ТГ))"
SLAVIC_OFFICIAL_AFTER = re.compile(
    r"^\s*(?:ОВА|ОДА|МВА|РВА|ОГА|ГВА|обласн\w*|міськ"
    + _NOT_A_COMMUNITY
    + r"\w*|районн\w*|областн\w*|городск"
    + _NOT_A_COMMUNITY
    + r"\w*|военн\w*|військов\w*|"
    r"прокуратур\w*|поліці\w*|полици\w*|ДСНС|ГСЧС|мер\w*|рад[аиі])\b",
)
SLAVIC_OFFICIAL_BEFORE = re.compile(
    r"(?:мер|мера|мэр|мэра|голова|голови|очільник\w*|начальник\w*|глава|главы|губернатор\w*|керівник\w*|"
    r"міський\s+голова|городской\s+голова|поліці\w*|полици\w*|прокуратур\w*|адміністраці\w*|администраци\w*|"
    r"ОВА|ОДА|МВА|управлінн\w*|управлени\w*|служб\w*|влад[аиі]|власт[иь]|влада)\s+(?:міста\s+|города\s+)?$",
    re.IGNORECASE,
)
# "Державної служби з надзвичайних ситуацій Полтавської області", "ГУ ДСНС України в Полтавській області", "ГСЧС в
# Полтавской области": the emergency service of a region is an office, its region no attack site (said of a region
# only: "рятувальники ДСНС у Харкові" may be where they worked)
EMERGENCY_SERVICE_BEFORE = re.compile(
    r"(?:(?:служб\w*|управлінн\w*|управлени\w*)\s+(?:з|по)\s+(?:надзвичайн|чрезвычайн)\w*\s+ситуаці?\w*"
    r"|(?<!\w)(?:ДСНС|ГСЧС|ДСНСУ|МНС|МЧС))\s+(?:України\s+|Украины\s+)?(?:(?:у|в|во)\s+)?$",
    re.IGNORECASE,
)
LAND_BEFORE = re.compile(r"(?:^|\s)на\s+$", re.IGNORECASE)
# "після атаки на Одесу обстріляли Ізмаїльський район": the earlier attack is a reference, not this one (unless the
# clause names no other place and tells casualties: "Після удару по Сумах ще двоє людей звернулися до лікарів").
AFTER_ATTACK_BEFORE = re.compile(
    r"(?:після|после|слідом\s+за|вслед\s+за)\s+(?:\w+\s+)?(?:атаки|атак|удару|ударів|обстрілу|обстрела|удара)\s+"
    r"(?:на|по)\s+$",
    re.IGNORECASE,
)
# "районы, расположенные недалеко от Херсонской области", "район граничит с Запорожской областью": where a
# place lies, told for context ("упала недалеко от Одессы, ранены двое": the place the figures are near, when the
# clause names no other)
NEAR_BEFORE = re.compile(
    r"(?<!\w)(?:недалеко|неподалеку|неподалёку|неподалік)\s+(?:от|від)\s+$"
    r"|(?<!\w)(?:граничит|граничат|граничить|межує|межують)\s+(?:с|со|з|із)\s+$",
    re.IGNORECASE,
)
REFERENCE_BEFORE = re.compile(
    AFTER_ATTACK_BEFORE.pattern + r""
    # "автобус, який прямував із Путивля": where someone came from is not where the attack was.
    r"|(?:прямував\w*|їхав\w*|їхал\w*|ехал\w*|следовал\w*|направлял\w*|виїжджал\w*|выезжал\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:із|з|зі|из|от|від)\s+$"
    # "його госпіталізували в Херсон", "доставлены в Днепр", "ребенка увезли в Киев", "її перевели до лікарні
    # Львова": where the wounded were taken, not the attack.
    r"|(?:госпіталізува\w*|госпіталізован\w*|госпитализирова\w*|доставил\w*|доставлен\w*|доставили|доправил\w*|доправлен\w*|"
    r"(?<!\w)(?:у|від|от|ви|вы|при|пере)?(?:везл|везен|віз(?!\w)|вез(?!\w))\w*|(?<!\w)перев[еі]д\w*|(?<!\w)перевел\w*|"
    # (the verb, "переправили в", "переправлен в"; never the noun, "переправу в Вилково": a ferry crossing hit there)
    r"переправ(?:ил|лен|ля)\w*|транспорт(?:ува|ую|ирова)\w*|евакуйова\w*|эвакуирова\w*)\s+(?:\w+\s+){0,3}?(?:в|у|до|во)\s+"
    r"(?:(?:лікарн\w*|больниц\w*|медзаклад\w*|госпитал\w*|шпитал\w*)\s+)?$"
    # "у реанімації Києва помер": an intensive care ward is where the hurt lie, never where they were hurt
    r"|(?<!\w)(?:у|в|во)\s+(?:реанімації|реанимации|реанимационном\s+отделении|реанімаційному\s+відділенні)\s+$"
    # "з лівого берега Дніпра": the river, not the city.
    r"|(?:берег\w*|річк\w*|річц\w*|рек\w*|вздовж|вдоль|озер\w*|ставк\w*|ставу|водосховищ\w*|пруд\w*)\s+$"
    # "авто, яке рухалося трасою на Циркуни": where a road leads, not where the attack was
    r"|(?:трас\w*|дорог\w*|автодорог\w*|шлях\w*)\s+(?:\w+\s+){0,2}?(?:на|до)\s+$|(?:в|у)\s+(?:напрямку|направлении)\s+$"
    # "на трасі Миколаїв – Херсон", "трассой Херсон-Снигиревка": a road named by the towns at its ends, not a town hit
    r"|(?<!\w)(?:трасс?[аиіуеоы]\w*|дорог[аиіуеоы]\w*|автодорог\w*|шосе|шоссе|автошлях\w*)\s+"
    r"(?:[А-ЯІЇЄҐЁ][\w'’ʼ-]*\s*[–—-]\s*)?$"
    # "обстрілу Миколаєва з боку Херсону", "со стороны Белгорода": where the fire came from
    r"|(?:з|зі|із)\s+(?:боку|сторони)\s+$|со\s+стороны\s+$"
    # "дроны двигались в сторону Одессы", "курсом на Чорноморськ": where drones were heading, nothing hit there
    r"|(?<!\w)(?:в|у)\s+(?:сторону|бік|бок)\s+$|(?<!\w)курсом\s+на\s+$"
    # "по словам секретаря СНБО Данилова": a surname after an official's title and office's initials, never a place
    r"|(?<!\w)(?:секретар|голов|глав|начальник|очільник|керівник|руководител|министр|міністр|спікер|спикер|речник|"
    r"председател|директор|командувач|командующ|представител|радник|советник)\w*\s+[А-ЯІЇЄҐ]{2,6}\s+$"
    + r"|"
    + NEAR_BEFORE.pattern
    # "сили ППО ПвК \"Захід\" збили дрон", "ОК «Південь»": a command named after a side of the
    # country, never a place
    + r"|(?<!\w)(?:ПвК|ПК|ОК|ОСУВ|ОТУ|ОСГВ|командуванн\w*|командовани\w*|угрупованн\w*|угруповання|группировк\w*)"
    r"\s+[«\"“„']\s*$"
    # "кінотеатр «Мир»", "ТЦ \"Слобода\"", "санаторий «Победа»": a venue or firm named in quotes, never a place
    r"|(?<!\w)(?:кінотеатр\w*|кинотеатр\w*|ТЦ|ТРЦ|магазин\w*|супермаркет\w*|готел\w*|гостиниц\w*|санатор\w*|"
    r"завод\w*|підприємств\w*|предприяти\w*|комбінат\w*|комбинат\w*|стадіон\w*|стадион\w*|ресторан\w*|кафе|"
    r"ЖК|АЗС|елеватор\w*|элеватор\w*|компані\w*|компани\w*|фірм\w*|фирм\w*)\s+[«\"“„']\s*$",
    re.IGNORECASE,
)
# "населений пункт", "населенных пунктах": the official words for a settlement, which names the table knows follow
POPULATED_POINTS = r"[Нн]аселе(?:нн|н|ён)\w*\s+пункт\w*"
# The words for a settlement, in every case, Ukrainian and Russian, and their abbreviations: "у селі", "села", "сёл",
# "селищі", "в посёлке", "хуторі", "деревни", and "в с. Хотомля", "у с-щі Ківшарівка", "в пос. Ковшаровка", "в пгт
# Боровая" (the abbreviations of a roundup). The one list: :data:`SETTLEMENT_WORD` reads the name after one, and
# ``unlisted.py`` asks whether one stands before a name.
SETTLEMENT_NOUNS = (
    r"село|села|селу|селі|селе|селом|селам|селах|селами|сіл|сёл|сёла|сёлам|сёлах|сёлами"
    r"|селище|селища|селищу|селищі|селищем|селищ|селищам|селищах|селищами"
    r"|поселок|посёлок|поселка|посёлка|поселку|посёлку|поселке|посёлке|поселком|посёлком|поселки|посёлки"
    r"|поселков|посёлков|поселкам|посёлкам|поселках|посёлках|поселками|посёлками"
    r"|хутір|хутор|хутора|хутору|хуторі|хуторе|хутором|хутори|хуторов|хуторам|хуторах|хуторами"
    r"|деревня|деревни|деревне|деревню|деревней|деревень|деревням|деревнях|деревнями"
    r"|смт|пгт|с\.|сел\.|с-ще|с-щі|с-ща|смт\.|пос\.|пгт\."
    # "в населенных пунктах Судановка и Гречаное", "у населених пунктах Пропашне та Малинове": settlements named
    rf"|{POPULATED_POINTS}"
)
# "села Новояковлівка": a settlement the gazetteer may not list; kept by its name, without a point.
SETTLEMENT_WORD = re.compile(
    # ("(с.Кизомис, ...)": an abbreviation glued to its name, in brackets)
    rf"(?:^|(?<=[\s(]))(?:{SETTLEMENT_NOUNS})(?:\s+|(?<=\.)(?=[А-ЯІЇЄҐ]))"
    # "в пос. Казачья Лопань Дергачевской громады": two words, unless the second is the community's
    r"(?P<name>[А-ЯІЇЄҐ][\w'’ʼ-]+(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]+(?![\w'’ʼ-])(?!\s+(?:громад|общин|район|област|обл\.|ОТГ|сільськ|сельск|"
    r"селищн|поселков|міськ|городск|територ|территор)))?)(?![\w'’ʼ-])"
    # "в селі Новгород-Сіверської громади": a village of that community, its name not given
    r"(?!\s+(?:громад|общин|район|област|обл\.|ОТГ|сільськ|сельск|селищн|міськ|городск|територ|территор))(?P<more>(?:\s*(?:,|і|й|та|и)\s+[А-ЯІЇЄҐ][\w'’ʼ-]+)*)",
)
DISTRICT_AFTER = re.compile(
    # "Марганецкой и Покровской общинам": the first of two adjectives shares the noun after the second
    # ("Хотинська, Миколаївська сільська, Білопільська ... громади": a village community among them)
    r"^(?:\s+(?:сільськ|селищн|сельск|поселков)\w*(?=\s*,))?"
    r"(?:(?:,|\s+(?:и|і|та|й)|,\s+(?:и|і|та|й))\s+[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк)\w*"
    r"(?:\s+(?:сільськ|селищн|сельск|поселков)\w*(?=\s*,))?){0,8}"
    r"\s*(?:район\w*|громад\w*|ОТГ|ТГ|селищн\w*\s+громад\w*|(?:територіальн|сільськ|сельск|поселков|территориальн)\w*\s+"
    r"(?:громад|общин)\w*|общин\w*|обществ\w*|сельсовет\w*|старостат\w*|старостинськ\w*\s+округ\w*)\b",
    re.IGNORECASE,
)
CYRILLIC_NAME = re.compile(
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
def region_lands() -> dict[str, str]:
    """ "харківщина" -> "UA-63": region names formed from each oblast's adjective, plus a few by tradition."""
    lands = dict(_REGION_EXTRA)
    places = load_gazetteer().places.drop_duplicates("oblast_iso")
    for iso, name_uk in zip(places.oblast_iso, places.oblast_name_uk):
        adjective = normalize_name(str(name_uk).split()[0])
        for ending, land in _REGION_SUFFIXES:
            if adjective.endswith(ending):
                lands[adjective[: -len(ending)] + land] = iso
    return lands


def oblast_mention(oblast):
    """A mention of a gazetteer oblast, at its centre."""
    # Named as in English reports ("Kharkiv"), so that the same oblast pairs across languages.
    name = REGION_IN_NAME.sub("", oblast.name)
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
def common_word(word: str) -> bool:
    """An adverb, verb or other word that is never a place name, in both languages' dictionaries."""
    # The Ukrainian dictionary must say so (the Russian one guesses "Харків" is a gerund), and the Russian
    # one too unless the word is Ukrainian by its letters. Its apostrophe is the plain one: with a typographic
    # one ("Білогір’я") the dictionary guesses the word is no name.
    word = word.replace("’", "'").replace("ʼ", "'")
    tops = {}
    for language in ("uk", "ru"):
        parses = analyzer(language).parse(word)
        if any("Geox" in str(p.tag) for p in parses):
            return False
        tops[language] = bool(parses and parses[0].tag.POS in _NOT_A_NAME_POS)
    return tops["uk"] and (tops["ru"] or bool(re.search(r"[іїєґ]", word, re.IGNORECASE)))


# The endings of names made for places ("Новоселівка", "Осинове", "Щербаки"): a word the dictionary knows that
# ends so may be a village's name only
PLACE_ENDING = re.compile(
    r"(?:івка|ївка|овка|евка|ове|еве|єве|ине|іне|ське|цьке|зьке|ськ|цьк|ичі|івці|инці|ани|яни|поле|пілля|ілля"
    r"|град|город|ів|їв|ин|іно|ино|ьки|ки|ці|нка)$"
)
# "Нікопольщина", "Синельниковщины", "на Донеччині": a raion's (or region's) land, named by its -щина / -ччина noun
RAIONS_LAND = re.compile(r"(?:щин|ччин)\w*$", re.IGNORECASE)
# "райцентр", "районний центр", "районном центре": the centre town of the district named before
DISTRICT_CENTRE_WORD = re.compile(r"(?<![\w'’ʼ-])(?:райцентр|районн\w*\s+центр)\w*", re.IGNORECASE)
_ACTOR_GENITIVE = re.compile(r"^(?:рф|росії|россии|ворога|врага|окупантів|оккупантов|армії|армии|агресора)$")


@lru_cache(maxsize=5_000)
def sentence_word(word: str, following: str) -> bool:
    """ "Мирна жителька", "Атаки рф": an ordinary adjective before its noun, or a noun before the attacker,
    at the start of a sentence; the dictionary knows the word and never as a place. ``following``: the lower-case
    words after it (the first, and more only for an adjective's noun)."""
    languages = ("uk",) if re.search(r"[іїєґ]", word + following, re.IGNORECASE) else ("uk", "ru")
    first = following.split()[0] if following.split() else ""
    found = False
    for language in languages:
        parses = analyzer(language).parse(word.lower())
        if any("Geox" in str(p.tag) for p in parses):
            return False
        top = parses[0] if parses else None
        if not (top and top.is_known):
            continue
        # ("Нова": the noun, a star, and the adjective are equally likely)
        if any(p.tag.POS in ("ADJF", "ADJS") and p.score >= top.score for p in parses) and following:
            # ("Нова ворожа атака": other adjectives may stand between it and its noun)
            for next_word in following.split():
                nouns = analyzer(language).parse(next_word)
                if not (nouns and nouns[0].is_known and nouns[0].tag.POS == "ADJF"):
                    break
            found = found or bool(nouns and nouns[0].is_known and nouns[0].tag.POS == "NOUN")
        if top.tag.POS == "NOUN" and _ACTOR_GENITIVE.match(first):
            found = True
        if (
            top.tag.POS == "NOUN"
            and "Name" not in top.tag
            and not PLACE_ENDING.search(word.lower())
            and first
        ):
            # "Перемога буде за нами", "Надія на відновлення є": a common noun before its verb or preposition
            # (not a name made for a place: "Новоселівка зазнала обстрілу" is the village)
            after = analyzer(language).parse(first)
            found = found or bool(
                after and after[0].is_known and after[0].tag.POS in ("VERB", "PREP", "CONJ")
            )
    return found


def function_word(word: str) -> bool:
    """ "Более", "Також": the dictionary's likeliest reading is an adverb, comparative, particle, conjunction
    or preposition, and no reading is a place (a sentence may open with it; no village is meant)."""
    languages = ("uk",) if re.search(r"[іїєґ]", word, re.IGNORECASE) else ("ru", "uk")
    for language in languages:
        parses = analyzer(language).parse(word.lower())
        if not parses or any("Geox" in str(p.tag) for p in parses):
            return False
        top = parses[0]
        if top.is_known:
            return top.tag.POS in ("ADVB", "COMP", "PRCL", "CONJ", "PREP") and top.score >= 0.5
    return False


def starostat_village(stem: str) -> str | None:
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
    # "у Шосткинській — об'єкт", "Миколаївська сільська – загинув", "В Есманській пошкоджено ...", "Сумська: ..."
    r"^(?:\s*(?:сільськ|селищн|міськ|сельск|поселков|городск)\w*)?\s*[-–—:]|"
    r"^\s+(?:пошкоджен|зруйнован|понівечен|загину|постражд|поранен|травмован|повреждет|разрушен|погиб|пострадал)",
    re.IGNORECASE,
)
ELLIPSIS_NOUN = re.compile(r"(?<!\w)(област|обл\.|громад|общин|район|ОТГ)", re.IGNORECASE)


def elliptic_district(name: str, after: str, before: str) -> str | bool:
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
    nouns = ELLIPSIS_NOUN.findall(re.sub(r"(?<=район)(\w*)\s+(?:області|области)", r"\1", before))
    if nouns and nouns[-1].lower().startswith("обл"):
        return "oblast"
    if re.search(r"(?:ому|ого|ий|ом|ім|ое)$", name) and not nouns:
        return False  # a masculine or neuter adjective may be a village's own name ("у Боковому")
    return True


HOSPITAL_AFTER = re.compile(
    # "до Семенівської міської лікарні": a hospital named after its town is where the hurt were taken
    r"^\s*(?:(?:міськ|районн|обласн|центральн|багатопрофільн|городск|областн|дитяч|детск)\w*\s+)*"
    r"(?:лікарн|больниц|госпітал|госпитал|медзаклад)",
    re.IGNORECASE,
)


# "(троє дітей у Дніпрі у тяжкому стані)": where the hurt lie in hospital, not where they were hurt
PATIENTS_STATE_AFTER = re.compile(
    r"^\s*(?:у|в)\s+(?:(?:вкрай|дуже|украй|крайне|очень)\s+)?(?:тяжк|важк|критичн|тяжел|тяжёл|стабільн|стабильн"
    r"|задовільн|удовлетворительн|середн\w*\s+(?:тяжк|важк|тяжест))\w*\s+(?:стан|состояни)",
    re.IGNORECASE,
)
# A capitalised name, and what joins the items of a list ("A, B і C").
_CAPITALISED = r"[А-ЯІЇЄҐ][\w'’ʼ-]*"
_LIST_JOIN = r"(?:\s*,\s*|\s+(?:і|й|та|и)\s+)"

# "по Чернігівській, Сумській та Запорізькій областях", "в Донецкой и Харьковской областях": oblasts listed by
# their adjectives before one plural noun
OBLAST_LIST = re.compile(
    rf"(?P<list>{_CAPITALISED}(?:{_LIST_JOIN}{_CAPITALISED})+)\s+(?:областях|областям|областями|областей|області|области)(?![\w'’ʼ-])"
)

RAION_LIST = re.compile(
    rf"(?P<list>{_CAPITALISED}(?:{_LIST_JOIN}{_CAPITALISED}){{2,}})\s+(?:райони|районы|районів|районов|районах)\b"
)
