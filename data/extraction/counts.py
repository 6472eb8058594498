"""Casualty counts read from an English clause: killed, injured, children, ages and lists."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from data.extraction import vocabulary as V
from data.extraction.dates import MONTH_NAME, WEEKDAYS
from data.extraction.numbers import (
    ADULT_AGE,
    AGE,
    COUNT_NUMBER,
    NumberMatch,
    find_numbers,
    parse_number_words,
)
from data.extraction.sentences import DASH_PART

KILLED, INJURED, CHILDREN_KILLED, CHILDREN_INJURED = (
    "killed",
    "injured",
    "children_killed",
    "children_injured",
)
COUNT_FIELDS = (KILLED, INJURED, CHILDREN_KILLED, CHILDREN_INJURED)


# "two port workers died": one free word before a word for people.
_OCCUPATION = (
    # ("two teenage boys", "three young children", "two road workers": one word of who they are before the people)
    rf"(?:[a-z-]+\s+(?=(?:{V.PERSON_PLURAL}|{V.CHILD_NOUN}|officers|staff|miners)\b))?"
)
_FILLER_RUN = (
    rf"(?:(?:{V.FILLER})[\s,]+){{0,7}}?(?:(?:at|in|inside|near|on)\s+the\s+[a-z]+\s+(?:(?:{V.FILLER})[\s,]+){{0,3}}?)?"
    # "a 39-year-old employee of the State Emergency Service was hurt": the employer's name between
    rf"(?:(?<=of\s)the\s+(?:(?-i:[A-Z])[\w'’-]*\s+){{1,4}}(?:(?:{V.FILLER})[\s,]+){{0,3}}?)?"
    # ("a driver of the gas company was hurt": an employer named in common words)
    # ("four employees of a furniture depot died": the workplace)
    r"(?:(?<=of\s)(?:the|an?)\s+(?:[a-z-]+\s+){0,2}?(?:company|utility|enterprise|plant|factory|service|station"
    r"|railway|operator|firm|warehouse|depot|shop|store|supermarket|market|farm|mine|hotel|port|terminal)\s+"
    r"(?:(?:was|were|is|are|has|have|had)\s+)?)?"
    # ("three people with shrapnel wounds and burns were hospitalized": the hurt, told by their wounds first)
    r"(?:with\s+(?:[a-z-]+\s+){0,2}?(?:injur(?:y|ies)|wounds?|burns|fractures)(?:\s+(?:and|or)\s+(?:[a-z-]+\s+){0,2}?"
    rf"(?:injur(?:y|ies)|wounds?|burns|fractures))?[\s,]+(?:(?:{V.FILLER})[\s,]+){{0,3}}?)?"
)
_RIGHT_KIND = re.compile(
    # ("one was killed, another 2 – were injured": a dash between the figure and its verb)
    rf"^[\s,]*(?:[–—]\s+(?=(?:were|was|have|has|had)\b))?"
    # ("21 people were rescued, 13 of whom were taken to hospital": the part told with its own verb)
    rf"(?:of\s+whom\s+(?=(?:were|was|are|is|have|had)\b))?{_OCCUPATION}{_FILLER_RUN}"
    # ("two people were rescued from the rubble and hospitalised", "two pensioners came under fire and were wounded":
    # the people's fate told after another verb of theirs, joined by "and"; the verb right after the people, so "killed
    # 1 resident of the region and wounded 6" stays two figures)
    rf"(?:(?:{V.PERSON_PLURAL}|{V.PERSON_SINGULAR})\s+(?:were|was|had|have|has|came|got|went|stood|stayed|remained"
    r"|[a-z]+ed)\s+(?:[a-z]+\s+){0,7}?and\s+(?:(?:were|was|later|then|also)\s+)*)??"
    rf"(?:(?P<killed>{V.KILLED_WORDS})|(?P<injured>{V.INJURED_WORDS}))\b",
    re.IGNORECASE,
)
# "at least 14 people, including two children, were killed"
_RIGHT_AFTER_ASIDE = re.compile(
    # ("two residents—including a woman of 80—were hurt": the dashes, read as commas, without their spaces)
    # ("Five people, two of them children, were hurt": the part told as "N of them")
    r"^(?:\s+[a-z]+){0,3}\s*,\s*(?:including|among\s+them|among\s+whom|[\w-]+\s+of\s+(?:them|whom))\s+[^,]+?"
    # ("More than 70 people, including four children, remained in hospital", "are in hospital": a state)
    r"(?:(?:,\s*|\s+)(?:were|was|have\s+been|had\s+been|remained|remain|are|is)\s+|,\s*(?=sought\b|received\b|suffered\b|sustained\b|died\b|lost\b))"
    # ("Forty people, including two children, were also hurt": the "also" of a toll told after the dead)
    r"(?:(?:also|later|reportedly)\s+)?"
    rf"(?:(?P<killed>{V.KILLED_WORDS})|(?P<injured>{V.INJURED_WORDS}))\b",
    re.IGNORECASE,
)
_WITH_ASIDE = re.compile(
    r"^(?:\s+[a-z]+){0,3}\s*,\s*(?:including|among\s+them)\s+[^,]+,\s*"
    rf"(?:(?P<killed>{V.KILLED_WORDS})|(?P<injured>{V.INJURED_WORDS}))\b",
    re.IGNORECASE,
)
_LEFT_KIND = re.compile(
    r"(?:(?P<killed>\bkill(?:ed|ing|s)?|(?:claim(?:ed|ing|s)|t(?:ook|aking|akes)|cost(?:ing|s)?)\s+the\s+li(?:ves|fe)\s+of"
    r"|deaths?\s+of"
    r"|\bbod(?:y|ies)\s+of"
    # ("the strike caused fatal injuries to two women": wounds that killed them, the dead)
    r"|\b(?:fatal|mortal|deadly)\s+(?:injuries|wounds)\s+to"
    # ("the number killed has risen to five": the toll's word right after "number", no "of")
    r"|number\s+(?:of\s+(?:[\w-]+\s+){0,4}?)?(?:dead|killed|deaths|fatalities)\s+(?:[\w'’,-]+\s+){0,25}?(?:to|at|reached)"
    r"|(?:death|dead)\s+toll\s+(?:[\w'’,()-]+\s+){0,25}?(?:to|at|of|reached|hit|was|is)"
    # ("Among the dead was a boy of nine", "among those killed were two boys")
    r"|among\s+(?:the|those)\s+(?:dead|killed)(?:\s+(?:were|are|was|is))?"
    # ("By evening, the toll stood at five")
    r"|(?<!casualty\s)(?<!casualties\s)(?<!injury\s)(?<!injuries\s)(?<!victim\s)"
    r"\btoll\s+(?:now\s+|had\s+)?(?:stood|stands)\s+(?:now\s+)?at"
    # ("The toll rose to three", "the toll has since climbed to 12": a bare toll is the dead's, as above; not a
    # casualty or injury toll)
    r"|(?<!casualty\s)(?<!casualties\s)(?<!injury\s)(?<!victim\s)\btoll\s+(?:has\s+|had\s+)?(?:since\s+|now\s+|further\s+)?"
    r"(?:rose|risen|climbed|increased|grew|grown|jumped)\s+to"
    # ("A man died in hospital, raising the toll to four": the whole toll after the death told)
    r"|\b(?:raising|bringing|taking|pushing|lifting)\s+(?:the\s+)?(?:overall\s+|total\s+)?(?:death\s+)?toll\s+to"
    r"(?:\s+(?:were|are|was|is))?|\b(?:the\s+)?dead\s+(?:included|include|includes)"
    # ("there are dead people - a boy of 12 and two women": the dead, listed after a dash)
    r"|\b(?:the\s+)?dead(?:\s+people)?\s+(?:are|were)|\bdead\s+people\s*[—–:-])|(?P<injured>\binjur(?:ed|ing|es)|\binjuries\s+to|(?<=\s)hospitali[sz]ed|\binjur(?:y|ies)\s+of|\bwound(?:ed|ing|s)|\bhurt(?:ing)?"
    # ("Among the 27 wounded were two boys": the toll told before, its figure repeated)
    r"|among\s+the\s+(?:\d+\s+)?(?:injured|wounded)(?:\s+(?:were|are|was|is))?|\b(?:injured|wounded)\s+(?:included|include|includes)"
    # ("the assistance of medics was also needed by a girl of 9 and two men": the people the medics treated,
    # the hurt)
    r"|\b(?:help|assistance|care)\s+of\s+(?:the\s+)?(?:doctors|medics|physicians)\s+(?:was|were)\s+(?:also\s+)?needed"
    r"(?:\s*,?\s*in\s+particular\s*,?)?\s+by"
    # "the number of people who had sustained injuries in the attack on Lutsk had increased to 11"
    # ("The number of people injured in the strike by three missiles on the town of Kremenchuk on the night
    # of 4-5 March has increased to 9")
    # ("the injury toll stood at eight", "the injury toll rose to 14": the hurt's toll, never the dead's)
    r"|\binjur(?:y|ies)\s+toll\s+(?:[\w'’,()-]+\s+){0,10}?(?:to|at|of|reached|hit|was|is)"
    # ("the number wounded by the blast grew from 12 to 20": the toll's word right after "number", no "of")
    r"|number\s+(?:of\s+(?:[\w-]+\s+){0,4}?)?(?:injured|wounded|victims|injuries|hurt)\s+(?:[\w'’,-]+\s+){0,25}?"
    # ("by evening the number of the wounded had reached 9": the figure a toll has come to)
    r"(?:increased\s+to|risen\s+to|rose\s+to|grown\s+to|to|at|of|reached))"
    # ("among the victims are six women" after 11 injured: a part of the toll told, whichever it is)
    r"|(?P<inherit>\bincluding|\bin\s+particular|\bamong\s+them(?:\s+(?:were|are|was|is))?|\bof\s+whom|\bvictims\s+includ(?:ed|e|es)"
    # ("40 were hurt; the figures include 22 minors": a part of the toll told)
    r"|\b(?:the\s+)?(?:figures?|numbers?|tolls?|totals?)\s+includ(?:ed|e|es)"
    r"|among\s+the\s+victims(?:\s+(?:were|are|was|is))?"
    # ("Nine were taken to hospital. One of them is a 15-year-old girl.": the one person of the toll told)
    r"|\bone\s+of\s+them\s+(?:is|was)"
    # "Three more people were hurt. They are a 15-year-old boy and men aged 44 and 29.": who they are
    r"|^\W*(?:they|these)\s+(?:are|were)))"
    # ("the wounding of two residents", "the killing of a pensioner": a casualty verb made a noun, its people
    # after "of")
    r"(?:(?<=ing)\s+of)?"
    # ("wounding with fragments a 41-year-old employee")
    r"\s+(?:with\s+(?:shrapnel|fragments|debris)\s+)?(?:(?:a\s+further|another|an\s+additional|some|the|its|their)\s+)?$",
    re.IGNORECASE,
)
# A count of the dead or the hurt told with no figure of its own ("and wounded dozens more")
_TOLD_WITHOUT_FIGURE = re.compile(
    rf"\b(?:(?P<killed>{V.KILLED_WORDS}|killing)|(?P<injured>{V.INJURED_WORDS}|wounding|injuring|hurting))\b",
    re.IGNORECASE,
)
# A word for the dead and the hurt together
_OF_BOTH_KINDS = re.compile(r"\b(?:victims|casualties)\b", re.IGNORECASE)
_AMONG_VICTIMS = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?"
    # ("three children (4, 8 and 13 years old) and an elderly man among the victims": their ages in brackets, and
    # an adult listed with them)
    r"(?:\([^()]{1,40}\)\s*)?(?:and\s+(?:an?|one)\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?:(?:were|are)\s+)?among\s+the\s+(?:victims|casualties)\b",
    re.IGNORECASE,
)
_CHILD_AFTER = re.compile(
    rf"^\s*(?:of\s+them\s+|of\s+whom\s+(?:were\s+)?|more\s+|other\s+)?(?:young\s+|small\s+|little\s+|teenage\s+"
    rf"|underage\s+)?(?:{V.CHILD_NOUN})\b",
    re.I,
)
_CHILDREN_NO_NUMBER = re.compile(
    rf"(?:\b(?:including|among\s+them|among\s+whom|some\s+of\s+them)\s+(?:several\s+|many\s+|young\s+|two\s+)?"
    rf"(?:{V.CHILD_NOUN})\b|\b(?:children|minors)\s+(?:were\s+)?among\s+(?:them|the\s+(?P<among>dead|killed|injured"
    rf"|wounded|victims)))",
    re.IGNORECASE,
)
_PART_OF_TOLL = re.compile(
    # ("two of those wounded are girls", "one of those hurt is a 9-year-old boy")
    r"^\s*of\s+(?:the|those)\s+(?:[\w,]+\s+){0,2}?(?:(?P<killed>dead|killed|victims\s+killed)|(?P<injured>injured|wounded|hurt))"
    # ("One of the wounded is a child": the one, with its article)
    rf"\s+(?:were|are|was|is)\s+(?:also\s+)?(?:an?\s+(?:young\s+|small\s+|little\s+|[\w-]+-(?:year|month)-old\s+)?)?"
    rf"(?:{V.CHILD_NOUN})\b",
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
# "People were not injured": a reported zero of the hurt
_NOT_HURT = re.compile(
    r"\b(?:people|civilians|residents|locals)\s+(?:were|was|are|is)\s+(?:not\s+(?:injured|hurt|wounded|affected)"
    r"|unaffected)\b",
    re.IGNORECASE,
)
# "there were", "there are", "there have been": the verb of a reported zero (not of what was reported, below)
_THERE_BE = r"(?:were|was|are|is|ha(?:ve|s|d)\s+been)"
# "There were no wounded or deceased", "no dead or injured people", "There were no injuries": the zero of
# each count named (the Ukrainian "немає загиблих і поранених" in English); "no injuries were reported" is no figure
# (the words a zero counts by, its dead and its hurt: written once, so that a word added reads in both places)
_NONE_DEAD = r"dead|deceased|killed|fatalities|deaths"
_NONE_WORD = r"injured|wounded|injuries|" + _NONE_DEAD
_NONE_OF_THEM = re.compile(
    r"\b(?:there\s+)?" + _THERE_BE + rf"\s+no\s+(?P<first>{_NONE_WORD})"
    rf"(?:\s+(?:or|and|nor)\s+(?P<second>{_NONE_WORD}))?"
    r"(?:\s+(?:people|persons|civilians))?\b(?![\w\s]{0,40}?\b(?:reported|recorded)\b)",
    re.IGNORECASE,
)
# "preliminary data suggest no injuries", "reports indicate no injuries in X": a zero qualified by the moment, the
# report's word at the time (labelling rule 8 as amended a twelfth time), unlike "no injuries were reported"
_SUGGEST_NONE = re.compile(
    r"\b(?:data|reports|information)\s+(?:suggests?|indicates?|shows?)\s+(?:that\s+there\s+(?:were|are)\s+)?no\s+"
    r"(?:injuries|injured|wounded)\b",
    re.IGNORECASE,
)
_DEAD_WORD = re.compile(_NONE_DEAD, re.IGNORECASE)
_NO_CASUALTIES = re.compile(
    # ("no immediate reports of casualties" is no figure at all: nothing was known yet)
    # "there are no victims", "There were no injuries or casualties", "It passed without dead or wounded"
    # ("a grass fire without casualties reported at the time", "there were no victims recorded": what was known,
    # no figure, labelling rule 8)
    # ("there were no civilian casualties", "without human casualties": the same zero with its adjective)
    r"\b(?:(?:(?:there\s+)?"
    + _THERE_BE
    + r"\s+no\s+(?:[a-z]+\s+or\s+)?(?:(?:civilian|human)\s+)?(?:casualties|victims)"
    r"|(?:without|with\s+no)\s+(?:(?:(?:civilian|human)\s+)?(?:casualties|victims)"
    r"|(?:the\s+)?(?:dead|killed)\s+(?:or|and)\s+(?:injured|wounded)))"
    r"(?![\w\s]{0,40}?\b(?:reported|recorded)\b)"
    # "launched three missiles against Pavlohrad, damaging five buildings but inflicting no casualties"
    r"|(?:inflicting|causing)\s+no\s+casualties"
    # "Houses were damaged, but people are safe", "the residents were unharmed", "everyone escaped unharmed": no one
    # dead or hurt (labelling rule 8, as amended a sixth time)
    r"|(?:the\s+)?(?:people|civilians|residents|locals|everyone|all\s+of\s+them|family|families)(?:\s+[a-z]+){0,3}?"
    # ("with residents fortunately escaping unharmed": the same told with a participle)
    r"\s+(?:are|were|remained|remain|escaped|survived|escaping|remaining)\s+(?:all\s+)?(?:safe|unharmed|unhurt)"
    # ("the strike hit a warehouse without affecting people"; "the main thing is that everyone survived": both zeros,
    # labelling rule 8 as amended a twelfth time)
    r"|without\s+(?:affecting|harming|hurting|injuring)\s+(?:any\s+)?(?:people|civilians|residents|anyone)"
    r"|main\s+thing\s+is\s+(?:that\s+)?(?:the\s+)?(?:people|everyone|residents|civilians)\s+(?:survived|(?:are|were)"
    r"\s+(?:alive|safe))"
    # "There were no consequences", "no victims" told as a clause's last words; not "no casualties were reported"
    r"|(?:(?:there\s+)?" + _THERE_BE + r"\s+no|without\s+(?:any\s+)?|with\s+no)\s+consequences"
    # ("Kherson Oblast: no casualties." after a region's heading)
    r"|(?<=[,:]\s)no\s+(?:casualties|victims)(?=\s*(?:[.;]|$)))\b",
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


# "..., two of them children", "eight people, four of whom were hospitalised", "of which": a part of the figure just
# before (one reader for every check that asks it)
_OF_THEM = re.compile(r"\s*of\s+(?:them|whom|which)\b", re.IGNORECASE)


_AGE_ASIDE = re.compile(
    # ("Two boys, aged 15 and 16, were hurt": the ages may come with "aged")
    rf"(\b(?:{V.PERSON_PLURAL}|{V.PERSON_SINGULAR}))"
    r"\s*,\s*(?:aged\s+)?\d{1,3}(?:\s*(?:,|and|,\s*and)\s*\d{1,3})*"
    r"\s*,",
    re.IGNORECASE,
)


# The next person of a list: "three girls, aged 5, a boy of 9 and their grandmother" goes on after the girls' age
_NEXT_OF_LIST = re.compile(
    r"\s*(?:an?|their|his|her|(?:\d{1,3}|one|two|three|four|five|six)(?=\s+[a-z]))\b", re.IGNORECASE
)


def _blank_age_aside(match: re.Match) -> str:
    """The people of an age aside, the ages blanked (same length); the comma after it stays where the list goes on."""
    kept = match.group(1)
    if _NEXT_OF_LIST.match(match.string, match.end()):
        return kept + " " * (len(match.group(0)) - len(kept) - 1) + ","
    return kept + " " * (len(match.group(0)) - len(kept))


# One person described by words the readers do not know as a person's, told for one by the age right after it between
# commas: "a security guard, 62, was hurt", "an ambulance paramedic, 41, died" (read as "a person", or "a child" under 18)
_DESCRIBED_WITH_AGE = re.compile(
    # ("the guard, 52, was taken to hospital", "their neighbour, 60, was hurt": one person named before, with an age)
    r"\b(?:an?|the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*,\s*(?P<age>\d{1,3})\s*,",
    re.IGNORECASE,
)


# A person named by first name with the age after it, between commas or dashes: "Ivanna, 24, was killed", "his
# daughters, Olha and Maria, 21 -- were found": an age, never a count of people (the people are counted elsewhere)
_NAMED_WITH_AGE = re.compile(
    rf"\b(?!(?:{MONTH_NAME}|{'|'.join(w.capitalize() for w in WEEKDAYS)})\b)(?P<name>[A-Z][a-z]+)"
    r"\s*,\s*\d{1,3}(?=\s*(?:[,)—–]|\s-\s))"
)


def _as_person(match: re.Match) -> str:
    word = "a child" if int(match.group("age")) < ADULT_AGE else "a person"
    return word + " " * (len(match.group(0)) - len(word))


# "a man of 44 was killed", "a girl of 12", "a woman aged 80 was hurt", "two women of 61 and 65": the age
# after the person (never a count of people: a man of 44 is one man)
_AGE_OF = re.compile(
    # ("a mother of three", "the father of two": the children she or he has, never an age)
    rf"\b(?P<noun>(?!(?:grand)?(?:mother|father)\b|husband\b|wife\b)(?:{V.PERSON_SINGULAR})(?=\s+of|\s+aged|,\s+aged)"
    # (plural people "aged 61 and 65" are counted by their ages: "women aged 61 and 65 were hurt" is two)
    r"|(?:men|women|boys|girls|residents|pensioners|civilians)(?=\s+of))"
    # ("a woman of seventy", "a girl of seven": an age in words is an age too, never a count of people)
    rf"(?:\s+of|\s+aged|,\s+aged)\s+(?P<ages>{AGE}(?:\s*(?:,|and|,\s*and)\s*{AGE})*)\b"
    r"(?!\s*(?:-|years?\s+old\s+)?(?:people|persons|others|more)\b)(?:\s+years?\s+old\b)?",
    re.IGNORECASE,
)


_CASUALTIES_LISTED = re.compile(
    r"\bcasualties(?=(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s*[-–—:]\s*(?:an?|one|two|three|four|five|\d+)\s)"
)


def _blank_age_after_person(match: re.Match) -> str:
    """The person, the age blanked out (same length): the age was read first (:func:`_stated_ages`), and it
    decides child or adult whatever the noun says ("a girl of 19" is a woman, "a person of 16" a child)."""
    return match.group("noun") + " " * (len(match.group(0)) - len(match.group("noun")))


# "a teenage boy, 18,", "a girl of 19", "two boys aged 17 and 18", "their son, 12": ages stated after the people.
# (Only where the ages end the phrase: "a woman, two children" names two children, no age.)
_STATED_AGES = rf"{AGE}(?:\s*(?:,|and|,\s*and)\s*{AGE})*\b"
_AGES_AFTER_PEOPLE = re.compile(
    r"\b(?P<noun>(?:wo)?m[ae]n|boys?|girls?|teenagers?|child(?:ren)?|kids?|minors?|youths?|people|persons?"
    r"|residents?|civilians?|pensioners?|students?|sons?|daughters?|brothers?|sisters?|grand(?:son|daughter)s?)"
    # "a girl of 19", "two boys aged 17 and 18 were hurt"
    rf"(?:(?:\s+of|\s+aged|,\s+aged)\s+(?P<ages>{_STATED_AGES})"
    r"(?=\s*(?:[,.;:)]|$|(?:years?\s+old|and|were|was|is|are|has|have|had|died|in|on|at|near|who|from|suffered"
    r"|sustained|received|remains?|remained)\b))"
    # "a teenage boy, 18, was killed": between commas only ("killed a woman, 10 were hurt" is two counts)
    rf"|\s*,\s*(?P<aside>{_STATED_AGES})(?=\s*(?:[,.;:)]|$|years?\s+old\b)))",
    re.IGNORECASE,
)
_NOUN_AFTER_NUMBER = re.compile(
    r"\s+(?:(?:elderly|other|more|young|old|local|teenage|adult|little|small)\s+)?[a-z]+\b", re.IGNORECASE
)


_AGED_PLURAL = re.compile(
    r"\s+(?P<age>\d{1,2}|[a-z]+(?:-[a-z]+)?)-(?P<unit>year|month|week|day)-olds\b", re.IGNORECASE
)
_GENERIC_CHILD = re.compile(r"\b(?:child|children|kids?|minors?)$", re.IGNORECASE)
_CHILD_NOUN_GAP = re.compile(r"^\s+(?:young\s+|small\s+|little\s+)?(?:child|children|kids|minors)\b", re.I)
_RESTATING = re.compile(r"^\s*(?:,|:|\s[-–—]|[–—])\s*$")
_LISTING = re.compile(r"^\s*(?:,|and|,\s*and)\s*$", re.IGNORECASE)


def _restated_children(clause: str, numbers: list[NumberMatch], kinds: list) -> None:
    """ "12 were hurt, among them one child, a girl of six", "two children - a boy of 5 and a
    girl of 9": the children named right after a count of children are those children, named again, not more
    of them.  Their kinds are cleared in place."""
    for position in range(1, len(numbers)):
        counted = numbers[position - 1]
        if kinds[position - 1] is None or not kinds[position - 1][1]:
            continue
        gap = clause[counted.end : numbers[position].start]
        noun = None if counted.person else _CHILD_NOUN_GAP.match(gap)
        if counted.person and not _GENERIC_CHILD.search(counted.text):
            continue  # ("a boy, a girl and a woman": people listed, not named again)
        if not counted.person and noun is None:
            continue
        if not _RESTATING.match(gap[noun.end() :] if noun else gap):
            continue
        named, total, at = [], 0, position
        while at < len(numbers) and numbers[at].person and numbers[at].child and kinds[at] is not None:
            total += numbers[at].value
            named.append(at)
            if at + 1 < len(numbers) and not _LISTING.match(clause[numbers[at].end : numbers[at + 1].start]):
                break
            at += 1
        if named and total <= counted.value:
            for at in named:
                kinds[at] = None


def _stated_ages(clause: str) -> dict[int, list[int]]:
    """The ages stated right after people, by where the people's noun ends."""
    return {
        m.end("noun"): _ages(m.group("ages") or m.group("aside")) for m in _AGES_AFTER_PEOPLE.finditer(clause)
    }


