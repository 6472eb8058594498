"""Places named in a Ukrainian or Russian clause: settlements, oblasts, lists and regional centres."""

from __future__ import annotations

import re
from functools import lru_cache

from data.extraction.exclusions import DATELINE_AFTER
from data.extraction.lookup import Mention, lookup_place, oblast_capital, settle_namesakes
from data.extraction.places import move_to_oblast
from data.extraction.slavic.counts import find_counts
from data.extraction.slavic.names import (
    AFTER_ATTACK_BEFORE,
    CYRILLIC_NAME,
    DISTRICT_AFTER,
    DISTRICT_CENTRE_WORD,
    ELLIPSIS_NOUN,
    EMERGENCY_SERVICE_BEFORE,
    NEAR_BEFORE,
    NOT_PLACES,
    OBLAST_LIST,
    PLACE_ENDING,
    POPULATED_POINTS,
    RAION_LIST,
    RAIONS_LAND,
    REFERENCE_BEFORE,
    SETTLEMENT_NOUNS,
    SETTLEMENT_WORD,
    SLAVIC_OFFICIAL_AFTER,
    SLAVIC_OFFICIAL_BEFORE,
    common_word,
    elliptic_district,
    name_forms,
    oblast_mention,
)
from data.extraction.slavic.numbers import analyzer
from data.extraction.slavic.resolve import (
    MORE_IN_BRACKETS,
    VILLAGE_IN_BRACKETS,
    listed_village,
    oblast_of_adjective,
    resolve_place,
    respelled,
)
from data.extraction.slavic.villages import candidates, russian_nominatives, russian_spelt, sounding
from data.extraction.slavic.words import HARM, LIST_HIT, SHOT_DOWN
from geo.city_districts import district_cities, only_a_city_district
from geo.gazetteer import normalize_name
from geo.oblasts import find_oblast
from geo.romanisation import romanize_ukrainian
from geo.russian_forms import find_russian
from geo.settlements import (
    SHARED_ADJECTIVE_READS,
    find_settlements,
    hromada_centres,
    hromada_code,
    load_settlements,
    one_centre,
    unit_centres,
    unit_stem,
)

# "селища X - передмістя Y", "в поселке X, пригороде Y": a village named as the city's suburb is the place hit
_SUBURB_OF = re.compile(
    rf"(?<!\w)(?:{SETTLEMENT_NOUNS})\s*[А-ЯІЇЄҐ][\w'’ʼ-]+\s*[,–—-]\s*(?:це\s+|это\s+)?"
    r"(?:передмісті|передмістя|передмістю|пригород\w*|околиц\w*|окраин\w*)\s+$",
    re.IGNORECASE,
)
_WHICH_LIES_IN = re.compile(
    r",\s*(?:(?:що|яка|який|яке|які|что|которая|который|которое|которые)\s+(?:розташован\w*\s+|расположен\w*\s+)?"
    # ("Большой Бурлук, расположенный в Купянском районе": the participle alone)
    r"|(?:розташован\w*|расположен\w*)\s+)(?:на|у|в|во)\s+$",
    re.IGNORECASE,
)


_STRUCK_NAME = re.compile(
    r"(?<!\w)(?:ударил\w*|вдарил\w*|вдарив|ударив|удари\w*|атакува\w*|атаковал\w*|обстріля\w*|обстреля\w*|"
    r"били|бив|бил[аи]?|цілил\w*|поцілил\w*|целил\w*|скинул\w*|сбросил\w*|гатил\w*"
    # the nouns: "авиаудары против Новоданиловки", "удари по Лютівці", "атаки на Зарічне"
    r"|(?:авіа|авиа)?удар(?:ы|ов|ів|ами|ам)?|атак[аиуй]|атаками|обстріл\w*|обстрел\w*)"
    r"(?:\s+(?!по\b|на\b|против\b|проти\b)[\w'’ʼ-]+){0,6}?\s+(?:по|на|против|проти)\s+"
    r"(?P<name>[А-ЯІЇЄҐ][\w'’ʼ-]+(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]+)?)(?![\w'’ʼ-])",
)
# "обстріляли Лютівку", "обстреляли из артиллерии Новопетровку": a name as the object of a verb of shelling
_SHELLING_VERB = (
    r"(?<!\w)(?:обстріля\w*|обстреля\w*|атакува\w*|атаковал\w*|накрил\w*|накрыл\w*|уразил\w*|вразил\w*)"
    r"(?:\s+(?:з|из|с)\s+[а-яіїєґ'’ʼ-]+)?\s+"
)
_SHELLED_NAME = re.compile(_SHELLING_VERB + r"(?P<name>[А-ЯІЇЄҐ][\w'’ʼ-]+)(?![\w'’ʼ-])")
# "внаслідок обстрілу Лобкового", "в результате обстрела Малой Токмачки": a name after the noun of shelling, in the
# genitive
_SHELLING_OF_NAME = re.compile(
    r"(?<!\w)(?:обстріл[уа]|обстрел[ау]|артобстріл[уа]|артобстрел[ау])\s+"
    r"(?P<name>[А-ЯІЇЄҐ][\w'’ʼ-]+(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]+)?)(?![\w'’ʼ-])"
)
# the names listed with one struck: "по Новоданиловке и Ольговскому", "Лютівку, Зарічне та Шевченкове"
_AND_NAME = re.compile(r"^(?:\s*,\s*|\s+(?:і|й|та|и)\s+)(?P<name>[А-ЯІЇЄҐ][\w'’ʼ-]+)(?![\w'’ʼ-])")
# "У Полівському поранено жінку", "в Ольговском": a village named by a neuter adjective, where something happened
_LOCATIVE_ADJECTIVE = re.compile(
    r"(?<![\w'’ʼ])(?i:у|в|во)\s+(?P<name>[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк)(?:ому|ом|ім))(?![\w'’ʼ-])"
)
# "в Яцковке", "В Рай-Александровке": a capitalised Russian word in the locative after в / во / у
_RUSSIAN_LOCATIVE = re.compile(
    r"(?<![\w'’ʼ])(?i:в|во|у)\s+(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:е|и))(?![\w'’ʼ-])"
)


@lru_cache(maxsize=5_000)
def _dictionary_word(word: str) -> bool:
    """Whether the Russian dictionary knows the word (Украине, Кремле, Европе, Сети, but also Андреевке)."""
    return analyzer("ru").word_is_known(word.lower())


# A front's direction named by its adjective ("На Донецком направлении", "на Покровському напрямку"): no place
_DIRECTION_AFTER = re.compile(
    r"^\s*(?:напрям(?:ок|ку|ки|ків|ках)|направлени(?:е|и|я|ях))(?![\w'’ʼ-])", re.IGNORECASE
)
_YEAR_AFTER = re.compile(r"^\s*(?:год|года|году|годом|рік|року|роком|році)(?![\w'’ʼ-])", re.IGNORECASE)
_COMMUNITY_NOUN_AFTER = re.compile(
    r"^\s*(?:(?:сільськ|селищн|міськ|сельск|поселков|городск|територіальн|территориальн)\w*\s+)?"
    r"(?:громад\w*|общин\w*|ОТГ|ТГ)(?![\w'’ʼ-])"
)
# The noun a list of community adjectives shares, after the other adjectives ("Покровська та Марганецька громади",
# "Покровской, Марганецкой и Мировской общинам"); the group is the qualifier before the noun, if any
SHARED_COMMUNITY_NOUN_AFTER = re.compile(
    # ("Покровська сільська, Марганецька громади": the first adjective's own qualifier before the comma)
    r"^(?P<own>\s+(?:сільськ|селищн|міськ|сельск|поселков|городск)\w*(?=\s*,))?"
    r"(?:\s*(?:,|і|й|та|и|а\s+також|а\s+также)\s*[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк)\w*)*"
    r"\s+(?P<qualifier>(?:(?:сільськ|селищн|міськ|сельск|поселков|городск|територіальн|территориальн)\w*\s+)?)"
    r"(?:громад\w*|общин\w*|ОТГ|ТГ)(?![\w'’ʼ-])"
)
# What follows a unit's adjective ("по Донецкой области", "на Покровському напрямку"): no village
_UNIT_AFTER = re.compile(
    # ("в Ізюмському та Лозівському районах": the unit after a list of adjectives)
    r"^(?:\s*(?:,|і|й|та|и)\s*[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк)\w*)*"
    r"\s*(?:област\w*|обл\.|район\w*|громад\w*|общин\w*|ОТГ|ТГ|напрям\w*|направлен\w*|ОВА|ОГА|МВА)",
    re.IGNORECASE,
)


