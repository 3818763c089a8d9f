"""What the symptom explorer answers: the readings of a description, the ranked conditions, triage."""

from __future__ import annotations

from skinaxis.record import field, record


@record
class Recognised:
    type: str  # manifestation | site | trigger | context | red-flag
    id: str
    name: str
    text: str
    negated: bool = False
    confidence: float = 1.0
    # Where in the text it was found (clause, first word, last word): signs read from the same
    # words are alternative readings, scored as one.
    span: tuple[int, int, int] | None = field(default=None, repr=False, compare=False)
    shadowed: bool = field(default=False, repr=False, compare=False)  # inside a longer reading: not shown


@record
class Ranked:
    id: str
    name: str
    score: float
    supporting: list[str] = field(default_factory=list)
    opposing: list[str] = field(default_factory=list)


@record
class Triage:
    level: str
    reasons: list[str]


@record
class MatchResult:
    query: str
    recognised: list[Recognised]
    conditions: list[Ranked]
    triage: Triage
    note: str = ""
