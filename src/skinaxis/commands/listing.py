from __future__ import annotations

from typing import Annotated, Any

import typer

from skinaxis.vocab import EVIDENCE, LISTED_SECTIONS, SECTION_KIND, THERAPY_KINDS

from .common import (
    Command,
    Format,
    FormatOption,
    JsonOption,
    catalogue,
    choice,
    emit,
    examples,
    fail,
    offer,
    resolve_format,
)

app = typer.Typer()


def _resolve(ctx: typer.Context, section: str, kind: str, name: str, as_json: bool) -> Any:
    from .common import not_found

    entry = catalogue(ctx).find(section, name)
    if entry is None:
        not_found(ctx, section, kind, name, as_json)
    return entry


# `list condition` means `list conditions`: every kind in the singular too.
SINGULAR = {SECTION_KIND[section]: section for section in LISTED_SECTIONS}


@app.command(
    "list",
    cls=Command,
    epilog=examples(
        "skinaxis list conditions",
        "skinaxis list conditions --trigger stress",
        "skinaxis list therapies --condition psoriasis --evidence moderate",
        "skinaxis list therapies --kind class --json",
    ),
)
def list_entries(
    ctx: typer.Context,
    kind: Annotated[
        str,
        typer.Argument(
            metavar="KIND",
            callback=choice(LISTED_SECTIONS, SINGULAR),
            autocompletion=offer(LISTED_SECTIONS),
            help=f"What to list: {', '.join(LISTED_SECTIONS)}.",
            show_default=False,
        ),
    ],
    trigger: Annotated[
        str | None, typer.Option(metavar="NAME", help="Conditions with this trigger.", show_default=False)
    ] = None,
    manifestation: Annotated[
        str | None, typer.Option(metavar="NAME", help="Conditions showing this sign.", show_default=False)
    ] = None,
    therapy: Annotated[
        str | None,
        typer.Option(metavar="NAME", help="Conditions treated with this therapy (or its members).", show_default=False),
    ] = None,
    gut: Annotated[bool, typer.Option("--gut", help="Conditions with a gut-skin link.")] = False,
    condition: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="Therapies linked to this condition (with the agents of a linked class).",
            show_default=False,
        ),
    ] = None,
    therapy_kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            callback=choice(THERAPY_KINDS),
            autocompletion=offer(THERAPY_KINDS),
            help=f"Therapies of this kind: {', '.join(THERAPY_KINDS)}.",
            show_default=False,
        ),
    ] = None,
    evidence: Annotated[
        str | None,
        typer.Option(
            metavar="LEVEL",
            callback=choice(EVIDENCE),
            autocompletion=offer(EVIDENCE),
            help="Therapies with at least this evidence (for the --condition named, else for some condition): "
            f"{', '.join(EVIDENCE)}.",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """List conditions, therapies, manifestations, triggers, assessments or sites, with filters."""
    from skinaxis import inheritance
    from skinaxis.views import list_json, list_page
    from skinaxis.vocab import EVIDENCE_RANK

    for flag, value in (("--trigger", trigger), ("--manifestation", manifestation), ("--therapy", therapy)):
        if value is not None and not value.strip():  # an empty filter is a mistake, not "no filter"
            raise typer.BadParameter("must not be empty", param_hint=f"'{flag}'")
    if condition is not None and not condition.strip():
        raise typer.BadParameter("must not be empty", param_hint="'--condition'")
    chosen = resolve_format(fmt, as_json)
    as_json = chosen is Format.json
    cat = catalogue(ctx)
    section = kind
    entries = sorted(cat.sections[section].values(), key=lambda e: e.name.casefold())
    filters = []
    reached: dict[str, Any] | None = None  # with --condition: each therapy's link to it
    condition_filters = any([trigger, manifestation, therapy, gut])
    therapy_filters = any([condition, therapy_kind, evidence])
    if condition_filters and section != "conditions":
        fail("--trigger, --manifestation, --therapy and --gut filter conditions", 2)
    if therapy_filters and section != "therapies":
        fail("--condition, --kind and --evidence filter therapies", 2)
    if trigger:
        t = _resolve(ctx, "triggers", "trigger", trigger, as_json)
        entries = [e for e in entries if any(link.id == t.id for link in e.triggers)]
        filters.append(f"trigger: {t.name}")
    if manifestation:
        m = _resolve(ctx, "manifestations", "manifestation", manifestation, as_json)
        entries = [e for e in entries if any(link.id == m.id for link in e.manifestations)]
        filters.append(f"manifestation: {m.name}")
    if therapy:
        th = _resolve(ctx, "therapies", "therapy", therapy, as_json)
        # The same conditions as the therapy's page: its own and its members' links, and for
        # conditions it has none for, those of its class.
        treated = {row.condition.id for row in inheritance.condition_links(cat, th.id)[0]}
        entries = [e for e in entries if e.id in treated]
        filters.append(f"therapy: {th.name}")
    if gut:
        entries = [e for e in entries if e.gut is not None]
        filters.append("with a gut-skin link")
    if condition:
        c = _resolve(ctx, "conditions", "condition", condition, as_json)
        # A link naming a class reaches its agents too (a link naming the agent wins).
        reached = inheritance.condition_therapies(cat, c.treatments)
        entries = [e for e in entries if e.id in reached]
        filters.append(f"condition: {c.name}")
    if therapy_kind:
        entries = [e for e in entries if e.therapy_kind == therapy_kind]
        filters.append(f"kind: {therapy_kind}")
    if evidence:
        floor = EVIDENCE_RANK[evidence]
        if reached is not None:
            # The evidence of the named condition's link (for an agent, its class's where the
            # condition names the class), not the best over any condition.
            entries = [e for e in entries if EVIDENCE_RANK[reached[e.id].evidence] >= floor]
            filters.append(f"evidence for {c.name} at least: {evidence}")
        else:
            best: dict[str, int] = {}
            for each in cat.conditions.values():
                for link in each.treatments:
                    best[link.therapy] = max(best.get(link.therapy, 0), EVIDENCE_RANK[link.evidence])
            entries = [e for e in entries if best.get(e.id, 0) >= floor]
            filters.append(f"evidence at least: {evidence}")
    if section == "conditions" and not filters:
        # Subtypes listed under their parent.
        ordered = []
        for e in entries:
            if not e.parent or e.parent not in cat.conditions:
                ordered.append(e)
                ordered.extend(
                    sorted(
                        (cat.conditions[c] for c in cat.children("conditions", e.id)), key=lambda x: x.name.casefold()
                    )
                )
        entries = ordered
    emit(
        ctx,
        list_page(cat, section, entries, "; ".join(filters), reached),
        list_json(section, entries, reached),
        chosen,
    )
