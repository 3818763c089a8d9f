"""Red team F's kinds A, B, D, E, I, J and O (their wordings, and variants of the tests' own): swelling of
the lips, tongue or throat in everyday size words or misspelt, a changed voice, anaphylaxis named,
skin coming away, the SJS combinations through the catalogue's `broader` links, non-blanching said
other ways, "he's hot" as fever, a child only implied, unexplained bruising with bleeding, pregnancy
shorthand, blistering with sore eyes after a medicine. And the over-triage: swollen lips alone are
urgent, not an emergency, and a lip swollen from a bite or a cold sore is not an emergency."""

from __future__ import annotations

import pytest

from conftest import level, reason_ids
from skinaxis.match import match


@pytest.mark.parametrize(
    "text",
    [
        # red team F, kind A
        "my mouth feels really tight and swollen and i keep clearing my throat, can't get air in properly",
        "i am feeling my tounge is very big and breathing is difficult for me since eating peanut",
        "cnt breve tung swolen",
        "my lips have blown up like a balloon and my throat feels thick",
        "mouth swelling and my voice sounds muffled",
        "my tounge is swollen",
        "omg my lips r swellin up n throat feels weird",
        # the tests' own
        "her tounge has gone really fat after the nuts",
        "his throat feels thick and his lips have ballooned",
        "my 6 year old has hives, now he's wheezing and his lips are getting bigger",
    ],
)
def test_airway_swelling_in_everyday_size_words_or_misspelt_is_an_emergency(shipped, text):
    assert level(shipped, text) == "emergency", match(shipped, text).recognised
    assert "angioedema-airway" in reason_ids(shipped, text)


@pytest.mark.parametrize(
    "text",
    [
        "anaphylaxis",
        "im having an anaphylactic reaction i think",
        "i think im going into anaphylactic shock",
        "I used my epipen 10 minutes ago after a wasp sting",
        "my son is having anaphylaxis",
        "had to use my adrenaline pen, hives everywhere",
    ],
)
def test_anaphylaxis_named_is_the_airway_flag(shipped, text):
    assert level(shipped, text) == "emergency", match(shipped, text).recognised
    assert "angioedema-airway" in reason_ids(shipped, text)


@pytest.mark.parametrize(
    "text",
    [
        "i had anaphylaxis to peanuts as a child, now just want advice on my dry skin",
        "had an anaphylactic reaction to penicillin years ago, now a small patch of eczema on my arm",
    ],
)
def test_anaphylaxis_long_ago_beside_a_mild_problem_does_not_rise(shipped, text):
    assert level(shipped, text) not in ("emergency", "urgent"), match(shipped, text).triage.reasons


@pytest.mark.parametrize(
    "text",
    [
        "my lips and tongue are swelling",
        "my tongue is swollen",
        "my lips are swelling and my throat feels tight",
        "lips swollen and i can't swallow",
        "my lips are swollen and I feel faint",
        "my lips are swollen and my voice has gone croaky",
        "lips swelling and my voice is hoarse",
    ],
)
def test_tongue_throat_or_lips_with_an_airway_sign_stay_an_emergency(shipped, text):
    assert level(shipped, text) == "emergency", match(shipped, text).recognised


@pytest.mark.parametrize(
    "text",
    [
        "my lips are swollen",
        "swelling of my lips this morning but breathing ok, on ramipril",
        "lip swelling with normal breathing, i take an ace inhibitor",
        "her top lip has puffed up, she's fine otherwise",
    ],
)
def test_swollen_lips_alone_are_urgent_not_an_emergency(shipped, text):
    assert level(shipped, text) == "urgent", match(shipped, text).triage.reasons


@pytest.mark.parametrize(
    "text",
    [
        "my lip swelled a little after a cold sore",
        "a little swelling on my lip where i bit it",
        "i bit my lip yesterday and it is a bit swollen",
    ],
)
def test_a_lip_swollen_from_a_local_cause_is_not_an_emergency(shipped, text):
    assert level(shipped, text) not in ("emergency", "urgent"), match(shipped, text).triage.reasons


@pytest.mark.parametrize(
    "text",
    [
        # red team F, kind D
        "the skin on my back is sliding off and its raw underneath",
        "big blisters spreading over chest and arms, mouth ulcers so bad cant eat, eyes burning",
        "i take septrin since 10 days, now my lips are peeling and bleeding and skin has bubbles",
        "skin of my father is going off like burn after new medicine, also eyes very red and mouth wounds",
        "large patches of my skin came off when the nurse moved me",
        "baby's skin blistering like a burn and peeling round the mouth and eyes",
        "skin is sliding off",
        "skin peelin off evrywhere after new tabs n mouth full of sores",
        "my skin is blistering and peeling everywhere and my eyes are stuck together in the morning",
        # the tests' own
        "her skin is slipping off where you touch it",
        "tense blisters on my arms and legs, ulcers in my mouth, eyes burning",
        "started tegretol 3 weeks ago and now my skin is peeling",
        "my toddler's skin is blistering like a burn round his nose",
        "my newborn's skin is wrinkling and coming off around the nappy and neck, red and raw",
        "my baby's skin wrinkles and comes off when i pick him up",
    ],
)
def test_skin_coming_away_and_skin_mouth_eyes_blistering_are_an_emergency(shipped, text):
    assert level(shipped, text) == "emergency", match(shipped, text).recognised


