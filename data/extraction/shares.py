"""One sentence's figures shared out among several places ("2 in Kharkiv, 3 in Sumy")."""

from __future__ import annotations

import re

from data.extraction import slavic
from data.extraction.counts import INJURED, KILLED, Count
from data.extraction.events import clause_parts
from data.extraction.folding import AND_ITS_REGION, spread_over_places
from data.extraction.lookup import Mention, sole_oblast
from data.extraction.numbers import find_numbers, parse_number_words
from data.extraction.rules import LanguageRules
from data.extraction.slavic.words import INJURED_STEM, KILLED_STEM
from geo.gazetteer import load_gazetteer, normalize_name
from geo.oblasts import find_oblast

_EXAMPLE_BEFORE = re.compile(
    r"(?:зокрема|including|в\s+том\s+числе|у\s+тому\s+числі|включаючи|включно\s+з|включая|серед\s+них|среди\s+них|among\s+them)"
    r"[\s,:]+(?:(?:й|і|и|the\s+city\s+of|місто|город)\s+)?$",
    re.IGNORECASE,
)
# "обстрілів Харкова та 9 населених пунктів області двоє людей загинули": the town is one of the places
# the region's figures are spread over, not where they all were.
_AND_PLACES_AFTER = re.compile(
    r"^\s*,?\s*(?:та|і|й|и|а\s+також|а\s+также|and)\s+(?:ще|еще|ещё|other|another)?\s*"
    # ("the town of X and some 15 other villages": the number told roughly)
    r"(?:(?:around|about|some|nearly|almost|over|more\s+than|близько|около|понад|более)\s+)?[\w'’ʼ-]+\s+"
    # ("the city of Kherson and six more settlements in the region")
    r"(?:(?:інших|других|other|more|further)\s+)?(?:населен\w+\s+пункт\w*|громад\w*|общин\w*|settlements|communities|towns|villages)",
    re.IGNORECASE,
)


def examples_as_oblast(clause: str, mentions: list[Mention]) -> list[Mention]:
    """ "ударів зазнали 27 населених пунктів, зокрема Херсон, 7 людей поранені": the figures are the
    region's, and the town is one of its examples: the event is the oblast's.  So are those told of a city and its
    region together ("внаслідок обстрілів Запоріжжя та області загинули двоє": labelling rule 4)."""
    spread = spread_over_places(clause)
    if not spread and not any(AND_ITS_REGION.match(clause[m.end :]) for m in mentions):
        return mentions
    result = []
    for mention in mentions:
        oblast = find_oblast(mention.oblast_iso) if mention.oblast_iso else None
        if (
            mention.precision == "settlement"
            and oblast
            and (
                (spread and _EXAMPLE_BEFORE.search(clause[: mention.start]))
                or (spread and _AND_PLACES_AFTER.match(clause[mention.end :]))
                or AND_ITS_REGION.match(clause[mention.end :])
            )
        ):
            example = slavic.oblast_mention(oblast)
            example.start, example.end = mention.start, mention.end
            if not any(m.key == example.key for m in result):
                result.append(example)
            continue
        if not any(m.key == mention.key for m in result):
            result.append(mention)
    return result


