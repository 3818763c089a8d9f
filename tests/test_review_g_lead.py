"""Review G's high findings H1-H6 (the reviewer's wording and the tests' own): rules added today
that hid an emergency or an urgent sign, and the look-alikes that must stay where they are."""

from __future__ import annotations

import pytest

from conftest import LEVEL_ORDER, level
from skinaxis.match import match


@pytest.mark.parametrize(
    "text",
    [
        "my lips suddenly swelled up after eating peanuts",
        "lips swelling up fast and hives all over",
        "my lips are swelling up after a bee sting",
        "swollen lips and hives and vomiting",
        "my son's lips are swelling after eating nuts",
        "I had anaphylaxis to peanuts as a child and my lips are swelling",
        "I bit into a peanut cookie and my lips swelled up",
        "my lips swelled up after I was bitten by something, now hives everywhere",
    ],
)
def test_lips_swelling_beside_a_sign_of_an_allergic_reaction_is_an_emergency(shipped, text):
    assert level(shipped, text) == "emergency", match(shipped, text).recognised


@pytest.mark.parametrize(
    ("text", "most"),
    [
        ("swelling of my lips this morning but breathing ok, on ramipril", "urgent"),
        ("my lip swelled a little after a cold sore", "routine"),
        ("a little swelling on my lip where i bit it", "routine"),
    ],
)
def test_lips_swelling_alone_or_from_a_local_cause_stays_below_an_emergency(shipped, text, most):
    assert LEVEL_ORDER.index(level(shipped, text)) <= LEVEL_ORDER.index(most)


@pytest.mark.parametrize(
    "text",
    [
        "she collapsed in the past hour and has a purple rash",
        "my son collapsed when he was at school and has a rash",
    ],
)
def test_a_faint_or_collapse_of_today_is_not_history(shipped, text):
    assert level(shipped, text) == "emergency", match(shipped, text).recognised


def test_a_faint_minutes_ago_is_today(shipped):
    result = match(shipped, "he fainted a few minutes ago and has a rash all over")
    assert "faintness" in {r.id for r in result.recognised if not r.negated}
    assert LEVEL_ORDER.index(result.triage.level) >= LEVEL_ORDER.index("urgent")


def test_a_faint_long_ago_is_still_history(shipped):
    assert level(shipped, "I fainted once last year, now I have eczema") not in ("urgent", "emergency")


@pytest.mark.parametrize(
    "text", ["baby has a rash all over her skin and floppy", "her ears and floppy, rash that doesn't fade"]
)
def test_a_floppy_child_beside_skin_or_ears_is_still_floppy(shipped, text):
    assert level(shipped, text) == "emergency"


def test_floppy_skin_itself_is_loose_skin(shipped):
    assert "hard-to-rouse" not in {r.id for r in match(shipped, "floppy skin on my arms").recognised}


@pytest.mark.parametrize(
    "text",
    [
        "I have black skin on my toe and it is very painful",
        "a wound on my leg with black skin around it and the redness is spreading",
        "a black spot on my toe that is spreading and very painful",
    ],
)
def test_black_skin_somewhere_is_dying_tissue_not_the_persons_colour_or_a_mole(shipped, text):
    result = match(shipped, text)
    assert "skin-necrosis" in {r.id for r in result.recognised}, result.recognised
    assert LEVEL_ORDER.index(result.triage.level) >= LEVEL_ORDER.index("urgent")


@pytest.mark.parametrize(
    "text",
    ["I have black skin and itchy dry patches on my elbows", "on my dark skin the patches look grey and ashy"],
)
def test_the_persons_skin_colour_is_still_not_dying_tissue(shipped, text):
    assert "skin-necrosis" not in {r.id for r in match(shipped, text).recognised}


@pytest.mark.parametrize(
    "text",
    [
        "welts on and off for 3 months, no swelling of lips or throat ever, antihistamines help about half",
        "no swelling of my lips, just hives after eating prawns",
    ],
)
def test_a_denied_lip_swelling_beside_hives_is_not_an_emergency(shipped, text):
    assert level(shipped, text) != "emergency"


def test_a_denial_before_but_does_not_reach_the_lips(shipped):
    assert level(shipped, "no rash but my lips are swelling after peanuts") == "emergency"
