"""Sepsis and necrotising infection said in everyday words (red team F, kinds F, C, G, H, K, L, M):
mottled, grey or clammy skin, very fast breathing, new confusion or shaking uncontrollably beside a
fever or a skin infection; pain far worse than the skin looks, skin going dusky or crackling; a
person who is floppy or hard to rouse; red all over said as "entire skin"; a dark spot that grows, a
sore that never goes away, a painful sore that grows fast, redness moving up a limb. Each kind has
the red team's wording and some of the tests' own, and look-alikes that must not rise."""

from __future__ import annotations

import pytest

from conftest import level
from skinaxis.match import match

RANK = {"self-care": 0, "routine": 1, "urgent": 2, "emergency": 3}


def shown(catalogue, text: str) -> str:
    result = match(catalogue, text)
    return f"{result.triage.level}: {[(r.id, r.text, r.negated) for r in result.recognised]}"


SEPSIS = [
    # the red team's wording
    "shaking uncontrollably with a hot red swollen arm",
    "cellulitis on my arm, now my skin looks mottled and blotchy and i'm breathing really fast",
    "rigors, the red patch on my foot is spreading fast up my leg",
    "my skin looks greyish and blotchy and I feel really unwell with a high temperature",
    "fever, breathing very fast and my knees look kind of purple and marbled",
    "cellulitis and i feel faint and my heart is racing, cant think straight",
    "my mum has a leg infection and now she isn't making sense and her skin is cold and clammy",
    "i feel like im going to die, skin blotchy, fever, red spreading on my back",
    "leg red and swollen, temperature 39, and I'm breathing so fast I can't finish a sentence",
    "rash with fever and my hands and feet are ice cold and my skin looks blue-grey",
    "rigors with a red hot leg",
    "fever and mottled skin",
    "fever and breathing very fast with a rash",
    "his skin looks ashy grey and blotchy and he has a fever and is breathing fast",
    # the tests' own
    "my dads cellulitis is worse and his skin has gone a greyish colour, he is not thinking straight",
    "infected cut on my hand and now im breathing really fast and feel awful",
    "temp of 39 and my skin is mottled",
    "my wife has an infected wound on her leg and is shaking uncontrollably",
    "her cellulitis leg is spreading and she is cold and clammy",
    "teeth chattering rigors and the red area on my shin is spreading",
]


@pytest.mark.parametrize("text", SEPSIS)
def test_a_sign_of_sepsis_beside_a_fever_or_a_skin_infection_is_an_emergency(shipped, text):
    assert level(shipped, text) == "emergency", shown(shipped, text)


NECROTISING = [
    "small cut on my leg but the pain is unbearable and the area is spreading and going dark purple",
    "wound on my arm is crackling when i press it and the pain is excruciating",
    "the area is going black in the middle and is extremely painful, spreading quickly",
    "pain in my thigh is agony way worse than it looks, just a small red patch",
    "diabetic, red swelling on my groin thats getting bigger by the hour, pain is insane, skin looks dusky",
    "my husband who is diabetic got a little scratch gardening, we put a plaster on it, he said it hurt, by "
    "tonight it is agonising, he's sweating and the skin round it is turning a dark bluish colour",
    "the pain in my leg is way out of proportion to the redness, and it's spreading fast",
    "excruciating pain in a small red patch on my leg",
    "red patch on my belly getting bigger by the hour and the pain is unbearable, feel very ill",
    # the regression of 9e41c65: "than the redness suggests" is "than it looks"
    "my leg pain is much worse than the redness suggests and its spreading",
    # the tests' own
    "the skin by my wound feels crunchy under the skin when pressed",
    "the pain is way more than it should be for the little red mark on my calf",
    "only a tiny graze on his knee but he says the pain is excruciating",
    "the redness on my arm is spreading and the pain is unbearible",
    "skin on my buttock turning dusky and its agonising",
]


@pytest.mark.parametrize("text", NECROTISING)
def test_signs_of_a_necrotising_infection_are_an_emergency(shipped, text):
    assert level(shipped, text) == "emergency", shown(shipped, text)


