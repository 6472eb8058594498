"""What is done once every sentence of a report is read.

:func:`extract` reads a report sentence by sentence, each figure given to the place in focus; what it cannot settle
sentence by sentence is settled here, over the whole report: figures told before any place (the title's town, the
lead's attack), a report's totals and closing zeros, and the places themselves (namesakes by the regions the report
names, districts and communities, a region beside its own towns, homes named only as whose they were).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from data.extraction import slavic, trace
from data.extraction.communities import (
    drop_cyrillic_homes_of_named_places,
    drop_homes_of_named_places,
    place_communities,
    read_shared_adjectives,
)
from data.extraction.cues import (
    AS_REPORTED,
    CLOSING_ZERO,
    IN_THE_REGION,
    SLAVIC_AS_REPORTED,
    SLAVIC_RECALL,
    SLAVIC_RUSSIAN_REGION,
    SLAVIC_TOLL_PENDING,
)
from data.extraction.events import CandidateEvent, apply, place_event
from data.extraction.folding import (
    fold_city_districts,
    fold_district_into_its_village,
    fold_districts_into_oblasts,
    fold_districts_into_their_villages,
    fold_oblasts_into_settlements,
    fold_same_places,
    fold_unplaced_into_single_attack,
    infer_totals_from_children,
)
from data.extraction.lookup import MIN_POPULATION_FOR_ALTERNATE, Mention, sole_oblast
from data.extraction.other_days import drop_weeks_old_attacks
from data.extraction.placing import (
    oblast_of_list,
    place_under_heading,
    prefer_named_oblasts,
    settle_community_adjectives,
    settle_namesakes_by_the_others,
)
from data.extraction.rules import LanguageRules
from data.extraction.sentences import Sentence, report_title, split_sentences
from data.extraction.shares import IN_TOTAL
from data.extraction.single import keep_the_one_attack
from data.extraction.slavic.words import HARM, HEARD, LIST_HIT
from data.extraction.unlisted import MIN_POPULATION_TO_STAY, place_unlisted
from geo.gazetteer import load_gazetteer, normalize_name
from geo.oblasts import find_oblast
from geo.romanisation import national_spelling


@dataclass
class ReportRead:
    """What reading a report sentence by sentence left to settle over the whole report."""

    text: str
    sentences: list[Sentence]
    events: dict[tuple[str, str], CandidateEvent]  # by place key, in the order first told
    orphans: list[tuple[str, str]]  # figures told before any place: (the clause read, its words)
    totals: list[tuple[str, str]]  # totals told as such ("in total", the region's day toll)
    headline_places: list[Mention]
    named_oblasts: set[str | None]  # the regions the report names beside its attacks
    raion_lines: dict[tuple[str, str], str]  # raions on a line of their own, and that line
    scoped: dict[str, str]  # sentences read under a region's heading, and its oblast
    of_another_day: set[str]  # sentences told of another day's attacks
    report_date: dt.date | None
    rules: LanguageRules


def without_city_districts(events: list[CandidateEvent]) -> list[CandidateEvent]:
    """``events`` but those that are a district of a city among them (folded into it once the report is read)."""
    return [
        e
        for e in events
        if not (e.district_of and any(o is not e and o.location in e.district_of for o in events))
    ]


def settle_report(read: ReportRead) -> list[CandidateEvent]:
    """The report's events once every sentence is read.

    Figures told before any place go to the place the title or the lead names (:func:`_title_places`); the
    report's totals and closing zeros to its one attack or its places (:func:`_one_attack_tolls`,
    :func:`_slavic_day_tolls`, :func:`_english_day_zeros`); then the places are settled: namesakes, districts,
    communities, regions beside their towns (:func:`_settle_places`).
    """
    placed, orphans = _title_places(read)
    if len(placed) == 1:
        _one_attack_tolls(read, placed[0], orphans)
    elif len(placed) > 1 and not read.rules.unplaced:
        _slavic_day_tolls(read, placed, orphans)
    elif len(placed) > 1:
        _english_day_zeros(read, placed)
    return _settle_places(read)


def _title_places(read: ReportRead) -> tuple[list[CandidateEvent], list[tuple[str, str]]]:
    """The places attacked, with the title's town where the body leaves it out, and the figures still unplaced."""
    text, events, orphans, headline_places = read.text, read.events, read.orphans, read.headline_places
    report_date, rules = read.report_date, read.rules
    placed = [e for e in events.values() if e.location]
    strong_in_headlines = {m.key: m for m in headline_places if m.strong}
    settlements_in_headlines = {k: m for k, m in strong_in_headlines.items() if m.precision == "settlement"}
    if len(settlements_in_headlines) == 1 and all(
        m.precision == "oblast" and m.oblast_iso == next(iter(settlements_in_headlines.values())).oblast_iso
        for m in strong_in_headlines.values()
        if m.precision != "settlement"
    ):
        # "... ракетного удару по Лозовій на Харківщині: ..." as the title: the town, in its region
        strong_in_headlines = settlements_in_headlines
    if not placed and orphans and len(strong_in_headlines) == 1:
        # "Missile attack on Poltava" as the title and "five people were injured" in a body that names
        # no place: the title says where.  (A headline's own figures are still never read.)
        mention = next(iter(strong_in_headlines.values()))
        event = events[mention.key] = place_event(mention, report_title(text) or "")
        placed = [event]
    only = placed[0] if len(placed) == 1 else None
    title_town = next(iter(settlements_in_headlines.values())) if len(settlements_in_headlines) == 1 else None
    if (
        placed
        and orphans
        and len(strong_in_headlines) == 1
        and title_town is not None
        and title_town.key not in events
        and all(e.oblast_iso != title_town.oblast_iso for e in placed)
    ):
        # "В Одессе двое погибли" as the title, a body whose figures come before any place and which then names
        # only another region's town ("также сообщалось о прилетах в Харькове"): the figures are the title town's
        event = events[title_town.key] = place_event(title_town, report_title(text) or "")
        for analysed, words in orphans:
            apply(event, analysed, words, report_date, counts=True, rules=rules)
        orphans = []
        placed = [event, *placed]
    if (
        not rules.unplaced
        and only is not None
        and only.geo_precision == "oblast"
        and title_town is not None
        and title_town.oblast_iso == only.oblast_iso
        and title_town.key not in events
    ):
        # "Ракетний удар по Царичанці: кількість жертв зросла" as the title, and a body that places the attack
        # only in a raion or the oblast ("по Дніпровському району Дніпропетровщини"): the title says which town
        event = place_event(title_town, report_title(text) or "")
        for name in (
            "weapon",
            "target",
            "date",
            "date_precision",
            "counts",
            "notes",
            "sentences",
            "last_base",
        ):
            setattr(event, name, getattr(only, name))
        event.evidence = {**only.evidence, "location": event.evidence["location"]}
        for key in [k for k, v in events.items() if v is only]:
            del events[key]
        events[title_town.key] = event
        placed = [event]
    if not rules.unplaced and len(without_city_districts(placed)) == 1:
        # ("Число пострадавших возросло до четырех" before a report on Kharkiv that names a district of the city too:
        # the toll is the city's, the one place told)
        placed = without_city_districts(placed)
    lead = _lead_of_first_place(text, placed, orphans) if rules.unplaced and len(placed) > 1 else None
    if lead is not None:
        # "A Russian drone hit an apartment block in the north-east, killing six and injuring nine." then "The drone
        # struck the block in Sumy ...", and other regions' news after: the lead's toll is of the attack the next
        # sentence places, not lost for the report naming several places
        for analysed, words in orphans:
            apply(lead, analysed, words, report_date, counts=True, rules=rules)
    return placed, orphans


