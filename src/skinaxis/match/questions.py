"""The next best questions: which yes/no answers would most change the ranking.

The leading conditions (at most LEADING) share the probability in proportion to their scores.
For each sign one of them shows, the catalogue says how characteristic it is of each (hallmark ...
rare, or absent); that is the chance a person with that condition would answer yes. A question's
value is its expected information gain: the entropy of the leaders now, less the expected entropy
after the answer. The best questions are asked first; a sign already recognised, denied or
answered is never asked.

A body site is asked about the same way ("Is it on your hands?"): the chance that a person with a
condition says yes is that of the most characteristic sign its profile shows there; a sign that may
be anywhere ("widespread") counts at every site at WIDESPREAD_SHARE of its chance, and a site the
profile does not list at UNLISTED_SITE (profiles list the usual places, not every place). A site
question comes only where its gain ranks it among the best questions, and one at most: places
tell conditions apart less surely than signs do.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from skinaxis.record import record
from skinaxis.store.tables import PersonRow, load_plain
from skinaxis.vocab import FREQUENCIES, PERSON_QUESTIONS

from .lexicon import NOT_ASKED_SITES, SITE_PREPOSITION
from .results import Ranked

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue

    from .plausible import Person

LEADING = 8
ASKED = 3
# P(yes | the condition), by how characteristic the sign is; "absent" for a sign it does not show.
YES_CHANCE = dict(zip(FREQUENCIES, (0.8, 0.55, 0.25, 0.1), strict=True))
ABSENT = 0.05
# P(no | the condition) never falls below this: people miss, forget or misread signs they have
# (and records leave them out), so a "no" is weaker evidence than a "yes" (a hallmark's "no" would
# otherwise all but rule a condition out).
NO_FLOOR = 0.4
MIN_GAIN = 0.01  # bits: a question worth less than this is not worth asking


WIDESPREAD_SHARE = 0.6
UNLISTED_SITE = 0.2
# Questions about the person (vocab.PERSON_QUESTIONS), asked only while the description leaves
# them open, and one at most. P(yes | the condition): for an age group, by whether the condition
# usually starts then (as plausibility weighs it); for pregnancy, whether it happens only then, or
# pregnancy sets it off.
USUAL_AGE, NO_USUAL_AGE = 0.8, 0.3  # a yes to another age group: times plausibility's factor
PREGNANCY_ONLY_YES, PREGNANCY_TRIGGER_YES, PREGNANCY_OTHER_YES = 0.9, 0.3, 0.05
NOT_OF_PREGNANCY_AGE = {"infant", "child", "older-adult"}


@record
class Answers:
    """Answers (id, said yes) by what they are about: signs, body sites, the person."""

    signs: list[tuple[str, bool]]
    sites: list[tuple[str, bool]]
    person: list[tuple[str, bool]]


def split_answers(catalogue: StoredCatalogue, answers: list[tuple[str, bool]]) -> Answers:
    """Sign ids are the catalogue's; person ids are vocab.PERSON_QUESTIONS'; the rest are sites."""
    split = Answers([], [], [])
    for about, said_yes in answers:
        kind = (
            split.signs
            if about in catalogue.manifestations
            else split.person
            if about in PERSON_QUESTIONS
            else split.sites
        )
        kind.append((about, said_yes))
    return split


@record
class Question:
    id: str
    type: str  # manifestation or site
    text: str
    yes: list[str]  # conditions a yes makes more likely
    no: list[str]  # conditions a no makes more likely
    gain: float  # expected information, in bits


def _entropy(probabilities: list[float]) -> float:
    return -sum(p * math.log2(p) for p in probabilities if p > 0)


def _posterior(prior: list[float], likelihood: list[float]) -> tuple[float, list[float]]:
    joint = [p * q for p, q in zip(prior, likelihood, strict=True)]
    total = sum(joint)
    return total, ([j / total for j in joint] if total else prior)


@record
class _Shows:
    signs: dict[str, str]  # sign -> how characteristic
    sites: dict[str, float]  # site -> P(yes | the condition): the best chance of a sign shown there
    anywhere: float  # P(yes) at any site: the best chance of a sign shown "widespread" (0 if none)
    triggers: frozenset[str] = frozenset()

    def site_chance(self, site: str) -> float:
        return max(self.sites.get(site, 0.0), self.anywhere * WIDESPREAD_SHARE, UNLISTED_SITE)


def _profiles(catalogue: StoredCatalogue, condition_ids: list[str]) -> dict[str, _Shows]:
    """condition -> what its stored ranking profile shows: signs and where."""
    out: dict[str, _Shows] = {}
    for row in catalogue.profiles(condition_ids):
        _ages, signs, triggers = load_plain(row.data)
        sites: dict[str, float] = {}
        for _sign, frequency, places in signs:
            for site in places:
                sites[site] = max(sites.get(site, 0.0), YES_CHANCE[frequency])
        anywhere = sites.pop("widespread", 0.0)
        shown_signs = {sign: frequency for sign, frequency, _sites in signs}
        out[row.condition] = _Shows(shown_signs, sites, anywhere, frozenset(t for t, _strength in triggers))
    return out


def _chance(shown: dict[str, str], sign: str, narrower: set[str]) -> float:
    """P(yes | condition) for a sign: its own frequency, or that of a narrower form it shows."""
    if sign in shown:
        return YES_CHANCE[shown[sign]]
    forms = [YES_CHANCE[shown[s]] for s in narrower if s in shown]
    return max(forms, default=ABSENT)


def _no_chance(yes_chance: float) -> float:
    return max(1 - yes_chance, NO_FLOOR)


def answer_likelihoods(
    catalogue: StoredCatalogue, condition_ids: list[str], answers: list[tuple[str, bool]]
) -> dict[str, float]:
    """For each condition, the chance of the answers given (about signs or sites) if a person had it."""
    from .vocabulary import stored

    implies = stored(catalogue).implies
    split = split_answers(catalogue, answers)
    narrower = implies.narrower({sign for sign, _ in split.signs})
    shows = _profiles(catalogue, condition_ids)
    nothing = _Shows({}, {}, 0.0)
    out: dict[str, float] = {}
    # Answers about the person weigh through plausibility (plausible.factors), not here.
    asked = [(about, said_yes, False) for about, said_yes in split.signs]
    asked += [(about, said_yes, True) for about, said_yes in split.sites]
    for condition in condition_ids:
        shown = shows.get(condition, nothing)
        factor = 1.0
        for answer, said_yes, is_site in asked:
            if is_site:
                chance = shown.site_chance(answer)
            else:
                chance = _chance(shown.signs, answer, narrower.get(answer, set()))
            factor *= chance if said_yes else _no_chance(chance)
        out[condition] = factor
    return out


def _may_be_pregnant(who: Person) -> bool:
    return not (who.pregnant or who.not_pregnant or who.sex == "male" or who.ages & NOT_OF_PREGNANCY_AGE)


def _person_chances(
    catalogue: StoredCatalogue, leaders: list[Ranked], shown: list[_Shows], who: Person | None, settled: set[str]
) -> dict[tuple[str, str], list[float]]:
    """(type "context", id) -> P(yes) for each leader, for the questions about the person that the
    description leaves open: the age group when no age was said, pregnancy when it may apply."""
    if who is None:
        return {}
    people = catalogue.people([r.id for r in leaders])
    out: dict[tuple[str, str], list[float]] = {}
    if _may_be_pregnant(who) and "pregnancy" not in settled:
        out["context", "pregnancy"] = [
            PREGNANCY_ONLY_YES
            if people.get(r.id, PersonRow()).pregnancy_only
            else PREGNANCY_TRIGGER_YES
            if "pregnancy" in s.triggers
            else PREGNANCY_OTHER_YES
            for r, s in zip(leaders, shown, strict=True)
        ]
    if not who.ages:
        for about in PERSON_QUESTIONS:
            group = about.removeprefix("age-")
            if about == group or about in settled or group in who.not_ages:
                continue
            usual = [people.get(r.id, PersonRow()).ages for r in leaders]
            out["context", about] = [USUAL_AGE * _age_factor(group, ages) if ages else NO_USUAL_AGE for ages in usual]
    return out


def _age_factor(group: str, usual: tuple[str, ...]) -> float:
    """How plausibility weighs a condition that usually starts at `usual` for a person of `group`:
    a yes to an age group moves the ranking by this much (plausible.factors)."""
    from .plausible import AGE_PLACE, FAR_AGE, OTHER_AGE

    if group in usual:
        return 1.0
    apart = min(abs(AGE_PLACE[group] - AGE_PLACE[a]) for a in usual)
    return FAR_AGE if apart >= 2 else OTHER_AGE


def next_questions(
    catalogue: StoredCatalogue,
    ranked: list[Ranked],
    settled: set[str],
    who: Person | None = None,
    limit: int = ASKED,
) -> list[Question]:
    """The `limit` best yes/no questions about signs, body sites and (given `who`, the person as
    the description tells it) the person's age and pregnancy, for the leading conditions;
    `settled` holds the ids already recognised, denied or answered (and the signs they imply)."""
    leaders = [r for r in ranked[:LEADING] if r.score > 0]
    if len(leaders) < 2:
        return []
    if who is not None and _may_be_pregnant(who) and "pregnancy" not in settled:
        # A condition of pregnancy below the leaders weighs too: a yes would bring it up.
        below = [r for r in ranked[LEADING:] if r.score > 0]
        people = catalogue.people([r.id for r in below])
        leaders += [r for r in below if people.get(r.id, PersonRow()).pregnancy_only]
    total = sum(r.score for r in leaders)
    prior = [r.score / total for r in leaders]
    profiles = _profiles(catalogue, [r.id for r in leaders])
    nothing = _Shows({}, {}, 0.0)
    shown = [profiles.get(r.id, nothing) for r in leaders]
    candidates: dict[tuple[str, str], list[float]] = {}  # (type, id) -> P(yes) for each leader
    for sign in sorted({sign for s in shown for sign in s.signs} - settled):
        candidates["manifestation", sign] = [YES_CHANCE[s.signs[sign]] if sign in s.signs else ABSENT for s in shown]
    for site in sorted({site for s in shown for site in s.sites} - settled - NOT_ASKED_SITES):
        candidates["site", site] = [s.site_chance(site) for s in shown]
    candidates.update(_person_chances(catalogue, leaders, shown, who, settled))
    now = _entropy(prior)
    scored: list[tuple[float, str, str, list[float]]] = []
    for (kind, about), chance in candidates.items():
        p_yes, after_yes = _posterior(prior, chance)
        p_no, after_no = _posterior(prior, [_no_chance(c) for c in chance])
        # With the floor the two answers' chances need not add up to one: weigh them by their share.
        gain = now - (p_yes * _entropy(after_yes) + p_no * _entropy(after_no)) / (p_yes + p_no)
        if gain >= MIN_GAIN:
            scored.append((gain, about, kind, chance))
    scored.sort(key=lambda item: (-item[0], item[1]))
    # One site question at most, and one about the person.
    for kind in ("site", "context"):
        first = next((i for i, item in enumerate(scored) if item[2] == kind), len(scored))
        scored = scored[: first + 1] + [item for item in scored[first + 1 :] if item[2] != kind]
    questions = []
    for gain, about, kind, chance in scored[:limit]:
        p_yes = sum(p * c for p, c in zip(prior, chance, strict=True))
        questions.append(
            Question(
                about,
                kind,
                _question_text(catalogue, kind, about),
                [r.id for r, c in zip(leaders, chance, strict=True) if c > p_yes],
                [r.id for r, c in zip(leaders, chance, strict=True) if c < p_yes],
                round(gain, 3),
            )
        )
    return questions


def _question_text(catalogue: StoredCatalogue, kind: str, about: str) -> str:
    if kind == "context":
        return PERSON_QUESTIONS[about]
    if kind == "site":
        place = (catalogue.name("sites", about) or about).lower()
        return f"Is it {where(about)} your {place}?"
    sign = catalogue.manifestations[about]
    everyday = sign.everyday or sign.name
    return sign.question or f"Do you have {everyday.lower()}?"


def where(site: str) -> str:
    """The preposition of a site in a question or an answer: "in your mouth", "on your hands"."""
    return SITE_PREPOSITION.get(site, "on")
