from __future__ import annotations

from typing import Annotated

import typer

from .common import Command, FormatOption, JsonOption, complete_conditions, examples, show_entry

app = typer.Typer()


@app.command(
    cls=Command,
    epilog=examples(
        "skinaxis condition psoriasis",
        'skinaxis condition "atopic eczema" --brief',
        "skinaxis condition psoriasis --format markdown",
        "skinaxis condition lichen-planus --json",
    ),
)
def condition(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME...",
            autocompletion=complete_conditions,
            help="Condition id, name or synonym, e.g. psoriasis.",
            show_default=False,
        ),
    ],
    brief: Annotated[
        bool,
        typer.Option(
            "--brief",
            help="The short page for a patient: in short, when to get help, main treatments, who to see "
            "(text formats; JSON is always whole).",
        ),
    ] = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """A condition: in short, when to get help, signs, treatments; then the clinician detail."""
    page_view = None
    if brief:
        from skinaxis.views import condition_brief

        page_view = condition_brief
    show_entry(ctx, "conditions", "condition", name, fmt, as_json, page_view)
