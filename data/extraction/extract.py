"""Candidate events from the text of a news report, each value with the sentence it came from.

The rules, in the order they run:

1. The text is cut into paragraphs and sentences.  Lines without closing
   punctuation are headlines: they give the report's title, never events (a
   headline often sums several attacks).
2. Sentences are cut into clauses at "while", "whereas", ";" and ", but", so
   "a drone injured seven in Kharkiv, while attacks were reported across Odesa"
   is two attacks.
3. In a clause about an attack, capitalised names are looked up in the offline
   gazetteer.  Names that are venues or speakers ("talks in London", "Kyiv
   said", "a similar stance from Kyiv") and places abroad are dropped.  "X
   region" / "X Oblast" and lists after "across" are oblast-level events.
4. Numbers are read in figures and words and classified by the words next to
   them ("one fatality", "injuring at least seven", "two children among the
   dead").  A clause naming several places with one set of numbers is a total
   and assigns no number; a headline total is never read.
5. A sentence that names no place continues the attack of the sentence before,
   as long as the text keeps talking about attacks.  A sentence about "an attack
   on a <building>" with casualties and no place and no attack before it is an
   event without a place.
6. The same place mentioned again is the same event; a later number for the
   same count replaces the earlier one (reports revise tolls as they go).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter

from data.extraction import slavic, trace
from data.extraction import vocabulary as V
from data.extraction.counts import COUNT_FIELDS, find_counts
from data.extraction.cues import (
    ABROAD_SCENE,
    ANOTHER_START,
    AS_REPORTED,
    ATTACKER_CLAIM,
    BACKGROUND,
    EARLIER_REPORT_CUE,
    ELSEWHERE,
    IN_THE_REGION,
    ONE_MORE,
    OTHER_PLACES_TOO,
    OWN_DAY,
    RECALL_HEADING,
    REFERENCE_CLAUSE,
    SAID_LEAD,
    SLAVIC_AS_REPORTED,
    SLAVIC_BACKGROUND,
    SLAVIC_OTHER_DAY,
    SLAVIC_RECALL,
    THAT_ATTACK,
    TOLD_BEFORE,
    is_past,
    is_total,
    of_another_month,
    of_another_year,
    of_weeks_before,
    threat_only,
)
from data.extraction.dates import (
    SLAVIC_DAY,
    ToldDay,
    attacks_day,
    day_told,
    days_earlier,
    rejoin_cut_dates,
    speech_day,
)
from data.extraction.events import CandidateEvent, apply, clause_parts, place_event
from data.extraction.folding import (
    REGION_SCOPE,
    REGION_TAIL,
    REGION_TOLL,
    maybe_unplaced,
)
from data.extraction.language import detect_language, native_letters
from data.extraction.layout import (
    closes_item,
    district_opening,
    heading_lines,
    item_head,
    list_runs,
    with_district,
)
from data.extraction.lookup import (
    KYIV_AND_ITS_REGION,
    Mention,
    has_namesake_in,
    oblast_vote,
    sole_oblast,
)
from data.extraction.other_days import (
    SLAVIC_THIS_DAY,
    THE_DAYS,
    another_days_attack,
    as_reported_today,
    before_the_day_told,
    earlier_days_attack,
    slavic_another_day,
    slavic_report_day,
)
from data.extraction.places import (
    MAX_PLACES_IN_A_LIST,
    capital_of_region_before,
    drop_oblasts_of_settlements,
    find_places,
    list_reading,
    move_to_oblast,
    regions_listed_as_hit,
)
from data.extraction.placing import (
    region_of_list,
    with_inflected_before,
    with_named_before,
)
from data.extraction.rules import LanguageRules, rules_for
from data.extraction.sentences import (
    REGIONS_HIT,
    REGIONS_OF_HIT,
    blank_brackets,
    report_title,
    split_sentences,
)
from data.extraction.settling import ReportRead, settle_report, without_city_districts
from data.extraction.shares import EXCLUDED, examples_as_oblast, shared_out
from data.extraction.slavic.names import DISTRICT_CENTRE_WORD, RAIONS_LAND
from geo.gazetteer import load_gazetteer, normalize_name
from geo.oblasts import find_oblast
from geo.settlements import find_settlements

# The one way in for callers (app, components/, data/, tests/): these names, from here or the package.
__all__ = [
    "COUNT_FIELDS",
    "CandidateEvent",
    "candidate_record",
    "extract_events",
    "find_counts",
    "find_places",
    "report_id",
    "report_title",
    "split_sentences",
]


# "in the Dniprovskyi district of Kherson", "the Kyiv district of Kharkiv": a city's district, told later as
# "in the Dniprovskyi district" or "in the Kyiv district" without its city.
_CITY_DISTRICT = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+)\s+district\s+of\s+(?:the\s+city\s+of\s+)?[A-Z][\w'’-]+"
    r"(?!\s+(?:region|oblast|province)\b)"
    # "in Kherson's Dnipro district", then "in the Dnipro district"
    r"|\b[A-Z][\w'’-]+['’]s\s+(?P<own>[A-Z][\w'’-]+)\s+district\b"
)


_DAMAGE_AT = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:damaged|destroyed)\s+in\s+(?-i:[A-Z])", re.I
)
# "In Druzhkivka, a bomb destroyed a garage. In Dobropillia - a nine-storey block.": a place and, after a dash,
# what was hit there, the verb left out (it is the one told for the place before).
_VERB_LEFT_OUT = re.compile(
    r"^\W*(?:In|At)\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"\s*[-–—]\s*(?!(?:[^.]*\s)?(?:is|are|was|were|has|have|had|will|said|says)\b)[^.;:]{1,80}\.?$"
)


_PART_OF_TOLL = re.compile(r"^\W*including\b", re.IGNORECASE)
_ANOTHER_ATTACK = re.compile(
    r"\bin\s+(?:another|a\s+separate|a\s+second)\s+(?:attack|strike)\b", re.IGNORECASE
)
# ... of them, an attack told apart from the place in focus ("a second strike" may be the same place's: rescuers
# hurt where the first fell; "another attack on the city" is the city's)
_SEPARATE_ATTACK = re.compile(
    r"\bin\s+(?:another|a\s+separate)\s+(?:attack|strike)\b(?!\s+on\s+the\s+(?:same\s+)?(?:city|town|village"
    r"|settlement|capital|regional\s+(?:capital|centre|center))\b)",
    re.IGNORECASE,
)


# "the Russian-held city of Luhansk": a city Russia holds is no target of a Russian attack (a strike there is
# Ukraine's), wherever the report names it again; but "the Russian-occupied village of X was shelled" tells the
# place itself hit, an event whoever fired (the thirteenth amendment to rule 1 of docs/labelling.md)
_HELD_BY_RUSSIA = re.compile(
    r"\b(?:Russian|Moscow)-(?:held|occupied|controlled)\s+(?:(?:regional\s+)?(?:city|town|village|cent(?:re|er))\s+of\s+)?"
    r"(?P<name>[A-Z][\w'’-]+)(?![\w'’-])"
    r"(?!\s+(?:was|were|has\s+been|had\s+been)\s+(?:again\s+|also\s+)?(?:shelled|hit|struck|attacked|bombed)\b)"
)


# "the toll had climbed to four", "the number of injured rose to 12": a toll told again, higher
_TOLL_RISEN = re.compile(
    # ("the death toll of Friday's drone strike on the school in the town of X has now climbed to 12", "the number of
    # residents who lost their lives when the missile hit ... has grown to 8": named far from the verb)
    r"\btoll\b[^.;]{0,160}?\b(?:has\s+|had\s+)?(?:rose|risen|increased|climbed|grown|grew)\s+to\b"
    r"|\bnumber\s+of\s+(?:[\w'’,-]+\s+){1,25}?(?:has\s+|had\s+)?(?:rose|risen|increased|climbed|grown|grew)\s+to\b",
    re.IGNORECASE,
)


# The regional administrations' closing formula for the day's toll: its figure told "due to", "because of", "as a
# result of", "from" or "in" the Russian aggression.
_AGGRESSION_TOLL = re.compile(
    r"\b(?:due\s+to|as\s+a\s+result\s+of|because\s+of|in|from)\s+(?:the\s+)?Russian\s+aggression\b",
    re.IGNORECASE,
)


def _nowhere_in_ukraine(mention: Mention) -> bool:
    """A name neither the gazetteer nor the table of Ukraine's settlements knows ("the town of X in the Kursk region")."""
    return (
        mention.oblast_iso is None
        and mention.latitude is None
        and not find_settlements(mention.place_name or mention.name)
    )


def _city_district_again(clause: str, mention: Mention, city_districts: set[str]) -> bool:
    """ "the Kyiv district" after "the Kyiv district of Kharkiv": the city's district again, not Kyiv."""
    return mention.name in city_districts and bool(
        re.match(r"^\s+district\b(?!\s+of\b)", clause[mention.end :], re.IGNORECASE)
    )


def _of_known_regions(
    mentions: list[Mention], events: dict[tuple[str, str], CandidateEvent], named_oblasts: set[str | None]
) -> bool:
    """Whether the places named lie in the regions the report has told of so far (its events' or named ones).

    A list of villages read one by one may put a name at a namesake of another region ("Stepanivka") or at none;
    the list is still of the known regions when each of its names has a namesake there (or is not in the gazetteer)
    and one of them was placed there."""
    known = {e.oblast_iso for e in events.values()} | named_oblasts
    if known & KYIV_AND_ITS_REGION:
        # (the capital and the region around it: "As reported, debris fell on Kyiv" in a report on the Kyiv region)
        known |= KYIV_AND_ITS_REGION
    isos = {m.oblast_iso for m in mentions}
    if not isos or not isos & known:
        return False
    return all(
        m.oblast_iso in known
        or any(
            has_namesake_in(m, iso) or find_settlements(m.place_name or m.name, iso) for iso in known if iso
        )
        for m in mentions
    )


