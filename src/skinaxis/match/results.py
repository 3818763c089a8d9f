"""What the symptom explorer answers: the readings of a description, the ranked conditions, triage."""

from __future__ import annotations

from typing import Any

from skinaxis.model import SHIPPED
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
class Reason:
    """Why a condition fits or not, or why triage chose its level: the sentence a person reads, and
    what it cites (a sign, site, trigger, context or red flag by id; "words" for the text channel)."""

    text: str
    id: str | None = None
    type: str | None = None
    frequency: str | None = None
    sites: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.text


@record
class Ranked:
    id: str
    name: str
    score: float
    supporting: list[Reason] = field(default_factory=list)
    opposing: list[Reason] = field(default_factory=list)
    origin: str = SHIPPED  # or model.CLINIC, model.OVERRIDE: set by match(), so pages can mark it


@record
class Triage:
    level: str
    reasons: list[Reason]


@record
class MatchResult:
    query: str
    recognised: list[Recognised]
    conditions: list[Ranked]
    triage: Triage
    note: str = ""
    questions: list[Any] = field(default_factory=list)  # questions.Question, best first
    answers: list[tuple[str, bool]] = field(default_factory=list)  # (sign id, yes?) as given
