"""The symptom explorer's answer: triage first, then what was recognised and the conditions that fit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from skinaxis.page import CAVEAT, Alert, Page, Para, Table
from skinaxis.vocab import TRIAGE_ADVICE

if TYPE_CHECKING:
    from skinaxis.match import MatchResult


def match_page(result: MatchResult) -> Page:
    page = Page("Symptom explorer", f"You wrote: {result.query}")
    page.add(
        "Triage",
        Alert(
            TRIAGE_ADVICE[result.triage.level],
            result.triage.reasons,
            level=result.triage.level if result.triage.level in ("emergency", "urgent") else "info",
        ),
    )
    page.add(
        "What was recognised",
        Table(
            ["Kind", "Recognised", "From your words"],
            [[("not " if r.negated else "") + r.type, r.name, r.text] for r in result.recognised if not r.shadowed],
        ),
        Para(result.note),
    )
    if not result.recognised:
        page.add(
            "What was recognised",
            Para("Nothing: try describing what the skin looks like, where it is, and how it feels."),
        )
    rows = [
        [str(i), c.name, f"{c.score:.2f}", "; ".join(c.supporting), "; ".join(c.opposing)]
        for i, c in enumerate(result.conditions, start=1)
    ]
    page.add(
        "Conditions that fit, best first",
        Table(["#", "Condition", "Fit", "Supports", "Argues against"], rows),
        Para(
            "This ranking is not a diagnosis. Many skin conditions look alike; a clinician, sometimes with a biopsy "
            "or blood test, is needed to tell them apart. Open any of them with 'skinaxis condition NAME'."
            if rows
            else ""
        ),
    )
    return page


def match_json(result: MatchResult) -> dict[str, Any]:
    return {
        "query": result.query,
        "recognised": [
            {"type": r.type, "id": r.id, "name": r.name, "text": r.text, "negated": r.negated}
            for r in result.recognised
            if not r.shadowed
        ],
        "conditions": [
            {"id": c.id, "name": c.name, "score": c.score, "supporting": c.supporting, "opposing": c.opposing}
            for c in result.conditions
        ],
        "triage": {"level": result.triage.level, "reasons": result.triage.reasons},
        "note": result.note or None,
        "caveats": [CAVEAT, "This is not a diagnosis: it shows which catalogue conditions fit the words you used."],
    }
