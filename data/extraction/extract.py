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
from dataclasses import dataclass, field, replace

from data.extraction import vocabulary as V
from data.extraction.dates import find_date
from data.extraction.language import detect_language
from data.extraction.numbers import NumberMatch, find_numbers, parse_number_words
from geo.gazetteer import load_gazetteer, normalize_name
from geo.oblasts import find_oblast
from geo.romanisation import national_spelling, respelled_rows

KILLED, INJURED, CHILDREN_KILLED, CHILDREN_INJURED = (
    "killed",
    "injured",
    "children_killed",
    "children_injured",
)
COUNT_FIELDS = (KILLED, INJURED, CHILDREN_KILLED, CHILDREN_INJURED)
# Alternate spellings only count for towns big enough that the spelling means them
# (GeoNames keeps old names such as "Paris" for villages).
MIN_POPULATION_FOR_ALTERNATE = 10_000
MIN_POPULATION_FOR_RESPELLING = 3_000

_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|U\.S|U\.K|e\.g|i\.e|approx|No)\."
    # "on Feb. 3 killed two": a month's abbreviation before its day
    r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(?=\s*\d)"
    # "the Russians hit the village. Maly Burluk of Kupyan district" (a machine translation of "с. Малий Бурлук"):
    # the village's name follows, the sentence goes on
    r"|\bvillage\.(?=\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w'’-]+)"
    r"\s+(?:district|region|community|hromada)\b)"
    # "в с. Піщане", "смт. Козача Лопань", "сел. Слатине", "м. Суми", "пгт.", "вул.": the place follows, the
    # sentence goes on.
    r"|(?<![\w-])(?:с|сел|смт|м|вул|просп|пгт|пос|ул|г)\.(?=\s*[А-ЯІЇЄҐ])",
    re.I,
)
# A line without a full stop that is still a sentence: a clause after a comma ("..., one was in serious
# condition"), as pasted text often loses its last full stop.  Headlines rarely carry a clause.
_CONJUNCTION_START = re.compile(r"^(?:|.*[.!?]\s+)(?:Але|Однак|Проте|Но|Однако|But|However)\s[^.!?]*$")
_UNPUNCTUATED_SENTENCE = re.compile(r"\w,\s+(?:\S+\s+){2,}\S+\s*$")
# A quotation closed by its speaker with the last full stop lost ('«... зросла до чотирьох"., - повідомив
# Федоров', '..." — сообщил Лысак'): body text.  A title names no speaker after a full stop in quotes.
_SPEAKER_AFTER_QUOTE = re.compile(
    r"[.!?][\"”’»]*[.,]?\s*[-–—]+\s*(?:\w+\s+)?(?:повідоми|написа|зазначи|заяви|сказа|додав|дода|пише|"
    r"сообщи|написал|отмети|заяви|сказал|добави|пишет)\w*(?:\s+\S+){0,3}\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"”’)»]*\s+(?=[\"“‘(«]?[A-ZА-ЯІЇЄҐ0-9])"
    # 'Lysak said.One home was destroyed', 'loved ones.""The worst ...': pasted text that lost its space
    r"|(?<=[a-z]{2}[.!?])[\"”’)»]*(?=[\"“‘(«]?[A-Z][a-z]{2})"
)
_CLAUSE_SPLIT = re.compile(
    r"\s*;\s*|,?\s+while\s+|,?\s+whereas\s+|,\s+but\s+|,\s+and\s+(?=in\s|another\s|a\s+separate\s|also\s"
    # "..., and drone attacks hit three districts of Kharkiv": a new attack with its own subject
    r"|(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|drones?|missiles?|shelling|bombs?)\s+(?:also\s+)?"
    r"(?:hit|struck|killed|injured|wounded|damaged|targeted)\b)"
    r"|\s+—\s+|\.\s+Meanwhile,?\s+",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-Z][\w'’]*(?:(?:-|\s|-on-)[A-Z][\w'’]*){0,3}")
_REGION_AFTER = re.compile(
    r"^\s*(?:regions?|oblasts?|provinces?)\b(?!al)"
    # "Zaporizhzhia and Dnipropetrovsk regions": every name of the list is a region ("Kherson, Donetsk, and
    # Zaporizhzhia oblast" too).
    r"|^(?:,\s*[A-Z][\w'’-]+)*,?\s+and\s+(?-i:[A-Z])[\w'’-]+\s+(?:regions?|oblasts?|provinces?)\b(?!al)",
    re.IGNORECASE,
)
# A settlement the gazetteer may not list, kept by its name: "the village of Groza", "in Hroza, part of
# the Kharkiv region".
_UNLISTED_SETTLEMENT = re.compile(
    r"\b(?:village|town|settlement|hamlet)\s+of\s+(?P<name>[A-Z][\w'’-]+"
    # "the village of Malyi Burluk": a two-word name whose first word is an adjective (Mala, Velyka, Bilyi, Nove)
    # ("Krasny Khutor", "Maly Burluk": the adjective in a Russian-style spelling)
    r"(?:(?:(?<=[a-z]yi)|(?<=[a-z]ii)|(?<=[a-z]ia)|(?<=[a-z][a-z]a)|(?<=[a-z][a-z]e)|(?<=[a-z][nl]y))\s+(?!(?:Russian|Ukrainian|Russia|Ukraine|Oblast|Region|District|On|In|At|The)\b)"
    r"[A-Z][\w'’-]+)?)"
    # "Kupyansk district, Novoosynove village": an official's timeline names the village after its district
    r"|(?<=district,\s)(?!(?:The|A|An|This|That|Each|Every|Our|One|Another)\b)(?P<name3>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?=\s+(?:village|settlement)\b)"
    # "hit the village. Maly Burluk of Kupyan district": a machine translation of "с. Малий Бурлук"
    r"|\bvillage\.\s+(?P<name5>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s+(?:of|in)\s)"
    # "three explosions on the outskirts of Khotiyivka village", "in the direction of Halahanivka village"
    r"|(?<=\bof\s)(?!(?:The|A|An|This|That|Each|Every|Our|One|Another)\b)(?P<name4>[A-Z][a-z'’-]+)(?=\s+village\b)"
    r"|\bin\s+(?P<name2>[A-Z][\w'’-]+),\s+(?:also\s+)?(?:a\s+village\s+)?(?:part\s+of|in)\s+the\s+[A-Z]\w+\s+region"
)
_TITLE_APPOSITION = re.compile(
    r"^\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:official|head|deputy|chief|spokes(?:man|woman|person)|governor"
    r"|mayor|minister|adviser|advisor|aide|secretary|commander|director)\b",
    re.IGNORECASE,
)
_REGION_IN_NAME = re.compile(r"\s+(?:Oblast|Region|Province)$")
_REGION_BEFORE = re.compile(r"\b(?:region|oblast|province)\s+of\s+$", re.IGNORECASE)
_DISTRICT_AFTER = re.compile(r"^\s*(?:district|raion)\b", re.IGNORECASE)
# (communities are not folded into their oblast: "Esmanska, Bilopilska ... communities were shelled" under "the
# Sumy region" are each an attack, at the community's town)
_AREA_AFTER = re.compile(
    r"^\s*(?:districts?|raions?)\b|^(?:,\s*[A-Z][\w'’-]+)*,?\s+and\s+[A-Z][\w'’-]+\s+districts\b",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = re.compile(
    r"^\s*(?:(?:territorial|urban|rural|village|settlement)\s+)?(?:district|raion|community|hromada|municipality)\b",
    re.IGNORECASE,
)
# "KYIV, Ukraine:" or "Kyiv • UNN": the place a report was filed from.
_DATELINE_AFTER = re.compile(r"^\s*•")
_CAPS_DATELINE_AFTER = re.compile(r"^\s*(?:\(|,|\s[-–—]\s)")
# "Kiev, March 16 (IANS) The death toll ...", "Kyiv, Ukraine – ...", "Kharkiv (Ukraine) (AFP) – Seven
# people ...": a dateline opening the paragraph, in any case; the attack's place is named after it.
_DATELINE_LEAD = re.compile(
    r"^(?:\s*,\s*Ukraine\b|\s*\(Ukraine\)|\s*,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\s*\((?:AFP|AP|Reuters|IANS|AA|UNN|Ukrinform|dpa|Xinhua)\)"
    # "Kiev : Five people have been killed ...": a wire's dateline, a space before its colon
    r"|\s+:\s)"
)
# A list this long with no figures of its own is a summary ("nine regions: A, B, C, D, ..."), not events.
MAX_PLACES_IN_A_LIST = 3
# ... unless the list is of towns told as hit: "Strikes were also reported in A, B, C and D", "struck A, B, ..."
_STRUCK_LIST = re.compile(
    r"\b(?:(?:strikes|attacks|explosions|hits)\s+(?:were|have\s+been)\s+(?:also\s+)?(?:reported|recorded)\s+in"
    r"|struck|hit|attacked|shelled|targeted|(?:strikes|attacks)\s+on"
    # "The enemy shelling caused significant damage in such settlements as Beryslav, Tyahynka, ..."
    r"|(?:damage|destruction)\s+(?:[\w-]+\s+){0,3}?in\s+such\s+(?:settlements|villages|towns|communities)\s+as"
    # "Damage was recorded in Kherson, Sadove, Antonivka and Zymivnyk"
    r"|(?:damage|destruction|hits?|impacts?)\s+(?:was|were|has\s+been|have\s+been)\s+recorded\s+in)"
    r"\s+(?:the\s+(?:cities|towns)\s+of\s+)?$",
    re.IGNORECASE,
)
_ACROSS_LIST = re.compile(r"\bacross\s+(?:the\s+)?(?:regions\s+of\s+)?$", re.IGNORECASE)
# "Nearby regions, including Lviv and Ivano-Frankivsk, were also targeted": the regions.
_REGIONS_INCLUDING = re.compile(
    r"\b(?:regions|oblasts|provinces)\s*,?\s+(?:including|such\s+as|like|among\s+them)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TITLE_AFTER = re.compile(
    r"^\s*(?:Oblast|Region|Province|City|Mayor|Governor|Council|Regional|District|Raion|Military|Police)\b"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_LIST_GLUE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the report: its text, paragraph number and character offset."""

    text: str
    paragraph: int
    start: int
    headline: bool = False
    lead: str = ""  # for an item of a list ("- 3 людини у Харкові,"), what the line before the list says


# "загинуло:" then "- 1 людина у Києві," "- 3 людини у Харкові,": a list of figures by place.
_SLAVIC_LETTERS = re.compile(r"[А-Яа-яІіЇїЄєҐґ]")
_LIST_ITEM = re.compile(r"^[-–—•*]\s*\S")
# Links to other news under a report: "ЩЕ ЗА ТЕМОЮ" / "Похожие новости" / "Related" ends the report, and a
# "Читайте також: ..." line is another story's title.
_RELATED_BLOCK = re.compile(
    r"^(?:ще\s+за\s+темою|еще\s+по\s+теме|ещё\s+по\s+теме|схожі\s+новини|похожие\s+новости|інші\s+новини"
    r"|другие\s+новости|related(?:\s+(?:news|stories|articles))?|read\s+more|read\s+also|see\s+also|also\s+read"
    r"|more\s+on\s+this\s+story"
    r"|останнє|последнее|останні\s+новини|последние\s+новости)\W*$",
    re.IGNORECASE,
)
_RELATED_LINE = re.compile(
    r"^(?:читайте\s+також|читайте\s+также|читай\w*\s+також|дивіться\s+також|смотрите\s+также|також\s+читайте"
    r"|read\s+also|see\s+also|also\s+read)\s*:",
    re.IGNORECASE,
)
_RELATED_INLINE = re.compile(r"(?<=[.!?\"”])\s*(?:Read\s+also|See\s+also|Also\s+read|Read\s+more)\s*:")
_LIST_LEAD = re.compile(r"(?:^|[,;]\s*)(?P<lead>[^,;]*):\s*$")


@dataclass
class Mention:
    """A place named in a clause."""

    name: str  # as written
    start: int
    end: int
    precision: str  # "settlement" or "oblast"
    strong: bool = True  # False for "the governor of X": used only when nothing else is named
    oblast_iso: str | None = None
    place_name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    oblast: str | None = None
    district: bool = False  # "the Myrhorod district", "the Poltava and Shcherbani communities": an area
    # Other places an adjective may name ("Покровська громада": Pokrovsk, Pokrov, ...), most likely first.
    alternatives: list = field(default_factory=list, repr=False, compare=False)
    adjective: bool = field(
        default=False, repr=False, compare=False
    )  # "Золочівська громада": a town's adjective
    # Found under another Latin spelling of its name ("Chuguiev" for Chuhuiv): see geo/romanisation.py.
    respelled: bool = field(default=False, repr=False, compare=False)

    @property
    def key(self) -> tuple[str, str]:
        return (self.precision, self.place_name or self.name)


@dataclass
class CandidateEvent:
    """One attack found in a report, before review.

    ``counts`` maps a count field to ``(value, at_least)``; ``evidence`` maps a
    field name to the sentence it was read from; ``sentences`` lists every
    sentence the event was built from, in order.
    """

    location: str | None = None
    oblast_iso: str | None = None
    oblast: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: str = "unknown"
    weapon: str = "unknown"
    target: str = "unknown"
    date: dt.date | None = None
    date_precision: str = "unknown"
    counts: dict[str, tuple[int, bool]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)
    sentences: list[str] = field(default_factory=list)
    weak: set[str] = field(default_factory=set, repr=False)  # fields read from outside the event's clause
    last_base: str | None = field(
        default=None, repr=False
    )  # the count set last: "Серед них ..." refers to it
    # Named only in sentences that share one set of figures among several places.
    only_in_totals: bool = field(default=True, repr=False)
    # Named only as a district or communities ("in the Myrhorod district"), never as the settlement itself.
    only_as_district: bool = field(default=True, repr=False)
    # A region given figures of its own beside its settlements' ("Ще 2 людини в області ...").
    own_remainder: bool = field(default=False, repr=False)
    # A region whose figures the report gives for its settlements at large ("in the region's settlements").
    region_scope: bool = field(default=False, repr=False)
    # Other places the name may mean ("Миколаївська громада": Mykolaiv, Mykolaivka), as Mentions.
    alternatives: list = field(default_factory=list, repr=False, compare=False)

    def add_sentence(self, text: str) -> None:
        if text not in self.sentences:
            self.sentences.append(text)

    def add_note(self, note: str, sentence: str) -> None:
        if note not in self.notes:
            self.notes.append(note)
            self.evidence.setdefault("casualty_note", sentence)
            self.add_sentence(sentence)


# --- text into sentences and clauses ----------------------------------------------


def split_sentences(text: str) -> list[Sentence]:
    """Cut a report into sentences, keeping paragraphs and marking headlines.

    Parameters
    ----------
    text
        The report as pasted: paragraphs on their own lines.

    Returns
    -------
    list of Sentence
        With ``start`` the offset of the sentence in ``text`` (for highlighting).
    """
    sentences: list[Sentence] = []
    offset = 0
    lead = ""
    lines = _unwrapped_lines(text)
    # A line without closing punctuation that the page repeats ("• Вісім поранених дітей ...: наслідки
    # авіаударів ..., - ФОТО, ВІДЕО" as the breadcrumb and again as the heading) is the title.
    repeated = Counter(
        _bare_line(line)
        for line in lines
        if line.strip() and not re.search(r"[.!?;][\"”’)»]*$", line.strip())
    )
    for paragraph, line in enumerate(lines):
        stripped = line.strip()
        line_start = offset + (len(line) - len(line.lstrip()))
        offset += len(line)
        if not stripped:
            continue
        if _RELATED_BLOCK.match(stripped):
            break
        if _RELATED_LINE.match(stripped):
            continue
        related = _RELATED_INLINE.search(stripped)
        if related:
            # "... are working on-site.Read also: Russian attack kills ... in Odesa region": a link to another
            # story glued to the last sentence; the story's title is not this report's.
            stripped = stripped[: related.start()].rstrip()
        if lead and _LIST_ITEM.match(stripped):
            # An item of a list of figures: body text, read with the words that led into the list.
            sentences.append(Sentence(stripped, paragraph, line_start, lead=lead))
            continue
        match = _LIST_LEAD.search(stripped)
        lead = match.group("lead").strip() if match else ""
        # (a line ending in ";" is an item of a list of figures: "A 65-year-old woman died;")
        if not re.search(r"[.!?;][\"”’)»]*$", stripped) and (
            # ("Але станом на 7:42 їхня кількість зросла до 6": no title opens with "but")
            not (
                _UNPUNCTUATED_SENTENCE.search(stripped)
                or (sentences and _CONJUNCTION_START.match(stripped))
                or (sentences and _SPEAKER_AFTER_QUOTE.search(stripped))
            )
            # A Ukrainian or Russian report's first line without a full stop is its title, commas or not
            # ("Пострадали дети, есть погибшие – ... на Харьковщине"): titles sum up, their figures are not read.
            or (not sentences and _SLAVIC_LETTERS.search(stripped))
            or repeated[_bare_line(stripped)] > 1
        ):
            sentences.append(Sentence(stripped, paragraph, line_start, headline=True))
            continue
        # Hide abbreviation dots from the splitter without moving any offsets.
        masked = _ABBREVIATIONS.sub(lambda m: m.group(0).replace(".", "\0"), stripped)
        position = 0
        for boundary in [*_SENTENCE_END.finditer(masked), None]:
            end = boundary.start() if boundary else len(stripped)
            piece = stripped[position:end].strip()
            if piece:
                sentences.append(Sentence(piece, paragraph, line_start + stripped.index(piece, position)))
            if boundary:
                position = boundary.end()
    return sentences


def _bare_line(line: str) -> str:
    return re.sub(r"^[\W_]+", "", line.strip())


_CLOSED = re.compile(r"[.!?;:][\"”’)»]*\s*$")
# A line that stops on a word no sentence or headline ends with ("... in the city of" / "Mykolaiv, killing
# ...", "said regional Gov." / "Vitalii Kim"): the sentence goes on in the next line.
_OPEN_END = re.compile(
    r"\b(?:a|an|the|of|in|on|at|to|for|from|with|by|and|or|but|that|which|who|whose|near|into|its|their|his|her"
    r"|southern|northern|eastern|western|central|regional|Gov\.|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Gen\.)\s*$",
    re.IGNORECASE,
)
_BOUNDARY_INSIDE = re.compile(r"[.!?][\"”’)»]*\s+[\"“‘(«]?[A-ZА-ЯІЇЄҐ]")


def _unwrapped_lines(text: str) -> list[str]:
    """The report's lines, with a paragraph hard-wrapped over several lines joined into one.

    A line that does not close its sentence goes on in the next when that one starts with a small letter
    ("... the drone slammed" / "into a 25-story apartment block ..."), or when it already holds the end of
    a sentence and the next line carries on ("... injuring five others. Ukraine's" / "Emergency Service
    said ..."): a headline does neither.  The line breaks stay in the text (offsets do not move)."""
    lines = text.splitlines(keepends=True)
    result: list[str] = []
    for line in lines:
        previous = result[-1] if result else ""
        if (
            previous.strip()
            and line.strip()
            # ("- 2 людини у Полтаві," / "- 1 людина в Ніжині.": items of a list stay apart)
            and not _LIST_ITEM.match(line.lstrip())
            and (not _CLOSED.search(previous) or _OPEN_END.search(previous))
            and (
                line.lstrip()[:1].islower()
                or _OPEN_END.search(previous)
                or previous.rstrip().endswith(",")
                or _BOUNDARY_INSIDE.search(previous)
            )
        ):
            result[-1] = previous + line
        else:
            result.append(line)
    return result


def report_title(text: str) -> str | None:
    """The report's title: its first headline line, if it has one."""
    for sentence in split_sentences(text):
        if sentence.headline:
            return sentence.text
    return None


def split_clauses(sentence: str) -> list[str]:
    """Cut a sentence where a second attack usually begins ("..., while ...")."""
    # ("at least 10 others — including four children — were injured" is one clause, the part read as an aside)
    sentence = _DASH_PART.sub(lambda m: "," + m.group(1) + ",", sentence)
    return [c for c in _CLAUSE_SPLIT.split(sentence) if c and c.strip()]


# --- places -----------------------------------------------------------------


_HOMOGLYPHS = str.maketrans("аеоірсхуАЕОІРСХК", "aeoipcxyAEOIPCXK")


# A district's or community's adjective ("Saltivskyi", "Kupyansky", "Myrovska"): never a village respelled.
_ADJECTIVE_SPELLING = re.compile(r"(?:sk|ck|tsk|zk)(?:yi|iy|yy|ij|y|i|a|aya|aia|oi|oy|ii)$")


# Capitalised words that open a clause before a place ("In Chuguiev", "Near Orekhov"), not first names.
_OPENING_WORD = re.compile(
    r"^(?:In|At|On|Near|From|To|Of|And|The|Also|Outside|Around|Across|Inside|Over|Village|Town|City|Settlement)$"
)


def _lookup(name: str, respell: bool = False) -> Mention | None:
    gazetteer = load_gazetteer()
    if re.search(r"[A-Za-z]", name) and re.search(r"[А-Яа-яІі]", name):
        # "Vorozhbа" with a Cyrillic "а": pasted text mixes look-alike letters into a Latin name
        name = name.translate(_HOMOGLYPHS)
    key = normalize_name(name)
    if key in V.NOT_PLACES or key.removeprefix("the ") in V.NOT_PLACES:
        return None
    # City districts are named as "Kyiv's Obolonskyi district"; the city is the place.
    rows = [r for r in gazetteer.primary.get(key, []) if not gazetteer.places.likely_city_district.iloc[r]]
    alternates = [
        r
        for r in gazetteer.index.get(key, [])
        if gazetteer.places.population.iloc[r] >= MIN_POPULATION_FOR_ALTERNATE
        and not gazetteer.places.likely_city_district.iloc[r]
    ]
    population = gazetteer.places.population
    if not rows or (
        alternates
        and max(population.iloc[r] for r in alternates) >= 10 * max(population.iloc[r] for r in rows)
        # "Олександрівка" is the Ukrainian name of seventeen villages and a former name of Donetsk:
        # a name in Ukrainian letters that is some places' own name means them, and so does a name that
        # is the own name of many ("Oleksandrivka").
        and not re.search(r"[іїєґ]", key)
        and len(rows) < 5
    ):
        # "Константиновка" is a Crimean village's own name and the Russian name of Kostiantynivka,
        # a city of 67,000: the city is meant.
        rows = alternates
    places = gazetteer.places
    if rows and not re.search(r"[іїєґ]", key) and all(places.oblast_iso.iloc[r] == "UA-43" for r in rows):
        # "в Удачном": the gazetteer keeps Crimea's villages under their Russian names, so a Russian
        # spelling is a Crimean village's own name and a mainland village's other name; a report of an
        # attack means the larger mainland one (Udachne of Donetsk oblast, not Udachnoe in Crimea).
        mainland = [
            r
            for r in gazetteer.index.get(key, [])
            if places.oblast_iso.iloc[r] != "UA-43"
            and population.iloc[r] > max(population.iloc[c] for c in rows)
            and not places.likely_city_district.iloc[r]
        ]
        rows = mainland or rows
    if not rows and key.isascii() and ("g" in key or key.endswith("sky") or key.endswith("skiy")):
        # "Myrnograd", "Pavlograd", "Chervonogrygorivka": a Russian-style spelling; Ukrainian names are
        # written with h (towns of 3,000 people or more, as for the Russian spellings in Cyrillic);
        # "Novgorod-Siversky" is Novhorod-Siverskyi, "Khmelnytskiy" Khmelnytskyi
        respelled = re.sub(r"skiy$", "skyi", key.replace("g", "h")) + ("i" if key.endswith("sky") else "")
        rows = [
            r
            for r in gazetteer.primary.get(respelled, []) + gazetteer.index.get(respelled, [])
            if population.iloc[r] >= MIN_POPULATION_FOR_RESPELLING
            # ("the Kyivsky district" of Kharkiv is no Kyivskyi, a district of Donetsk)
            and not gazetteer.places.likely_city_district.iloc[r]
        ]
    respelled = False
    if not rows and respell and key.isascii() and not _ADJECTIVE_SPELLING.search(key):
        # "Kupyansk-Vuzlovy", "Chuguiev", "Dvurechnaya", "Belyi Kolodez": a Russian-style or older Latin
        # spelling of a place the gazetteer knows under another (geo/romanisation.py: the same consonants as
        # its own name, and close to one of its names written out in Latin letters).
        rows = [r for r in respelled_rows(gazetteer, key) if not gazetteer.places.likely_city_district.iloc[r]]
        respelled = bool(rows)
    if not rows:
        return None
    mention = settlement_mention(gazetteer, name, rows)
    mention.respelled = respelled
    return mention


def settlement_mention(gazetteer, name: str, rows: list[int]) -> Mention:
    """A mention of ``name`` as the best ranked of the gazetteer's ``rows`` (a settlement)."""
    place = gazetteer._place(gazetteer._rank(rows, None)[0])
    return Mention(
        name,
        0,
        0,
        "settlement",
        True,
        place.oblast_iso,
        place.name,
        place.latitude,
        place.longitude,
        place.oblast,
    )


def _is_city_name(name: str) -> bool:
    """A city's own name (not an old or foreign one): "Attack On Zaporizhzhia Rises To 28" is a headline
    in title case, not a person called Zaporizhzhia."""
    gazetteer = load_gazetteer()
    rows = gazetteer.primary.get(normalize_name(name), [])
    return any(gazetteer.places.population.iloc[r] >= 50_000 for r in rows)


def _as_oblast(mention: Mention, name: str) -> Mention | None:
    oblast = find_oblast(name)
    if oblast is None and mention.oblast_iso and _lookup(name) is not None:
        # "the region of Odessa": an old spelling the oblast names lack; its city's oblast.
        oblast = find_oblast(mention.oblast_iso)
        if oblast is not None and normalize_name(oblast.name)[:4] != normalize_name(name)[:4]:
            # "the Nikopol region in Dnipropetrovsk Oblast" (Нікопольщина): the town's district, so the town
            mention.district = True
            return mention
        name = oblast.name if oblast is not None else name
    if oblast is None:
        return None
    mention.precision = "oblast"
    mention.oblast_iso = oblast.iso
    mention.oblast = oblast.name
    # ("Khmelnytskiy" oblast is Khmelnytskyi)
    mention.place_name = _REGION_IN_NAME.sub("", oblast.name if name.isascii() else name)
    mention.latitude = oblast.latitude
    mention.longitude = oblast.longitude
    return mention


def find_places(clause: str) -> list[Mention]:
    """Places named in a clause as possible attack sites.

    Parameters
    ----------
    clause
        Part of one sentence.

    Returns
    -------
    list of Mention
        Settlements and oblasts the gazetteer knows, in order, without venues,
        speakers and places abroad.  ``strong`` is False for a place named only
        as the seat of an official ("the governor of Sumy said").
    """
    mentions: list[Mention] = []
    for match in _NAME.finditer(clause):
        words = match.group(0)
        found = None
        # Longest run of capitalised words first: "Kryvyi Rih" before "Kryvyi".
        tokens = list(re.finditer(r"[^\s]+", words))
        for size in range(len(tokens), 0, -1):
            for first in range(0, len(tokens) - size + 1):
                start = tokens[first].start()
                end = tokens[first + size - 1].end()
                candidate = words[start:end]
                region_name = _REGION_IN_NAME.search(candidate)
                possessive = bool(_POSSESSIVE.search(candidate))
                lookup_name = _POSSESSIVE.sub("", _REGION_IN_NAME.sub("", candidate))
                if normalize_name(lookup_name) in V.NOT_PLACES:
                    if size == len(tokens):
                        found = "blocked"
                        break
                    continue  # "Ukraine's Zaporizhzhia": the country, then a place of it
                mention = _lookup(lookup_name, respell=True)
                if (
                    mention is not None
                    and mention.respelled
                    and first > 0
                    and not _OPENING_WORD.match(tokens[first - 1].group(0))
                ):
                    # "Mayor Gennadiy Trukhanov": a surname after a first name, not a village respelled
                    continue
                if (
                    mention is None
                    and lookup_name[-1:] in "yi"
                    and _DISTRICT_AFTER.match(words[end:] + clause[match.end() :])
                ):
                    # "the Synelnyky district" (Синельниківський район): the raion of Synelnykove
                    mention = _lookup(lookup_name[:-1] + "ove") or _lookup(lookup_name[:-1] + "e")
                    if mention is None and re.search(r"[a-z]sk[yi]$", lookup_name):
                        # "the Kupyansky district", "the Chuguevsky district", "Bogodukhovsky" (Russian-style raion
                        # adjectives): the raion of Kupiansk, Chuhuiv, Bohodukhiv
                        # (not a city's name: "the Kyivsky district" of Kharkiv is no raion of Kyiv)
                        mention = _lookup(lookup_name[:-1], respell=True) or _lookup(lookup_name[:-3], respell=True)
                        if mention is not None and _population(mention) >= 50_000:
                            mention = None
                if mention is None and region_name:
                    mention = Mention(lookup_name, 0, 0, "settlement")
                if mention is None:
                    continue
                if (
                    first + size < len(tokens)
                    and not possessive
                    and not _TITLE_AFTER.match(words[end:])
                    and not _is_city_name(lookup_name)
                ):
                    # "Vladimir Putin": a first name that GeoNames also lists as a town's old name.
                    found = "person"
                    break
                if (
                    first
                    and _TITLE_APPOSITION.match(words[end:] + clause[match.end() :])
                    and not _is_city_name(lookup_name)
                ):
                    # "Kyrylo Tymoshenko, a senior official": a surname GeoNames also lists as a village.
                    found = "person"
                    break
                mention.name = lookup_name
                mention.start = match.start() + start
                mention.end = match.start() + end
                if (
                    region_name
                    or _REGION_AFTER.match(clause[mention.end :])
                    or _REGION_BEFORE.search(clause[: mention.start])
                ):
                    mention = _as_oblast(mention, lookup_name)
                    if mention is None:
                        continue
                found = mention
                break
            if found:
                break
        if isinstance(found, Mention):
            mentions.append(found)
    gazetteer = load_gazetteer()

    def other_name(m: Mention) -> bool:
        # found under another name than the one written: a respelling, or an old name ("Stanislav")
        return m.respelled or normalize_name(m.name) != normalize_name(m.place_name or m.name)

    if any(m.precision == "settlement" and other_name(m) for m in mentions):
        # "Tavriiske, Prymorske, Vozdvyzhivka and Biloghirya" (Zaporizhzhia oblast): a respelling that finds a
        # town of another oblast than every other settlement of the clause can be in (Bilohiria of Khmelnytskyi
        # oblast) is a coincidence; the name is kept as written.  "Dudchany, Stanislav, Veletenske, ..." (Kherson
        # oblast): the village called Stanislav there, not Ivano-Frankivsk, once so called.
        votes: Counter = Counter()
        others = 0
        for m in mentions:
            if m.precision == "settlement" and not other_name(m) and m.place_name and m.oblast_iso != "UA-43":
                rows = gazetteer.primary.get(normalize_name(m.place_name), [])
                here = {gazetteer.places.oblast_iso.iloc[r] for r in rows} or ({m.oblast_iso} - {None})
                votes.update(here)
                others += bool(here)
        # the oblast most of the other settlements can be in (two at least, and half of them)
        top = votes.most_common(1)
        shared = {top[0][0]} if top and top[0][1] >= max(2, others / 2) else set()
        if shared:
            kept = []
            for m in mentions:
                if m.precision != "settlement" or not other_name(m) or m.oblast_iso in shared:
                    kept.append(m)
                    continue
                own = [
                    r
                    for r in gazetteer.primary.get(normalize_name(m.name), [])
                    if gazetteer.places.oblast_iso.iloc[r] in shared
                ]
                if own and not m.respelled:
                    place = settlement_mention(gazetteer, m.name, own)
                    place.start, place.end = m.start, m.end
                    kept.append(place)
                elif not m.respelled:
                    kept.append(m)
            mentions = kept
    for match in _UNLISTED_SETTLEMENT.finditer(clause):
        group = next(g for g in ("name", "name2", "name3", "name4", "name5") if match.group(g))
        start, end = match.span(group)
        name = match.group(group)
        if normalize_name(name) in V.NOT_PLACES or any(m.start <= start < m.end for m in mentions):
            continue
        mentions.append(Mention(name, start, end, "settlement", True, place_name=name))
    mentions.sort(key=lambda m: m.start)
    mentions = _community_adjectives(clause, mentions)
    mentions = _listed_with_settlements(clause, mentions)
    kept = [m for m in (_classify(clause, m, mentions) for m in mentions) if m is not None]
    for mention in kept:
        mention.district = bool(_AREA_AFTER.match(clause[mention.end :]))
    return _drop_qualifiers(clause, kept)


# "fired 43 times on 15 settlements: ...", "Other affected settlements include: ...": a list of places hit.
_SETTLEMENTS_LEAD = re.compile(
    r"\b(?:settlements|villages|localities|towns|communities)\b[^.:;]{0,60}:\s*[^:]*$", re.IGNORECASE
)
# Between two names of a list: ", ", " and ", and a district after a name ("Lukyantsi in Kharkiv district, ").
_LIST_GAP = re.compile(
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:district|raion|community|hromada))?"
    # ("3 times on Olhivske and Charivne with rocket launchers, and 40 times on Huliaipole, ...")
    r"(?:\s+with\s+(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*)?"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:\d+\s+times\s+(?:on|at)\s+)?"
)
# What may follow a place's name in a list: a joint, a preposition, a verb, the kind of area.
_AFTER_LISTED_NAME = re.compile(
    r"^(?:and|or|in|on|at|with|near|of|by|from|during|after|before|were|was|came|have|has|had|also|too|as|all"
    r"|district|raion|community|hromada|village|villages|settlement|settlements|communities|hromadas|town|city)$"
)
_CALENDAR_WORD = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)$"
)
_ADJECTIVE_FIRST = re.compile(r"^(?:Mal|Velyk|Nov|Star|Chervon|Bil|Zelen|Verkhn|Nyzhn|Sukh|Sribn)\w*\s")