def _one_attack_tolls(read: ReportRead, event: CandidateEvent, orphans: list[tuple[str, str]]) -> None:
    """A report on one attack: its unplaced figures and its totals are that attack's (or its region's day toll)."""
    events, totals, headline_places = read.events, read.totals, read.headline_places
    report_date, rules = read.report_date, read.rules
    for analysed, words in orphans:
        apply(event, analysed, words, report_date, counts=True, rules=rules)
    # ("In total, three people have been hospitalized" in a report on one attack on Kyiv: its toll)
    if not any(m.precision == "oblast" for m in headline_places):
        for analysed, words in totals:
            if rules.unplaced and not re.search(r"\b(?:in\s+total|overall|altogether)\b", analysed, re.I):
                continue  # ("At least 12 people were killed in different parts of Ukraine": the country's)
            if not rules.unplaced and slavic.COUNTRY_WIDE.search(analysed):
                continue  # ("Всего по Украине более 70 раненых" after a report on Kyiv: the country's)
            apply(event, analysed, words, report_date, counts=True, rules=rules)
    elif not rules.unplaced:
        _region_day_toll(events, event, headline_places, totals, report_date, rules)


def _slavic_day_tolls(read: ReportRead, placed: list[CandidateEvent], orphans: list[tuple[str, str]]) -> None:
    """A Ukrainian or Russian report on several places: the region's day toll, and the day's zeros told apart."""
    text, events, totals, headline_places = read.text, read.events, read.totals, read.headline_places
    report_date, rules = read.report_date, read.rules
    isos = {e.oblast_iso for e in placed}
    region = sole_oblast(isos)
    if region is None and any(slavic.AGGRESSION_TOLL.search(analysed) for analysed, _ in totals):
        # ("під ворожим вогнем опинилися Станіслав, Черешеньки, ... та місто Херсон": the list's villages are
        # put in the region only after the report is read, so the day's toll needs the list's own region)
        listed = oblast_of_list([e for e in placed if e.geo_precision == "settlement"])
        region = find_oblast(listed) if listed is not None else None
        titled = _titled_oblasts(headline_places)
        if region is None and len(titled) == 1 and titled <= isos:
            # ("Удар по Херсонщине" as the title, Kherson and a note on Kyiv's night in the body: the day's
            # toll is of the region the title names)
            region = sole_oblast(titled)
    for analysed, words in totals:
        # "... били по жилым кварталам сел и по больнице в самом Херсоне. Из-за российской агрессии семь
        # человек ранены": the administration's day toll of the region whose places the report names, not of the
        # town named last
        # ("Загалом упродовж дня в регіоні одна людина загинула, троє поранені": the region's day total told as
        # such, rule 3, beside its places' own figures)
        region_total = bool(IN_THE_REGION.search(analysed) and IN_TOTAL.search(analysed))
        if (
            region is not None
            and (slavic.AGGRESSION_TOLL.search(analysed) or region_total)
            and not rules.find_places(analysed)
        ):
            mention = slavic.oblast_mention(region)
            toll = events.setdefault(mention.key, place_event(mention, words))
            apply(toll, analysed, words, report_date, counts=True, rules=rules)
            toll.own_remainder = True  # (the region's own: not folded into a town of it)
    # "Минулої доби обстрілів зазнали 11 населених пунктів ... Постраждалих серед цивільного населення
    # немає", then the places: a day's "no one hurt" told before any place is each place's.
    for analysed, words in orphans:
        counts = rules.find_counts(analysed)[0]
        if counts and all(c.value == 0 for c in counts):
            for event in placed:
                if event.geo_precision != "oblast" and not event.counts:
                    apply(event, analysed, words, report_date, counts=True, rules=rules)
    # "Зранку ... Марганецьку громаду. ... А ввечері вдарила і по Нікополю. ... Попередньо, жертв і
    # поранених немає": a closing "so far no one killed or hurt" that names no place is the day's, so each
    # place's that has no figures of its own.
    # ("... обошлось без пострадавших." then "Напомним, 7 июля там был ранен мужчина": a recalled attack's figures
    # after the zero close nothing of the report's own)
    report_sentences = split_sentences(text)
    recalled = {s.paragraph for s in report_sentences if SLAVIC_RECALL.match(s.text)}
    body = [
        s.text
        for s in report_sentences
        if not s.headline and rules.find_counts(s.text)[0] and s.paragraph not in recalled
    ]
    told_at: dict[str, list[int]] = {}
    for index, told in enumerate(report_sentences):
        told_at.setdefault(told.text, []).append(index)
    # ("У Краснопільській громаді ... обстріл. Попередньо — без наслідків." then the next region's places: a zero
    # told before places that follow it closes no report, only its own paragraph)
    closes = bool(body) and all(
        told_at.get(e.sentences[0], [-1])[0] <= told_at[body[-1]][-1] for e in placed if e.sentences
    )
    if (
        body
        and closes
        and (CLOSING_ZERO.match(body[-1]) or _paragraph_of_its_own(report_sentences, body[-1], rules))
        and not rules.find_places(body[-1])
    ):
        counts = rules.find_counts(body[-1])[0]
        if all(c.value == 0 for c in counts):
            for event in placed:
                if event.geo_precision != "oblast" and not event.counts:
                    apply(event, body[-1], body[-1], report_date, counts=True, rules=rules)
    elif body:
        _slavic_closing_zero(text, placed, report_date, rules)
    _slavic_paragraph_zeros(text, placed, report_date, rules)