_VILLAGE_OF_COMMUNITY = re.compile(
    # (the preposition may be missing: "после обстрела Дачного Кураховской общины", a genitive)
    r"(?:(?<![\w'’ʼ])(?P<preposition>(?i:у|в|во))\s+)?(?<![\w'’ʼ-])(?P<name>[А-ЯІЇЄҐ][\w'’ʼ-]+)\s+(?P<community>[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк)(?:ої|ой))\s+"
    r"(?i:(?:(?:сільськ|селищн|міськ|сельск|поселков|городск)\w*\s+)?(?:громади|громады|общины|ОТГ|ТГ))(?![\w'’ʼ-])"
)


_COMMUNITY_ADJECTIVES = re.compile(
    r"(?P<list>[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк)\w*(?:(?:\s*,\s*|\s+(?:і|й|та|и)\s+)[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк)\w*)*)"
    r"\s+(?:(?:сільськ|селищн|міськ|сельск|поселков|городск|територіальн|территориальн)\w*\s+)?"
    r"(?:громад\w*|общин\w*|ОТГ|ТГ)(?![\w'’ʼ-])"
)


# The kind of settlement a hromada's qualifier says its centre is ("Покровська сільська громада": a village's)
_QUALIFIED_CENTRE = (
    (re.compile(r"міськ|городск", re.IGNORECASE), "city"),
    (re.compile(r"селищн|поселков", re.IGNORECASE), "settlement"),
    (re.compile(r"сільськ|сельск", re.IGNORECASE), "village"),
)


def _community_centre(adjective: str, oblasts: set, qualifier: str = "", raions: frozenset = frozenset()):
    """The centre of the one hromada an adjective in any case names ("Часовоярській" -> Часів Яр), or None.

    Of several, those of the oblast named with it; of the kind its qualifier says ("міська", "сільська",
    "селищна"); of a raion (``raions``, (oblast, raion) pairs) of the other places named; and where two hromadas of one
    raion share the adjective and the report does not say which, the one the labelling guide reads it as
    (:data:`geo.settlements.SHARED_ADJECTIVE_READS`: the Nikopol district's "Покровська громада" is Покровське's)."""
    feminine = re.sub(r"((?:ськ|цьк|зьк|ск|цк))\w*$", r"\1а", adjective)
    centres = hromada_centres(romanize_ukrainian(feminine))
    if re.search(r"[іїєґ]|ьк", adjective, re.IGNORECASE):
        # (the Latin key is loose, "Борзнянська" and "Березнянська" alike: a hromada spelt in Ukrainian as written
        # comes first; a Russian spelling, "Хотинской" for Хотінська, is not the Ukrainian Хотинська)
        centres = [c for c in centres if unit_stem(c.hromada_uk) == unit_stem(feminine)] or centres
    if len({(c.name_uk, c.oblast_iso) for c in centres}) > 1 and raions:
        centres = [c for c in centres if (c.oblast_iso, c.raion_uk) in raions] or centres
    if len(oblasts) == 1:
        centres = [c for c in centres if c.oblast_iso in oblasts] or centres
    kind = next((k for pattern, k in _QUALIFIED_CENTRE if pattern.search(qualifier)), None)
    if kind is not None:
        centres = [c for c in centres if c.category == kind] or centres
    if (
        len({(c.name_uk, c.oblast_iso) for c in centres}) > 1
        and len({(c.oblast_iso, c.raion_uk) for c in centres}) == 1
    ):
        centres = [c for c in centres if hromada_code(c.katottg) in SHARED_ADJECTIVE_READS] or centres
    return one_centre(centres)


def community_centre(adjective: str, oblasts: set, qualifier: str = "", raions: frozenset = frozenset()):
    """The centre of the one hromada ``adjective`` names in ``oblasts``, read as :func:`_community_centre` reads it,
    or None when none of that name lies there."""
    centre = _community_centre(adjective, oblasts, qualifier, raions)
    return centre if centre is not None and centre.oblast_iso in oblasts else None


def _community_oblasts(clause: str, mention) -> set:
    """The oblasts with a hromada of the adjective ``mention`` is, when a community noun follows it (alone or shared
    with the adjectives after it: "Покровській, Мирівській громадах"); else an empty set."""
    after = clause[mention.end :]
    if not (_COMMUNITY_NOUN_AFTER.match(after) or SHARED_COMMUNITY_NOUN_AFTER.match(after)):
        return set()
    feminine = re.sub(r"((?:ськ|цьк|зьк|ск|цк))\w*$", r"\1а", mention.name)
    if feminine == mention.name and not feminine.endswith("а"):
        return set()
    return {c.oblast_iso for c in hromada_centres(romanize_ukrainian(feminine))}


def _oblast_of_communities(clause: str, mentions: list) -> set:
    """The one oblast that has a hromada of every community adjective of the clause, when there are two or more of
    them, as a set (empty when none or several do)."""
    sets = [oblasts for m in mentions if (oblasts := _community_oblasts(clause, m))]
    if len(sets) < 2:
        return set()
    common = set.intersection(*sets)
    return common if len(common) == 1 else set()


_RAION_NAMED = re.compile(r"([А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк)\w*)\s+район\w*")


# The community a settlement lies in, in the genitive right after it ("у Сергіївці Андріївської громади", "в Ямполе
# Лиманской громады")
_HOME_COMMUNITY_AFTER = re.compile(
    r"^\s+([А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк)(?:ої|ой)(?![\w'’ʼ-]))\s+"
    r"(?:(?:сільськ|селищн|міськ|сельск|поселков|городск|територіальн|территориальн)\w*\s+)?"
    r"(?:громади|громады|общины|ОТГ|ТГ)(?![\w'’ʼ-])"
)


def _into_its_community(mention, adjective: str) -> None:
    """ "в Ямполе Лиманской громады": of the settlements of that name, the one of that community (Yampil of Donetsk
    oblast, not the larger town of Vinnytsia oblast), when the settlements table has one there; ``mention`` is moved
    to its oblast, and to its own point."""
    units = {(c.oblast_iso, c.hromada_uk) for c in unit_centres(adjective, "hromada")}
    there = [
        s
        for s in find_settlements(mention.place_name or mention.name)
        if (s.oblast_iso, s.hromada_uk) in units
    ]
    if not there:
        # "в Остром Кураховской громады", "в Новоукраинке Угледарской громады": a Russian spelling of the
        # community's own village (Гостре, Новоукраїнка of Donetsk oblast), not the place the gazetteer read
        village = community_village(mention.name, adjective)
        if village is not None:
            _at_village(mention, village)
        return
    if len({(s.oblast_iso, s.hromada_uk) for s in there}) != 1:
        return
    village = there[0]
    if mention.oblast_iso != village.oblast_iso:
        move_to_oblast(mention, village.oblast_iso)
        as_written = normalize_name(mention.place_name or "") == normalize_name(mention.name)
        if as_written and mention.oblast_iso == village.oblast_iso:
            mention.place_name = village.name  # (kept as written, "Новоукраинке": by the village's own name)
    if village.own_point and mention.oblast_iso == village.oblast_iso:
        # (a village of that name elsewhere in the oblast is another village: the community's own one)
        mention.latitude, mention.longitude = village.latitude, village.longitude


