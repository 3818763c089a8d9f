"""The next best questions: which yes/no answers would most change the ranking.

The leading conditions (at most LEADING) share the probability in proportion to their scores.
For each sign one of them shows, the catalogue says how characteristic it is of each (hallmark ...
rare, or absent); that is the chance a person with that condition would answer yes. A question's
value is its expected information gain: the entropy of the leaders now, less the expected entropy
after the answer. The best questions are asked first; a sign already recognised, denied or
answered is never asked.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from skinaxis.record import record
from skinaxis.store.tables import load_plain
from skinaxis.vocab import FREQUENCIES

from .results import Ranked

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue

LEADING = 10
ASKED = 3
# P(yes | the condition), by how characteristic the sign is; "absent" for a sign it does not show.
YES_CHANCE = dict(zip(FREQUENCIES, (0.8, 0.55, 0.25, 0.1), strict=True))
ABSENT = 0.05
# P(no | the condition) never falls below this: people miss, forget or misread signs they have
# (and records leave them out), so a "no" is weaker evidence than a "yes" (a hallmark's "no" would
# otherwise all but rule a condition out).
NO_FLOOR = 0.4
MIN_GAIN = 0.01  # bits: a question worth less than this is not worth asking


@record
class Question:
    id: str
    type: str  # manifestation
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


def _frequencies(catalogue: StoredCatalogue, condition_ids: list[str]) -> dict[str, dict[str, str]]:
    """condition -> sign -> how characteristic, from the stored ranking profiles."""
    out: dict[str, dict[str, str]] = {}
    for row in catalogue.profiles(condition_ids):
        _ages, signs, _triggers = load_plain(row.data)
        out[row.condition] = {sign: frequency for sign, frequency, _sites in signs}
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
    """For each condition, the chance of the answers given if a person had it."""
    from .vocabulary import stored

    implies = stored(catalogue).implies
    narrower = implies.narrower({sign for sign, _ in answers})
    shows = _frequencies(catalogue, condition_ids)
    out: dict[str, float] = {}
    for condition in condition_ids:
        factor = 1.0
        for sign, said_yes in answers:
            chance = _chance(shows.get(condition, {}), sign, narrower.get(sign, set()))
            factor *= chance if said_yes else _no_chance(chance)
        out[condition] = factor
    return out


def next_questions(
    catalogue: StoredCatalogue, ranked: list[Ranked], settled: set[str], limit: int = ASKED
) -> list[Question]:
    """The `limit` best yes/no questions about signs for the leading conditions; `settled` holds
    the sign ids already recognised, denied or answered (and what they imply)."""
    leaders = [r for r in ranked[:LEADING] if r.score > 0]
    if len(leaders) < 2:
        return []
    total = sum(r.score for r in leaders)
    prior = [r.score / total for r in leaders]
    shows: dict[str, dict[str, str]] = {}  # sign -> condition -> frequency
    for condition, signs in _frequencies(catalogue, [r.id for r in leaders]).items():
        for sign, frequency in signs.items():
            shows.setdefault(sign, {})[condition] = frequency
    now = _entropy(prior)
    scored: list[tuple[float, str, list[float]]] = []
    for sign, by_condition in shows.items():
        if sign in settled:
            continue
        chance = [YES_CHANCE[by_condition[r.id]] if r.id in by_condition else ABSENT for r in leaders]
        p_yes, after_yes = _posterior(prior, chance)
        p_no, after_no = _posterior(prior, [_no_chance(c) for c in chance])
        # With the floor the two answers' chances need not add up to one: weigh them by their share.
        gain = now - (p_yes * _entropy(after_yes) + p_no * _entropy(after_no)) / (p_yes + p_no)
        if gain >= MIN_GAIN:
            scored.append((gain, sign, chance))
    scored.sort(key=lambda item: (-item[0], item[1]))
    questions = []
    for gain, sign, chance in scored[:limit]:
        p_yes = sum(p * c for p, c in zip(prior, chance, strict=True))
        sign_entry = catalogue.manifestations[sign]
        everyday = sign_entry.everyday or sign_entry.name
        text = sign_entry.question or f"Do you have {everyday.lower()}?"
        questions.append(
            Question(
                sign,
                "manifestation",
                text,
                [r.id for r, c in zip(leaders, chance, strict=True) if c > p_yes],
                [r.id for r, c in zip(leaders, chance, strict=True) if c < p_yes],
                round(gain, 3),
            )
        )
    return questions
