"""The lists of `skinaxis list KIND`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from skinaxis import model
from skinaxis.page import Page, Para, Table

from .shared import marked, name_of

if TYPE_CHECKING:
    from skinaxis.store import StoredCatalogue as Catalogue


def list_json(section: str, entries: list[Any], links: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The list's JSON; with `links` (therapies listed for one condition), each therapy's link to
    it: line, evidence, and the class it comes through when the condition names the class."""
    out = []
    for e in entries:
        item: dict[str, Any] = {"id": e.id, "name": e.name}
        if section == "conditions":
            item.update(synonyms=e.synonyms, codes=e.codes, parent=e.parent, group=e.group)
        elif section == "therapies":
            item.update(kind=e.therapy_kind, parent=e.parent, atc=e.atc)
            if links is not None:
                link = links[e.id]
                item.update(line=link.line, evidence=link.evidence)
                if link.therapy != e.id:
                    item["through_class"] = link.therapy
        elif section == "manifestations":
            item.update(hpo=e.hpo, synonyms=e.synonyms)
        elif section == "triggers":
            item.update(kind=e.trigger_kind)
        elif section == "assessments":
            item.update(kind=e.assessment_kind)
        if e.origin != model.SHIPPED:
            item["origin"] = e.origin
        out.append(item)
    return out


def list_page(
    catalogue: Catalogue, section: str, entries: list[Any], filters: str, links: dict[str, Any] | None = None
) -> Page:
    title = section.replace("_", " ").capitalize()
    page = Page(f"{title} ({len(entries)})", filters)
    if section == "conditions":
        headers = ["Name", "Id", "Group", "ICD-10"]
        rows = [[("  " if e.parent else "") + e.name, e.id, e.group, e.codes.get("icd10", "")] for e in entries]
    elif section == "therapies":
        headers = ["Name", "Id", "Kind", "Part of"]
        rows = [
            [e.name, e.id, e.therapy_kind, name_of(catalogue, "therapies", e.parent) if e.parent else ""]
            for e in entries
        ]
        if links is not None:
            headers.append("Line")
            for e, row in zip(entries, rows, strict=True):
                link = links[e.id]
                through = f" (through {name_of(catalogue, 'therapies', link.therapy)})" if link.therapy != e.id else ""
                row.append(link.line + through)
    elif section == "manifestations":
        headers = ["Name", "Id", "Everyday words", "HPO"]
        rows = [[e.name, e.id, ", ".join(e.synonyms[:4]), e.hpo or ""] for e in entries]
    else:
        headers = ["Name", "Id", "Kind"]
        rows = [[e.name, e.id, getattr(e, "trigger_kind", "") or getattr(e, "assessment_kind", "")] for e in entries]
    for e, row in zip(entries, rows, strict=False):
        row[0] = marked(row[0], e.origin)
    page.add("Entries", Table(headers, rows))
    if not entries:
        page.add("Entries", Para("No entries match these filters."))
    return page
