"""Names that are no place of an attack: speakers, offices, venues, datelines, places abroad.

``classify`` decides, for a name found in a clause, whether it is the place of the attack, a weak
mention ("the governor of X") or none at all.
"""

from __future__ import annotations

import re

from data.extraction import vocabulary as V
from data.extraction.lookup import KYIV_AND_ITS_REGION, Mention, mention_as_oblast
from data.extraction.sentences import REGIONS_HIT
from geo.gazetteer import normalize_name

# "KYIV, Ukraine:" or "Kyiv • UNN": the place a report was filed from.
DATELINE_AFTER = re.compile(r"^\s*•")
_CAPS_DATELINE_AFTER = re.compile(r"^\s*(?:\(|,|\s[-–—]\s)")
# "Kiev, June 7 (IANS) The death toll ...", "Kyiv, Ukraine – ...", "Kharkiv (Ukraine) (AFP) – Four
# people ...": a dateline opening the paragraph, in any case; the attack's place is named after it.
_DATELINE_LEAD = re.compile(
    r"^(?:\s*,\s*Ukraine\b|\s*\(Ukraine\)|\s*,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\s*\((?:AFP|AP|Reuters|IANS|AA|UNN|Ukrinform|dpa|Xinhua)\)"
    # "Kiev : Three people have been killed ...": a wire's dateline, a space before its colon
    r"|\s+:\s)"
)
_ACROSS_LIST = re.compile(r"\bacross\s+(?:the\s+)?(?:regions\s+of\s+)?$", re.IGNORECASE)
# "Neighbouring regions, including Ternopil and Khmelnytskyi, were also targeted": the regions.
# ("areas such as A, B, C were attacked", "other western areas, including A and B": a region's cities named for the
# regions; not "residential areas such as ...")
REGIONS_LEAD = re.compile(
    r"\b(?:regions|oblasts|provinces|(?<!residential\s)(?<!populated\s)(?<!industrial\s)(?<!urban\s)(?<!rural\s)"
    r"(?<!civilian\s)(?<!city\s)areas)\s*,?\s+(?:including|such\s+as|like|among\s+them)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LIST_GLUE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


# "The youngest victim, Serhii, was four months old": a person's name that is also a village's.
_PERSON_APPOSITION = re.compile(
    r"\b(?:victim|boy|girl|son|daughter|child|baby|man|woman|teenager|resident|named|called)\s*,?\s*$", re.I
)
# "Air defence destroyed 11 of the drones over the regions of Odesa and Mykolaiv": where drones were
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
# Where drones were shot down, named after the verb: "Eleven Shaheds were shot down in the Izium and Bohodukhiv districts"
# (not "over", which _INTERCEPTED_OVER reads; a clause that tells harm is left to it)
_INTERCEPTED_IN = re.compile(
    r"\b(?:drones?|shahed\w*|UAVs?|missiles?|targets)\W*\s+(?:was|were)\s+(?:also\s+)?(?:shot\s+down|downed"
    r"|intercepted|destroyed|neutrali[sz]ed)\s+in\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+(?:\s*,)?\s+(?:and\s+)?)*$",
    re.IGNORECASE,
)
# "In the Lozova district, debris of a downed drone fell on farmland without causing any damage": nothing there hit
_FELL_HARMLESS = re.compile(
    r"\b(?:debris|wreckage|fragments)\b[^.;]*?\bfell\b[^.;]*?\b(?:without\s+(?:causing\s+)?(?:any\s+)?"
    r"(?:damage|destruction|casualties)|causing\s+no\s+damage)",
    re.IGNORECASE,
)
# (also read by folding: a raion named only where drones were shot down is no attack)
HARM = re.compile(
    rf"\b(?:{V.KILLED_WORDS}|{V.INJURED_WORDS}|hit|struck|damag\w*|debris|fell|fire|shell\w*|explosions?)\b",
    re.IGNORECASE,
)
_OCCUPIED_SINCE_2014 = {"donetsk", "luhansk"}
REGIONAL_OFFICE_AFTER = re.compile(
    r"^\s+(?:OVA|ODA|OMA|RMA|RSA|(?:Regional|Oblast)\s+(?:(?:State|Military|Civil|Civil-Military)\s+)*"
    r"Administration)\b"
    # "Lviv's regional head confirmed ...", "the Sumy regional governor": the oblast's official
    # ("the Zaporizhzhia regional state administration reported": the oblast's office in lower case too)
    r"|^(?:['’]s)?\s+regional\s+(?:(?:state|military|civil(?:-military)?)\s+)*(?:head|governor|chief|administration"
    r"|authorities|officials|prosecutor|police)\b"
    # "Poltava Governor Ivan Petrenko", "Sumy's governor": a governor heads an oblast, never a city
    r"|^(?:['’]s)?\s+(?i:governor\b|gov\.)"
)
# "the regional governor of Kherson", "the governor of Sumy", "the Lviv regional administration's head" is
# after: the oblast's official, so a toll told by them with no town of its own is the region's (labelling rule 3)
_REGIONAL_OFFICE_BEFORE = re.compile(
    r"\b(?:regional\s+(?:governor|head|chief|administration|authorities|officials)|governor)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# "in a village in Sumy", "at one of the villages located in Odesa": a village, unnamed, of the place after it, which is
# then its region (a city holds no villages), labelling rule 3
_A_VILLAGE_IN = re.compile(
    r"\b(?:an?|one(?:\s+of\s+the)?|several|some|two|three|four|five)\s+(?:[\w-]+\s+)?(?:villages?|settlements?)"
    r"\s+(?:(?:located|situated|lying)\s+)?in\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# The Donetsk governor's daily note on the cities Russia holds: their toll cannot be counted, no attack there.
_UNCOUNTED_IN = re.compile(
    r"\b(?:impossible|not\s+possible|cannot|can\s*not|unable)\s+to\s+(?:determine|establish|count|calculate)\b"
    r"[^.;]*?\bin\s+(?:[A-Z][\w'’-]+(?:\s*,)?\s+(?:and\s+)?)*$"
)


# "It is now approaching 8pm in Lviv. Our round-up of the evening follows": a live page's clock, no place hit.
_TIME_IN = re.compile(
    r"\b(?:it\s+is|it['’]s)\s+(?:now\s+)?(?:approaching\s+|nearly\s+|almost\s+|just\s+(?:after|before)\s+)?"
    r"(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|midnight|noon)\s+in\s+$",
    re.IGNORECASE,
)


# An air alarm told as what happened, and the places it covered ("Sirens went off for hours across several
# central regions, including the capital Kyiv"), unless a strike follows in the same clause ("sirens sounded before a
# missile hit Dnipro").
_ALARM_SOUNDED = re.compile(
    r"\b(?:air[\s-]+raid\s+)?(?:alerts?|alarms?|sirens?)\s+(?:sounded|rang|blared|wailed|went\s+off|were\s+(?:declared|heard))\b",
    re.IGNORECASE,
)
_ATTACK_AFTER_ALARM = re.compile(
    r"\b(?:hit|struck|strikes?|attack\w*|kill\w*|injur\w*|wound\w*|explosions?|blasts?|shell\w*|damag\w*)\b",
    re.IGNORECASE,
)


# "Explosions were also heard in A, B and C": blasts heard in a city are no strike on it (a strike told in the same
# clause after the names is: "blasts were heard in X, where a drone hit a house")
_HEARD_IN = re.compile(
    # ("Blasts were also reported in other towns across the country, such as A and B": blasts told besides the
    # attack, nothing hit; "explosions were reported in X" alone may be the attack itself)
    r"\b(?:explosions?|blasts?|booms?|detonations?)\s+(?:were\s+|was\s+)?(?:(?:also\s+|reportedly\s+)?heard|also\s+reported)"
    r"\s+(?:[\w'’-]+\s+){0,2}?in\s+(?:the\s+)?(?:(?:other\s+)?(?:cities|city|towns?)\s+(?:of|across\s+(?:the\s+country"
    r"|Ukraine)\s*,?\s+(?:including|such\s+as))\s+)?"
    # ("heard in Sumy, Kharkov, as well as in the Volyn, Khmelnitsky and Ternopil regions": the list goes on past a
    # name not read and "as well as")
    r"(?:(?-i:[A-Z])[\w'’-]+(?:\s*,)?\s+(?:and\s+|as\s+well\s+as\s+(?:in\s+)?(?:the\s+)?)?)*$"
    r"|\bheard\s+(?:loud\s+)?(?:explosions?|blasts?)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "Officials in Kyiv say Russia has been stockpiling missiles": the government in the capital speaks, the city is no
# place hit (a city's own officials telling of a strike there are "Kharkiv officials", "the city's authorities")
_GOVERNMENT_IN = re.compile(
    r"\b(?:officials|authorities|leaders|politicians|diplomats|government)\s+in\s+$", re.I
)
_GOVERNMENT_SAYS = re.compile(
    r"^\s+(?:(?:have|has|had)\s+)?(?:also\s+|long\s+|repeatedly\s+)?(?:say|says|said|believe[sd]?|warn(?:s|ed)?"
    r"|claim(?:s|ed)?|fear(?:s|ed)?|estimate[sd]?|accuse[sd]?|told|argue[sd]?|insist(?:s|ed)?)\b",
    re.IGNORECASE,
)

_TOLD_HIT = re.compile(
    rf"\b(?:{V.KILLED_WORDS}|{V.INJURED_WORDS}|hit|struck|damag\w*|debris|explosions?|blasts?)\b",
    re.IGNORECASE,
)


# "According to Fedorov, ...": a speaker's surname, however like a village's name it is
_ACCORDING_TO = re.compile(r"(?:^|[.;:]\s+)\W*according\s+to\s+$", re.IGNORECASE)


_NEAR_BEFORE = re.compile(
    r"\b(?:(?<!area\s)(?<!zone\s)near|outside|close\s+to|an?\s+suburb\s+of|on\s+the\s+outskirts\s+of)\s+"
    r"(?:the\s+(?:city|town)\s+of\s+)?$",
    re.IGNORECASE,
)


# A strike told near a place: something there was hit or someone hurt, not only heard or shot down (rule 1)
_HIT_NEAR = re.compile(
    r"\b(?:struck|strikes?|hit|hits|shell(?:ed|ing|s)?|damag\w*|injur\w*|wound\w*|kill\w*|dead|died|hurt|fires?"
    r"|ablaze|caught\s+fire)\b",
    re.IGNORECASE,
)
_NOT_HIT_NEAR = re.compile(r"\b(?:heard|shot\s+down|intercepted|downed|alerts?|sirens?)\b", re.IGNORECASE)


def _near_the_place_hit(clause: str, head_before: str, head: Mention, mentions: list[Mention]) -> bool:
    """ "a missile struck a farm near Balakliia, injuring two": the nearest place the report gives for a strike is
    where it is mapped (labelling rule 1, seventh amendment; ACLED codes such an event at the place named, at a
    coarser precision). Not when another settlement told before it in the clause is the place ("Pisochyn, a village
    just outside Kharkiv"). A port or city described before its name ("near Ukraine's Black Sea port of X") is left
    as before: it only says where."""
    return (
        bool(_NEAR_BEFORE.search(head_before))
        and bool(_HIT_NEAR.search(clause))
        and not _NOT_HIT_NEAR.search(clause)
        and not any(m.precision == "settlement" and m.end <= head.start for m in mentions)
    )


def classify(clause: str, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """What ``mention`` is in ``clause`` (see the module's docstring).

    Parameters
    ----------
    clause
        The clause the name was found in.
    mention
        The name found; may be changed in place (made weak, or moved to its oblast).
    mentions
        Every name found in the clause, in order.

    Returns
    -------
    Mention or None
        The place of the attack (``mention`` itself, or the oblast it stands for), or None when
        the name is no place of an attack.
    """
    before = clause[max(0, mention.start - 60) : mention.start]
    after = clause[mention.end : mention.end + 60]
    if _PERSON_APPOSITION.search(before) or _INTERCEPTED_OVER.search(clause[: mention.start]):
        return None
    if mention.precision == "settlement" and _ACCORDING_TO.search(before) and re.match(r"\s*,", after):
        return None  # "According to Zhyvytskyi, A, B and C came under fire": the official who told it
    if _INTERCEPTED_IN.search(clause[: mention.start]) and not HARM.search(clause):
        return None  # "Eleven Shaheds were shot down in the Izium and Bohodukhiv districts"
    if _FELL_HARMLESS.search(clause) and not V.CASUALTY_WORD.search(clause):
        return None  # "In the Lozova district, debris fell on farmland without causing any damage"
    if _INTERCEPTED_AFTER.search(clause[mention.end :]) and not HARM.search(clause):
        return None  # "In the region of Mykolaiv, air defence destroyed six of the seven drones"
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
        # ("in Dnipro district of the city" after Kyiv: the city told before)
        r"^\s+(?:and\s+[A-Z][\w'’-]+\s+(?i:districts)|(?i:district))\s+of\s+(?:(?:the\s+city\s+of\s+)?[A-Z]|the\s+city\b)",
        after,
    ) and not re.match(
        # ("the A and B districts of the X region": raions of the region, no city's districts)
        r"^\s+(?:and\s+[A-Z][\w'’-]+\s+)?districts?\s+of\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:region|oblast|province)\b",
        after,
        re.IGNORECASE,
    ):
        return None  # "the Kyiv district of Kharkiv": a city's district named after another place; the city is hit
    if re.search(r"\b[A-Z][\w'’-]+['’]s\s+$", before) and re.match(r"^\s+district\b", after):
        return None  # "Kharkiv's Kyiv district": likewise
    if re.match(
        r"^\s+(?:suburb|suburbs|satellite\s+town|outskirts)\s+of\s+(?:the\s+(?:town|village)\s+of\s+)?[A-Z]",
        after,
    ):
        return None  # "the Kyiv suburb of Vyshneve": the city only says where the town hit is
    if re.search(
        r"\b(?:consumers|households|subscribers|customers)\s+in\s+(?:the\s+)?(?:[\w'’-]+\s*,?\s+(?:and\s+)?){0,4}$",
        clause[: mention.start],
    ) and re.match(r"^[^.;]*?\bwithout\s+(?:electricity|power|gas|water|heat)", clause[mention.end :]):
        return None  # "4,500 consumers in the Poltava and Shcherbani communities were left without power"
    if (
        mention.place_name == "Kyiv"
        and mention.precision == "settlement"
        and _GOVERNMENT_IN.search(before)
        and _GOVERNMENT_SAYS.match(after)
        # ("Officials in Kyiv said a missile hit a house in the capital, killing two": a strike on it, told by them)
        and not _TOLD_HIT.search(clause[mention.end :])
    ):
        return None  # "Officials in Kyiv say ...": the government speaking, not the city hit
    if _UNCOUNTED_IN.search(clause[: mention.start]):
        return None  # "the number of victims in Mariupol and Volnovakha cannot be established"
    if re.search(r"\b(?:Suspilne|Suspilno)\s+$", before):
        return None  # "Source: Suspilne Sumy": the public broadcaster's regional newsroom
    if re.search(r"\b(?:Ukrainska|Ukrayinska|Ukrainian|Ukrainskaya)\s+$", before) and mention.name.startswith(
        "Pravd"
    ):
        return None  # "as quoted by Ukrainska Pravda": a newspaper, not the village of Pravda
    if re.search(r"\bSea\s+of\s+(?:the\s+)?$", before, re.IGNORECASE) or re.match(
        r"^\s+Sea\b", after, re.IGNORECASE
    ):
        return (
            None  # "missiles fired over the Sea of Azov", "the Azov Sea": a sea, not the village named Azov
        )
    if re.match(
        r"^\s+(?:nuclear\s+(?:power\s+)?(?:plant|station)|NPP|(?:main\s+)?(?:oil\s+|gas\s+)?pipelines?)\b",
        after,
        re.IGNORECASE,
    ):
        # "near the Zaporizhzhia nuclear power plant": a plant named after a city it is not in; "the Druzhba
        # pipeline": a pipeline's name, no place
        return None
    if (
        re.match(r"^\s+(?:forces|troops)\b", after)
        or _TIME_IN.search(before)
        or re.match(r"^\s+time\b", after)
    ):
        return None  # "which Kyiv forces said", "It's nearly 7am in Lviv", "at 8:00 (Kyiv time)": the country, a clock
    if re.match(r"^\s+(?:front|direction|axis|sector)\b", after, re.IGNORECASE):
        return None  # "attacks on the Sumy front": the ground war along a line, not a strike on the city
    if re.match(
        r"^\s+(?:and\s+[A-Z][\w'’-]+\s+)?rivers?\b|^(?:['’]s)?\s+(?:west|east|left|right)(?:ern)?\s+bank",
        after,
        re.IGNORECASE,
    ):
        return None  # "the Dnipro River", "the Pivdennyi Buh and Dnipro rivers", "on the Dnipro's west bank": the river
    if re.search(r"\b(?:the\s+)?river\s+$|\balong\s+(?:the\s+)?$|\bbanks?\s+of\s+(?:the\s+)?$", before, re.I):
        return None  # "settlements along the river Dnipro", "along the Dnipro", "the banks of the Dnipro"
    # A place listed after another ("across Odesa, Sumy, and Donetsk") shares its context.
    head = mention
    for other in reversed([m for m in mentions if m.end <= mention.start]):
        if _LIST_GLUE.match(clause[other.end : head.start]):
            head = other
        else:
            break
    head_before = clause[max(0, head.start - 60) : head.start]
    if _HEARD_IN.search(clause[: head.start]) and not (
        # ("blasts were also reported in X, where one person was hurt": X was hit)
        _ATTACK_AFTER_ALARM.search(clause[mention.end :]) or _TOLD_HIT.search(clause[mention.end :])
    ):
        return None  # "blasts could be heard as far as A and B": heard, not hit
    alarm = _ALARM_SOUNDED.search(clause[: head.start])
    if alarm and not _ATTACK_AFTER_ALARM.search(clause[alarm.end() : head.start]):
        return None  # "alerts sounded for hours in several regions, including Kyiv": an alarm, no strike
    if (
        # ("explosions on the edge of Khotiyivka village": a village named with its noun is where it was hit)
        (
            V.VENUE_BEFORE.search(head_before)
            and not re.match(r"^\s+village\b", after)
            and not _near_the_place_hit(clause, head_before, head, mentions)
        )
        # ("the mayor of the city of X said ...": the mayor speaks, not the city; X is where he is mayor)
        or (
            V.ACTOR_AFTER.match(after)
            and not (
                re.match(r"^\s+(?:said|says|told|reported|wrote)\b", after)
                and V.OFFICIAL_BEFORE.search(re.sub(r"the\s+city\s+of\s+$", "", before))
            )
        )
        or DATELINE_AFTER.match(after)
    ):
        return None
    if (
        re.search(
            r"\b(?:settlements|villages|towns|communities|localities)\s+(?:of|in)\s+(?:the\s+)?$",
            head_before,
            re.I,
        )
        and re.match(
            r"^(?:(?:,\s*|,?\s+and\s+)[A-Z][\w'’-]+)*\s+(?:districts?|raions?)\b", clause[mention.end :]
        )
        and not re.search(
            r"\bone\s+of\s+the\s+(?:settlements|villages|towns|localities)\s+(?:of|in)\s+(?:the\s+)?$",
            head_before,
            re.I,
        )
        # (but "fired at villages of the Balakliia and Chuhuiv districts", no place of them named before: the raions
        # are what was hit, each its centre town unless the report names a village of it, labelling rule 4)
        and (
            re.search(r"\bother\s+(?:settlements|villages|towns|communities|localities)\b", head_before, re.I)
            or any(m.precision == "settlement" and m.end <= head.start for m in mentions)
        )
    ):
        # "and other settlements of the Kupiansk, Chuhuiv and Kharkiv districts": the raions say where (but "one of
        # the villages in the Vasylivka district", it unnamed: the raion is the place, its centre town, by
        # labelling rule 4)
        return None
    if mention.name.isupper() and len(mention.name) > 3 and _CAPS_DATELINE_AFTER.match(after):
        return None  # "KYIV, Ukraine -": where the report was filed
    if not clause[: mention.start].strip() and _DATELINE_LEAD.match(after):
        return None  # "Kiev, June 7 (IANS) The death toll ...": where the report was filed
    if (
        mention.precision == "settlement"
        and not clause[: mention.start].strip()
        and re.match(r"^:\s", after)
        and any(
            other.start > mention.end
            and other.precision == "settlement"
            and other.strong
            # (not the city's own region: "Kyiv: debris fell in Vyshhorod" may be a heading of the capital's area)
            and other.oblast_iso != mention.oblast_iso
            and {other.oblast_iso, mention.oblast_iso} != KYIV_AND_ITS_REGION
            for other in mentions
        )
    ):
        return None  # "Kyiv: A drone attack ... in the western city of Khmelnytskyi": the dateline, a town elsewhere hit
    if V.OFFICIAL_BEFORE.search(before) or V.OFFICIAL_AFTER.match(after):
        mention.strong = False
    if (
        mention.precision == "settlement"
        and normalize_name(mention.place_name or mention.name) in _OCCUPIED_SINCE_2014
    ):
        # "Two people were killed in Donetsk": Russia has held the cities of Donetsk and Luhansk since
        # 2014, so a report of a Russian attack that names them bare means their region.
        as_oblast = mention_as_oblast(mention, mention.name)
        if as_oblast is not None:
            return as_oblast
    if mention.precision == "settlement" and (
        REGIONAL_OFFICE_AFTER.match(after) or _REGIONAL_OFFICE_BEFORE.search(before)
    ):
        # "the head of the Kharkiv OVA": the oblast's administration speaks, not the city's.
        as_oblast = mention_as_oblast(mention, mention.name)
        if as_oblast is not None:
            as_oblast.strong = False
            return as_oblast
    if mention.precision == "settlement" and _A_VILLAGE_IN.search(before):
        # "two were hurt in a village in Kharkiv": a village lies in the region, never in the city of that name
        as_oblast = mention_as_oblast(mention, mention.name)
        if as_oblast is not None:
            return as_oblast
    if mention.precision == "settlement" and (
        _ACROSS_LIST.search(head_before)
        or REGIONS_LEAD.search(head_before)
        or REGIONS_HIT.search(clause[: head.start])
    ):
        # "Attacks across Odesa and Sumy" may mean the cities or their regions: place at the oblast.
        as_oblast = mention_as_oblast(mention, mention.name)
        if as_oblast is not None:
            return as_oblast
    return mention
