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


@pytest.mark.parametrize(
    "text",
    [
        "next door's cat bit my hand yesterday and it's a bit puffy",
        "the dog bit me and now my arm is red hot and swollen",
        "my toddler was bitten by a dog at the park",
    ],
)
def test_a_bite_from_an_animal_or_a_person_is_seen_the_same_day(shipped, text):
    assert level(shipped, text) == "urgent"
    assert "animal-bite" in reason_ids(shipped, text) or "spreading-cellulitis" in reason_ids(shipped, text)


def test_a_bit_is_not_a_bite(shipped):
    assert "animal-bite" not in reason_ids(shipped, "my dog is a bit itchy and so am I, red itchy patches on my arms")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("stung by something in the garden and now I'm wheezing and it's hard to breathe", "emergency"),
        ("my 4 month old baby has a high temperature", "urgent"),
        ("I got bitten by a mosquito and now I have a fever", "urgent"),
        ("I have a fever", "self-care"),
        ("my toddler has a temperature and a runny nose", "self-care"),
    ],
)
def test_warning_signs_outside_the_skin_are_not_self_care_for_being_out_of_scope(shipped, text, expected):
    assert level(shipped, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mosquito bite on my ankle and now there's a blister the size of a grape",
        "a flea bite that has turned into a painful boil with pus",
        "my 90 year old dad has a gnat bite on his shin that's red and swollen",
    ],
)
def test_a_bite_with_more_than_an_itchy_bump_still_ranks(shipped, text):
    assert match(shipped, text).conditions


@pytest.mark.parametrize(
    "text",
    [
        "the dog is fine, the rash is on me, big red itchy welts",
        "our puppy has ringworm, my skin has a red ring that is spreading",
    ],
)
def test_a_person_named_after_an_animal_has_the_rash(shipped, text):
    assert match(shipped, text).conditions


@pytest.mark.parametrize("text", ["my cat has bald patches on her back", "my dog's hair fell out in a round patch"])
def test_an_animals_hair_loss_ranks_nothing(shipped, text):
    assert match(shipped, text).conditions == []


def test_a_hot_swollen_limb_is_seen_the_same_day(shipped):
    assert level(shipped, "my calf is hot and swollen since yesterday") == "urgent"


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my hair fell out in clumps in the shower", "patchy-hair-loss"),
    ],
)
def test_hair_shed_in_clumps_is_not_a_bald_patch(shipped, text, sign):
    assert sign not in {r.id for r in match(shipped, text).recognised}


def test_a_rash_vest_is_clothing(shipped):
    assert match(shipped, "what size rash vest for a 10 year old").conditions == []


@pytest.mark.parametrize(
    ("text", "flag", "expected"),
    [
        ("an adder bit my ankle on the walk", "snake-bite", "emergency"),
        ("stung by a wasp and now my chest is wheezy and tight", "allergic-reaction-after-a-sting", "emergency"),
        ("a bee sting on my neck and I feel faint", "allergic-reaction-after-a-sting", "emergency"),
        ("my little brother bit my hand and it's bleeding", "animal-bite", "urgent"),
        ("my daughter was bitten by another child at school", "animal-bite", "urgent"),
    ],
)
def test_snake_bites_stings_with_breathing_trouble_and_person_bites_have_their_flags(shipped, text, flag, expected):
    assert level(shipped, text) == expected
    assert flag in reason_ids(shipped, text)


@pytest.mark.parametrize(
    "text",
    [
        "I keep biting my lip and it is sore",
        "I bit my tongue eating lunch",
        "the puppy bit my sleeve but did not break the skin",
    ],
)
def test_biting_ones_own_lip_or_an_unbroken_skin_is_no_bite_flag(shipped, text):
    assert "animal-bite" not in reason_ids(shipped, text)


def test_breathlessness_on_running_beside_an_old_graze_is_no_emergency(shipped):
    assert level(shipped, "graze on my shin and I get breathless when I run") not in ("emergency", "urgent")


def test_how_long_a_medicine_was_taken_is_not_how_long_the_rash_has_lasted(shipped):
    text = "on carbamazepine for 2 months and now my skin is peeling off with blisters in my mouth and eyes"
    assert match(shipped, text).conditions[0].id in {"stevens-johnson-syndrome", "toxic-epidermal-necrolysis"}
