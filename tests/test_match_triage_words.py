"""Red flags said indirectly (the fourth blind writer's dev set showed the kinds; the wording here is
the tests' own): a tongue that is huge, swallowing that is a struggle, pain far worse than the skin
looks, skin going purple-black, punched-out sores in eczema. And the look-alikes that must not rise."""

from __future__ import annotations

import pytest

from conftest import level, reason_ids
from skinaxis.match import match


@pytest.mark.parametrize(
    "text",
    [
        "no hives or itch but my tongue is huge and I'm struggling to swallow",
        "since the new blood pressure pills my face keeps blowing up and now my tongue is massive",
        "my lips blew up after the prawns and i cant swallow",
        "his tongue swelled up and he is struggling to swallow",
    ],
)
def test_a_swelling_tongue_or_face_with_swallowing_trouble_is_an_emergency(shipped, text):
    assert level(shipped, text) == "emergency", match(shipped, text).recognised
    assert "angioedema-airway" in reason_ids(shipped, text)


@pytest.mark.parametrize(
    "text",
    [
        "scratched my arm on a rose bush, now its agony, way worse than it looks, and I have a fever",
        "small cut on his leg yesterday but the pain is far worse than it looks and he's vomiting with a temperature",
        "the skin around the graze is going purple black and I've got a fever",
    ],
)
def test_pain_far_worse_than_it_looks_or_skin_going_black_with_fever_is_an_emergency(shipped, text):
    assert level(shipped, text) == "emergency", match(shipped, text).recognised


@pytest.mark.parametrize(
    "text",
    [
        "my eczema is way worse this week",
        "my joint pain is much worse today and I have psoriasis",
        "the itch is a lot worse at night",
    ],
)
def test_worse_on_its_own_is_not_pain_out_of_proportion(shipped, text):
    assert level(shipped, text) not in ("emergency", "urgent"), match(shipped, text).triage.reasons


@pytest.mark.parametrize(
    "text",
    [
        "my 3yo's eczema has suddenly turned into lots of little punched-out sores",
        "eczema on her neck has gone into punched out sores, crusty and weeping",
        "my sons eczema now has little round sores like holes all over his cheeks",
        "her eczema has gone crusty with small round open sores and she is off her food",
        "my eczema has painful little pits that are spreading",
    ],
)
def test_punched_out_sores_in_eczema_raise_the_eczema_herpeticum_flag(shipped, text):
    assert "eczema-herpeticum" in reason_ids(shipped, text), match(shipped, text).recognised


def test_eczema_with_ordinary_sores_from_scratching_is_not_eczema_herpeticum(shipped):
    text = "my eczema is sore and cracked from scratching"
    assert "eczema-herpeticum" not in reason_ids(shipped, text)


@pytest.mark.parametrize(
    "text",
    [
        "I can't breathe",
        "she is struggling to breathe",
        "gasping for air and covered in hives",
        "crushing chest pain going down my left arm",
        "heavy chest pain and I feel faint",
    ],
)
def test_struggling_to_breathe_or_a_crushing_chest_pain_is_an_emergency_with_or_without_a_rash(shipped, text):
    assert level(shipped, text) == "emergency"
    assert "breathing-or-chest-emergency" in reason_ids(shipped, text)


def test_a_blocked_nose_is_not_a_struggle_to_breathe(shipped):
    text = "I can't breathe through my nose and have a rash on my nose"
    assert "breathing-or-chest-emergency" not in reason_ids(shipped, text)
    assert level(shipped, text) != "emergency"


def test_a_childs_mouth_ulcers_with_a_temperature_are_not_an_emergency_but_blistering_mouth_and_eyes_are(shipped):
    assert level(shipped, "my toddler has mouth ulcers and a temperature") != "emergency"
    text = "big blisters on my chest and arms, mouth ulcers so bad I can't eat, and my eyes are burning"
    assert "blistering-mouth-and-eyes" in reason_ids(shipped, text)


@pytest.mark.parametrize(
    "text",
    [
        "a bare patch on my scalp",
        "extremely itchy rash on my legs",
        "random itchy spots",
        "I speak to my GP about my eczema",
        "I have emphysema and a red rash on my chest",
        "uncontrollable itching at night",
    ],
)
def test_ordinary_words_of_the_new_warning_signs_do_not_read_as_them_alone(shipped, text):
    # "barely rousable", "extremely painful", "random bruises", "can't speak", "subcutaneous
    # emphysema" and "shaking uncontrollably" are read whole; their words alone name nothing.
    assert level(shipped, text) not in ("emergency", "urgent"), match(shipped, text).recognised
    warning = {"hard-to-rouse", "severe-skin-pain", "easy-bruising", "voice-change", "crepitus", "rigors"}
    assert not warning & {r.id for r in match(shipped, text).recognised}


def test_a_bare_patch_on_the_scalp_is_patchy_hair_loss(shipped):
    assert match(shipped, "a bare patch on my scalp").conditions[0].id == "alopecia-areata"