def _english_day_zeros(read: ReportRead, placed: list[CandidateEvent]) -> None:
    """An English report on several places: a zero told without a place of its own is each unfigured place's."""
    text, of_another_day, report_date, rules = read.text, read.of_another_day, read.report_date, read.rules
    # A district's shelling told with "no one was killed or injured" in one sentence, and the places hit
    # (the district's town and two of its communities) listed in another: a report whose only figures are
    # zeros told without a town of their own gives its zero to every place it names (not a zero told of
    # another day's attacks: "... three communities were shelled on Jan. 30. No one was hurt.")
    body = [
        s.text
        for s in split_sentences(text)
        if not s.headline and rules.find_counts(s.text)[0] and s.text not in of_another_day
    ]
    if body and all(
        all(c.value == 0 for c in rules.find_counts(b)[0])
        and not any(m.precision == "settlement" and m.strong for m in rules.find_places(b))
        for b in body
    ):
        # (with one town among the places, the zero is that town's wherever it is told: "no one was injured" in
        # the middle of a report on one district's strike)
        towns = {e.location for e in placed if e.geo_precision != "oblast"}
        inner = _inner_paragraph(text, body[-1], placed) if len(towns) > 1 else None
        for event in placed:
            if (
                event.geo_precision != "oblast"
                and not event.counts
                and (inner is None or inner & set(event.sentences))
            ):
                apply(event, body[-1], body[-1], report_date, counts=True, rules=rules)
    else:
        _closing_zero_of_paragraph(text, placed, report_date, rules, of_another_day)