def _ages_decide(clause: str, numbers: list[NumberMatch], stated: dict[int, list[int]]) -> set[int]:
    """An age beats the word: people whose ages are stated, one age each, are children only as far as the ages
    are under 18 ("a teenage boy, 18" is no child; "two boys aged 17 and 18" is one child and one adult).
    Changes ``numbers`` in place; returns the positions so decided."""
    decided = set()
    for position, number in enumerate(numbers):
        end = number.end
        if not number.person:
            noun = _NOUN_AFTER_NUMBER.match(clause, number.end)
            end = noun.end() if noun else -1
        ages = stated.get(end)
        aged = None if number.person else _AGED_PLURAL.match(clause, number.end)
        if aged and number.value > 1:
            # "two 16-year-olds were hurt": their age in the plural noun
            years = (
                int(aged.group("age"))
                if aged.group("age").isdigit()
                else parse_number_words(aged.group("age"))
            )
            if years is not None:
                numbers[position] = replace(
                    number, child=aged.group("unit").lower() != "year" or years < ADULT_AGE
                )
                decided.add(position)
            continue
        if not ages or len(ages) != number.value:
            continue
        kids = sum(age < ADULT_AGE for age in ages)
        numbers[position] = replace(
            number, child=kids > 0, children=kids if 0 < kids < number.value else None
        )
        decided.add(position)
    return decided


