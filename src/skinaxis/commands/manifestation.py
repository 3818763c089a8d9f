from __future__ import annotations

from typing import Annotated

import typer

from .common import FormatOption, JsonOption, complete_manifestations, show_entry

app = typer.Typer()


@app.command()
def manifestation(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(
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