def _region_told_with_its_town(focus: list[CandidateEvent]) -> CandidateEvent | None:
    """The region of a sentence that named it together with its own town ("Odesa and the Odesa region were attacked"):
    the one oblast of the focus told so (``region_scope``), every other place of the focus a town of it."""
    oblasts = [e for e in focus if e.geo_precision == "oblast"]
    if (
        len(focus) > 1
        and len(oblasts) == 1
        and oblasts[0].region_scope
        and all(
            e.geo_precision == "settlement" and e.oblast_iso == oblasts[0].oblast_iso
            for e in focus
            if e not in oblasts
        )
    ):
        return oblasts[0]
    return None


# "Також", "Также", "Крім того", "Кроме того" opening a sentence: it goes on with what the one before told
_SLAVIC_ALSO_START = re.compile(r"^\W*(?:також|также|тоже|крім\s+того|кроме\s+того)(?!\w)", re.IGNORECASE)
# "обстріляли", "атакували", "обстреляли", "ударили": an attack told by its verb
_ATTACKED_VERB = re.compile(
    r"(?<!\w)(?:обстріля|обстреля|атакува|атакова|вдари|удари|уразил|уразили|скину|сброси)\w*", re.IGNORECASE
)
_BOTH_START = re.compile(r"^\W*(?:обоих|обеих|обох|обоє|обидвох|обидві|обидва|оба|обе)(?!\w)", re.IGNORECASE)
# "вбили двох мешканців Сумщини - у Шостці", "убили трех жителей Херсонской области": the dead told as
# the region's residents; "Ще чотири особи отримали поранення" right after is the region's figure too
_RESIDENTS_OF_REGION = re.compile(
    r"(?<!\w)(?:жител|мешканц|мешканк|жительниц)\w*\s+(?:[А-ЯІЇЄҐ][\w'’ʼ-]*(?:щин|ччин|тчин)[иы](?!\w)"
    r"|[А-ЯІЇЄҐ][\w'’ʼ-]*(?:ської|цької|зької|ской|цкой)\s+(?:області|области))"
)


_THERE = re.compile(r"^\W*(?:туди|туда|там|сюди|сюда)(?!\w)", re.IGNORECASE)


def _recalls_other_places(analysed: str, events: dict, rules) -> bool:
    """Whether a sentence names places and none of them is a settlement the report has already told of.

    (The region is often an event of the report too: "жителів Донеччини", later folded into its towns.)
    """
    recalled = rules.find_places(analysed)
    return (
        any(e.location for e in events.values())
        and bool(recalled)
        and not any(m.key in events for m in recalled if m.precision != "oblast")
    )


def _recalls_other_oblasts(analysed: str, events: dict, rules) -> bool:
    """Whether a sentence names only oblasts, none of them one the report's places lie in."""
    recalled = rules.find_places(analysed)
    told = {e.oblast_iso for e in events.values() if e.location}
    return bool(recalled) and all(m.precision == "oblast" and m.oblast_iso not in told for m in recalled)


def _list_oblasts(
    sentences: list, runs: list[list[int]], headings: dict[int, str], rules: LanguageRules
) -> dict[str, str]:
    """The items of each list laid out over lines (``runs``, from ``layout.list_runs``) and the oblast most of its settlements are
    in (two at least, more than half of them), so that "Zolochiv" under "Kupiansk" and "Borova" is the Kharkiv
    region's, not the larger town of the Lviv region."""
    scoped = {}
    gazetteer = load_gazetteer()
    for run in runs:
        # (a heading's name, or a bulleted item's text)
        items = {sentences[p].text: headings.get(p, sentences[p].text) for p in run}
        # (each item votes for every oblast a place of its name is in: "Borova" alone is the Kyiv region's)
        voters = [
            {
                gazetteer.places.oblast_iso.iloc[r]
                for m in rules.find_places(name)
                if m.precision == "settlement"
                for r in gazetteer.primary.get(normalize_name(m.place_name or m.name), [])
            }
            for name in items.values()
        ]
        oblast_iso = oblast_vote(voters, more_than_half=True)
        if oblast_iso is not None:
            scoped |= dict.fromkeys(items, oblast_iso)
    return scoped


def _as_placed_before(
    mentions: list[Mention], events: dict[tuple[str, str], CandidateEvent]
) -> list[Mention]:
    """ "Under fire were Bilozerka, Stanislav, Kizomys, ..." then "In Stanislav, a man was wounded": a name the
    gazetteer reads alone as another place (Stanislav, an old name of Ivano-Frankivsk) is the place of that name the
    report's list already put an event at (the Kherson region's village)."""
    placed = {
        normalize_name(e.location): e
        for e in events.values()
        if e.geo_precision == "settlement" and e.location
    }
    for mention in mentions:
        event = placed.get(normalize_name(mention.name))
        if (
            event is not None
            and mention.precision == "settlement"
            and normalize_name(mention.place_name or mention.name) != normalize_name(mention.name)
        ):
            mention.place_name, mention.oblast_iso, mention.oblast = (
                event.location,
                event.oblast_iso,
                event.oblast,
            )
            mention.latitude, mention.longitude = event.latitude, event.longitude
    return mentions


def _list_reading(
    clause: str, mentions: list[Mention], rules: LanguageRules, about_attacks: bool, items: int = 0
) -> str | None:
    """How a clause's list of places reads (``places.list_reading``): "hit", "other" or None.  ``items``: the
    number of items of the bulleted list the clause is one of (its lead before it)."""
    return list_reading(
        clause,
        mentions,
        hit=bool(mentions) and rules.listed_as_hit(clause, mentions),
        other_matter=rules.other_matter,
        attack_cue=rules.attack_cue,
        about_attacks=about_attacks,
        items=items,
    )


def _listed_in_attack_report(
    sentence: str, rules: LanguageRules, about_attacks: bool, items: int = 0
) -> bool:
    """A sentence with no attack word that lists places hit in a report about attacks: after a lead and a colon,
    or little more than the list ("Over the past day, A, B, C and D were."), or an item of a bulleted list told
    with its lead ("Settlements in the zone of fire: Borova")."""
    # ("In the Izium district – A and B.": a district's places after a dash)
    if not about_attacks or (
        ":" not in sentence and "," not in sentence and not re.search(r"\s[–—-]\s", sentence)
    ):
        return False
    for clause in rules.split_clauses(sentence):
        if _list_reading(clause, rules.find_places(clause), rules, about_attacks, items) == "hit":
            return True
    return False


def _heading_place(name: str, rules: LanguageRules) -> Mention | None:
    """The place a heading line names, when the line is that name and nothing else ("Kherson region")."""
    mentions = {m.key: m for m in rules.find_places(name)}
    if len(mentions) != 1:
        return None
    (mention,) = mentions.values()
    bare = re.sub(r"\s+(?:community|hromada|region|oblast|province)$", "", name, flags=re.IGNORECASE)
    covers = mention.end - mention.start >= len(bare) - 1
    return mention if covers and (mention.strong or mention.precision == "oblast") else None


# "У першому місті ...", "У другій громаді ...", "Во втором ...": a place told by its order in the list before
_ORDINAL_PLACE = re.compile(
    r"^\W*(?:у|в|во)\s+(?P<n>перш|перв|друг|втор|трет|четверт|четвёрт)\w*(?!\w)"
    r"(?!\s+(?:половин|чверт|четверт|раз|черг|очеред)\w*)",
    re.IGNORECASE,
)


_ORDINAL_STEMS = (("перш", "перв"), ("друг", "втор"), ("трет",), ("четверт", "четвёрт"))


def _ordinal_index(stem: str) -> int:
    """0 for "перш" / "перв", 1 for "друг" / "втор", 2 for "трет", 3 for "четверт"."""
    return next(i for i, stems in enumerate(_ORDINAL_STEMS) if stem.lower() in stems)


def _region_of(oblasts: set[str | None]) -> Mention | None:
    """The one region ``oblasts`` holds, as a mention of it; None for none or several."""
    oblast = sole_oblast(oblasts - {None})
    return slavic.oblast_mention(oblast) if oblast is not None else None


def _region_of_focus(focus: list[CandidateEvent], rules: LanguageRules) -> Mention | None:
    """The region of the places in focus: the one their sentences name when each has a namesake there ("a man of the
    Kharkiv region was killed in Borova": Kharkiv's Borova, though the gazetteer's likeliest is Kyiv's, which the
    report's named region settles only once it is read), else the one the places lie in."""
    named = {
        m.oblast_iso
        for event in focus
        for sentence in event.sentences
        for m in rules.find_places(sentence)
        if m.precision == "oblast"
    }
    if len(named) == 1 and all(
        event.location and find_settlements(event.location, *named) for event in focus
    ):
        return _region_of(named)
    return _region_of({e.oblast_iso for e in focus})


# "In Kherson, ...", "In the town of X, ..." opening a sentence: the place a roundup's item is about
_ITEM_OPENING = re.compile(r"^\W*In\s+(?:the\s+(?:city|town|village)\s+of\s+)?", re.IGNORECASE)

# "22:40 г. Купянск.", "02:37 с. Боровая.": an entry of an administration's timed log, its time and settlement word
_LOG_ENTRY = re.compile(r"^(?P<time>\d{1,2}[:.]\d{2}\s+)?(?:(?:г|м|с|смт|пгт|пос|сел)\.\s*|(?:смт|пгт)\s+)")