_PLACE_ASIDE = re.compile(
    r"\s+(?:in|from)\s+the\s+(?:village|town|city|settlement)\s+of\s+[A-Z][\w'’-]+"
    r"(?:,\s+(?:[A-Z][\w'’-]+\s+(?:region|oblast)|an?\s+suburb\s+of\s+[A-Z][\w'’-]+))?,?"
    r"(?=\s+(?:was|were|has|have|had|died|sustained|suffered)\b)"
    # "A 73-year-old woman from Borova, Izium district, was killed", "Two residents of Sumy Oblast
    # have been wounded": where the people live, between them and the verb
    r"|(?<=[a-z])\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:Oblast|Region|region|oblast))?"
    r"(?:,\s+[A-Z][\w'’-]+\s+(?:district|raion|region|oblast|Oblast),?)?"
    # ("a woman from Horodnia is in hospital": the present tense of a state)
    r"(?=\s+(?:was|were|is|are|has|have|had|died|sustained|suffered)\b)"
)


_HURT_BEFORE_DEATH = re.compile(
    r"(?<=[a-z])\s*,\s+who\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:injured|wounded|hurt)\b[^,;]*,"
    rf"(?=\s+{V.THEN_DIED})",
    re.IGNORECASE,
)
# "a 36-year-old man injured the day before in a strike succumbed to his wounds": the participle right
# after the person says how he was hurt before he died (a death, not one more hurt)
_HURT_PARTICIPLE_BEFORE_DEATH = re.compile(
    r"(\b(?:man|woman|boy|girl|person|resident|civilian|pensioner|teenager|child|driver|worker|employee))"
    # ("a boy pulled out of the ruins by rescuers died that night": saved from the ruins, then died)
    r"\s+(?:injured|wounded|hurt|rescued|pulled|dug|freed|retrieved)\b(?:\s+[\w'’-]+){1,10}?"
    r"(?=\s+(?:(?:later|then)\s+)?(?:died\b|succumbed\s+to))",
    re.IGNORECASE,
)
# "a pensioner who was dug out of her flat's ruins in X also died", "a man who was wounded in the strike died in
# hospital": the relative clause without commas tells who, the main verb his fate (one dead, not one hurt)
_WHO_BEFORE_DEATH = re.compile(
    rf"(\b(?:{V.PERSON_PLURAL}|{V.PERSON_SINGULAR}))\s+who\s+(?:(?!who\b|and\s+(?:an?|the|his|her|their)\s)[^,.;:]){{1,100}}?"
    rf"(?=\s+{V.THEN_DIED})",
    re.IGNORECASE,
)
# "a 70-year-old man who kept the village shop was killed": who he was, a relative clause between the person and
# the verb of his fate (the verb after it is the count's)
_WHO_ASIDE = re.compile(
    rf"(\b(?:{V.PERSON_PLURAL}|{V.PERSON_SINGULAR}))\s*,?\s+who\s+[^,.;:]{{1,100}}?,?"
    rf"(?=\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+)?(?:{V.KILLED_WORDS}"
    rf"|{V.INJURED_WORDS})\b)",
    re.IGNORECASE,
)
# "a 40-year-old guard of the city market and a 71-year-old neighbour were hurt": where the first person works or
# lives, told with "of" before the next person joins the list; the list reads on past it
_OF_WHERE_BEFORE_AND = re.compile(
    rf"(\b(?:{V.PERSON_SINGULAR}|{V.PERSON_PLURAL}))\s+of\s+(?:the|an?)\s+(?:[a-z][a-z'’-]*\s+){{0,3}}?[a-z][a-z'’-]*"
    r"(?=\s*,?\s+and\s+(?:an?|one|his|her|their|two|three|four|five|\d{1,3})\s)",
    re.IGNORECASE,
)
_EXPECTING = re.compile(
    r"\b(?:(?:who|that)\s+(?:was|were|is|are)\s+)?(?:expecting|pregnant\s+with|carrying)\s+(?:a|an|their|her|the)\s+"
    r"(?:(?:first|second|third)\s+)?(?:child|baby|son|daughter)\b",
    re.IGNORECASE,
)
# A figure or its people in quotation marks ('"two civilian men" were also killed'): the marks are no words
_QUOTE_MARK = re.compile(r"[\"“”]")
# "A 47-year-old woman in serious condition was taken to hospital": his state, between him and the verb.
_CONDITION_ASIDE = re.compile(
    r"(?<=[a-z])\s+in\s+(?:an?\s+)?(?:(?:extremely|very|moderately)\s+)?(?:moderate|serious|critical|grave|severe"
    r"|satisfactory|stable|fair|light)\s+condition(?=\s+(?:was|were|is|are|has\s+been|have\s+been)\s)",
    re.IGNORECASE,
)
# "The mayor's office corrected initial reports that two people had died on the street": a figure taken back.
_TAKEN_BACK = re.compile(
    r"\b(?:corrected|denied|refuted|retracted)\s+(?:the\s+)?(?:initial|earlier|previous|first)\s+reports?\s+(?:that|of)\b[^,.;]*",
    re.IGNORECASE,
)
# "a strike on a farm killed 22 cows and injured 30", "15 head of cattle died, 8 more were hurt": animals counted, and
# the bare figure told right after them (their noun left out), are no casualties
_ANIMAL_COUNT = re.compile(
    rf"(?<![\w-])(?:{COUNT_NUMBER})\s+(?:[a-z-]+\s+)?(?:heads?\s+of\s+)?(?:{V.ANIMALS})\b"
    rf"(?:[,;]?\s+(?:(?:and|while|{V.KILLED_WORDS}|{V.INJURED_WORDS}|killing|injuring|wounding|hurting"
    rf"|were|was|had|been|another|a\s+further)\s+)*(?:{COUNT_NUMBER})(?![\w-])"
    rf"(?=\s*(?:more\s*)?(?:[.,;]|$|\s(?:more|others?|were|was|{V.KILLED_WORDS}|{V.INJURED_WORDS})\b)))?",
    re.IGNORECASE,
)
_DASH_ASIDE = re.compile(
    r"(\b(?:people|persons|civilians|residents|men|women|workers|employees))\s*[—–]\s*[^—–.;:]{1,80}?\s*[—–](?=\s*[a-z])"
)


