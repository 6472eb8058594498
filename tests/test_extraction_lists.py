"""Lists of places read by their structure, in English, Ukrainian and Russian (``places.list_reading``).

A list of three places or more in a report about attacks is the places hit when its sentence has an attack
word, or when the list follows a lead and a colon, whatever the verb; it names no attack when the sentence
tells it for another matter (evacuation, power back, alerts, ...), unless a verb of hitting is told of the list.
"""

import pytest

from data.extraction import slavic
from data.extraction import vocabulary as V
from data.extraction.extract import candidate_record, extract_events
from data.extraction.layout import heading_lines, list_runs
from data.extraction.places import find_places, list_reading, listed_as_hit, regions_listed_as_hit
from data.extraction.sentences import split_sentences


def _english(clause: str, about_attacks: bool = True, items: int = 0) -> str | None:
    mentions = find_places(clause)
    return list_reading(
        clause,
        mentions,
        hit=listed_as_hit(clause, mentions),
        other_matter=V.OTHER_MATTER,
        attack_cue=V.ATTACK_CUE,
        about_attacks=about_attacks,
        items=items,
    )


def _slavic(clause: str, about_attacks: bool = True) -> str | None:
    mentions = slavic.find_places(clause)
    return list_reading(
        clause,
        mentions,
        hit=slavic.listed_as_hit(clause, mentions),
        other_matter=slavic.OTHER_MATTER,
        attack_cue=slavic.ATTACK_CUE,
        about_attacks=about_attacks,
    )


@pytest.mark.parametrize(
    "clause",
    [
        # the verb first, the places its subject after it
        "Under artillery fire and drone strikes over the day were Kupiansk, Borova, Izium and Balakliia.",
        # an attack noun, no verb of hitting
        "Drones, bombs and artillery of the occupiers: Kupiansk, Borova, Izium and Balakliia.",
        # a count of places and "including"
        "The Russians shelled 17 settlements, including Kupiansk, Borova, Izium and Balakliia.",
        # passive, after the list
        "Kupiansk, Borova, Izium and Balakliia came under mortar fire.",
        # three places are a list too
        "Drone attacks over the day: Kupiansk, Borova and Izium.",
        # a verb of hitting told of the list wins over words of another matter in the same sentence
        "Kupiansk, Borova and Izium were shelled as the evacuation went on.",
        # the places hit hardest, told as "most affected" with no verb of hitting
        "Of the day's 30 attacks, the most affected were Kupiansk, Borova and Izium.",
    ],
)
def test_english_lists_of_places_hit(clause):
    assert _english(clause) == "hit"


def test_a_list_after_a_colon_is_hit_only_in_a_report_about_attacks():
    clause = (
        "Over the past day, the following settlements of the region: Kupiansk, Borova, Izium and Balakliia."
    )
    assert _english(clause, about_attacks=True) == "hit"
    assert _english(clause, about_attacks=False) is None


# Lists told for another matter than an attack, each in a sentence that also names the attack
_ANOTHER_MATTER = [
    "After the strike, power was restored in Kupiansk, Borova, Izium and Balakliia.",
    "Schools in Kupiansk, Borova and Izium switch to online classes after the shelling.",
    "Humanitarian aid was handed out in Kupiansk, Borova and Izium after the shelling.",
    "Drones heading for Kupiansk, Borova and Izium were spotted before the strike.",
    "A curfew was imposed in Kupiansk, Borova and Izium after the shelling.",
]


@pytest.mark.parametrize(
    "clause",
    [
        *_ANOTHER_MATTER,
        "After the shelling, a day of mourning was declared in Kupiansk, Borova and Izium.",
    ],
)
def test_english_lists_told_for_another_matter(clause):
    assert _english(clause) == "other"


@pytest.mark.parametrize(
    "clause",
    [
        *_ANOTHER_MATTER,
        # (the places the exclusions already drop, one with the list: evacuated from, alerts in, near, taken to)
        "After the drone attack, residents were evacuated from Kupiansk, Borova and Izium.",
        "During the attack, air raid alerts sounded in Kupiansk, Borova and Izium.",
        "During the attack, air raid alerts sounded in the Sumy, Poltava and Kharkiv regions.",
        "Ukrainian troops repelled assaults backed by drones near Kupiansk, Borova and Izium.",
        "The wounded were taken to hospitals in Kupiansk, Borova and Izium after the strike.",
    ],
)
def test_no_attacks_at_places_listed_for_another_matter(clause):
    text = f"Strike on Odesa\n\nA missile hit the port of Odesa, injuring two workers. {clause}\n"
    assert [e.location for e in extract_events(text)] == ["Odesa"]