def extract_events(
    text: str, report_date: dt.date | None = None, language: str | None = None
) -> list[CandidateEvent]:
    """Attacks described in a news report, as candidate events with evidence.

    Parameters
    ----------
    text
        The report text.  Lines without closing punctuation are read as
        headlines and give no events.
    report_date
        Publication date, used to resolve "on Monday", "yesterday" and days
        given without a year.
    language
        ``"en"``, ``"uk"`` or ``"ru"``; detected from the text when None.
        Evidence sentences stay in the report's own language.

    Returns
    -------
    list of CandidateEvent
        In order of first mention.  Counts are absent (not zero) when the
        report gives no figure.

    Examples
    --------
    >>> [e.location for e in extract_events("A drone hit Sumy, injuring two people.")]
    ['Sumy']
    """
    read = rejoin_cut_dates(native_letters(text))
    events = _extract_events(read, report_date, language)
    if read != text:  # the evidence is shown as the report wrote it
        for event in events:
            event.sentences = [_as_written(sentence, read, text) for sentence in event.sentences]
            event.evidence = {
                name: _as_written(sentence, read, text) for name, sentence in event.evidence.items()
            }
    return events


def _own_share(sentence, words: str, rules, lead_items: Counter) -> bool:
    """Whether an item of a bulleted list tells its own place and figures under a lead that gives the whole toll
    ("Three people were hurt:" then "- in community A, a man and a woman were wounded;" and "- in B, a man ..."):
    the lead's figure is every item's together, no item's own, so the item is read without it."""
    if lead_items.get(sentence.lead, 0) < 2 or not rules.find_counts(sentence.lead)[0]:
        return False
    return bool(rules.find_counts(words)[0]) and bool(rules.find_places(words))


def _as_written(sentence: str, read: str, text: str) -> str:
    """A sentence of ``read`` (:func:`native_letters` of ``text``) as ``text`` writes it."""
    start = read.find(sentence)
    return text[start : start + len(sentence)] if start >= 0 else sentence


def _slavic_district(sentence: str, rules: LanguageRules) -> str | None:
    """The centre town (its Ukrainian name) of the last district a sentence names, as a raion ("Нікопольський
    район") or its land ("Нікопольщина", "на Никопольщине"), when it names one."""
    found = None
    for clause in rules.split_clauses(sentence):
        for mention in rules.find_places(clause):
            if mention.precision != "settlement" or not mention.place_name:
                continue
            if mention.district or RAIONS_LAND.search(mention.name):
                place = load_gazetteer().geocode(mention.place_name, oblast_hint=mention.oblast_iso).place
                if place is not None and place.oblast_iso == mention.oblast_iso and place.name_uk:
                    found = place.name_uk
    return found


def _slavic_district_centre(sentence: str, centre: str | None) -> str:
    """A sentence read with "the district centre" as the town it is ("у райцентрі" after "Нікопольщина": "у
    Нікополь"), when a district was named before and the sentence names no district centre's town itself."""
    if centre is None or not DISTRICT_CENTRE_WORD.search(sentence):
        return sentence
    return DISTRICT_CENTRE_WORD.sub(centre, sentence)