def _settle_places(read: ReportRead) -> list[CandidateEvent]:
    """The events settled once the report is read: namesakes by the regions named, districts, communities, homes."""
    text, sentences, events, scoped, rules = read.text, read.sentences, read.events, read.scoped, read.rules
    raion_lines, named_oblasts, headline_places, report_date = (
        read.raion_lines,
        read.named_oblasts,
        read.headline_places,
        read.report_date,
    )
    if rules.unplaced:
        _title_toll_alone(text, events, report_date, rules)
    for key, line in raion_lines.items():
        if key in events and set(events[key].sentences) <= {line} and not events[key].counts:
            # ("Покровський район." on its line, then "У Мирнограді ..., в Авдіївці ...": the raion is the heading of
            # its places, told one by one, no attack of its own)
            trace.stage("a raion's line heading its places", [events[key]], [])
            del events[key]
    result = list(events.values())
    if rules.unplaced and report_date is not None:
        result = trace.stage("weeks-old attacks dropped", result, drop_weeks_old_attacks(result, report_date))
    for event in result:
        if event.geo_precision == "settlement" and event.sentences:
            # "killed three civilians in Donetsk region: in Andriivka, Novohryhorivka and Myrnohrad", then
            # "two were killed in the Kherson region": of the villages so named, the ones in the oblast their
            # own sentence names (Novohryhorivka of Kherson oblast would take that region's toll)
            first = event.sentences[0]
            own = {m.oblast_iso for m in rules.find_places(first) if m.precision == "oblast"} - {None}
            if len(own) == 1:
                prefer_named_oblasts([event], own, beside=result)
            if first in scoped:
                # ("Kharkiv region" on a line of its own, then "In Zolochiv, three were hurt": Zolochiv there)
                place_under_heading(event, scoped[first])
    named_oblasts |= {m.oblast_iso for m in headline_places if m.precision == "oblast"}
    if not named_oblasts - {None}:
        # "the region's settlements came under fire 40 times" naming the Zaporizhzhia region, then its villages, one by one: the oblast a
        # report names only in sentences that gave no event still says where its villages are
        named_oblasts = _oblasts_named_beside_attacks(text, rules)
    # (a report on one oblast's places: "Sofiivka, Mykolaivka" in a list of Kherson villages are the villages there,
    # not the towns of 10,000-50,000 of Donetsk oblast; only a city stays what its name means. A report that names
    # one region and one town elsewhere, each with its toll, is about two regions: the town stays; in Ukrainian and
    # Russian, a town of 10,000 or more stays unless the oblast has a place of its name: "в Ямполе" in a report on
    # Donetsk oblast's towns is Yampil there, not the larger town of Vinnytsia oblast, while Kupiansk stays Kupiansk
    # in a report on Sumy oblast.)
    one_oblast = (
        len(named_oblasts - {None}) == 1
        and sum(e.geo_precision == "settlement" and e.oblast_iso in named_oblasts for e in result) >= 2
    )
    prefer_named_oblasts(
        result,
        named_oblasts - {None},
        MIN_POPULATION_TO_STAY if one_oblast else MIN_POPULATION_FOR_ALTERNATE,
        stay_unmatched=None if rules.unplaced or not one_oblast else MIN_POPULATION_FOR_ALTERNATE,
    )
    result = trace.stage("city districts folded into their city", result, fold_city_districts(result))
    result = trace.stage(
        "districts folded into their region",
        result,
        fold_districts_into_oblasts(result, raions_apart=not rules.unplaced),
    )
    # ("вдарили по Запорізькому району", then "ударили по Зеленій Діброві": the raion's toll is its one village's)
    result = trace.stage(
        "a district folded into its village",
        result,
        fold_district_into_its_village(result, within=not rules.unplaced),
    )
    if rules.unplaced:
        result = trace.stage(
            "districts folded into their villages", result, fold_districts_into_their_villages(result)
        )
    result = trace.stage(
        "a region folded into its towns", result, fold_oblasts_into_settlements(result, report_date)
    )
    result = trace.stage(
        "unplaced figures folded into the one attack", result, fold_unplaced_into_single_attack(result)
    )
    if rules.unplaced:
        # ("the Seredyno-Budska community", "Khotyn community", "the Miropolskaya hromada": the hromada's centre town)
        result = trace.stage(
            "communities placed at their centre",
            result,
            place_communities(result, lambda event: _sentence_oblast(event, rules)),
        )
    _place_unlisted(result, sentences, scoped, named_oblasts - {None}, rules)
    if rules.unplaced:
        result = trace.stage("homes of places named", result, drop_homes_of_named_places(result))
        read_shared_adjectives(result, text)
        # (a report whose figures are of one attack: the places it names for other reasons are no attacks)
        # (its first line without a full stop is its title, even where commas kept it from being read as one)
        opening = next(iter(text.strip().splitlines()), "").strip()
        titles = {s.text for s in sentences if s.headline} | (
            {opening} if opening and not re.search(r"[.!?…][\"”’»)]*$", opening) else set()
        )
        result = trace.stage(
            "the one attack of a single-attack report kept",
            result,
            keep_the_one_attack(result, titles, rules.split_clauses, rules.find_places),
        )
    else:
        settle_community_adjectives(result)
        if not named_oblasts - {None}:
            settle_namesakes_by_the_others(result)
        result = trace.stage(
            "homes of places named",
            result,
            drop_cyrillic_homes_of_named_places(result, rules.find_places, [s.text for s in sentences]),
        )
        result = trace.stage("the same place told twice", result, fold_same_places(result))
        result = trace.stage("places where blasts were only heard", result, _drop_places_only_heard(result))
        if not named_oblasts - {None} and SLAVIC_RUSSIAN_REGION.search(text):
            # "в селе Бегоща Рыльского района" in a Kursk governor's summary that names no Ukrainian region: a
            # village the gazetteer lacks is one of the Russian region's, abroad (labelling rule 2), not an unmapped
            # Ukrainian one
            result = trace.stage(
                "villages of a Russian region",
                result,
                [e for e in result if e.geo_precision != "unknown" or e.latitude is not None],
            )
    _settle_bounds_by_title(result, text, rules)
    for event in result:
        infer_totals_from_children(event)
        if (
            event.geo_precision == "unknown"
            and event.location
            and event.location.replace("’", "'").replace("ʼ", "'").isascii()
        ):
            # "the village of Horyane": a name the gazetteer does not list, written as the national
            # romanisation writes it where the Latin spelling says so unambiguously (Horiane); not when
            # that spelling is another place's name ("Biloghirya" stays: Bilohiria is a town elsewhere).
            national = national_spelling(event.location)
            if normalize_name(national) not in load_gazetteer().index:
                event.location = national
    return result