EXCLUDED = re.compile(
    r"\b(?:(?:do|does|did)\s+not\s+(?:include|take\s+into\s+account|count)|without\s+(?:taking\s+into\s+account"
    r"|counting|including)|excluding|not\s+including)\b|(?<!\w)(?:не\s+враховуючи|без\s+урахування|без\s+учета"
    r"|не\s+учитывая|не\s+включа\w+|неможливо\s+встановити|невозможно\s+установить)(?!\w)",
    re.IGNORECASE,
)
# A toll shared out over the places listed after it: "wounded seven: five in A, one each in B and C",
# "поранили 5 жителів: 3 в A та 2 у B", "загинули троє – в A постраждали ...".
# ("six more were hurt (two in A, one in the B hromada, three in C)": the shares in parentheses)
_SHARE_SEPARATOR = re.compile(r"\s*[:–—]\s+|\s+-\s+|\s+\((?=[^()]+\)\s*\W*$)")
_EACH_BEFORE = re.compile(r"^\s*по\s+(?=\S)", re.IGNORECASE)
IN_TOTAL = re.compile(
    r"\b(?:in\s+total|overall|altogether)\b|(?<!\w)(?:загалом|усього|всього|всего|в\s+общей\s+сложности)(?!\w)",
    re.IGNORECASE,
)
_ANOTHER_TOLL = re.compile(r",\s+(?=(?:ще|еще|ещё|and\s+another|another)\s)", re.IGNORECASE)
_SHARED_PHRASE = {
    "en": {KILLED: "people were killed", INJURED: "people were injured"},
    "slavic": {KILLED: "людей загинули", INJURED: "людей поранені"},
}


# What may stand before a list of places told right after a toll ("killed three: in the villages of A, B and C")
_PLACES_FIRST = re.compile(
    r"\s*(?:(?:in|at|on)\s+)?(?:the\s+)?(?:(?:villages?|towns?|cities|settlements|communities)\s+(?:of\s+)?)?",
    re.IGNORECASE,
)


def _number_at(text: str) -> int | None:
    """The number a piece of text starts with ("3 в Торецьку", "five in Kostiantynivka"), if any."""
    first = re.match(r"\s*(?:and\s+|і\s+|та\s+|й\s+|и\s+|ще\s+|еще\s+)?([\w'’ʼ-]+)", text, re.IGNORECASE)
    if first is None:
        return None
    word = first.group(1)
    if word.isdigit():
        return int(word)
    if word.lower() in ("a", "an"):
        return None
    return parse_number_words(word) or slavic.number_value(word)


# People listed one item per place, each item its place's own figure: "Among the dead were two women in Sumy and a man
# in Kharkiv", "The injured include a teenager in Kherson and three people in the Odesa region".
_FATE_HEAD = re.compile(
    r"^\W*(?:among\s+(?:the\s+)?(?P<among>dead|killed|injured|wounded|hurt)\s+(?:were|are|was|is)"
    r"|(?:the|those)\s+(?P<the>dead|killed|injured|wounded|hurt)\s+(?:include[sd]?|were|are))\b\s*:?",
    re.IGNORECASE,
)
_FATE_WORDS = {"dead": KILLED, "killed": KILLED, "injured": INJURED, "wounded": INJURED, "hurt": INJURED}
# What an item says before its place: its people, then "in the southern city of", "in the western ... region"
_ITEM_BEFORE_PLACE = re.compile(
    r"^\s*[,;]?\s*(?:and\s+)?(?P<who>\S.*?)(?:\s*,?\s+|\s*[—–]\s*)(?:in|from)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)[\w-]*\s+)?(?:(?:city|town|village|region|oblast)\s+of\s+)?$",
    re.IGNORECASE | re.S,
)
# What may follow an item's place: a region's word ("the Chernihiv region"), a bracketed aside, the sentence's end
_REGION_WORD = re.compile(r"\s+(?:region|oblast|province)\b", re.IGNORECASE)
# ("..., officials said", "..., according to the governor": the speaker after the list)
_AFTER_PLACE = re.compile(
    r"^\s*(?:\([^()]*\))?\s*(?:,\s*(?:[\w'’-]+\s+){0,5}(?:said|says|reported|wrote|according\s+to)\b.*)?$",
    re.IGNORECASE,
)