def _at_village(mention, village) -> None:
    """Put the mention at a village of the settlements table: its own point, or its hromada's centre, as
    ``data.extraction.unlisted`` places a village (left where it is when the table knows the village no nearer
    than its raion)."""
    if village.located not in ("own", "hromada"):
        return
    oblast = find_oblast(village.oblast_iso)
    mention.oblast_iso, mention.oblast = village.oblast_iso, oblast.name if oblast else None
    mention.place_name, mention.alternatives = village.name, []
    mention.latitude, mention.longitude = village.latitude, village.longitude


def community_village(word: str, adjective: str):
    """The one settlement of the hromada a Russian adjective names ("Звановской") whose name the Russian ``word``
    in any case spells the Russian way (``geo.russian_forms``: "Переездном" -> Переїзне, "Северном" -> Північне of
    the Toretsk community, not the Сєверне of other communities), or None."""
    if re.search(r"[іїєґ]", word + adjective, re.IGNORECASE):
        return None
    units = {(c.oblast_iso, c.hromada_uk) for c in unit_centres(adjective, "hromada")}
    for form in russian_nominatives(word):
        there = {
            s.katottg: s
            for iso in {o for o, _ in units}
            for s in find_russian(form, iso)
            if (s.oblast_iso, s.hromada_uk) in units
        }
        if there:
            return next(iter(there.values())) if len(there) == 1 else None
    return None


def _raions_named(mentions: list, clause: str = "") -> frozenset:
    """The (oblast, raion) pairs of the settlements named so far and of the raions the clause names ("Нікопольського
    району"), for a hromada adjective that several raions share."""
    pairs = {
        (c.oblast_iso, c.raion_uk)
        for m in _RAION_NAMED.finditer(clause)
        for c in unit_centres(m.group(1), "raion")
    }
    for m in mentions:
        if m.precision == "settlement" and m.oblast_iso and m.place_name:
            for s in find_settlements(m.place_name, m.oblast_iso):
                pairs.add((s.oblast_iso, s.raion_uk))
    return frozenset(pairs)


def _nominative_name(name: str, adjectival: bool = False) -> str | None:
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
    forms = [
        f for f in name_forms(words[0]) if re.search(r"(?:івка|ївка|ивка|овка|евка|ове|еве|єве|ине|іне)$", f)
    ]
    if not forms and adjectival:
        # "против Ольговского", "по Гуляйпольскому": a village named by a neuter adjective, which must be a
        # settlement's name (in Ukrainian, or as a Russian one sounds in some oblast)
        forms = [
            f for f in name_forms(words[0]) if re.search(r"(?:ське|цьке|ское|цкое)$", f) and _a_settlement(f)
        ]
    if not forms or common_word(words[0]):
        return None
    return forms[0].capitalize()


def _village_in(word: str, oblast_iso: str):
    """The one settlement of the oblast an inflected name may be ("Волшебном" -> Чарівне, "Дубках" ->
    Дубки), or None."""
    for form in [word.lower(), *name_forms(word)[1:8]]:
        found = [s for s in candidates(form) if s.oblast_iso == oblast_iso]
        if found:
            break
    else:
        found = sounding(word, oblast_iso)
    return found[0] if found and len({s.name for s in found}) == 1 else None


def _a_settlement(name: str) -> bool:
    """Whether the settlements table has a village of the name, as written or as a Russian name sounds."""
    return bool(candidates(name)) or any(sounding(name, iso) for iso in _oblasts())


@lru_cache(maxsize=1)
def _oblasts() -> tuple[str, ...]:
    return tuple(sorted(set(load_settlements().table.oblast_iso)))


def _two_word_village(name: str):
    """ "Новоселовка Первая", "Средний Бурлук": a two-word Russian name the gazetteer lacks that spells the Russian
    way one settlement name of the table (``geo.russian_forms``), kept by that Ukrainian name (its first word
    alone may be another place: Novoselivka), or None."""
    if re.search(r"[іїєґ]", name, re.IGNORECASE) or any(common_word(w) for w in name.split()[:1]):
        return None
    found = russian_spelt(name)
    if len({s.name_uk for s in found}) != 1:
        return None
    mention = listed_village(found[0].name_uk)
    return mention or Mention(name, 0, 0, "settlement", True, place_name=found[0].name_uk)


def find_places(clause: str) -> list:
    """Places named in a Ukrainian or Russian clause as possible attack sites.

    Same contract as :func:`data.extraction.places.find_places`: settlements and
    oblasts the gazetteer knows, without speakers, datelines and places abroad;
    ``strong`` is False for a place named as the seat of an office ("мер Харкова",
    "Харківська ОВА").  A name several oblasts have is settled by the clause's
    other places (:func:`data.extraction.lookup.settle_namesakes`).
    """
    mentions, references = _named_places(clause)
    if SHOT_DOWN.search(clause) and not HARM.search(clause) and not LIST_HIT.search(clause):
        # "сбили 14 дронов в Одесской области": a region where drones fell to air defence, nothing there hit (a
        # city's may be where the debris of the next sentence fell: "над Харьковом сбили пять дронов")
        mentions = [m for m in mentions if m.precision != "oblast"]
    if not mentions and references:
        if find_counts(clause)[0]:
            # ("Після удару по Сумах ще двоє людей звернулися до лікарів": the figures are that attack's)
            mentions = references
    # "зернохранилище (Новая Александровка)": a village the gazetteer lacks, kept by its two words; its second
    # word alone is no other place
    mentions = [
        m
        for m in mentions
        if not any(
            o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
            for o in mentions
        )
    ]
    if re.search(r"(?<!\w)район", clause, re.IGNORECASE):
        # "повреждения в трех районах, среди них в Печерском ...": where a clause speaks of districts,
        # an adjective that names a city's district (geo/city_districts.py) is no village Дарницьке or Дніпровське;
        # a raion's town it may name too (Podilsk for "Подільському") is kept, to be folded into the city when the
        # report names it (folding.fold_city_districts)
        # ("в трех районах – Оболонском, Днепровском и Святошинском": Днепровском beside districts only Kyiv has is
        # Kyiv's district too, not the raion of Dnipro)
        cities = {
            city
            for word in re.findall(r"[А-ЯІЇЄҐ][\w'’ʼ-]+", clause)
            if _ADJECTIVE_WORD.search(word) and only_a_city_district(word)
            for city in district_cities(word)
        }
        mentions = [
            m
            for m in mentions
            if (m.district_of and not m.district_of & cities)
            or " " in m.name.strip()
            or not district_cities(m.name)
            or not _ADJECTIVE_WORD.search(m.name)
        ]
    homes = []
    for mention in mentions:
        # "обстреляли Петропавловку Купянского района": the raion after a village says which of its namesakes
        # it is (Kharkiv oblast's, not the larger one of Dnipropetrovsk oblast)
        raion = _RAION_AFTER.match(clause[mention.end :])
        if raion is None or mention.precision != "settlement" or mention.district:
            continue
        seats = [m for m in _named_places(raion.group("raion") + " району")[0] if m.district]
        if len(seats) == 1:
            move_to_oblast(mention, seats[0].oblast_iso)
        if raion.group("lead").strip():
            homes.append((mention, mention.end + raion.start("raion"), raion.group("raion")))
    # ("обстріляли Кочеток у Чугуївському районі. Поранено двох людей.": the raion told with its village only says
    # where it lies, no second place the next sentence's toll might be of)
    mentions = [m for m in mentions if not any(_home_raion(m, *home) for home in homes)]
    return settle_namesakes(mentions)


def _home_raion(mention, village, start: int, adjective: str) -> bool:
    """Whether ``mention`` is the raion named at ``start`` after ``village`` and the village lies in it."""
    if not mention.district or mention.start != start:
        return False
    raions = {(s.oblast_iso, s.raion_uk) for s in unit_centres(adjective, "raion")}
    rows = find_settlements(village.place_name or village.name, village.oblast_iso)
    return any((s.oblast_iso, s.raion_uk) in raions for s in rows)