def _drop_places_only_heard(events: list[CandidateEvent]) -> list[CandidateEvent]:
    """Without the places where blasts were only heard ("а вибухи лунали ще й у Черкасах"), with no figures
    and nothing told hit there, when the report tells of other places hit (rule 1). A report on one place keeps it:
    "В Харькове прогремели взрывы", then the toll, is the city's strike told from its first sound."""

    def only_heard(event: CandidateEvent) -> bool:
        return bool(event.sentences) and all(
            HEARD.search(s) and not HARM.search(s) and not LIST_HIT.search(s) for s in event.sentences
        )

    heard = [e for e in events if e.location and not e.counts and only_heard(e)]
    if not heard or not any(e.location and e not in heard for e in events):
        return events
    return [e for e in events if e not in heard]


def _closing_zero_of_paragraph(
    text: str,
    placed: list[CandidateEvent],
    report_date: dt.date | None,
    rules: LanguageRules,
    of_another_day: set[str] = frozenset(),
) -> None:
    """ "Air strikes hit A, B and C. Drones attacked D, E and F. Artillery shelled G and H. Civilians were not
    injured.": a zero that closes the report, naming no place, is every place's of its paragraph that has no
    figures of its own (rule 8 of docs/labelling.md), not only the last sentence's; a place of another paragraph,
    or one with figures, keeps what it has."""
    sentences = [s for s in split_sentences(text) if not s.headline]
    counted = [s for s in sentences if rules.find_counts(s.text)[0]]
    if not counted:
        return
    last = counted[-1]
    if not all(c.value == 0 for c in rules.find_counts(last.text)[0]) or rules.find_places(last.text):
        return
    if last.text in of_another_day:
        return  # ("... attacked three communities on Jan. 30. There were no casualties.": that earlier day's zero)
    opening = next(s for s in sentences if s.paragraph == last.paragraph)
    if any(cue.match(opening.text) for cue in (AS_REPORTED, SLAVIC_AS_REPORTED, SLAVIC_RECALL)):
        return  # ("As reported, on May 3 a bomb fell on X ... There were no casualties.": the recalled attack's zero)
    paragraph = {s.text for s in sentences if s.paragraph == last.paragraph}
    for event in placed:
        if event.geo_precision != "oblast" and not event.counts and paragraph & set(event.sentences):
            apply(event, last.text, last.text, report_date, counts=True, rules=rules)


def _paragraph_of_its_own(report: list[Sentence], zero: str, rules: LanguageRules) -> bool:
    """Whether ``zero`` is told in a paragraph that names no place, after the places' paragraphs: "Люди не
    пострадали." on its own line closes the roundup, every place's (rule 8 of docs/labelling.md),
    though a recalled attack's paragraph may follow it."""
    sentences = [s for s in report if not s.headline]
    paragraph = next((s.paragraph for s in sentences if s.text == zero), None)
    own = [s for s in sentences if s.paragraph == paragraph]
    return paragraph is not None and not any(rules.find_places(s.text) for s in own)