def people_in_places(
    clause: str, rules: LanguageRules, fate: str | None = None, total: Count | None = None
) -> list[tuple[str, list[Mention]]] | None:
    """ "Among the dead were two women in Sumy and a man in Kharkiv" (English): each place with the people listed
    right before it, as one (phrase, places) pair per place; None when the clause is no such list.

    The fate is the head's ("among the dead were", "the injured include") or ``fate`` (the toll the list follows,
    "killed four people: ..."), whose ``total`` the items must then add up to. Every place must have its own item, a
    figure or one person ("a man", "three children, aged 5, 9 and 14") right before "in [the city of] <place>".
    """
    if not rules.unplaced:
        return None
    head = _FATE_HEAD.match(clause)
    if head is not None:
        fate = _FATE_WORDS[(head.group("among") or head.group("the")).lower()]
        start = head.end()
    elif fate is None:
        return None
    else:
        start = 0
    places = sorted(
        {m.key: m for m in rules.find_places(clause) if m.strong and m.start >= start}.values(),
        key=lambda m: m.start,
    )
    if len(places) < 2:
        return None
    verb = "killed" if fate == KILLED else "injured"
    shared, added, at = [], 0, start
    for index, mention in enumerate(places):
        item = _ITEM_BEFORE_PLACE.match(clause[at : mention.start])
        if item is None:
            return None
        # (the people up to an aside: "three children—aged 5, 9 and 14—" are three children; their ages would be
        # read as figures of their own)
        who = re.split(r"\s*[,—–(]", item.group("who"))[0].strip()
        numbers = find_numbers(who)
        if not numbers or numbers[0].start != 0:
            return None  # (each item opens on its people: "two women", "a man")
        value = numbers[0].value
        added += value
        # The item's people are all the place's (exact), the children among them as the item's words tell
        # ("two children", "a 15-year-old girl"; "three fishermen" are grown-ups)
        told = rules.find_counts(f"{who} {'was' if value == 1 else 'were'} {verb}")[0]
        children = next((c.value for c in told if c.field == f"children_{fate}"), 0)
        phrase = f"{value} {'person was' if value == 1 else 'people were'} {verb}"
        if children:
            phrase += f", including {children} {'child' if children == 1 else 'children'}"
        shared.append((phrase, [mention]))
        at = mention.end
        region_word = _REGION_WORD.match(clause, at)
        at = region_word.end() if region_word else at
        if index == len(places) - 1 and not _AFTER_PLACE.match(clause[at:].rstrip(".;!")):
            return None
    if total is not None and (added != total.value if not total.at_least else added < total.value):
        return None
    return shared