_RAION_NOUN_AFTER = re.compile(
    r"^(?:(?:\s*,|\s+(?:і|й|та|и))\s+[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк)\w*){0,8}\s*район\w*\b",
    re.IGNORECASE,
)
_ADJECTIVE_WORD = re.compile(r"(?:ий|ій|ый|ой|ого|ому|ом|ім|им|ая|ої|ую)$")
# The raion a village lies in, right after it: "Петропавловку Купянского района", "Малу Данилівку в Харківському
# районі", "в селе Протопоповка (Изюмский район)"
_RAION_AFTER = re.compile(
    r"^(?P<lead>\s+(?:(?:у|в|во)\s+)?|\s*\(\s*)"
    r"(?P<raion>[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк|зк)(?:ого|ому|ім|ом|ий|ій|ый|ой))\s+район(?:[ауеі]|\s*\))(?![\w'’ʼ-])"
)


def _named_places(clause: str) -> tuple[list, list]:
    """The places named in the clause, and those named only as the target of an attack told as a reference
    ("після атаки на Одесу")."""
    mentions, references = [], []
    for match in CYRILLIC_NAME.finditer(clause):
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
                if mention is None and size == 2:
                    mention = _two_word_village(candidate)
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
        if DATELINE_AFTER.match(after) or REFERENCE_BEFORE.search(before):
            if (
                AFTER_ATTACK_BEFORE.search(before) or NEAR_BEFORE.search(before)
            ) and not DATELINE_AFTER.match(after):
                references.append(found)
            continue
        if _SUBURB_OF.search(before):
            continue  # "у селищі Надеждівка — передмісті Сум": the village is where, the city only says where it lies
        if mentions and _WHICH_LIES_IN.search(before):
            continue  # "Межівська громада, що на Синельниківщині": where the place named before lies
        if _DIRECTION_AFTER.match(after):
            continue  # "На Донецком направлении", "на Покровському напрямку": a front's direction, no place
        if _YEAR_AFTER.match(after):
            continue  # "за часы до Нового года", "з Новим роком": the holiday, not the village Nove
        if found.precision == "settlement" and found.oblast_iso and _COMMUNITY_NOUN_AFTER.match(after):
            # "Кураховская громада" is Курахове's hromada, not the village Курахівка its stem also makes: the centre
            # of the one hromada of that name in the oblast, when the table has it
            qualifier = _COMMUNITY_NOUN_AFTER.match(after).group(0)
            raions = _raions_named(mentions, clause)
            centre = _community_centre(found.name, {found.oblast_iso}, qualifier, raions)
            # (of the oblast the name first resolved to, or of a raion of the places named beside it)
            oblasts = {found.oblast_iso} | (
                {centre.oblast_iso} if centre and (centre.oblast_iso, centre.raion_uk) in raions else set()
            )
            if centre is None or centre.oblast_iso not in oblasts:
                # "в Мировской общине": no hromada of that name lies in the oblast of the village the stem first
                # made (Мирівка of Kyiv oblast), and the one hromada of Ukraine the adjective names, in Russian
                # spelling too, is Мирове's of the Nikopol district
                units = unit_centres(found.name, "hromada")
                if len({(u.name_uk, u.oblast_iso) for u in units}) == 1 and not any(
                    u.oblast_iso == found.oblast_iso for u in unit_centres(found.name)
                ):
                    centre = units[0]
                    oblasts = oblasts | {centre.oblast_iso}
            if centre is not None and centre.oblast_iso in oblasts:
                better = listed_village(centre.name_uk)
                if better is not None and better.oblast_iso != centre.oblast_iso:
                    move_to_oblast(better, centre.oblast_iso)
                if better is not None and centre.own_point:
                    # (the centre's own point: a village of that name elsewhere in the oblast is another village)
                    better.latitude, better.longitude = centre.latitude, centre.longitude
                if better is not None and better.key != found.key and better.oblast_iso in oblasts:
                    better.name, better.start, better.end = found.name, found.start, found.end
                    better.strong = found.strong
                    found = better
        home = _HOME_COMMUNITY_AFTER.match(after)
        if home and found.precision == "settlement" and not found.adjective:
            _into_its_community(found, home.group(1))
        if (
            SLAVIC_OFFICIAL_BEFORE.search(before)
            or SLAVIC_OFFICIAL_AFTER.match(after)
            or (found.precision == "oblast" and EMERGENCY_SERVICE_BEFORE.search(before))
        ):
            found.strong = False
        mentions.append(found)
    # "села Новояковлівка Запорізького району", "Кириківська громада": a district names where a
    # settlement lies; drop it when a settlement is named beside it.
    for match in SETTLEMENT_WORD.finditer(clause):
        spans = [match.span("name")]
        # "по селах Веселе і Козацьке": every name of the list is a village.
        spans += [
            (match.start("more") + m.start(), match.start("more") + m.end())
            for m in re.finditer(r"[А-ЯІЇЄҐ][\w'’ʼ-]+", match.group("more") or "")
            # ("с. Циркуни, Внаслідок обстрілу ...": the next sentence after a lost full stop, no village)
            if not common_word(m.group(0))
        ]
        for start, end in spans:
            # ("с. Нова Козача": the two-word name after the settlement word, not the village Нове its first
            # word alone would be)
            mentions = [
                m for m in mentions if not (m.start == start and m.end < end and " " in clause[start:end])
            ]
            if not any(m.start <= start < m.end for m in mentions):
                name = clause[start:end]
                mention = listed_village(name)
                if mention is not None:
                    mention.start, mention.end = start, end
                    mentions.append(mention)
                    continue
                if re.match(POPULATED_POINTS, match.group(0)) and not candidates(name):
                    # ("из трех населенных пунктов Глава района призвал": a lost full stop; the official word for
                    # a settlement is followed by names the settlements table knows, never kept by the name alone)
                    continue
                mentions.append(Mention(name, start, end, "settlement", True, place_name=name))
    struck = [(m.span("name"), m.group("name")) for m in _LOCATIVE_ADJECTIVE.finditer(clause)]
    for match in [
        *_STRUCK_NAME.finditer(clause),
        *_SHELLED_NAME.finditer(clause),
        *_SHELLING_OF_NAME.finditer(clause),
    ]:
        struck.append((match.span("name"), match.group("name")))
        position = match.end()
        while True:
            # "авиаудары против Новоданиловки и Ольговского": each name listed with the one struck
            more = _AND_NAME.match(clause[position:])
            if more is None:
                break
            struck.append(((position + more.start("name"), position + more.end("name")), more.group("name")))
            position += more.end()
    for (start, end), struck_name in struck:
        # "ударили по Жовтій Кручі": a place the gazetteer lacks, named right after what struck it, kept
        # by its name in the nominative (a two-word name, or one with a village's ending)
        covered = [m for m in mentions if m.start < end and start < m.end]
        if covered and not (
            # ("по Зеленій Діброві" is no village Зелена: a two-word name is whole when its words agree)
            len(covered) == 1 and covered[0].start == start and covered[0].end < end and " " in struck_name
        ):
            continue
        if _UNIT_AFTER.match(clause[end:]):
            continue  # "по Донецкой области", "атаки на Покровском направлении"
        if " " not in struck_name and not covered:
            # "обстрелял Белополье, Ворожбу и Юнаковку": a Russian spelling of a place the gazetteer knows
            guessed = next(
                (m for form in name_forms(struck_name)[:10] for m in [respelled(form)] if m is not None), None
            )
            if guessed is not None:
                guessed.name, guessed.start, guessed.end = struck_name, start, end
                mentions.append(guessed)
                continue
        name = _nominative_name(struck_name, adjectival=True)
        if name is not None and covered:
            mentions.remove(covered[0])
        if name is None or any(normalize_name(f) in NOT_PLACES for f in [name, *name_forms(struck_name)[:6]]):
            continue  # ("удар по Украине": the country, whose "-ине" looks like a village's Калинине)
        mentions.append(Mention(struck_name, start, end, "settlement", True, place_name=name))
    for known in [
        m for m in mentions if m.precision == "settlement" and m.oblast_iso and m.latitude is not None
    ]:
        # "в Гуляйполе и Волшебном", "по Волшебному и Гуляйполю": a name coordinated with a place the gazetteer
        # knows, after a preposition, is a village of its oblast when the settlements table has one of that name
        # there (as written, or as the Russian name sounds: Волшебное is Чарівне)
        after = _AND_NAME.match(clause[known.end :])
        before = re.search(
            r"(?<!\w)(?i:в|у|во|на|по|против|проти|під|под|біля|возле)\s+(?P<name>[А-ЯІЇЄҐ][\w'’ʼ-]+)"
            r"(?:\s*,\s*|\s+(?:і|й|та|и)\s+)$",
            clause[: known.start],
        )
        preposition = re.search(
            r"(?<!\w)(?i:в|у|во|на|по|против|проти|під|под|біля|возле)\s+$", clause[: known.start]
        ) or re.search(_SHELLING_VERB + "$", clause[: known.start])
        spans = []
        if after is not None and preposition is not None:
            spans.append((known.end + after.start("name"), known.end + after.end("name")))
        if before is not None:
            spans.append(before.span("name"))
        for start, end in spans:
            word = clause[start:end]
            if any(m.start < end and start < m.end for m in mentions) or _UNIT_AFTER.match(clause[end:]):
                continue
            if normalize_name(word) in NOT_PLACES:
                continue
            village = _village_in(word, known.oblast_iso)
            if village is not None and (not common_word(word) or re.search(r"[еє]$", village.name_uk)):
                # (a word the dictionary knows only when the village's name is a neuter adjective, Чарівне:
                # "по Білозерці та Надії на краще" names no village Надія)
                mentions.append(Mention(word, start, end, "settlement", True, place_name=village.name_uk))
    for match in _VILLAGE_OF_COMMUNITY.finditer(clause):
        # "У Шостаківці Новодонецької громади", "В Шостаковке Новодонецкой громады": a village the gazetteer
        # lacks, named with its community, kept by its name in the nominative
        start, end = match.span("name")
        word = match.group("name")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        village = community_village(word, match.group("community"))
        if match.group("preposition") is None:
            # (no preposition: only the community's own village of that Russian spelling, "Дачного Кураховской
            # общины" -> Дачне of that community; never a word before a community, "Глава Покровской громады")
            name = village.name_uk if village is not None else None
        else:
            name = _nominative_name(word)
        if name is None and village is not None:
            name = village.name_uk  # ("В Переездном Звановской громады": that community's Переїзне)
        if name is None and match.group("preposition") and not common_word(word) and candidates(word):
            # ("В Мемрике Новогродовской громады": a Russian form no ending rule brings back, that the settlements
            # table knows: kept as written, the table places it once the report is read)
            name = word
        if name is not None and normalize_name(name) not in NOT_PLACES:
            mentions.append(Mention(word, start, end, "settlement", True, place_name=name))
            # the community after its village only says where the village lies: no event of its own
            home_start, home_end = match.span("community")
            mentions = [m for m in mentions if not (home_start <= m.start < home_end)]
    for match in _RUSSIAN_LOCATIVE.finditer(clause):
        # "в Яцковке сгорел сарай", "В Никоноровке разбита теплица": a Russian locative of a name no dictionary
        # knows, which spells the Russian way a settlement of the table (``geo.russian_forms``) of one name
        start, end = match.span("name")
        word = match.group("name")
        if any(m.start < end and start < m.end for m in mentions) or re.search(r"[іїєґ]", word, re.I):
            continue
        if _UNIT_AFTER.match(clause[end:]) or _DIRECTION_AFTER.match(clause[end:]):
            continue
        if normalize_name(word) in NOT_PLACES or resolve_place(word) is not None:
            continue  # (a place the gazetteer knows was read, or set aside, as such: "в Харькове в тяжелом состоянии")
        found = russian_spelt(word)
        if len({s.name_uk for s in found}) != 1 or common_word(found[0].name_uk):
            continue
        if _dictionary_word(word) and not PLACE_ENDING.search(found[0].name_uk.lower()):
            continue  # (Украине, Кремле, Москве: words the dictionary knows; Андреевке is Андріївка)
        mention = listed_village(found[0].name_uk)
        if mention is None:
            mention = Mention(word, start, end, "settlement", True, place_name=found[0].name_uk)
        mention.name, mention.start, mention.end = word, start, end
        mentions.append(mention)
    bracketed = []
    for match in VILLAGE_IN_BRACKETS.finditer(clause):
        bracketed.append((match, match.span("name"), match.group("name")))
        position = match.end()
        while True:
            # "... гараж (с. Ольховка), частный дом (сел. Слатино)": each bracket of the raion
            more = MORE_IN_BRACKETS.match(clause, position)
            if more is None:
                break
            bracketed.append((match, more.span("name"), more.group("name")))
            position = more.end()
    for match, (start, end), bracket_name in bracketed:
        if bracket_name.isupper():
            continue  # "... Купянского района, сообщил глава областной администрации (ОВА)": an office, no village
        # "у Лозівському районі пошкоджено приватний будинок (Орілька)": the village in brackets is where
        mentions = [m for m in mentions if not (m.start <= start < m.end)]
        mention = listed_village(bracket_name)
        if mention is None:
            mention = Mention(bracket_name, start, end, "settlement", True, place_name=bracket_name)
        mention.start, mention.end = start, end
        raion = next((m for m in mentions if m.start == match.start("raion")), None)
        if raion is not None:
            # (in the raion's oblast: "у Богодухівському районі ... (Золочів)" is Kharkiv oblast's Zolochiv)
            move_to_oblast(mention, raion.oblast_iso)
        mentions.append(mention)
    for match in _COMMUNITY_ADJECTIVES.finditer(clause):
        # "В Кураховской громаде обстреляно Острое": a Russian name in the clause of the one community it names is that
        # community's village of this spelling (Гостре), also when the gazetteer read a namesake of another oblast
        adjectives = re.findall(r"[А-ЯІЇЄҐ][\w'’ʼ-]*", match.group("list"))
        if len(adjectives) != 1 or re.search(r"[іїєґ]", clause, re.IGNORECASE):
            continue
        for word in re.finditer(r"(?<![\w'’ʼ-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w'’ʼ-])", clause):
            start, end = word.span()
            if start < match.end():
                named = re.search(r"(?:село|с\.|пос\.|поселок|посёлок)\s+$", clause[:start], re.IGNORECASE)
            else:
                named = re.search(_SHELLING_VERB + "$", clause[match.end() : start])
            if not named:
                continue  # (only a village named as such, "село X ...", or one the community's shelling names)
            same = [m for m in mentions if (m.start, m.end) == (start, end)]
            if same and same[0].precision == "settlement" and not same[0].adjective:
                _into_its_community(same[0], adjectives[0])
                continue
            if any(m.start < end and start < m.end for m in mentions):
                continue
            village = community_village(word.group(0), adjectives[0])
            if village is not None:
                mentions.append(
                    Mention(word.group(0), start, end, "settlement", True, place_name=village.name_uk)
                )
                _at_village(mentions[-1], village)
    for match in _COMMUNITY_ADJECTIVES.finditer(clause):
        # "обстрелы Торецкой и Часовоярской громад", "У Часовоярській громаді": a community whose adjective the
        # gazetteer cannot bring back to its town (Часовоярська is Часів Яр's), found among the hromadas of the
        # settlements table, when one hromada of Ukraine (or of the oblast of the places named with it) has the name
        for word in re.finditer(r"[А-ЯІЇЄҐ][\w'’ʼ-]*", match.group("list")):
            start, end = match.start("list") + word.start(), match.start("list") + word.end()
            if any(m.start < end and start < m.end for m in mentions):
                continue
            centre = _community_centre(
                word.group(0),
                {m.oblast_iso for m in mentions if m.oblast_iso},
                match.group(0)[match.end("list") - match.start() :],
                _raions_named(mentions, clause),
            )
            if centre is None:
                continue
            mention = listed_village(centre.name_uk)
            if mention is None:
                mention = Mention(word.group(0), start, end, "settlement", True, place_name=centre.name_uk)
            mention.name, mention.start, mention.end = word.group(0), start, end
            mentions.append(mention)
    for match in OBLAST_LIST.finditer(clause):
        # "Росіяни стріляли по Сумській, Полтавській та Одеській областях": each adjective an oblast
        if REFERENCE_BEFORE.search(clause[: match.start("list")]):
            # ("громады, лежащие недалеко от Донецкой и Запорожской областей": where, for context)
            mentions = [m for m in mentions if not (match.start("list") <= m.start < match.end("list"))]
            continue
        for word in re.finditer(r"[А-ЯІЇЄҐ][\w'’ʼ-]*", match.group("list")):
            oblast = oblast_of_adjective(word.group(0))
            if oblast is None:
                continue
            start, end = match.start("list") + word.start(), match.start("list") + word.end()
            mentions = [m for m in mentions if not (start <= m.start < end)]
            mention = oblast_mention(oblast)
            mention.name, mention.start, mention.end = word.group(0), start, end
            mentions.append(mention)
    raion_spans = []
    for match in RAION_LIST.finditer(clause):
        # "удары пришлись на Изюмский, Чугуевский и Харьковский районы", "по селам Богодуховского и
        # Харьковского районов": each raion is named as hit, so each is its centre
        # town (labelling rule 4, amended 2026-11-30), unless the report names a settlement of it
        # (communities.drop_cyrillic_homes_of_named_places); a toll told with the list is the oblast's day
        start, end = match.span("list")
        listed = [m for m in mentions if start <= m.start < end and m.precision == "settlement"]
        oblasts = {m.oblast_iso for m in listed}
        if len(oblasts) != 1 or len(listed) < 2:
            mentions = [m for m in mentions if not (start <= m.start < end)]
            continue
        raion_spans.append((start, end))
        if find_counts(clause)[0]:
            oblast = find_oblast(next(iter(oblasts)))
            if oblast is not None:
                mentions = [m for m in mentions if not (start <= m.start < end)]
                mention = oblast_mention(oblast)
                mention.name, mention.start, mention.end = match.group("list"), start, end
                mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    mentions = _listed_names(clause, mentions)
    mentions = _regional_centre(clause, mentions)
    mentions = _the_capital(clause, mentions)
    for mention in mentions:
        # "у Полтавському районі": a raion, which beside its oblast is the oblast's attack (as in English).
        # ("в Ізюмському та Лозівському районах": each adjective before the one plural noun)
        mention.district = bool(_RAION_NOUN_AFTER.match(clause[mention.end :]))
        nouns = ELLIPSIS_NOUN.findall(
            re.sub(r"(?<=район)(\w*)\s+(?:області|области)", r"\1", clause[: mention.start])
        )
        if not mention.district and mention.adjective and nouns and nouns[-1].lower() == "район":
            # "у Куп'янському районі ..., в Ізюмському - ..., у Чугуївському - ...": raions too
            mention.district = (
                elliptic_district(mention.name, clause[mention.end :], clause[: mention.start]) is True
            )
        if any(start <= mention.start < end for start, end in raion_spans):
            mention.district = True  # (each raion of a list before one plural noun)
    for position, mention in enumerate(mentions):
        # "по Никополю, Марганецкой и Покровской общинам": of the towns an adjective may name, the one in
        # the oblast of the places named with it.
        others = {m.oblast_iso for m in mentions if m is not mention and not m.alternatives and m.oblast_iso}
        if not others and mention.alternatives:
            # "у Покровській, Мирівській громадах": no place of the list is certain alone, but the one oblast that
            # has a hromada of each adjective is where the list lies (Nikopol district's, not Pokrovsk's)
            others = _oblast_of_communities(clause, mentions)
        if mention.alternatives and len(others) == 1 and mention.oblast_iso not in others:
            better = next((a for a in mention.alternatives if a.oblast_iso in others), None)
            shared = SHARED_COMMUNITY_NOUN_AFTER.match(clause[mention.end :])
            if better is not None and shared:
                # "Нікополь, а також Покровська та Марганецька громади": of the oblast's places the adjective may
                # name, the centre of the hromada of that name in the raion of the places named with it (the Nikopol
                # district's bare "Покровська" is Покровське's hromada, labelling rule 4), not the larger town
                centre = _community_centre(
                    mention.name,
                    others,
                    shared.group("own") or shared.group("qualifier"),
                    _raions_named([m for m in mentions if m is not mention]),
                )
                village = listed_village(centre.name_uk) if centre is not None else None
                if village is not None and village.oblast_iso != centre.oblast_iso:
                    move_to_oblast(village, centre.oblast_iso)
                if village is not None and centre.own_point:
                    village.latitude, village.longitude = centre.latitude, centre.longitude
                if village is not None and village.oblast_iso in others:
                    better = village
            if better is not None:
                better.name, better.start, better.end = mention.name, mention.start, mention.end
                better.district, better.strong = mention.district, mention.strong
                better.alternatives = [mention, *(a for a in mention.alternatives if a is not better)]
                mentions[position] = better
    kept = []
    for mention in mentions:
        district = DISTRICT_AFTER.match(clause[mention.end :])
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
            r"|(?:пгт|смт|села|селі|селе|селищі|поселке|посёлке|місті|городе)\s+)?"
            # "Чугуївський район, м. Вовчанськ.": an administration's log names the raion, then the place
            r"|^\s*район\w*\s*,\s+(?:(?:с|смт|м|пгт|пос|сел|г)\.\s*|(?:село|селище|смт|пгт|місто)\s+)",
            clause[mention.end :],
            re.IGNORECASE,
        )
        if lies_in and any(m.start == mention.end + lies_in.end() for m in mentions):
            continue
        # "Ізюмський район, Донецька ТГ с. Піски": a community before its village says where it lies
        community_of = re.match(
            r"^\s*(?:територіальн\w*\s+|сільськ\w*\s+|селищн\w*\s+|міськ\w*\s+)?(?:ТГ|ОТГ|громад\w*|общин\w*)"
            r"\s*,?\s+(?:(?:с|смт|м|пгт|пос|сел|г)\.\s*|(?:село|селище|смт|пгт)\s+)",
            clause[mention.end :],
        )
        if community_of and any(m.start == mention.end + community_of.end() for m in mentions):
            continue
        # "Цієї ночі під вогнем була Нікопольщина – Покровська громада": a raion's land or the raion before a dash and
        # a community says where the community lies; so do several communities under one noun ("Ізюмщина — Балаклійська,
        # Савинська громади")
        dash = re.match(r"^\s*[–—-]\s*", clause[mention.end :])
        if (
            dash
            and (mention.district or RAIONS_LAND.search(clause[mention.start : mention.end]))
            and any(
                m.start == mention.end + dash.end()
                and re.match(
                    r"^(?:(?:\s*,\s*|\s+(?:і|й|та|и)\s+)[А-ЯІЇЄҐ][\w'’ʼ-]*)*"
                    r"\s*(?:територіальн\w*\s+|сільськ\w*\s+|міськ\w*\s+)?(?:громад|общин)",
                    clause[m.end :],
                    re.I,
                )
                for m in mentions
            )
        ):
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
                r"(?:громад\w*|общин\w*|ОТГ)\s*(?:,|\(|у|в|во|на)?\s*(?:[А-ЯІЇЄҐ][\w'’ʼ-]*\s+(?:област\w*|обл\.)\s*,?\s*)?",
                clause[m.end : mention.start],
                re.IGNORECASE,
            )
        ]
        # ("Покровскую громаду Синельниковщины", "Межівська громада на Синельниківщині": the raion's land, as the raion;
        # not beside "the district centre", which the land names: "в райцентре и Марганецкой общине Никопольщины")
        if (
            mention.district
            or (
                mention.precision == "settlement"
                and RAIONS_LAND.search(clause[mention.start : mention.end])
                and not DISTRICT_CENTRE_WORD.search(clause)
            )
        ) and holds:
            community = holds[-1]
            nearest = _nearest_to(mention, [community, *community.alternatives])
            if nearest is not community:
                # "Покровская община Синельниковского района": of the places the adjective may name, the one
                # nearest the raion's town (Pokrovske there; Pokrov is the Nikopol raion's)
                nearest.name, nearest.start, nearest.end = community.name, community.start, community.end
                nearest.district, nearest.strong = community.district, community.strong
                nearest.alternatives = []
                mentions[mentions.index(community)] = nearest
                if community in kept:
                    kept[kept.index(community)] = nearest
            continue
        if _community_of_villages_after(clause, mention, mentions):
            continue
        starostat = next(
            (
                m
                for m in mentions
                if m.end <= mention.start
                and re.fullmatch(r"\s*старостат\w*\s+", clause[m.end : mention.start], re.IGNORECASE)
                and re.match(
                    r"^\s*(?:територіальн\w*\s+|сільськ\w*\s+|міськ\w*\s+|территориальн\w*\s+|сельск\w*\s+"
                    r"|городск\w*\s+)?(?:громад|общин)",
                    clause[mention.end :],
                    re.I,
                )
            ),
            None,
        )
        if starostat is not None:
            # "атакував Битицький старостат Сумської громади", "в Стецковском старостате Сумской общины": the
            # community says where the village lies
            if starostat.oblast_iso is None:
                starostat.oblast_iso, starostat.oblast = mention.oblast_iso, mention.oblast
            continue
        kept.append(mention)
    return kept, references


