"""Review H and audit H: a person's rash after a thing or an animal is still read; black skin, a
cold pale limb and a bite of many days are not lost; a denial stops at "but". Wording here is the
tests' own, not the benchmarks'."""

from __future__ import annotations

import pytest

from conftest import level, reason_ids
from skinaxis.match import match


@pytest.mark.parametrize(
    "text",
    [
        "the new sofa arrived last week, and the rash is blistering and I have a fever",
        "the dog knocked him over and he has a rash and a high temperature",
        "the pony kicked her. She has a hot swollen bruise and a fever",
        "the cat scratched her arm, and the skin is red and swollen with blisters",
        "the new soap has caused a red itchy rash",
    ],
)
def test_a_persons_rash_after_a_thing_or_an_animal_still_ranks(shipped, text):
    result = match(shipped, text)
    assert result.conditions, text
    assert result.triage.level != "self-care"


def test_black_skin_at_a_bite_or_wound_is_seen_today_whatever_ranks(shipped):
    text = "the spider bite on my arm is turning black"
    assert level(shipped, text) in ("urgent", "emergency")
    assert "blackening-skin" in reason_ids(shipped, text)


def test_a_cold_pale_limb_is_an_emergency_and_raynauds_fingers_are_not(shipped):
    assert level(shipped, "my leg has suddenly gone white and cold and it hurts") == "emergency"
    assert level(shipped, "my fingers go white and cold in winter then turn red") != "emergency"


def test_a_patch_gone_pale_and_cold_is_not_a_white_patch(shipped):
    recognised = {r.id for r in match(shipped, "a patch on my foot that has gone pale and cold").recognised}
    assert "depigmented-patches" not in recognised


@pytest.mark.parametrize(
    "text",
    [
        "a bug bite on my leg, red and itchy, and it's been 10 days",
        "mosquito bites all over my legs for weeks, itchy red bumps",
        "a midge bite on my ankle, itchy, and I have diabetes",
    ],
)
def test_a_bite_of_many_days_or_in_someone_at_risk_still_ranks(shipped, text):
    assert match(shipped, text).conditions


def test_a_dog_biting_its_own_paws_is_no_bite_flag(shipped):
    assert "animal-bite" not in reason_ids(shipped, "my dog bites his paws and has bald patches")


def test_a_denial_stops_at_but(shipped):
    assert level(shipped, "mild dandruff, no itch but spreading") != "self-care"


def test_how_long_a_medicine_was_taken_keeps_stevens_johnson_first(shipped):
    text = "on lamotrigine for the last two months, now blisters all over, skin coming off, mouth ulcers and red eyes"
    ranked = [c.id for c in match(shipped, text).conditions[:2]]
    assert set(ranked) & {"stevens-johnson-syndrome", "toxic-epidermal-necrolysis"}


def test_a_red_hot_swollen_calf_with_no_pain_word_is_seen_today(shipped):
    assert level(shipped, "my calf is red hot and swollen") == "urgent"


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "my little girl knocked a mug of hot coffee onto her leg and it's come up in blisters",
            "burn-with-blisters-or-in-a-child",
        ),
        ("scalded my hand with the kettle and now there are big blisters", "burn-with-blisters-or-in-a-child"),
        ("cut my hand on a broken glass and it won't stop bleeding", "heavy-bleeding"),
        ("my asthma is bad, I can't get my breath and my inhaler isn't helping", "breathing-or-chest-emergency"),
    ],
)
def test_burns_that_blister_bleeding_that_will_not_stop_and_a_bad_asthma_attack_are_emergencies(shipped, text, flag):
    assert level(shipped, text) == "emergency"
    assert flag in reason_ids(shipped, text)


def test_a_burning_feeling_is_no_burn(shipped):
    assert "burn-with-blisters-or-in-a-child" not in reason_ids(
        shipped, "a burning itchy rash with tiny blisters on my arms"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The phone has a rash of dead pixels.",
        "I'm itching to get out of this job after a rash decision",
        "she is such a sore loser, it makes my skin crawl",
        "spots of rain on my windscreen",
        "Our labrador has bald patches on his back with scabs",
    ],
)
def test_more_skin_words_that_say_nothing_about_skin(shipped, text):
    assert match(shipped, text).conditions == []


def test_a_fever_after_a_clause_about_a_thing_still_warns(shipped):
    # "my last session was 8 days ago" has a thing for its subject; the fever after it is the person's.
    text = "I'm on chemo, my last session was 8 days ago, and now I've got a temperature of 38.5 and a red rash"
    assert level(shipped, text) == "emergency"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my babby has a rash that dosnt go away with glass", {"urgent", "emergency"}),
        ("lump in my throat and hives all over after prawns", {"emergency"}),
        ("dog bite on my hand", {"urgent"}),
        ("hornet sting on my arm and now I feel woozy", {"emergency"}),
        ("stung by something and my chest feels tight", {"emergency"}),
        ("spilled boiling water on my leg and the skin is white and peeling", {"emergency"}),
        ("the pressure sore on her heel is black now", {"urgent", "emergency"}),
    ],
)
def test_red_team_i_warnings_are_raised(shipped, text, expected):
    assert level(shipped, text) in expected


def test_chickenpox_on_chemotherapy_is_seen_the_same_day(shipped):
    text = "my daughter on chemo has chickenpox"
    assert level(shipped, text) == "urgent"
    assert "infection-on-immunosuppression" in reason_ids(shipped, text)


@pytest.mark.parametrize(
    "text", ["I sleep a lot, and I have a rash on my back", "my dog sleeps on my bed and I have a rash"]
)
def test_sleeping_is_not_drowsiness(shipped, text):
    assert "drowsy" not in {r.id for r in match(shipped, text).recognised}
    assert level(shipped, text) != "emergency"


def test_a_very_sleepy_baby_with_a_rash_is_still_an_emergency(shipped):
    assert level(shipped, "my baby is very sleepy and has a rash") == "emergency"