def shared_out(clause: str, rules: LanguageRules) -> list[tuple[str, list[Mention]]] | None:
    """The clause's toll given place by place, as one (clause, places) pair per place; None if it is not.

    Each pair's clause is a short phrase with the place's own figure ("3 людей поранені"), or
    empty when the report gives the place no figure of its own ("11 injured in A, B, C, D and E").
    """
    language = "en" if rules.unplaced else "slavic"
    phrase = _SHARED_PHRASE[language]
    listed = people_in_places(clause, rules)
    if listed is not None:
        return listed
    pieces = _ANOTHER_TOLL.split(clause)
    if len(pieces) > 1:
        # "у A і B загинули дві людини, ще 7 поранено у C, D, E": each toll with its own places.
        shared = [shared_out(piece, rules) for piece in pieces]
        if not any(shared):
            return None
        return [
            pair
            for piece, pairs in zip(pieces, shared, strict=True)
            for pair in (pairs or [(piece, rules.find_places(piece))])
        ]
    # ("Donetsk Oblast: Governor ... reported that four civilians were wounded ...: one in A and three in B": the
    # separator after the toll, not the one after a heading)
    separators = [m for m in _SHARE_SEPARATOR.finditer(clause) if rules.find_counts(clause[: m.start()])[0]][
        :1
    ] or [_SHARE_SEPARATOR.search(clause)]
    for separator in separators:
        if separator is None:
            break
        lead, rest = clause[: separator.start()], clause[separator.end() :]
        lead_counts = [c for c in rules.find_counts(lead)[0] if c.field in (KILLED, INJURED)]
        lead_places = [m for m in rules.find_places(lead) if m.precision == "settlement" and m.strong]
        places = [m for m in rules.find_places(rest) if m.precision == "settlement" and m.strong]
        if len(lead_counts) == 1 and not lead_places and places:
            total = lead_counts[0]
            # ("killed four people: two women in Sumy, a man in Kharkiv and a teenager in Kherson")
            listed = people_in_places(rest, rules, total.field, total)
            if listed is not None:
                return listed
            shared = _share_by_figures(rest, places, total, phrase[total.field], rules)
            if shared is not None:
                return shared
            if (
                len(places) == total.value
                and not rules.find_counts(rest)[0]
                # ("killed three in the region: in A, B and C" in English is the three together, the region's
                # (labelling rule 4), unless told "one each", as below; people listed after it, "a man and a woman
                # from A and B", are one each)
                and (
                    not rules.unplaced
                    or re.search(r"\beach\b", clause, re.IGNORECASE)
                    or not _PLACES_FIRST.fullmatch(rest[: places[0].start])
                )
            ):
                return [(f"1 {phrase[total.field]}", [m]) for m in places]  # "двох загиблих – у A і B"
    places = [m for m in rules.find_places(clause) if m.precision == "settlement" and m.strong]
    each = None if rules.unplaced else _one_each_of_places(clause, places, phrase)
    if each is not None:
        return each
    counts = rules.find_counts(clause)[0]
    each_en = _EACH_IN.search(clause) if rules.unplaced else None
    if (
        each_en
        and len(counts) == 1
        and counts[0].field in (KILLED, INJURED)
        and len({m.key for m in places if m.start >= each_en.end()}) >= 2
        and not any(m.start < each_en.start() for m in places)
        and _number_at(each_en.group("number"))
    ):
        # "shelling killed one person each in A and B": the figure told once for each place after it
        value = _number_at(each_en.group("number"))
        return [(f"{value} {phrase[counts[0].field]}", [m]) for m in places]
    one_toll = len(counts) == 1 and counts[0].field in (KILLED, INJURED)
    # ("attacks on A, B and C killed four people, injured five others": the dead and the hurt, each told once for
    # the places together)
    both_tolls = rules.unplaced and len(counts) == 2 and {c.field for c in counts} == {KILLED, INJURED}
    if (
        len({m.key for m in places}) >= 2
        and (one_toll or both_tolls)
        and not IN_TOTAL.search(clause)
        and len(clause_parts(clause, places, rules)) == 1
        # ("A and B were hit, the people there unharmed": a zero told of several places is each one's, no share)
        and not all(c.value == 0 for c in counts)
    ):
        if one_toll:
            gapped = _gapped_shares(
                clause,
                places,
                counts[0],
                phrase[counts[0].field],
                _GAPPED_ITEM if rules.unplaced else _GAPPED_ITEM_SLAVIC,
            )
            if gapped is not None:
                return gapped
        if (
            one_toll
            and len({m.key for m in places}) == counts[0].value
            and not counts[0].at_least
            # ("five were hurt in A, B, C, D and E": the five together, the region's (labelling rule 4), unless told
            # "one each")
            and (not rules.unplaced or re.search(r"\beach\b", clause, re.IGNORECASE))
        ):
            # "двох загиблих – у A і B" ("killed at least two people" in two cities may be two in one)
            return [(f"1 {phrase[counts[0].field]}", [m]) for m in places]
        if rules.unplaced and any(
            m.precision == "oblast"
            and m.strong
            and sum(p.oblast_iso == m.oblast_iso for p in places) >= 2
            and m.start < places[0].start
            for m in rules.find_places(clause)
        ):
            return None  # "In Dnipropetrovsk Oblast, four were injured as ... hit A and B": the oblast's toll
        hit = [("", [m]) for m in places]  # the places were hit; their share of the toll is not told
        oblast = sole_oblast(m.oblast_iso for m in places)
        if oblast is None and rules.unplaced:
            oblast = _oblast_all_can_be_in(clause, places, rules)
        if oblast is not None:
            # "the governor said five were hurt in A, B, C, D and E": a toll told for the places together and for
            # none alone is their region's (labelling rule 4), which the clause leaves unnamed or names only in
            # its speaker's title
            told = " and ".join(
                f"{'at least ' if count.at_least else ''}{count.value} {phrase[count.field]}"
                for count in counts
            )
            return [*hit, (told, [slavic.oblast_mention(oblast)])]
        if both_tolls:
            return None
        return hit
    paired = _figure_then_place(clause, places, counts, phrase)
    if paired is not None:
        return paired
    return None


