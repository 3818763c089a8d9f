"""Every enumeration of the catalogue, once: its values in order, with their ranks, weights and labels.

The schema checks values against these tuples, the model and the matcher weigh them, the views
sort and label them, and the command line offers them as choices. A new value (a fifth evidence
grade, a new region) is added here and nowhere else; the field tables in docs/catalogue-schema.md
and the data files' headers name the values for people, and the tests check they agree.

This module imports nothing from skinaxis: every other module may import it, on every run.
"""

from __future__ import annotations

from enum import StrEnum

# How characteristic a sign is of a condition, and how much it counts when a description names it.
FREQUENCY_WEIGHT = {"hallmark": 1.0, "common": 0.6, "occasional": 0.3, "rare": 0.12}
FREQUENCIES = tuple(FREQUENCY_WEIGHT)

# Treatment line, in the order a page lists treatments.
LINE_RANK = {"first": 1, "second": 2, "third": 3, "adjunct": 4, "not recommended": 5}
LINES = tuple(LINE_RANK)
# A line as a patient reads it in a sentence ("Ruxolitinib cream: second line, helps (high certainty)").
LINE_WORDS = {
    "first": "first line",
    "second": "second line",
    "third": "third line",
    "adjunct": "add-on",
    "not recommended": "not recommended",
}

# GRADE certainty, best first; the rank is also the number of filled marks in an evidence badge.
EVIDENCE_RANK = {"high": 4, "moderate": 3, "low": 2, "very low": 1}
EVIDENCE = tuple(EVIDENCE_RANK)
# Which way the evidence points: a not-recommended line has shown no benefit; any other line helps.
# The certainty then says how sure that finding is (CERTAINTY_MEANING says it once per page).
EFFECT_WORDS = {line: "no benefit shown" if line == "not recommended" else "helps" for line in LINES}
CERTAINTY_MEANING = (
    "Certainty says how sure the research is about the effect: high means more research is unlikely "
    "to change it; low or very low means the true effect may be quite different."
)
EVIDENCE_STYLE = {"high": "green", "moderate": "yellow", "low": "dark_orange", "very low": "red"}  # Rich styles

# How strongly a trigger (or the gut link) is tied to a condition.
STRENGTH_WEIGHT = {"strong": 1.0, "moderate": 0.6, "weak": 0.3}
STRENGTHS = tuple(STRENGTH_WEIGHT)
STRENGTH_WORDS = {"strong": "strong link", "moderate": "moderate link", "weak": "weak link"}
STRENGTH_MEANING = (
    "A strong link is well shown in studies; a moderate link is shown in some studies; a weak link rests "
    "mostly on what patients report or on small studies."
)
# How characteristic a sign is, as a patient reads it.
FREQUENCY_WORDS = {"hallmark": "the typical sign", "common": "common", "occasional": "sometimes", "rare": "rare"}

# A red flag's urgency, and what a page tells the reader to do.
URGENCY_RANK = {"emergency": 3, "urgent": 2, "routine": 1}
URGENCIES = tuple(URGENCY_RANK)
# Said once above each group of red flags on a page, so each warning need not repeat it.
URGENCY_ADVICE = {
    "emergency": "EMERGENCY: call your local emergency number or go to an emergency department now",
    "urgent": "URGENT: see a doctor today or within a day",
    "routine": "ROUTINE: book an appointment with your doctor",
}

# What to do at each urgency, as a sentence (a condition's triage floor says it), in the words of
# the global red flags.
URGENCY_ACTION = {
    "emergency": "Call your local emergency number or go to an emergency department now.",
    "urgent": "See a doctor or an out-of-hours service today.",
    "routine": "Book an appointment with a doctor.",
}

# The symptom explorer's triage levels: the urgencies, and self-care below them.
TRIAGE_ADVICE = {
    "emergency": "EMERGENCY: get help now (emergency number or emergency department)",
    "urgent": "URGENT: see a doctor today or within a day",
    "routine": "ROUTINE: book an appointment with a doctor",
    "self-care": "SELF-CARE: pharmacy and self-care first; see a doctor if it persists or worsens",
}
# Therapies a person can usually get without a prescription, with every member below them (creams,
# self-care, pharmacy antihistamines): a condition marked `self_care` needs a first-line one.
SELF_CARE_THERAPIES = frozenset({"topical-treatments", "self-care", "gut-directed", "h1-antihistamines"})
TRIAGE_LEVELS = tuple(TRIAGE_ADVICE)

# What a therapy entry is, and what its parent may be (an agent sits in a class or a category).
THERAPY_PARENT_KINDS: dict[str, tuple[str, ...]] = {
    "category": (),
    "class": ("category",),
    "agent": ("class", "category"),
}
THERAPY_KINDS = tuple(THERAPY_PARENT_KINDS)

