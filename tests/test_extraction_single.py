"""A report about one attack read as a whole (data/extraction/single.py)."""

from __future__ import annotations

from data.extraction.events import CandidateEvent
from data.extraction.places import find_places
from data.extraction.sentences import split_clauses
from data.extraction.single import keep_the_one_attack


def _event(
    location, oblast_iso, precision="settlement", counts=None, sentences=(), evidence=None, oblast=None
):
    return CandidateEvent(
        location=location,
        oblast_iso=oblast_iso,
        oblast=oblast,
        geo_precision=precision,
        counts=dict(counts or {}),
        sentences=list(sentences),
        evidence=dict(evidence or {}),
    )


def _kept(events, titles=()):
    return [e.location for e in keep_the_one_attack(events, set(titles), split_clauses, find_places)]


def test_places_only_heard_of_are_dropped_beside_one_toll():
    toll = "A missile killed two people in Poltava on Sunday."
    heard = "Explosions were heard in Sumy and Kharkiv during the alert."
    events = [
        _event(
            "Poltava", "UA-53", counts={"killed": (2, False)}, sentences=[toll], evidence={"killed": toll}
        ),
        _event("Sumy", "UA-59", sentences=[heard]),
        _event("Kharkiv", "UA-63", sentences=[heard]),
    ]
    assert _kept(events) == ["Poltava"]


def test_a_place_of_the_attacks_own_region_stays_whatever_its_verb():
    # (a region's day told item by item: "In the evening, also A and B." names places hit with no verb of hitting)
    toll = "A drone wounded a woman in Beryslav."
    also = "In the evening, also Tiahynka and Mylove."
    events = [
        _event(
            "Beryslav", "UA-65", counts={"injured": (1, False)}, sentences=[toll], evidence={"injured": toll}
        ),
        _event("Tiahynka", "UA-65", sentences=[also]),
    ]
    assert _kept(events) == ["Beryslav", "Tiahynka"]


def test_a_place_told_hit_without_figures_stays():
    toll = "A drone wounded a man in Nikopol."
    shelled = "Artillery also shelled Marhanets in the afternoon."
    events = [
        _event(
            "Nikopol", "UA-12", counts={"injured": (1, False)}, sentences=[toll], evidence={"injured": toll}
        ),
        _event("Marhanets", "UA-12", sentences=[shelled]),
    ]
    assert _kept(events) == ["Nikopol", "Marhanets"]


def test_two_tolls_are_a_roundup_left_alone():
    first, second = "One man was hurt in Izium.", "A woman was hurt in Kupiansk."
    heard = "Blasts were heard in Kharkiv."
    events = [
        _event(
            "Izium", "UA-63", counts={"injured": (1, False)}, sentences=[first], evidence={"injured": first}
        ),
        _event(
            "Kupiansk",
            "UA-63",
            counts={"injured": (1, False)},
            sentences=[second],
            evidence={"injured": second},
        ),
        _event("Kharkiv", "UA-63", sentences=[heard]),
    ]
    assert _kept(events) == ["Izium", "Kupiansk", "Kharkiv"]


def test_title_city_and_region_fold_into_the_village_of_the_same_toll():
    title = "Drone hits Lutsk, one hurt"
    lead = "A drone attack on the Volyn region hurt one man."
    body = "The drone struck a shed in the village of Zhydychyn, and one man was hurt."
    events = [
        _event(
            "Lutsk", "UA-07", counts={"injured": (1, False)}, sentences=[title], evidence={"injured": title}
        ),
        _event(
            "Volyn",
            "UA-07",
            "oblast",
            {"injured": (1, False)},
            [lead],
            {"injured": lead},
            oblast="Volyn Oblast",
        ),
        _event(
            "Zhydychyn", "UA-07", counts={"injured": (1, False)}, sentences=[body], evidence={"injured": body}
        ),
    ]
    kept = keep_the_one_attack(events, {title}, split_clauses, find_places)
    assert [(e.location, e.counts) for e in kept] == [("Zhydychyn", {"injured": (1, False)})]


def test_a_place_attacked_where_nothing_was_hit_is_dropped():
    toll = "A drone killed a man in Sumy overnight."
    aimed = "Missiles were also launched at Rivne, though no targets were reported hit."
    events = [
        _event("Sumy", "UA-59", counts={"killed": (1, False)}, sentences=[toll], evidence={"killed": toll}),
        _event("Rivne", "UA-56", sentences=[aimed]),
    ]
    assert _kept(events) == ["Sumy"]