def _listed_with_settlements(clause: str, mentions: list[Mention]) -> list[Mention]:
    """ "40 times on Huliaipole, Orikhiv, Levadne, Olhivske and Poltavka": a name the gazetteer lacks, listed
    among settlements it knows (two at least) or after "settlements:", is a settlement too, kept by its name.

    Only a list of three names or more, each joined to the next by a comma or "and" (a district may follow a
    name: "Lukyantsi in Kharkiv district, Bochkove")."""
    names = [
        m
        for m in _NAME.finditer(clause)
        if not _REGION_AFTER.match(clause[m.end() :]) and not _QUALIFIER_AFTER.match(clause[m.end() :])
    ]
    runs: list[list[re.Match[str]]] = []
    for match in names:
        if runs and _LIST_GAP.fullmatch(clause[runs[-1][-1].end() : match.start()]):
            runs[-1].append(match)
        else:
            runs.append([match])
    added = []
    for run in runs:
        known = [
            m
            for m in mentions
            if m.precision == "settlement" and any(n.start() <= m.start < n.end() for n in run)
        ]
        led = _SETTLEMENTS_LEAD.search(clause[: run[0].start()]) and _ATTACKED_LEAD.search(clause)
        if not led and (len(run) < 3 or len(known) < 2):
            continue
        for match in run:
            name = match.group(0)
            inside = [m for m in mentions if m.start < match.end() and match.start() < m.end]
            if (
                len(inside) == 1
                and inside[0].start > match.start()
                and inside[0].end == match.end()
                and _ADJECTIVE_FIRST.match(name)
            ):
                # "Chervona Zorya" is no Zorya
                mentions = [m for m in mentions if m is not inside[0]]
            elif inside:
                continue
            if normalize_name(name) in V.NOT_PLACES or len(name.split()) > 2 or find_oblast(name) is not None:
                continue
            if _CALENDAR_WORD.match(name) or not clause[: match.start()].strip(" \t\"'“‘(-–—"):
                continue  # ("Separately, Nikopol, Marhanetsk and Pokrovsk communities": the sentence's first word)
            following = re.match(r"\s+([a-z][\w-]*)", clause[match.end() :])
            if following and not _AFTER_LISTED_NAME.match(following.group(1)):
                continue  # "Kharkiv, Sumy, Poltava and Ukrenergo substations": a company's name, not a place
            if len(name.split()) == 2 and not _ADJECTIVE_FIRST.match(name):
                continue
            # (in the oblast of the known settlements of the list, when they are all of one)
            oblasts = {m.oblast_iso for m in known}
            oblast = find_oblast(next(iter(oblasts))) if len(oblasts) == 1 and None not in oblasts else None
            added.append(
                Mention(
                    name,
                    match.start(),
                    match.end(),
                    "settlement",
                    True,
                    oblast_iso=oblast.iso if oblast else None,
                    place_name=name,
                    oblast=oblast.name if oblast else None,
                )
            )
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


# "Nikopol, Marhanetsk and Pokrovsk communities": Марганецька, Покровська громади written in Latin letters.
_COMMUNITY_ADJECTIVE = re.compile(
    # ("Myrovska community", "Pokrovske hromada": the Ukrainian adjective's ending kept)
    r"\b(?P<name>[A-Z][\w'’-]+sk)(?:a|e|yi)?\b(?=(?:,\s*[A-Z][\w'’-]+)*,?\s*(?:and\s+[A-Z][\w'’-]+\s+)?"
    r"(?:territorial\s+)?(?:communit(?:y|ies)|hromadas?)\b)"
)


_COMPOUND_PREFIXES = {
    "Velyko": ("Velyka ", "Velykyi ", "Velyke "),
    "Novo": ("Nova ", "Novyi ", "Nove "),
    "Staro": ("Stara ", "Staryi ", "Stare "),
    "Malo": ("Mala ", "Malyi ", "Male "),
}


def _population(mention: Mention) -> int:
    gazetteer = load_gazetteer()
    rows = gazetteer.primary.get(normalize_name(mention.place_name or mention.name), [])
    return max((int(gazetteer.places.population.iloc[r]) for r in rows), default=0)


def _community_town(word: str, oblast_iso: str | None = None) -> Mention | None:
    """The town a community's adjective in Latin letters ("...sk", its ending taken off) comes from."""
    # Марганецька is "Marhanetsk" (Marhanets + k), Покровська "Pokrovsk" (Pokrov + sk), Мирівська "Myrovska"
    # (Myrove), "Chervonohryhorivska" (Chervonohryhorivka)
    first = (
        _lookup(word[:-1])
        or _lookup(word[:-2])
        or _lookup(word[:-2] + "e")
        or (_lookup(word[:-2] + "ka") if word.endswith("ivsk") else None)
    )
    # Sumy oblast's roundups in English: "Krasnopilska" (Krasnopillia, not a village Krasnopil elsewhere),
    # "Seredyna-Budska" (Seredyna-Buda), "Shalyhinska" (Shalyhyne), "Khotynska" (Khotin), "Putivlska"
    # (Putyvl), "Velykopysarivska" (Velyka Pysarivka): the likeliest is the largest place so named
    stem = word[:-2]
    stems = {stem}
    for prefix, words in _COMPOUND_PREFIXES.items():
        if stem.startswith(prefix) and len(stem) > len(prefix) + 2:
            stems |= {w + stem[len(prefix)].upper() + stem[len(prefix) + 1 :] for w in words}
    for base in list(stems):
        for position in range(1, len(base)):
            swap = {"i": "y", "y": "i"}.get(base[position])
            if swap:
                stems.add(base[:position] + swap + base[position + 1 :])
    # "Snovska" (Snovsk itself), "Novgorod-Siverska" (Novhorod-Siverskyi)
    found: list[Mention] = [m for m in (_lookup(word), _lookup(word + "yi")) if m is not None]
    for base in stems:
        names = [base, base + "a"]
        if base.endswith("il"):
            names.append(base + "lia")
        if base.endswith(("in", "yn")):
            names.append(base[:-2] + "yne")
        if base.endswith("iv"):
            names.append(base + "ka")
        found += [m for m in map(_lookup, names) if m is not None]
    if oblast_iso is not None:
        # ("Khotynska" among Sumy oblast's communities is Khotin there, not Khotyn in Chernivtsi oblast)
        here = [m for m in [first, *found] if m is not None and m.oblast_iso == oblast_iso]
        if here:
            return max(here, key=_population)
    best = max(found, key=_population, default=None)
    if first is None:
        return best
    if best is not None and _population(best) >= 2 * _population(first):
        return best
    return first


_COMMUNITIES_OF = re.compile(
    r"\bcommunities\s+of\s+(?P<names>[A-Z][\w'’-]+(?:(?:,\s*|,?\s+and\s+)[A-Z][\w'’-]+)+)"
)


