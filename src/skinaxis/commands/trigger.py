from __future__ import annotations

from typing import Annotated

import typer

from .common import Command, FormatOption, JsonOption, complete_triggers, examples, show_entry

app = typer.Typer()


@app.command(
    cls=Command,
    epilog=examples(
        "skinaxis trigger stress",
        "skinaxis trigger gluten --format plain",
        "skinaxis trigger smoking --json",
    ),
)
def trigger(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME...",
            autocompletion=complete_triggers,
            help="A trigger, e.g. stress, sunlight, gluten.",
            show_default=False,
        ),
    ],
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """A trigger: how it acts, which conditions it affects and how strongly."""
    show_entry(ctx, "triggers", "trigger", name, fmt, as_json)
