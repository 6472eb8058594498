"""The layout of a roundup, read before its sentences: headings, item heads, lines that close an item."""

import pytest

from data.extraction.extract import extract_events
from data.extraction.layout import closes_item, district_opening, heading_lines, item_head, with_district
from data.extraction.sentences import split_sentences


def test_a_name_alone_on_a_line_heads_the_item_below_it():
    text = "Day of shelling\n\nThe governor listed the attacks.\n\nKherson region\n\nBilozerka\n\nA man was hurt.\n"
    sentences = split_sentences(text)
    headings = heading_lines(sentences)
    assert [sentences[i].text for i in headings] == ["Kherson region", "Bilozerka"]
    assert list(headings.values()) == ["Kherson region", "Bilozerka"]


@pytest.mark.parametrize(
    "line",
    [
        "Recall",  # closes an item
        "Victims: 2 dead, 3 wounded",
        "Shelling of the Kherson region over the past day",  # a title's words, not a name
    ],
)
def test_lines_that_head_no_item(line):
    sentences = split_sentences(f"Title of the report\n\n{line}\n\nA man was hurt.\n")
    assert heading_lines(sentences) == {}


def test_the_first_line_is_the_title_never_a_heading():
    assert heading_lines(split_sentences("Kherson\n\nA drone hit a car, injuring two.\n")) == {}


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Krasnopilska community: mortar fire (12 explosions).", "Krasnopilska community"),
        ("- Seredyna-Budska community: artillery (4 explosions).", "Seredyna-Budska community"),
        ("Nikopol district – drones and artillery hit the town.", "Nikopol district"),
        ("Victims: 1 dead, 3 wounded.", None),
        ("Stanislav: a drone wounded a fisherman.", None),  # a bare name is read by the sentence rules
    ],
)
def test_item_head(text, head):
    assert item_head(text) == head


@pytest.mark.parametrize(
    ("text", "closes"),
    [("Victims: 2 dead, 11 wounded.", True), ("Source: regional police.", True), ("A man was hurt.", False)],
)
def test_closes_item(text, closes):
    assert closes_item(split_sentences(f"Title\n\n{text}\n")[-1]) is closes


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("In the Nikopol district, drones hit the district centre.", "the Nikopol district"),
        ("In Synelnykove district: a guided bomb hit a farm.", "Synelnykove district"),
        ("In the Kyiv district of Kharkiv, a drone hit a house.", None),  # a city's district
        ("A drone hit the Nikopol district.", None),
    ],
)
def test_district_opening(text, district):
    assert district_opening(text) == district


@pytest.mark.parametrize(
    ("text", "district", "read"),
    [
        ("A woman was hurt in the district centre.", "the Nikopol district", "In the Nikopol district: "),
        ("A woman was hurt in the district centre.", None, ""),
        ("A man was hurt in the centre of the Nikopol district.", "the Marhanets district", ""),
        ("Two men were hurt in Pokrovske.", "the Synelnykove district", ""),
    ],
)
def test_with_district(text, district, read):
    assert with_district(text, district) == read + text


def test_a_roundups_parts_stay_lines_of_their_own():
    # a list line that ends in a comma does not swallow the "Details" heading and the first item under it
    text = "Title\n\nA, B and C communities were shelled,\nDetails\nKrasnopilska community: mortar fire.\n"
    texts = [s.text for s in split_sentences(text)]
    assert "Krasnopilska community: mortar fire." in texts


def test_a_line_of_topic_tags_is_neither_title_nor_sentence():
    # ("News Feed, <city>, <region>, Russian attacks": the page's topics, over a report on other places)
    text = (
        "Russia shells 3 border communities\n\nNews Feed, Chernihiv, Chernihiv Oblast, Russian attacks, Border\n"
        "Russian troops shelled the Semenivka and Snovsk communities on May 4, the regional administration said."
    )
    assert [s.text for s in split_sentences(text)][1:] == [
        "Russian troops shelled the Semenivka and Snovsk communities on May 4, the regional administration said."
    ]
    assert sorted(e.location for e in extract_events(text)) == ["Semenivka", "Snovsk"]
