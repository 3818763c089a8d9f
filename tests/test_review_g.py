"""Review G findings H7, H8, M2, M3, M6, M10 and M11: the glass test said with "fading", a denial
carried across "and" into a rash that does not fade, "clammy" or "uncontrollably" alone read as
sepsis, a condition "not responding to treatment" read as an unresponsive person, a denial inside
a sign's words ("skin not mottled"), the adrenaline advice kept to an allergic reaction, and the
reading grade of the new warning texts. Each kind has the review's wording, two of the tests' own,
and look-alikes that must not change."""

from __future__ import annotations

import pytest

from conftest import level
from skinaxis.match import match

RANK = {"self-care": 0, "routine": 1, "urgent": 2, "emergency": 3}


def shown(catalogue, text: str) -> str:
    result = match(catalogue, text)
    return f"{result.triage.level}: {[(r.id, r.text, r.negated) for r in result.recognised]}"


def said(catalogue, text: str, sign: str) -> bool | None:
    """True when the sign is read and not denied, False when read as denied, None when not read."""
    found = [r for r in match(catalogue, text).recognised if r.id == sign]
    return None if not found else not all(r.negated for r in found)


# H7: "not fading", "isn't fading", "aren't fading" under a glass do not blanch.
GLASS_FADING = [
    "purple rash not fading with the glass test and a fever",
    "rash not fading with glass on my toddler",
    "rash isn't fading when I press a glass on it, my son is 4",
    # the tests' own
    "the rash on my baby isn't fading with a glass",
    "spots weren't fading under the glass and he has a high temperature",
]


@pytest.mark.parametrize("text", GLASS_FADING)
def test_spots_not_fading_under_a_glass_are_an_emergency(shipped, text):
    assert level(shipped, text) == "emergency", shown(shipped, text)


# In an adult who says nothing else, a rash that does not fade is urgent (the catalogue's
# non-blanching-rash flag), said with "fading" as with "doesn't fade" (routine on main).
@pytest.mark.parametrize(
    "text",
    [
        "the spots aren't fading under a glass",
        "spots that are not fading when I press them",
        "rash isn't fading with the glass test",
    ],
)
def test_spots_not_fading_under_a_glass_alone_read_as_not_fading(shipped, text):
    assert level(shipped, text) == level(shipped, "the spots don't fade under a glass") == "urgent", shown(
        shipped, text
    )


GLASS_FADES = [
    "the spots fade when I press a glass on them",
    "the rash is fading when I press a glass on it",
    "red spots, fading under a glass, no fever",
]


@pytest.mark.parametrize("text", GLASS_FADES)
def test_spots_that_fade_under_a_glass_stay_below_urgent(shipped, text):
    assert RANK[level(shipped, text)] <= RANK["routine"], shown(shipped, text)


# H8: a denial before "and" does not reach a rash that does not fade.
DENIAL_BEFORE_AND = [
    "no fever and purple spots that don't fade",
    "baby no temp n rash not fading with glass",
    # the tests' own
    "no cough and tiny purple dots that don't fade",
    "no itch and purple spots that won't fade, my son is 3",
    "no fever and red spots that don't fade",
]


@pytest.mark.parametrize("text", DENIAL_BEFORE_AND)
def test_a_denial_before_and_does_not_deny_a_rash_that_does_not_fade(shipped, text):
    assert RANK[level(shipped, text)] >= RANK["urgent"], shown(shipped, text)


def test_the_denial_before_and_still_denies_its_own_sign(shipped):
    assert said(shipped, "no fever and purple spots that don't fade", "fever") is False


STILL_DENIED = [
    "no fever, no rash, and I feel fine",
    "no purple spots and no fever, just dry skin",
    "no rash that doesn't fade, just a few itchy bumps",
]


@pytest.mark.parametrize("text", STILL_DENIED)
def test_denials_that_should_hold_still_hold(shipped, text):
    assert RANK[level(shipped, text)] <= RANK["routine"], shown(shipped, text)


# M2: "clammy" and "uncontrollably" alone are not sepsis signs ("uncontrollably" already names
# nothing alone on main; its lines guard that).
NOT_SEPSIS = [
    "sweaty and clammy hands, cellulitis on my leg",
    "itching uncontrollably with a red hot patch",
    "crying uncontrollably with a rash",
    # the tests' own
    "my palms get clammy when I'm nervous and I have cellulitis on my arm",
    "scratching uncontrollably at a red hot patch on my shin",
    "hands clammy from the heat, cellulitis on my foot",
]


