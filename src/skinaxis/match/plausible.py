"""Plausibility: who a description is about (age, sex, pregnancy) re-ranks the fused ranking.

The structured ranking already weighs age; the text channel does not, and neither knows that a
condition of pregnancy cannot be the answer for a man or a 6-year-old. Each factor multiplies a
condition's fused score and leaves a reason a person can read ("happens only in pregnancy").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from skinaxis.record import record
from skinaxis.text import words
from skinaxis.vocab import AGE_GROUPS, as_words

from .lexicon import AGE_WORDS, FEMALE, LASTING, MALE, PREGNANCY, RECENT

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue

    from .results import Recognised

PREGNANCY_ONLY = 0.3  # a condition of pregnancy, for a description that does not mention pregnancy
PREGNANCY_ONLY_IMPOSSIBLE = 0.05  # ... for a man or a child
OTHER_AGE = 0.6  # the person is one age group from the ages at which the condition usually starts
FAR_AGE = 0.15  # ... two or more (a condition of old age for a child, of adults for a baby)
OTHER_SEX = 0.85  # a condition far more common in the other sex (still happens: a mild factor)
ACUTE_BUT_LASTING = 0.4  # a condition that runs its course in days to weeks, said to have lasted months

CHILDHOOD = frozenset({"infant", "child"})
PREGNANCY_AGE = "adult"
AGE_PLACE = {group: place for place, group in enumerate(AGE_GROUPS)}


@record
class Person:
    ages: set[str]
    sex: str | None
    pregnant: bool
    not_ages: frozenset[str] = frozenset()  # age groups the person said no to
    not_pregnant: bool = False  # said no to pregnancy ("not pregnant", or an answer)
    lasting: bool = False  # the problem has lasted months or years, with no word of a recent start


def person(text: str, recognised: list[Recognised]) -> Person:
    said = set(words(text))
    male, female = bool(said & MALE), bool(said & FEMALE)
    sex = "male" if male and not female else "female" if female and not male else None
    told = {(r.id, r.negated) for r in recognised if r.type == "context" and r.id.startswith("age-")}
    ages = {about.removeprefix("age-") for about, negated in told if not negated}
    not_ages = frozenset(about.removeprefix("age-") for about, negated in told if negated)
    pregnancy = [r.negated for r in recognised if r.type == "trigger" and r.id == "pregnancy"]
    pregnant = False in pregnancy
    not_pregnant = bool(pregnancy) and not pregnant
    pregnant = pregnant or (not not_pregnant and bool(PREGNANCY.search(" ".join(words(text)))))
    padded = " " + " ".join(words(text)) + " "
    young = any(f" {cue} " in padded for group in CHILDHOOD for cue in AGE_WORDS[group])
    if pregnant and not ages and not young:
        # A pregnancy says the person is of childbearing age (unless a baby or child is named:
        # "my 6 week old baby ... in pregnancy I was told", the rash may be the baby's).
        ages = {PREGNANCY_AGE}
    joined = " ".join(words(text))
    # "On allopurinol for 2 months" is how long a medicine was taken: a drug reaction can start weeks in.
    on_a_medicine = any(r.type == "trigger" and r.id == "medicines" and not r.negated for r in recognised)
    lasting = bool(LASTING.search(joined)) and not RECENT.search(joined) and not on_a_medicine
    return Person(ages, sex, pregnant, not_ages, not_pregnant, lasting)


def pregnancy_is_not_a_baby(text: str, recognised: list[Recognised]) -> list[Recognised]:
    """The readings without "infant" or "child" when the description is about a pregnancy: in
    "first baby, 37 weeks" the baby is the pregnancy, not the person with the rash."""
    if not person(text, recognised).pregnant:
        return recognised
    young = {f"age-{group}" for group in CHILDHOOD}
    return [r for r in recognised if not (r.type == "context" and r.id in young)]


def factors(catalogue: StoredCatalogue, who: Person, condition_ids: list[str]) -> dict[str, tuple[float, str]]:
    """For each condition that this person makes less likely: (factor, the reason)."""
    out: dict[str, tuple[float, str]] = {}
    for condition_id, (ages, sex, pregnancy_only, acute) in catalogue.people(condition_ids).items():
        factor, reasons = 1.0, []
        if pregnancy_only and not who.pregnant:
            impossible = who.sex == "male" or bool(who.ages & CHILDHOOD) or who.not_pregnant
            factor *= PREGNANCY_ONLY_IMPOSSIBLE if impossible else PREGNANCY_ONLY
            told = "you said you are not pregnant" if who.not_pregnant else "pregnancy is not mentioned"
            reasons.append(f"it happens only in pregnancy or just after birth, and {told}")
        usual = set(ages)
        if who.ages and usual and not who.ages & usual:
            apart = min(abs(AGE_PLACE[a] - AGE_PLACE[b]) for a in who.ages for b in usual)
            factor *= FAR_AGE if apart >= 2 else OTHER_AGE
            reasons.append(f"it usually starts at another age ({', '.join(as_words(a) for a in ages)})")
        elif not who.ages and usual and usual <= who.not_ages:
            factor *= OTHER_AGE
            reasons.append(f"it usually starts at an age you said no to ({', '.join(as_words(a) for a in ages)})")
        if who.sex and sex and sex != who.sex:
            factor *= OTHER_SEX
            reasons.append(f"it is far more common in {'women' if sex == 'female' else 'men'}")
        if acute and who.lasting:
            factor *= ACUTE_BUT_LASTING
            reasons.append("it runs its course in days to weeks, and you describe months or years")
        if factor < 1.0:
            out[condition_id] = (factor, "; ".join(reasons))
    return out
