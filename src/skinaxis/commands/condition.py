from __future__ import annotations

from typing import Annotated

import typer

from .common import FormatOption, JsonOption, complete_conditions, show_entry

app = typer.Typer()


@app.command()
def condition(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(
            autocompletion=complete_conditions,
            help="Condition id, name or synonym, e.g. psoriasis.",
            show_default=False,
        ),
    ],
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """A condition: overview, mechanism, signs, triggers, gut link, tests, treatments, red flags."""
    show_entry(ctx, "conditions", "condition", name, fmt, as_json)