def _community_adjectives(clause: str, mentions: list[Mention]) -> list[Mention]:
    """A community's adjective in Latin letters ("Marhanetsk community") names its town (Marhanets); when
    the adjective is also another town's name ("Pokrovsk"), the town in the oblast of the places named
    with it (Pokrov beside Nikopol)."""
    result = list(mentions)
    matches = [(m.start(), m.end(), m.group("name")) for m in _COMMUNITY_ADJECTIVE.finditer(clause)]
    for listed in _COMMUNITIES_OF.finditer(clause):
        # "The communities of Nikopol, Marganets, Chervonohryhorivka, and Pokrovsk": the adjectives as names
        for name in re.finditer(r"[A-Z][\w'’-]+sk\b", listed.group("names")):
            start = listed.start("names") + name.start()
            if not any(begin <= start < end for begin, end, _ in matches):
                matches.append((start, start + len(name.group(0)), name.group(0)))
    matches.sort()
    towns = [_community_town(word) for _, _, word in matches]
    if len(matches) >= 3:
        # a long list of communities is of one oblast, most of them say which
        common = Counter(t.oblast_iso for t in towns if t is not None).most_common(1)
        if common and common[0][1] * 2 > len(matches):
            towns = [
                t if t is None or t.oblast_iso == common[0][0] else _community_town(word, common[0][0])
                for t, (_, _, word) in zip(towns, matches)
            ]
    for (match_start, match_end, _), town in zip(matches, towns):
        if town is None:
            continue
        existing = next((m for m in result if m.start <= match_start < m.end), None)
        others = {m.oblast_iso for m in result if m is not existing}
        if existing is not None and not others and existing.oblast_iso != town.oblast_iso:
            # "The Pokrovsk community" alone: the oblast the report names decides (Pokrov in a report on
            # the Nikopol district, Pokrovsk in one on Donetsk oblast)
            existing.alternatives = [*existing.alternatives, town]
            continue
        if existing is not None and (existing.oblast_iso in others or town.oblast_iso not in others):
            if not _nearer_to_others(town, existing, [m for m in result if m is not existing]):
                continue
        town.start, town.end = match_start, match_end
        result = [m for m in result if m is not existing] + [town]
    return sorted(result, key=lambda m: m.start)


def _nearer_to_others(town: Mention, existing: Mention, others: list[Mention]) -> bool:
    """ "the Marhanets, Myrove, Pokrovske, and Chervonohryhorivka communities" beside Nikopol: Pokrovska hromada
    is Pokrov's (20 km away), not the village of Pokrovske of the same oblast (150 km away); of two places of
    one oblast a community's adjective may name, the one nearer the places listed with it."""
    if town.oblast_iso != existing.oblast_iso or town.place_name == existing.place_name:
        return False
    points = [(m.latitude, m.longitude) for m in others if m.precision == "settlement" and m.latitude is not None]
    if not points or town.latitude is None or existing.latitude is None:
        return False

    def nearest(m: Mention) -> float:
        return min((m.latitude - a) ** 2 + (m.longitude - b) ** 2 for a, b in points)

    return 4 * nearest(town) < nearest(existing)


def _move_to_oblast(mention: Mention, oblast_iso: str | None) -> None:
    """Take, of the places named like ``mention``, the likeliest in ``oblast_iso`` (if there is one)."""
    if not oblast_iso or mention.oblast_iso == oblast_iso or mention.precision != "settlement":
        return
    gazetteer = load_gazetteer()
    key = normalize_name(mention.place_name or mention.name)
    rows = [
        r
        for r in (gazetteer.primary.get(key) or gazetteer.index.get(key) or [])
        if gazetteer.places.oblast_iso.iloc[r] == oblast_iso
    ]
    if rows:
        place = settlement_mention(gazetteer, mention.name, rows)
        mention.oblast_iso, mention.place_name = place.oblast_iso, place.place_name
        mention.latitude, mention.longitude, mention.oblast = place.latitude, place.longitude, place.oblast
    elif len(gazetteer.primary.get(key) or []) > 1:
        # a common village name the gazetteer does not list in that oblast: kept by its name, there
        oblast = find_oblast(oblast_iso)
        mention.oblast_iso, mention.place_name = oblast_iso, mention.name
        mention.latitude = mention.longitude = None
        mention.oblast = oblast.name if oblast is not None else None


def _drop_qualifiers(clause: str, mentions: list[Mention]) -> list[Mention]:
    """Names that only say where another place is: "Ocheretyne, Donetsk", "Bilopillia in the Sumy district"."""
    settlements = [m for m in mentions if m.precision == "settlement"]
    kept = []
    for mention in mentions:
        before = clause[: mention.start]
        district = re.search(r"([A-Z][\w'’-]+)\s+(?:district|raion),\s*$", before)
        if district and mention.precision == "settlement":
            # "Kupiansk district, Petropavlivka village": the village of that name in the district's oblast
            seat = _lookup(district.group(1))
            _move_to_oblast(mention, seat.oblast_iso if seat else None)
        previous = [m for m in settlements if m.end <= mention.start and m is not mention]
        if previous and re.fullmatch(r",\s*", clause[previous[-1].end : mention.start]):
            oblast = find_oblast(mention.name)
            if oblast is not None and oblast.iso == previous[-1].oblast_iso:
                continue
        if (
            previous
            and re.fullmatch(r"\s+in\s+the\s+|\s+of\s+(?:the\s+)?", clause[previous[-1].end : mention.start])
            and _QUALIFIER_AFTER.match(clause[mention.end :])
        ):
            continue
        if _DISTRICT_AFTER.match(clause[mention.end :]) and any(
            m is not mention and not _DISTRICT_AFTER.match(clause[m.end :]) for m in settlements
        ):
            if previous and re.fullmatch(r",\s*", clause[previous[-1].end : mention.start]):
                # "the village of Oleksandrivka, Bohodukhiv district": of the places with that name, the
                # one in the district's oblast
                _move_to_oblast(previous[-1], mention.oblast_iso)
            continue
        if not before.strip() and mention.name.isupper() and len(mention.name) > 3:
            continue
        kept.append(mention)
    return kept


# "The youngest victim, Serhii, was two days old": a person's name that is also a village's.
_PERSON_APPOSITION = re.compile(
    r"\b(?:victim|boy|girl|son|daughter|child|baby|man|woman|teenager|resident|named|called)\s*,?\s*$", re.I
)
# "Air defence destroyed 15 of the drones over the regions of Odesa and Mykolaiv": where drones were
# shot down, not where an attack hit.
_INTERCEPTED_OVER = re.compile(
    r"\b(?:shot\s+down|shoot\s+down|shooting\s+down|downed|intercepted|destroyed)\b[^.;]*?\bover\b(?![^.;]*\b(?:killed|injured|wounded|hurt)\b)",
    re.IGNORECASE,
)


# Where drones were shot down, named before the verb, in a clause that tells no harm.
_INTERCEPTED_AFTER = re.compile(
    # ("a barn was destroyed by a drone" is harm done by the drone)
    r"\b(?:shot\s+down|downed|intercepted|destroyed(?!\s+by\b)|repelled)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:drones?|missiles?|shaheds?|UAVs?|targets)\b",
    re.IGNORECASE,
)
_HARM = re.compile(
    rf"\b(?:{V.KILLED_WORDS}|{V.INJURED_WORDS}|hit|struck|damag\w*|debris|fell|fire|shell\w*|explosions?)\b",
    re.IGNORECASE,
)
_OCCUPIED_SINCE_2014 = {"donetsk", "luhansk"}
_REGIONAL_OFFICE_AFTER = re.compile(
    r"^\s+(?:OVA|ODA|OMA|RMA|RSA|(?:Regional|Oblast)\s+(?:(?:State|Military|Civil|Civil-Military)\s+)*"
    r"Administration)\b"
)


def _classify(clause: str, mention: Mention, mentions: list[Mention]) -> Mention | None:
    before = clause[max(0, mention.start - 60) : mention.start]
    after = clause[mention.end : mention.end + 60]
    if _PERSON_APPOSITION.search(before) or _INTERCEPTED_OVER.search(clause[: mention.start]):
        return None
    if _INTERCEPTED_AFTER.search(clause[mention.end :]) and not _HARM.search(clause):
        return None  # "In the region of Mykolaiv, air defence destroyed eight of the nine drones"
    if any(
        re.fullmatch(r"\s+(?:village|town|settlement)\s+of\s+(?:the\s+)?", clause[m.end : mention.start])
        for m in mentions
        if m.end <= mention.start
    ):
        return None  # "in the Svesa village of Sumy": the village is the place, the city only says where
    if re.match(
        r"^\s+(?:district|raion),\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:village|town|settlement)\b", after
    ):
        return None  # "Kupyansk district, Novoosynove village": the district says where the village is
    if re.match(
        # ("the border of Kyiv and Saltiv districts of Kharkiv": two of the city's districts)
        r"^\s+(?:and\s+[A-Z][\w'’-]+\s+(?i:districts)|(?i:district))\s+of\s+(?:the\s+city\s+of\s+)?[A-Z]", after
    ) and not re.match(
        r"^\s+district\s+of\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:region|oblast|province)\b", after, re.IGNORECASE
    ):
        return None  # "the Kyiv district of Kharkiv": a city's district named after another place; the city is hit
    if re.search(r"\b[A-Z][\w'’-]+['’]s\s+$", before) and re.match(r"^\s+district\b", after):
        return None  # "Kharkiv's Kyiv district": likewise
    if re.search(
        r"\b(?:consumers|households|subscribers|customers)\s+in\s+(?:the\s+)?(?:[\w'’-]+\s*,?\s+(?:and\s+)?){0,4}$",
        clause[: mention.start],
    ) and re.match(r"^[^.;]*?\bwithout\s+(?:electricity|power|gas|water|heat)", clause[mention.end :]):
        return (
            None  # "9,000 consumers in the Poltava and Shcherbani communities were left without electricity"
        )
    if re.search(r"\b(?:Suspilne|Suspilno)\s+$", before):
        return None  # "Source: Suspilne Sumy": the public broadcaster's regional newsroom
    if re.match(r"^\s+(?:front|direction|axis|sector)\b", after, re.IGNORECASE):
        return None  # "attacks on the Sumy front": the ground war along a line, not a strike on the city
    if re.match(
        r"^\s+(?:and\s+[A-Z][\w'’-]+\s+)?rivers?\b|^(?:['’]s)?\s+(?:west|east|left|right)(?:ern)?\s+bank",
        after,
        re.IGNORECASE,
    ):
        return None  # "the Dnipro River", "the Pivdennyi Buh and Dnipro rivers", "on the Dnipro's west bank": the river
    # A place listed after another ("across Odesa, Sumy, and Donetsk") shares its context.
    head = mention
    for other in reversed([m for m in mentions if m.end <= mention.start]):
        if _LIST_GLUE.match(clause[other.end : head.start]):
            head = other
        else:
            break
    head_before = clause[max(0, head.start - 60) : head.start]
    if (
        # ("explosions on the outskirts of Khotiyivka village": a village named with its noun is where it was hit)
        (V.VENUE_BEFORE.search(head_before) and not re.match(r"^\s+village\b", after))
        or V.ACTOR_AFTER.match(after)
        or _DATELINE_AFTER.match(after)
    ):
        return None
    if mention.name.isupper() and len(mention.name) > 3 and _CAPS_DATELINE_AFTER.match(after):
        return None  # "KYIV, Ukraine -": where the report was filed
    if not clause[: mention.start].strip() and _DATELINE_LEAD.match(after):
        return None  # "Kiev, March 16 (IANS) The death toll ...": where the report was filed
    if V.OFFICIAL_BEFORE.search(before) or V.OFFICIAL_AFTER.match(after):
        mention.strong = False
    if (
        mention.precision == "settlement"
        and normalize_name(mention.place_name or mention.name) in _OCCUPIED_SINCE_2014
    ):
        # "Three people were killed in Donetsk": Russia has held the cities of Donetsk and Luhansk since
        # 2014, so a report of a Russian attack that names them bare means their region.
        as_oblast = _as_oblast(mention, mention.name)
        if as_oblast is not None:
            return as_oblast
    if mention.precision == "settlement" and _REGIONAL_OFFICE_AFTER.match(after):
        # "the head of the Kharkiv OVA": the oblast's administration speaks, not the city's.
        as_oblast = _as_oblast(mention, mention.name)
        if as_oblast is not None:
            as_oblast.strong = False
            return as_oblast
    if mention.precision == "settlement" and (
        _ACROSS_LIST.search(head_before) or _REGIONS_INCLUDING.search(head_before)
    ):
        # "Attacks across Odesa and Sumy" may mean the cities or their regions: place at the oblast.
        as_oblast = _as_oblast(mention, mention.name)
        if as_oblast is not None:
            return as_oblast
    return mention


# --- numbers ----------------------------------------------------------------

# "two port workers died": one free word before a word for people.
_OCCUPATION = (
    r"(?:[a-z-]+\s+(?=(?:workers?|employees?|people|civilians|residents|men|women|children|officers|passengers"
    r"|farmers?|drivers?"
    r"|staff|rescuers|medics|volunteers|journalists|firefighters|miners|farmers)\b))?"
)
_FILLER_RUN = rf"(?:(?:{V.FILLER})[\s,]+){{0,7}}?(?:(?:at|in|inside|near)\s+the\s+[a-z]+\s+(?:(?:{V.FILLER})[\s,]+){{0,3}}?)?"
_RIGHT_KIND = re.compile(
    rf"^[\s,]*{_OCCUPATION}{_FILLER_RUN}(?:(?P<killed>{V.KILLED_WORDS})|(?P<injured>{V.INJURED_WORDS}))\b",
    re.IGNORECASE,
)
# "at least 21 people, including three children, were killed"
_RIGHT_AFTER_ASIDE = re.compile(
    r"^(?:\s+[a-z]+){0,3}\s*,\s*(?:including|among\s+them|among\s+whom)\s+[^,]+?,?\s+(?:were|was|have\s+been|had\s+been)\s+"
    rf"(?:(?P<killed>{V.KILLED_WORDS})|(?P<injured>{V.INJURED_WORDS}))\b",
    re.IGNORECASE,
)
_WITH_ASIDE = re.compile(
    r"^(?:\s+[a-z]+){0,3}\s*,\s*(?:including|among\s+them)\s+[^,]+,\s*"
    rf"(?:(?P<killed>{V.KILLED_WORDS})|(?P<injured>{V.INJURED_WORDS}))\b",
    re.IGNORECASE,
)
_LEFT_KIND = re.compile(
    r"(?:(?P<killed>\bkill(?:ed|ing|s)?|claimed\s+the\s+lives\s+of|took\s+the\s+lives\s+of|deaths?\s+of"
    r"|\bbod(?:y|ies)\s+of"
    r"|number\s+of\s+(?:[\w-]+\s+){0,4}?(?:dead|killed|deaths|fatalities)\s+(?:[\w'’,-]+\s+){0,14}?(?:to|at)"
    r"|(?:death|dead)\s+toll\s+(?:[\w'’,()-]+\s+){0,25}?(?:to|at|of|reached|hit|was|is)|among\s+the\s+(?:dead|killed)"
    r"(?:\s+(?:were|are|was|is))?|\b(?:the\s+)?dead\s+(?:included|include|includes))|(?P<injured>\binjur(?:ed|ing|es)|\binjuries\s+to|\bwound(?:ed|ing|s)|\bhurt(?:ing)?"
    r"|among\s+the\s+(?:injured|wounded)(?:\s+(?:were|are|was|is))?|\b(?:injured|wounded)\s+(?:included|include|includes)"
    # "the number of people who had sustained injuries in the attack on Sumy had increased to 18"
    # ("The number of people injured in the attack by two ballistic missiles on the city of Kryvyi Rih on the night
    # of 18-19 October has increased to 17")
    r"|number\s+of\s+(?:[\w-]+\s+){0,4}?(?:injured|wounded|victims|injuries|hurt)\s+(?:[\w'’,-]+\s+){0,25}?"
    r"(?:increased\s+to|risen\s+to|rose\s+to|grown\s+to|to|at|of))"
    # ("among the victims are nine women" after 14 injured: a part of the toll told, whichever it is)
    r"|(?P<inherit>\bincluding|\bamong\s+them(?:\s+(?:were|are|was|is))?|\bof\s+whom|\bvictims\s+includ(?:ed|e|es)"
    r"|among\s+the\s+victims(?:\s+(?:were|are|was|is))?))"
    # ("wounding with shrapnel a 52-year-old employee")
    r"\s+(?:with\s+(?:shrapnel|fragments|debris)\s+)?(?:(?:a\s+further|another|an\s+additional|some|the|its|their)\s+)?$",
    re.IGNORECASE,
)
_CHILD_AFTER = re.compile(
    rf"^\s*(?:of\s+them\s+|of\s+whom\s+(?:were\s+)?|more\s+|other\s+)?(?:young\s+|small\s+|little\s+)?"
    rf"(?:{V.CHILD_NOUN})\b",
    re.I,
)
_CHILDREN_NO_NUMBER = re.compile(
    rf"(?:\b(?:including|among\s+them|among\s+whom|some\s+of\s+them)\s+(?:several\s+|many\s+|young\s+|two\s+)?"
    rf"(?:{V.CHILD_NOUN})\b|\b(?:children|minors)\s+(?:were\s+)?among\s+(?:them|the\s+(?P<among>dead|killed|injured"
    rf"|wounded|victims)))",
    re.IGNORECASE,
)
_PART_OF_TOLL = re.compile(
    r"^\s*of\s+the\s+(?:[\w,]+\s+){0,2}?(?:(?P<killed>dead|killed|victims\s+killed)|(?P<injured>injured|wounded|hurt))"
    rf"\s+(?:were|are|was|is)\s+(?:also\s+)?(?:{V.CHILD_NOUN})\b",
    re.IGNORECASE,
)
_AMONG_THE_FEW = re.compile(
    rf"^\s*(?:(?:{V.CHILD_NOUN})\s+|people\s+|civilians\s+)?(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+|those\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?(?:(?P<killed>{V.KILLED_WORDS})|(?P<injured>{V.INJURED_WORDS}))\b",
    re.IGNORECASE,
)
_NOT_A_COUNT_AFTER = re.compile(
    r"^(?:-year|\s*(?:years?|km|kilomet|met|miles|percent|%|per\s+cent|times|hours|days))", re.I
)


