"""Views: build the Page (for rich, plain and markdown) and the JSON of each command.

Views take a Catalogue and entries and return data; they print nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import model
from .model import Condition, Therapy
from .page import CAVEAT, Alert, Block, Bullets, Page, Para, Table
from .vocab import (
    CODE_LABELS,
    EVIDENCE_RANK,
    FREQUENCY_WEIGHT,
    LINE_RANK,
    LISTED_SECTIONS,
    LISTED_TITLES,
    SECTION_KIND,
    STRENGTH_WEIGHT,
    TRIAGE_ADVICE,
    URGENCY_ADVICE,
    URGENCY_RANK,
    as_words,
)

if TYPE_CHECKING:
    from .search import Hit
    from .store import Named
    from .store import StoredCatalogue as Catalogue

ORIGIN_BADGE = {model.CLINIC: "clinic entry", model.OVERRIDE: "clinic override of a shipped entry"}


def badges(entry: model.Entry) -> list[str]:
    return [ORIGIN_BADGE[entry.origin]] if entry.origin in ORIGIN_BADGE else []


def name_of(catalogue: Catalogue, section: str, entry_id: str) -> str:
    return catalogue.name(section, entry_id) or entry_id


# A page lists at most this many conditions linked to one entry: more is a list, not a page (a
# clinic catalogue can link thousands); the note names the command that lists them all, and
# --format json always has every one.
ROW_LIMIT = 200


def more(total: int, shown: int, command: str) -> Para | None:
    if total <= shown:
        return None
    return Para(f"... and {total - shown} more; '{command}' lists them all.")


def references_block(refs: list[model.Reference]) -> Bullets:
    return Bullets([f"{r.title}: {r.url}" for r in refs])


def codes_text(codes: dict[str, str]) -> list[str]:
    return [f"{CODE_LABELS[k]}: {v}" for k, v in codes.items() if v]


def red_flag_alert(flags: list[model.RedFlag], title: str = "When to get help") -> Alert | None:
    if not flags:
        return None
    ordered = sorted(flags, key=lambda f: -URGENCY_RANK[f.urgency])
    level = ordered[0].urgency if ordered[0].urgency in ("emergency", "urgent") else "warning"
    return Alert(title, [f"{f.text} ({URGENCY_ADVICE[f.urgency]})" for f in ordered], level=level)


def standard_caveats(extra: list[str]) -> list[str]:
    return [CAVEAT, *extra]


# ---------------------------------------------------------------- condition


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
        "gut": None
        if c.gut is None
        else {"strength": c.gut.strength, "evidence": c.gut.evidence, "summary": c.gut.summary},
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
        "references": [{"title": r.title, "url": r.url} for r in c.references],
        "reviewed": c.reviewed,
        "caveats": standard_caveats(c.caveats),
    }


# ---------------------------------------------------------------- therapy


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
        "references": [{"title": r.title, "url": r.url} for r in t.references],
        "reviewed": t.reviewed,
        "caveats": standard_caveats(t.caveats),
    }


# ---------------------------------------------------------------- search


def search_page(query: str, hits: list[Hit]) -> Page:
    page = Page(f"Search: {query}", f"{len(hits)} result{'s' if len(hits) != 1 else ''}")
    if not hits:
        page.add(
            "No results", Para("Nothing in the catalogue matched. Try other words, or 'skinaxis list conditions'.")
        )
    for section in LISTED_SECTIONS:
        kind, title = SECTION_KIND[section], LISTED_TITLES[section]
        rows = [
            [h.name, h.id, h.matched + (f" (via {h.via})" if h.via else ""), f"{h.score:.2f}"]
            for h in hits
            if h.kind == kind
        ]
        page.add(title, Table(["Name", "Id", "Matched", "Score"], rows))
    return page


def search_json(query: str, hits: list[Hit]) -> dict[str, Any]:
    return {
        "query": query,
        "results": [
            {"type": h.kind, "id": h.id, "name": h.name, "score": h.score, "matched": h.matched, "via": h.via or None}
            for h in hits
        ],
        "caveats": [CAVEAT],
    }


# ---------------------------------------------------------------- list


def list_json(section: str, entries: list[Any]) -> list[dict[str, Any]]:
    out = []
    for e in entries:
        item: dict[str, Any] = {"id": e.id, "name": e.name}
        if section == "conditions":
            item.update(synonyms=e.synonyms, codes=e.codes, parent=e.parent, group=e.group)
        elif section == "therapies":
            item.update(kind=e.therapy_kind, parent=e.parent, atc=e.atc)
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


def list_page(catalogue: Catalogue, section: str, entries: list[Any], filters: str) -> Page:
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
    elif section == "manifestations":
        headers = ["Name", "Id", "Everyday words", "HPO"]
        rows = [[e.name, e.id, ", ".join(e.synonyms[:4]), e.hpo or ""] for e in entries]
    else:
        headers = ["Name", "Id", "Kind"]
        rows = [[e.name, e.id, getattr(e, "trigger_kind", "") or getattr(e, "assessment_kind", "")] for e in entries]
    for e, row in zip(entries, rows, strict=False):
        if e.origin != model.SHIPPED:
            row[0] += f" [{ORIGIN_BADGE[e.origin]}]"
    page.add("Entries", Table(headers, rows))
    if not entries:
        page.add("Entries", Para("No entries match these filters."))
    return page


# ---------------------------------------------------------------- match


def match_page(result: Any) -> Page:
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


def match_json(result: Any) -> dict[str, Any]:
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


# ---------------------------------------------------------------- reverse look-ups


def manifestation_page(catalogue: Catalogue, m: model.Manifestation) -> Page:
    page = Page(m.name, "Everyday words: " + ", ".join(m.synonyms) if m.synonyms else "", badges(m))
    page.add("What it is", Para(m.description), Para(m.hpo or "", label="HPO"))
    links, total = manifestation_links(catalogue, m, ROW_LIMIT)
    rows = [
        [c.name, link.frequency, ", ".join(name_of(catalogue, "sites", s) for s in link.sites)] for c, link in links
    ]
    page.add(
        "Conditions that show it",
        Table(["Condition", "How characteristic", "Where"], rows),
        more(total, len(links), f"skinaxis list conditions --manifestation {m.id}"),
    )
    page.add("Argues against", Bullets([name_of(catalogue, "manifestations", x) for x in m.contrasts]))
    page.add("A form of", Bullets([name_of(catalogue, "manifestations", x) for x in m.broader]))
    return page


def manifestation_links(
    catalogue: Catalogue, m: model.Manifestation, limit: int | None = None
) -> tuple[list[tuple[Named, model.ManifestationLink]], int]:
    return catalogue.linked_from(
        "manifestation", [m.id], order=lambda name, frequency: (-FREQUENCY_WEIGHT[frequency], name), limit=limit
    )


def manifestation_json(catalogue: Catalogue, m: model.Manifestation) -> dict[str, Any]:
    return {
        "id": m.id,
        "name": m.name,
        "synonyms": m.synonyms,
        "hpo": m.hpo,
        "description": m.description,
        "origin": m.origin,
        "conditions": [
            {"id": c.id, "name": c.name, "frequency": link.frequency, "sites": link.sites}
            for c, link in manifestation_links(catalogue, m)[0]
        ],
        "contrasts": m.contrasts,
        "caveats": [CAVEAT],
    }


def trigger_links(
    catalogue: Catalogue, t: model.Trigger, limit: int | None = None
) -> tuple[list[tuple[Named, model.TriggerLink]], int]:
    return catalogue.linked_from(
        "trigger", [t.id], order=lambda name, strength: (-STRENGTH_WEIGHT[strength], name), limit=limit
    )


def trigger_page(catalogue: Catalogue, t: model.Trigger) -> Page:
    page = Page(t.name, f"{t.trigger_kind}" + (f". Also: {', '.join(t.synonyms)}" if t.synonyms else ""), badges(t))
    page.add("How it acts", Para(t.mechanism))
    links, total = trigger_links(catalogue, t, ROW_LIMIT)
    page.add(
        "Conditions it affects",
        Table(["Condition", "Strength", "Note"], [[c.name, link.strength, link.note] for c, link in links]),
        more(total, len(links), f"skinaxis list conditions --trigger {t.id}"),
    )
    page.add("References", references_block(t.references))
    return page


def trigger_json(catalogue: Catalogue, t: model.Trigger) -> dict[str, Any]:
    return {
        "id": t.id,
        "name": t.name,
        "kind": t.trigger_kind,
        "synonyms": t.synonyms,
        "mechanism": t.mechanism,
        "origin": t.origin,
        "conditions": [
            {"id": c.id, "name": c.name, "strength": link.strength, "note": link.note}
            for c, link in trigger_links(catalogue, t)[0]
        ],
        "references": [{"title": r.title, "url": r.url} for r in t.references],
        "caveats": [CAVEAT],
    }


# ---------------------------------------------------------------- compare


def compare_rows(catalogue: Catalogue, conditions: list[Condition]) -> tuple[list[list[str]], list[list[str]]]:
    """Distinguishing rows (signs whose frequency differs between the conditions) and shared ones."""
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
        row = [name_of(catalogue, "manifestations", sign), *cells]
        (shared if len(set(cells)) == 1 else distinct).append(row)

    def spread(row: list[str]) -> float:
        weights = [FREQUENCY_WEIGHT.get(cell, 0.0) for cell in row[1:]]
        return max(weights) - min(weights)

    distinct.sort(key=lambda r: -spread(r))
    return distinct, shared


def compare_page(catalogue: Catalogue, conditions: list[Condition]) -> Page:
    names = [c.name for c in conditions]
    page = Page("Compare: " + " / ".join(names))
    for c in conditions:
        page.add(f"What sets {c.name} apart", Bullets(c.distinguishing))
    distinct, shared = compare_rows(catalogue, conditions)
    page.add("Signs that differ", Table(["Sign", *names], distinct))
    page.add(
        "Who and when",
        Table(
            ["", *names],
            [
                ["Usual onset", *[", ".join(as_words(a) for a in c.ages) for c in conditions]],
                ["Group", *[c.group for c in conditions]],
                [
                    "Strongest triggers",
                    *[
                        ", ".join(name_of(catalogue, "triggers", t.id) for t in c.triggers if t.strength == "strong")
                        or "-"
                        for c in conditions
                    ],
                ],
                ["Gut link", *[f"{c.gut.strength} ({c.gut.evidence} evidence)" if c.gut else "-" for c in conditions]],
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
        page.add(f"Red flags: {c.name}", red_flag_alert(c.red_flags))
    return page


def compare_json(catalogue: Catalogue, conditions: list[Condition]) -> dict[str, Any]:
    distinct, shared = compare_rows(catalogue, conditions)
    ids = [c.id for c in conditions]
    return {
        "conditions": [
            {"id": c.id, "name": c.name, "distinguishing": c.distinguishing, "ages": c.ages} for c in conditions
        ],
        "differences": [{"sign": row[0], "frequency": dict(zip(ids, row[1:], strict=False))} for row in distinct],
        "shared": [{"sign": row[0], "frequency": dict(zip(ids, row[1:], strict=False))} for row in shared],
        "red_flags": {c.id: [{"text": f.text, "urgency": f.urgency} for f in c.red_flags] for c in conditions},
        "caveats": [CAVEAT],
    }


# ---------------------------------------------------------------- axis


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
            "gut": None
            if condition.gut is None
            else {
                "strength": condition.gut.strength,
                "evidence": condition.gut.evidence,
                "summary": condition.gut.summary,
            },
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
        references=[{"title": r.title, "url": r.url} for r in axis.references],
        reviewed=axis.reviewed,
    )
    return out