@pytest.mark.parametrize(
    "clause",
    [
        "A drone hit Kupiansk and Borova.",  # two places: no list, the other rules decide
        "The evacuation from Kupiansk and Borova goes on after the shelling.",
    ],
)
def test_two_places_are_no_list(clause):
    assert _english(clause) is None


def test_a_bulleted_item_is_read_as_part_of_its_list():
    # "Settlements under fire:" / "- Kupiansk" / "- Borova" / "- Izium": one item, read with its lead
    assert _english("Settlements in the zone of enemy fire: Kupiansk", items=3) == "hit"
    assert _english("Power was restored in: Kupiansk", items=3) == "other"
    assert _english("After the attack, power was restored in: Kupiansk", items=3) == "other"
    assert _english("Settlements in the zone of enemy fire: Kupiansk", items=1) is None


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("Під ударом минулої доби були: Білозерка, Станіслав, Садове та Антонівка.", "hit"),
        ("Обстрілів зазнали Гуляйполе, Оріхів, Степногірськ і Біленьке.", "hit"),
        ("Под обстрелом за сутки оказались Белозерка, Станислав и Антоновка.", "hit"),
        ("Географія ворожої активності за добу: Білозерка, Станіслав, Садове, Антонівка.", "hit"),
        ("Після атаки енергетики відновили світло в Ізмаїлі, Рені, Кілії та Болграді.", "other"),
        ("После обстрелов продолжается эвакуация из Мирнограда, Доброполья и Дружковки.", "other"),
        ("Сили ППО збили дрони над Бучею, Ірпенем і Фастовом.", "other"),
        ("Бои с применением артиллерии идут у Покровска, Мирнограда и Торецка.", "other"),
        # a verb of hitting told of the list wins
        ("Росіяни обстріляли Білопілля, Ворожбу і Краснопілля, триває евакуація.", "hit"),
        # "it was loud in ...", either word first, "also" between: where the strikes fell
        ("Было громко в Марганце, Покровской и Мировской громадах.", "hit"),
        ("Громко было также в Никополе, Марганецкой и Покровской общинах.", "hit"),
        ("Було гучно знову у Нікополі, Мирівській та Покровській громадах.", "hit"),
    ],
)
def test_ukrainian_and_russian_lists(clause, expected):
    assert _slavic(clause) == expected


def test_a_list_over_lines_is_one_list_in_one_oblast():
    text = (
        "Kharkiv region over the day\n\nThe Russian army carried out 38 attacks on the region.\n"
        "Enemy fire reached the following settlements:\nKupiansk\nBorova\nIzium\nZolochiv\n"
    )
    sentences = split_sentences(text)
    assert [[sentences[p].text for p in run] for run in list_runs(sentences, heading_lines(sentences))] == [
        ["Kupiansk", "Borova", "Izium", "Zolochiv"]
    ]
    # Zolochiv under Kupiansk, Borova and Izium is the Kharkiv region's, not the larger town of the Lviv region
    assert {e.location: e.oblast_iso for e in extract_events(text)}["Zolochiv"] == "UA-63"


def test_lines_after_a_lead_of_another_matter_are_no_attacks():
    text = (
        "Drone attack on the Chernihiv region\n\nA drone attack damaged a power line overnight.\n"
        "Power was restored in the following towns by noon:\nNizhyn\nPryluky\nBakhmach\n"
    )
    assert not {e.location for e in extract_events(text)} & {"Nizhyn", "Pryluky", "Bakhmach"}


def test_figures_of_a_list_told_for_another_matter_stay_with_the_attack():
    text = (
        "Удар по Куп'янську\n\nРосійська ракета влучила в школу в Куп'янську. "
        "Трьох поранених доставили до лікарень Харкова, Чугуєва і Золочева.\n"
    )
    records = [candidate_record(e) for e in extract_events(text)]
    assert [(r["location"], r["injured"]) for r in records] == [("Kupiansk", 3)]


@pytest.mark.parametrize(
    "clause, expected",
    [
        # a list and only words of when: its verb lost in translation
        ("Over the past day, Kupiansk, Borova, Izium and Balakliia were.", "hit"),
        ("In the evening, also Kupiansk, Borova and Izium.", "hit"),
        # a verb of another matter, or words between the places, make it no bare list
        ("The governor later toured Kupiansk, Borova, Izium and Balakliia.", None),
        ("Kupiansk, Borova and Izium, the district's largest towns, said they were ready.", None),
    ],
)
def test_a_sentence_that_is_only_its_list(clause, expected):
    assert _english(clause) == expected
    if expected:
        assert _english(clause, about_attacks=False) is None


def test_a_ukrainian_sentence_that_is_only_its_list():
    assert _slavic("Увечері ще Станіслав, Широка Балка та Зеленівка.") == "hit"
    assert _slavic("Увечері ще Станіслав, Широка Балка та Зеленівка.", about_attacks=False) is None


