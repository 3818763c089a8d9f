"""The symptom explorer: recognise what a description names, rank conditions, and triage.

- lexicon.py     the English word lists, idioms, age and medicine patterns
- vocabulary.py  the catalogue's wording: rows for the store at build time, read back by word
- recognise.py   description -> Recognised readings (signs, sites, triggers, context, red flags)
- rank.py        readings -> Ranked conditions, with what supports and what argues against each
- triage.py      readings and ranking -> a Triage level with reasons
- results.py     the records all of them return

It is not a diagnosis and never claims to be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .rank import rank
from .recognise import MAX_CHARS, recognise
from .results import MatchResult, Ranked, Recognised, Triage
from .triage import triage
from .vocabulary import stored

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue

__all__ = ["MatchResult", "Ranked", "Recognised", "Triage", "match", "rank", "recognise", "triage"]


def match(catalogue: StoredCatalogue, text: str) -> MatchResult:
    vocabulary = stored(catalogue)
    recognised = recognise(catalogue, text, vocabulary)
    ranked = rank(catalogue, recognised, vocabulary)
    note = ""
    if not any(r.type == "manifestation" and not r.negated for r in recognised):
        note = "No skin sign or symptom was recognised in this description, so no conditions are ranked."
    return MatchResult(text[:MAX_CHARS], recognised, ranked, triage(catalogue, recognised, ranked), note)