# "В Кураховской громаде обстреляны Курахово и Желанное", "У Марʼїнській громаді обстріляли Красногорівку": a community
# the clause opens with, then the places of it that were hit, after a verb (not "у Марганецькій громаді та Нікополі")
_COMMUNITY_OPENING = re.compile(
    r"^\s*(?:(?:сільськ|селищн|міськ|сельск|поселков|городск|територіальн|территориальн)\w*\s+)?"
    r"(?:громаді|громаде|общине|ОТГ|ТГ|районі|районе)(?![\w'’ʼ-])(?P<gap>[^.;:,]*?)$"
)


_PLACE_KIND_WORD = re.compile(r"(?:город|міст|сел|селищ|поселк|посёлк)\w*|пгт|смт|с|м", re.IGNORECASE)


def _community_of_villages_after(clause: str, mention, mentions: list) -> bool:
    """Whether the mention is a community or raion in the locative whose villages hit the same clause names after
    a verb: the villages are the events, the unit only says where they lie (the labelling guide's rule 4;
    "в Бахмутском районе ночью оккупанты обстреляли Торецк")."""
    if not re.search(r"(?:ськ|цьк|зьк|ск|цк)\w*$", mention.name):
        return False  # (a community's adjective: "Кураховской", "Марʼїнській")
    dash = re.match(r"^\s*[–—-]\s*", clause[mention.end :])
    if dash and re.search(r"(?<!\w)(?:у|в|во)\s+$", clause[: mention.start], re.IGNORECASE):
        # ("обстреляны Красногоровка и Георгиевка, в Очеретинской - Новоселовка Первая": the community the clause
        # named before, its noun left out, and its village after a dash)
        return any(
            m.start == mention.end + dash.end() and not re.search(r"(?:ськ|цьк|зьк|ск|цк)\w*$", m.name)
            for m in mentions
        )
    if not re.match(
        r"^\s*(?:(?:\w+)\s+)?(?:громаді|громаде|общине|ОТГ|ТГ|районі|районе)(?!\w)", clause[mention.end :]
    ):
        return False
    for other in mentions:
        if other.start <= mention.end or other.precision != "settlement":
            continue
        if RAIONS_LAND.search(clause[other.start : other.end]):
            continue  # ("по Покровской громаде на Никопольщине": the raion's land says where it lies, no village)
        gap = _COMMUNITY_OPENING.match(clause[mention.end : other.start])
        if gap is None:
            return False
        words = re.findall(r"[\w'’ʼ-]+", gap.group("gap"))
        # (a verb or a phrase of hitting between them, not a conjunction alone, nor one with the kind of the place
        # after it: "по Мировской громаде и городу Никополь" names two places hit)
        joined = [word for word in words if word.lower() not in ("і", "й", "та", "и", "а", "також", "также")]
        return bool(joined) and not (
            len(joined) < len(words) and all(_PLACE_KIND_WORD.fullmatch(w) for w in joined)
        )
    return False