def _oblast_all_can_be_in(clause: str, places: list[Mention], rules: LanguageRules):
    """The one oblast that has a place of each name and that the clause names ("four were hurt when shells fell on
    Ivanivka and Mykhailivka in the Zaporizhzhia region": of the places so named, those of that region)."""
    gazetteer = load_gazetteer()
    common: set[str] | None = None
    for m in places:
        rows = gazetteer.primary.get(normalize_name(m.place_name or m.name), [])
        here = {gazetteer.places.oblast_iso.iloc[r] for r in rows} | ({m.oblast_iso} - {None})
        common = here if common is None else common & here
    named_all = {m.oblast_iso for m in rules.find_places(clause) if m.precision == "oblast"}
    named = named_all & (common or set())
    if not named and len(named_all) == 1 and _IN_THE_REGION.search(clause):
        # ("the regional administration's head said three were killed in the region: in A, B and C": the toll told
        # as the region's, the one the clause names, though a village of the list the gazetteer has elsewhere only)
        named = named_all
    return find_oblast(named.pop()) if len(named) == 1 else None


_IN_THE_REGION = re.compile(r"\b(?:in|across)\s+the\s+(?:region|oblast)\b(?!\s+of\b)", re.IGNORECASE)


# "one person each in A and B", "two each in A, B and C"
_EACH_IN = re.compile(
    r"\b(?P<number>\d+|[a-z]+)\s+(?:(?:people|persons?|civilians?|residents?)\s+)?each\s+(?:in|at)\b",
    re.IGNORECASE,
)
# "по одному раненому в A, B и C", "по двоє поранених у A та B": the same figure for each place after it
_EACH_OF = re.compile(
    r"(?<!\w)по\s+(?P<number>\d+|[а-яіїєґ'’ʼ]+)\s+"
    r"(?:(?:людин\w*|человек\w*|особ\w*|жител\w*|мешкан\w*|цивільн\w*|гражданск\w*|мирн\w*)\s+)?",
    re.IGNORECASE,
)


def _one_each_of_places(
    clause: str, places: list[Mention], phrase: dict[str, str]
) -> list[tuple[str, list[Mention]]] | None:
    """ "по одному человеку ранили в A, B и C": one figure told once for each of two or more places named after it,
    with one kind of casualty in the clause (A, B and C one hurt each, not the three places one together)."""
    each = _EACH_OF.search(clause)
    if each is None:
        return None
    value = _number_at(each.group("number"))
    after = sorted({m.key: m for m in places if m.start >= each.end()}.values(), key=lambda m: m.start)
    if not value or len(after) < 2 or any(m.start < each.start() for m in places):
        return None
    if any(_number_at(word) for word in re.findall(r"[\w'’ʼ-]+", clause[each.end() :])):
        return None  # ("по 2 у A і B, 1 у C": figures of their own after it)
    words = re.findall(r"[\w'’ʼ]+", clause)
    kinds = {
        kind
        for kind, stem in ((KILLED, KILLED_STEM), (INJURED, INJURED_STEM))
        if any(stem.match(word) for word in words)
    }
    if len(kinds) != 1:
        return None
    told = phrase[kinds.pop()]
    return [(f"{value} {told}", [m]) for m in after]