_HEDGE = re.compile(
    r"\b(is|are|was|were)\s+(?:said|reported|believed|thought|understood|feared)\s+to\s+have\s+been\b",
    re.IGNORECASE,
)
_NTH_DEATH = re.compile(
    r"\b(?:a|the)\s+(?P<n>\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:(?:person|victim|civilian|resident|man|woman)\s+(?:(?:has|had|was)\s+)?(?:died|killed|found\s+dead)"
    r"|(?:fatality|death))\b",
    re.IGNORECASE,
)
_ORDINALS = dict(
    zip("second third fourth fifth sixth seventh eighth ninth".split(), range(2, 10), strict=True)
)


_MORE_PEOPLE = re.compile(
    r"^(?:at\s+least\s+)?[\w-]+\s+(?:other|more|further|additional)\b(?!\s+than)", re.IGNORECASE
)


# A toll told as risen, then the more that raised it: "rose to five as / after / when two more ..."
_RISEN_BY_MORE = re.compile(r"^[^.;]*?\b(?:as|after|when|because|since|with)\b[^.;]*$", re.IGNORECASE)
_RISEN_BEFORE = re.compile(
    r"\b(?:rose|risen|climbed|increased|grew|grown|jumped|reached)\s+(?:to\s+)?$", re.IGNORECASE
)


def _add_more_people(clause: str, counts: list[Count]) -> list[Count]:
    """ "killed a woman and wounded another on Monday, then wounded two other men at night": people told
    as more of the same count, in the same clause, add up (1 + 2 injured)."""
    result: list[Count] = []
    for count in counts:
        earlier = [c for c in result if c.field == count.field]
        children_field = {KILLED: CHILDREN_KILLED, INJURED: CHILDREN_INJURED}.get(count.field)
        if not earlier and children_field:
            # "A five-year-old child was hospitalized, and three more people were also injured": the child and
            # two more, three hurt
            earlier = [c for c in result if c.field == children_field]
        if (
            earlier
            and count.field in (KILLED, INJURED)
            and not count.adults
            and _MORE_PEOPLE.match(clause[count.start :])
            and not re.search(r"\b(?:including|among|of\s+(?:them|whom))\s+$", clause[: count.start], re.I)
            # ("the toll rose to five as two more bodies were found": the two are how it came to five, inside it)
            and not (
                _RISEN_BEFORE.search(clause[: earlier[-1].start])
                and _RISEN_BY_MORE.search(clause[earlier[-1].start : count.start])
            )
        ):
            last = earlier[-1]
            count = Count(count.field, last.value + count.value, last.at_least or count.at_least, count.start)
        result.append(count)
    return result