FLOPPY = [
    "she is floppy",
    "he is very hard to rouse",
    "grandad is very hard to rouse and has a purple rash",
    "not sure if it fades, but she's floppy and has spots",
    # the tests' own
    "my husband is difficult to rouse this morning",
    "mum has gone limp and wont respond",
    "hes so floppy and sleepy today",
    "my dad is hard to rouse and has a rash",
]


@pytest.mark.parametrize("text", FLOPPY)
def test_a_person_who_is_floppy_or_hard_to_rouse_is_an_emergency_at_any_age(shipped, text):
    assert level(shipped, text) == "emergency", shown(shipped, text)


RED_ALL_OVER = [
    "my entire skin is bright red, peeling and i'm freezing cold and shaking",
    "every inch of my skin is red and peeling",
    "my whole skin is red and peeling",
    "red from top to toe and my skin is peeling",
]


@pytest.mark.parametrize("text", RED_ALL_OVER)
def test_skin_red_and_peeling_over_the_entire_body_is_an_emergency(shipped, text):
    assert level(shipped, text) == "emergency", shown(shipped, text)


URGENT = [
    # K: a dark spot that grows; a sore that never goes away
    "a spot on my lip that keeps scabbing over and bleeding but never goes away",
    "a new black spot appeared on my foot and is getting bigger",
    "a new dark spot that is getting bigger",
    "theres a brown spot on my back that has got bigger",
    "a sore on my nose that never goes away",
    "scab on my ear scabs over and bleeds again and again",
    # L: a painful sore that grows fast
    "after my operation the wound got bigger and bigger, very painful with a purple edge",
    "a small spot turned into a big deep painful hole in a few days",
    "i have ulcerative colitis and a sore on my shin has grown really quickly and is very painful",
    "an ulcer on my ankle grew really fast in a week and is very painful",
    # M: redness moving up a limb
    "my foot is red and hot and swollen and the red area is moving up my ankle",
    "the redness is travelling up my calf and it's hot to touch",
    "my hand is red and sore and the redness is moving up my arm",
]


@pytest.mark.parametrize("text", URGENT)
def test_growth_persistence_and_redness_moving_up_reach_urgent(shipped, text):
    assert RANK[level(shipped, text)] >= RANK["urgent"], shown(shipped, text)


LOOK_ALIKES = [
    # grey skin or shivering with nothing infected or feverish
    "grey patches on my skin since childhood",
    "i get mottled legs when i'm cold, otherwise fine",
    "i shiver a lot in winter and my hands get dry",
    # severe pain without a spreading, dusky or small-looking mark
    "the itch from my eczema is unbearable",
    "period pain is unbearable and i have a few spots",
    "the itch is unbearable and the rash keeps spreading",
    "an insane amount of spots spreading on my back",
    "my knee is crackling and my psoriasis is flaring",
    # floppy things, a limp walk, thinking straight
    "floppy blisters on my arm",
    "he walks with a limp and has a rash on his legs",
    "itchy rash but i'm thinking straight and feel fine",
    # an ordinary mole, spots that come and go, a patch that lasts
    "dark spots on my face from old acne",
    "the mole on my back hasn't changed at all in years, just checking",
    "a patch of eczema that never goes away",
    "i'm moving up north next month and my psoriasis is fine",
    "the whole skin of my palms is dry",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_do_not_rise_to_urgent(shipped, text):
    assert RANK[level(shipped, text)] <= RANK["routine"], shown(shipped, text)


STAY_URGENT = [
    # the catalogue's level for these stays: no danger sign
    "my breathing gets fast when i'm anxious and my eczema flares",
    "my skin feels loose and floppy",
    "cold sore and I feel a bit muddled after no sleep",
    "a tiny mouth ulcer but it is agony",
    "toe has gone black",
    "cellulitis on my leg, no fever, feel ok",
    "itchy rash with a temperature",
    "a painful red patch on my shin",
]


@pytest.mark.parametrize("text", STAY_URGENT)
def test_no_danger_sign_stays_below_emergency(shipped, text):
    assert level(shipped, text) != "emergency", shown(shipped, text)