def _figure_then_place(
    clause: str, places: list[Mention], counts: list[Count], phrase: dict[str, str]
) -> list[tuple[str, list[Mention]]] | None:
    """ "поранили чотирьох у Лимані та одного в Сіверську", "wounded three in A and two in B": one verb, and
    each of its figures of one kind right before a place of its own, so each place has the figure before it (the
    figures are each read, but the clause names several places and gave them to none)."""
    ordered = sorted({m.key: m for m in places}.values(), key=lambda m: m.start)
    if len(ordered) < 2 or len(counts) != len(ordered) or len({c.field for c in counts}) != 1:
        return None
    if counts[0].field not in (KILLED, INJURED):
        return None
    counts = sorted(counts, key=lambda c: c.start)
    bounds = [0, *(m.end for m in ordered)]
    for index, (count, mention) in enumerate(zip(counts, ordered, strict=True)):
        if not bounds[index] <= count.start < mention.start:
            return None
        if (
            index
            and not _GAPPED_ITEM_SLAVIC.match(clause[ordered[index - 1].end : mention.start])
            and not (_GAPPED_ITEM.match(clause[ordered[index - 1].end : mention.start]))
        ):
            return None  # (only a short item between two places: "та одну в", "і ще двох у", "and two in")
    return [
        (f"{'щонайменше ' if c.at_least else ''}{c.value} {phrase[c.field]}", [m])
        for c, m in zip(counts, ordered, strict=True)
    ]


_GAPPED_ITEM = re.compile(
    # ("killed two people in A in the B hromada, one person in C": the community after a place says where it is)
    r"^(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:hromada|community|district|raion))?"
    r"\s*,?\s*(?:and\s+)?(?P<number>[\w'’-]+)\s+"
    r"(?:(?:more|other|others|people|persons?|residents?|civilians?)\s+){0,2}"
    r"(?:in|at)\s+(?:the\s+(?:village|town|city)\s+of\s+)?$",
    re.IGNORECASE,
)


# "трое человек погибли в A, 1 в B и еще 1 - в C", "двоє загинули у A, ще один – у B", "убили двух в A,
# а также одного в B", "по одному — в C, D и E" (one each in every place listed after it)
_GAPPED_ITEM_SLAVIC = re.compile(
    r"^\s*,?\s*(?:(?:і|й|та|и|а)\s+)?(?:(?:ще|еще|ещё|також|также)\s+)?(?P<each>по\s+)?(?P<number>[\w'’ʼ-]+)\s+"
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
    each = None
    for previous, mention in zip(ordered, ordered[1:]):
        gap = clause[previous.end : mention.start]
        item = item_pattern.match(gap)
        value = _number_at(item.group("number")) if item else None
        if item is None and each is not None and re.fullmatch(r"\s*(?:,|і|й|та|и)\s*", gap):
            value = each  # ("по одному — в C, D и E": D and E have one each too)
        if value is None:
            if item and item.group("number").lower() == "another":
                value = 1
            else:
                return None
        if item is not None:
            each = value if item.groupdict().get("each") else None
        shared.append((f"{value} {phrase}", [mention]))
    return shared


def _share_by_figures(
    rest: str, places: list[Mention], total: Count, phrase: str, rules: LanguageRules
) -> list[tuple[str, list[Mention]]] | None:
    """ "five in A, one each in B and C" / "в A постраждали двоє, у B – одна жінка": the items' own
    figures, accepted only when they add up to the toll they share."""
    shared: list[tuple[str, list[Mention]]] = []
    if _number_at(_EACH_BEFORE.sub("", rest, count=1)) is not None:
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
            if value is None:
                return None
            # ("по 1 у Райському і Святогорівці", "one each in B and C", and "killed five: two in A, one in B, C and D"
            # with "each" left out: each place has the figure, read so only when the shares then add up to the toll,
            # 2 + 1 + 1 + 1, never when the figure may be the places' together)
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