_AGE_AFTER_NUMBER = re.compile(
    rf"(\b(?:{COUNT_NUMBER})\s+)(?:{AGE})[-\s](?:year|month)s?[-\s]old\s+(?=(?:{V.CHILD_NOUN}|{V.PERSON_PLURAL})\b)",
    re.IGNORECASE,
)
_BIRTH_YEAR = re.compile(r",?\s+born\s+in\s+(?:19|20)\d\d\b,?", re.IGNORECASE)


def _blanked(match: re.Match) -> str:
    """The match as spaces: blanked, the same length, so that positions in the clause stay."""
    return " " * len(match.group(0))


def _blanked_after_first(match: re.Match) -> str:
    """The match's first group kept and the rest of it blanked, the same length."""
    return match.group(1) + " " * (len(match.group(0)) - len(match.group(1)))


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
    clause = _ANIMAL_COUNT.sub(_blanked, clause)
    # "two 10-year-old children", "a man born in 1950 and his wife born in 1953": an age after the number of people
    # and a year of birth after a person describe them and are no count (blanked, same length); the number before the
    # age is the people's, and the children among them are known by their noun
    clause = _AGE_AFTER_NUMBER.sub(_blanked_after_first, clause)
    clause = _BIRTH_YEAR.sub(_blanked, clause)
    # "including children: a 7-year-old girl, boys aged 3 and 15": the people listed after the colon are the
    # children, counted by the list (the word and its colon blanked, same length)
    clause = _CHILDREN_COLON.sub(_blanked_after_first, clause)
    # "four workers aged 30 to 52", "a man and two women aged between 70 and 81": a range of ages is no count of its
    # own, and its ends are not people (blanked, same length)
    clause = _AGE_RANGE.sub(_blanked, clause)
    # "The victims included a woman, her two sons and a neighbour, who were hurt": the people listed are the subject
    # of the verb after "who" (the lead and the "who" blanked, same length)
    clause = _VICTIMS_INCLUDED.sub(
        lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(3)), clause
    )
    counts: list[Count] = []
    last_adult: str | None = None
    stated = _stated_ages(clause)
    # One person described with an age, whatever words describe them ("a security guard, 58,"), before the people
    # the vocabulary knows lose their ages below ("two drivers, 51 and 60,"): the guard is a person, not "security".
    clause = _DESCRIBED_WITH_AGE.sub(_as_person, clause)
    clause = _NAMED_WITH_AGE.sub(
        lambda m: m.group("name") + " " * (len(m.group(0)) - len(m.group("name"))), clause
    )
    # "A man, 58, and two women, 44 and 67, have been injured": the ages are asides; blank them out
    # (same length, so every offset stays) and the people read as one list.
    clause = _AGE_ASIDE.sub(_blank_age_aside, clause)
    clause = _AGE_OF.sub(_blank_age_after_person, clause)
    # "Three casualties in X - a girl of 9, a man of 60 and his wife": the people listed after the dash are
    # the hurt (how officials' "постраждалі" reaches English); "casualties" alone may be the dead too
    clause = _CASUALTIES_LISTED.sub("wounded   ", clause)
    # "An 8-year-old boy, who was injured in the shelling on April 11, died in the hospital": her fate is
    # the main verb's; the relative clause tells how she came to it
    clause = _HURT_BEFORE_DEATH.sub(_blanked, clause)
    # "a 52-year-old farmer in the village of Tiahynka, Kherson region, was killed": where, between
    # the person and the verb (read once the relative clause after it is blank: "a woman from X, who was hurt
    # on Monday, died")
    clause = _PLACE_ASIDE.sub(_blanked, clause)
    clause = _TAKEN_BACK.sub(_blanked, clause)
    clause = _CONDITION_ASIDE.sub(_blanked, clause)
    # "a teenager is said to have been killed": a hedge on the verb, not another verb
    clause = _HEDGE.sub(_blanked_after_first, clause)
    clause = _HURT_PARTICIPLE_BEFORE_DEATH.sub(_blanked_after_first, clause)
    clause = _WHO_BEFORE_DEATH.sub(_blanked_after_first, clause)
    clause = _WHO_ASIDE.sub(_blanked_after_first, clause)
    clause = _OF_WHERE_BEFORE_AND.sub(_blanked_after_first, clause)
    clause = _QUOTE_MARK.sub(" ", clause)
    # "a wife who was expecting a child": the unborn child is no victim counted (nor a child among the dead)
    clause = _EXPECTING.sub(_blanked, clause)
    # "at least 12 others — including three children — were injured": a part of the toll between dashes is
    # read as between commas
    # ("More than 70 people -- including four children -- remained in hospital": a wire's double hyphen is a dash;
    # two characters for two, so every offset stays)
    clause = re.sub(r"(?<=\s)--(?=\s)", "— ", clause)
    clause = DASH_PART.sub(lambda m: "," + m.group(1) + ",", clause)
    # "12 people, a teenager among them, were wounded": the part told before its "among them" is of the figure before,
    # read as "among them a teenager" (same length, so positions hold), never more people
    clause = _PART_BEFORE_AMONG.sub(
        lambda m: m.group("comma") + m.group("tie") + m.group("gap") + m.group("who"), clause
    )
    # "two people—a shop assistant and a bus driver—lost their lives": who they were, between dashes
    clause = _DASH_ASIDE.sub(_blanked_after_first, clause)
    # "men aged 38 and 64 were injured": two people; "two men aged 27 and 45 were killed": the ages are asides
    clause, by_ages = _people_by_ages(clause)
    numbers = _with_another(clause, _bound_shared(clause, find_numbers(clause)))
    numbers = sorted(numbers + by_ages, key=lambda n: n.start)
    decided = _ages_decide(clause, numbers, stated)
    kinds = [_count_kind(clause, number) for number in numbers]
    _share_kinds_in_lists(clause, numbers, kinds)
    for position in decided:
        # (the word after the number, "boys", "teenagers", said child; the ages said otherwise)
        if kinds[position] is not None:
            kinds[position] = (kinds[position][0], numbers[position].child)
    _restated_children(clause, numbers, kinds)
    group: list[tuple[NumberMatch, str, bool]] = []
    children_of_both: list[int] = []
    for position, (number, kind) in enumerate(zip(numbers, kinds)):
        if kind is None:
            continue
        base, child = kind
        if (
            base == "inherit"
            and position
            and kinds[position - 1] is None
            and not numbers[position - 1].person
            # (not the "one" of "One of them is a boy of 15", the part that the child is)
            and not _OF_THEM.match(clause, numbers[position - 1].end)
        ):
            continue  # "psychologists helped 126 people, 8 of them children": not a part of a toll
        # ("wounding 5 civilians, 2 of them children"; "injuring eight people, four of whom were hospitalised": a part
        # of the figure before, whether it inherits its kind or tells its own)
        part = bool(_OF_THEM.match(clause, number.end))
        if base == "inherit":
            if last_adult is None:
                lead = re.sub(r"\bvictims\s+includ\w*\s*$", "", clause[: number.start], flags=re.IGNORECASE)
                told = {KILLED if t.group("killed") else INJURED for t in _TOLD_WITHOUT_FIGURE.finditer(lead)}
                if child and len(told) == 1 and not counts and not V.NOT_VICTIMS.search(lead):
                    # "there are wounded, among them three children", "the strike hurt residents, including two
                    # boys": the one kind told with no figure, and the children of it; at least as many as they
                    # (labelling rule 16). "There are dead and wounded, among them a child" tells two kinds: which
                    # the child was is not said, so no figure (below)
                    field = told.pop()
                    counts += [Count(field, number.value, True, number.start)]
                    counts += [Count(f"children_{field}", number.value, number.at_least, number.start)]
                    continue
                if child and not V.CASUALTY_WORD.search(lead) and not V.NOT_VICTIMS.search(lead):
                    # "Among them were three children." in a sentence of its own: children of the
                    # count the sentence before gave ("There are dead and wounded, among them a child"
                    # names its own casualties, without a figure).
                    joined = (
                        counts
                        and counts[-1].field == "children_inherit"
                        and re.fullmatch(
                            rf"(?:\s+(?:{V.CHILD_NOUN}))?\s*(?:,|and|,\s*and)\s*",
                            clause[numbers[position - 1].end : number.start],
                            re.IGNORECASE,
                        )
                    )
                    if joined:
                        # "Among them are a boy of 12 and a girl of 8": the children listed are counted together
                        counts[-1] = Count(
                            "children_inherit",
                            counts[-1].value + number.value,
                            counts[-1].at_least,
                            counts[-1].start,
                        )
                    else:
                        counts.append(Count("children_inherit", number.value, number.at_least, number.start))
                continue
            if (
                child
                and _OF_BOTH_KINDS.search(clause, numbers[position - 1].end, number.end + 30)
                and {KILLED, INJURED} <= {k[0] for k in kinds[:position] if k}
            ):
                # "11 dead and 30 injured, with three children among the victims": the victims are the dead and
                # the hurt, and which the children were the clause does not say; no children figure of either
                children_of_both.append(number.value)
                continue
            told = list(_TOLD_WITHOUT_FIGURE.finditer(clause[numbers[position - 1].end : number.start]))
            if child and told and (KILLED if told[-1].group("killed") else INJURED) != last_adult:
                # "killing four people and wounding dozens more, including seven children": the children are of the
                # count told last, whose own number is not given (so at least as many as the children, rule 16)
                field = KILLED if told[-1].group("killed") else INJURED
                counts += [Count(field, number.value, True, number.start)]
                counts += [Count(f"children_{field}", number.value, number.at_least, number.start)]
                continue
            base = last_adult
        if (
            group
            and group[-1][1] == base == INJURED
            and not child
            and _WITH_PART.match(clause[group[-1][0].end : number.start])
            and _IN_HOSPITAL_AFTER.match(clause[number.end :])
        ):
            # "the injured now number 40, with 25 people hospitalized": a part of the forty, not 25 more
            continue
        if not child:
            last_adult = base
        if (
            group
            and group[-1][1] == base
            # ("wounding 5 civilians, 2 of them children": a part of the five, not two more listed with them)
            and not part
            and _LIST_AND.match(_between_people(clause, numbers[position - 1], number))
        ):
            group.append((number, base, child))
            continue
        counts += list_counts(group)
        group = [(number, base, child)]
    counts += list_counts(group)
    counts = _another_of_same_kind(clause, counts)
    counts = _one_person_each(clause, counts)
    counts = _add_more_people(clause, counts)
    counts = _without_split_totals(clause, counts)
    counts = _children_of_listed_items(clause, counts)
    counts = _children_of_listed_people(clause, counts)
    counts = [
        # "16 children were injured, two of them died": a part of those children
        replace(c, field=f"children_{c.field}")
        if c.field in (KILLED, INJURED)
        and position
        and counts[position - 1].field.startswith("children_")
        and _OF_THEM.match(clause, _number_end(clause, c.start))
        else c
        for position, c in enumerate(counts)
    ]
    counts = [
        # "including a 6-year-old and teenagers": more children than the one counted, how many not said
        replace(c, at_least=True)
        if c.field.startswith("children_") and _MORE_CHILDREN.match(clause, _number_end(clause, c.start))
        else c
        for c in counts
    ]
    for match in _NTH_DEATH.finditer(clause):
        # "A 9th person died in hospital", "the location of the 10th fatality": the toll is now N.
        # ("a second person died of wounds later in the day": the toll is now two)
        nth = match.group("n").lower()
        if nth.isalpha() and re.search(r"\b(?:in|at|near)\s+(?:the\s+)?[A-Z]", clause[match.end() :]):
            continue  # ("A third person died in Izium" after two dead in Kupiansk: one more, at another place)
        value = _ORDINALS.get(nth, 10) if nth.isalpha() else int(nth[:-2])
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
    for match in _SUGGEST_NONE.finditer(clause):
        if not any(c.field == INJURED for c in counts):
            counts.append(Count(INJURED, 0, False, match.start()))
    for match in _NONE_OF_THEM.finditer(clause):
        for word in filter(None, (match.group("first"), match.group("second"))):
            field = KILLED if _DEAD_WORD.fullmatch(word) else INJURED
            if not any(c.field == field for c in counts):
                counts.append(Count(field, 0, False, match.start()))
    for match in _CHILDREN_AGED.finditer(clause):
        # "including children aged 12, 9 and 3": three children, as many as the ages listed
        ages = _ages(match.group("ages"))
        previous = [c for c in counts if c.start < match.start() and not c.field.startswith("children")]
        if previous and ages and max(ages) < 18 and not any(c.field.startswith("children") for c in counts):
            counts.append(Count(f"children_{previous[-1].field}", len(ages), False, match.start()))
    notes = [
        f"{value} children among the dead and injured, how many of each not given"
        for value in children_of_both
    ]
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
            # (their number is given, above; or the clause's one kind told, "the strike hurt residents, among them four
            # children")
            if not children_of_both and not any(c.field.startswith("children_") for c in counts):
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