def _extract_events(text: str, report_date: dt.date | None, language: str | None) -> list[CandidateEvent]:
    """:func:`extract_events` of a text whose words are each in one alphabet."""
    rules = rules_for(language or detect_language(text))
    city_districts = (
        {m.group("name") or m.group("own") for m in _CITY_DISTRICT.finditer(text)}
        if rules.unplaced
        else set()
    )
    held = {m.group("name") for m in _HELD_BY_RUSSIA.finditer(text)} if rules.unplaced else set()
    orphans: list[tuple[str, str]] = []
    headline_places: list[Mention] = []
    events: dict[tuple[str, str], CandidateEvent] = {}
    raion_lines: dict[tuple[str, str], str] = {}  # raions on a line of their own, and that line
    focus: list[CandidateEvent] = []
    own_focus: list[CandidateEvent] = []  # the report's first attack in focus
    named_oblasts: set[str | None] = set()
    totals: list[tuple[str, str]] = []
    # "Спочатку, під ранок 9 березня, росіяни атакували місто." then "... загинули три людини.": the
    # sentence after an "at first" with no figures of its own tells the older figures.
    older = False
    after_war_toll = False
    of_another_day: set[str] = set()
    # (English) the day of the report's own attack, once read, and whether the last attack told was of a day before it
    own_day: ToldDay | None = None
    own_day_read = earlier_day = False
    earlier_paragraph = -1  # (English) the paragraph whose sentence told an earlier day's attack
    recalling = other_news = False
    recalled_last = False  # (English) the sentence before recalled an earlier report
    # the paragraph an earlier day's attack was recalled in (Ukrainian and Russian): its sentences after the recall go
    # on with that attack
    recalled_paragraph = -1
    # (English) the paragraph that turned to a scene in Russia: its later sentences naming no Ukrainian place are
    # about that scene ("Debris fell on the city ... officials there reported 20 injured")
    abroad_paragraph = -1
    referenced = False
    quiet = 0
    # the one settlement a detail sentence named ("Найгарячіше було в X."), which "Туди / Там" may point back to
    told_there: Mention | None = None
    faded: list[CandidateEvent] = []  # the attack in focus before two detail sentences in a row
    listed: list[CandidateEvent] = []  # the last places named together, for "у першому ... у другому"
    previous = prior = ""
    last_attack = False
    about_attacks = False  # the report has told of attacks by this sentence (its title too)
    list_lead = ""  # the line ending in a colon that the lines below it list for
    sentences = split_sentences(text)
    trace.start(sentences)
    # (English roundups: a place's name on a line of its own heads the item below it, a region's the places below)
    headings = heading_lines(sentences) if rules.unplaced else {}
    headed = False  # an item under a place's heading is open
    district: str | None = None  # the district the last sentence that opened with one was about
    scope: str | None = (
        None  # the oblast of the last region's heading ("Kharkiv region" on a line of its own)
    )
    scoped: dict[str, str] = {}  # sentences read under a region's heading, and its oblast
    # (a list laid out over lines, "Kupiansk" / "Borova" / "Zolochiv": its items are of the oblast most are in)
    runs = list_runs(sentences, headings)
    scoped |= _list_oblasts(sentences, runs, headings, rules)
    # (the lines of each list laid out over lines, by position: the list is in focus as a whole, so "No one was hurt."
    # after it is every place's)
    run_of = {position: number for number, run in enumerate(runs) for position in run}
    # (a bulleted list's items, each a sentence led by the line before the list: how many a lead has)
    lead_items = Counter(sentence.lead for sentence in sentences if sentence.lead)
    for position, sentence in enumerate(sentences):
        about_attacks = about_attacks or bool(rules.attack_cue.search(sentence.text))
        heading = _heading_place(headings[position], rules) if position in headings else None
        if position not in headings:
            list_lead = sentence.text if sentence.text.rstrip().endswith(":") else ""
        if heading is not None and rules.other_matter.search(list_lead):
            # "Power was restored in:" then "Izmail" / "Reni" / "Kiliia" on lines of their own: places listed for
            # another matter, no items of attacks
            focus, headed = [], False
            trace.skip(position, trace.OTHER_MATTER)
            continue
        if heading is not None:
            # "Antonivka" on a line of its own, then "A woman was hurt by a drone.": the item is that place's (an
            # attack there, its figures its own); "Kherson region" above says where the places below it are
            if heading.precision == "oblast":
                named_oblasts.add(heading.oblast_iso)
                focus, headed, scope = [], False, heading.oblast_iso
            else:
                # ("Kupiansk" / "Borova" / "Zolochiv": a line of a list, in the oblast of the list)
                move_to_oblast(heading, scoped.get(sentence.text))
                event = events.setdefault(heading.key, place_event(heading, sentence.text))
                # (a town's line is the town, not a district folded into its oblast's toll)
                event.only_as_district = event.only_as_district and heading.district
                listed = focus if position in run_of and run_of.get(position - 1) == run_of[position] else []
                focus, quiet, headed = [*[e for e in listed if e is not event], event], 0, True
            continue
        if scope is not None:
            scoped[sentence.text] = scope
        if headed and (sentence.headline or closes_item(sentence)):
            # ("Victims: 1 dead, 4 wounded." or "Recall" after the last item: no longer its place's)
            focus, headed = [], False
        if not sentence.headline and not rules.unplaced:
            # "щодо кількості загиблих дані різняться" then "Двоє з них – діти": "з них" are of the toll the
            # sentence before named, even without a figure.
            named_toll = slavic.toll_kind(previous) if not rules.find_counts(previous)[0] else None
            for event in focus if named_toll else ():
                event.last_base = named_toll
            prior, previous = previous, sentence.text
        if sentence.headline:
            if rules.unplaced and RECALL_HEADING.match(sentence.text):
                # "Recall" / "Let us remind you" on a line of its own: what follows recalls earlier reports
                recalling = True
                # ("Recall" introduces other news; "Background:" may go on about the same attack)
                other_news = bool(re.match(r"^\W*(?:recall|let\s+us\s+remind)", sentence.text, re.IGNORECASE))
            if rules.attack_cue.search(sentence.text):
                headline_places += [
                    m for c in rules.split_clauses(sentence.text) for m in rules.find_places(c)
                ]
            trace.skip(position, trace.TITLE)
            continue
        words = sentence.text
        if rules.unplaced and ABROAD_SCENE.search(words) and not rules.find_places(words):
            abroad_paragraph = sentence.paragraph
        head = item_head(words) if rules.unplaced else None
        if head is not None and not rules.find_places(head):
            # "Novoslobidska community: an air strike (1 explosion)." names a community the gazetteer cannot place:
            # a new item all the same, so its figures are not the last place's
            focus = []
        bare = re.sub(r"^\W+|\W+$", "", words)
        # ("22:40 г. Купянск." in an administration's timed log: the entry's place, what follows is about it)
        logged = None if rules.unplaced else _LOG_ENTRY.match(bare)
        if logged:
            bare = bare[logged.end() :]
        if bare and len(bare.split()) <= 3:
            # "Корюківка." opening an official's post: what follows is about that place, told before.
            alone = rules.find_places(bare)
            # ("■ Уманський район." as a line of its own, then what was damaged there: the raion's item, its town's)
            raion_line = (
                not rules.unplaced
                and len(alone) == 1
                and alone[0].district
                and alone[0].start == 0
                and re.fullmatch(r"\s+район\w*", bare[alone[0].end :], re.IGNORECASE)
            )
            if len(alone) == 1 and (
                raion_line
                or (
                    (alone[0].key in events or (logged and logged.group("time")))
                    and alone[0].end - alone[0].start >= len(bare) - 1
                )
            ):
                if raion_line and alone[0].key not in events:
                    raion_lines[alone[0].key] = words
                event = events.setdefault(alone[0].key, place_event(alone[0], words))
                # (the figures after it are that place's, even after an earlier day's entry ended the focus)
                focus, quiet, after_war_toll = [event], 0, False
                continue
        if rules.unplaced and referenced and THAT_ATTACK.search(words):
            # "The strikes came after a barrage ... on Friday, with Kyiv among the places hit hardest." then "One man was
            # killed ... in that attack": the figures of the attack told for context
            trace.skip(position, trace.FOR_CONTEXT)
            continue
        referenced = bool(rules.unplaced and REFERENCE_CLAUSE.search(words))
        analysed = REFERENCE_CLAUSE.sub("", words) if rules.unplaced else words
        if rules.unplaced:
            # ("In the Nikopol district, ..." then "A woman was hurt in the district centre.": Nikopol)
            district = district_opening(analysed) or district
            analysed = with_district(analysed, district)
        else:
            # ("Ворог атакував Нікопольщину." then "Гучно було у райцентрі, Мирівській громаді.": Nikopol)
            district = _slavic_district(words, rules) or district
            analysed = _slavic_district_centre(analysed, district)
        if sentence.lead and not _own_share(sentence, words, rules, lead_items):
            analysed = f"{sentence.lead}: {analysed}"
        region_tail = None
        tail = REGION_TAIL.search(analysed) if rules.unplaced else None
        if tail:
            oblasts = {
                m.key: m for m in rules.find_places(analysed[: tail.start()]) if m.precision == "oblast"
            }
            if len(oblasts) == 1:
                # "killing two people in Kurakhove and one in Myrnohrad, and injuring 9 people in the oblast": the
                # last figure is the region's, not the last town's
                region_tail = (next(iter(oblasts.values())), tail.group("tail") or tail.group("more"))
                analysed = analysed[: tail.start()] + analysed[tail.end() :]
        region_toll = REGION_TOLL.match(analysed) if region_tail is None and rules.unplaced else None
        if (
            region_toll is not None
            and not rules.find_places(analysed)
            # ("In all, 2,140 were killed in the region since the invasion": the war's toll, no day's)
            and not is_past(analysed)
            and (region_toll.group("more") or any(c.value for c in rules.find_counts(analysed)[0]))
        ):
            # "A shell killed a man in Mala Tokmachka." then "Five more residents were wounded in the oblast by evening.":
            # the more are the region's (the oblast of the town in focus), not the town's; "In all, one was killed and
            # seven wounded in the region over the past day" after a town's toll is the region's day total, which
            # folding keeps beside the town or takes as the town's (rule 3)
            region = _region_of_focus(focus, rules)
            if region is not None:
                told = events.get(region.key)
                event = events.setdefault(region.key, place_event(region, words))
                counts = rules.find_counts(analysed)[0]
                if (
                    told is not None
                    and region_toll.group("more")
                    and counts
                    and all(told.counts.get(c.field) == (c.value, c.at_least) for c in counts)
                ):
                    # "killed one resident of the region and injured four" then "one killed in A. Four more were
                    # injured in the region": the four the region's total told, "more" besides the dead one
                    event.add_sentence(words)
                    event.own_remainder = True
                    continue
                apply(event, analysed, words, report_date, counts=True, rules=rules)
                event.own_remainder = event.own_remainder or bool(region_toll.group("more"))
                continue
        # (a bulleted item read with its lead: "The shelling on the frontlines:" then "in X, 4 buildings were damaged"
        # tells a hit, whatever ground-war words the lead has)
        told_alone = words if sentence.lead and rules.attack_cue.search(words) else analysed
        if rules.unplaced and BACKGROUND.search(told_alone) and not rules.find_counts(analysed)[0]:
            trace.skip(position, trace.BACKGROUND)
            continue
        claim = ATTACKER_CLAIM.search(analysed) if rules.unplaced else None
        trailing = claim and re.search(r",\s+(?:as|while|after|when)\s+$", analysed[: claim.start()])
        if trailing:
            # "Three civilians died ... in the Donetsk region, its governor said, as Moscow claimed new
            # advances": the claim is a clause of its own after the report's figures
            analysed = analysed[: trailing.start()]
        if (
            not rules.unplaced
            and sentence.paragraph != recalled_paragraph
            and position
            and sentences[position - 1].paragraph == recalled_paragraph
            and _SLAVIC_ALSO_START.match(analysed)
            and not slavic_report_day(analysed, report_date)
        ):
            # "Нагадаємо, 2 травня ракета влучила в Суми." then a paragraph "Також того дня дрони били по Харківщині.":
            # "also" goes on with the attack recalled, in the paragraph after it
            recalled_paragraph = sentence.paragraph
        if (
            not rules.unplaced
            and sentence.paragraph == recalled_paragraph
            and not SLAVIC_THIS_DAY.search(analysed)
        ):
            # "Нагадаємо, 3 травня дрони атакували область. Відомо, що в громаді X загинув працівник": the sentences
            # after an earlier day's attack recalled, in its paragraph, tell more of it (its places and figures are not
            # the report's) unless they name the report's day again
            focus, after_war_toll = [], True
            trace.skip(position, trace.RECALLED_PARAGRAPH)
            continue
        if not rules.unplaced and _BOTH_START.match(analysed) and not rules.find_places(analysed):
            # "Обоих пострадавших госпитализировали" after a man hurt in one village and another in the next: the
            # two told already, no new figure (nor both of them at the last place)
            continue
        if not rules.unplaced and SLAVIC_BACKGROUND.search(analysed) and not rules.find_counts(analysed)[0]:
            continue  # "протягом останніх днів Росія ... обстрілює Херсон, Берислав": the war going on
        if (
            not rules.unplaced
            and SLAVIC_RECALL.match(analysed)
            and not rules.find_counts(analysed)[0]
            and not SLAVIC_DAY.search(analysed)
            and not slavic_report_day(analysed, report_date)
        ):
            # "Нагадаємо, вночі 3 квітня російські війська завдали ракетного удару по Одесі" told without
            # figures at the end of a report on Kyiv: an earlier attack recalled, no new one ("Як повідомлялося"
            # often goes on with the same attack; a recall of the same day or night is kept)
            recalled = [m for m in rules.find_places(analysed) if m.precision != "oblast"]
            if (
                _recalls_other_places(analysed, events, rules)
                or (focus and recalled and not any(events.get(m.key) in focus for m in recalled))
                # ("Нагадаємо, 27 лютого ... атаку по одному з населених пунктів у Запорізькому районі." then
                # "Травмовані чотири людини, серед них – підліток." in a report on Kherson: a recall told by its own
                # date keeps the figures after it, as one told with its figures does)
                or SLAVIC_OTHER_DAY.search(analysed)
            ):
                # ("Нагадаємо, 5 травня обстріляли Берислав." then "Загинула 9-річна дівчинка.": the placeless
                # figures after a recall of a place the report has not named are that attack's, not the report's;
                # so are those after a recall of a place told before the one in focus: "Нагадаємо, 2 травня
                # ракета влучила в Дніпро" then "Тоді загинули 4 людини" after Pavlohrad's zero)
                focus, after_war_toll, recalled_paragraph = [], True, sentence.paragraph
            trace.skip(position, trace.RECALL)
            continue
        if (
            not rules.unplaced
            and SLAVIC_RECALL.match(analysed)
            and not SLAVIC_DAY.search(analysed)
            # ("Нагадаємо, вночі 4 березня ракета влучила й у Кременчук" in a report of 4 March, "Напомним, после
            # утренних ударов по Полтаве ...": the report's own day recalled is the report's attack, labelling rule 1)
            and not slavic_report_day(analysed, report_date)
            and (SLAVIC_OTHER_DAY.search(analysed) or _recalls_other_places(analysed, events, rules))
        ):
            # "Напомним, вчера вечером, 13 марта, враг атаковал Никополь дронами, пострадали четыре человека" in
            # a report of the next morning's attack on Nikopol, "Напомним, при ударе по Марганцу погибла женщина"
            # after a report on another town: an earlier attack recalled with its figures, neither the report's
            # own toll nor a place of its own (a recall of the same day, "за сутки", is kept)
            focus, after_war_toll, recalled_paragraph = [], True, sentence.paragraph
            trace.skip(position, trace.RECALL)
            continue
        if focus and not own_focus:
            own_focus = list(focus)
        # (after a recall has closed the attack in focus, the report's first attack still says which day is its own:
        # "Ранее сообщалось: 3 июня ракета попала в X" after a recall, in a report on the 4th)
        if not rules.unplaced and slavic_another_day(analysed, report_date, focus or own_focus, rules):
            # "3 мая в Орехове беспилотник ударил по маршрутке" in a report of 9 May: an
            # earlier attack told for context (on the same town or another); it and the placeless figures after
            # it are not the report's
            focus, after_war_toll, recalled_paragraph = [], True, sentence.paragraph
            trace.skip(position, trace.ANOTHER_DAY)
            continue
        if (
            not rules.unplaced
            and (
                SLAVIC_AS_REPORTED.match(analysed)
                # ("Нагадаємо, у Херсонській області протягом минулої доби ..." is the region's toll of the day)
                or (SLAVIC_RECALL.match(analysed) and SLAVIC_OTHER_DAY.search(analysed))
                # ("Напомним, за сутки ... обстреляли ... Сумщины, погиб ..." in a report on another oblast)
                or (SLAVIC_RECALL.match(analysed) and _recalls_other_oblasts(analysed, events, rules))
            )
            and not (SLAVIC_RECALL.match(analysed) and slavic_report_day(analysed, report_date))
            # ("Як повідомлялося, вночі окупанти обстріляли село X" giving no day, in a report with no date: the
            # report's own day, an attack of its own; labelling rule 1, twelfth amendment)
            and not (
                report_date is None
                and SLAVIC_AS_REPORTED.match(analysed)
                # (not "Раніше повідомлялося" / "Ранее мы писали": an earlier report, by its own word)
                and not re.match(
                    r"^\W*(?:як|как)\s+(?:раніше|ранее)|^\W*(?:раніше|ранее|перед|до)", analysed, re.I
                )
                and not SLAVIC_OTHER_DAY.search(analysed)
                and _ATTACKED_VERB.search(analysed)
                # (nor beside a region's toll, which a village named alone would take as its own)
                and not any(e.geo_precision == "oblast" for e in events.values())
            )
            and _recalls_other_places(analysed, events, rules)
        ):
            # "Нагадаємо, напередодні окупанти обстріляли Дніпропетровщину, загинули ..." after a report on Sumy
            # oblast, "Як повідомляв Укрінформ, Торецьк ... майже вщент зруйнований": an earlier report on
            # places the report has not named, not a new attack (one recalled on a place already told goes on)
            trace.skip(position, trace.RECALL)
            continue
        if is_past(analysed) or (
            rules.unplaced
            and (
                ATTACKER_CLAIM.search(analysed)
                or of_another_year(analysed, report_date)
                or of_weeks_before(analysed)
                or of_another_month(analysed, report_date)
            )
        ):
            # ("По состоянию на утро ... число детей-жертв не изменилось – 251. Возросло количество раненых –
            # 470.": the sentences after the war's toll that name no place go on with it)
            # ("Сначала глава ОВА предупреждал об угрозе ударов, после чего прогремели взрывы." then "Пострадали 5
            # человек": a warning is no toll of the war, so the placeless figures after it are the report's attack's)
            after_war_toll = not rules.unplaced and not threat_only(analysed)
            if rules.unplaced and is_past(analysed) and rules.attack_cue.search(analysed):
                # "The deadliest attack ... since the start of the war hit Kupiansk on May 17." then "A missile hit
                # a shop in Hroza ..., killing 38 people": what follows is that attack, not the one told before
                focus, after_war_toll = [], True
            trace.skip(position, trace.PAST)
            continue
        if (
            rules.unplaced
            and own_day_read
            and own_day is None
            and (said := speech_day(analysed, report_date)) is not None
            and not rules.find_places(analysed)
        ):
            # ("A drone killed a man in X, an official said." then "..., he said on Oct. 9.": the report's attack,
            # told with no day, is of the day its news was given; "on Oct. 8, ..." after it is an earlier day's)
            own_day = said
        # ("2 houses were damaged in A, X district. In B - a house and a tractor.": damage told at a place is
        # what was hit there too)
        after_attack, last_attack = (
            last_attack,
            bool(rules.attack_cue.search(analysed) or _DAMAGE_AT.search(analysed)),
        )
        if rules.unplaced and after_attack and _VERB_LEFT_OUT.match(analysed):
            # ("In B - a five-storey block." after "In A, a missile destroyed ...": B was hit too)
            last_attack = True
        elif (
            not rules.attack_cue.search(analysed)
            and not (
                rules.find_counts(analysed)[0]
                if rules.unplaced
                else any(c.field == "toll_inherit" for c in rules.find_counts(analysed)[0])
            )
            # ("Over the past day, the following settlements of the region: A, B, C, D." in a report about attacks:
            # a list after a lead and a colon, or a list and little else, the places hit; see ``list_reading``)
            and not _listed_in_attack_report(analysed, rules, about_attacks, lead_items.get(sentence.lead, 0))
        ):
            # One detail sentence ("Rescuers kept working until morning.") keeps the attack in focus;
            # two in a row mean the report has moved on.
            quiet += 1
            if quiet >= 2:
                faded, focus = focus or faded, []
            named = [m for m in rules.find_places(analysed) if m.strong and m.precision == "settlement"]
            told_there = named[0] if not rules.unplaced and len(named) == 1 else None
            opened = _ITEM_OPENING.match(analysed) if rules.unplaced else None
            if (
                opened
                and named
                and named[0].start <= opened.end()
                and events.get(named[0].key) not in focus
                and about_attacks
                and not rules.other_matter.search(analysed)
            ):
                # ("In A, a bomb hit a plant." then "In B, the centre and the suburbs fell under fire." and "8 were
                # hurt"; "In the C district, a shed burned out." in a roundup of districts): a sentence a
                # place opens is that place's item in a report of attacks, whatever its verb, and the figures after it
                # are that place's, no longer the place before's
                opening = events.setdefault(named[0].key, place_event(named[0], words))
                opening.add_sentence(words)
                focus, faded, quiet = [opening], [], 0
            trace.skip(position, trace.NO_ATTACK_WORD)
            continue
        quiet = 0
        if told_there is not None and _THERE.match(analysed) and not rules.find_places(analysed):
            # "Найгарячіше було в X." then "Туди прилетіло понад 40 снарядів. Поранено ...": the place the
            # pronoun points back to is where the attack was
            focus = [events.setdefault(told_there.key, place_event(told_there, words))]
        told_there = None
        clause_places = []
        shared_clauses: set[str] = set()
        items = lead_items.get(sentence.lead, 0)  # (the items of the bulleted list the sentence is one of)
        for clause in rules.split_clauses(analysed):
            excluded = EXCLUDED.search(clause)
            if excluded:
                # "The figures leave out the victims in Mariupol": the places after it are no attack.
                # ("the Kyiv province, which does not include the capital, falling debris killed a man": what
                # follows the excluded part's comma is the clause again)
                rest = clause[excluded.end() :]
                clause = clause[: excluded.start()] + (rest[rest.index(",") + 1 :] if "," in rest else "")
            # (the other matter told in a listed place's brackets is what befell it: "Моначиновка (ранены трое, их
            # доставили в больницу)")
            plain = blank_brackets(clause)
            if (
                rules.other_matter.search(plain)
                # (an item that tells a hit of its own, "In X, 2 buildings were damaged", under a lead of another
                # matter's words, "The shelling on the frontlines:", is a hit)
                and not (
                    rules.unplaced
                    and sentence.lead
                    and rules.attack_cue.search(words)
                    and not rules.other_matter.search(blank_brackets(words))
                )
                and _list_reading(plain, rules.find_places(clause), rules, about_attacks, items) == "other"
            ):
                # ("After the night's attack, power was restored in A, B, C and D", "the wounded were taken to
                # hospitals in A, B and C": a list told for another matter names no attack; the figures the clause
                # gives go on with the attack in focus)
                clause_places.append((clause, []))
                trace.skip_clause(position, clause, trace.OTHER_MATTER)
                continue
            shared = shared_out(clause, rules)
            if shared is None:
                found = rules.find_places(clause)
                if rules.unplaced and not found:
                    # "Drones struck the Kherson region." then "Two were hurt in the regional capital.": Kherson
                    found = capital_of_region_before(
                        clause,
                        lambda upto=analysed[: max(analysed.find(clause), 0)], at=position: [
                            m
                            for told in (sentences[at - 1].text if at else "", upto)
                            for c in rules.split_clauses(told)
                            for m in rules.find_places(c)
                        ],
                    )
                found = _as_placed_before(found, events)
                if rules.unplaced:
                    found = with_named_before(clause, found, events)
                    found = [
                        m
                        for m in found
                        if not _city_district_again(clause, m, city_districts) and m.name not in held
                    ]
                else:
                    found = with_inflected_before(clause, found, events)
                examples = examples_as_oblast(clause, found)
                if not rules.unplaced or not (
                    AS_REPORTED.match(words)
                    and not as_reported_today(
                        words,
                        report_date,
                        lambda upto=position: " ".join(s.text for s in sentences[:upto]),
                        rules,
                        lambda found=found, named=named_oblasts: _of_known_regions(found, events, named),
                    )
                ):
                    # "Kherson and six more settlements in the region ... killing two", "Kupyansk, Vovchansk and
                    # a number of other settlements were under fire": the toll is the region's, and the towns named
                    # as its examples were hit too (attacks of their own, without figures).
                    for mention in found:
                        if mention.precision == "settlement" and mention.strong and mention not in examples:
                            example = events.setdefault(mention.key, place_event(mention, clause))
                            if not rules.unplaced:
                                example.add_sentence(analysed)
                            # (a town named, not a district: it is no district for the oblast to take in)
                            example.only_as_district = example.only_as_district and mention.district
                clause_places.append((clause, examples))
                continue
            clause_places += shared
            shared_clauses |= {part for part, _ in shared}
            # the oblasts the clause names (its speaker's too) still say where its places are
            named_oblasts |= {
                m.oblast_iso for m in rules.find_places(clause) if m.precision == "oblast" or not m.strong
            }
        # ("As the agency told, late on 2 May a rocket hit X." then "Earlier in the region, shells hit the Y
        # community. Two children were hurt.": an "earlier" right after a recall goes on recalling; labelling rule 1)
        recall_goes_on = (
            recalled_last and bool(EARLIER_REPORT_CUE.match(words)) and not THE_DAYS.search(words)
        )
        recalled_last = False
        today = (
            rules.unplaced
            and not recalling
            and as_reported_today(
                words,
                report_date,
                lambda upto=position: " ".join(s.text for s in sentences[:upto]),
                rules,
                lambda told=clause_places, named=named_oblasts: _of_known_regions(
                    [m for _, ms in told for m in ms], events, named
                ),
            )
        )
        if rules.unplaced and (AS_REPORTED.match(words) or recalling or recall_goes_on) and not today:
            recalled_last = True
            # "As Ukrinform reported earlier, blasts were heard in Dnipro and Odesa": an earlier report
            # recalled; it names no new attack (its oblasts still say where the report is).
            named_oblasts |= {m.oblast_iso for _, ms in clause_places for m in ms if m.precision == "oblast"}
            if (
                report_date is None
                and AS_REPORTED.match(words)
                and before_the_day_told(
                    words, lambda upto=position: " ".join(s.text for s in sentences[:upto]), rules, 1, True
                )
            ):
                # "Recall that in a drone strike on X on March 4, three people were hurt" in a report of
                # March 5, "As the agency reported, on June 2, ... killed one civilian in X" in a report that
                # gives no day of its own: an earlier attack told with its day; it and the placeless figures after
                # it ("Later on the same day, ... killing a man") are not the report's (labelling rule 1)
                focus, after_war_toll = [], True
                trace.skip(position, trace.RECALL)
                continue
            # (a region's toll recalled is another day's: "As reported earlier, on February 6 in the Mykolaiv region,
            # two people were killed and three others were injured" after the region's toll of the day)
            recalled = [
                (c, [m for m in ms if m.key in events and m.precision != "oblast"]) for c, ms in clause_places
            ]
            if recalling and other_news and any(ms for _, ms in recalled) and OWN_DAY.search(analysed):
                # "Recall" then "On Monday, March 9, a Russian drone struck ... in Kharkiv. Five people were
                # injured": an attack of another day on the same city, recalled; its figures are not today's
                focus, after_war_toll = [], True
                trace.skip(position, trace.RECALL)
                continue
            if any(ms for _, ms in clause_places) and not any(ms for _, ms in recalled):
                # "Earlier, Ukrinform reported that ... in the Chernihiv region, 37 were wounded": its figures
                # are of those other places, not of the attack in focus
                if recalling or not rules.find_counts(analysed)[0]:
                    # ("Earlier, the governor reported about attacks on X and 23 settlements." then "The attacks
                    # injured 48": the earlier report's figures, told in the next sentence)
                    # ("Recall" then "At night, ... 9 air strikes on Zaporizhzhia ..." and "The attacks killed 1
                    # person and wounded 4": the placeless sentences after it are of that recalled attack too)
                    focus, after_war_toll = [], True
                trace.skip(position, trace.RECALL)
                continue
            # (a place the recall names that the report has not told of is the earlier report's)
            trace.skip(position, trace.RECALL)
            clause_places = recalled
        if rules.unplaced and another_days_attack(
            analysed,
            report_date,
            clause_places,
            events,
            rules,
            lambda upto=position: " ".join(s.text for s in sentences[:upto]),
        ):
            # "A Russian air strike against Orikhiv wounded two men" then "On Aug. 12, Russian forces struck the
            # town of Orikhiv with a glide bomb, killing one person and injuring 6 others": an earlier attack on a
            # town the report has named, told for context; its figures are not today's.
            focus, after_war_toll, recalled_last = [], True, True
            trace.skip(position, trace.ANOTHER_DAY)
            continue
        if rules.unplaced:
            told = day_told(analysed, report_date, rules.find_date)
            if not own_day_read and rules.attack_cue.search(analysed):
                # (the report's own day: the one its first attack is told with, if that sentence gives one; read until
                # the first sentence that names a place; a summary of the past day dated by the day it was given is
                # of the day before: a lead tallying the past day, "the governors said on May 9", then "a bomb fell on
                # X on May 8")
                own_day = attacks_day(analysed, told, report_date, rules.find_date)
                if (
                    told is None or (told.kind == "relative" and report_date is None)
                ) and not _TOLL_RISEN.search(analysed):
                    # ("A strike killed two in X, the governor said on Tuesday", "Drones hit X overnight, officials said
                    # Wednesday": the day the news was given is the report's day; not the day a toll is told risen, "the
                    # toll of Friday's strike on X has grown to 14, the mayor told reporters on Sunday": the attack was before)
                    own_day = speech_day(analysed, report_date) or told
                own_day_read = own_day is not None or any(ms for _, ms in clause_places)
            elif earlier_days_attack(analysed, told, own_day, report_date, clause_places, events, rules):
                # "Drones struck Sumy in the night ..." then "On Wednesday, a rocket destroyed a store near Ochakiv and
                # two people died": an attack of a day before the report's, told beside it; neither its places nor
                # its figures are the report's (labelling rule 1), nor those of the placeless sentences after it
                focus, after_war_toll, earlier_day, recalled_last = [], True, True, True
                earlier_paragraph = sentence.paragraph
                trace.skip(position, trace.ANOTHER_DAY)
                continue
            elif (
                earlier_day
                and told is None
                and (
                    # ("On Oct. 8, Russian forces shelled the region 55 times. Shelling hit A and B, injuring one":
                    # the paragraph of an earlier day's attack goes on with that day until a day of its own)
                    (sentence.paragraph == earlier_paragraph and any(ms for _, ms in clause_places))
                    or ANOTHER_START.match(analysed)
                    or (
                        TOLD_BEFORE.search(analysed)
                        and any(m.key not in events for _, ms in clause_places for m in ms)
                    )
                )
            ):
                # ("officials added that the strike fell on the village of X", then "Another shelling hurt three in
                # Y": the day told last still holds, and the attack referred back to is that day's)
                focus, after_war_toll = [], True
                trace.skip(position, trace.AFTER_OTHER_DAY)
                continue
            if (
                any(ms for _, ms in clause_places)
                if told is None or own_day is None
                else (days_earlier(own_day, told, report_date is not None) or 0) < 1
            ):
                # (a place told with no day, or a day not before the report's, ends the earlier day's account; the
                # earlier day named again while referring back to its attack goes on with it)
                earlier_day = False
        total = is_total(rules.total_cue, analysed)
        named = [m for _, mentions in clause_places for m in mentions]
        named_oblasts |= {m.oblast_iso for m in named if m.precision == "oblast" or not m.strong}
        placed = [e for e in events.values() if e.location]
        if named and focus and all(not m.strong for m in named):
            # "the Dnipropetrovsk governor said ...": the official of the attack in focus speaks.
            if {m.oblast_iso for m in named} <= {e.oblast_iso for e in focus}:
                if rules.unplaced and len(focus) > 1:
                    # "strikes on Dnipro and Kharkiv ..." then "the Dnipropetrovsk governor said": the
                    # official's own city is the one the sentence goes on about
                    focus = [e for e in focus if e.oblast_iso in {m.oblast_iso for m in named}]
                trace.skip(position, trace.SPEAKER)
                named = []
        if not named and after_war_toll:
            # (the sentence goes on with an attack of another day, or with a war-long toll: nor may it close the
            # report's own attacks with a zero)
            of_another_day.add(words)
            trace.skip(position, trace.AFTER_OTHER_DAY)
            continue
        if (
            rules.unplaced
            and all(_nowhere_in_ukraine(m) for m in named)
            and (ABROAD_SCENE.search(analysed) or sentence.paragraph == abroad_paragraph)
        ):
            # "In the Samara region, four people died in a drone attack, its governor said" after a strike on Dnipro:
            # a toll in Russia, no Ukrainian place's (labelling rule 2); so is one "outside the town of X in the Kursk
            # region", a town no table of Ukraine's places knows
            trace.skip(position, trace.ABROAD)
            continue
        after_war_toll = False
        if len(focus) > 1:
            listed = list(focus)
        ordinal = None if rules.unplaced or named else _ORDINAL_PLACE.match(analysed)
        if ordinal and _ordinal_index(ordinal.group("n")) < len(listed):
            # "Ворог атакував A та B. У першому місті загинув чоловік. У другому — постраждала жінка": the places
            # told apart by their order in the list before
            focus = [listed[_ordinal_index(ordinal.group("n"))]]
        if not named:
            regions = [e for e in events.values() if e.geo_precision == "oblast"]
            more_in_region = (
                (total and IN_THE_REGION.search(analysed) or _RESIDENTS_OF_REGION.search(prior))
                and not rules.unplaced
                and ONE_MORE.match(SAID_LEAD.sub("", words, count=1))
                and rules.find_counts(analysed)[0]
            ) or (
                # ("Троє загинули в A" then "за добу в області поранено шістьох": the region's day
                # total told as such, rule 3, not the town's)
                not rules.unplaced
                and IN_THE_REGION.search(analysed)
                and SLAVIC_DAY.search(analysed)
                and rules.find_counts(analysed)[0]
            )
            if more_in_region and not regions and placed:
                # "вбили 4 жителів Донеччини: по 1 у A і B, 2 у C. Ще 3 людини в області ...": the region the
                # toll was told of, though it got no event of its own
                told = {
                    m.key: m
                    for event in placed
                    for told_in in event.sentences
                    for m in rules.find_places(told_in)
                    if m.precision == "oblast"
                }
                isos = {e.oblast_iso for e in placed}
                if len(told) == 1 and isos == {m.oblast_iso for m in told.values()}:
                    mention = next(iter(told.values()))
                    regions = [events.setdefault(mention.key, place_event(mention, words))]
                elif not told and sole_oblast(isos) is not None:
                    # "Удар по Нікополю: загинули двоє" then "Ще 16 людей в області ...": the region of the towns
                    # named, as the gazetteer has it
                    mention = slavic.oblast_mention(sole_oblast(isos))
                    regions = [events.setdefault(mention.key, place_event(mention, words))]
                elif focus and sole_oblast({e.oblast_iso for e in focus}) is not None:
                    # ("Донецкая область." heading a roundup's part, a death told in one town, then "Еще 9 человек в
                    # области ранены": in a roundup of several regions, the region of the town the sentence before told)
                    mention = slavic.oblast_mention(sole_oblast({e.oblast_iso for e in focus}))
                    regions = [events.setdefault(mention.key, place_event(mention, words))]
            if more_in_region and len(regions) > 1:
                # "ранили жителей A, B и C областей" then "в X области убили одного. Еще шесть в области ранены":
                # the region of the place in focus, of the several the report named
                regions = [e for e in regions if e.oblast_iso in {f.oblast_iso for f in focus}]
            if more_in_region and len(regions) == 1:
                # "вбили 3 жителів Донеччини: 2 у Костянтинівці і 1 в Іллінівці. Ще 2 людини в області за добу
                # дістали поранення": more of the region's own, where in it not said
                # ("вбили одного і поранили шістьох жителів області" before "Ще 6 людей в області ...": the
                # same six; "ще" is said of the one killed, so the figure is not added to the region's)
                apply(
                    regions[0],
                    ONE_MORE.sub("", SAID_LEAD.sub("", analysed, count=1)),
                    words,
                    report_date,
                    counts=True,
                    rules=rules,
                )
                regions[0].own_remainder = True
                continue
            if total:
                # "Загалом виявили вже 23 поранених": over the report's attacks; when the report turns out
                # to name one place, it is that attack's toll.
                totals.append((analysed, words))
                continue
            if not focus and len(placed) == 1:
                # A report about one attack: a sentence naming no place is about it.
                focus = placed
            settled = [e for e in placed if e.geo_precision != "oblast"]
            if (
                not focus
                and not rules.unplaced
                and len(settled) == 1
                and all(e.oblast_iso == settled[0].oblast_iso for e in placed)
            ):
                # "обстреляли Днепропетровскую область" then "удар по Межевской громаде": one attack, its oblast
                # only says where; "еще четыре человека пострадали" later is that attack's
                focus = settled
            found_here = rules.find_counts(analysed)[0]
            if (
                rules.unplaced
                and not focus
                and len(faded) == 1
                and not faded[0].counts
                and found_here
                and all(c.value == 0 for c in found_here)
            ):
                # "The enemy fired ten shells at Pokrov. A school was hit. Gas supply was cut off. Repair crews
                # are at work. No one was killed or injured.": the closing zero is the attack's the details were of
                apply(faded[0], analysed, words, report_date, counts=True, rules=rules)
                continue
            if (
                rules.unplaced
                and not focus
                and len(faded) == 1
                and faded[0].counts
                and found_here
                and _TOLL_RISEN.search(analysed)
                and all(c.value >= faded[0].counts.get(c.field, (0, False))[0] for c in found_here)
            ):
                # "One was killed, four were hurt." and two lines on the fire, then "Update, 10:40. The toll has climbed
                # to two, with six hurt": the toll of the attack told last, whatever lines of detail came between
                apply(faded[0], analysed, words, report_date, counts=True, rules=rules)
                focus = faded
                continue
            if len(focus) > 1 and found_here and all(c.value == 0 for c in found_here):
                # "обошлось без погибших и пострадавших" after an attack on several places: none anywhere.
                for event in focus:
                    apply(event, analysed, words, report_date, counts=True, rules=rules)
                if not rules.unplaced and all(e.only_as_district for e in focus):
                    # ("під обстрілами були населені пункти Сумського, Шосткинського та Охтирського районів.
                    # Постраждалих немає.", then the places: raions told as where the day's fire fell, so the zero
                    # is the day's, each place's the report goes on to name)
                    orphans.append((analysed, words))
                continue
            if (
                rules.unplaced
                and len(focus) == 1
                and focus[0].geo_precision != "oblast"
                and found_here
                and _ANOTHER_ATTACK.search(analysed)
            ):
                # "In the X region, artillery wounded a man in Huliaipole" then "He added that five residents had been
                # hurt in another attack overnight": not the town's; the region's own, where in it not said (the
                # region, when the town's sentence named it only to say where the town is, becomes an event)
                in_region = [
                    e
                    for e in events.values()
                    if e.geo_precision == "oblast" and e.oblast_iso == focus[0].oblast_iso
                ] or [
                    events.setdefault(m.key, place_event(m, words))
                    for m in {
                        m.key: m
                        for told_in in focus[0].sentences
                        for m in rules.find_places(told_in)
                        if m.precision == "oblast" and m.oblast_iso == focus[0].oblast_iso
                    }.values()
                ]
                if len(in_region) == 1:
                    apply(in_region[0], analysed, words, report_date, counts=True, rules=rules)
                    in_region[0].own_remainder = True
                    continue
                if _SEPARATE_ATTACK.search(analysed):
                    # ("A drone hurt a man in X." then "Two more died in a separate attack further south.": no
                    # region of the town's to take them, and not the town's; the report names their place later,
                    # or not at all)
                    continue
            if rules.unplaced and focus and found_here and _AGGRESSION_TOLL.search(analysed):
                # a day summary that names the region's toll and then its city shelled, closing on the administration's
                # formula (the figure told as caused by "Russian aggression"): the region's day toll, not the city's
                regions_of_focus = {f.oblast_iso for f in focus} - {None}
                named_regions = {e.oblast_iso for e in events.values() if e.geo_precision == "oblast"}
                if any(f.oblast_iso is None for f in focus) and len(named_regions) == 1:
                    # ("a school in the village of X" the gazetteer lacks, not yet placed, in a report on one region:
                    # the village is of the region the report names, so the day toll is still that region's)
                    regions_of_focus |= named_regions
                in_region = [
                    e
                    for e in events.values()
                    if e.geo_precision == "oblast" and e.oblast_iso in regions_of_focus and e not in focus
                ]
                if not in_region and len(regions_of_focus) == 1:
                    # (the region named only in the title or as its governor's office: "Kherson region governor said
                    # ... a warehouse in Kherson", then the toll told as due to Russian aggression: still its toll)
                    mention = slavic.oblast_mention(find_oblast(regions_of_focus.pop()))
                    in_region = [events.setdefault(mention.key, place_event(mention, words))]
                if len(in_region) == 1:
                    apply(in_region[0], analysed, words, report_date, counts=True, rules=rules)
                    in_region[0].own_remainder = True
                    continue
            # ("У Херсоні, в Дніпровському районі, дрон атакував людей. Постраждав чоловік": a city and its district
            # are one place in focus)
            one_place = focus if rules.unplaced else without_city_districts(focus)
            if len(one_place) == 1 and not ELSEWHERE.search(analysed):
                said_before = sentences[position - 1].text if position else ""
                apply(
                    one_place[0],
                    analysed,
                    words,
                    report_date,
                    # ("Many people were saved from the rubble." then "Among them is a girl of three.": among the
                    # saved, no child of the toll told before them)
                    counts=not (
                        rules.unplaced
                        and found_here
                        and all(c.field == "children_inherit" for c in found_here)
                        and V.NOT_VICTIMS.search(said_before)
                        and not V.TOLL_WORD.search(said_before)
                    ),
                    rules=rules,
                    older=older,
                    before=prior,
                )
                older = bool(EARLIER_REPORT_CUE.match(words)) and not rules.find_counts(analysed)[0]
                continue
            common = Counter(f.oblast_iso for f in focus).most_common(1)
            region = [
                e
                for e in events.values()
                if e.geo_precision == "oblast"
                and common
                and 2 * common[0][1] > len(focus)
                and e.oblast_iso == common[0][0]
            ]
            if rules.unplaced and len(focus) > 1 and len(region) == 1 and found_here:
                # "... heavy damage in such settlements as Bilozerka, Beryslav, Tiahynka ..." then "Three
                # civilians were killed and four others were hurt": the toll of the region named before
                apply(region[0], analysed, words, report_date, counts=True, rules=rules)
                continue
            listed_region = region_of_list(focus, events, rules, words) if found_here else None
            if listed_region is not None and not ELSEWHERE.search(analysed):
                # "Протягом доби ворог атакував A, B та C. Поранено трьох людей.": the toll of the region
                apply(listed_region, analysed, words, report_date, counts=True, rules=rules)
                focus = [listed_region]
                continue
            if not placed and rules.find_counts(analysed)[0]:
                # Figures before any place: kept for the attack the report goes on to name.
                orphans.append((analysed, words))
            if rules.unplaced:
                maybe_unplaced(events, words, report_date)
            continue
        sentence_focus: list[CandidateEvent] = []
        leading: list[str] = []
        placeless = [clause for clause, mentions in clause_places if not mentions]
        for clause, mentions in clause_places:
            if not rules.attack_cue.search(clause) and not mentions:
                continue
            if (
                _list_reading(clause, mentions, rules, about_attacks, items) != "hit"
                and len({m.key for m in mentions}) > MAX_PLACES_IN_A_LIST
                and len(clause_parts(clause, mentions, rules)) == 1
                # a list of regions is a summary; communities and towns hit are each an attack
                # ("здригалися Нікополь, Покровська, Марганецька, Мирівська громади"), also under their oblast
                # ("У Сумській області ... обстріл Білопільської, Ворожбянської, Річківської та Миколаївської громад")
                and (
                    # (English: "one killed and four injured in Pokrovsk, Kostiantynivka, and Zarichne" under
                    # its oblast is a toll over the towns, not a summary)
                    (
                        rules.unplaced
                        and not (
                            rules.find_counts(clause)[0]
                            and sum(m.precision == "oblast" for m in mentions) <= 1
                        )
                    )
                    or 2 * sum(m.precision == "oblast" for m in mentions) > len(mentions)
                )
                # ("attacks against eight oblasts in the past day — Sumy, Luhansk, ...": the regions hit, each an
                # attack of its own, without figures)
                and not (rules.unplaced and REGIONS_HIT.search(clause[: min(m.start for m in mentions)]))
                and not (rules.unplaced and REGIONS_OF_HIT.search(clause))
                and not (rules.unplaced and regions_listed_as_hit(clause, mentions))
                # ("Росіяни стріляли по Сумській, Полтавській ... областях": a verb of hitting before a list of
                # regions, each hit, without figures: the labelling guide's rule 5)
                and not (
                    not rules.unplaced
                    and all(m.precision == "oblast" for m in mentions)
                    and rules.listed_as_hit(clause[: min(m.start for m in mentions)], [])
                )
            ):
                trace.skip_clause(position, clause, trace.SUMMARY_LIST)
                continue
            strong = [m for m in mentions if m.strong]
            chosen = strong or mentions
            if not chosen:
                # A clause without a place continues the sentence's last attack (unless it sums them up).
                together = _region_told_with_its_town(sentence_focus) if rules.unplaced else None
                if (
                    (len(sentence_focus) == 1 or together is not None)
                    and not is_total(rules.total_cue, clause)
                    and not ELSEWHERE.search(clause)
                ):
                    # ("Odesa and its region were attacked; four were hurt": the toll over both is the region's)
                    apply(
                        together or sentence_focus[-1], clause, words, report_date, counts=True, rules=rules
                    )
                elif (
                    len(sentence_focus) > 1
                    and (zeros := rules.find_counts(clause)[0])
                    and all(c.value == 0 for c in zeros)
                    and not ELSEWHERE.search(clause)
                ):
                    # "A, B and C oblasts were attacked too, but there were no casualties": a zero told of the
                    # places the sentence named together is each one's that has no figures of its own (rule 8)
                    for event in [e for e in sentence_focus if not e.counts]:
                        apply(event, clause, words, report_date, counts=True, rules=rules)
                elif not sentence_focus and not is_total(rules.total_cue, clause):
                    leading.append(clause)  # "..., the toll was 26, but it rose to 27, ... in Chasiv Yar"
                continue
            apart = clause_parts(clause, chosen, rules) if rules.unplaced else []
            if len(apart) > 1 and all(rules.find_counts(text)[0] for text, ms in apart if ms):
                # "Four deaths were reported in the X region, and one in the city of Y": each part with its own
                # figures names its own place; a town of another part does not make the region a mere qualifier
                chosen = [
                    m
                    for m in chosen
                    if m.precision != "oblast"
                    or any(
                        m in drop_oblasts_of_settlements(ms, clause)
                        for _, ms in apart
                        if any(o is m for o in ms)
                    )
                ]
            else:
                chosen = drop_oblasts_of_settlements(chosen, clause)
            parts = clause_parts(clause, chosen, rules)
            context = " ".join([clause if len(parts) > 1 else "", *placeless])
            part_base = None
            for part, part_mentions in parts:
                if not part_mentions:
                    continue
                found_in_part = rules.find_counts(part)[0] if rules.unplaced else []
                zeros_only = bool(found_in_part) and all(c.value == 0 for c in found_in_part)
                single = (
                    # ("атаковали Сумы и Сумский район": one place named twice)
                    len({m.key for m in part_mentions}) == 1
                    and not OTHER_PLACES_TOO.search(part)
                    and (
                        len(parts) > 1
                        or part in shared_clauses
                        or not (total and len(drop_oblasts_of_settlements(named)) > 1)
                    )
                )
                spread_over = {
                    # "In Donetsk Oblast, one person was killed and four injured in Pokrovsk, Kostiantynivka, and
                    # Zarichne": the toll is the oblast's, spread over its towns
                    m.key
                    for m in part_mentions
                    if rules.unplaced
                    and m.precision == "oblast"
                    and sum(
                        o.precision == "settlement" and o.oblast_iso == m.oblast_iso for o in part_mentions
                    )
                    >= (1 if m.with_town else 2)
                    and sum(o.precision == "oblast" for o in part_mentions) == 1
                }
                for oblast in [m for m in part_mentions if m.key in spread_over]:
                    for mention in part_mentions:
                        if mention.precision == "settlement" and mention.oblast_iso != oblast.oblast_iso:
                            # "Zarichne" named with Pokrovsk under "In Donetsk Oblast": the one there
                            move_to_oblast(mention, oblast.oblast_iso)
                for mention in part_mentions:
                    event = events.get(mention.key)
                    if event is None:
                        event = events[mention.key] = place_event(mention, words)
                    # ("A and B also passed without casualties": a zero told of several places is each one's)
                    counted = single or mention.key in spread_over or zeros_only
                    whole = []
                    if rules.unplaced and _PART_OF_TOLL.match(part) and event.last_base is None and part_base:
                        # "X Oblast counted nine hurt, including three children in the town of Y": the children are of
                        # the count the part before told (the city's part of the oblast's toll, which keeps it)
                        event.last_base = part_base
                        whole = [
                            other
                            for other in sentence_focus
                            if other.geo_precision == "oblast" and other.oblast_iso == event.oblast_iso
                        ]
                    # ("удары по Краматорскому району ... унесли жизни восьми" then "в Краматорске погибли четыре":
                    # the town named itself after a toll of its district gets its own figures, a part of the district's)
                    apply(
                        event,
                        part,
                        words,
                        report_date,
                        counts=counted,
                        context=context,
                        rules=rules,
                        after_district=event.only_as_district and bool(event.counts) and not mention.district,
                    )
                    part_base = event.last_base or part_base
                    if part in shared_clauses and mention.precision == "oblast" and event.counts:
                        # (a share of a toll told for the oblast, "five hurt in A, B, C, D and E" given to their
                        # region: its own, spread over those places, not folded into the first of them)
                        event.region_scope = True
                    if mention.with_town:
                        # ("Kherson and the Kherson region were shelled": a toll told over both is the region's, not
                        # folded into its town)
                        event.region_scope = True
                    for other in whole:
                        other.own_remainder = True
                    event.only_in_totals = event.only_in_totals and not counted
                    event.only_as_district = event.only_as_district and mention.district
                    if event not in sentence_focus:
                        sentence_focus.append(event)
        if region_tail is not None:
            mention, tail_text = region_tail
            region = events.get(mention.key)
            if region is None:
                region = events[mention.key] = place_event(mention, words)
            apply(region, tail_text, words, report_date, counts=True, rules=rules)
            region.own_remainder = True
        regions = {m.key: m for m in headline_places if m.precision == "oblast"}
        if (
            rules.unplaced
            and len(regions) == 1
            and REGION_SCOPE.search(analysed)
            and not any(m.precision == "oblast" for m in named)
        ):
            # "One dead after 60 Russian strikes on Kherson region in a day" as the title, then "the
            # shelling hit homes in the region's villages, ... a school in the
            # Kherson district" and "one person was killed ...": the region's toll, not the district's town's
            (mention,) = regions.values()
            region = events.get(mention.key)
            if region is None:
                region = events[mention.key] = place_event(mention, words)
            region.region_scope = True
            region.add_sentence(words)
            sentence_focus = [region]
        if len(sentence_focus) == 1:
            for clause in leading:
                apply(sentence_focus[0], clause, words, report_date, counts=True, rules=rules, older=True)
        elif leading and len(focus) == 1 and focus[0] not in sentence_focus and ";" in analysed:
            # "Yampil community – women aged 81 and 59 were killed. ... A 66-year-old man was also injured;
            # Vorozhba community – ...; Sumy community – ...": the item before the next place's is still the last one's
            for clause in leading:
                apply(focus[0], clause, words, report_date, counts=True, rules=rules)
        if (
            position in run_of
            and run_of.get(position - 1) == run_of[position]
            and not rules.find_counts(words)[0]
        ):
            # ("Settlements under fire:" / "- Kupiansk" / "- Borova" / "- Izium": the list so far stays in focus)
            sentence_focus = [*[e for e in focus if e not in sentence_focus], *sentence_focus]
        focus, faded = sentence_focus, []
    return settle_report(
        ReportRead(
            text,
            sentences,
            events,
            orphans,
            totals,
            headline_places,
            named_oblasts,
            raion_lines,
            scoped,
            of_another_day,
            report_date,
            rules,
        )
    )


