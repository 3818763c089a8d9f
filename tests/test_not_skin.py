"""Skin words that say nothing about skin (match/not_skin.py) rank nothing, while the same words
said of a person's skin still rank. Wording here is the tests' own, not the benchmarks'."""

from __future__ import annotations

import pytest

from conftest import level
from skinaxis.match import match


@pytest.mark.parametrize(
    "text",
    [
        "there was a rash of complaints at work about the new rota",
        "sore back and stiff neck after moving house",
        "black spots of mould keep coming back on the bedroom wall",
        "there's a white rash on my car bonnet from tree sap",
        "the flaking paint on the front door needs sanding",
        "how many minutes should I boil eggs for",
        "how long do I boil pasta",
    ],
)
def test_skin_words_that_say_nothing_about_skin_rank_nothing(shipped, text):
    result = match(shipped, text)
    assert result.conditions == [], [c.id for c in result.conditions[:3]]
    assert result.triage.level == "self-care"


@pytest.mark.parametrize(
    "text",
    [
        "a sore on my back that has not healed for two months",
        "painful boils in both armpits that keep coming back",
        "my back is itchy with a red rash",
        "a lump in my armpit that drains pus",
        "itchy spots on my back and a rash on my neck",
    ],
)
def test_the_same_words_said_of_skin_still_rank(shipped, text):
    assert match(shipped, text).conditions


def test_feeling_very_unwell_alone_is_not_urgent_but_after_a_bite_it_is(shipped):
    assert level(shipped, "my heart is racing and I feel anxious and very unwell") == "self-care"
    assert level(shipped, "a horsefly bite on my leg and now I feel very unwell") == "urgent"


def test_a_thing_that_names_a_place_on_the_body_is_the_skin(shipped):
    assert match(shipped, "an itchy rash on my laptop wrist area").conditions