def test_other_namesakes_in_a_long_list_do_not_stop_the_oblast_vote():
    # Vesele, Prydniprovske and Tokarivka are read alone in other oblasts; each place still votes for every oblast
    # a place of its name is in, and Mykhailivka is the Kherson region's
    clause = (
        "Drones and artillery hit the following settlements: Novokairy, Bilozerka, Kizomys, Antonivka, "
        "Prydniprovske, Tokarivka, Vesele, Mykhailivka and the city of Kherson."
    )
    (mykhailivka,) = [m for m in find_places(clause) if m.place_name == "Mykhailivka"]
    assert mykhailivka.oblast_iso == "UA-65"


@pytest.mark.parametrize("bullet", ["", "- "])
def test_a_closing_zero_after_a_list_over_lines_is_every_places(bullet):
    text = (
        "Kharkiv region over the day\n\nRussian troops attacked settlements of the region 38 times over the day. "
        f"Under fire were the following settlements:\n{bullet}Kupiansk\n{bullet}Borova\n{bullet}Izium\n"
        "No one was hurt.\n"
    )
    records = [candidate_record(e) for e in extract_events(text)]
    assert [(r["location"], r["injured"]) for r in records] == [
        ("Kupiansk", 0),
        ("Borova", 0),
        ("Izium", 0),
    ]


# --- the one vote for namesakes ------------------------------------------------------


@pytest.mark.parametrize(
    "voters, more_than_half, winner",
    [
        # two of three places can lie in Kharkiv oblast: it wins either way
        ([{"UA-63"}, {"UA-63", "UA-46"}, {"UA-32"}], False, "UA-63"),
        ([{"UA-63"}, {"UA-63", "UA-46"}, {"UA-32"}], True, "UA-63"),
        # one vote is never enough, whatever the share
        ([{"UA-63"}], False, None),
        # exactly half: enough for a clause's places, not for a list laid out over lines
        ([{"UA-63"}, {"UA-63"}, {"UA-32"}, {"UA-12"}], False, "UA-63"),
        ([{"UA-63"}, {"UA-63"}, {"UA-32"}, {"UA-12"}], True, None),
        # an item with no place is a voter with no oblast: it counts among the voters
        ([{"UA-63"}, {"UA-63"}, set(), set(), set()], False, None),
        ([], False, None),
    ],
)
def test_oblast_vote_needs_two_votes_and_half_of_the_voters(voters, more_than_half, winner):
    from data.extraction.lookup import oblast_vote

    assert oblast_vote(voters, more_than_half=more_than_half) == winner


@pytest.mark.parametrize(
    ("clause", "hit"),
    [
        # the lead's verb before the list, its noun after it
        ("Attacks were reported in Poltava, Kirovohrad, Cherkasy, Vinnytsia and Zhytomyr oblasts.", True),
        # the verb after the noun
        (
            "Poltava, Odesa, Sumy, Mykolaiv and Chernihiv regions came under drone attack overnight.",
            True,
        ),
        # regions named for another matter
        ("Air raid alerts sounded in Chernihiv, Sumy, Mykolaiv, Odesa and Poltava oblasts.", False),
        # not closed by the plural noun: the list is of towns (a settlement's own reading decides)
        ("Attacks were reported in Kupiansk, Izium, Balakliia and Chuhuiv.", False),
        # a participle of hitting before the list
        ("Drones came in waves, targeting the Rivne, Poltava, Sumy and Volyn regions.", True),
        # what the strike damaged, then where, a bearing before the first name
        ("The barrage damaged substations in the northern Sumy, Poltava, Cherkasy and Rivne regions.", True),
        # the plural noun leading the list, the verb before it
        ("Missiles hit depots in regions such as Sumy, Poltava, Rivne and Kherson.", True),
        # the noun leading the list, no verb of hitting
        ("Sirens wailed in regions such as Sumy, Poltava, Rivne and Kherson.", False),
    ],
)
def test_regions_listed_as_hit(clause: str, hit: bool) -> None:
    """A national summary's regions, listed with "oblasts" after them and a verb of hitting, are each hit."""
    assert regions_listed_as_hit(clause, find_places(clause)) is hit


def test_long_list_of_regions_told_as_hit_gives_each_region() -> None:
    text = "Attacks were reported in Poltava, Kirovohrad, Cherkasy, Vinnytsia and Zhytomyr oblasts."
    places = [(e.location, e.geo_precision) for e in extract_events(text)]
    assert places == [
        (name, "oblast") for name in ("Poltava", "Kirovohrad", "Cherkasy", "Vinnytsia", "Zhytomyr")
    ]