_NOBODY = re.compile(
    r"\b(?:no\s+one|nobody|no\s+people|no\s+civilians)\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:(?P<killed>killed)|(?P<injured>injured|hurt|wounded))(?P<both>\s+or\s+(?:killed|injured|hurt|wounded))?\b",
    re.IGNORECASE,
)
# "People were not injured", "The people were unharmed": a reported zero of the hurt
_NOT_HURT = re.compile(
    r"\b(?:people|civilians|residents|locals)\s+(?:were|was|are|is)\s+(?:not\s+(?:injured|hurt|wounded)|unharmed|unhurt)\b",
    re.IGNORECASE,
)
_NO_CASUALTIES = re.compile(
    # ("no immediate reports of casualties" is no figure at all: nothing was known yet)
    r"\b(?:(?:there\s+)?(?:were|was|are|is)\s+no\s+casualties|without\s+casualties"
    # "launched four missiles against Kostiantynivka, damaging six buildings but inflicting no casualties"
    r"|(?:inflicting|causing)\s+no\s+casualties)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Count:
    """A casualty figure read from a clause."""

    field: str
    value: int
    at_least: bool
    start: int
    adults: bool = False  # "п'ятеро дорослих", "five adults": the grown-ups only, children counted apart


_AGE_ASIDE = re.compile(
    r"(\b(?:man|woman|men|women|boy|girl|boys|girls|person|resident|residents|pensioner|pensioners"
    r"|teenager|teenagers|husband|wife|son|daughter|mother|father))\s*,\s*\d{1,3}(?:\s*(?:,|and|,\s*and)\s*\d{1,3})*\s*,",
    re.IGNORECASE,
)


_PLACE_ASIDE = re.compile(
    r"\s+(?:in|from)\s+the\s+(?:village|town|city|settlement)\s+of\s+[A-Z][\w'’-]+"
    r"(?:,\s+(?:[A-Z][\w'’-]+\s+(?:region|oblast)|an?\s+suburb\s+of\s+[A-Z][\w'’-]+))?,?"
    r"(?=\s+(?:was|were|has|have|had|died|sustained|suffered)\b)"
    # "A 60-year-old woman from Dvorichna, Kupiansk district, was killed", "Four residents of Kherson Oblast
    # have been wounded": where the people live, between them and the verb
    r"|(?<=[a-z])\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:Oblast|Region|region|oblast))?"
    r"(?:,\s+[A-Z][\w'’-]+\s+(?:district|raion|region|oblast|Oblast),?)?"
    r"(?=\s+(?:was|were|has|have|had|died|sustained|suffered)\b)"
)


_HURT_BEFORE_DEATH = re.compile(
    r"(?<=[a-z])\s*,\s+who\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:injured|wounded|hurt)\b[^,;]*,"
    r"(?=\s+(?:(?:later|then|also)\s+)?(?:died|has\s+died|had\s+died|succumbed))",
    re.IGNORECASE,
)
_DASH_ASIDE = re.compile(
    r"(\b(?:people|persons|civilians|residents|men|women|workers|employees))\s*[—–]\s*[^—–.;:]{1,80}?\s*[—–](?=\s*[a-z])"
)


_DASH_PART = re.compile(
    r"[—–](\s*(?:including|among\s+them|among\s+whom)\s[^—–.;:]{1,80}?)[—–]", re.IGNORECASE
)


_CASUALTY_WORD = re.compile(rf"\b(?:{V.KILLED_WORDS}|{V.INJURED_WORDS})\b", re.IGNORECASE)
_NTH_DEATH = re.compile(
    r"\b(?:a|the)\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+(?:(?:person|victim|civilian|resident)\s+"
    r"(?:(?:has|had|was)\s+)?(?:died|killed|found\s+dead)|(?:fatality|death))\b",
    re.IGNORECASE,
)


_MORE_PEOPLE = re.compile(
    r"^(?:at\s+least\s+)?[\w-]+\s+(?:other|more|further|additional)\b(?!\s+than)", re.IGNORECASE
)


def _add_more_people(clause: str, counts: list[Count]) -> list[Count]:
    """ "killed one person and injured another yesterday and wounded two other men overnight": people told
    as more of the same count, in the same clause, add up (1 + 2 injured)."""
    result: list[Count] = []
    for count in counts:
        earlier = [c for c in result if c.field == count.field]
        children_field = {KILLED: CHILDREN_KILLED, INJURED: CHILDREN_INJURED}.get(count.field)
        if not earlier and children_field:
            # "A seven-year-old child was hospitalized, and two more people were also injured": the child and
            # two more, three hurt
            earlier = [c for c in result if c.field == children_field]
        if (
            earlier
            and count.field in (KILLED, INJURED)
            and not count.adults
            and _MORE_PEOPLE.match(clause[count.start :])
            and not re.search(r"\b(?:including|among|of\s+(?:them|whom))\s+$", clause[: count.start], re.I)
        ):
            last = earlier[-1]
            count = Count(count.field, last.value + count.value, last.at_least or count.at_least, count.start)
        result.append(count)
    return result


def find_counts(clause: str) -> tuple[list[Count], list[str]]:
    """Casualty figures in a clause, and notes for casualties given without a number.

    Parameters
    ----------
    clause
        Part of one sentence.

    Returns
    -------
    counts, notes
        ``counts`` in order of appearance; ``notes`` such as
        "children among the injured, number not given".

    Examples
    --------
    >>> counts, notes = find_counts("one fatality and over 20 injuries, including children")
    >>> [(c.field, c.value, c.at_least) for c in counts], notes
    ([('killed', 1, False), ('injured', 20, True)], ['children among the injured, number not given'])
    """
    counts: list[Count] = []
    last_adult: str | None = None
    # "A man, 62, and two women, 51 and 53, have been injured": the ages are asides; blank them out
    # (same length, so every offset stays) and the people read as one list.
    clause = _AGE_ASIDE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), clause)
    # "a 47-year-old worker in the village of Pervomaiske, Kherson region, was killed": where, between
    # the person and the verb.
    clause = _PLACE_ASIDE.sub(lambda m: " " * len(m.group(0)), clause)
    # "A 6-year-old girl, who was injured in the shelling on December 3, died in the hospital": her fate is
    # the main verb's; the relative clause tells how she came to it
    clause = _HURT_BEFORE_DEATH.sub(lambda m: " " * len(m.group(0)), clause)
    # "at least 10 others — including four children — were injured": a part of the toll between dashes is
    # read as between commas
    clause = _DASH_PART.sub(lambda m: "," + m.group(1) + ",", clause)
    # "two people—a security guard and a truck driver—lost their lives": who they were, between dashes
    clause = _DASH_ASIDE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), clause)
    # "men aged 47 and 52 were injured": two people; "two men aged 31 and 21 were killed": the ages are asides
    clause, by_ages = _people_by_ages(clause)
    numbers = _with_another(clause, _bound_shared(clause, find_numbers(clause)))
    numbers = sorted(numbers + by_ages, key=lambda n: n.start)
    kinds = [_count_kind(clause, number) for number in numbers]
    _share_kinds_in_lists(clause, numbers, kinds)
    group: list[tuple[NumberMatch, str, bool]] = []
    for position, (number, kind) in enumerate(zip(numbers, kinds)):
        if kind is None:
            continue
        base, child = kind
        if (
            base == "inherit"
            and position
            and kinds[position - 1] is None
            and not numbers[position - 1].person
        ):
            continue  # "psychologists helped 194 people, 11 of them children": not a part of a toll
        if base == "inherit":
            if last_adult is None:
                lead = re.sub(r"\bvictims\s+includ\w*\s*$", "", clause[: number.start], flags=re.IGNORECASE)
                if child and not _CASUALTY_WORD.search(lead):
                    # "Among them were three children." in a sentence of its own: children of the
                    # count the sentence before gave ("There are wounded and dead, among them a child"
                    # names its own casualties, without a figure).
                    counts.append(Count("children_inherit", number.value, number.at_least, number.start))
                continue
            base = last_adult
        if not child:
            last_adult = base
        if (
            group
            and group[-1][1] == base
            and _LIST_AND.match(_between_people(clause, numbers[position - 1], number))
        ):
            group.append((number, base, child))
            continue
        counts += _list_counts(group)
        group = [(number, base, child)]
    counts += _list_counts(group)
    counts = _add_more_people(clause, counts)
    counts = _without_split_totals(clause, counts)
    counts = _children_of_listed_items(clause, counts)
    counts = [
        # "21 children were injured, three of them died": a part of those children
        replace(c, field=f"children_{c.field}")
        if c.field in (KILLED, INJURED)
        and position
        and counts[position - 1].field.startswith("children_")
        and re.match(r"^\s+of\s+(?:them|whom)\b", clause[_number_end(clause, c.start) :], re.IGNORECASE)
        else c
        for position, c in enumerate(counts)
    ]
    counts = [
        # "including an 8-year-old and teenagers": more children than the one counted, how many not said
        replace(c, at_least=True)
        if c.field.startswith("children_") and _MORE_CHILDREN.match(clause, _number_end(clause, c.start))
        else c
        for c in counts
    ]
    for match in _NTH_DEATH.finditer(clause):
        # "A 13th person died in hospital", "the location of the 14th fatality": the toll is now N.
        value = int(match.group("n"))
        if not any(c.field == KILLED and c.value >= value for c in counts):
            counts.append(Count(KILLED, value, False, match.start()))
    for match in _NOBODY.finditer(clause):
        # "No one was hurt" is a reported zero, unlike a report that gives no figure.
        counts.append(Count(KILLED if match.group("killed") else INJURED, 0, False, match.start()))
        if match.group("both"):
            counts.append(Count(INJURED if match.group("killed") else KILLED, 0, False, match.start()))
    for match in _NOT_HURT.finditer(clause):
        if not any(c.field == INJURED for c in counts):
            counts.append(Count(INJURED, 0, False, match.start()))
    for match in _NO_CASUALTIES.finditer(clause):
        # "there were no casualties", "no reports of casualties": neither dead nor hurt.
        if not any(c.value == 0 for c in counts):
            counts += [Count(KILLED, 0, False, match.start()), Count(INJURED, 0, False, match.start())]
    for match in _CHILDREN_AGED.finditer(clause):
        # "including children aged 16, 5 and 4": three children, as many as the ages listed
        ages = [int(a) for a in re.findall(r"\d+", match.group("ages"))]
        previous = [c for c in counts if c.start < match.start() and not c.field.startswith("children")]
        if previous and ages and max(ages) < 18 and not any(c.field.startswith("children") for c in counts):
            counts.append(Count(f"children_{previous[-1].field}", len(ages), False, match.start()))
    notes = []
    for match in _CHILDREN_NO_NUMBER.finditer(clause):
        among = (match.group("among") or "").lower()
        if among:
            base = (
                KILLED
                if among in ("dead", "killed")
                else INJURED
                if among in ("injured", "wounded")
                else None
            )
        else:
            previous = [c for c in counts if c.start < match.start() and not c.field.startswith("children")]
            base = previous[-1].field if previous else None
        if base is None:
            notes.append("children among the casualties, number not given")
        elif not any(c.field == f"children_{base}" for c in counts):
            notes.append(f"children among the {'dead' if base == KILLED else 'injured'}, number not given")
    for match in V.VAGUE_CASUALTIES.finditer(clause):
        what = match.group("what").lower()
        amount = re.sub(r"\s+of$", "", match.group("amount").lower())
        label = (
            "killed"
            if what in ("killed", "dead", "deaths", "fatalities")
            else "injured"
            if what in ("injured", "wounded", "hurt", "injuries")
            else "casualties"
        )
        notes.append(f"{amount} {label} reported, no figure given")
    if V.BARE_CASUALTIES.search(clause) and not counts and not notes:
        notes.append("casualties reported, no figure given")
    return counts, notes


_PEOPLE_AGED = re.compile(
    r"\b(?:women|men|people|persons|individuals|residents|civilians|pensioners|boys|girls|children|teenagers)\s+(?P<aged>aged)\s+"
    r"(?P<ages>\d{1,3}(?:\s*,\s*\d{1,3})*(?:,?\s+and\s+\d{1,3})+)\b",
    re.IGNORECASE,
)


def _counted_before(text: str) -> bool:
    """Whether a number right before the people ("two men aged ...", "three elderly women aged ...") counts them
    ("men aged 71, 66, and 35, women aged 69 and 65": the women are not the 35)."""
    for word in reversed(text.split()[-2:]):
        if word[-1] in ",.;:–—-(":
            return False
        if word.isdigit() or (
            word.lower() not in ("a", "an") and parse_number_words(word.lower()) is not None
        ):
            return True
    return False


def _people_by_ages(clause: str) -> tuple[str, list[NumberMatch]]:
    """ "women aged 72 and 67 were killed": as many people as the ages listed (2), children when every age
    is under 18; "two men aged 31 and 21" has its number already.  Returns the clause with the ages blanked
    out (same length) and the people so counted."""
    added = []
    for match in _PEOPLE_AGED.finditer(clause):
        if _counted_before(clause[: match.start()]):
            continue
        ages = [int(a) for a in re.findall(r"\d+", match.group("ages"))]
        added.append(
            NumberMatch(
                len(ages),
                False,
                match.start(),
                match.end(),
                match.group(0),
                child=max(ages) < 18,
                person=True,
            )
        )
    blanked = _PEOPLE_AGED.sub(
        lambda m: m.group(0)[: m.start("aged") - m.start()] + " " * (m.end() - m.start("aged")), clause
    )
    return blanked, added


def _without_split_totals(clause: str, counts: list[Count]) -> list[Count]:
    """ "15 people have been injured in Russian shelling: five people were killed and ten others were injured":
    the figure before the colon is every victim, told after it as the dead and the hurt (5 + 10)."""
    colon = re.search(r"(?<!\d):\s", clause)
    if colon is None:
        return counts
    before = [c for c in counts if c.start < colon.start() and c.field in (KILLED, INJURED)]
    after = [c for c in counts if c.start > colon.start() and c.field in (KILLED, INJURED)]
    if len(before) != 1 or {c.field for c in after} != {KILLED, INJURED}:
        return counts
    if sum(c.value for c in after) != before[0].value:
        return counts
    return [c for c in counts if c is not before[0]]


def _children_of_listed_items(clause: str, counts: list[Count]) -> list[Count]:
    """ "three people were killed: a girl died at the scene, a man and a boy died in hospital": the children
    of the items after the colon add up (2), within the toll before it."""
    found = re.search(r"(?<!\d):\s", clause)  # ("UPDATED AT 19:39 ..." is a time)
    colon = found.start() if found else -1
    lead = [c for c in counts if c.start < colon and not c.field.startswith("children_")] if colon > 0 else []
    if len(lead) != 1:
        return counts
    field = f"children_{lead[0].field}"
    items = [c for c in counts if c.start > colon and c.field == field]
    total = sum(c.value for c in items)
    if len(items) < 2 or total > lead[0].value or any(c.field == field for c in counts if c.start < colon):
        return counts
    summed = Count(field, total, any(c.at_least for c in items), items[0].start)
    return [c for c in counts if c not in items] + [summed]


_CHILDREN_AGED = re.compile(
    r"\b(?:including|among\s+them)\s+(?:children|kids|minors|teenagers|boys|girls)\s+aged\s+"
    r"(?P<ages>\d{1,2}(?:\s*,\s*\d{1,2})*,?\s+and\s+\d{1,2})\b",
    re.IGNORECASE,
)
_MORE_CHILDREN = re.compile(
    rf"(?:[\w-]*\s+)??(?:(?:{V.CHILD_NOUN})\s+)?(?:and|as\s+well\s+as)\s+(?:other\s+|several\s+|some\s+)?"
    r"(?:children|teenagers|minors|kids)\b(?!\s+(?:aged|of))",
    re.IGNORECASE,
)


def _number_end(clause: str, start: int) -> int:
    """Where the number (or person) read at ``start`` ends."""
    for number in find_numbers(clause[start:]):
        return start + number.end
    return start


_ANOTHER = re.compile(
    # "Another 22-year-old is in hospital": with the age, a child only under 18
    r"\banother\s+(?:(?P<age>\d{1,3})-year-old\s+)?(?:one\s+|person\s+|civilian\s+|resident\s+|man\s+|woman\s+)?"
    # "one person was killed and another wounded": the verb may go without its "was"
    r"(?=(?:(?:was|has\s+been|is)\s+)?(?:injured|wounded|hurt|killed|in\s+(?:a\s+|the\s+)?hospital)\b)",
    re.I,
)
_VERB_ANOTHER = re.compile(
    r"\b(?:wound(?:ed|ing)|injur(?:ed|ing)|hurt(?:ing)?|kill(?:ed|ing))\s+(another)\b"
    r"(?=\s*(?:[,.;:]|$|\s+(?:person|man|woman|civilian|resident|one)\b|\s+(?:in|on|at|near)\s"
    r"|\s+(?:yesterday|overnight|today|earlier|later|and|when|as)\b))",
    re.IGNORECASE,
)
_SHARED_BOUND = re.compile(r"^\s*(?:dead|killed|injured|wounded|hurt)\s+and\s+$", re.IGNORECASE)


def _with_another(clause: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """ "one man died and another was injured", "killed a man and wounded another": "another" is one more person."""
    extra = [
        NumberMatch(
            1, False, m.start(), m.end(), m.group(0), bool(m.group("age")) and int(m.group("age")) < 18, True
        )
        for m in _ANOTHER.finditer(clause)
        if not any(n.start <= m.start() < n.end for n in numbers)
    ] + [
        NumberMatch(1, False, m.start(1), m.end(1), m.group(1), False, True)
        for m in _VERB_ANOTHER.finditer(clause)
        if not any(n.start <= m.start(1) < n.end for n in numbers)
    ]
    return sorted([*numbers, *extra], key=lambda n: n.start)


def _bound_shared(clause: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """ "at least 47 dead and 206 wounded": the lower bound covers both figures."""
    result = list(numbers)
    for position in range(1, len(result)):
        previous, number = result[position - 1], result[position]
        if (
            previous.at_least
            and not number.at_least
            and _SHARED_BOUND.match(clause[previous.end : number.start])
        ):
            result[position] = NumberMatch(
                number.value, True, number.start, number.end, number.text, number.child, number.person
            )
    return result


_ALSO = re.compile(
    r"\b(?:also|separately|another|in\s+addition|також|окремо|также|отдельно)\b", re.IGNORECASE
)
_LIST_AND = re.compile(
    r"^\s*(?:,\s*)?(?:and|as\s+well\s+as|,|(?:were\s+\w+\s+)?(?:(?:along|together)\s+)?with)\s*$",
    re.IGNORECASE,
)


# "two elderly women", "three other people": a number of people, as "a woman" is one.
_PEOPLE_AFTER = re.compile(
    r"^\s+(?:(?:elderly|other|more|young|old|local|teenage|adult)\s+)?"
    r"(?:men|women|people|persons|civilians|residents|pensioners|others|adults"
    # "including a 10-year-old and two teenagers": children listed with a child
    r"|children|teenagers|boys|girls|minors|kids)\b",
    re.IGNORECASE,
)


def _between_people(clause: str, first: NumberMatch, second: NumberMatch) -> str:
    """The words between two numbers of a list, past the first one's noun ("four children| and |four adults")."""
    gap = clause[first.end : second.start]
    noun = None if first.person else _PEOPLE_AFTER.match(gap)
    return gap[noun.end() :] if noun else gap


def _share_kinds_in_lists(clause: str, numbers: list[NumberMatch], kinds: list) -> None:
    """ "a 10-year-old child and his grandmother were killed": people listed together share the verb."""

    def people(number: NumberMatch) -> bool:
        return number.person or bool(_PEOPLE_AFTER.match(clause[number.end :]))

    for position in range(len(numbers) - 2, -1, -1):
        after = numbers[position + 1]
        if (
            kinds[position] is None
            and kinds[position + 1] is not None
            # ("four children and four injured adults are in medical facilities": 8, four of them children)
            and people(numbers[position])
            and _LIST_AND.match(_between_people(clause, numbers[position], after))
        ):
            child = numbers[position].child or bool(_CHILD_AFTER.match(clause[numbers[position].end :]))
            kinds[position] = (kinds[position + 1][0], child)
    for position in range(1, len(numbers)):
        if (
            kinds[position] is None
            and kinds[position - 1] is not None
            and people(numbers[position - 1])
            and people(numbers[position])
            and _LIST_AND.match(_between_people(clause, numbers[position - 1], numbers[position]))
        ):
            child = numbers[position].child or bool(_CHILD_AFTER.match(clause[numbers[position].end :]))
            kinds[position] = (kinds[position - 1][0], child)


def _list_counts(group: list[tuple[NumberMatch, str, bool]]) -> list[Count]:
    """One count for people listed together ("a girl and seven other people": 8, one of them a child)."""
    if not group:
        return []
    base = group[0][1]
    if len(group) == 1:
        number, _, child = group[0]
        field = f"children_{base}" if child else base
        return [Count(field, number.value, number.at_least, number.start)]
    start = group[0][0].start
    total = sum(n.value for n, _, _ in group)
    at_least = any(n.at_least for n, _, _ in group)
    counts = [Count(base, total, at_least, start)]
    children = [n for n, _, child in group if child]
    if children:
        counts.append(Count(f"children_{base}", sum(n.value for n in children), at_least, start))
    return counts


def _count_kind(clause: str, number: NumberMatch) -> tuple[str, bool] | None:
    after = clause[number.end :]
    before = clause[: number.start]
    if _NOT_A_COUNT_AFTER.match(after) or (1900 <= number.value <= 2100 and not number.at_least):
        return None
    if not number.person and re.search(
        r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$", before
    ):
        return None  # "A drone strike on Feb. 3 killed two": a day of the month
    if re.search(r"\b(?:aged|ages)\s+(?:\d+\s*(?:,\s*and|,|and|to)\s*)*$", before, re.IGNORECASE):
        return None  # "two sons, aged 7 and 15", "three individuals aged 39, 44, and 61": ages, not counts
    child = number.child or bool(_CHILD_AFTER.match(after))
    among = _AMONG_THE_FEW.match(after)
    if among:
        # "A nine-year-old girl and a woman were among the three taken to hospital": a part of that toll
        return (KILLED if among.group("killed") else INJURED), child
    part = _PART_OF_TOLL.match(after)
    if part:
        # "Nine of the dead were children", "six of the 31 confirmed dead are children"
        return (KILLED if part.group("killed") else INJURED), True
    if child and re.match(r"^\s*of\s+(?:them|whom)\b", after, re.IGNORECASE):
        return "inherit", True  # "five people were injured, three of them children"
    left = _LEFT_KIND.search(before)
    if left and left.group("inherit") and re.match(r"^[^,]*,\s*(?:injur|wound|kill|hurt)", after, re.I):
        # "killed 11 people including two children, injured 89": the verb after the comma is the next count's.
        return "inherit", child
    for pattern in (_RIGHT_KIND, _RIGHT_AFTER_ASIDE):
        match = pattern.match(after)
        if match:
            return (KILLED if match.group("killed") else INJURED), child
    if re.search(r"\bwith\s+$", before, re.IGNORECASE):
        match = _WITH_ASIDE.match(after)
        if match:
            # "with 13 people, including a 4-year-old child, wounded in the strikes"
            return (KILLED if match.group("killed") else INJURED), child
    match = _LEFT_KIND.search(before)
    if match:
        if match.group("killed"):
            return KILLED, child
        if match.group("injured"):
            return INJURED, child
        return "inherit", child
    return None


_STRUCK_AFTER_LIST = re.compile(
    r"^[^.;]*?\b(?:(?:were|was)\s+(?:also\s+)?(?:struck|shelled|attacked|hit|targeted|under\s+(?:the\s+)?(?:(?:enemy|hostile|Russian|heavy|intense|artillery|constant)\s+)?(?:attack|fire|shelling))"
    r"|came\s+under\s+(?:the\s+)?(?:(?:enemy|hostile|Russian|heavy|intense|artillery|constant)\s+)?(?:attack|fire|shelling))\b",
    re.IGNORECASE,
)
_COMMUNITIES = re.compile(r"\b(?:communit(?:y|ies)|hromadas?)\b", re.IGNORECASE)


def _towns_hit(clause: str, mentions: list[Mention]) -> bool:
    """ "Strikes were also reported in A, B, C and D", "The settlements of A, B, C and D were struck", "the
    communities of A, B, C and D were under attack": a list of towns told as hit, each an attack (a list of
    regions is still a summary)."""
    # ("In the Kharkiv region, the settlements of A, B, C and D were struck": their oblast says where)
    if sum(m.precision != "settlement" for m in mentions) > 1:
        return False
    mentions = [m for m in mentions if m.precision == "settlement"]
    first, last = min(m.start for m in mentions), max(m.end for m in mentions)
    return bool(
        _STRUCK_LIST.search(clause[:first])
        or _STRUCK_AFTER_LIST.match(clause[last:])
        or _COMMUNITIES.search(clause)
        # ("the Russians fired 43 times on 15 settlements: ...", "Other affected settlements include: ...")
        or (_SETTLEMENTS_LEAD.search(clause[:first]) and _ATTACKED_LEAD.search(clause[:first]))
    )


_ATTACKED_LEAD = re.compile(
    r"\b(?:fired|shell(?:ed|ing)|struck|attack(?:ed|s)|hit|affected|targeted|under\s+(?:the\s+)?(?:(?:enemy|hostile|Russian|heavy|intense|artillery|constant)\s+)?(?:fire|attack))\b", re.I
)


# --- weapon, target ---------------------------------------------------------


def _first_term(text: str, patterns: dict[str, re.Pattern[str]]) -> str | None:
    best: tuple[int, str] | None = None
    for value, pattern in patterns.items():
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), value)
    return best[1] if best else None


