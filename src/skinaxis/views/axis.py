"""The gut-skin axis, for the whole catalogue or one condition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from skinaxis.model import Condition
from skinaxis.page import CAVEAT, Alert, Page, Para, Table
from skinaxis.vocab import STRENGTH_WEIGHT

from .shared import ROW_LIMIT, gut_json, more, name_of, references_block, references_json

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue as Catalogue


def axis_page(catalogue: Catalogue, condition: Condition | None) -> Page:
    axis = catalogue.axis
    page = Page("The gut-skin axis" + (f": {condition.name}" if condition else ""))
    if axis is None:
        page.add("Not available", Para("This catalogue has no gut-skin axis section."))
        return page
    if condition is not None:
        if condition.gut:
            page.add(
                f"Gut link in {condition.name}",
                Table(
                    ["Strength", "Evidence", "Summary"],
                    [[condition.gut.strength, condition.gut.evidence, condition.gut.summary]],
                    evidence_column=1,
                ),
            )
        else:
            page.add(
                f"Gut link in {condition.name}", Para("No gut-skin link with evidence is recorded for this condition.")
            )
    page.add("What it is", Para(axis.summary))
    names = {m.id: m.name for m in axis.mechanisms}
    page.add(
        "Mechanism chain",
        Table(
            ["Step", "What happens", "Leads to", "Evidence"],
            [
                [m.name, m.description, ", ".join(names.get(x, x) for x in m.leads_to), m.evidence]
                for m in axis.mechanisms
            ],
            evidence_column=3,
        ),
    )
    page.add(
        "Markers and tests",
        Table(
            ["Test", "What it can show", "Limits"],
            [[name_of(catalogue, "assessments", m.assessment), m.shows, m.limits] for m in axis.markers],
        ),
    )
    page.add(
        "Interventions",
        Table(
            ["Intervention", "Evidence", "Summary", "Risks"],
            [[i.name, i.evidence, i.summary, "; ".join(i.risks)] for i in axis.interventions],
            evidence_column=1,
        ),
    )
    page.add("Risks", Alert("Cautions", axis.risks, level="warning"))
    if condition is None:
        linked, total = catalogue.linked_from(
            "gut", [""], order=lambda name, strength: (-STRENGTH_WEIGHT[strength], name), limit=ROW_LIMIT
        )
        page.add(
            "Conditions with a gut link",
            Table(
                ["Condition", "Strength", "Evidence", "Summary"],
                [[c.name, gut.strength, gut.evidence, gut.summary] for c, gut in linked],
                evidence_column=2,
            ),
            more(total, len(linked), "skinaxis list conditions --gut"),
        )
    page.add("References", references_block(axis.references), Para(axis.reviewed, label="Last reviewed"))
    return page


def axis_json(catalogue: Catalogue, condition: Condition | None) -> dict[str, Any]:
    axis = catalogue.axis
    out: dict[str, Any] = {"condition": None, "caveats": [CAVEAT]}
    if condition is not None:
        out["condition"] = {
            "id": condition.id,
            "name": condition.name,
            "gut": gut_json(condition.gut),
        }
    if axis is None:
        return out
    out.update(
        summary=axis.summary,
        mechanisms=[
            {"id": m.id, "name": m.name, "description": m.description, "leads_to": m.leads_to, "evidence": m.evidence}
            for m in axis.mechanisms
        ],
        markers=[
            {
                "assessment": m.assessment,
                "name": name_of(catalogue, "assessments", m.assessment),
                "shows": m.shows,
                "limits": m.limits,
            }
            for m in axis.markers
        ],
        interventions=[
            {
                "id": i.id,
                "name": i.name,
                "therapy": i.therapy,
                "evidence": i.evidence,
                "summary": i.summary,
                "risks": i.risks,
            }
            for i in axis.interventions
        ],
        risks=axis.risks,
        conditions=[
            {"id": c.id, "name": c.name, "strength": gut.strength, "evidence": gut.evidence}
            for c, gut in catalogue.linked_from("gut", [""])[0]
        ],
        references=references_json(axis.references),
        reviewed=axis.reviewed,
    )
    return out
