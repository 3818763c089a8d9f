"""The symptom explorer's answer: triage first, then what was recognised and the conditions that fit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from skinaxis.page import CAVEAT, Alert, Page, Para, Table
from skinaxis.vocab import TRIAGE_ADVICE

from .shared import marked, sign_name

if TYPE_CHECKING:
    from skinaxis.match import MatchResult
    from skinaxis.store import StoredCatalogue as Catalogue


def match_page(result: MatchResult, signs: dict[str, str] | None = None) -> Page:
    """`signs`: clinical name -> how a page shows the sign ("Itch (pruritus)"), see shown_signs."""
    signs = signs or {}

    def shown(text: str) -> str:
        # Reasons start with the sign's clinical name ("Pruritus (hallmark ...)").
        for clinical, everyday in signs.items():
            if text == clinical or text.startswith(clinical + " ("):
                return everyday + text[len(clinical) :]
        return text

    page = Page("Symptom explorer", f"You wrote: {result.query}")
    page.add(
        "Triage",
        Alert(
            TRIAGE_ADVICE[result.triage.level],
            [triage_text(r, result) for r in result.triage.reasons],
            level=result.triage.level if result.triage.level in ("emergency", "urgent") else "info",
        ),
    )
    seen = [r for r in result.recognised if not r.shadowed]
    page.add(
        "What was recognised",
        Table(
            ["Kind", "Recognised", "From your words"],
            [[("not " if r.negated else "") + r.type, shown(r.name), r.text] for r in seen],
            # Plain text and handouts read as sentences: "Itch (pruritus): from your words 'itchy'".
            prose=[(_recognised_lead(shown(r.name)), _recognised_rest(r.text, r.negated)) for r in seen],
        ),
        Para(result.note),
    )
    if not result.recognised:
        page.add(
            "What was recognised",
            Para("Nothing: try describing what the skin looks like, where it is, and how it feels."),
        )
    rows = [
        [
            place,
            marked(c.name, c.origin),
            f"{c.score:.2f}",
            "; ".join(shown(r.text) for r in c.supporting),
            "; ".join(r.text for r in c.opposing),
        ]
        for place, c in zip(places(result.conditions), result.conditions, strict=True)
    ]
    if result.questions:
        page.add(
            "Questions that would narrow this down",
            Table(
                ["Question", "Answer with"],
                [[q.text, f"--yes {q.id} or --no {q.id}"] for q in result.questions],
                prose=[(f"{q.text} (--yes {q.id} or --no {q.id})", "") for q in result.questions],
            ),
            Para("Answer any of them by running the same description again with --yes ID or --no ID, or use --ask."),
        )
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


def _recognised_lead(name: str) -> str:
    """A context's name reads "Age group: older adult"; as the lead of a sentence, "Older adult (age group)"."""
    label, sep, value = name.partition(": ")
    return f"{value[:1].upper()}{value[1:]} ({label.lower()})" if sep else name


def _recognised_rest(words: str, denied: bool) -> str:
    if words.startswith("you said "):  # an answer to a question says so itself
        return words
    return f'you said no ("{words}")' if denied else f'from your words "{words}"'


def shown_signs(catalogue: Catalogue, result: MatchResult) -> dict[str, str]:
    """The recognised signs' clinical names with how a page shows them ("Itch (pruritus)"), a
    clinic's sign with its badge (its entry is loaded for sign_name already: no extra query)."""
    found = {
        r.name: marked(sign_name(catalogue, r.id), catalogue.manifestations[r.id].origin)
        for r in result.recognised
        if r.type == "manifestation"
    }
    return {clinical: everyday for clinical, everyday in found.items() if clinical != everyday}


def match_json(result: MatchResult) -> dict[str, Any]:
    return {
        "query": result.query,
        "recognised": [
            {"type": r.type, "id": r.id, "name": r.name, "text": r.text, "negated": r.negated}
            for r in result.recognised
            if not r.shadowed
        ],
        "conditions": [
            {
                "id": c.id,
                "name": c.name,
                "origin": c.origin,
                "score": float(c.score),
                "rank": int(place.lstrip("=")),
                "tied": place.startswith("="),
                "supporting": [reason_json(r) for r in c.supporting],
                "opposing": [reason_json(r) for r in c.opposing],
            }
            for place, c in zip(places(result.conditions), result.conditions, strict=True)
        ],
        "triage": {
            "level": result.triage.level,
            "reasons": [{**reason_json(r), "text": triage_text(r, result)} for r in result.triage.reasons],
        },
        "questions": [{"id": q.id, "type": q.type, "text": q.text, "yes": q.yes, "no": q.no} for q in result.questions],
        "answers": [{"id": sign, "answer": "yes" if said_yes else "no"} for sign, said_yes in result.answers],
        "note": result.note or None,
        "caveats": [CAVEAT, "This is not a diagnosis: it shows which catalogue conditions fit the words you used."],
    }


def triage_text(reason: Any, result: MatchResult) -> str:
    """A triage reason that names a ranked clinic condition ("best fit: ...") marks it as the
    ranking does."""
    named = next((c for c in result.conditions if reason.type == "condition" and c.id == reason.id), None)
    if named is None or named.name not in reason.text:
        return str(reason.text)
    before, name, after = reason.text.rpartition(named.name)
    return before + marked(name, named.origin) + after


def places(conditions: list[Any]) -> list[str]:
    """Each condition's place: equal scores share a place, shown "=2" ("equally likely")."""
    out: list[str] = []
    for i, c in enumerate(conditions):
        same_before = i > 0 and c.score == conditions[i - 1].score
        same_after = i + 1 < len(conditions) and c.score == conditions[i + 1].score
        place = out[-1].lstrip("=") if same_before else str(i + 1)
        out.append(("=" if same_before or same_after else "") + place)
    return out


def reason_json(reason: Any) -> dict[str, Any]:
    return {
        "id": reason.id,
        "type": reason.type,
        "frequency": reason.frequency,
        "sites": list(reason.sites),
        "text": reason.text,
    }
