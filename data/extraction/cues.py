"""What a sentence says about the attack besides places and counts.

Weapon and target, and the cues that a sentence tells background, an earlier attack, a total over
several places, a correction or an attack without a place.
"""

from __future__ import annotations

import datetime as dt
import re

from data.extraction import vocabulary as V
from data.extraction.counts import INJURED, KILLED
from data.extraction.dates import MONTH_NAME, MONTHS


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


# The war as a whole, not an attack: "has seen intense shelling throughout the war", "fighting raged".
BACKGROUND = re.compile(
    r"\b(?:fighting|fierce\s+battles?|"
    + V.FRONT_LINE
    + r"|offensive|throughout\s+the\s+(?:[\w-]+\s+)?(?:war|conflict)"
    r"|has\s+seen|had\s+been\s+(?:largely\s+)?spared|full-scale\s+invasion"
    # "Odesa ... has been repeatedly targeted by drones", "has endured repeated strikes over nearly four years"
    r"|(?:has|have|had)\s+been\s+(?:repeatedly|regularly|frequently|often|constantly)\s+(?:hit|targeted|struck|shelled|attacked)"
    # ("Russia has repeatedly targeted ports in the region, including A and B": the same told in the active)
    r"|(?:has|have|had)\s+(?:repeatedly|regularly|frequently|often|constantly)\s+(?:hit|targeted|struck|shelled|attacked"
    r"|bombarded|pounded)"
    # "Russian forces have for months attacked X", "X has been shelled daily for weeks": an attack that goes on
    r"|(?:has|have|had)\s+for\s+(?:many\s+|several\s+|some\s+)?(?:months|weeks|years)\s+(?:been\s+)?"
    r"(?:attack|shell|target|strik|struck|pound|bomb|hit)\w*"
    # ("Sumy has been struck by drones and glide bombs almost daily", "... by shells for weeks")
    r"|(?:has|have|had)\s+been\s+(?:attack|shell|target|struck|pound|bomb|hit)\w*\s+(?:[\w-]+\s+){0,7}?(?:for\s+"
    r"(?:many\s+|several\s+|some\s+)?(?:months|weeks|years)|(?:almost\s+|nearly\s+)?(?:every\s+(?:day|night)|daily"
    r"|nightly))"
    # "troops that have been regularly shelling the town", "the invaders continue to strike river villages",
    # "X has been the target of repeated attacks": attacks that go on, no one attack (a present "continue(s)", not
    # the day's "continued to shell the city overnight")
    r"|(?:has|have|had)\s+been\s+(?:routinely|regularly|repeatedly|constantly|systematically)\s+"
    r"(?:attack|shell|target|strik|pound|bomb)ing"
    r"|\bcontinues?\s+to\s+(?:shell|attack|strike|target|pound|bomb)\b"
    r"|\bthe\s+target\s+of\s+(?:repeated|regular|frequent|constant|daily|nightly)\s+(?:[\w-]+\s+)?(?:attacks|strikes)"
    r"|(?:has|have|had)\s+(?:endured|suffered|faced)\s+(?:repeated|regular|frequent|constant|daily)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks|strikes|shelling|bombardment)"
    # "Russian forces have stepped up attacks on Sumy and Kharkiv", "Nikopol ... is shelled almost daily", "Russia has
    # struck Kyiv and Odesa in recent weeks": attacks that go on or grow, no one attack
    r"|(?:has|have|had)\s+(?:been\s+)?(?:stepped\s+up|intensified|escalated|ramped\s+up|stepping\s+up|intensifying)\s+"
    r"(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:attacks|strikes|shelling|bombardments?|assaults|raids)"
    r"|(?:is|are)\s+(?:shelled|attacked|struck|hit|targeted|bombarded)\s+(?:almost\s+|nearly\s+)?"
    r"(?:daily|every\s+(?:day|night)|regularly|constantly|frequently|routinely|nightly)"
    r"|(?:attack|strik|shell|struck|hit|target|bomb|pound)\w*\s+(?:[\w-]+\s+){0,8}?in\s+recent\s+(?:weeks|months)"
    # "villages along the border remain under daily drone attacks": how it goes on, no one attack
    r"|remains?\s+under\s+(?:constant|continuous|regular|daily|permanent)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|fire|shelling))\b",
    re.IGNORECASE,
)
# "протягом останніх днів Росія безперервно обстрілює Херсон, Берислав, села", "почали системно
# обстрілювати Херсон": shelling that goes on, told as background, no one attack.
SLAVIC_BACKGROUND = re.compile(
    r"(?<!\w)(?:(?:протягом|впродовж|упродовж|за)\s+останніх\s+(?:днів|тижнів|місяців)|(?:в|за)\s+последние\s+(?:дни|недели|месяцы)"
    r"|(?:системно|систематично|щодня|щоденно|регулярно|постійно|систематически|ежедневно|постоянно)\s+"
    r"(?:\w+\s+)?(?:обстрілю|атаку|обстрелива|атаку)\w*)",
    re.IGNORECASE,
)
# A warning of attacks, no attack (told after the attack, it is no toll of the war either: see :func:`threat_only`)
_THREAT = (
    # "попереджав про загрозу ракетних ударів по Полтавській області": a threat, no attack
    r"(?<!\w)(?:загроз\w*|угроз\w*)\s+(?:\w+\s+)?(?:ударів|ударов|удару|удара|атак\w*|обстріл\w*|обстрел\w*)(?!\w)|"
    # "the Marhanets community warned of a threat of shelling": a warning, no attack
    r"\bthreat\s+of\s+(?:[\w-]+\s+)?(?:shelling|strikes?|attacks?)\b"
)
THREAT = re.compile(_THREAT, re.IGNORECASE)
# "a school in Bilozerka was shelled in October last year": an attack of another year, told for
# context, whatever its figures.
PAST = re.compile(
    _THREAT + r"|"
    r"\blast\s+year\b|\b(?:a|one|two|three|\d+)\s+years?\s+(?:ago|earlier)\b"
    # National tolls of the whole war: "since Putin launched his invasion", "since February 2022".
    r"|\bsince\s+(?:[\w'’-]+\s+){0,3}?(?:launched|began|started)\s+(?:his|its|the|a)\s+(?:full-scale\s+)?invasion"
    # (the invasion named with its possessor: "since the start of Moscow's invasion", "since the outset of the Russian
    # aggression")
    r"|\bsince\s+(?:the\s+(?:start|beginning|outset)\s+of\s+(?:the\s+|Russia['’]s\s+|Moscow['’]s\s+|the\s+Russian\s+"
    r"|Russian\s+)(?:full-scale\s+|large-scale\s+)?(?:invasion|war|aggression)|February\s+2022)"
    # "in all, 530 civilians have died and 1,290 have been hurt in the oblast since the full-scale invasion"
    r"|\bsince\s+the\s+(?:full-scale\s+|Russian\s+)?(?:invasion|war)\b"
    # "at least 4,800 civilians have died since Russia invaded"
    r"|\bsince\s+(?:Russia|Moscow|Putin|Russian\s+(?:forces|troops))\s+(?:first\s+)?invaded\b"
    # "since Moscow started its missile campaign on the power grid in October": a period's toll, from when a
    # kind of attack began
    r"|\bsince\s+(?:Russia|Moscow|Russian\s+(?:forces|troops))\s+(?:first\s+)?(?:began|started|launched|opened)\b"
    # "a report marking the first anniversary of the full-scale invasion": the war's toll
    r"|\banniversary\s+of\s+(?:Russia['’]s\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:invasion|war)\b"
    # "The war has killed at least 370 children in Ukraine": the country's toll, not an attack's.
    r"|\b(?:the|this)\s+war\s+(?:has|had)\s+(?:so\s+far\s+|now\s+)?(?:killed|claimed|taken|wounded|injured)\b"
    # (the war named with its sides, maybe an aside set off by commas after them: "The war between Moscow and Kyiv, now
    # in its third year, has killed over 9,000 civilians")
    r"|\b(?:the|this)\s+war\s+(?:between|in|against|on)\s+[^,.;]{1,40}?(?:,[^.;]{1,120}?,)?\s+(?:has|had)\s+"
    r"(?:so\s+far\s+|now\s+)?(?:killed|claimed|taken|wounded|injured)\b"
    # "Russia's war against Ukraine has killed at least 7,400 civilians ... from Feb. 24, 2022, to March 9"
    r"|\b(?:Russia['’]s|Russian)\s+(?:full-scale\s+)?(?:war|invasion)\s+(?:(?:against|on|in)\s+Ukraine\s+)?"
    r"(?:has|had)\s+(?:so\s+far\s+|now\s+)?(?:killed|claimed|taken|wounded|injured)\b"
    r"|\b(?:children|people|civilians)\s+(?:have\s+been\s+|were\s+)?(?:killed\s+|wounded\s+|injured\s+)?in\s+Ukraine\b(?!['’])"
    # ("the tally of minors killed by Russia's war rose to 600": deaths put down to the war itself, not to an attack,
    # are the war's toll)
    r"|\b(?:killed|died|dead|wounded|injured|maimed)\s+(?:by|in|during)\s+(?:the\s+|this\s+)?(?:Russia['’]s\s+"
    r"|Russian\s+)?(?:full-scale\s+)?(?:war|invasion|aggression)\b"
    r"|з\s+початку\s+(?:повномасштабн\w+\s+)?(?:вторгнення|війни)|с\s+начала\s+(?:полномасштабн\w+\s+)?(?:вторжения|войны)"
    # "более 640 детей пострадали в Украине в результате полномасштабной вооруженной агрессии": the war's
    # toll; "загальна кількість жертв росіян в області (1 950 загиблих ...) не враховує
    # окупованих громад": the region's toll since the invasion
    r"|(?:повномасштабн|полномасштабн)\w*\s+(?:збройн\w*\s+|вооруженн\w*\s+)?(?:агресі|агресси|вторгнен|вторжени"
    r"|війн|войн)"
    r"|загальн\w*\s+кількість\s+(?:жертв|загиблих|постраждалих)\s+(?:росіян|рф|росії|окупантів|війни)"
    r"|общ\w*\s+(?:количество|число)\s+(?:жертв|погибших|пострадавших)\s+(?:россиян|рф|россии|оккупантов|войны)"
    r"|без\s+(?:урахування|учета)\s+(?:Маріуполя|Мариуполя)"
    # The country's toll of the war, told after the report's own attack: "через збройну агресію рф в Україні загинули
    # 600 дітей", "в результате вооруженной агрессии РФ в Украине погибли ...", "внаслідок війни загинули вже ...",
    # "в Україні загинули 600 дітей" (the war in Ukraine, not an aggression "against" it, which a report may say of
    # its own night; and the war itself, not "російської агресії", which regional day summaries write of their day)
    r"|(?:агресі|агресси|війн|войн)\w*\s+(?:(?:рф|росії|россии|Росії|России)\s+)?(?:в|у|на)\s+(?:Україні|Украине)(?!\w)"
    r"|(?:через|внаслідок|унаслідок|вследствие|из-за)\s+(?:війн[уи]|войн[ыу])(?!\w)"
    r"|(?:в|у)\s+(?:Україні|Украине)\s+(?:вже\s+|уже\s+)?(?:загину|погиб|постражда|пострада|поранен|ранен)\w*\s+"
    r"(?:\w+\s+){0,2}?\d[\d\s]*\s*(?:дит|діт|дет)"
    # A period's toll: "з початку жовтня", "since the start of the month", "с начала года", "between 6 and 8 March",
    # "from 3 to 9 May", "over the past week", "in the last three weeks" (a day's "over the past day" is no period)
    r"|\b(?:between\s+\d{1,2}\s+and|from\s+\d{1,2}\s+(?:to|until|through))\s+\d{1,2}\s+(?:"
    + MONTH_NAME
    + r")\b"
    r"|\b(?:over|during|in)\s+the\s+(?:past|last|previous)\s+(?:week|fortnight|month|(?:two|three|four|five|six|\d+)\s+"
    r"(?:days|weeks|months))\b"
    r"|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:month|year|week|" + MONTH_NAME + r")"
    # "22 people were killed in the city in September alone", "so far this month": a month's toll
    r"|\b(?:in|during|for)\s+(?:the\s+month\s+of\s+)?(?:" + MONTH_NAME + r")(?:\s+\d{4})?\s+alone\b"
    r"|\bso\s+far\s+(?:this|in\s+the)\s+(?:month|year)\b"
    r"|(?:з|від|с|со)\s+(?:початку|начала|першого|первого|1)\s+(?:(?:цього|этого)\s+)?(?:місяця|року|тижня|месяца|года|недели"
    r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта"
    r"|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)",
    re.IGNORECASE,
)
# "..., a day after a strike in which 31 were killed in Groza": another attack, told for context.
REFERENCE_CLAUSE = re.compile(
    r",?\s+(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?)\s+(?:after|before)\b[^.;]*"
    # "The strikes follow a record number of drones Russia sent on Tuesday, ...": the day before
    r"|\b(?:the\s+)?(?:strikes?|attacks?|shelling|barrage)\s+(?:came|comes|come)\s+(?:[\w-]+\s+){0,3}?after\b[^.;]*"
    # "The day after the deadly Chernihiv attack, Russian drones hit Rivne": the day the attack told is on
    # ("The day before, drones hit X" names no attack after "before": the day before the report's, kept to be read)
    r"|^\s*(?:the|a|one|two|three)\s+(?:days?|weeks?|nights?)\s+(?:after|before)\s+[^,.;\s][^,.;]*,"
    # "The attack on Poltava followed a deadly missile strike on Uman on May 3 that killed some 12 people"
    r"|\s+(?:followed|follows|came\s+after|comes\s+after)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:attacks?|strikes?|bombing|shelling|barrage)\b[^.;]*?\b(?:that|which|in\s+which)\s+(?:also\s+)?"
    r"(?:killed|wounded|injured|claimed|left|struck|hit)\b[^.;]*"
    # "The attack followed a glide-bomb strike on X that Moscow described as ...": what the report's attack follows is
    # another, earlier one, whatever the rest of the sentence tells of it
    # ("The strike followed Monday's attack on the city, which killed nine": the earlier one named by its day)
    r"|\b(?:attacks?|strikes?|shelling|barrage|assault|bombardment|bombing)\s+(?:follows?|followed)\s+"
    r"(?:an?\s+|the\s+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+\w+)['’]s\s+)"
    r"(?:[\w'’-]+\s+){0,5}?(?:attacks?|strikes?|bombing|shelling|barrage|assault|bombardment)\b[^.;]*"
    # "the largest attack on the capital since June 8, when more than 15 persons were killed": another attack
    r"|\s+since\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+,?\s+when\b[^.;]*"
    # "Thursday's strikes ... followed the deadliest single attack of the year on Wednesday when Russia struck a
    # training ground in Chernihiv ..., killing 27 people": the earlier attack told with "when"
    r"|\s+(?:followed|came\s+after|comes\s+after)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:attacks?|strikes?|bombing|shelling|barrage)\b[^.;]*?\bwhen\b[^.;]*?\b(?:killing|wounding|injuring)\b[^.;]*",
    re.IGNORECASE,
)
THAT_ATTACK = re.compile(
    r"\b(?:in|during|by)\s+(?:that|the\s+earlier|the\s+previous|the\s+former)\s+(?:attacks?|strikes?|barrage|assault"
    r"|bombardment|shelling)\b",
    re.IGNORECASE,
)
# "Russia's defence ministry later claimed ... that up to 60 were killed": the attacker's account gives no
# figures of ours.
ATTACKER_CLAIM = re.compile(
    r"\b(?:Russia['’]s|Russian|Moscow['’]s)\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|military|army"
    r"|officials|forces)\s+(?:\w+\s+){0,2}?(?:claimed|claims|alleged|said|says)\b"
    r"|\b(?:Moscow|the\s+Kremlin)\s+(?:\w+\s+){0,2}?(?:claimed|claims|alleged)\b"
    # "Moscow said its forces had struck an army base in X": the attacker's account of what it hit, told on its own
    r"|^\W*(?:Moscow|the\s+Kremlin)\s+(?:\w+\s+){0,2}?(?:said|says)\b"
    # "Russian-installed officials said Ukrainian shelling of Donetsk killed two": the other side's attack, told
    # by the occupation's officials, is no Russian attack on a Ukrainian place
    # ("Moscow-installed leader", "Ukrainian artillery strike on ...", "a shop burned as Ukrainian troops shelled X")
    r"|\b(?:Russian|Moscow|Kremlin)[-\s](?:installed|appointed|backed)\s+(?:officials|authorities|administration|mayor"
    r"|head|governor|leader)\b"
    r"|\bUkrainian\s+(?:(?:artillery|rocket|drone|missile|HIMARS)\s+)?(?:shelling|strikes?|attacks?|fire)"
    r"\s+(?:of|on|against)\b"
    r"|\bUkrainian\s+(?:forces|troops|army|military|artillery)\s+(?:\w+\s+)?(?:shelled|struck|attacked|bombarded)\b",
    re.IGNORECASE,
)
# "an assault on the bus station in June 2022": a month and a year before the report's year.
_DATED_YEAR = re.compile(
    r"\b(?:in|on|of)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:"
    + MONTH_NAME
    + r")\s+(?:\d{1,2},?\s+)?(?P<year>(?:19|20)\d\d)\b"
)
# A year alone, told of an attack: "In 2023, a strike on Uman killed 23", "since the strike on a shopping centre in
# Kremenchuk in 2022" (not "Kherson, retaken in 2022, was shelled on Monday": the year is not the attack's)
_YEAR_LEAD = re.compile(r"^\W*(?i:in)\s+(?P<year>(?:19|20)\d\d)\s*,")
_ATTACK_YEAR = re.compile(
    r"\b(?i:strikes?|attacks?|shelling|bombing|bombardment|hit|struck|shelled|killed|killing)\b(?:(?!\b(?i:since|after|before|until)\b)[^,.;:]){0,60}?"
    r"\bin\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–])"
)
# "Russia's deadliest attack on civilians this year": a superlative, not a toll over the year.
_SUPERLATIVE = re.compile(
    r"\b(?:deadliest|worst|largest|biggest|heaviest|bloodiest|most\s+\w+)\b[^,.;]{0,60}?"
    r"\b(?:this|of\s+the|of\s+this)\s+(?:year|month|week|war)\b",
    re.IGNORECASE,
)


