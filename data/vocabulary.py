"""The words for weapons and targets, their labels and colours, keyed by the schema's categories.

One vocabulary for the whole project: importers classify a dataset's free text
with :func:`classify_weapon` / :func:`classify_target`, report extraction finds the
first term in a sentence with :data:`WEAPON_PATTERNS` / :data:`TARGET_PATTERNS`, and
the map and charts colour and label by :data:`WEAPON_COLOURS`, :data:`WEAPON_LABELS`
and :data:`TARGET_LABELS`.  Every mapping is keyed by exactly the categories of
:data:`data.schema.WEAPONS` and :data:`data.schema.TARGETS` (a test checks it), so
adding a category means adding it here too.

Synonyms are English, Ukrainian and Russian (report extraction reads all three).  Every pattern is wrapped in word boundaries, so
``houses`` never matches inside "warehouse" or "greenhouse"; Ukrainian stems end in
``\\w*`` to take any ending.  A fuel or petrol ("gas") station is energy, the same for
every entry point.
"""

from __future__ import annotations

import re
from typing import Any

from data import schema as S


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


# Synonyms per weapon class.  Order matters only for ties at the same position in a
# text: "glide bomb" before "airstrike"'s "aerial bomb".
WEAPON_SYNONYMS: dict[str, tuple[str, ...]] = {
    "glide bomb": (
        r"glide[\s-]*bombs?",
        r"guided\s+(?:aerial\s+)?bombs?",
        r"KABs?",
        r"FABs?",
        r"UMPK",
        r"КАБ\w*",
        r"керован\w*\s+авіабомб\w*",
        r"управляем\w*\s+авиабомб\w*",
    ),
    "missile": (
        r"missiles?",
        r"ballistic",
        r"Iskanders?",
        r"Kh-\d+\w*",
        r"Kalibrs?",
        r"Kinzhals?",
        r"S-300s?",
        r"S-400s?",
        r"ракет\w*",
        r"Іскандер\w*",
        r"Искандер\w*",
    ),
    "drone": (
        r"drones?",
        r"Shahed(?:s|-type|-\d+)?",
        r"UAVs?",
        r"Gerans?",
        r"Lancets?",
        r"kamikaze",
        r"loitering(?:\s+munitions?)?",
        r"FPV",
        r"БпЛА",
        r"дрон\w*",
        r"шахед\w*",
        r"безпілотник\w*",
        r"беспилотник\w*",
    ),
    "rocket": (
        r"rockets?",
        r"MLRS",
        r"Grads?",
        r"Smerch",
        r"Uragan",
        r"multiple[\s-]+(?:rocket|launch)\w*",
        r"РСЗВ",
    ),
    "artillery": (
        r"artillery",
        r"shell(?:ing|ed|s)",
        r"mortars?",
        r"howitzers?",
        r"tank\s+fire",
        r"артилер\w*",
        r"обстріл\w*",
        r"артиллери\w*",
        r"обстрел\w*",
        r"мінометн\w*",
        r"миномет\w*",
    ),
    "airstrike": (
        r"air\s*strikes?",
        r"air\s+raids?",
        r"aerial\s+bomb(?:ing|s)?",
        r"warplanes?",
        r"aircraft",
        r"авіаудар\w*",
        r"авиаудар\w*",
    ),
    "mine": (r"(?:land)?mines?", r"IEDs?", r"explosive\s+devices?", r"мін[аиу]\w*"),
    "other": (),
    "unknown": (),
}

TARGET_SYNONYMS: dict[str, tuple[str, ...]] = {
    "energy": (
        r"power\s+(?:plant|station|line|grid|facility|facilities|infrastructure)s?",
        r"energy(?:\s+\w+)?",
        r"substations?",
        r"thermal\s+power",
        r"electricity",
        r"heating\s+plants?",
        r"gas\s+(?:facility|facilities|infrastructure|pipeline|storage)",
        r"(?:gas|petrol|filling|fuel)\s+stations?",
        r"fuel\s+depots?",
        r"oil\s+depots?",
        r"енерге\w*",
        r"електростанці\w*",
        r"підстанці\w*",
        r"энерге\w*",
        r"подстанци\w*",
        r"АЗС",
    ),
    "residential": (
        r"apartment(?:\s+(?:block|building|house))?s?",
        r"residential(?:\s+\w+)?",
        r"high-rise(?:\s+\w+)?",
        r"blocks?\s+of\s+flats",
        r"private\s+houses?",
        r"houses?",
        r"homes?",
        r"dormitory",
        r"dwellings?",
        r"житлов\w*",
        r"жил(?:ой|ого|ом|ые|ых|ом|ому)\b",
        r"багатоповерх\w*",
        r"многоэтаж\w*",
        r"гуртожит\w*",
        r"общежити\w*",
        r"будин\w*",
    ),
    "civic": (
        r"(?<!in\s)(?<!to\s)hospitals?",
        r"clinics?",
        r"maternity\s+\w+",
        r"schools?",
        r"kindergartens?",
        r"universit(?:y|ies)",
        r"college",
        r"church(?:es)?",
        r"theat(?:re|er)s?",
        r"museums?",
        r"library",
        r"congress\s+cent(?:er|re)s?",
        r"administrative\s+buildings?",
        r"administration\s+buildings?",
        r"city\s+hall",
        r"post\s+office",
        r"playgrounds?",
        r"park",
        r"cultural\s+cent(?:er|re)s?",
        r"stadium",
        r"лікарн\w*",
        r"больниц\w*",
        r"детск\w+\s+сад\w*",
        r"школ\w*",
        r"дитяч\w+\s+садо?к\w*",
    ),
    "infrastructure": (
        r"(?:civilian\s+)?infrastructure",
        r"railway\s*\w*",
        r"train\s+stations?",
        r"bus\s+stations?",
        r"trains?",
        r"bridges?",
        r"ports?",
        r"port\s+facilities",
        r"water\s+supply",
        r"dams?",
        r"airports?",
        r"bus(?:es)?",
        r"trams?",
        r"інфраструктур\w*",
        r"міст\b",
    ),
    "commercial": (
        r"supermarkets?",
        r"shops?",
        r"stores?",
        r"shopping\s+(?:centre|center|mall)s?",
        r"malls?",
        r"markets?",
        r"restaurants?",
        r"caf[eé]s?",
        r"hotels?",
        r"businesses",
        r"warehouses?",
        r"office\s+buildings?",
        r"factory|factories",
        r"industrial\s+(?:facility|facilities|enterprise|site|plant|building)s?",
        r"enterprises?",
        r"commercial",
        r"магазин\w*",
        r"склад\w*",
        r"підприємств\w*",
        r"предприяти\w*",
    ),
    "military": (
        r"military\s+(?:\w+\s+)?(?:base|facility|facilities|target|unit|airfield|institute|academy|depot)s?",
        r"barracks",
    ),
    "other": (),
    "unknown": (),
}