def test_communities_listed_after_the_noun_are_their_centres() -> None:
    text = (
        "Over the day the enemy fired on border areas of the Sumy region. "
        "The communities of Bilopol, Shalygin, Novoslobid and Khotyn were shelled."
    )
    places = [(e.location, e.oblast_iso) for e in extract_events(text)]
    assert places == [
        ("Bilopillia", "UA-59"),
        ("Shalyhyne", "UA-59"),
        ("Nova Sloboda", "UA-59"),
        ("Khotin", "UA-59"),
    ]


def test_a_nations_adjective_after_in_the_direction_of_is_no_village() -> None:
    text = "Bilopilska community: the occupiers opened fire from a grenade launcher in the direction of Ukrainian positions."
    assert "Ukrainian" not in [e.location for e in extract_events(text)]


def test_short_list_with_unplaced_names_is_still_of_one_oblast() -> None:
    """A list of four with two names not yet placed and one placed at a namesake elsewhere: the oblast open to every
    placed name, and the one the gazetteer puts any of them in, is the list's (the toll told after it is the
    region's)."""
    from data.extraction.events import CandidateEvent
    from data.extraction.placing import _oblast_of_short_list

    def event(name: str, iso: str | None) -> CandidateEvent:
        return CandidateEvent(location=name, oblast_iso=iso, geo_precision="settlement" if iso else "unknown")

    listed = [
        event("Shevchenkove", "UA-63"),
        event("Bereznehuvate", "UA-48"),
        event("Aska", None),
        event("Bska", None),
    ]
    assert _oblast_of_short_list(listed) == "UA-48"
    # three names not placed beside one placed: too little to tell
    assert _oblast_of_short_list([event("Bereznehuvate", "UA-48"), *[event(n, None) for n in "XYZ"]]) is None
    # two names: no list
    assert _oblast_of_short_list(listed[:2]) is None


def test_a_toll_after_two_hromadas_is_the_regions_and_after_two_raions_waits_for_theirs():
    from data.extraction.extract import extract_events

    hromadas = (
        "Окупанти обстріляли Миропільську та Краснопільську громади Сумської області. "
        "Загинули двоє людей, ще п'ятеро поранені."
    )
    events = {e.location: e for e in extract_events(hromadas)}
    assert events["Sumy"].geo_precision == "oblast" and events["Sumy"].counts["killed"] == (2, False)
    assert not events["Myropillia"].counts and not events["Krasnopillia"].counts
    raions = "Окупанти обстріляли Ізюмський та Куп'янський райони. Загинули двоє людей."
    assert not any(e.geo_precision == "oblast" for e in extract_events(raions))


def test_figures_before_any_place_are_the_title_towns_when_the_body_names_only_another_regions_town():
    from data.extraction.extract import extract_events

    text = (
        "Missile strike on Dnipro leaves dead and wounded\n\n"
        "The regional governor said a 7-year-old boy was among the wounded. Homes were damaged.\n\n"
        "Explosions were also reported in Zaporizhzhia, where one person was hurt."
    )
    events = {e.location: e.counts for e in extract_events(text)}
    assert events["Dnipro"]["children_injured"] == (1, False)
    assert "children_injured" not in events["Zaporizhzhia"] and events["Zaporizhzhia"]["injured"] == (
        1,
        False,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The occupiers fired at 11 settlements of the region.\nKupiansk district: Kivsharivka and Petropavlivka.",
        "The occupiers fired at 11 settlements of the region. In the Kupiansk district – Kivsharivka and Petropavlivka.",
    ],
)
def test_a_districts_places_after_a_colon_or_dash_are_hit(text):
    # (a roundup grouped by raion, each group told without a verb: two places are a list there)
    assert sorted(e.location for e in extract_events(text)) == ["Kivsharivka", "Petropavlivka"]


def test_people_listed_one_item_per_place_add_up_to_the_toll_they_follow():
    from data.extraction.rules import rules_for
    from data.extraction.shares import people_in_places

    english = rules_for("en")
    items = "two women in Sumy, a man in Kharkiv and a teenager in Kherson"
    read = people_in_places(f"Among the dead were {items}.", english)
    assert [(phrase, [m.name for m in places]) for phrase, places in read] == [
        ("2 people were killed", ["Sumy"]),
        ("1 person was killed", ["Kharkiv"]),
        ("1 person was killed, including 1 child", ["Kherson"]),
    ]
    counts = english.find_counts("killed four people")[0]
    assert people_in_places(items, english, counts[0].field, counts[0]) is not None
    # Items that do not add up to the toll they follow are not its shares; nor is a list with a place of no item.
    five = english.find_counts("killed five people")[0][0]
    assert people_in_places(items, english, five.field, five) is None
    assert people_in_places("Among the dead were two women in Sumy and Kharkiv.", english) is None
    # Ukrainian and Russian lists are read elsewhere.
    assert people_in_places("Серед загиблих дві жінки в Сумах і чоловік у Харкові.", rules_for("uk")) is None