_LIST_ITEM = re.compile(r"[А-ЯІЇЄҐ][\w'’ʼ-]+(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]+)?")
_LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:та|і|й|и)\s+(?:(?:місто|село|селище|город)\s+)?")
_BRACKETS = re.compile(r"(?<=[\w'’ʼ])\s*\([^()]{3,}\)")


def _case_shown(text: str, name: str) -> bool:
    """Whether a listed name's ending shows a case other than the nominative of the place it names
    ("Новоданиловке" for Novodanylivka, "Щербакам" for Shcherbaky; not "Белозерка" for Bilozerka)."""
    text, name = text.lower(), name.lower()
    if name.endswith("a") or name.endswith("а") or name.endswith("я"):
        return text.endswith(("е", "і", "у", "ю", "ой", "ою", "ей", "ці"))
    if name.endswith("e") or name.endswith("е") or name.endswith("є"):
        return text.endswith(("ому", "ом", "ого", "ім", "им", "ю", "у"))
    if name.endswith(("y", "i", "и", "і")):
        return text.endswith(("ам", "ям", "ах", "ях", "ами", "ями"))
    return text.endswith(("у", "ю", "е", "а", "ом", "ем", "і"))


def _listed_names(clause: str, mentions: list) -> list:
    """ "Зимівник, Білозерка, Антонівка, ..., Томарине та місто Херсон": in a list of bare names most of
    which the gazetteer knows, the others are villages too, kept by their names ("Красне Перше", not the
    Krasne its first word would be)."""
    items = []
    position = 0
    # "подверглись Купянск-Узловой (погиб мужчина), Шестаково (госпитализированы 4 ...), Волчанск (...)": each name
    # of the list with what happened there in brackets; the brackets' words and commas are no items of the list
    # (the same length of blanks, so that positions stay the clause's)
    listed = _BRACKETS.sub(lambda m: " " * len(m.group(0)), clause)
    for piece in _LIST_SEPARATOR.split(listed):
        start = listed.index(piece, position)
        position = start + len(piece)
        # (the last name before the full stop, also when its blanked brackets stand between them)
        item = _LIST_ITEM.fullmatch(piece.strip().rstrip('.;:!?»"').rstrip())
        if item is None and len(items) < 3:
            # the first item follows the words that open the list ("... опинилися Зимівник", "Так, под ударом
            # были: Ветеринарное": a capitalised word before them is no item)
            item = re.search(
                r"(?:(?<=[а-яіїєґ'’ʼ]\s)|(?<=[а-яіїєґ'’ʼ]:\s))" + _LIST_ITEM.pattern + r"$", piece.rstrip()
            )
            if item is not None:
                items = []
        if item is None:
            if len(items) >= 3:
                break
            items = []
            continue
        begin = start + piece.rindex(item.group(0))
        items.append((begin, begin + len(item.group(0))))
    if len(items) < 3:
        return mentions  # (three names, two of them known: "під вогнем були A, B та C")
    whole = [m for m in mentions if m.precision == "settlement" and (m.start, m.end) in items]
    oblasts = [m.oblast_iso for m in whole if m.oblast_iso]
    usual = max(set(oblasts), key=oblasts.count) if oblasts else None
    russian = not re.search(r"[іїєґ]", clause, re.I)
    if russian and (3 * len(whole) < len(items) or oblasts.count(usual) < 2):
        # "Обстрелам подверглись Стрелечье, Старица, Огурцово, Гатище, Волоховка ... и Каменка": the gazetteer
        # knows too few of them to say the list's oblast, the settlements table's Russian spellings do
        usual = _oblast_of_russian_list([clause[a:b] for a, b in items]) or usual
    spelt = {}
    if (whole or usual) and (len(whole) < 2 or 3 * len(whole) < len(items)) and russian:
        # "обстрелял из танков ... Крохмальное, Берестовое, Табаевку, Купянск, Двуречную": Russian spellings of
        # villages the gazetteer lacks, which the settlements table's Russian spellings (``geo.russian_forms``)
        # give one name each in the oblast of the list's known places, count as known ones
        for a, b in items:
            name = clause[a:b]
            if any((m.start, m.end) == (a, b) for m in whole) or normalize_name(name) in NOT_PLACES:
                continue
            if common_word(name.split()[0]):
                continue
            found = russian_spelt(name, usual) or (sounding(name, usual) if usual and not whole else [])
            if len({s.name_uk for s in found}) == 1:
                spelt[(a, b)] = found[0].name_uk
    if len(whole) + len(spelt) < 2 or 3 * (len(whole) + len(spelt)) < len(items):
        return mentions
    kept = [
        m
        for m in mentions
        if not any(a <= m.start < b for a, b in items)
        or ((m.start, m.end) in items and (m.oblast_iso == usual or not respelled(clause[m.start : m.end])))
    ]
    # "обстріляли Уди, ..., Дворічну, Петропавлівку, Синьківку": a list of names in the accusative, as the
    # known ones show; the others are brought back to the nominative ("Синьківку" -> Синьківка).
    accusative = (
        sum(
            bool(re.search(r"[ую]$", clause[m.start : m.end], re.IGNORECASE))
            and normalize_name(clause[m.start : m.end]) != normalize_name(m.place_name or m.name)
            for m in whole
        )
        >= 2
    )
    oblique = (
        sum(
            normalize_name(clause[m.start : m.end]) != normalize_name(m.place_name or m.name)
            # ("оказались Белозерка, Ивановка, ... Камышаны": Russian spellings in the nominative are no other
            # case; a case shows in the ending, "по Новоданиловке" for Новоданилівка)
            and _case_shown(clause[m.start : m.end], m.place_name or m.name)
            for m in whole
        )
        >= 2
    )
    for a, b in items:
        if any((m.start, m.end) == (a, b) for m in kept):
            continue
        name = clause[a:b]
        if normalize_name(name) in NOT_PLACES:
            continue
        if common_word(name.split()[0]):
            # ("..., Ивановка, Берестово и т.д.": a word too, but one of a list of places, and the one village of
            # that Russian spelling in the list's oblast)
            found = russian_spelt(name, usual) if usual and russian else []
            if len({s.name_uk for s in found}) == 1:
                kept.append(Mention(name, a, b, "settlement", True, place_name=found[0].name_uk))
            continue
        if (a, b) in spelt:
            kept.append(Mention(name, a, b, "settlement", True, place_name=spelt[(a, b)]))
            continue
        russian = not re.search(r"[іїєґ]", clause, re.IGNORECASE)
        if accusative and not russian:
            # ("Кам'янському, Лук'янівському": an adjectival village in the dative of the same list is neuter,
            # Лук'янівське, not "Лук'янівськома")
            name = " ".join(
                re.sub(r"ому$", "е", word)
                if re.search(r"[^\W\d_]{3}ому$", word)
                else re.sub(r"ю$", "я", re.sub(r"у$", "а", word))
                for word in name.split()
            )
        # "Понятовка", "Камышаны": a Russian spelling of a village the gazetteer knows in Ukrainian, also in
        # any case ("по Новоданиловке" -> Новоданилівка: pymorphy3's nominatives first)
        forms = [name, *name_forms(name)[1:10]] if " " not in name else [name]
        guessed = next((m for form in forms for m in [respelled(form)] if m is not None), None)
        if guessed is not None:
            guessed.name, guessed.start, guessed.end = name, a, b
            kept.append(guessed)
            continue
        if oblique and russian and " " not in name:
            # a Russian name the gazetteer lacks, in a list in the dative or another case: kept in the
            # nominative (an adjectival village is neuter: "Гуляйпольскому" -> Гуляйпольское, "Щербакам" ->
            # Щербаки)
            name = _russian_nominative(name)
        kept.append(Mention(clause[a:b], a, b, "settlement", True, place_name=name))
    return sorted(kept, key=lambda m: m.start)


