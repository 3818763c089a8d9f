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
