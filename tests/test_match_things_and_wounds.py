"""Texts about a thing, an animal or a decision rank nothing; a thing that left a rash is about the
skin; a wound with a red line going up, or a very painful ulcer, is seen the same day. Wording
here is the tests' own, not the benchmarks'."""

from __future__ import annotations

import pytest

from conftest import level, reason_ids
from skinaxis.match import match


@pytest.mark.parametrize(
    "text",
    [
        "I made a rash decision and sold my car, how do I get over the regret?",
        "The cat's scratching and has bald patches on her back, and the skin looks scabby. What do I do?",
        "my ankle hurts after football, no bruising, nothing on the skin. Ice it?",
    ],
)
def test_a_decision_an_animal_or_a_denied_skin_ranks_nothing(shipped, text):
    result = match(shipped, text)
    assert result.conditions == [], [c.id for c in result.conditions[:3]]
    assert result.triage.level == "self-care"


@pytest.mark.parametrize(
    "text",
    [
        "my new bracelet has left an itchy red rash on my wrist",
        "the blood test was fine. Since then my hands have gone red and itchy with tiny blisters",
        "the cat has fleas and now I have itchy red bumps on my ankles",
    ],
)
def test_skin_after_a_thing_or_an_animal_still_ranks(shipped, text):
    assert match(shipped, text).conditions


@pytest.mark.parametrize(
    "text",
    [
        "I grazed my knee three days ago, now it's red and hot and there's a red line going up my leg",
        "the cut on my thumb is red hot and puffy now",
    ],
)
def test_a_hot_red_wound_or_a_red_line_going_up_is_seen_the_same_day(shipped, text):
    assert level(shipped, text) == "urgent"


def test_an_ulcer_with_unbearable_pain_said_apart_is_seen_soon(shipped):
    text = "a sore on my leg turned into an ulcer that has doubled in size. The pain is unbearable."
    assert level(shipped, text) == "urgent"
    assert "rapidly-enlarging-ulcer" in reason_ids(shipped, text)


@pytest.mark.parametrize(
    "text",
    [
        "a gnat bite on my wrist, it's itchy and a bit puffy round it",
        "I got bitten by a mosquito last night, small itchy lump on my leg, feel fine",
    ],
)
def test_one_insect_bite_ranks_nothing_and_is_self_care_with_what_to_watch_for(shipped, text):
    result = match(shipped, text)
    assert result.conditions == [] and result.questions == []
    assert result.triage.level == "self-care"
    assert "insect bite" in result.triage.reasons[0].text and "breathing" in result.triage.reasons[0].text


@pytest.mark.parametrize(
    "text",
    [
        "I was bitten by a mosquito and now my lips and tongue are swelling and I can't breathe",
        "I thought they were flea bites but the itchy welts have come every day for weeks",
        "a tick bit me last week and now there's a spreading red ring",
        "is it a bug bite? itchy red bumps on my ankles",
    ],
)
def test_a_bite_with_a_warning_sign_a_doubt_or_a_tick_still_ranks(shipped, text):
    assert match(shipped, text).conditions


def test_a_denied_severity_word_does_not_bar_self_care(shipped):
    # "no cracks or bleeding" is not bleeding: the description is mild.
    text = "my hands are a bit dry and rough from washing up, a little itchy, no cracks or bleeding"
    assert level(shipped, text) == "self-care"
    assert level(shipped, "my hands are a bit dry and rough from washing up, cracked and bleeding") != "self-care"