def _inner_paragraph(text: str, zero: str, placed: list[CandidateEvent]) -> set[str] | None:
    """The sentences of the paragraph that tells ``zero``, when it is neither the first nor the last paragraph with a
    place hit: "In the village of A, a barn burned. There were no casualties." between a paragraph on B and one on C
    is A's zero alone (rule 8 of docs/labelling.md); None when the zero leads or closes the places (every place's)."""
    sentences = split_sentences(text)
    where = {s.text: s.paragraph for s in sentences if not s.headline}
    if zero not in where:
        return None
    told = [where[e.sentences[0]] for e in placed if e.sentences and e.sentences[0] in where]
    if not told or where[zero] <= min(told) or where[zero] >= max(told):
        return None
    return {s.text for s in sentences if s.paragraph == where[zero]}


def _slavic_closing_zero(
    text: str, placed: list[CandidateEvent], report_date: dt.date | None, rules: LanguageRules
) -> None:
    """A list of places shelled, then "Пострадавших нет." as a paragraph of its own at the end: a zero that closes a
    Ukrainian or Russian roundup, naming no place, is every place's that has no figures (rule 8 of
    docs/labelling.md); told as the last sentence of a paragraph of several places, every place's of that
    paragraph."""
    sentences = [s for s in split_sentences(text) if not s.headline]
    counted = [s for s in sentences if rules.find_counts(s.text)[0]]
    last = counted[-1]
    if not all(c.value == 0 for c in rules.find_counts(last.text)[0]) or rules.find_places(last.text):
        return
    own = [s for s in sentences if s.paragraph == last.paragraph]
    opening = own[0]
    if any(cue.match(opening.text) for cue in (SLAVIC_AS_REPORTED, SLAVIC_RECALL)):
        return
    # (a closing paragraph that names no place, "Надійшло 5 повідомлень про пошкоджені будинки. Мирні жителі не
    # постраждали.", closes the report as a paragraph of the zero alone does)
    if sentences[-1] is last and (len(own) == 1 or not any(rules.find_places(s.text) for s in own)):
        for event in placed:
            if event.geo_precision != "oblast" and not event.counts:
                apply(event, last.text, last.text, report_date, counts=True, rules=rules)
        return
    # (in its paragraph, the places told before it: "Пострадавших нет. В полночь враг ударил по X. Последствия
    # уточняются" leaves X's figures unknown)
    _zero_to_places_told_before(placed, own[: own.index(last) + 1], last.text, report_date, rules)


def _zero_to_places_told_before(
    placed: list[CandidateEvent], before: list, zero: str, report_date: dt.date | None, rules: LanguageRules
) -> None:
    """Give a paragraph's closing zero to each place without figures told in ``before`` (its sentences)."""
    told_before = {s.text for s in before}
    for event in placed:
        if (
            event.geo_precision != "oblast"
            and not event.counts
            # (a place told there before the zero, whether or not first named there: "атакували райони A і B" in the
            # lead, then "У районі A пожежа. Там і в C пошкоджено дахи. Ніхто не постраждав.")
            and told_before.intersection(event.sentences)
            # ("обстрелы окрестностей пгт X. Информация о разрушениях и жертвах уточняется.", then another place
            # and the zero: X's toll is told as not known yet, the zero the other place's)
            and not any(SLAVIC_TOLL_PENDING.search(told) for told in event.sentences)
        ):
            apply(event, zero, zero, report_date, counts=True, rules=rules)


def _slavic_paragraph_zeros(
    text: str, placed: list[CandidateEvent], report_date: dt.date | None, rules: LanguageRules
) -> None:
    """ "Вночі обстріляли A — пошкоджено склад. Під вогнем були також B і C. Обійшлося без жертв." in the middle of
    a roundup: a zero that closes a paragraph of several places, naming no place, is each place's of that paragraph
    that has no figures of its own (rule 8 of docs/labelling.md), not only the last sentence's, as the report's
    closing zero is (``_slavic_closing_zero``)."""
    sentences = [s for s in split_sentences(text) if not s.headline]
    for paragraph in sorted({s.paragraph for s in sentences}):
        own = [s for s in sentences if s.paragraph == paragraph]
        counted = [s for s in own if rules.find_counts(s.text)[0]]
        if len(own) < 2 or not counted or counted[-1] is not own[-1]:
            continue
        last = own[-1]
        if not all(c.value == 0 for c in rules.find_counts(last.text)[0]) or rules.find_places(last.text):
            continue
        if len(counted) > 1 or any(cue.match(own[0].text) for cue in (SLAVIC_AS_REPORTED, SLAVIC_RECALL)):
            continue  # (figures of their own told in the paragraph: the zero is not all its places')
        _zero_to_places_told_before(placed, own[:-1], last.text, report_date, rules)


