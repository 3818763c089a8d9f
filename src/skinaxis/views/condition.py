"""A condition's page and JSON: overview, signs, triggers, gut link, tests, treatments, red flags."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from skinaxis import model
from skinaxis.model import Condition
from skinaxis.page import Bullets, Page, Para, Table
from skinaxis.vocab import EVIDENCE_RANK, FREQUENCY_WEIGHT, LINE_RANK, STRENGTH_WEIGHT, as_words

from .shared import (
    badges,
    codes_text,
    gut_json,
    name_of,
    red_flag_alert,
    references_block,
    references_json,
    standard_caveats,
)

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue as Catalogue


def treatments_sorted(condition: Condition) -> list[model.TreatmentLink]:
    return sorted(condition.treatments, key=lambda t: (LINE_RANK[t.line], -EVIDENCE_RANK[t.evidence]))


def condition_page(catalogue: Catalogue, c: Condition) -> Page:
    subtitle = ", ".join(c.synonyms)
    page = Page(c.name, f"Also called: {subtitle}" if subtitle else "", badges(c), caveats=list(c.caveats))
    overview = [Para(c.summary)]
    if c.parent:
        overview.append(Para(name_of(catalogue, "conditions", c.parent), label="A form of"))
    children = catalogue.children("conditions", c.id)
    if children:
        overview.append(Para(", ".join(name_of(catalogue, "conditions", i) for i in children), label="Subtypes"))
    page.add("Overview", *overview)
    page.add("Red flags", red_flag_alert(c.red_flags))
    page.add("Immune mechanism", Para(c.mechanism))
    who = [Para(c.epidemiology)]
    if c.ages:
        who.append(Para(", ".join(as_words(a) for a in c.ages), label="Usual age at onset"))
    page.add("Who gets it", *who)
    page.add(
        "Manifestations",
        Table(
            ["Sign", "How characteristic", "Where", "Note"],
            [
                [
                    name_of(catalogue, "manifestations", m.id),
                    m.frequency,
                    ", ".join(name_of(catalogue, "sites", s) for s in m.sites),
                    m.note,
                ]
                for m in sorted(c.manifestations, key=lambda m: -FREQUENCY_WEIGHT[m.frequency])
            ],
        ),
    )
    page.add(
        "Triggers",
        Table(
            ["Trigger", "Strength", "Note"],
            [
                [name_of(catalogue, "triggers", t.id), t.strength, t.note]
                for t in sorted(c.triggers, key=lambda t: -STRENGTH_WEIGHT[t.strength])
            ],
        ),
    )
    if c.gut:
        page.add(
            "Gut-skin link",
            Table(
                ["Strength", "Evidence", "Summary"],
                [[c.gut.strength, c.gut.evidence, c.gut.summary]],
                evidence_column=1,
            ),
        )
    page.add(
        "Assessment",
        Table(
            ["Test or score", "Kind", "Note"],
            [
                [
                    name_of(catalogue, "assessments", a.id),
                    as_words(catalogue.assessments[a.id].assessment_kind) if a.id in catalogue.assessments else "",
                    a.note,
                ]
                for a in c.assessments
            ],
        ),
    )
    page.add(
        "Treatment options by line",
        Table(
            ["Line", "Treatment", "Evidence", "Note"],
            [[t.line, name_of(catalogue, "therapies", t.therapy), t.evidence, t.note] for t in treatments_sorted(c)],
            evidence_column=2,
        ),
        Para(
            "Evidence is the GRADE certainty that the treatment helps this condition: high, moderate, low or very low."
        ),
    )
    page.add("How to tell it apart", Bullets(c.distinguishing))
    page.add("Related conditions", Bullets([name_of(catalogue, "conditions", r) for r in c.related]))
    page.add("Codes", Bullets(codes_text(c.codes)))
    page.add("References", references_block(c.references), Para(c.reviewed, label="Last reviewed"))
    return page


def condition_json(catalogue: Catalogue, c: Condition) -> dict[str, Any]:
    return {
        "id": c.id,
        "name": c.name,
        "synonyms": c.synonyms,
        "origin": c.origin,
        "parent": c.parent,
        "subtypes": catalogue.children("conditions", c.id),
        "group": c.group,
        "codes": c.codes,
        "summary": c.summary,
        "mechanism": c.mechanism,
        "epidemiology": c.epidemiology,
        "ages": c.ages,
        "manifestations": [
            {
                "id": m.id,
                "name": name_of(catalogue, "manifestations", m.id),
                "frequency": m.frequency,
                "sites": m.sites,
                "note": m.note,
            }
            for m in c.manifestations
        ],
        "triggers": [
            {"id": t.id, "name": name_of(catalogue, "triggers", t.id), "strength": t.strength, "note": t.note}
            for t in c.triggers
        ],
        "gut": gut_json(c.gut),
        "assessments": [
            {"id": a.id, "name": name_of(catalogue, "assessments", a.id), "note": a.note} for a in c.assessments
        ],
        "treatments": [
            {
                "therapy": t.therapy,
                "name": name_of(catalogue, "therapies", t.therapy),
                "line": t.line,
                "evidence": t.evidence,
                "note": t.note,
            }
            for t in treatments_sorted(c)
        ],
        "red_flags": [{"text": f.text, "urgency": f.urgency} for f in c.red_flags],
        "distinguishing": c.distinguishing,
        "related": c.related,
        "references": references_json(c.references),
        "reviewed": c.reviewed,
        "caveats": standard_caveats(c.caveats),
    }