# "58 people were hurt ..., in what the governor called one of the worst attacks on the city since the
# full-scale invasion", "..., marking one of the heaviest ...": how bad this attack was, not the war's toll
_THIS_ATTACK_SUPERLATIVE = re.compile(
    # ("..., marking one of the deadliest strikes on the west since the invasion began": the same, as a participle)
    r"\b(?:in\s+(?:what\s+(?:[\w'’-]+\s+){0,3}?(?:describe[sd]?|call(?:ed|s)?|termed)\s+(?:as\s+)?)?|marking\s+|making\s+it\s+"
    r"|becoming\s+)(?:one\s+of\s+(?:the|(?:Moscow|Russia|the\s+war)['’]s)|the)\s+[\"“]?"
    # ("..., in one of Russia's bloodiest strikes on the city since the invasion": the superlative with its possessor)
    # ("..., in what the mayor called the "heaviest shelling since the war began"": the one attack, quoted)
    r"(?:deadliest|worst|largest|biggest|heaviest|bloodiest|most\s+\w+)\b[^.;]*",
    re.IGNORECASE,
)
# "The strike on Kherson, which Russian troops seized in the first days of the war and left a year ago, hurt three",
# "two were hurt in Siversk, east of Lyman, the town Russia retook last year": what a place went through in the war,
# told beside it, not when the attack was
_PLACE_HISTORY = re.compile(
    r",\s+(?:which|the\s+(?:[\w-]+\s+){0,3}?(?:city|town|village))\s+(?:[^,.;]*?\b)?(?:captured|seized|occupied"
    r"|abandoned|retook|retaken|recaptured|liberated|fell)\b[^.;]*?(?=,|[.;]|$)",
    re.IGNORECASE,
)
# "..., which officials said was the 12th drone to hit the city since the start of May": this attack's rank in a
# count of attacks, neither a toll over the period nor a total
_THIS_ATTACK_RANK = re.compile(
    r"\b(?:was|is|became|marking)\s+the\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth)\s+(?:[\w-]+\s+){0,2}?to\s+(?:hit|strike|target)\b[^.;]*",
    re.IGNORECASE,
)