def find_weapon(text: str) -> str | None:
    """The weapon class a text names first ("a drone attack" -> "drone"), or None."""
    return _first_term(text, V.WEAPON_PATTERNS)


def find_target(text: str) -> str | None:
    """What was hit, as a schema target ("an apartment building" -> "residential"), or None."""
    return _first_term(text, V.TARGET_PATTERNS)


# --- languages ----------------------------------------------------------------


@dataclass(frozen=True)
class LanguageRules:
    """What differs between English and Ukrainian/Russian reports; the event building is shared."""

    attack_cue: re.Pattern[str]
    total_cue: re.Pattern[str]
    split_clauses: object
    find_places: object
    find_counts: object
    find_date: object
    unplaced: bool  # "an attack on a congress centre" without a place (English only)


def _rules(language: str) -> LanguageRules:
    if language == "en":
        return LanguageRules(
            V.ATTACK_CUE, V.TOTAL_CUE, split_clauses, find_places, find_counts, find_date, True
        )
    from data.extraction import slavic

    return LanguageRules(
        slavic.ATTACK_CUE,
        slavic.TOTAL_CUE,
        slavic.split_clauses,
        slavic.find_places,
        slavic.find_counts,
        slavic.find_date,
        False,
    )


# The war as a whole, not an attack: "has seen intense shelling throughout the war", "fighting raged".
_BACKGROUND = re.compile(
    r"\b(?:fighting|fierce\s+battles?|front\s*line|offensive|throughout\s+the\s+(?:[\w-]+\s+)?(?:war|conflict)"
    r"|has\s+seen|had\s+been\s+(?:largely\s+)?spared|full-scale\s+invasion)\b",
    re.IGNORECASE,
)
# "протягом останніх днів Росія з особливою жорстокістю обстрілює Херсон, Берислав, села", "почали системно
# обстрілювати Херсон": shelling that goes on, told as background, no one attack.
_SLAVIC_BACKGROUND = re.compile(
    r"(?<!\w)(?:(?:протягом|впродовж|упродовж|за)\s+останніх\s+(?:днів|тижнів|місяців)|(?:в|за)\s+последние\s+(?:дни|недели|месяцы)"
    r"|(?:системно|систематично|щодня|щоденно|регулярно|постійно|систематически|ежедневно|постоянно)\s+"
    r"(?:\w+\s+)?(?:обстрілю|атаку|обстрелива|атаку)\w*)",
    re.IGNORECASE,
)
# "a maternity ward in Vilniansk was shelled in November last year": an attack of another year, told for
# context, whatever its figures.
_PAST = re.compile(
    # "попереджав про загрозу ударів балістичними ракетами по Запорізькій області": a threat, no attack
    r"(?<!\w)(?:загроз\w*|угроз\w*)\s+(?:\w+\s+)?(?:ударів|ударов|удару|удара|атак\w*|обстріл\w*|обстрел\w*)(?!\w)|"
    r"\blast\s+year\b|\b(?:a|one|two|three|\d+)\s+years?\s+(?:ago|earlier)\b"
    # National tolls of the whole war: "since Putin launched his invasion", "since February 2022".
    r"|\bsince\s+(?:[\w'’-]+\s+){0,3}?(?:launched|began|started)\s+(?:his|its|the|a)\s+(?:full-scale\s+)?invasion"
    r"|\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+the\s+(?:full-scale\s+)?(?:invasion|war)|February\s+2022)"
    # "The war has killed at least 485 children in Ukraine": the country's toll, not an attack's.
    r"|\b(?:the|this)\s+war\s+(?:has|had)\s+(?:so\s+far\s+|now\s+)?(?:killed|claimed|taken|wounded|injured)\b"
    # "Russia's war against Ukraine has killed at least 8,791 civilians ... from Feb. 24, 2022, to May 7"
    r"|\b(?:Russia['’]s|Russian)\s+(?:full-scale\s+)?(?:war|invasion)\s+(?:(?:against|on|in)\s+Ukraine\s+)?"
    r"(?:has|had)\s+(?:so\s+far\s+|now\s+)?(?:killed|claimed|taken|wounded|injured)\b"
    r"|\b(?:children|people|civilians)\s+(?:have\s+been\s+|were\s+)?(?:killed\s+|wounded\s+|injured\s+)?in\s+Ukraine\b(?!['’])"
    r"|з\s+початку\s+(?:повномасштабн\w+\s+)?(?:вторгнення|війни)|с\s+начала\s+(?:полномасштабн\w+\s+)?(?:вторжения|войны)"
    # "более 909 детей пострадали в Украине в результате полномасштабной вооруженной агрессии": the war's
    # toll; "загальна кількість жертв росіян на Донеччині (3 664 загиблих ...) подана без урахування
    # Маріуполя": the region's toll since the invasion
    r"|(?:повномасштабн|полномасштабн)\w*\s+(?:збройн\w*\s+|вооруженн\w*\s+)?(?:агресі|агресси|вторгнен|вторжени"
    r"|війн|войн)"
    r"|загальн\w*\s+кількість\s+(?:жертв|загиблих|постраждалих)\s+(?:росіян|рф|росії|окупантів|війни)"
    r"|общ\w*\s+(?:количество|число)\s+(?:жертв|погибших|пострадавших)\s+(?:россиян|рф|россии|оккупантов|войны)"
    r"|без\s+(?:урахування|учета)\s+(?:Маріуполя|Мариуполя)"
    # A period's toll: "з початку жовтня", "since the start of the month", "с начала года".
    r"|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:month|year|week|January|February|March|April"
    r"|May|June|July|August|September|October|November|December)"
    r"|(?:з|від|с|со)\s+(?:початку|начала|першого|первого|1)\s+(?:(?:цього|этого)\s+)?(?:місяця|року|тижня|месяца|года|недели"
    r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта"
    r"|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)",
    re.IGNORECASE,
)
# "..., a day after a strike in which 52 were killed in Groza": another attack, told for context.
_REFERENCE_CLAUSE = re.compile(
    r",?\s+(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?)\s+(?:after|before)\b[^.;]*"
    # "The strikes come after Russia launched a record number of drones on Tuesday, ...": the day before
    r"|\b(?:the\s+)?(?:strikes?|attacks?|shelling|barrage)\s+(?:came|comes|come)\s+(?:[\w-]+\s+){0,3}?after\b[^.;]*"
    # "The day after the deadly Poltava attack, Russian drones hit Lviv": the day the attack told is on
    r"|^\s*(?:the|a|one|two|three)\s+(?:days?|weeks?|nights?)\s+(?:after|before)\b[^,.;]*,"
    # "The attack on Sumy followed a deadly missile strike on Kryvyi Rih on April 4 that killed some 20 people"
    r"|\s+(?:followed|follows|came\s+after|comes\s+after)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:attacks?|strikes?|bombing|shelling|barrage)\b[^.;]*?\b(?:that|which|in\s+which)\s+(?:also\s+)?"
    r"(?:killed|wounded|injured|claimed|left|struck|hit)\b[^.;]*"
    # "the largest attack on the capital since July 31, when more than 30 persons were killed": another attack
    r"|\s+since\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+,?\s+when\b[^.;]*"
    # "Wednesday's strikes ... followed the deadliest single attack of the year on Tuesday when Russia struck a
    # military institute in Poltava ..., killing 50 people": the earlier attack told with "when"
    r"|\s+(?:followed|came\s+after|comes\s+after)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:attacks?|strikes?|bombing|shelling|barrage)\b[^.;]*?\bwhen\b[^.;]*?\b(?:killing|wounding|injuring)\b[^.;]*",
    re.IGNORECASE,
)
_THAT_ATTACK = re.compile(
    r"\b(?:in|during|by)\s+(?:that|the\s+earlier|the\s+previous|the\s+former)\s+(?:attacks?|strikes?|barrage|assault"
    r"|bombardment|shelling)\b",
    re.IGNORECASE,
)
# "Russia's defence ministry later claimed ... that up to 85 were killed": the attacker's account gives no
# figures of ours.
_ATTACKER_CLAIM = re.compile(
    r"\b(?:Russia['’]s|Russian|Moscow['’]s)\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|military|army"
    r"|officials|forces)\s+(?:\w+\s+){0,2}?(?:claimed|claims|alleged|said|says)\b"
    r"|\b(?:Moscow|the\s+Kremlin)\s+(?:\w+\s+){0,2}?(?:claimed|claims|alleged)\b",
    re.IGNORECASE,
)
# "an assault on the railway station in April 2022": a month and a year before the report's year.
_DATED_YEAR = re.compile(
    r"\b(?:in|on|of)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?(?P<year>(?:19|20)\d\d)\b"
)
# "Russia's deadliest attack on civilians this year": a superlative, not a toll over the year.
_SUPERLATIVE = re.compile(
    r"\b(?:deadliest|worst|largest|biggest|heaviest|bloodiest|most\s+\w+)\b[^,.;]{0,60}?"
    r"\b(?:this|of\s+the|of\s+this)\s+(?:year|month|week|war)\b",
    re.IGNORECASE,
)