# "including children:", "among the injured are children:" before a list of the children by who they are
_CHILDREN_COLON = re.compile(
    r"(\b(?:including|among\s+(?:them|whom|the\s+(?:injured|wounded|victims|dead|killed))(?:\s+(?:are|were|is|was))?)"
    r"\s+)(?:young\s+|small\s+)?(?:children|kids|minors)\s*:(?=\s*(?:an?\s|one\s|two\s|three\s|\d|boys?\b|girls?\b))",
    re.IGNORECASE,
)
# "aged 30 to 52", "aged between 70 and 81", "aged from 3 to 9 years": the range the people's ages fall in
_AGE_RANGE = re.compile(
    rf"\b(?:aged|ages)\s+(?:between\s+{AGE}\s+and\s+{AGE}|(?:from\s+)?{AGE}\s*(?:to|[–—-])\s*{AGE})\b"
    r"(?:\s+years(?:\s+old)?\b)?",
    re.IGNORECASE,
)
_VICTIMS_INCLUDED = re.compile(
    r"(\b(?:the\s+)?(?:victims|dead)\s+(?:included|were)\s+)([^.;:]+?)(,\s+who)(?=\s+(?:were|was)\s+(?:\w+\s+)?"
    rf"(?:{V.KILLED_WORDS}|{V.INJURED_WORDS})\b)",
    re.IGNORECASE,
)
# An age in figures or, as reports write the young ones, in words ("children aged four, seven and 15"); not a
# number that counts the next people ("three girls aged 7, 9 and 12 and two boys aged 4 and 15": the boys are two)
_LISTED_AGE = rf"{AGE}\b(?!\s+(?:[a-z]+\s+)?(?:{V.PERSON_PLURAL})\b)"
_PEOPLE_AGED = re.compile(
    rf"\b(?:{V.PERSON_PLURAL})\s+(?P<aged>aged)\s+"
    rf"(?P<ages>{_LISTED_AGE}(?:\s*,\s*{_LISTED_AGE})*(?:,?\s+and\s+{_LISTED_AGE})+"
    # ("women aged 47, 63, 71, and a 38-year-old man": the ages end where another person joins the list)
    rf"|{_LISTED_AGE}(?:\s*,\s*{_LISTED_AGE})+(?=,?\s+and\s+an?\s))",
    re.IGNORECASE,
)


# "33- and 36-year-old women were hurt", "70-, 72- and 75-year-old men": the ages with the hyphen carried over,
# as many people as the ages
_CARRIED_AGES = re.compile(
    r"\b(?P<ages>\d{1,3}-(?:\s*,\s*\d{1,3}-)*,?\s+and\s+\d{1,3})-year-old\s+(?=(?:[a-z]+\s+)?"
    rf"(?:{V.PERSON_PLURAL})\b)",
    re.IGNORECASE,
)


def _counted_before(text: str) -> bool:
    """Whether a number right before the people ("two men aged ...", "three elderly women aged ...") counts them
    ("men aged 74, 58, and 33, women aged 67 and 62": the women are not the 35)."""
    for word in reversed(text.split()[-2:]):
        if word[-1] in ",.;:–—-(":
            return False
        if word.isdigit() or (
            word.lower() not in ("a", "an") and parse_number_words(word.lower()) is not None
        ):
            return True
    return False


def _aged_people(match: re.Match) -> NumberMatch:
    """The people a match of ages counts: one per age, a child per age under 18 ("teenagers aged 16 and 19":
    two, one of them a child)."""
    ages = _ages(match.group("ages"))
    kids = sum(a < ADULT_AGE for a in ages)
    return NumberMatch(
        len(ages),
        False,
        match.start(),
        match.end(),
        match.group(0),
        child=kids > 0,
        person=True,
        children=kids if 0 < kids < len(ages) else None,
    )


# "four people, two children among them,": who among the figure's people, told before "among them" / "among whom"
_PART_BEFORE_AMONG = re.compile(
    rf"(?P<comma>,\s*)(?P<who>(?:an?|{COUNT_NUMBER})\s+[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?)"
    r"(?P<gap>\s+)(?P<tie>among\s+them|among\s+whom)(?=\s*,)",
    re.IGNORECASE,
)


def _people_by_ages(clause: str) -> tuple[str, list[NumberMatch]]:
    """ "women aged 72 and 67 were killed": as many people as the ages listed (2), children when every age
    is under 18; "two men aged 31 and 21" has its number already.  Returns the clause with the ages blanked
    out (same length) and the people so counted."""
    added = []
    for match in _PEOPLE_AGED.finditer(clause):
        if _counted_before(clause[: match.start()]):
            continue
        added.append(_aged_people(match))
    blanked = _PEOPLE_AGED.sub(
        lambda m: m.group(0)[: m.start("aged") - m.start()] + " " * (m.end() - m.start("aged")), clause
    )
    for match in _CARRIED_AGES.finditer(blanked):
        if _counted_before(blanked[: match.start()]):
            continue
        added.append(_aged_people(match))
    blanked = _CARRIED_AGES.sub(_blanked, blanked)
    return blanked, added


