from __future__ import annotations

from typing import Annotated

import typer

from .common import Command, FormatOption, JsonOption, complete_therapies, examples, show_entry

app = typer.Typer()


@app.command(
    cls=Command,
    epilog=examples(
        "skinaxis therapy biologics",
        'skinaxis therapy "IL-17 inhibitors"',
        "skinaxis therapy methotrexate --brief",
        "skinaxis therapy methotrexate --json",
    ),
)
def therapy(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME...",
            autocompletion=complete_therapies,
            help="A category (biologics), class (IL-17 inhibitors) or agent.",
            show_default=False,
        ),
    ],
    brief: Annotated[
        bool, typer.Option("--brief", help="The short page for a patient (text formats; JSON is always whole).")
    ] = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """A therapy: boxed warning, in short, mechanism, members, conditions with line and evidence
    (an agent's inherited from its class marked), risks, licences, monitoring."""
    page_view = None
    if brief:
        from skinaxis.views.therapy_brief import therapy_brief_page

        page_view = therapy_brief_page
    show_entry(ctx, "therapies", "therapy", name, fmt, as_json, page_view)
