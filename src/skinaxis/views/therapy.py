"""A therapy's page and JSON: a category, class or agent, its members, the conditions it treats
(its own links and those inherited from its class), its risks and those of its ancestors that
apply to it, its licences."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from skinaxis import inheritance, model
from skinaxis.model import Therapy
from skinaxis.page import Alert, Block, Bullets, Page, Para, Table

from .shared import ROW_LIMIT, badges, more, name_of, references_block, references_json, standard_caveats

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue as Catalogue

BOXED_WARNING_TITLE = "Boxed warning (US label)"
REGION_ORDER = {"US": 0, "EU": 1, "UK": 2}


def therapy_links(
    catalogue: Catalogue, t: Therapy, limit: int | None = None
) -> tuple[list[inheritance.TherapyLink], int]:
    """The conditions a therapy is used for: links naming it or a member, and for an agent those
    inherited from its class (see skinaxis.inheritance); at most `limit`, and how many in all."""
    return inheritance.condition_links(catalogue, t.id, limit)


def how_linked(row: inheritance.TherapyLink) -> str:
    """Why a condition is on this page when the link does not name the therapy itself."""
    if row.inherited:
        return f"from the class {row.inherited}"
    if row.via:
        return f"as {row.via}"
    return ""


def boxed_warning_alert(t: Therapy) -> Alert | None:
    return Alert(BOXED_WARNING_TITLE, [t.boxed_warning], level="urgent") if t.boxed_warning else None


def risk_blocks(catalogue: Catalogue, t: Therapy) -> list[Block]:
    """The entry's own risks, then per ancestor those shared by all its members and those it names
    for this entry: never an ancestor's risk that applies only to other members."""
    blocks: list[Block] = [Bullets(t.risks)]
    for group in inheritance.ancestor_risks(catalogue, t.id):
        if group.shared:
            blocks += [Para(f"Risks shared by all {group.source}:"), Bullets(group.shared)]
        if group.named:
            blocks += [Para(f"Risks some {group.source} have, including {t.name}:"), Bullets(group.named)]
    return blocks


def member_risk_lines(catalogue: Catalogue, t: Therapy) -> list[str]:
    """A class's or category's risks that apply only to some members, with those members named."""
    return [
        f"{risk.text} (applies to: {', '.join(name_of(catalogue, 'therapies', m) for m in risk.members)})"
        for risk in t.member_risks
    ]


def approvals_sorted(t: Therapy) -> list[model.Approval]:
    return sorted(t.approvals, key=lambda a: (REGION_ORDER.get(a.region, 9), a.year or "9999"))


def full_stop(text: str) -> str:
    """Catalogue notes are often written without a final full stop; joined, they need one."""
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def licence_lines(t: Therapy) -> list[str]:
    lines = []
    for approval in approvals_sorted(t):
        when = f" ({approval.year})" if approval.year else ""
        text = " ".join(full_stop(part) for part in (approval.indication, approval.note) if part)
        lines.append(f"{approval.region}{when}: {text}")
    return lines


def therapy_page(catalogue: Catalogue, t: Therapy) -> Page:
    lineage = [name_of(catalogue, "therapies", a) for a in catalogue.ancestors("therapies", t.id)]
    subtitle = t.therapy_kind + (f" in {' > '.join(reversed(lineage))}" if lineage else "")
    if t.synonyms:
        subtitle += f". Also called: {', '.join(t.synonyms)}"
    page = Page(t.name, subtitle, badges(t), caveats=list(t.caveats))
    # The boxed warning comes before anything else: it is the label's most serious warning.
    page.add("Boxed warning", boxed_warning_alert(t))
    page.add("In short", Para(t.in_short))
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
                [
                    row.condition.name,
                    row.link.line,
                    row.link.evidence,
                    (how_linked(row) + ". " if how_linked(row) else "") + row.link.note,
                ]
                for row in links
            ],
            evidence_column=2,
        ),
        more(total, len(links), f"skinaxis list conditions --therapy {t.id}"),
    )
    page.add("Benefits", Bullets(t.benefits))
    page.add("Risks", *risk_blocks(catalogue, t))
    page.add("Risks of some members", Bullets(member_risk_lines(catalogue, t)))
    page.add("Licences", Bullets(licence_lines(t)))
    page.add("Monitoring", Bullets(t.monitoring))
    page.add("Contraindications", Bullets(t.contraindications))
    page.add("Pregnancy and breastfeeding", Para(t.pregnancy))
    page.add("References", references_block(t.references), Para(t.reviewed, label="Last reviewed"))
    return page


def _condition_json(row: inheritance.TherapyLink) -> dict[str, Any]:
    item = {
        "id": row.condition.id,
        "name": row.condition.name,
        "therapy": row.link.therapy,
        "line": row.link.line,
        "evidence": row.link.evidence,
        "note": row.link.note,
    }
    if row.inherited_id:
        item["inherited_from"] = row.inherited_id
    return item


def therapy_json(catalogue: Catalogue, t: Therapy) -> dict[str, Any]:
    return {
        "id": t.id,
        "name": t.name,
        "in_short": t.in_short,
        "boxed_warning": t.boxed_warning,
        "kind": t.therapy_kind,
        "synonyms": t.synonyms,
        "origin": t.origin,
        "parent": t.parent,
        "members": catalogue.children("therapies", t.id),
        "atc": t.atc,
        "route": t.route,
        "mechanism": t.mechanism,
        "conditions": [_condition_json(row) for row in therapy_links(catalogue, t)[0]],
        "benefits": t.benefits,
        "risks": t.risks,
        "ancestor_risks": [
            {"from": group.source_id, "name": group.source, "shared": group.shared, "named": group.named}
            for group in inheritance.ancestor_risks(catalogue, t.id)
        ],
        "member_risks": [{"text": r.text, "members": r.members} for r in t.member_risks],
        "approvals": [
            {"region": a.region, "indication": a.indication, "year": a.year, "note": a.note}
            for a in approvals_sorted(t)
        ],
        "monitoring": t.monitoring,
        "contraindications": t.contraindications,
        "pregnancy": t.pregnancy,
        "references": references_json(t.references),
        "reviewed": t.reviewed,
        "caveats": standard_caveats(t.caveats),
    }
