"""A therapy's page and JSON: a category, class or agent, its members, the conditions it treats, its risks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from skinaxis import model
from skinaxis.model import Therapy
from skinaxis.page import Block, Bullets, Page, Para, Table
from skinaxis.vocab import LINE_RANK

from .shared import ROW_LIMIT, badges, more, name_of, references_block, references_json, standard_caveats

if TYPE_CHECKING:
    from skinaxis.store import Named
    from skinaxis.store import StoredCatalogue as Catalogue


def therapy_links(
    catalogue: Catalogue, t: Therapy, limit: int | None = None
) -> tuple[list[tuple[Named, model.TreatmentLink, str]], int]:
    """Condition links naming this therapy or one of its members (with the member named), by
    condition name and line; at most `limit`, and how many there are in all."""
    members = {t.id, *catalogue.descendants("therapies", t.id)}
    links, total = catalogue.linked_from(
        "therapy", members, order=lambda name, line: (name, LINE_RANK[line]), limit=limit
    )
    out = []
    for condition, link in links:
        via = "" if link.therapy == t.id else name_of(catalogue, "therapies", link.therapy)
        out.append((condition, link, via))
    return out, total


def therapy_page(catalogue: Catalogue, t: Therapy) -> Page:
    lineage = [name_of(catalogue, "therapies", a) for a in catalogue.ancestors("therapies", t.id)]
    subtitle = t.therapy_kind + (f" in {' > '.join(reversed(lineage))}" if lineage else "")
    if t.synonyms:
        subtitle += f". Also called: {', '.join(t.synonyms)}"
    page = Page(t.name, subtitle, badges(t), caveats=list(t.caveats))
    page.add("How it works", Para(t.mechanism), Para(t.route or "", label="Route"), Para(t.atc or "", label="ATC code"))
    children = catalogue.children("therapies", t.id)
    if children:
        rows = []
        for child in children:
            member = catalogue.therapies[child]
            rows.append(
                [
                    member.name,
                    member.therapy_kind,
                    ", ".join(name_of(catalogue, "therapies", g) for g in catalogue.children("therapies", child)),
                ]
            )
        page.add("Members", Table(["Name", "Kind", "Includes"], rows))
    links, total = therapy_links(catalogue, t, ROW_LIMIT)
    page.add(
        "Conditions",
        Table(
            ["Condition", "Line", "Evidence", "Note"],
            [
                [c.name, link.line, link.evidence, ("as " + via + ". " if via else "") + link.note]
                for c, link, via in links
            ],
            evidence_column=2,
        ),
        more(total, len(links), f"skinaxis list conditions --therapy {t.id}"),
    )
    page.add("Benefits", Bullets(t.benefits))
    risks: list[Block] = [Bullets(t.risks)]
    for ancestor in catalogue.ancestors("therapies", t.id):
        parent = catalogue.therapies[ancestor]
        if parent.risks:
            risks.append(Para(f"Risks shared by all {parent.name}:"))
            risks.append(Bullets(parent.risks))
    page.add("Risks", *risks)
    page.add("Monitoring", Bullets(t.monitoring))
    page.add("Contraindications", Bullets(t.contraindications))
    page.add("Pregnancy and breastfeeding", Para(t.pregnancy))
    page.add("References", references_block(t.references), Para(t.reviewed, label="Last reviewed"))
    return page


def therapy_json(catalogue: Catalogue, t: Therapy) -> dict[str, Any]:
    return {
        "id": t.id,
        "name": t.name,
        "kind": t.therapy_kind,
        "synonyms": t.synonyms,
        "origin": t.origin,
        "parent": t.parent,
        "members": catalogue.children("therapies", t.id),
        "atc": t.atc,
        "route": t.route,
        "mechanism": t.mechanism,
        "conditions": [
            {
                "id": c.id,
                "name": c.name,
                "therapy": link.therapy,
                "line": link.line,
                "evidence": link.evidence,
                "note": link.note,
            }
            for c, link, _via in therapy_links(catalogue, t)[0]
        ],
        "benefits": t.benefits,
        "risks": t.risks,
        "monitoring": t.monitoring,
        "contraindications": t.contraindications,
        "pregnancy": t.pregnancy,
        "references": references_json(t.references),
        "reviewed": t.reviewed,
        "caveats": standard_caveats(t.caveats),
    }