def _is_total(cue: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` gives a total over several attacks (a superlative is not one)."""
    return bool(cue.search(_SUPERLATIVE.sub(" ", text)))


# "an attack on the capital, Kyiv, and other cities across the country": the figures are the country's, not
# the one city's named with them.
_OTHER_PLACES_TOO = re.compile(
    r"\b(?:and|as\s+well\s+as)\s+(?:many\s+|several\s+)?other\s+(?:cities|towns|regions|parts\s+of)\b",
    re.IGNORECASE,
)
# "a teenage boy died in shelling elsewhere": not the place the sentence named ("elsewhere in the region" is
# still the region).
_ELSEWHERE = re.compile(
    r"\belsewhere\b(?!\s+in\s+(?:the|that|this)\s+(?:region|oblast|province|district))", re.IGNORECASE
)


def _of_another_year(text: str, report_date: dt.date | None) -> bool:
    """ "in April 2022" in a report of 2023: an attack told for context, whatever its figures."""
    if report_date is None:
        return False
    return any(int(m.group("year")) < report_date.year for m in _DATED_YEAR.finditer(text))


_EARLIER_CUE = re.compile(
    r"^\W*(?:initially|earlier|previously|an\s+earlier\s+toll|at\s+first|раніше|ранее|спершу|спочатку|сначала"
    # "Як повідомляв Укрінформ, ... повідомлялось про одну загиблу": what an earlier report said
    r"|як\s+повідомля\w*|как\s+сообщал\w*|предыдущий\s+раз|попереднього\s+разу|минулого\s+разу|в\s+прошлый\s+раз"
    r"|перед\s+цим|перед\s+этим|до\s+цього|до\s+этого)\b",
    re.IGNORECASE,
)


# A day of its own named in a sentence: "On Monday, March 9, ...", "on 14 August".
_OWN_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_AS_REPORTED = re.compile(
    r"^\W*(?:as\s+(?:[A-Z][\w-]*\s+)?(?:has\s+been\s+|was\s+)?(?:previously\s+|earlier\s+)?reported|recall"
    # "Earlier, Ukrinform reported that ... in the Sumy region, seven people were injured"
    r"|(?:earlier|previously)\s*,?\s+(?:[A-Z][\w-]*\s+)?(?:had\s+)?reported)\b",
    re.IGNORECASE,
)
_CLOSING_ZERO = re.compile(
    r"^\W*(?:попередньо|предварительно|за\s+попередньою\s+інформацією|по\s+предварительн\w+\s+(?:данным|информации)"
    r"|за\s+попередніми\s+даними)\b",
    re.IGNORECASE,
)
_SLAVIC_RECALL = re.compile(
    r"^\W*(?:нагадаємо|нагадуємо|напомним|напоминаем)\b", re.IGNORECASE
)
_RECALL_HEADING = re.compile(r"^\W*(?:recall|let\s+us\s+remind\s+you|reminder|background)\W*$", re.IGNORECASE)
_IN_ADDITION = re.compile(r"^\W*(?:in\s+addition|additionally)\b", re.IGNORECASE)
def _kind_of_verb(before: str) -> str:
    """Killed or injured, by the verb right before "ще" / "еще"."""
    return KILLED if re.search(r"(?:загинул|погибл)\w*\s+\S+\s*$", before, re.I) else INJURED


_ONE_MORE = re.compile(r"^\W*(?:ще|еще|ещё)\s+", re.IGNORECASE)
_IN_THE_REGION = re.compile(r"(?<!\w)(?:в|у|по)\s+(?:області|области|регіоні|регионе)(?!\w)", re.IGNORECASE)
_ADULTS_TOO = re.compile(r"(?<!\w)(?:also|as\s+well|й|також|также|тоже)(?!\w)", re.IGNORECASE)


# A figure that corrects an earlier one, even downwards.
_CORRECTED = re.compile(
    r"\b(?:revised\s+(?:down|downward)|corrected|за\s+уточнен\w*|уточнен\w*\s+(?:дан|інформац|информац)\w*"
    r"|по\s+уточненн\w*|за\s+оновлен\w*)",
    re.IGNORECASE,
)

# --- events -----------------------------------------------------------------

_UNPLACED_ATTACK = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:attack|strike|bombing|shelling|explosion|blast)\s+"
    r"(?:on|at|against|that\s+hit)\s+(?:an?|the)\s+"
    r"|\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:drone|missile|bomb|rocket|shell)\s+(?:hit|struck|slammed\s+into)\s+"
    r"an?\s+",
    re.IGNORECASE,
)


def _set(event: CandidateEvent, name: str, values: dict[str, object], sentence: str, weak: bool) -> None:
    # A value read from the event's own clause beats one read from elsewhere in the sentence.
    if name in event.evidence and (weak or name not in event.weak):
        return
    for attribute, value in values.items():
        setattr(event, attribute, value)
    event.evidence[name] = sentence
    if weak:
        event.weak.add(name)
    else:
        event.weak.discard(name)


def _apply(
    event: CandidateEvent,
    clause: str,
    sentence: str,
    report_date: dt.date | None,
    counts: bool,
    context: str = "",
    rules: LanguageRules | None = None,
    older: bool = False,
) -> None:
    rules = rules or _rules("en")
    event.add_sentence(sentence)
    # ``context``: the parts of the sentence that name no other place ("..., on Sunday").
    for text, weak in ((clause, False), (context, True)):
        weapon = find_weapon(text)
        if weapon:
            _set(event, "weapon", {"weapon": weapon}, sentence, weak)
        target = find_target(text)
        if target:
            _set(event, "target", {"target": target}, sentence, weak)
        mention = rules.find_date(text, report_date)
        if mention:
            _set(event, "date", {"date": mention.date, "date_precision": mention.precision}, sentence, weak)
    if not counts:
        return
    found, notes = rules.find_counts(clause)
    earlier = older or bool(_EARLIER_CUE.match(sentence))
    parts: dict[str, int] = {}
    base_before = event.last_base  # the kind of the count told last before this clause
    for count in found:
        if count.field == "toll_inherit":
            # "Увеличилось количество погибших. ... их пятеро": the toll the sentence before named.
            from data.extraction import slavic

            kind = next((k for k in map(slavic.toll_kind, reversed(event.sentences[:-1])) if k), None)
            # ("Спочатку писали про 4 постраждалих. Але ... їхня кількість зросла до 6": the count told last)
            kind = kind or event.last_base
            if kind is None:
                continue
            count = Count(kind, count.value, count.at_least, count.start)
        if count.field == "children_inherit":
            # "Серед них 10-річний хлопчик" in a sentence of its own: children of the count before.
            if event.last_base is None:
                continue
            count = Count(f"children_{event.last_base}", count.value, count.at_least, count.start)
        if count.field in (KILLED, INJURED):
            event.last_base = count.field
        children = event.counts.get(f"children_{count.field}")
        grown_ups = count.adults
        if count.adults and children is not None:
            # "четверо дітей ... серед потерпілих й п'ятеро дорослих": all of them are the adults and the children.
            count = Count(count.field, count.value + children[0], count.at_least or children[1], count.start)
        previous = event.counts.get(count.field)
        children_so_far = event.counts.get(f"children_{count.field}")
        if (
            count.field in (KILLED, INJURED)
            and children_so_far is not None
            and (previous is None or previous[0] == children_so_far[0])
            and not grown_ups  # "п'ятеро дорослих" is added to the children just above
            and not earlier
            and not any(c.field == f"children_{count.field}" for c in found)
            and _ADULTS_TOO.search(sentence)
        ):
            # "ще 6 дітей травмовано" then "Поранення отримали й 28-річний чоловік та жінки 18 та 45 років":
            # so far only children were counted; the adults told "also" are more people.
            so_far = previous or children_so_far
            count = Count(count.field, so_far[0] + count.value, so_far[1] or count.at_least, count.start)
        if (
            rules.unplaced
            and previous is not None
            and not earlier
            and count.field in (KILLED, INJURED)
            and event.evidence.get(count.field) != sentence
            and (
                re.match(r"^[\w-]+\s+more\s+(?:people\s+|persons\s+|civilians\s+|residents\s+)?(?:were|was|have|had)\b",
                         clause[count.start :], re.I)
                or _IN_ADDITION.match(sentence)
            )
        ):
            # "2 civilians were injured" in Vovchansk, then "In addition, ... struck a private house in Vovchansk - a
            # 60-year-old woman was wounded" and "two more were injured": more people than told before, added
            count = Count(count.field, previous[0] + count.value, previous[1] or count.at_least, count.start)
        more = _ONE_MORE.match(clause)
        if (
            more
            and previous is not None
            and not earlier
            and count.field in (KILLED, INJURED)
            and count.start <= more.end() + 2
            # "відомо про трьох загиблих. Ще 29 людей постраждали": more people than the dead, not more hurt
            and base_before == count.field
        ):
            # "Постраждали двоє працівників ..." then "Ще один поранений — 47-річний чоловік": one more.
            count = Count(count.field, previous[0] + count.value, previous[1] or count.at_least, count.start)
        elif (
            previous is not None
            and not earlier
            and count.field == KILLED
            and re.search(
                r"(?<!\w)(?:помер\w*|скончал\w*|умер\w*)\s+(?:ще|еще|ещё)\s+$", clause[: count.start], re.I
            )
        ):
            # "загинули двоє людей" then "Вночі у лікарні помер ще один постраждалий": one more dead
            count = Count(count.field, previous[0] + count.value, previous[1] or count.at_least, count.start)
        elif (
            previous is not None
            and not earlier
            and count.field in (KILLED, INJURED)
            and re.search(
                r"(?<!\w)(?:постраждал\w*|пострадал\w*|поранен\w*|ранен\w*|травмован\w*|загинул\w*|погибл\w*)"
                r"\s+(?:ще|еще|ещё)\s+$",
                clause[: count.start],
                re.I,
            )
            and _kind_of_verb(clause[: count.start]) == count.field
        ):
            # "пострадали женщины 76 и 68 лет" then "Пострадали еще три человека" at the same town: three more
            count = Count(count.field, previous[0] + count.value, previous[1] or count.at_least, count.start)
        if earlier and previous is not None:
            # "Earlier, 9 injured were reported": an older toll, kept as evidence only.
            event.evidence.setdefault(f"{count.field}_earlier", sentence)
            continue
        if previous is not None and count.value < previous[0] and _CORRECTED.search(sentence):
            # "За уточненою інформацією, серед загиблих – троє дітей": a correction, not a part.
            event.evidence[f"{count.field}_earlier"] = event.evidence[count.field]
            event.counts[count.field] = (count.value, count.at_least)
            event.evidence[count.field] = sentence
            continue
        if previous is not None and count.value < previous[0]:
            # Tolls only grow: a smaller figure later on is a part ("five of them in hospital")
            # or an earlier toll quoted again ("initially, 8 deaths were reported").
            event.evidence.setdefault(f"{count.field}_earlier", sentence)
            event.add_sentence(sentence)
            if _is_figure(clause[count.start :]):
                parts[count.field] = count.value  # not people listed one by one ("a girl and her mother")
            continue
        if (
            count.field.startswith("children_")
            and parts.get(count.field.removeprefix("children_"), 0) > count.value
            and previous is None
        ):
            # "19 поранених у важкому стані, зокрема 4 дитини" after 75 injured: children of a part
            # of the injured, so at least that many children in all.
            count = Count(count.field, count.value, True, count.start)
        base = count.field.removeprefix("children_")
        if (
            count.field.startswith("children_")
            and previous is None
            and not count.at_least
            and base in event.counts
            and event.counts[base][0] > count.value
            and not any(c.field == base for c in found)
            and _IN_HOSPITAL.search(clause)
        ):
            # "ten injured" then "two children were hospitalized": the children of those in hospital, a part
            # of the injured, so at least that many children in all
            count = Count(count.field, count.value, True, count.start)
        if previous is not None and previous[0] == count.value and previous[1] and not count.at_least:
            # "at least 23 killed" then "23 dead so far": the same figure quoted again keeps its bound.
            event.add_sentence(sentence)
            continue
        if previous is not None and previous != (count.value, count.at_least):
            # A later, higher figure is a revision ("the toll rose to 34"); the earlier one stays as evidence.
            event.evidence[f"{count.field}_earlier"] = event.evidence[count.field]
            child = f"children_{count.field}"
            if (
                count.field in (KILLED, INJURED)
                and count.value > previous[0]
                and child in event.counts
                and event.evidence.get(child) == event.evidence[count.field]
                and not any(c.field == child for c in found)
                # (a part told first: those in hospital or in critical condition; a revised toll of all the
                # injured keeps its children as told)
                and (_IN_HOSPITAL.search(event.evidence[child]) or re.search(r"\bcondition\b", event.evidence[child]))
            ):
                # "six patients are in critical condition, including two children" then "over 40 injured": the
                # children were of the six, so at least two of the forty
                event.counts[child] = (event.counts[child][0], True)
        event.counts[count.field] = (count.value, count.at_least)
        event.evidence[count.field] = sentence
    for note in notes:
        event.add_note(note, sentence)


_IN_HOSPITAL = re.compile(
    r"\bhospitali[sz]\w*|\bhospitals?\b|\bmedical\s+(?:facilit|institution)",
    re.IGNORECASE,
)


def _is_figure(text: str) -> bool:
    """Whether ``text`` starts with a number in figures or words ("19 поранених", "five of them")."""
    first = re.match(r"\s*([\w'’ʼ-]+)", text)
    if first is None:
        return False
    word = first.group(1)
    if re.search(r"річн|летн|місячн|месячн|-year|-month", word, re.IGNORECASE):
        return False  # "45-річні чоловік та жінка": people named by age, not a figure
    if word[:1].isdigit():
        return True
    from data.extraction import slavic

    return (
        parse_number_words(word) is not None
        and word.lower() not in ("a", "an")
        or (slavic.number_value(word) is not None)
    )


def _place_event(mention: Mention, sentence: str) -> CandidateEvent:
    event = CandidateEvent(
        location=mention.place_name or mention.name,
        oblast_iso=mention.oblast_iso,
        oblast=mention.oblast,
        latitude=mention.latitude,
        longitude=mention.longitude,
        geo_precision=mention.precision if mention.latitude is not None else "unknown",
        # (an adjective may name a town of that name in another oblast too: Золочівська громада)
        alternatives=[mention, *mention.alternatives] if mention.adjective else list(mention.alternatives),
    )
    event.evidence["location"] = sentence
    return event


_AREA_NOUN = r"(?:\s*(?:сільськ|селищн|міськ|сельск|поселков|городск)\w*)?(?:\s*(?:громад|район|общин)\w*)?"
# ("в Ивановке Изюмского района – 12-летний мальчик": the raion or community of the place before the dash)
_WHERE_GENITIVE = r"(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]*\s+(?:району|района|області|области|громади|громады|общины))?"
_GAP = re.compile(rf"^{_AREA_NOUN}{_WHERE_GENITIVE}\s*[–—-]\s*(?=\S)", re.IGNORECASE)
_AREA_NOUN_START = re.compile(rf"^{_AREA_NOUN}", re.IGNORECASE)


def _fill_gapped_verbs(
    result: list[tuple[str, list[Mention]]], rules: LanguageRules
) -> list[tuple[str, list[Mention]]]:
    """ "У A медичну допомогу отримали двоє чоловіків, у B – четверо": the verb left out after B's dash
    is the one told for A, read into B's part (between A's place and A's first figure)."""
    verb = ""
    filled = []
    for text, mentions in result:
        own = rules.find_counts(text)[0] if mentions else []
        if len(mentions) == 1:
            place_end = text.find(mentions[0].name)
            place_end = place_end + len(mentions[0].name) if place_end >= 0 else -1
            gap = _GAP.match(text[place_end:]) if place_end >= 0 else None
            if not own and gap and verb:
                text = f"{text[:place_end]} {verb} {text[place_end + gap.end() :]}"
            elif own and place_end >= 0 and own[0].start > place_end:
                between = text[place_end : own[0].start]
                between = between[_AREA_NOUN_START.match(between).end() :].strip(" ,–—-")
                verb = between if between and not _GAP.match(text[place_end:]) else verb
        filled.append((text, mentions))
    return filled


_DAMAGE_ONLY = re.compile(
    r"(?<!\w)(?:пошкод|зруйн|понівеч|поврежд|разруш|damaged|destroyed)\w*", re.IGNORECASE
)


def _clause_parts(
    clause: str, mentions: list[Mention], rules: LanguageRules | None = None
) -> list[tuple[str, list[Mention]]]:
    """Split a clause naming several places with their own figures ("two killed in A and four in B")."""
    rules = rules or _rules("en")
    if len(mentions) < 2:
        return [(clause, mentions)]
    parts = re.split(r"\s+(?:and|і|й|та|и)\s+|,\s+", clause)
    if len(parts) < 2:
        return [(clause, mentions)]
    result = []
    position = 0
    first = 0
    for part in parts:
        start = clause.index(part, position)
        end = start + len(part)
        position = end
        inside = [m for m in mentions if start <= m.start < end]
        if result and not inside:
            # the part joins the one before as the clause wrote them ("вбили одного та поранили двох":
            # without its "та" the verb after would be read as the first number's)
            result[-1] = (clause[first:end], result[-1][1])
        else:
            first = start
            result.append((part, inside))
    result = _fill_gapped_verbs(result, rules)
    # Only a split where every place has figures of its own is trusted, or tells damage only ("у
    # Кураховому пошкодили 7 будинків, у Гірнику убили одну людину"): that place has no figures.
    if (
        all(
            len(m) == 1
            and (
                rules.find_counts(text)[0]
                # ("killed five in the Zaporizhzhia region and Lviv in the west and damaged ...": a place
                # opening its part bare is one of a list sharing the figure, not a clause of its own)
                or (_DAMAGE_ONLY.search(text) and not text.lstrip().startswith(clause[m[0].start : m[0].end]))
            )
            for text, m in result
            if m
        )
        and any(rules.find_counts(text)[0] for text, m in result if m)
        and len(result) > 1
    ):
        return result
    return [(clause, mentions)]


_EXAMPLE_BEFORE = re.compile(
    r"(?:зокрема|including|в\s+том\s+числе|у\s+тому\s+числі|серед\s+них|среди\s+них|among\s+them)"
    r"[\s,:]+(?:(?:й|і|и|the\s+city\s+of|місто|город)\s+)?$",
    re.IGNORECASE,
)
# "обстрілів Харкова та 14 населених пунктів області троє людей загинули": the town is one of the places
# the region's figures are spread over, not where they all were.
_AND_PLACES_AFTER = re.compile(
    r"^\s*,?\s*(?:та|і|й|и|а\s+також|а\s+также|and)\s+(?:ще|еще|ещё|other|another)?\s*[\w'’ʼ-]+\s+"
    # ("the city of Kherson and eight more settlements in the region")
    r"(?:(?:інших|других|other|more|further)\s+)?(?:населен\w+\s+пункт\w*|громад\w*|общин\w*|settlements|communities|towns|villages)",
    re.IGNORECASE,
)


def _examples_as_oblast(clause: str, mentions: list[Mention]) -> list[Mention]:
    """ "ударів зазнали 36 населених пунктів, зокрема Херсон, 11 людей поранені": the figures are the
    region's, and the town is one of its examples: the event is the oblast's."""
    if not _spread_over_places(clause):
        return mentions
    from data.extraction import slavic

    result = []
    for mention in mentions:
        oblast = find_oblast(mention.oblast_iso) if mention.oblast_iso else None
        if (
            mention.precision == "settlement"
            and oblast
            and (
                _EXAMPLE_BEFORE.search(clause[: mention.start])
                or _AND_PLACES_AFTER.match(clause[mention.end :])
            )
        ):
            example = slavic._oblast_mention(oblast)
            example.start, example.end = mention.start, mention.end
            if not any(m.key == example.key for m in result):
                result.append(example)
            continue
        if not any(m.key == mention.key for m in result):
            result.append(mention)
    return result


_EXCLUDED = re.compile(
    r"\b(?:(?:do|does|did)\s+not\s+(?:include|take\s+into\s+account|count)|without\s+(?:taking\s+into\s+account"
    r"|counting|including)|excluding|not\s+including)\b|(?<!\w)(?:не\s+враховуючи|без\s+урахування|без\s+учета"
    r"|не\s+учитывая|не\s+включа\w+|неможливо\s+встановити|невозможно\s+установить)(?!\w)",
    re.IGNORECASE,
)
# A toll shared out over the places listed after it: "wounded seven: five in A, one each in B and C",
# "поранили 5 жителів: 3 в A та 2 у B", "загинули троє – в A постраждали ...".
_SHARE_SEPARATOR = re.compile(r"\s*[:–—]\s+|\s+-\s+")
_EACH = re.compile(r"^\W*(?:each|apiece|по)\b|^\s*[\w'’ʼ-]+\s+(?:each|apiece)\b", re.IGNORECASE)
_IN_TOTAL = re.compile(
    r"\b(?:in\s+total|overall|altogether)\b|(?<!\w)(?:загалом|усього|всього|всего|в\s+общей\s+сложности)(?!\w)",
    re.IGNORECASE,
)
_ANOTHER_TOLL = re.compile(r",\s+(?=(?:ще|еще|ещё|and\s+another|another)\s)", re.IGNORECASE)
_SHARED_PHRASE = {
    "en": {KILLED: "people were killed", INJURED: "people were injured"},
    "slavic": {KILLED: "людей загинули", INJURED: "людей поранені"},
}


def _number_at(text: str) -> int | None:
    """The number a piece of text starts with ("3 в Торецьку", "five in Kostiantynivka"), if any."""
    from data.extraction import slavic

    first = re.match(r"\s*(?:and\s+|і\s+|та\s+|й\s+|и\s+|ще\s+|еще\s+)?([\w'’ʼ-]+)", text, re.IGNORECASE)
    if first is None:
        return None
    word = first.group(1)
    if word.isdigit():
        return int(word)
    if word.lower() in ("a", "an"):
        return None
    return parse_number_words(word) or slavic.number_value(word)


def _shared_out(clause: str, rules: LanguageRules) -> list[tuple[str, list[Mention]]] | None:
    """The clause's toll given place by place, as one (clause, places) pair per place; None if it is not.

    Each pair's clause is a short phrase with the place's own figure ("3 людей поранені"), or
    empty when the report gives the place no figure of its own ("11 injured in A, B, C, D and E").
    """
    language = "en" if rules.unplaced else "slavic"
    phrase = _SHARED_PHRASE[language]
    pieces = _ANOTHER_TOLL.split(clause)
    if len(pieces) > 1:
        # "у A і B загинули дві людини, ще 11 поранено у C, D, E": each toll with its own places.
        shared = [_shared_out(piece, rules) for piece in pieces]
        if not any(shared):
            return None
        return [
            pair
            for piece, pairs in zip(pieces, shared, strict=True)
            for pair in (pairs or [(piece, rules.find_places(piece))])
        ]
    # ("Donetsk Oblast: Governor ... reported that five civilians were wounded ...: two in A and three in B": the
    # separator after the toll, not the one after a heading)
    separators = [
        m for m in _SHARE_SEPARATOR.finditer(clause) if rules.find_counts(clause[: m.start()])[0]
    ][:1] or [_SHARE_SEPARATOR.search(clause)]
    for separator in separators:
        if separator is None:
            break
        lead, rest = clause[: separator.start()], clause[separator.end() :]
        lead_counts = [c for c in rules.find_counts(lead)[0] if c.field in (KILLED, INJURED)]
        lead_places = [m for m in rules.find_places(lead) if m.precision == "settlement" and m.strong]
        places = [m for m in rules.find_places(rest) if m.precision == "settlement" and m.strong]
        if len(lead_counts) == 1 and not lead_places and places:
            total = lead_counts[0]
            shared = _share_by_figures(rest, places, total, phrase[total.field], rules)
            if shared is not None:
                return shared
            if len(places) == total.value and not rules.find_counts(rest)[0]:
                return [(f"1 {phrase[total.field]}", [m]) for m in places]  # "killed 3: in A, B and C"
    places = [m for m in rules.find_places(clause) if m.precision == "settlement" and m.strong]
    counts = rules.find_counts(clause)[0]
    if (
        len({m.key for m in places}) >= 2
        and len(counts) == 1
        and counts[0].field in (KILLED, INJURED)
        and not _IN_TOTAL.search(clause)
        and len(_clause_parts(clause, places, rules)) == 1
    ):
        gapped = _gapped_shares(
            clause, places, counts[0], phrase[counts[0].field], _GAPPED_ITEM if rules.unplaced else _GAPPED_ITEM_SLAVIC
        )
        if gapped is not None:
            return gapped
        if len({m.key for m in places}) == counts[0].value and not counts[0].at_least:
            # "двох загиблих – у A і B" ("killed at least two people" in two cities may be two in one)
            return [(f"1 {phrase[counts[0].field]}", [m]) for m in places]
        if rules.unplaced and any(
            m.precision == "oblast" and sum(p.oblast_iso == m.oblast_iso for p in places) >= 2
            for m in rules.find_places(clause)
        ):
            return None  # "In Dnipropetrovsk Oblast, six were injured as ... hit A and B": the oblast's toll
        return [("", [m]) for m in places]  # the places were hit; their share of the toll is not told
    return None


_GAPPED_ITEM = re.compile(
    r"^\s*,?\s*(?:and\s+)?(?P<number>[\w'’-]+)\s+(?:(?:more|other|others|people|persons|residents|civilians)\s+){0,2}"
    r"(?:in|at)\s+(?:the\s+(?:village|town|city)\s+of\s+)?$",
    re.IGNORECASE,
)


# "трое человек погибли в A, 1 в B и еще 1 - в C", "двоє загинули у A, ще один – у B"
_GAPPED_ITEM_SLAVIC = re.compile(
    r"^\s*,?\s*(?:(?:і|й|та|и|а)\s+)?(?:(?:ще|еще|ещё)\s+)?(?P<number>[\w'’ʼ-]+)\s+"
    r"(?:(?:людин\w*|люд\w*|человек\w*|особ\w*|жител\w*|мешкан\w*)\s+)?(?:[-–—]\s+)?"
    r"(?:в|у|во)\s+(?:(?:с|м|смт|пгт|пос)\.\s*)?$",
    re.IGNORECASE,
)


def _gapped_shares(
    clause: str, places: list[Mention], total: Count, phrase: str, item_pattern: re.Pattern = _GAPPED_ITEM
) -> list[tuple[str, list[Mention]]] | None:
    """ "Three residents were wounded in A, three more in B, and one in C": the verb is told once, each
    place after the first has its own figure (3, 3, 1), so the first figure is A's, not the three places'."""
    ordered = sorted({m.key: m for m in places}.values(), key=lambda m: m.start)
    if total.start > ordered[0].start or len(ordered) < 2:
        return None
    shared = [(f"{total.value} {phrase}", [ordered[0]])]
    for previous, mention in zip(ordered, ordered[1:]):
        item = item_pattern.match(clause[previous.end : mention.start])
        value = _number_at(item.group("number")) if item else None
        if value is None:
            if item and item.group("number").lower() == "another":
                value = 1
            else:
                return None
        shared.append((f"{value} {phrase}", [mention]))
    return shared


def _share_by_figures(
    rest: str, places: list[Mention], total: Count, phrase: str, rules: LanguageRules
) -> list[tuple[str, list[Mention]]] | None:
    """ "five in A, one each in B and C" / "в A постраждали двоє, у B – одна жінка": the items' own
    figures, accepted only when they add up to the toll they share."""
    shared: list[tuple[str, list[Mention]]] = []
    if _number_at(rest) is not None:
        # Figures first: cut the list where each figure begins.
        starts = [
            m.start()
            for m in re.finditer(r"(?:^|(?<=,)|(?<=\s))(?=\S)", rest)
            if _number_at(rest[m.start() :]) is not None
        ]
        starts = [s for i, s in enumerate(starts) if i == 0 or not rest[starts[i - 1] : s].strip().isdigit()]
        pieces = []
        for index, start in enumerate(starts):
            end = starts[index + 1] if index + 1 < len(starts) else len(rest)
            inside = [m for m in places if start <= m.start < end]
            if not inside:
                continue
            pieces.append((start, end, inside))
        added = 0
        for start, end, inside in pieces:
            value = _number_at(rest[start:end])
            if value is None or (
                len(inside) > 1 and not _EACH.search(re.sub(r"^\s*\S+", "", rest[start:end]))
            ):
                return None
            shared += [(f"{value} {phrase}", [m]) for m in inside]
            added += value * len(inside)
        return shared if added == total.value else None
    # Places first: each place's own words up to the next place.
    added = 0
    for index, mention in enumerate(places):
        end = places[index + 1].start if index + 1 < len(places) else len(rest)
        piece = rest[mention.start : end]
        counts = [c for c in rules.find_counts(piece)[0] if c.field == total.field]
        if not counts:
            return None
        added += counts[0].value
        shared.append((piece, [mention]))
    return shared if added == total.value else None


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
    rules = _rules(language or detect_language(text))
    orphans: list[tuple[str, str]] = []
    headline_places: list[Mention] = []
    events: dict[tuple[str, str], CandidateEvent] = {}
    focus: list[CandidateEvent] = []
    named_oblasts: set[str | None] = set()
    totals: list[tuple[str, str]] = []
    # "Спочатку, під ранок 22 серпня, росіяни атакували місто." then "... загинули три людини.": the
    # sentence after an "at first" with no figures of its own tells the older figures.
    older = False
    after_war_toll = False
    recalling = other_news = False
    referenced = False
    quiet = 0
    previous = ""
    for sentence in split_sentences(text):
        if not sentence.headline and not rules.unplaced:
            from data.extraction import slavic

            # "щодо кількості загиблих є різні цифри" then "Троє з них – діти": "з них" are of the toll the
            # sentence before named, even without a figure.
            named_toll = slavic.toll_kind(previous) if not rules.find_counts(previous)[0] else None
            for event in focus if named_toll else ():
                event.last_base = named_toll
            previous = sentence.text
        if sentence.headline:
            if rules.unplaced and _RECALL_HEADING.match(sentence.text):
                # "Recall" / "Let us remind you" on a line of its own: what follows recalls earlier reports
                recalling = True
                # ("Recall" introduces other news; "Background:" may go on about the same attack)
                other_news = bool(re.match(r"^\W*(?:recall|let\s+us\s+remind)", sentence.text, re.IGNORECASE))
            if rules.attack_cue.search(sentence.text):
                headline_places += [
                    m for c in rules.split_clauses(sentence.text) for m in rules.find_places(c)
                ]
            continue
        words = sentence.text
        bare = re.sub(r"^\W+|\W+$", "", words)
        if bare and len(bare.split()) <= 3:
            # "Корюківка." opening an official's post: what follows is about that place, told before.
            alone = rules.find_places(bare)
            if len(alone) == 1 and alone[0].key in events and alone[0].end - alone[0].start >= len(bare) - 1:
                focus, quiet = [events[alone[0].key]], 0
                continue
        if rules.unplaced and referenced and _THAT_ATTACK.search(words):
            # "The attacks followed a barrage ... on Sunday, with Kyiv among the hardest hit." then "One man was
            # killed ... in that attack": the figures of the attack told for context
            continue
        referenced = bool(rules.unplaced and _REFERENCE_CLAUSE.search(words))
        analysed = _REFERENCE_CLAUSE.sub("", words) if rules.unplaced else words
        if sentence.lead:
            analysed = f"{sentence.lead}: {analysed}"
        region_tail = None
        tail = _REGION_TAIL.search(analysed) if rules.unplaced else None
        if tail:
            oblasts = {m.key: m for m in rules.find_places(analysed[: tail.start()]) if m.precision == "oblast"}
            if len(oblasts) == 1:
                # "killing three people in Selydove and two in Avdiivka, and injuring 15 people in the oblast": the
                # last figure is the region's, not the last town's
                region_tail = (next(iter(oblasts.values())), tail.group("tail"))
                analysed = analysed[: tail.start()] + analysed[tail.end() :]
        if rules.unplaced and _BACKGROUND.search(analysed) and not rules.find_counts(analysed)[0]:
            continue
        claim = _ATTACKER_CLAIM.search(analysed) if rules.unplaced else None
        trailing = claim and re.search(r",\s+(?:as|while|after|when)\s+$", analysed[: claim.start()])
        if trailing:
            # "Five civilians died ... in the Donetsk region, its governor said, as Moscow claimed further
            # gains": the claim is a clause of its own after the report's figures
            analysed = analysed[: trailing.start()]
        if not rules.unplaced and _SLAVIC_BACKGROUND.search(analysed) and not rules.find_counts(analysed)[0]:
            continue  # "протягом останніх днів Росія ... обстрілює Херсон, Берислав": the war going on
        if (
            not rules.unplaced
            and _SLAVIC_RECALL.match(analysed)
            and not rules.find_counts(analysed)[0]
            and not re.search(r"(?<!\w)(?:доб[аиуі]|сутки|суток)(?!\w)", analysed, re.IGNORECASE)
        ):
            # "Нагадаємо, вночі 19 жовтня російські війська здійснили ракетний удар по Одесі" told without
            # figures at the end of a report on Kyiv: an earlier attack recalled, no new one ("Як повідомлялося"
            # often goes on with the same attack; a recall of the same day or night is kept)
            continue
        if _PAST.search(analysed) or (
            rules.unplaced and (_ATTACKER_CLAIM.search(analysed) or _of_another_year(analysed, report_date))
        ):
            # ("По состоянию на утро ... число детей-жертв не изменилось – 323. Возросло количество раненых –
            # 586.": the sentences after the war's toll that name no place go on with it)
            after_war_toll = not rules.unplaced
            if rules.unplaced and _PAST.search(analysed) and rules.attack_cue.search(analysed):
                # "The deadliest attack ... since the start of the war was in Hroza on Oct. 5." then "A missile hit
                # a cafe in Hroza ..., killing 59 people": what follows is that attack, not the one told before
                focus, after_war_toll = [], True
            continue
        if not rules.attack_cue.search(analysed) and not (
            rules.find_counts(analysed)[0]
            if rules.unplaced
            else any(c.field == "toll_inherit" for c in rules.find_counts(analysed)[0])
        ):
            # One detail sentence ("Rescuers worked through the night.") keeps the attack in focus;
            # two in a row mean the report has moved on.
            quiet += 1
            if quiet >= 2:
                focus = []
            continue
        quiet = 0
        clause_places = []
        shared_clauses: set[str] = set()
        for clause in rules.split_clauses(analysed):
            excluded = _EXCLUDED.search(clause)
            if excluded:
                # "The figures do not include victims in Mariupol": the places after it are no attack.
                # ("the Kyiv province, which does not include the capital, flying debris killed a woman": what
                # follows the excluded part's comma is the clause again)
                rest = clause[excluded.end() :]
                clause = clause[: excluded.start()] + (rest[rest.index(",") + 1 :] if "," in rest else "")
            shared = _shared_out(clause, rules)
            if shared is None:
                found = rules.find_places(clause)
                if rules.unplaced:
                    found = _with_named_before(clause, found, events)
                examples = _examples_as_oblast(clause, found)
                if rules.unplaced:
                    # "Kherson and eight more settlements in the region ... killing three", "Kupyansk, Vovchansk and
                    # several other settlements were under fire": the toll is the region's, and the towns named
                    # as its examples were hit too (attacks of their own, without figures).
                    for mention in found:
                        if mention.precision == "settlement" and mention.strong and mention not in examples:
                            events.setdefault(mention.key, _place_event(mention, clause))
                clause_places.append((clause, examples))
                continue
            clause_places += shared
            shared_clauses |= {part for part, _ in shared}
            # the oblasts the clause names (its speaker's too) still say where its places are
            named_oblasts |= {
                m.oblast_iso for m in rules.find_places(clause) if m.precision == "oblast" or not m.strong
            }
        if rules.unplaced and (_AS_REPORTED.match(words) or recalling):
            # "As Ukrinform reported earlier, explosions rang out in Dnipro and Odesa": an earlier report
            # recalled; it names no new attack (its oblasts still say where the report is).
            named_oblasts |= {m.oblast_iso for _, ms in clause_places for m in ms if m.precision == "oblast"}
            # (a region's toll recalled is another day's: "As reported earlier, on January 1 in the Kherson region,
            # one person was killed and seven others were injured" after the region's toll of the day)
            recalled = [
                (c, [m for m in ms if m.key in events and m.precision != "oblast"]) for c, ms in clause_places
            ]
            if recalling and other_news and any(ms for _, ms in recalled) and _OWN_DAY.search(analysed):
                # "Recall" then "On Monday, March 9, a Russian drone struck ... in Kharkiv. Eight people were
                # injured": an attack of another day on the same city, recalled; its figures are not today's
                focus, after_war_toll = [], True
                continue
            if any(ms for _, ms in clause_places) and not any(ms for _, ms in recalled):
                # "Earlier, Ukrinform reported that ... in the Chernihiv region, 104 were wounded": its figures
                # are of those other places, not of the attack in focus
                if recalling:
                    # ("Recall" then "At night, ... 14 air strikes on Zaporizhzhia ..." and "The attacks killed 1
                    # person and wounded 7": the placeless sentences after it are of that recalled attack too)
                    focus, after_war_toll = [], True
                continue
            clause_places = recalled
        total = _is_total(rules.total_cue, analysed)
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
                named = []
        if not named and after_war_toll:
            continue
        after_war_toll = False
        if not named:
            regions = [e for e in events.values() if e.geo_precision == "oblast"]
            if (
                total
                and not rules.unplaced
                and len(regions) == 1
                and _ONE_MORE.match(words)
                and _IN_THE_REGION.search(analysed)
                and rules.find_counts(analysed)[0]
            ):
                # "вбили 5 жителів Донеччини: 3 у Костянтинівці і 2 в Іллінівці. Ще 2 людини в області за добу
                # дістали поранення": more of the region's own, where in it not said
                # ("вбили одного і поранили дев'ятьох жителів області" before "Ще 9 людей в області ...": the
                # same nine; "ще" is said of the one killed, so the figure is not added to the region's)
                _apply(regions[0], _ONE_MORE.sub("", analysed), words, report_date, counts=True, rules=rules)
                regions[0].own_remainder = True
                continue
            if total:
                # "Загалом виявили вже 39 поранених": over the report's attacks; when the report turns out
                # to name one place, it is that attack's toll.
                totals.append((analysed, words))
                continue
            if not focus and len(placed) == 1:
                # A report about one attack: a sentence naming no place is about it.
                focus = placed
            found_here = rules.find_counts(analysed)[0]
            if len(focus) > 1 and found_here and all(c.value == 0 for c in found_here):
                # "обошлось без погибших и пострадавших" after an attack on several places: none anywhere.
                for event in focus:
                    _apply(event, analysed, words, report_date, counts=True, rules=rules)
                continue
            if len(focus) == 1 and not _ELSEWHERE.search(analysed):
                _apply(focus[0], analysed, words, report_date, counts=True, rules=rules, older=older)
                older = bool(_EARLIER_CUE.match(words)) and not rules.find_counts(analysed)[0]
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
                # "... significant damage in such settlements as Beryslav, Tyahynka, Bilozerka ..." then "Two
                # civilians were killed and nine others were injured": the toll of the region named before
                _apply(region[0], analysed, words, report_date, counts=True, rules=rules)
                continue
            if not placed and rules.find_counts(analysed)[0]:
                # Figures before any place: kept for the attack the report goes on to name.
                orphans.append((analysed, words))
            if rules.unplaced:
                _maybe_unplaced(events, words, report_date)
            continue
        sentence_focus: list[CandidateEvent] = []
        leading: list[str] = []
        placeless = [clause for clause, mentions in clause_places if not mentions]
        for clause, mentions in clause_places:
            if not rules.attack_cue.search(clause) and not mentions:
                continue
            if (
                len({m.key for m in mentions}) > MAX_PLACES_IN_A_LIST
                and len(_clause_parts(clause, mentions, rules)) == 1
                # a list of regions is a summary; communities and towns hit are each an attack
                # ("здригалися Нікополь, Покровська, Марганецька, Мирівська громади"), also under their oblast
                # ("У Сумській області ... обстріл Білопільської, Ворожбянської, Річківської та Миколаївської громад")
                and (
                    # (English: "one killed and seven injured in Pokrovsk, Kostiantynivka, and Zarichne" under
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
                # ("Strikes were also reported in Kharkiv, Cherkasy, Lviv and Rivne": towns hit, each an attack)
                and not (rules.unplaced and _towns_hit(clause, mentions))
            ):
                continue
            strong = [m for m in mentions if m.strong]
            chosen = strong or mentions
            if not chosen:
                # A clause without a place continues the sentence's last attack (unless it sums them up).
                if (
                    len(sentence_focus) == 1
                    and not _is_total(rules.total_cue, clause)
                    and not _ELSEWHERE.search(clause)
                ):
                    _apply(sentence_focus[-1], clause, words, report_date, counts=True, rules=rules)
                elif not sentence_focus and not _is_total(rules.total_cue, clause):
                    leading.append(clause)  # "..., the toll was 33, but it rose to 34, ... in Chasiv Yar"
                continue
            chosen = _drop_oblasts_of_settlements(chosen, clause)
            parts = _clause_parts(clause, chosen, rules)
            context = " ".join([clause if len(parts) > 1 else "", *placeless])
            for part, part_mentions in parts:
                if not part_mentions:
                    continue
                single = (
                    # ("обстреляли Херсон и Херсонский район": one place named twice)
                    len({m.key for m in part_mentions}) == 1
                    and not _OTHER_PLACES_TOO.search(part)
                    and (
                        len(parts) > 1
                        or part in shared_clauses
                        or not (total and len(_drop_oblasts_of_settlements(named)) > 1)
                    )
                )
                spread_over = {
                    # "In Donetsk Oblast, one person was killed and seven injured in Pokrovsk, Kostiantynivka, and
                    # Zarichne": the toll is the oblast's, spread over its towns
                    m.key
                    for m in part_mentions
                    if rules.unplaced
                    and m.precision == "oblast"
                    and sum(
                        o.precision == "settlement" and o.oblast_iso == m.oblast_iso for o in part_mentions
                    )
                    >= 2
                    and sum(o.precision == "oblast" for o in part_mentions) == 1
                }
                for oblast in [m for m in part_mentions if m.key in spread_over]:
                    for mention in part_mentions:
                        if mention.precision == "settlement" and mention.oblast_iso != oblast.oblast_iso:
                            # "Zarichne" named with Pokrovsk under "In Donetsk Oblast": the one there
                            _move_to_oblast(mention, oblast.oblast_iso)
                for mention in part_mentions:
                    event = events.get(mention.key)
                    if event is None:
                        event = events[mention.key] = _place_event(mention, words)
                    counted = single or mention.key in spread_over
                    _apply(event, part, words, report_date, counts=counted, context=context, rules=rules)
                    event.only_in_totals = event.only_in_totals and not counted
                    event.only_as_district = event.only_as_district and mention.district
                    if event not in sentence_focus:
                        sentence_focus.append(event)
        if region_tail is not None:
            mention, tail_text = region_tail
            region = events.get(mention.key)
            if region is None:
                region = events[mention.key] = _place_event(mention, words)
            _apply(region, tail_text, words, report_date, counts=True, rules=rules)
            region.own_remainder = True
        regions = {m.key: m for m in headline_places if m.precision == "oblast"}
        if (
            rules.unplaced
            and len(regions) == 1
            and _REGION_SCOPE.search(analysed)
            and not any(m.precision == "oblast" for m in named)
        ):
            # "Civilian killed as Russians shell Kherson region 119 times in past day" as the title, then "the
            # Russian military targeted residential neighborhoods in the region's settlements, ... a church in the
            # Kherson district" and "one person was killed ...": the region's toll, not the district's town's
            (mention,) = regions.values()
            region = events.get(mention.key)
            if region is None:
                region = events[mention.key] = _place_event(mention, words)
            region.region_scope = True
            region.add_sentence(words)
            sentence_focus = [region]
        if len(sentence_focus) == 1:
            for clause in leading:
                _apply(sentence_focus[0], clause, words, report_date, counts=True, rules=rules, older=True)
        elif leading and len(focus) == 1 and focus[0] not in sentence_focus and ";" in analysed:
            # "Yampil community – women aged 72 and 67 were killed. ... A 60-year-old woman was also injured;
            # Vorozhba community – ...; Sumy community – ...": the item before the next place's is still the last one's
            for clause in leading:
                _apply(focus[0], clause, words, report_date, counts=True, rules=rules)
        focus = sentence_focus
    placed = [e for e in events.values() if e.location]
    strong_in_headlines = {m.key: m for m in headline_places if m.strong}
    settlements_in_headlines = {k: m for k, m in strong_in_headlines.items() if m.precision == "settlement"}
    if len(settlements_in_headlines) == 1 and all(
        m.precision == "oblast" and m.oblast_iso == next(iter(settlements_in_headlines.values())).oblast_iso
        for m in strong_in_headlines.values()
        if m.precision != "settlement"
    ):
        # "... ракетного удару по Балаклії на Харківщині: ..." as the title: the town, in its region
        strong_in_headlines = settlements_in_headlines
    if not placed and orphans and len(strong_in_headlines) == 1:
        # "Missile attack on Poltava" as the title and "five people were injured" in a body that names
        # no place: the title says where.  (A headline's own figures are still never read.)
        mention = next(iter(strong_in_headlines.values()))
        event = events[mention.key] = _place_event(mention, report_title(text) or "")
        placed = [event]
    if len(placed) == 1:
        for analysed, words in orphans:
            _apply(placed[0], analysed, words, report_date, counts=True, rules=rules)
        # ("In total, two people have been hospitalized" in a report on one attack on Kyiv: its toll)
        if not any(m.precision == "oblast" for m in headline_places):
            for analysed, words in totals:
                if rules.unplaced and not re.search(r"\b(?:in\s+total|overall|altogether)\b", analysed, re.I):
                    continue  # ("At least 17 people were killed in different parts of Ukraine": the country's)
                _apply(placed[0], analysed, words, report_date, counts=True, rules=rules)
    elif len(placed) > 1 and not rules.unplaced:
        # "Минулої доби обстрілів зазнали 16 населених пунктів ... Постраждалих серед цивільного населення
        # немає", then the places: a day's "no one hurt" told before any place is each place's.
        for analysed, words in orphans:
            counts = rules.find_counts(analysed)[0]
            if counts and all(c.value == 0 for c in counts):
                for event in placed:
                    if event.geo_precision != "oblast" and not event.counts:
                        _apply(event, analysed, words, report_date, counts=True, rules=rules)
        # "Зранку ... Марганецьку громаду. ... А вже надвечір вгатила і по Нікополю. ... Попередньо, жертв і
        # поранених немає": a closing "so far no one killed or hurt" that names no place is the day's, so each
        # place's that has no figures of its own.
        body = [s.text for s in split_sentences(text) if not s.headline and rules.find_counts(s.text)[0]]
        if body and _CLOSING_ZERO.match(body[-1]) and not rules.find_places(body[-1]):
            counts = rules.find_counts(body[-1])[0]
            if all(c.value == 0 for c in counts):
                for event in placed:
                    if event.geo_precision != "oblast" and not event.counts:
                        _apply(event, body[-1], body[-1], report_date, counts=True, rules=rules)
    result = list(events.values())
    named_oblasts |= {m.oblast_iso for m in headline_places if m.precision == "oblast"}
    _prefer_named_oblasts(result, named_oblasts - {None})
    result = _fold_districts_into_oblasts(result, raions_apart=not rules.unplaced)
    if rules.unplaced:
        result = _fold_district_into_its_village(result)
    result = _fold_oblasts_into_settlements(result, report_date)
    result = _fold_unplaced_into_single_attack(result)
    for event in result:
        _infer_totals_from_children(event)
        if event.geo_precision == "unknown" and event.location and event.location.isascii():
            # "the village of Horyane": a name the gazetteer does not list, written as the national
            # romanisation writes it where the Latin spelling says so unambiguously (Horiane); not when
            # that spelling is another place's name ("Biloghirya" stays: Bilohiria is a town elsewhere).
            national = national_spelling(event.location)
            if normalize_name(national) not in load_gazetteer().index:
                event.location = national
    return result


def _with_named_before(
    clause: str, mentions: list[Mention], events: dict[tuple[str, str], CandidateEvent]
) -> list[Mention]:
    """ "the village of Kindiyky" then "... fatal injuries in Kindiyky": a settlement the gazetteer does
    not list, kept by its name, is the same place when the report names it again without "village of"."""
    added = []
    for event in events.values():
        name = event.location
        if event.latitude is not None or not name or event.geo_precision != "unknown":
            continue
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", clause):
            if not any(m.start <= match.start() < m.end for m in mentions):
                added.append(Mention(name, match.start(), match.end(), "settlement", True, place_name=name))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _prefer_named_oblasts(events: list[CandidateEvent], oblasts: set[str]) -> None:
    """ "the Kharkiv region" ... "the town of Pervomaiskyi": of the places with that name, the one in
    the oblast the report names (the gazetteer alone picks the most populous)."""
    if not oblasts:
        return
    gazetteer = load_gazetteer()
    for event in events:
        if event.geo_precision == "unknown" and event.location and not event.oblast_iso and len(oblasts) == 1:
            # "в с. Новоосиново ..." in a report on one oblast: a village the gazetteer does not list lies there.
            (event.oblast_iso,) = oblasts
            oblast = find_oblast(event.oblast_iso)
            event.oblast = oblast.name if oblast is not None else None
            continue
        if event.geo_precision != "settlement" or event.oblast_iso in oblasts or not event.location:
            continue
        # "Миколаївська громада" in a report on Sumy oblast: of the places a community adjective may name,
        # one in the oblast the report names (Mykolaivka there), even when the likeliest is a city elsewhere.
        rows = [
            r
            for other in event.alternatives
            for r in (
                gazetteer.primary.get(normalize_name(other.place_name or other.name))
                or gazetteer.index.get(normalize_name(other.place_name or other.name))
                or []
            )
            if gazetteer.places.oblast_iso.iloc[r] in oblasts
        ]
        if rows:
            place = gazetteer._place(gazetteer._rank(rows, None)[0])
            event.location, event.oblast_iso, event.oblast = place.name, place.oblast_iso, place.oblast
            event.latitude, event.longitude = place.latitude, place.longitude
            continue
        key = normalize_name(event.location)
        every = gazetteer.primary.get(key) or gazetteer.index.get(key) or []
        if (
            max((gazetteer.places.population.iloc[r] for r in every), default=0)
            >= MIN_POPULATION_FOR_ALTERNATE
        ):
            continue  # a town of that size is what the name means (Kamianske, even in a report on Zaporizhzhia)
        rows = [r for r in every if gazetteer.places.oblast_iso.iloc[r] in oblasts]
        if not rows:
            if len(oblasts) == 1 and every:
                # Only a small namesake elsewhere: the report's town in its oblast is one the gazetteer
                # does not list.  Kept by its name in that oblast, listed but not mapped.
                (event.oblast_iso,) = oblasts
                oblast = find_oblast(event.oblast_iso)
                event.oblast = oblast.name if oblast is not None else None
                event.latitude = event.longitude = None
                event.geo_precision = "unknown"
            continue
        place = gazetteer._place(gazetteer._rank(rows, None)[0])
        event.oblast_iso, event.oblast = place.oblast_iso, place.oblast
        event.latitude, event.longitude = place.latitude, place.longitude


def _fold_district_into_its_village(events: list[CandidateEvent]) -> list[CandidateEvent]:
    """ "Two people were injured in the attack on the Zaporizhzhia district. The Russians attacked Bilenke with
    drones.": the district's toll is of the one village the report names in it, not of the city it is named after
    (of the places named Bilenke, the one in the district's oblast)."""
    placed = [e for e in events if e.location and e.geo_precision != "oblast"]
    districts = [e for e in placed if e.only_as_district and e.counts]
    if len(districts) != 1 or len(placed) != 2:
        return events
    district = districts[0]
    (village,) = [e for e in placed if e is not district]
    if village.counts or village.only_as_district:
        return events
    if village.oblast_iso != district.oblast_iso and district.oblast_iso:
        _prefer_named_oblasts([village], {district.oblast_iso})
        if village.oblast_iso != district.oblast_iso:
            return events
    _fill_missing(village, district)
    return [e for e in events if e is not district]


def _fold_districts_into_oblasts(
    events: list[CandidateEvent], raions_apart: bool = False
) -> list[CandidateEvent]:
    """ "Russians struck Poltava Oblast ... debris damaged a school in the Poltava district": one attack,
    known at the oblast; the district is where in it, not the city it is named after.

    With ``raions_apart`` (Ukrainian and Russian reports), two or more raions of one oblast ("У
    Новгород-Сіверському районі ..., у Корюківському районі ...") are each an attack of their own, as
    a roundup tells them, and are kept as their towns."""
    oblasts = {e.oblast_iso: e for e in events if e.geo_precision == "oblast"}
    if raions_apart:
        raions: dict[str | None, int] = {}
        for event in events:
            if event.geo_precision == "settlement" and event.only_as_district:
                raions[event.oblast_iso] = raions.get(event.oblast_iso, 0) + 1
        oblasts = {iso: e for iso, e in oblasts.items() if raions.get(iso, 0) < 2}
    own = {iso: set(e.counts) for iso, e in oblasts.items()}
    districts: dict[str | None, list[CandidateEvent]] = {}
    result = []
    dropped: set[str | None] = set()
    for event in events:
        oblast = oblasts.get(event.oblast_iso)
        if event.geo_precision == "settlement" and event.only_as_district and oblast is not None:
            if raions_apart and not oblast.counts:
                # "397 ударов по восьми населенным пунктам Запорожской области. При атаке по Пологовскому
                # району погиб мужчина": the oblast is the context, the raion (its town) the attack
                dropped.add(event.oblast_iso)
                result.append(event)
                continue
            if (
                not raions_apart
                and not oblast.counts
                and any(
                    e.geo_precision == "settlement" and e.oblast_iso == event.oblast_iso and not e.only_as_district
                    for e in events
                )
            ):
                # "In the Nizhyn district, a drone attacked an energy facility. In the Horodnia community ... In
                # Semenivka ..." and "Work is continuing in the Chernihiv region": the region is context, the
                # district (its town) one of the attacks told place by place
                result.append(event)
                continue
            if not (event.counts and oblast.counts):
                _fill_missing(oblast, event)
                continue
            if not set(event.counts) & own[event.oblast_iso]:
                # "four killed in the Kyiv region" then "five injured in the Bila Tserkva district" and "two in
                # the Fastiv district": the districts' figures the oblast's toll lacks are its own, added up.
                districts.setdefault(event.oblast_iso, []).append(event)
                continue
            # (a district with the same figures as its oblast is its own attack)
        result.append(event)
    for iso, parts in districts.items():
        oblast = oblasts[iso]
        for part in parts:
            for name, (value, at_least) in part.counts.items():
                total, bound = oblast.counts.get(name, (0, False))
                oblast.counts[name] = (total + value, bound or at_least)
                oblast.evidence.setdefault(
                    name, part.evidence.get(name, "")
                )  # the others stay in its sentences
            counts, part.counts = part.counts, {}
            _fill_missing(oblast, part)
            part.counts = counts
    return [e for e in result if not (e.geo_precision == "oblast" and e.oblast_iso in dropped)]


_SLAVIC_TOTAL = re.compile(
    r"(?<!\w)(?:загалом|всього|усього|в\s+цілому|за\s+(?:минулу\s+)?добу|всего|в\s+общей\s+сложности|"
    r"за\s+(?:минувшие\s+)?сутки|по\s+(?:області|области|регіону|региону)"
    # "у Херсонській області протягом минулої доби ... одна людина загинула": the region's day
    r"|(?:протягом|упродовж|впродовж)\s+(?:минулої\s+)?доби|(?:в\s+течение|на\s+протяжении)\s+(?:минувших\s+|прошедших\s+)?суток"
    r"|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)|across\s+the\s+region"
    # "Since the beginning of this day, 15 people have been injured ...", "Today alone, there are nine victims"
    r"|since\s+the\s+(?:beginning|start)\s+of\s+(?:this|the)\s+day|today\s+alone)(?!\w)",
    re.IGNORECASE,
)


# "обстріли чотирьох районів області", "36 населених пунктів", "eight settlements of the region": figures
# spread over several places of the region, never one town's.
_SPREAD = re.compile(
    r"(?<!\w)(?:район(?:ів|ах|ов|и)|громад(?:ах|ам)?|населен\w+\s+пункт\w*"
    r"|settlements|communities|districts|towns|villages|localities)(?!\w)",
    re.IGNORECASE,
)


def _spread_over_places(sentence: str) -> bool:
    """Whether ``sentence`` gives figures for several places of a region at once."""
    from data.extraction import slavic

    for match in _SPREAD.finditer(sentence):
        # the number is one of the two words before the noun ("36 населених пунктів", "three more towns")
        for word in re.findall(r"[\w'’ʼ-]+", sentence[: match.start()])[-2:]:
            value = int(word) if word.isdigit() else (parse_number_words(word) or slavic.number_value(word))
            if value and value >= 2:
                return True
    return False


_OTHER_SETTLEMENTS = re.compile(
    r"\bother\s+(?:settlements|towns|villages|communities|hromadas|cities|places|localities)\b", re.IGNORECASE
)


def _more_than_told(event: CandidateEvent, name: str, inside: list[CandidateEvent]) -> bool:
    """ "Two more men were killed in Stepnohirsk": more than the region's toll told.  ("Three residents were wounded
    in Illinivka, three more in Vyshneve, and one in Avdiivka": "more" within a list is the list's next item.)"""
    evidence = event.evidence.get(name, "")
    more = re.search(r"\b(?:more|another)\b", evidence, re.IGNORECASE)
    if more is None:
        return False
    return not any(other.location and other.location in evidence[: more.start()] for other in inside)


_REGION_SCOPE = re.compile(
    r"\b(?:the\s+region['’]s\s+(?:settlements|towns|villages|communities)"
    r"|(?:settlements|towns|villages|communities)\s+(?:of|in|across)\s+the\s+region)\b",
    re.IGNORECASE,
)
_REGION_TAIL = re.compile(
    r",\s+and\s+(?P<tail>(?:injuring|wounding|killing|injured|wounded|killed)\s+[^,.;]*?\s+in\s+the\s+"
    r"(?:oblast|region))\b",
    re.IGNORECASE,
)
_NIGHT = re.compile(r"\b(?:overnight|night|late-night|nighttime)\b", re.IGNORECASE)


def _same_night(first: CandidateEvent, second: CandidateEvent) -> bool:
    """ "a wave of overnight aerial attacks" on Friday and "late on Thursday night": one night, told on two days."""
    return abs((first.date - second.date).days) == 1 and any(
        _NIGHT.search(e.evidence.get("date", "")) for e in (first, second)
    )


def _fold_oblasts_into_settlements(
    events: list[CandidateEvent], report_date: dt.date | None = None
) -> list[CandidateEvent]:
    """An oblast named beside attacks on its settlements is their context or their total, not another attack.

    "A drone attack in Sumy region injured six" then "in the Kyrykivka community": one
    attack, at Kyrykivka, with the six.  An oblast with no figures of its own, or whose
    figures are the sum of its settlements', is dropped; one with figures of its own
    ("30 wounded across the region" beside "12 in Orikhiv") stays.
    """
    result = []
    for event in events:
        if event.geo_precision != "oblast":
            result.append(event)
            continue
        inside = [
            e
            for e in events
            if e.geo_precision in ("settlement", "unknown")
            and e.oblast_iso == event.oblast_iso
            # "four were killed in the region yesterday, November 17" beside a village's death this
            # morning: another day's figures are another attack.
            # (a settlement told without a day of its own is of the day the region's sentence gives:
            # "минулої доби, 8 березня, вбили одного жителя Донецької області" then "у Шабельківці")
            and not (event.counts and event.date and e.date and event.date != e.date and not _same_night(event, e))
        ]
        if not inside:
            result.append(event)
            continue
        if all(
            _EARLIER_CUE.match(event.evidence.get(name) or "")
            for name in ["location", *(name for name in event.counts if name in event.evidence)]
        ):
            # "Перед цим Лисак повідомляв про чотирьох постраждалих через атаки Дніпропетровщини" beside the
            # attack on Nikopol: the region's figures of an earlier report, no attack of their own
            continue
        if not event.counts:
            # Context ("Dnipro and Pavlohrad in the Dnipropetrovsk region") or a shared total:
            # an oblast attacked "also", in a sentence of its own, stays.
            if event.only_in_totals or any(set(e.sentences) & set(event.sentences) for e in inside):
                continue
            if any(
                # (in the clause that tells the attack: "обстрілювали Дніпропетровську область, внаслідок чого
                # ..., також виникла пожежа" is no other attack)
                _ALSO.search(sentence.split(",")[0]) and not _OTHER_SETTLEMENTS.search(sentence)
                for sentence in event.sentences
            ):
                # "Russian forces also attacked the Dnipropetrovsk region" ("also attacked other settlements
                # in the region" leads into the settlements named next)
                result.append(event)
            continue
        if (
            len(inside) == 1
            and any(
                inside[0].counts.get(name, (None,))[0] == value[0] for name, value in event.counts.items()
            )
            # ("... killed two people and wounded 12" in the oblast, then "Two more men were killed ... in
            # Stepnohirsk": another two)
            and not any(
                re.search(r"\b(?:more|another|other|also)\b", inside[0].evidence.get(name, ""), re.IGNORECASE)
                for name in inside[0].counts
            )
        ):
            _fill_missing(inside[0], event)  # the same attack told twice: "in Sumy region" and "in Kyrykivka"
            continue
        # ("Two people were killed ... in the Zaporizhzhia region" then "567 attacks over a 24-hour period across
        # 16 settlements in the region": the toll is spread over them, whichever sentence says so)
        spread = (
            event.region_scope
            or any(_spread_over_places(event.evidence.get(name, "")) for name in event.counts)
            or any(_spread_over_places(sentence) for sentence in event.sentences)
        )
        if (
            not spread
            and not inside[0].counts
            # ("Russia also shelled Kherson Oblast ..., killing one person" then "... damaged ... institutions in
            # Kherson": the city named after the region's toll did not lead; the toll stays the region's)
            and events.index(inside[0]) < events.index(event)
            # ("обстрілював Миропільську, Краснопільську, ... громади" then "на Сумщині поранено трьох": the
            # first of three or more places listed together did not lead the report; the toll is the region's)
            and sum(1 for e in inside if set(e.sentences) & set(inside[0].sentences)) < 3
            # ("In addition, the missile struck an industrial site in Kramatorsk": another attack)
            and not any(
                re.match(r"\W*(?:in\s+addition|also|separately)\b", s, re.IGNORECASE)
                for s in inside[0].sentences
            )
        ):
            # "Drones attacked Odesa ... 11 injured across the Odesa region": the figures belong to
            # the attack the report led with.
            _fill_missing(inside[0], event)
            continue
        if (
            not spread
            and len(inside) == 1
            and all(value[0] <= event.counts.get(name, (-1,))[0] for name, value in inside[0].counts.items())
            and not any(
                re.search(r"\b(?:more|another)\b", inside[0].evidence.get(name, ""), re.IGNORECASE)
                for name in inside[0].counts
            )
            and not any(
                _is_total(V.TOTAL_CUE, event.evidence.get(name, ""))
                or _SLAVIC_TOTAL.search(event.evidence.get(name, ""))
                for name in event.counts
            )
            and not any(
                _ALSO.search(sentence) or re.search(r"(?<!\w)(?:ще|еще|ещё)(?!\w)", sentence, re.IGNORECASE)
                for sentence in inside[0].sentences
            )
        ):
            # "38 wounded in the Kharkiv region" and "31 hospitalised" in Pervomaiskyi: one attack, whose
            # place the report gives in another sentence; the larger figures stand.
            _fill_missing(inside[0], event)
            continue
        sums = {name: sum(e.counts.get(name, (0, False))[0] for e in inside) for name in event.counts}
        if any(sums[name] and event.counts[name][0] == sums[name] for name in event.counts) and not any(
            _more_than_told(e, name, inside) for e in inside for name in e.counts
        ):
            # The region's total of the attacks listed.  When only one of them has casualties, what the
            # region's sentences add ("11 injured, 3 of them children") is that attack's.
            hurt = [e for e in inside if any(value[0] for value in e.counts.values())]
            if len(hurt) == 1:
                _fill_missing(hurt[0], event)
            elif event.own_remainder:
                # ("Ще 2 людини в області ... дістали поранення" beside the dead told town by town): the counts
                # none of its settlements has are the region's own
                event.counts = {name: value for name, value in event.counts.items() if not sums[name]}
                if event.counts:
                    result.append(event)
            continue
        result.append(event)
    return result


def _fold_unplaced_into_single_attack(events: list[CandidateEvent]) -> list[CandidateEvent]:
    """ "A missile strike on an apartment building killed 23" before the report names Uman: the same attack."""
    placed = [e for e in events if e.location]
    unplaced = [e for e in events if not e.location]
    if len(placed) != 1 or not unplaced:
        return events
    for event in unplaced:
        _fill_missing(placed[0], event)
    return placed


def _fill_missing(event: CandidateEvent, other: CandidateEvent) -> None:
    for name, value in other.counts.items():
        if name not in event.counts or value[0] > event.counts[name][0]:
            event.counts[name] = value
            event.evidence[name] = other.evidence.get(name, "")
    for note in other.notes:
        if note not in event.notes:
            event.notes.append(note)
    for name in ("weapon", "target"):
        if getattr(event, name) == "unknown" and getattr(other, name) != "unknown":
            setattr(event, name, getattr(other, name))
            event.evidence[name] = other.evidence.get(name, "")
    if event.date is None and other.date is not None:
        event.date, event.date_precision = other.date, other.date_precision
        event.evidence["date"] = other.evidence.get("date", "")
    for sentence in other.sentences:
        event.add_sentence(sentence)


def _infer_totals_from_children(event: CandidateEvent) -> None:
    """ "A girl was killed" also means at least one person was killed (and never fewer than the children)."""
    for base in (KILLED, INJURED):
        child = f"children_{base}"
        if child in event.counts and (
            base not in event.counts or event.counts[base][0] < event.counts[child][0]
        ):
            event.counts[base] = (event.counts[child][0], True)
            event.evidence[base] = event.evidence[child]


def _listed_together(clause: str, first: Mention, second: Mention) -> bool:
    """Whether two places are items of one list ("the Zaporizhzhia region and Lviv")."""
    one, two = sorted((first, second), key=lambda m: m.start)
    between = clause[one.end : two.start] if clause else ""
    return bool(
        re.fullmatch(r"\s+(?:regions?|oblasts?|provinces?)?\s*,?\s*(?:and|as\s+well\s+as)\s+", between)
    )


def _has_namesake_in(mention: Mention, oblast_iso: str | None) -> bool:
    """Whether a settlement of ``mention``'s name lies in ``oblast_iso`` (or the name is not in the gazetteer)."""
    gazetteer = load_gazetteer()
    key = normalize_name(mention.place_name or mention.name)
    rows = gazetteer.primary.get(key) or gazetteer.index.get(key) or []
    return not rows or any(gazetteer.places.oblast_iso.iloc[r] == oblast_iso for r in rows)


def _drop_oblasts_of_settlements(mentions: list[Mention], clause: str = "") -> list[Mention]:
    """ "Kupiansk in the Kharkiv region" is one attack, in Kupiansk."""
    settlements = [m for m in mentions if m.precision == "settlement"]
    kept = []
    for mention in mentions:
        inside = [s for s in settlements if s.oblast_iso == mention.oblast_iso]
        if mention.precision == "oblast" and clause and len({s.key for s in inside}) >= 2:
            kept.append(
                mention
            )  # "In Donetsk Oblast, ... in Pokrovsk, Kostiantynivka, and Zarichne": its toll
            continue
        if mention.precision == "oblast" and inside:
            continue
        if mention.precision == "oblast" and any(
            _has_namesake_in(s, mention.oblast_iso) or not _listed_together(clause, mention, s)
            for s in settlements
        ):
            # "Pokrovsk, in the Donetsk region": the settlement's namesake in that oblast is meant.
            # ("the Zaporizhzhia region and Lviv": two places listed together, neither inside the other)
            continue
        kept.append(mention)
    return kept


def _maybe_unplaced(
    events: dict[tuple[str, str], CandidateEvent], sentence: str, report_date: dt.date | None
) -> None:
    match = _UNPLACED_ATTACK.search(sentence)
    if not match:
        return
    counts, notes = find_counts(sentence)
    if (
        not counts
        and not notes
        and not re.search(r"\bcasualt|\bkill|\binjur|\bwound|\bdead\b", sentence, re.I)
    ):
        return
    # The building named right after "an attack on a ...".
    target = find_target(sentence[match.start() : match.end() + 40])
    if target is None:
        return
    key = ("unknown", f"unplaced:{target}")
    event = events.get(key)
    if event is None:
        event = events[key] = CandidateEvent()
        event.evidence["location"] = sentence
    _apply(event, sentence, sentence, report_date, counts=True)
    if not event.counts and not event.notes:
        event.add_note("casualties reported, no figure given", sentence)


# --- output -----------------------------------------------------------------


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