@pytest.mark.parametrize("text", NOT_SEPSIS)
def test_clammy_or_uncontrollably_alone_is_not_an_emergency(shipped, text):
    assert level(shipped, text) != "emergency", shown(shipped, text)
    assert not said(shipped, text, "mottled-grey-skin"), shown(shipped, text)
    assert not said(shipped, text, "rigors"), shown(shipped, text)


STILL_SEPSIS = [
    "shaking uncontrollably with a fever and a hot red leg",
    "cellulitis on my leg and my skin is cold and clammy",
    "fever with a spreading red leg, I'm clammy and pale",
]


@pytest.mark.parametrize("text", STILL_SEPSIS)
def test_shaking_uncontrollably_or_cold_and_clammy_stays_an_emergency(shipped, text):
    assert level(shipped, text) == "emergency", shown(shipped, text)


# M3: a condition not responding to treatment is not an unresponsive person.
NOT_RESPONDING_TO_TREATMENT = [
    "my eczema is not responding to treatment",
    "my acne is not responding to antibiotics",
    "psoriasis not responding to methotrexate",
    "my psoriasis won't respond to anything",
    # the tests' own
    "my hives aren't responding to antihistamines",
    "the rash hasn't responded to the steroid cream",
    "the cream isn't working and my eczema is not responding",
]


@pytest.mark.parametrize("text", NOT_RESPONDING_TO_TREATMENT)
def test_a_condition_not_responding_to_treatment_is_not_an_unresponsive_person(shipped, text):
    assert level(shipped, text) != "emergency", shown(shipped, text)
    assert not said(shipped, text, "hard-to-rouse"), shown(shipped, text)
    assert not said(shipped, text, "drowsy"), shown(shipped, text)


UNRESPONSIVE_PERSON = [
    "he is not responding and has a purple rash",
    "my baby is not responding to me and has a rash",
    "she won't respond when I talk to her, rash all over",
]


@pytest.mark.parametrize("text", UNRESPONSIVE_PERSON)
def test_a_person_not_responding_stays_an_emergency(shipped, text):
    assert level(shipped, text) == "emergency", shown(shipped, text)


# M6: a denial inside a sign's words denies it.
NOT_MOTTLED = [
    "fever, skin not mottled, breathing normally",
    "fever, my skin isn't mottled",
    # the tests' own
    "temperature of 38 but his skin is not mottled",
    "cellulitis on my leg, skin not grey",
]


@pytest.mark.parametrize("text", NOT_MOTTLED)
def test_skin_said_not_mottled_is_not_mottled(shipped, text):
    assert not said(shipped, text, "mottled-grey-skin"), shown(shipped, text)
    assert not said(shipped, text, "livedo"), shown(shipped, text)
    assert level(shipped, text) != "emergency", shown(shipped, text)


STILL_MOTTLED = [
    "fever and mottled skin",
    "fever, my skin is mottled, not itchy",
    "skin is not itchy, looks mottled and I have a fever",
]


@pytest.mark.parametrize("text", STILL_MOTTLED)
def test_mottled_skin_said_beside_another_denial_stays_mottled(shipped, text):
    assert said(shipped, text, "mottled-grey-skin"), shown(shipped, text)
    assert level(shipped, text) == "emergency", shown(shipped, text)


# M10: the adrenaline advice is for a severe allergic reaction only.
def test_breathing_or_chest_advice_keeps_adrenaline_to_an_allergic_reaction(shipped):
    advice = shipped.red_flags["breathing-or-chest-emergency"].advice.lower()
    assert "auto-injector" in advice
    sentence = next(s for s in advice.split(".") if "auto-injector" in s)
    assert "allerg" in sentence, sentence
    assert "chest pain" not in sentence, sentence


# M11: the new warning texts read at grade 8 or below.
NEW_FLAGS = [
    "sepsis-signs",
    "necrotising-infection-signs",
    "lip-swelling",
    "unexplained-bruising-with-bleeding",
    "breathing-or-chest-emergency",
    "blistering-mouth-and-eyes",
    "spreading-cellulitis",
]


@pytest.mark.parametrize("flag_id", NEW_FLAGS)
def test_new_warning_texts_read_at_grade_8_or_below(shipped, flag_id):
    from readability import grade

    flag = shipped.red_flags[flag_id]
    for field in ("text", "advice"):
        words = getattr(flag, field)
        assert grade(words) <= 8, f"{flag_id} {field} grade {grade(words):.1f}: {words}"


@pytest.mark.parametrize("sign", ["skin-infection", "dusky-skin", "rigors", "crepitus", "severe-skin-pain"])
def test_new_sepsis_sign_descriptions_read_at_grade_8_or_below(shipped, sign):
    from readability import grade

    description = shipped.manifestations[sign].description
    assert grade(description) <= 8, f"{sign} grade {grade(description):.1f}: {description}"