def _without_split_totals(clause: str, counts: list[Count]) -> list[Count]:
    """ "12 people have been injured in Russian shelling: four people were killed and eight others were injured":
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
    found = re.search(r"(?<!\d):\s", clause)  # ("UPDATED AT 21:14 ..." is a time)
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


_LIST_OPENS = re.compile(r"\s[-–—]\s+|:\s+")


def _children_of_listed_people(clause: str, counts: list[Count]) -> list[Count]:
    """ "Two people were wounded - a girl of 9 and a man of 70": the people listed after the toll's
    dash or colon, as many as the toll, say how many of them were children (1)."""
    adults = [c for c in counts if c.field in (KILLED, INJURED)]
    if len(adults) != 1 or any(c.field.startswith("children_") for c in counts):
        return counts
    toll = adults[0]
    opening = _LIST_OPENS.search(clause, _number_end(clause, toll.start))
    if opening is None:
        return counts
    tail = clause[opening.end() :]
    people = [n for n in find_numbers(tail) if n.person]
    listed = re.sub(r"\s*(?:,|\band\b)\s*", "", _LIST_OPENS.sub("", tail))
    if (
        not people
        or sum(n.value for n in people) != toll.value
        or people[0].start > 3
        or not any(n.child for n in people)
        or len(listed) < 3
    ):
        return counts
    children = sum(n.value for n in people if n.child)
    return [*counts, Count(f"children_{toll.field}", children, False, opening.end() + people[0].start)]


_CHILDREN_AGED = re.compile(
    r"\b(?:including|among\s+them)\s+(?:children|kids|minors|teenagers|boys|girls)\s+aged\s+"
    rf"(?P<ages>{AGE}(?:\s*,\s*{AGE})*,?\s+and\s+{AGE})\b",
    re.IGNORECASE,
)


def _ages(text: str) -> list[int]:
    """The ages listed in ``text``, in figures or words ("four, seven, twelve and 15" -> [4, 7, 12, 15])."""
    words = re.findall(rf"\b{AGE}\b", text, re.IGNORECASE)
    return [int(w) if w.isdigit() else parse_number_words(w.lower()) or 0 for w in words]


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
    # "Another 19-year-old is in hospital": with the age, a child only under 18
    # ("Another 66-years-old woman": the age's plural as some translations write it)
    r"\banother\s+(?:(?P<age>\d{1,3})-years?-old\s+)?(?:one\s+|person\s+|civilian\s+|resident\s+|man\s+|woman\s+)?"
    # ("Another woman, 64, received injuries", "another woman from the village of A, was hurt": her age or her
    # village as an aside between the person and the verb)
    r"(?:,\s*(?P<aside>\d{1,3})\s*,\s*|from\s+the\s+(?:village|town|city)\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*,?\s*)?"
    # "a woman was killed and another wounded": the verb may go without its "was"
    # ("Another 40-year-old woman was reportedly hurt", "another was also hurt": an adverb before the verb)
    r"(?=(?:(?:was|has\s+been|is)\s+)?(?:(?:also|reportedly|later|seriously|severely|slightly|lightly|critically)\s+)?"
    r"(?:injured|wounded|hurt|killed|died|in\s+(?:a\s+|the\s+)?hospital)\b"
    # ("another man suffered shrapnel wounds", "another woman received injuries")
    r"|(?:sustained|suffered|received)\s+(?:[\w-]+\s+){0,3}?(?:injur(?:y|ies)|wounds?)\b"
    # "by evening they reported another deceased person", "the governor reported another death": one more dead
    r"|(?:deceased|dead)\s+(?:person|man|woman|resident|civilian|victim)\b|death\b)",
    re.I,
)
_VERB_ANOTHER = re.compile(
    # ("the death of a farmer and the injury of another": the counts told as nouns)
    r"\b(?:wound(?:ed|ing)|injur(?:ed|ing)|hurt(?:ing)?|kill(?:ed|ing)|(?:injur(?:y|ies)|deaths?)\s+of)\s+(another)\b"
    # ("killed one person and injured another over the past day")
    r"(?=\s*(?:[,.;:]|$|\s+(?:person|man|woman|civilian|resident|one)\b|\s+(?:in|on|at|near|over|during)\s"
    r"|\s+(?:yesterday|overnight|today|earlier|later|and|when|as)\b))",
    re.IGNORECASE,
)
_SHARED_BOUND = re.compile(r"^\s*(?:dead|killed|injured|wounded|hurt)\s+and\s+$", re.IGNORECASE)


def _another_of_same_kind(clause: str, counts: list[Count]) -> list[Count]:
    """ "Two died at the scene and another died in hospital": one more of the same toll, added to it."""
    result: list[Count] = []
    for count in counts:
        if (
            result
            and result[-1].field == count.field
            and count.value == 1
            and re.match(r"another\b", clause[count.start :], re.IGNORECASE)
            # (", another man died later in a courtyard" after "four died in the office": the comma joins them too)
            and re.search(r"(?:\band|,)\s+$", clause[: count.start], re.IGNORECASE)
        ):
            previous = result[-1]
            result[-1] = replace(previous, value=previous.value + 1)
            continue
        result.append(count)
    return result


# One person told by an article and an optional age: "a 56-year-old woman", "an elderly man".
_ONE_PERSON = re.compile(
    r"^(?:an?|one)\s+(?:\d{1,3}-year-old\s+|elderly\s+|young\s+|local\s+)?"
    r"(?:man|woman|person|civilian|resident|pensioner|driver|worker|employee)\b",
    re.IGNORECASE,
)


def _one_person_each(clause: str, counts: list[Count]) -> list[Count]:
    """ "A 33-year-old man was hurt and a 58-year-old woman was wounded": two people, each told with a
    verb of their own, are two of the same toll (rule 12 of docs/labelling.md), not one told twice."""
    result: list[Count] = []
    for count in counts:
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous.field == count.field
            and count.field in ("killed", "injured")
            and previous.value == 1
            and count.value == 1
            and _ONE_PERSON.match(clause[previous.start :])
            and _ONE_PERSON.match(clause[count.start :])
            and re.search(r"\b(?:was|were)\s+\w+\s*,?\s+and\s+$", clause[: count.start], re.IGNORECASE)
        ):
            result[-1] = replace(previous, value=previous.value + 1)
            continue
        result.append(count)
    return result


def _with_another(clause: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """ "one man died and another was injured", "killed a man and wounded another": "another" is one more person."""
    extra = [
        NumberMatch(
            1, False, m.start(), m.end(), m.group(0), int(m.group("age") or m.group("aside") or 99) < 18, True
        )
        for m in _ANOTHER.finditer(clause)
        if not any(n.start <= m.start() < n.end for n in numbers)
        # ("and another one in Toretsk": the one is the number)
        and not any(m.start() < n.start < m.end() for n in numbers)
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


ALSO = re.compile(r"\b(?:also|separately|another|in\s+addition|також|окремо|также|отдельно)\b", re.IGNORECASE)
_LIST_AND = re.compile(
    # ("a woman and her two sons": the kin of the person before, listed with them)
    r"^\s*(?:,\s*)?(?:and|as\s+well\s+as|,|(?:were\s+\w+\s+)?(?:(?:along|together)\s+)?with)"
    r"(?:\s+(?:his|her|their))?\s*$",
    re.IGNORECASE,
)


# "... 40 hurt, with 25 (people) hospitalized": what the later figure of the hurt is, a part of them
_WITH_PART = re.compile(r"^\s*(?:people|persons|others)?\s*,\s*with\s*$", re.IGNORECASE)
_IN_HOSPITAL_AFTER = re.compile(
    r"^\s+(?:(?:of\s+them|people|persons)\s+)?(?:(?:still|now|currently)\s+)?(?:(?:being|were|are)\s+)?"
    r"(?:hospitali[sz]ed|in\s+(?:a\s+|the\s+)?hospitals?|in\s+(?:serious|critical|grave|severe)\s+condition)\b",
    re.IGNORECASE,
)


# "two elderly women", "three other people": a number of people, as "a woman" is one.
_PEOPLE_AFTER = re.compile(
    r"^\s+(?:(?:elderly|other|more|young|old|local|teenage|adult)\s+)?"
    r"(?:men|women|people|persons|civilians|residents|pensioners|others|adults"
    # ("injuring the driver and two passengers": people named by what they were doing or their work)
    r"|passengers|workers|employees|rescuers|firefighters|volunteers|medics|doctors|farmers|miners|drivers|journalists"
    # "including a 7-year-old and two teenagers": children listed with a child
    r"|children|teenagers|boys|girls|minors|kids"
    # ("a woman and her two sons", "two brothers and their father"): kin
    rf"|{V.KIN_PLURAL})\b",
    re.IGNORECASE,
)


# "three female and two male workers", "one male and two female residents": people told by their sex, the noun
# shared by the figures listed before it
_BY_SEX = re.compile(
    r"^\s+(?:fe)?male\b(?=(?:\s+(?:and|or)\s+[\w-]+\s+(?:fe)?male)?\s+[a-z-]+)", re.IGNORECASE
)


def _between_people(clause: str, first: NumberMatch, second: NumberMatch) -> str:
    """The words between two numbers of a list, past the first one's noun ("four children| and |four adults")."""
    gap = clause[first.end : second.start]
    noun = None if first.person else (_PEOPLE_AFTER.match(gap) or _BY_SEX.match(gap))
    return gap[noun.end() :] if noun else gap


