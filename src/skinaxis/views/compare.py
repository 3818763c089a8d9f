"""Conditions side by side, the signs that tell them apart first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from skinaxis.model import Condition
from skinaxis.page import CAVEAT, Bullets, Page, Table
from skinaxis.vocab import FREQUENCY_WEIGHT, STRENGTH_WORDS, as_words

from .shared import as_sentence, badges, name_of, red_flag_alerts, sign_name

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue as Catalogue


def compare_rows(
    catalogue: Catalogue, conditions: list[Condition], shown: bool = True
) -> tuple[list[list[str]], list[list[str]]]:
    """Distinguishing rows (signs whose frequency differs between the conditions) and shared ones;
    signs by their everyday name first when `shown` (the page), by their clinical name otherwise."""
    signs: list[str] = []
    for c in conditions:
        for link in c.manifestations:
            if link.id not in signs:
                signs.append(link.id)
    distinct: list[list[str]] = []
    shared: list[list[str]] = []
    for sign in signs:
        cells: list[str] = []
        for c in conditions:
            found = next((m for m in c.manifestations if m.id == sign), None)
            cells.append(found.frequency if found else "-")
        row = [sign_name(catalogue, sign) if shown else name_of(catalogue, "manifestations", sign), *cells]
        (shared if len(set(cells)) == 1 else distinct).append(row)

    def spread(row: list[str]) -> float:
        weights = [FREQUENCY_WEIGHT.get(cell, 0.0) for cell in row[1:]]
        return max(weights) - min(weights)

    distinct.sort(key=lambda r: -spread(r))
    return distinct, shared


def compare_page(catalogue: Catalogue, conditions: list[Condition]) -> Page:
    names = [c.name for c in conditions]
    # A clinic entry or override is marked here as on its own page (its badge in the title).
    page = Page("Compare: " + " / ".join(names), badges=[b for c in conditions for b in badges(c)])
    for c in conditions:
        page.add(f"What sets {c.name} apart", Bullets([as_sentence(d) for d in c.distinguishing]))
    distinct, shared = compare_rows(catalogue, conditions)
    page.add("Signs that differ", Table(["Sign", *names], distinct))
    page.add(
        "Who and when",
        Table(
            ["", *names],
            [
                ["Usual onset", *[", ".join(as_words(a) for a in c.ages) for c in conditions]],
                ["Group", *[as_words(c.group) for c in conditions]],
                [
                    "Strongest triggers",
                    *[
                        ", ".join(name_of(catalogue, "triggers", t.id) for t in c.triggers if t.strength == "strong")
                        or "-"
                        for c in conditions
                    ],
                ],
                [
                    "Gut link",
                    *[
                        f"{STRENGTH_WORDS[c.gut.strength]} ({c.gut.evidence} certainty)" if c.gut else "-"
                        for c in conditions
                    ],
                ],
                ["ICD-10", *[c.codes.get("icd10", "") for c in conditions]],
            ],
        ),
    )
    page.add(
        "First-line treatments",
        Table(
            ["", *names],
            [
                [
                    "First line",
                    *[
                        ", ".join(name_of(catalogue, "therapies", t.therapy) for t in c.treatments if t.line == "first")
                        or "-"
                        for c in conditions
                    ],
                ]
            ],
        ),
    )
    page.add("Signs they share", Table(["Sign", *names], shared))
    for c in conditions:
        page.add(f"When to get help: {c.name}", *red_flag_alerts(c.red_flags))
    return page


def compare_json(catalogue: Catalogue, conditions: list[Condition]) -> dict[str, Any]:
    distinct, shared = compare_rows(catalogue, conditions, shown=False)
    ids = [c.id for c in conditions]
    return {
        "conditions": [
            {"id": c.id, "name": c.name, "origin": c.origin, "distinguishing": c.distinguishing, "ages": c.ages}
            for c in conditions
        ],
        "differences": [{"sign": row[0], "frequency": dict(zip(ids, row[1:], strict=False))} for row in distinct],
        "shared": [{"sign": row[0], "frequency": dict(zip(ids, row[1:], strict=False))} for row in shared],
        "red_flags": {c.id: [{"text": f.text, "urgency": f.urgency} for f in c.red_flags] for c in conditions},
        "caveats": [CAVEAT],
    }
