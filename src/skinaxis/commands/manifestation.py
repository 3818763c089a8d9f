from __future__ import annotations

from typing import Annotated

import typer

from .common import Command, FormatOption, JsonOption, complete_manifestations, examples, show_entry

app = typer.Typer()


@app.command(
    cls=Command,
    epilog=examples(
        "skinaxis manifestation itching",
        'skinaxis manifestation "bald patch"',
        "skinaxis manifestation blisters --json",
    ),
)
def manifestation(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME...",
            autocompletion=complete_manifestations,
            help="A sign or symptom, clinical or everyday (itching, bald patch).",
            show_default=False,
        ),
    ],
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """A sign or symptom: which conditions show it and how characteristic it is in each."""
    show_entry(ctx, "manifestations", "manifestation", name, fmt, as_json)