# "Kherson region", "Sumy Oblast": a region named, whatever the name stands for in its clause
_REGION_QUALIFIER = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:[Rr]egion|[Oo]blast)\b")


# One attack told in an English lead: "A Russian drone struck ...", "a missile attack on ...", not a day's attacks.
_ONE_ATTACK_LEAD = re.compile(
    r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:drone|missile|strike|attack|bomb|rocket|shell)\b(?!s)",
    re.IGNORECASE,
)
_DAYS_ATTACKS = re.compile(
    r"\b(?:attacks|strikes|shelling\s+of\s+\w+\s+regions|over\s+the\s+(?:past|last)\s+(?:day|24\s+hours)|overnight\s+across)\b",
    re.IGNORECASE,
)


def _lead_of_first_place(
    text: str, placed: list[CandidateEvent], orphans: list[tuple[str, str]]
) -> CandidateEvent | None:
    """The settlement whose sentence follows an English lead that tells one attack's toll and names no place.

    None unless the lead's sentences come right before the one that first names the report's first place, that place
    is a settlement with no toll of its own, and the lead tells one attack (not a day's attacks over the country).
    """
    first = placed[0]
    if not orphans or first.geo_precision == "oblast" or not first.sentences:
        return None
    if any(first.counts.get(name) for name in ("killed", "injured")):
        return None
    if not all(_ONE_ATTACK_LEAD.search(words) and not _DAYS_ATTACKS.search(words) for _, words in orphans):
        return None
    body = [s.text for s in split_sentences(text) if not s.headline]
    try:
        last_orphan = max(body.index(words) for _, words in orphans)
        return first if body.index(first.sentences[0]) == last_orphan + 1 else None
    except ValueError:
        return None


def _titled_oblasts(headline_places: list[Mention]) -> set[str | None]:
    """The oblasts the title names ("Удар по Херсонщине": Kherson oblast)."""
    return {m.oblast_iso for m in headline_places if m.precision == "oblast"}


def _region_day_toll(
    events: dict[tuple[str, str], CandidateEvent],
    town: CandidateEvent,
    headline_places: list[Mention],
    totals: list[tuple[str, str]],
    report_date: dt.date | None,
    rules: LanguageRules,
) -> None:
    """ "Удар по Херсонщине" as the title, one town of it shelled in the body, then "Из-за российской агрессии шесть
    человек получили ранения" naming no place: the administration's day toll of the region the title names, not
    lost (labelling rule 3; the town keeps only its own figures)."""
    regions = _titled_oblasts(headline_places)
    if len(regions) != 1 or town.oblast_iso not in regions:
        return
    oblast = sole_oblast(regions)
    for analysed, words in totals:
        if rules.find_places(analysed) or not (
            slavic.AGGRESSION_TOLL.search(analysed)
            or (IN_THE_REGION.search(analysed) and IN_TOTAL.search(analysed))
        ):
            continue
        if town.geo_precision == "oblast":
            region = town
        else:
            mention = slavic.oblast_mention(oblast)
            region = events.setdefault(mention.key, place_event(mention, words))
        apply(region, analysed, words, report_date, counts=True, rules=rules)
        region.own_remainder = True  # (the region's own: not folded into the town)


def _title_toll_alone(
    text: str,
    events: dict[tuple[str, str], CandidateEvent],
    report_date: dt.date | None,
    rules: LanguageRules,
) -> None:
    """ "Kherson region under fire: one dead, six hurt" as the title over a body that names the places shelled but
    gives no figure at all: the title's toll is that of the one place it names (a region's, labelling rule 3), not
    lost. A title is otherwise never read, as it often sums attacks the body tells one by one; with no figure in the
    body there is nothing for it to sum."""
    title = report_title(text)
    if not title or any(
        rules.find_counts(s.text)[0] for s in split_sentences(text) if not s.headline and s.text != title
    ):
        return
    found = rules.find_counts(title)[0]
    if not any(c.value for c in found):
        return
    named = {m.key: m for clause in rules.split_clauses(title) for m in rules.find_places(clause) if m.strong}
    if len(named) != 1:
        return
    mention = next(iter(named.values()))
    event = events.get(mention.key)
    if event is None:
        event = events[mention.key] = place_event(mention, title)
    apply(event, title, title, report_date, counts=True, rules=rules)


