from __future__ import annotations

from typing import Annotated

import typer

from .common import FormatOption, JsonOption, complete_therapies, show_entry

app = typer.Typer()


@app.command()
def therapy(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(
            autocompletion=complete_therapies,
            help="A category (biologics), class (IL-17 inhibitors) or agent.",
            show_default=False,
        ),
    ],
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """A therapy: mechanism, members, conditions with line and evidence, risks, monitoring."""
    show_entry(ctx, "therapies", "therapy", name, fmt, as_json)