@pytest.mark.parametrize(
    "text",
    [
        # red team F, kind O
        "years ago I had SJS from a drug; right now I just have mild eczema... actually no, the skin on my "
        "chest is starting to blister and peel and my eyes are sore",
        # the tests' own
        "on septrin and now skin blistering and my eyes are sore",
        "since the lamictal my skin is peeling and my eyes are red",
    ],
)
def test_blistering_or_peeling_with_sore_eyes_after_a_medicine_is_the_sjs_flag(shipped, text):
    assert level(shipped, text) == "emergency", match(shipped, text).recognised


@pytest.mark.parametrize(
    "text",
    [
        "a friction blister on my heel and my eyes are itchy from hay fever",
        "my eyes are sore from the computer and i have a blister on my finger",
    ],
)
def test_a_blister_and_sore_eyes_without_a_medicine_do_not_rise(shipped, text):
    assert level(shipped, text) != "emergency", match(shipped, text).triage.reasons


@pytest.mark.parametrize(
    "text",
    [
        # red team F, kind E
        "little purple dots on his legs that dont fade under a tumbler, hes hot and grizzly",
        "my baby has a blotchy rash that stays when i roll a glass over it",
        "my kid has little dots that look like bruises and a high temp",
        "bby hs rash dat dnt fade wiv glass n temp 39 wot do i do",
        "rash dnt fade wiv glass temp 39",
        "purple spots that don't fade and he's hot",
        "spots on her legs appeared this afternoon; she had been a bit off colour at nursery, teacher said she "
        "was tired; I pressed a glass against them and they did not fade",
        # the tests' own
        "red spots on her tummy that stay when I press a glass on them and she's burning up",
        "rash still there when i push a glass on it, he is very hot",
        "spots wont go when pressed, in his nappy area",
    ],
)
def test_non_blanching_said_other_ways_with_fever_or_a_child_is_an_emergency(shipped, text):
    assert level(shipped, text) == "emergency", match(shipped, text).recognised


@pytest.mark.parametrize(
    "text",
    [
        "purplish patches on my brown legs that dont fade when pressed, i feel ok",
        "a rash on my shins that doesn't go when pressed, otherwise well",
    ],
)
def test_non_blanching_said_other_ways_in_a_well_adult_is_urgent(shipped, text):
    assert level(shipped, text) == "urgent", match(shipped, text).recognised


@pytest.mark.parametrize(
    "text",
    [
        "spots on my back that look like bruises but they fade when i press them",
        "itchy rash on my legs, it fades when i press a glass on it",
        "i get itchy spots when i'm hot",
        "my 2yo has a bit of a nappy rash, otherwise fine and feeding",
    ],
)
def test_blanching_spots_heat_and_a_mild_nappy_rash_do_not_rise(shipped, text):
    assert level(shipped, text) not in ("emergency", "urgent"), match(shipped, text).triage.reasons


@pytest.mark.parametrize(
    "text",
    [
        # red team F, kind I
        "bruises appearing everywhere without knocking myself and my gums are bleeding",
        "lots of bruises i cant explain",
        "i've been getting bruises for no reason and nosebleeds",
        "easy bruising and nosebleeds",
        "bruises for no reason and nosebleeds",
        # the tests' own
        "my daughter keeps getting bruises out of nowhere and her gums bleed",
        "i bruise easily for no reason and get nosebleeds",
    ],
)
def test_unexplained_bruising_with_bleeding_is_urgent(shipped, text):
    assert level(shipped, text) in ("urgent", "emergency"), match(shipped, text).recognised


@pytest.mark.parametrize(
    "text",
    [
        "a bruise on my shin after i banged it on the table",
        "i bruised my arm when i fell off my bike",
    ],
)
def test_a_bruise_from_a_knock_does_not_rise(shipped, text):
    assert level(shipped, text) not in ("emergency", "urgent"), match(shipped, text).triage.reasons


@pytest.mark.parametrize(
    "text",
    [
        "a mole on my back started bleeding for no reason and a rash",
        "out of nowhere my lips are swelling and i can't breathe",
    ],
)
def test_no_reason_idioms_do_not_deny_the_next_sign(shipped, text):
    recognised = match(shipped, text).recognised
    assert not any(r.negated for r in recognised), recognised


@pytest.mark.parametrize(
    "text",
    [
        # red team F, kind J
        "preggers and itchy, worst on my feet",
        "really itchy hands and feet at night, im 35 wks",
        "32wks pg n itchy hands n feet",
        # the tests' own
        "im expecting and my palms are so itchy",
        "i am 30 weeks and itching all over",
        "28 wks preg, itchy soles",
    ],
)
def test_pregnancy_shorthand_with_itch_is_urgent(shipped, text):
    assert level(shipped, text) == "urgent", match(shipped, text).recognised
    assert "itch-in-pregnancy" in reason_ids(shipped, text)


def test_weeks_of_pregnancy_are_never_an_age(shipped):
    recognised = match(shipped, "really itchy hands and feet at night, im 35 wks").recognised
    assert not any(r.id == "age-adult" for r in recognised), recognised


def test_a_rash_for_some_weeks_is_not_a_pregnancy(shipped):
    recognised = match(shipped, "itchy rash on my arms for 12 weeks").recognised
    assert not any(r.id == "pregnancy" for r in recognised), recognised


@pytest.mark.parametrize("text", ["I'm expecting my results next week, itchy rash", "i am 35 and have itchy skin"])
def test_expecting_something_else_or_an_age_is_not_a_pregnancy(shipped, text):
    recognised = match(shipped, text).recognised
    assert not any(r.id == "pregnancy" for r in recognised), recognised