# The noun right after a number ("8 children", "two young girls"): the people it counts
_NOUN_COUNTED = re.compile(r"^\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\b", re.IGNORECASE)


def _one_of_them_again(clause: str, counted: NumberMatch, one: NumberMatch) -> bool:
    """ "including 5 children, and one child went into shock": one of the people just counted, told
    by the singular of their own noun with no verb of harm of its own, is one of them again, not one more (people of
    another noun are listed beside them: "two girls and one boy")."""
    if one.value != 1 or not one.person or counted.value < 2:
        return False
    noun = (counted.text if counted.person else "") or ""
    if not counted.person:
        match = _NOUN_COUNTED.match(clause[counted.end :])
        noun = match.group("noun") if match else ""
    singular = one.text.split()[-1].lower()
    return noun.split()[-1].lower() in (singular + "s", singular + "ren") if noun else False


def _share_kinds_in_lists(clause: str, numbers: list[NumberMatch], kinds: list) -> None:
    """ "an 8-year-old child and his grandmother were killed": people listed together share the verb."""

    def people(number: NumberMatch) -> bool:
        after = clause[number.end :]
        return number.person or bool(_PEOPLE_AFTER.match(after) or _BY_SEX.match(after))

    for position in range(len(numbers) - 2, -1, -1):
        after = numbers[position + 1]
        if (
            kinds[position] is None
            and kinds[position + 1] is not None
            # ("three children and five injured adults are in medical facilities": 8, three of them children)
            and people(numbers[position])
            # ("21 people were saved, 13 of whom were hospitalised": a part of the first, not listed beside it)
            and not (kinds[position + 1][0] != "inherit" and _OF_THEM.match(clause, after.end))
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
            and not _one_of_them_again(clause, numbers[position - 1], numbers[position])
        ):
            child = numbers[position].child or bool(_CHILD_AFTER.match(clause[numbers[position].end :]))
            kinds[position] = (kinds[position - 1][0], child)


def list_counts(group: list[tuple[NumberMatch, str, bool]]) -> list[Count]:
    """One count for people listed together ("a girl and seven other people": 8, one of them a child)."""
    if not group:
        return []
    base = group[0][1]
    if len(group) == 1:
        number, _, child = group[0]
        if child and number.children is not None:
            # ("two boys aged 17 and 18 were hurt": two hurt, one of them a child)
            return [
                Count(base, number.value, number.at_least, number.start),
                Count(f"children_{base}", number.children, number.at_least, number.start),
            ]
        field = f"children_{base}" if child else base
        return [Count(field, number.value, number.at_least, number.start)]
    start = group[0][0].start
    total = sum(n.value for n, _, _ in group)
    at_least = any(n.at_least for n, _, _ in group)
    counts = [Count(base, total, at_least, start)]
    children = [n.value if n.children is None else n.children for n, _, child in group if child]
    if children:
        counts.append(Count(f"children_{base}", sum(children), at_least, start))
    return counts


# The people of a figure, then a comma and a verb with a figure of its own: "four people, injured five others"
_NEXT_VERB_OF_ITS_OWN = re.compile(
    r"(?:\s+[a-z]+){0,2}\s*,\s*(?:and\s+)?(?:injur(?:ed|ing)|wound(?:ed|ing)|hurt(?:ing)?|kill(?:ed|ing))\s+"
    r"(?:(?:at\s+least|more\s+than|over|another|some|about)\s+)?(?:\d|(?:a|an|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|dozens?)\b)",
    re.IGNORECASE,
)


# "a man was wounded and later died in hospital", "two people were badly hurt and died on the way to hospital": the
# verb of the hurt, then the same people's death joined by "and"
_HURT_THEN_DIED = re.compile(
    rf"^[\s,]*{_OCCUPATION}{_FILLER_RUN}(?:(?:seriously|severely|critically|badly|gravely)\s+)?"
    rf"(?:injured|wounded|hurt)\b[^.;:]{{0,60}}?\s+and\s+{V.THEN_DIED}",
    re.IGNORECASE,
)


# "of three", "of two young children": the children a mother or father has, told right after the word
_CHILDREN_THEY_HAVE = re.compile(
    r"^\s+of\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|many)"
    r"(?:\s+(?:young\s+|small\s+|little\s+)?(?:children|kids|sons|daughters))?(?=[\s,.;]|$)",
    re.IGNORECASE,
)


def _count_kind(clause: str, number: NumberMatch) -> tuple[str, bool] | None:
    after = clause[number.end :]
    before = clause[: number.start]
    if number.person and re.search(r"(?:mother|father|parents?)$", number.text, re.IGNORECASE):
        # "a mother of three was killed": one person, and the children she has are no figure (see below)
        after = _CHILDREN_THEY_HAVE.sub("", after, count=1)
    if _NOT_A_COUNT_AFTER.match(after) or (1900 <= number.value <= 2100 and not number.at_least):
        return None
    if not number.person and re.search(
        r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*(?:\d{1,2}\s*(?:and|to|through|[-–])\s*)?$",
        before,
    ):
        # "A drone strike on Feb. 11 killed three": a day of the month ("strikes between Feb. 10 and 11 killed
        # three": the last day of a span)
        return None
    if re.search(r"\b(?:aged|ages)\s+(?:\d+\s*(?:,\s*and|,|and|to)\s*)*$", before, re.IGNORECASE):
        return None  # "two sons, aged 6 and 13", "three individuals aged 35, 48, and 70": ages, not counts
    child = number.child or bool(_CHILD_AFTER.match(after))
    among = _AMONG_THE_FEW.match(after)
    if among:
        # "An eleven-year-old boy and a man were among the four taken to hospital": a part of that toll
        return (KILLED if among.group("killed") else INJURED), child
    if re.match(rf"^\s+{V.OF_THE_HURT}\s+{V.THEN_DIED}", after, re.IGNORECASE):
        return KILLED, child  # "One of the injured later died in hospital": a death, of one of the hurt
    part = _PART_OF_TOLL.match(after)
    if part:
        # "Five of the dead were children", "four of the 22 confirmed dead are children"
        return (KILLED if part.group("killed") else INJURED), True
    if child and _OF_THEM.match(after):
        return "inherit", True  # "six people were injured, two of them children"
    if re.match(
        r"^\s+(?:[a-z]+\s+)?bod(?:y|ies)\s+(?:(?:had|have|has)\s+)?(?:been\s+|were\s+|was\s+)?identified\b",
        after,
        re.I,
    ):
        return None  # "just four bodies have been identified by evening": those named, a part of the dead
    if re.search(
        r"\bamong\s+the\s+(?:nearly|almost|about|around|roughly|some|approximately)\s+$", before, re.I
    ):
        return None  # "ten of those among the nearly two dozen killed": the toll pointed back to, rounded
    if re.search(r"\b(?:grand)?(?:mother|father|parents?)\s+of\s+$", before, re.IGNORECASE):
        return None  # "a mother of three was killed": the children she has, not the people killed
    if re.search(r"\bbod(?:y|ies)\s+of\s+$", before, re.IGNORECASE):
        # "the bodies of two more victims were recovered": the dead, whatever word follows the number
        return KILLED, child
    if _HURT_THEN_DIED.match(after):
        # "A man was wounded and later died in hospital": the people hurt died, and are the dead only (labelling
        # rule 11, sixth amendment: one person is one casualty)
        return KILLED, child
    if child and _AMONG_VICTIMS.match(after):
        # "with three children among the victims": children of the toll told before, whichever kind it is
        return "inherit", True
    left = _LEFT_KIND.search(before)
    if left and left.group("inherit") and re.match(r"^[^,]*,\s*(?:injur|wound|kill|hurt)", after, re.I):
        # "killed 8 people including three children, injured 41": the verb after the comma is the next count's.
        return "inherit", child
    for pattern in (_RIGHT_KIND, _RIGHT_AFTER_ASIDE):
        match = pattern.match(after)
        if match:
            if left and not left.group("inherit") and _NEXT_VERB_OF_ITS_OWN.match(after, match.start()):
                # "attacks killed four people, injured five others": the verb after the comma takes the figure
                # after it; this figure is the verb's before it
                break
            return (KILLED if match.group("killed") else INJURED), child
    if re.search(r"\bwith\s+$", before, re.IGNORECASE):
        match = _WITH_ASIDE.match(after)
        if match:
            # "with 7 people, including a 5-year-old child, wounded by shelling"
            return (KILLED if match.group("killed") else INJURED), child
    match = _LEFT_KIND.search(before)
    if match:
        if match.group("killed"):
            return KILLED, child
        if match.group("injured"):
            return INJURED, child
        return "inherit", child
    return None