def report_id(text: str) -> str:
    """A short stable id for a report text, used in event ids ("rpt-1a2b3c4d")."""
    return "rpt-" + hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:8]


def candidate_record(event: CandidateEvent) -> dict[str, object]:
    """The candidate as plain values under canonical field names, plus its evidence.

    Parameters
    ----------
    event
        A candidate from :func:`extract_events`.

    Returns
    -------
    dict
        ``location``, ``geo_precision``, ``killed``, ``killed_at_least``, ... as
        JSON-ready values (``None`` = not reported), and ``evidence`` (field ->
        sentence) and ``sentences``.
    """
    record: dict[str, object] = {
        "date": event.date.isoformat() if event.date else None,
        "date_precision": event.date_precision,
        "location": event.location,
        "oblast_iso": event.oblast_iso,
        "oblast": event.oblast,
        "country": "UA",
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geo_precision": event.geo_precision,
        "weapon": event.weapon,
        "target": event.target,
    }
    for name in COUNT_FIELDS:
        value, at_least = event.counts.get(name, (None, False))
        record[name] = value
        record[f"{name}_at_least"] = at_least
    record["casualty_note"] = "; ".join(event.notes) if event.notes else None
    record["evidence"] = dict(event.evidence)
    record["sentences"] = list(event.sentences)
    return record
