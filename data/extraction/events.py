"""Candidate events and how a clause's values are applied to them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from data.extraction import slavic
from data.extraction import vocabulary as V
from data.extraction.children import without_unnamed_children
from data.extraction.counts import CHILDREN_INJURED, CHILDREN_KILLED, INJURED, KILLED, Count
from data.extraction.cues import (
    ADULTS_TOO,
    ALSO_START,
    CORRECTED,
    EARLIER_REPORT_CUE,
    IN_ADDITION,
    ONE_MORE,
    RESTATED_TOLL,
    find_target,
    find_weapon,
    is_total,
    kind_of_verb,
)
from data.extraction.lookup import Mention
from data.extraction.numbers import parse_number_words
from data.extraction.rules import LanguageRules, rules_for
from geo.gazetteer import normalize_name


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
    # A district named as hit beside its region's toll, none of its villages named: its centre town with no figures,
    # never the one place the region's toll could fall to (labelling rule 4; folding.fold_districts_into_oblasts).
    beside_region_toll: bool = field(default=False, repr=False)
    # A region whose figures the report gives for its settlements at large ("in the region's settlements").
    region_scope: bool = field(default=False, repr=False)
    # Other places the name may mean ("Миколаївська громада": Mykolaiv, Mykolaivka), as Mentions.
    alternatives: list = field(default_factory=list, repr=False, compare=False)
    # The place's name as the report writes it ("Pushkino"), when it was found under another ("Mizhlisne").
    written: str | None = field(default=None, repr=False, compare=False)
    # For a count told as a figure ("поранені двоє цивільних"), how many of its people the report has gone on to
    # describe one by one since ("чоловіка 60 років доправили до лікарні"): a breakdown, not more people.
    described: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    figure_told: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    # The cities that have a district of the name the place was found by ("у Подільському районі"): see
    # folding.fold_city_districts
    district_of: frozenset = field(default=frozenset(), repr=False, compare=False)
    # The children figures read from a clause that leaves unsaid whose they are: "four killed and 16 hurt, including
    # three children" (given to the hurt, the count told last).
    unsaid_children: set = field(default_factory=set, repr=False, compare=False)

    def add_sentence(self, text: str) -> None:
        if text not in self.sentences:
            self.sentences.append(text)

    def add_note(self, note: str, sentence: str) -> None:
        if note not in self.notes:
            self.notes.append(note)
            self.evidence.setdefault("casualty_note", sentence)
            self.add_sentence(sentence)


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


# A word for the dead, and one for the hurt, in an English sentence (with no figure needed)
TOLD_KIND = {
    KILLED: re.compile(rf"\b(?:{V.KILLED_WORDS})\b", re.IGNORECASE),
    INJURED: re.compile(rf"\b(?:{V.INJURED_WORDS})\b", re.IGNORECASE),
}


def _told_kind(sentence: str) -> str | None:
    """Killed or injured, when an English sentence tells of one of them only."""
    killed, injured = TOLD_KIND[KILLED].search(sentence), TOLD_KIND[INJURED].search(sentence)
    return KILLED if killed and not injured else INJURED if injured and not killed else None


# "one of the injured children died", "died in hospital", "died of his wounds": someone told hurt who then died
_HURT_WHO_DIED = re.compile(
    rf"\b{V.OF_THE_HURT}\b[^.]*\b(?:died|succumbed)\b"
    r"|\b(?:died|succumbed)\b[^.]*\b(?:in|at)\s+(?:the\s+)?hospital\b"
    r"|\b(?:died|succumbed)\s+(?:to|of|from)\s+(?:his|her|their|the)\s+(?:injuries|wounds)\b",
    re.IGNORECASE,
)


def apply(
    event: CandidateEvent,
    clause: str,
    sentence: str,
    report_date: dt.date | None,
    counts: bool,
    context: str = "",
    rules: LanguageRules | None = None,
    older: bool = False,
    before: str = "",
    after_district: bool = False,
) -> None:
    """Add what ``clause`` tells to ``event``: weapon, target, date and, with ``counts``, its figures.

    Parameters
    ----------
    event
        Changed in place.
    clause, sentence
        The clause read and its sentence (the evidence kept).
    report_date
        Publication date, for relative dates.
    counts
        Whether the clause's figures are this event's, or only its weapon, target and date.
    context
        Parts of the sentence that name no other place: their weapon, target and date are weak.
    rules
        The report language's rules (English when None).
    older
        The figures are an earlier report's, as after "at first" (they never replace the
        current ones).
    before
        The report's sentence before this one, whose people listed one by one "they were hurt" may point back to.
    after_district
        The event was named only as its district so far, with the district's toll, and the clause names the town
        itself: its smaller figures are the town's own, not a part of the toll.
    """
    rules = rules or rules_for("en")
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
    # (a children figure rests on a word for a child or an age under 18 in this very clause)
    found = without_unnamed_children(clause, found)
    earlier = older or bool(EARLIER_REPORT_CUE.match(sentence))
    if (
        not found
        and before
        and (listed := _people_listed(before, rules)) is not None
        and _THEY_WERE_HURT.match(clause)
    ):
        # "соседи вынесли 66-летнего мужчину и его 8-летнюю внучку" then "Они получили травмы": the people
        # listed just before are the hurt (rule 13), the children among them by their ages
        people, children = listed
        # ("Они получили ранения, несовместимые с жизнью": wounds that killed them, so the listed are the dead)
        fate = KILLED if _FATAL_WOUNDS.search(clause) else INJURED
        found = [Count(fate, people, False, 0)] + (
            [Count(f"children_{fate}", children, False, 0)] if children else []
        )
    if not earlier and _the_one_hurt_died(event, clause, found, rules):
        # "A woman of 70 was wounded." then "She died on the way to hospital" / "the injuries were fatal": the one
        # hurt person died, and is one casualty: killed, no longer hurt (labelling rule 11, sixth amendment; a
        # count of the hurt told as a figure, "nine injured, one of whom later died", keeps its figure)
        # ("killed a woman and wounded a man." then "The man died in hospital": one more dead beside those killed)
        killed = event.counts.get(KILLED)
        found = [Count(KILLED, 1 + (killed[0] if killed else 0), bool(killed and killed[1]), 0)]
        if event.counts.get(CHILDREN_INJURED) == (1, False):
            # (the one hurt was a child: a child killed now)
            child = event.counts.pop(CHILDREN_INJURED)
            event.evidence.pop(CHILDREN_INJURED, None)
            dead_children = event.counts.get(CHILDREN_KILLED)
            found.append(
                Count(CHILDREN_KILLED, child[0] + (dead_children[0] if dead_children else 0), False, 0)
            )
        event.counts.pop(INJURED, None)
        event.evidence.pop(INJURED, None)
    if not found and event.last_base in event.described and _HURT_OR_DEAD.search(clause):
        # "Жінку 38 років з пораненнями забрали до лікарні" after "поранені двоє": one of the two
        event.described[event.last_base] += len(_AGED_PERSON.findall(clause))
    parts: dict[str, int] = {}
    base_before = event.last_base  # the kind of the count told last before this clause
    set_just_before = None  # the kind the count just before in this clause set, when it set one
    for count in found:
        set_before, set_just_before = set_just_before, None
        if count.field == "toll_inherit":
            # "Увеличилось количество погибших. ... их пятеро": the toll the sentence before named.
            kind = next((k for k in map(slavic.toll_kind, reversed(event.sentences[:-1])) if k), None)
            # ("Спочатку писали про 3 постраждалих. Але ... їхня кількість зросла до 5": the count told last)
            kind = kind or event.last_base
            if kind is None and len(event.sentences) > 1:
                # "Постраждала родина. Це ...": the casualty word of the sentence just before
                kind = slavic.toll_kind(event.sentences[-2], told=True)
            if kind is None:
                continue
            count = Count(kind, count.value, count.at_least, count.start)
        if count.field == "children_inherit":
            # "Серед них 9-річний хлопчик" in a sentence of its own: children of the count before, of the
            # sentence just before when it tells one kind only ("18 is how many people they killed. Among them are
            # nine children." after the hurt of another strike were told: the dead's children)
            base = _told_kind(event.sentences[-2]) if len(event.sentences) > 1 else None
            base = base or event.last_base
            if base is None and not rules.unplaced:
                # "Є постраждалі, серед них дитина", "есть пострадавшие ... Среди них – ребенок": the casualties told
                # with no figure, in this clause or the sentence before, are whom the child is among
                base = slavic.toll_kind(clause[: count.start], told=True) or (
                    slavic.toll_kind(event.sentences[-2], told=True) if len(event.sentences) > 1 else None
                )
            if base is None:
                continue
            told_before = rules.find_counts(event.sentences[-2])[0] if len(event.sentences) > 1 else []
            # ("23 were injured" then "18 remain in hospital. One of them is a boy of 16": the children
            # of a part of the toll, so at least that many of all the hurt, labelling rule 17)
            of_a_part = base in event.counts and any(
                c.field == base and c.value < event.counts[base][0] for c in told_before
            )
            count = Count(f"children_{base}", count.value, count.at_least or of_a_part, count.start)
        if count.field.startswith("children_") and not earlier:
            other = f"children_{KILLED if count.field.endswith(INJURED) else INJURED}"
            told = event.counts.get(other)
            # (children told beside the other count in this very sentence are others: "killing a 16-year-old ...,
            # adding that 14 were hurt, including a 7-year-old")
            again = told is not None and told[0] == count.value and event.evidence.get(other) != sentence
            if _part_unsaid(count, found):
                if again and count.field not in event.counts:
                    # "four were killed, including three children" then "four killed and 16 injured, including three
                    # children": the second clause leaves unsaid whose the children are, and the report has told
                    # them among the dead; the same three told again, not hurt children (who would be adults)
                    event.add_sentence(sentence)
                    continue
                event.unsaid_children.add(count.field)
            elif again and other in event.unsaid_children:
                # (the same, told the other way round: the clause that says whose they are comes second)
                event.counts.pop(other)
                event.evidence[f"{other}_earlier"] = event.evidence.pop(other, "")
                event.unsaid_children.discard(other)
        if count.field in (KILLED, INJURED):
            event.last_base = count.field
        elif count.field in (f"children_{KILLED}", f"children_{INJURED}"):
            # ("двое детей ранены" then "Это девочка 9 лет и её брат 12 лет": the children these are were told
            # last among the hurt, not with the dead told before them)
            event.last_base = count.field.removeprefix("children_")
        children = event.counts.get(f"children_{count.field}")
        grown_ups = count.adults
        told = event.counts.get(count.field)
        if count.adults and children is not None and (told is None or told[0] == children[0]):
            # (only while the toll so far is the children's: "Также пострадали двое мужчин" after six hurt, two of
            # them minors, are not the six plus the minors)
            # "троє дітей ... серед потерпілих й п'ятеро дорослих": all of them are the adults and the children.
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
            and ADULTS_TOO.search(sentence)
        ):
            # "ще 4 дітей травмовано" then "Поранення отримали й 33-річний чоловік та жінки 24 та 51 років":
            # so far only children were counted; the adults told "also" are more people.
            so_far = previous or children_so_far
            count = Count(count.field, so_far[0] + count.value, so_far[1] or count.at_least, count.start)
        # ("A boy of 8 was badly hurt." then "Two more adults were injured": a child told alone is the toll so far,
        # and the "more" are besides him)
        so_far = previous
        if so_far is None and not any(c.field == f"children_{count.field}" for c in found):
            so_far = children_so_far
        told_base = count.field.removeprefix("children_")
        if (
            rules.unplaced
            and told_base != count.field
            and not earlier
            and event.figure_told.get(told_base)
            and not any(c.field == told_base for c in found)
            and not _SHARE_OF_THE_TOLL.search(clause)
            # (not "Among them are two children": children inside the toll, not people of it told apart)
            and not re.search(r"\b(?:among|including|includ(?:ed|es))\b", clause, re.IGNORECASE)
        ):
            # ("killed two people, including a girl" then "they killed a girl": one of the two told alone)
            event.described[told_base] = event.described.get(told_base, 0) + count.value
        if (
            rules.unplaced
            and previous is not None
            and not earlier
            and count.field in (KILLED, INJURED)
            and event.figure_told.get(count.field)
            and event.described.get(count.field, 0) >= 1
            and event.described[count.field] + count.value <= previous[0]
        ):
            # "killed two people, including a girl", then the governor's "they killed a girl" and "another person
            # died": the lead's toll told again one by one, its rest, not more dead (rule 12)
            event.described[count.field] += count.value
            event.evidence.setdefault(f"{count.field}_earlier", sentence)
            event.add_sentence(sentence)
            continue
        if (
            rules.unplaced
            and so_far is not None
            and not earlier
            and count.field in (KILLED, INJURED)
            and event.evidence.get(count.field) != sentence
            # ("Two more were killed in Samar" in the lead and again in the official's quote: the same two, told
            # twice, when the figure before was told as more too)
            and not (
                so_far[0] == count.value
                and re.search(r"\b(?:more|in\s+addition)\b", event.evidence.get(count.field, ""), re.I)
            )
            and (
                (
                    re.match(
                        r"^[\w-]+\s+more\s+(?:people\s+|persons\s+|civilians\s+|residents\s+|adults\s+|men\s+|women\s+)?(?:were|was|have|had"
                        # ("Three more people sought medical help later": more hurt, come forward after the toll)
                        r"|(?:(?:later|also|subsequently)\s+)?(?:sought|turned|applied|went)\s+(?:to\s+|for\s+)?"
                        r"(?:medical\s+|the\s+)?(?:help|assistance|care|aid|doctors|medics|hospital))\b",
                        clause[count.start :],
                        re.I,
                    )
                    # ("The strike took the lives of two women." then "Three more people were injured": three
                    # besides the dead, not three more hurt)
                    and base_before in (None, count.field)
                    # (nor "3 killed, 5 more hurt" when the toll so far is already those five: the same five told
                    # again, besides the dead this very clause has just told, not five more hurt)
                    and not (
                        so_far[0] == count.value
                        and any(c.field != count.field and c.start < count.start for c in found)
                    )
                    # ("Rocket hits X, killing two and hurting nine" as the first line, read as text, then "Two
                    # died and four more were hurt": the title sums the report up, and the body's "more" are not
                    # more than its figure)
                    and re.search(r"[.!?][\"”’)»]*\s*$", event.evidence.get(count.field, "."))
                    # ("Seven were hurt. Five are in hospital. Two more were given first aid at the scene": the rest
                    # of the seven, told by where they were treated)
                    and not re.match(
                        r"^[\w-]+\s+more\s+(?:people\s+|persons\s+)?(?:were|was)\s+(?:(?:treated|helped)\b|given\s+"
                        r"(?:first\s+|medical\s+)?(?:aid|help|assistance)|(?:released|discharged)\b)",
                        clause[count.start :],
                        re.I,
                    )
                )
                # (a death told, then "in addition, there are five wounded": besides the dead, the same five told again)
                or (
                    IN_ADDITION.match(sentence)
                    and not RESTATED_TOLL.match(sentence)
                    # ("A woman was killed." then "Another woman, 64, was wounded": another than the dead one, not one
                    # more hurt besides the hurt the lead told)
                    and not (
                        re.match(r"^\W*another\b", sentence, re.I) and base_before not in (None, count.field)
                    )
                    # ("the toll of the hurt rose to nine", then in the police's words "a couple was killed.
                    # Additionally, nine more were hurt": besides the dead, the same nine told again)
                    and not (so_far[0] == count.value and base_before not in (None, count.field))
                )
                # "Two were killed and 15 hurt." then "One of the injured later died in hospital": one of the hurt
                # died, one more dead besides those told (labelling rule 11: the hurt figure is kept)
                or (
                    count.field == KILLED
                    and event.counts.get(INJURED) is not None
                    and re.match(
                        rf"^[\w-]+\s+(?:of\s+them|{V.OF_THE_HURT})\s+{V.THEN_DIED}",
                        clause[count.start :],
                        re.I,
                    )
                )
                # "A man was pulled dead from the rubble" then "by evening they reported another deceased person": one
                # more dead
                or (
                    count.field == KILLED
                    and re.match(
                        r"^another\s+(?:(?:deceased|dead)\s+|(?:person|man|woman|victim)\s+(?:died|was\s+found\s+dead))",
                        clause[count.start :],
                        re.I,
                    )
                    # ("Two killed" as the title, then "the body of another deceased person was recovered": the title
                    # already sums up the dead the body tells one by one, as with "more" above; and "the toll has
                    # risen to two" then "another body was recovered": the death that raised it)
                    and re.search(r"[.!?][\"”’)»]*\s*$", event.evidence.get(count.field, "."))
                    and not _RISEN_TO.search(event.evidence.get(count.field, ""))
                )
                # ("Four were killed and eleven hurt." then "Search teams recovered two more bodies": more dead, whatever
                # count was told last, as a body is only ever one of the dead)
                or (
                    count.field == KILLED
                    and re.match(r"^[\w-]+\s+more\s+bodies\b", clause[count.start :], re.I)
                    and re.search(r"[.!?][\"”’)»]*\s*$", event.evidence.get(count.field, "."))
                    and not _RISEN_TO.search(event.evidence.get(count.field, ""))
                )
            )
        ):
            # "2 civilians were injured" in Vovchansk, then "In addition, ... hit a private house in Vovchansk - a
            # 67-year-old man was wounded" and "two more were injured": more people than told before, added
            count = Count(count.field, so_far[0] + count.value, so_far[1] or count.at_least, count.start)
        if (
            rules.unplaced
            and previous is not None
            and not earlier
            and count.field in (KILLED, INJURED)
            and _ANOTHER_ATTACK_ON_IT.search(clause[: count.start])
        ):
            # "A glide bomb on a market in X killed four and hurt 30." then "A second strike on the city that evening
            # wounded 11 more": the other attack's people are others, added to the day's toll of the place (rule 12)
            count = Count(count.field, previous[0] + count.value, previous[1] or count.at_least, count.start)
        if (
            not rules.unplaced
            and previous is not None
            and not earlier
            and count.field in (KILLED, INJURED)
            and event.figure_told.get(count.field)
            and event.described.get(count.field, 0) >= 1
            and event.described[count.field] + count.value == previous[0]
            and (ALSO_START.match(clause) or ONE_MORE.match(clause))
        ):
            # "четверо поранені", then "лікарі рятують 61-річну жінку" and "Ще троє людей ...
            # отримали допомогу на місці": the rest of the four described, not three more (rule 12)
            event.described[count.field] += count.value
            event.evidence.setdefault(f"{count.field}_earlier", sentence)
            event.add_sentence(sentence)
            continue
        also = not rules.unplaced and ALSO_START.match(clause)
        if (
            also
            and previous is not None
            and not earlier
            and count.field in (KILLED, INJURED)
            # (whichever kind the sentence before ended on: "4 раненых, 3 погибших. Также ранение получил
            # спасатель" is one more hurt)
            and count.value < previous[0]
            and not re.search(r"(?<!\w)(?:зрос|збільш|возрос|увелич|вырос|до\s+\d)", clause, re.IGNORECASE)
            # ("Кроме того, десять человек ранены, из которых девять в больнице": the "also" is told of the
            # clause's first figure; the later ones of its kind are parts of it, not more people)
            and not any(
                c.field == count.field and c.start < count.start and c.value > count.value for c in found
            )
        ):
            # "поранені 9-річна дитина та 62-річний чоловік" then "Також по медичну допомогу звернулася 31-річна
            # жінка, яка постраждала ...": one more hurt, told as "also" (a smaller figure would be read as a part)
            count = Count(count.field, previous[0] + count.value, previous[1] or count.at_least, count.start)
        if _one_more_child(count, previous, earlier, found, clause, event, rules):
            # "ранены трое, среди них 9-летняя девочка" then "Также пострадал мальчик 5 лет": another
            # child of the same toll, so one more child (the toll itself already takes them in, rule 12)
            count = Count(count.field, previous[0] + count.value, previous[1] or count.at_least, count.start)
        more = ONE_MORE.match(clause)
        if (
            more
            and previous is not None
            and not earlier
            and count.field in (KILLED, INJURED)
            and (
                count.start <= more.end() + 2
                # "Ще двоє – водій автобуса і його 40-річна сестра – ...": the people described after a dash
                or (
                    re.match(r"^(?:\S+\s+){1,2}[–—-]\s", clause[more.end() : count.start])
                    and not any(c.start < count.start for c in found)
                )
            )
            # "відомо про двох загиблих. Ще 17 людей постраждали": more people than the dead, not more hurt
            and base_before == count.field
            # ("... зросла до семи. Ще троє поранених залишаються в лікарні": where three of them lie, no more)
            and not _STILL_IN_HOSPITAL.match(clause[count.start :])
        ):
            # "Постраждали двоє працівників ..." then "Ще один поранений — 53-річний чоловік": one more.
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
            and kind_of_verb(clause[: count.start]) == count.field
        ):
            # "пострадали женщины 71 и 64 лет" then "Пострадали еще два человека" at the same town: two more
            count = Count(count.field, previous[0] + count.value, previous[1] or count.at_least, count.start)
        if (
            rules.unplaced
            and (
                set_before == count.field
                # ("A man of 59 was hurt in A." then "In A, five other people were injured": the place named again
                # with "other" people, besides the ones the sentence before told, rule 12)
                or (
                    set_before is None
                    and base_before == count.field
                    and bool(event.location)
                    and normalize_name(event.location) in normalize_name(clause[: count.start])
                    # (not "A strike on A killed one person and injured four others": the others are besides the
                    # dead the clause has just told, not besides the hurt of an earlier sentence)
                    and not any(c.field != count.field and c.start < count.start for c in found)
                )
            )
            and previous is not None
            and not earlier
            and count.field in (KILLED, INJURED)
            and _OTHERS_BESIDE.match(clause[count.start :])
        ):
            # "Three people were hospitalized, four others were treated at the scene": the others are besides the
            # three the clause has just counted (rule 12), not a new toll in their place; after a total ("Seven were
            # hurt: five in hospital, two others ..."), the five were a part and set nothing, so nothing is added
            count = Count(count.field, previous[0] + count.value, previous[1] or count.at_least, count.start)
        if earlier and previous is not None:
            # "Earlier, 6 injured were reported": an older toll, kept as evidence only.
            event.evidence.setdefault(f"{count.field}_earlier", sentence)
            continue
        if previous is not None and count.value < previous[0] and after_district:
            # "удары по X району унесли жизни восьми, в том числе троих детей" then "в X погибли четыре, среди них один
            # ребенок": the town's own figures, a part of its district's toll, which is kept as evidence only
            event.evidence[f"{count.field}_earlier"] = event.evidence[count.field]
            event.counts[count.field] = (count.value, count.at_least)
            event.evidence[count.field] = sentence
            child = f"children_{count.field}"
            if child in event.counts and not any(c.field == child for c in found):
                # (the district's children are not the town's when the town's own figure names none)
                event.evidence[f"{child}_earlier"] = event.evidence.pop(child)
                del event.counts[child]
            continue
        if (
            count.field == INJURED
            and previous is not None
            and count.value < previous[0]
            and not earlier
            and is_total(rules.total_cue, clause)
            # (the dead told as people, or as children alone: "one child was killed")
            and (dead := next((c for c in found if c.field in (KILLED, f"children_{KILLED}")), None))
            is not None
            and dead.value + count.value >= previous[0]
            and dead.value
            >= (event.counts.get(KILLED) or event.counts.get(f"children_{KILLED}") or (0, False))[0]
            # (only after the report told someone hurt who died: otherwise a smaller figure is a part, as below)
            and any(_HURT_WHO_DIED.search(told) for told in event.sentences[:-1])
        ):
            # "Six were hurt, two of them children", then "one of the hurt children died", then "In total, five were
            # injured and one child was killed": a closing total in which the hurt who died have left the hurt (the
            # killed and injured it tells take in everyone told hurt before), the attack's last word (rule 10); the
            # children who died are among the hurt children who left, unless the total tells the hurt children itself
            left = previous[0] - count.value
            event.evidence[f"{INJURED}_earlier"] = event.evidence[INJURED]
            event.counts[INJURED] = (count.value, count.at_least)
            event.evidence[INJURED] = sentence
            hurt_children = event.counts.get(f"children_{INJURED}")
            dead_children = next(
                (c.value for c in found if c.field == f"children_{KILLED}"),
                (event.counts.get(f"children_{KILLED}") or (0, False))[0],
            )
            if (
                hurt_children is not None
                and dead_children
                and not any(c.field == f"children_{INJURED}" for c in found)
            ):
                event.evidence[f"children_{INJURED}_earlier"] = event.evidence[f"children_{INJURED}"]
                event.counts[f"children_{INJURED}"] = (
                    max(hurt_children[0] - min(left, dead_children), 0),
                    hurt_children[1],
                )
                event.evidence[f"children_{INJURED}"] = sentence
            continue
        if previous is not None and count.value < previous[0] and CORRECTED.search(sentence):
            # "За уточненою інформацією, серед загиблих – двоє дітей": a correction, not a part.
            event.evidence[f"{count.field}_earlier"] = event.evidence[count.field]
            event.counts[count.field] = (count.value, count.at_least)
            event.evidence[count.field] = sentence
            continue
        if previous is not None and count.value < previous[0]:
            # Tolls only grow: a smaller figure later on is a part ("five of them in hospital")
            # or an earlier toll quoted again ("initially, 5 deaths were reported").
            event.evidence.setdefault(f"{count.field}_earlier", sentence)
            event.add_sentence(sentence)
            if (
                rules.unplaced
                and event.figure_told.get(count.field)
                and not _SHARE_OF_THE_TOLL.search(clause)
            ):
                # "killed seven, including three children" then "A family of five died in one house": the lead's
                # people told in parts, so that "in another house, a couple was killed" is the rest of the seven
                event.described[count.field] = event.described.get(count.field, 0) + count.value
            if _is_figure(clause[count.start :]):
                parts[count.field] = count.value  # not people listed one by one ("a girl and her mother")
            elif count.field in event.described and _AGED_PERSON.search(clause):
                # (people told by their age are told apart; "пораненого чоловіка" may be one already told)
                event.described[count.field] += count.value
            continue
        if (
            count.field.startswith("children_")
            and parts.get(count.field.removeprefix("children_"), 0) > count.value
            and previous is None
        ):
            # "12 поранених у важкому стані, зокрема 3 дитини" after 48 injured: children of a part
            # of the injured, so at least that many children in all.
            count = Count(count.field, count.value, True, count.start)
        base = count.field.removeprefix("children_")
        if (
            count.field.startswith("children_")
            and not count.at_least
            and base in event.counts
            and event.counts[base][0] > count.value
            # (not a child who died in hospital or on the way there: one of the dead, told as such)
            and base == INJURED
            and (
                (previous is None and not any(c.field == base for c in found) and _IN_HOSPITAL.search(clause))
                # ("six injured, one child is in grave condition": the child told by how it fares, beside the toll
                # or after it, one of a part)
                or _HOW_THEY_FARE.search(re.split(r"[,;]", clause[count.start :], maxsplit=1)[0])
            )
        ):
            # "ten injured" then "two children were hospitalized": the children of those in hospital, a part
            # of the injured, so at least that many children in all
            count = Count(count.field, count.value, True, count.start)
        # ("at least 16 killed" in the lead, then the official's "16 were killed": the figure told exactly is the
        # stronger statement and replaces the bound below, as "щонайменше шестеро поранених" then "шестеро людей
        # поранені" does (labelling rule 9); so does a toll revised to the same figure, "raising the death toll to six")
        if previous == (count.value, False) and count.at_least:
            # "известно о трех погибших" then the official's "не менее трех погибших": the same figure
            # told exactly once stays exact, the stronger statement (labelling rule 9)
            event.add_sentence(sentence)
            continue
        if previous is not None and previous != (count.value, count.at_least):
            # A later, higher figure is a revision ("the toll rose to 27"); the earlier one stays as evidence.
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
                and (
                    _IN_HOSPITAL.search(event.evidence[child]) or _HOW_THEY_FARE.search(event.evidence[child])
                )
            ):
                # "five patients are in critical condition, including a child" then "over 30 injured": the
                # children were of the six, so at least two of the forty
                event.counts[child] = (event.counts[child][0], True)
        event.counts[count.field] = (count.value, count.at_least)
        event.evidence[count.field] = sentence
        set_just_before = count.field
        if count.field in (KILLED, INJURED):
            event.described[count.field] = 0
            event.figure_told[count.field] = _is_figure(clause[count.start :]) and count.value > 1
    for note in notes:
        event.add_note(note, sentence)


def _part_unsaid(count: Count, found: list[Count]) -> bool:
    """Whether the children ``count`` follows both a toll of the dead and one of the hurt in its clause, which leaves
    unsaid whose they are ("four killed and 16 injured, including three children")."""
    return {c.field for c in found if c.start < count.start} >= {KILLED, INJURED}


# "another drone attack on the city", "a second strike on the regional capital": one more attack on the place in focus
_ANOTHER_ATTACK_ON_IT = re.compile(
    r"\b(?:another|a\s+(?:second|third|further|separate|later|new))\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|strikes?"
    r"|bombings?|shelling)\s+on\s+the\s+(?:same\s+)?(?:city|town|village|regional\s+(?:capital|centre|center)|capital)\b",
    re.IGNORECASE,
)
# "five of them in hospital", "two in serious condition": a share of the toll by how they fare, not people told apart
_SHARE_OF_THE_TOLL = re.compile(
    r"\bof\s+(?:them|whom|the\s+(?:injured|wounded|hurt|dead|victims))\b|\bcondition\b"
    r"|\bhospitali[sz]|\bin\s+hospital|\btreated\b|\bsevere|\bserious",
    re.IGNORECASE,
)
# "four others": people besides those just counted ("two more" the clause's reader has added already)
_OTHERS_BESIDE = re.compile(
    r"^[\w-]+\s+(?:others|other\s+(?:people|persons|civilians|residents))\b", re.IGNORECASE
)
# "також", "также", "тоже", "ще": told as one more besides those told before
_ALSO_WORD = re.compile(r"(?<!\w)(?:також|теж|также|тоже|ще|еще|ещё)(?!\w)", re.IGNORECASE)


def _one_more_child(
    count: Count, previous, earlier: bool, found: list[Count], clause: str, event, rules
) -> bool:
    """Whether a Ukrainian or Russian clause's children figure is told "also", besides the children counted before:
    no toll of its own in the clause, the two together still within the toll, and no age of the earlier children
    told again (the same child named twice is no second child)."""
    base = count.field.removeprefix("children_")
    total = event.counts.get(base)
    if (
        rules.unplaced
        or not count.field.startswith("children_")
        or previous is None
        or earlier
        or total is None
        or previous[0] + count.value > total[0]
        or any(c.field == base for c in found)
        or not _ALSO_WORD.search(clause[: count.start + 40])
    ):
        return False
    ages = set(re.findall(r"\d{1,2}", clause))
    return not ages & set(re.findall(r"\d{1,2}", event.evidence.get(count.field, "")))


_STILL_IN_HOSPITAL = re.compile(
    r"^\S+\s+(?:постраждал|пострадавш|поранен|ранен|потерпіл)\w*\s+(?:перебува|находя|залишаю|остаю)\w*\s+"
    r"(?:у|в)\s+(?:лікарн|больниц|стаціонар|стационар|реанімац|реанимац|медзаклад)",
    re.IGNORECASE,
)
_IN_HOSPITAL = re.compile(
    r"\bhospitali[sz]\w*|\bhospitals?\b|\bmedical\s+(?:facilit|institution)",
    re.IGNORECASE,
)
# "in serious condition", "under medical supervision", "in intensive care": how some of the hurt fare, a part of them
_HOW_THEY_FARE = re.compile(r"\bcondition\b|\bsupervision\b|\bintensive\s+care\b", re.IGNORECASE)


# "54-річного", "57-летний": a person described by age; and a word for a wound, a hospital or a death.
_AGED_PERSON = re.compile(r"(?<!\w)\d{1,3}\s*-?\s*(?:річн|літн|летн)\w*", re.IGNORECASE)
_HURT_OR_DEAD = re.compile(
    r"(?<!\w)(?:поранен|травм|госпіталіз|госпитализ|ушпиталь|шпиталіз|ранен|контуз|загин|загибл|погиб|помер|"
    r"скончал)\w*",
    re.IGNORECASE,
)


# "Вони отримали поранення", "Они получили травмы", "Всі вони були травмовані": the people told just before
_RISEN_TO = re.compile(
    r"\b(?:risen|rose|increased|grown|climbed|gone\s+up)\s+to\b"
    # ("one more body was found, bringing the death toll to 10": the toll told with the death that raised it)
    r"|\b(?:bring(?:s|ing)?|brought|rais(?:es|ing|ed)|tak(?:es|ing)|took|push(?:es|ing|ed))\s+(?:the\s+)?"
    r"(?:overall\s+|total\s+|confirmed\s+)?(?:death\s+)?toll\s+(?:\w+\s+)?to\b",
    re.IGNORECASE,
)
# The one person hurt, told by a pronoun or as the patient, died: "She died in hospital", "he later died of his
# wounds", "but the injuries were fatal", "doctors could not save him"
_ONE_HURT_DIED = re.compile(
    r"^\W*(?:(?:unfortunately|sadly|later|however)\W+)?(?:she|he)\s+(?:(?:later|then|also|unfortunately|subsequently)\s+)?"
    r"(?:died|has\s+died|passed\s+away|succumbed)\b"
    r"|\b(?:(?:the|her|his)\s+)?(?:injuries|wounds)\s+(?:were|proved|turned\s+out\s+to\s+be)\s+fatal\b"
    r"|\b(?:could\s+not|couldn't|were\s+unable\s+to|failed\s+to)\s+save\s+(?:him|her|the\s+(?:man|woman|patient|victim))\b",
    re.IGNORECASE,
)
# The one person hurt, told again as "the man", "the 61-year-old woman" or by a pronoun where the pronoun's death is
# read as a count (Ukrainian and Russian), died of the wounds: "The man died in hospital", "The woman later succumbed
# to her injuries", "Згодом він помер у лікарні" (not "The man died at the scene": one of the dead told again)
_THE_ONE_HURT_DIED = re.compile(
    r"^\W*(?-i:The)\s+(?:\d{1,3}-year-old\s+)?(?:(?:wounded|injured)\s+)?(?:man|woman|boy|girl|teenager|victim|patient"
    r"|pensioner|child)\s+(?:(?:later|then|subsequently|also)\s+)?(?:died|has\s+died|passed\s+away|succumbed)\b"
    r"(?=[^.]*\b(?:hospital|wounds|injuries)\b)"
    # ("Згодом він помер у лікарні", "Хлопчик помер у лікарні", "Позже мужчина скончался от ранений")
    # (after a word or two of when: "Згодом", "Ночью", "На жаль, вночі")
    r"|^\W*(?:[\w'’ʼ]+\W+){0,2}?"
    r"(?:він|вона|он|она|чоловік|жінка|хлопчик|дівчинка|хлопець|підліток|мужчина|женщина|мальчик|девочка|парень"
    r"|подросток|потерпіл(?:ий|а)|пострадавш(?:ий|ая)|поранен(?:ий|а)|ранен(?:ый|ая))\s+(?:[\w'’ʼ]+\s+)?"
    r"(?:помер|померла|скончал(?:ся|ась)|умер|умерла)(?=[^.]*(?:лікарн|больниц|поранен|ранени|травм))",
    re.IGNORECASE,
)


def _the_one_hurt_died(event: CandidateEvent, clause: str, found: list[Count], rules: LanguageRules) -> bool:
    """Whether ``clause`` tells that the one person the event has hurt ("a man was wounded", or a child alone, "a
    12-year-old boy was wounded") died: by a pronoun or the injuries (English, no count read), or told again as "the
    man" / by a pronoun Ukrainian and Russian read as one dead, a child exactly when the one hurt was a child."""
    if event.counts.get(INJURED, event.counts.get(CHILDREN_INJURED)) != (1, False):
        return False
    if not found and rules.unplaced and _ONE_HURT_DIED.search(clause):
        return True
    told = {(c.field, c.value) for c in found}
    return (
        bool(_THE_ONE_HURT_DIED.search(clause))
        and told - {(KILLED, 1)} in ({(CHILDREN_KILLED, 1)}, set())
        and ((CHILDREN_KILLED, 1) in told) == (event.counts.get(CHILDREN_INJURED) == (1, False))
    )


_FATAL_WOUNDS = re.compile(r"несумісн\w*\s+з\s+життям|несовместим\w*\s+с\s+жизнью", re.IGNORECASE)
_THEY_WERE_HURT = re.compile(
    r"^\W*(?:(?:усі|всі|все)\s+)?(?:вони|они)\s+(?:(?:усі|всі|все)\s+)?(?:(?:отримали|дістали|зазнали|получили)\s+"
    r"(?:[\w'’ʼ]+\s+){0,2}?(?:поранен|травм|ранени|контуз)|(?:були|были)\s+(?:поранен|травмован|ранен))",
    re.IGNORECASE,
)


def _people_listed(sentence: str, rules: LanguageRules) -> tuple[int, int] | None:
    """The people a sentence lists one by one ("40-летнюю мать и 12-летнего сына") when it
    gives no figure of its own: how many, and how many of them children."""
    if rules.unplaced or rules.find_counts(sentence)[0]:
        return None
    numbers = slavic.find_numbers(sentence)
    if len(numbers) < 2 or not all(n.person and n.value == 1 for n in numbers):
        return None
    return len(numbers), sum(1 for n in numbers if n.child)


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
    return (
        parse_number_words(word) is not None
        and word.lower() not in ("a", "an")
        or (slavic.number_value(word) is not None)
    )


def place_event(mention: Mention, sentence: str) -> CandidateEvent:
    """A new event at the place of ``mention``, with ``sentence`` as the evidence of its location."""
    event = CandidateEvent(
        location=mention.place_name or mention.name,
        oblast_iso=mention.oblast_iso,
        oblast=mention.oblast,
        latitude=mention.latitude,
        longitude=mention.longitude,
        geo_precision=mention.precision if mention.latitude is not None else "unknown",
        # (an adjective may name a town of that name in another oblast too: Золочівська громада)
        alternatives=[mention, *mention.alternatives] if mention.adjective else list(mention.alternatives),
        written=mention.name,
        district_of=mention.district_of,
    )
    event.evidence["location"] = sentence
    return event


_AREA_NOUN = r"(?:\s*(?:сільськ|селищн|міськ|сельск|поселков|городск)\w*)?(?:\s*(?:громад|район|общин)\w*)?"
# ("в Ивановке Изюмского района – 15-летний мальчик": the raion or community of the place before the dash)
_WHERE_GENITIVE = r"(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]*\s+(?:району|района|області|области|громади|громады|общины))?"
_GAP = re.compile(rf"^{_AREA_NOUN}{_WHERE_GENITIVE}\s*[–—-]\s*(?=\S)", re.IGNORECASE)
_AREA_NOUN_START = re.compile(rf"^{_AREA_NOUN}", re.IGNORECASE)


def _fill_gapped_verbs(
    result: list[tuple[str, list[Mention]]], rules: LanguageRules, whole: str = ""
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
    return _fill_gapped_english_verbs(filled, rules, whole)


# "A 79-year-old man was wounded in A, a woman in B, and another one in C": the verb told once, before its place
_VERB_BEFORE_PLACE = re.compile(
    r"\b(?P<verb>(?:was|were|has\s+been|have\s+been)\s+(?:killed|wounded|injured|hurt)|died"
    # "Four deaths were reported in the X region, and one in the city of Y": the noun told once, with its verb
    r"|(?P<deaths>deaths|fatalities)\s+(?:was|were|have\s+been|has\s+been)\s+(?:reported|recorded|confirmed)"
    r"|(?P<injuries>injuries)\s+(?:was|were|have\s+been|has\s+been)\s+(?:reported|recorded|confirmed))"
    r"\s+(?:in|near|at)\s",
    re.IGNORECASE,
)
# "Shelling killed one in A, and another in B", "injured two in A and three in B": the active verb told once, before
# the first figure
_ACTIVE_VERB_BEFORE_FIGURE = re.compile(
    r"\b(?P<verb>kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|hurt(?:ing)?)\s+(?:at\s+least\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|an?)\b[^,;]{0,30}?\s+(?:in|near|at)\s",
    re.IGNORECASE,
)
_GAPPED_PERSON = re.compile(
    r"^\W*(?:and\s+)?(?P<who>(?:an?|one|another|two|three|four|five)\b[^,;]{0,40}?)\s+(?P<at>(?:in|near|at)\s)",
    re.I,
)


def _fill_gapped_english_verbs(
    result: list[tuple[str, list[Mention]]], rules: LanguageRules, whole: str = ""
) -> list[tuple[str, list[Mention]]]:
    """The person of a part whose verb was left out gets the verb told in the part before (English)."""
    if not rules.unplaced:
        return result
    filled, verb, active = [], None, None
    # (one figure told with its verb, "killing two in A and one in B", is shared out place by place in
    # ``shares``; the active verb is carried here only where the clause tells more than one figure)
    carried = len(rules.find_counts(whole)[0]) > 1
    for text, mentions in result:
        told = _VERB_BEFORE_PLACE.search(text)
        told_active = None if told else _ACTIVE_VERB_BEFORE_FIGURE.search(text)
        gapped = _GAPPED_PERSON.match(text)
        own = rules.find_counts(text)[0]
        if told and own:
            active = None
            verb = (
                "died"
                if told.group("deaths")
                else "were injured"
                if told.group("injuries")
                else told.group("verb")
            )
        elif told_active and own and carried:
            verb, active = None, told_active.group("verb")
        elif verb and mentions and gapped and not own:
            text = f"{text[: gapped.start('at')]}{verb} {text[gapped.start('at') :]}"
        elif active and mentions and gapped and not own:
            # ("and another in B" after "injured one in A": the person takes the verb told before the first figure)
            text = f"{text[: gapped.start('who')]}{active} {text[gapped.start('who') :]}"
        filled.append((text, mentions))
    return filled


_DAMAGE_ONLY = re.compile(
    r"(?<!\w)(?:пошкод|зруйн|понівеч|поврежд|разруш|damaged|destroyed)\w*", re.IGNORECASE
)


_OBLAST_OPENING = re.compile(
    r"^\W*In\s+(?:the\s+)?(?:[\w-]+\s+)?[A-Z][\w'’-]+\s+(?:Oblast|region|province)\W*$", re.I
)


def _without_places_named_again(
    parts: list[tuple[str, list[Mention]]], rules: LanguageRules, clause: str
) -> list[tuple[str, list[Mention]]]:
    """ "Drones hit A and B overnight, killing one in A and injuring four in B": the places listed bare first and
    then again with their figures; the list opens the first part that has figures, so each part keeps its own.

    English only; the parts unchanged unless every place of the opening parts without figures is named again in a
    later part that has figures."""
    if not rules.unplaced:
        return parts
    opening = 0
    while opening < len(parts) and parts[opening][1] and not rules.find_counts(parts[opening][0])[0]:
        opening += 1
    if not opening or opening == len(parts):
        return parts
    again = {m.key for text, ms in parts[opening:] if rules.find_counts(text)[0] for m in ms}
    if not all(m.key in again for _, ms in parts[:opening] for m in ms):
        return parts
    text, mentions = parts[opening]
    end = clause.index(text, clause.index(parts[opening - 1][0]) + len(parts[opening - 1][0])) + len(text)
    return [(clause[:end], mentions), *parts[opening + 1 :]]


def clause_parts(
    clause: str, mentions: list[Mention], rules: LanguageRules | None = None
) -> list[tuple[str, list[Mention]]]:
    """Split a clause naming several places with their own figures ("two killed in A and four in B")."""
    rules = rules or rules_for("en")
    if len(mentions) < 2:
        return [(clause, mentions)]
    # ("33- and 36-year-old women were hurt": one part, the hyphen carried over to the second age)
    parts = re.split(r"(?<!\d-)\s+(?:and|і|й|та|и)\s+|(?<!\d-),\s+", clause)
    if len(parts) < 2:
        return [(clause, mentions)]
    result = []
    position = 0
    first = 0
    for part in parts:
        start = clause.index(part, position)
        end = start + len(part)
        position = end
        # ("..., and another in B, the X Oblast Military Administration reported": the office that speaks is no
        # place of a part, and its words go with the part before)
        inside = [m for m in mentions if start <= m.start < end and (m.strong or m.precision != "oblast")]
        if result and not inside:
            # the part joins the one before as the clause wrote them ("вбили одного та поранили двох":
            # without its "та" the verb after would be read as the first number's)
            result[-1] = (clause[first:end], result[-1][1])
        else:
            first = start
            result.append((part, inside))
    lead = next((index for index, (_, ms) in enumerate(result) if ms), None)
    if not rules.unplaced and len(result) > 1 and lead is not None:
        text, ms = result[lead]
        regions = [m for m in ms if m.precision == "oblast"]
        towns = [m for m in ms if m.precision != "oblast"]
        if (
            len(regions) == 1
            and len(towns) == 1
            and regions[0].start < towns[0].start
            and all(
                m.oblast_iso in (None, regions[0].oblast_iso)
                for _, part_mentions in result
                for m in part_mentions
                if m.precision != "oblast"
            )
        ):
            # ("через атаки дронів на Херсонщині у Бериславі поранено чоловіка, а в Станіславі — жінку": the region
            # says where the first town lies; each town keeps its own figures)
            result[lead] = (text, towns)
    result = _fill_gapped_verbs(result, rules, clause)
    result = _without_places_named_again(result, rules, clause)
    if rules.unplaced and result and len(result[0][1]) > 1:
        # ("Donetsk Oblast: two killed in A, three injured in B": the region heading the line says where its towns
        # are; each town keeps its own figures)
        text, ms = result[0]
        heads = [
            m
            for m in ms
            if m.precision == "oblast"
            and not text[: m.start - clause.index(text)].strip(" \t•*-–—")
            and re.match(r"^(?:\s+(?:Oblast|region|province))?\s*:", clause[m.end :], re.IGNORECASE)
        ]
        if len(heads) == 1 and all(
            o.oblast_iso == heads[0].oblast_iso for o in ms if o is not heads[0] and o.oblast_iso
        ):
            result[0] = (text, [m for m in ms if m is not heads[0]])
    if (
        len(result) > 2
        and [m.precision for m in result[0][1]] == ["oblast"]
        and _OBLAST_OPENING.match(result[0][0])
        # (a village the gazetteer lacks has no oblast of its own yet)
        and all(m.oblast_iso in (None, result[0][1][0].oblast_iso) for _, ms in result[1:] for m in ms)
    ):
        # ("In Kherson Oblast, artillery killed a woman in A and injured two people in B": the oblast heads the
        # paragraph; it says where A and B are, and each keeps its own figures)
        result = result[1:]
    # Only a split where every place has figures of its own is trusted, or tells damage only ("у
    # Кураховому пошкодили 7 будинків, у Гірнику убили одну людину"): that place has no figures.
    if (
        all(
            len(m) == 1
            and (
                rules.find_counts(text)[0]
                # ("killed three in the Odesa region and Rivne in the north-west and damaged ...": a place
                # opening its part bare is one of a list sharing the figure, not a clause of its own)
                or (
                    _DAMAGE_ONLY.search(text)
                    and (
                        not text.lstrip().startswith(clause[m[0].start : m[0].end])
                        # ("Гусинка (повреждены два дома), Купянск (ранены двое)": what befell it in its brackets)
                        or clause[m[0].end :].lstrip().startswith("(")
                    )
                )
            )
            for text, m in result
            if m
        )
        and any(rules.find_counts(text)[0] for text, m in result if m)
        and len(result) > 1
    ):
        return result
    return [(clause, mentions)]