def is_past(text: str) -> bool:
    """Whether ``text`` tells an attack of another year or a toll over the war or a period (see PAST)."""
    told = _PLACE_HISTORY.sub(" ", _THIS_ATTACK_RANK.sub(" ", _THIS_ATTACK_SUPERLATIVE.sub(" ", text)))
    return bool(PAST.search(told))


def threat_only(text: str) -> bool:
    """Whether all that :func:`is_past` finds in ``text`` is a threat of attacks (a warning, no toll of the war or
    of a period)."""
    return bool(THREAT.search(text)) and not is_past(THREAT.sub(" ", text))


def is_total(cue: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` gives a total over several attacks (a superlative is not one)."""
    return bool(cue.search(_THIS_ATTACK_RANK.sub(" ", _SUPERLATIVE.sub(" ", text))))


# "a strike on Kyiv, the capital, and other cities around Ukraine": the figures are the country's, not
# the one city's named with them.
OTHER_PLACES_TOO = re.compile(
    r"\b(?:and|as\s+well\s+as)\s+(?:many\s+|several\s+)?other\s+(?:cities|towns|regions|parts\s+of)\b",
    re.IGNORECASE,
)
# "a teenage boy died in shelling elsewhere": not the place the sentence named ("elsewhere in the region" is
# still the region).
ELSEWHERE = re.compile(
    r"\belsewhere\b(?!\s+in\s+(?:the|that|this)\s+(?:region|oblast|province|district))", re.IGNORECASE
)


def of_another_year(text: str, report_date: dt.date | None) -> bool:
    """ "in April 2022" in a report of 2023: an attack told for context, whatever its figures."""
    if report_date is None:
        return False
    years = [*_DATED_YEAR.finditer(text), *_YEAR_LEAD.finditer(text)]
    # (an attack's year after a toll already told, "killed three, the most since an attack in 2023", is a comparison
    # inside the report's own sentence, not a sentence about that year)
    years += [m for m in _ATTACK_YEAR.finditer(text) if not V.TOLL_WORD.search(text, 0, m.start())]
    return any(int(m.group("year")) < report_date.year for m in years)


# "The city was also hit in March, when ten died": a month alone, with no day or year
_MONTH_ALONE = re.compile(
    r"\b(?i:in|since|during)\s+(?:(?:early|late|mid-?)\s*)?(?P<month>" + MONTH_NAME + r")\b(?!\s*\d)"
)


def of_another_month(text: str, report_date: dt.date | None) -> bool:
    """An attack told with a month alone that is not the report's ("also hit in March, when ten died" in a report of
    June): an earlier one told for context. Not the month of the last few days (a report of June 1 on May 31), nor a
    month after the report's own toll in the sentence ("killed three, the most since March")."""
    if report_date is None:
        return False
    recent = {report_date.month, (report_date - dt.timedelta(days=3)).month}
    return any(
        MONTHS[m.group("month").lower()] not in recent and not V.TOLL_WORD.search(text, 0, m.start())
        for m in _MONTH_ALONE.finditer(text)
    )


# "Two weeks ago, a drone hit Kharkiv, killing four": weeks or months before the report
_WEEKS_AGO = re.compile(
    r"\b(?:a|one|two|three|four|five|six|several|\d+)\s+(?:weeks?|months?)\s+(?:ago|earlier)\b", re.IGNORECASE
)


def of_weeks_before(text: str) -> bool:
    """An attack told as weeks or months before the report's, for context ("A month ago, a strike on Sumy killed 20");
    not a comparison after the report's own toll ("killed three, the most since a strike two weeks ago")."""
    return any(not V.TOLL_WORD.search(text, 0, m.start()) for m in _WEEKS_AGO.finditer(text))


EARLIER_REPORT_CUE = re.compile(
    # ("As the news agency reported, earlier the minister said ...": the earlier statement an outlet cites)
    r"^\W*(?:as\s+(?:[A-Z][\w-]*\s+){1,4}reported\s*,\s+(?=earlier\b|previously\b))?"
    r"(?:initially|earlier|previously|an\s+earlier\s+toll|at\s+first|раніше|ранее|спершу|спочатку|сначала"
    # "Як повідомляв Укрінформ, ... повідомлялось про одну загиблу": what an earlier report said
    r"|як\s+повідомля\w*|как\s+сообщал\w*|предыдущий\s+раз|попереднього\s+разу|минулого\s+разу|в\s+прошлый\s+раз"
    r"|перед\s+цим|перед\s+этим|до\s+цього|до\s+этого)\b",
    re.IGNORECASE,
)


# A day of its own named in a sentence: "On Monday, March 9, ...", "on 14 August".
OWN_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:" + MONTH_NAME + r")\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:" + MONTH_NAME + r")\b"
)
# A scene in Russia: "in the Samara region", "in the Russian city of Engels", "inside Russia" (an attack there, on
# Russian soil, whose figures are no Ukrainian place's)
ABROAD_SCENE = re.compile(
    r"\b(?i:in|on|over|above|near|outside)\s+(?i:the\s+)?(?:southern\s+|western\s+|border\s+)?(?:Russian\s+)?(?:(?:city|region)\s+of\s+)?"
    r"(?:Samara|Saratov|Belgorod|Kursk|Bryansk|Briansk|Rostov|Voronezh|Lipetsk|Tula|Oryol|Tambov|Krasnodar|Moscow"
    r"|Ryazan|Kaluga|Smolensk|Engels|Novorossiysk|Taganrog|Tatarstan|Bashkortostan)\b(?!['’]s)"
    r"|\b(?i:in|inside|across)\s+Russia\b(?!['’]s)|\bRussian\s+(?:region|city|town|village)\s+of\b"
)
# A Russian region told in Ukrainian or Russian: "Курської області", "в Белгородской области", "Брянщина": a
# governor's summary of villages there names no Ukrainian place
SLAVIC_RUSSIAN_REGION = re.compile(
    r"(?<!\w)(?:(?:курськ|курск|бєлгородськ|белгородск|брянськ|брянск|воронезьк|воронежск|ростовськ|ростовск"
    r"|орловськ|орловск|липецьк|липецк|смоленськ|смоленск|калузьк|калужск|тульськ|тульск)\w*\s+(?:област|обл\.)"
    r"|курщин|бєлгородщин|белгородчин|белгородщин|брянщин)\w*",
    re.IGNORECASE,
)
AS_REPORTED = re.compile(
    r"^\W*(?:as\s+(?:[A-Z][\w-]*\s+)?(?:has\s+been\s+|was\s+)?(?:previously\s+|earlier\s+)?reported|recall"
    # ("Background: On the morning of May 6, the Russians hit ...": a paragraph an outlet opens on the word, its
    # context told)
    r"|background(?=\s*:)"
    # "Нагадаємо" translated: "It is reminded that ...", "Let us remind you that ...", "We will remind, ...", "As a
    # reminder, ..."
    r"|it\s+is\s+(?:worth\s+)?remind(?:ed|ing)|let\s+us\s+remind|we\s+(?:will\s+|would\s+)?remind|as\s+a\s+reminder"
    # "Earlier, Ukrinform reported that ... in the Sumy region, four people were injured", "Earlier we wrote that ..."
    # (Раніше ми писали)
    r"|(?:earlier|previously)\s*,?\s+(?:we\s+|[A-Z][\w-]*\s+)?(?:had\s+|have\s+)?(?:reported|wrote|written)"
    # "Earlier, the governor reported about attacks on X", "Previously, it was reported that ...": an earlier report
    r"|(?:earlier|previously)\s*,\s+(?:it\s+was\s+reported|(?:the|its|his|her)\s+(?:[\w-]+\s+){0,3}?(?:had\s+)?"
    r"(?:reported|informed|wrote))\b)\b",
    re.IGNORECASE,
)
CLOSING_ZERO = re.compile(
    r"^\W*(?:попередньо|предварительно|за\s+попередньою\s+інформацією|по\s+предварительн\w+\s+(?:данным|информации)"
    r"|за\s+попередніми\s+даними)\b"
    # "Везде обошлось без пострадавших", "У всіх випадках обійшлося без жертв": told of every place at once
    r"|.*?(?<!\w)(?:везде|всюду|всюди|скрізь|во\s+всех\s+случаях|(?:у|в)\s+(?:всіх|усіх)\s+випадках)(?!\w)",
    re.IGNORECASE,
)
# "Информация о разрушениях и жертвах уточняется", "дані щодо постраждалих уточнюються": the place's toll is not
# known yet, its own statement (labelling rule 7), which a zero closing the paragraph for the places before does not
# overrule
SLAVIC_TOLL_PENDING = re.compile(
    r"(?<!\w)(?:інформаці\w*|информаци\w*|дані|данные|відомості|сведения)\s+(?:про|о|об|щодо)\s+"
    r"(?:[\w'’ʼ]+\s+(?:і|й|та|и)\s+)?(?:жертв|постраждал|пострадавш|потерпіл|потерпевш|загибл|погибш|поранен|ранен)"
    r"\w*\s+(?:ще\s+|еще\s+|ещё\s+)?(?:уточню|уточня)",
    re.IGNORECASE,
)
SLAVIC_RECALL = re.compile(r"^\W*(?:нагадаємо|нагадуємо|напомним|напоминаем)\b", re.IGNORECASE)
SLAVIC_AS_REPORTED = re.compile(
    # (past forms only: "Як повідомляє ОВА, ...", "Как сообщает глава ОВА, ..." name the report's own source)
    r"^\W*(?:як\s+(?:раніше\s+)?повідомля[вл]\w*|как\s+(?:ранее\s+)?сообщал\w*"
    # "Раніше повідомлялося, що ...", "Ранее сообщалось, что ...", "Ранее мы писали, что ...": an earlier report
    # told again
    r"|(?:раніше|ранее|перед\s+тим|до\s+этого)\s*,?\s+(?:(?:ми|мы)\s+(?:вже\s+|уже\s+)?)?(?:повідомля|сообща|писали)\w*)\b",
    re.IGNORECASE,
)
# Another day named in a recall: "напередодні", "вчора", "14 травня" (not "протягом минулої доби").
SLAVIC_OTHER_DAY = re.compile(
    r"(?<!\w)(?:напередодні|накануне|вчора|вчера|позавчора|позавчера)(?!\w)|\b\d{1,2}\s+(?:січня|лютого|березня|квітня"
    r"|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля"
    r"|августа|сентября|октября|ноября|декабря)(?!\w)",
    re.IGNORECASE,
)
RECALL_HEADING = re.compile(r"^\W*(?:recall|let\s+us\s+remind\s+you|reminder|background)\W*$", re.IGNORECASE)
# "Також ...", "Кроме того, ...": more of the same told as "also"
ALSO_START = re.compile(r"^\W*(?:також|крім\s+того|также|кроме\s+того)(?!\w)", re.IGNORECASE)
# ("Also, a 70-year-old man was hurt", "Another woman was taken to hospital": one more person, told after the first)
IN_ADDITION = re.compile(
    r"^\W*(?:in\s+addition|additionally|also,|another\s+(?:[\w-]+\s+)?(?:man|woman|person|resident|civilian)\b"
    # ("At one address, five were taken to hospital." then "At another address, eight were": other people)
    r"|(?:at|in)\s+(?:another|a\s+second|the\s+second|the\s+other)\s+(?:address|site|location|building|house|spot)\b"
    # ("A 52-year-old man was hurt." then "A 61-year-old woman had also been wounded": one more person, the "also"
    # told after the person)
    r"|an?\s+(?:[\w-]+\s+){0,3}?(?:" + V.PERSON_SINGULAR + r")\s+(?:was|had|has)\s+also\s+(?:been\s+)?"
    r"(?:wounded|injured|hurt|killed)\b)",
    re.IGNORECASE,
)
# "in addition, there are five wounded": a toll stated as what there is, after the dead (not more people hurt).
RESTATED_TOLL = re.compile(
    r"^\W*(?:in\s+addition|additionally),?\s+there\s+(?:are|were|is|was)\s+\w+\s+(?:injured|wounded|hurt)\b",
    re.IGNORECASE,
)


def kind_of_verb(before: str) -> str:
    """Killed or injured, by the verb right before "ще" / "еще"."""
    return KILLED if re.search(r"(?:загинул|погибл)\w*\s+\S+\s*$", before, re.I) else INJURED


ONE_MORE = re.compile(r"^\W*(?:ще|еще|ещё)\s+", re.IGNORECASE)
# "За словами Філашкіна, ще 2 особи ...", "По его данным, еще ...": whose word a sentence gives, before what it says
SAID_LEAD = re.compile(
    r"^\W*(?:за|по)\s+(?:(?:його|її|їх|его|ее|её|их)\s+)?(?:словами|даними|інформацією|словам|данным|информации)"
    r"(?:\s+[^,.;]{1,60}?)?\s*,\s*",
    re.IGNORECASE,
)
IN_THE_REGION = re.compile(r"(?<!\w)(?:в|у|по)\s+(?:області|области|регіоні|регионе)(?!\w)", re.IGNORECASE)
ADULTS_TOO = re.compile(r"(?<!\w)(?:also|as\s+well|й|також|также|тоже)(?!\w)", re.IGNORECASE)


# A figure that corrects an earlier one, even downwards.
CORRECTED = re.compile(
    r"\b(?:revised\s+(?:down|downward)|corrected|за\s+уточнен\w*|уточнен\w*\s+(?:дан|інформац|информац)\w*"
    r"|по\s+уточненн\w*|за\s+оновлен\w*)",
    re.IGNORECASE,
)


UNPLACED_ATTACK = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:attack|strike|bombing|shelling|explosion|blast)\s+"
    r"(?:on|at|against|that\s+hit)\s+(?:an?|the)\s+"
    r"|\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:drone|missile|bomb|rocket|shell)\s+(?:hit|struck|slammed\s+into)\s+"
    r"an?\s+",
    re.IGNORECASE,
)


# "the attack", "that strike", "the missile", "the apartment building", "the death toll": an attack, its site or its toll
# the report told before,
# referred back to ("a missile hit a residential area" tells a new one)
TOLD_BEFORE = re.compile(
    r"\b(?:the|that|this|those|these)\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|strikes?|shelling|bombardment|barrage|assault"
    r"|missiles?|drones?|bombs?|rockets?|blasts?|explosions?|building|house|block|apartment|site|toll)\b",
    re.IGNORECASE,
)
# "Another Russian strike killed a woman ...": one more of the kind told last, on the day told last
ANOTHER_START = re.compile(r"^\W*another\b", re.IGNORECASE)
# "a man who was injured by shelling on Wednesday also died of his wounds": a death told now of someone hurt on an
# earlier day, the report's news whatever the day of the wound
DIED_OF_WOUNDS = re.compile(
    r"\b(?:died|has\s+died|had\s+died|succumbed)\s+(?:later\s+)?(?:of|from|to|in)\s+(?:his|her|their|the)?\s*"
    r"(?:wounds|injuries|hospital)\b",
    re.IGNORECASE,
)
# "A day earlier, a strike on X killed nine", "Earlier this week, ...", "last month's strike on Y": an attack told as
# before the report's own, whatever its day ("yesterday" may be the report's own day in a morning report, and "the
# previous night" its night)
EARLIER_THAN_THE_REPORTS = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|several|\d+)\s+days?\s+(?:earlier|before)|the\s+(?:previous\s+day|day\s+before)"
    r"|earlier\s+(?:this|in\s+the|that)\s+(?:week|month)|last\s+(?:week|month)(?:['’]s)?|the\s+(?:week|month)\s+before)\b",
    re.IGNORECASE,
)
