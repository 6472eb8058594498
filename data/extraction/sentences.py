"""A report's text cut into sentences and clauses; headlines, lists and links to other news."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from data.extraction import vocabulary as V
from data.extraction.numbers import parse_number_words

_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|U\.S|U\.K|e\.g|i\.e|approx|No)\."
    # "on Feb. 11 killed three": a month's abbreviation before its day
    r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(?=\s*\d)"
    # "drones struck the village. Velyka A of the B district" (a machine translation of the abbreviation "с."):
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
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had)\b")
_UNPUNCTUATED_SENTENCE = re.compile(r"\w,\s+(?:\S+\s+){2,}\S+\s*$")
# A headline's source after a dash at its end: "... - RMA", "... – OVA", "... - governor", "... - media".
_HEADLINE_SOURCE = re.compile(
    r"\s[-–—]\s*(?:RMA|OVA|MVA|ODA|CMA|SES|ZSU|OP|governor|mayor|police|prosecutors?|officials?|media|head\s+of\s+\w+)\s*$"
)
# A quotation closed by its speaker with the last full stop lost ('«... зросла до п’яти"., - повідомив
# голова ОВА', '..." — сообщил мэр'): body text.  A title names no speaker after a full stop in quotes.
_SPEAKER_AFTER_QUOTE = re.compile(
    # ('«В с. Циркуны ... тела двух человек», – уточнил глава ОВА': the quote closed with no full stop at all)
    r"(?:[.!?][\"”’»]*|[\"”’»])[.,]?\s*[-–—]+\s*(?:\w+\s+)?(?:повідоми|написа|зазначи|заяви|сказа|додав|дода|"
    r"пише|уточни|сообщи|написал|отмети|заяви|сказал|добави|пишет)\w*(?:\s+\S+){0,3}\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"”’)»]*\s+(?=[\"“‘(«]?[A-ZА-ЯІЇЄҐ0-9])"
    # 'the governor said.One home was damaged', 'loved ones.""The worst ...': pasted text that lost its space
    r"|(?<=[a-z]{2}[.!?])[\"”’)»]*(?=[\"“‘(«]?[A-Z][a-z]{2})"
)
_CLAUSE_SPLIT = re.compile(
    # ("Apart from four hurt in the Myrne community, there are three other victims - ...": the
    # place before the comma has its own figure)
    r"(?:(?<=community)|(?<=hromada)|(?<=district)),\s+(?=there\s+(?:are|were|is|was)\s)|"
    r"\s*;\s*|,?\s+while\s+|,?\s+whereas\s+|,\s+but\s+|,\s+and\s+(?=in\s|another\s(?!(?:in|near|at)\s)|a\s+separate\s|also\s"
    # "..., and drone attacks hit three districts of Kharkiv": a new attack with its own subject
    r"|(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|drones?|missiles?|shelling|bombs?)\s+(?:also\s+)?"
    r"(?:hit|struck|killed|injured|wounded|damaged|targeted)\b"
    # "..., and missile strikes on Odesa injured 12 people": the subject names its own place
    r"|(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|shelling)\s+(?:on|against)\s+(?:the\s+city\s+of\s+)?"
    r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:also\s+)?(?:hit|struck|killed|injured|wounded|damaged|left)\b"
    # "the region's shelling killed two, and the city of X endured a drone attack": the city, a subject of its own
    r"|the\s+(?:city|town|village)\s+of\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:also\s+|itself\s+)?"
    r"(?:endured|suffered|came\s+under|was\s+(?:also\s+)?(?:hit|struck|attacked|shelled|targeted))\b"
    # "a pensioner of A died, and a woman of 38 from B was hurt": each person with the place she lives in
    r"|an?\s+(?:[\w-]+\s+){0,2}?(?:resident|woman|man|boy|girl|pensioner|teenager)\s+(?:of|from)\s+(?-i:[A-Z])[^,.;]*?"
    r"\b(?:was|is|were|has|had)\b)"
    r"|\s+—\s+|\.\s+Meanwhile,?\s+",
    re.IGNORECASE,
)


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
# A Ukrainian or Russian lead under the title that lost its full stop ("Внаслідок нічного удару по місту кількість
# поранених зросла до 9"): it opens as a sentence of the body does, with the attack as the cause of what follows
_SLAVIC_LEAD = re.compile(
    r"^(?:Внаслідок|Унаслідок|У\s+результаті|В\s+результаті|В\s+результате|Через|Из-за)\s+(?:\S+\s+){6,}\S+$"
)
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
# A photo's caption, closed by its credit in brackets ("..., Okhtyrka, Sumy Oblast. (Name/Agency via Getty Images)"):
# it tells what a picture shows, often an earlier day's damage, not the report's attacks
_CAPTION = re.compile(
    rf"^[^\n]*?\((?:[^()\n]*/|[^()\n]*\bvia\s)[^()\n]*\b(?:{V.PHOTO_CREDIT})\b[^()\n]*\)[ \t]*(?=\n|$)"
)
_RELATED_INLINE = re.compile(r"(?<=[.!?\"”])\s*(?:Read\s+also|See\s+also|Also\s+read|Read\s+more)\s*:")
# ("Под ударом оказались, кроме Харькова:", "Під ударом опинився Ізюм, а також:", "Hit were Izium, as well as:": the
# lead goes on past an aside of what else was hit, or a last "and also")
_LIST_LEAD = re.compile(
    r"(?:^|[,;]\s*)(?P<lead>[^,;]*?(?:,\s*(?:кроме|крім|окрім|помимо|а\s+также|а\s+також|а\s+ще|а\s+еще|а\s+ещё|besides"
    r"|apart\s+from|aside\s+from|in\s+addition\s+to|as\s+well\s+as|and\s+also)\b[^,;:]*)?):\s*$",
    re.IGNORECASE,
)
# (the lead is the last sentence of its line: "... damaging a substation. Power was restored in:" is led by the
# second sentence only)
_LEAD_SENTENCE = re.compile(r"(?<=[^\W\d_]{3}[.!?])\s+(?=[\"“‘(«]?[A-ZА-ЯІЇЄҐ])")


# "Шестаково (госпитализированы 4 ...), Гусинка (повреждены дома)": what befell each place of a list, in its brackets
_BRACKETED = re.compile(r"(?<=[\w'’ʼ])\s*\([^()]{3,}\)")


def blank_brackets(text: str) -> str:
    """``text`` with what a name's brackets say blanked out (the same length, so positions stay the text's)."""
    return _BRACKETED.sub(lambda m: " " * len(m.group(0)), text)


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
    # A line without closing punctuation that the page repeats ("• Шестеро поранених дітей ...: наслідки
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
        if _TAG_LINE.match(stripped):
            continue
        caption = _CAPTION.match(stripped)
        if caption:
            # (the caption is left out; a line the page ran on after it is read)
            rest = stripped[caption.end() :]
            line_start += caption.end() + len(rest) - len(rest.lstrip())
            stripped = rest.strip()
            if not stripped:
                continue
        related = _RELATED_INLINE.search(stripped)
        if related:
            # "... are on the scene.Read also: Russian attack kills ... in Odesa region": a link to another
            # story glued to the last sentence; the story's title is not this report's.
            stripped = stripped[: related.start()].rstrip()
        if lead and _LIST_ITEM.match(stripped):
            # An item of a list of figures: body text, read with the words that led into the list.
            pieces = _pieces(stripped)
            if len(pieces) < 3:
                sentences.append(Sentence(stripped, paragraph, line_start, lead=lead))
                continue
            # ("• Pokrovsk district. In A and B, homes were damaged. In C, two people were injured. ..."): an item
            # that is a paragraph of its own, each of its sentences an item of the list
            for piece, at in pieces:
                sentences.append(Sentence(piece, paragraph, line_start + at, lead=lead))
            continue
        match = _LIST_LEAD.search(stripped)
        lead = _LEAD_SENTENCE.split(match.group("lead"))[-1].strip() if match else ""
        # (a line ending in ";" is an item of a list of figures: "A 71-year-old woman died;")
        # (a paragraph of several sentences cut off at its end, "... Берислав, Зміївка, […]", as a stored opening of
        # a page is: body text, however it ends; no title runs to forty words and a full stop inside)
        cut_paragraph = (len(stripped.split()) >= 40 and bool(_BOUNDARY_INSIDE.search(stripped))) or (
            # ("Погибли два человека. Пятеро пострадали. Всех госпитализировали. Виталий Кличко Мэр Киева": a quote
            # of three sentences and more closed by its speaker's name and title, no headline)
            bool(sentences) and len(stripped.split()) >= 15 and len(_BOUNDARY_INSIDE.findall(stripped)) >= 2
        )
        if (
            not cut_paragraph
            and not re.search(r"[.!?;][\"”’)»]*$", stripped)
            and (
                # ("Але станом на 9:15 їхня кількість зросла до 5": no title opens with "but")
                not (
                    (
                        _UNPUNCTUATED_SENTENCE.search(stripped)
                        # ("Two hurt in X after a missile strike, 5 blasts - RMA" under the report: another story's
                        # headline, its source after a dash; over it, the report's own title)
                        and not _HEADLINE_SOURCE.search(stripped)
                    )
                    or (sentences and _CONJUNCTION_START.match(stripped))
                    # (the line right under the title only: a line further down may be another story's title)
                    or (
                        len(sentences) == 1
                        and sentences[0].headline
                        and _SLAVIC_LEAD.match(stripped)
                        and repeated[_bare_line(stripped)] == 1
                    )
                    or (sentences and _SPEAKER_AFTER_QUOTE.search(stripped))
                    # ("- There were also strikes on the Poltava region where two people are said to have been hurt":
                    # a summary's bullet, a whole English sentence with its verb, that lost its full stop)
                    or (
                        sentences
                        and _LIST_ITEM.match(stripped)
                        and not _SLAVIC_LETTERS.search(stripped)
                        and len(stripped.split()) >= 10
                        and _FINITE_VERB.search(stripped)
                    )
                )
                # A Ukrainian or Russian report's first line without a full stop is its title, commas or not
                # ("Пострадали дети, есть погибшие – ... на Харьковщине"): titles sum up, their figures are not read.
                or (not sentences and _SLAVIC_LETTERS.search(stripped))
                or repeated[_bare_line(stripped)] > 1
            )
        ):
            sentences.append(Sentence(stripped, paragraph, line_start, headline=True))
            continue
        for piece, at in _pieces(stripped):
            sentences.append(Sentence(piece, paragraph, line_start + at))
    return sentences


# A page's line of topic tags, "News Feed, Poltava, Poltava Oblast, Russian attacks, Drones": its places are
# the page's topics, neither a sentence nor a title ("Kupiansk, Borova, Izium" on a line of its own is a list)
_TAG_LINE = re.compile(
    r"^(?:News\s+Feed|Tags|Topics)\s*[,:](?:\s*[^,\d.!?;]{1,30}\s*,){2,}\s*[^,\d.!?;]{1,30}$"
)


def _pieces(line: str) -> list[tuple[str, int]]:
    """The sentences of one line, each with its offset in the line."""
    # Hide abbreviation dots from the splitter without moving any offsets.
    masked = _ABBREVIATIONS.sub(lambda m: m.group(0).replace(".", "\0"), line)
    pieces = []
    position = 0
    boundaries = [
        b
        for b in _SENTENCE_END.finditer(masked)
        if not ((shares := _SHARES_SENTENCE.match(line, b.end())) and _is_figure(shares.group("figure")))
    ]
    for boundary in [*boundaries, None]:
        end = boundary.start() if boundary else len(line)
        piece = line[position:end].strip()
        if piece:
            pieces.append((piece, line.index(piece, position)))
        if boundary:
            position = boundary.end()
    return pieces


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


# An item of a roundup opened by its community or district and a colon or dash ("Seredyna-Buda community:
# mortar fire (6 explosions)."): a line of its own, never the end of the line before.
ITEM_HEAD = re.compile(
    r"^[-–—•*]?\s*(?P<head>[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,2}\s+(?:community|hromada|district|raion))"
    r"\s*[:–—-]\s+\S",
)
# A one-word heading a roundup's parts sit under ("Details", "Addendum", "Recall"): a line of its own.
_SECTION_WORD = re.compile(r"^\W*(?:details|addendum|recall|background|update|updated)\W*$", re.IGNORECASE)


def _unwrapped_lines(text: str) -> list[str]:
    """The report's lines, with a paragraph hard-wrapped over several lines joined into one.

    A line that does not close its sentence goes on in the next when that one starts with a small letter
    ("... the missile crashed" / "into a 16-storey apartment block ..."), or when it already holds the end of
    a sentence and the next line carries on ("... wounding three more. The State" / "Emergency Service
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
            # ("... communities were shelled," / "Details" / "Krasnopilska community: ...": the parts of a roundup)
            and not ITEM_HEAD.match(line.lstrip())
            and not _SECTION_WORD.match(line)
            and (not _CLOSED.search(previous) or _OPEN_END.search(previous))
            # (a quotation its speaker closes is a whole sentence, full stop or not)
            and not _SPEAKER_AFTER_QUOTE.search(previous)
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


# "attacks against eight Ukrainian oblasts in the past day — Sumy, Luhansk, ...", "struck six Ukrainian
# regions in all – Odesa, Poltava, ...": the regions hit, named after a dash or a colon.
_REGIONS_LIST_LEAD = (
    r"\b(?:regions|oblasts|provinces)"
    r"(?:\s+(?:of\s+Ukraine|in\s+the\s+past\s+day|over\s+the\s+past\s+day|overnight|in\s+the\s+past\s+24\s+hours))?"
)
_REGIONS_DASH = re.compile(r"(" + _REGIONS_LIST_LEAD + r")\s*[—–]\s+(?=[A-Z])")
REGIONS_HIT = re.compile(
    r"(?:\b(?:attack\w*|shell\w*|struck|hit|targeted|strikes?)\b[^.;:]{0,60}?" + _REGIONS_LIST_LEAD + r":"
    # ("Ten oblasts came under Russian attack over the past day: A, B, ...", "The attacked oblasts were A, B"):
    # the verb after the noun
    r"|\b(?:regions|oblasts|provinces)\s+(?:came\s+under|were\s+(?:attacked|shelled|hit|struck|targeted))\b"
    r"[^.;:]{0,60}?:"
    r"|\b(?:attacked|shelled|targeted)\s+(?:regions|oblasts|provinces)\s+(?:were|are|included)(?=\s))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# "drones targeted not only Kyiv but also the northern regions of A and B and the central region of C": the
# regions named after a verb of hitting are each hit (a list, not a summary)
REGIONS_OF_HIT = re.compile(
    # ("drones targeting nearly every region, from the eastern regions of A and B to ...": the participle too)
    r"\b(?:hit|struck|targeted|attacked|shelled|targeting|striking|hitting|attacking|shelling)\b[^.;:]{0,80}?"
    r"\bregions\s+of\s+(?-i:[A-Z])",
    re.IGNORECASE,
)


def split_clauses(sentence: str) -> list[str]:
    """Cut a sentence where a second attack usually begins ("..., while ...")."""
    # ("at least 12 others — including three children — were injured" is one clause, the part read as an aside)
    sentence = DASH_PART.sub(lambda m: "," + m.group(1) + ",", sentence)
    # ("attacks against eight oblasts in the past day — Sumy, Luhansk, ...": the dash opens the list of regions,
    # read as after a colon)
    sentence = _REGIONS_DASH.sub(lambda m: m.group(1) + ": ", sentence)
    # ("seven people were injured — two each in A, B and C, and one more in D": the dash opens the toll's
    # shares, read as after a colon, so the toll and its shares stay one clause)
    sentence = _SHARES_DASH.sub(lambda m: ": " if _is_figure(m.group("figure")) else m.group(0), sentence)
    return [
        part for c in _CLAUSE_SPLIT.split(sentence) if c and c.strip() for part in _toll_then_places_hit(c)
    ]


# "two were wounded in A, and B and C came under fire": other places told as hit after a toll, with no figures
_AND_PLACES_HIT = re.compile(
    r",\s+and\s+(?=(?-i:[A-Z])[^,.;]{0,100}?\b(?:came|come|have\s+come)\s+under\s+(?:enemy\s+)?(?:fire|attack|shelling)\b)",
    re.IGNORECASE,
)


def _toll_then_places_hit(clause: str) -> list[str]:
    """The clause cut before ", and B and C came under fire" when what comes before tells a toll, so the toll is not
    shared with the places after; a list of places ("A, B, and C came under attack") stays whole."""
    found = _AND_PLACES_HIT.search(clause)
    if found is None or not V.TOLL_WORD.search(clause[: found.start()]):
        return [clause]
    return [clause[: found.start()], clause[found.end() :]]


# What a toll's shares open with, a figure and a place: "— two each in A, B and C", ", in particular three in A"
_SHARE_ITEM = (
    r"(?P<figure>[\w-]+)\s+(?:(?:each|more|other|others|people|persons|residents|civilians|of\s+them)\s+)*"
    r"(?:in|at)\s+(?:the\s+(?:village|town|city)\s+of\s+)?(?-i:[A-Z])"
)
# ("Nine people were hurt. In particular, four in A, two each in B and C": shares told as a sentence
# with no verb of its own, "in particular" opening them, are the toll's, read as after a colon too)
_SHARES_DASH = re.compile(
    r"(?:\s+—\s+|(?:,|\.)?\s+in\s+particular,?\s+)(?=" + _SHARE_ITEM + ")",
    re.IGNORECASE,
)
# A sentence of shares alone, "In particular, three in A and two in B.": the end of the toll's sentence, not one of its own
_SHARES_SENTENCE = re.compile(r"In\s+particular,?\s+(?=" + _SHARE_ITEM + ")")


def _is_figure(word: str) -> bool:
    return word.isdigit() or parse_number_words(word) is not None


DASH_PART = re.compile(
    # (a hyphen with a space each side is a dash too: "at least 9 people - including a child - were killed")
    r"(?:[—–]|(?<=\s)-(?=\s))(\s*(?:including|among\s+them|among\s+whom)\s[^—–.;:]{1,80}?)(?:[—–]|(?<=\s)-(?=\s))",
    re.IGNORECASE,
)