AGE_GROUPS = ("infant", "child", "teen", "adult", "older-adult")
# Questions about the person, answered with --yes/--no like a sign's: one per age group (the ids
# that recognition gives an age said in words, "age-child") and pregnancy (the trigger's id).
PERSON_QUESTIONS = {
    "age-infant": "Is the person with the skin problem a baby under 2?",
    "age-child": "Is the person with the skin problem a child aged 2 to 12?",
    "age-teen": "Is the person with the skin problem a teenager (13 to 17)?",
    "age-adult": "Is the person with the skin problem an adult aged 18 to 64?",
    "age-older-adult": "Is the person with the skin problem aged 65 or over?",
    "pregnancy": "Are you pregnant, or did you give birth in the last 6 weeks?",
}
PERSON_ANSWERS = {
    "age-infant": "a baby under 2",
    "age-child": "a child aged 2 to 12",
    "age-teen": "a teenager",
    "age-adult": "an adult aged 18 to 64",
    "age-older-adult": "aged 65 or over",
    "pregnancy": "pregnant or just given birth",
}
REGIONS = ("US", "EU", "UK")  # where a therapy's approval applies
SEXES = ("female", "male")
# Who usually looks after a condition of each group (the brief page's "who to see").
GROUP_SPECIALIST = {
    "papulosquamous": "a dermatologist (skin specialist)",
    "connective-tissue": "a dermatologist and often a rheumatologist (joint and immune specialist)",
    "blistering": "a dermatologist, usually in a hospital clinic that knows blistering diseases",
    "pigment-and-hair": "a dermatologist (skin specialist)",
    "lichenoid-and-sclerosing": "a dermatologist (skin specialist)",
    "eczema-and-urticaria": "a dermatologist or an allergy specialist if it does not settle",
    "follicular-and-neutrophilic": "a dermatologist (skin specialist)",
    "vasculitis": "a dermatologist or a rheumatologist; kidney and urine checks are often needed",
    "granulomatous": "a dermatologist (skin specialist)",
    "other": "a dermatologist (skin specialist)",
}
GROUPS = tuple(GROUP_SPECIALIST)
ROUTES = ("topical", "oral", "injection", "infusion", "light", "procedure", "lifestyle", "mixed")
TRIGGER_KINDS = (
    "lifestyle",
    "infection",
    "medicine",
    "hormonal",
    "environmental",
    "physical",
    "dietary",
    "association",
    "context",
)
ASSESSMENT_KINDS = (
    "score",
    "blood-test",
    "stool-test",
    "tissue-test",
    "imaging",
    "genetic",
    "skin-test",
    "examination",
)

# Code systems a condition may carry, in the order a page shows them.
CODE_LABELS = {
    "icd10": "ICD-10",
    "icd11": "ICD-11",
    "snomed": "SNOMED CT",
    "orpha": "ORPHA",
    "omim": "OMIM",
    "mondo": "MONDO",
}

# Sections of the catalogue, as the YAML names them, with the kind of entry each holds: the
# singular the JSON and the store use ("red-flag"), and the noun a message uses ("red flag").
SECTION_KIND = {
    "conditions": "condition",
    "therapies": "therapy",
    "manifestations": "manifestation",
    "sites": "site",
    "triggers": "trigger",
    "assessments": "assessment",
    "red_flags": "red-flag",
}
KIND_SECTION = {kind: section for section, kind in SECTION_KIND.items()}
SECTION_NOUN = {
    **{section: kind.replace("-", " ") for section, kind in SECTION_KIND.items()},
    "axis-mechanisms": "axis mechanism",
}
# The sections a person lists (`skinaxis list KIND`) and searches, in the order search results
# are grouped, with the heading of each group.
LISTED_SECTIONS = ("conditions", "therapies", "manifestations", "triggers", "assessments", "sites")
LISTED_TITLES = {
    "conditions": "Conditions",
    "therapies": "Therapies",
    "manifestations": "Signs and symptoms",
    "triggers": "Triggers",
    "assessments": "Tests and scores",
    "sites": "Body sites",
}


def as_words(value: str) -> str:
    """A slug-like value as a reader sees it: "older-adult" -> "older adult"."""
    return value.replace("-", " ")


# Choices on the command line, built from the tuples above (mypy cannot see the members of an
# enum made this way; Typer and the code only need its values).
ListedSection = StrEnum("ListedSection", {s: s for s in LISTED_SECTIONS})  # type: ignore[misc]
TherapyKind = StrEnum("TherapyKind", {k: k for k in THERAPY_KINDS})  # type: ignore[misc]
Evidence = StrEnum("Evidence", {e: e for e in EVIDENCE})  # type: ignore[misc]