def _oblast_of_russian_list(names: list[str]) -> str | None:
    """The oblast most names of a Russian list can be in by the settlements table's Russian spellings
    (:func:`russian_spelt`), three names at least and half of them, each voting for every oblast a settlement of
    its spelling lies in; None when no oblast has that many."""
    votes: dict[str, int] = {}
    for name in names:
        if normalize_name(name) in NOT_PLACES or common_word(name.split()[0]):
            continue
        for iso in {s.oblast_iso for s in russian_spelt(name)}:
            votes[iso] = votes.get(iso, 0) + 1
    if not votes:
        return None
    best = max(votes, key=lambda iso: votes[iso])
    if votes[best] < 3 or 2 * votes[best] < len(names) or list(votes.values()).count(votes[best]) > 1:
        return None
    return best


def _nearest_to(raion, candidates: list):
    """Of a community's candidate places in the raion's oblast, the one nearest the raion's town."""
    if raion.latitude is None:
        return candidates[0]
    placed = [
        c
        for c in candidates
        if c.latitude is not None and c.oblast_iso == raion.oblast_iso and c.key != raion.key
    ]
    if not placed:
        return candidates[0]
    return min(
        placed, key=lambda c: (c.latitude - raion.latitude) ** 2 + (c.longitude - raion.longitude) ** 2
    )