def _settle_bounds_by_title(result: list[CandidateEvent], text: str, rules: LanguageRules) -> None:
    """A title that gives a figure exactly ("Nine dead after a strike on X") over a body that gives the same figure
    only as a bound ("at least nine people were killed") makes it exact: the exact statement is the stronger one
    (labelling rule 9). A title's figures are otherwise never read (a title often sums several attacks), so only a
    bound of the same kind and the same value is settled, and a title that gives a bound itself settles nothing."""
    opening = next((line.strip() for line in text.strip().splitlines() if line.strip()), "")
    if not opening:
        return
    exact = {(c.field, c.value) for c in rules.find_counts(opening)[0] if not c.at_least}
    # ("People lay flowers in X, where the bomb took 9 lives and hurt 31. (Photo: ...)": a caption, set apart as a
    # headline, that names the event's own place gives its figures exactly too, as the title does)
    captions = [s.text for s in split_sentences(text)[1:] if s.headline] if rules.unplaced else []
    for event in result:
        named_exact = set(exact)
        for caption in captions:
            if event.location and normalize_name(event.location) in normalize_name(caption):
                named_exact |= {(c.field, c.value) for c in rules.find_counts(caption)[0] if not c.at_least}
        for field in ("killed", "injured"):
            value, at_least = event.counts.get(field, (None, False))
            if at_least and (field, value) in named_exact:
                event.counts[field] = (value, False)


def _oblasts_named_beside_attacks(text: str, rules: LanguageRules) -> set[str | None]:
    """The oblasts a report names in its title or headings or in a sentence that tells of an attack, else all it
    names: where its villages lie when no sentence that gave an event names an oblast. An oblast named in passing
    ("evacuation goes on in the Donetsk region" under a report on Kharkiv villages) is not where they lie, and
    would steer a village to its namesake there."""
    named: dict[str | None, bool] = {}
    for sentence in split_sentences(text):
        beside = sentence.headline or bool(rules.attack_cue.search(sentence.text))
        for m in rules.find_places(sentence.text):
            if m.precision == "oblast":
                named[m.oblast_iso] = named.get(m.oblast_iso, False) or beside
    return {oblast for oblast, told in named.items() if told} or set(named)


def _sentence_oblast(event: CandidateEvent, rules: LanguageRules) -> str | None:
    """The one oblast the sentence that first told of ``event`` names, if one ("the X community of the Y region")."""
    first = event.sentences[0] if event.sentences else event.evidence.get("location", "")
    named = {m.oblast_iso for m in rules.find_places(first) if m.precision == "oblast"} - {None}
    return named.pop() if len(named) == 1 else None


def _place_unlisted(
    result: list[CandidateEvent],
    sentences: list,
    scoped: dict[str, str],
    report_oblasts: set[str],
    rules: LanguageRules,
) -> None:
    """The villages the gazetteer lacks, placed through the settlements table once the report is read
    (``unlisted.place_unlisted``): each told with its sentence, its list's lead and the heading above it."""
    around: dict[str, list[str]] = {}
    heading = ""
    for sentence in sentences:
        if sentence.headline:
            heading = sentence.text
            continue
        around.setdefault(sentence.text, [sentence.text, sentence.lead, heading])

    def context(event: CandidateEvent) -> list[str]:
        first = event.sentences[0] if event.sentences else event.evidence.get("location", "")
        return around.get(first, [first])

    def oblast_of(event: CandidateEvent) -> str | None:
        if event.oblast_iso:
            return event.oblast_iso
        first = event.sentences[0] if event.sentences else ""
        for text in context(event):
            named = {m.oblast_iso for m in rules.find_places(text) if m.precision == "oblast"} - {None}
            if len(named) == 1:
                return named.pop()
            if named:
                return None
        return scoped.get(first)

    names = [normalize_name(e.written or e.location) for e in result if e.location]

    def listed(sentence: str) -> int:
        folded = normalize_name(sentence)
        return sum(bool(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", folded)) for n in names if n)

    def nearby(event: CandidateEvent) -> str | None:
        # the oblast the event's sentence names, else the one most of the places named with it lie in, else the
        # one its list's lead, its heading or its section names
        first = event.sentences[0] if event.sentences else ""
        named = {m.oblast_iso for m in rules.find_places(first) if m.precision == "oblast"} - {None}
        if not named and rules.unplaced:
            # ("in Tiahynka, Kherson region, ...": the region that only says where the village is was dropped as
            # its qualifier, and still says which oblast the village is looked for in)
            named = {
                oblast.iso
                for oblast in map(find_oblast, _REGION_QUALIFIER.findall(first))
                if oblast is not None
            }
        if named:
            return named.pop() if len(named) == 1 else None
        others = [
            e.oblast_iso
            for e in result
            if e is not event and e.oblast_iso and e.geo_precision == "settlement" and first in e.sentences
        ]
        usual = max(set(others), key=others.count) if others else None
        if len(others) >= 2 and 3 * others.count(usual) >= 2 * len(others):
            return usual
        for text in context(event)[1:]:
            # (its list's lead, the heading above it: "Харківщина: обстріли за добу")
            named = {m.oblast_iso for m in rules.find_places(text) if m.precision == "oblast"} - {None}
            if named:
                return named.pop() if len(named) == 1 else None
        return scoped.get(first)

    place_unlisted(result, context, oblast_of, report_oblasts, listed, nearby)