# The compiled patterns: one per class that has words ("other" and "unknown" have none).
WEAPON_PATTERNS: dict[str, re.Pattern[str]] = {c: _words(*w) for c, w in WEAPON_SYNONYMS.items() if w}
TARGET_PATTERNS: dict[str, re.Pattern[str]] = {c: _words(*w) for c, w in TARGET_SYNONYMS.items() if w}

WEAPON_LABELS: dict[str, str] = {
    "missile": "Missile",
    "drone": "Drone",
    "glide bomb": "Glide bomb",
    "airstrike": "Airstrike",
    "artillery": "Artillery",
    "rocket": "Rocket (MLRS)",
    "mine": "Mine or explosive device",
    "other": "Other",
    "unknown": "Not reported",
}
TARGET_LABELS: dict[str, str] = {
    "residential": "Residential",
    "energy": "Energy",
    "infrastructure": "Infrastructure",
    "civic": "Civic (schools, hospitals, ...)",
    "commercial": "Commercial",
    "military": "Military",
    "other": "Other",
    "unknown": "Not reported",
}
# Okabe-Ito colours (colour-blind safe), one per weapon class.
WEAPON_COLOURS: dict[str, str] = {
    "missile": "#D55E00",
    "drone": "#0072B2",
    "glide bomb": "#CC79A7",
    "airstrike": "#E69F00",
    "artillery": "#009E73",
    "rocket": "#56B4E9",
    "mine": "#B8A400",
    "other": "#777777",
    "unknown": "#222222",
}
# The colour of a place where events of several weapons are drawn together.
MIXED_COLOUR = "#5B4A8B"

# The categories every mapping above is keyed by (tests compare them to the schema).
WEAPONS: tuple[str, ...] = S.WEAPONS
TARGETS: tuple[str, ...] = S.TARGETS


def _as_text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _single_class(value: Any, patterns: dict[str, re.Pattern[str]]) -> str | None:
    text = _as_text(value)
    if text is None:
        return None
    found = [name for name, pattern in patterns.items() if pattern.search(text)]
    # Several classes in one text (a missile and a drone attack) is no single answer.
    return found[0] if len(found) == 1 else None


def classify_weapon(text: Any) -> str | None:
    """The one weapon class a text names, or None when it names none or several.

    Examples
    --------
    >>> classify_weapon("Shahed-136 drone")
    'drone'
    >>> classify_weapon("missiles and drones") is None
    True
    """
    return _single_class(text, WEAPON_PATTERNS)


def classify_target(text: Any) -> str | None:
    """The one target class a text names, or None when it names none or several.

    Examples
    --------
    >>> classify_target("a warehouse")
    'commercial'
    >>> classify_target("gas station")
    'energy'
    """
    return _single_class(text, TARGET_PATTERNS)


def first_term(text: str, patterns: dict[str, re.Pattern[str]]) -> tuple[str, re.Match[str]] | None:
    """The class whose term comes first in ``text`` and its match (ties: the earlier class).

    This is how a sentence is read: "a drone hit a house near the power line" is about
    the house first.
    """
    best: tuple[str, re.Match[str]] | None = None
    for name, pattern in patterns.items():
        match = pattern.search(text)
        if match and (best is None or match.start() < best[1].start()):
            best = (name, match)
    return best


def classify_series(values, patterns: dict[str, re.Pattern[str]]):
    """:func:`classify_weapon` / :func:`classify_target` over a whole column, each distinct text once.

    Parameters
    ----------
    values
        A pandas Series of text (missing values allowed).
    patterns
        :data:`WEAPON_PATTERNS` or :data:`TARGET_PATTERNS`.

    Returns
    -------
    pandas.Series
        The class (or ``<NA>``) per row, same index.
    """

    text = values.astype("string")
    distinct = text.dropna().unique()
    # Datasets repeat the same few texts (sub-event types, filter values): classify each once.
    classes = {value: _single_class(value, patterns) for value in distinct}
    return text.map(classes).astype("string")