def _russian_nominative(name: str) -> str:
    """A Russian place name in the nominative, by pymorphy3's likeliest reading (neuter when an adjective)."""
    parse = analyzer("ru").parse(name.lower())[0]
    wanted = {"nomn", "neut", "sing"} if "ADJF" in parse.tag else {"nomn"}
    inflected = parse.inflect(wanted)
    return inflected.word.capitalize() if inflected is not None else name


_REGIONAL_CENTRE = re.compile(r"(?<!\w)(?:обласн|областн)\w*\s+центр\w*", re.IGNORECASE)


# "семеро вбитих унаслідок удару по столиці", "атака на столицу": Kyiv, unless another country's capital is named
# ("столицю Білорусі"; "столиці України" is Kyiv still)
_THE_CAPITAL = re.compile(
    r"(?<!\w)(?i:на|по|у|в|во)\s+(?P<word>(?i:столиц[юіяеуы]))(?!\w)(?!\s+(?!України|Украины)[А-ЯІЇЄҐ])"
)


def _the_capital(clause: str, mentions: list) -> list:
    """ "ракетний удар по столиці": Kyiv, when the clause names it no other way."""
    capital = _THE_CAPITAL.search(clause)
    kyiv = lookup_place("Kyiv") if capital is not None else None
    if kyiv is None or any(m.key == kyiv.key for m in mentions):
        return mentions
    kyiv.name, kyiv.start, kyiv.end = capital.group("word"), capital.start("word"), capital.end("word")
    return sorted([*mentions, kyiv], key=lambda m: m.start)


def _regional_centre(clause: str, mentions: list) -> list:
    """ "У Запорізькій області 14 поранених внаслідок атак по обласному центру": the oblast's capital."""
    centre = _REGIONAL_CENTRE.search(clause)
    oblasts = [m for m in mentions if m.precision == "oblast"]
    if centre is None or len({m.oblast_iso for m in oblasts}) != 1:
        return mentions
    capital = oblast_capital(oblasts[0].oblast_iso, oblasts[0].oblast)
    if capital is None:
        return mentions
    capital.name, capital.start, capital.end = centre.group(0), centre.start(), centre.end()
    return sorted([m for m in mentions if m not in oblasts] + [capital], key=lambda m: m.start)


def listed_as_hit(clause: str, mentions: list) -> bool:
    """ "Обстріляли A, B, C", "Під ударом були A, B, C", "Обстрілів зазнали A, B, C": a verb of hitting told
    of a list of places (the English :func:`data.extraction.places.listed_as_hit`)."""
    return bool(LIST_HIT.search(clause))
